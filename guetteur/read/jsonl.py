"""JSON Lines reader (EVENTS.md section 1): one article object per line, streamed."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from guetteur.model import Article, Reject
from guetteur.read.common import build_article, optional_text

_OPTIONAL_FIELDS = ("title", "url", "outlet")


def _identifier(value: object) -> str | None:
    """The article id as a string; integer ids are accepted, blanks and other types are not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return optional_text(value)


def _language(value: object) -> str | None:
    """ISO 639-1 code from a lang field ("FR", "fr-FR" -> "fr")."""
    text = optional_text(value)
    return text[:2].lower() if text else None


def article_from_record(record: object, source: str, line: int | None,
                        default_published: str | None) -> Iterator[Article | Reject]:
    """Article from one parsed JSON object, or a Reject saying which required field is missing."""
    if not isinstance(record, dict):
        yield Reject(source=source, reason="not a JSON object", line=line)
        return
    doc_id = _identifier(record.get("id"))
    if doc_id is None:
        yield Reject(source=source, reason="missing field 'id'", line=line)
        return
    text = record.get("text")
    if not isinstance(text, str):
        yield Reject(source=source, reason="missing field 'text'", line=line, doc_id=doc_id)
        return
    extra = {name: optional_text(record.get(name)) for name in _OPTIONAL_FIELDS}
    yield from build_article(doc_id, text, source, line, published=record.get("published"),
                             default_published=default_published, lang=_language(record.get("lang")), **extra)


_BLANK = object()


def _parse_line(raw: bytes, number: int, source: str) -> object:
    """The JSON value of one line, _BLANK for an empty line, or a Reject saying why it is unreadable."""
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as error:
        return Reject(source=source, reason=f"invalid UTF-8 at byte {error.start}", line=number)
    if not line.strip():
        return _BLANK
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        return Reject(source=source, reason=f"malformed JSON: {error.msg} (column {error.colno})", line=number)


def read_jsonl(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """Articles of a JSON Lines file, one line at a time; a bad line is a Reject with its number."""
    source = str(path)
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            record = _parse_line(raw, number, source)
            if isinstance(record, Reject):
                yield record
            elif record is not _BLANK:
                yield from article_from_record(record, source, number, published)


def read_json(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """A .json file: one object or an array of objects; JSON Lines when it is not a single document."""
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield from read_jsonl(path, published)
        return
    records = document if isinstance(document, list) else [document]
    for record in records:
        yield from article_from_record(record, str(path), None, published)
