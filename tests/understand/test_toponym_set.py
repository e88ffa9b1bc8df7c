"""The project's toponym set (tests/fixtures/toponyms.yml) must keep its scores: the whole set runs here."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
import places as bench_places  # noqa: E402


@pytest.fixture(scope="module")
def report():
    return bench_places.evaluate()


def test_set_is_big_and_varied():
    expected = bench_places.load()
    assert len(expected) >= 300 and len({e.iso2 for e in expected}) >= 25
    assert all(e.surface in e.text for e in expected)


def test_places_are_within_25_km(report):
    assert report.share("near") >= bench_places.TARGET_DISTANCE


def test_precision_codes_are_right(report):
    assert report.share("right_precision") >= bench_places.TARGET_PRECISION


def test_find_places_stays_fast(report):
    assert report.ms_per_text < 10
