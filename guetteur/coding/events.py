"""From mentions to events: one candidate per eventful trigger, with its day, place, actors and figures;
then sides are settled (coding/sides.py) and repeated mentions merged (coding/merge.py) (EVENTS.md 2, 4-6)."""
from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache

from guetteur.coding import roles as role_finder
from guetteur.coding.candidate import Candidate
from guetteur.coding.fatalities import attach_figures, casualties, unnumbered_deaths
from guetteur.coding.merge import absorb, antecedent, merge_repeats
from guetteur.coding.notes import write_note
from guetteur.coding.sides import (CIVILIANS, adversaries, fight_under_patron, fill_adversary,
                                   name_perpetrator, settle, sole_armed_group)
from guetteur.taxonomy import disorder_type_of, event_type_of
from guetteur.geo.countries import by_iso2
from guetteur.model import (Actor, ActorMention, AnalyzedDoc, Country, DateMention, Event, Evidence,
                            Mentions, Place, PlaceMention, TriggerMention)
from guetteur.resources import load_yaml
from guetteur.text import fold, romanised
from guetteur.understand.attribution import attribution_for
from guetteur.understand.dates import governing_date
from guetteur.understand.figures import combine_parts

EVENTFUL = {"asserted", "reported"}


def code_events(adoc: AnalyzedDoc, mentions: Mentions) -> tuple[list[Event], set[int]]:
    """The article's events, and the ids (``id()``) of the figures they used (the rest may be tolls)."""
    candidates: list[Candidate] = []
    for trigger in sorted(mentions.triggers, key=lambda t: t.start):
        if trigger.modality not in EVENTFUL or trigger.sub_event_type not in event_type_of() \
                or _scene_setting(adoc, mentions, trigger):
            continue
        c = _candidate(adoc, mentions, trigger, candidates[-1] if candidates else None)
        recalled = antecedent(adoc, c, candidates)
        if recalled is not None:
            absorb(recalled, c)
        elif not _names_a_campaign(adoc, trigger) or (c.own_date and not _dated_apart(adoc, mentions, c)):
            candidates.append(c)
    used = attach_figures(adoc, mentions, candidates)   # running totals stay for the tolls
    for c in candidates:
        settle(c, mentions.country)
    merged = merge_repeats(candidates)
    for c in merged:
        fight_under_patron(c, mentions.country)
    fights = adversaries(merged, mentions)
    known = {a.actor.name: a.actor for a in mentions.actors}
    perpetrator = sole_armed_group(mentions)
    for c in merged:
        fill_adversary(c, known, fights)     # "chassées par les raids aériens": the target's adversary struck
        name_perpetrator(c, perpetrator, mentions.country)
        fill_adversary(c, known, fights)     # the perpetrator named from the article fights its adversary
        fight_under_patron(c, mentions.country)
    return [_to_event(adoc, mentions, c) for c in merged], used


# --------------------------------------------------------------------------- one candidate
def _candidate(adoc: AnalyzedDoc, m: Mentions, trigger: TriggerMention, previous: Candidate | None) -> Candidate:
    doc_id = adoc.article.id
    day, precision, date_mention = _day(adoc, m.dates, trigger, previous)
    place, geo_precision, place_mention = _place(adoc, m, trigger, previous)
    sent = adoc.doc[trigger.token].sent
    c = Candidate(trigger=trigger, sub_event_type=trigger.sub_event_type, day=day, time_precision=precision,
                  place=place, geo_precision=geo_precision, anchors=[trigger.start], sentences={sent.start_char},
                  own_date=date_mention is not None and sent.start_char <= date_mention.start < sent.end_char,
                  civilian_place=role_finder.strikes_civilian_place(adoc, trigger),
                  own_place=place_mention is not None and sent.start_char <= place_mention.start < sent.end_char)
    c.evidence.append(Evidence(doc_id, trigger.start, trigger.end, "event"))
    if date_mention is not None:
        c.evidence.append(Evidence(doc_id, date_mention.start, date_mention.end, "date"))
    if place_mention is not None:
        c.evidence.append(Evidence(doc_id, place_mention.start, place_mention.end, "location"))
    roles = role_finder.assign_roles(adoc, trigger, m.actors, m.attributions)
    c.actor1, c.assoc1 = _pick(roles.agents, c, "actor1", doc_id)
    c.actor2, c.assoc2 = _pick(roles.targets, c, "actor2", doc_id)
    c.paired = roles.paired and c.actor1 == c.actor2
    c.ascribed = roles.ascribed[0].actor if roles.ascribed else None
    for mention in roles.others:      # unplaced actors fill the empty sides, in reading order
        if c.actor1 is None and mention.actor != c.actor2:
            c.actor1 = mention.actor
            c.evidence.append(Evidence(doc_id, mention.start, mention.end, "actor1"))
        elif c.actor2 is None and mention.actor != c.actor1:
            c.actor2 = mention.actor
            c.evidence.append(Evidence(doc_id, mention.start, mention.end, "actor2"))
    attribution = attribution_for(adoc, m.attributions, trigger.start)
    if attribution is not None:
        c.reported_by.append(attribution.source)
    return c


def _pick(mentions: list[ActorMention], c: Candidate, field_name: str, doc_id: str) -> tuple[Actor | None, list[str]]:
    """First distinct actor of a side; the others on that side are its associates."""
    chosen: Actor | None = None
    assoc: list[str] = []
    for mention in mentions:
        if chosen is None:
            chosen = mention.actor
            c.evidence.append(Evidence(doc_id, mention.start, mention.end, field_name))
        elif mention.actor.name != chosen.name and mention.actor.name not in assoc:
            assoc.append(mention.actor.name)
    return chosen, assoc


def _day(adoc: AnalyzedDoc, dates: list[DateMention], trigger: TriggerMention,
         previous: Candidate | None) -> tuple[date | None, int, DateMention | None]:
    """The governing date; else the day of the event told just before (a story goes on); else the last day
    written before the trigger; else the publication day known only to the week (precision 2); never today.
    A date of an earlier sentence that an event of a later sentence has used dates that event, not this one:
    the story goes on from the last event."""
    mention = governing_date(adoc, dates, trigger.token)
    if mention is not None and mention.day is not None:
        sentence_start = adoc.sentence_at(trigger.start).start_char
        told_since = previous is not None and previous.day is not None \
            and mention.end < previous.trigger.start < sentence_start
        if told_since:
            return previous.day, previous.time_precision, None   # type: ignore[union-attr]
        return mention.day, mention.precision, mention
    if previous is not None and previous.day is not None:
        return previous.day, previous.time_precision, None
    published = adoc.article.published_day
    earlier = [d for d in dates if d.end <= trigger.start and d.day is not None and not (d.since or d.background)
               and (published is None or d.day <= published)]
    if earlier:   # the first event of the story, told after the day was given
        return earlier[-1].day, earlier[-1].precision, earlier[-1]
    return published, 2, None


def _place(adoc: AnalyzedDoc, m: Mentions, trigger: TriggerMention,
           previous: Candidate | None) -> tuple[Place | None, int, PlaceMention | None]:
    """The place named nearest the trigger in its sentence; else the nearest earlier one in the paragraph;
    else the place of the event told just before; else the article's main place; else its country."""
    sent = adoc.doc[trigger.token].sent
    scenes = [p for p in m.places if p.precision < 3 and _can_be_a_scene(adoc, m, p)]
    local = [p for p in scenes if sent.start_char <= p.start < sent.end_char]
    if local:
        best = min(local, key=lambda p: abs(p.start - trigger.start))
        return best.place, best.precision, best
    paragraph = adoc.paragraph_index(trigger.start)
    earlier = [p for p in scenes if p.end <= trigger.start and adoc.paragraph_index(p.start) == paragraph]
    if earlier:
        return earlier[-1].place, max(earlier[-1].precision, 2), earlier[-1]
    if previous is not None and previous.place is not None:
        return previous.place, previous.geo_precision, None
    main = main_place(m)
    if main is not None:
        return main.place, max(main.precision, 2), main
    return _country_place(m.country), 3, None


def _can_be_a_scene(adoc: AnalyzedDoc, m: Mentions, place: PlaceMention) -> bool:
    """Not where attackers set out from ("des avions dépêchés de Misrata"), nor where a source speaks
    ("selon un porte-parole militaire à Tripoli")."""
    return not role_finder.place_of_origin(adoc, place.start) \
        and not any(a.start <= place.start and place.end <= a.end for a in m.attributions)


def main_place(m: Mentions) -> PlaceMention | None:
    """The town the article is about: the most often named precise place of its focus country."""
    counts: dict[str, list[PlaceMention]] = {}
    for p in m.places:
        if p.precision < 3 and (m.country is None or p.place.country_iso2 == m.country.iso2):
            counts.setdefault(p.place.name, []).append(p)
    if not counts:
        return None
    return max(counts.values(), key=len)[0]


def _country_place(country: Country | None) -> Place | None:
    if country is None or country.latitude is None:
        return None
    return Place(name=country.name, country_iso2=country.iso2, latitude=country.latitude,
                 longitude=country.longitude, feature="country")


# --------------------------------------------------------------------------- what is not a new event
def _scene_setting(adoc: AnalyzedDoc, m: Mentions, trigger: TriggerMention) -> bool:
    """A trigger in a sentence that sums up a period ("au moins 130 civils ont été tués dans les combats
    depuis le début de l'année") or recalls history ("déclenché en 2011") names no new event."""
    sent = adoc.doc[trigger.token].sent
    inside = [d for d in m.dates if sent.start_char <= d.start < sent.end_char]
    dated_here = any(d.day is not None and d.precision == 1 and not (d.since or d.background) for d in inside)
    if any(d.since or d.background for d in inside) and not dated_here:
        return True
    return any(f.cumulative and f.kind is not None and sent.start_char <= f.start < sent.end_char
               for f in m.figures)


def _names_a_campaign(adoc: AnalyzedDoc, trigger: TriggerMention) -> bool:
    """"leur offensive contre la capitale", "la bataille de Tripoli": a campaign of many days; ACLED codes its
    days' events, not the campaign (`campaign_nouns` in resources/<lang>/modality.yml)."""
    token = adoc.doc[trigger.token]
    return token.pos_ in ("NOUN", "PROPN") and fold(token.lemma_) in _campaign_nouns(adoc.lang)


def _dated_apart(adoc: AnalyzedDoc, m: Mentions, c: Candidate) -> bool:
    """"the offensive it launched on the capital in early April": a campaign noun whose own words date its start
    to a period or another day than the event told around it is the campaign recalled, not a new event."""
    token = adoc.doc[c.trigger.token]
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return any(start <= d.start < end and (d.background or d.since or d.day != c.day) for d in m.dates)


@lru_cache(maxsize=None)
def _campaign_nouns(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml(lang, "modality.yml").get("campaign_nouns") or ())


# --------------------------------------------------------------------------- records
def interaction(inter1: int, inter2: int) -> int:
    """ACLED interaction: the two codes, smaller first; one-sided events give code then 0."""
    if not inter1 or not inter2:
        return max(inter1, inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def event_id(doc_id: str, c: Candidate) -> str:
    """Stable id: the same article re-extracted gives the same ids."""
    key = "|".join(str(x) for x in (doc_id, c.day, c.place.name if c.place else "", c.sub_event_type,
                                    c.actor1.name if c.actor1 else "", c.actor2.name if c.actor2 else "",
                                    c.trigger.start))
    return "GTR" + hashlib.sha1(key.encode()).hexdigest()[:12].upper()


def _confidence(c: Candidate) -> float:
    """A rough belief that the record is right, from how much of it the text states near the trigger."""
    score = 0.4
    score += 0.15 if any(e.field == "date" for e in c.evidence) else 0
    score += 0.15 if any(e.field == "location" for e in c.evidence) else 0
    score += 0.1 if c.actor1 is not None else 0
    score += 0.1 if c.actor2 is not None or c.event_type in ("Protests", "Strategic developments") else 0
    score -= 0.1 if c.trigger.modality == "reported" else 0
    return round(max(0.05, min(score, 0.95)), 2)


def _to_event(adoc: AnalyzedDoc, m: Mentions, c: Candidate) -> Event:
    article = adoc.article
    figures = casualties(combine_parts(adoc, c.figures))
    if figures.best is None and c.event_type != "Strategic developments":
        figures.estimate(unnumbered_deaths([adoc.sentence_at(start) for start in sorted(c.sentences)], adoc.lang))
    country = by_iso2(c.place.country_iso2) if c.place is not None else m.country
    inter1 = c.actor1.inter if c.actor1 else 0
    inter2 = c.actor2.inter if c.actor2 else 0
    civilian_targeting = inter2 == CIVILIANS or (c.sub_event_type == "Excessive force against protesters")
    event = Event(
        event_id=event_id(article.id, c),
        event_date=c.day.isoformat() if c.day else None, time_precision=c.time_precision,
        disorder_type=disorder_type_of()[c.event_type], event_type=c.event_type,
        sub_event_type=c.sub_event_type,
        actor1=c.actor1.name if c.actor1 else None, actor2=c.actor2.name if c.actor2 else None,
        inter1=inter1, inter2=inter2, interaction=interaction(inter1, inter2),
        civilian_targeting=civilian_targeting,
        country=country.name if country else None, iso3=country.iso3 if country else None,
        admin1=c.place.admin1 if c.place else None, admin2=c.place.admin2 if c.place else None,
        location=romanised(c.place.name) if c.place else None,
        latitude=c.place.latitude if c.place else None, longitude=c.place.longitude if c.place else None,
        geo_precision=c.geo_precision, geonames_id=c.place.geonames_id if c.place else None,
        fatalities=figures.fatalities, fatalities_low=figures.low, fatalities_best=figures.best,
        fatalities_high=figures.high, injured=figures.injured,
        notes="", confidence=_confidence(c),
        assoc_actor_1=c.assoc1, assoc_actor_2=c.assoc2,
        sources=[article.outlet] if article.outlet else [], reported_by=c.reported_by,
        documents=[article.id], evidence=sorted(c.evidence, key=lambda e: (e.start, e.field)),
    )
    event.notes = write_note(event, figures)
    return event
