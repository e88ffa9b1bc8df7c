"""Who did what to whom: agent and target of an event trigger, read from the dependency parse.

French UD labels (nsubj, obj, obl:agent, nmod + case) and English ClearNLP labels (nsubj, dobj, agent, prep +
pobj) are both handled; the words that mark a side are data (resources/<lang>/roles.yml).

Beyond the trigger's own arguments, a side is read from:
- the verbs of harm it hangs under or that follow it ("dix soldats ont été tués lorsque ... une mine",
  "des obus se sont abattus, tuant une femme"): their victims are targets;
- ascriptions: "attribue l'attaque aux ADF", "revendiquée par l'EI", "accusant le régime d'avoir tiré"
  name the perpetrator, who comes first among the agents;
- the subject a participle, infinitive or relative clause inherits ("le GNA a affirmé avoir repoussé",
  "des hommes armés qui ont attaqué", "opened fire, killing").
Who reports or comments ("a indiqué l'état-major", "selon la police", "le gouverneur a condamné l'attaque")
is a source, not a side: such mentions go to ``reporters``, never to ``others``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from guetteur.model import ARMED_INTERS, Actor, ActorMention, AnalyzedDoc, Attribution, TriggerMention
from guetteur.resources import language_folder, load_yaml
from guetteur.text import fold
from guetteur.geo.countries import by_iso3
from guetteur.understand.actors import generic_actor, generic_lexicon, is_bare_army
from guetteur.understand.attribution import attribution_words

_AGENT_DEPS = {"nsubj", "obl:agent", "agent", "nsubj:caus"}
_TARGET_DEPS = {"obj", "dobj", "nsubj:pass", "nsubjpass", "iobj", "obl:arg"}
_CLIMB_DEPS = {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "conj", "xcomp", "appos", "nsubj",
               "nsubj:pass", "nsubjpass", "prep", "compound"}
_ACTIVE_SUBJECTS = {"nsubj", "nsubj:caus"}
_SUBJECTS = _ACTIVE_SUBJECTS | {"nsubj:pass", "nsubjpass"}
_INHERITING_DEPS = {"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl:relcl", "relcl"}
_RELATIVE_DEPS = {"acl:relcl", "relcl"}
_DETERMINERS = {"un", "une", "le", "la", "l'", "les", "a", "an", "the"}
# events two parties do to each other: coordinated subjects are the two sides ("X et Y se sont affrontés")
_RECIPROCAL = {"Armed clash", "Agreement"}


@dataclass(slots=True)
class Roles:
    agents: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    others: list[ActorMention] = field(default_factory=list)      # in the sentence, role unknown
    reporters: list[ActorMention] = field(default_factory=list)   # sources and commentators, not sides
    paired: bool = False      # one unnamed armed kind fights itself: the same actor on both sides
    ascribed: list[ActorMention] = field(default_factory=list)    # named as the author ("attribuée à X")


@dataclass(frozen=True, slots=True)
class RoleCues:
    """A language's side markers (resources/<lang>/roles.yml); verbs are accent-folded."""
    agent_prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    genitive_prepositions: frozenset[str]
    opposing_verbs: frozenset[str]
    opposed_prepositions: frozenset[str]
    between_prepositions: frozenset[str]
    attribution_verbs: frozenset[str]
    attribution_prepositions: frozenset[str]
    accusing_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    commentary_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    capture_verbs: frozenset[str]
    loser_prepositions: frozenset[str]
    counterpart_prepositions: frozenset[str]
    commentary_phrases: dict[str, frozenset[str]]     # "faire état de": verb lemma -> objects
    non_member_nouns: frozenset[str]
    both_sides: tuple[tuple[str, ...], ...]
    civilian_places: frozenset[str]
    part_nouns: frozenset[str]
    origin_verbs: frozenset[str] = frozenset()
    repel_verbs: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def role_cues(lang: str) -> RoleCues:
    lang = language_folder(lang, "roles.yml")
    data = load_yaml(lang, "roles.yml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key) or [])
    commentary = folded("commentary_verbs") | (attribution_words(lang).verbs if lang == "fr" else frozenset())
    return RoleCues(
        agent_prepositions=words("agent_prepositions"), target_prepositions=words("target_prepositions"),
        genitive_prepositions=words("genitive_prepositions"), opposing_verbs=folded("opposing_verbs"),
        opposed_prepositions=words("opposed_prepositions"), between_prepositions=words("between_prepositions"),
        attribution_verbs=folded("attribution_verbs"), attribution_prepositions=words("attribution_prepositions"),
        accusing_verbs=folded("accusing_verbs"), claim_verbs=folded("claim_verbs"),
        commentary_verbs=commentary - folded("claim_verbs"), harm_verbs=folded("harm_verbs"),
        capture_verbs=folded("capture_verbs"), loser_prepositions=words("loser_prepositions"),
        counterpart_prepositions=words("counterpart_prepositions"),
        commentary_phrases=attribution_words(lang).verb_phrases if lang == "fr" else {},
        non_member_nouns=folded("non_member_nouns"),
        both_sides=tuple(sorted({tuple(fold(p).split()) for p in data.get("both_sides") or []}, key=len,
                                reverse=True)),
        civilian_places=folded("civilian_places"), part_nouns=folded("part_nouns"),
        origin_verbs=folded("origin_verbs"), repel_verbs=folded("repel_verbs"), pair_words=folded("pair_words"))


def _is(token: Token, verbs: frozenset[str]) -> bool:
    return fold(token.lemma_) in verbs or fold(token.text) in verbs


def _commentary(verb: Token, cues: RoleCues) -> bool:
    """A verb that reports, ascribes or judges ("a indiqué", "attribue", "a fait état de")."""
    if _is(verb, cues.commentary_verbs):
        return True
    objects = cues.commentary_phrases.get(fold(verb.lemma_))
    return bool(objects) and any(c.dep_ in ("obj", "dobj") and fold(c.text) in objects for c in verb.children)


def _case_word(token: Token) -> str:
    """The preposition introducing a nominal ("contre", "par"), lower-cased, or ''."""
    for child in token.children:
        if child.dep_ in ("case", "prep") or (child.dep_ == "fixed"):
            return child.lower_
    if token.head.dep_ == "prep":  # English: the pobj hangs under its preposition
        return token.head.lower_
    return ""


# --------------------------------------------------------------------------- the trigger's neighbourhood
@dataclass(slots=True)
class _Scene:
    """What is known about the trigger's sentence once, before each actor is placed."""
    trigger: Token
    anchors: list[Token]
    inherited: Token | None            # the subject a subject-less trigger verb takes from its governor
    sources: list[Attribution]
    inherited_side: str = "agent"      # "target" when that verb is passive ("avant d'être chassées par")


def event_head(trigger: Token) -> Token:
    """The verb that carries a noun trigger's arguments ("X a mené une attaque contre Y" -> mené)."""
    node = trigger
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.dep_ in ("ROOT",) or node.head == node:
            break
        if node.dep_ not in _CLIMB_DEPS:
            break
        node = node.head
    return node


def _anchors(trigger: Token, cues: RoleCues) -> list[Token]:
    """The trigger, the verb carrying it (unless it only reports it) and the verbs of harm around them."""
    anchors = [trigger]
    host = _passive_host(trigger)
    if host is not None:
        anchors.append(host)
    head = event_head(trigger)
    if head != trigger and not _commentary(head, cues):
        anchors.append(head)
    for node in list(trigger.ancestors)[:4]:
        if _is(node, cues.harm_verbs) and node not in anchors:
            anchors.append(node)
    for child in head.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and _is(child, cues.harm_verbs) and child not in anchors:
            anchors.append(child)
    return anchors


def _passive_host(trigger: Token) -> Token | None:
    """The passive verb whose agent a noun trigger is: "chassées par les raids aériens", "tués par une frappe";
    that verb's subject is the trigger's target."""
    if trigger.dep_ in ("obl:agent", "agent") and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "agent":
        return trigger.head.head
    return None


def _passive(verb: Token) -> bool:
    return "Pass" in verb.morph.get("Voice") or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def _inherited(trigger: Token, cues: RoleCues) -> tuple[Token | None, str]:
    """The subject the trigger's clause takes from its governor, and its side: a passive clause's subject
    suffers the event ("avant d'être chassées par les raids", "to be killed")."""
    host = _passive_host(trigger)
    if host is not None:
        return _inherited_subject(host, cues), "target"
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else event_head(trigger)
    suffers = _passive(verb) or _is(verb, cues.repel_verbs)   # "le GNA a affirmé avoir repoussé une attaque"
    return _inherited_subject(trigger, cues), "target" if suffers else "agent"


def _subject(verb: Token, deps: set[str]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def _inherited_subject(trigger: Token, cues: RoleCues) -> Token | None:
    """The agent of a verb with no subject of its own, taken from the clause it depends on:
    "avoir repoussé" <- "le GNA a affirmé", "tuant" <- "les rebelles ont attaqué", "qui ont attaqué" <- its
    antecedent, "it had arrested" <- "the army said"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else event_head(trigger)
    if verb.pos_ not in ("VERB", "AUX") or _commentary(verb, cues):
        return None
    own = _subject(verb, _SUBJECTS)
    if own is not None and own.pos_ != "PRON":
        return None
    if own is not None and verb.dep_ in _RELATIVE_DEPS and "Rel" in own.morph.get("PronType") + _relative(own):
        return verb.head                                  # "des hommes armés qui ont attaqué"
    node = verb
    for _ in range(3):
        if node.dep_ not in _INHERITING_DEPS or node.head == node:
            return None
        parent = _governing_verb(node.head)
        subject = _subject(parent, _ACTIVE_SUBJECTS)
        if subject is not None and subject.pos_ != "PRON":
            return subject
        node = parent
    return None


def _governing_verb(node: Token) -> Token:
    """The verb above a clause's attachment point ("a day after seizing": after -> day -> consolidated)."""
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.dep_ not in ("prep", "npadvmod", "obl", "obl:mod", "advmod", "pobj"):
            break
        node = node.head
    return node


def _relative(pronoun: Token) -> list[str]:
    """English relative pronouns carry no PronType=Rel in the small model."""
    return ["Rel"] if pronoun.lower_ in ("who", "which", "that") else []


# --------------------------------------------------------------------------- one actor's side
def assign_roles(adoc: AnalyzedDoc, trigger: TriggerMention, actors: list[ActorMention],
                 attributions: list[Attribution]) -> Roles:
    """Sort the actors of the trigger's sentence into agents, targets, others and reporters (the article's
    attributions tell who only reports)."""
    doc = adoc.doc
    cues = role_cues(adoc.lang)
    tok = doc[trigger.token]
    sent = tok.sent
    in_sentence = [a for a in actors if sent.start_char <= a.start < sent.end_char and 0 <= a.head < len(doc)]
    inherited, inherited_side = _inherited(tok, cues)
    scene = _Scene(tok, _anchors(tok, cues), inherited,
                   [s for s in attributions if sent.start_char <= s.start < sent.end_char], inherited_side)
    roles = Roles()
    ascribed: list[ActorMention] = []
    counterparts: list[ActorMention] = []
    between: ActorMention | None = None
    for k, mention in enumerate(in_sentence):
        if _between_coordination(doc[mention.head], tok, cues) or _coordinated(doc, between, mention):
            side = "agent" if not roles.agents else "target"
            between = mention
        else:
            side = _role(doc, mention, in_sentence[k - 1] if k else None, scene, cues)
        if side == "perpetrator":
            ascribed.append(mention)
        elif side == "counterpart":
            counterparts.append(mention)
        elif side != "drop":
            {"agent": roles.agents, "target": roles.targets,
             "reporter": roles.reporters}.get(side, roles.others).append(mention)
    # "tués lors d'affrontements avec l'armée": the partner stands opposite the side already known
    (roles.targets if roles.agents or not roles.targets else roles.agents).extend(counterparts)
    roles.agents[:] = ascribed + _named_first(roles.agents)
    roles.ascribed = ascribed
    roles.targets[:] = _named_first(roles.targets)
    if not roles.targets and trigger.sub_event_type in _RECIPROCAL:
        _split_coordinated_agents(doc, roles)
    if not roles.targets and trigger.sub_event_type in _RECIPROCAL:
        _one_kind_on_both_sides(doc, roles, cues)
    if not (roles.agents or roles.targets):
        _both_sides(sent, actors, roles, cues)
    _speaker_forces(roles, adoc.lang)
    return roles


def _split_coordinated_agents(doc, roles: Roles) -> None:
    """"l'armée et les FSR se sont affrontés", "le gouvernement et l'UPC ont signé un accord": in a reciprocal
    event the second of two coordinated subjects is the other side, not an ally."""
    for k, mention in enumerate(roles.agents):
        token = doc[mention.head]
        partner = _conj_root(token)
        if token.dep_ != "conj" or partner == token:
            continue
        first = next((m for m in roles.agents if m is not mention and m.start <= partner.idx < m.end), None)
        if first is not None and first.actor.name != mention.actor.name:
            side = mention.actor.name     # the whole of that side moves, with its other names for it
            roles.targets.extend(m for m in roles.agents if m.actor.name == side)
            roles.agents[:] = [m for m in roles.agents if m.actor.name != side]
            return


def _one_kind_on_both_sides(doc, roles: Roles, cues: RoleCues) -> None:
    """"deux groupes armés se sont affrontés", "des affrontements entre gangs rivaux", "clashes between two
    militias": one unnamed armed kind told as a pair fights itself; it stands on both sides (ACLED codes
    "Unidentified armed group (Libya)" against itself). Only when it is the one armed actor of the event."""
    armed = {m.actor.name for m in roles.agents + roles.others if m.actor.inter in ARMED_INTERS}
    mention = next((m for m in roles.agents + roles.others if m.actor.inter in ARMED_INTERS), None)
    if mention is None or len(armed) != 1 or mention.actor.kind != "generic" or mention.actor.inter == 1:
        return
    if _told_as_pair(doc, mention, cues):
        roles.paired = True
        roles.targets.append(mention)
        if mention not in roles.agents:
            roles.agents.insert(0, mention)


def _told_as_pair(doc, mention: ActorMention, cues: RoleCues) -> bool:
    """A pair word next to the mention ("deux milices", "gangs rivaux", "rival militias"), or the mention
    alone after "entre"/"between" (no "et"/"and" bringing a second side)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = [fold(t.text) for t in doc[max(0, span.start - 2):span.start]]
    after = fold(doc[span.end].text) if span.end < len(doc) else ""
    if after in cues.pair_words or (before and before[-1] in cues.pair_words):
        return True
    following = {fold(t.text) for t in doc[span.end:span.end + 2]}
    between = [w for w in before if w not in _DETERMINERS and w != "des"]
    return bool(between) and between[-1] in cues.between_prepositions and not following & {"et", "and"}


def _speaker_forces(roles: Roles, lang: str) -> None:
    """"les forces armées ont pris la caserne, a indiqué le bureau média de l'ANL": an armed party that
    reports the deeds of a nameless army speaks of its own forces."""
    speaker = next((r.actor for r in roles.reporters
                    if r.actor.kind == "named" and r.actor.inter in ARMED_INTERS), None)
    if speaker is None:
        return
    for side in (roles.agents, roles.targets, roles.others):
        for k, m in enumerate(side):
            if _is_generic_army(m.actor) or (m.actor.kind == "named" and is_bare_army(m.text, generic_lexicon(lang))):
                side[k] = ActorMention(m.start, m.end, m.text, speaker, m.head)


def _is_generic_army(actor: Actor) -> bool:
    country = by_iso3(actor.country_iso3) if actor.country_iso3 else None
    return actor.kind == "generic" and country is not None and actor.name == generic_actor("military", country).name


def _named_first(mentions: list[ActorMention]) -> list[ActorMention]:
    """A named actor is the more precise reading of its side ("the jihadist group Hurras al-Din")."""
    return sorted(mentions, key=lambda m: m.actor.kind != "named")


def _role(doc, mention: ActorMention, previous: ActorMention | None, scene: _Scene, cues: RoleCues) -> str | None:
    """perpetrator, agent, target, reporter, drop (not a participant) or None (unknown)."""
    token = doc[mention.head]
    if mention.actor.kind == "generic" and _appositive(doc, mention, previous):
        return "drop"                     # "aux ADF, une rébellion ougandaise": the same actor described
    if _ascribed(token, cues):
        return "perpetrator"
    inherits = scene.inherited is not None and _covers(mention, _conj_root(token), scene.inherited)
    if any(s.start <= mention.start < s.end for s in scene.sources) or _comments(token, scene, cues):
        return scene.inherited_side if inherits else "reporter"
    for anchor in scene.anchors:
        side = _side_of(token, anchor, cues)
        if side:
            return side
    return scene.inherited_side if inherits else None


def _covers(mention: ActorMention, token: Token, subject: Token) -> bool:
    return subject == token or mention.start <= subject.idx < mention.end


def _conj_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _text_between(doc, start: int, end: int) -> str:
    """The words between two character offsets (``doc.text`` would rebuild the whole article each time)."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span.text if span is not None else ""


def _appositive(doc, mention: ActorMention, previous: ActorMention | None) -> bool:
    """", une rébellion", ", the militia": right after another actor, a comma and a determiner."""
    if previous is None:
        return False
    gap = _text_between(doc, previous.end, mention.start)
    return gap.strip().startswith(",") and fold(gap.strip(" ,")) in _DETERMINERS


def _ascribed(token: Token, cues: RoleCues) -> bool:
    """The actor an event is ascribed to: "attribue l'attaque aux ADF", "revendiquée par l'EI", "le JNIM a
    revendiqué", "qui accuse les forces de Haftar", "attributing the strike to the coalition"."""
    token = _conj_root(token)
    head, dep, case = token.head, token.dep_, _case_word(token)
    if case in cues.attribution_prepositions and any(_is(a, cues.attribution_verbs) for a in list(token.ancestors)[:4]):
        return True
    if dep in ("obj", "dobj") and _is(head, cues.accusing_verbs):
        return True
    if dep == "pobj" and _is(head.head, cues.claim_verbs) and case in cues.agent_prepositions:
        return True
    return _is(head, cues.claim_verbs) and (dep in _AGENT_DEPS or case in cues.agent_prepositions)


def _comments(token: Token, scene: _Scene, cues: RoleCues) -> bool:
    """The subject of a verb that reports, ascribes or judges an event without taking part in it
    ("l'armée attribue l'attaque", "attribué par le GNA à", "présentés par les autorités comme")."""
    token = _conj_root(token)
    speaks = token.dep_ in _AGENT_DEPS or _case_word(token) in cues.agent_prepositions
    return speaks and token.head not in scene.anchors and _commentary(token.head, cues)


def _side_of(token: Token, anchor: Token, cues: RoleCues) -> str | None:
    """Which side of the anchor an actor heading at `token` stands on, walking up to the anchor; "drop" when
    the way up passes a noun that makes it a mere reference ("un collaborateur des ADF")."""
    node, path = token, []
    for _ in range(12):
        if node == anchor or node.head == node:
            break
        path.append(node)
        node = node.head
    if node != anchor or not path:
        return None
    if any(n.pos_ in ("NOUN", "PROPN") and _is(n, cues.non_member_nouns) for n in path[1:]):
        return "drop"
    if any(n.pos_ in ("VERB", "AUX") and _subject(n, _SUBJECTS) is not None for n in path[1:-1]):
        return "drop"                            # inside a clause of its own: "des manifestants qui réclamaient
                                                 # la démission du président"
    top = path[-1]     # the child of the anchor through which the actor hangs
    dep = top.dep_
    case = _case_word(top) or (top.lower_ if dep == "prep" else "")
    if _is(anchor, cues.opposing_verbs) and anchor.pos_ in ("VERB", "AUX"):
        if case in cues.opposed_prepositions or _case_word(token) in cues.opposed_prepositions:
            return "target"                      # "les combats ont opposé X à Y"
        if dep in _TARGET_DEPS or dep in _AGENT_DEPS:
            return "agent"
    if _is(anchor, cues.capture_verbs) and case in cues.loser_prepositions:
        return "target"                          # "reprise à l'ANL", "seized from the LNA"
    if dep in _ACTIVE_SUBJECTS and _is(anchor, cues.repel_verbs):
        return "target"                          # "X a repoussé une attaque de Y": X was attacked
    if case in cues.counterpart_prepositions and anchor.pos_ in ("NOUN", "PROPN"):
        return "counterpart"                     # "affrontements avec l'armée"
    if dep in _AGENT_DEPS or case in cues.agent_prepositions:
        return "agent"
    if dep in _TARGET_DEPS or case in cues.target_prepositions:
        return "target"
    if dep in ("acl", "relcl") and _is(top, cues.opposing_verbs):
        # "combats opposant X à Y": X is the agent, Y (introduced by à) the target
        return "target" if _case_word(token) in cues.opposed_prepositions else "agent"
    if dep in ("nmod", "pobj", "prep") and case in cues.genitive_prepositions:
        return "agent" if anchor.pos_ in ("NOUN", "PROPN") else None
    return None


def _coordinated(doc, first: ActorMention | None, mention: ActorMention) -> bool:
    """"entre des rebelles et l'armée" even when the parser hangs the second side elsewhere."""
    if first is None:
        return False
    gap = fold(_text_between(doc, first.end, mention.start)).split()
    return bool(gap) and gap[0] in ("et", "and") and all(w in _DETERMINERS | {"des", "the"} for w in gap[1:])


def _between_coordination(token: Token, trigger: Token, cues: RoleCues) -> bool:
    """ "affrontements entre X et Y": both sides hang under 'entre' (or a conj of it) below the trigger."""
    node = _conj_root(token)
    return node.head == trigger and _case_word(node) in cues.between_prepositions


# --------------------------------------------------------------------------- "les deux camps"
def _both_sides(sent: Span, actors: list[ActorMention], roles: Roles, cues: RoleCues) -> None:
    """"de violents combats ont opposé les deux camps": the two armed actors the article names most."""
    phrase = _both_sides_phrase(sent, cues)
    if phrase is None:
        return
    leading = _leading_armed(actors)
    if len(leading) < 2:
        return
    roles.agents.append(ActorMention(phrase.start_char, phrase.end_char, phrase.text, leading[0], phrase.root.i))
    roles.targets.append(ActorMention(phrase.start_char, phrase.end_char, phrase.text, leading[1], phrase.root.i))


def _both_sides_phrase(sent: Span, cues: RoleCues) -> Span | None:
    folded = [fold(t.text) for t in sent]
    for i in range(len(folded)):
        for phrase in cues.both_sides:
            if tuple(folded[i:i + len(phrase)]) == phrase:
                return sent[i:i + len(phrase)]
    return None


def _leading_armed(actors: list[ActorMention]) -> list[Actor]:
    """Armed actors by how often the article names them, named before generic, first named first."""
    counts = Counter(a.actor.name for a in actors if a.actor.inter in ARMED_INTERS)
    first: dict[str, tuple[int, Actor]] = {}
    for k, a in enumerate(actors):
        first.setdefault(a.actor.name, (k, a.actor))
    ranked = sorted(counts, key=lambda n: (first[n][1].kind != "named", -counts[n], first[n][0]))
    return [first[name][1] for name in ranked[:2]]



def strikes_civilian_place(adoc: AnalyzedDoc, trigger: TriggerMention) -> bool:
    """Whether what the trigger hit is a place of civilian life ("a visé un immeuble résidentiel", "ont pillé
    le marché", "bombardé les abords du village"): its object, or the place a part-noun object belongs to."""
    cues = role_cues(adoc.lang)
    token = adoc.doc[trigger.token]
    while token.dep_ == "compound" and token.head != token:   # "air strikes": the noun the phrase is about
        token = token.head
    for anchor in {token, event_head(token)}:
        for child in _struck(anchor, cues):
            if _is(child, cues.civilian_places):
                return True
            if _is(child, cues.part_nouns) and any(_is(g, cues.civilian_places) for g in child.children
                                                   if g.dep_ in ("nmod", "pobj", "prep")):
                return True
    return False


def _struck(anchor: Token, cues: RoleCues) -> list[Token]:
    """What an event word or its verb hit: its objects and the nouns after a target preposition, the French
    way ("sur le marché": case under the noun) or the English one ("on a market": the noun under the
    preposition)."""
    out = []
    for child in anchor.children:
        if child.dep_ in _TARGET_DEPS or _case_word(child) in cues.target_prepositions:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in cues.target_prepositions:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def place_of_origin(adoc: AnalyzedDoc, start: int) -> bool:
    """Whether the place named at ``start`` is where attackers set out from ("des avions dépêchés de
    Misrata", "a drone launched from"): an origin verb governs it through "de"/"from"."""
    span = adoc.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cues = role_cues(adoc.lang)
    token = span[0]
    if _case_word(token) not in ("de", "d'", "du", "des", "from"):
        return False
    for node in list(token.ancestors)[:4]:   # "dépêchés de l'Ecole de l'aviation de Misrata"
        if node.pos_ in ("VERB", "AUX"):
            return _is(node, cues.origin_verbs)
    return False
