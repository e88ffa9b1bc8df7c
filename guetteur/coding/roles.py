"""Who did what to whom: agent and target of an event trigger, read from the dependency parse.

French UD labels (nsubj, obj, obl:agent, nmod + case) and English ClearNLP labels (nsubj, dobj, agent, prep +
pobj) are both handled; prepositions that mark a side are data (resources/<lang>/roles.yml).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from guetteur.model import ActorMention, AnalyzedDoc, TriggerMention
from guetteur.resources import load_yaml

_AGENT_DEPS = {"nsubj", "obl:agent", "agent", "nsubj:caus"}
_TARGET_DEPS = {"obj", "dobj", "nsubj:pass", "nsubjpass", "iobj", "obl:arg"}
_CLIMB_DEPS = {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "conj", "xcomp", "appos", "nsubj",
               "nsubj:pass", "nsubjpass"}


@dataclass(slots=True)
class Roles:
    agents: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    others: list[ActorMention] = field(default_factory=list)   # in the sentence, role unknown


@lru_cache(maxsize=None)
def _cues(lang: str) -> dict:
    try:
        return load_yaml(lang, "roles.yml")
    except FileNotFoundError:
        return load_yaml("fr", "roles.yml")


def _case_word(token: Token) -> str:
    """The preposition introducing a nominal ("contre", "par"), lower-cased, or ''."""
    for child in token.children:
        if child.dep_ in ("case", "prep") or (child.dep_ == "fixed"):
            return child.lower_
    if token.head.dep_ == "prep":  # English: the pobj hangs under its preposition
        return token.head.lower_
    return ""


def _side_of(token: Token, trigger: Token, cues: dict) -> str | None:
    """Which side of the trigger an actor heading at `token` stands on, walking up to the trigger."""
    node, path = token, []
    for _ in range(12):
        if node == trigger or node.head == node:
            break
        path.append(node)
        node = node.head
    if node != trigger or not path:
        return None
    top = path[-1]     # the child of the trigger through which the actor hangs
    dep = top.dep_
    case = _case_word(top) or (top.lower_ if dep == "prep" else "")
    if dep in _AGENT_DEPS or case in cues["agent_prepositions"]:
        return "agent"
    if dep in _TARGET_DEPS or case in cues["target_prepositions"]:
        return "target"
    if dep in ("acl", "relcl") and top.lemma_ in cues["opposing_verbs"]:
        # "combats opposant X à Y": X is the agent, Y (introduced by à) the target
        return "target" if _case_word(token) in cues["opposed_prepositions"] else "agent"
    if dep in ("nmod", "pobj", "prep") and case in cues["genitive_prepositions"]:
        return "agent" if trigger.pos_ in ("NOUN", "PROPN") else None
    return None


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


def assign_roles(adoc: AnalyzedDoc, trigger: TriggerMention, actors: list[ActorMention]) -> Roles:
    """Sort the actors of the trigger's sentence into agents, targets and others."""
    doc = adoc.doc
    cues = _cues(adoc.lang)
    tok = doc[trigger.token]
    sent = tok.sent
    in_sentence = [a for a in actors if sent.start_char <= a.start < sent.end_char and 0 <= a.head < len(doc)]
    roles = Roles()
    anchors = [tok] + ([event_head(tok)] if event_head(tok) != tok else [])
    for mention in in_sentence:
        side = None
        for anchor in anchors:
            side = _side_of(doc[mention.head], anchor, cues)
            if side:
                break
        if side is None and _between_coordination(doc[mention.head], tok, cues):
            side = "agent" if not roles.agents else "target"
        {"agent": roles.agents, "target": roles.targets}.get(side, roles.others).append(mention)
    return roles


def _between_coordination(token: Token, trigger: Token, cues: dict) -> bool:
    """ "affrontements entre X et Y": both sides hang under 'entre' (or a conj of it) below the trigger."""
    node = token
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.head == trigger and _case_word(node) in cues["between_prepositions"]
