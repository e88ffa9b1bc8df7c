"""Toponym accuracy on the project's own test set (tests/fixtures/toponyms.yml).

For every expected mention, finds the PlaceMention that covers it and checks the coded place (within 25 km of
the expected point) and the ACLED geo_precision. Prints both shares, per-country figures, and every miss.

usage: python bench/places.py [--set PATH] [--quiet]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TOPONYMS = ROOT / "tests" / "fixtures" / "toponyms.yml"
RADIUS_KM = 25.0
TARGET_DISTANCE, TARGET_PRECISION = 0.95, 0.90


@dataclass(frozen=True, slots=True)
class Expected:
    text: str
    surface: str
    iso2: str
    latitude: float
    longitude: float
    precision: int


@dataclass(slots=True)
class Outcome:
    expected: Expected
    found: str | None          # "name (ISO2)" of the coded place, None when no mention covers the surface
    distance_km: float | None
    precision: int | None

    @property
    def near(self) -> bool:
        return self.distance_km is not None and self.distance_km <= RADIUS_KM

    @property
    def right_precision(self) -> bool:
        return self.near and self.precision == self.expected.precision


@dataclass(slots=True)
class Report:
    outcomes: list[Outcome]
    ms_per_text: float

    def share(self, attribute: str) -> float:
        return sum(getattr(o, attribute) for o in self.outcomes) / max(1, len(self.outcomes))


def load(path: Path = TOPONYMS) -> list[Expected]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Expected(e["t"], str(s), iso2, float(lat), float(lon), int(prec))
            for e in entries for s, iso2, lat, lon, prec in e["p"]]


def _outcome(expected: Expected, mentions) -> Outcome:
    from guetteur.geo.gazetteer import distance_km
    start = expected.text.find(expected.surface)
    end = start + len(expected.surface)
    covering = [m for m in mentions if m.start < end and start < m.end]
    if not covering:
        return Outcome(expected, None, None, None)
    m = covering[0]
    km = distance_km(m.place.latitude, m.place.longitude, expected.latitude, expected.longitude)
    return Outcome(expected, f"{m.place.name} ({m.place.country_iso2})", round(km, 1), m.precision)


def evaluate(path: Path = TOPONYMS) -> Report:
    """Runs find_places on every dispatch of the set (parsed once each) and scores every expected mention."""
    from guetteur.model import Article
    from guetteur.understand.analysis import analyze
    from guetteur.understand.places import find_places

    expected = load(path)
    texts = list(dict.fromkeys(e.text for e in expected))
    adocs = list(analyze([Article(id=f"t{i}", text=t, lang="fr") for i, t in enumerate(texts)]))
    find_places(adocs[0])   # loads the gazetteer before timing
    started = time.perf_counter()
    found = {adoc.text: find_places(adoc) for adoc in adocs}
    elapsed = time.perf_counter() - started
    return Report([_outcome(e, found[e.text]) for e in expected], 1000 * elapsed / max(1, len(texts)))


def _print(report: Report, quiet: bool) -> None:
    outcomes = report.outcomes
    countries = Counter(o.expected.iso2 for o in outcomes)
    near, right = report.share("near"), report.share("right_precision")
    print(f"{len(outcomes)} mentions, {len(countries)} countries, find_places {report.ms_per_text:.2f} ms/text")
    print(f"within {RADIUS_KM:.0f} km:     {near:.1%}  (target {TARGET_DISTANCE:.0%})")
    print(f"right precision:  {right:.1%}  (target {TARGET_PRECISION:.0%})")
    if not quiet:
        print("\nper country (mentions, within 25 km, right precision):")
        for iso2, n in sorted(countries.items()):
            mine = [o for o in outcomes if o.expected.iso2 == iso2]
            print(f"  {iso2} {n:3d} {sum(o.near for o in mine):3d} {sum(o.right_precision for o in mine):3d}")
    misses = [o for o in outcomes if not o.right_precision]
    print(f"\nmisses ({len(misses)}):")
    for o in misses:
        e = o.expected
        got = "not found" if o.found is None else f"{o.found} at {o.distance_km} km, precision {o.precision}"
        print(f"  {e.surface!r} ({e.iso2}, precision {e.precision}): {got}\n      {e.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=TOPONYMS, help="toponym set (YAML)")
    parser.add_argument("--quiet", action="store_true", help="no per-country table")
    args = parser.parse_args(argv)
    report = evaluate(args.set)
    _print(report, args.quiet)
    return 0 if report.share("near") >= TARGET_DISTANCE and report.share("right_precision") >= TARGET_PRECISION else 1


if __name__ == "__main__":
    sys.exit(main())
