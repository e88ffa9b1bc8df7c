"""The one-sentence English note of an event: what, where, who, how many, per whom."""
from __future__ import annotations

from datetime import date

from guetteur.coding.fatalities import Casualties
from guetteur.model import Event
from guetteur.resources import load_yaml


def _when(event_date: str | None) -> str:
    if not event_date:
        return "On an unknown date"
    d = date.fromisoformat(event_date)
    return f"On {d.day} {d.strftime('%B')} {d.year}"


def write_note(event: Event, figures: Casualties) -> str:
    templates = load_yaml("en", "notes.yml")
    what = templates["verbs"][event.sub_event_type].format(
        a1=event.actor1 or templates["unknown_actor"], a2=event.actor2 or templates["unknown_target"],
        loc=event.location or "the area", country=event.country or "")
    where = f" in {event.location}" if event.location and "{loc}" not in templates["verbs"][event.sub_event_type] \
        else ""
    country = f" ({event.country})" if event.country and event.country != event.location else ""
    note = f"{_when(event.event_date)}, {what}{where}{country}."
    if figures.fatalities or figures.high:
        note += f" {figures.fatalities} reported killed"
        if figures.estimated:
            note += " (deaths reported without a figure; conventional estimate)"
        if figures.disagreement:
            note += f" (reports range from {figures.low} to {figures.high})"
        note += "."
    if figures.injured:
        note += f" {figures.injured} injured."
    if event.reported_by:
        note += " Per " + "; ".join(event.reported_by) + "."
    return note
