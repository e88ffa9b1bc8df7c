"""Tolls: counts of people that are not one event's figures (running totals, displacement, arrests...)."""
from __future__ import annotations

from guetteur.coding.events import main_place
from guetteur.coding.fatalities import continued_total
from guetteur.model import AnalyzedDoc, Evidence, FigureMention, Mentions, Toll
from guetteur.text import fold, romanised
from guetteur.understand.attribution import attribution_for
from guetteur.understand.figures import figure_words

UNREAL = frozenset({"negated", "call", "threat", "plan", "future", "hypothetical", "question"})
MIN_VAGUE_TOLL = 10    # "plusieurs", "quelques", "several": no figure anyone would tabulate
_MAGNITUDE = 10        # "des milliers" covers any count from 1,000 up to ten times that


def code_tolls(adoc: AnalyzedDoc, mentions: Mentions, used_by_events: set[int]) -> list[Toll]:
    """Every counted figure of a known kind that no event took and that says how many; one toll per kind
    and figure; a vague count is dropped when a precise one of the same kind falls in its range."""
    kept: list[FigureMention] = []
    seen: set[tuple[str, int | None]] = set()
    for figure in mentions.figures:
        if figure.kind is None or id(figure) in used_by_events or (figure.kind, figure.best) in seen \
                or _too_vague(figure) or _of_an_unreal_event(adoc, mentions, figure):
            continue
        seen.add((figure.kind, figure.best))
        kept.append(figure)
    return [_toll(adoc, mentions, f) for f in kept if not any(_states_more_precisely(o, f) for o in kept)]


def _too_vague(figure: FigureMention) -> bool:
    return figure.qualifier == "vague" and figure.high is None and (figure.best or 0) < MIN_VAGUE_TOLL


def _states_more_precisely(other: FigureMention, vague: FigureMention) -> bool:
    """"Des milliers de personnes ont fui ... Plus de 4 500 personnes ont quitte leurs demeures": the
    precise count says how many the vague one meant; it is one toll, not two."""
    if vague.qualifier != "vague" or other.qualifier == "vague" or other.kind != vague.kind \
            or None in (other.best, vague.best) or (other.group and vague.group and other.group != vague.group):
        return False
    low = vague.low if vague.low is not None else vague.best
    high = vague.high if vague.high is not None else vague.best * _MAGNITUDE   # type: ignore[operator]
    return low <= other.best < high   # type: ignore[operator]


def _of_an_unreal_event(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention) -> bool:
    """The people counted are those of an event that did not happen ("eviter le massacre de plus de 1 200
    refugies", "menace d'enlever vingt eleves"): the trigger noun or verb governing the count is a call, a
    plan, a threat, a hypothesis or a negation."""
    unreal = {t.token for t in m.triggers if t.modality in UNREAL}
    if not unreal or not 0 <= figure.head < len(adoc.doc):
        return False
    head = adoc.doc[figure.head].head
    return head.i in unreal or (head.pos_ == "ADP" and head.head.i in unreal) \
        or _noun_before(adoc, figure) in unreal


def _noun_before(adoc: AnalyzedDoc, figure: FigureMention) -> int:
    """The token the figure's phrase complements, past a linker ("le massacre de [plus de 1 200 refugies]");
    read on the surface because the parser often hangs such a phrase on the verb."""
    span = adoc.doc.char_span(figure.start, figure.end, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    linkers = figure_words(adoc.lang).noun_linkers
    if i >= 0 and fold(adoc.doc[i].text).rstrip("'") in linkers:
        i -= 1
    return i


def _period_start(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention) -> str | None:
    """The day a running total counts from ("depuis jeudi") in the figure's sentence; a share of a total told
    just before ("Les forces adverses font etat de 14 morts") counts from the same day as that total."""
    sent = adoc.sentence_at(figure.start)
    since = [d for d in m.dates if d.since and d.day is not None and sent.start_char <= d.start < sent.end_char]
    if since:
        return since[0].day.isoformat()   # type: ignore[union-attr]
    total = continued_total(adoc, figure, m.figures)
    return _period_start(adoc, m, total) if total is not None else None


def _toll(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention) -> Toll:
    sent = adoc.sentence_at(figure.start)
    places = [p for p in m.places if sent.start_char <= p.start < sent.end_char]
    place = places[0] if places else main_place(m)
    attribution = attribution_for(adoc, m.attributions, figure.start)
    published = adoc.article.published_day
    evidence = [Evidence(adoc.article.id, figure.start, figure.end, "figure")]
    if attribution is not None:
        evidence.append(Evidence(adoc.article.id, attribution.start, attribution.end, "reported_by"))
    return Toll(doc_id=adoc.article.id, kind=figure.kind, low=figure.low, best=figure.best, high=figure.high,
                qualifier=figure.qualifier, group=figure.group,
                period_start=_period_start(adoc, m, figure),
                period_end=published.isoformat() if published else None,
                country=m.country.iso3 if m.country else None,
                location=romanised(place.place.name) if place else None,
                reported_by=attribution.source if attribution else None, evidence=evidence)
