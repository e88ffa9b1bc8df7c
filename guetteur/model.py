"""Typed records passed between the stages (see docs/architecture.md).

Data flows one way: Article -> AnalyzedDoc -> Mentions -> Events + Tolls.
Every mention carries character offsets into ``Article.text`` so that each output
field can cite its evidence.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # spaCy is heavy; only the analysis stage imports it
    from spacy.tokens import Doc, Span as SpacySpan

Modality = Literal["asserted", "reported", "negated", "call", "threat", "plan", "future",
                   "hypothetical", "question", "background"]
FigureKind = Literal["killed", "injured", "displaced", "arrested", "missing", "abducted"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "vague"]


# --------------------------------------------------------------------------- input
def day_of(value: str | None) -> date | None:
    """The day a date or datetime string starts with ("2024-05-02", "2024-05-02T10:00Z"), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class Article:
    """One news report, as in EVENTS.md section 1."""
    id: str
    text: str
    title: str | None = None
    published: str | None = None   # YYYY-MM-DD, ISO datetime or YYYY-MM, as given
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None

    @property
    def published_day(self) -> date | None:
        """The publication day when the full date is known, else None."""
        return day_of(self.published)

    @property
    def published_month(self) -> tuple[int, int] | None:
        """(year, month) when at least the month is known."""
        try:
            year, month = int(self.published[:4]), int(self.published[5:7])  # type: ignore[index]
        except (TypeError, ValueError):
            return None
        return (year, month) if 1 <= month <= 12 else None


@dataclass(slots=True)
class Reject:
    """An input that could not be processed, and why (written to rejects.jsonl)."""
    source: str
    reason: str
    line: int | None = None
    doc_id: str | None = None


# --------------------------------------------------------------------------- analysis
@dataclass(slots=True)
class AnalyzedDoc:
    """The article and its spaCy parse; every finder reads this, none re-parses the text."""
    article: Article
    lang: str
    doc: "Doc"
    paragraphs: list[tuple[int, int]]   # character ranges of the paragraphs of article.text

    @property
    def text(self) -> str:
        return self.article.text

    def paragraph_index(self, char: int) -> int:
        for i, (start, end) in enumerate(self.paragraphs):
            if start <= char < end:
                return i
        return len(self.paragraphs) - 1

    def sentence_at(self, char: int) -> "SpacySpan":
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else self.doc[-1]
        return token.sent


# --------------------------------------------------------------------------- mentions
@dataclass(slots=True)
class Mention:
    start: int   # character offsets in Article.text
    end: int
    text: str


@dataclass(slots=True)
class DateMention(Mention):
    """A temporal expression resolved to a day (or a week / month) against the publication date."""
    day: date | None          # the day an event in its scope is coded to (mid-week / mid-month when vague)
    precision: int            # 1 day, 2 week, 3 month (EVENTS.md time_precision)
    last_day: date | None = None   # end of a range ("du 14 au 16 avril"), else None
    background: bool = False  # a year or period that only sets the scene ("en 2011", "depuis 2015")
    since: bool = False       # "depuis jeudi": the start of a period, not the day of an event


@dataclass(slots=True)
class Country:
    iso2: str
    iso3: str
    name: str                 # English short name as ACLED writes it ("Democratic Republic of Congo")
    name_fr: str | None = None
    region: str | None = None  # ACLED region ("Northern Africa")
    latitude: float | None = None
    longitude: float | None = None


@dataclass(slots=True)
class Place:
    """A gazetteer entry."""
    name: str                 # romanised name as the gazetteer knows it ("Gharyan")
    country_iso2: str
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    geonames_id: int | None = None
    population: int = 0
    feature: str = "city"     # city, admin1, country, overlay feature (district, camp, airport...)


@dataclass(slots=True)
class PlaceMention(Mention):
    place: Place
    precision: int            # 1 the town / spot; 2 near it or part of it; 3 only a region
    relation: str | None = None   # "near", "south of", "region of"... when the text says so


@dataclass(slots=True)
class Actor:
    """A canonical actor (EVENTS.md section 5)."""
    name: str                 # canonical English name ("Libyan National Army", "Civilians (Mali)")
    inter: int                # 1..8
    country_iso3: str | None = None
    kind: str = "named"       # named, generic (built from a country: army, civilians, protesters...)


# inter codes of actors who fight: state forces, rebels, political and identity militias, external forces
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})


@dataclass(slots=True)
class ActorMention(Mention):
    actor: Actor
    head: int = -1            # index of the spaCy token heading the mention (for dependency rules)


@dataclass(slots=True)
class FigureMention(Mention):
    """A number of people, with what happened to them when the text says it."""
    low: int | None
    best: int | None
    high: int | None
    qualifier: Qualifier
    kind: FigureKind | None = None   # killed, injured... None when the count is of something else
    group: str | None = None         # who was counted: "civilians", "soldiers", "migrants"...
    head: int = -1                   # spaCy token index of the counted noun or the number
    cumulative: bool = False         # the text frames it as a running total ("depuis jeudi", "au total")


@dataclass(slots=True)
class Attribution(Mention):
    """Who the text credits with a fact ("selon l'ONU", "a indiqué le ministère de la Santé")."""
    source: str


@dataclass(slots=True)
class TriggerMention(Mention):
    """A word that names an event, with the event class it points to and whether it happened."""
    lemma: str
    event_type: str
    sub_event_type: str
    modality: Modality
    token: int                # spaCy token index of the trigger


@dataclass(slots=True)
class Mentions:
    """Everything the understanding stage found in one article."""
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    figures: list[FigureMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    country: Country | None = None   # the article's focus country


# --------------------------------------------------------------------------- output
@dataclass(slots=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    field: str


@dataclass(slots=True)
class Event:
    """One atomic event, EVENTS.md section 2."""
    event_id: str
    event_date: str | None
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    inter1: int
    inter2: int
    interaction: int
    civilian_targeting: bool
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    geonames_id: int | None
    fatalities: int
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    injured: int | None
    notes: str
    confidence: float
    assoc_actor_1: list[str] = field(default_factory=list)
    assoc_actor_2: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Toll:
    """A cumulative or situational figure that is not one event, EVENTS.md section 3."""
    doc_id: str
    kind: FigureKind
    low: int | None
    best: int | None
    high: int | None
    qualifier: Qualifier
    group: str | None
    period_start: str | None
    period_end: str | None
    country: str | None       # ISO3
    location: str | None
    reported_by: str | None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ArticleResult:
    """What extraction made of one article."""
    article: Article
    events: list[Event] = field(default_factory=list)
    tolls: list[Toll] = field(default_factory=list)
