"""Run one ingest in its own process (for the kill and concurrency tests): ingest_worker.py DB_URL SOURCE..."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path


def main(url: str, sources: list[str]) -> None:
    from guetteur.read import read_sources
    from guetteur.store import open_store
    from guetteur.store.ingest import ingest

    with open_store(url) as store:
        summary = ingest(store, read_sources([Path(s) for s in sources]))
    print(json.dumps(asdict(summary)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
