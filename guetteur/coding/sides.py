"""Who is on each side of an event: the sides the text leaves implicit are filled by type, and the actors
decide between sibling sub-types (EVENTS.md sections 4 and 5)."""
from __future__ import annotations

from guetteur.coding.candidate import Candidate, vague_armed
from guetteur.taxonomy import disorder_type_of
from guetteur.geo.countries import by_iso2
from guetteur.model import Actor, Country, Mentions
from guetteur.understand.actors import generic_actor

ARMED = {1, 2, 3, 4, 8}
CIVILIANS = 7
_CIVILIAN_GROUPS = {"civilians", "children", "women", "migrants", "protesters", "journalists", "aid workers",
                    "students"}
# weapons used against crowds: their unqualified dead ("cinq personnes") are civilians
_CROWD_WEAPONS = {"Suicide bomb", "Grenade"}


def settle(c: Candidate, country: Country | None) -> None:
    """Fill the sides the text leaves implicit and let the actors decide between sibling sub-types."""
    home = by_iso2(c.place.country_iso2) if c.place is not None else country

    def generic(kind: str) -> Actor:
        return generic_actor(kind, home, focus=country)

    if disorder_type_of()[c.event_type] == "Political violence" and c.actor1 is not None \
            and c.actor1.inter == CIVILIANS and (c.actor2 is None or c.actor2.inter != CIVILIANS):
        c.actor1, c.actor2 = c.actor2, c.actor1   # civilians suffer political violence, they do not wage it
    c.sub_event_type = _sub_type_by_actors(c)
    _FILLERS[c.event_type](c, generic)
    if c.actor1 is not None and c.actor2 is not None and c.actor1.name == c.actor2.name:
        c.actor2 = None


def _sub_type_by_actors(c: Candidate) -> str:
    """A capture by a state force is a regain; an attack between armed actors a clash; a clash on
    civilians an attack."""
    sub = c.sub_event_type
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and c.actor1 is not None:
        return "Government regains territory" if c.actor1.inter == 1 else "Non-state actor overtakes territory"
    if sub == "Attack" and c.actor1 is not None and c.actor1.inter in ARMED and c.actor2 is not None \
            and c.actor2.inter in ARMED:
        return "Armed clash"
    if sub == "Armed clash" and c.actor2 is not None and c.actor2.inter == CIVILIANS:
        return "Attack"
    return sub


def _protest_sides(c: Candidate, generic) -> None:
    c.actor1 = c.actor1 if c.actor1 is not None and c.actor1.inter == 6 else generic("protesters")
    if c.sub_event_type == "Peaceful protest":
        c.actor2 = None
    elif c.actor2 is None or c.actor2.inter == 6:
        c.actor2 = generic("police")


def _riot_sides(c: Candidate, generic) -> None:
    if c.actor1 is None or c.actor1.inter not in (5, 6):
        c.actor2 = c.actor2 or c.actor1
        c.actor1 = generic("rioters")
    elif c.actor1.inter == 6:
        c.actor1 = generic("rioters")
    if c.sub_event_type == "Mob violence" and c.actor2 is None:
        c.actor2 = generic("civilians")   # a mob's victims are people, named or not


def _violence_against_civilians_sides(c: Candidate, generic) -> None:
    if c.actor1 is None or c.actor1.inter == CIVILIANS:
        c.actor1, c.actor2 = generic("unidentified"), c.actor1 or c.actor2
    if c.actor2 is None or c.actor2.inter != CIVILIANS:
        if c.actor2 is not None and c.actor2.inter in ARMED and c.actor2.name not in c.assoc2:
            c.assoc2.append(c.actor2.name)
        c.actor2 = generic("civilians")


def _armed_sides(c: Candidate, generic) -> None:
    if c.sub_event_type == "Remote explosive/landmine/IED" and c.actor2 is None and c.actor1 is not None \
            and c.actor1.inter in (1, 7, 8):
        # a mine's victims are named, its layers rarely: "leur véhicule a sauté sur une mine"
        c.actor1, c.actor2 = generic("unidentified"), c.actor1
    if c.actor2 is None and (_civilian_dead(c) or c.civilian_place):
        c.actor2 = generic("civilians")


def _civilian_dead(c: Candidate) -> bool:
    return any(f.group in _CIVILIAN_GROUPS or (f.group is None and c.sub_event_type in _CROWD_WEAPONS)
               for f in c.figures if f.kind == "killed")


def _strategic_sides(c: Candidate, generic) -> None:
    """Strategic developments keep the sides the text gives; looting a market or homes robs civilians."""
    if c.sub_event_type == "Looting/property destruction" and c.actor2 is None and c.civilian_place:
        c.actor2 = generic("civilians")


_FILLERS = {"Protests": _protest_sides, "Riots": _riot_sides,
            "Violence against civilians": _violence_against_civilians_sides,
            "Battles": _armed_sides, "Explosions/Remote violence": _armed_sides,
            "Strategic developments": _strategic_sides}


def name_perpetrator(c: Candidate, perpetrator: Actor | None, country: Country | None) -> None:
    """Political violence always has a perpetrator: the article's sole armed group when the text leaves it
    unnamed or generic, else an unidentified armed group; the sub-type is settled again with it."""
    if disorder_type_of()[c.event_type] != "Political violence":
        return
    if c.actor1 is not None and not vague_armed(c.actor1):
        return
    if perpetrator is not None and perpetrator != c.actor2:
        c.actor1 = perpetrator
    elif c.actor1 is None:
        home = by_iso2(c.place.country_iso2) if c.place is not None else country
        c.actor1 = generic_actor("unidentified", home, focus=country)
    settle(c, country)


def sole_armed_group(m: Mentions) -> Actor | None:
    """The one named non-state armed group of the article, if there is exactly one: an unclaimed attack
    ("des hommes armés", "les assaillants") in an article about that group is coded to it, as a coder
    reading the whole report would."""
    groups = {a.actor.name: a.actor for a in m.actors if a.actor.kind == "named" and a.actor.inter in (2, 3, 4)}
    return next(iter(groups.values())) if len(groups) == 1 else None
