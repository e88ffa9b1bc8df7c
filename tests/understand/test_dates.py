"""Tests of guetteur.understand.dates: every sentence here is an invented dispatch."""
from __future__ import annotations

import time
from datetime import date

import pytest

from guetteur.model import AnalyzedDoc, Article
from guetteur.understand.analysis import analyze
from guetteur.understand.dates import find_dates, fold_same_length, governing_date, resolve, said_on

MON = date(2019, 5, 20)    # a Monday
WED = date(2021, 3, 17)    # a Wednesday
D = date

# (expression, publication day, expected day, precision, background, since)
FRENCH_CASES = [
    ("hier", MON, D(2019, 5, 19), 1, False, False),
    ("avant-hier", MON, D(2019, 5, 18), 1, False, False),
    ("hier soir", MON, D(2019, 5, 19), 1, False, False),
    ("hier matin", WED, D(2021, 3, 16), 1, False, False),
    ("avant-hier soir", WED, D(2021, 3, 15), 1, False, False),
    ("ce matin", MON, D(2019, 5, 20), 1, False, False),
    ("aujourd'hui", WED, D(2021, 3, 17), 1, False, False),
    ("Aujourd’hui", WED, D(2021, 3, 17), 1, False, False),
    ("mardi soir", MON, D(2019, 5, 14), 1, False, False),
    ("lundi matin", MON, D(2019, 5, 20), 1, False, False),
    ("lundi matin", WED, D(2021, 3, 15), 1, False, False),
    ("jeudi dernier", MON, D(2019, 5, 16), 1, False, False),
    ("dimanche dernier", MON, D(2019, 5, 19), 1, False, False),
    ("lundi dernier", MON, D(2019, 5, 13), 1, False, False),
    ("jeudi passé", WED, D(2021, 3, 11), 1, False, False),
    ("mercredi dernier", WED, D(2021, 3, 10), 1, False, False),
    ("le jeudi précédent", MON, D(2019, 5, 16), 1, False, False),
    ("ce mercredi", WED, D(2021, 3, 17), 1, False, False),
    ("ce lundi", MON, D(2019, 5, 20), 1, False, False),
    ("mercredi", WED, D(2021, 3, 17), 1, False, False),
    ("samedi", MON, D(2019, 5, 18), 1, False, False),
    ("vendredi", WED, D(2021, 3, 12), 1, False, False),
    ("Dimanche", WED, D(2021, 3, 14), 1, False, False),
    ("DIMANCHE", WED, D(2021, 3, 14), 1, False, False),
    ("mercredi à l'aube", WED, D(2021, 3, 17), 1, False, False),
    ("jeudi en fin de journée", WED, D(2021, 3, 11), 1, False, False),
    ("dans la soirée de vendredi", WED, D(2021, 3, 12), 1, False, False),
    ("dans la nuit de samedi", MON, D(2019, 5, 18), 1, False, False),
    ("ce samedi matin", D(2020, 7, 11), D(2020, 7, 11), 1, False, False),
    ("dans la nuit de samedi à dimanche", MON, D(2019, 5, 19), 1, False, False),
    ("dans la nuit de samedi à dimanche vers 22 heures", MON, D(2019, 5, 18), 1, False, False),
    ("dans la nuit de samedi à dimanche, vers 3 heures du matin", MON, D(2019, 5, 19), 1, False, False),
    ("dans la nuit de dimanche à lundi", MON, D(2019, 5, 20), 1, False, False),
    ("dans la nuit de mardi à mercredi", WED, D(2021, 3, 17), 1, False, False),
    ("dans la nuit de lundi à mardi, peu avant minuit", WED, D(2021, 3, 15), 1, False, False),
    ("la nuit de jeudi à vendredi, en début de soirée", WED, D(2021, 3, 11), 1, False, False),
    ("dans la nuit du 22 au 23 juin", D(2019, 6, 25), D(2019, 6, 23), 1, False, False),
    ("dans la nuit du 22 au 23 juin en début de soirée", D(2019, 6, 25), D(2019, 6, 22), 1, False, False),
    ("dans la nuit du 30 avril au 1er mai", MON, D(2019, 5, 1), 1, False, False),
    ("dans la nuit du samedi 18 au dimanche 19 mai", MON, D(2019, 5, 19), 1, False, False),
    ("cette nuit", MON, D(2019, 5, 20), 1, False, False),
    ("la nuit dernière vers 23 heures", MON, D(2019, 5, 19), 1, False, False),
    ("le 14 avril", MON, D(2019, 4, 14), 1, False, False),
    ("14 avril 2019", MON, D(2019, 4, 14), 1, False, False),
    ("le 30 octobre", MON, D(2018, 10, 30), 1, False, False),
    ("le 20 mai", MON, D(2019, 5, 20), 1, False, False),
    ("le 21 mai", MON, D(2018, 5, 21), 1, False, False),
    ("le 14 avril", D(2019, 4, 13), D(2018, 4, 14), 1, False, False),
    ("le 1er mai", MON, D(2019, 5, 1), 1, False, False),
    ("le premier mai", MON, D(2019, 5, 1), 1, False, False),
    ("le jeudi 5 novembre", D(2020, 11, 10), D(2020, 11, 5), 1, False, False),
    ("Dimanche 14 avril", MON, D(2019, 4, 14), 1, False, False),
    ("Lundi 20 mai", MON, D(2019, 5, 20), 1, False, False),
    ("dans la soirée du samedi 14 avril 2018", MON, D(2018, 4, 14), 1, False, False),
    ("le 14 avril 2025", MON, D(2025, 4, 14), 1, False, False),
    ("14/04/2019", MON, D(2019, 4, 14), 1, False, False),
    ("2019-04-14", MON, D(2019, 4, 14), 1, False, False),
    ("le 3 janv.", MON, D(2019, 1, 3), 1, False, False),
    ("le 5 sept. 2018", MON, D(2018, 9, 5), 1, False, False),
    ("le 12 août", MON, D(2018, 8, 12), 1, False, False),
    ("le 12 aout", MON, D(2018, 8, 12), 1, False, False),
    ("le 29 février", MON, None, 1, False, False),
    ("le 31 avril", MON, None, 1, False, False),
    ("mardi 14", MON, D(2019, 5, 14), 1, False, False),
    ("dimanche 28", WED, D(2021, 2, 28), 1, False, False),
    ("la semaine dernière", MON, D(2019, 5, 16), 2, False, False),
    ("la semaine passée", WED, D(2021, 3, 11), 2, False, False),
    ("cette semaine", WED, D(2021, 3, 17), 2, False, False),
    ("cette semaine", D(2021, 3, 19), D(2021, 3, 18), 2, False, False),
    ("le week-end dernier", MON, D(2019, 5, 18), 2, False, False),
    ("ce week-end", MON, D(2019, 5, 18), 2, False, False),
    ("le week-end dernier", D(2019, 5, 19), D(2019, 5, 11), 2, False, False),
    ("la semaine prochaine", MON, D(2019, 5, 30), 2, False, False),
    ("en avril", MON, D(2019, 4, 15), 3, False, False),
    ("début avril", MON, D(2019, 4, 15), 3, False, False),
    ("mi-avril", MON, D(2019, 4, 15), 3, False, False),
    ("à la mi-avril", MON, D(2019, 4, 15), 3, False, False),
    ("fin avril", MON, D(2019, 4, 15), 3, False, False),
    ("à la fin du mois d'avril", MON, D(2019, 4, 15), 3, False, False),
    ("fin avril 2019", MON, D(2019, 4, 15), 3, False, False),
    ("en mai", MON, D(2019, 5, 15), 3, False, False),
    ("au mois de mars", MON, D(2019, 3, 15), 3, True, False),
    ("en juin", MON, D(2018, 6, 15), 3, True, False),
    ("en janvier 2013", MON, D(2013, 1, 15), 3, True, False),
    ("en septembre 2018", MON, D(2018, 9, 15), 3, True, False),
    ("début juin", D(2020, 7, 11), D(2020, 6, 15), 3, False, False),
    ("le mois dernier", MON, D(2019, 4, 15), 3, False, False),
    ("en 2011", MON, None, 3, True, False),
    ("en 2019", MON, None, 3, True, False),
    ("fin 2011", MON, None, 3, True, False),
    ("mi-2018", MON, None, 3, True, False),
    ("d'ici 2023", MON, None, 3, True, False),
    ("l'an dernier", MON, None, 3, True, False),
    ("l'année dernière", MON, None, 3, True, False),
    ("les années 1990", MON, None, 3, True, False),
    ("entre 2008 et 2014", MON, None, 3, True, False),
    ("ces derniers jours", MON, None, 3, True, False),
    ("ces dernières semaines", MON, None, 3, True, False),
    ("depuis 2015", MON, None, 3, True, True),
    ("depuis fin 2016", MON, None, 3, True, True),
    ("depuis la chute de Kadhafi", MON, None, 3, True, True),
    ("depuis le déclenchement de l'offensive", MON, None, 3, True, True),
    ("depuis plusieurs mois", MON, None, 3, True, True),
    ("depuis jeudi", MON, D(2019, 5, 16), 1, False, True),
    ("depuis le 4 avril", MON, D(2019, 4, 4), 1, False, True),
    ("depuis le début de l'année", MON, D(2019, 1, 1), 3, False, True),
    ("depuis le début du mois", MON, D(2019, 5, 1), 3, False, True),
    ("depuis le début de la semaine", WED, D(2021, 3, 15), 2, False, True),
    ("depuis le début du mois de janvier", D(2025, 1, 24), D(2025, 1, 1), 3, False, True),
    ("depuis avril 2019", D(2020, 11, 10), D(2019, 4, 1), 3, False, True),
    ("depuis la mi-avril", MON, D(2019, 4, 15), 3, False, True),
    ("depuis neuf mois", MON, D(2018, 8, 15), 3, False, True),
    ("depuis trois jours", MON, D(2019, 5, 17), 1, False, True),
    ("depuis deux semaines", MON, D(2019, 5, 6), 2, False, True),
    ("depuis plus d'un an", MON, D(2018, 5, 15), 3, False, True),
    ("il y a trois jours", MON, D(2019, 5, 17), 1, False, False),
    ("il y a une semaine", MON, D(2019, 5, 13), 2, False, False),
    ("il y a deux mois", MON, D(2019, 3, 15), 3, True, False),
    ("samedi prochain", MON, D(2019, 5, 25), 1, False, False),
    ("vendredi prochain", WED, D(2021, 3, 19), 1, False, False),
    ("prévue dimanche", MON, D(2019, 5, 26), 1, False, False),
    ("prévue le 18 avril", D(2019, 3, 9), D(2019, 4, 18), 1, False, False),
    ("à partir de lundi", WED, D(2021, 3, 22), 1, False, True),
    ("le lendemain", MON, None, 1, False, False),
    ("le surlendemain", MON, None, 1, False, False),
    ("hier", None, None, 1, False, False),
    ("mardi", None, None, 1, False, False),
    ("la semaine dernière", None, None, 2, False, False),
    ("le 14 avril 2019", None, D(2019, 4, 14), 1, False, False),
]

ENGLISH_CASES = [
    ("yesterday", MON, D(2019, 5, 19), 1, False, False),
    ("on Tuesday", MON, D(2019, 5, 14), 1, False, False),
    ("Monday", MON, D(2019, 5, 20), 1, False, False),
    ("last Thursday", MON, D(2019, 5, 16), 1, False, False),
    ("Tuesday night", WED, D(2021, 3, 16), 1, False, False),
    ("on Thursday afternoon", WED, D(2021, 3, 11), 1, False, False),
    ("Sunday's", WED, D(2021, 3, 14), 1, False, False),
    ("on 14 April", MON, D(2019, 4, 14), 1, False, False),
    ("April 14, 2019", MON, D(2019, 4, 14), 1, False, False),
    ("on the 3rd of May", MON, D(2019, 5, 3), 1, False, False),
    ("the day before yesterday", MON, D(2019, 5, 18), 1, False, False),
    ("two days ago", MON, D(2019, 5, 18), 1, False, False),
    ("overnight Saturday to Sunday", MON, D(2019, 5, 19), 1, False, False),
    ("on the night of 22 to 23 June", D(2019, 6, 25), D(2019, 6, 23), 1, False, False),
    ("next Friday", MON, D(2019, 5, 24), 1, False, False),
    ("last week", MON, D(2019, 5, 16), 2, False, False),
    ("in April", MON, D(2019, 4, 15), 3, False, False),
    ("in August 2018", MON, D(2018, 8, 15), 3, True, False),
    ("in 2011", MON, None, 3, True, False),
    ("late 2019", MON, None, 3, True, False),
    ("in the 1990s", MON, None, 3, True, False),
    ("since Monday", WED, D(2021, 3, 15), 1, False, True),
    ("since 2015", MON, None, 3, True, True),
    ("since the fall of Gaddafi", MON, None, 3, True, True),
    ("the next day", MON, None, 1, False, False),
]

RANGES = [
    ("du 14 au 16 avril", "fr", MON, D(2019, 4, 14), D(2019, 4, 16)),
    ("les 14 et 15 avril", "fr", MON, D(2019, 4, 14), D(2019, 4, 15)),
    ("entre le 10 et le 12 mai", "fr", MON, D(2019, 5, 10), D(2019, 5, 12)),
    ("du 30 avril au 2 mai", "fr", MON, D(2019, 4, 30), D(2019, 5, 2)),
    ("du 30 décembre au 2 janvier", "fr", D(2019, 1, 10), D(2018, 12, 30), D(2019, 1, 2)),
    ("from 14 to 16 April", "en", MON, D(2019, 4, 14), D(2019, 4, 16)),
]

NOT_DATES = ["", "   ", "¤¤ ∆ 🙂", "la veille de l'élection", "au lendemain de l'attaque",
             "le Mouvement du 5 juin",
             "plus de 2000 personnes", "à 38 kilomètres de Gao", "les vendredis", "Mars"]


def _check(mention, day, precision, background, since):
    assert mention is not None
    assert (mention.day, mention.precision, mention.background, mention.since) == (day, precision, background, since)


@pytest.mark.parametrize("expression,published,day,precision,background,since", FRENCH_CASES)
def test_resolve_french(expression, published, day, precision, background, since):
    _check(resolve(expression, published), day, precision, background, since)


@pytest.mark.parametrize("expression,published,day,precision,background,since", ENGLISH_CASES)
def test_resolve_english(expression, published, day, precision, background, since):
    _check(resolve(expression, published, lang="en"), day, precision, background, since)


@pytest.mark.parametrize("expression,lang,published,first,last", RANGES)
def test_ranges_keep_first_and_last_day(expression, lang, published, first, last):
    mention = resolve(expression, published, lang)
    assert (mention.day, mention.last_day, mention.precision) == (first, last, 1)


@pytest.mark.parametrize("expression", NOT_DATES)
def test_non_dates_give_none(expression):
    assert resolve(expression, MON) is None


def test_resolve_span_is_whole_expression():
    mention = resolve("jeudi dernier", MON)
    assert (mention.start, mention.end, mention.text) == (0, 13, "jeudi dernier")


def test_unknown_language_falls_back_to_french():
    assert resolve("hier", MON, lang="xx").day == D(2019, 5, 19)


def test_fold_same_length_keeps_offsets():
    text = "Dans la NUIT de Samedi à Dimanche, l’armée…"
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert folded == "dans la nuit de samedi a dimanche, l'armee…"


# --------------------------------------------------------------------------- find_dates / governing_date
ARTICLES = {
    "lead": ("Des drones ont frappé dans la nuit de samedi à dimanche des positions rebelles près de Ghariane. "
             "Hier, les combats se sont poursuivis au sud de Tripoli. "
             "La Libye est plongée dans le chaos depuis la chute de Kadhafi en 2011.", "2019-05-20"),
    "night_cue": ("Douze villageois ont été tués dans la nuit de mardi à mercredi près de Beni. "
                  "L'armée a donné ce bilan.\n\n"
                  "Les assaillants sont arrivés vers 22 heures et ont incendié des cases.", "2020-01-30"),
    "dateline": ("TRIPOLI, 8 avril (AFP) - Des roquettes se sont abattues hier soir sur l'aéroport de Mitiga.",
                 "2019-04-09"),
    "dateline_month": ("BAMAKO, 12 juin (AFP) - Une patrouille a sauté sur une mine mardi près de Gao.", "2019-06"),
    "month_only": ("Au moins vingt civils ont été tués le 14 avril à Ogossagou. "
                   "Hier, une marche a eu lieu à Bamako.", "2019-06"),
    "anaphora": ("Des hommes armés ont enlevé le maire le samedi 14 avril 2018. Le lendemain, ils ont incendié "
                 "l'école du village.", None),
    "no_date": ("Des soldats patrouillent dans la ville.", "2019-05-20"),
}

GOVERNING = [
    # (text, published, trigger word, expected text of the governing date or None)
    # a clause told as coming after ("avant de") is not dated by the clause it follows
    ("Les rebelles ont pris la ville samedi, avant d'en être chassés par une frappe aérienne.", "frappe", None),
    ("Les rebelles ont pris la ville samedi, avant d'en être chassés par une frappe aérienne.", "pris", "samedi"),
    ("Dimanche, l'armée a affirmé que les rebelles avaient pris Kaga samedi, avant d'en être chassés par des "
     "frappes aériennes.", "frappes", "Dimanche"),
    ("Mardi, des jihadistes ont attaqué le poste de Boni, avant de se replier vers la forêt.", "attaqué", "Mardi"),
    ("Sept combattants ont été tués samedi à Gharyan, a indiqué dimanche un responsable de l'hôpital.",
     "tués", "samedi"),
    ("Dimanche, des roquettes se sont abattues sur Tripoli et ont tué trois civils.", "tué", "Dimanche"),
    ("Au moins trente personnes ont été tuées depuis jeudi dans les combats au sud de la capitale.", "tuées", None),
    ("La Libye est en proie au chaos depuis 2011, et des miliciens ont attaqué mardi un dépôt d'armes.",
     "attaqué", "mardi"),
    ("Les forces de Haftar ont lancé une offensive en avril, puis leur aviation a bombardé hier l'aéroport.",
     "bombardé", "hier"),
    ("Samedi soir, une grenade a explosé dans un marché de Bangui. Trois personnes ont péri et vingt ont été "
     "blessées.", "péri", "Samedi soir"),
    ("L'armée a repris mercredi le contrôle de Bambari, tombée la veille aux mains des rebelles.",
     "repris", "mercredi"),
    ("L'armée a repris mercredi le contrôle de Bambari, tombée la veille aux mains des rebelles.",
     "tombée", "la veille"),
    ("Les frappes menées dans la nuit de samedi à dimanche contre Gharyan ont fait sept morts, a indiqué lundi "
     "l'hôpital.", "frappes", "dans la nuit de samedi à dimanche"),
    ("En 2014, des milices avaient pris le contrôle de la ville.", "pris", None),
    ("Quatre soldats ont été tués et six autres blessés lundi lors d'une embuscade près de Douentza.",
     "tués", "lundi"),
    ("Vendredi, des obus sont tombés sur Tajoura.\n\nSamedi, un drone a frappé un convoi près de Tarhouna.",
     "frappé", "Samedi"),
    ("Vendredi, des obus sont tombés sur Tajoura.\n\nSamedi, un drone a frappé un convoi près de Tarhouna.",
     "tombés", "Vendredi"),
    # a paragraph with no date of its own: the coder gives it the day of the event told before it
    ("Vendredi, des milliers de personnes ont manifesté à Alger.\n\nÀ Oran, la police a dispersé un rassemblement.",
     "dispersé", None),
    ("Une nouvelle marche est prévue samedi prochain à Ouagadougou.", "marche", None),
    ("Des hommes armés ont enlevé le chef du village, dans la soirée du samedi 18 mai, ont rapporté des sources "
     "locales.", "enlevé", "dans la soirée du samedi 18 mai"),
]


# (language, text, date text, the date is the day something was said)
SAID_ON = [
    ("fr", "Sept combattants ont été tués samedi à Gharyan, a indiqué dimanche un responsable de l'hôpital.",
     "dimanche", True),
    ("fr", "Sept combattants ont été tués samedi à Gharyan, a indiqué dimanche un responsable de l'hôpital.",
     "samedi", False),
    ("fr", "Le ministère a annoncé lundi la mort de douze soldats près de Djibo.", "lundi", True),
    ("fr", "Un médecin a fait état mardi de onze corps à l'hôpital de Bunia.", "mardi", True),
    ("fr", "Des hommes armés ont attaqué mardi un poste de police à Kaya.", "mardi", False),
    ("fr", "L'armée a repris jeudi le contrôle de Bambari, a-t-on appris vendredi.", "jeudi", False),
    ("en", "A doctor said on Thursday that 43 bodies had been brought to the hospital.", "Thursday", True),
    ("en", "Gunmen attacked a police post in Kano on Friday.", "Friday", False),
]


@pytest.fixture(scope="module")
def parsed() -> dict[str, AnalyzedDoc]:
    """Every article and governing sentence parsed once (one spaCy load per language for the module)."""
    articles = [Article(id=key, text=text, published=published) for key, (text, published) in ARTICLES.items()]
    articles += [Article(id=f"g{i}", text=text, published="2019-05-20") for i, (text, _, _) in enumerate(GOVERNING)]
    articles += [Article(id=f"s{i}", text=case[1], published="2019-05-20") for i, case in enumerate(SAID_ON)
                 if case[0] == "fr"]
    english = [Article(id=f"s{i}", text=case[1], published="2019-05-20", lang="en")
               for i, case in enumerate(SAID_ON) if case[0] == "en"]
    return {adoc.article.id: adoc for adoc in [*analyze(articles), *analyze(english, lang="en")]}


@pytest.mark.parametrize("index", range(len(SAID_ON)))
def test_said_on_tells_a_reporting_day(parsed, index):
    _, text, date_text, expected = SAID_ON[index]
    adoc = parsed[f"s{index}"]
    mention = next(d for d in find_dates(adoc) if date_text in d.text)
    assert said_on(adoc, mention) is expected


def _summary(adoc: AnalyzedDoc) -> list[tuple]:
    return [(m.text, m.day, m.background, m.since) for m in find_dates(adoc)]


def test_find_dates_spans_and_flags(parsed):
    adoc = parsed["lead"]
    mentions = find_dates(adoc)
    assert _summary(adoc) == [("dans la nuit de samedi à dimanche", D(2019, 5, 19), False, False),
                              ("Hier", D(2019, 5, 19), False, False),
                              ("depuis la chute de Kadhafi", None, True, True),
                              ("en 2011", None, True, False)]
    assert all(adoc.text[m.start:m.end] == m.text for m in mentions)


def test_night_time_given_in_a_following_sentence(parsed):
    assert _summary(parsed["night_cue"]) == [("dans la nuit de mardi à mercredi", D(2020, 1, 28), False, False)]


def test_dateline_is_the_reference_day(parsed):
    assert _summary(parsed["dateline"]) == [("8 avril", D(2019, 4, 8), False, False),
                                            ("hier soir", D(2019, 4, 7), False, False)]


def test_dateline_gives_a_day_when_only_the_month_is_published(parsed):
    assert _summary(parsed["dateline_month"])[1] == ("mardi", D(2019, 6, 11), False, False)


def test_month_only_publication_resolves_absolute_dates_only(parsed):
    assert _summary(parsed["month_only"]) == [("le 14 avril", D(2019, 4, 14), False, False),
                                              ("Hier", None, False, False)]


def test_anaphora_counts_from_the_previous_date(parsed):
    assert _summary(parsed["anaphora"]) == [("le samedi 14 avril 2018", D(2018, 4, 14), False, False),
                                            ("Le lendemain", D(2018, 4, 15), False, False)]


def test_article_without_dates(parsed):
    assert find_dates(parsed["no_date"]) == []


@pytest.mark.parametrize("index", range(len(GOVERNING)))
def test_governing_date(parsed, index):
    text, trigger, expected = GOVERNING[index]
    adoc = parsed[f"g{index}"]
    token = next(t for t in adoc.doc if t.text == trigger)
    mention = governing_date(adoc, find_dates(adoc), token.i)
    assert (mention.text if mention else None) == expected


def test_governing_date_bad_input(parsed):
    adoc = parsed["lead"]
    assert governing_date(adoc, [], 0) is None
    assert governing_date(adoc, find_dates(adoc), 10_000) is None


def test_empty_article(parsed):
    adoc = next(analyze([Article(id="empty", text="", published="2019-05-20")]))
    assert find_dates(adoc) == []


def test_speed(parsed):
    adoc = next(analyze([Article(id="long", text=" ".join([ARTICLES["lead"][0]] * 8), published="2019-05-20")]))
    find_dates(adoc)
    start = time.perf_counter()
    for _ in range(20):
        find_dates(adoc)
    assert (time.perf_counter() - start) / 20 < 0.01
