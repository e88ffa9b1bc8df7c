"""Throughput of guetteur's extraction against a bare spaCy pass over the same texts, in the same run.

Both sides see the same articles with the same spaCy models (per language) and batch size; the figure that
matters is the ratio (the machine is noisy). Rounds alternate bare / full, so that neither side profits alone
from the lemmatizer's cache warming up; the ratio reported is the median of the rounds' ratios, and the
throughputs are each side's best round.

usage: python bench/speed.py [--rounds 7] [--shared PATH]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BUNDLED, SHARED, example_sets, load_articles  # noqa: E402

from guetteur.geo.gazetteer import Gazetteer  # noqa: E402
from guetteur.model import Article  # noqa: E402
from guetteur.pipeline import BATCH, check, extract  # noqa: E402
from guetteur.understand.analysis import load_model  # noqa: E402


def corpus(shared: Path) -> list[Article]:
    """Bundled dispatches plus the development sets when present; `check` sets each article's language,
    as extract does, so that both sides parse with the same model."""
    articles = load_articles(BUNDLED)
    for directory in example_sets(shared):
        articles += load_articles(directory / "articles.jsonl")
    return [a for a in articles if isinstance(check(a), Article)]


def bare(articles) -> float:
    started = time.perf_counter()
    by_lang: dict[str, list[str]] = {}
    for a in articles:
        by_lang.setdefault(a.lang, []).append(a.text)
    for lang, texts in by_lang.items():
        for _ in load_model(lang).pipe(texts, batch_size=BATCH):
            pass
    return time.perf_counter() - started


def full(articles) -> float:
    started = time.perf_counter()
    for _ in extract(articles):
        pass
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    articles = corpus(args.shared)
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    Gazetteer.load()
    for lang in {a.lang for a in articles}:
        load_model(lang)
    setup = time.perf_counter() - started
    full(articles[:4])   # warm-up: first calls build lazy tables
    bare_times, full_times = [], []
    for _ in range(args.rounds):
        bare_times.append(bare(articles))
        full_times.append(full(articles))
    b, f = min(bare_times), min(full_times)
    print(f"articles: {len(articles)}  words: {words}  rounds: {args.rounds}  setup (models + gazetteer): {setup:.1f} s")
    print(f"bare spaCy nlp.pipe : {len(articles) / b:7.1f} articles/s  {words / b:8.0f} words/s")
    print(f"guetteur extract    : {len(articles) / f:7.1f} articles/s  {words / f:8.0f} words/s")
    ratios = sorted(bt / ft for bt, ft in zip(bare_times, full_times))
    print(f"ratio to bare spaCy : {statistics.median(ratios):.2f} (median of {len(ratios)} rounds; "
          f"range {ratios[0]:.2f}-{ratios[-1]:.2f})")
    print(f"peak RSS            : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
