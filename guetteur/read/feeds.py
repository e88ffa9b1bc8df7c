"""RSS and Atom feeds, from a file or an http(s) URL: one Article per entry.

An entry's text is its full content when the feed carries it, else its summary, made plain; the feed's title
is the outlet. A feed that cannot be parsed or fetched is one Reject; an entry without text is a Reject.
"""
from __future__ import annotations

import re
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import feedparser
import lxml.html
from lxml.etree import ParserError

from guetteur.model import Article, Reject
from guetteur.read.common import WARNING, build_article, optional_text

FETCH_TIMEOUT_S = 20.0
USER_AGENT = "guetteur (news feed reader)"
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
_NOISE = ("script", "style", "noscript", "iframe")
_URL = re.compile(r"(https?):/+(.+)", re.IGNORECASE)


def as_url(source: str | Path) -> str | None:
    """The http(s) URL a source names, else None. A URL that went through ``Path`` lost a slash
    ("https:/example.org/feed"): it is restored, so the CLI's path arguments can carry URLs."""
    match = _URL.fullmatch(str(source))
    return f"{match.group(1).lower()}://{match.group(2)}" if match else None


def read_feed(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """The entries of a feed file."""
    yield from feed_articles(path.read_bytes(), str(path), published)


def read_feed_url(url: str, published: str | None = None) -> Iterator[Article | Reject]:
    """The entries of a feed on the web; a network or HTTP failure is a Reject, never an exception."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read()
    except (urllib.error.URLError, OSError, ValueError) as error:
        yield Reject(source=url, reason=f"cannot fetch feed: {getattr(error, 'reason', None) or error}")
        return
    yield from feed_articles(data, url, published)


def feed_articles(data: bytes, source: str, published: str | None = None) -> Iterator[Article | Reject]:
    """Articles of a feed document; ``published`` (the --published option) dates undated entries."""
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception") if feed.get("bozo") else None
        reason = f"feed could not be parsed: {problem}" if problem else "feed has no entries"
        yield Reject(source=source, reason=reason)
        return
    if feed.get("bozo"):
        yield Reject(source=source, reason=f"{WARNING}malformed feed ({feed.get('bozo_exception')}); "
                                           "the entries that could be read are kept")
    outlet = optional_text(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        yield from _entry_article(entry, source, number, outlet, published)


def _entry_article(entry, source: str, number: int, outlet: str | None,
                   published: str | None) -> Iterator[Article | Reject]:
    link = optional_text(entry.get("link"))
    link = link if link and as_url(link) else None   # feedparser fills a missing link with a non-web id
    doc_id = optional_text(entry.get("id")) or link
    if doc_id is None:
        yield Reject(source=source, reason="feed entry has neither id nor link", line=number)
        return
    text = _entry_text(entry)
    if not text:
        yield Reject(source=source, reason="feed entry has no text", line=number, doc_id=doc_id)
        return
    yield from build_article(doc_id, text, source, number, published=_entry_day(entry),
                             default_published=published, title=optional_text(entry.get("title")),
                             url=link, outlet=outlet)


def _entry_text(entry) -> str:
    """The longest of the entry's contents, else its summary, as plain text."""
    parts = [c for c in entry.get("content") or [] if optional_text(c.get("value"))]
    chosen = max(parts, key=lambda c: len(c["value"])) if parts else entry.get("summary_detail")
    if not chosen or not optional_text(chosen.get("value")):
        return ""
    if chosen.get("type") == "text/plain":
        return chosen["value"].strip()
    return plain_text(chosen["value"])


def _entry_day(entry) -> str | None:
    """YYYY-MM-DD of the entry's publication (else its last update) on the outlet's own clock; feedparser's
    parsed form (UTC, which can be the next day) only when the written date is not standard."""
    for field in ("published", "updated"):
        written = _written_day(entry.get(field))
        if written:
            return written
    moment: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{moment.tm_year:04d}-{moment.tm_mon:02d}-{moment.tm_mday:02d}" if moment else None


def _written_day(value: object) -> str | None:
    """The day of an RFC 822 (RSS) or ISO 8601 (Atom) date as written, time zone kept."""
    if not isinstance(value, str) or not value.strip():
        return None
    for parse in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            return parse(value.strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    return None


def plain_text(markup: str) -> str:
    """An HTML fragment as text: one paragraph per block element or <br>, spaces collapsed, scripts dropped."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for element in list(root.iter(*_NOISE)):
        element.drop_tree()
    for element in root.iter("br", *_BLOCKS):   # <br><br> separates paragraphs in many summaries
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(block.split()) for block in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
