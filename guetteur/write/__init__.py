"""Writers: events, tolls and rejects to JSON Lines, ACLED CSV, GeoJSON and PLOVER, and a picture."""
from __future__ import annotations

from pathlib import Path

from guetteur.model import Event, Reject, Toll
from guetteur.write.acled import write_acled_csv
from guetteur.write.geojson import write_geojson
from guetteur.write.jsonl import JsonlWriter, write_jsonl
from guetteur.write.picture import write_picture
from guetteur.write.plover import write_plover

OUTPUT_FILES = {
    "events": "events.jsonl",
    "tolls": "tolls.jsonl",
    "rejects": "rejects.jsonl",
    "acled": "acled.csv",
    "geojson": "events.geojson",
    "plover": "plover.jsonl",
    "picture": "events.png",
}

__all__ = ["OUTPUT_FILES", "JsonlWriter", "write_jsonl", "write_outputs"]


def write_outputs(out_dir: Path, events: list[Event], tolls: list[Toll], rejects: list[Reject],
                  timestamp: int | None = None) -> dict[str, Path]:
    """Write every output file into ``out_dir`` (created if needed); returns {kind: path}.

    ``timestamp`` (Unix seconds) fills the ACLED ``timestamp`` column; now when not given.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {kind: out_dir / name for kind, name in OUTPUT_FILES.items()}
    write_jsonl(paths["events"], events)
    write_jsonl(paths["tolls"], tolls)
    write_jsonl(paths["rejects"], rejects)
    write_acled_csv(paths["acled"], events, timestamp)
    write_geojson(paths["geojson"], events)
    write_plover(paths["plover"], events)
    if write_picture(paths["picture"], events) is None:
        del paths["picture"]      # nothing located or dated to draw
    return paths
