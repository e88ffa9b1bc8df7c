#!/usr/bin/env bash
# Create .venv (Python 3.11) and install guetteur with its models and test tools. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
# the gazetteer index is compiled from the packaged GeoNames data once, here rather than on first use
.venv/bin/python -c "from guetteur.geo.gazetteer import Gazetteer; Gazetteer.load()"
