"""A gathering's participants listed in a sentence of their own after it: "Taking part are A, B and C",
"Participants included A and B", "Attending were A and B" (``roll_call_word``, interaction_words.csv).
The parser makes little of such a list (a fronted participle, an inverted "be"), so the persons the
sentence names are read as one roll call of the gathering named last before it."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .mentions import ActorTable
from .triggers import Triggers

Groups = dict[str, tuple[list[Token], list[str], list[str]]]  # gatherings.find_gatherings' key -> nouns, members, bodies


def join_roll_calls(groups: Groups, doc: Doc, table: ActorTable, triggers: Triggers) -> None:
    """Add each roll call's persons to the members of the gathering last named before its sentence."""
    for sent in doc.sents:
        persons = roll_call(sent, table, triggers)
        if not persons:
            continue
        before = [(max(n.i for n in nouns if n.i < sent.start), key) for key, (nouns, _, _) in groups.items()
                  if not key.startswith("!") and any(n.i < sent.start for n in nouns)]
        if before:
            members = groups[max(before)[1]][1]
            members.extend(a for a in persons if a not in members)


def roll_call(sent: Span, table: ActorTable, triggers: Triggers) -> list[str]:
    """The persons a roll-call sentence lists (two or more), else none."""
    first = [t for t in sent if not t.is_punct][:2]
    if len(first) < 2:
        return []
    lemma, then = first[0].lemma_.lower(), first[1]
    opens = (lemma == "take" and then.lower_ == "part") or (
        triggers.has("roll_call_word", lemma) and (first[0].tag_ == "NNS" or then.lemma_ in ("be", "include")))
    if not opens:
        return []
    persons: list[str] = []
    for t in sent:
        aid = table.actor_at(t.i)
        if aid is not None and table.by_id[aid].kind == "person" and aid not in persons:
            persons.append(aid)
    return persons if len(persons) >= 2 else []
