"""PLOVER view of the events: ACLED classes mapped to PLOVER categories and modes (resources/plover.yml)."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from guetteur.model import Event
from guetteur.resources import load_yaml
from guetteur.write.jsonl import write_jsonl


def plover_class(sub_event_type: str) -> dict:
    """{event_type, mode, context} for an ACLED sub-event type; nulls when the table does not know it."""
    entry = load_yaml("plover.yml")["sub_event_types"].get(sub_event_type) or {}
    return {"event_type": entry.get("event_type"), "mode": entry.get("mode"),
            "context": list(entry.get("context") or [])}


def plover_record(event: Event) -> dict:
    """The event as a PLOVER record: who did what to whom, when and where, with the ACLED class kept."""
    return {
        "id": event.event_id,
        "date": event.event_date,
        **plover_class(event.sub_event_type),
        "source_actor": event.actor1,
        "source_inter": event.inter1,
        "target_actor": event.actor2,
        "target_inter": event.inter2,
        "country": event.iso3,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "fatalities": event.fatalities,
        "civilian_targeting": event.civilian_targeting,
        "acled_event_type": event.event_type,
        "acled_sub_event_type": event.sub_event_type,
        "notes": event.notes,
        "documents": list(event.documents),
    }


def write_plover(path: Path, events: Iterable[Event]) -> int:
    return write_jsonl(path, (plover_record(event) for event in events))
