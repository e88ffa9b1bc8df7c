"""Tolls: counts of people that are not one event's figures (running totals, displacement, arrests...)."""
from __future__ import annotations

from guetteur.coding.events import main_place
from guetteur.model import AnalyzedDoc, Evidence, FigureMention, Mentions, Toll
from guetteur.text import romanised
from guetteur.understand.attribution import attribution_for


def code_tolls(adoc: AnalyzedDoc, mentions: Mentions, used_by_events: set[int]) -> list[Toll]:
    """Every counted figure of a known kind that no event took; one toll per kind and figure."""
    tolls: list[Toll] = []
    seen: set[tuple[str, int | None]] = set()
    for figure in mentions.figures:
        if figure.kind is None or id(figure) in used_by_events or (figure.kind, figure.best) in seen:
            continue
        seen.add((figure.kind, figure.best))
        tolls.append(_toll(adoc, mentions, figure))
    return tolls


def _toll(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention) -> Toll:
    sent = adoc.sentence_at(figure.start)
    since = [d for d in m.dates if d.since and d.day is not None and sent.start_char <= d.start < sent.end_char]
    places = [p for p in m.places if sent.start_char <= p.start < sent.end_char]
    place = places[0] if places else main_place(m)
    attribution = attribution_for(adoc, m.attributions, figure.start)
    published = adoc.article.published_day
    evidence = [Evidence(adoc.article.id, figure.start, figure.end, "figure")]
    if attribution is not None:
        evidence.append(Evidence(adoc.article.id, attribution.start, attribution.end, "reported_by"))
    return Toll(doc_id=adoc.article.id, kind=figure.kind, low=figure.low, best=figure.best, high=figure.high,
                qualifier=figure.qualifier, group=figure.group,
                period_start=since[0].day.isoformat() if since else None,
                period_end=published.isoformat() if published else None,
                country=m.country.iso3 if m.country else None,
                location=romanised(place.place.name) if place else None,
                reported_by=attribution.source if attribution else None, evidence=evidence)
