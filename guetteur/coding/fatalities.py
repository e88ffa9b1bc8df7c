"""Fatality figures of one event, by EVENTS.md section 6: conservative value, range, no double counting."""
from __future__ import annotations

from dataclasses import dataclass

from guetteur.model import FigureMention


@dataclass(slots=True)
class Casualties:
    fatalities: int = 0
    low: int | None = None
    best: int | None = None
    high: int | None = None
    injured: int | None = None
    disagreement: bool = False   # sources gave different death figures (said in notes)


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
