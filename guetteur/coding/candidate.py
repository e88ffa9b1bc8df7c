"""The working record of one event while an article is coded: everything the text says near its triggers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from guetteur.taxonomy import event_type_of
from guetteur.model import Actor, Evidence, FigureMention, Place, TriggerMention


@dataclass(slots=True)
class Candidate:
    """One mention of an event, with everything the article says about it near the trigger."""
    trigger: TriggerMention
    sub_event_type: str
    day: date | None
    time_precision: int
    place: Place | None
    geo_precision: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc1: list[str] = field(default_factory=list)
    assoc2: list[str] = field(default_factory=list)
    figures: list[FigureMention] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)   # offsets of every trigger that names this event
    sentences: set[int] = field(default_factory=set)   # start offsets of the sentences naming it
    own_date: bool = False    # the day was written in the trigger's own sentence
    own_place: bool = False   # the place was written in the trigger's own sentence
    civilian_place: bool = False   # what it hit is a place of civilian life (a market, homes, a village)
    paired: bool = False      # one unnamed armed kind on both sides ("deux groupes armés", "gangs rivaux")
    ascribed: Actor | None = None   # the author the text ascribes it to ("attribuées à l'aviation russe")

    @property
    def event_type(self) -> str:
        return event_type_of()[self.sub_event_type]


def vague_armed(actor: Actor) -> bool:
    """A generic armed actor ("des hommes armés", "des jihadistes") that a named group may stand for."""
    return actor.kind == "generic" and actor.inter in (2, 3)
