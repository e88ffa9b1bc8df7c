"""Who is on each side of an event: the sides the text leaves implicit are filled by type, and the actors
decide between sibling sub-types (EVENTS.md sections 4 and 5)."""
from __future__ import annotations

from collections import Counter

from guetteur.coding.candidate import Candidate, vague_armed
from guetteur.taxonomy import disorder_type_of
from guetteur.geo.countries import by_iso2
from guetteur.model import ARMED_INTERS, Actor, Country, Mentions
from guetteur.understand.actors import actor_dictionary, generic_actor

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
    if c.paired and c.actor1 is not None and c.actor1 == c.actor2:
        c.actor1 = c.actor2 = _paired_kind(c.actor1, home, generic)
    elif c.actor1 is not None and c.actor2 is not None and c.actor1.name == c.actor2.name:
        c.actor2 = None


def _paired_kind(actor: Actor, home: Country | None, generic) -> Actor:
    """The name an unnamed kind fighting itself takes (`paired_as` in resources/actors.yml: two militias
    clashing are unidentified armed groups for ACLED; rival gangs stay gangs)."""
    config = actor_dictionary().generic
    for kind, as_kind in (config.get("paired_as") or {}).items():
        if actor.name == generic_actor(kind, home).name:
            return generic(as_kind)
    return actor


def _sub_type_by_actors(c: Candidate) -> str:
    """A capture by a state force is a regain; an attack between armed actors a clash; a clash on
    civilians an attack."""
    sub = c.sub_event_type
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and c.actor1 is not None:
        return "Government regains territory" if c.actor1.inter == 1 else "Non-state actor overtakes territory"
    if sub == "Attack" and c.actor1 is not None and c.actor1.inter in ARMED_INTERS and c.actor2 is not None \
            and c.actor2.inter in ARMED_INTERS:
        return "Armed clash"
    if sub == "Armed clash" and c.actor2 is not None and c.actor2.inter == CIVILIANS:
        return "Attack"
    return sub


def _protest_sides(c: Candidate, generic) -> None:
    """Protesters on one side; when force is used, the force the text names (soldiers, a paramilitary), else
    the police. ACLED lists the force first when it used excessive force, the protesters first otherwise."""
    force = next((a for a in (c.actor1, c.actor2) if a is not None and a.inter in ARMED_INTERS), None)
    protesters = next((a for a in (c.actor1, c.actor2) if a is not None and a.inter == 6), None)
    protesters = protesters or generic("protesters")
    if c.sub_event_type == "Peaceful protest":
        c.actor1, c.actor2 = protesters, None
    elif c.sub_event_type == "Excessive force against protesters":
        c.actor1, c.actor2 = force or generic("police"), protesters
    else:
        c.actor1, c.actor2 = protesters, force or generic("police")


def _riot_sides(c: Candidate, generic) -> None:
    if c.actor1 is None or c.actor1.inter not in (5, 6):
        c.actor2 = c.actor2 or c.actor1
        c.actor1 = generic("rioters")
    elif c.actor1.inter == 6:
        c.actor1 = generic("rioters")
    if c.sub_event_type == "Mob violence" and (c.actor2 is None or vague_armed(c.actor2)):
        c.actor2 = generic("civilians")   # a mob's victims are people, named or not; a lynched "assaillant"
                                          # is an unarmed suspect by then


def _violence_against_civilians_sides(c: Candidate, generic) -> None:
    if c.actor1 is None or c.actor1.inter == CIVILIANS:
        c.actor1, c.actor2 = generic("unidentified"), c.actor1 or c.actor2
    if c.actor2 is None or c.actor2.inter != CIVILIANS:
        if c.actor2 is not None and c.actor2.inter in ARMED_INTERS and c.actor2.name not in c.assoc2:
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
    if c.paired or (c.actor1 is not None and not vague_armed(c.actor1)):
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


# sub-types fought between two armed sides: a side the text leaves unnamed is the known side's adversary
_TWO_SIDED = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
              "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}


def adversaries(candidates: list[Candidate], m: Mentions) -> dict[str, Counter]:
    """Who fights whom in the article: the armed pairs its events name, else (for an actor never paired)
    the other armed actors the article names, counted by mentions (named actors and state forces only)."""
    pairs: dict[str, Counter] = {}
    for c in candidates:
        if c.actor1 is not None and c.actor2 is not None \
                and c.actor1.inter in ARMED_INTERS and c.actor2.inter in ARMED_INTERS:
            pairs.setdefault(c.actor1.name, Counter())[c.actor2.name] += 2
            pairs.setdefault(c.actor2.name, Counter())[c.actor1.name] += 2
    named = Counter(a.actor.name for a in m.actors
                    if a.actor.inter in ARMED_INTERS and (a.actor.kind == "named" or a.actor.inter in (1, 8)))
    for name in named:
        if not pairs.get(name):
            pairs[name] = Counter({other: 1 for other in named if other != name})
    return pairs


def fill_adversary(c: Candidate, article_actors: dict[str, Actor], fights: dict[str, Counter]) -> None:
    """"les forces armées ont pris la caserne", "un drone de l'ANL a frappé Misrata": a battle or a strike
    whose other side is unnamed is against the known side's adversary in the article (the side it fights in
    the article's other events, else the armed actor the article names most), as a coder reading the whole
    report would; a one-sided strike on civilians or a place of civilian life stays as it is."""
    if c.sub_event_type not in _TWO_SIDED or (c.actor1 is None) == (c.actor2 is None):
        return
    known = c.actor1 or c.actor2
    if known.inter not in ARMED_INTERS:
        return
    ranked = [name for name, _ in (fights.get(known.name) or Counter()).most_common()
              if name != known.name and name in article_actors and not _same_state(known, article_actors[name])]
    if not ranked:
        return
    other = article_actors[ranked[0]]
    if c.actor1 is None:
        c.actor1 = other
    else:
        c.actor2 = other
    c.sub_event_type = _sub_type_by_actors(c)


def _same_state(a: Actor, b: Actor) -> bool:
    """Two state forces of one country (army and police) are one side, never each other's adversary."""
    return a.inter in (1, 8) and b.inter in (1, 8) and a.country_iso3 == b.country_iso3


def fight_under_patron(c: Candidate, country: Country | None) -> None:
    """A militia that fights for a state force (`fights_for` in resources/actors.yml: Tripoli's brigades for
    the GNA in 2019) is that force's associate: the force is the side, the militia goes to the associates."""
    if c.day is None or disorder_type_of()[c.event_type] != "Political violence":
        return
    iso3 = country.iso3 if country else None
    for field_name, assoc in (("actor1", c.assoc1), ("actor2", c.assoc2)):
        actor = getattr(c, field_name)
        patron = actor_dictionary().patron_of(actor.name, c.day, iso3) if actor is not None else None
        other = c.actor2 if field_name == "actor1" else c.actor1
        if patron is not None and (other is None or other.name != patron.name):
            assoc.insert(0, actor.name)
            setattr(c, field_name, patron)
    c.sub_event_type = _sub_type_by_actors(c)
