"""The parties a story lists for a gathering beyond the arcs of its noun: "a dinner of the five
countries - A, B, C, D and E", the states whose ministers sit in the body holding it, the officials
"seen arriving" for talks."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of


def sitting_noun(verb: Token, table: ActorTable) -> Token | None:
    """"Finance ministers of the Council opened a meeting": the people through whom the body holds it."""
    if table.kb is None:
        return None
    return next((s for s in verb.children if s.dep_ == "nsubj" and s.tag_ == "NNS"
                 and s.lemma_.lower() in table.kb.group_nouns
                 and any(p.dep_ == "prep" and p.lower_ in ("of", "from") for p in s.children)), None)


def states_sitting(doc: Doc, sitting: Token, table: ActorTable) -> list[str]:
    """"… the ministers from A, B and C said": the states (two or more) whose people of the same kind
    as the body's sitting ones the story lists."""
    found: list[str] = []
    for t in with_lemmas(doc, (sitting.lemma_.lower(),)):
        if t.i == sitting.i or t.tag_ != "NNS" or t.lemma_.lower() != sitting.lemma_.lower():
            continue
        listed = [a for a in actors_of(prep_objects(t, "of", "from"), table) if table.by_id[a].kind == "country"]
        if len(set(listed)) >= 2:
            found.extend(a for a in listed if a not in found)
    return found


def arrived_for(noun: Token) -> bool:
    """"officials arrived in Oslo for talks", "arrived at the ministry to begin a meeting of X"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.dep_ in ("advcl", "xcomp"):
        head = head.head
    elif not (noun.dep_ == "pobj" and head.lower_ == "for"):
        return False
    return head.head.lemma_.lower() == "arrive" if head.lower_ == "for" else head.lemma_.lower() == "arrive"


def seen_arriving(doc: Doc, start: int, table: ActorTable) -> list[str]:
    """"Officials seen arriving included A and B", "Also seen arriving were C and D": after ``start``."""
    found: list[str] = []
    for t in doc[start:]:
        if t.lemma_.lower() != "arrive" or not any(w.lemma_.lower() == "see" for w in (t.head, *t.children)):
            continue
        clause = t.sent.root
        args = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")
                and t not in c.subtree]
        listed = [m.actor_id for m in table.mentions if t.i < m.start < t.sent.end]  # "… were A and B and C":
        found += [a for a in actors_of(args, table) + listed  # the list the parser split, read in word order
                  if table.by_id[a].kind == "person" and a not in found]
    return found


def listed_states(noun: Token, table: ActorTable) -> list[str]:
    """"a dinner of the five countries - A, B, C, D and E": the states its "of" phrase lists
    (two or more) take part."""
    found: list[str] = []
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            found += [a for a in actors_of([c for c in p.children if c.dep_ == "pobj"], table)
                      if table.by_id[a].kind == "country" and a not in found]
    return found if len(found) >= 2 else []
