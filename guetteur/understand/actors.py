"""Actors: who did what to whom, as canonical ACLED-style names with their inter codes.

Three sources of actor mentions, tried on one folded word sequence of the parse:
- the actor dictionary (resources/actors.yml, extendable through $GUETTEUR_ACTORS): names, acronyms, leaders,
  with validity dates and country scopes;
- acronyms the article defines itself ("Mouvement du 5 juin-Rassemblement des forces patriotiques (M5-RFP)");
- generic words (resources/<lang>/actors.yml) that build "Military forces of Mali", "Civilians (Mali)"... from a
  demonym, a "de + country" phrase or the article's focus country.
Longer matches win over shorter ones, named over generic; "forces de Haftar" folds into the named actor.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from guetteur.geo.countries import by_iso2, by_iso3, country_named, demonym_index
from guetteur.model import Actor, ActorMention, AnalyzedDoc, Country
from guetteur.resources import language_folder, load_yaml
from guetteur.text import fold

ENV_VAR = "GUETTEUR_ACTORS"
_FAR = 10**6                       # days: "never valid" when ranking candidates
_DETERMINERS = {"la", "l'", "le", "les", "the", "un", "une", "des"}
_ACRONYM_IN_PARENS = re.compile(r"\(([^()\n]{1,80})\)")


# --------------------------------------------------------------------------- words
def words(text: str) -> list[str]:
    """Folded words, elided articles split off ("l'armee" -> "l'", "armee"), as every index keys them."""
    out: list[str] = []
    for w in fold(text).split():
        pieces = w.split("'")
        out.extend(p + "'" for p in pieces[:-1] if p)
        if pieces[-1]:
            out.append(pieces[-1])
    return out


def _is_acronym(alias: str) -> bool:
    """Written in capitals ("GNA", "FAMa", "M5-RFP"): must not match all-lower-case text."""
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 8 and " " not in alias and sum(c.isupper() for c in letters) >= 2


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _days_outside(on: date, start: date | None, end: date | None) -> int:
    """0 when ``on`` falls in [start, end], else how many days it misses by."""
    if start and on < start:
        return (start - on).days
    if end and on > end:
        return (on - end).days
    return 0


# --------------------------------------------------------------------------- dictionary
@dataclass(frozen=True, slots=True)
class Entry:
    """One actor over one period."""
    name: str
    inter: int
    country: str | None
    countries: frozenset[str]
    valid_from: date | None
    valid_to: date | None
    order: int


@dataclass(frozen=True, slots=True)
class _Alias:
    entry: Entry
    mode: str                 # "local" (country-scoped), "alias", "leader"
    caps: bool                # acronym: the text must carry capitals
    valid_from: date | None = None
    valid_to: date | None = None


_MODE_RANK = {"local": 0, "alias": 1, "leader": 2}


@dataclass
class ActorDictionary:
    """Folded alias -> actor entries, resolved by date and the article's country."""
    entries: list[Entry]
    index: dict[tuple[str, ...], list[_Alias]]
    generic: dict
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    armies: frozenset[str] = frozenset()      # names of entries that are their country's state force
    titles: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)   # entry name -> its leader's titles
    patrons: dict[str, list[tuple[str, date | None, date | None]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key in self.index:
            self.prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def match(self, text: str, on: date | None = None, country_iso3: str | None = None) -> Actor | None:
        """The actor a phrase names ("l'ANL", "forces du GNA", "Hemedti"), else None."""
        phrase = words(text or "")
        exact = self.resolve(tuple(phrase), on, country_iso3, text)
        if exact is not None:
            return exact
        found = sorted(self.scan(phrase), key=lambda m: m[0] - m[1])
        for start, end in found:
            actor = self.resolve(tuple(phrase[start:end]), on, country_iso3, text)
            if actor is not None:
                return actor
        return None

    def patron_of(self, name: str, on: date, iso3: str | None) -> Actor | None:
        """The state force a militia fights for on that day (`fights_for`), else None."""
        for patron, start, end in self.patrons.get(name, ()):
            if _days_outside(on, start, end) == 0:
                entry = next((e for e in self.entries if e.name == patron and
                              _days_outside(on, e.valid_from, e.valid_to) == 0), None)
                if entry is not None:
                    return entry_actor(entry, iso3)
        return None

    def scan(self, seq: list[str]) -> Iterator[tuple[int, int]]:
        """(start, end) word ranges of ``seq`` that are dictionary keys."""
        for i in range(len(seq)):
            for j in range(i + 1, len(seq) + 1):
                key = tuple(seq[i:j])
                if key not in self.prefixes:
                    break
                if key in self.index:
                    yield i, j

    def resolve(self, key: tuple[str, ...], on: date | None, iso3: str | None, surface: str) -> Actor | None:
        """The best entry for an alias key given the date and country, as an Actor.

        Acronyms and leaders' names need capitals in ``surface``: "fan" is not FAN, "barrow" not Barrow."""
        has_caps = surface != surface.lower()
        usable = [a for a in self.index.get(key, ())
                  if (has_caps or not (a.caps or a.mode == "leader"))
                  and (a.mode != "local" or (iso3 is not None and iso3 in a.entry.countries))]
        if not usable:
            return None
        best = min(usable, key=lambda a: _rank(a, on or date.today(), iso3))
        return entry_actor(best.entry, iso3)


def _rank(alias: _Alias, on: date, iso3: str | None) -> tuple:
    entry = alias.entry
    outside = max(_days_outside(on, entry.valid_from, entry.valid_to),
                  _days_outside(on, alias.valid_from, alias.valid_to))
    misfit = 0 if iso3 is None or iso3 in entry.countries else 1
    return (outside > 0, misfit, _MODE_RANK[alias.mode], outside, entry.order)


def entry_actor(entry: Entry, focus_iso3: str | None) -> Actor:
    """The Actor of an entry; state forces outside their own country are external (8)."""
    inter = entry.inter
    if inter == 1 and focus_iso3 and entry.country and entry.country != focus_iso3 \
            and not _occupies(entry.country, focus_iso3):
        inter = 8
    return Actor(name=entry.name, inter=inter, country_iso3=entry.country, kind="named")


def _occupies(state_iso3: str, where_iso3: str) -> bool:
    """Whether a state's forces hold ``where`` as the occupying power (`occupied` in resources/actors.yml:
    Israel in Gaza and the West Bank): there they are state forces (1), as ACLED codes them, not external."""
    occupied = actor_dictionary().generic.get("occupied") or {}
    return where_iso3 in (occupied.get(state_iso3) or ())


def _alias_items(raw: Iterable | None) -> Iterator[tuple[str, date | None, date | None]]:
    """(text, from, to) of alias items written as plain strings or {name, from, to}."""
    for item in raw or []:
        if isinstance(item, dict):
            yield str(item["name"]), _as_date(item.get("from")), _as_date(item.get("to"))
        else:
            yield str(item), None, None


def _build(raw_entries: list[dict], generic: dict) -> ActorDictionary:
    entries: list[Entry] = []
    index: dict[tuple[str, ...], list[_Alias]] = {}
    for order, raw in enumerate(raw_entries):
        valid = raw.get("valid") or {}
        country = raw.get("country")
        entry = Entry(name=raw["name"], inter=int(raw["inter"]), country=country,
                      countries=frozenset(raw.get("countries") or ([country] if country else [])),
                      valid_from=_as_date(valid.get("from")), valid_to=_as_date(valid.get("to")), order=order)
        entries.append(entry)
        for mode, raw_aliases in (("alias", [entry.name] + list(raw.get("aliases") or [])),
                                  ("local", raw.get("local")), ("leader", raw.get("leaders"))):
            for text, start, end in _alias_items(raw_aliases):
                key = tuple(words(text))
                if key:
                    alias = _Alias(entry, mode, _is_acronym(text), start, end)
                    index.setdefault(key, []).append(alias)
    armies = frozenset(raw["name"] for raw in raw_entries if raw.get("army"))
    titles = {raw["name"]: _phrases(raw.get("titles")) for raw in raw_entries if raw.get("titles")}
    patrons = {raw["name"]: [(str(p["name"]), _as_date(p.get("from")), _as_date(p.get("to")))
                             for p in raw["fights_for"]] for raw in raw_entries if raw.get("fights_for")}
    return ActorDictionary(entries=entries, index=index, generic=generic, armies=armies, titles=titles,
                           patrons=patrons)


def _merge(base: dict, extra: dict) -> dict:
    """User entries replace shipped entries of the same name; user generic keys override ours."""
    names = {e["name"] for e in extra.get("actors") or []}
    actors = [e for e in base.get("actors") or [] if e["name"] not in names] + list(extra.get("actors") or [])
    generic = dict(base.get("generic") or {})
    for key, value in (extra.get("generic") or {}).items():
        generic[key] = {**generic.get(key, {}), **value} if isinstance(value, dict) else value
    return {"generic": generic, "actors": actors}


@lru_cache(maxsize=1)
def actor_dictionary() -> ActorDictionary:
    """The shipped dictionary merged with the user's ($GUETTEUR_ACTORS), built once per process."""
    data = load_yaml("actors.yml")
    user_path = os.environ.get(ENV_VAR)
    if user_path and Path(user_path).is_file():
        with open(user_path, encoding="utf-8") as fh:
            data = _merge(data, yaml.safe_load(fh) or {})
    return _build(data.get("actors") or [], data.get("generic") or {})


# --------------------------------------------------------------------------- generic actors
def generic_actor(kind: str, country: Country | None, focus: Country | None = None) -> Actor:
    """A generic actor of a country ("Military forces of Mali", "Civilians (Mali)").

    ``focus`` is the article's country: state forces of another country are external (8) there.
    Without a country, the country part of the name is left out ("Civilians").
    """
    config = actor_dictionary().generic
    spec = config["kinds"][kind]
    iso3 = country.iso3 if country else None
    template = (spec.get("by_country") or {}).get(iso3) or spec["name"]
    if country is None:
        name = re.sub(r"\s*(\(\{country\}\)| of \{the\}\{country\})", "", template)
    else:
        the = "the " if iso3 in (config.get("the_countries") or []) else ""
        name = template.format(country=country.name, the=the)
    inter = spec["inter"]
    if focus is not None and country is not None and focus.iso3 != country.iso3 \
            and not _occupies(country.iso3, focus.iso3):
        inter = spec.get("abroad", inter)
    return Actor(name=name, inter=inter, country_iso3=iso3, kind="generic")


@dataclass(frozen=True, slots=True)
class GenericLexicon:
    """A language's generic actor words (resources/<lang>/actors.yml)."""
    nouns: dict[tuple[str, ...], tuple[str, bool]]     # key -> (kind, needs a country)
    prefixes: frozenset[tuple[str, ...]]
    possessive_heads: frozenset[tuple[str, ...]]
    of_words: frozenset[str]
    foreign: frozenset[tuple[str, ...]]
    new_actor_rules: tuple[dict, ...]
    demonym_first: bool = False                          # English: "Malian troops"
    links: frozenset[tuple[str, ...]] = frozenset()      # "fidèles au", "aligned with"
    titles: frozenset[tuple[str, ...]] = frozenset()     # "maréchal", "field marshal"
    void_before: frozenset[str] = frozenset()            # "en" civil
    institutions: frozenset[tuple[str, ...]] = frozenset()   # "haut commissariat", "observatoire"


@lru_cache(maxsize=None)
def generic_lexicon(lang: str) -> GenericLexicon:
    data = load_yaml(language_folder(lang, "actors.yml"), "actors.yml")
    nouns: dict[tuple[str, ...], tuple[str, bool]] = {}
    for kind, spec in data["kinds"].items():
        for needs, key in ((False, "nouns"), (True, "needs_country")):
            for noun in spec.get(key) or []:
                nouns.setdefault(tuple(words(noun)), (kind, needs))
    prefixes = {k[:n] for k in nouns for n in range(1, len(k) + 1)}
    rules = tuple({"anywhere": {tuple(words(w)) for w in r.get("anywhere", [])},
                   "head": {tuple(words(w)) for w in r.get("head", [])}, "inter": r["inter"]}
                  for r in data.get("new_actor_rules") or [])
    return GenericLexicon(
        nouns=nouns, prefixes=frozenset(prefixes),
        possessive_heads=frozenset(tuple(words(w)) for w in data.get("possessive_heads") or []),
        of_words=frozenset(w for phrase in data.get("of_words") or [] if len(words(phrase)) == 1
                           for w in words(phrase)),
        foreign=frozenset(tuple(words(w)) for w in data.get("foreign_modifiers") or []),
        new_actor_rules=rules, demonym_first=bool(data.get("demonym_first")),
        links=_phrases(data.get("allegiance_links")), titles=_phrases(data.get("titles")),
        void_before=frozenset(fold(w) for w in data.get("void_before") or []),
        institutions=_phrases(data.get("institution_heads")))


def _phrases(raw: Iterable | None) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words(str(w))) for w in raw or [] if words(str(w)))


def _phrase_ending(doc, end: int, phrases: frozenset[tuple[str, ...]]) -> int | None:
    """Start token of the longest phrase of ``phrases`` ending just before token ``end``, else None."""
    for size in (4, 3, 2, 1):
        start = end - size
        if start >= 0 and tuple(words(doc[start:end].text)) in phrases:
            return start
    return None


# --------------------------------------------------------------------------- finding mentions
@dataclass(slots=True)
class _Found:
    tok_start: int
    tok_end: int                # exclusive
    actor: Actor
    named: bool
    width: int                  # words matched, for precedence
    head: int                   # token heading the mention (the noun, not the demonym)
    leader: bool = False        # matched a leader's name ("Khalifa Haftar")


@dataclass(slots=True)
class _Text:
    """The folded words of a parse, each with the token it comes from."""
    seq: list[str]
    token_of: list[int]


def _folded(doc) -> _Text:
    """Computed once per parse (kept in ``doc.user_data``): both actor scans of an article read it."""
    cached = doc.user_data.get(_FOLDED_KEY)
    if cached is not None:
        return cached
    seq: list[str] = []
    token_of: list[int] = []
    for tok in doc:
        for w in words(tok.text):
            seq.append(w)
            token_of.append(tok.i)
    doc.user_data[_FOLDED_KEY] = text = _Text(seq, token_of)
    return text


_FOLDED_KEY = ("guetteur", "actors.folded")


def find_actors(adoc: AnalyzedDoc, country: Country | None) -> list[ActorMention]:
    """Every actor mention of the article, in text order, with its canonical actor and head token."""
    doc = adoc.doc
    if doc is None or not len(doc):
        return []
    text = _folded(doc)
    on = _article_day(adoc)
    iso3 = country.iso3 if country else None
    lexicon = generic_lexicon(adoc.lang or "fr")
    defined = defined_acronyms(adoc, country, on)
    found = _named(doc, text, on, iso3, defined) + _generic(doc, text, lexicon, country, adoc.lang)
    chosen = _select(found)
    chosen = _select(chosen + _titled_leaders(doc, chosen, lexicon))
    chosen = _fold_possessives(doc, chosen, lexicon)
    _army_anaphora(doc, chosen, lexicon)
    _generic_state_as_named(doc, chosen, country, lexicon)
    return [_mention(doc, f) for f in sorted(chosen, key=lambda f: f.tok_start)]


def actor_countries(adoc: AnalyzedDoc) -> Counter:
    """Where the article's named actors operate, as ISO2 votes for its focus country: one vote per distinct
    actor that the dictionary ties to one country ("ADF", "Codeco" are Congolese), so that a short dispatch
    naming only a village and the ADF is placed in the DRC. Aliases shared by several countries vote for none."""
    doc = adoc.doc
    if doc is None or not len(doc):
        return Counter()
    dictionary = actor_dictionary()
    text = _folded(doc)
    countries_of: dict[str, set[str]] = {}
    for start, end in _scan(text.seq, dictionary.prefixes, dictionary.index.keys()):
        aliases = [a for a in dictionary.index.get(tuple(text.seq[start:end]), ()) if a.mode != "local"]
        places = {_home_ground(a.entry) for a in aliases} - {None}
        lower = _surface(doc, text.token_of[start], text.token_of[end - 1] + 1).islower()
        if len(places) == 1 and not (lower and all(a.caps for a in aliases)):   # "ADF" must be written so
            countries_of.setdefault(aliases[0].entry.name, set()).update(places)
    votes: Counter = Counter()
    for places in countries_of.values():
        country = by_iso3(next(iter(places)))
        if country is not None:
            votes[country.iso2] += 1
    return votes


def _home_ground(entry: Entry) -> str | None:
    """The one country an actor's mention points to: where it alone operates, else its home when it fights
    there (the ADF in Congo); foreign and external forces point nowhere (Wagner in Mali is not Russia), nor do
    state forces sent abroad (the Russian air force strikes Syria)."""
    if len(entry.countries) == 1:
        return next(iter(entry.countries))
    if entry.inter not in (1, 8) and entry.country in entry.countries:
        return entry.country
    return None


@lru_cache(maxsize=1)
def expeditionary_states() -> frozenset[str]:
    """ISO3 codes of the states whose forces the dictionary has fighting abroad (Russia, Turkey, France...):
    a demonym of their forces ("l'aviation russe") names who acts, not where."""
    return frozenset(e.country for e in actor_dictionary().entries
                     if e.inter == 1 and e.country and e.countries - {e.country})


def _titled_leaders(doc, chosen: list[_Found], lexicon: GenericLexicon) -> list[_Found]:
    """"le maréchal" alone, once the article has said "le maréchal Khalifa Haftar" (or when it names no other
    leader than him), is his force."""
    by_title: dict[tuple[str, ...], Actor] = {}
    taken = {i for f in chosen for i in range(f.tok_start, f.tok_end)}
    found: list[_Found] = []
    for f in sorted(chosen, key=lambda f: f.tok_start):
        start = _phrase_ending(doc, f.tok_start, lexicon.titles) if f.leader else None
        if start is not None:
            by_title[tuple(words(doc[start:f.tok_start].text))] = f.actor
    known_titles = actor_dictionary().titles   # "le maréchal" is Haftar wherever the article names his force
    for actor in {f.actor.name: f.actor for f in chosen if f.named}.values():
        for title in known_titles.get(actor.name, ()):
            by_title.setdefault(title, actor)
    leaders = {f.actor.name: f.actor for f in chosen if f.leader}
    if len(leaders) == 1:   # one leader named in the article: "le maréchal", never introduced, is still him
        sole = next(iter(leaders.values()))
        for title in lexicon.titles:
            by_title.setdefault(title, sole)
    if not by_title:
        return found
    for title, actor in by_title.items():
        first_use = min(f.tok_start for f in chosen if f.actor == actor)
        for i in range(first_use, len(doc) - len(title) + 1):
            end = i + len(title)
            if tuple(words(doc[i:end].text)) != title or taken & set(range(i, end)):
                continue
            if end < len(doc) and (end in taken or doc[end].text[:1].isupper()):
                continue          # a name follows: another person with the same title
            if fold(doc[_skip_adjectives_back(doc, i - 1)].text) in _DETERMINERS | lexicon.of_words:
                found.append(_Found(i, end, actor, True, len(title), doc[i:end].root.i))
    return found


def _skip_adjectives_back(doc, i: int) -> int:
    """The first token at or before ``i`` that is no adjective ("le controversé maréchal" -> "le")."""
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return max(i, 0)


def _army_anaphora(doc, chosen: list[_Found], lexicon: GenericLexicon) -> None:
    """"les troupes de l'ANL ... les troupes": a bare army noun (no country, no owner) stands for the last
    actor the article introduced with the same head noun, not for whoever is the state."""
    introduced: dict[str, Actor] = {}
    for f in sorted(chosen, key=lambda f: f.tok_start):
        head = fold(doc[f.head].lemma_)
        if f.named and f.head < f.tok_end and tuple(words(doc[f.head].text)) in lexicon.possessive_heads:
            introduced[head] = f.actor
        elif not f.named and is_bare_army(doc[f.tok_start:f.tok_end].text, lexicon) and head in introduced \
                and not _belongs_to_someone(doc, f, lexicon):
            f.actor, f.named = introduced[head], True


def is_bare_army(text: str, lexicon: GenericLexicon) -> bool:
    """"les troupes", "l'armée", "les forces armées": a military noun with no country or owner of its own."""
    found = lexicon.nouns.get(tuple(words(text)))
    return found is not None and found[0] == "military"


def _generic_state_as_named(doc, chosen: list[_Found], country: Country | None, lexicon: GenericLexicon) -> None:
    """An article naming exactly one state force of a country (Libya: the GNA, an `army` entry of the
    dictionary) means that force by "l'armée", "les troupes", "le gouvernement" of that country; with two or
    none, the generic name stays, and so does an army said to be someone's ("les troupes du maréchal")."""
    armies = actor_dictionary().armies
    named_states: dict[str, set[str]] = {}
    for f in chosen:
        a = f.actor
        if f.named and a.kind == "named" and a.country_iso3 and a.name in armies:
            named_states.setdefault(a.country_iso3, set()).add(a.name)
    sole = {iso3: next(f.actor for f in chosen if f.actor.name == next(iter(names)))
            for iso3, names in named_states.items() if len(names) == 1}
    for f in chosen:
        a = f.actor
        if not f.named and a.kind == "generic" and a.country_iso3 in sole and _is_generic_name(a, country) \
                and not _belongs_to_someone(doc, f, lexicon):
            f.actor = sole[a.country_iso3]


def _belongs_to_someone(doc, f: _Found, lexicon: GenericLexicon) -> bool:
    """"les troupes du maréchal", "les soldats de Hemedti": an army noun whose complement is a person or a
    title names that person's force, whoever the state is."""
    for child in doc[f.head].children:
        if child.dep_ in ("nmod", "pobj", "prep") and (child.pos_ == "PROPN" or
                                                        _phrase_ending(doc, child.i + 1, lexicon.titles) is not None):
            return True
    return False


def _is_generic_name(actor: Actor, focus: Country | None) -> bool:
    """The army or government of its country under the generic name ("Military forces of Mali")."""
    country = by_iso3(actor.country_iso3) if actor.country_iso3 else None
    return country is not None and actor.name in {generic_actor(kind, country, focus).name
                                                  for kind in ("military", "government")}


def _article_day(adoc: AnalyzedDoc) -> date | None:
    article = adoc.article
    if article.published_day:
        return article.published_day
    month = article.published_month
    return date(month[0], month[1], 15) if month else None


def _surface(doc, tok_start: int, tok_end: int) -> str:
    return doc[tok_start:tok_end].text


def _named(doc, text: _Text, on: date | None, iso3: str | None, defined: dict) -> list[_Found]:
    dictionary = actor_dictionary()
    found: list[_Found] = []
    prefixes = dictionary.prefixes | {k[:n] for k in defined for n in range(1, len(k) + 1)}
    for start, end in _scan(text.seq, prefixes, dictionary.index.keys() | defined.keys()):
        key = tuple(text.seq[start:end])
        tok_start, tok_end = text.token_of[start], text.token_of[end - 1] + 1
        surface = _surface(doc, tok_start, tok_end)
        actor = defined.get(key) or dictionary.resolve(key, on, iso3, surface)
        if actor is not None:
            leader = key not in defined and any(a.mode == "leader" for a in dictionary.index.get(key, ()))
            found.append(_Found(tok_start, tok_end, actor, True, end - start, doc[tok_start:tok_end].root.i,
                                leader))
    return found


def _scan(seq: list[str], prefixes: set, keys) -> Iterator[tuple[int, int]]:
    """Word ranges of ``seq`` that are keys; ``prefixes`` stops the extension early."""
    for i in range(len(seq)):
        for j in range(i + 1, min(len(seq), i + 12) + 1):
            key = tuple(seq[i:j])
            if key not in prefixes:
                break
            if key in keys:
                yield i, j


def _generic(doc, text: _Text, lexicon: GenericLexicon, focus: Country | None, lang: str) -> list[_Found]:
    found: list[_Found] = []
    for start, end in _scan(text.seq, lexicon.prefixes, lexicon.nouns.keys()):
        kind, needs_country = lexicon.nouns[tuple(text.seq[start:end])]
        tok_start, tok_end = text.token_of[start], text.token_of[end - 1] + 1
        if tok_start > 0 and fold(doc[tok_start - 1].text) in lexicon.void_before \
                or _inside_institution(doc, doc[tok_start:tok_end].root, lexicon):
            continue
        noun_start = tok_start
        if lang == "fr" and _adjectival(doc, tok_start, tok_end):
            if tuple(words(doc[tok_start - 1].text)) not in lexicon.possessive_heads:
                continue
            noun_start = tok_start = tok_start - 1      # "positions rebelles": the rebels' positions
        where = _country_near(doc, lexicon, tok_start, tok_end)
        if where == "foreign" and _is_state_kind(kind):
            continue
        if where == "foreign":
            where = None
        country, tok_end_ext, tok_start_ext = where if where else (None, tok_end, tok_start)
        if country is None and needs_country:
            continue
        actor = generic_actor(kind, country or focus, focus)
        width = len(words(doc[tok_start_ext:tok_end_ext].text))
        found.append(_Found(tok_start_ext, tok_end_ext, actor, False, width,
                            doc[noun_start:tok_end].root.i))
    if lang == "fr":
        found.extend(_demonym_people(doc, focus))
    return found


def _inside_institution(doc, token, lexicon: GenericLexicon) -> bool:
    """"Haut-Commissariat des Nations unies pour les réfugiés": a generic noun in an institution's name."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("nmod", "pobj", "prep", "obl", "obl:mod", "compound") or node.head == node:
            return False
        node = node.head
        if node.text[:1].isupper() and _phrase_ending(doc, node.i + 1, lexicon.institutions) is not None:
            return True
    return False


def _demonym_people(doc, focus: Country | None) -> Iterator[_Found]:
    """French capitalises demonyms used as nouns: "des milliers d'Algériens" are civilians of Algeria."""
    index = demonym_index()
    for tok in doc:
        iso2 = index.get(fold(tok.text)) if tok.text[:1].isupper() and tok.i > 0 else None
        if iso2 and not doc[tok.i - 1].is_sent_start and fold(tok.text).endswith(("s", "x")):
            yield _Found(tok.i, tok.i + 1, generic_actor("civilians", by_iso2(iso2), focus), False, 1, tok.i)


def _is_state_kind(kind: str) -> bool:
    return "abroad" in actor_dictionary().generic["kinds"][kind]


def _adjectival(doc, tok_start: int, tok_end: int) -> bool:
    """'sources militaires', 'victimes civiles': an adjective after a noun is not an actor."""
    if tok_end - tok_start != 1 or tok_start == 0:
        return False
    return doc[tok_start].pos_ == "ADJ" and doc[tok_start - 1].pos_ == "NOUN"


def _country_near(doc, lexicon: GenericLexicon, tok_start: int, tok_end: int):
    """(country, extended end, extended start) from a demonym or "de + country"; "foreign"; or None."""
    n = len(doc)
    if tok_end < n:
        following = tuple(words(doc[tok_end:min(n, tok_end + 3)].text))
        if any(following[:size] in lexicon.foreign for size in (1, 2, 3) if len(following) >= size):
            return "foreign"
        iso2 = demonym_index().get(fold(doc[tok_end].text))
        if iso2:
            return by_iso2(iso2), tok_end + 1, tok_start
        named = _of_country(doc, lexicon, tok_end)
        if named:
            return named[0], named[1], tok_start
    if tok_start > 0:
        iso2 = demonym_index().get(fold(doc[tok_start - 1].text))
        if iso2 and doc[tok_start - 1].text[:1].isupper() and lexicon.demonym_first:
            return by_iso2(iso2), tok_end, tok_start - 1
    return None


def _of_country(doc, lexicon: GenericLexicon, i: int) -> tuple[Country, int] | None:
    """'de la RDC', 'du Mali', "of Nigeria" starting at token i: (country, end token)."""
    if fold(doc[i].text) not in lexicon.of_words:
        return None
    j = i + 1
    if j < len(doc) and fold(doc[j].text) in _DETERMINERS:
        j += 1
    for size in (4, 3, 2, 1):
        if j + size <= len(doc):
            country = country_named(doc[j:j + size].text)
            if country is not None:
                return country, j + size
    return None


def _select(found: list[_Found]) -> list[_Found]:
    """Non-overlapping mentions: the longest first, named before generic."""
    taken: set[int] = set()
    chosen: list[_Found] = []
    for f in sorted(found, key=lambda f: (-f.width, not f.named, f.tok_start)):
        span = set(range(f.tok_start, f.tok_end))
        if not span & taken:
            taken |= span
            chosen.append(f)
    return chosen


def _fold_possessives(doc, chosen: list[_Found], lexicon: GenericLexicon) -> list[_Found]:
    """'forces de Haftar', 'rebelles du M23': the head noun and its named owner become one mention."""
    by_token = {i: f for f in chosen for i in range(f.tok_start, f.tok_end)}
    dropped: set[int] = set()
    for f in chosen:
        if not f.named:
            continue
        head_end = _possessive_head_end(doc, f.tok_start, lexicon)
        if head_end is None:
            continue
        head_start = _possessive_head_start(doc, head_end, lexicon)
        if head_start is None:
            continue
        owner = by_token.get(head_end - 1)
        if owner is not None and owner.named:
            continue
        if owner is not None:
            dropped.add(id(owner))
            head_start = min(head_start, owner.tok_start)
        f.tok_start, f.head = head_start, doc[head_start:head_end].root.i
    return [f for f in chosen if id(f) not in dropped]


def _possessive_head_end(doc, tok_start: int, lexicon: GenericLexicon) -> int | None:
    """Token end of the noun before "de (la|l')" or an allegiance link ("fidèles au", "aligned with") that
    precedes a named mention, skipping the words that describe its owner ("du controversé maréchal Khalifa
    Haftar", "aligned with Libya's UN-recognised GNA"), else None."""
    i = tok_start - 1
    for _ in range(6):
        if i < 1 or not _describes_owner(doc, i, lexicon):
            break
        title = _phrase_ending(doc, i + 1, lexicon.titles)
        i = (title if title is not None else i) - 1
    if i >= 0 and fold(doc[i].text) in _DETERMINERS and fold(doc[i].text) not in lexicon.of_words:
        i -= 1
    if i >= 1 and fold(doc[i].text) in lexicon.of_words:
        return i
    link = _phrase_ending(doc, i + 1, lexicon.links) if i >= 1 else None
    return link if link is not None and link >= 1 else None


def _describes_owner(doc, i: int, lexicon: GenericLexicon) -> bool:
    """A word between "de" and the owner's name: adjective, title, "Libya's", "UN-"."""
    tok = doc[i]
    if _phrase_ending(doc, i + 1, lexicon.titles) is not None:
        return True
    participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
    if tok.pos_ in ("ADJ", "ADV") or participle or tok.text in ("'s", "-"):
        return True
    if tok.is_lower and tok.pos_ == "NOUN" and _phrase_ending(doc, i + 2, lexicon.titles) == i + 1:
        return True           # "du controversé maréchal": an adjective the parser took for a noun
    following = doc[i + 1].text if i + 1 < len(doc) else ""
    return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and following in ("'s", "-")


def _possessive_head_start(doc, head_end: int, lexicon: GenericLexicon) -> int | None:
    for size in (2, 1):
        start = head_end - size
        if start >= 0 and tuple(words(doc[start:head_end].text)) in lexicon.possessive_heads:
            return start
    return None


def _mention(doc, f: _Found) -> ActorMention:
    span = doc[f.tok_start:f.tok_end]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, actor=f.actor, head=f.head)


# --------------------------------------------------------------------------- acronyms defined in the text
def defined_acronyms(adoc: AnalyzedDoc, country: Country | None, on: date | None) -> dict[tuple[str, ...], Actor]:
    """Acronyms the article defines ("Gouvernement d'union nationale (GNA)", "ANL (Armée nationale
    libyenne)"), as folded acronym -> Actor. An expansion found in neither the dictionary nor the generic nouns
    becomes a new named actor, named by its acronym, when a rule of new_actor_rules fits its words."""
    doc, out = adoc.doc, {}
    lexicon = generic_lexicon(adoc.lang or "fr")
    for m in _ACRONYM_IN_PARENS.finditer(adoc.text):
        inner = m.group(1).strip()
        if " " not in inner and len(inner) <= 10 and inner[:1].isupper():
            acronym, expansions = inner, _expansions_before(doc, m.start())
            if expansions and not _is_acronym(inner) and fold(expansions[0])[:1] != fold(inner)[:1]:
                continue
        else:
            acronym, expansions = _acronym_before(doc, m.start()), [inner]
        if not acronym or not expansions:
            continue
        actor = _expansion_actor(acronym, expansions, country, on, lexicon)
        if actor is not None:
            out[tuple(words(acronym))] = actor
            out.setdefault(tuple(words(expansions[0])), actor)
    return out


def _token_at(doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def _acronym_before(doc, paren: int) -> str | None:
    i = _token_at(doc, paren)
    if i is None or i == 0:
        return None
    candidate = doc[i - 1].text
    return candidate if _is_acronym(candidate) else None


def _expansions_before(doc, paren: int) -> list[str]:
    """Candidate names ending just before '(', longest first, from the leftmost capitalised word."""
    i = _token_at(doc, paren)
    if i is None:
        return []
    window: list = []
    j = i - 1
    while j >= 0 and len(window) < 12:
        tok = doc[j]
        if (tok.is_punct and tok.text not in "-'/") or tok.pos_ in ("VERB", "AUX", "CCONJ") or "\n" in tok.whitespace_:
            break
        window.insert(0, tok)
        j -= 1
    starts = [k for k, tok in enumerate(window)
              if tok.text[:1].isupper() and fold(tok.text) not in _DETERMINERS]
    if not starts:
        starts = [k for k, tok in enumerate(window) if fold(tok.text) not in _DETERMINERS][:1]
    if not window:
        return []
    first = window[0].i
    return [doc[first + k:i].text for k in starts]


def _institution(expansion: str, lexicon: GenericLexicon) -> bool:
    """"Haut-Commissariat des Nations unies pour les réfugiés", "Observatoire syrien...": not an actor."""
    seq = [w for w in words(expansion) if w not in _DETERMINERS]
    return any(tuple(seq[:n]) in lexicon.institutions for n in (1, 2, 3, 4))


def _expansion_actor(acronym: str, expansions: list[str], country: Country | None, on: date | None,
                     lexicon: GenericLexicon) -> Actor | None:
    dictionary = actor_dictionary()
    iso3 = country.iso3 if country else None
    for expansion in expansions:
        actor = dictionary.resolve(tuple(words(expansion)), on, iso3, expansion)
        if actor is not None:
            return actor
        if _institution(expansion, lexicon):
            return None
        generic = lexicon.nouns.get(tuple(words(expansion)))
        if generic is not None and not generic[1]:
            return generic_actor(generic[0], country, country)
    inter = _guess_inter(words(expansions[0]), lexicon)
    return Actor(name=acronym, inter=inter, country_iso3=iso3, kind="named") if inter else None


def _guess_inter(seq: list[str], lexicon: GenericLexicon) -> int | None:
    """The inter code a new organisation's name suggests (new_actor_rules), else None (not an actor)."""
    content = [w for w in seq if w not in lexicon.of_words and w not in _DETERMINERS]
    if not content:
        return None
    grams = {tuple(seq[i:i + n]) for n in (1, 2, 3) for i in range(len(seq) - n + 1)}
    heads = {(content[0],), (content[-1],), tuple(content[:2])}
    for rule in lexicon.new_actor_rules:
        if rule["anywhere"] & grams or rule["head"] & heads:
            return rule["inter"]
    return None
