"""The person a pronoun stands for ("he", "her"): by gender, by the subject of its own or the latest
sentence naming a person, and past unnamed speakers where a meeting verb needs a named one."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import MEETING_TYPES
from .mentions import SUBJECT_DEPS, ActorTable, Mention, misplaced_subject
from .nlp import sentence_of
from .triggers import load_triggers

UNNAMED = "unnamed"  # kind of a history entry for a person the story does not name
MASCULINE = frozenset({"he", "him", "his", "himself"})


def _pronoun_gender(token: Token) -> str:
    return "m" if token.lower_ in MASCULINE else "f"


def agreeing(token: Token, history: list[Mention], genders: dict[str, str]) -> list[Mention]:
    """The mentions a pronoun may take up: not a person an earlier pronoun of the other gender
    stood for ("Thatcher …, a view voiced by her defence minister, X. He told …" is X); all of
    them when none agrees."""
    gender = _pronoun_gender(token)
    agreeing = [m for m in history if genders.get(m.actor_id, gender) in (gender, "?")]
    return agreeing or history


def fronted_owner(token: Token, table: ActorTable, genders: dict[str, str]) -> str | None:
    """"Ahead of his trip to Paris, X spoke with Y": a possessive in a phrase fronted before its clause's
    subject looks ahead to that subject, when it is a person of no other gender."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return None
    top = token.head
    while top.dep_ in ("pobj", "prep", "pcomp", "advmod") and top.head.i != top.i:  # "ahead of his trip"
        top = top.head
    if top.pos_ not in ("VERB", "AUX") or token.i == top.i:
        return None
    subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i), None)
    aid = table.actor_at(subject.i) if subject is not None else None
    if aid is None or table.by_id[aid].kind != "person":
        return None
    return aid if genders.get(aid, _pronoun_gender(token)) in (_pronoun_gender(token), "?") else None


def note_gender(genders: dict[str, str], aid: str | None, token: Token) -> None:
    """Remember the gender of a pronoun resolved to a person; a person taken up by both is unknown."""
    if aid:
        gender = _pronoun_gender(token)
        genders[aid] = gender if genders.get(aid, gender) == gender else "?"


def antecedent(token: Token, history: list[Mention], doc: Doc) -> str | None:
    """The person a pronoun refers to: in its own sentence the subject (else the
    nearest person); otherwise the latest sentence naming a person, its subject first
    ("The same message came from X. “…,” she said." is X)."""
    sent_start = sentence_of(token).start
    echo = any(m.kind == UNNAMED and m.start >= sent_start and doc[m.start].lower_ == token.lower_ for m in history)
    if token.dep_ in SUBJECT_DEPS and load_triggers().verbs.get(token.head.lemma_.lower()) in MEETING_TYPES and not echo:
        history = [m for m in history if m.kind != UNNAMED] or history  # "X met Y, a spokesperson said. She flew"
        # (not "He was received by X before leaving for Y, where he will meet Z": the unnamed "he" again)
    if not history:
        return None
    own_subject: set[str] = set()  # "Erdogan had called him": "him" is not Erdogan ("himself" would be)
    if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "dative", "pobj"):
        verb = token.head.head if token.dep_ == "pobj" else token.head
        own_subject = {m.actor_id for m in history for c in verb.children
                       if c.dep_ in SUBJECT_DEPS and m.start <= c.i < m.end}
    while True:
        same = [m for m in history if m.start >= sent_start and m.start < token.i and m.actor_id not in own_subject]
        if same:
            subjects = [m for m in same if m.is_subject(doc)]
            if token.dep_ == "poss" and sent_start == sentence_of(token).start and token.head.dep_ == "pobj":
                # "Scholz criticized Orban over his visit": in a phrase after the object, the nearest
                return same[-1].actor_id
            own = sent_start == sentence_of(token).start
            # "Speaking to X of PBS, he said": a subject pronoun is not the object of a phrase before it
            objects = own and token.dep_ in SUBJECT_DEPS and token.lower_ in ("he", "she") \
                and all(_object_role(m, doc) for m in same)
            if subjects and not own:  # "X said Y told him …. “…,” he said": the main clause's subject
                main = [m for m in subjects if main_subject(m, doc)]
                return (main or subjects)[-1].actor_id
            aside = token.dep_ in SUBJECT_DEPS and token.head.dep_ == "parataxis"  # "Xi's visit, he said, was …"
            possessors = (not own or aside) and not subjects and all(_possessor(m, doc) for m in same)
            if (subjects or not objects) and not (possessors and token.dep_ in SUBJECT_DEPS):
                return (subjects or same)[-1].actor_id
        if sent_start == 0 or token.i - sent_start > 400:
            return history[-1].actor_id
        sent_start = sentence_of(doc[sent_start - 1]).start


def _clause_word(m: Mention, doc: Doc) -> Token:
    """The word that stands for the mention in its clause: past the appositions and compounds it heads."""
    root = doc[m.start:m.end].root
    while root.dep_ in ("appos", "compound", "flat") and root.head.i != root.i:
        root = root.head
    return root


def main_subject(m: Mention, doc: Doc) -> bool:
    """The subject of the sentence's main clause, or of a main clause coordinated with it ("A said
    …, but B disagreed")."""
    verb = _clause_word(m, doc).head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.pos_ in ("VERB", "AUX")


def _possessor(m: Mention, doc: Doc) -> bool:
    """"President Y's supporters gathered": a person named only as a possessor, whom a later subject
    pronoun passes over for the subject of the sentence before ("X spoke. Y's supporters gathered.
    “…,” he said" is X)."""
    return doc[m.start:m.end].root.dep_ == "poss"


def _object_role(m: Mention, doc: Doc) -> bool:
    if misplaced_subject(doc[m.start:m.end].root):
        return False  # "In Pristina, X, director of …, said": the clause's subject
    root = _clause_word(m, doc)
    # the agent of a passive ("This stance was taken by X when he outlined …") is its doer, no object
    return root.dep_ in ("pobj", "dobj", "dative") and root.head.dep_ != "agent"
