import csv
import json

import pytest

from guetteur.model import Event, Evidence, Reject, Toll
from guetteur.write import JsonlWriter, write_outputs
from guetteur.write.acled import ACLED_COLUMNS, acled_row
from guetteur.write.plover import plover_class, plover_record

STAMP = 1700000000


def make_event(**changes) -> Event:
    fields = dict(
        event_id="LBY-0001", event_date="2019-04-07", time_precision=1, disorder_type="Political violence",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Government of National Accord", actor2="Libyan National Army", inter1=1, inter2=2,
        interaction=12, civilian_targeting=False, country="Libya", iso3="LBY", admin1="Jabal al Gharbi",
        admin2="Gharyan", location="Gharyan", latitude=32.1722, longitude=13.0203, geo_precision=1,
        geonames_id=2217362, fatalities=7, fatalities_low=7, fatalities_best=7, fatalities_high=20,
        injured=12, notes="Des drones du GNA ont frappé des positions de l'ANL à Gharyan; 7 morts.",
        confidence=0.8, assoc_actor_1=[], assoc_actor_2=["Civilians (Libya)", "Migrants (Libya)"],
        sources=["RFI", "Le Veilleur"], reported_by=["source médicale"], documents=["d1", "d2"],
        evidence=[Evidence(doc_id="d1", start=0, end=12, field="event")])
    fields.update(changes)
    return Event(**fields)


TOLL = Toll(doc_id="d1", kind="displaced", low=4500, best=4500, high=None, qualifier="more_than",
            group="civilians", period_start="2019-04-04", period_end=None, country="LBY", location="Tripoli",
            reported_by="ONU")
REJECT = Reject(source="lot.jsonl", reason="empty text", line=3, doc_id="x")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    unlocated = make_event(event_id="MLI-0002", event_date=None, country="Mali", iso3="MLI", latitude=None,
                           longitude=None, sub_event_type="Peaceful protest", event_type="Protests",
                           disorder_type="Demonstrations", civilian_targeting=True)
    return write_outputs(out, [make_event(), unlocated], [TOLL], [REJECT], timestamp=STAMP)


def read_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_output_files(outputs):
    assert {kind: path.name for kind, path in outputs.items()} == {
        "events": "events.jsonl", "tolls": "tolls.jsonl", "rejects": "rejects.jsonl", "acled": "acled.csv",
        "geojson": "events.geojson", "plover": "plover.jsonl", "picture": "events.png"}


def test_jsonl_records(outputs):
    events = read_lines(outputs["events"])
    assert [e["event_id"] for e in events] == ["LBY-0001", "MLI-0002"]
    assert events[0] == make_event().to_dict()
    assert "l'ANL à Gharyan" in outputs["events"].read_text(encoding="utf-8")   # accents not escaped
    assert read_lines(outputs["tolls"]) == [TOLL.to_dict()]
    assert read_lines(outputs["rejects"]) == [
        {"source": "lot.jsonl", "reason": "empty text", "line": 3, "doc_id": "x"}]


def test_acled_csv_header_and_row(outputs):
    with outputs["acled"].open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(ACLED_COLUMNS)
    assert rows[0][:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    assert rows[0][-3:] == ["fatalities", "tags", "timestamp"]
    assert dict(zip(rows[0], rows[1])) == {
        "event_id_cnty": "LBY-0001", "event_date": "2019-04-07", "year": "2019", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "actor1": "Government of National Accord", "assoc_actor_1": "",
        "inter1": "1", "actor2": "Libyan National Army", "assoc_actor_2": "Civilians (Libya); Migrants (Libya)",
        "inter2": "2", "interaction": "12", "civilian_targeting": "", "iso": "434", "region": "Northern Africa",
        "country": "Libya", "admin1": "Jabal al Gharbi", "admin2": "Gharyan", "admin3": "",
        "location": "Gharyan", "latitude": "32.1722", "longitude": "13.0203", "geo_precision": "1",
        "source": "RFI; Le Veilleur", "source_scale": "",
        "notes": "Des drones du GNA ont frappé des positions de l'ANL à Gharyan; 7 morts.", "fatalities": "7",
        "tags": "", "timestamp": str(STAMP)}
    second = dict(zip(rows[0], rows[2]))
    assert (second["year"], second["iso"], second["region"], second["latitude"]) == ("", "466", "Western Africa", "")
    assert second["civilian_targeting"] == "Civilian targeting"
    assert len(rows) == 3


def test_acled_row_without_country_or_timestamp_default():
    row = acled_row(make_event(iso3=None, country=None), timestamp=5)
    assert (row["iso"], row["region"], row["timestamp"]) == (None, None, 5)


def test_geojson_points(outputs):
    collection = json.loads(outputs["geojson"].read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert collection["skipped_without_coordinates"] == 1
    [feature] = collection["features"]
    assert feature["type"] == "Feature" and feature["id"] == "LBY-0001"
    assert feature["geometry"] == {"type": "Point", "coordinates": [13.0203, 32.1722]}
    assert feature["properties"] == make_event().to_dict()


@pytest.mark.parametrize("sub_event_type, expected", [
    ("Air/drone strike", {"event_type": "FIGHT", "mode": "aerial", "context": []}),
    ("Armed clash", {"event_type": "FIGHT", "mode": "small_arms", "context": []}),
    ("Attack", {"event_type": "ASSAULT", "mode": None, "context": []}),
    ("Abduction/forced disappearance", {"event_type": "ASSAULT", "mode": "abduct", "context": []}),
    ("Peaceful protest", {"event_type": "PROTEST", "mode": "demonstrate", "context": []}),
    ("Arrests", {"event_type": "COERCE", "mode": "arrest", "context": []}),
    ("Non-violent transfer of territory", {"event_type": "RETREAT", "mode": "withdraw", "context": ["territory"]}),
    ("Not an ACLED class", {"event_type": None, "mode": None, "context": []}),
])
def test_plover_classes(sub_event_type, expected):
    assert plover_class(sub_event_type) == expected


def test_every_acled_sub_event_type_has_a_plover_entry():
    from guetteur.resources import load_yaml
    assert len(load_yaml("plover.yml")["sub_event_types"]) == 25


def test_plover_file(outputs):
    records = read_lines(outputs["plover"])
    assert records[0] == plover_record(make_event())
    assert {key: records[0][key] for key in ("id", "date", "event_type", "mode", "source_actor", "target_actor",
                                             "country", "fatalities")} == {
        "id": "LBY-0001", "date": "2019-04-07", "event_type": "FIGHT", "mode": "aerial",
        "source_actor": "Government of National Accord", "target_actor": "Libyan National Army",
        "country": "LBY", "fatalities": 7}
    assert (records[1]["event_type"], records[1]["mode"]) == ("PROTEST", "demonstrate")


def test_jsonl_writer_streams_and_appends(tmp_path):
    path = tmp_path / "sub" / "rejects.jsonl"
    with JsonlWriter(path) as writer:
        writer.write(REJECT)
    with JsonlWriter(path, append=True) as writer:
        writer.write_all([{"source": "b", "reason": "r"}, REJECT])
        assert writer.count == 2
    assert [r["source"] for r in read_lines(path)] == ["lot.jsonl", "b", "lot.jsonl"]


def test_jsonl_writer_refuses_use_outside_block_and_odd_records(tmp_path):
    writer = JsonlWriter(tmp_path / "x.jsonl")
    with pytest.raises(RuntimeError):
        writer.write(REJECT)
    with pytest.raises(TypeError), writer:
        writer.write(42)


def test_empty_outputs(tmp_path):
    paths = write_outputs(tmp_path / "empty", [], [], [], timestamp=STAMP)
    assert paths["events"].read_text(encoding="utf-8") == ""
    assert paths["acled"].read_text(encoding="utf-8") == ",".join(ACLED_COLUMNS) + "\n"
    assert json.loads(paths["geojson"].read_text(encoding="utf-8")) == {
        "type": "FeatureCollection", "features": [], "skipped_without_coordinates": 0}


def test_picture_of_events_is_a_png_and_nothing_to_draw_gives_none(tmp_path):
    from dataclasses import replace

    from guetteur.write.picture import write_picture
    located = [make_event()]
    path = write_picture(tmp_path / "events.png", located + [replace(located[0], event_date="2024-05-02")])
    assert path is not None and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    nowhere = replace(located[0], latitude=None, longitude=None, event_date=None)
    assert write_picture(tmp_path / "none.png", [nowhere]) is None and not (tmp_path / "none.png").exists()
