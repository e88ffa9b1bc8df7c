"""Temporal expressions: found in the text, resolved against the publication day.

A small grammar (rules and vocabulary in resources/<lang>/dates.yml) finds the expressions on a
folded copy of the text that keeps every character offset; each rule kind has a resolver here.
`governing_date` then picks, for an event trigger, the date its clause is anchored to.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from guetteur.model import AnalyzedDoc, DateMention
from guetteur.resources import language_folder, load_yaml
from guetteur.understand.attribution import is_reporting_verb

_APOSTROPHES = "\u2019\u02bc`\u00b4\u2032"
_SPACES = "\u00a0\u202f\u2007\u2009\u200a"
_HYPHENS = "\u2010\u2011"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


# --------------------------------------------------------------------------- folding
@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """One character folded to one character: lower case, no accent, plain apostrophe and space."""
    if c in _APOSTROPHES:
        return "'"
    if c in _SPACES:
        return " "
    if c in _HYPHENS:
        return "-"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


def fold_same_length(text: str) -> str:
    """Like guetteur.text.fold but character for character, so match offsets are text offsets."""
    table = {ord(c): _fold_char(c) for c in set(text) if not ("a" <= c <= "z" or c in " 0123456789")}
    return text.translate(table)


# --------------------------------------------------------------------------- grammar
@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    anchors: frozenset[str] | None   # key words one of which every match contains ("digits": a number)


_ANCHOR_MARGIN = 90   # characters a rule's match may extend on either side of its anchor
_WORD = re.compile(r"[^\W_]+")
_WORD_END = re.compile(r"\W|$")


@dataclass(slots=True)
class _Grammar:
    """The vocabulary and compiled rules of one language."""
    vocab: dict
    rules: list[_Rule]
    since_before: re.Pattern[str]
    since_inside: re.Pattern[str]
    future_before: re.Pattern[str]
    name_before: re.Pattern[str]
    night_start: re.Pattern[str]
    numbers: dict[str, int] = field(default_factory=dict)


def _spaced(regex: str) -> str:
    """A single space in a rule stands for any white space; ' ?' for optional white space."""
    return regex.replace(" ?", r"\s*").replace(" ", r"\s+")


def _alternation(words) -> str:
    """Regex alternation of vocabulary phrases, longest first so that the longest one wins."""
    parts = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts) + ")"


def _expand(template: str, alternations: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: alternations.get(m.group(1), m.group(0)), template)


def _ending_with(words, after: str = "") -> re.Pattern[str]:
    """Matches a folded text that ends with one of the words (then `after`)."""
    return re.compile(r"(?<!\w)" + _alternation(words) + _spaced(after) + r"\s*$")


_NOT_VOCABULARY = frozenset({"rules", "patterns", "night_start_cues"})


@lru_cache(maxsize=None)
def _grammar(lang: str) -> _Grammar:
    vocab = load_yaml(lang, "dates.yml")
    alternations = {key: _alternation(value) for key, value in vocab.items()
                    if isinstance(value, (dict, list)) and key not in _NOT_VOCABULARY}
    for key, template in vocab.get("patterns", {}).items():
        alternations[key] = _expand(template, alternations)
    rules = [_Rule(r["kind"], re.compile(r"(?<![\w'])(?:" + _spaced(_expand(r["pattern"], alternations)) + r")(?!\w)"),
                   _anchor_words(r.get("anchor"), vocab)) for r in vocab["rules"]]
    article = " (?:" + _alternation(vocab["marker_articles"]) + " ?)?"
    numbers = {**vocab.get("numbers", {}), **vocab.get("ordinal_days", {})}
    return _Grammar(
        vocab=vocab,
        rules=rules,
        since_before=_ending_with(vocab["since_markers"], article),
        since_inside=re.compile(_alternation(vocab["since_markers"]) + r"\b"),
        future_before=_ending_with(vocab["future_cues"], article),
        name_before=_ending_with(vocab["name_nouns"], "(?: " + _alternation(vocab["name_links"]) + ")?"),
        night_start=re.compile("|".join(_spaced(c) for c in vocab["night_start_cues"])),
        numbers={str(k): int(v) for k, v in numbers.items()},
    )


def _anchor_words(name: str | None, vocab: dict) -> frozenset[str] | None:
    """The longest word of each phrase of a vocabulary entry: one of them is in every match."""
    if not name:
        return None
    entries = vocab.get(name, [name]) if name != "digits" else ["digits"]
    return frozenset(max(_WORD.findall(str(entry)) or [""], key=len) for entry in entries)


def _lang_of(lang: str | None) -> str:
    """The language whose grammar is used: French unless a dates.yml exists for `lang`."""
    return language_folder(lang, "dates.yml")


# --------------------------------------------------------------------------- matching
@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    match: re.Match[str]
    since: bool = False
    future: bool = False


def _scan(folded: str, g: _Grammar) -> list[_Hit]:
    """Non-overlapping matches of the rules; an earlier rule wins, and a name ("rue du 8 mai") is no date."""
    taken = bytearray(len(folded))
    hits: list[_Hit] = []
    words = _word_positions(folded)
    for rule in g.rules:
        for m in _matches(rule, folded, words):
            start, end = m.span()
            if taken.find(1, start, end) != -1:
                continue
            before = folded[max(0, start - 40):start]
            if rule.kind in ("explicit", "range", "weekday_day") and g.name_before.search(before):
                taken[start:end] = b"\x01" * (end - start)
                continue
            if not _complete(rule.kind, m, g, before):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if rule.kind == "dateline":   # the mention is the date, not the city and agency around it
                start, end = _date_part(m)
            hits.append(_context(_Hit(start, end, rule.kind, m), folded, g))
    return sorted(hits, key=lambda h: h.start)


def _word_positions(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Where each word of the text is; every number is filed under "digits"."""
    index: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(folded):
        word = m.group()
        index.setdefault("digits" if word[0].isdigit() else word, []).append(m.span())
    return index


def _windows(anchors: frozenset[str], folded: str, words: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Merged stretches of text around the anchors' occurrences, ending at a word end."""
    spans = sorted(span for word in anchors.intersection(words) for span in words[word])
    windows: list[tuple[int, int]] = []
    for a_start, a_end in spans:
        start = max(0, a_start - _ANCHOR_MARGIN)
        end = _WORD_END.search(folded, min(len(folded), a_end + _ANCHOR_MARGIN)).start()
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _matches(rule: _Rule, folded: str, words: dict[str, list[tuple[int, int]]]):
    """The rule's matches; only searched near its anchor words (most of an article has no date)."""
    if rule.anchors is None:
        yield from rule.pattern.finditer(folded)
        return
    for start, end in _windows(rule.anchors, folded, words):
        yield from rule.pattern.finditer(folded, start, end)


def _date_part(m: re.Match[str]) -> tuple[int, int]:
    spans = [m.span(name) for name in ("weekday", "day", "month", "year") if m.groupdict().get(name)]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _complete(kind: str, m: re.Match[str], g: _Grammar, before: str) -> bool:
    """A bare month or year needs something saying it is a date ("en avril", "avril 2019", "fin 2016")."""
    groups = m.groupdict()
    if kind == "month":
        return bool(groups.get("qual") or groups.get("prep") or groups.get("year") or g.since_before.search(before))
    if kind == "year":
        return bool(groups.get("qual") or groups.get("prep") or groups.get("year2"))
    return True


_SINCE_KINDS = frozenset({"since_duration", "since_event"})


def _context(hit: _Hit, folded: str, g: _Grammar) -> _Hit:
    """Since/future markers just before the expression; a since marker joins the span."""
    before = folded[max(0, hit.start - 40):hit.start]
    since = g.since_before.search(before)
    if since:
        hit.start -= len(before) - since.start()
        hit.since = True
    elif hit.kind in _SINCE_KINDS or g.since_inside.match(folded, hit.start):
        hit.since = True
    hit.future = bool(g.future_before.search(before))
    return hit


# --------------------------------------------------------------------------- resolution
@dataclass(slots=True)
class _Ref:
    """What relative expressions are counted from."""
    day: date | None                 # publication day (or the dateline's)
    month: tuple[int, int] | None    # (year, month) when at least that is known


@dataclass(slots=True)
class _Value:
    day: date | None
    precision: int = 1
    last_day: date | None = None
    background: bool = False


@dataclass(slots=True)
class _Ctx:
    g: _Grammar
    ref: _Ref
    hit: _Hit
    previous: date | None            # the last day resolved before this expression (anaphora)
    night_started_first: bool        # a time in the sentence puts an overnight event on its first day


def _number(g: _Grammar, word: str | None) -> int | None:
    if not word:
        return None
    word = " ".join(word.split())
    digits = re.match(r"\d+", word)   # "14", "1er", "3rd"
    if digits:
        return int(digits.group())
    return g.numbers.get(word)


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group of the match, None when the rule has no such group or it did not take part."""
    return m.groupdict().get(name)


def _phrase(m: re.Match[str]) -> str:
    return " ".join((_g(m, "phrase") or "").split())


def _month_of(g: _Grammar, m: re.Match[str], name: str) -> int | None:
    groups = m.groupdict()
    if groups.get(name):
        return g.vocab["months"].get(groups[name])
    if name == "month" and groups.get("monthnum"):
        value = int(groups["monthnum"])
        return value if 1 <= value <= 12 else None
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(ref: _Ref, month: int, day: int, future: bool) -> int | None:
    """Year of a day-month written without one: the publication's, or the one before if that is later."""
    if ref.month is None:
        return None
    year, ref_month = ref.month
    if future:
        return year + 1 if month < ref_month - 6 else year
    if ref.day is not None:
        candidate = _safe_date(year, month, min(day, 28 if month == 2 else day))
        return year - 1 if candidate is not None and candidate > ref.day else year
    return year - 1 if month > ref_month else year


def _day_month(ctx: _Ctx, day: int | None, month: int | None, year: str | None) -> date | None:
    if day is None or month is None:
        return None
    resolved_year = int(year) if year else _year_for(ctx.ref, month, day, ctx.hit.future)
    return _safe_date(resolved_year, month, day) if resolved_year else None


def _weekday_before(ref: date | None, weekday: int, inclusive: bool) -> date | None:
    """The most recent `weekday` on or before `ref` (strictly before unless inclusive)."""
    if ref is None:
        return None
    back = (ref.weekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return ref - timedelta(days=back)


def _weekday_after(ref: date | None, weekday: int, inclusive: bool) -> date | None:
    if ref is None:
        return None
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return ref + timedelta(days=ahead)


def _named_weekday(ctx: _Ctx, weekday: int, qualifier: str | None) -> date | None:
    """Which occurrence of a weekday: "jeudi dernier", "ce jeudi", "jeudi prochain", bare "jeudi"."""
    ref = ctx.ref.day
    if qualifier == "next":
        return _weekday_after(ref, weekday, inclusive=False)
    if ctx.hit.future and qualifier != "past":
        return _weekday_after(ref, weekday, inclusive=True)
    if qualifier == "past":
        return _weekday_before(ref, weekday, inclusive=False)
    inclusive = qualifier == "this" or bool(ctx.g.vocab.get("bare_weekday_includes_reference", False))
    return _weekday_before(ref, weekday, inclusive)


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


# -- one resolver per rule kind ------------------------------------------------
def _explicit(ctx: _Ctx) -> _Value:
    m = ctx.hit.match
    return _Value(_day_month(ctx, _number(ctx.g, _g(m, "day")), _month_of(ctx.g, m, "month"), _g(m, "year")))


def _weekday_day(ctx: _Ctx) -> _Value:
    """"mardi 14": the 14th of the publication month, or of the month before if that is later."""
    ref = ctx.ref.day
    day = _number(ctx.g, _g(ctx.hit.match, "day"))
    if ref is None or day is None:
        return _Value(None)
    year, month = ref.year, ref.month
    if day > ref.day and not ctx.hit.future:
        year, month = _shift_months(year, month, -1)
    return _Value(_safe_date(year, month, day))


def _night(ctx: _Ctx) -> _Value:
    """The second day of the night, or the first when a time says the event began that evening."""
    m, g = ctx.hit.match, ctx.g
    second = None
    if _g(m, "day2"):
        second = _day_month(ctx, _number(g, _g(m, "day2")), _month_of(g, m, "month2"), _g(m, "year"))
    elif _g(m, "weekday2"):
        second = _weekday_before(ctx.ref.day, g.vocab["weekdays"][_g(m, "weekday2")], inclusive=True)
    if second is None:
        return _Value(None)
    return _Value(second - timedelta(days=1) if ctx.night_started_first else second)


def _night_phrase(ctx: _Ctx) -> _Value:
    if ctx.ref.day is None:
        return _Value(None)
    second = ctx.ref.day + timedelta(days=ctx.g.vocab["night_phrases"][_phrase(ctx.hit.match)])
    return _Value(second - timedelta(days=1) if ctx.night_started_first else second)


def _range(ctx: _Ctx) -> _Value:
    m, g = ctx.hit.match, ctx.g
    last = _day_month(ctx, _number(g, _g(m, "day2")), _month_of(g, m, "month2"), _g(m, "year"))
    if last is None:
        return _Value(None)
    first_month = _month_of(g, m, "month") or last.month
    first_year = last.year - 1 if first_month > last.month else last.year
    first = _safe_date(first_year, first_month, _number(g, _g(m, "day")) or 0)
    if first is None or first > last:
        return _Value(None)
    return _Value(first, last_day=last)


def _weekday(ctx: _Ctx) -> _Value:
    m, g = ctx.hit.match, ctx.g
    qualifiers = g.vocab["weekday_qualifiers"]
    qualifier = qualifiers.get(_g(m, "post") or "") or qualifiers.get(_g(m, "pre") or "")
    return _Value(_named_weekday(ctx, g.vocab["weekdays"][_g(m, "weekday")], qualifier))


def _relative_day(ctx: _Ctx) -> _Value:
    if ctx.ref.day is None:
        return _Value(None)
    return _Value(ctx.ref.day + timedelta(days=ctx.g.vocab["relative_days"][_phrase(ctx.hit.match)]))


def _anaphora(ctx: _Ctx) -> _Value:
    m = ctx.hit.match
    if _g(m, "phrase"):
        offset = ctx.g.vocab["anaphora"][_phrase(m)]
    else:
        count = _number(ctx.g, _g(m, "number")) or 0
        backward = _g(m, "direction") in ctx.g.vocab["backward_words"]
        offset = count * _unit_days(ctx.g, _g(m, "unit")) * (-1 if backward else 1)
    return _Value(ctx.previous + timedelta(days=offset) if ctx.previous else None)


def _unit_days(g: _Grammar, unit: str) -> int:
    return {"day": 1, "week": 7, "month": 30, "year": 365}[g.vocab["units"][unit]]


_UNIT_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_MID_MONTH = 15   # ACLED codes a month-level date to its middle


def _counted_back(ctx: _Ctx) -> _Value:
    """"il y a trois jours", "depuis deux mois": the reference day minus a duration."""
    m, g = ctx.hit.match, ctx.g
    unit = g.vocab["units"][_g(m, "unit")]
    count = _number(g, _g(m, "number"))
    if count is None or ctx.ref.day is None:
        return _Value(None, _UNIT_PRECISION[unit], background=unit in ("month", "year"))
    if unit in ("day", "week"):
        return _Value(ctx.ref.day - timedelta(days=count * _unit_days(g, _g(m, "unit"))), _UNIT_PRECISION[unit])
    months = count * (12 if unit == "year" else 1)
    year, month = _shift_months(ctx.ref.day.year, ctx.ref.day.month, -months)
    return _Value(_safe_date(year, month, _MID_MONTH), 3)


def _week(ctx: _Ctx) -> _Value:
    offset, position = ctx.g.vocab["week_phrases"][_phrase(ctx.hit.match)]
    ref = ctx.ref.day
    if ref is None:
        return _Value(None, 2)
    if position == "weekend":
        saturday = ctx.g.vocab["week_positions"]["weekend"]
        if offset > 0 or ctx.hit.future:
            return _Value(_weekday_after(ref, saturday, inclusive=offset == 0), 2)
        last = _weekday_before(ref, saturday, inclusive=True)
        return _Value(last - timedelta(days=7) if offset < 0 and ref.weekday() >= saturday else last, 2)
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
    day = monday + timedelta(days=ctx.g.vocab["week_positions"][position])
    return _Value(min(day, ref) if offset == 0 else day, 2)


def _month(ctx: _Ctx) -> _Value:
    m, g, ref = ctx.hit.match, ctx.g, ctx.ref
    month = _month_of(g, m, "month")
    if month is None:
        return _Value(None, 3)
    if _g(m, "year"):
        year = int(_g(m, "year"))
    elif ref.month is None:
        return _Value(None, 3)
    else:
        year = ref.month[0] - (1 if month > ref.month[1] and not ctx.hit.future else 0)
    start = g.vocab["month_qualifiers"].get(" ".join((_g(m, "qual") or "").split()), 1)
    return _Value(_safe_date(year, month, start if ctx.hit.since else _MID_MONTH), 3)


def _month_relative(ctx: _Ctx) -> _Value:
    if ctx.ref.month is None:
        return _Value(None, 3)
    year, month = _shift_months(*ctx.ref.month, ctx.g.vocab["month_phrases"][_phrase(ctx.hit.match)])
    return _Value(date(year, month, 1 if ctx.hit.since else _MID_MONTH), 3)


def _year_level(ctx: _Ctx) -> _Value:
    """Years, decades and "l'an dernier" set the scene; they date no event."""
    return _Value(None, 3, background=True)


def _period_start(ctx: _Ctx) -> _Value:
    unit, ref = ctx.g.vocab["period_starts"][_phrase(ctx.hit.match)], ctx.ref
    if unit == "week":
        return _Value(ref.day - timedelta(days=ref.day.weekday()) if ref.day else None, 2)
    if ref.month is None:
        return _Value(None, 3)
    return _Value(date(ref.month[0], 1 if unit == "year" else ref.month[1], 1), 3)


def _scene(ctx: _Ctx) -> _Value:
    """"depuis la chute de ...", "ces derniers jours": no day, only background."""
    return _Value(None, 3, background=True)


_RESOLVERS: dict[str, Callable[[_Ctx], _Value]] = {
    "dateline": _explicit, "explicit": _explicit, "weekday_day": _weekday_day, "night": _night,
    "night_phrase": _night_phrase, "range": _range, "weekday": _weekday, "relative_day": _relative_day,
    "anaphora": _anaphora, "ago": _counted_back, "since_duration": _counted_back, "week": _week,
    "month": _month, "month_relative": _month_relative, "year": _year_level, "year_relative": _year_level,
    "decade": _year_level, "period_start": _period_start, "since_event": _scene, "vague": _scene,
}


def _is_old_period(value: _Value, ref: _Ref, g: _Grammar) -> bool:
    """A month-level period that ended well before publication only sets the scene."""
    if value.precision < 3 or value.day is None:
        return False
    limit = timedelta(days=int(g.vocab.get("background_after_days", 31)))
    if ref.day is not None:
        return ref.day - _month_end(value.day) > limit
    if ref.month is not None:
        return (ref.month[0] * 12 + ref.month[1]) - (value.day.year * 12 + value.day.month) > 1
    return False


def _mention(text: str, ctx: _Ctx) -> DateMention:
    try:
        value = _RESOLVERS[ctx.hit.kind](ctx)
    except (KeyError, ValueError, OverflowError):   # a vocabulary gap or an impossible date: no day
        value = _Value(None)
    # a "since" period runs up to publication: its age alone does not make it background
    background = value.background or (not ctx.hit.since and _is_old_period(value, ctx.ref, ctx.g))
    return DateMention(start=ctx.hit.start, end=ctx.hit.end, text=text[ctx.hit.start:ctx.hit.end],
                       day=value.day, precision=value.precision, last_day=value.last_day,
                       background=background, since=ctx.hit.since)


# --------------------------------------------------------------------------- reference day
def _reference(published: date | None, month: tuple[int, int] | None) -> _Ref:
    if published is not None:
        return _Ref(published, (published.year, published.month))
    return _Ref(None, month)


def _with_dateline(ref: _Ref, hits: list[_Hit], text: str, g: _Grammar) -> _Ref:
    """A dateline ("TRIPOLI, 8 avril (AFP) -") is the day the dispatch counts from."""
    dateline = next((h for h in hits if h.kind == "dateline"), None)
    if dateline is None or not text[dateline.match.start():].lstrip()[:1].isupper():
        return ref
    day = _explicit(_Ctx(g, ref, dateline, None, False)).day
    if day is None or (ref.day is not None and not 0 <= (ref.day - day).days <= 7):
        return ref
    return _Ref(day, (day.year, day.month))


# --------------------------------------------------------------------------- public API
_ANCHOR_KINDS = frozenset({"explicit", "weekday", "weekday_day", "relative_day", "night", "night_phrase", "range",
                           "week", "dateline"})
_NIGHT_FOLLOW_SENTENCES = 3


def _night_window(hit: _Hit, hits: list[_Hit], sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """Where a time can say when a night's event began: its sentence and the next few, up to the
    sentence that anchors a new day (reports give the hour after the lead: "vers 22 heures, ...")."""
    starts = [s for s, _ in sentences]
    i = max(0, bisect_right(starts, hit.start) - 1)
    end = sentences[i][1]
    for nxt_start, nxt_end in sentences[i + 1:i + 1 + _NIGHT_FOLLOW_SENTENCES]:
        if any(nxt_start <= h.start < nxt_end and h.kind in _ANCHOR_KINDS and not h.since for h in hits):
            break
        end = nxt_end
    return sentences[i][0], end


def _resolve_all(text: str, ref: _Ref, lang: str, sentences: list[tuple[int, int]]) -> list[DateMention]:
    g = _grammar(_lang_of(lang))
    folded = fold_same_length(text)
    hits = _scan(folded, g)
    ref = _with_dateline(ref, hits, text, g)
    mentions: list[DateMention] = []
    previous: date | None = None
    for hit in hits:
        night_first = False
        if hit.kind in ("night", "night_phrase"):
            night_first = bool(g.night_start.search(folded, *_night_window(hit, hits, sentences)))
        mention = _mention(text, _Ctx(g, ref, hit, previous, night_first))
        mentions.append(mention)
        if mention.day is not None and mention.precision == 1 and not (mention.since or mention.background):
            previous = mention.day
    return mentions


def find_dates(adoc: AnalyzedDoc) -> list[DateMention]:
    """Every temporal expression of the article, resolved against its publication (or dateline) day."""
    text = adoc.text or ""
    if not text.strip():
        return []
    sentences = [(s.start_char, s.end_char) for s in adoc.doc.sents] if len(adoc.doc) else [(0, len(text))]
    ref = _reference(adoc.article.published_day, adoc.article.published_month)
    return _resolve_all(text, ref, adoc.article.lang or adoc.lang, sentences)


def resolve(expression: str, published: date | None, lang: str = "fr") -> DateMention | None:
    """The first temporal expression in `expression`, resolved; its span is the whole expression."""
    if not expression or not expression.strip():
        return None
    ref = _reference(published, (published.year, published.month) if published else None)
    mentions = _resolve_all(expression, ref, lang, [(0, len(expression))])
    if not mentions:
        return None
    first = mentions[0]
    return DateMention(start=0, end=len(expression), text=expression, day=first.day, precision=first.precision,
                       last_day=first.last_day, background=first.background, since=first.since)


# --------------------------------------------------------------------------- governing date
# Dependencies that leave the trigger's clause: a date below them dates another clause.
_CLAUSE_EXITS = frozenset({"ccomp", "advcl", "parataxis", "csubj", "punct", "mark", "cc", "dislocated", "vocative"})
_SAME_CLAUSE = frozenset({"conj", "xcomp", "aux", "cop", "fixed", "flat"})
_VERBAL = frozenset({"VERB", "AUX"})
_ATTACH_DEPTH = 2   # a date's noun hangs on the verb, or on one of its nominals ("pris d'assaut lundi")


def _clause_heads(token) -> list:
    """The trigger, the participles describing it ("les frappes menees samedi") and the verb its
    clause hangs on (a noun trigger's verb, a coordinated verb's head)."""
    heads = [token] + [child for child in token.children if child.dep_.split(":")[0] == "acl"]
    current = token
    for _ in range(3):
        if current.head is current or (current.pos_ in _VERBAL and current.dep_.split(":")[0] not in _SAME_CLAUSE):
            break
        current = current.head
        heads.append(current)
    return heads


def _date_of_token(adoc: AnalyzedDoc, dates: list[DateMention]) -> dict[int, int]:
    """spaCy token index -> index of the date mention covering it."""
    owner: dict[int, int] = {}
    for i, mention in enumerate(dates):
        span = adoc.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for token in span or ():
            owner.setdefault(token.i, i)
    return owner


def _attached(heads: list, owner: dict[int, int]) -> dict[int, int]:
    """Date mentions hanging on the clause heads within a few dependency steps: index -> depth."""
    depth_of: dict[int, int] = {}
    frontier = [(head, 0) for head in heads]
    seen = {head.i for head in heads}
    while frontier:
        token, depth = frontier.pop()
        for child in token.children:
            if child.i in seen or child.dep_.split(":")[0] in _CLAUSE_EXITS:
                continue
            seen.add(child.i)
            if child.i in owner:
                index = owner[child.i]
                depth_of[index] = min(depth_of.get(index, depth + 1), depth + 1)
            elif depth + 1 < _ATTACH_DEPTH:
                frontier.append((child, depth + 1))
    return depth_of


def _usable(mention: DateMention, published: date | None) -> bool:
    """A date an event can be coded to: no background, no period start, not after publication."""
    if mention.background or mention.since:
        return False
    return published is None or mention.day is None or mention.day <= published


def governing_date(adoc: AnalyzedDoc, dates: list[DateMention], token_index: int) -> DateMention | None:
    """The date of the clause of the trigger token: one attached to it in the parse, else the nearest
    usable one (see `_nearest`). A clause dated only by a background or "since" expression gets None."""
    if not dates or not 0 <= token_index < len(adoc.doc):
        return None
    token = adoc.doc[token_index]
    published = adoc.article.published_day
    depth_of = _attached(_clause_heads(token), _date_of_token(adoc, dates))
    if depth_of:
        ranked = sorted(depth_of, key=lambda i: (depth_of[i], abs(dates[i].start - token.idx)))
        usable = [i for i in ranked if _usable(dates[i], published)]
        if usable:
            return dates[usable[0]]
        if depth_of[ranked[0]] == 1:   # the clause is dated, but only by a background or a period start
            return None
    return _nearest(adoc, [d for d in dates if _usable(d, published)], token)


def said_on(adoc: AnalyzedDoc, mention: DateMention) -> bool:
    """The date tells when something was said ("a indique lundi", "said on Thursday"): the verb it hangs on
    is a verb of saying, so it is the report's day, not the day of what is reported."""
    if adoc.doc is None:
        return False
    span = adoc.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    current = span.root
    for _ in range(3):
        if current.head is current:
            break
        current = current.head
        if current.pos_ in _VERBAL:
            return is_reporting_verb(current, adoc.lang)
    return False


def _sequence_gap(token, markers: frozenset[str]) -> tuple[int, int] | None:
    """Characters whose dates cannot reach ``token``: the clause a sequence marker hangs its clause on, up to
    that clause ("les rebelles avaient pris Kaga samedi, avant d'en etre chasses": what follows "avant" came
    later than Saturday)."""
    current, steps = token, 0
    while steps < 8 and current.head is not current:
        if any(c.dep_ == "mark" and fold_same_length(c.text.lower()) in markers for c in current.children):
            return current.head.left_edge.idx, current.left_edge.idx
        current, steps = current.head, steps + 1
    return None


def _nearest(adoc: AnalyzedDoc, usable: list[DateMention], token) -> DateMention | None:
    """No date in the clause: the last one before it in the sentence, then in the paragraph; then one
    later in the sentence (a misparsed "..., dans la soiree du 14 avril, ont rapporte..."). Beyond the
    paragraph the last date of the text is often a reporting date ("a indique lundi"): the coder uses the
    day of the event told before instead. A clause opened by a sequence marker ("avant de") skips the
    dates of the clause it follows (`_sequence_gap`)."""
    sentence = token.sent
    markers = frozenset(_grammar(_lang_of(adoc.lang)).vocab.get("sequence_markers") or ())
    gap = _sequence_gap(token, markers) if markers else None
    if gap is not None:
        usable = [d for d in usable if not gap[0] <= d.start < gap[1]]
    earlier = [d for d in usable if d.start < token.idx]
    in_sentence = [d for d in earlier if d.start >= sentence.start_char]
    if in_sentence:
        return in_sentence[-1]
    paragraph = adoc.paragraph_index(token.idx)
    in_paragraph = [d for d in earlier if adoc.paragraph_index(d.start) == paragraph]
    if in_paragraph:
        return in_paragraph[-1]
    later = [d for d in usable if token.idx < d.start < sentence.end_char]
    return later[0] if later else None
