"""Ingest benchmark: >= 10,000 articles generated from the project's dispatches (tests/store/corpus.py) into a
fresh SQLite store; prints articles/s and resident memory at every 1,000 articles (memory must stay flat: the
corpus is streamed, never held).

    .venv/bin/python bench/ingest.py [--count 10000] [--every 1000] [--db URL]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))

from corpus import generate  # noqa: E402


def rss_mib() -> float:
    """Current resident memory of this process."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Reporter:
    """Progress callback printing one line at each multiple of ``every``."""

    def __init__(self, every: int) -> None:
        self.every, self.done, self.started = every, 0, time.perf_counter()
        self.last_time, self.last_done = self.started, 0

    def __call__(self, n: int) -> None:
        before, self.done = self.done, self.done + n
        if self.done // self.every > before // self.every:
            now = time.perf_counter()
            rate = (self.done - self.last_done) / (now - self.last_time)
            overall = self.done / (now - self.started)
            print(f"{self.done:>7} articles  {rate:6.1f}/s (last block)  {overall:6.1f}/s (overall)  "
                  f"rss {rss_mib():7.1f} MiB  peak {peak_mib():7.1f} MiB", flush=True)
            self.last_time, self.last_done = now, self.done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    from guetteur.model import Article
    from guetteur.store import open_store
    from guetteur.store.ingest import ingest

    with tempfile.TemporaryDirectory() as folder:
        url = args.db or str(Path(folder) / "bench.db")
        reporter = Reporter(args.every)
        with open_store(url) as store:
            summary = ingest(store, (Article(**record) for record in generate(args.count)), advance=reporter)
            seconds = time.perf_counter() - reporter.started
            again = time.perf_counter()
            repeat = ingest(store, (Article(**record) for record in generate(args.count)))
            repeat_seconds = time.perf_counter() - again
        print(f"ingested {summary.articles_stored} articles in {seconds:.0f} s ({summary.articles_stored / seconds:.1f}"
              f"/s); events created {summary.events_created}, merged {summary.events_merged}; "
              f"peak rss {peak_mib():.0f} MiB")
        print(f"re-ingest: {repeat.articles_known} known, {repeat.events_created} events added, "
              f"{repeat_seconds:.1f} s")


if __name__ == "__main__":
    main()
