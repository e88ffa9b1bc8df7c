"""Generated corpora for the store's tests and bench/ingest.py: the project's dispatches
(examples/dispatches.jsonl) varied in id, publication day, place, figures and outlet.

Article ``i`` is dispatch ``i % 8`` in round ``i // 8``. Rounds come in pairs that share their day and place
(the second of a pair is another outlet's report of the same event, with another figure: a merge), and each
pair moves the story three days later and to another town of the same area.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

DISPATCHES = Path(__file__).resolve().parents[2] / "examples" / "dispatches.jsonl"
# Towns of the same area as each dispatch's place, so the story stays in its country.
PLACES = {
    "Boni": ["Boni", "Douentza", "Hombori"],
    "Djaiba": ["Djaiba", "Fataki", "Largu"],
    "Ouagadougou": ["Ouagadougou", "Koudougou", "Kaya"],
    "Maarat Misrine": ["Maarat Misrine", "Sarmada", "Binnish"],
    "Kumbo": ["Kumbo", "Ndop", "Nkambe"],
    "Abou Salim": ["Abou Salim", "Tajoura", "Janzour"],
    "Martissant": ["Martissant", "Carrefour", "Delmas"],
    "Konduga": ["Konduga", "Bama", "Dikwa"],
}
NUMBERS = ["trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "onze", "douze"]
NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBERS) + r")\b", re.IGNORECASE)
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
WRITTEN_DAY = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS_FR) + r") (\d{4})\b")
OUTLETS = ["", " (reprise)"]


def dispatches() -> list[dict]:
    with DISPATCHES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def generate(count: int, start: int = 0) -> Iterator[dict]:
    """``count`` article dicts (JSON Lines fields), numbered from ``start``; the same numbers give the same
    articles."""
    base = dispatches()
    for i in range(start, start + count):
        yield variant(base[i % len(base)], i // len(base), i)


def variant(dispatch: dict, round_: int, number: int) -> dict:
    pair = round_ // 2
    shift = timedelta(days=3 * pair)
    text, title = dispatch["text"], dispatch.get("title") or ""
    for original, towns in PLACES.items():
        town = towns[pair % len(towns)]
        text, title = text.replace(original, town), title.replace(original, town)
    figure = NUMBERS[(pair + round_ % 2) % len(NUMBERS)]
    text = NUMBER_WORD.sub(lambda m: _same_case(figure, m.group(0)), text, count=1)
    text = WRITTEN_DAY.sub(lambda m: _french_day(_written(m) + shift), text)
    published = dispatch.get("published")
    if published:
        published = (date.fromisoformat(published) + shift).isoformat()
    return {"id": f"gen-{number:06d}", "title": title, "text": text, "published": published,
            "outlet": (dispatch.get("outlet") or "") + OUTLETS[round_ % 2], "url": None, "lang": "fr"}


def write_corpus(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for record in generate(count, start):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _same_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def _written(match: re.Match) -> date:
    return date(int(match.group(3)), MONTHS_FR.index(match.group(2)) + 1, int(match.group(1)))


def _french_day(day: date) -> str:
    return f"{day.day} {MONTHS_FR[day.month - 1]} {day.year}"
