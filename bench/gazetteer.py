"""Gazetteer cost, measured side by side in one run: index build (optional), load, memory, lookups per second.

Targets: load <= 2 s, resident memory after load <= 300 MB, exact lookups >= 20,000/s warm.
Names looked up are the overlay's names and aliases plus the names of the set's own toponyms, so that the
figures reflect the names news actually uses; fuzzy lookups use misspelt forms of the same names.

usage: python bench/gazetteer.py [--build] [--rounds 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from guetteur.geo import gazetteer
from guetteur.geo.gazetteer import Gazetteer

TARGET_LOAD_S, TARGET_RSS_MB, TARGET_EXACT_PER_S = 2.0, 300.0, 20000.0


def resident_mb() -> float:
    """Current resident set size of this process (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def names_to_look_up() -> list[tuple[str, str | None]]:
    """(name, country) pairs: overlay names and aliases, each once with its country and once without."""
    pairs = []
    for file in gazetteer.overlay_files():
        for rec in gazetteer.read_overlay(file):
            for name in [rec["name"], *(rec.get("aliases") or "").split("|")]:
                if name.strip():
                    pairs += [(name.strip(), rec["country"]), (name.strip(), None)]
    return pairs


def misspelt(name: str) -> str:
    """A plausible typo: two inner letters swapped ("Gharyan" -> "Ghayran")."""
    if len(name) < 6:
        return name + "e"
    i = len(name) // 2
    return name[:i - 1] + name[i] + name[i - 1] + name[i + 1:]


def per_second(call, items, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            call(*item)
        best = min(best, time.perf_counter() - started)
    return len(items) / best if best else float("inf")


def build_seconds() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        gazetteer.build(Path(tmp) / "gazetteer.sqlite")
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="also time a full index build in a temp dir")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    if args.build:
        print(f"index build:        {build_seconds():.1f} s (in a temporary directory)")
    file = gazetteer.index_path()
    if not gazetteer._is_complete(file):
        gazetteer.build(file)
    rss_before = resident_mb()
    started = time.perf_counter()
    gaz = Gazetteer(file)
    gaz.lookup("Tripoli")
    load = time.perf_counter() - started
    rss = resident_mb()
    pairs = names_to_look_up()
    gaz_exact = per_second(gaz.lookup, pairs, 1)   # first pass: cold caches
    warm = per_second(gaz.lookup, pairs, args.rounds)
    fuzzy_items = [(misspelt(n), c, 5) for n, c in pairs if c][:400]
    fuzzy_country = per_second(lambda n, c, k: gaz._fuzzy_uncached(gazetteer.skeleton(n), c, k), fuzzy_items, 1)
    world_items = [(misspelt(n), None, 5) for n, c in pairs if c][:60]
    fuzzy_world = per_second(lambda n, c, k: gaz._fuzzy_uncached(gazetteer.skeleton(n), c, k), world_items, 1)

    print(f"index file:         {file} ({file.stat().st_size / 1e6:.0f} MB)")
    print(f"load:               {load:.3f} s  (target <= {TARGET_LOAD_S:.0f} s)")
    print(f"resident memory:    {rss:.0f} MB after load{' (the build ran in this process)' if args.build else ''} ({rss - rss_before:+.0f} MB for the gazetteer; "
          f"target <= {TARGET_RSS_MB:.0f} MB)")
    print(f"exact lookups:      {warm:,.0f}/s warm, {gaz_exact:,.0f}/s cold  "
          f"({len(pairs)} names; target >= {TARGET_EXACT_PER_S:,.0f}/s)")
    print(f"fuzzy lookups:      {fuzzy_country:,.0f}/s within a country, {fuzzy_world:,.1f}/s world-wide "
          f"(uncached; repeated names hit a cache)")
    ok = load <= TARGET_LOAD_S and rss <= TARGET_RSS_MB and warm >= TARGET_EXACT_PER_S
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
