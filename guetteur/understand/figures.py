"""Counts of people: how many, what happened to them, who they were, whether it is a running total.

Two layers. ``parse_quantity`` values a number phrase ("plus d'une cinquantaine", "1,5 million",
"des dizaines de milliers") by EVENTS.md section 6, from the word lists in ``resources/<lang>/quantities.yml``.
``find_figures`` walks the parsed article, values every number phrase, and keeps those that count people:
the counted noun after the number, then the dependency parse (noun -> governing verb) and the words next to
it, say what happened ("figures.yml" kinds) and to whom (groups).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from text_to_num import text2num

from guetteur.model import AnalyzedDoc, FigureMention
from guetteur.resources import language_folder, load_yaml
from guetteur.understand.analysis import MODELS
from guetteur.text import APOSTROPHES, fold

Quantity = tuple[int | None, int | None, int | None, str]

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+'?")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_MIXED = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")   # "4e", "10h30", "G5": never a count
_MAX_VALUE = 10_000_000_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


# --------------------------------------------------------------------------- words
def words_of(text: str) -> list[str]:
    """Folded words of a phrase, digits kept whole ("1,5", "4.500"), elided "d'" read as "de"."""
    words = []
    for raw in _WORD.findall(text.translate(APOSTROPHES)):
        word = fold(raw) if not raw[0].isdigit() else raw
        if word.endswith("'"):
            word = "de" if word == "d'" else word[:-1]
        if word:
            words.extend(word.split())
    return words


def stem(word: str) -> str:
    """Folded word without plural or feminine participle ending: "tuées" -> "tue", "morts" -> "mort"."""
    word = fold(word)
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("ee"):
        word = word[:-1]
    return word


def stems(phrase: str) -> str:
    return " ".join(stem(w) for w in fold(phrase).split())


# --------------------------------------------------------------------------- quantity lexicon
@dataclass(frozen=True, slots=True)
class QuantityWords:
    number_words: frozenset[str]
    joiners: frozenset[str]
    decimal_mark: str
    thousands_marks: tuple[str, ...]
    scales: dict[str, int]
    half: str
    half_joiner: str
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]   # longest phrase first
    about_spread: float
    range_openers: dict[str, frozenset[str]]
    bare_joiners: frozenset[str]
    approx_spread: float
    approx_words: dict[str, int]
    singular_articles: frozenset[str]
    single_articles: frozenset[str]      # "a", "an": one person, when not a number word already
    plural_vague: dict[str, int]
    plural_articles: frozenset[str]
    few_words: tuple[tuple[str, ...], ...]
    few_range: tuple[int, int]
    plural_units: dict[str, int]
    scale_linker: str
    plural_scales: dict[str, int]


@lru_cache(maxsize=None)
def quantity_words(lang: str = "fr") -> QuantityWords:
    data = load_yaml(language_folder(lang, "quantities.yml"), "quantities.yml")
    qualifiers = [(tuple(words_of(p)), q) for q, phrases in data["qualifiers"].items() for p in phrases]
    qualifiers.sort(key=lambda item: -len(item[0]))
    return QuantityWords(
        number_words=frozenset(data["number_words"]), joiners=frozenset(data["number_joiners"]),
        decimal_mark=data["decimal_mark"], thousands_marks=tuple(data["thousands_marks"]),
        scales=dict(data["scales"]), half=data["half"], half_joiner=data["half_joiner"],
        qualifiers=tuple(qualifiers), about_spread=float(data["about_spread"]),
        range_openers={k: frozenset(v) for k, v in data["range_open_joiners"].items()
                       if k in data["range_openers"]},
        bare_joiners=frozenset(data["range_bare_joiners"]), approx_spread=float(data["approx_spread"]),
        approx_words=dict(data["approx_words"]), singular_articles=frozenset(data["singular_articles"]),
        single_articles=frozenset(data.get("single_articles") or []),
        plural_vague=dict(data["plural_vague"]), plural_articles=frozenset(data["plural_articles"] or []),
        few_words=tuple(tuple(words_of(p)) for p in data["few_words"]), few_range=tuple(data["few_range"]),
        plural_units=dict(data["plural_units"]), scale_linker=data["scale_linker"],
        plural_scales=dict(data["plural_scales"]))


# --------------------------------------------------------------------------- quantity reading
@dataclass(frozen=True, slots=True)
class Amount:
    low: float | None
    best: float
    high: float | None
    qualifier: str          # exact, about, vague before any explicit qualifier

    def scaled(self, factor: int) -> "Amount":
        return Amount(_times(self.low, factor), self.best * factor, _times(self.high, factor), self.qualifier)


def _times(value: float | None, factor: int) -> float | None:
    return None if value is None else value * factor


def _at(words: list[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _match(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[i:i + len(phrase)]) == phrase


def _digits_value(word: str, qw: QuantityWords) -> float | None:
    for mark in qw.thousands_marks:
        if mark.strip() and re.fullmatch(r"\d{1,3}(?:%s\d{3})+" % re.escape(mark), word):
            return float(word.replace(mark, ""))
    number = word.replace(qw.decimal_mark, ".")
    try:
        return float(number)
    except ValueError:
        return None


def _read_digits(words: list[str], i: int, qw: QuantityWords) -> tuple[float, int] | None:
    word = words[i]
    if not _DIGITS.fullmatch(word):
        return None
    j = i + 1
    if " " in qw.thousands_marks and re.fullmatch(r"\d{1,3}", word):
        while re.fullmatch(r"\d{3}", _at(words, j)):   # "4 500", "1 600 000"
            word += words[j]
            j += 1
    value = _digits_value(word, qw)
    return (value, j) if value is not None else None


def _read_number_words(words: list[str], i: int, qw: QuantityWords) -> tuple[float, int] | None:
    if words[i] not in qw.number_words or words[i] in qw.joiners:
        return None
    end = i
    while end < len(words) and words[end] in qw.number_words:
        end += 1
    lang = "fr" if "et" in qw.joiners else "en"
    while end > i:
        if words[end - 1] not in qw.joiners:
            try:
                return float(text2num(" ".join(words[i:end]), lang)), end
            except ValueError:
                pass
        end -= 1
    return None


def _read_scale(words: list[str], j: int, value: float, qw: QuantityWords) -> tuple[float, int]:
    """"1,5 million", "un demi-million", "un million et demi"."""
    if _at(words, j) == qw.half and _at(words, j + 1) in qw.scales:
        return value * qw.scales[words[j + 1]] / 2, j + 2
    scale = qw.scales.get(_at(words, j))
    if scale is None or (scale < 1_000_000 and value >= scale):
        return value, j
    value, j = value * scale, j + 1
    if _at(words, j) == qw.half_joiner and _at(words, j + 1) == qw.half:
        return value + scale / 2, j + 2
    return value, j


def _read_number(words: list[str], i: int, qw: QuantityWords) -> tuple[Amount, int] | None:
    read = _read_digits(words, i, qw) or _read_number_words(words, i, qw)
    if read is None:
        return None
    value, j = _read_scale(words, read[1], read[0], qw)
    return Amount(value, value, value, "exact"), j


def _with_scale(amount: Amount, words: list[str], j: int, qw: QuantityWords) -> tuple[Amount, int]:
    """"des dizaines de milliers": the vague amount times the scale after the linker."""
    if _at(words, j) == qw.scale_linker and _at(words, j + 1) in qw.plural_scales:
        return amount.scaled(qw.plural_scales[words[j + 1]]), j + 2
    return amount, j


def _read_vague(words: list[str], i: int, qw: QuantityWords) -> tuple[Amount, int] | None:
    word, after = words[i], _at(words, i + 1)
    if word in qw.singular_articles and after in qw.approx_words:
        value, spread = qw.approx_words[after], qw.approx_spread
        return _with_scale(Amount(value * (1 - spread), value, value * (1 + spread), "about"), words, i + 2, qw)
    for phrase in qw.few_words:
        if _match(words, i, phrase):
            j = i + len(phrase)
            unit = qw.plural_units.get(_at(words, j), 1)
            low, best = qw.few_range
            j += unit != 1
            return _with_scale(Amount(low * unit, best * unit, None, "vague"), words, j, qw)
    if word in qw.plural_articles and after in qw.plural_vague:
        word, i = after, i + 1
    if word in qw.plural_vague:
        value = qw.plural_vague[word]
        return _with_scale(Amount(value, value, None, "vague"), words, i + 1, qw)
    return None


def _read_core(words: list[str], i: int, qw: QuantityWords) -> tuple[Amount, int] | None:
    if i >= len(words):
        return None
    return _read_vague(words, i, qw) or _read_number(words, i, qw)


def _read_range(words: list[str], i: int, qw: QuantityWords) -> tuple[Amount, int] | None:
    """"entre 10 et 15", "deux ou trois": low and best the first, high the second."""
    joiners = qw.range_openers.get(_at(words, i))
    first = _read_core(words, i + 1 if joiners else i, qw)
    if first is None:
        return None
    amount, j = first
    if _at(words, j) not in (joiners or qw.bare_joiners):
        return None
    second = _read_core(words, j + 1, qw)
    if second is None or second[0].best <= amount.best:
        return None
    return Amount(amount.best, amount.best, second[0].best, "about"), second[1]


def _read_qualifier(words: list[str], i: int, qw: QuantityWords) -> tuple[str | None, int]:
    for phrase, qualifier in _by_first_word(qw.qualifiers).get(_at(words, i), ()):
        if _match(words, i, phrase):
            return qualifier, i + len(phrase)
    return None, i


@lru_cache(maxsize=None)
def _by_first_word(phrases: tuple | frozenset) -> dict[str, list]:
    """Phrases (or (phrase, value) pairs) indexed by their first word, in their original order, so that
    scanning every word of an article costs one lookup per word."""
    index: dict[str, list] = {}
    for item in phrases:
        phrase = item[0] if isinstance(item[0], tuple) else item
        index.setdefault(phrase[0], []).append(item)
    return index


def _qualified(amount: Amount, qualifier: str | None, qw: QuantityWords) -> Quantity:
    best = round(amount.best)
    if qualifier == "at_least":
        return best, best, None, "at_least"
    if qualifier == "more_than":
        return best + 1, best + 1, None, "more_than"
    if qualifier == "up_to":
        return None, best, best, "up_to"
    if qualifier == "about" and amount.qualifier == "exact":
        spread = qw.about_spread
        return round(best * (1 - spread)), best, round(best * (1 + spread)), "about"
    low = None if amount.low is None else round(amount.low)
    high = None if amount.high is None else round(amount.high)
    return low, best, high, qualifier or amount.qualifier


def read_quantity(words: list[str], i: int, lang: str = "fr") -> tuple[Quantity, int] | None:
    """The quantity starting at ``words[i]`` and the index after it, or None."""
    qw = quantity_words(lang)
    qualifier, j = _read_qualifier(words, i, qw)
    read = _read_range(words, j, qw) or _read_core(words, j, qw)
    if read is None or not 0 <= read[0].best < _MAX_VALUE:
        return None
    amount, end = read
    return _qualified(amount, qualifier, qw), end


def parse_quantity(text: str, lang: str = "fr") -> Quantity | None:
    """(low, best, high, qualifier) of a number phrase; words after the number are ignored."""
    words = words_of(text or "")
    read = read_quantity(words, 0, lang) if words else None
    return read[0] if read else None


# --------------------------------------------------------------------------- figure lexicon
@dataclass(frozen=True, slots=True)
class FigureWords:
    kinds: dict[str, str]                       # stem -> kind
    phrases: dict[tuple[str, str], str]         # (verb stem, object stem) -> kind
    bridges: frozenset[str]
    victim_subject_verbs: frozenset[str]
    groups: dict[tuple[str, ...], str | None]   # stems of a counted noun phrase -> group (None: people)
    longest_group: int
    not_people: frozenset[tuple[str, ...]]
    passive_auxiliaries: frozenset[str]
    auxiliaries: frozenset[str]
    subset_markers: frozenset[str]
    among_markers: frozenset[str]
    fillers: frozenset[str]
    cumulative: re.Pattern
    since_one_event: re.Pattern                 # "depuis l'assaut", "since the attack": one event's time, no period
    cumulative_subjects: frozenset[str]
    partitive_linkers: frozenset[str]
    noun_linkers: frozenset[str]                # "de", "of": between a number or a kind noun and its noun
    partitive_determiners: frozenset[str]
    reflexive_other_sense: frozenset[str]
    toll_nouns: frozenset[str]
    time_anchors: re.Pattern
    stock_kinds: frozenset[str]
    stock_threshold: int
    sides: dict[str, str]                       # group -> side whose counts overlap
    subset_phrases: tuple[tuple[str, ...], ...]
    release_verbs: frozenset[str]               # "liberer": the detainees or hostages counted were let go


def _phrase_keys(phrases: list[str]) -> list[tuple[str, ...]]:
    return [tuple(stems(p).split()) for p in phrases]


def _stem_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=None)
def figure_words(lang: str = "fr") -> FigureWords:
    data = load_yaml(language_folder(lang, "figures.yml"), "figures.yml")
    kinds = {stem(w): kind for kind, ws in data["kinds"].items() for w in ws}
    phrases = {(stem(verb), stem(obj)): kind for kind, table in (data.get("phrases") or {}).items()
               for verb, objs in table.items() for obj in objs}
    groups: dict[tuple[str, ...], str | None] = {key: None for key in _phrase_keys(data["people"])}
    for group, nouns in data["groups"].items():
        groups.update({key: group for key in _phrase_keys(nouns)})
    return FigureWords(
        kinds=kinds, phrases=phrases, bridges=_stem_set(data["bridges"]),
        victim_subject_verbs=_stem_set(data["victim_subject_verbs"]), groups=groups,
        longest_group=max(len(k) for k in groups), not_people=frozenset(_phrase_keys(data["not_people"])),
        passive_auxiliaries=frozenset(data["passive_auxiliaries"]),
        auxiliaries=frozenset(data["passive_auxiliaries"] + data["other_auxiliaries"]),
        subset_markers=frozenset(fold(w) for w in data["subset_markers"]),
        among_markers=frozenset(fold(w) for w in data["among_markers"]),
        fillers=frozenset(stems(w) for w in data["fillers"]), cumulative=_cumulative_pattern(data),
        since_one_event=_since_one_event_pattern(data.get("since_one_event") or {}),
        cumulative_subjects=_stem_set(data["cumulative_subjects"]),
        partitive_linkers=frozenset(fold(w) for w in data.get("partitive_linkers") or []),
        noun_linkers=frozenset(fold(w) for w in data.get("noun_linkers") or []),
        partitive_determiners=frozenset(fold(w) for w in data.get("partitive_determiners") or []),
        reflexive_other_sense=_stem_set(data.get("reflexive_other_sense") or []),
        toll_nouns=_stem_set(w for n in data.get("toll_nouns") or [] for w in n.split()[-1:]),
        time_anchors=_whole_words(data.get("time_anchors") or []),
        stock_kinds=frozenset(data.get("stock_kinds") or []),
        stock_threshold=int(data.get("stock_threshold") or _MAX_VALUE),
        sides={group: side for side, groups in (data.get("victim_sides") or {}).items() for group in groups},
        subset_phrases=tuple(sorted({tuple(words_of(m)) for m in data["subset_markers"]}, key=len, reverse=True)),
        release_verbs=_stem_set(data.get("release_verbs") or []))


def _alternatives(words: list[str] | None) -> str:
    """Folded words as regex alternatives, longest first."""
    return "|".join(re.escape(fold(w)) for w in sorted(words or [], key=len, reverse=True))


def _whole_words(phrases: list[str]) -> re.Pattern:
    """One whole-word regex for folded phrases; matches nothing when there are none."""
    alternatives = _alternatives(phrases)
    return re.compile(rf"\b(?:{alternatives})\b" if alternatives else r"(?!)")


def _cumulative_pattern(data: dict) -> re.Pattern:
    """Cue phrases, and "en trois jours" / "sur 48 heures" period phrases, as one whole-word regex."""
    cues = _alternatives(data["cumulative_cues"])
    openers = "|".join(re.escape(w) for w in data["cumulative_period_openers"])
    periods = "|".join(re.escape(fold(w)) for w in data["cumulative_periods"])
    return re.compile(rf"\b(?:{cues}|(?:{openers}) (?:\w+ ){{1,2}}(?:{periods}))\b")


def _since_one_event_pattern(data: dict) -> re.Pattern:
    """"depuis (le debut de) l'assaut", "since the attack began": a count since one atomic event started is
    that event's toll. Campaign nouns ("offensive", "campagne") are not listed: counts since them run on."""
    nouns, openers = _alternatives(data.get("nouns")), _alternatives(data.get("openers"))
    if not nouns or not openers:
        return re.compile(r"(?!)")
    determiners = _alternatives(data.get("determiners")) or "(?!)"
    return re.compile(rf"\b(?:{openers}) (?:(?:{determiners}) ?)?(?:{nouns})\b")


def _running_total_text(text: str, fw: FigureWords) -> bool:
    """The folded clause text frames a count as a running total: a cumulative cue, once the time phrases
    of one event ("depuis l'assaut") are set aside."""
    return bool(fw.cumulative.search(fw.since_one_event.sub(" ", text)))


# --------------------------------------------------------------------------- what a number counts
def _token_words(doc: Doc) -> tuple[list[str], list[int]]:
    """Folded words of the whole document and the token each word comes from."""
    words, owners = [], []
    for token in doc:
        found = ["<mixed>"] if _MIXED.match(token.text) else words_of(token.text)
        words.extend(found)
        owners.extend([token.i] * len(found))
    return words, owners


# English models label dependencies in the ClearNLP scheme; the rules here read Universal Dependencies.
_UD_LABELS = {"nsubjpass": "nsubj:pass", "dobj": "obj", "auxpass": "aux:pass", "relcl": "acl:relcl",
              "agent": "obl:agent", "acomp": "xcomp", "oprd": "xcomp", "attr": "xcomp", "dative": "iobj"}


def _dep(token: Token) -> str:
    return _UD_LABELS.get(token.dep_, token.dep_)


def _kind_of(token: Token, fw: FigureWords) -> str | None:
    """Kind of a word by lemma or form; a gerund the tagger missed is read as its verb ("blessant")."""
    word = stem(token.text)
    gerund = fw.kinds.get(word[:-3] + "er") if word.endswith("ant") else None
    return fw.kinds.get(stem(token.lemma_)) or fw.kinds.get(word) or gerund


@dataclass(slots=True)
class _Counted:
    token: Token | None      # the noun counted, None when the number stands alone
    size: int                # tokens of the counted phrase ("casques bleus" = 2)
    group: str | None
    kind: str | None         # a noun that says what happened ("morts", "blesses", "otages")
    known: bool              # a people or kind noun, not a noun only the parse may vouch for


def _group_at(doc: Doc, i: int, fw: FigureWords) -> tuple[int, str | None] | None:
    """Longest people phrase starting at token ``i``: (length, group) or None."""
    for size in range(min(fw.longest_group, len(doc) - i), 0, -1):
        key = tuple(stem(t.text) for t in doc[i:i + size])
        if key in fw.groups:
            return size, fw.groups[key]
    return None


def _is_not_people(doc: Doc, i: int, fw: FigureWords) -> bool:
    keys = _by_first_word(fw.not_people).get(stem(doc[i].text), ())
    return any(tuple(stem(t.text) for t in doc[i:i + len(k)]) == k for k in keys)


def _modifier_group(noun: Token, fw: FigureWords) -> str | None:
    """"personnes civiles", "soldats tchadiens": the group an adjective gives a people noun."""
    for child in noun.children:
        if _dep(child) == "amod" and fw.groups.get((stem(child.text),)):
            return fw.groups[(stem(child.text),)]
    return None


_ALONE = _Counted(None, 0, None, None, False)


def _counted_start(doc: Doc, i: int, fw: FigureWords, linkers: frozenset[str]) -> int:
    """Index of the counted noun after a number: past a linker ("de", "of"), a partitive ("des", "d'entre",
    "de leurs", "of their own") and a filler that a people noun follows ("quatre autres personnes"). A closing
    quote is skipped: a number quoted from a source still counts what follows ("« une quarantaine » de morts")."""
    if i < len(doc) and doc[i].is_quote:
        i += 1
    if i < len(doc) and fold(doc[i].text).rstrip("'") in linkers | fw.partitive_linkers:
        i += 1
        while i < len(doc) and fold(doc[i].text) in fw.partitive_determiners:
            i += 1
    if i + 1 < len(doc) and stem(doc[i].text) in fw.fillers and _group_at(doc, i + 1, fw):
        i += 1
    return i


def _counted_after(doc: Doc, last: int, fw: FigureWords, linkers: frozenset[str]) -> _Counted | None:
    """What the number counts: the noun right after it ("sept combattants", "des milliers de deplaces").

    None when that noun is a unit or a thing ("kilometres", "ans", "vehicules").
    """
    i = _counted_start(doc, last + 1, fw, linkers)
    if i >= len(doc) or not doc[i].is_alpha:
        return _ALONE
    if _is_not_people(doc, i, fw):
        return None
    token, found = doc[i], _group_at(doc, i, fw)
    kind = fw.kinds.get(stem(token.text)) or (_kind_of(token, fw) if token.pos_ != "VERB" else None)
    if kind or found:
        size, group = found or (1, None)
        return _Counted(token, size, group or _modifier_group(token, fw), kind, True)
    if token.pos_ in ("NOUN", "PROPN"):
        return _Counted(token, 1, None, None, False)
    return _ALONE


def _group_among(doc: Doc, counted: Token, fw: FigureWords) -> str | None:
    """"des centaines de morts parmi les civils"; after a kind noun, "vingt-trois corps de combattants"."""
    after = counted.i + 1
    linked = after + 1 < len(doc) and fold(doc[after].text).rstrip("'") in fw.noun_linkers
    if linked and stem(counted.text) in fw.kinds:
        found = _group_at(doc, _counted_start(doc, after, fw, fw.noun_linkers), fw)
        if found and found[1]:
            return found[1]
    for token in doc[after:min(counted.i + 3, len(doc))]:
        if fold(token.text) in fw.among_markers:
            for noun in doc[token.i + 1:min(token.i + 4, len(doc))]:
                found = _group_at(doc, noun.i, fw)
                if found and found[1]:
                    return found[1]
    return None


# --------------------------------------------------------------------------- what happened to them
_CORE_ARGUMENTS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:agent", "xcomp")
_LOOSE_ARGUMENTS = _CORE_ARGUMENTS + ("obl:mod", "obl", "nmod")   # parser slips, trusted for people nouns


def _phrase_kind(verb: Token, fw: FigureWords) -> str | None:
    """"ont perdu la vie", "ont quitte leurs foyers": verb and object together."""
    for child in verb.children:
        kind = fw.phrases.get((stem(verb.lemma_), stem(child.lemma_)))
        if kind:
            return kind
    return None


def _verb_kind(verb: Token, fw: FigureWords) -> tuple[str | None, Token]:
    """Kind named by a governing verb, its verb+object phrase, or the infinitive after a bridge verb
    ("ont du fuir"), with the verb that names it."""
    if stem(verb.lemma_) in fw.reflexive_other_sense and any(_dep(c).startswith("expl") for c in verb.children):
        return None, verb     # "des obus se sont abattus": they fell
    kind = _kind_of(verb, fw) or _phrase_kind(verb, fw)
    if kind or stem(verb.lemma_) not in fw.bridges:
        return kind, verb
    for child in verb.children:
        if _dep(child) in ("xcomp", "advcl", "ccomp", "obl:arg") and child.pos_ in ("VERB", "ADJ", "NOUN"):
            kind = _kind_of(child, fw) or _phrase_kind(child, fw)
            if kind:
                return kind, child
    return None, verb


def _is_perpetrator(argument: Token, verb: Token, fw: FigureWords) -> bool:
    """Active subject of a transitive kind verb: "trois hommes armes ont tue un soldat"."""
    if _dep(argument) != "nsubj" or verb.pos_ != "VERB":
        return False
    if any(_dep(child) == "aux:pass" for child in verb.children):
        return False
    return stem(verb.lemma_) not in fw.victim_subject_verbs and stem(verb.text) not in fw.victim_subject_verbs


def _governor(span: list[Token], deps: tuple[str, ...]) -> tuple[Token, Token] | None:
    """(argument, verb): the verb or adjective the figure phrase is an argument of, through coordination."""
    inside = {t.i for t in span}
    for token in span:
        while _dep(token) in ("conj", "appos") and token.head is not token and token.head.i not in inside:
            token = token.head
        if token.head.i in inside or token.head is token:
            continue
        if _dep(token) in deps and token.head.pos_ in ("VERB", "ADJ", "AUX"):
            return token, token.head
    return None


def _kind_nearby(doc: Doc, after: int, fw: FigureWords) -> str | None:
    """A participle right after the count ("trois civils tues", "cinq autres blesses",
    "sont actuellement deplacees"); auxiliaries must include "etre" so the people are the victims."""
    i, auxiliaries = after, []
    while i < len(doc) and (stem(doc[i].text) in fw.fillers or doc[i].pos_ in ("AUX", "ADV")
                            or fold(doc[i].text) in fw.auxiliaries
                            or (doc[i].pos_ == "ADJ" and _kind_of(doc[i], fw) is None)):   # "soldats maliens"
        if doc[i].pos_ == "AUX" or fold(doc[i].text) in fw.auxiliaries:
            auxiliaries.append(fold(doc[i].text))
        i += 1
    passive = not auxiliaries or any(aux in fw.passive_auxiliaries for aux in auxiliaries)
    if i < len(doc) and doc[i].is_alpha and passive:
        return _kind_of(doc[i], fw)
    return None


def _kind_before(doc: Doc, first: int, fw: FigureWords) -> str | None:
    """A verb just before the count ("tuant trois civils", "killed more than 30 people")."""
    i = first - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i >= 0 and doc[i].is_alpha and doc[i].pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM"):
        return _kind_of(doc[i], fw)
    return None


def _toll_kind(number: Token, fw: FigureWords) -> str | None:
    """"un bilan de 9", "le bilan s'est alourdi a 12", "put the toll at 17": a number a toll noun governs,
    or that the verb of a toll noun takes, counts the dead."""
    head = number.head.head if number.head.pos_ == "ADP" and number.head is not number else number.head
    if head is number:
        return None
    if stem(head.lemma_) in fw.toll_nouns or stem(head.text) in fw.toll_nouns:
        return "killed"
    if head.pos_ in ("VERB", "AUX", "ADJ") and any(
            _dep(c) in ("nsubj", "obj", "nsubj:pass") and stem(c.text) in fw.toll_nouns for c in head.children):
        return "killed"
    return None


def _find_kind(doc: Doc, first: int, span: list[Token], counted: _Counted,
               fw: FigureWords) -> tuple[str | None, Token | None]:
    """What happened to the counted people, and the verb governing the figure (None outside a clause)."""
    found = _governor(span, _LOOSE_ARGUMENTS if counted.known else _CORE_ARGUMENTS)
    verb = found[1] if found else None
    if verb is not None and _releases(verb, fw):   # "45 detenus ont ete liberes": no longer held
        return None, verb
    if counted.kind:
        return counted.kind, verb
    if counted.token is None and _toll_kind(span[-1], fw):     # "le bilan est passe a 14"
        return "killed", verb
    if found:
        own = _kind_before(doc, first, fw) if any(_dep(t) == "conj" for t in span) else None
        if own:     # "tuant neuf civils et en blessant vingt autres": the conjunct's own verb, whatever the parse
            return own, verb
        kind, carrier = _verb_kind(found[1], fw)
        if kind and _is_perpetrator(found[0], carrier, fw):
            return None, verb      # they did it: nothing happened to them
        if kind or not counted.known:
            return kind, verb
    if counted.token is None:     # a number alone: "displaced over two million"
        return _kind_before(doc, first, fw), verb
    if not counted.known:
        return None, verb
    head = span[-1]
    for child in head.children:
        if _dep(child) in ("amod", "acl") and _kind_of(child, fw):
            return _kind_of(child, fw), verb
    return _kind_nearby(doc, head.i + 1, fw) or _kind_before(doc, first, fw), verb


def _releases(verb: Token, fw: FigureWords) -> bool:
    return stem(verb.lemma_) in fw.release_verbs or stem(verb.text) in fw.release_verbs


def _plain_sentence(adoc: AnalyzedDoc, char: int) -> str:
    """The sentence around ``char`` by punctuation alone, for texts the parser does not know."""
    start, end = adoc.paragraphs[adoc.paragraph_index(char)]
    offset = start
    for piece in _SENTENCE_END.split(adoc.text[start:end]):
        if offset <= char < offset + len(piece) + 1:
            return piece
        offset += len(piece) + 1
    return adoc.text[start:end]


def _clause_tokens(adoc: AnalyzedDoc, head: Token, clause: Token) -> list[Token]:
    """The clause's tokens, without relative clauses that do not hold the figure ("sur la base de Taftanaz, ou
    Ankara a deploye des renforts ces dernieres semaines"). A clause never crosses a line break: the analysis
    starts a sentence after each one."""
    tokens = list(adoc.doc[clause.left_edge.i:clause.right_edge.i + 1])
    aside: set[int] = set()
    for token in tokens:
        holds_figure = token.left_edge.i <= head.i <= token.right_edge.i
        if _dep(token) == "acl:relcl" and token.i not in aside and not holds_figure:
            aside.update(range(token.left_edge.i, token.right_edge.i + 1))
    return [t for t in tokens if t.i not in aside]


def _cumulative_subject(clause: Token, inside: set[int], fw: FigureWords) -> bool:
    """"la guerre a fait 370 000 morts", "des violences qui ont fait des centaines de morts"."""
    for child in clause.children:
        if not _dep(child).startswith("nsubj") or child.i not in inside:
            continue
        subject = clause.head if child.pos_ == "PRON" and _dep(clause) == "acl:relcl" else child
        if stem(subject.lemma_) in fw.cumulative_subjects or stem(subject.text) in fw.cumulative_subjects:
            return True
    return False


def _is_stock(kind: str | None, quantity: Quantity, clause_text: str, fw: FigureWords) -> bool:
    """A count of displaced people, or a vague or very large count of casualties, told with no moment:
    a state of affairs ("quelque 75 000 personnes ont du fuir", "des milliers de morts")."""
    best = quantity[1]
    if kind is None or best is None or fw.time_anchors.search(clause_text):
        return False
    return kind in fw.stock_kinds or (kind in ("killed", "injured") and best >= fw.stock_threshold)


def _is_cumulative(adoc: AnalyzedDoc, head: Token, verb: Token | None, kind: str | None, quantity: Quantity,
                   fw: FigureWords) -> bool:
    """The clause of the figure (all its coordinated verbs) frames it as a running total or a stock."""
    if adoc.lang not in MODELS:      # read by another language's model: its parse is noise
        text = fold(_plain_sentence(adoc, head.idx))
        return _running_total_text(text, fw) or _is_stock(kind, quantity, text, fw)
    clause = verb if verb is not None else head.sent.root
    while _dep(clause) == "conj" and clause.head is not clause:
        clause = clause.head
    tokens = _clause_tokens(adoc, head, clause)
    text = fold(" ".join(t.text for t in tokens))
    if _running_total_text(text, fw) or _is_stock(kind, quantity, text, fw):
        return True
    return _cumulative_subject(clause, {t.i for t in tokens}, fw)


# --------------------------------------------------------------------------- figures
def _figure(adoc: AnalyzedDoc, first: int, last: int, quantity: Quantity, single: bool) -> FigureMention | None:
    doc, fw = adoc.doc, figure_words(adoc.lang)
    linkers = frozenset({quantity_words(adoc.lang).scale_linker, "de", "d"})
    counted = _counted_after(doc, last, fw, linkers)
    if counted is None or (single and not counted.known):
        return None
    head = counted.token if counted.token is not None else doc[last]
    end_token = head.i + counted.size - 1 if counted.token is not None else last
    kind, verb = _find_kind(doc, first, list(doc[first:end_token + 1]), counted, fw)
    if (not counted.known or single) and kind is None:
        return None
    start, end = doc[first].idx, doc[end_token].idx + len(doc[end_token])
    group = counted.group or (_group_among(doc, head, fw) if counted.token is not None else None)
    low, best, high, qualifier = quantity
    return FigureMention(start=start, end=end, text=adoc.text[start:end], low=low, best=best, high=high,
                         qualifier=qualifier, kind=kind, group=group, head=head.i,  # type: ignore[arg-type]
                         cumulative=_is_cumulative(adoc, head, verb, kind, quantity, fw))


def _inherit(figures: list[FigureMention], adoc: AnalyzedDoc) -> None:
    """Coordinated counts borrow the group of the previous count of the sentence.

    "sept combattants ont ete tues et une douzaine blesses": the twelve are combatants too.
    """
    fw, doc = figure_words(adoc.lang), adoc.doc
    for before, figure in zip(figures, figures[1:]):
        same_paragraph = adoc.paragraph_index(before.start) == adoc.paragraph_index(figure.start)
        if doc[before.head].sent.start != doc[figure.head].sent.start or not same_paragraph:
            continue
        between = {fold(t.text) for t in doc[before.head + 1:figure.head]}
        head_stem = stem(doc[figure.head].text)
        elliptic = doc[figure.head].like_num or head_stem in fw.kinds or head_stem in fw.fillers
        if figure.group is None and before.group and elliptic and between & {"et", "and"} \
                and figure.kind != before.kind:
            figure.group = before.group


def _words_before(doc: Doc, char: int, count: int) -> tuple[str, ...]:
    """The ``count`` folded words before the token at ``char``, punctuation skipped."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    i = span[0].i if span is not None and len(span) else 0
    words: list[str] = []
    for token in reversed(doc[max(0, i - count - 2):i]):
        if not token.is_punct:
            words[:0] = words_of(token.text)
    return tuple(words[-count:]) if count else ()


def is_subset(adoc: AnalyzedDoc, figure: FigureMention) -> bool:
    """The figure details part of a count just given ("12 morts, dont cinq enfants", "including four
    children", "parmi eux deux femmes"): a subset marker right before it."""
    fw = figure_words(adoc.lang)
    if adoc.doc is None or not len(adoc.doc) or not 0 <= figure.start < len(adoc.text):
        return False
    before = _words_before(adoc.doc, figure.start, max((len(p) for p in fw.subset_phrases), default=0))
    return any(p and before[-len(p):] == p for p in fw.subset_phrases)


def _mark_subsets(figures: list[FigureMention], adoc: AnalyzedDoc) -> None:
    """A subset of a count told just before in the paragraph says nothing new about how many: its kind is
    dropped (kind None) so that no event or toll counts those people twice; its group is kept."""
    for before, figure in zip(figures, figures[1:]):
        if before.kind and adoc.paragraph_index(before.start) == adoc.paragraph_index(figure.start) \
                and is_subset(adoc, figure):
            figure.kind, figure.cumulative = None, before.cumulative


def find_figures(adoc: AnalyzedDoc) -> list[FigureMention]:
    """Every count of people in the article, in text order."""
    doc = adoc.doc
    if doc is None or not len(doc):
        return []
    words, owners = _token_words(doc)
    qw = quantity_words(adoc.lang)
    singles = qw.singular_articles | qw.single_articles | {"un", "une", "one"}
    starters = _starters(adoc.lang)
    figures, i = [], 0
    while i < len(words):
        if words[i] not in starters and not words[i][:1].isdigit():
            i += 1      # most words cannot open a quantity: skip them with one lookup
            continue
        read = read_quantity(words, i, adoc.lang) or _single_article(words, i, qw)
        if read is None:
            i += 1
            continue
        quantity, end = read
        single = end == i + 1 and words[i] in singles
        figure = _figure(adoc, owners[i], owners[end - 1], quantity, single)
        if figure is not None:
            figures.append(figure)
        i = end
    _inherit(figures, adoc)
    _mark_subsets(figures, adoc)
    return figures


@lru_cache(maxsize=None)
def _starters(lang: str) -> frozenset[str]:
    """Every word a quantity can begin with, besides digits: number words, qualifiers, range openers,
    vague words and the articles that introduce them (all from quantities.yml)."""
    qw = quantity_words(lang)
    return (qw.number_words | qw.singular_articles | qw.single_articles | qw.plural_articles
            | frozenset(qw.plural_vague) | frozenset(qw.range_openers) | frozenset(qw.approx_words)
            | frozenset(phrase[0] for phrase, _ in qw.qualifiers) | frozenset(p[0] for p in qw.few_words))


def _single_article(words: list[str], i: int, qw: QuantityWords) -> tuple[Quantity, int] | None:
    """"a policeman was killed": an article that counts one (kept only before a people noun)."""
    return ((1, 1, 1, "exact"), i + 1) if words[i] in qw.single_articles else None


# --------------------------------------------------------------------------- parts of one toll
def _side(figure: FigureMention, fw: FigureWords) -> str | None:
    return fw.sides.get(figure.group, figure.group) if figure.group else None


def _sum_figure(parts: list[FigureMention]) -> FigureMention:
    """One figure for the sum of distinct victims' counts; a bound is kept only when every part has one."""
    lows = [p.low if p.low is not None else p.best for p in parts]
    highs = [p.high for p in parts]
    qualifiers = {p.qualifier for p in parts}
    return FigureMention(start=min(p.start for p in parts), end=max(p.end for p in parts),
                         text=" + ".join(p.text for p in parts), low=sum(v or 0 for v in lows),
                         best=sum(p.best or 0 for p in parts),
                         high=sum(h for h in highs if h is not None) if None not in highs else None,
                         qualifier=qualifiers.pop() if len(qualifiers) == 1 else "at_least",  # type: ignore[arg-type]
                         kind=parts[0].kind, group=None, head=parts[0].head, cumulative=False)


def _side_reports(figures: list[FigureMention], adoc: AnalyzedDoc) -> list[FigureMention]:
    """The reports of one side's count, one per sentence: groups counted in one sentence add up ("une femme
    et ses deux enfants"); the same group told twice in a sentence keeps its smallest count."""
    by_sentence: dict[int, dict[str, FigureMention]] = {}
    for figure in figures:
        groups = by_sentence.setdefault(adoc.sentence_at(figure.start).start, {})
        kept = groups.get(figure.group or "")
        if kept is None or (figure.best or 0) < (kept.best or 0):
            groups[figure.group or ""] = figure
    reports = [list(groups.values()) for groups in by_sentence.values()]
    return [report[0] if len(report) == 1 else _sum_figure(report) for report in reports]


def _best(figure: FigureMention) -> int:
    return figure.best or 0


def combine_parts(adoc: AnalyzedDoc, figures: list[FigureMention]) -> list[FigureMention]:
    """The figures of one event as alternative reports, with counts of distinct victims added up.

    "Quinze soldats ont ete tues ... « Une cinquantaine d'assaillants ont ete neutralises »": soldiers and
    attackers are different people, so the event's toll is their sum (65). Several reports of one side's
    count (one per sentence) are alternatives: with several sides, the smallest and the largest sums are
    returned. Counts with no group ("22 morts") are alternative reports of everyone and stay as they are,
    for the caller to take the smallest. Subsets ("dont trois enfants") have no kind and are not counted.
    Kinds are combined separately.
    """
    fw = figure_words(adoc.lang)
    combined: list[FigureMention] = []
    for kind in dict.fromkeys(f.kind for f in figures):
        same = [f for f in figures if f.kind == kind]
        sides: dict[str, list[FigureMention]] = {}
        for figure in same:
            side = _side(figure, fw)
            if kind is not None and side is not None and figure.best is not None:
                sides.setdefault(side, []).append(figure)
        parted = {id(f) for members in sides.values() for f in members}
        reports = [_side_reports(members, adoc) for members in sides.values()]
        if len(reports) == 1:
            combined.extend(reports[0])
        elif reports:
            smallest = _sum_figure([min(r, key=_best) for r in reports])
            largest = _sum_figure([max(r, key=_best) for r in reports])
            combined.extend([smallest] if largest.best == smallest.best else [smallest, largest])
        combined.extend(f for f in same if id(f) not in parted)
    return combined
