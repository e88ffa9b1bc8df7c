"""The real pipeline into a store: the bundled dispatches, then two of their stories retold by other outlets
(examples/second-reports.jsonl), merge into the events they retell; ingesting again adds nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from guetteur.read import read_sources
from guetteur.store import open_store
from guetteur.store.export import stored_events
from guetteur.store.ingest import ingest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    sources = [EXAMPLES / "dispatches.jsonl", EXAMPLES / "second-reports.jsonl"]
    with open_store(str(tmp_path_factory.mktemp("store") / "guetteur.db")) as store:
        first = ingest(store, read_sources(sources))
        again = ingest(store, read_sources(sources))
        events = list(stored_events(store))
    return first, again, events


def by_documents(events, doc_id):
    return next(e for e in events if doc_id in e.documents and e.event_type != "Strategic developments")


def test_each_retold_story_merges_into_its_event(stored):
    first, _, events = stored
    assert first.events_merged == 2
    djaiba = by_documents(events, "gt-demo-009")
    assert djaiba.documents == ["gt-demo-002", "gt-demo-009"]
    assert djaiba.sources == ["Radio Grands Lacs", "Kivu Express"]
    market = by_documents(events, "gt-demo-010")
    assert market.documents == ["gt-demo-004", "gt-demo-010"]


def test_merged_tolls_widen_the_range_and_keep_the_conservative_count(stored):
    _, _, events = stored
    djaiba = by_documents(events, "gt-demo-009")
    # "au moins douze" in one report, "au moins quinze" (and "douze" per the administrator) in the other
    assert (djaiba.fatalities, djaiba.fatalities_low, djaiba.fatalities_high) == (12, 12, 15)


def test_ingesting_again_adds_nothing(stored):
    _, again, _ = stored
    assert (again.articles_stored, again.reports, again.events_created, again.events_merged) == (0, 0, 0, 0)
