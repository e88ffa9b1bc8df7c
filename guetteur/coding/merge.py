"""Repeated mentions of one event within an article become one event: anaphoric nouns ("l'attaque n'a pas
été revendiquée") join the event they recall, and candidates of one day, place and actor pair are merged."""
from __future__ import annotations

from functools import lru_cache

from guetteur.coding.candidate import Candidate, vague_armed
from guetteur.taxonomy import disorder_type_of, more_specific
from guetteur.geo.gazetteer import distance_km
from guetteur.model import ARMED_INTERS, Actor, AnalyzedDoc, Place
from guetteur.resources import load_yaml
from guetteur.text import fold

# a change of hands is an outcome of its own: a strike told with it in one sentence is another event
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
NEAR_KM = 50         # two places this close in one sentence can be one event's (a village and its town)


def antecedent(adoc: AnalyzedDoc, c: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """The event an anaphoric noun refers back to ("l'attaque n'a pas été revendiquée", "ces raids",
    "attribue l'attentat à ..."): a definite or demonstrative noun trigger without a day of its own, in a
    place compatible with an event of the same kind told before."""
    token = adoc.doc[c.trigger.token]
    if token.pos_ not in ("NOUN", "PROPN") or not _definite(token) or (c.own_date and not _claimed(adoc, token)):
        return None
    for previous in reversed(earlier):
        if disorder_type_of()[previous.event_type] != disorder_type_of()[c.event_type]:
            continue
        if c.event_type == "Explosions/Remote violence" and previous.event_type != c.event_type:
            continue      # "les raids aériens" recall a strike, never the capture told before them
        if c.place is not None and previous.place is not None and c.place.name != previous.place.name \
                and any(e.field == "location" for e in c.evidence) and c.geo_precision == 1:
            return None
        return previous
    return None


def _claimed(adoc: AnalyzedDoc, token) -> bool:
    """"L'attaque n'avait pas été revendiquée mardi matin": the day of a claim or an ascription is the day it
    was said, the noun still recalls the event (`recall_verbs` in resources/<lang>/modality.yml)."""
    return token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj") \
        and fold(token.head.lemma_) in _recall_verbs(adoc.lang)


@lru_cache(maxsize=None)
def _recall_verbs(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml(lang, "modality.yml").get("recall_verbs") or ())


def _definite(token) -> bool:
    for child in token.children:
        if child.dep_ in ("det", "poss", "det:poss"):
            morph = child.morph
            if "Dem" in morph.get("PronType") or "Def" in morph.get("Definite") or "Yes" in morph.get("Poss") \
                    or child.lower_ in ("the", "this", "these", "that", "those"):
                return True
    return False


def absorb(antecedent: Candidate, anaphor: Candidate) -> None:
    """An anaphoric mention adds its evidence and may name who did it ("attribuée aux ADF", "attribuées à
    l'aviation russe": the author it is ascribed to, whoever it is, replaces a generic or missing one)."""
    antecedent.anchors.extend(anaphor.anchors)
    author = anaphor.ascribed
    if author is not None and author.kind == "named" and author != antecedent.actor2 \
            and (antecedent.actor1 is None or antecedent.actor1.kind == "generic"):
        antecedent.actor1 = author
    antecedent.evidence.extend(e for e in anaphor.evidence if e.field in ("event", "actor1", "actor2"))
    antecedent.reported_by.extend(r for r in anaphor.reported_by if r not in antecedent.reported_by)
    named = [a for a in (anaphor.actor1, anaphor.actor2)
             if a is not None and a.inter in ARMED_INTERS and not vague_armed(a)]
    if antecedent.paired and named:   # "entre gangs rivaux ... les hommes du gang de Grand-Ravine à ceux de Ti Bwa"
        _unpair(antecedent, antecedent.actor1)
        antecedent.actor1, antecedent.actor2 = named[0], named[1] if len(named) > 1 else None
        return
    for actor in (anaphor.actor1, anaphor.actor2):
        # only a perpetrator is taken: the other actors of an anaphoric clause comment, condemn or claim
        if actor is not None and actor.kind == "named" and actor.inter in (2, 3, 4) \
                and actor not in (antecedent.actor1, antecedent.actor2) \
                and (antecedent.actor1 is None or antecedent.actor1.kind == "generic"):
            antecedent.actor1 = actor


def _same_event(a: Candidate, b: Candidate) -> bool:
    """Same type, day, place and actors; in one sentence, nearby places are the same place ("enlevés à
    Croix-des-Bouquets, au nord-est de la capitale"), and two words of violence about one day are one event
    ("des frappes ... ont touché un marché, tuant neuf civils")."""
    if a.day != b.day:
        return False
    if _policing_of_riot(a, b):
        return True
    one_sentence = bool(a.sentences & b.sentences)
    if a.event_type != b.event_type:
        violent = {disorder_type_of()[a.event_type], disorder_type_of()[b.event_type]} == {"Political violence"}
        changes_hands = bool({a.sub_event_type, b.sub_event_type} & TERRITORY)   # "conquise, avant d'être
        if changes_hands or not (one_sentence and violent and _near(a.place, b.place)):   # chassées par des raids"
            return False
    elif a.place is not None and b.place is not None and a.place.name != b.place.name \
            and not (one_sentence and _near(a.place, b.place)) and not _same_pair_unplaced(a, b):
        return False
    return _compatible(a.actor1, b.actor1, b.actor2) and _compatible(a.actor2, b.actor1, b.actor2)


def _policing_of_riot(riot: Candidate, other: Candidate) -> bool:
    """"Les Casques bleus ont fait usage de gaz lacrymogène" after a riot told the same day and place: force
    used on rioters is part of the riot (ACLED codes it in the riot event), not a protest of its own."""
    if riot.sub_event_type != "Violent demonstration" or other.sub_event_type != "Protest with intervention":
        return False
    force = other.actor2 if other.actor2 is not None and other.actor2.inter != 6 else other.actor1
    return _near(riot.place, other.place) and (riot.actor2 is None or force is None or force.inter == 6
                                               or force.name == riot.actor2.name)


def _same_pair_unplaced(a: Candidate, b: Candidate) -> bool:
    """"Le GNA a affirmé avoir repoussé une attaque de l'ANL": a mention whose sentence names no place, by
    the same two named sides as an event of that day and type, tells that event again."""
    if a.own_place and b.own_place:
        return False
    pair = {x.name for x in (a.actor1, a.actor2) if x is not None and not vague_armed(x)}
    return len(pair) == 2 and pair == {x.name for x in (b.actor1, b.actor2) if x is not None}


def _near(a: Place | None, b: Place | None) -> bool:
    return a is None or b is None or distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_KM


def _compatible(actor: Actor | None, *others: Actor | None) -> bool:
    """An actor fits the other mention if that mention left the side open, names the same actor, or one of
    the two is a vague armed group ("des hommes armés" may well be the ADF named later)."""
    named = [o for o in others if o is not None and not vague_armed(o)]
    return actor is None or vague_armed(actor) or len(named) < 2 or any(o.name == actor.name for o in named)


def _better(kept: Actor | None, other: Actor | None) -> Actor | None:
    """The more informative of two names for one side: a named group over a vague armed group."""
    if kept is None or (other is not None and vague_armed(kept) and not vague_armed(other)):
        return other
    return kept


def _unpair(c: Candidate, pair: Actor) -> None:
    """"des affrontements entre gangs rivaux ... les hommes du gang de Grand-Ravine": once a mention names a
    side, the unnamed kind no longer stands on both sides; the side it still holds is left for the named
    adversary the article gives (sides.fill_adversary)."""
    c.paired = False
    if c.actor1 == pair:
        c.actor1 = None
    if c.actor2 == pair:
        c.actor2 = None


def merge_repeats(candidates: list[Candidate]) -> list[Candidate]:
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
        pair = target.actor1 if target.paired else None
        target.actor1 = _better(target.actor1, c.actor1 if c.actor1 != target.actor2 else c.actor2)
        target.actor2 = _better(target.actor2, c.actor2 if c.actor2 != target.actor1 else c.actor1)
        if pair is not None and (target.actor1 != pair or target.actor2 != pair):
            _unpair(target, pair)
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
