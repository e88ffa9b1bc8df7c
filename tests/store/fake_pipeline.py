"""Hand-made events for the store's fast tests: a stand-in for guetteur.pipeline.extract that returns, for each
article, the events listed for its id (no spaCy)."""
from __future__ import annotations

from dataclasses import replace

from guetteur.model import Article, ArticleResult, Event, Evidence, Reject, Toll


def event(event_id: str, doc_id: str, day: str | None = "2024-05-01", iso3: str | None = "MLI",
          location: str = "Gao", fatalities: int = 3, event_type: str = "Battles",
          sub_event_type: str = "Armed clash", latitude: float = 16.27, longitude: float = -0.04,
          outlet: str = "Sahel Hebdo") -> Event:
    return Event(
        event_id=event_id, event_date=day, time_precision=1, disorder_type="Political violence",
        event_type=event_type, sub_event_type=sub_event_type, actor1="Military Forces of Mali (2021-)",
        actor2="JNIM: Group for Support of Islam and Muslims", inter1=1, inter2=2, interaction=12,
        civilian_targeting=False, country="Mali" if iso3 == "MLI" else None, iso3=iso3, admin1="Gao",
        admin2=None, location=location, latitude=latitude, longitude=longitude, geo_precision=1,
        geonames_id=None, fatalities=fatalities, fatalities_low=fatalities, fatalities_best=fatalities,
        fatalities_high=fatalities, injured=None, notes="", confidence=0.8, sources=[outlet],
        reported_by=["armée"], documents=[doc_id], evidence=[Evidence(doc_id, 0, 5, "event")])


class FakePipeline:
    """``extract`` replacement: ``events[doc_id]`` are the events of that article (ids made unique per text)."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events
        self.seen: list[str] = []

    def __call__(self, items, advance=None):
        for item in items:
            if isinstance(item, Reject):
                yield item
                continue
            self.seen.append(item.id)
            events = [replace(e, documents=[item.id]) for e in self.events.get(item.id, [])]
            yield ArticleResult(article=item, events=events, tolls=[toll(item.id)])
            if advance is not None:
                advance(1)


def toll(doc_id: str) -> Toll:
    return Toll(doc_id=doc_id, kind="displaced", low=2000, best=2000, high=2000, qualifier="more_than",
                group=None, period_start=None, period_end="2024-05-02", country="MLI", location=None,
                reported_by="OCHA", evidence=[])


def article(doc_id: str, text: str = "Des combats ont eu lieu à Gao.", published: str = "2024-05-02",
            outlet: str = "Sahel Hebdo") -> Article:
    return Article(id=doc_id, text=text, published=published, outlet=outlet, lang="fr")
