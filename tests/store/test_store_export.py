"""Exports: filters, order, the ACLED timestamp rule, every format through the shared writers."""
from __future__ import annotations

import csv
import json
from datetime import datetime

import pytest
from fake_pipeline import FakePipeline, article, event
from typer.testing import CliRunner

import guetteur.pipeline
from guetteur.cli import app
from guetteur.store import open_store
from guetteur.store.export import ExportFilter, country_code, export, export_timestamp, parse_bbox, stored_events
from guetteur.store.ingest import ingest

EVENTS = {
    "m1": [event("mli-gao", "m1", day="2024-05-01")],
    "l1": [event("lby-tripoli", "l1", day="2024-04-20", iso3="LBY", location="Tripoli", latitude=32.89,
                 longitude=13.19, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")],
    "n1": [event("mli-undated", "n1", day=None, location="Kidal", latitude=18.44, longitude=1.41)],
}


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(guetteur.pipeline, "extract", FakePipeline(EVENTS))
    with open_store(str(tmp_path / "store.db")) as opened:
        ingest(opened, [article("m1", published="2024-05-02"), article("l1", "Frappe à Tripoli.", "2024-04-21"),
                        article("n1", "Attaque à Kidal.", "2024-05-04")])
        yield opened


def ids(store, **filters) -> list[str]:
    return [e.event_id for e in stored_events(store, ExportFilter(**filters))]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["lby-tripoli", "mli-gao", "mli-undated"]),
    ({"country": "Libye"}, ["lby-tripoli"]),
    ({"country": "mli"}, ["mli-gao", "mli-undated"]),
    ({"bbox": (-5.0, 10.0, 5.0, 17.0)}, ["mli-gao"]),
    ({"type": "air/drone strike"}, ["lby-tripoli"]),
    ({"type": "Battles"}, ["mli-gao", "mli-undated"]),
    ({"since": datetime(2000, 1, 1)}, ["lby-tripoli", "mli-gao", "mli-undated"]),
    ({"since": datetime(2999, 1, 1)}, []),
])
def test_filters_and_order(store, filters, expected):
    assert ids(store, **filters) == expected


def test_the_acled_timestamp_is_the_latest_publication_day(store):
    assert export_timestamp(store) == 1714780800              # 2024-05-04 00:00 UTC
    assert export_timestamp(store, ExportFilter(country="LBY")) == 1713657600   # 2024-04-21


@pytest.mark.parametrize("fmt, read", [
    ("jsonl", lambda text: [json.loads(line)["event_id"] for line in text.splitlines()]),
    ("plover", lambda text: [json.loads(line)["id"] for line in text.splitlines()]),
    ("acled-csv", lambda text: [row["event_id_cnty"] for row in csv.DictReader(text.splitlines())]),
    ("geojson", lambda text: [f["id"] for f in json.loads(text)["features"]]),
])
def test_every_format(store, tmp_path, fmt, read):
    path = tmp_path / f"out.{fmt}"
    assert export(store, fmt, path) == 3
    assert read(path.read_text(encoding="utf-8")) == ["lby-tripoli", "mli-gao", "mli-undated"]


@pytest.mark.parametrize("value", ["1,2,3", "a,b,c,d", "10,0,-10,5", "0,-95,1,1"])
def test_bad_bbox(value):
    with pytest.raises(ValueError):
        parse_bbox(value)


def test_country_names_and_codes():
    assert (country_code("RDC"), country_code("syr"), country_code("Burkina Faso")) == ("COD", "SYR", "BFA")
    with pytest.raises(ValueError):
        country_code("Atlantide")


def test_cli_ingest_export_and_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(guetteur.pipeline, "extract", FakePipeline(EVENTS))
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "text": f"Combats {i}.", "published": "2024-05-02"})
                                for i in ("m1", "l1")) + "\n{broken\n", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(source), "--db", db, "--quiet"])
    assert first.exit_code == 1          # the broken line is a reject
    assert runner.invoke(app, ["ingest", str(source), "--db", db, "--quiet"]).exit_code == 1
    exported = runner.invoke(app, ["export", "--format", "jsonl", "--db", db, "--country", "Libya"])
    assert [json.loads(line)["event_id"] for line in exported.stdout.splitlines()] == ["lby-tripoli"]
    fed = runner.invoke(app, ["changes", "--since", "2000-01-01", "--db", db])
    assert [json.loads(line)["change"] for line in fed.stdout.splitlines()] == ["created", "created"]


@pytest.mark.parametrize("args", [
    ["export", "--format", "xml"],
    ["export", "--format", "jsonl", "--bbox", "1,2"],
    ["export", "--format", "jsonl", "--country", "Atlantide"],
    ["changes", "--since", "hier"],
])
def test_cli_bad_options(tmp_path, args):
    result = CliRunner().invoke(app, args + ["--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2


def test_cli_unusable_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("pas une base de données")
    result = CliRunner().invoke(app, ["export", "--format", "jsonl", "--db", str(bad)])
    assert result.exit_code == 2
    assert "not a SQLite database" in " ".join(result.stderr.split())   # rich wraps long lines


@pytest.mark.parametrize("args", [["export", "--format", "jsonl"], ["changes", "--since", "2024-01-01"]])
def test_cli_reading_commands_do_not_create_a_store(tmp_path, args):
    missing = tmp_path / "nowhere" / "guetteur.db"
    result = CliRunner().invoke(app, args + ["--db", str(missing)])
    assert result.exit_code == 2
    assert "no store at" in " ".join(result.stderr.split())
    assert not missing.parent.exists()
