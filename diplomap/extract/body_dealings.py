"""Who deals with a body, or with another party, at a gathering the sentence does not name by its parties.

Wire copy about one body tells its sittings without naming the body again: "PARIS - The Paris Club agreed
to reschedule A's and B's debts. At meetings here this week, both countries were accorded terms …", "The
Asian Development Bank will not … Vietnam, which complained at last year's meeting that …", "Taiwan had
been invited to the bank's annual meeting". A gathering with no party or name of its own is a body's
sitting when the body's own common noun owns it ("the bank's meeting": the first body the story named
whose name ends in "bank"; "the bloc's summit": the latest body named, body_nouns.txt), or when it is held
"here" (under the dateline) or is a year's or a day's ("last year's meeting") in a story whose lead is
about a body (the subject of its first sentence): whoever acts at it meets that body (GUIDELINES: a summit
is one entry with every named participant). A gathering's event found already takes the body only when
held "here" or owned by its noun ("today's meeting" of two states told before stays theirs).

The parties acting at a gathering are read from the sentence's roles: the subject of a verb whose "at" or
"during" phrase the gathering is (``gatherings.own_parties``), the one invited to it ("Taiwan had been
invited to the meeting": proposed, modality.csv), the owner of a boycott of it ("a Taiwanese boycott of
the meeting": negated), the speaker of a statement to it ("in a statement to the conference he said"), the
people a verb acted at it addresses ("At meetings here, Bank of England officials pressed their Japanese
counterparts to change rules": an object the verb asks or tells something by an infinitive or a clause;
"discussed Iran at the meeting" names no one present, "urged Russia to withdraw" appeals to a state by its
name), the recipient of the body's act at its sitting, and two or more co-subjects at an unnamed one ("A
and B agreed on a loan at talks in Lagos").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .events import Event
from .gatherings import TIME_PREPS, gathering_lemmas, is_gathering, own_parties
from .mentions import ActorTable
from .participants import actors_of, subjects_of
from .triggers import Triggers, words

PRESENCE_PREPS = ("at", "during")
ADDRESS_DEPS = ("xcomp", "ccomp")  # "pressed Y to change", "told Y that": Y is addressed
OWN_PREPS = ("of", "with", "between", "among")  # "the meeting of A", "talks with B": parties of its own
NAME_DEPS = ("compound", "nmod", "amod")
NAME_LABELS = ("ORG", "NORP", "EVENT", "GPE", "FAC")
PARTY_KINDS = ("person", "country")


def lead_body(doc: Doc, table: ActorTable) -> str | None:
    """The organisation the story's first sentence is about: the subject of its main verb, or of the clause
    it reports ("The Bank will not change its decision, its president said"); a wire dateline, "PARIS,
    June 19 -", may stand as a sentence of its own before it."""
    first = next((s for s in doc.sents if s.root.pos_ in ("VERB", "AUX")), None)
    if first is None:
        return None
    clauses = [c for c in first.root.children if c.dep_ == "ccomp"] + [first.root]
    for t in [s for v in clauses for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]:
        aid = table.actor_for(t)
        if aid is not None and table.by_id[aid].kind == "organization":
            return aid
    return None


def _own_name(noun: Token, table: ActorTable) -> bool:
    """"the OPEC meeting", "the meeting of the ministers", "talks with B", "the ADB's meeting": named by itself."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in OWN_PREPS:
            return True
        if c.dep_ in NAME_DEPS and any(t.ent_type_ in NAME_LABELS or table.actor_for(t) is not None
                                       for t in c.subtree):  # "the GATT ministerial conference"
            return True
        if c.dep_ == "poss" and c.ent_type_ != "DATE" and table.actor_for(c) is not None:
            return True
    return False


def _noun_body(word: Token, table: ActorTable) -> str | None:
    """"the bank's meeting", "told the Bank's closing session" after "the Inter-American Development Bank": the
    body the story named first whose name ends in this common noun (wire copy calls its body so); a noun of
    body_nouns.txt ("the bloc's summit") is the latest body named before it."""
    if word.pos_ not in ("NOUN", "PROPN") or table.actor_for(word) is not None:
        return None
    lemma = word.lemma_.lower()
    if table.kb is not None and lemma in table.kb.body_nouns:  # "the bloc's summit": the latest body named
        return table.body_before(word.i)
    before = [table.by_id[m.actor_id] for m in sorted(table.mentions, key=lambda m: m.start) if m.start < word.i]
    bodies = [a for a in before if a.kind == "organization"]
    return next((a.id for a in bodies if a.name.lower().split()[-1:] == [lemma]), None)


def _sitting(noun: Token, body: str | None, table: ActorTable, dated: bool = True) -> str | None:
    """The body whose sitting this is: the body's own by its common noun ("the bank's annual meeting"), else
    the story's body (``body``) when the sitting is held "here" or (``dated``) is a year's or a day's."""
    for c in noun.children:
        if c.dep_ == "poss" and (own := _noun_body(c, table)) is not None:
            return own
    for c in noun.children:
        if c.dep_ == "advmod" and c.lower_ == "here" or dated and c.dep_ == "poss" and c.ent_type_ == "DATE":
            return body
    return None


def _invited(noun: Token, table: ActorTable) -> list[str]:
    """"Taiwan had been invited to the meeting", "X invited Taiwan to the meeting": the invitee."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lemma_.lower() != "invite":
        return []
    verb = noun.head.head
    return actors_of([c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")], table)


def _boycotters(noun: Token, table: ActorTable) -> list[str]:
    """"a Taiwanese boycott of the meeting", "Iran's boycott of the talks": who stays away (negated)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() != "boycott":
        return []
    return actors_of([c for c in noun.head.head.children if c.dep_ in ("amod", "poss", "compound")], table)


def _speaker(noun: Token, table: ActorTable) -> list[str]:
    """"In a statement to the GATT conference he said": the speaker addresses the gathering."""
    act = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    if act is None or act.pos_ != "NOUN" or act.lemma_.lower() not in words("address_noun"):
        return []
    verb = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "in" else None
    return subjects_of(verb, table) if verb is not None and verb.pos_ == "VERB" else []


def _acting_verb(noun: Token) -> Token | None:
    """The verb whose "at"/"during" phrase the gathering is, also through the object it hangs on ("agreed on
    a loan at talks in Lagos", "signed a pact during the talks")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in PRESENCE_PREPS:
        return None
    head = noun.head.head
    for _ in range(2):
        if head.pos_ != "NOUN" or head.dep_ not in ("dobj", "pobj"):
            break
        head = head.head.head if head.dep_ == "pobj" else head.head
    return head if head.pos_ == "VERB" else None


def _dealers(noun: Token, named: bool, sitting: bool, table: ActorTable) -> list[str]:
    """"At meetings here, A pressed their Japanese counterparts to change rules", "At the talks, A told B that":
    A and the people it addresses there (a person, or a people noun: "counterparts", "officials"; not a state
    or body by its name, "urged Russia to withdraw", often an appeal to one away); at the body's sitting, the
    recipient of its act ("the Club granted Egypt new terms at meetings here"); "A and B agreed on a loan at
    talks in Lagos": the doers of any kind, at a gathering with no name of its own."""
    verb = _acting_verb(noun)
    if verb is None:
        return []
    asks = any(c.dep_ in ADDRESS_DEPS for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dative" and sitting or c.dep_ == "dobj" and asks]
    addressed = [a for c in objects for a in actors_of([c], table)
                 if c.dep_ == "dative" or c.pos_ == "NOUN" or table.by_id[a].kind == "person"]
    doers = subjects_of(verb, table)
    if not addressed:
        return doers if not named and len(doers) >= 2 else []  # an unnamed gathering's own parties
    return [*doers, *[a for a in addressed if a not in doers]] if doers else []


def _done_to(noun: Token, table: ActorTable) -> list[str]:
    """"At meetings here, both countries were accorded terms": at the body's sitting, what the body
    does to a passive subject (the body's decision about a state at its meetings) is dealt with it there."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in PRESENCE_PREPS:
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [a for a in subjects_of(verb, table) if table.by_id[a].kind in PARTY_KINDS]


def _timed(noun: Token) -> bool:
    """"before the meeting": a gathering named to date another thing."""
    return noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS


def body_dealings(events: list[Event], gathered: dict[int, Event], doc: Doc, table: ActorTable,
                  triggers: Triggers) -> list[Event]:
    """New meetings at gatherings no other rule gave two parties; a gathering's event already found that is
    a sitting of the story's body with no body in it takes the body in, and an event of the same noun with
    fewer of the parties gives way (both in place)."""
    body = lead_body(doc, table)
    found: list[Event] = []
    for noun in with_lemmas(doc, gathering_lemmas(triggers)):
        if not is_gathering(noun, triggers) or _timed(noun):
            continue
        named = _own_name(noun, table)
        sitting = None if named else _sitting(noun, body, table)
        ev = gathered.get(noun.i)
        if ev is None:
            found += _dealing(noun, named, sitting, table, triggers, events)
        elif (held := None if named else _sitting(noun, body, table, dated=False)) is not None and \
                held not in ev.actors and all(table.by_id[a].kind != "organization" for a in ev.actors):
            ev.actors.append(held)  # not "today's meeting" of two states the story told before
    events[:] = [e for e in events if not any(e.trigger.i == f.trigger.i and set(e.actors) < set(f.actors)
                                              for f in found)]  # "both countries": now with the body they met
    return found


def _dealing(noun: Token, named: bool, sitting: str | None, table: ActorTable, triggers: Triggers,
             events: list[Event]) -> list[Event]:
    """The meeting one mention of a gathering tells by the roles around it (none, or one event)."""
    own = [a for a in own_parties(noun, table, triggers) if named or table.by_id[a].kind in PARTY_KINDS]
    extra = _invited(noun, table) + _boycotters(noun, table) + _speaker(noun, table)
    extra += _dealers(noun, named, sitting is not None, table)
    parties = own + extra
    if sitting is not None and sitting not in parties:
        parties += _done_to(noun, table) + [sitting]
    parties = [a for i, a in enumerate(parties) if a not in parties[:i]]
    if len(parties) < 2 or not (extra or sitting) or _has_event(noun, parties, events):
        return []
    status = "negated" if _boycotters(noun, table) else "proposed" if _invited(noun, table) else None
    return [Event(triggers.nouns[noun.lemma_.lower()], noun, parties, parties[0], parties[1], status=status)]


def _has_event(noun: Token, parties: list[str], events: list[Event]) -> bool:
    """An event of this noun already holding these parties."""
    return any(e.trigger.i == noun.i and set(parties) <= set(e.actors) for e in events)
