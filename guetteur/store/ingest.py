"""Ingest: articles into the store, each once (content hash), each in one transaction with its reports,
tolls and evidence; every new report is merged into the stored event it repeats (EVENTS.md section 7) or
becomes a new event, and each change of an event writes a version.

Known articles are skipped before the pipeline runs, so re-ingesting or resuming an interrupted run costs no
NLP. An article whose id is stored with other content (the outlet edited it) replaces the old version: the
old reports leave the events they were merged into, which are folded again from the reports that remain
(in ingest order) or deleted when none remain.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from itertools import islice

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from guetteur.model import Article, ArticleResult, Event, Reject, Toll, day_of
from guetteur.read.common import SHOWN_REJECTS, WARNING
from guetteur.store import merge
from guetteur.store.db import Store
from guetteur.store.records import content_hash, event_from_record, event_record, now, place_key, reject_key
from guetteur.store.schema import (ActorRow, ArticleRow, EventRow, EventVersionRow, EvidenceRow, PlaceRow,
                                   RejectRow, ReportRow, TollRow)

LOOKUP_CHUNK = 64   # articles whose hashes are looked up in one query
# Core tables: statements built on them with values passed at execution are compiled once and cached.
ARTICLES, REJECTS, EVENTS, VERSIONS = (ArticleRow.__table__, RejectRow.__table__, EventRow.__table__,
                                       EventVersionRow.__table__)
REPORTS, EVIDENCE, TOLLS, ACTORS, PLACES = (ReportRow.__table__, EvidenceRow.__table__, TollRow.__table__,
                                            ActorRow.__table__, PlaceRow.__table__)


@dataclass
class IngestSummary:
    articles_stored: int = 0
    articles_known: int = 0       # same content already stored (skipped, or stored meanwhile by another process)
    articles_replaced: int = 0    # an id stored before with other content
    rejected: int = 0
    warnings: int = 0
    reports: int = 0
    events_created: int = 0
    events_merged: int = 0
    events_deleted: int = 0
    tolls: int = 0
    first_rejects: list[Reject] = field(default_factory=list)


def ingest(store: Store, items: Iterable[Article | Reject],
           advance: Callable[[int], None] | None = None) -> IngestSummary:
    """Store every new article of ``items`` with what the pipeline extracts from it; store the rejects."""
    from guetteur.pipeline import extract   # at call time: it loads spaCy, and tests substitute it

    summary = IngestSummary()
    for result in extract(_unseen(store, items, summary, advance), advance=advance):
        if isinstance(result, ArticleResult):
            _store_result(store, result, summary)
        else:
            _store_reject(store, result, summary)
    return summary


# --------------------------------------------------------------------------- before the pipeline
def _unseen(store: Store, items: Iterable[Article | Reject], summary: IngestSummary,
            advance: Callable[[int], None] | None) -> Iterator[Article | Reject]:
    """The items minus the articles whose content is already stored (counted and advanced here)."""
    stream = iter(items)
    while chunk := list(islice(stream, LOOKUP_CHUNK)):
        hashes = {id(item): content_hash(item) for item in chunk if isinstance(item, Article)}
        known = _stored_hashes(store, set(hashes.values()))
        for item in chunk:
            if id(item) in hashes and hashes[id(item)] in known:
                summary.articles_known += 1
                if advance is not None:
                    advance(1)
            else:
                yield item


def _stored_hashes(store: Store, hashes: set[str]) -> set[str]:
    if not hashes:
        return set()
    with store.read() as conn:
        return set(conn.scalars(select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(hashes))))


# --------------------------------------------------------------------------- one transaction per item
def _store_reject(store: Store, reject: Reject, summary: IngestSummary) -> None:
    if reject.reason.startswith(WARNING):
        summary.warnings += 1
    else:
        summary.rejected += 1
        if len(summary.first_rejects) < SHOWN_REJECTS:
            summary.first_rejects.append(reject)
    key = reject_key(reject)
    with store.write() as conn:
        if conn.scalar(select(RejectRow.id).where(RejectRow.key == key)) is None:
            conn.execute(insert(REJECTS), {"key": key, "source": reject.source, "line": reject.line,
                                           "doc_id": reject.doc_id, "reason": reject.reason, "at": now()})


def _store_result(store: Store, result: ArticleResult, summary: IngestSummary) -> None:
    article = result.article
    digest = content_hash(article)
    try:
        with store.write() as conn:
            if conn.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest)) is not None:
                summary.articles_known += 1   # another process stored it after our look-up
                return
            _replace_old_versions(conn, article, summary)
            article_id = _insert_article(conn, article, digest)
            for toll in result.tolls:
                _insert_toll(conn, article_id, toll)
            for report in result.events:
                _store_report(conn, article_id, article, report, summary)
    except IntegrityError:
        summary.articles_known += 1   # lost a race on the unique hash: the other copy stands
        return
    summary.articles_stored += 1
    summary.tolls += len(result.tolls)


def _insert_article(conn: Connection, article: Article, digest: str) -> int:
    return conn.execute(insert(ARTICLES).returning(ARTICLES.c.id), {
        "doc_id": article.id, "content_hash": digest, "outlet": article.outlet, "url": article.url,
        "published": article.published, "lang": article.lang, "title": article.title, "text": article.text,
        "ingested_at": now()}).scalar_one()


def _insert_toll(conn: Connection, article_id: int, toll: Toll) -> None:
    record = toll.to_dict()
    columns = {key: record[key] for key in ("doc_id", "kind", "low", "best", "high", "qualifier", "group",
                                            "period_start", "period_end", "country", "location", "reported_by")}
    conn.execute(insert(TOLLS), {"article_id": article_id, "record": record, **columns})


# --------------------------------------------------------------------------- reports and events
def _store_report(conn: Connection, article_id: int, article: Article, report: Event,
                  summary: IngestSummary) -> None:
    """Merge the report into the stored event it repeats, or create an event; then file the report."""
    stored = merge.best_match(report, _candidates(conn, report))
    published = _day(article.published)
    if stored is None:
        event = replace(report, event_id=_free_event_id(conn, report.event_id))
        _save_event(conn, event, "created", article.id, published)
        summary.events_created += 1
    else:
        event = merge.merge_into(stored, report)
        _save_event(conn, event, "updated", article.id, published)
        summary.events_merged += 1
    conn.execute(insert(REPORTS), {"article_id": article_id, "doc_id": article.id, "event_id": event.event_id,
                                   "record": event_record(report)})
    if report.evidence:
        conn.execute(insert(EVIDENCE), [
            {"article_id": article_id, "event_id": event.event_id, "doc_id": span.doc_id, "start": span.start,
             "end": span.end, "field": span.field} for span in report.evidence])
    summary.reports += 1


def _candidates(conn: Connection, report: Event) -> list[Event]:
    """Stored events of the same country within MERGE_DAYS of the report's day (none without both); those
    sharing a document with the report are left to best_match, which never picks them."""
    day = day_of(report.event_date)
    if day is None or not report.iso3:
        return []
    window = timedelta(days=merge.MERGE_DAYS)
    rows = conn.scalars(select(EventRow.record).where(
        EventRow.iso3 == report.iso3, EventRow.deleted.is_(False),
        EventRow.event_date.between((day - window).isoformat(), (day + window).isoformat()),
    ).order_by(EventRow.event_id))
    return [event_from_record(record) for record in rows]


def _free_event_id(conn: Connection, wanted: str) -> str:
    """The report's own id, unless a live event holds it (then ``id-2``, ``id-3``...); a deleted one is reused."""
    candidate, n = wanted, 1
    while conn.scalar(select(EventRow.deleted).where(EventRow.event_id == candidate)) is False:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _save_event(conn: Connection, event: Event, change: str, doc_id: str | None,
                published: str | None) -> None:
    """Write the event's row (insert or update) and its next version."""
    old = conn.execute(select(EventRow.version, EventRow.last_published)
                       .where(EventRow.event_id == event.event_id)).first()
    version = old.version + 1 if old else 1
    latest = max(filter(None, [old.last_published if old else None, published]), default=None)
    at = now()
    record = event_record(event)
    columns = _event_columns(event) | {"record": record, "version": version, "updated_at": at,
                                       "last_published": latest, "deleted": change == "deleted"}
    if old:
        conn.execute(update(EVENTS).where(EVENTS.c.event_id == event.event_id), columns)
    else:
        conn.execute(insert(EVENTS), {"event_id": event.event_id, **columns})
    conn.execute(insert(VERSIONS), {"event_id": event.event_id, "version": version, "at": at, "change": change,
                                    "doc_id": doc_id, "record": record})
    if change != "deleted":
        _note_actors_and_place(conn, event, columns["place_key"])


def _event_columns(event: Event) -> dict:
    return {"event_date": event.event_date, "iso3": event.iso3, "country": event.country,
            "event_type": event.event_type, "sub_event_type": event.sub_event_type, "actor1": event.actor1,
            "actor2": event.actor2, "location": event.location, "place_key": place_key(event),
            "latitude": event.latitude, "longitude": event.longitude, "fatalities": event.fatalities,
            "fatalities_low": event.fatalities_low, "fatalities_high": event.fatalities_high}


def _note_actors_and_place(conn: Connection, event: Event, key: str | None) -> None:
    """Add the event's actors and place (``key``: its place_key) to the reference tables when they are new:
    one look-up for all the actors, one for the place."""
    actors = {event.actor1: event.inter1, event.actor2: event.inter2}
    actors |= {name: None for name in event.assoc_actor_1 + event.assoc_actor_2 if name not in actors}
    names = [name for name in actors if name]
    known = set(conn.scalars(select(ActorRow.name).where(ActorRow.name.in_(names)))) if names else set()
    new = [{"name": name, "inter": actors[name]} for name in names if name not in known]
    if new:
        conn.execute(insert(ACTORS), new)
    if key and conn.scalar(select(PlaceRow.place_key).where(PlaceRow.place_key == key)) is None:
        conn.execute(insert(PLACES), {
            "place_key": key, "location": event.location, "country": event.country, "iso3": event.iso3,
            "admin1": event.admin1, "admin2": event.admin2, "latitude": event.latitude,
            "longitude": event.longitude, "geonames_id": event.geonames_id})


# --------------------------------------------------------------------------- edited articles
def _replace_old_versions(conn: Connection, article: Article, summary: IngestSummary) -> None:
    """Remove stored versions of this article id, then re-fold or delete the events they fed."""
    old_ids = list(conn.scalars(select(ArticleRow.id).where(ArticleRow.doc_id == article.id)))
    if not old_ids:
        return
    affected = sorted(set(conn.scalars(select(ReportRow.event_id).where(ReportRow.article_id.in_(old_ids)))))
    for table in (EvidenceRow, ReportRow, TollRow):   # explicit: SQLite cascades only with foreign_keys on
        conn.execute(delete(table).where(table.article_id.in_(old_ids)))
    conn.execute(delete(ArticleRow).where(ArticleRow.id.in_(old_ids)))
    for event_id in affected:
        if _refold(conn, event_id, article.id):
            summary.events_merged += 1
        else:
            summary.events_deleted += 1
    summary.articles_replaced += 1


def _refold(conn: Connection, event_id: str, doc_id: str) -> bool:
    """Rebuild an event from its remaining reports in ingest order; delete it when none remain.
    Returns whether the event still exists."""
    rows = conn.execute(select(ReportRow.record, ArticleRow.published)
                        .join(ArticleRow, ArticleRow.id == ReportRow.article_id)
                        .where(ReportRow.event_id == event_id).order_by(ReportRow.id)).all()
    if not rows:
        last = conn.scalar(select(EventRow.record).where(EventRow.event_id == event_id))
        _save_event(conn, event_from_record(last), "deleted", doc_id, None)
        return False
    folded = replace(event_from_record(rows[0].record), event_id=event_id)
    for row in rows[1:]:
        folded = merge.merge_into(folded, event_from_record(row.record))
    conn.execute(update(EVENTS).where(EVENTS.c.event_id == event_id), {"last_published": None})
    _save_event(conn, folded, "updated", doc_id, max(filter(None, (_day(r.published) for r in rows)), default=None))
    return True


def _day(value: str | None) -> str | None:
    """The YYYY-MM-DD day of a date or datetime string, else None."""
    day = day_of(value)
    return day.isoformat() if day else None
