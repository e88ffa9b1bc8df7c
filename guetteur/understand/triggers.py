"""Event triggers: the words that name an event, the class they point to, and whether the event happened.

``find_triggers`` looks up the lexicon of ``resources/<lang>/triggers.yml`` (lemmas and fixed phrases), picks a
first sub_event_type from the trigger's syntactic context, and gives each trigger the modality of its clause
(``modality_of``, driven by ``resources/<lang>/modality.yml``). Only "asserted" and "reported" triggers are events.

French text is read through its dependency parse. A language without a parser here (English is parsed, if at all,
by a blank pipeline) falls back to the words of the sentence: rule scopes become the sentence, and modality cues
are read in the words before the trigger (and just after it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from guetteur.model import AnalyzedDoc, Modality, TriggerMention
from guetteur.resources import language_folder, load_yaml
from guetteur.taxonomy import event_type_of
from guetteur.text import fold

EVENT_MODALITIES: frozenset[str] = frozenset({"asserted", "reported"})
PARSED_LANGS = frozenset({"fr"})   # languages whose spaCy model gives a dependency parse
_YEAR = re.compile(r"^(19|20)\d\d$")
_APOSTROPHE_SPLIT = re.compile(r"(?<=')")
_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "PART", "PUNCT", "CCONJ", "SCONJ", "AUX"})
_SUBJECT = "nsubj"
_HALTED_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_ACCENTED_HOMOGRAPHS: frozenset[str] = frozenset()   # unaccented spellings that are other words; none yet
_AGGREGATED_DEPS = frozenset({"nmod", "obj", "obl", "obl:arg"})
_SEPARATE_EVENT_DEPS = frozenset({"conj", "parataxis", "ccomp", "acl:relcl", "appos"})
_OPENING_QUOTES = frozenset({"«", "“", '"', "‘"})
_CLOSING_QUOTES = frozenset({"»", "”", '"', "’"})
_DESCRIBING_DEPS = frozenset({"acl", "amod"})   # a participle describing a noun ("les bâtiments occupés")
EXACT = "="   # context entries starting with it match the exact spelling, accents included


# --------------------------------------------------------------------------- lexicon
@dataclass(frozen=True, slots=True)
class Rule:
    """When the scope holds one of the words, the trigger gets ``sub`` (None drops it)."""
    scope: str                           # args, clause, head, sentence
    words: frozenset[str]
    groups: tuple[tuple[str, ...], ...]  # multi-word context entries: every word must be present
    sub: str | None

    def matches(self, forms: set[str]) -> bool:
        return bool(self.words & forms) or any(all(w in forms for w in g) for g in self.groups)


@dataclass(frozen=True, slots=True)
class Entry:
    sub: str | None
    rules: tuple[Rule, ...] = ()
    kind: str = ""                       # "generic", "instrument", "death", "participant" or ""
    needs_object: bool = False
    state: bool = False                  # a participle describing a noun is a state, not an event


@dataclass(slots=True)
class Lexicon:
    words: dict[str, Entry] = field(default_factory=dict)   # folded one-token form -> entry
    accented: dict[str, set[str]] = field(default_factory=dict)  # folded form -> its spellings (lower case)
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)  # by first word


def _words(form: str) -> tuple[str, ...]:
    """Folded words of a lexicon form, split after apostrophes as spaCy does ("d'assaut" -> "d'", "assaut")."""
    return tuple(p for w in fold(form).split() for p in _APOSTROPHE_SPLIT.split(w) if p)


def _context_words(entry: str) -> tuple[str, ...]:
    """Folded words of a context entry; "=marche" keeps its exact spelling (it is not "marché")."""
    return (EXACT + entry[1:].lower(),) if entry.startswith(EXACT) else _words(entry)


def _rule(raw: dict, contexts: dict[str, list[str]]) -> Rule:
    entries: list[str] = []
    for item in raw.get("any", []):
        entries.extend(contexts.get(item, [item]))
    folded = [_context_words(e) for e in entries]
    return Rule(scope=raw.get("scope", "sentence"), sub=raw.get("sub"),
                words=frozenset(w[0] for w in folded if len(w) == 1),
                groups=tuple(w for w in folded if len(w) > 1))


def _flat(rules: list | None) -> list[dict]:
    """Rules of an entry, with shared rule lists (YAML aliases) spliced in."""
    out: list[dict] = []
    for item in rules or []:
        out.extend(_flat(item) if isinstance(item, list) else [item])
    return out


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The trigger lexicon of a language (French when the language has none)."""
    data = load_yaml(language_folder(lang, "triggers.yml"), "triggers.yml")
    contexts = data.get("contexts") or {}
    lex = Lexicon()
    for raw in data.get("triggers") or []:
        entry = Entry(sub=raw.get("sub"), kind=raw.get("kind", ""), needs_object=bool(raw.get("needs_object")),
                      state=bool(raw.get("state")), rules=tuple(_rule(r, contexts) for r in _flat(raw.get("rules"))))
        for form in raw["forms"]:
            words = _words(str(form))
            lex.words.setdefault(" ".join(words), entry)
            lex.words.setdefault(fold(str(form)), entry)
            lex.accented.setdefault(fold(str(form)), set()).add(str(form).lower())
            if len(words) > 1:
                lex.phrases.setdefault(words[0], []).append((words, entry))
    for options in lex.phrases.values():
        options.sort(key=lambda p: -len(p[0]))
    return lex


@dataclass(frozen=True, slots=True)
class Cues:
    """Modality cue words of a language: single folded words and multi-word phrases per list."""
    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[str, ...]]

    def has(self, name: str, forms: set[str]) -> bool:
        return bool(self.words.get(name, frozenset()) & forms)

    def in_text(self, name: str, folded_text: str) -> bool:
        padded = f" {folded_text} "
        return any(f" {p} " in padded for p in self.phrases.get(name, ()))


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    data = load_yaml(language_folder(lang, "modality.yml"), "modality.yml") or {}
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    for name, items in data.items():
        folded = [" ".join(_words(str(i))) for i in items or []]
        words[name] = frozenset(f for f in folded if " " not in f) | frozenset(fold(str(i)) for i in items or [])
        phrases[name] = tuple(f for f in folded if " " in f)
    return Cues(words, phrases)


# --------------------------------------------------------------------------- token helpers
def _forms(token: Token) -> frozenset[str]:
    """Folded surface form and lemma of a token (computed once per token of a parse: rules ask again and
    again about the same words)."""
    cache = token.doc.user_data.setdefault(_FORMS_KEY, {})
    forms = cache.get(token.i)
    if forms is None:
        forms = cache[token.i] = frozenset(f for f in (fold(token.text), fold(token.lemma_)) if f)
    return forms


_FORMS_KEY = ("guetteur", "triggers.forms")


def _forms_of(tokens) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out |= _forms(t)
    return out


def _scope_forms(tokens) -> set[str]:
    """Folded forms plus exact lower-case spellings (marked), for the context words of rules."""
    out: set[str] = set()
    for t in tokens:
        out |= _forms(t)
        out.update((EXACT + t.text.lower(), EXACT + t.lemma_.lower()))
    return out


def _is_parsed(adoc: AnalyzedDoc) -> bool:
    return adoc.lang in PARSED_LANGS and adoc.doc.has_annotation("DEP")


def _sentence(token: Token) -> Span:
    doc = token.doc
    if doc.has_annotation("SENT_START"):
        return token.sent
    return doc[:]


def _ancestors_to_verb(token: Token) -> list[Token]:
    """The heads above a token up to and including the first verb."""
    out = []
    for head in token.ancestors:
        out.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    return out


def _clause_verb(token: Token) -> Token:
    if token.pos_ in ("VERB", "AUX"):
        return token
    heads = _ancestors_to_verb(token)
    return heads[-1] if heads else token


# --------------------------------------------------------------------------- matching
@dataclass(slots=True)
class _Match:
    first: int       # token range [first, last]
    last: int
    key: str
    entry: Entry
    head: int        # index of the head word


def _content_head(tokens: list[Token]) -> Token:
    for t in tokens:
        if t.pos_ not in _FUNCTION_POS:
            return t
    return tokens[0]


def _phrase_at(doc, i: int, forms: list[set[str]], lex: Lexicon) -> _Match | None:
    """The longest lexicon phrase starting at token i. Hyphens inside are skipped ("attentat-suicide"), and
    may cross a sentence boundary: the French model sometimes ends a sentence on them."""
    for word in forms[i]:
        for words, entry in lex.phrases.get(word, ()):
            j, matched = i, [i]
            for w in words[1:]:
                j += 1
                while j < len(doc) and doc[j].text in ("-", "–"):
                    j += 1
                if j >= len(doc) or w not in forms[j]:
                    break
                matched.append(j)
            else:
                head = _content_head([doc[k] for k in matched])
                return _Match(i, matched[-1], " ".join(words), entry, head.i)
    return None


def _same_spelling(token: Token, key: str, lex: Lexicon) -> bool:
    """Folding merges words that accents tell apart ("marché" is not "marche"): an accented token must
    match a spelling of the lexicon form by its text or lemma; unaccented text (titles in capitals) matches."""
    spellings = lex.accented.get(key)
    lower = {token.text.lower(), token.lemma_.lower()}
    if not spellings or spellings & lower:
        return True
    return fold(token.text) == token.text.lower() and token.text.lower() not in _ACCENTED_HOMOGRAPHS


def _word_at(doc, i: int, forms: list[set[str]], lex: Lexicon) -> _Match | None:
    for f in sorted(forms[i], key=len, reverse=True):
        entry = lex.words.get(f)
        if entry is not None and _same_spelling(doc[i], f, lex):
            return _Match(i, i, f, entry, i)
    return None


def _skippable(token: Token, parsed: bool) -> bool:
    """Names are not triggers: a capitalised word inside a sentence ("La Marche verte", "in March"), a
    proper noun the model tagged as an entity."""
    text = token.text
    capitalised = text[:1].isupper() and not text.isupper() and not token.is_sent_start and token.i > 0
    return capitalised or (parsed and token.pos_ == "PROPN" and bool(token.ent_type_))


def _matches(adoc: AnalyzedDoc, lex: Lexicon, parsed: bool) -> list[_Match]:
    doc = adoc.doc
    forms = [_forms(t) for t in doc]
    found: list[_Match] = []
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sentences:
        i = sent.start
        while i < sent.end:
            match = None if _skippable(doc[i], parsed) else (
                _phrase_at(doc, i, forms, lex) or _word_at(doc, i, forms, lex))
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.last + 1
    return found


# --------------------------------------------------------------------------- classification
class _Scopes:
    """The word sets rules look at, computed once per trigger when needed."""

    def __init__(self, match: _Match, adoc: AnalyzedDoc, parsed: bool):
        self.doc, self.match, self.parsed = adoc.doc, match, parsed
        self.cache: dict[str, set[str]] = {}

    def get(self, scope: str) -> set[str]:
        if scope not in self.cache:
            self.cache[scope] = self._compute(scope if self.parsed else "sentence")
        return self.cache[scope]

    def _compute(self, scope: str) -> set[str]:
        head = self.doc[self.match.head]
        if scope == "args":
            return _scope_forms(self._args())
        if scope == "clause":
            return _scope_forms(_clause_verb(head).subtree)
        if scope == "head":
            inside = range(self.match.first, self.match.last + 1)
            return _scope_forms(t for t in _ancestors_to_verb(head) if t.i not in inside)
        return _scope_forms(_sentence(head))

    def _args(self) -> list[Token]:
        """The trigger's phrase: subtrees of its words, without the subject of a verb."""
        out: list[Token] = []
        for i in range(self.match.first, self.match.last + 1):
            token = self.doc[i]
            out.append(token)
            for child in token.children:
                if not (token.pos_ == "VERB" and child.dep_ == _SUBJECT):
                    out.extend(child.subtree)
        return out


def _sub_event(match: _Match, adoc: AnalyzedDoc, parsed: bool) -> str | None:
    entry = match.entry
    head = adoc.doc[match.head]
    if parsed and entry.needs_object and head.pos_ == "VERB" and not any(
            c.dep_ in ("obj", "nsubj:pass") for c in head.children):
        return None
    if parsed and entry.state and head.pos_ == "VERB" and head.dep_ in _DESCRIBING_DEPS:
        return None
    scopes = _Scopes(match, adoc, parsed)
    for rule in entry.rules:
        if rule.matches(scopes.get(rule.scope)):
            return rule.sub
    return entry.sub


def _same_event_below(token: Token, triggers: dict, depth: int = 3) -> bool:
    """A trigger inside the phrase of a token, not across a separate clause ("tués lors d'une attaque",
    "tuées lorsqu'un individu a lancé une grenade")."""
    if depth == 0:
        return False
    return any(t.i in triggers or _same_event_below(t, triggers, depth - 1)
               for t in token.children if t.dep_ not in _SEPARATE_EVENT_DEPS)


def _toll_of_another_trigger(token: Token, triggers: dict) -> bool:
    """A death verb telling the toll of an event named by another trigger: below it, or as the subject
    of the verb it depends on ("des obus se sont abattus sur le marché, tuant trois civils")."""
    if _same_event_below(token, triggers):
        return True
    head = token.head
    return token.dep_ not in _SEPARATE_EVENT_DEPS and head.i != token.i and any(
        ch.dep_ == _SUBJECT and ch.i in triggers for ch in head.children)


def _inherit_protest_class(mentions: list[tuple[TriggerMention, Entry]]) -> None:
    """"Les manifestants" named again later refers to the crowd already reported: without a class of its
    own from its sentence, or when that crowd rioted, the mention takes the class of the protest or riot told
    before it."""
    last: TriggerMention | None = None
    for mention, entry in mentions:
        crowd_event = mention.event_type in ("Protests", "Riots") and mention.modality in EVENT_MODALITIES
        if crowd_event and entry.kind == "participant" and last is not None \
                and (mention.sub_event_type == entry.sub or last.event_type == "Riots"):
            mention.sub_event_type, mention.event_type = last.sub_event_type, last.event_type
        if crowd_event:
            last = mention


def _refine_and_dedupe(mentions: list[tuple[TriggerMention, Entry]], adoc: AnalyzedDoc) -> list[TriggerMention]:
    """A weapon word under a generic trigger sets its class ("attaque à la grenade" -> Grenade); a trigger
    governed by a trigger of the same event type is the same event ("frappes de drones"); a death verb
    governing or governed by another trigger only tells the toll of that event ("tués dans l'attaque")."""
    by_token = {m.token: (m, e) for m, e in mentions}
    dropped: set[int] = set()
    _inherit_protest_class(mentions)
    for mention, entry in mentions:
        token = adoc.doc[mention.token]
        if entry.kind == "death" and _toll_of_another_trigger(token, by_token):
            dropped.add(mention.token)
            continue
        if token.dep_ in _SEPARATE_EVENT_DEPS:
            continue
        for head in (token.head, token.head.head):
            if head.i == token.i or head.i not in by_token or head.i in dropped:
                continue
            governor, governor_entry = by_token[head.i]
            if entry.kind == "instrument" and governor_entry.kind == "generic" \
                    and mention.sub_event_type != "Disrupted weapons use":
                governor.sub_event_type, governor.event_type = mention.sub_event_type, mention.event_type
                dropped.add(mention.token)
            elif head.i == token.head.i and (governor.event_type == mention.event_type or entry.kind == "death"):
                dropped.add(mention.token)
            break
    return [m for m, _ in mentions if m.token not in dropped]


def find_triggers(adoc: AnalyzedDoc) -> list[TriggerMention]:
    """Every word or fixed phrase naming an event of the taxonomy, with a first class guess and its modality."""
    doc = adoc.doc
    if not adoc.text.strip() or len(doc) == 0:
        return []
    parsed = _is_parsed(adoc)
    lex = lexicon(adoc.lang)
    types = event_type_of()
    found: list[tuple[TriggerMention, Entry]] = []
    for match in _matches(adoc, lex, parsed):
        sub = _sub_event(match, adoc, parsed)
        if sub is None or sub not in types:
            continue
        start, end = doc[match.first].idx, doc[match.last].idx + len(doc[match.last].text)
        mention = TriggerMention(start=start, end=end, text=adoc.text[start:end], lemma=match.key,
                                 event_type=types[sub], sub_event_type=sub,
                                 modality=modality_of(adoc, match.head, person=match.entry.kind == "participant"),
                                 token=match.head)
        found.append((mention, match.entry))
    return _refine_and_dedupe(found, adoc)


# --------------------------------------------------------------------------- modality
def modality_of(adoc: AnalyzedDoc, token_index: int, person: bool = False) -> str:
    """The modality of the clause of a token: asserted, reported (events) or negated, call, threat, plan,
    future, hypothetical, question, background (not events). ``person``: the token names participants
    ("les manifestants"), who exist even when someone acts on them for a purpose ("pour disperser les
    manifestants")."""
    doc = adoc.doc
    if not 0 <= token_index < len(doc):
        return "asserted"
    token = doc[token_index]
    lang_cues = cues(adoc.lang)
    published = adoc.article.published_month
    pub_year = published[0] if published else None
    if _is_parsed(adoc):
        return _parsed_modality(token, lang_cues, pub_year, person)
    return _window_modality(token, lang_cues, pub_year)


def _reported(sent: Span, c: Cues) -> bool:
    return c.has("report_words", _forms_of(sent)) or c.in_text("report_words", fold(sent.text))


def _years(tokens) -> list[int]:
    return [int(t.text) for t in tokens if _YEAR.match(t.text)]


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().rstrip("»\"' ").endswith("?")


def _has_case(token: Token, c: Cues, name: str) -> bool:
    return any(ch.dep_ in ("case", "mark") and c.has(name, _forms(ch)) for ch in token.children)


def _local_modality(token: Token, c: Cues) -> Modality | None:
    """What the trigger word itself says: "aucun affrontement", "sans combat", "la marche prévue samedi"."""
    for child in token.children:
        forms = _forms(child)
        if child.dep_ in ("det", "case", "advmod") and c.has("negators", forms) and not c.has("condition_marks",
                                                                                                forms):
            if child.dep_ != "advmod" or token.pos_ != "VERB":
                return "negated"
        if child.dep_ in ("acl", "amod") and c.has("plan", forms):
            return "plan"
    if _quoted_label(token, c):
        return "background"
    nominal_head = token.head if token.head.pos_ == "NOUN" else token   # "depuis le début de l'offensive"
    if _has_case(token, c, "background_cases") or _has_case(nominal_head, c, "background_cases"):
        return "background"
    if token.head.i != token.i and token.dep_ in _AGGREGATED_DEPS and c.has("aggregate", _forms(token.head)):
        return "background"   # "une série d'attaques", "multiplier les enlèvements": no one event
    if token.pos_ == "NOUN" and any(ch.dep_ == "nummod" and not c.has("few", _forms(ch)) for ch in token.children):
        return "background"   # "91 enlèvements recensés en mai": a statistic
    return None


def _quoted_label(token: Token, c: Cues) -> bool:
    """"le M5 dénonce des « enlèvements »": a noun alone in quotation marks under a word that judges or reports
    is the speaker's label for what was told, not an event of its own."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    opened = doc[token.i - 1].text in _OPENING_QUOTES
    closed = doc[token.i + 1].text in _CLOSING_QUOTES
    judged = c.has("condemn", _forms(token.head)) or c.has("report_words", _forms(token.head))
    return opened and closed and judged


def _habitual(token: Token, clause: "_Clause | None", c: Cues) -> bool:
    """"régulièrement visé par des mines", "utilise fréquemment des kamikazes": a habit, not one event."""
    words = [token, token.head] + ([clause.verb] if clause is not None else [])
    return any(ch.dep_ in ("advmod", "amod") and c.has("habitual", _forms(ch)) for w in words for ch in w.children)


def _is_purpose(verb: Token, c: Cues) -> bool:
    """An infinitive of purpose ("pour s'emparer de Tripoli"); a past infinitive gives a cause ("pour avoir
    attaqué")."""
    return verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm") and _has_case(verb, c, "purpose_marks") \
        and not any(ch.dep_.startswith("aux") for ch in verb.children)


@dataclass(slots=True)
class _Clause:
    """Morphology of the finite clause holding the trigger."""
    verb: Token
    future: bool = False
    conditional: bool = False
    past: bool = False
    pluperfect: bool = False
    negated: bool = False
    condition: bool = False
    modal: bool = False


def _finite_parts(verb: Token) -> list[Token]:
    return [verb] + [ch for ch in verb.children if ch.pos_ == "AUX" or ch.dep_.startswith("aux")]


def _is_finite(verb: Token) -> bool:
    return any("Fin" in t.morph.get("VerbForm") for t in _finite_parts(verb))


def _read_clause(verb: Token, came_from: Token | None, c: Cues) -> _Clause:
    parts = _finite_parts(verb)
    auxes = parts[1:]
    tenses = {t for p in parts for t in p.morph.get("Tense")}
    moods = {m for p in parts for m in p.morph.get("Mood")}
    participle = "Part" in verb.morph.get("VerbForm")
    clause = _Clause(verb=verb)
    near_future = (c.has("future_aux", _forms(verb)) and came_from is not None and came_from.dep_ == "xcomp") \
        or any(c.has("future_aux", _forms(a)) for a in auxes)
    clause.future = "Fut" in tenses or near_future
    clause.conditional = "Cnd" in moods
    clause.past = (participle and bool(auxes)) or ("Past" in tenses and not participle)
    clause.pluperfect = participle and any("Imp" in a.morph.get("Tense") for a in auxes)
    clause.negated = any(c.has("negators", _forms(ch)) for ch in verb.children if ch.dep_ != "mark")
    clause.condition = any(ch.dep_ == "mark" and c.has("condition_marks", _forms(ch)) for ch in verb.children)
    clause.modal = c.has("modal", _forms(verb)) and not clause.past
    return clause


def _governing_cue(link: Token, head: Token, c: Cues) -> str | None:
    """The modality a governing word imposes on what it governs through ``link``; a light verb counts with
    its object noun ("a lancé un appel à une trêve")."""
    forms = _forms(head) | _forms_of(ch for ch in head.children if ch.dep_ == "obj" and ch.i != link.i)
    raising = any(ch.dep_ in ("xcomp", "ccomp") for ch in head.children)
    if link.dep_ == _SUBJECT and not raising:
        return None   # "les combats menacent la récolte": the combats are real
    for name, modality in (("deny", "negated"), ("call", "call"), ("threat", "threat"), ("plan", "plan"),
                           ("purpose", "plan"), ("hypothetical", "hypothetical"), ("topic", "background")):
        if c.has(name, forms):
            return modality
    if link.pos_ == "VERB" and c.has("aim", forms):
        return "plan"   # "vise à reprendre", "cherchent à s'emparer": the aim, not the deed
    return None


def _halting(link: Token, head: Token, c: Cues) -> bool:
    """"les combats ont cessé", "la fin des combats", "a mis fin aux affrontements": the event stops there."""
    if link.dep_ in _HALTED_SUBJECTS:
        return _halts(head, c)
    forms = _forms(head) | _forms_of(ch for ch in head.children if ch.dep_ == "obj" and ch.i != link.i)
    return c.has("halt_nouns", forms)


def _halts(verb: Token, c: Cues) -> bool:
    """"les combats ont cessé", "ont pris fin", "se sont arrêtés": a verb saying that the event named by its
    subject stopped (`halt_verbs`; two-word entries are a verb and a word it governs, "prendre fin"). A verb
    with an object of its own stops something else ("l'attaque a arrêté la circulation")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if c.has("halt_verbs", _forms(verb)):
        return not any(ch.dep_ == "obj" and ch.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "det" for g in ch.children)
                       for ch in verb.children)
    lemma = fold(verb.lemma_)
    return any(c.in_text("halt_verbs", f"{lemma} {fold(ch.lemma_)}") for ch in verb.children)


def _halted_after(after: list[Token], c: Cues) -> bool:
    """Unparsed text: "fighting stopped", "the clashes had subsided": a stop verb right after the trigger,
    after auxiliaries and adverbs (`halt_aux`)."""
    rest = [fold(t.text) for t in after]
    while rest and rest[0] in c.words.get("halt_aux", frozenset()):
        rest = rest[1:]
    if not rest:
        return False
    return rest[0] in c.words.get("halt_verbs", frozenset()) or any(
        " ".join(rest).startswith(p + " ") or " ".join(rest) == p for p in c.phrases.get("halt_verbs", ()))


def _climb(token: Token, c: Cues, person: bool = False) -> tuple[_Clause | None, str | None, bool]:
    """Walk up the head chain: the trigger's finite clause, a governing cue above it, and whether an
    announcement governs it. Stops at prepositions that present the event as a fact, at condemnations, and at
    coordinated or parenthetical clauses once the trigger's clause is known. An event said to stop on the way
    ("les combats ont cessé") is background unless a stronger cue governs it higher up."""
    clause: _Clause | None = None
    announced = halted = False
    child = token
    if token.pos_ in ("VERB", "AUX") and _is_finite(token):
        clause = _read_clause(token, None, c)
    while child.head.i != child.i:
        head = child.head
        if _has_case(child, c, "real_cases") or c.has("condemn", _forms(head)):
            break
        halted = halted or _halting(child, head, c)   # a call above it still wins: "demandent l'arrêt des tirs"
        if not person and _is_purpose(child, c):
            return clause, "plan", announced
        if clause is not None and child.dep_ in ("conj", "parataxis"):
            break
        cue = _governing_cue(child, head, c)
        if cue == "hypothetical" and clause is not None and clause.past and head.pos_ != "NOUN":
            cue = None   # "ont empêché l'attaque"... a past clause keeps its own reading
        if cue is not None:
            return clause, cue, announced
        if c.has("announce", _forms(head)):
            announced = True
        if c.has("modal", _forms(head)) and head.pos_ in ("VERB", "AUX") and clause is None:
            modal = _read_clause(head, child, c)
            if not modal.past:
                return modal, "hypothetical", announced
        if clause is None and head.pos_ in ("VERB", "AUX") and _is_finite(head):
            clause = _read_clause(head, child, c)
        child = head
    return clause, "background" if halted else None, announced


def _in_clause_of(year: Token, anchors: set[int]) -> bool:
    """A year belongs to the trigger's clause when no other verb stands between them ("au pouvoir depuis 1999"
    inside a purpose clause dates the president, not the protest)."""
    for head in year.ancestors:
        if head.i in anchors:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _background(clause: _Clause | None, token: Token, pub_year: int | None) -> bool:
    scope = list(token.subtree)
    anchors = {token.i}
    if clause is not None:
        anchors.add(clause.verb.i)
        scope += [t for ch in clause.verb.children if ch.dep_.startswith(("obl", "advmod", "nmod"))
                  for t in ch.subtree]
    years = _years(t for t in scope if _in_clause_of(t, anchors))
    if not years:
        return False
    if pub_year is not None and min(years) < pub_year and (clause is None or clause.past or clause.pluperfect):
        return True
    return clause is not None and clause.pluperfect


def _future_words(clause: _Clause, c: Cues) -> bool:
    subtree = list(clause.verb.subtree)
    return c.has("future_words", _forms_of(subtree)) or c.in_text("future_phrases",
                                                                  fold(" ".join(t.text for t in subtree)))


def _parsed_modality(token: Token, c: Cues, pub_year: int | None, person: bool = False) -> str:
    sent = _sentence(token)
    local = _local_modality(token, c)
    if local is not None:
        return local
    clause, cue, announced = _climb(token, c, person)
    if cue is not None:
        return cue
    reported = _reported(sent, c)
    if clause is not None:
        if clause.negated:
            return "negated"
        if clause.condition:
            return "hypothetical"
        if clause.future or (not clause.past and _future_words(clause, c)):
            return "plan" if announced else "future"
        if clause.conditional:
            if clause.past or (reported and not clause.modal):
                return "reported"
            return "hypothetical"
        if clause.modal:
            return "hypothetical"
    if _is_question(sent):
        return "question"
    if _background(clause, token, pub_year) or _habitual(token, clause, c):
        return "background"
    return "reported" if reported else "asserted"


def _window_modality(token: Token, c: Cues, pub_year: int | None) -> str:
    """Cue words around the trigger in its sentence, for text without a dependency parse."""
    sent = _sentence(token)
    before = [t for t in sent if t.i < token.i]
    after = []
    for t in sent:
        if t.i > token.i:
            if t.is_punct or len(after) >= 4:
                break
            after.append(t)
    for t in reversed(before):
        forms = _forms(t)
        if c.has("real_cases", forms):
            break
        cue = _window_cue(forms, c, before)
        if cue is not None:
            return cue
    if _halted_after(after, c) or c.in_text("halt_nouns", " ".join(fold(t.text) for t in before[-3:])):
        return "background"   # "fighting stopped on Sunday", "an end to the fighting"
    for t in after:
        cue = _window_cue(_forms(t), c, before)
        if cue in ("negated", "future", "hypothetical", "plan", "threat"):   # "protesters vowed to return"
            return cue
    if _is_question(sent):
        return "question"
    sent_forms = _forms_of(sent)
    years = _years(sent)
    if years and (c.has("pluperfect_aux", sent_forms) or (pub_year is not None and min(years) < pub_year)):
        return "background"
    return "reported" if _reported(sent, c) else "asserted"


def _window_cue(forms: set[str], c: Cues, before: list[Token]) -> str | None:
    for name, modality in (("deny", "negated"), ("negators", "negated"), ("call", "call"), ("threat", "threat"),
                           ("plan", "plan"), ("purpose", "plan"), ("condition_marks", "hypothetical"),
                           ("hypothetical", "hypothetical"), ("modal", "hypothetical")):
        if c.has(name, forms):
            return modality
    if c.in_text("purpose", " ".join(fold(t.text) for t in before)):
        return "plan"
    if c.has("future_words", forms) or c.in_text("future_phrases", " ".join(fold(t.text) for t in before)):
        return "plan" if c.has("announce", _forms_of(before)) else "future"
    return None
