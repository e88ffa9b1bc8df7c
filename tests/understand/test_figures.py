"""Number phrases and counts of people (guetteur.understand.figures)."""
from __future__ import annotations

import pytest

from guetteur.model import AnalyzedDoc, Article
from guetteur.understand.analysis import analyze
from guetteur.understand.figures import combine_parts, find_figures, is_subset, parse_quantity

QUANTITIES = [
    # phrase, lang, (low, best, high, qualifier)
    ("15", "fr", (15, 15, 15, "exact")),
    ("quinze", "fr", (15, 15, 15, "exact")),
    ("trente-cinq", "fr", (35, 35, 35, "exact")),
    ("quatre-vingt-dix-neuf", "fr", (99, 99, 99, "exact")),
    ("vingt et un", "fr", (21, 21, 21, "exact")),
    ("4 500", "fr", (4500, 4500, 4500, "exact")),
    ("4\u00a0500", "fr", (4500, 4500, 4500, "exact")),
    ("4500", "fr", (4500, 4500, 4500, "exact")),
    ("4.500", "fr", (4500, 4500, 4500, "exact")),
    ("1 600 000", "fr", (1600000, 1600000, 1600000, "exact")),
    ("1,5 million", "fr", (1500000, 1500000, 1500000, "exact")),
    ("deux millions", "fr", (2000000, 2000000, 2000000, "exact")),
    ("deux cent mille", "fr", (200000, 200000, 200000, "exact")),
    ("un demi-million", "fr", (500000, 500000, 500000, "exact")),
    ("un million et demi", "fr", (1500000, 1500000, 1500000, "exact")),
    ("une dizaine", "fr", (8, 10, 12, "about")),
    ("une douzaine", "fr", (10, 12, 14, "about")),
    ("une quinzaine", "fr", (12, 15, 18, "about")),
    ("une vingtaine", "fr", (16, 20, 24, "about")),
    ("une cinquantaine", "fr", (40, 50, 60, "about")),
    ("une centaine", "fr", (80, 100, 120, "about")),
    ("un millier", "fr", (800, 1000, 1200, "about")),
    ("des dizaines", "fr", (12, 12, None, "vague")),
    ("des centaines", "fr", (100, 100, None, "vague")),
    ("des milliers", "fr", (1000, 1000, None, "vague")),
    ("des centaines de milliers", "fr", (100000, 100000, None, "vague")),
    ("des dizaines de milliers", "fr", (12000, 12000, None, "vague")),
    ("plusieurs", "fr", (2, 3, None, "vague")),
    ("quelques", "fr", (2, 3, None, "vague")),
    ("plusieurs milliers", "fr", (2000, 3000, None, "vague")),
    ("plusieurs dizaines", "fr", (20, 30, None, "vague")),
    ("plusieurs dizaines de milliers", "fr", (20000, 30000, None, "vague")),
    ("au moins 35", "fr", (35, 35, None, "at_least")),
    ("au moins une dizaine", "fr", (10, 10, None, "at_least")),
    ("pas moins de 60", "fr", (60, 60, None, "at_least")),
    ("plus de 450", "fr", (451, 451, None, "more_than")),
    ("plus d'une cinquantaine", "fr", (51, 51, None, "more_than")),
    ("plus d\u2019un millier", "fr", (1001, 1001, None, "more_than")),
    ("plus de 2 000", "fr", (2001, 2001, None, "more_than")),
    ("près de 4 000", "fr", (3600, 4000, 4400, "about")),
    ("environ 1,4 million", "fr", (1260000, 1400000, 1540000, "about")),
    ("quelque 75 000", "fr", (67500, 75000, 82500, "about")),
    ("près d'une centaine", "fr", (80, 100, 120, "about")),
    ("jusqu'à 200", "fr", (None, 200, 200, "up_to")),
    ("entre 10 et 15", "fr", (10, 10, 15, "about")),
    ("deux ou trois", "fr", (2, 2, 3, "about")),
    ("12 à 15 morts", "fr", (12, 12, 15, "about")),
    ("sept personnes tuées", "fr", (7, 7, 7, "exact")),
    ("35,000", "en", (35000, 35000, 35000, "exact")),
    ("two million", "en", (2000000, 2000000, 2000000, "exact")),
    ("about 1.4 million", "en", (1260000, 1400000, 1540000, "about")),
    ("more than 120", "en", (121, 121, None, "more_than")),
    ("at least 16", "en", (16, 16, None, "at_least")),
    ("dozens", "en", (12, 12, None, "vague")),
    ("a dozen", "en", (10, 12, 14, "about")),
    ("hundreds of thousands", "en", (100000, 100000, None, "vague")),
    ("several hundred", "en", (200, 300, None, "vague")),
    ("between 10 and 20", "en", (10, 10, 20, "about")),
    ("up to 30", "en", (None, 30, 30, "up_to")),
]


@pytest.mark.parametrize("phrase, lang, expected", QUANTITIES)
def test_parse_quantity(phrase, lang, expected):
    assert parse_quantity(phrase, lang) == expected


@pytest.mark.parametrize("phrase", ["", "   ", "abc", "plus de", "«»", "des", "\x00\u200b"])
def test_parse_quantity_without_a_number(phrase):
    assert parse_quantity(phrase) is None


FR_SENTENCES = [
    # sentence, [(low, best, high, qualifier, kind, group, cumulative), ...]
    ("Au moins douze soldats ont été tués mardi dans une embuscade près de Ménaka.",
     [(12, 12, None, "at_least", "killed", "soldiers", False)]),
    ("Trois civils ont été tués et cinq autres blessés lors d'un bombardement sur Idleb.",
     [(3, 3, 3, "exact", "killed", "civilians", False), (5, 5, 5, "exact", "injured", "civilians", False)]),
    ("L'attaque du poste de Boulkessi a fait 14 morts et une vingtaine de blessés.",
     [(14, 14, 14, "exact", "killed", None, False), (16, 20, 24, "about", "injured", None, False)]),
    ("Plus de 300 personnes ont été tuées depuis le début de l'année dans la province du Nord-Kivu.",
     [(301, 301, None, "more_than", "killed", None, True)]),
    ("Près de 2 500 habitants ont fui leurs villages après les combats autour de Kidal.",
     [(2250, 2500, 2750, "about", "displaced", "civilians", True)]),
    ("Une cinquantaine de manifestants ont été interpellés samedi à Alger.",
     [(40, 50, 60, "about", "arrested", "protesters", False)]),
    ("Des hommes armés ont enlevé quinze élèves dans une école de Kumbo.",
     [(15, 15, 15, "exact", "abducted", "children", False)]),
    ("Quatre casques bleus ont été blessés par l'explosion d'une mine près de Bangassou.",
     [(4, 4, 4, "exact", "injured", "peacekeepers", False)]),
    ("Le bilan s'est alourdi à 23 morts, selon la Croix-Rouge.",
     [(23, 23, 23, "exact", "killed", None, False)]),
    ("La guerre a fait plus de 380 000 morts en Syrie.",
     [(380001, 380001, None, "more_than", "killed", None, True)]),
    ("Des roquettes se sont abattues sur Tripoli, tuant deux enfants et blessant sept personnes.",
     [(2, 2, 2, "exact", "killed", "children", False), (7, 7, 7, "exact", "injured", None, False)]),
    ("Sept combattants ont été tués et une douzaine blessés dans ces frappes.",
     [(7, 7, 7, "exact", "killed", "combatants", False), (10, 12, 14, "about", "injured", "combatants", False)]),
    ("Plus de 450 personnes ont été tuées et plus de 2 000 blessées depuis le début de l'offensive.",
     [(451, 451, None, "more_than", "killed", None, True), (2001, 2001, None, "more_than", "injured", None, True)]),
    ("Les affrontements ont fait 3 morts et 5 blessés à Goma.",
     [(3, 3, 3, "exact", "killed", None, False), (5, 5, 5, "exact", "injured", None, False)]),
    ("Un enfant de dix ans a été blessé par une balle perdue à Port-au-Prince.",
     [(1, 1, 1, "exact", "injured", "children", False)]),
    ("Le convoi circulait à une trentaine de kilomètres de Gao.", []),
    ("Le 4e bataillon a quitté la caserne vers 10 heures.", []),
    ("Les rebelles réclament une rançon de 50 000 dollars.", []),
    ("Le président a reçu trois ministres et deux ambassadeurs.", []),
    ("L'attaque a eu lieu le 4 avril 2021 à Solhan.", []),
    ("Un demi-million d'enfants sont directement menacés par la famine dans le Sahel.",
     [(500000, 500000, 500000, "exact", None, "children", False)]),
    ("Au total, 42 personnes ont été arrêtées en une semaine à Bamako.",
     [(42, 42, 42, "exact", "arrested", None, True)]),
    ("Trois hommes armés ont tué un gendarme à Diffa.",
     [(3, 3, 3, "exact", None, "combatants", False), (1, 1, 1, "exact", "killed", "police", False)]),
    ("Environ 1,2 million de personnes ont dû quitter leurs foyers depuis 2019.",
     [(1080000, 1200000, 1320000, "about", "displaced", None, True)]),
    ("Une dizaine de policiers ont été blessés lors de heurts avec des manifestants à Conakry.",
     [(8, 10, 12, "about", "injured", "police", False)]),
    ("Deux gardes ont péri dans l'incendie du poste frontière.",
     [(2, 2, 2, "exact", "killed", "soldiers", False)]),
    ("Des dizaines de civils sont portés disparus après l'attaque de Tillabéri.",
     [(12, 12, None, "vague", "missing", "civilians", False)]),
    ("Quelque 40 000 réfugiés centrafricains vivent dans des camps au Cameroun.",
     [(36000, 40000, 44000, "about", "displaced", None, True)]),
    ("Des centaines de personnes ont manifesté vendredi à N'Djamena.",
     [(100, 100, None, "vague", None, None, False)]),
    ("Onze personnes ont perdu la vie dans le naufrage d'une pirogue.",
     [(11, 11, 11, "exact", "killed", None, False)]),
    ("Douze migrants ont été retrouvés morts dans le désert près d'Agadez.",
     [(12, 12, 12, "exact", "killed", "migrants", False)]),
    ("Les soldats ont neutralisé une vingtaine de terroristes lors d'une opération à Djibo.",
     [(16, 20, 24, "about", "killed", "combatants", False)]),
    ("Au moins 8 policiers ont été tués en 48 heures dans la région de Maradi.",
     [(8, 8, None, "at_least", "killed", "police", True)]),
    ("Deux ou trois assaillants ont été abattus par les gardes.",
     [(2, 2, 3, "about", "killed", "combatants", False)]),
    ("Le ministère a recensé entre 60 et 80 morts dans la région.",
     [(60, 60, 80, "about", "killed", None, False)]),
    ("L'explosion a fait 12 morts, dont cinq enfants.",
     [(12, 12, 12, "exact", "killed", None, False), (5, 5, 5, "exact", None, "children", False)]),
    ("Les combats ont fait des centaines de morts parmi les civils depuis avril.",
     [(100, 100, None, "vague", "killed", "civilians", True)]),
    ("Quinze villageois ont été enlevés par des bandits armés dans l'État de Zamfara.",
     [(15, 15, 15, "exact", "abducted", "civilians", False)]),
    ("Plusieurs milliers de personnes ont été déplacées par les inondations et les violences.",
     [(2000, 3000, None, "vague", "displaced", None, True)]),
    ("Les autorités ont interpellé 176 personnes et 94 policiers ont été blessés.",
     [(176, 176, 176, "exact", "arrested", None, False), (94, 94, 94, "exact", "injured", "police", False)]),
    ("En 2019, les forces de sécurité ont déployé 3 000 hommes dans la région.",
     [(3000, 3000, 3000, "exact", None, None, False)]),
    ("Une quarantaine de corps ont été découverts dans une fosse commune près de Bunia.",
     [(32, 40, 48, "about", "killed", None, False)]),
    ("Le raid a fait au moins 9 morts parmi les civils, selon des sources locales.",
     [(9, 9, None, "at_least", "killed", "civilians", False)]),
    ("Quelque 20 000 personnes ont été contraintes de fuir leurs maisons ces derniers mois.",
     [(18000, 20000, 22000, "about", "displaced", None, True)]),
    # freed hostages are no new abduction (release_verbs)
    ("Six otages ont été libérés jeudi par leurs ravisseurs à Kidal.",
     [(6, 6, 6, "exact", None, None, False)]),
    ("Au moins 91 enlèvements ont été recensés dans le pays.",
     [(91, 91, None, "at_least", "abducted", None, False)]),
    ("Deux journalistes ont été arrêtés à Niamey.",
     [(2, 2, 2, "exact", "arrested", "journalists", False)]),
    ("Quelque 5 000 personnes ont défilé dans les rues de Bamako.",
     [(4500, 5000, 5500, "about", None, None, False)]),
    ("Une femme et ses deux enfants ont été tués par un obus à Kharkiv.",
     [(1, 1, 1, "exact", "killed", "women", False), (2, 2, 2, "exact", "killed", "children", False)]),
    ("Le conflit a déjà fait plus d'un millier de morts.",
     [(1001, 1001, None, "more_than", "killed", None, True)]),
    # partitives and fillers before the counted noun
    ("Trois des assaillants ont été abattus par les gendarmes.",
     [(3, 3, 3, "exact", "killed", "combatants", False)]),
    ("Huit de leurs combattants ont été tués près de Tessit.",
     [(8, 8, 8, "exact", "killed", "combatants", False)]),
    ("Quatre autres personnes ont été blessées.",
     [(4, 4, 4, "exact", "injured", None, False)]),
    ("Sept séparatistes armés ont été tués samedi près de Bamenda.",
     [(7, 7, 7, "exact", "killed", "combatants", False)]),
    ("Un médecin a fait état de onze corps de miliciens transportés à l'hôpital de Bunia.",
     [(11, 11, 11, "exact", "killed", "combatants", False)]),
    # a reflexive verb with another sense does not name what happened
    ("Des roquettes se sont abattues lundi sur l'aéroport, blessant trois employés.",
     [(3, 3, 3, "exact", "injured", "civilians", False)]),
    # a bare number of a toll noun
    ("Le bilan est passé à 14 selon l'hôpital de Mopti.", [(14, 14, 14, "exact", "killed", None, False)]),
    ("Les secouristes ont porté le bilan à 12.", [(12, 12, 12, "exact", "killed", None, False)]),
    ("Le bilan s'est alourdi à neuf morts.", [(9, 9, 9, "exact", "killed", None, False)]),
    # subsets keep their group but lose their kind: they are not counted again
    ("Une embuscade a fait au moins neuf morts, dont deux enfants, près de Mopti.",
     [(9, 9, None, "at_least", "killed", None, False), (2, 2, 2, "exact", None, "children", False)]),
    # running totals and stocks
    ("Le centre du pays est en proie depuis 2016 à des violences qui ont fait des centaines de morts.",
     [(100, 100, None, "vague", "killed", None, True)]),
    ("Mardi, des obus ont tué quatre soldats à Kati, où l'armée a déployé des renforts ces dernières semaines.",
     [(4, 4, 4, "exact", "killed", "soldiers", False)]),
    ("La police a fait état de 120 interpellations et de 35 policiers blessés dans tout le pays.",
     [(120, 120, 120, "exact", "arrested", None, True), (35, 35, 35, "exact", "injured", "police", True)]),
    ("Quelque 75 000 personnes ont dû fuir leurs villages.",
     [(67500, 75000, 82500, "about", "displaced", None, True)]),
    ("Les combats de jeudi ont poussé 3 000 habitants à fuir vers Goma.",
     [(3000, 3000, 3000, "exact", "displaced", "civilians", False)]),
    ("Ces affrontements ont fait des milliers de morts.", [(1000, 1000, None, "vague", "killed", None, True)]),
    ("Deux gendarmes et trois civils ont été tués lors de l'attaque.",
     [(2, 2, 2, "exact", "killed", "police", False), (3, 3, 3, "exact", "killed", "civilians", False)]),
    # a clause ends at a line break: the running total of the next line does not reach the first count
    ("Trois soldats ont été tués à Kidal\nDepuis janvier, quarante civils ont péri dans la région.",
     [(3, 3, 3, "exact", "killed", "soldiers", False), (40, 40, 40, "exact", "killed", "civilians", True)]),
    # people let go are no longer held: no arrest or abduction count
    ("Vingt-trois détenus ont été libérés samedi à Bamako après un accord.",
     [(23, 23, 23, "exact", None, "prisoners", False)]),
    ("Les ravisseurs ont relâché douze otages près de Kidal.", [(12, 12, 12, "exact", None, None, False)]),
    ("Quatorze otages ont été enlevés lundi près de Kidal.", [(14, 14, 14, "exact", "abducted", None, False)]),
    ("Sept manifestants arrêtés mardi à Conakry ont été relaxés par le tribunal.",
     [(7, 7, 7, "exact", None, "protesters", False)]),
    # a number quoted from a source still counts the noun after the closing quote
    ("Le GNA évoque « une trentaine » de morts parmi les assaillants, ainsi que des dizaines de prisonniers.",
     [(24, 30, 36, "about", "killed", "combatants", False), (12, 12, None, "vague", "arrested", "prisoners", False)]),
    ("L'armée a annoncé « 12 » rebelles tués.", [(12, 12, 12, "exact", "killed", "combatants", False)]),
    # counted since one atomic event began: that event's toll; since a campaign began: a running total
    ("Un médecin a reçu 31 corps de rebelles depuis le début de l'assaut contre Kidal.",
     [(31, 31, 31, "exact", "killed", "combatants", False)]),
    ("Neuf civils ont péri depuis l'attaque de mardi contre le camp de Kaya.",
     [(9, 9, 9, "exact", "killed", "civilians", False)]),
    ("Au moins 200 personnes ont été tuées depuis le début de l'offensive contre Kidal.",
     [(200, 200, None, "at_least", "killed", None, True)]),
    ("Quarante soldats ont été tués depuis le début de la campagne militaire.",
     [(40, 40, 40, "exact", "killed", "soldiers", True)]),
    # a conjunct with its own verb keeps it, even when the parse hangs it on the first verb
    ("Un obus est tombé sur le marché, tuant au moins six civils et en blessant une vingtaine d'autres.",
     [(6, 6, None, "at_least", "killed", "civilians", False), (16, 20, 24, "about", "injured", "civilians", False)]),
    ("Les assaillants ont tué trois gendarmes et deux civils avant de s'enfuir.",
     [(3, 3, 3, "exact", "killed", "police", False), (2, 2, 2, "exact", "killed", "civilians", False)]),
]


EN_SENTENCES = [
    ("At least 16 soldiers were killed in an ambush near Menaka, the army said.",
     [(16, 16, None, "at_least", "killed", "soldiers", False)]),
    ("The conflict has killed more than 35,000 people since 2009.",
     [(35001, 35001, None, "more_than", "killed", None, True)]),
    ("The army said it had arrested 17 people since the start of the protests.",
     [(17, 17, 17, "exact", "arrested", None, True)]),
    ("Dozens of civilians were wounded in the shelling.",
     [(12, 12, None, "vague", "injured", "civilians", False)]),
    ("Gunmen abducted 42 students from a school in Kagara on Wednesday.",
     [(42, 42, 42, "exact", "abducted", "children", False)]),
    ("Three gunmen killed a policeman in Maiduguri.",
     [(3, 3, 3, "exact", None, "combatants", False), (1, 1, 1, "exact", "killed", "police", False)]),
    ("Nearly 700,000 people have fled the fighting, the UN said.",
     [(630000, 700000, 770000, "about", "displaced", None, True)]),
    ("The convoy was travelling 30 kilometres north of Gao.", []),
    ("Troops repelled the assault on Monguno on Friday, killing at least 51 fighters.",
     [(51, 51, None, "at_least", "killed", "combatants", False)]),
    ("Soldiers killed 16 insurgents near Damboa on Tuesday.",
     [(16, 16, 16, "exact", "killed", "combatants", False)]),
    ("The death toll from Sunday's shelling of the market in Ariha has risen to 14.",
     [(14, 14, 14, "exact", "killed", None, False)]),
    ("Rescuers put the toll at 17, including four children.",
     [(17, 17, 17, "exact", "killed", None, False), (4, 4, 4, "exact", None, "children", False)]),
    ("A policeman was killed and two others were wounded in Kano.",
     [(1, 1, 1, "exact", "killed", "police", False), (2, 2, 2, "exact", "injured", "police", False)]),
    ("Officials said eight of their own fighters were killed.",
     [(8, 8, 8, "exact", "killed", "combatants", False)]),
    ("The insurgency has displaced over two million people.",
     [(2000001, 2000001, None, "more_than", "displaced", None, True)]),
    ("A convoy left Gao on Monday.", []),
    ("Rebels released nine hostages near Beni on Friday.", [(9, 9, 9, "exact", None, None, False)]),
    ("Thirty people held by the militia were freed in Goma.", [(30, 30, 30, "exact", None, None, False)]),
    ("Medics said 27 bodies had been brought in since the attack began.",
     [(27, 27, 27, "exact", "killed", None, False)]),
    ("Nine villagers have died of their wounds since the ambush on Tuesday.",
     [(9, 9, 9, "exact", "killed", "civilians", False)]),
    ("At least 300 people have been killed since the offensive began in April.",
     [(300, 300, None, "at_least", "killed", None, True)]),
]


def _analyzed(sentences: list[str], lang: str) -> dict[str, AnalyzedDoc]:
    articles = [Article(id=str(i), text=s, lang=lang) for i, s in enumerate(sentences)]
    return {a.article.text: a for a in analyze(articles, lang=lang)}


@pytest.fixture(scope="module")
def docs() -> dict[str, AnalyzedDoc]:
    """Every test sentence parsed once, in batches."""
    return _analyzed([s for s, _ in FR_SENTENCES], "fr") | _analyzed([s for s, _ in EN_SENTENCES], "en")


def _summary(adoc: AnalyzedDoc) -> list[tuple]:
    return [(f.low, f.best, f.high, f.qualifier, f.kind, f.group, f.cumulative) for f in find_figures(adoc)]


@pytest.mark.parametrize("sentence, expected", FR_SENTENCES + EN_SENTENCES)
def test_find_figures(docs, sentence, expected):
    assert _summary(docs[sentence]) == expected


def test_figure_spans_and_heads(docs):
    adoc = docs["Sept combattants ont été tués et une douzaine blessés dans ces frappes."]
    figures = find_figures(adoc)
    assert [(f.start, f.end, f.text) for f in figures] == [(0, 16, "Sept combattants"),
                                                           (33, 53, "une douzaine blessés")]
    assert [adoc.doc[f.head].text for f in figures] == ["combattants", "blessés"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "?!", "12", "4e"])
def test_find_figures_on_odd_text(text):
    adoc = next(analyze([Article(id="odd", text=text)]))
    assert find_figures(adoc) == []


SUBSETS = [
    # sentence, is each figure a subset of the one before
    ("Douze civils, dont trois enfants, ont été tués à Ariha.", [False, True]),
    ("Le raid a fait 20 morts, parmi lesquels six femmes.", [False, True]),
    ("The strike killed 17 people, including four children.", [False, True]),
    ("Trois soldats et deux civils ont été tués.", [False, False]),
]


@pytest.fixture(scope="module")
def subset_docs() -> dict[str, AnalyzedDoc]:
    fr = [s for s, _ in SUBSETS if not s.startswith("The")]
    return _analyzed(fr, "fr") | _analyzed([s for s, _ in SUBSETS if s.startswith("The")], "en")


@pytest.mark.parametrize("sentence, expected", SUBSETS)
def test_is_subset(subset_docs, sentence, expected):
    adoc = subset_docs[sentence]
    assert [is_subset(adoc, f) for f in find_figures(adoc)] == expected


PARTS = [
    # article, (low, best, high) of the killed figures combine_parts returns, in order
    ("Quinze soldats ont été tués dimanche lors de l'attaque de Djibo. « Une cinquantaine d'assaillants ont été "
     "neutralisés », affirme l'armée.", [(55, 65, 75)]),
    ("Une femme et ses deux enfants ont été tués par un obus à Tajoura.", [(3, 3, 3)]),
    ("Au moins douze civils, dont trois enfants, ont été tués à Ariha. Les secouristes font état de seize morts.",
     [(12, 12, None), (16, 16, 16)]),
    ("Cinq soldats ont été tués à Gao selon l'armée. Des habitants parlent de sept soldats tués.",
     [(5, 5, 5), (7, 7, 7)]),
    ("Trois soldats et deux assaillants ont été tués à Ansongo. Un élu parle de quatre soldats tués.",
     [(5, 5, 5), (6, 6, 6)]),
    ("L'explosion a fait 9 morts à Mogadiscio.", [(9, 9, 9)]),
]


@pytest.fixture(scope="module")
def part_docs() -> dict[str, AnalyzedDoc]:
    return _analyzed([s for s, _ in PARTS], "fr")


@pytest.mark.parametrize("text, expected", PARTS)
def test_combine_parts(part_docs, text, expected):
    adoc = part_docs[text]
    combined = combine_parts(adoc, find_figures(adoc))
    assert [(f.low, f.best, f.high) for f in combined if f.kind == "killed"] == expected


def test_combine_parts_keeps_other_kinds(part_docs):
    adoc = part_docs["Une femme et ses deux enfants ont été tués par un obus à Tajoura."]
    assert combine_parts(adoc, []) == []
    figures = find_figures(adoc)
    figures[0].kind = "injured"
    assert [(f.kind, f.best) for f in combine_parts(adoc, figures)] == [("injured", 1), ("killed", 2)]
