"""Exports of the stored events through the writers of guetteur/write/ (one writer per format, no copy).

Order is (event_date, event_id), undated events last, so two stores holding the same corpus export the same
bytes. The ACLED ``timestamp`` column is the same for every row of an export: midnight UTC of the latest
publication day among the exported events' reports (else of their latest event day, else 0). Unlike the time
of ingestion, it is a fact of the data.
"""
from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Select, func, or_, select

from guetteur.geo.countries import by_iso3, country_named
from guetteur.model import Event
from guetteur.store.db import Store
from guetteur.store.records import event_from_record
from guetteur.store.schema import EventRow
from guetteur.write.acled import write_acled_csv
from guetteur.write.geojson import write_geojson
from guetteur.write.jsonl import write_jsonl
from guetteur.write.plover import write_plover

STREAM_ROWS = 500


@dataclass(frozen=True, slots=True)
class ExportFilter:
    since: datetime | None = None          # events changed at or after (naive UTC)
    country: str | None = None             # ISO3 code or a country name (French or English)
    bbox: tuple[float, float, float, float] | None = None   # min_lon, min_lat, max_lon, max_lat
    type: str | None = None                # an event type or a sub-event type


def _write_acled(store: Store, filters: ExportFilter, path: Path) -> int:
    return write_acled_csv(path, stored_events(store, filters), export_timestamp(store, filters))


def _write_geojson(store: Store, filters: ExportFilter, path: Path) -> int:
    events = list(stored_events(store, filters))   # the writer builds one document in memory anyway
    write_geojson(path, events)
    return len(events)


WRITERS: dict[str, Callable[[Store, ExportFilter, Path], int]] = {
    "acled-csv": _write_acled,
    "geojson": _write_geojson,
    "jsonl": lambda store, filters, path: write_jsonl(path, stored_events(store, filters)),
    "plover": lambda store, filters, path: write_plover(path, stored_events(store, filters)),
}
FORMATS = tuple(WRITERS)


def export(store: Store, fmt: str, path: Path, filters: ExportFilter = ExportFilter()) -> int:
    """Write the events that pass ``filters`` to ``path`` in ``fmt``; returns how many were written."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return WRITERS[fmt](store, filters, Path(path))


def stored_events(store: Store, filters: ExportFilter = ExportFilter()) -> Iterator[Event]:
    """The live events passing ``filters``, in export order, streamed."""
    query = _filtered(select(EventRow.record), filters).order_by(
        EventRow.event_date.asc().nulls_last(), EventRow.event_id)
    with store.read() as conn:
        for record in conn.execute(query.execution_options(yield_per=STREAM_ROWS)).scalars():
            yield event_from_record(record)


def export_timestamp(store: Store, filters: ExportFilter = ExportFilter()) -> int:
    """Unix seconds of the export's ACLED timestamp (see the module docstring)."""
    query = _filtered(select(func.max(EventRow.last_published), func.max(EventRow.event_date)), filters)
    with store.read() as conn:
        published, event_day = conn.execute(query).one()
    day = published or event_day
    return calendar.timegm(date.fromisoformat(day).timetuple()) if day else 0


def country_code(name: str) -> str:
    """The ISO3 code of an ISO3 code or a country name; ValueError when unknown."""
    country = (by_iso3(name) if len(name.strip()) == 3 else None) or country_named(name)
    if country is None:
        raise ValueError(f"unknown country: {name!r}")
    return country.iso3


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """"min_lon,min_lat,max_lon,max_lat" -> floats; ValueError when malformed or out of range."""
    parts = [float(part) for part in value.split(",")]
    if len(parts) != 4:
        raise ValueError("expected min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = parts
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ValueError("expected -180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90")
    return min_lon, min_lat, max_lon, max_lat


def _filtered(query: Select, filters: ExportFilter) -> Select:
    query = query.where(EventRow.deleted.is_(False))
    if filters.since is not None:
        query = query.where(EventRow.updated_at >= filters.since)
    if filters.country:
        query = query.where(EventRow.iso3 == country_code(filters.country))
    if filters.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = filters.bbox
        query = query.where(EventRow.longitude.between(min_lon, max_lon),
                            EventRow.latitude.between(min_lat, max_lat))
    if filters.type:
        wanted = filters.type.strip().lower()
        query = query.where(or_(func.lower(EventRow.event_type) == wanted,
                                func.lower(EventRow.sub_event_type) == wanted))
    return query
