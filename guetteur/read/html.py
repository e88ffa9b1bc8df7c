"""HTML reader: the article body, title and date that trafilatura extracts from a saved web page."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from trafilatura import bare_extraction

from guetteur.model import Article, Reject
from guetteur.read.common import build_article, optional_text

# trafilatura logs every page it cannot parse; the Reject already says so.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def _without_title_line(text: str, title: str | None) -> str:
    """The body without a first line repeating the title (trafilatura keeps the <h1>)."""
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title.strip() and rest.strip() else text


def read_html(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """One article whose id is the file stem; the page's own date wins over the --published option.

    The page's declared language is not used: templates often declare the wrong one, detection decides.
    """
    yield from html_article(path.read_bytes(), path.stem, str(path), published)


def html_article(page: bytes | str, doc_id: str, source: str, published: str | None = None,
                 url: str | None = None) -> Iterator[Article | Reject]:
    """The article of one web page (a file, a WARC record): body, title, date and site that trafilatura finds;
    the page's own date wins over ``published``, ``url`` stands in when the page names none."""
    try:
        document = bare_extraction(page, with_metadata=True)
    except Exception as error:   # trafilatura raises many types on broken markup; none may stop a run
        yield Reject(source=source, reason=f"HTML extraction failed: {error}", doc_id=doc_id)
        return
    body = optional_text(getattr(document, "text", None))
    if body is None:
        yield Reject(source=source, reason="no text extracted from HTML", doc_id=doc_id)
        return
    title = optional_text(document.title)
    yield from build_article(doc_id, _without_title_line(body, title), source,
                             published=document.date, default_published=published, title=title,
                             url=optional_text(document.url) or url, outlet=optional_text(document.sitename))
