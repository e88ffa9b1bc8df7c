"""Readers: files and directories in, Articles (and Rejects saying what could not be read) out."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from guetteur.model import Article, Reject
from guetteur.read.common import check_published
from guetteur.read.html import read_html
from guetteur.read.jsonl import read_json, read_jsonl
from guetteur.read.text import read_text

Reader = Callable[[Path, str | None], Iterator[Article | Reject]]
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
}
OPTION_SOURCE = "--published"


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _files(paths: Iterable[Path]) -> Iterator[Path | Reject]:
    """Each file, directories walked recursively in sorted order (hidden entries skipped)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
        elif path.is_file():
            yield path
        else:
            yield Reject(source=str(path), reason="file not found")


def read_file(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """Articles of one file, by its suffix; unreadable files and unknown types give a Reject."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Reject(source=str(path), reason="unsupported file type")
        return
    try:
        yield from reader(path, published)
    except OSError as error:
        yield Reject(source=str(path), reason=f"cannot read file: {error.strerror or error}")


def read_sources(paths: list[Path], published: str | None = None) -> Iterator[Article | Reject]:
    """Stream the Articles of files and directories, with Rejects for what cannot be used.

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
        for item in read_file(path, default):
            if isinstance(item, Article):
                if item.id in seen:
                    item = Reject(source=str(path), reason=f"duplicate id '{item.id}'", doc_id=item.id)
                else:
                    seen.add(item.id)
            yield item
