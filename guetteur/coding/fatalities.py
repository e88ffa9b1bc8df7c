"""Fatality figures of one event, by EVENTS.md section 6: conservative value, range, no double counting."""
from __future__ import annotations

from dataclasses import dataclass

from functools import lru_cache

from spacy.tokens import Span

from guetteur.model import FigureMention
from guetteur.resources import load_yaml
from guetteur.text import fold

LIMITED_ATTACK, MAJOR_ATTACK = 3, 10   # EVENTS.md section 6: deaths reported without a number


@dataclass(slots=True)
class Casualties:
    fatalities: int = 0
    low: int | None = None
    best: int | None = None
    high: int | None = None
    injured: int | None = None
    disagreement: bool = False   # sources gave different death figures (said in notes)
    estimated: bool = False      # deaths were said without a number; the count is the contract's default

    def estimate(self, deaths: int) -> None:
        """Record deaths told without a figure (EVENTS.md section 6 defaults), when there are any."""
        if deaths:
            self.fatalities = self.best = deaths
            self.estimated = True


def casualties(figures: list[FigureMention]) -> Casualties:
    """Combine the figures attached to one event. Figures are alternative reports of the same victims
    (different sources, or the same source updating), so they are never added up: the smallest best value
    is the conservative count, and the range spans every report."""
    killed = [f for f in figures if f.kind == "killed" and f.best is not None]
    injured = [f for f in figures if f.kind == "injured" and f.best is not None]
    result = Casualties(injured=min(f.best for f in injured) if injured else None)
    if not killed:
        return result
    bests = [f.best for f in killed]
    lows = [f.low if f.low is not None else f.best for f in killed]
    highs = [f.high if f.high is not None else f.best for f in killed]
    result.fatalities = min(bests)
    result.best = min(bests)
    result.low = min(lows)
    result.disagreement = len(set(bests)) > 1
    # one report: its own upper bound ("près de 50"); several: the largest figure any of them gave
    result.high = max(bests) if result.disagreement else (highs[0] if killed[0].high is not None else None)
    return result


@lru_cache(maxsize=None)
def _death_words(lang: str) -> dict[str, frozenset[str]]:
    data = load_yaml(lang, "figures.yml").get("unnumbered_deaths") or {}
    return {k: frozenset(fold(w) for w in data.get(k, ())) for k in ("limited", "major", "negators")}


def unnumbered_deaths(sentences: list[Span], lang: str) -> int:
    """Deaths said without a figure in the sentences that tell an event: 10 for a major one ("un massacre",
    "de nombreux morts"), 3 otherwise ("une attaque meurtrière"), 0 when no death is said or it is denied."""
    words = _death_words(lang)
    found = 0
    for sent in sentences:
        lemmas = [fold(t.lemma_) for t in sent]
        texts = [fold(t.text) for t in sent]
        for i in range(len(lemmas)):
            for n in (3, 2, 1):
                phrase = " ".join(texts[i:i + n])
                lemma_phrase = " ".join(lemmas[i:i + n])
                size = MAJOR_ATTACK if phrase in words["major"] or lemma_phrase in words["major"] else \
                    LIMITED_ATTACK if phrase in words["limited"] or lemma_phrase in words["limited"] else 0
                if size and not words["negators"] & set(texts[max(0, i - 3):i]):
                    found = max(found, size)
                    break
    return found
