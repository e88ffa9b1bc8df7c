"""What every reader shares: validating the publication date and turning fields into an Article.

A reader never drops an article for a bad date: the date is set to None and a Reject whose reason starts
with "warning: " records why (Article has no warnings field; rejects.jsonl is where problems are read).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from guetteur.model import Article, Reject

WARNING = "warning: "
SHOWN_REJECTS = 10   # rejects a command's summary prints; the others are in its rejects file or table
_MONTH_ONLY = re.compile(r"\d{4}-\d{2}")
# Publication times carry a time zone; a date one day ahead of the local day is not yet "the future".
_CLOCK_SKEW = timedelta(days=1)
_EARLIEST_YEAR = 1900


def _day_of(value: str) -> date | None:
    """The day (or the first of the month) a valid published string designates, else None."""
    try:
        if _MONTH_ONLY.fullmatch(value):
            return date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) > 10 and value[10] in "T ":
            return datetime.fromisoformat(value).date()
    except ValueError:
        return None
    return None


def check_published(value: object, today: date | None = None) -> tuple[str | None, str | None]:
    """(published kept as given, or None; warning reason when a given value had to be dropped)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    text = value.strip() if isinstance(value, str) else str(value)
    day = _day_of(text) if isinstance(value, str) else None
    if day is None or day.year < _EARLIEST_YEAR:
        return None, f"{WARNING}unparseable published '{text}' ignored"
    if day > (today or date.today()) + _CLOCK_SKEW:
        return None, f"{WARNING}published '{text}' is in the future, ignored"
    return text, None


def optional_text(value: object) -> str | None:
    """A stripped string field, None when absent, blank or not a string."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def build_article(doc_id: str, text: str, source: str, line: int | None = None, *,
                  published: object = None, default_published: str | None = None,
                  **fields: str | None) -> Iterator[Article | Reject]:
    """Yield the Article (or an "empty text" Reject), preceded by a warning when its date was dropped.

    ``default_published`` (the --published option) applies when the article has no usable date.
    """
    if not text.strip():
        yield Reject(source=source, reason="empty text", line=line, doc_id=doc_id)
        return
    kept, warning = check_published(published)
    if warning:
        yield Reject(source=source, reason=warning, line=line, doc_id=doc_id)
    yield Article(id=doc_id, text=text, published=kept or default_published, **fields)
