"""Language of an article: its own ``lang`` field when given, else lingua's detection."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from guetteur.model import Article

# Languages the news we read is likely to come in; fewer candidates make detection faster and surer.
CANDIDATES = (Language.FRENCH, Language.ENGLISH, Language.ARABIC, Language.SPANISH, Language.GERMAN,
              Language.PORTUGUESE, Language.ITALIAN)
SAMPLE_CHARS = 1000        # the opening of an article says its language; the rest only costs time
MIN_CONFIDENCE = 0.5       # below this, short or mixed snippets ("Kidal", "ok") are not trusted
MIN_LETTERS = 3


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The detector, built once per process (its language models load on first use)."""
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).build()


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence 0-1) of a text; (None, confidence) when detection is unreliable."""
    sample = (text or "")[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None, 0.0
    values = detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    confidence = round(best.value, 3)
    if confidence < MIN_CONFIDENCE:
        return None, confidence
    return best.language.iso_code_639_1.name.lower(), confidence


def article_language(article: Article) -> tuple[str | None, float]:
    """The article's declared language (trusted, confidence 1.0), else the detected one."""
    if article.lang and article.lang.strip():
        return article.lang.strip()[:2].lower(), 1.0
    return detect_language(f"{article.title or ''}\n{article.text}")
