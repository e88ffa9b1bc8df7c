"""The event taxonomy (EVENTS.md section 4), read from resources/taxonomy.yml."""
from __future__ import annotations

from functools import lru_cache

from guetteur.resources import load_yaml


@lru_cache(maxsize=None)
def event_type_of() -> dict[str, str]:
    """sub_event_type -> event_type."""
    return {sub: etype for types in load_yaml("taxonomy.yml").values()
            for etype, subs in types.items() for sub in subs}


@lru_cache(maxsize=None)
def disorder_type_of() -> dict[str, str]:
    """event_type -> disorder_type."""
    return {etype: disorder for disorder, types in load_yaml("taxonomy.yml").items() for etype in types}


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return event_type_of().get(sub_event_type) == event_type


# When two mentions of one event disagree on the sub-type, the one that says more wins: the weapon over the
# generic word ("une frappe ... tuant neuf civils" is an air strike), a capture or an abduction over a clash.
_SPECIFICITY = {"Armed clash": 0, "Attack": 0, "Peaceful protest": 0, "Other": 0,
                "Government regains territory": 1, "Non-state actor overtakes territory": 1,
                "Sexual violence": 2, "Abduction/forced disappearance": 2,
                "Violent demonstration": 2}    # force used on a riot is part of the riot
_WEAPON_TYPE = "Explosions/Remote violence"


def _rank(sub: str) -> int:
    if event_type_of().get(sub) == _WEAPON_TYPE:
        return 2
    return _SPECIFICITY.get(sub, 1)


def more_specific(a: str, b: str) -> str:
    """Of two sub-types given to one event, the one that says more; on a tie, the first."""
    return a if _rank(a) >= _rank(b) else b
