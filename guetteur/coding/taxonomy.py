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


# When two mentions of one event disagree on the sub-type, the more specific one wins.
_SPECIFICITY = {"Armed clash": 0, "Attack": 0, "Peaceful protest": 0, "Other": 0}


def more_specific(a: str, b: str) -> str:
    """Of two sub-types of the same event type, the one that says more (a capture over a clash)."""
    return a if _SPECIFICITY.get(a, 1) >= _SPECIFICITY.get(b, 1) else b
