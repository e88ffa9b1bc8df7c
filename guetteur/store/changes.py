"""The changes feed: every version written since a moment (creations, merges, deletions), oldest first."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from guetteur.store.db import Store
from guetteur.store.schema import EventVersionRow


@dataclass(slots=True)
class Change:
    event_id: str
    version: int
    at: datetime        # naive UTC
    change: str         # created | updated | deleted
    doc_id: str | None  # the article that caused it
    record: dict        # the event as it became (as it was, for a deletion)

    def to_dict(self) -> dict:
        return {"event_id": self.event_id, "version": self.version, "at": self.at.isoformat() + "Z",
                "change": self.change, "doc_id": self.doc_id, "record": self.record}


def changes(store: Store, since: datetime) -> list[Change]:
    """Every version written at or after ``since`` (aware times are converted to UTC, naive ones are UTC)."""
    return list(iter_changes(store, since))


def iter_changes(store: Store, since: datetime) -> Iterator[Change]:
    """The same, streamed (the feed of a large store need not fit in memory)."""
    if since.tzinfo is not None:
        since = since.astimezone(UTC).replace(tzinfo=None)
    query = (select(*EventVersionRow.__table__.columns).where(EventVersionRow.at >= since)
             .order_by(EventVersionRow.at, EventVersionRow.id))
    with store.read() as conn:
        for row in conn.execute(query.execution_options(yield_per=500)):
            yield Change(event_id=row.event_id, version=row.version, at=row.at, change=row.change,
                         doc_id=row.doc_id, record=row.record)


def parse_since(value: str) -> datetime:
    """A --since value: ISO date or datetime (UTC unless it says otherwise); ValueError when unreadable."""
    text = value.strip().replace("Z", "+00:00")
    moment = datetime.fromisoformat(text)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
