"""Readers: files and directories in, Articles (and Rejects saying what could not be read) out."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from guetteur.model import Article, Reject
from guetteur.read.common import check_published
from guetteur.read.feeds import as_url, read_feed, read_feed_url
from guetteur.read.html import read_html
from guetteur.read.jsonl import read_json, read_jsonl
from guetteur.read.text import read_text
from guetteur.read.warc import read_warc

Reader = Callable[[Path, str | None], Iterator[Article | Reject]]
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
OPTION_SOURCE = "--published"


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _files(paths: Iterable[Path | str]) -> Iterator[Path | str | Reject]:
    """Each file, directories walked recursively in sorted order (hidden entries skipped); feed URLs as
    strings."""
    for source in paths:
        path = Path(source)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
        elif path.is_file():
            yield path
        elif (url := as_url(source)) is not None:
            yield url
        else:
            yield Reject(source=str(path), reason="file not found")


def _reader(path: Path) -> Reader | None:
    """The reader of a file by its suffix; a double suffix (".warc.gz") first."""
    double = "".join(path.suffixes[-2:]).lower()
    return READERS.get(double) or READERS.get(path.suffix.lower())


def read_file(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """Articles of one file, by its suffix; unreadable files and unknown types give a Reject."""
    reader = _reader(path)
    if reader is None:
        yield Reject(source=str(path), reason="unsupported file type")
        return
    try:
        yield from reader(path, published)
    except OSError as error:
        yield Reject(source=str(path), reason=f"cannot read file: {error.strerror or error}")


def read_sources(paths: Iterable[Path | str], published: str | None = None) -> Iterator[Article | Reject]:
    """Stream the Articles of files, directories and http(s) feed URLs, with Rejects for what cannot be used.

    ``published`` (the --published option) dates articles that carry no date of their own. Rejects whose
    reason starts with "warning: " accompany an article that was kept (its bad date was dropped).
    An id seen before in the run is rejected ("duplicate id"): ids must be unique in a corpus.
    """
    default, warning = check_published(published)
    if warning:
        yield Reject(source=OPTION_SOURCE, reason=warning)
    seen: set[str] = set()
    for path in _files(paths):
        if isinstance(path, Reject):
            yield path
            continue
        items = read_feed_url(path, default) if isinstance(path, str) else read_file(path, default)
        for item in items:
            if isinstance(item, Article):
                if item.id in seen:
                    item = Reject(source=str(path), reason=f"duplicate id '{item.id}'", doc_id=item.id)
                else:
                    seen.add(item.id)
            yield item
