"""ACLED-format CSV (EVENTS.md section 8): ACLED's columns, in ACLED's order."""
from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pycountry

from guetteur.geo.countries import by_iso3
from guetteur.model import Event

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
LIST_SEPARATOR = "; "
CIVILIAN_TARGETING = "Civilian targeting"   # ACLED writes this label when true, nothing otherwise


@lru_cache(maxsize=None)
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column): "LBY" -> 434."""
    record = pycountry.countries.get(alpha_3=iso3.upper()) if iso3 else None
    return int(record.numeric) if record else None


def region_of(iso3: str | None) -> str | None:
    country = by_iso3(iso3) if iso3 else None
    return country.region if country else None


def acled_row(event: Event, timestamp: int) -> dict[str, object]:
    """One CSV row: lists joined with "; ", unknown values None (written empty)."""
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date,
        "year": int(event.event_date[:4]) if event.event_date else None,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": LIST_SEPARATOR.join(event.assoc_actor_1),
        "inter1": event.inter1,
        "actor2": event.actor2,
        "assoc_actor_2": LIST_SEPARATOR.join(event.assoc_actor_2),
        "inter2": event.inter2,
        "interaction": event.interaction,
        "civilian_targeting": CIVILIAN_TARGETING if event.civilian_targeting else None,
        "iso": iso_numeric(event.iso3),
        "region": region_of(event.iso3),
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "admin3": None,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": LIST_SEPARATOR.join(event.sources),
        "source_scale": None,
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": None,
        "timestamp": timestamp,
    }


def write_acled_csv(path: Path, events: Iterable[Event], timestamp: int | None = None) -> int:
    """Write the CSV (header always present); ``timestamp`` defaults to now. Returns the row count."""
    stamp = int(time.time()) if timestamp is None else timestamp
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(acled_row(event, stamp))
            count += 1
    return count
