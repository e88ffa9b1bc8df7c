"""Text normalisation shared by every lookup (gazetteer, actor dictionary, lexicons)."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[^\w']+|_")


def fold(s: str) -> str:
    """Lower case, no accents, apostrophes unified, punctuation and hyphens as single spaces.

    ``fold("Aïn-Zara")`` is ``"ain zara"``; ``fold("L’Armée")`` is ``"l'armee"``.
    """
    s = unicodedata.normalize("NFKD", s.translate(_APOSTROPHES))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(_NON_WORD.sub(" ", s).split())
