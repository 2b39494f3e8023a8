"""The actor a speaking noun names through its own words: an actor inside its phrase ("a spokesman for
the ministry", "a Mexican foreign ministry official"), the person ending a capitalised title's phrase
("U.N. Resident Coordinator for Myanmar X said"), or the body named before with a word of it ("the
agency", "a senior ministry official"). ``speakers`` reads cue verbs' subjects with these and
``references`` the unnamed speakers it leaves as mentions; they live apart from ``speakers`` because
both ask them and they ask nothing of the speaker ranking.
"""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .speaker_descriptions import body_referred_to, modifier_voice, organ_of, posted_in

PHRASE_DEPS = ("compound", "poss", "prep", "pobj", "amod", "nmod", "flat", "case")  # "spokesman for the ministry"


def _in_phrase(s: Token, table: ActorTable) -> str | None:
    """An actor inside the subject's own phrase, not inside a clause or apposition; no person inside
    the phrase of an associate ("a lawyer for X", "X's wife", "supporters of X": associate_nouns.txt)."""
    associate = table.kb is not None and s.lemma_.lower() in table.kb.associate_nouns
    voice = None
    for c in s.subtree:
        if c.i == s.i:
            continue
        path = _path_up(c, s)
        aid = table.actor_at(c.i) if all(a.dep_ in PHRASE_DEPS for a in path) else None
        if aid and associate and table.by_id[aid].kind == "person":
            continue
        if aid and c.dep_ == "poss" and _owned_body(c, aid, table):
            continue  # "a spokesman for China's Foreign Ministry": the ministry, named next, speaks
        modifier = all(a.dep_ in ("compound", "amod", "nmod") for a in path)
        if aid and voice and modifier and organ_of(table.by_id[aid], table.by_id[voice]):
            return aid  # "a Mexican foreign ministry official": the ministry, not the state, speaks
        if aid and table.by_id[aid].kind in ("country", "person") and modifier:
            voice = voice or modifier_voice(s, c, aid, table)  # "a Reagan administration official": his state
            continue  # "the China Newsweek magazine", "a Reagan administration aide's wife": a modifier does not speak
        if aid and voice:
            return voice  # the state came first: "a U.S. official in Iraq"
        if aid and table.by_id[aid].kind in ("country", "person") and _modifies_a_place(c, table):
            continue  # "an official of a bureau of a Chinese city": the city's state is not who speaks
        if aid and table.by_id[aid].kind == "country" and posted_in(path, s):
            continue  # "an Asian diplomat in Bangkok": where a source with no state voice sits is not who speaks
        if aid:
            return aid
    return voice


def _owned_body(owner: Token, aid: str, table: ActorTable) -> bool:
    """The possessor ``owner`` ("China's") is of another body, the one its head names ("Foreign Ministry") or
    a name on that head does ("China's official Xinhua news agency")."""
    head = owner.head
    owned = [table.actor_at(head.i)] + [table.actor_at(c.i) for c in head.children if c.dep_ == "compound"]
    return any(o is not None and o != aid and table.by_id[o].kind == "organization" for o in owned)


def _named_at_edge(s: Token, table: ActorTable) -> str | None:
    """"U.N. Resident Coordinator for Myanmar Andrew Kirkwood said": a capitalised title the parser
    made the subject, with the person it names ending its phrase."""
    edge = s.right_edge
    aid = table.actor_at(edge.i) if edge.i > s.i else None
    if aid is None or table.by_id[aid].kind != "person":
        return None
    return aid if all(a.dep_ in PHRASE_DEPS for a in _path_up(edge, s)) else None


def _modifies_a_place(c: Token, table: ActorTable) -> bool:
    """A state or person that only modifies a noun deep in the phrase which is no body
    ("a major inland Chinese city"), unlike "the Chinese foreign ministry"."""
    kb = table.kb
    if c.dep_ not in ("compound", "amod") or c.head.pos_ != "NOUN" or kb is None:
        return False
    word = c.head.lemma_.lower()
    return word not in kb.group_nouns and word not in kb.org_words


def _path_up(token: Token, top: Token) -> list[Token]:
    out = []
    t = token
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def _described_body(noun: Token, table: ActorTable) -> str | None:
    """"the agency", "the consultancy": the latest body named before with that word in or
    next to its name ("the International Energy Agency", "consultancy Dezan Shira"); a word before
    the name in another phrase ("the government blamed al-Shabab") is not next to it."""
    doc = table.doc
    word = noun.lemma_.lower()
    for m in reversed(table.mentions):
        if m.start >= noun.i or table.by_id[m.actor_id].kind != "organization" or m.kind != "name":
            continue
        span = doc[m.start:m.end]
        heads = _heads(span.root)
        near = [t for t in doc[max(m.start - 2, 0):m.start] if t.head.i in range(m.start, m.end) or t in heads] \
            + [c for c in span.root.children if c.dep_ == "appos"]
        inside = [t for t in span if t.dep_ not in ("compound", "amod") or t.head not in span]
        if any(t.lemma_.lower() == word for t in [*inside, *near]):
            return m.actor_id  # (a word modifying the name's head is no description of it: "the official" is
            # no "Official Creditor Committee")
    return None


def _heads(root: Token) -> tuple[Token, ...]:
    """The noun a name is in apposition to or the "of"/"from" phrase of ("consultancy X", "the Department of X",
    "ministers from X")."""
    head = root.head
    return (head, head.head) if head.lower_ in ("of", "from") else (head,)


def _body_word_of(noun: Token, table: ActorTable) -> str | None:
    """"a senior ministry official said", "an embassy spokesman said": the latest body named with
    that word (org_words.txt) in its name ("Japan's Agriculture Ministry") speaks through them; of
    two such words ("the all-party committee report") the one a body named before has. A word for a
    kind of body (body_nouns.txt) names the body the story just told of: "a company spokesman said",
    "the aid group's country director said"."""
    kb = table.kb
    if kb is None:
        return None
    words = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN" and c.i < noun.i
             and (c.lemma_.lower() in kb.org_words or c.lemma_.lower() in kb.body_nouns)]
    # "the all-party committee report": each body word in turn, nearest the noun first
    return next((aid for c in reversed(words)
                 if (aid := _described_body(c, table) or body_referred_to(c, table, definite=False))), None)
