"""Who the text credits with a fact: "selon l'ONU", "a indique le ministere", "des habitants ont affirme".

French is read on the dependency parse (cue preposition -> source noun, reporting verb -> its subject,
inverted subjects of incises included); English, which the French model does not parse, on the sentence text.
Cue words live in ``resources/<lang>/attribution.yml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from guetteur.model import AnalyzedDoc, Attribution
from guetteur.resources import language_folder, load_yaml
from guetteur.text import fold

_CUE_TOKEN = re.compile(r"[^\s']+'?")
_CLOSING = ",.;:!?»\"”)( \n"
_NOMINAL = ("NOUN", "PROPN", "X")    # the tagger reads some acronyms ("ONG") as X


def _cue_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_CUE_TOKEN.findall(phrase.lower().replace("\u2019", "'")))


def _lower(token: Token) -> str:
    return token.lower_.replace("\u2019", "'")


# --------------------------------------------------------------------------- lexicon
@dataclass(frozen=True, slots=True)
class AttributionWords:
    cues: tuple[tuple[str, ...], ...]           # longest first
    keep_tail: frozenset[tuple[str, ...]]       # cues whose last word stays in the source ("de source")
    verbs: frozenset[str]
    verb_phrases: dict[str, frozenset[str]]
    pronouns: frozenset[str]
    containers: frozenset[str]
    container_links: frozenset[str]
    articles: frozenset[str]
    stop_words: frozenset[str]
    max_tokens: int
    max_gap: int


@lru_cache(maxsize=None)
def attribution_words(lang: str = "fr") -> AttributionWords:
    # English attributions are read by patterns (see _english); the French cue lists serve as the base
    data = load_yaml("fr" if lang == "en" else language_folder(lang, "attribution.yml"), "attribution.yml")
    cues = sorted({_cue_tokens(c) for c in data["preposition_cues"]}, key=len, reverse=True)
    return AttributionWords(
        cues=tuple(cues), keep_tail=frozenset(_cue_tokens(c) for c in data.get("keep_cue_tail") or []),
        verbs=frozenset(fold(v) for v in data["verbs"]),
        verb_phrases={fold(k): frozenset(fold(o) for o in v) for k, v in (data.get("verb_phrases") or {}).items()},
        pronouns=frozenset(fold(p) for p in data["pronouns"]),
        containers=frozenset(fold(c) for c in data["containers"]),
        container_links=frozenset(c.lower() for c in data["container_links"]),
        articles=frozenset(a.lower() for a in data.get("articles") or []),
        stop_words=frozenset(w.lower() for w in data["stop_words"]), max_tokens=int(data["max_source_tokens"]),
        max_gap=int(data["max_gap_tokens"]))


# --------------------------------------------------------------------------- source phrases
def _phrase(adoc: AnalyzedDoc, start: int, aw: AttributionWords) -> list[Token]:
    """Tokens of the noun phrase starting at token ``start``, up to punctuation, a clause or a stop word."""
    doc, tokens = adoc.doc, []
    # clipped to the paragraph, not the sentence: the parser also starts sentences inside words ("L'etat-major")
    _, paragraph_end = adoc.paragraphs[adoc.paragraph_index(doc[start].idx)] if adoc.paragraphs \
        else (0, len(adoc.text))
    for token in doc[start:min(start + aw.max_tokens, len(doc))]:
        if token.idx >= paragraph_end or token.is_space or _lower(token) in aw.stop_words:
            break
        joined = token.text == "-" and not token.nbor(-1).whitespace_ if token.i else False   # "etat-major"
        if token.is_punct and token.text not in "()" and not joined or token.is_quote:
            break
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "flat:name", "nmod") and tokens:
            break
        tokens.append(token)
    while tokens and tokens[-1].text in "(":
        tokens.pop()
    return tokens


def _strip_determiners(tokens: list[Token], aw: AttributionWords) -> list[Token]:
    while tokens and (tokens[0].pos_ == "DET" or _lower(tokens[0]) in aw.articles) \
            and not tokens[0].text.endswith(("'", "\u2019")):
        tokens = tokens[1:]
    return tokens


def _source_tokens(tokens: list[Token], aw: AttributionWords) -> list[Token]:
    """"un communique du ministere de la Sante" -> "ministere de la Sante"; "des habitants" -> "habitants"."""
    tokens = _strip_determiners(tokens, aw)
    if len(tokens) > 2 and fold(tokens[0].lemma_) in aw.containers and _lower(tokens[1]) in aw.container_links:
        tokens = _strip_determiners(tokens[2:], aw)
    return tokens


def _names_someone(tokens: list[Token], aw: AttributionWords) -> bool:
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper()]
    return bool(nouns) and fold(tokens[0].text) not in aw.pronouns


def _balanced(text: str) -> str:
    """Trailing punctuation off, a closing parenthesis kept when it closes one ("(OMS)")."""
    text = text.strip(_CLOSING)
    return text + ")" if text.count("(") > text.count(")") else text


def _attribution(adoc: AnalyzedDoc, cue: list[Token], source: list[Token]) -> Attribution:
    everything = cue + source
    start = min(t.idx for t in everything)
    end = max(t.idx + len(t) for t in everything)
    source_text = _balanced(adoc.text[source[0].idx:source[-1].idx + len(source[-1]) + 1])
    return Attribution(start=start, end=end, text=adoc.text[start:end], source=source_text)


# --------------------------------------------------------------------------- cue prepositions
def _cue_at(token: Token, aw: AttributionWords) -> tuple[str, ...] | None:
    candidates = _cues_by_first_word(aw.cues).get(_lower(token))
    if not candidates:
        return None
    doc, i = token.doc, token.i
    for cue in candidates:
        if tuple(_lower(t) for t in doc[i:i + len(cue)]) == cue:
            return cue
    return None


@lru_cache(maxsize=None)
def _cues_by_first_word(cues: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Cues indexed by their first word (longest first), so most tokens are dismissed by one lookup."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        index.setdefault(cue[0], []).append(cue)
    return index


def _from_cue(adoc: AnalyzedDoc, i: int, cue: tuple[str, ...], aw: AttributionWords) -> Attribution | None:
    """"selon des sources medicales", "d'apres le ministere", "de source securitaire"."""
    start = i + len(cue) - 1 if cue in aw.keep_tail else i + len(cue)
    if start >= len(adoc.doc):
        return None
    source = _source_tokens(_phrase(adoc, start, aw), aw)
    if not source or not _names_someone(source, aw):
        return None
    return _attribution(adoc, list(adoc.doc[i:start]), source)


# --------------------------------------------------------------------------- reporting verbs
def _is_reporting(verb: Token, aw: AttributionWords) -> bool:
    """A reporting verb in the active voice, not reflexive ("s'explique")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("aux:pass", "expl:comp", "expl:pv", "expl:pass") for c in verb.children):
        return False
    return _says(verb, aw.verbs, aw.verb_phrases)


def _says(verb: Token, verbs: frozenset[str], verb_phrases: dict[str, frozenset[str]]) -> bool:
    """The verb is a verb of saying, alone ("indiquer", "said") or with its object ("faire etat de")."""
    if fold(verb.lemma_) in verbs or fold(verb.text) in verbs:
        return True
    objects = verb_phrases.get(fold(verb.lemma_), frozenset())
    return any(child.dep_ == "obj" and fold(child.lemma_) in objects for child in verb.children)


@lru_cache(maxsize=None)
def _reporting_forms(lang: str) -> frozenset[str]:
    """The language's own reporting verbs: French lemmas, English forms ("said", "told")."""
    return frozenset(fold(v) for v in load_yaml(language_folder(lang, "attribution.yml"), "attribution.yml")["verbs"])


def is_reporting_verb(token: Token, lang: str = "fr") -> bool:
    """``token`` is a verb of saying in the active voice ("a indique", "said"): what hangs on it tells when or
    by whom something was said, not when it happened."""
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("aux:pass", "auxpass") for c in token.children):
        return False
    return _says(token, _reporting_forms(lang), attribution_words(lang).verb_phrases)


def _subject(verb: Token, aw: AttributionWords) -> Token | None:
    """The subject noun of a reporting verb, the antecedent of "qui", or an incise's inverted subject."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if fold(child.text) == "qui" and verb.dep_ == "acl:relcl":
                return verb.head
            return child if child.pos_ in _NOMINAL else None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    in_incise = first > 0 and (verb.doc[first - 1].is_punct or verb.dep_ == "parataxis")
    if not in_incise:
        return None
    finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
    for child in verb.rights if finite else ():     # ", a indique lundi un responsable de l'hopital"
        if child.dep_ in ("nsubj", "obj") and child.pos_ in _NOMINAL:
            return child
    return None


def _noun_start(noun: Token) -> int:
    """First token of the noun with its own determiners and adjectives ("le porte-parole", not "lundi un")."""
    doc, start = noun.doc, noun.i
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].is_alpha or doc[start - 1].text == "-"
                                                          or doc[start - 1].text.endswith(("'", "\u2019"))):
        start -= 1     # "L'etat-major" split by the tokenizer
    while start > 0 and doc[start - 1].head.i in (noun.i, start) and doc[start - 1].dep_ in ("det", "amod", "nummod"):
        start -= 1
    return start


def _from_verb(adoc: AnalyzedDoc, verb: Token, aw: AttributionWords) -> Attribution | None:
    subject = _subject(verb, aw)
    if subject is None or subject.i == verb.i:
        return None
    source = _source_tokens(_phrase(adoc, _noun_start(subject), aw), aw)
    if not source or not _names_someone(source, aw) or subject.i > source[-1].i:
        return None
    if source[-1].i < verb.i - aw.max_gap:
        return None
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return _attribution(adoc, auxiliaries + [verb], source)


# --------------------------------------------------------------------------- English
@lru_cache(maxsize=None)
def _english_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str], int]:
    data = load_yaml("en", "attribution.yml")
    cues = "|".join(re.escape(c) for c in sorted(data["preposition_cues"], key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in data["verbs"])
    n = int(data["max_source_words"])
    words = rf"(?:[\w'\u2019.-]+ ){{0,{n - 1}}}[\w'\u2019.-]+"
    cue = re.compile(rf"\b(?:{cues}) (?P<source>{words}?)(?=[,.;:)]|$| (?:who|which|that|in|on|at)\b)", re.I)
    before = re.compile(rf"(?:^|[,\"\u201d\u00bb] ?)(?P<source>{words}) (?:has |have |had )?(?:{verbs})\b")
    after = re.compile(rf"[,\"\u201d\u00bb] ?(?:{verbs}) (?P<source>{words}?)(?=[,.;:]|$)")
    return cue, before, after, frozenset(data["pronouns"]), n


def _english(adoc: AnalyzedDoc) -> list[Attribution]:
    cue, before, after, pronouns, _ = _english_patterns()
    found = []
    for sent in adoc.doc.sents:
        for pattern in (cue, before, after):
            for m in pattern.finditer(sent.text):
                source = re.sub(r"^(?:the|a|an) ", "", m.group("source").strip(), flags=re.I)
                if source and source.split()[0].lower() not in pronouns:
                    start, end = sent.start_char + m.start(), sent.start_char + m.end()
                    text = adoc.text[start:end].strip(_CLOSING)
                    start += adoc.text[start:end].index(text[:1]) if text else 0
                    found.append(Attribution(start=start, end=start + len(text), text=text, source=source))
    return found


# --------------------------------------------------------------------------- public
def _without_overlaps(found: list[Attribution]) -> list[Attribution]:
    kept: list[Attribution] = []
    for item in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def find_attributions(adoc: AnalyzedDoc) -> list[Attribution]:
    """Every credited source in the article, in text order, without overlaps."""
    doc = adoc.doc
    if doc is None or not len(doc):
        return []
    if adoc.lang == "en":
        return _without_overlaps(_english(adoc))
    aw, found = attribution_words(adoc.lang), []
    for token in doc:
        cue = _cue_at(token, aw)
        attribution = _from_cue(adoc, token.i, cue, aw) if cue else \
            _from_verb(adoc, token, aw) if _is_reporting(token, aw) else None
        if attribution is not None:
            found.append(attribution)
    return _without_overlaps(found)


def attribution_for(adoc: AnalyzedDoc, attributions: list[Attribution], char: int) -> Attribution | None:
    """The attribution in the sentence (and paragraph) holding ``char``, the nearest one if several."""
    if not attributions or adoc.doc is None or not len(adoc.doc) or not 0 <= char < max(len(adoc.text), 1):
        return None
    sentence = adoc.sentence_at(char)   # never crosses a line break (analysis.py starts a sentence there)
    inside = [a for a in attributions if sentence.start_char <= a.start < sentence.end_char]
    return min(inside, key=lambda a: abs(a.start - char), default=None)
