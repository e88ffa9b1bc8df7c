"""Roles: who acted and who was hit, read from the parse around an event trigger."""
import pytest

from guetteur.coding.roles import assign_roles, strikes_civilian_place
from guetteur.understand.attribution import find_attributions
from guetteur.geo.countries import country_named
from guetteur.model import Article, TriggerMention
from guetteur.understand.actors import find_actors
from guetteur.understand.analysis import analyze, load_model
from guetteur.understand.triggers import find_triggers


@pytest.fixture(scope="module")
def roles_of():
    load_model("fr")
    load_model("en")

    def run(text: str, trigger_word: str, country: str, lang: str = "fr"):
        article = Article(id="t", text=text, published="2020-03-10", lang=lang)
        adoc = next(analyze([article], lang=lang))
        token = next(t for t in adoc.doc if t.text == trigger_word)
        trigger = TriggerMention(token.idx, token.idx + len(token.text), token.text, token.lemma_, "Battles",
                                 "Armed clash", "asserted", token.i)
        roles = assign_roles(adoc, trigger, find_actors(adoc, country_named(country)), find_attributions(adoc))
        return {side: [m.text for m in getattr(roles, side)] for side in ("agents", "targets", "reporters")} | \
            {"agent_names": [m.actor.name for m in roles.agents]}
    return run


FRENCH = [
    # passive with par: the agent
    ("Le village de Koro a été attaqué par des jihadistes.", "attaqué", "Mali",
     {"agents": ["jihadistes"], "targets": []}),
    # the one an attack is ascribed to acts; who ascribes it only reports
    ("L'armée malienne attribue l'embuscade de mardi au JNIM.", "embuscade", "Mali",
     {"agents": ["JNIM"], "reporters": ["armée malienne"]}),
    # victims of the verb of harm the trigger hangs under; the inverted reporter is a source
    ("Quatre soldats maliens ont été tués lundi lorsque leur véhicule a sauté sur une mine près de Boni, "
     "a annoncé l'état-major.", "mine", "Mali",
     {"agents": [], "targets": ["soldats maliens"], "reporters": ["état-major"]}),
    # a participle of harm after the trigger; the accused force is the perpetrator
    ("Des obus se sont abattus sur un marché de Tajoura, tuant deux civils, a indiqué le ministère de la Santé, "
     "qui a accusé les forces de Haftar.", "obus", "Libye",
     {"agents": ["forces de Haftar"], "targets": ["civils"]}),
    # taking a town from someone
    ("Les forces du GNA ont repris la ville à l'ANL.", "repris", "Libye",
     {"agents": ["forces du GNA"], "targets": ["ANL"]}),
    # "opposer X à Y" as the main verb
    ("Les combats ont opposé des rebelles aux soldats centrafricains près de Bria.", "combats",
     "Centrafrique", {"agents": ["rebelles"], "targets": ["soldats centrafricains"]}),
    # an infinitive takes the subject of the verb that reports it
    ("L'armée burkinabè a affirmé avoir tué dix terroristes près de Djibo.", "tué", "Burkina Faso",
     {"agents": ["armée burkinabè"], "targets": ["terroristes"]}),
    # a relative clause takes its antecedent
    ("Des hommes armés qui ont attaqué le village de Kumbo ont enlevé onze élèves.", "attaqué", "Cameroun",
     {"agents": ["hommes armés"]}),
    # the partner of a clash stands opposite the victims
    ("Sept séparatistes ont été tués samedi lors d'affrontements avec des soldats à Bamenda.", "affrontements",
     "Cameroun", {"agents": ["soldats"], "targets": ["séparatistes"]}),
    # an actor named only to describe the victim is not a side
    ("Un homme soupçonné d'être un collaborateur des ADF a été lynché par une foule à Beni.", "lynché",
     "RDC", {"agents": ["foule"], "targets": []}),
    # "selon" names a source
    ("Selon la police, des bandits ont tué trois commerçants près de Kaduna.", "tué", "Nigeria",
     {"agents": ["bandits"], "targets": ["commerçants"], "reporters": ["police"]}),
    # a claim names the perpetrator
    ("L'embuscade contre le convoi a été revendiquée par le JNIM.", "embuscade", "Mali",
     {"agents": ["JNIM"]}),
    # an actor inside a clause of its own (a demand of the protesters) is no side
    ("La police a tiré sur des manifestants qui réclamaient la démission du président Ibrahim Boubacar Keïta.",
     "tiré", "Mali", {"agents": ["police"], "targets": ["manifestants"]}),
    # a nameless army in the words of an armed party is that party's force
    ("Les forces armées ont pris le contrôle de la caserne d'Aziziya, a indiqué le bureau de presse de l'ANL.",
     "pris", "Libye", {"agents": ["forces armées"], "reporters": ["ANL"], "agent_names": ["Libyan National Army"]}),
    # "entre X et Y"
    ("De violents affrontements entre des rebelles et l'armée ont éclaté à Bria.", "affrontements",
     "Centrafrique", {"agents": ["rebelles"], "targets": ["armée"]}),
]


@pytest.mark.parametrize("text,trigger,country,expected", FRENCH)
def test_french_roles(roles_of, text, trigger, country, expected):
    found = roles_of(text, trigger, country)
    assert {side: found[side] for side in expected} == expected


ENGLISH = [
    # a participle of harm takes the subject of the clause
    ("Security forces opened fire on demonstrators in Omdurman, killing seven people.", "killing", "Sudan",
     {"agents": ["Security forces"]}),
    # killed members of a named group: the named group, ahead of the generic word; ascribed perpetrator first
    ("A drone strike hit a car near Idlib, killing two members of the jihadist group Hurras al-Din, the monitor "
     "said, attributing the strike to the US-led coalition.", "strike", "Syria",
     {"agents": ["US-led coalition"], "targets": ["Hurras al-Din", "jihadist"]}),
    # seizing from: the loser; the subject of the governing clause acts
    ("Forces loyal to the GNA took control of Gharyan on Wednesday, a day after seizing the airport from the LNA.",
     "seizing", "Libya", {"agents": ["Forces loyal to the GNA"], "targets": ["LNA"]}),
    # passive with by
    ("The village was attacked by gunmen on Sunday.", "attacked", "Nigeria", {"agents": ["gunmen"]}),
]


@pytest.mark.parametrize("text,trigger,country,expected", ENGLISH)
def test_english_roles(roles_of, text, trigger, country, expected):
    found = roles_of(text, trigger, country, lang="en")
    assert {side: found[side] for side in expected} == expected


def test_both_sides_are_the_two_leading_armed_actors(roles_of):
    text = ("Le GNA et l'ANL se disputent le sud de Tripoli depuis avril. L'ANL a bombardé Aïn Zara. "
            "Lundi, les deux camps se sont affrontés à l'arme lourde près de l'aéroport.")
    article = Article(id="t", text=text, published="2020-03-10", lang="fr")
    adoc = next(analyze([article], lang="fr"))
    token = next(t for t in adoc.doc if t.text == "affrontés")
    trigger = TriggerMention(token.idx, token.idx + 9, "affrontés", "affronter", "Battles", "Armed clash",
                             "asserted", token.i)
    roles = assign_roles(adoc, trigger, find_actors(adoc, country_named("Libye")), find_attributions(adoc))
    assert [m.actor.name for m in roles.agents + roles.targets] == ["Libyan National Army",
                                                                    "Government of National Accord"]


@pytest.mark.parametrize("text,trigger,lang,paired", [
    ("De violents affrontements ont opposé samedi deux groupes armés à Tripoli.", "affrontements", "fr", True),
    ("Des affrontements entre gangs rivaux ont éclaté à Martissant.", "affrontements", "fr", True),
    ("Des heurts ont éclaté lundi entre miliciens à Zaouïa.", "heurts", "fr", True),
    ("Clashes between two militias erupted on Saturday in Zawiya.", "Clashes", "en", True),
    # a second side named, or the armed men only the victims of the fighting: no pair
    ("Des affrontements entre des hommes armés et l'armée ont éclaté à Tripoli.", "affrontements", "fr", False),
    ("Deux jihadistes ont été tués lors d'affrontements près de Djibo.", "affrontements", "fr", False),
])
def test_one_unnamed_kind_told_as_a_pair_is_on_both_sides(text, trigger, lang, paired):
    article = Article(id="t", text=text, published="2024-03-12", lang=lang)
    adoc = next(analyze([article], lang=lang))
    token = next(t for t in adoc.doc if t.text == trigger)
    mention = TriggerMention(token.idx, token.idx + len(token.text), token.text, token.lemma_, "Battles",
                             "Armed clash", "asserted", token.i)
    roles = assign_roles(adoc, mention, find_actors(adoc, country_named("Libye")), find_attributions(adoc))
    assert roles.paired == paired
    if paired:
        assert [m.actor.name for m in roles.agents[:1] + roles.targets] == [roles.agents[0].actor.name] * 2


@pytest.mark.parametrize("text,lang,expected", [
    ("Une frappe a touché lundi un marché d'Ariha.", "fr", True),
    ("Sunday's air strikes on a crowded market in Ariha killed 14 people.", "en", True),
    ("Warplanes carried out raids on the town at noon.", "en", True),
    ("Une frappe a visé lundi un dépôt de munitions.", "fr", False),
])
def test_a_strike_on_a_place_of_civilian_life(text, lang, expected):
    article = Article(id="t", text=text, published="2024-03-12", lang=lang)
    adoc = next(analyze([article], lang=lang))
    trigger = next(t for t in find_triggers(adoc))
    assert strikes_civilian_place(adoc, trigger) == expected


def test_no_actor_gives_empty_roles(roles_of):
    assert roles_of("Une explosion a secoué le port lundi.", "explosion", "Liban") == \
        {"agents": [], "targets": [], "reporters": [], "agent_names": []}
