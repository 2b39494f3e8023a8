"""The partners a speech or meeting verb names through its prepositions when the parser or the
construction puts them out of the frames' usual reach: "spoke to X" (a person or state addressed one to
one), "spoke to NATO brass gathered in Paris" (an address to a body), "met on the sidelines of the summit
with X" (the "with" phrase hung on the gathering of a margin phrase), "met A on Tuesday and with B"
(a second "with" phrase joined to another phrase)."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .nlp import agent_objects, prep_objects
from .participants import actors_of, actors_of_token, with_objects
from .triggers import words


def margin_withs(verb: Token, table: ActorTable, margins_only: bool = False) -> list[str]:
    """"met on the sidelines of the summit with X", "discussed it at length with X": the parser hangs the
    "with" phrase on the noun of another of the verb's phrases (the gathering of a margin phrase); the
    verb's subject met X there. With ``margins_only`` (a meeting noun: "held talks on the sidelines of the
    summit with X"), only a margin phrase's."""
    found: list[str] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ == "with":
            continue
        # "met on the sidelines of the summit with X", "discussed at length with X", "met at the palace with X"
        hosts = [c for c in prep.children if c.dep_ == "pobj" and (
            c.lower_ in words("margin_noun") or c.i not in table.token_actor and not margins_only)]
        for host in hosts:
            nouns = [host, *prep_objects(host, "of")] if host.lower_ in words("margin_noun") else [host]
            found += [a for n in nouns for a in with_objects(n, table, preps=("with",)) if a not in found]
    return found + [a for a in presiding(verb, table) if a not in found and not margins_only]


def presiding(token: Token, table: ActorTable) -> list[str]:
    """"met in Vienna under the chairmanship of X", "talks under the auspices of the U.N.", "under U.N.
    auspices": who presides over or sponsors the meeting takes part in it (``presiding_noun``)."""
    hosts = [token, token.head] if token.dep_ in ("nsubj", "nsubjpass") else [token]  # "The meetings, under …, come"
    hosts += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children
              if o.dep_ == "pobj"]  # "met in Reykjavik under the chairmanship of X": the parser hangs it on the place
    nouns = [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children
             if o.dep_ == "pobj" and {o.lemma_.lower(), o.lower_} & words("presiding_noun")]  # lemma "auspex"
    owners = [c for n in nouns for c in n.children if c.dep_ in ("poss", "compound", "amod")]
    found: list[str] = []  # the one who presides, not what the parser coordinates inside a title
    sponsors = [c for n in nouns if n.tag_ == "NNS" for o in prep_objects(n, "of") for c in o.children
                if c.dep_ == "conj"]  # "under the auspices of the IMF and World Bank": several may sponsor
    for t in [o for n in nouns for o in prep_objects(n, "of")] + sponsors + owners + _chairs_with(token):
        named = [a for c in t.children if c.dep_ == "appos" for a in actors_of_token(c, table)]  # ", X"
        found += [a for a in named or actors_of_token(t, table) if a not in found]  # ("Finance and Economy
    return found  # Minister, X"): one chairs


def _chairs_with(token: Token) -> list[Token]:
    """"met in Addis Ababa, with X chairing the session", "meeting in Brussels with X in the chair"."""
    found = []
    for w in (p for p in token.children if p.dep_ == "prep" and p.lower_ == "with"):
        found += [s for c in w.children if c.dep_ == "pcomp" and c.lemma_.lower() in ("chair", "preside")
                  for s in c.children if s.dep_ == "nsubj"]
        found += [o for o in w.children if o.dep_ == "pobj" and any(
            q.dep_ == "prep" and q.lower_ == "in" and any(c.lemma_.lower() == "chair" for c in q.children)
            for q in o.children)]
    return found


def spoken_to(token: Token, table: ActorTable) -> bool:
    """"Spoke to X", "talking to the U.S.": a person or a state addressed by name, one to one (an organisation
    or a crowd addressed is an appearance: ``addresses_a_body``; "spoke to reporters" names no actor)."""
    return any(table.by_id[a].kind in ("person", "country") and pobj.i in table.token_actor
               for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
               for pobj in prep.children if pobj.dep_ == "pobj" for a in actors_of([pobj], table))


def addresses_a_body(token: Token, table: ActorTable) -> bool:
    """"Spoke to top NATO and EU brass": an address to officials of a state or body,
    not "spoke to reporters"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                aid = table.actor_for(pobj) if pobj.dep_ == "pobj" else None
                if aid and (pobj.i not in table.token_actor or table.by_id[aid].kind == "organization"):
                    return True
    return False


def later_withs(token: Token, table: ActorTable) -> list[str]:
    """"met A on Tuesday and with B on Wednesday": the parser joins the second "with" phrase to the
    first phrase after the object ("on Tuesday"), not to the verb."""
    return actors_of([o for p in token.children if p.dep_ == "prep" and p.lower_ != "with"
                      for c in p.children if c.dep_ == "conj" and c.lower_ == "with"
                      for o in c.children if o.dep_ == "pobj"], table)


def direct_withs(verb: Token, table: ActorTable) -> list[str]:
    """The "with" phrases on the verb or its object only ("raised the issue with X"), not "along with X",
    which adds a co-subject, no partner."""
    holders = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
    return actors_of([o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj"], table)


def with_later(token: Token, table: ActorTable, first: list[str], withs: list[str],
                groups: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """"met A on Tuesday and with B on Wednesday": a second "with" phrase the parser joins to another
    phrase of the trigger is a second meeting, with B."""
    holders = [token, token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else [token]  # "held talks"
    later = [a for h in holders for a in later_withs(h, table) if a not in first + withs]
    if not later:
        return withs, groups
    earlier = [a for a in first + withs if a not in later]
    return withs + later, groups or ([earlier, later] if earlier else [])


def gerund_subjects(token: Token, table: ActorTable) -> list[str]:
    """"A and B, meeting in Quito, agreed": a meeting gerund in apposition to the subjects is theirs."""
    return actors_of([token.head], table) if token.dep_ == "appos" and token.lower_.endswith("ing") else []


def phrase_holder(noun: Token, table: ActorTable) -> list[str]:
    """"X, in a visit earlier this week with Y, sounded out …": an event noun in a phrase set off after a
    person's name is that person's."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("in", "during", "on", "at"):
        return []
    named = noun.head.head
    aid = table.token_actor.get(named.i) if named.pos_ == "PROPN" else None
    doc = noun.doc
    set_off = named.i + 1 < len(doc) and doc[named.i + 1].text == ","
    return [aid] if aid is not None and set_off and table.by_id[aid].kind == "person" else []


def sibling_withs(noun: Token, table: ActorTable) -> list[str]:
    """"in a visit earlier this week with X": the parser hangs the "with" phrase on the preposition whose
    object the meeting noun is, on the name that phrase describes, after the noun, on the noun's "of"
    object, or on the verb whose purpose ("for talks") the noun is; a "between" phrase on the copula whose
    subject the noun (or the noun its "of" phrase ends) is ("negotiations have been under way between A and B")."""
    holders = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.pos_ == "NOUN" and table.actor_for(o) is None]  # "meetings of the
    # joint committee with Mexico": on the body (no actor itself) whose meeting the noun is
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holders.append(noun.head)
        if noun.head.head.pos_ in ("PROPN", "NOUN"):  # "X, in a visit earlier this week with Y,": on X, after it
            holders.append(noun.head.head)
        if noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":  # "will go to Paris for talks
            holders.append(noun.head.head)  # tomorrow with Y": on the trip's verb, after the noun
    subject = noun  # "the next round of talks will be in Geneva between A and B", "the first of three rounds of talks"
    while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head != subject.head:
        subject = subject.head.head
    copula = subject.dep_ == "nsubj" and subject.head.lemma_ == "be"
    between = [p for p in subject.head.children if p.dep_ == "prep" and p.lower_ in ("between", "among")] if copula else []
    return actors_of([o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                      and p.i > noun.i for o in p.children if o.dep_ == "pobj"]
                     + [o for p in between for o in p.children if o.dep_ == "pobj"], table) + presiding(noun, table)


def kept_from(token: Token, table: ActorTable) -> list[str]:
    """"barred X from entering Y", "prevented X from meeting Y": X would have acted, not the one who bars."""
    if token.dep_ != "pcomp" or token.head.lower_ != "from" or token.head.head.pos_ != "VERB":
        return []
    return actors_of([c for c in token.head.head.children if c.dep_ == "dobj"], table)


def plural_meetings(noun: Token, withs: list[str]) -> list[list[str]]:
    """"After a day of meetings with A, B and C": a count noun in the plural with several partners is a
    meeting with each of them, not one among them all ("talks", plural only, tells nothing)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in words("count_meeting_noun") or len(withs) < 2:
        return []
    return [[a] for a in withs]


def stranded_object(verb: Token, table: ActorTable, found: list[str]) -> list[str]:
    """"ready to meet Afghan Foreign Minister X face to face": the parser made the person right after a
    meeting verb the subject of a misread word; with no other partner found, the person the verb's own
    object position holds (the next words, no comma between) is its object."""
    if found or verb.lemma_.lower() != "meet" or any(c.dep_ in ("dobj", "prep") for c in verb.children):
        return []
    j = verb.i + 1
    while j < len(verb.doc) and verb.doc[j].pos_ in ("ADJ", "PROPN") and _not_a_person(table.actor_at(j), table):
        j += 1  # "Afghan Foreign Minister X": the demonym and title words before the name
    aid = table.actor_at(j) if j < len(verb.doc) else None
    return [aid] if aid is not None and table.by_id[aid].kind == "person" else []


def _not_a_person(aid: str | None, table: ActorTable) -> bool:
    return aid is None or table.by_id[aid].kind != "person"


def on_the_margins(verb: Token) -> bool:
    """"Talked with X on the sidelines of the summit": at a gathering's edge, so in person."""
    return any(o.lower_ in words("margin_noun") for p in verb.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj")


def inviters(verb: Token, table: ActorTable) -> list[str]:
    """"declined an invitation from X to meet in Davos", "accepted an offer by X to hold talks": who invites is the
    one to meet (``invitation_noun``), a person or a state."""
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in words("invitation_noun"):
        return []
    return [a for a in actors_of(prep_objects(verb.head, "from", "by"), table) if table.by_id[a].kind in ("person", "country")]


def involved(noun: Token, table: ActorTable) -> list[str]:
    """"The talks, involving China, Japan and Russia, …", "the negotiations, which involve A and B": the parties a
    meeting noun's own "involve"/"include" clause lists (not "a deal involving arms": only a meeting noun has one)."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("involve", "include")]
    return actors_of([o for v in verbs for o in v.children if o.dep_ == "dobj"], table)


def briefers(verb: Token, table: ActorTable) -> list[str]:
    """"the council will meet next week to hear a briefing from X", "met to be briefed by X": whoever the
    meeting is held to hear takes part in it."""
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)]
    found: list[str] = []
    for p in purposes:
        if p.lemma_.lower() == "hear":
            heard = [p] + [o for o in p.children if o.dep_ == "dobj"]
            found += [a for h in heard for a in actors_of(prep_objects(h, "from"), table) if a not in found]
        elif p.lemma_.lower() == "brief" and any(c.dep_ == "auxpass" for c in p.children):
            found += [a for a in actors_of(agent_objects(p), table) if a not in found]
    return found


PARTNER_PRONOUNS = frozenset({"them", "him", "her"})


def unknown_partner(verb: Token, table: ActorTable) -> bool:
    """"A and B will meet with them", "A and B met him": a partner the verb names by a pronoun no actor stands
    for; the subjects met that unknown partner, not each other."""
    objs = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, "with")
    return any(o.lower_ in PARTNER_PRONOUNS and table.actor_for(o) is None for o in objs)
