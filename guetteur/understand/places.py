"""Toponyms: find the places an article names, resolve each to a gazetteer entry, and code its precision.

Recognition merges spaCy entities with a gazetteer phrase match over capitalised token runs (spaCy often tags
an unfamiliar town as a person). Each candidate is then weighed: its spaCy label, the preposition before it,
whether it opens a sentence, and whether its best reading fits the article's country. Resolution prefers the
article's focus country, big places, and places near the article's other places (Tripoli follows "Liban").
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from guetteur.geo import countries
from guetteur.geo.gazetteer import Gazetteer, distance_km, skeleton
from guetteur.model import AnalyzedDoc, Country, Place, PlaceMention
from guetteur.resources import load_yaml
from guetteur.text import fold
from guetteur.understand.actors import expeditionary_states

MAX_NAME_TOKENS = 6                   # "Croix-des-Bouquets" can be five tokens
CONTEXT_CHARS = 90                    # how much text before a name the cue patterns see
ENTITY_LABELS = {"LOC", "GPE", "FAC", "ORG", "PER", "PERSON", "MISC"}   # French and English labels
ACCEPT = 2                            # minimum evidence for a candidate to count as a place (see _evidence)
NON_CITY_BASE_POPULATION = 20000      # overlay sites carry no population; this ranks them like a small town
BIG_TOWN = 50000
FOREIGN_TOLERATED = 100000            # a foreign city this big, under its own name, is plausible ("à Paris")
FOREIGN_EXONYM_TOLERATED = 1000000    # ... under another name ("Le Caire", "Moscou")
WORLD_FUZZY_SKELETON = 100.0          # a world-wide fuzzy match needs the same transliteration skeleton...
WORLD_FUZZY_SPELLING = 75             # ... and a spelling that reads alike (rapidfuzz ratio of folded names)
REGION_FEATURES = {"admin1", "region"}   # coded to their capital at precision 3
AREA_FEATURES = {"admin2"}            # provinces, cercles, territories: their capital at precision 2
MAX_COUNTRY_TOKENS = 6                # "République démocratique du Congo"
SITE_RADIUS_KM = 50                   # a neighbourhood or site lies this close to the article's other places
ARTICLE_COUNTRY_VOTES = 3             # votes that make a country part of the article's setting (e.g. "au Niger" = 3)
FOCUS_BONUS = 5.0                     # ranking bonus of a reading in the focus country (a village beats a foreign city)
ARTICLE_COUNTRY_BONUS = 3.0           # ... in another country the article names
ALTERNATE_NAME_PENALTY = 2.0
FORCE_DEMONYM_VOTE = 0.5              # a demonym of a force ("avions russes") says less than a place name
EXPEDITIONARY_DEMONYM_VOTE = 0.25     # ... of a state's forces that fight abroad: it only breaks a tie


# --------------------------------------------------------------------------- lexicon
@dataclass(frozen=True, slots=True)
class Relation:
    name: str
    precision: int
    pattern: re.Pattern


@dataclass(frozen=True, slots=True)
class Lexicon:
    stop_words: frozenset[str]
    particles: frozenset[str]
    person_title: re.Pattern
    strong_cue: re.Pattern
    weak_cue: re.Pattern
    place_verb: re.Pattern
    relations: tuple[Relation, ...]
    directions: dict[str, str]
    district_precision: int
    capital_noun: re.Pattern
    articles: frozenset[str]                 # "al" in "al-Hol": may open a name before a hyphen
    ambiguous_countries: dict[str, tuple[str, ...]]
    city_preposition: re.Pattern
    border_nouns: frozenset[str]
    force_nouns: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_yaml("fr", "places.yml")
    return Lexicon(
        stop_words=frozenset(fold(w) for w in data["stop_words"]),
        particles=frozenset(str(p).lower() for p in data["name_particles"]),
        person_title=re.compile(data["person_titles_before"]),
        strong_cue=re.compile(data["strong_cue_before"]),
        weak_cue=re.compile(data["weak_cue_before"]),
        place_verb=re.compile(data["place_verb_before"]),
        relations=tuple(Relation(r["relation"], int(r["precision"]), re.compile(r["before"]))
                        for r in data["relations"]),
        directions={fold(k): v for k, v in data["directions"].items()},
        district_precision=int(data["district_precision"]),
        capital_noun=re.compile(data["capital_nouns"]),
        articles=frozenset(str(a).lower() for a in data["name_articles"]),
        ambiguous_countries={fold(k): tuple(v) for k, v in data["ambiguous_country_names"].items()},
        city_preposition=re.compile(data["city_preposition_before"]),
        border_nouns=frozenset(fold(w) for w in data["border_nouns"]),
        force_nouns=frozenset(fold(w) for w in data["force_nouns"]),
    )


# --------------------------------------------------------------------------- candidates
@dataclass(slots=True)
class Candidate:
    start: int               # character offsets in the article text
    end: int
    text: str
    label: str | None        # spaCy entity label covering it, if any
    sentence_initial: bool
    known: bool              # the gazetteer knows the exact (folded) name
    in_longer_entity: bool = False   # part of a longer spaCy entity ("développement du Congo (Codeco)")


@dataclass(slots=True)
class Context:
    cue: int                 # 2 strong preposition ("à", "près de"), 1 weak ("de", "en"), 0 none
    person_title: bool       # "le général X": X is a person
    relation: Relation | None
    direction: str | None    # English compass word when the relation names one
    city_preposition: bool = False   # right after "à", which French uses for cities, not countries


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _opens_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A capitalised token, or an Arabic article hyphen-joined to one ("al-Hol", "ez-Zor")."""
    if _capitalised(doc[i]):
        return True
    return (doc[i].lower_ in lex.articles and i + 2 < len(doc) and doc[i + 1].text == "-"
            and _capitalised(doc[i + 2]))


def _sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    previous = doc[i - 1]
    if previous.is_space or previous.text in {"«", '"', "(", "-", "—", "–", ":", "\u201c"}:
        return True
    return doc[i].is_sent_start and previous.is_punct   # the parser sometimes splits after a verb ("repris")


def _can_continue(token: Token, lex: Lexicon) -> bool:
    """Tokens allowed inside a multi-word name after its first token."""
    if token.is_space or (token.is_punct and token.text not in {"-", "'"}):
        return False
    return _capitalised(token) or token.lower_ in lex.particles or token.like_num




@lru_cache(maxsize=1)
def _phrase_heads() -> tuple[frozenset[str], frozenset[str]]:
    """First words of multi-word stop phrases and of multi-word country names: only these start a check."""
    stops = frozenset(w.split()[0] for w in lexicon().stop_words if " " in w)
    names = frozenset(n.split()[0] for n in countries.name_index() if " " in n)
    return stops, names


def _phrase_end(doc: Doc, i: int, known: frozenset[str] | dict, max_tokens: int) -> int | None:
    """End of the longest phrase of 2+ tokens starting at token i whose folded text is in ``known``; lower-case
    words may occur inside ("République démocratique du Congo"), punctuation other than hyphens may not."""
    end = i + 1
    while end < min(len(doc), i + max_tokens) and not doc[end].is_space and (
            not doc[end].is_punct or doc[end].text in {"-", "'"}):
        end += 1
    for j in range(end, i + 1, -1):
        if not doc[j - 1].is_punct and fold(doc[i:j].text) in known:   # "al -" (of al-Hol) is not "al"
            return j
    return None


def _stop_phrase_end(doc: Doc, i: int, lex: Lexicon) -> int | None:
    """End of a multi-word stop phrase starting at token i ("Boko Haram", "Etat islamique"), else None."""
    if fold(doc[i].text) not in _phrase_heads()[0]:
        return None
    return _phrase_end(doc, i, lex.stop_words, 5)


def _country_name_end(doc: Doc, i: int) -> int | None:
    """End of a multi-word country name starting at token i, else None."""
    if fold(doc[i].text) not in _phrase_heads()[1]:
        return None
    return _phrase_end(doc, i, countries.name_index(), MAX_COUNTRY_TOKENS)


def _gazetteer_spans(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> list[tuple[int, int]]:
    """Longest runs of tokens, starting and ending capitalised, whose folded text is a gazetteer name."""
    spans, i = [], 0
    while i < len(doc):
        best = None
        if _opens_name(doc, i, lex):
            skip_to = _stop_phrase_end(doc, i, lex)
            if skip_to is not None:
                i = skip_to
                continue
            country_end = _country_name_end(doc, i)
            if country_end is not None:
                spans.append((i, country_end))
                i = country_end
                continue
            for j in range(i, min(i + MAX_NAME_TOKENS, len(doc))):
                if j > i and not _can_continue(doc[j], lex):
                    break
                if not (_capitalised(doc[j]) or doc[j].like_num):
                    continue
                key = fold(doc[i].text) if j == i else fold(doc[i:j + 1].text)
                if key not in lex.stop_words and key not in countries.demonym_index() and gaz.is_name(key):
                    best = j
        if best is not None:
            spans.append((i, best + 1))
            i = best + 1
        else:
            i += 1
    return spans


def _trimmed_entity(ent, lex: Lexicon) -> tuple[int, int] | None:
    """Token range of an entity without leading articles or trailing punctuation ("la Libye" -> "Libye");
    an Arabic article joined to the name stays ("al-Hol")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and not _opens_name(doc, start, lex):
        start += 1
    while end > start and not (_capitalised(doc[end - 1]) or doc[end - 1].like_num):
        end -= 1   # a name ends with a capitalised word or a number ("Monguno in" -> "Monguno")
    return (start, end) if start < end else None


def candidates(adoc: AnalyzedDoc, gaz: Gazetteer, lex: Lexicon) -> list[Candidate]:
    """Place-name candidates: gazetteer runs (labelled by the spaCy entity around them) and unknown spaCy
    entities, which resolution may still match by transliteration."""
    doc = adoc.doc
    label_of: dict[int, str] = {}
    entity_of: dict[int, tuple[int, int]] = {}
    entities: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        trimmed = _trimmed_entity(ent, lex)
        if trimmed:
            entities.append((*trimmed, ent.label_))
            for t in range(*trimmed):
                label_of[t] = ent.label_
                entity_of[t] = trimmed
    found = _gazetteer_spans(doc, gaz, lex)
    spans = [(s, e, label_of.get(s), True) for s, e in found]
    demonyms = countries.demonym_index()
    for s, e, label in entities:
        key = fold(doc[s:e].text)
        if (s, e) not in found and key not in lex.stop_words and key not in demonyms and not gaz.is_name(key):
            spans.append((s, e, label, False))   # overlaps are settled once readings are known
    result = []
    for s, e, label, known in sorted(spans):
        span = doc[s:e]
        text = span.text.rstrip("'\u2019")
        if not text:
            continue
        entity = entity_of.get(s)
        longer = entity is not None and (entity[0] < s or entity[1] > e)
        result.append(Candidate(span.start_char, span.start_char + len(text), text, label,
                                _sentence_initial(doc, s), known, longer))
    return result


def context_before(text: str, start: int, lex: Lexicon) -> Context:
    """What the words just before a name say about it: cue strength, person title, spatial relation."""
    window = fold(text[max(0, start - CONTEXT_CHARS):start])
    window = re.sub(r"(?:\b(?:la|le|les)|\bl')\s*$", "", window).rstrip()
    relation, direction = None, None
    for candidate in lex.relations:
        m = candidate.pattern.search(window)
        if m:
            relation = candidate
            raw = m.groupdict().get("dir")
            direction = lex.directions.get(raw) if raw else None
            break
    cue = 2 if lex.strong_cue.search(window) or relation else 1 if (
        lex.weak_cue.search(window) or lex.place_verb.search(window)) else 0
    return Context(cue, bool(lex.person_title.search(window)), relation, direction,
                   bool(lex.city_preposition.search(window)))


# --------------------------------------------------------------------------- country evidence
def _text_votes(adoc: AnalyzedDoc) -> Counter:
    """Country votes from demonyms in the text and country names or demonyms in the title (counted once per
    parse: find_places and focus_country both start from them)."""
    cached = adoc.doc.user_data.get(_TEXT_VOTES_KEY)
    if cached is None:
        cached = adoc.doc.user_data[_TEXT_VOTES_KEY] = _count_text_votes(adoc)
    return Counter(cached)


_TEXT_VOTES_KEY = ("guetteur", "places.text_votes")


def _count_text_votes(adoc: AnalyzedDoc) -> Counter:
    votes: Counter = Counter()
    demonyms = countries.demonym_index()
    lex = lexicon()
    for token in adoc.doc:
        iso2 = demonyms.get(fold(token.text)) if token.is_alpha or "-" in token.text else None
        if iso2 and not (token.i and fold(adoc.doc[token.i - 1].text) in lex.border_nouns):
            votes[iso2] += _demonym_vote(token, iso2, lex)
    title_words = fold(adoc.article.title or "").split()
    names = countries.name_index()
    for n in (1, 2, 3):
        for i in range(len(title_words) - n + 1):
            key = " ".join(title_words[i:i + n])
            iso2 = names.get(key) or (demonyms.get(key) if n == 1 else None)
            if iso2 and key not in lex.ambiguous_countries:
                votes[iso2] += 3
    return votes


def _demonym_vote(demonym: Token, iso2: str, lex: Lexicon) -> float:
    """1 for a people ("des milliers d'Algériens"); less for a force ("soldats maliens" alone still places a
    dispatch in Mali); least for the forces of a state that the actor dictionary has fighting abroad: "l'aviation
    russe" says who struck, not where (a short dispatch on a strike in Idlib stays in Syria)."""
    if not _foreign_force(demonym, lex):
        return 1
    country = countries.by_iso2(iso2)
    abroad = country is not None and country.iso3 in expeditionary_states()
    return EXPEDITIONARY_DEMONYM_VOTE if abroad else FORCE_DEMONYM_VOTE


def _foreign_force(demonym: Token, lex: Lexicon) -> bool:
    """"des avions russes", "une frappe américaine": the demonym names who acts, often from abroad; it
    weighs less than a place ("soldats maliens" alone still places a dispatch in Mali)."""
    return demonym.dep_ in ("amod", "nmod", "compound") and fold(demonym.head.lemma_) in lex.force_nouns


def _country_candidate(text: str) -> Country | None:
    return countries.country_named(text)


def _preliminary_votes(adoc: AnalyzedDoc, cands: list[Candidate], contexts: list[Context],
                       gaz: Gazetteer) -> Counter:
    """Votes before resolution: demonyms, title, country names (more with a cue: "en Libye") and names that
    only one country knows."""
    votes = _text_votes(adoc)
    ambiguous = lexicon().ambiguous_countries
    for cand, ctx in zip(cands, contexts):
        if cand.in_longer_entity:
            continue   # "Jisr" inside "Jisr al-Choughour" says nothing about the country
        country = _country_candidate(cand.text)
        if country is not None:
            if fold(cand.text) not in ambiguous:
                votes[country.iso2] += 2 + (ctx.cue == 2)
            continue
        options = gaz.lookup(cand.text)[:5] if cand.known else []
        if options and len({o.country_iso2 for o in options if o.population >= 1000 or o.feature != "city"}) == 1:
            votes[options[0].country_iso2] += 1
    return votes


def _setting(votes: Counter) -> Setting:
    focus = _leader(votes)
    named = {iso2 for iso2, n in votes.items() if n >= ARTICLE_COUNTRY_VOTES}
    return Setting(focus, frozenset(named | ({focus} if focus else set())))


def _leader(votes: Counter) -> str | None:
    """The country with most votes; on a tie, the one counted first (earliest in the text)."""
    return votes.most_common(1)[0][0] if votes else None


# --------------------------------------------------------------------------- resolution
@dataclass(slots=True)
class Reading:
    place: Place
    fuzzy: bool = False
    main_name: bool = True   # matched the place's main name, not one of its alternates


def _country_options(cand: Candidate, ctx: Context, country: Country, setting: "Setting",
                     gaz: Gazetteer) -> list[Reading]:
    """The country a name designates, or its capital-size city after "à" ("à Mexico", "à Djibouti")."""
    if ctx.city_preposition:
        cities = [p for p in gaz.lookup(cand.text, country.iso2)
                  if p.feature == "city" and p.population >= FOREIGN_TOLERATED]
        if cities:
            return [Reading(cities[0], main_name=False)]
    sharing = lexicon().ambiguous_countries.get(fold(cand.text))
    if sharing:   # "Congo": the one the article is set in
        iso2 = next((c for c in sharing if c == setting.focus), None) or next(
            (c for c in sharing if c in setting.countries), sharing[0])
        country = countries.by_iso2(iso2) or country
    exact = [p for p in gaz.lookup(country.name) if p.feature == "country" and p.country_iso2 == country.iso2]
    return [Reading(p) for p in exact[:1]]


def _options(cand: Candidate, ctx: Context, setting: "Setting", gaz: Gazetteer) -> list[Reading]:
    focus = setting.focus
    country = _country_candidate(cand.text)
    if country is not None:
        return _country_options(cand, ctx, country, setting, gaz)
    if cand.known:
        exact = [Reading(p, False, main) for p, main in gaz.matches(cand.text)[:30]]
        if not focus or any(r.place.country_iso2 == focus for r in exact):
            return exact
        # the name is known only abroad: a spelling variant of a place of the focus country is likelier
        # ("Aziziya" is exactly an Iraqi town's alternate name, and a variant of Libya's Al Aziziyah)
        return exact + [Reading(p, True) for p, _ in gaz.fuzzy(cand.text, focus)]
    if ctx.person_title or cand.text.isupper():
        return []
    if cand.label not in {"LOC", "GPE"} and ctx.cue < 2:
        # after a weak cue or a verb ("ont bombardé El Facher"), only a same-skeleton spelling of a focus place
        same = [p for p, score in gaz.fuzzy(cand.text, focus) if score == 100.0] if focus and ctx.cue else []
        return [Reading(p, True) for p in same]
    matches = gaz.fuzzy(cand.text, focus) if focus else []
    if not matches and cand.label in {"LOC", "GPE"} and (ctx.cue == 2 or not focus):   # the world search is slow
        matches = [(p, s) for p, s in gaz.fuzzy(cand.text) if _plausible_variant_abroad(cand.text, p, s)]
    return [Reading(p, True) for p, _ in matches]


def _plausible_variant_abroad(name: str, place: Place, score: float) -> bool:
    """A world-wide fuzzy match is a guess about a name the gazetteer does not know; most such names are
    villages, and the transliteration skeleton makes many distant names alike ("Kalehe" and "Cali", "Essakane"
    and "Isfahan"). Only a same-skeleton spelling that also reads alike is taken ("Ghariane" for "Gharyan")."""
    return score >= WORLD_FUZZY_SKELETON and fuzz.ratio(fold(name), fold(place.name)) >= WORLD_FUZZY_SPELLING


@dataclass(slots=True)
class Setting:
    """What the article as a whole says about where it happens."""
    focus: str | None
    countries: frozenset[str]   # the focus and every country the article names more than in passing


def _rank(reading: Reading, setting: Setting, anchors: list[Place]) -> float:
    place = reading.place
    population = place.population if place.feature == "city" else NON_CITY_BASE_POPULATION
    score = math.log10(population + 10)
    if place.country_iso2 == setting.focus:
        score += FOCUS_BONUS
    elif place.country_iso2 in setting.countries:
        score += ARTICLE_COUNTRY_BONUS
    elif not reading.main_name:
        score -= ALTERNATE_NAME_PENALTY
    if anchors and place.feature != "country":
        nearest = min(distance_km(place.latitude, place.longitude, a.latitude, a.longitude) for a in anchors)
        score += 2.0 if nearest < 150 else 1.0 if nearest < 500 else 0.0
    return score - (1.0 if reading.fuzzy else 0.0)


def _evidence(cand: Candidate, ctx: Context, reading: Reading, setting: Setting) -> int:
    """How sure we are that the candidate is a place; ACCEPT or more keeps it."""
    place = reading.place
    if place.feature == "country":
        return ACCEPT if not (ctx.person_title or cand.in_longer_entity) else 0
    if reading.fuzzy and setting.focus and place.country_iso2 not in setting.countries:
        return 0       # a spelling guess in a country the article never points to ("Kuriga" is not Korla)
    score = {"LOC": 2, "GPE": 2, "PER": -2, "ORG": -1, "MISC": -1}.get(cand.label or "", 0)
    if cand.label == "PER" and not cand.in_longer_entity and " " not in cand.text:
        score += 1     # a lone capitalised word: spaCy's usual guess for an unfamiliar town
    score += ctx.cue + (0 if cand.sentence_initial else 1)
    if setting.focus:
        if place.country_iso2 in setting.countries:
            score += 1
        elif _well_known(reading, cand.label in {"LOC", "GPE"}):
            score -= 1     # a big foreign city: plausible background ("à Paris", "Le Caire")
        else:
            score -= 4
    if place.population >= BIG_TOWN or place.feature != "city":
        score += 1
    elif " " in cand.text and not reading.fuzzy and place.country_iso2 == setting.focus:
        score += 1     # a multi-word name the focus country knows exactly ("Mocímboa da Praia")
    if ctx.person_title:
        score -= 4
    if cand.text.isupper() and len(cand.text) <= 5 and place.feature == "city":
        score -= 4     # acronyms (ANL, ONU) that happen to be a town somewhere
    return score


def _well_known(reading: Reading, labelled_place: bool = False) -> bool:
    """A foreign place big enough to be named in passing: a city under its own name, or a metropolis under an
    exonym (alternate names of mid-size towns are too often homonyms of local words), unless spaCy too reads
    the name as a place ("Soumy")."""
    if reading.fuzzy:
        return False
    threshold = FOREIGN_TOLERATED if reading.main_name or labelled_place else FOREIGN_EXONYM_TOLERATED
    return reading.place.population >= threshold


def _without_overlaps(cands: list[Candidate], options: list[list[Reading]]) -> list[int]:
    """Indexes of the candidates to keep: where an unknown spaCy entity overlaps gazetteer runs (the run "Ben"
    inside "Gasr Ben Ghachir"), the entity wins if it has a reading, the runs otherwise."""
    keep = set(range(len(cands)))
    for i, cand in enumerate(cands):
        if cand.known:
            continue
        inside = [j for j, other in enumerate(cands)
                  if j != i and other.start < cand.end and cand.start < other.end]
        if options[i]:
            keep.difference_update(inside)
        elif inside:
            keep.discard(i)
    return sorted(keep)


def _stray_site(ctx: Context, reading: Reading, others: list[Place]) -> bool:
    """A name after "quartier de" that the gazetteer only knows as a town far from every other place
    of the article is some unknown neighbourhood, not that town ("le quartier de Tell, à Tripoli")."""
    place = reading.place
    if ctx.relation is None or ctx.relation.name != "neighbourhood" or place.feature != "city" or not others:
        return False
    return min(distance_km(place.latitude, place.longitude, o.latitude, o.longitude) for o in others) > SITE_RADIUS_KM


def _code(reading: Reading, ctx: Context, gaz: Gazetteer, lex: Lexicon) -> tuple[Place, int, str | None]:
    """The place an event there is coded to, its ACLED geo_precision and the relation the text states."""
    place = reading.place
    relation = ctx.relation
    said = None
    if relation is not None:
        said = f"{ctx.direction} of" if ctx.direction else {"distance": "near"}.get(relation.name, relation.name)
    if place.feature == "country":
        return place, 3, said
    if place.feature in REGION_FEATURES:
        capital = gaz.parent(place)
        if capital and skeleton(capital.name) == skeleton(place.name) and (relation is None or relation.precision < 3):
            # "à Ménaka", "près de Deir Ezzor": the town that gives the region its name, unless the text says region
            return capital, max(1, relation.precision) if relation else 1, said
        return capital or place, 3, said or "region"
    if place.feature in AREA_FEATURES:
        return gaz.parent(place) or place, 2, said or "area"
    parent = gaz.parent(place)
    precision = lex.district_precision if parent else 1
    if parent:
        place, said = parent, said or "district"
    if relation is not None:
        precision = max(precision, relation.precision)
    return place, precision, said


def find_places(adoc: AnalyzedDoc, hints: Counter | None = None) -> list[PlaceMention]:
    """Every place the article names, resolved and coded, in text order."""
    if adoc is None or not adoc.text or not len(adoc.doc):
        return []
    gaz, lex = Gazetteer.load(), lexicon()
    cands = candidates(adoc, gaz, lex)
    contexts = [context_before(adoc.text, c.start, lex) for c in cands]
    setting = _setting(_preliminary_votes(adoc, cands, contexts, gaz) + (hints or Counter()))
    options = [_options(c, x, setting, gaz) for c, x in zip(cands, contexts)]
    kept = _without_overlaps(cands, options)
    cands, contexts, options = ([seq[i] for i in kept] for seq in (cands, contexts, options))
    first = [max(o, key=lambda r: _rank(r, setting, [])) if o else None for o in options]
    anchors = [r.place for r, o in zip(first, options) if r and len(o) == 1 and r.place.feature != "country"]
    mentions = []
    for cand, ctx, opts in zip(cands, contexts, options):
        if not opts:
            continue
        others = [a for a in anchors if fold(a.name) != fold(cand.text)]
        best = max(opts, key=lambda r: _rank(r, setting, others))
        if _evidence(cand, ctx, best, setting) < ACCEPT or _stray_site(ctx, best, others):
            continue
        place, precision, relation = _code(best, ctx, gaz, lex)
        mentions.append(PlaceMention(start=cand.start, end=cand.end, text=cand.text, place=place,
                                     precision=precision, relation=relation))
    mentions.extend(_capital_mentions(adoc, setting.focus, gaz, lex))
    return sorted(mentions, key=lambda m: m.start)


def _capital_mentions(adoc: AnalyzedDoc, focus: str | None, gaz: Gazetteer, lex: Lexicon) -> list[PlaceMention]:
    """"la capitale" with no name after it is the focus country's capital ("au sud de la capitale")."""
    capital = countries.capital_name(focus) if focus else None
    known = [p for p in gaz.lookup(capital, focus) if p.feature == "city"] if capital else []
    if not known:
        return []
    found = []
    for m in lex.capital_noun.finditer(adoc.text):
        ctx = context_before(adoc.text, m.start(), lex)
        precision = max(1, ctx.relation.precision) if ctx.relation else 1
        said = (f"{ctx.direction} of" if ctx.direction else ctx.relation.name) if ctx.relation else None
        found.append(PlaceMention(start=m.start(), end=m.end(), text=m.group(0), place=known[0],
                                  precision=precision, relation=said))
    return found


def focus_country(adoc: AnalyzedDoc, places: list[PlaceMention], hints: Counter | None = None) -> Country | None:
    """The country the article is about: demonyms and title, then the places it names (countries count double)."""
    if adoc is None:
        return None
    votes = (_text_votes(adoc) if adoc.text else Counter()) + (hints or Counter())
    for mention in places:
        votes[mention.place.country_iso2] += 2 if mention.place.feature == "country" else 1
    leader = _leader(votes)
    return countries.by_iso2(leader) if leader else None
