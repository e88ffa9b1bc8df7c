"""Text normalisation shared by every lookup (gazetteer, actor dictionary, lexicons)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[^\w']+|_")


@lru_cache(maxsize=262144)   # every finder folds the same words over and over
def fold(s: str) -> str:
    """Lower case, no accents, apostrophes unified, punctuation and hyphens as single spaces.

    ``fold("Aïn-Zara")`` is ``"ain zara"``; ``fold("L’Armée")`` is ``"l'armee"``.
    """
    s = unicodedata.normalize("NFKD", s.translate(APOSTROPHES))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(_NON_WORD.sub(" ", s).split())


_TRANSLITERATION_MARKS = str.maketrans("", "", "\u2018\u2019\u02bf\u02be\u02bb\u02bc`")


def romanised(name: str) -> str:
    """A place name as ACLED writes it: Latin letters without diacritics or ayn/hamza marks, case kept
    ("Al \u2018Az\u012bz\u012byah" -> "Al Aziziyah", "\u015eurm\u0101n" -> "Surman")."""
    s = unicodedata.normalize("NFKD", name.translate(_TRANSLITERATION_MARKS))
    return "".join(c for c in s if not unicodedata.combining(c))
