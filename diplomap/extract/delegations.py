"""A state's named delegation: "The Ukrainian delegation includes A; B; C and D", "a Ukrainian
delegation led by A and including B" — the persons who stand for the state in its talks."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .mentions import ActorTable
from .nlp import all_agent_objects, sentence_of, sentence_start_back
from .triggers import words


def find_delegations(doc: Doc, table: ActorTable) -> dict[str, list[str]]:
    """"The Ukrainian delegation includes A; B; C and D": state → the people named in it.

    Read by sentence rather than by arc: the parser rarely gets such semicolon lists right."""
    out: dict[str, list[str]] = {}
    for token in with_lemmas(doc, words("delegation_noun") | words("side_noun")):
        if token.lemma_.lower() not in words("delegation_noun") | words("side_noun"):
            continue
        side = token.lemma_.lower() in words("side_noun")  # "the Indian side led by X"; not "the U.S. side was led
        # by A and the Iranian side by B", the talks' two sides (talk_heads)
        verb: Token | None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in words("membership_verb"):
            verb = None if side else token.head  # "The Ukrainian delegation includes A; B; C"
        else:  # "a Ukrainian delegation led by A and including B"
            verb = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in words("membership_verb")), None)
        if verb is None:
            continue
        state = table.actor_for(token)
        if not state or table.by_id[state].kind != "country":
            continue
        sent = sentence_of(token)
        members = []
        for m in table.mentions:
            if verb.i < m.start < sent.end and table.by_id[m.actor_id].kind == "person" \
                    and m.kind == "name" and m.actor_id not in members \
                    and doc[m.start:m.end].root.dep_ not in ("poss", "nmod"):  # "Zelenskyy's chief of staff X"
                members.append(m.actor_id)
        if members and (len(members) >= 2 or verb.dep_ == "acl"):
            out[state] = members
    return out


def delegation_heads(subjects: list[Token]) -> list[Token]:
    """"The delegations, led by A and B, met": the heads a delegation subject's "led/headed by" names."""
    heads = [who for s in subjects if s.lemma_.lower() in words("delegation_noun") for who in led_by(s)]
    return heads + [c for h in heads for c in h.children if c.dep_ == "conj"]


def led_by(noun: Token) -> list[Token]:
    """The heads a noun's "led/headed by" participle names: A of "a delegation led by A and adviser B"."""
    return [who for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
            for who in all_agent_objects(c)]


def delegation_named_before(t: Token, table: ActorTable) -> list[str]:
    """"Japan sent a delegation led by A to Washington. The delegation met B": a bare "the delegation" is
    the one named just before (in its sentence or the two before), and its people are its members named, else
    its heads."""
    lemma = t.lemma_.lower()
    if lemma not in words("delegation_noun") or t.tag_ != "NN" or [c.lower_ for c in t.children] != ["the"]:
        return []
    for u in reversed(t.doc[sentence_start_back(t, 2):t.i]):
        if u.lemma_.lower() != lemma or u.tag_ != "NN":
            continue
        state = table.actor_for(u)
        if state in table.delegations:  # "led by A and including B": every member named
            return list(table.delegations[state])
        return list(dict.fromkeys(a for who in led_by(u) if (a := table.actor_at(who.i)) and table.by_id[a].kind == "person"))
    return []
