"""Who a text credits (guetteur.understand.attribution)."""
from __future__ import annotations

import pytest

from guetteur.model import AnalyzedDoc, Article
from guetteur.understand.analysis import analyze
from guetteur.understand.attribution import attribution_for, find_attributions, is_reporting_verb

FR_CASES = [
    # sentence, [(source, cited text), ...]
    ("Selon l'ONU, plus de 300 civils ont été tués depuis janvier.", [("l'ONU", "Selon l'ONU")]),
    ("D'après le ministère de la Santé du GNA, quinze combattants ont péri.",
     [("ministère de la Santé du GNA", "D'après le ministère de la Santé du GNA")]),
    ("Trois soldats ont été blessés, a indiqué le bureau média de l'ANL.",
     [("bureau média de l'ANL", "a indiqué le bureau média de l'ANL")]),
    ("L'attaque a fait douze morts, selon des sources médicales.",
     [("sources médicales", "selon des sources médicales")]),
    ("De source sécuritaire, on apprend que le poste a été abandonné.",
     [("source sécuritaire", "De source sécuritaire")]),
    ("Le porte-parole de l'armée a déclaré que la ville était sous contrôle.",
     [("porte-parole de l'armée", "porte-parole de l'armée a déclaré")]),
    ("L'état-major a annoncé la mort de quatre militaires à Tessit.",
     [("L'état-major", "L'état-major a annoncé")]),
    ("Selon un communiqué de la Minusma, un casque bleu a été blessé.",
     [("Minusma", "Selon un communiqué de la Minusma")]),
    ("Le gouverneur du Nord-Kivu a fait état de six morts à Beni.",
     [("gouverneur du Nord-Kivu", "gouverneur du Nord-Kivu a fait")]),
    ("Selon l'Organisation mondiale de la santé (OMS), 40 personnes ont été blessées.",
     [("l'Organisation mondiale de la santé (OMS)", "Selon l'Organisation mondiale de la santé (OMS)")]),
    ("Cinq assaillants ont été neutralisés, a précisé l'armée burkinabè dans un communiqué.",
     [("l'armée burkinabè", "a précisé l'armée burkinabè")]),
    ("Il a indiqué que les combats se poursuivaient.", []),
    ("Les combats ont repris dimanche au sud de Tripoli.", []),
    ("Le maire de Djibo, qui a confirmé l'attaque, réclame des renforts.",
     [("maire de Djibo", "maire de Djibo, qui a confirmé")]),
    ("Selon plusieurs témoins, les assaillants sont arrivés à moto.", [("témoins", "Selon plusieurs témoins")]),
    ("Citant des sources locales, l'agence rapporte que neuf personnes ont été tuées.",
     [("sources locales", "Citant des sources locales"), ("l'agence", "l'agence rapporte")]),
    ("D'après les Nations unies, 1,4 million de personnes ont fui leur foyer.",
     [("Nations unies", "D'après les Nations unies")]),
    ("Un responsable de l'hôpital de Gao a affirmé que onze blessés avaient été admis.",
     [("responsable de l'hôpital de Gao", "responsable de l'hôpital de Gao a affirmé")]),
    ("L'ONG Human Rights Watch estime que 200 civils ont été exécutés.",
     [("L'ONG Human Rights Watch", "L'ONG Human Rights Watch estime")]),
    ("Quatre civils ont été tués, a indiqué lundi un élu local.", [("élu local", "a indiqué lundi un élu local")]),
    ("Le bilan n'a pas été communiqué.", []),
    # a line break ends the source phrase even with no punctuation (analysis.py starts a sentence there)
    ("Trois soldats ont été tués à Kidal, selon l'état-major\nLes renforts sont arrivés lundi.",
     [("l'état-major", "selon l'état-major")]),
    ("Neuf civils ont péri, d'après des habitants\nDes secours ont été envoyés à Beni.",
     [("habitants", "d'après des habitants")]),
]

EN_CASES = [
    ("At least 16 soldiers were killed, the army said.", [("army", "the army said")]),
    ("According to the United Nations, more than 400,000 people have been displaced.",
     [("United Nations", "According to the United Nations")]),
    ("Local officials told reporters that 12 civilians had died.", [("Local officials", "Local officials told")]),
    ("The attack killed nine people, said a police spokesman.", [("police spokesman", "said a police spokesman")]),
    ("He said the town had fallen.", []),
]


def _analyzed(sentences: list[str], lang: str) -> dict[str, AnalyzedDoc]:
    articles = [Article(id=str(i), text=s, lang=lang) for i, s in enumerate(sentences)]
    return {a.article.text: a for a in analyze(articles, lang=lang)}


TWO_PARAGRAPHS = ("Selon la Croix-Rouge, neuf personnes ont été tuées à Beni.\n\n"
                  "Les secours sont arrivés dans la soirée. Trois blessés ont été évacués, a précisé la police.")


# (language, sentence, word, the word is a verb of saying in the active voice)
REPORTING = [
    ("fr", "Le ministère a indiqué lundi que trois soldats avaient été tués.", "indiqué", True),
    ("fr", "Le ministère a indiqué lundi que trois soldats avaient été tués.", "tués", False),
    ("fr", "Un médecin a fait état de onze corps à Bunia.", "fait", True),
    ("fr", "Des hommes armés ont fait sauter un pont à Bunia.", "fait", False),
    ("fr", "Les rebelles ont attaqué un convoi près de Kaga Bandoro.", "attaqué", False),
    ("en", "A doctor said on Thursday that the hospital was full.", "said", True),
    ("en", "Gunmen attacked a convoy near Maiduguri.", "attacked", False),
]


@pytest.fixture(scope="module")
def docs() -> dict[str, AnalyzedDoc]:
    """Every test text parsed once, in batches."""
    french = [s for s, _ in FR_CASES] + [TWO_PARAGRAPHS] + [c[1] for c in REPORTING if c[0] == "fr"]
    english = [s for s, _ in EN_CASES] + [c[1] for c in REPORTING if c[0] == "en"]
    return _analyzed(french, "fr") | _analyzed(english, "en")


@pytest.mark.parametrize("lang, sentence, word, expected", REPORTING)
def test_is_reporting_verb(docs, lang, sentence, word, expected):
    token = next(t for t in docs[sentence].doc if t.text == word)
    assert is_reporting_verb(token, lang) is expected


@pytest.mark.parametrize("sentence, expected", FR_CASES + EN_CASES)
def test_find_attributions(docs, sentence, expected):
    found = find_attributions(docs[sentence])
    assert [(a.source, a.text) for a in found] == expected
    assert all(sentence[a.start:a.end] == a.text for a in found)


@pytest.mark.parametrize("needle, source", [
    ("neuf personnes", "Croix-Rouge"),
    ("Trois blessés", "police"),
    ("Les secours", None),
])
def test_attribution_for(docs, needle, source):
    adoc = docs[TWO_PARAGRAPHS]
    found = attribution_for(adoc, find_attributions(adoc), TWO_PARAGRAPHS.index(needle))
    assert (found.source if found else None) == source


def test_attribution_for_out_of_range(docs):
    adoc = docs[TWO_PARAGRAPHS]
    assert attribution_for(adoc, find_attributions(adoc), len(TWO_PARAGRAPHS) + 5) is None
    assert attribution_for(adoc, [], 0) is None


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Selon", "selon ,", "« »"])
def test_odd_text(text):
    adoc = next(analyze([Article(id="odd", text=text)]))
    assert find_attributions(adoc) == []
