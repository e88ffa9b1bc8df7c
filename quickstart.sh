#!/usr/bin/env bash
# Set up guetteur on a fresh machine and run it on the bundled example dispatches.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install.sh
.venv/bin/guetteur extract examples/dispatches.jsonl --out out/
echo "outputs in out/: events.jsonl tolls.jsonl acled.csv events.geojson plover.jsonl rejects.jsonl events.png"
