"""The caller of a call received ("received a phone call from X", "got a call from X"; receiving_verb),
not "calls from A and B for cuts" (demands). The guest of a hospitality noun ("a warm welcome", "a dinner", "an audience"; guest_noun): the
person of its own "to/for" phrase ("a dinner for X"), or of the "to/for" phrase of the verb it is the
object of, where the parser hangs it ("gave a warm welcome on Thursday to X", "held a lunch for X")."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .participants import actors_of, with_objects
from .triggers import words

GUEST_PREPS = ("to", "for")


def _phrases(token: Token) -> list[Token]:
    return [c for p in token.children if p.dep_ in ("prep", "dative") and p.lower_ in GUEST_PREPS
            for c in p.children if c.dep_ == "pobj"]


def guests_of(noun: Token, table: ActorTable) -> list[str]:
    objs = _phrases(noun)
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        objs += _phrases(noun.head)
    return [a for a in actors_of(objs, table) if table.by_id[a].kind == "person"]


def received_from(call: Token, table: ActorTable) -> list[str]:
    if call.dep_ != "dobj" or call.head.lemma_.lower() not in words("receiving_verb"):
        return []
    callers = with_objects(call, table, preps=("from",)) or with_objects(call.head, table, preps=("from",))
    return [a for a in callers if table.by_id[a].kind == "person"]  # "received calls on Thursday from X": on the verb
