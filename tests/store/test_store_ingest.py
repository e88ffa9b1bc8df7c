"""Ingest with a hand-made pipeline: merges, versions, edits, deletions, rejects, the changes feed."""
from __future__ import annotations

from datetime import datetime

import pytest
from fake_pipeline import FakePipeline, article, event
from sqlalchemy import func, select

import guetteur.pipeline
from guetteur.model import Reject
from guetteur.store import open_store
from guetteur.store.changes import changes, parse_since
from guetteur.store.export import stored_events
from guetteur.store.ingest import ingest
from guetteur.store.schema import ActorRow, ArticleRow, EventVersionRow, EvidenceRow, PlaceRow, RejectRow, ReportRow

EPOCH = datetime(2000, 1, 1)


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "store.db")) as opened:
        yield opened


@pytest.fixture
def pipeline(monkeypatch):
    fake = FakePipeline({
        "a1": [event("e1", "a1", fatalities=3)],
        "a2": [event("e2", "a2", fatalities=5, day="2024-05-02", outlet="Radio Gao")],
        "a3": [event("e3", "a3", location="Kidal", latitude=18.44, longitude=1.41)],
    })
    monkeypatch.setattr(guetteur.pipeline, "extract", fake)
    return fake


def count(store, table) -> int:
    with store.read() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def versions(store) -> list[tuple[str, int, str, str]]:
    return [(c.event_id, c.version, c.change, c.doc_id) for c in changes(store, EPOCH)]


def test_a_new_report_creates_an_event_with_its_first_version(store, pipeline):
    summary = ingest(store, [article("a1")])
    assert (summary.articles_stored, summary.events_created, summary.reports, summary.tolls) == (1, 1, 1, 1)
    assert [e.event_id for e in stored_events(store)] == ["e1"]
    assert versions(store) == [("e1", 1, "created", "a1")]
    assert (count(store, ActorRow), count(store, PlaceRow), count(store, EvidenceRow)) == (2, 1, 1)


def test_a_second_report_of_the_same_event_is_merged_and_keeps_the_id(store, pipeline):
    ingest(store, [article("a1"), article("a2", text="Affrontements à Gao.", outlet="Radio Gao")])
    [merged] = stored_events(store)
    assert merged.event_id == "e1"
    assert merged.documents == ["a1", "a2"]
    assert merged.sources == ["Sahel Hebdo", "Radio Gao"]
    assert (merged.fatalities, merged.fatalities_high) == (3, 5)
    assert versions(store) == [("e1", 1, "created", "a1"), ("e1", 2, "updated", "a2")]
    with store.read() as conn:
        assert list(conn.scalars(select(EvidenceRow.event_id).order_by(EvidenceRow.id))) == ["e1", "e1"]
        assert list(conn.scalars(select(ReportRow.doc_id).order_by(ReportRow.id))) == ["a1", "a2"]


def test_reingesting_adds_nothing_and_runs_no_extraction(store, pipeline):
    corpus = [article("a1"), article("a2", text="Affrontements à Gao."), article("a3", text="Attaque à Kidal.")]
    ingest(store, corpus)
    pipeline.seen.clear()
    summary = ingest(store, corpus)
    assert (summary.articles_known, summary.articles_stored, summary.reports) == (3, 0, 0)
    assert pipeline.seen == []
    assert (count(store, ArticleRow), count(store, ReportRow), count(store, EventVersionRow)) == (3, 3, 3)


def test_an_edited_article_replaces_its_reports_and_refolds_the_event(store, pipeline):
    ingest(store, [article("a1"), article("a2", text="Affrontements à Gao.", outlet="Radio Gao")])
    pipeline.events["a1"] = [event("e1", "a1", fatalities=4)]
    summary = ingest(store, [article("a1", text="Des combats ont eu lieu à Gao, bilan revu.")])
    assert summary.articles_replaced == 1
    [merged] = stored_events(store)
    assert merged.event_id == "e1"
    assert merged.documents == ["a2", "a1"]
    assert (merged.fatalities, merged.fatalities_high) == (4, 5)
    assert [v[2] for v in versions(store)] == ["created", "updated", "updated", "updated"]
    assert count(store, ArticleRow) == 2


def test_an_edit_that_removes_the_only_report_deletes_the_event(store, pipeline):
    ingest(store, [article("a3", text="Attaque à Kidal.")])
    pipeline.events["a3"] = []
    summary = ingest(store, [article("a3", text="Correction : il n'y a pas eu d'attaque à Kidal.")])
    assert summary.events_deleted == 1
    assert list(stored_events(store)) == []
    assert versions(store) == [("e3", 1, "created", "a3"), ("e3", 2, "deleted", "a3")]


def test_undated_reports_are_never_merged(store, monkeypatch):
    monkeypatch.setattr(guetteur.pipeline, "extract", FakePipeline({
        "u1": [event("u1e", "u1", day=None)], "u2": [event("u2e", "u2", day=None)]}))
    ingest(store, [article("u1"), article("u2", text="Combats à Gao, selon une source.")])
    assert [e.event_id for e in stored_events(store)] == ["u1e", "u2e"]


def test_an_id_held_by_another_live_event_gets_a_suffix(store, monkeypatch):
    monkeypatch.setattr(guetteur.pipeline, "extract", FakePipeline({
        "b1": [event("same", "b1")], "b2": [event("same", "b2", location="Kidal", latitude=18.44)]}))
    ingest(store, [article("b1"), article("b2", text="Attaque à Kidal.")])
    assert sorted(e.event_id for e in stored_events(store)) == ["same", "same-2"]


def test_rejects_are_stored_once_with_their_reason(store, pipeline):
    reject = Reject(source="feed.jsonl", reason="malformed JSON", line=7)
    first = ingest(store, [reject])
    ingest(store, [reject])
    assert first.rejected == 1
    with store.read() as conn:
        assert conn.execute(select(RejectRow.source, RejectRow.line, RejectRow.reason)).all() == [
            ("feed.jsonl", 7, "malformed JSON")]


def test_the_changes_feed_starts_at_the_given_moment(store, pipeline):
    ingest(store, [article("a1")])
    middle = changes(store, EPOCH)[0].at
    ingest(store, [article("a2", text="Affrontements à Gao.")])
    later = [(c.event_id, c.change) for c in changes(store, middle) if c.at > middle]
    assert later == [("e1", "updated")]
    assert changes(store, datetime(2999, 1, 1)) == []


def test_progress_counts_every_item(store, pipeline):
    ticks: list[int] = []
    ingest(store, [article("a1"), article("a2", text="Affrontements à Gao.")])
    ingest(store, [article("a1"), article("a3", text="Attaque à Kidal.")], advance=ticks.append)
    assert sum(ticks) == 2


@pytest.mark.parametrize("value, expected", [
    ("2024-06-01", datetime(2024, 6, 1)),
    ("2024-06-01T12:30:00Z", datetime(2024, 6, 1, 12, 30)),
    ("2024-06-01T14:30:00+02:00", datetime(2024, 6, 1, 12, 30)),
])
def test_since_values_are_read_as_utc(value, expected):
    assert parse_since(value) == expected
