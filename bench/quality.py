"""Extraction quality on the development sets: runs guetteur on every ../shared/examples/*/articles.jsonl
and prints the referee scorer's table (../shared/bench/score.py) for each set.

usage: python bench/quality.py [--shared PATH] [--keep DIR]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED, example_sets, load_articles  # noqa: E402

from guetteur.model import ArticleResult  # noqa: E402
from guetteur.pipeline import extract  # noqa: E402
from guetteur.write import write_outputs  # noqa: E402


def run_set(directory: Path, out: Path) -> float:
    articles = load_articles(directory / "articles.jsonl")
    events, tolls, rejects = [], [], []
    started = time.perf_counter()
    for result in extract(articles):
        if isinstance(result, ArticleResult):
            events.extend(result.events)
            tolls.extend(result.tolls)
        else:
            rejects.append(result)
    write_outputs(out, events, tolls, rejects)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--keep", type=Path, help="keep the outputs under this directory")
    args = parser.parse_args()
    sets = example_sets(args.shared)
    if not sets:
        print(f"no example sets under {args.shared}/examples: nothing to score")
        return 0
    scorer = args.shared / "bench" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        for directory in sets:
            out = root / directory.name
            seconds = run_set(directory, out)
            print(f"== {directory.name} ({seconds:.1f} s)")
            subprocess.run([sys.executable, str(scorer), str(directory / "gold.jsonl"), str(out / "events.jsonl"),
                            str(out / "tolls.jsonl")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
