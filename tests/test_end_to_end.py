"""End to end: bundled dispatches through the command line, exact events out."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from guetteur.cli import app

ROOT = Path(__file__).resolve().parent.parent
DISPATCHES = ROOT / "examples" / "dispatches.jsonl"


def dispatch(doc_id: str) -> str:
    for line in DISPATCHES.read_text(encoding="utf-8").splitlines():
        if json.loads(line)["id"] == doc_id:
            return line
    raise KeyError(doc_id)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    source = folder / "in.jsonl"
    source.write_text("\n".join([dispatch("gt-demo-005"), dispatch("gt-demo-008"), "{broken json"]) + "\n",
                      encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(source), "--out", str(folder / "out"), "--quiet"])
    events = [json.loads(line) for line in (folder / "out" / "events.jsonl").read_text().splitlines()]
    rejects = [json.loads(line) for line in (folder / "out" / "rejects.jsonl").read_text().splitlines()]
    return result, {e["documents"][0]: e for e in events}, events, rejects, folder / "out"


def test_exit_code_says_a_line_was_rejected(run):
    result, *_ = run
    assert result.exit_code == 1


def test_malformed_line_is_rejected_with_its_number(run):
    _, _, _, rejects, _ = run
    broken = [r for r in rejects if not r["reason"].startswith("warning")]
    assert len(broken) == 1 and broken[0]["line"] == 3 and broken[0]["reason"].startswith("malformed JSON")


def test_undated_article_gets_a_warning_not_a_rejection(run):
    _, _, _, rejects, _ = run
    assert [r["doc_id"] for r in rejects if r["reason"].startswith("warning")] == ["gt-demo-008"]


def test_one_event_per_dispatch(run):
    _, by_doc, events, _, _ = run
    assert sorted(by_doc) == ["gt-demo-005", "gt-demo-008"] and len(events) == 2


def test_abduction_near_kumbo(run):
    _, by_doc, _, _, _ = run
    e = by_doc["gt-demo-005"]
    assert (e["event_date"], e["time_precision"]) == ("2024-06-09", 1)
    assert (e["disorder_type"], e["event_type"], e["sub_event_type"]) == (
        "Political violence", "Violence against civilians", "Abduction/forced disappearance")
    assert (e["actor1"], e["inter1"], e["actor2"], e["inter2"], e["interaction"]) == (
        "Ambazonian separatists", 2, "Civilians (Cameroon)", 7, 27)
    assert e["civilian_targeting"] is True
    assert (e["country"], e["iso3"], e["location"], e["geo_precision"]) == ("Cameroon", "CMR", "Kumbo", 2)
    assert e["fatalities"] == 0 and e["sources"] == ["Échos du Nord-Ouest"] and e["reported_by"] == ["habitants"]


def test_suicide_bombing_dated_from_the_text_alone(run):
    _, by_doc, _, _, _ = run
    e = by_doc["gt-demo-008"]
    assert (e["event_date"], e["sub_event_type"], e["location"], e["geo_precision"]) == (
        "2023-09-14", "Suicide bomb", "Konduga", 1)
    assert (e["fatalities"], e["fatalities_low"], e["fatalities_best"]) == (5, 5, 5)
    assert e["actor2"] == "Civilians (Nigeria)" and e["civilian_targeting"] is True


def test_evidence_spans_quote_the_text(run):
    _, by_doc, _, _, _ = run
    text = json.loads(dispatch("gt-demo-005"))["text"]
    spans = {ev["field"]: text[ev["start"]:ev["end"]] for ev in by_doc["gt-demo-005"]["evidence"]}
    assert spans["event"] == "enlevé" and spans["date"] == "dimanche" and "Kumbo" in spans["location"]


def test_every_export_is_written(run):
    *_, out = run
    header = (out / "acled.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("event_id_cnty,event_date,year,time_precision,disorder_type")
    geo = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert len((out / "plover.jsonl").read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize("text, lang, reason", [
    ("   ", None, "empty text"),
    ("Unos hombres armados atacaron el pueblo durante la noche y quemaron varias casas.", None,
     "unsupported language: es"),
    ("Kidal", None, "language could not be identified"),
    ("Des hommes armés ont attaqué le village.", "es", "unsupported language: es"),   # a declared lang is trusted
])
def test_articles_that_cannot_be_read_are_rejected_with_the_reason(text, lang, reason):
    from guetteur.model import Article
    from guetteur.pipeline import check
    rejected = check(Article(id="x", text=text, lang=lang))
    assert rejected.reason == reason and rejected.doc_id == "x"
