"""Who holds a meeting told in a phrase that describes a person: "X, briefing reporters after a
meeting with Y, said …", "X, fresh from talks with Y, told …" — X met Y; and the holders a meeting noun
names itself: "a meeting of A and B", "X, whose talks with Y ended" (``held_by``)."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge_parts import speech_verbs
from .mentions import ActorTable
from .nlp import sentence_of
from .participants import SUBJ_DEPS, actors_of, actors_of_token, discourse_topic, subjects_of, with_objects
from .triggers import load_triggers

# prepositions that place a meeting before the moment a person is described at ("after", "fresh from")
HOLDER_PREPS = ("after", "following", "from", "since")
# how a describing phrase hangs on the person's name (the parser's appositions and modifiers)
DESCRIBING_DEPS = ("appos", "amod", "acl")


def described_person(token: Token, table: ActorTable) -> list[str]:
    """The person a phrase "after a meeting with Y" describes, reached through an apposition or a
    modifier of the name; none for other phrases ("a critic of talks with Y")."""
    if not (token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in HOLDER_PREPS):
        return []
    t = token.head
    for _ in range(3):
        head = t.head
        if head == t:
            return []
        if t.dep_ in DESCRIBING_DEPS and head.pos_ == "PROPN":
            return [a for a in actors_of_token(head, table) if table.by_id[a].kind == "person"]
        if t.dep_ not in ("prep", "advmod", *DESCRIBING_DEPS):
            return []
        t = head
    return []


def reporting_speaker(token: Token, table: ActorTable, partners: tuple[str, ...] = ()) -> list[str]:
    """Who reports talks held with one named partner: "X said progress was made in talks with Y",
    "… as a result of talks with Y, X said", "Peruvian officials said talks with Chile would resume" — the
    speaker (a person, or a state speaking through its officials) is the other side (the talks' phrase sits in
    the clause the speech verb reports, no nearer party; a nearer subject all on the partner's side is none:
    "that the U.S. and Latin America will agree reforms as a result of talks with U.S. Secretary Y, X said")."""
    sides = {table.by_id[a].country for a in partners} - {None}
    t, reported = token, False
    for _ in range(8):
        reported = reported or t.dep_ == "ccomp"
        head = t.head
        if head == t:
            return []
        if reported and head.pos_ == "VERB" and head.lemma_.lower() in speech_verbs():
            return [a for a in subjects_of(head, table) if table.by_id[a].kind in ("person", "country")]
        nearer = actors_of([c for c in head.children if c.dep_ in SUBJ_DEPS], table) if head.pos_ in (
            "VERB", "AUX") else []
        if nearer and not (sides and {table.by_id[a].country for a in nearer} <= sides):
            return []  # "X stressed that Ukraine must be part of talks with Y": a nearer party
        t = head
    return []


# how a meeting phrase may hang in the clause an unnamed source reports ("Talks with Y will focus on …")
REPORTED_ARG_DEPS = ("nsubj", "nsubjpass", "pobj", "dobj", "prep", "pcomp", "advcl")


def sourced_topic(token: Token, table: ActorTable) -> str | None:
    """"A will visit Lima next week. Talks with Y will focus on copper, officials said": when the phrase is an
    argument of the clause the sentence's speech verb reports and that verb's subject names no one
    ("officials", "diplomats", "sources"), the source neither took part nor tells who did, so the office
    holder the story is about (``discourse_topic``) holds the talks (wire copy reports a visitor's programme so)."""
    root = token.sent.root
    if root.lemma_.lower() not in speech_verbs() or subjects_of(root, table) or not any(
            c.dep_ in SUBJ_DEPS for c in root.children):
        return None
    t = token
    for _ in range(4):
        if t.head == root and t.dep_ == "ccomp":
            topic = discourse_topic(token, table)
            return topic if topic is not None and table.by_id[topic].role else None
        if t.dep_ not in REPORTED_ARG_DEPS or t.head == t:
            return None
        t = t.head
    return None


def held_by(token: Token, kind: str, table: ActorTable) -> list[str]:
    """Who holds the meeting noun ``token`` by its own grammar: the antecedent of a relative "whose"
    ("X, whose talks with Y ended on Sunday": X), or two or more named persons or states of its "of"
    phrase ("a meeting of A and B"; one body's "meeting of OPEC" is its own sitting, read elsewhere)."""
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        clause = next((h for h in token.ancestors if h.dep_ == "relcl"), None)
        return actors_of([clause.head], table) if clause is not None else []
    planner = _planned_by(token, table) or _displaced_agent(token, table)
    if planner or kind not in ("meet", "negotiate"):
        return planner
    held = [a for a in with_objects(token, table, preps=("of",)) if table.by_id[a].kind in ("person", "country")]
    return held if len(held) >= 2 else []


def _displaced_agent(token: Token, table: ActorTable) -> list[str]:
    """"a Washington visit later this month by X": a time phrase parts the "by" phrase from the event noun and
    the parser hangs it on a verb above ("could be resolved … by X", "follows a visit to Budapest last month by X");
    it names who makes the event (on an active verb, only persons: not "by phone")."""
    doc, after = token.doc, token.right_edge.i + 1
    j = after
    while j < len(doc) and doc[j].ent_type_ in ("DATE", "TIME"):
        j += 1
    if j == after or j >= len(doc) or doc[j].lower_ != "by" or doc[j].dep_ not in ("agent", "prep"):
        return []
    found = actors_of([c for c in doc[j].children if c.dep_ == "pobj"], table)  # "follows a visit to Budapest last
    return found if doc[j].dep_ == "agent" or all(table.by_id[a].kind == "person" for a in found) else []  # month by X"


def _planned_by(token: Token, table: ActorTable) -> list[str]:
    """"A trip to Valletta that X had planned", "the talks X proposed": the subject of a relative clause on the
    event noun whose object is the event ("that" or nothing before its subject) makes it."""
    clauses = [c for c in token.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and not any(
        g.dep_ == "nsubj" and g.lower_ in ("that", "which", "who") or g.dep_ in ("ccomp", "xcomp", "acomp", "attr")
        or g.dep_ == "dobj" and g.lower_ not in ("that", "which") for g in c.children)]  # not "which he said would",
    # nor "after a meeting that X was wrong" (a clause of what was said, no object left to the verb)
    return [a for c in clauses for s in c.children if s.dep_ == "nsubj"  # never "that", "which": the filter above
            for a in actors_of([s], table) if table.by_id[a].kind == "person"]


def lone_holder(token: Token, anchor: Token, table: ActorTable, parts: list[str]) -> list[str]:
    """Who met the one partner named: the person a phrase describes ("X, fresh from talks with Y,
    said"), else the one the story is about ("Following talks with X, …")."""
    holder = [a for a in described_person(anchor, table) or _traveller(anchor, table) or _conjoined_subject(
        anchor, table) or _stance_subject(anchor, table) or reporting_speaker(anchor, table, tuple(parts))
        if a not in parts]
    topic = discourse_topic(token, table) if not holder and attached_to_root(token) and not _unknown_subject(
        token, table) else None
    topic = topic or (sourced_topic(token, table) if not holder else None)
    return holder or ([topic] if topic and topic not in parts else [])


def _unknown_subject(token: Token, table: ActorTable) -> bool:
    """"Ana Pereira held talks with X", "The committee held talks with X": the main clause has a subject of its
    own, a name or a singular noun no actor stands for; the story's earlier subject did not hold the talks."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and (s.pos_ == "PROPN" or s.tag_ == "NN") and table.actor_for(s) is None
               and s != token and not s.is_ancestor(token)  # not "No meeting with X was on her schedule"
               for s in sentence_of(token).root.children)


def _stance_subject(token: Token, table: ActorTable) -> list[str]:
    """"Iranian officials ruled out negotiations with Baghdad", "X proposed talks with Y": the subject of a verb
    that refuses, seeks or offers the talks its object names (``stance_verb``) is their party."""
    if token.dep_ != "dobj" or token.head.pos_ != "VERB":
        return []
    verb = token.head
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    return subjects_of(verb, table) if load_triggers().has("stance_verb", lemma) else []


def _traveller(token: Token, table: ActorTable) -> list[str]:
    """"X would visit N'Djamena for talks with Y", "X crossed to another wing for talks with Y": the one who
    goes somewhere for the talks holds them (a verb of going, not "called for talks": an appeal)."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "for"):
        return []
    verb, triggers = token.head.head, load_triggers()
    for _ in range(2):  # "visit N'Djamena for talks", "crossed to another wing for talks": hung on the place
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj"):
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    if verb.pos_ != "VERB":
        return []
    lemma = verb.lemma_.lower()
    if triggers.verbs.get(lemma) != "visit" and not any(triggers.has(role, lemma) for role in (
            "arrival_verb", "departure_verb", "presence_verb", "going_verb")):
        return []
    return [a for a in subjects_of(verb, table) if table.by_id[a].kind == "person"]


def _conjoined_subject(token: Token, table: ActorTable) -> list[str]:
    """"X had breakfast with A, but a planned meeting with B was called off": the subject of the clause the
    meeting's own clause is joined to (a person) is the one who was to meet B."""
    verb = token.head
    if token.dep_ not in SUBJ_DEPS or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    return [a for a in subjects_of(verb.head, table) if table.by_id[a].kind == "person"]


def attached_to_root(token: Token) -> bool:
    """"Following talks with X, both leaders …": the phrase hangs on the main clause."""
    root = sentence_of(token).root
    if root.lemma_.lower() in speech_verbs():
        return False
    t = token
    for _ in range(3):
        if t.head == root:
            return True
        if t.dep_ not in ("pobj", "dobj", "prep", "pcomp", "advcl") or t.head == t:
            return False
        t = t.head
    return False
