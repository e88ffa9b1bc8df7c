#!/usr/bin/env bash
# Set up guetteur on a fresh machine and run it on the bundled example dispatches:
# the stateless extraction to out/, then the same dispatches into the embedded event store (SQLite).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install.sh
.venv/bin/guetteur extract examples/dispatches.jsonl --out out/
echo "outputs in out/: events.jsonl tolls.jsonl acled.csv events.geojson plover.jsonl rejects.jsonl events.png"
# the store merges the reports of one event by different outlets (second-reports.jsonl retells two of the
# dispatches); re-running adds nothing
.venv/bin/guetteur ingest examples/dispatches.jsonl examples/second-reports.jsonl
.venv/bin/guetteur export --format acled-csv --out out/store-acled.csv
