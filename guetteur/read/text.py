"""Plain-text reader: one article per file, dated by the --published option or by its dateline."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from guetteur.model import Article, Reject
from guetteur.read.common import build_article
from guetteur.resources import load_yaml
from guetteur.text import fold

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")   # French order: day first


def decode(data: bytes) -> str:
    """UTF-8 text (BOM dropped); legacy Windows encoding when the bytes are not UTF-8. Newlines unified."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=None)
def _named_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns over folded text: "7 avril 2023" / "1er avril 2023" and "april 7 2023"."""
    suffix = "|".join(load_yaml("datelines.yml")["day_suffixes"])
    day = rf"(\d{{1,2}})(?:{suffix})?"
    return (re.compile(rf"\b{day} ([a-z]+) (\d{{4}})\b"), re.compile(rf"\b([a-z]+) {day} (\d{{4}})\b"))


def _safe_date(year: str, month: int | None, day: str) -> date | None:
    try:
        return date(int(year), month, int(day)) if month else None
    except ValueError:
        return None


def _date_in_line(line: str) -> date | None:
    """The first full date written in one line, in any of the dateline formats."""
    months: dict[str, int] = load_yaml("datelines.yml")["months"]
    if m := _ISO_DAY.search(line):
        return _safe_date(m[1], int(m[2]), m[3])
    if m := _NUMERIC_DAY.search(line):
        return _safe_date(m[3], int(m[2]), m[1])
    folded = fold(line)
    day_month, month_day = _named_patterns()
    if (m := day_month.search(folded)) and m[2] in months:
        return _safe_date(m[3], months[m[2]], m[1])
    if (m := month_day.search(folded)) and m[1] in months:
        return _safe_date(m[3], months[m[1]], m[2])
    return None


def dateline_date(text: str) -> date | None:
    """The full date in the first non-empty lines of a dispatch ("Bamako, 7 avril 2023 (AFP) -"), else None."""
    lines = [line for line in text.split("\n", 20)[:20] if line.strip()][: load_yaml("datelines.yml")["lines"]]
    for line in lines:
        if found := _date_in_line(line[:300]):
            return found
    return None


def read_text(path: Path, published: str | None = None) -> Iterator[Article | Reject]:
    """One article whose id is the file stem; the --published option wins over the dateline."""
    text = decode(path.read_bytes())
    day = None if published else dateline_date(text)
    yield from build_article(path.stem, text, str(path), published=published or (day and day.isoformat()))
