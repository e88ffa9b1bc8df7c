import pytest

from guetteur.coding.fatalities import casualties, unnumbered_deaths
from guetteur.model import FigureMention


def fig(best, kind="killed", low=None, high=None, qualifier="exact"):
    return FigureMention(start=0, end=1, text="x", low=low if low is not None else best, best=best, high=high,
                         qualifier=qualifier, kind=kind)


def test_no_figure_means_zero_deaths():
    result = casualties([])
    assert (result.fatalities, result.low, result.best, result.high, result.injured) == (0, None, None, None, None)


def test_single_report_keeps_its_own_range():
    result = casualties([fig(50, low=40, high=60, qualifier="vague")])
    assert (result.fatalities, result.low, result.best, result.high) == (50, 40, 50, 60)
    assert not result.disagreement


def test_single_exact_report_has_no_upper_bound():
    result = casualties([fig(7)])
    assert (result.fatalities, result.low, result.best, result.high) == (7, 7, 7, None)


def test_conflicting_reports_keep_the_conservative_figure_and_widen_the_range():
    # a hospital counts 7, the other side claims about twenty: never added, the range spans both
    result = casualties([fig(7), fig(20, low=15, high=25, qualifier="vague")])
    assert (result.fatalities, result.low, result.best, result.high) == (7, 7, 7, 20)
    assert result.disagreement


def test_injured_are_reported_apart_from_deaths():
    result = casualties([fig(4), fig(6, kind="injured"), fig(9, kind="injured")])
    assert (result.fatalities, result.injured) == (4, 6)


@pytest.mark.parametrize("kind", ["displaced", "arrested", "abducted", "missing"])
def test_other_kinds_are_not_deaths(kind):
    assert casualties([fig(30, kind=kind)]).fatalities == 0


@pytest.fixture(scope="module")
def parse():
    from guetteur.understand.analysis import load_model
    nlp = load_model("fr")
    return lambda text: list(nlp(text).sents)


@pytest.mark.parametrize("text, deaths", [
    ("Une attaque meurtrière a visé lundi un poste de police à Kaya.", 3),
    ("Des hommes armés ont tué des villageois dans la nuit.", 3),
    ("Un véritable massacre a eu lieu dans le village de Solhan.", 10),
    ("L'embuscade a fait de nombreux morts parmi les soldats.", 10),
    ("L'attaque n'a fait aucun mort, selon l'armée.", 0),
    ("Le drone s'est écrasé sans faire de victime.", 0),
    ("Des tirs ont été entendus près du camp militaire.", 0),
    # one person named in the singular as the one who died: one death
    ("L'auteur présumé de l'attaque a été battu à mort par la foule.", 1),
    ("Le chef du village est mort de ses blessures à l'hôpital de Mopti.", 1),
    ("Le chauffeur du camion a été tué par balle à un barrage.", 1),
    ("Des chauffeurs ont été tués par balle à un barrage.", 3),
    ("Le commando a tué le maire de la commune.", 3),
    # "neutraliser" is how armies report the enemies they killed
    ("L'armée a neutralisé des terroristes près de Djibo.", 3),
    ("Les soldats ont neutralisé un nombre indéterminé d'assaillants.", 3),
])
def test_deaths_without_a_number(parse, text, deaths):
    assert unnumbered_deaths(parse(text), "fr") == deaths


def test_estimate_only_when_deaths_are_said():
    result = casualties([])
    result.estimate(0)
    assert (result.fatalities, result.best, result.estimated) == (0, None, False)
    result.estimate(3)
    assert (result.fatalities, result.best, result.low, result.estimated) == (3, 3, None, True)
