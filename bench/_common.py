"""Helpers shared by the benchmark scripts: where the development examples are, how to load articles."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BUNDLED = ROOT / "examples" / "dispatches.jsonl"


def example_sets(shared: Path = SHARED) -> list[Path]:
    """Directories of ../shared/examples that have articles and gold."""
    base = shared / "examples"
    if not base.is_dir():
        return []
    return sorted(d for d in base.iterdir() if (d / "articles.jsonl").is_file() and (d / "gold.jsonl").is_file())


def load_articles(path: Path):
    from guetteur.model import Article
    fields = Article.__slots__
    with path.open(encoding="utf-8") as fh:
        return [Article(**{k: v for k, v in json.loads(line).items() if k in fields}) for line in fh if line.strip()]
