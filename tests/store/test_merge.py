import copy
from dataclasses import replace
from functools import reduce

import pytest

from guetteur.coding.fatalities import Casualties
from guetteur.coding.notes import write_note
from guetteur.model import Event, Evidence
from guetteur.store.merge import MERGE_DAYS, best_match, is_generic, is_vague_armed, merge_into

GNA, LNA = "Government of National Accord", "Libyan National Army"
JNIM = "JNIM: Group for Support of Islam and Muslims"
KM = 1 / 111.2   # degrees of latitude in a kilometre
GHARYAN = (32.1722, 13.0203)


def event(doc: str = "a", **fields) -> Event:
    """A report of an air strike on Gharyan by the GNA against the LNA; ``fields`` override."""
    values = dict(
        event_id=f"GTR-{doc}", event_date="2019-05-19", time_precision=1, disorder_type="Political violence",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1=GNA, actor2=LNA, inter1=1, inter2=2, interaction=12, civilian_targeting=False,
        country="Libya", iso3="LBY", admin1="Jabal al Gharbi", admin2="Gharyan", location="Gharyan",
        latitude=GHARYAN[0], longitude=GHARYAN[1], geo_precision=1, geonames_id=2210554,
        fatalities=7, fatalities_low=7, fatalities_best=7, fatalities_high=None, injured=None,
        notes="", confidence=0.6, sources=[f"Outlet {doc}"], documents=[doc],
        evidence=[Evidence(doc, 0, 10, "event")])
    values.update(fields)
    return Event(**values)


def north(km: float, **fields) -> dict:
    """Fields placing a report ``km`` north of Gharyan, in another admin2."""
    return {"latitude": GHARYAN[0] + km * KM, "longitude": GHARYAN[1], "admin2": "Elsewhere",
            "location": "Elsewhere", **fields}


def matches(a: Event, b: Event) -> bool:
    """best_match must say the same whichever report came first."""
    one, other = best_match(b, [a]) is a, best_match(a, [b]) is b
    assert one == other
    return one


# --------------------------------------------------------------------------- which reports are one event
@pytest.mark.parametrize("fields, same", [
    ({}, True),
    ({"event_date": "2019-05-20"}, True),                                  # one day apart
    ({"event_date": "2019-05-21"}, False),                                 # two days apart
    ({"event_date": None}, False),
    ({"iso3": "TUN"}, False),
    (north(20), True),
    (north(30), False),
    (north(40, admin2="Gharyan"), True),                                   # same admin2
    ({"sub_event_type": "Shelling/artillery/missile attack"}, True),       # same type, sub-type told otherwise
    ({"event_type": "Battles", "sub_event_type": "Armed clash"}, True),    # same fight, same named actors
    ({"event_type": "Strategic developments", "sub_event_type": "Other"}, False),
    ({"actor1": LNA, "actor2": GNA, "inter1": 2, "inter2": 1}, True),      # actors swapped
    ({"actor2": None, "inter2": 0}, True),                                 # target not said
    ({"actor1": "Wagner Group", "inter1": 8}, False),                      # two named actors on one side
    ({"actor1": "Military forces of Libya"}, True),                        # the army and the GNA (both inter 1)
    ({"actor2": "Unidentified armed group (Libya)", "inter2": 3}, True),   # a vague group and a named one
    ({"actor2": "Civilians (Libya)", "inter2": 7, "fatalities": 30, "fatalities_low": 30}, False),
    ({"actor2": "Civilians (Libya)", "inter2": 7}, True),    # same strike and toll: who was hit is disputed
])
def test_same_event(fields, same):
    assert matches(event("a"), event("b", **fields)) is same


NO_DEATHS = {"fatalities": 0, "fatalities_low": None, "fatalities_best": None}


@pytest.mark.parametrize("stored, new, same", [
    ({}, {"event_date": "2019-05-20"}, True),                               # the tolls agree
    ({}, {"event_date": "2019-05-20", **NO_DEATHS}, False),                 # one counts deaths, one none
    (NO_DEATHS, {"event_date": "2019-05-20", **NO_DEATHS}, True),           # neither counts deaths
    ({}, {"event_date": "2019-05-20", "time_precision": 2, **NO_DEATHS}, True),   # a day known to the week
    ({}, {"event_date": "2019-05-20", "fatalities": 40, "fatalities_low": 40}, False),
])
def test_a_day_apart_needs_an_explanation(stored, new, same):
    assert matches(event("a", **stored), event("b", **new)) is same


def test_a_report_never_matches_an_event_of_its_own_article():
    assert best_match(event("a"), [event("a", event_id="other")]) is None
    merged = merge_into(event("a"), event("b"))
    assert best_match(event("b", event_id="again"), [merged]) is None


def test_no_candidates():
    assert best_match(event("a"), []) is None


@pytest.mark.parametrize("stored, new, same", [
    # another type of the armed family needs a named actor both reports give
    (dict(actor1="Unidentified armed group (Libya)", inter1=3, actor2="Civilians (Libya)", inter2=7),
     dict(event_type="Violence against civilians", sub_event_type="Attack", actor1=None, inter1=0,
          actor2="Civilians (Libya)", inter2=7), False),
    (dict(actor2="Civilians (Libya)", inter2=7),
     dict(event_type="Violence against civilians", sub_event_type="Attack", actor2="Civilians (Libya)",
          inter2=7), True),
    # protesters and rioters of one crowd, met by the same police
    (dict(event_type="Protests", sub_event_type="Protest with intervention", actor1="Protesters (Libya)",
          inter1=6, actor2="Police forces of Libya", inter2=1),
     dict(event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Libya)", inter1=5,
          actor2="Police forces of Libya", inter2=1), True),
    # strategic developments: only the same sub-type
    (dict(event_type="Strategic developments", sub_event_type="Arrests"),
     dict(event_type="Strategic developments", sub_event_type="Arrests"), True),
    (dict(event_type="Strategic developments", sub_event_type="Arrests"),
     dict(event_type="Strategic developments", sub_event_type="Looting/property destruction"), False),
])
def test_type_families(stored, new, same):
    assert matches(event("a", **stored), event("b", **new)) is same


@pytest.mark.parametrize("new, same", [
    (dict(geo_precision=3, **north(100, admin2=None)), True),             # same admin1, same type and actors
    (dict(geo_precision=3, actor1=None, inter1=0, actor2=None, inter2=0, **north(100, admin2=None)), False),
    (dict(geo_precision=3, event_type="Battles", sub_event_type="Armed clash", **north(100, admin2=None)),
     False),
    (dict(geo_precision=3, admin1="Tripoli", **north(100, admin2=None)), False),
    (dict(geo_precision=2, **north(100, admin2=None)), False),            # a precise place must be near
])
def test_a_region_needs_more_agreement(new, same):
    assert matches(event("a"), event("b", **new)) is same


@pytest.mark.parametrize("new, same", [
    ({}, True),                                                 # same strike, told with another air force
    ({"fatalities": 40, "fatalities_low": 40, "fatalities_best": 40}, False),
    ({"fatalities_low": None, "fatalities": 3, "fatalities_best": 3}, False),   # no figure to confirm
    ({"event_date": "2019-05-20"}, False),
    (north(10), False),
    ({"actor2": "Hurras al-Din", "inter2": 2}, True),          # and one names the group the strike aimed at
    ({"actor1": "Wagner Group", "inter1": 8}, False),          # a named actor is not disputed away
])
def test_outlets_may_disagree_on_whose_aircraft_struck(new, same):
    syria = dict(actor1="Military forces of Syria", actor2="Civilians (Syria)", inter2=7, iso3="SYR",
                 fatalities=12, fatalities_low=12, fatalities_best=12)
    russia = dict(syria, actor1="Military forces of Russia", inter1=8, fatalities=14, fatalities_low=14,
                  fatalities_best=14)
    assert matches(event("a", **syria), event("b", **(russia | new))) is same


def test_best_match_prefers_the_candidate_that_agrees_most():
    clash = event("a", event_type="Battles", sub_event_type="Armed clash")
    strike = event("b", **north(15))
    far_figures = event("c", fatalities=30, fatalities_low=30, fatalities_best=30)
    near_figures = event("d", fatalities=8, fatalities_low=8, fatalities_best=8)
    report = event("z")
    assert best_match(report, [clash, strike]) is strike
    assert best_match(report, [far_figures, near_figures]) is near_figures
    assert best_match(report, [event("e"), event("f")]).documents == ["e"]   # a tie: the first


@pytest.mark.parametrize("name, generic, vague", [
    ("Civilians (Mali)", True, False),
    ("Military forces of the Democratic Republic of Congo", True, False),
    ("Jihadist militants (Burkina Faso)", True, True),
    ("Unidentified armed group (Haiti)", True, True),
    ("Opposition rebels (Syria)", True, True),
    (GNA, False, False),
    (JNIM, False, False),
])
def test_generic_names(name, generic, vague):
    assert (is_generic(name), is_vague_armed(name)) == (generic, vague)


# --------------------------------------------------------------------------- the merged record
def test_merged_record_keeps_the_id_and_unites_the_lists():
    stored = event("a", reported_by=["ONU"], evidence=[Evidence("a", 0, 10, "event")])
    new = event("b", reported_by=["ONU", "hôpital"], sources=["Outlet b", "Outlet a"],
                evidence=[Evidence("b", 5, 9, "event"), Evidence("a", 0, 10, "event")])
    merged = merge_into(stored, new)
    assert merged.event_id == "GTR-a"
    assert merged.documents == ["a", "b"]
    assert merged.sources == ["Outlet a", "Outlet b"]
    assert merged.reported_by == ["ONU", "hôpital"]
    assert merged.evidence == [Evidence("a", 0, 10, "event"), Evidence("b", 5, 9, "event")]


def test_inputs_are_untouched():
    stored, new = event("a", assoc_actor_1=["x"]), event("b", assoc_actor_1=["y"])
    before = copy.deepcopy((stored, new))
    merge_into(stored, new)
    assert (stored, new) == before


@pytest.mark.parametrize("first, second, expected", [
    # (fatalities, low, best, high) of each report -> of the merged record
    ((7, 7, 7, None), (12, 12, 12, 31), (7, 7, 12, 31)),
    ((12, 12, 12, 31), (7, 7, 7, None), (7, 7, 7, 31)),
    ((3, None, 3, None), (5, 5, 5, None), (5, 5, 5, 5)),        # an estimate gives way to a figure
    ((5, 5, 5, None), (3, None, 3, None), (5, 5, 5, 5)),
    ((3, None, 3, None), (10, None, 10, None), (3, None, 3, None)),   # two estimates: the smaller
    ((0, None, None, None), (0, None, None, None), (0, None, None, None)),
])
def test_figures_are_never_added_up(first, second, expected):
    def report(doc, values):
        fatalities, low, best, high = values
        return event(doc, fatalities=fatalities, fatalities_low=low, fatalities_best=best, fatalities_high=high)
    merged = merge_into(report("a", first), report("b", second))
    assert (merged.fatalities, merged.fatalities_low, merged.fatalities_best, merged.fatalities_high) == expected


@pytest.mark.parametrize("first, second, expected", [(4, 9, 4), (None, 9, 9), (4, None, 4), (None, None, None)])
def test_injured_is_the_conservative_figure(first, second, expected):
    assert merge_into(event("a", injured=first), event("b", injured=second)).injured == expected


def test_the_more_precise_day_and_place_win():
    stored = event("a", event_date="2019-05-20", time_precision=2, geo_precision=3, location="Jabal al Gharbi",
                   admin2=None, geonames_id=None)
    new = event("b", event_date="2019-05-19", time_precision=1, **north(5, geo_precision=1, geonames_id=77))
    merged = merge_into(stored, new)
    assert (merged.event_date, merged.time_precision) == ("2019-05-19", 1)
    assert (merged.location, merged.geo_precision, merged.geonames_id, merged.admin2) == \
        ("Elsewhere", 1, 77, "Elsewhere")
    back = merge_into(new, stored)
    assert (back.event_date, back.location) == ("2019-05-19", "Elsewhere")


def test_on_equal_precision_the_stored_day_and_place_stay():
    merged = merge_into(event("a"), event("b", event_date="2019-05-18", **north(5)))
    assert (merged.event_date, merged.location) == ("2019-05-19", "Gharyan")


def test_the_more_specific_sub_type_and_its_event_type():
    clash = event("a", event_type="Battles", sub_event_type="Armed clash")
    merged = merge_into(clash, event("b"))
    assert (merged.disorder_type, merged.event_type, merged.sub_event_type) == \
        ("Political violence", "Explosions/Remote violence", "Air/drone strike")
    assert merge_into(event("b"), clash).sub_event_type == "Air/drone strike"


def test_named_actors_over_generic_ones():
    vague = event("a", actor1="Jihadist militants (Mali)", inter1=2, actor2="Military forces of Mali", inter2=1)
    named = event("b", actor1=JNIM, inter1=2, actor2=None, inter2=0, assoc_actor_1=["Katiba Macina"])
    for merged in (merge_into(vague, named), merge_into(named, vague)):
        assert (merged.actor1, merged.actor2, merged.interaction) == (JNIM, "Military forces of Mali", 12)
        assert merged.assoc_actor_1 == ["Katiba Macina"]


def test_swapped_actors_are_lined_up_with_their_associates():
    new = event("b", actor1=LNA, inter1=2, actor2=GNA, inter2=1, assoc_actor_1=["Kaniyat"])
    merged = merge_into(event("a", assoc_actor_2=["Tajoura brigade"]), new)
    assert (merged.actor1, merged.actor2, merged.inter1, merged.inter2) == (GNA, LNA, 1, 2)
    assert (merged.assoc_actor_1, merged.assoc_actor_2) == ([], ["Tajoura brigade", "Kaniyat"])


def test_rioters_follow_the_riot():
    protest = event("a", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Libya)",
                    inter1=6, actor2=None, inter2=0)
    riot = event("b", event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Libya)",
                 inter1=5, actor2=None, inter2=0)
    merged = merge_into(protest, riot)
    assert (merged.event_type, merged.actor1, merged.inter1, merged.interaction) == \
        ("Riots", "Rioters (Libya)", 5, 50)


def test_notes_are_written_again():
    merged = merge_into(event("a", reported_by=["ONU"]),
                        event("b", fatalities=12, fatalities_low=12, fatalities_best=12, fatalities_high=31))
    figures = Casualties(fatalities=7, low=7, best=12, high=31, disagreement=True)
    assert merged.notes == write_note(merged, figures)
    assert "7 reported killed (reports range from 7 to 31)" in merged.notes


@pytest.mark.parametrize("stored, new, expected", [
    (dict(confidence=0.6), dict(confidence=0.7), 0.75),
    (dict(confidence=0.6), dict(confidence=0.5, sources=["Outlet a"]), 0.6),    # the same outlet again
    (dict(confidence=0.93), dict(confidence=0.9), 0.95),
])
def test_corroboration_raises_confidence(stored, new, expected):
    assert merge_into(event("a", **stored), event("b", **new)).confidence == expected


def test_folding_is_deterministic():
    reports = [event("a"), event("b", fatalities=9, fatalities_low=9, fatalities_best=9, **north(3)),
               event("c", actor2="Unidentified armed group (Libya)", inter2=3, injured=2)]
    once = reduce(merge_into, reports)
    again = reduce(merge_into, [replace(r) for r in reports])
    assert once == again
    assert once.documents == ["a", "b", "c"]
    assert MERGE_DAYS == 1
