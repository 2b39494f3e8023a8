"""What is coordinated with an argument token: "A, B and C", "A, along with B,", "A, joined by B,", and the
coordinations the parser hides inside a name phrase ("Foreign Secretary A and Defence Secretary B")."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge_parts import strong_speech_verbs
from .nlp import agent_objects, dated_names, name_children
from .triggers import words


def expand(token: Token) -> list[Token]:
    """A token and everything coordinated with it ("A, B, C and other leaders")."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        if t in out:  # a name's coordination, seen again through another word of the name
            continue
        out.append(t)  # "met with President X Thursday": X, the parser's object being the day
        stack.extend([*dated_names(t), *(c for c in name_children(t) if (
            c.dep_ in ("conj", "appos") and not _trailing_speaker(c) and not stray_list(c)) or (
            c.dep_ in ("nmod", "compound") and _hides_and(c)))])
        if t.pos_ in ("PROPN", "NOUN"):
            stack.extend(c for w in with_preps(t, ("along", "together")) for c in w.children if c.dep_ == "pobj")
            stack.extend(companions(t, "acl"))  # "A, joined by B, met C"
            stack.extend(_hung_on_place(t))
    return sorted(out, key=lambda t: t.i)


def _hung_on_place(name: Token) -> list[Token]:
    """"Sens. A of New York, B of Texas and C of Maine": the parser hangs the next names of the list on
    the place of the name before; a person coordinated with a person's place is the person's."""
    if name.ent_type_ != "PERSON":
        return []
    places = [o for p in name.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]
    return [c for o in places for c in o.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]


def _hides_and(modifier: Token) -> bool:
    """"A and Chilean minister B" (A a modifier of B holding the "and"); "Foreign Secretary A and Defence
    Secretary B", "Trade Minister A and U.S. Trade Representative B" (A and its "and" hung on B's title)."""
    return _holds_and(modifier) or any(g.dep_ in ("appos", "nmod") and _holds_and(g) for g in modifier.children)


def _holds_and(token: Token) -> bool:
    return any(g.dep_ == "cc" and g.lower_ == "and" for g in token.children)


def companions(head: Token, dep: str) -> list[Token]:
    """The "by" phrase of a passive participle of a companion verb hung on ``head`` as ``dep``: B of "A,
    accompanied by B," (acl on a name) or of "A met C, accompanied by B" (advcl on the verb)."""
    return [o for c in head.children if c.dep_ == dep and c.tag_ == "VBN" and c.lemma_.lower() in words("companion_verb")
            for o in agent_objects(c)]


def stray_list(token: Token) -> bool:
    """"A spoke with B, C and D": the parser hangs "C and D" on the subject A as an apposition past the verb;
    an apposition stands right after its noun, so one past the noun's own verb continues the phrase before it."""
    head, doc = token.head, token.doc
    if token.dep_ != "appos" or head.dep_ not in ("nsubj", "nsubjpass") or not head.i < head.head.i < token.i:
        return False
    before = token.left_edge.i - 2  # the word before the comma: the end of a "with" object
    return before >= 0 and doc[before + 1].text == "," and any(
        a.dep_ == "pobj" and a.head.lower_ in ("with", "to") for a in [doc[before], *doc[before].ancestors])


def _trailing_speaker(token: Token) -> bool:
    """"… talks with President A, Chief Cabinet Secretary B told reporters": B, parsed as A's apposition,
    is the subject of the strong speech verb right after it that has no subject of its own."""
    doc = token.doc
    nxt = token.right_edge.i + 1
    if token.dep_ != "appos" or nxt >= len(doc):
        return False
    verb = doc[nxt]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in strong_speech_verbs() and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def with_preps(token: Token, only_after=None) -> list[Token]:
    """The "with" phrases of a token, also under "along"/"together" ("A, along with B,"; "attended it
    together with B"); with ``only_after``, only those."""
    found = []
    for p in token.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "with" and (only_after is None or any(a.lower_ in only_after for a in p.children)):
            found.append(p)
        elif p.lower_ in ("along", "together"):
            found += [w for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    return found


def _past_aside(conj: Token) -> Token | None:
    """"She met X at the ministry, officials said, and is to fly to Seoul": the parser joins the second verb
    to the report set in between; it goes on the reported clause, whose subject it shares."""
    report = conj.head
    if conj.dep_ != "conj" or report.lemma_.lower() not in strong_speech_verbs():
        return None
    return next((c for c in report.children if c.dep_ == "ccomp" and c.i < report.i), None)


def _misread_predicate(verb: Token) -> bool:
    """"X met Y in the morning, lunched with Z and called on W": the parser reads "lunched" as a reduced
    relative on the object ("Y, lunched with Z"); a past participle after a comma on a finite verb's object,
    with no passive marks of its own, is that verb's subject's next act."""
    doc = verb.doc
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > 0 and doc[verb.i - 1].text == "," \
        and verb.head.dep_ == "dobj" and verb.head.head.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children)


def controller_objects(v: Token) -> list[Token]:
    """Who does what an infinitive under a verb of asking tells: "invited X to visit", "urged X to hold talks"
    (the object), "called on X to open talks" (the object of "on")."""
    if v.dep_ not in ("xcomp", "advcl") or v.head == v:
        return []
    objects = [c for c in v.head.children if c.dep_ == "dobj"] if v.dep_ == "xcomp" else []
    return objects + ([o for p in v.head.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
                       if o.dep_ == "pobj"] if v.head.lemma_.lower() == "call" else [])


def shared_subject_verb(v: Token) -> Token | None:
    """The verb above whose subject ``v`` shares ("is set to meet", "met A and called B"), also past a report set
    between them and past the parser's "met X in the morning, lunched with Y" read as "X, lunched with Y"."""
    if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head != v:
        return _past_aside(v) or v.head
    if v.dep_ == "dep" and v.head.pos_ == "VERB" and v.head.i < v.i and v.doc[v.i - 1].lower_ == "then":
        return v.head  # "flew to Moscow for talks, then went on to Kyiv": the parser's loose "dep" is a conjunct
    return v.head.head if _misread_predicate(v) else None


def gapped_objects(verb: Token) -> list[Token]:
    """"saw A on Tuesday and B on Wednesday": the parser hangs B as a clause of the verb or as a conjunct of
    the first date; a proper noun there is a second object."""
    dates = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "PROPN"] + [
        c for d in dates for c in d.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"]
