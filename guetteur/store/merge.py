"""Reports of one event by different articles become one stored event (EVENTS.md section 7).

``best_match`` says which stored event a new report describes; ``merge_into`` folds the report into it. The
store passes as candidates the events of the same country dated within ``MERGE_DAYS`` of the report.
Rules and their reasons are in docs/store.md ("Merging reports").
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import pycountry

from guetteur.coding.events import interaction
from guetteur.coding.fatalities import Casualties
from guetteur.coding.notes import write_note
from guetteur.geo.countries import by_iso2
from guetteur.geo.gazetteer import distance_km
from guetteur.model import Event, day_of
from guetteur.taxonomy import disorder_type_of, event_type_of, more_specific
from guetteur.understand.actors import actor_dictionary, generic_actor

MERGE_DAYS: int = 1
NEAR_KM = 25.0            # two reports' places this close are one place (EVENTS.md 7)
REGION_PRECISION = 3      # geo_precision of a place known only as its region (coded to the region's capital)
CONFIDENCE_STEP = 0.05    # what one corroborating outlet adds to the record's confidence
CONFIDENCE_CAP = 0.95     # the coder's own ceiling: corroboration never makes a record certain
CIVILIANS_INTER = 7
CROWD_INTERS = (5, 6)   # rioters, protesters
STATE_INTERS = (1, 8)   # a country's own forces, and states' forces abroad
NON_STATE_INTERS = (2, 3, 4)   # rebels, political and identity militias

# Event types that outlets mix up for one fight: a shelling told as "combats", a strike on a village told as an
# attack on civilians, a protest one outlet calls a riot. Strategic developments form no family: an arrest and
# a looting on one day are two events, so their sub-types must agree.
_FAMILY = {"Battles": "armed", "Explosions/Remote violence": "armed", "Violence against civilians": "armed",
           "Protests": "crowd", "Riots": "crowd"}
_SAME_SUB_TYPE_ONLY = "Strategic developments"


# --------------------------------------------------------------------------- actors
@lru_cache(maxsize=1)
def _generic_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every generic actor name, the vague armed ones), built as generic_actor builds them for every country:
    "Civilians (Mali)" is generic; "Jihadist militants (Mali)", "Unidentified armed group (Mali)" are vague
    armed groups (inter 2 or 3) that a named group may stand for."""
    kinds = actor_dictionary().generic.get("kinds") or {}
    countries = [c for c in (by_iso2(r.alpha_2) for r in pycountry.countries) if c is not None]
    every: set[str] = set()
    vague: set[str] = set()
    for kind, spec in kinds.items():
        names = {generic_actor(kind, country).name for country in countries} | {generic_actor(kind, None).name}
        every |= names
        if spec.get("inter") in (2, 3):
            vague |= names
    return frozenset(every), frozenset(vague)


def is_generic(name: str) -> bool:
    return name in _generic_names()[0]


def is_vague_armed(name: str) -> bool:
    return name in _generic_names()[1]


def _side_fits(a: str | None, inter_a: int, b: str | None, inter_b: int, disputed: bool = False) -> bool:
    """Two reports' actors of one side may be one actor: a side left open, the same name, a vague armed group
    and a named group (or two vague ones), or a generic actor and a named one of the same kind (the army and
    the FARDC), a crowd called protesters and rioters. Two different named actors, or two different generic
    ones, are two actors; except, when
    ``disputed``, the forces of two states (outlets often disagree on whose aircraft or guns struck) and
    civilians and an armed group (a strike "on jihadist positions" that killed villagers)."""
    if a is None or b is None or a == b:
        return True
    if disputed and ({inter_a, inter_b} <= set(STATE_INTERS) and is_generic(a) and is_generic(b)
                     or _civilians_or_armed_group(inter_a, inter_b)):
        return True
    vague_a, vague_b = is_vague_armed(a), is_vague_armed(b)
    if vague_a or vague_b:
        return (vague_a and vague_b) or not is_generic(b if vague_a else a)
    generic_a, generic_b = is_generic(a), is_generic(b)
    if generic_a and generic_b:   # one outlet's protesters are another's rioters
        return inter_a in CROWD_INTERS and inter_b in CROWD_INTERS
    return generic_a != generic_b and inter_a == inter_b


def _civilians_or_armed_group(inter_a: int, inter_b: int) -> bool:
    return max(inter_a, inter_b) == CIVILIANS_INTER and min(inter_a, inter_b) in NON_STATE_INTERS


def _oriented(stored: Event, new: Event, disputed: bool = False) -> bool | None:
    """Whether the new report's actors line up with the stored ones as they are (True), swapped (False: ACLED
    actors carry no direction), or not at all (None)."""
    straight = _side_fits(stored.actor1, stored.inter1, new.actor1, new.inter1, disputed) \
        and _side_fits(stored.actor2, stored.inter2, new.actor2, new.inter2, disputed)
    if straight:
        return True
    swapped = _side_fits(stored.actor1, stored.inter1, new.actor2, new.inter2, disputed) \
        and _side_fits(stored.actor2, stored.inter2, new.actor1, new.inter1, disputed)
    return False if swapped else None


def _orientation(stored: Event, new: Event) -> bool | None:
    """_oriented, letting the perpetrating state or the kind of victims differ when everything else says it is
    one strike or fight: the same sub-type, town, day and death toll."""
    found = _oriented(stored, new)
    if found is None and _told_alike(stored, new):
        return _oriented(stored, new, disputed=True)
    return found


def _told_alike(stored: Event, new: Event) -> bool:
    return stored.sub_event_type == new.sub_event_type and stored.event_date == new.event_date \
        and stored.location is not None and stored.location == new.location \
        and max(stored.geo_precision, new.geo_precision) < REGION_PRECISION and _figures_agree(stored, new) > 0


def _shared_actors(stored: Event, new: Event) -> int:
    """How many actors that say who fought both reports name (vague groups and civilians say little)."""
    def telling(event: Event) -> set[str]:
        sides = ((event.actor1, event.inter1), (event.actor2, event.inter2))
        return {name for name, inter in sides
                if name is not None and inter != CIVILIANS_INTER and not is_vague_armed(name)}
    return len(telling(stored) & telling(new))


# --------------------------------------------------------------------------- place, day, type
def _distance(a: Event, b: Event) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def _same_place(a: Event, b: Event, regional: bool) -> bool:
    """Within NEAR_KM or the same admin2; a report that knows only the region matches any place of it."""
    distance = _distance(a, b)
    if distance is not None and distance <= NEAR_KM:
        return True
    if a.admin2 and a.admin2 == b.admin2:
        return True
    return regional and bool(a.admin1) and a.admin1 == b.admin1


def _days_apart(a: Event, b: Event) -> int | None:
    day_a, day_b = day_of(a.event_date), day_of(b.event_date)
    return None if day_a is None or day_b is None else abs((day_a - day_b).days)


def _types_fit(a: Event, b: Event) -> bool:
    if a.event_type == _SAME_SUB_TYPE_ONLY or b.event_type == _SAME_SUB_TYPE_ONLY:
        return a.sub_event_type == b.sub_event_type
    if a.event_type == b.event_type:
        return True
    family = _FAMILY.get(a.event_type)
    return family is not None and family == _FAMILY.get(b.event_type)


# --------------------------------------------------------------------------- matching
def _figures_agree(a: Event, b: Event) -> int:
    """+1 when both reports give death figures whose ranges overlap, -1 when they are far apart, else 0."""
    if a.fatalities_low is None or b.fatalities_low is None:
        return 0
    high_a = a.fatalities_high if a.fatalities_high is not None else a.fatalities
    high_b = b.fatalities_high if b.fatalities_high is not None else b.fatalities
    if a.fatalities_low <= high_b and b.fatalities_low <= high_a:
        return 1
    return 1 if max(high_a, high_b) <= 2 * min(high_a, high_b) else -1


def _is_same_event(stored: Event, new: Event) -> bool:
    if set(stored.documents) & set(new.documents):
        return False   # the per-article coder already merged or kept apart the events of one article
    if stored.iso3 and new.iso3 and stored.iso3 != new.iso3:
        return False
    apart = _days_apart(stored, new)
    if apart is None or apart > MERGE_DAYS or not _types_fit(stored, new) or _orientation(stored, new) is None:
        return False
    if apart and not _day_gap_explained(stored, new):
        return False
    regional = max(stored.geo_precision, new.geo_precision) >= REGION_PRECISION
    if not _same_place(stored, new, regional):
        return False
    if stored.event_type != new.event_type or regional:
        # a type told differently, or a place known only as a region, needs the actors to confirm it;
        # a region also needs the same type
        return _shared_actors(stored, new) > 0 and not (regional and stored.event_type != new.event_type)
    return True


def _day_gap_explained(stored: Event, new: Event) -> bool:
    """Reports a day apart (a night, a late dispatch) are one event when their death tolls agree, when neither
    counts deaths, or when a day is only the publication's week. One that counts deaths and one that counts
    none, a day apart, are more often two days of one campaign (a town taken, then held)."""
    if max(stored.time_precision, new.time_precision) > 1:
        return True
    return _figures_agree(stored, new) > 0 or stored.fatalities == new.fatalities == 0


def _score(stored: Event, new: Event) -> float:
    """How well a candidate agrees with the report, to choose among several that could be it."""
    distance = _distance(stored, new)
    closeness = 1 - min(distance, NEAR_KM) / NEAR_KM if distance is not None else 0.0
    return (2.0 * (stored.event_type == new.event_type) + (stored.sub_event_type == new.sub_event_type)
            + _shared_actors(stored, new) + (_days_apart(stored, new) == 0) + closeness
            + 0.5 * _figures_agree(stored, new))


def best_match(new: Event, candidates: Sequence[Event]) -> Event | None:
    """The stored event this report describes, or None; among several, the best agreeing one (the first on a
    tie, so the result does not depend on anything but the order the store gives)."""
    fitting = [(-_score(c, new), i) for i, c in enumerate(candidates) if _is_same_event(c, new)]
    return candidates[min(fitting)[1]] if fitting else None


# --------------------------------------------------------------------------- merging
def _united(first: list, second: list) -> list:
    return first + [x for x in second if x not in first]


def _better_actor(kept: str | None, kept_inter: int, other: str | None, other_inter: int,
                  other_typed: bool) -> tuple[str | None, int]:
    """A named actor over a generic one, any name over none; of two generic ones, the one of the report whose
    type the record takes (the rioters of a riot, not the protesters); otherwise the stored one."""
    if other is None or kept is None:
        return (kept, kept_inter) if other is None else (other, other_inter)
    if is_generic(kept) and (not is_generic(other) or other_typed):
        return other, other_inter
    return kept, kept_inter


def _casualties(stored: Event, new: Event) -> Casualties:
    """EVENTS.md 6 across reports: never added up; the lowest figure any report gave is the fatalities, the
    range spans every report, and best is the latest report's figure (a later toll updates an earlier one).
    Deaths told without a figure (no low) count only when no report gives one."""
    reports = (stored, new)
    figured = [e for e in reports if e.fatalities_low is not None]
    result = Casualties(injured=min((e.injured for e in reports if e.injured is not None), default=None))
    if not figured:
        estimates = [e.fatalities for e in reports if e.fatalities]
        result.estimate(min(estimates, default=0))
        return result
    result.fatalities = min(e.fatalities for e in figured)
    result.low = min(e.fatalities_low for e in figured)  # type: ignore[type-var]
    result.high = max(e.fatalities_high if e.fatalities_high is not None else e.fatalities for e in figured)
    result.best = figured[-1].fatalities_best if figured[-1].fatalities_best is not None else result.fatalities
    result.disagreement = len(figured) > 1 and result.high != result.low
    return result


def _place_fields(event: Event) -> dict:
    return {name: getattr(event, name) for name in ("country", "iso3", "admin1", "admin2", "location",
                                                    "latitude", "longitude", "geo_precision", "geonames_id")}


def merge_into(stored: Event, new: Event) -> Event:
    """A new Event: the stored one (its id kept) updated by another report of it (docs/store.md)."""
    if _orientation(stored, new) is False:
        new = replace(new, actor1=new.actor2, actor2=new.actor1, inter1=new.inter2, inter2=new.inter1,
                      assoc_actor_1=new.assoc_actor_2, assoc_actor_2=new.assoc_actor_1)
    sub_event_type = more_specific(stored.sub_event_type, new.sub_event_type)
    typed_by_new = sub_event_type != stored.sub_event_type
    actor1, inter1 = _better_actor(stored.actor1, stored.inter1, new.actor1, new.inter1, typed_by_new)
    actor2, inter2 = _better_actor(stored.actor2, stored.inter2, new.actor2, new.inter2, typed_by_new)
    event_type = event_type_of().get(sub_event_type, stored.event_type)
    dated = new if new.event_date and (not stored.event_date or new.time_precision < stored.time_precision) \
        else stored
    placed = new if new.geo_precision < stored.geo_precision and new.location else stored
    figures = _casualties(stored, new)
    corroborated = bool(set(new.sources) - set(stored.sources)) or not new.sources
    merged = replace(
        stored, **_place_fields(placed),
        event_date=dated.event_date, time_precision=dated.time_precision,
        disorder_type=disorder_type_of().get(event_type, stored.disorder_type), event_type=event_type, sub_event_type=sub_event_type,
        actor1=actor1, actor2=actor2, inter1=inter1, inter2=inter2, interaction=interaction(inter1, inter2),
        civilian_targeting=stored.civilian_targeting or new.civilian_targeting,
        fatalities=figures.fatalities, fatalities_low=figures.low, fatalities_best=figures.best,
        fatalities_high=figures.high, injured=figures.injured,
        confidence=round(min(CONFIDENCE_CAP, max(stored.confidence, new.confidence)
                             + (CONFIDENCE_STEP if corroborated else 0.0)), 2),
        assoc_actor_1=[a for a in _united(stored.assoc_actor_1, new.assoc_actor_1) if a not in (actor1, actor2)],
        assoc_actor_2=[a for a in _united(stored.assoc_actor_2, new.assoc_actor_2) if a not in (actor1, actor2)],
        sources=_united(stored.sources, new.sources), reported_by=_united(stored.reported_by, new.reported_by),
        documents=_united(stored.documents, new.documents), evidence=_united(stored.evidence, new.evidence))
    merged.notes = write_note(merged, figures)
    return merged
