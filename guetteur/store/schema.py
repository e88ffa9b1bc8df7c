"""The event store's tables (SQLAlchemy 2 declarative). Alembic migrations in migrations/ build exactly these.

Times are naive UTC everywhere (SQLite keeps no time zone; PostgreSQL columns are ``timestamp`` without one),
so that both back ends compare them alike. JSON columns use the portable ``JSON`` type.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    """One stored article; ``id`` orders articles as they were ingested (merges are replayed in this order)."""
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(512), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    outlet: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    lang: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class RejectRow(Base):
    """An input that could not be used (or a warning about one); ``key`` makes re-ingesting add none twice."""
    __tablename__ = "rejects"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    doc_id: Mapped[str | None] = mapped_column(String(512))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class EventRow(Base):
    """A merged event: queryable columns plus the full record; ``deleted`` rows stay for the changes feed."""
    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    event_date: Mapped[str | None] = mapped_column(String(10))
    iso3: Mapped[str | None] = mapped_column(String(3))
    country: Mapped[str | None] = mapped_column(String(120))
    event_type: Mapped[str] = mapped_column(String(80))
    sub_event_type: Mapped[str] = mapped_column(String(80))
    actor1: Mapped[str | None] = mapped_column(String(200))
    actor2: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    place_key: Mapped[str | None] = mapped_column(String(400))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    last_published: Mapped[str | None] = mapped_column(String(10))   # latest publication day of its reports
    record: Mapped[dict] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_events_iso3_date", "iso3", "event_date"),)


class ReportRow(Base):
    """One event as extracted from one article, and the stored event it was merged into."""
    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(512))
    event_id: Mapped[str] = mapped_column(String(80), index=True)
    record: Mapped[dict] = mapped_column(JSON)


class EventVersionRow(Base):
    """Each change of an event (created, updated, deleted), with the record as it became."""
    __tablename__ = "event_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    change: Mapped[str] = mapped_column(String(10))
    doc_id: Mapped[str | None] = mapped_column(String(512))
    record: Mapped[dict] = mapped_column(JSON)
    __table_args__ = (UniqueConstraint("event_id", "version", name="uq_event_versions_event_version"),)


class EvidenceRow(Base):
    """An evidence span of a report, under the stored event the report belongs to."""
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str] = mapped_column(String(80), index=True)
    doc_id: Mapped[str] = mapped_column(String(512))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))


class TollRow(Base):
    """A cumulative or situational figure of one article."""
    __tablename__ = "tolls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(20))
    low: Mapped[int | None] = mapped_column(Integer)
    best: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(20))
    group: Mapped[str | None] = mapped_column(String(200))
    period_start: Mapped[str | None] = mapped_column(String(10))
    period_end: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(3))
    location: Mapped[str | None] = mapped_column(String(200))
    reported_by: Mapped[str | None] = mapped_column(Text)
    record: Mapped[dict] = mapped_column(JSON)


class ActorRow(Base):
    """Every actor name an event has used, with its inter code, for analysts joining in SQL."""
    __tablename__ = "actors"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    inter: Mapped[int | None] = mapped_column(Integer)


class PlaceRow(Base):
    """Every place an event has used; ``events.place_key`` points here."""
    __tablename__ = "places"
    place_key: Mapped[str] = mapped_column(String(400), primary_key=True)
    location: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(120))
    iso3: Mapped[str | None] = mapped_column(String(3))
    admin1: Mapped[str | None] = mapped_column(String(200))
    admin2: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geonames_id: Mapped[int | None] = mapped_column(Integer)


metadata = Base.metadata
