"""Fatality figures of one event, by EVENTS.md section 6: conservative value, range, no double counting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from guetteur.coding.candidate import Candidate
from guetteur.model import AnalyzedDoc, Evidence, FigureMention, Mentions
from guetteur.resources import language_folder, load_yaml
from guetteur.text import fold
from guetteur.understand.dates import governing_date, said_on
from guetteur.understand.figures import figure_words, stem

LIMITED_ATTACK, MAJOR_ATTACK = 3, 10   # EVENTS.md section 6: deaths reported without a number
ONE_VICTIM = 1                          # ... when the one who died is named in the singular


@dataclass(slots=True)
class Casualties:
    fatalities: int = 0
    low: int | None = None
    best: int | None = None
    high: int | None = None
    injured: int | None = None
    disagreement: bool = False   # sources gave different death figures (said in notes)
    estimated: bool = False      # deaths were said without a number; the count is the contract's default

    def estimate(self, deaths: int) -> None:
        """Record deaths told without a figure (EVENTS.md section 6 defaults), when there are any."""
        if deaths:
            self.fatalities = self.best = deaths
            self.estimated = True


def casualties(figures: list[FigureMention]) -> Casualties:
    """Combine the figures attached to one event. Figures are alternative reports of the same victims
    (different sources, or the same source updating), so they are never added up: the smallest best value
    is the conservative count, and the range spans every report."""
    killed = [f for f in figures if f.kind == "killed" and f.best is not None]
    injured = [f for f in figures if f.kind == "injured" and f.best is not None]
    result = Casualties(injured=min(f.best for f in injured) if injured else None)
    if not killed:
        return result
    bests = [f.best for f in killed]
    lows = [f.low if f.low is not None else f.best for f in killed]
    highs = [f.high if f.high is not None else f.best for f in killed]
    result.fatalities = min(bests)
    result.best = min(bests)
    result.low = min(lows)
    result.disagreement = len(set(bests)) > 1
    # one report: its own upper bound ("près de 50"); several: the largest figure any of them gave
    result.high = max(bests) if result.disagreement else (highs[0] if killed[0].high is not None else None)
    return result


# --------------------------------------------------------------------------- which event a figure belongs to
def attach_figures(adoc: AnalyzedDoc, m: Mentions, candidates: list[Candidate]) -> set[int]:
    """Give each figure of one incident to the event it belongs to (see `owner`); return the ids (``id()``)
    of the figures events used. Running totals, and figures no event owns, stay for the tolls."""
    used: set[int] = set()
    for figure in m.figures:
        if figure.cumulative or figure.best is None:
            continue
        if figure.kind in _victim_events(adoc.lang):   # "six eleves enleves": the abduction's victims
            if _counts_victims_of(adoc, figure, candidates):
                used.add(id(figure))
            continue
        if figure.kind not in ("killed", "injured"):
            continue
        chosen = owner(adoc, m, figure, candidates)
        if chosen is not None:
            chosen.figures.append(figure)
            chosen.evidence.append(Evidence(adoc.article.id, figure.start, figure.end,
                                            "fatalities" if figure.kind == "killed" else "injured"))
            used.add(id(figure))
    return used | _captives_of_a_fight(adoc, m.figures, used)


def _captives_of_a_fight(adoc: AnalyzedDoc, figures: list[FigureMention], used: set[int]) -> set[int]:
    """People taken in a fight whose dead an event counted in the same sentence ("une quarantaine de morts,
    ainsi que des dizaines de prisonniers") are that fight's captives, not an arrests toll."""
    counted = {adoc.sentence_at(f.start).start for f in figures if id(f) in used and f.kind in ("killed", "injured")}
    return {id(f) for f in figures if f.kind == "arrested" and not f.cumulative
            and adoc.sentence_at(f.start).start in counted}


@lru_cache(maxsize=None)
def _victim_events(lang: str) -> dict[str, frozenset[str]]:
    """Kinds of figures that count the victims of an event of these sub-types (figures.yml `victims_of`)."""
    data = load_yaml(language_folder(lang, "figures.yml"), "figures.yml").get("victims_of") or {}
    return {kind: frozenset(subtypes) for kind, subtypes in data.items()}


def _counts_victims_of(adoc: AnalyzedDoc, figure: FigureMention, candidates: list[Candidate]) -> bool:
    """An event of a matching sub-type is told in the figure's sentence ("la police a interpelle dix
    manifestants" during a protest, "des hommes armes ont enleve six eleves")."""
    sentence = adoc.sentence_at(figure.start).start_char
    subtypes = _victim_events(adoc.lang)[figure.kind]   # type: ignore[index]
    return any(c.sub_event_type in subtypes and sentence in c.sentences for c in candidates)


def continued_total(adoc: AnalyzedDoc, figure: FigureMention, figures: list[FigureMention]) -> FigureMention | None:
    """The running total of the same kind told right before a count that has a sentence of its own: the count
    is another side's share of that total ("35 tues depuis jeudi selon le ministere. Les forces adverses font
    etat de 14 morts parmi leurs combattants"), not the toll of the last event told. None otherwise."""
    sentence = adoc.sentence_at(figure.start)
    before = [f for f in figures if f.end <= figure.start and f.kind == figure.kind]
    if not before or not before[-1].cumulative or adoc.paragraph_index(before[-1].start) != adoc.paragraph_index(
            figure.start):
        return None
    if sentence.start == 0:
        return None
    total = before[-1]
    return total if adoc.doc[sentence.start - 1].sent.start_char <= total.start < sentence.start_char else None


def owner(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention, candidates: list[Candidate]) -> Candidate | None:
    """The event a death or injury figure belongs to: the nearest trigger of its sentence; else none when it
    goes on from a running total; else, among the events told before it, the one of the day, then of the
    place, its sentence names, else the last one; with none told before it (a lead summing up losses), the one
    battle of the force whose fighters it counts.
    Deaths belong to violence: a looting or an arrest told in the same breath does not take them."""
    violent = [c for c in candidates if c.event_type != "Strategic developments"] or candidates
    sent = adoc.sentence_at(figure.start)
    same_sentence = [(abs(a - figure.start), i) for i, c in enumerate(violent) for a in c.anchors
                     if sent.start_char <= a < sent.end_char]
    if same_sentence:
        return violent[min(same_sentence)[1]]
    if continued_total(adoc, figure, m.figures) is not None:
        return None
    before = [c for c in violent if min(c.anchors) < figure.start]
    for narrowed in (_of_the_day(adoc, m, figure, before), _of_the_place(m, sent, before)):
        if narrowed:
            return _last_told(narrowed, figure)
    if before:
        return _last_told(before, figure)
    return _battle_of_the_force(adoc, m, figure, violent)


def _last_told(events: list[Candidate], figure: FigureMention) -> Candidate:
    return max(events, key=lambda c: max(a for a in c.anchors if a < figure.start))


def _of_the_day(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention, events: list[Candidate]) -> list[Candidate]:
    """The events of the day written in the figure's own sentence ("la contre-attaque, lancee mercredi, a fait
    six morts" goes to Wednesday's event, not to Tuesday's told last)."""
    day = _named_day(adoc, m, figure)
    return [c for c in events if c.day == day] if day is not None else []


def _battle_of_the_force(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention,
                         events: list[Candidate]) -> Candidate | None:
    """Fighters' deaths told in a lead of their own, before any event ("les forces de X ont essuye de lourdes
    pertes, avec 15 soldats tues"), are the toll of the battle that force fought, told later: the one armed
    clash of the article whose sides include a force the sentence names, when the figure counts fighters or
    the sentence tells battle losses. Two battles of that force, or a clash on another day than the sentence
    names: no owner, the figure stays a toll."""
    sent = adoc.sentence_at(figure.start)
    rule = battle_words(adoc.lang)
    if figure.kind != "killed" or not (figure.group in rule.fighter_groups or _tells_battle_losses(sent, rule)):
        return None
    forces = {a.actor.name for a in m.actors if sent.start_char <= a.start < sent.end_char}
    battles = [c for c in events if c.sub_event_type in rule.battle_types
               and forces & {a.name for a in (c.actor1, c.actor2) if a is not None}]
    if len({(c.day, c.place.name if c.place else None) for c in battles}) != 1:
        return None
    day = _named_day(adoc, m, figure)
    return battles[0] if day is None or day == battles[0].day else None


def _named_day(adoc: AnalyzedDoc, m: Mentions, figure: FigureMention) -> date | None:
    """The day the figure's own sentence gives its deaths, if any (a reporting day, "a indique lundi", does
    not count)."""
    if not 0 <= figure.head < len(adoc.doc):
        return None
    sent = adoc.doc[figure.head].sent
    mention = governing_date(adoc, m.dates, figure.head)
    if mention is None or not sent.start_char <= mention.start < sent.end_char or said_on(adoc, mention):
        return None
    return mention.day


def _tells_battle_losses(sent: Span, rule: BattleWords) -> bool:
    """A verb of the sentence suffers losses ("essuyer de lourdes pertes", "suffered heavy losses")."""
    for token in sent:
        objects = rule.loss_phrases.get(stem(token.lemma_)) or rule.loss_phrases.get(stem(token.text))
        if objects and any(stem(c.lemma_) in objects or stem(c.text) in objects for c in token.children):
            return True
    return False


@dataclass(frozen=True, slots=True)
class BattleWords:
    loss_phrases: dict[str, frozenset[str]]   # verb stem -> object stems ("essuyer" -> "perte")
    fighter_groups: frozenset[str]            # figure groups that count a force's fighters
    battle_types: frozenset[str]              # sub-event types of a battle between two forces


@lru_cache(maxsize=None)
def battle_words(lang: str) -> BattleWords:
    data = load_yaml(language_folder(lang, "figures.yml"), "figures.yml").get("battle_losses") or {}
    return BattleWords(
        loss_phrases={stem(v): frozenset(stem(o) for o in objs) for v, objs in (data.get("phrases") or {}).items()},
        fighter_groups=frozenset(data.get("fighter_groups") or ()),
        battle_types=frozenset(data.get("battle_types") or ()))


def _of_the_place(m: Mentions, sent: Span, events: list[Candidate]) -> list[Candidate]:
    """The events at a place the figure's sentence names ("l'hopital de Ghariane a recu 23 corps")."""
    named = {p.place.name for p in m.places if sent.start_char <= p.start < sent.end_char}
    return [c for c in events if c.place is not None and c.place.name in named]


# --------------------------------------------------------------------------- deaths without a figure
@lru_cache(maxsize=None)
def _death_words(lang: str) -> dict[str, frozenset[str]]:
    data = load_yaml(lang, "figures.yml").get("unnumbered_deaths") or {}
    return {k: frozenset(fold(w) for w in data.get(k, ())) for k in ("limited", "major", "negators")}


def unnumbered_deaths(sentences: list[Span], lang: str) -> int:
    """Deaths said without a figure in the sentences that tell an event: 10 for a major one ("un massacre",
    "de nombreux morts"), 3 otherwise ("une attaque meurtriere"), 1 when the one who died is named in the
    singular ("l'auteur a ete battu a mort", "a man died of his wounds"), 0 when no death is said or it is
    denied."""
    words = _death_words(lang)
    found = 0
    for sent in sentences:
        lemmas = [fold(t.lemma_) for t in sent]
        texts = [fold(t.text) for t in sent]
        for i in range(len(lemmas)):
            for n in (3, 2, 1):
                phrase = " ".join(texts[i:i + n])
                lemma_phrase = " ".join(lemmas[i:i + n])
                size = MAJOR_ATTACK if phrase in words["major"] or lemma_phrase in words["major"] else \
                    LIMITED_ATTACK if phrase in words["limited"] or lemma_phrase in words["limited"] else 0
                if size and not words["negators"] & set(texts[max(0, i - 3):i]):
                    if size == LIMITED_ATTACK and _one_victim(sent[i], lang):
                        size = ONE_VICTIM
                    found = max(found, size)
                    break
    return found


def _one_victim(word: Token, lang: str) -> bool:
    """The death word's verb (itself or its head) has one person as its victim subject: the subject of a
    passive ("a ete tue", "battu a mort") or of a verb whose subject dies ("est mort", "died")."""
    victim_verbs = figure_words(lang).victim_subject_verbs
    for verb in (word, word.head):
        if verb.pos_ not in ("VERB", "ADJ", "AUX"):
            continue
        passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
        if not passive and stem(verb.lemma_) not in victim_verbs and stem(verb.text) not in victim_verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        return bool(subjects) and all(s.pos_ in ("NOUN", "PROPN") and s.morph.get("Number") == ["Sing"]
                                      for s in subjects)
    return False
