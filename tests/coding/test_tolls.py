"""Tolls versus event figures (guetteur.coding.tolls, guetteur.coding.fatalities.attach_figures)."""
from __future__ import annotations

import pytest

from guetteur.coding.tolls import _states_more_precisely, _too_vague
from guetteur.model import Article, ArticleResult, FigureMention
from guetteur.pipeline import extract


def fig(best, kind="displaced", low=None, high=None, qualifier="exact", group=None):
    return FigureMention(start=0, end=1, text="x", low=low if low is not None else best, best=best, high=high,
                         qualifier=qualifier, kind=kind, group=group)


@pytest.mark.parametrize("figure, too_vague", [
    (fig(3, low=2, qualifier="vague", kind="killed"), True),          # "plusieurs civils"
    (fig(3, low=2, qualifier="vague", kind="abducted"), True),        # "quelques otages"
    (fig(12, qualifier="vague", kind="injured"), False),              # "des dizaines de blesses"
    (fig(10, low=8, high=12, qualifier="about", kind="killed"), False),   # "une dizaine"
    (fig(4, kind="arrested"), False),                                 # "quatre hommes"
    (fig(1000, qualifier="vague"), False),                            # "des milliers"
])
def test_too_vague_for_a_toll(figure, too_vague):
    assert _too_vague(figure) is too_vague


@pytest.mark.parametrize("precise, vague, same", [
    (fig(4501, qualifier="more_than"), fig(1000, qualifier="vague"), True),    # "des milliers" / "plus de 4 500"
    (fig(12000), fig(1000, qualifier="vague"), False),                          # ten times more: another count
    (fig(800), fig(1000, qualifier="vague"), False),                            # fewer than "des milliers"
    (fig(150, kind="killed"), fig(100, qualifier="vague", kind="killed"), True),    # "des centaines de morts"
    (fig(150, kind="injured"), fig(100, qualifier="vague", kind="killed"), False),  # another kind
    (fig(150, kind="killed", group="soldiers"), fig(100, qualifier="vague", kind="killed", group="civilians"),
     False),                                                                    # other victims
    (fig(150, kind="killed"), fig(100, qualifier="vague", kind="killed", group="civilians"), True),
    (fig(45, low=36, high=54, qualifier="about", kind="killed"),
     fig(50, low=40, high=60, qualifier="about", kind="killed"), False),        # neither is vague
    (fig(55, kind="killed"), fig(50, low=40, high=60, qualifier="vague", kind="killed"), True),
    (fig(2000, qualifier="vague"), fig(1000, qualifier="vague"), False),        # two vague counts
])
def test_a_precise_count_replaces_the_vague_one(precise, vague, same):
    assert _states_more_precisely(precise, vague) is same


ARTICLES = {
    # a vague count and a precise one of the same displaced people: one toll, the precise one
    "vague": ("Des milliers de personnes ont fui les combats autour de Djibo. Plus de 3 200 personnes ont quitté "
              "leurs foyers depuis lundi, selon le HCR.", "2022-03-10"),
    # the people of an event that did not happen are no toll
    "unreal": ("Le gouverneur a appelé les forces de sécurité à éviter le massacre de plus de 300 réfugiés du camp "
               "de Minawao.", "2021-06-02"),
    # a count told right after a running total, with no event of its own, is the other side's share of it
    "share": ("Jeudi, des combats ont opposé l'armée aux rebelles près de Kaga Bandoro. Selon le ministère, au moins "
              "40 personnes ont été tuées depuis lundi. Les rebelles font état de 12 morts parmi leurs combattants.",
              "2021-06-04"),
    # ... but a count told with an event of its own after a running total belongs to that event
    "own": ("Au moins 30 personnes ont été tuées depuis janvier dans la région de Mopti. Samedi, trois soldats ont "
            "été tués dans une embuscade près de Douentza.", "2021-03-08"),
    # a figure with a day of its own goes to that day's event, not to the last one told
    "day": ("Mardi, des rebelles ont pris le contrôle de Bambari. L'armée a repris la ville mercredi. Mardi soir, "
            "les pillages ont duré des heures. La contre-offensive, lancée mercredi à l'aube, a fait sept morts "
            "parmi les assaillants, selon l'armée.", "2021-01-08"),
    # a figure whose sentence names a place goes to the event at that place
    "place": ("L'armée a repris mercredi le contrôle de Djibo. Jeudi, des jihadistes ont attaqué un convoi près "
              "de Kaya.\n\nUn médecin de l'hôpital de Djibo a fait état de onze corps de jihadistes.", "2021-01-08"),
    # arrests during a protest are the police's intervention, not a toll
    "protest": ("Samedi, la police a dispersé une manifestation à Conakry et interpellé une trentaine de "
                "manifestants.", "2020-10-26"),
    # prisoners taken in a fight whose dead are counted are that fight's captives
    "captives": ("Jeudi, l'armée a repris Gao aux jihadistes. Les combats ont fait douze morts parmi les assaillants, "
                 "ainsi que des dizaines de prisonniers.", "2021-01-08"),
    # freed detainees are no arrest toll
    "freed": ("Vingt détenus ont été libérés lundi à Bamako dans le cadre d'un échange de prisonniers.",
              "2020-10-08"),
    # one person beaten to death: one death, not the default of three
    "one": ("Samedi, à Bangui, un voleur présumé a été battu à mort par la foule.", "2019-04-15"),
    # a capture and its sequel: the strike told "avant de" takes the second day, and so does what follows
    "sequel": ("Dans la nuit de samedi à dimanche, l'armée a lancé une contre-offensive. Les rebelles avaient pris "
               "Kaga Bandoro samedi, avant d'en être chassés par des frappes aériennes. L'aéroport a aussi été repris par "
               "l'armée.", "2021-03-08"),
    # fighters' losses told in a lead, before any event: the one battle their force fought
    "lead": ("Les rebelles ont essuyé de lourdes pertes, avec au moins vingt combattants tués, selon des sources "
             "hospitalières. Mardi, l'armée et les rebelles se sont affrontés près de Kaga Bandoro.", "2021-06-04"),
    # ... but with two battles of that force, the lead's deaths stay a toll
    "two_battles": ("Les rebelles ont essuyé de lourdes pertes, avec au moins vingt combattants tués, selon des "
                    "sources hospitalières. Mardi, l'armée et les rebelles se sont affrontés près de Kaga Bandoro. "
                    "Jeudi, de nouveaux combats ont opposé l'armée aux rebelles près de Bambari.", "2021-06-04"),
    # the day a figure was reported is not the day of its deaths: it goes to the event told last
    "reported": ("Mercredi, l'armée a repris Arbinda. La veille, des jihadistes avaient attaqué un convoi militaire "
                 "près de Djibo. Le ministère a indiqué mercredi que trois soldats avaient été tués.", "2021-01-08"),
    # bodies counted since one assault began are that assault's dead, not a running total
    "assault": ("Mercredi, l'armée a repris Arbinda aux jihadistes après un assaut à l'aube. Un médecin a reçu 31 "
                "corps de jihadistes depuis le début de l'assaut.", "2021-01-08"),
}


@pytest.fixture(scope="module")
def results() -> dict[str, ArticleResult]:
    articles = [Article(id=key, text=text, published=published) for key, (text, published) in ARTICLES.items()]
    return {r.article.id: r for r in extract(articles) if isinstance(r, ArticleResult)}


def _tolls(result: ArticleResult) -> list[tuple]:
    return sorted((t.kind, t.best, t.qualifier) for t in result.tolls)


def _events(result: ArticleResult) -> list[tuple]:
    return sorted((e.event_date, e.sub_event_type, e.fatalities) for e in result.events)


def test_a_vague_count_gives_way_to_the_precise_one(results):
    assert _tolls(results["vague"]) == [("displaced", 3201, "more_than")]


def test_the_victims_of_an_event_that_did_not_happen_are_no_toll(results):
    assert _tolls(results["unreal"]) == []


def test_a_count_after_a_running_total_is_a_toll(results):
    assert _tolls(results["share"]) == [("killed", 12, "exact"), ("killed", 40, "at_least")]
    assert {t.period_start for t in results["share"].tolls} == {"2021-05-31"}   # the share counts from "lundi" too
    assert [e.fatalities for e in results["share"].events] == [0]


def test_a_count_with_its_own_event_after_a_running_total_goes_to_the_event(results):
    assert _tolls(results["own"]) == [("killed", 30, "at_least")]
    assert [(e.event_date, e.fatalities) for e in results["own"].events] == [("2021-03-06", 3)]


def test_a_figure_goes_to_the_event_of_its_day(results):
    events = {e.event_date: e.fatalities for e in results["day"].events if e.event_type != "Strategic developments"}
    assert events == {"2021-01-05": 0, "2021-01-06": 7}


def test_a_figure_goes_to_the_event_at_the_place_it_names(results):
    events = {e.location: e.fatalities for e in results["place"].events}
    assert events == {"Djibo": 11, "Kaya": 0}


def test_arrests_during_a_protest_are_no_toll(results):
    assert _tolls(results["protest"]) == []


def test_captives_of_a_fight_are_no_toll(results):
    assert _tolls(results["captives"]) == []
    assert max(e.fatalities for e in results["captives"].events) == 12


def test_freed_detainees_are_no_toll(results):
    assert _tolls(results["freed"]) == []


def test_one_named_victim_is_one_death(results):
    assert [e.fatalities for e in results["one"].events] == [1]


def test_a_sequel_takes_the_day_after(results):
    days = {e.sub_event_type: e.event_date for e in results["sequel"].events}
    assert (days["Air/drone strike"], days["Government regains territory"]) == ("2021-03-07", "2021-03-07")


def test_a_lead_of_fighters_losses_goes_to_their_force_battle(results):
    assert _tolls(results["lead"]) == []
    assert _events(results["lead"]) == [("2021-06-01", "Armed clash", 20)]


def test_a_lead_of_losses_stays_a_toll_when_the_force_fought_two_battles(results):
    assert _tolls(results["two_battles"]) == [("killed", 20, "at_least")]
    assert _events(results["two_battles"]) == [("2021-06-01", "Armed clash", 0), ("2021-06-03", "Armed clash", 0)]


def test_a_reporting_day_does_not_choose_the_event(results):
    assert _events(results["reported"]) == [("2021-01-05", "Armed clash", 3),
                                            ("2021-01-06", "Government regains territory", 0)]


def test_a_count_since_one_assault_goes_to_it(results):
    assert _tolls(results["assault"]) == []
    assert _events(results["assault"]) == [("2021-01-06", "Government regains territory", 31)]
