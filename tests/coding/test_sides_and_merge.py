from datetime import date

import pytest

from guetteur.coding.candidate import Candidate
from guetteur.coding.events import interaction
from guetteur.coding.merge import merge_repeats
from guetteur.coding.sides import adversaries, fight_under_patron, fill_adversary, name_perpetrator, settle
from guetteur.geo.countries import by_iso2
from guetteur.model import Actor, ActorMention, FigureMention, Mentions, Place, TriggerMention

MALI = by_iso2("ML")
GAO = Place(name="Gao", country_iso2="ML", latitude=16.27, longitude=-0.04)
MENAKA = Place(name="Menaka", country_iso2="ML", latitude=15.92, longitude=2.40)
ARMY = Actor("Military forces of Mali", 1, "MLI", "generic")
JNIM = Actor("JNIM: Group for Support of Islam and Muslims", 2, "MLI", "named")
GUNMEN = Actor("Unidentified armed group (Mali)", 3, "MLI", "generic")
CIVILIANS = Actor("Civilians (Mali)", 7, "MLI", "generic")


def candidate(sub, actor1=None, actor2=None, place=GAO, day=date(2024, 3, 11), sentence=0, figures=()):
    trigger = TriggerMention(start=sentence, end=sentence + 5, text="x", lemma="x", event_type="",
                             sub_event_type=sub, modality="asserted", token=0)
    return Candidate(trigger=trigger, sub_event_type=sub, day=day, time_precision=1, place=place, geo_precision=1,
                     actor1=actor1, actor2=actor2, anchors=[sentence], sentences={sentence}, figures=list(figures))


@pytest.mark.parametrize("sub, actor1, expected", [
    ("Non-state actor overtakes territory", ARMY, "Government regains territory"),
    ("Government regains territory", JNIM, "Non-state actor overtakes territory"),
])
def test_who_takes_a_town_decides_the_sub_type(sub, actor1, expected):
    c = candidate(sub, actor1, ARMY if actor1 is JNIM else JNIM)
    settle(c, MALI)
    assert c.sub_event_type == expected


def test_an_attack_between_armed_actors_is_a_clash():
    c = candidate("Attack", JNIM, ARMY)
    settle(c, MALI)
    assert (c.sub_event_type, c.actor1, c.actor2) == ("Armed clash", JNIM, ARMY)


def test_a_clash_on_civilians_is_an_attack_and_civilians_are_the_target():
    c = candidate("Armed clash", CIVILIANS, JNIM)
    settle(c, MALI)
    assert (c.sub_event_type, c.actor1, c.actor2) == ("Attack", JNIM, CIVILIANS)


def test_protest_gets_protesters_and_police_when_dispersed():
    c = candidate("Protest with intervention")
    settle(c, MALI)
    assert (c.actor1.name, c.actor2.name) == ("Protesters (Mali)", "Police forces of Mali")


def test_mine_victims_are_the_target():
    c = candidate("Remote explosive/landmine/IED", ARMY)
    settle(c, MALI)
    assert (c.actor1.name, c.actor2) == ("Unidentified armed group (Mali)", ARMY)


def test_suicide_bomb_dead_without_group_are_civilians():
    dead = FigureMention(start=0, end=1, text="cinq personnes", low=5, best=5, high=5, qualifier="exact",
                         kind="killed")
    c = candidate("Suicide bomb", JNIM, figures=[dead])
    settle(c, MALI)
    assert c.actor2.name == "Civilians (Mali)"


def test_unnamed_perpetrator_is_the_article_sole_armed_group_else_unidentified():
    c = candidate("Armed clash", GUNMEN, ARMY)
    name_perpetrator(c, JNIM, MALI)
    assert c.actor1 == JNIM
    c = candidate("Shelling/artillery/missile attack", None, ARMY)
    name_perpetrator(c, None, MALI)
    assert c.actor1.name == "Unidentified armed group (Mali)"


def test_repeats_of_one_event_merge_and_keep_the_named_actor():
    first = candidate("Armed clash", GUNMEN, ARMY, sentence=0)
    again = candidate("Armed clash", JNIM, ARMY, sentence=100)
    merged = merge_repeats([first, again])
    assert len(merged) == 1 and merged[0].actor1 == JNIM and merged[0].anchors == [0]


def test_other_day_or_place_is_another_event():
    assert len(merge_repeats([candidate("Armed clash", JNIM, ARMY),
                              candidate("Armed clash", JNIM, ARMY, day=date(2024, 3, 12), sentence=50)])) == 2
    here, there = candidate("Armed clash", JNIM, ARMY), candidate("Armed clash", JNIM, ARMY, place=MENAKA, sentence=50)
    here.own_place = there.own_place = True
    assert len(merge_repeats([here, there])) == 2


def test_a_mention_naming_no_place_by_the_same_two_sides_tells_the_event_again():
    told = candidate("Armed clash", JNIM, ARMY)
    told.own_place = True
    claimed = candidate("Armed clash", JNIM, ARMY, place=MENAKA, sentence=50)
    assert len(merge_repeats([told, claimed])) == 1


def test_two_words_of_violence_in_one_sentence_are_one_event_and_the_weapon_wins():
    strike = candidate("Air/drone strike", JNIM, None, sentence=0)
    killing = candidate("Attack", GUNMEN, CIVILIANS, sentence=0)
    merged = merge_repeats([killing, strike])
    assert len(merged) == 1 and merged[0].sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("inter1, inter2, expected", [(1, 2, 12), (2, 1, 12), (7, 3, 37), (6, 0, 60), (0, 8, 80)])
def test_interaction_code(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


# --------------------------------------------------------------------------- adversaries and patrons
LIBYA = by_iso2("LY")
TRIPOLI = Place(name="Tripoli", country_iso2="LY", latitude=32.89, longitude=13.19)
LNA = Actor("Libyan National Army", 2, "LBY", "named")
GNA = Actor("Government of National Accord", 1, "LBY", "named")
TRB = Actor("Tripoli Revolutionaries Brigade", 3, "LBY", "named")
POLICE = Actor("Police forces of Mali", 1, "MLI", "generic")


def _mentions(*actors: Actor) -> Mentions:
    return Mentions(actors=[ActorMention(0, 1, "x", a) for a in actors])


@pytest.mark.parametrize("sub, actor1, actor2, named, expected", [
    # a capture with no loser named is from the side the capturer fights in the article
    ("Non-state actor overtakes territory", LNA, None, (LNA, GNA, GNA), (LNA, GNA)),
    # a strike whose author is unnamed comes from its target's adversary
    ("Air/drone strike", None, LNA, (LNA, GNA), (GNA, LNA)),
    # civilians' attackers are not given an armed opponent; one-sided or complete events stay
    ("Attack", JNIM, None, (JNIM, ARMY), (JNIM, None)),
    ("Armed clash", JNIM, ARMY, (JNIM, ARMY, GUNMEN), (JNIM, ARMY)),
    # army and police of one state are one side, never each other's adversary
    ("Armed clash", ARMY, None, (ARMY, POLICE), (ARMY, None)),
])
def test_an_unnamed_side_is_the_known_sides_adversary(sub, actor1, actor2, named, expected):
    c = candidate(sub, actor1, actor2, place=TRIPOLI)
    m = _mentions(*named)
    fill_adversary(c, {a.name: a for a in named}, adversaries([c], m))
    assert (c.actor1, c.actor2) == expected


def test_adversaries_come_from_the_pairs_the_events_name_first():
    fights = adversaries([candidate("Armed clash", LNA, GNA)], _mentions(LNA, GNA, TRB, TRB, TRB))
    assert fights["Libyan National Army"].most_common(1)[0][0] == "Government of National Accord"


@pytest.mark.parametrize("day, expected", [
    (date(2019, 4, 7), (GNA, ["Tripoli Revolutionaries Brigade"])),   # during Haftar's offensive
    (date(2014, 8, 1), (TRB, [])),                                     # before the GNA existed
])
def test_a_militia_fighting_for_a_state_force_is_its_associate(day, expected):
    c = candidate("Armed clash", TRB, LNA, place=TRIPOLI, day=day)
    fight_under_patron(c, LIBYA)
    assert (c.actor1, c.assoc1) == expected
    assert c.actor2 == LNA


# --------------------------------------------------------------------------- one unnamed kind on both sides
LIBYA = by_iso2("LY")
TRIPOLI = Place(name="Tripoli", country_iso2="LY", latitude=32.89, longitude=13.19)
LIBYAN_MILITIA = Actor("Militia (Libya)", 3, "LBY", "generic")
LIBYAN_GROUP = Actor("Unidentified armed group (Libya)", 3, "LBY", "generic")
HAITIAN_GANG = Actor("Unidentified gang (Haiti)", 3, "HTI", "generic")
GRAND_RAVINE = Actor("Grand Ravine gang", 3, "HTI", "named")
TI_BWA = Actor("Ti Bwa gang", 3, "HTI", "named")
RUSSIA = Actor("Military forces of Russia", 8, "RUS", "named")


def paired(actor, place=TRIPOLI, sentence=0):
    c = candidate("Armed clash", actor, actor, place=place, sentence=sentence)
    c.paired = True
    return c


@pytest.mark.parametrize("actor, expected", [(LIBYAN_MILITIA, LIBYAN_GROUP), (LIBYAN_GROUP, LIBYAN_GROUP)])
def test_two_militias_fighting_each_other_are_unidentified_armed_groups_on_both_sides(actor, expected):
    c = paired(actor)
    settle(c, LIBYA)
    name_perpetrator(c, None, LIBYA)
    assert (c.actor1, c.actor2, interaction(c.actor1.inter, c.actor2.inter)) == (expected, expected, 33)


def test_a_pair_keeps_its_sides_against_the_articles_sole_armed_group():
    c = paired(LIBYAN_GROUP)
    name_perpetrator(c, Actor("Libyan National Army", 2, "LBY", "named"), LIBYA)
    assert (c.actor1, c.actor2) == (LIBYAN_GROUP, LIBYAN_GROUP)


def test_a_pair_named_later_takes_the_named_sides():
    haiti = Place(name="Port-au-Prince", country_iso2="HT", latitude=18.54, longitude=-72.34)
    named = candidate("Armed clash", GRAND_RAVINE, TI_BWA, place=haiti, sentence=100)
    [merged] = merge_repeats([paired(HAITIAN_GANG, place=haiti), named])
    assert (merged.actor1, merged.actor2, merged.paired) == (GRAND_RAVINE, TI_BWA, False)


def test_an_anaphor_ascribing_the_strike_names_its_author_over_a_generic_or_missing_one():
    from guetteur.coding.merge import absorb
    told = candidate("Air/drone strike", None, Actor("Civilians (Syria)", 7, "SYR", "generic"))
    again = candidate("Air/drone strike", RUSSIA, Actor("Military forces of Syria", 1, "SYR", "generic"),
                      sentence=80)
    again.ascribed = RUSSIA
    absorb(told, again)
    assert (told.actor1, told.actor2.name) == (RUSSIA, "Civilians (Syria)")
    commented = candidate("Air/drone strike", None, CIVILIANS)
    absorb(commented, candidate("Air/drone strike", RUSSIA, None, sentence=80))   # not ascribed: a comment
    assert commented.actor1 is None
