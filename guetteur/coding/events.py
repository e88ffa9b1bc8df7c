"""From mentions to events: one candidate per eventful trigger, then sub-type, actors, place, day and
figures are settled, and repeated mentions of one event within the article are merged (EVENTS.md 2, 4-6)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from guetteur.coding import roles as role_finder
from guetteur.coding.fatalities import casualties, unnumbered_deaths
from guetteur.coding.notes import write_note
from guetteur.coding.taxonomy import disorder_type_of, event_type_of, more_specific
from guetteur.geo.countries import by_iso2
from guetteur.geo.gazetteer import distance_km
from guetteur.model import (Actor, ActorMention, AnalyzedDoc, Country, DateMention, Event, Evidence,
                            FigureMention, Mentions, Place, PlaceMention, TriggerMention)
from guetteur.understand.actors import generic_actor
from guetteur.understand.attribution import attribution_for
from guetteur.text import romanised
from guetteur.understand.dates import governing_date
from guetteur.understand.figures import combine_parts

EVENTFUL = {"asserted", "reported"}
NEAR_KM = 50         # two places this close in one sentence can be one event's (a village and its town)
ARMED = {1, 2, 3, 4, 8}
CIVILIANS = 7


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

    @property
    def event_type(self) -> str:
        return event_type_of()[self.sub_event_type]


def code_events(adoc: AnalyzedDoc, mentions: Mentions) -> tuple[list[Event], set[int]]:
    """The article's events, and the ids (``id()``) of the figures they used (the rest may be tolls)."""
    candidates: list[Candidate] = []
    for trigger in sorted(mentions.triggers, key=lambda t: t.start):
        if trigger.modality not in EVENTFUL or trigger.sub_event_type not in event_type_of() \
                or _scene_setting(adoc, mentions, trigger):
            continue
        c = _candidate(adoc, mentions, trigger, candidates[-1] if candidates else None)
        antecedent = _antecedent(adoc, c, candidates)
        if antecedent is not None:
            _absorb(antecedent, c)
        else:
            candidates.append(c)
    used = _attach_figures(adoc, mentions, candidates)
    for c in candidates:
        _settle_actors_and_type(c, mentions.country)
    merged = _merge(candidates)
    perpetrator = _sole_armed_group(mentions)
    for c in merged:
        _name_perpetrator(c, perpetrator, mentions.country)
    return [_to_event(adoc, mentions, c) for c in merged], used


# --------------------------------------------------------------------------- one candidate
def _candidate(adoc: AnalyzedDoc, m: Mentions, trigger: TriggerMention, previous: Candidate | None) -> Candidate:
    doc_id = adoc.article.id
    day, precision, date_mention = _day(adoc, m.dates, trigger, previous)
    place, geo_precision, place_mention = _place(adoc, m, trigger, previous)
    sent = adoc.doc[trigger.token].sent
    c = Candidate(trigger=trigger, sub_event_type=trigger.sub_event_type, day=day, time_precision=precision,
                  place=place, geo_precision=geo_precision, anchors=[trigger.start], sentences={sent.start_char},
                  own_date=date_mention is not None and sent.start_char <= date_mention.start < sent.end_char)
    c.evidence.append(Evidence(doc_id, trigger.start, trigger.end, "event"))
    if date_mention is not None:
        c.evidence.append(Evidence(doc_id, date_mention.start, date_mention.end, "date"))
    if place_mention is not None:
        c.evidence.append(Evidence(doc_id, place_mention.start, place_mention.end, "location"))
    roles = role_finder.assign_roles(adoc, trigger, m.actors)
    c.actor1, c.assoc1 = _pick(roles.agents, c, "actor1", doc_id)
    c.actor2, c.assoc2 = _pick(roles.targets, c, "actor2", doc_id)
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
    written before the trigger; else the publication day known only to the week (precision 2); never today."""
    mention = governing_date(adoc, dates, trigger.token)
    if mention is not None and mention.day is not None:
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
    local = [p for p in m.places if sent.start_char <= p.start < sent.end_char and p.precision < 3]
    if local:
        best = min(local, key=lambda p: abs(p.start - trigger.start))
        return best.place, best.precision, best
    paragraph = adoc.paragraph_index(trigger.start)
    earlier = [p for p in m.places if p.end <= trigger.start and p.precision < 3
               and adoc.paragraph_index(p.start) == paragraph]
    if earlier:
        return earlier[-1].place, max(earlier[-1].precision, 2), earlier[-1]
    if previous is not None and previous.place is not None:
        return previous.place, previous.geo_precision, None
    main = main_place(m)
    if main is not None:
        return main.place, max(main.precision, 2), main
    return _country_place(m.country), 3, None


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


def _sole_armed_group(m: Mentions) -> Actor | None:
    """The one named non-state armed group of the article, if there is exactly one: an unclaimed attack
    ("des hommes armés", "les assaillants") in an article about that group is coded to it, as a coder
    reading the whole report would."""
    groups = {a.actor.name: a.actor for a in m.actors if a.actor.kind == "named" and a.actor.inter in (2, 3, 4)}
    return next(iter(groups.values())) if len(groups) == 1 else None


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


def _antecedent(adoc: AnalyzedDoc, c: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The event an anaphoric noun refers back to ("l'attaque n'a pas été revendiquée", "ces raids",
    "attribue l'attentat à ..."): a definite or demonstrative noun trigger without a day of its own, in a
    place compatible with an event of the same kind told before."""
    token = adoc.doc[c.trigger.token]
    if c.own_date or token.pos_ not in ("NOUN", "PROPN") or not _definite(token):
        return None
    for previous in reversed(earlier):
        if disorder_type_of()[previous.event_type] != disorder_type_of()[c.event_type]:
            continue
        if c.place is not None and previous.place is not None and c.place.name != previous.place.name \
                and any(e.field == "location" for e in c.evidence) and c.geo_precision == 1:
            return None
        return previous
    return None


def _definite(token) -> bool:
    for child in token.children:
        if child.dep_ in ("det", "poss", "det:poss"):
            morph = child.morph
            if "Dem" in morph.get("PronType") or "Def" in morph.get("Definite") or "Yes" in morph.get("Poss") \
                    or child.lower_ in ("the", "this", "these", "that", "those"):
                return True
    return False


def _absorb(antecedent: Candidate, anaphor: Candidate) -> None:
    """An anaphoric mention adds its evidence and may name who did it ("attribuée aux ADF")."""
    antecedent.anchors.extend(anaphor.anchors)
    antecedent.evidence.extend(e for e in anaphor.evidence if e.field in ("event", "actor1", "actor2"))
    antecedent.reported_by.extend(r for r in anaphor.reported_by if r not in antecedent.reported_by)
    for actor in (anaphor.actor1, anaphor.actor2):
        # only a perpetrator is taken: the other actors of an anaphoric clause comment, condemn or claim
        if actor is not None and actor.kind == "named" and actor.inter in (2, 3, 4) \
                and actor not in (antecedent.actor1, antecedent.actor2) \
                and (antecedent.actor1 is None or antecedent.actor1.kind == "generic"):
            antecedent.actor1 = actor


# --------------------------------------------------------------------------- figures
def _attach_figures(adoc: AnalyzedDoc, m: Mentions, candidates: list[Candidate]) -> set[int]:
    """Give each figure of one incident to the event it belongs to: the nearest trigger of its sentence,
    else the last event told before it in the paragraph. Running totals stay for the tolls."""
    used: set[int] = set()
    for figure in m.figures:
        if figure.cumulative or figure.best is None:
            continue
        if figure.kind in _VICTIMS_OF:   # "six élèves enlevés": the abduction's victims, not a toll
            if any(c.sub_event_type == _VICTIMS_OF[figure.kind] and c.sentences & {adoc.sentence_at(figure.start).start_char}
                   for c in candidates):
                used.add(id(figure))
            continue
        if figure.kind not in ("killed", "injured"):
            continue
        owner = _owner(adoc, figure, candidates)
        if owner is not None:
            owner.figures.append(figure)
            owner.evidence.append(Evidence(adoc.article.id, figure.start, figure.end,
                                           "fatalities" if figure.kind == "killed" else "injured"))
            used.add(id(figure))
    return used


# figures that count the victims of an event of this sub-type, told in the same sentence
_VICTIMS_OF = {"abducted": "Abduction/forced disappearance", "arrested": "Arrests"}


def _owner(adoc: AnalyzedDoc, figure: FigureMention, candidates: list[Candidate]) -> Candidate | None:
    # deaths belong to violence: a looting or an arrest told in the same breath does not take them
    violent = [c for c in candidates if c.event_type != "Strategic developments"] or candidates
    sent = adoc.sentence_at(figure.start)
    same_sentence = [(abs(a - figure.start), i) for i, c in enumerate(violent) for a in c.anchors
                     if sent.start_char <= a < sent.end_char]
    if same_sentence:
        return violent[min(same_sentence)[1]]
    # a figure told after the event, with no event of its own, updates the last one told before it
    before = [c for c in violent if min(c.anchors) < figure.start]
    return max(before, key=lambda c: max(a for a in c.anchors if a < figure.start)) if before else None


# --------------------------------------------------------------------------- actors and sub-type
_CIVILIAN_GROUPS = {"civilians", "children", "women", "migrants", "protesters", "journalists", "aid workers",
                    "students"}
# weapons used against crowds: their unqualified dead ("cinq personnes") are civilians
_CROWD_WEAPONS = {"Suicide bomb", "Grenade"}

def _settle_actors_and_type(c: Candidate, country: Country | None) -> None:
    """Fill the sides the text leaves implicit and let the actors decide between sibling sub-types."""
    home = by_iso2(c.place.country_iso2) if c.place is not None else country

    def generic(kind: str) -> Actor:
        return generic_actor(kind, home, focus=country)
    victims_civilian = any(f.group in _CIVILIAN_GROUPS or (f.group is None and c.sub_event_type in _CROWD_WEAPONS)
                           for f in c.figures if f.kind == "killed")
    sub = c.sub_event_type
    etype = event_type_of()[sub]
    if disorder_type_of()[etype] == "Political violence" and c.actor1 is not None and c.actor1.inter == CIVILIANS \
            and (c.actor2 is None or c.actor2.inter != CIVILIANS):
        c.actor1, c.actor2 = c.actor2, c.actor1   # civilians suffer political violence, they do not wage it
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and c.actor1 is not None:
        sub = "Government regains territory" if c.actor1.inter == 1 else "Non-state actor overtakes territory"
    elif sub == "Attack" and c.actor2 is not None and c.actor2.inter in ARMED and c.actor1 is not None \
            and c.actor1.inter in ARMED:
        sub = "Armed clash"
    elif sub == "Armed clash" and c.actor2 is not None and c.actor2.inter == CIVILIANS:
        sub = "Attack"
    etype = event_type_of()[sub]
    if etype == "Protests":
        c.actor1 = c.actor1 if c.actor1 is not None and c.actor1.inter == 6 else generic("protesters")
        if sub == "Peaceful protest":
            c.actor2 = None
        elif c.actor2 is None or c.actor2.inter == 6:
            c.actor2 = generic("police")
    elif etype == "Riots":
        if c.actor1 is None or c.actor1.inter not in (5, 6):
            c.actor2 = c.actor2 or c.actor1
            c.actor1 = generic("rioters")
        elif c.actor1.inter == 6:
            c.actor1 = generic("rioters")
        if sub == "Mob violence" and c.actor2 is None:
            c.actor2 = generic("civilians")   # a mob's victims are people, named or not
    elif etype == "Violence against civilians":
        if c.actor1 is None or c.actor1.inter == CIVILIANS:
            c.actor1, c.actor2 = generic("unidentified"), c.actor1 or c.actor2
        if c.actor2 is None or c.actor2.inter != CIVILIANS:
            if c.actor2 is not None and c.actor2.inter in ARMED and c.actor2.name not in c.assoc2:
                c.assoc2.append(c.actor2.name)
            c.actor2 = generic("civilians")
    elif etype in ("Battles", "Explosions/Remote violence"):
        if sub == "Remote explosive/landmine/IED" and c.actor2 is None and c.actor1 is not None \
                and c.actor1.inter in (1, 7, 8):
            # a mine's victims are named, its layers rarely: "leur véhicule a sauté sur une mine"
            c.actor1, c.actor2 = generic("unidentified"), c.actor1
        if c.actor2 is None and victims_civilian:
            c.actor2 = generic("civilians")
    if c.actor1 is not None and c.actor2 is not None and c.actor1.name == c.actor2.name:
        c.actor2 = None
    c.sub_event_type = sub


def _name_perpetrator(c: Candidate, perpetrator: Actor | None, country: Country | None) -> None:
    """Political violence always has a perpetrator: the article's sole armed group when the text leaves it
    unnamed or generic, else an unidentified armed group; the sub-type is settled again with it."""
    if disorder_type_of()[c.event_type] != "Political violence":
        return
    if c.actor1 is not None and not (c.actor1.kind == "generic" and c.actor1.inter in (2, 3)):
        return
    if perpetrator is not None and perpetrator != c.actor2:
        c.actor1 = perpetrator
    elif c.actor1 is None:
        home = by_iso2(c.place.country_iso2) if c.place is not None else country
        c.actor1 = generic_actor("unidentified", home, focus=country)
    _settle_actors_and_type(c, country)


# --------------------------------------------------------------------------- merging within the article
def _same_event(a: Candidate, b: Candidate) -> bool:
    """Same type, day, place and actors; in one sentence, nearby places are the same place ("enlevés à
    Croix-des-Bouquets, au nord-est de la capitale"), and two words of violence about one day are one event
    ("des frappes ... ont touché un marché, tuant neuf civils")."""
    if a.day != b.day:
        return False
    one_sentence = bool(a.sentences & b.sentences)
    if a.event_type != b.event_type:
        violent = {disorder_type_of()[a.event_type], disorder_type_of()[b.event_type]} == {"Political violence"}
        if not (one_sentence and violent and _near(a.place, b.place)):
            return False
    elif a.place is not None and b.place is not None and a.place.name != b.place.name \
            and not (one_sentence and _near(a.place, b.place)):
        return False
    return _compatible(a.actor1, b.actor1, b.actor2) and _compatible(a.actor2, b.actor1, b.actor2)


def _near(a: Place | None, b: Place | None) -> bool:
    return a is None or b is None or distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_KM


def _compatible(actor: Actor | None, *others: Actor | None) -> bool:
    """An actor fits the other mention if that mention left the side open, names the same actor, or one of
    the two is a vague armed group ("des hommes armés" may well be the ADF named later)."""
    named = [o for o in others if o is not None and not _vague_armed(o)]
    return actor is None or _vague_armed(actor) or len(named) < 2 or any(o.name == actor.name for o in named)


def _better(kept: Actor | None, other: Actor | None) -> Actor | None:
    """The more informative of two names for one side: a named group over a vague armed group."""
    if kept is None or (other is not None and _vague_armed(kept) and not _vague_armed(other)):
        return other
    return kept


def _vague_armed(actor: Actor) -> bool:
    return actor.kind == "generic" and actor.inter in (2, 3)


def _merge(candidates: list[Candidate]) -> list[Candidate]:
    """One event per day, place, type and actor pair; later mentions add evidence, figures and details."""
    merged: list[Candidate] = []
    for c in candidates:
        target = next((m for m in merged if _same_event(m, c)), None)
        if target is None:
            merged.append(c)
            continue
        target.sub_event_type = more_specific(target.sub_event_type, c.sub_event_type)
        target.sentences |= c.sentences
        if target.place is None or (c.geo_precision < target.geo_precision and c.place is not None):
            target.place, target.geo_precision = c.place, c.geo_precision
        target.actor1 = _better(target.actor1, c.actor1 if c.actor1 != target.actor2 else c.actor2)
        target.actor2 = _better(target.actor2, c.actor2 if c.actor2 != target.actor1 else c.actor1)
        for name in c.assoc1:
            if name not in target.assoc1:
                target.assoc1.append(name)
        for name in c.assoc2:
            if name not in target.assoc2:
                target.assoc2.append(name)
        target.figures.extend(f for f in c.figures if all(f is not g for g in target.figures))
        target.reported_by.extend(r for r in c.reported_by if r not in target.reported_by)
        target.evidence.extend(c.evidence)
    return merged


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
