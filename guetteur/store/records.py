"""Records as stored: Event <-> JSON, the content hash of an article, the key of a reject and of a place."""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime

from guetteur.model import Article, Event, Evidence, Reject


def now() -> datetime:
    """The store's clock: naive UTC (see schema.py)."""
    return datetime.now(UTC).replace(tzinfo=None)


def content_hash(article: Article) -> str:
    """SHA-256 of the id and the text, normalised (NFC, whitespace runs as one space): an outlet re-sending
    the same article with other line breaks is the same article."""
    text = " ".join(unicodedata.normalize("NFC", article.text or "").split())
    return hashlib.sha256(f"{article.id}\x00{text}".encode("utf-8")).hexdigest()


def reject_key(reject: Reject) -> str:
    fields = (reject.source, str(reject.line), reject.doc_id or "", reject.reason)
    return hashlib.sha256("\x00".join(fields).encode("utf-8")).hexdigest()


def event_record(event: Event) -> dict:
    return event.to_dict()


def event_from_record(record: dict) -> Event:
    values = dict(record)
    values["evidence"] = [Evidence(**span) for span in record.get("evidence") or []]
    return Event(**values)


def place_key(event: Event) -> str | None:
    """One place per name, country and coordinates; None when the event has no named location."""
    if not event.location:
        return None
    return f"{event.iso3 or ''}|{event.location}|{event.latitude}|{event.longitude}"
