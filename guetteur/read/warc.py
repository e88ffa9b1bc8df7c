"""WARC web archives (.warc, .warc.gz): one Article per archived HTML page.

Each successful ``response`` record whose payload is HTML becomes an Article whose id and url are the target
URI; the page's own date wins, else the day the page was archived (WARC-Date), else the --published option.
Other records (requests, metadata, images, redirects) are skipped. An archive that breaks part way keeps the
articles read before the fault and adds one Reject for the rest.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from guetteur.model import Article, Reject
from guetteur.read.common import check_published
from guetteur.read.html import html_article

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 1 << 16


@dataclass(slots=True)
class _Page:
    uri: str
    body: bytes
    day: str | None    # YYYY-MM-DD the page was archived


class _Damaged(Exception):
    """The archive breaks here, though warcio read on."""


def read_warc(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    source = str(path)
    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        archive = ArchiveIterator(stream)
        records = iter(archive)
        read = 0
        while True:
            try:
                page = _html_page(next(records))
            except StopIteration:
                if archive.offset < size:   # warcio stops quietly on a record it cannot parse
                    yield _damaged(source, read, _Damaged(f"{size - archive.offset} bytes left unread"))
                return
            except Exception as error:   # warcio, gzip and zlib raise many types on a damaged archive
                yield _damaged(source, read, error)
                return
            read += 1
            if page is not None:
                yield from html_article(page.body, page.uri, source, page.day or published, url=page.uri)


def _damaged(source: str, read: int, error: Exception) -> Reject:
    return Reject(source=source, reason=f"damaged WARC: records after the {read} read were lost "
                                        f"({type(error).__name__}: {error})")


def _html_page(record) -> _Page | None:
    """The page a record archives, when it is a successful HTML response with a target URI; every record is
    read to its end, so that one cut short is seen."""
    if record.format != "warc":   # warcio reads anything as a legacy ARC line: noise is not an archive
        raise _Damaged("not a WARC record")
    if record.rec_type is None or record.length is None:   # both are required: the headers were cut
        raise _Damaged("a record without WARC-Type or Content-Length")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    wanted = record.rec_type == "response" and record.http_headers is not None and uri \
        and (record.http_headers.get_statuscode() or "").startswith("2") and _content_type(record) in HTML_TYPES
    body = record.content_stream().read() if wanted else None
    while record.raw_stream.read(CHUNK):
        pass
    if getattr(record.raw_stream, "limit", 0):   # bytes the record announced but the file does not hold
        raise _Damaged("the record is cut short")
    if body is None:
        return None
    return _Page(uri=uri, body=body, day=_archive_day(record.rec_headers.get_header("WARC-Date")))


def _content_type(record) -> str:
    return (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()


def _archive_day(value: str | None) -> str | None:
    day, _warning = check_published((value or "")[:10] or None)
    return day
