""""the U.N. chief", "the ADB's president", "the UNICEF director": a person named by an office in
an organisation the story named, resolved to the person of that organisation named before.

News style names a person once in full ("U.N. Secretary-General X", "X, the head of the ADB") and
then by the body and the office alone. Left to itself the body word is the only name in the phrase,
and the words and meetings of its head went to the organisation.
"""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import Knowledge
from .mentions import ActorTable, Mention

# office nouns that name the person at the top of a body whatever the title it gives them
TOP_NOUNS = frozenset({"chief", "head", "boss", "leader"})


def org_head_of(token: Token, history: list[Mention], table: ActorTable, kb: Knowledge) -> str | None:
    """The person ``token`` ("chief" of "the ADB chief") stands for, or None."""
    noun = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ in ("compound", "amod", "appos", "attr"):
        return None
    title = kb.title(token.text)
    if title is None and noun not in kb.person_nouns and noun not in TOP_NOUNS:
        return None
    org = _body_modifier(token, table)
    if org is None or any(c.dep_ in ("appos", "flat") and c.i in table.token_actor for c in token.children):
        return None  # "the U.N. envoy, X, said": a name of its own
    for m in reversed(history):
        actor = table.by_id.get(m.actor_id)
        if actor is None or actor.kind != "person" or m.kind not in ("name", "description"):
            continue
        phrase = _of_body(m, org, table)
        if phrase is None:
            continue
        if noun in TOP_NOUNS or _holds(f"{actor.role or ''} {phrase}", noun, title.role if title else None):
            return actor.id
    return None


def _body_modifier(token: Token, table: ActorTable) -> str | None:
    """The organisation of "the <body> <office>" or "the <body>'s <office>": one the table knows,
    with "the" in front of the phrase."""
    for c in token.children:
        if c.i > token.i or c.dep_ not in ("compound", "poss", "nmod"):
            continue
        aid = table.token_actor.get(c.i)
        if not aid or table.by_id[aid].kind != "organization":
            continue
        owner = c if c.dep_ == "poss" else token
        dets = [d for d in owner.children if d.dep_ == "det"] or [d for d in token.children if d.dep_ == "det"]
        if dets and dets[0].lower_ == "the":
            return aid
    return None


def _of_body(m: Mention, org: str, table: ActorTable) -> str | None:
    """The words of the person's own phrase when it names the body ("ADB President X", "UNICEF's X",
    "X, the head of the ADB", "the ADB's president, X"), else None."""
    doc = table.doc
    root = doc[m.start:m.end].root
    if root.dep_ == "appos":
        root = root.head
    spans = [root] + [c for c in root.children if c.dep_ == "appos"]
    for head in spans:
        lo, hi = head.left_edge.i, head.right_edge.i
        inside = {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}  # "X, who met the ADB"
        if any(table.token_actor.get(i) == org and i not in inside for i in range(lo, hi + 1)):
            return " ".join(t.lower_ for t in doc[lo:hi + 1] if t.i not in inside)
    return None


def _holds(words: str, noun: str, title_role: str | None) -> bool:
    """Whether a person's role, or the phrase that names them, is the office named: "the UNICEF
    director" is "UNICEF Executive Director X", not the body's spokesperson."""
    words = words.lower()
    return noun in words.split() or title_role is not None and title_role.lower() in words
