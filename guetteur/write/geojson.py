"""GeoJSON export (RFC 7946): one Point feature per located event, carrying every event field."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from guetteur.model import Event

SKIPPED_KEY = "skipped_without_coordinates"   # a foreign member of the FeatureCollection


def _has_coordinates(event: Event) -> bool:
    lat, lon = event.latitude, event.longitude
    return lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180


def feature(event: Event) -> dict:
    """The event as a Feature; GeoJSON orders coordinates longitude first."""
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
        "properties": event.to_dict(),
    }


def feature_collection(events: Iterable[Event]) -> dict:
    """The FeatureCollection; events without usable coordinates are left out and counted."""
    located, skipped = [], 0
    for event in events:
        if _has_coordinates(event):
            located.append(feature(event))
        else:
            skipped += 1
    return {"type": "FeatureCollection", "features": located, SKIPPED_KEY: skipped}


def write_geojson(path: Path, events: Iterable[Event]) -> int:
    """Write the collection; returns how many events were left out for lack of coordinates."""
    collection = feature_collection(events)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return collection[SKIPPED_KEY]
