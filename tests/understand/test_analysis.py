"""The shared parse: sentence starts at line breaks, objects given back to verbs from the weekday before them."""
from __future__ import annotations

import pytest

from guetteur.model import Article
from guetteur.understand.analysis import analyze


def parse(text: str):
    return next(analyze([Article(id="t", text=text, lang="fr")])).doc


@pytest.mark.parametrize("text,word,verb", [
    ("Les forces du GNA ont repris mercredi Gharyan.", "Gharyan", "repris"),
    ("Des hommes armés ont attaqué mardi le village de Kumbo.", "village", "attaqué"),
    ("Des frappes ont touché mercredi un marché de Sarmin.", "marché", "touché"),
])
def test_the_object_after_a_weekday_belongs_to_the_verb(text, word, verb):
    token = next(t for t in parse(text) if t.text == word)
    assert (token.dep_, token.head.text) == ("obj", verb)


@pytest.mark.parametrize("text,word,head", [
    ("Ils ont manifesté mardi 14 mai à Bamako.", "mai", "14"),        # a date stays a date
    ("Les combats ont repris dimanche soir.", "soir", "dimanche"),      # a part of the day stays with its day
])
def test_date_phrases_are_left_alone(text, word, head):
    token = next(t for t in parse(text) if t.text == word)
    assert token.head.text == head and token.dep_ != "obj"


def test_a_line_break_starts_a_sentence():
    doc = parse("Trois soldats tués à Gao\nLe lendemain, l'armée a riposté.")
    assert [s.text.strip() for s in doc.sents] == ["Trois soldats tués à Gao", "Le lendemain, l'armée a riposté."]
