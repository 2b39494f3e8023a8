"""Where a visit noun goes when no "to" phrase names it: a place modifying it ("a Tokyo visit"), the
"to" phrase of its light verb ("made several trips to Peru"), the place a departure verb leaves at its
end ("left Lima at the end of a visit", "left Peru after a four-day visit"), where the one on the visit
acts during it ("laid a wreath in Lima during her state visit"), or the dateline of a lead or
of "here" ("LONDON - King X begins a state visit", "X, here on a visit")."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .nlp import dateline_tokens, prep_objects, sentence_of
from .triggers import words
from .visit_hosts import dateline_state


def visit_place(token: Token, table: ActorTable) -> tuple[list[str], str | None]:
    places = [c for c in token.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
    if token.dep_ == "dobj" and triggers_light(token.head):  # "made several trips to Peru": "to" on the verb,
        places += prep_objects(token.head, "to", "in")  # "began his tour in Hanoi", "made a stop in Vienna"
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":  # "His first stop will be Hanoi"
        places += [c for c in token.head.children if c.dep_ == "attr"]
    places += [o for c in token.children if c.dep_ in ("relcl", "acl") and triggers_light(c) and any(
               g.dep_ == "nsubj" and g.lower_ not in ("that", "which") for g in c.children)  # (not "which took him")
               for p in c.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj"]  # "a trip that X made to Asmara"
    places += _left_behind(token) + tour_stops(token)
    for c in places:
        aid = table.actor_for(c)
        if aid and table.by_id[aid].kind == "country":
            return [aid], c.text
    place = dateline_tokens(token.doc)
    near = [token, token.head, token.head.head]
    sent = sentence_of(token)  # the lead: "LONDON, March 22 - King X begins a state visit on Tuesday",
    lead = sent.start == 0 or (bool(place) and sentence_of(token.doc[sent.start - 1]).start == 0)  # dateline apart
    if place and (lead or any(c.lower_ == "here" and c.dep_ == "advmod" for n in near for c in [n, *n.children])):
        aid = dateline_state(place, table)  # "BANGKOK": a capital the story never names otherwise
        if aid and not _goes_elsewhere(sent, aid, table):
            return [aid], " ".join(t.text for t in place).title()
    return [], None


def _goes_elsewhere(sent, host: str, table: ActorTable) -> bool:
    """"LIMA - X will extend his tour, flying to Tokyo": the sentence sends its traveller to another state (a
    place after a verb's to/for/into/in, or a verb's object), so the trip it names is not the dateline's."""
    for t in sent:
        aid = table.actor_for(t) if t.ent_type_ in ("GPE", "LOC") else None
        if aid is None or aid == host or table.by_id[aid].kind != "country":
            continue
        if (t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "into", "in") and t.head.head.pos_ == "VERB") or (
                t.dep_ == "dobj" and t.head.pos_ == "VERB") or (t.dep_ == "pobj" and t.head.lower_ == "in" and _held(
                    t.head.head)):  # "held talks in Lusaka"; not "cancelled a trip to X, and the visit by Y"
            return True
    return False


def _held(word: Token) -> bool:
    """A verb's object ("held talks in Lusaka": "in" hangs on "talks")."""
    return word.dep_ == "dobj" and word.head.pos_ == "VERB"


def tour_stops(token: Token) -> list[Token]:
    """"X, who is on a tour of southern Africa, held talks in Lusaka", "X, touring the Gulf, met Y in Doha": a
    tour of a region stops where its traveller acts in the clause the tour describes (the places "in" the
    main verb or its object)."""
    t = token
    while t.dep_ in ("pobj", "prep", "attr", "acomp") and t.head != t:  # "on a tour of", "is on a tour"
        t = t.head
    if t.dep_ not in ("relcl", "acl") or t.head.head == t.head:
        return []
    main = t.head.head
    holders = [main, *(c for c in main.children if c.dep_ == "dobj")] if main.pos_ == "VERB" else []
    return [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]


def _left_behind(token: Token) -> list[Token]:
    """"left Lima on Monday at the end of a four-day visit", "left Peru after a visit": the place a departure
    verb's subject leaves when the visit (or a phase of it) ends is where the visit was."""
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from") for c in token.children):
        return []  # "left Santiago after a visit by X": X's visit, not the leaver's
    t = token
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        up = t.head.head
        if up.pos_ == "NOUN" and up.lemma_.lower() in words("phase_noun") and t.head.lower_ == "of":
            t = up
            continue
        if up.pos_ == "VERB" and up.lemma_.lower() in words("departure_verb") and t.head.lower_ in (
                "at", "after", "following"):
            return [c for c in up.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")]
        if up.pos_ == "VERB" and (t.head.lower_ in ("during", "on") or t.head.lower_ == "at" and t != token):
            # "laid a wreath in Lima during her visit", "was welcomed at Quito's airport at the start of a visit"
            objects = [o for p in up.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                       for o in p.children if o.dep_ == "pobj"]
            return [w for o in objects for w in [o, *(c for c in o.children if c.dep_ in ("poss", "compound"))]
                    if w.ent_type_ in ("GPE", "LOC")]
        break
    return []


def triggers_light(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words("light_verb")
