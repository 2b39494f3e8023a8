"""Interaction frames: the event a trigger word names, with its participants.

A verb trigger ("met", "phoned", "visited") takes its subjects, objects and "with" phrases; a noun trigger
("talks", "summit", "visit") takes its possessors and modifiers, its "with/between" phrases, the body its
"of" phrase names ("meetings of the IMF") and the subject of the light verb it is an argument of ("held talks").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import MEETING_TYPES
from .body_sittings import sitting_parties
from .call_reports import (
    by_phone,
    called_on_in_person,
    held_by_phone,
    held_remotely,
    not_phoned,
    purpose_callees,
    reported_caller,
    spoken_by_phone,
)
from .departures import is_departure
from .event_holders import held_by, lone_holder, reporting_speaker
from .event_modifiers import hyphen_pair, organisers
from .events import Event
from .guests import guests_of, received_from
from .interaction_status import governors, status_of
from .knowledge import Knowledge
from .meeting_partners import partner_groups, place_officials
from .meeting_places import names_a_city
from .mentions import ActorTable
from .nlp import agent_objects, governing_verb, second_object, sentence_of
from .participants import (
    OBJ_DEPS,
    WITH_PREPS,
    actors_of,
    known_body,
    subjects_of,
    with_objects,
)
from .sub_bodies import own_sittings, parent_body
from .triggers import Triggers, compound_lemma, done_without, words
from .trip_stops import with_aside
from .verb_parties import verb_parties
from .verb_partners import (
    addresses_a_body,
    briefers,
    direct_withs,
    gerund_subjects,
    inviters,
    involved,
    kept_from,
    margin_withs,
    on_the_margins,
    phrase_holder,
    plural_meetings,
    sibling_withs,
    spoken_to,
    stranded_object,
    unknown_partner,
    with_later,
)
from .visit_frames import verb_visit, visit_of
from .visit_hosts import named_owner


def split_calls(ev: Event) -> list[Event]:
    """"Sheinbaum and Trudeau told Trump in phone calls": a call each; "visit India and the Philippines": a visit to each."""
    others = [a for a in ev.actors if a not in ev.subjects]
    if len(ev.partners) > 1 and ev.subjects:  # "met A, then B": a meeting each
        return [Event(ev.type, ev.trigger, [*ev.subjects, *[a for a in g if a not in ev.subjects]], ev.source,
                      g[0], ev.location, ev.subjects) for g in ev.partners]
    if ev.type == "visit" and ev.subjects and len(others) > 1:
        return [Event(ev.type, ev.trigger, [*ev.subjects, d], ev.source, d, ev.location, ev.subjects)
                for d in others]
    if ev.type == "call" and len(ev.subjects) == 1 and len(others) > 1 and ev.trigger.pos_ != "NOUN" \
            and not _joint_call(ev.trigger):
        return [Event(ev.type, ev.trigger, [*ev.subjects, o], ev.source, o, ev.location, ev.subjects)
                for o in others]  # "spoke by telephone with A, B and C": a call each (not "in a three-way call")
    if ev.type != "call" or len(ev.subjects) < 2 or not others:
        return [ev]
    return [Event(ev.type, ev.trigger, [s, *others], s, others[0], ev.location, (s,)) for s in ev.subjects]


def _joint_call(trigger: Token) -> bool:
    """"… in a three-way video call", "a joint phone call": the sentence tells one call among all its partners."""
    text = sentence_of(trigger).text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words("joint_call_word"))


def tagged_as_verb(token: Token, lemma: str, triggers: Triggers) -> bool:
    """"(The) ceasefire talks between A and B resumed": a plural meeting noun the tagger read as a verb ("X
    talks"), though it stands as a subject or object and no verb trigger is spelt so; a noun in English."""
    return token.pos_ == "VERB" and token.tag_ == "VBZ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and lemma in triggers.nouns and lemma not in triggers.verbs


def trigger_kind(token: Token, table: ActorTable, triggers: Triggers) -> str | None:
    """The interaction type a word names here, or None: "met", "sat down with", "talks", "phoned"."""
    lemma = trigger_lemma(token, triggers)
    if token.pos_ in ("NOUN", "PROPN") or tagged_as_verb(token, lemma, triggers):
        return triggers.nouns.get(lemma)
    if token.pos_ not in ("VERB", "AUX"):
        return None
    for c in [*token.children, *(g for p in token.children if p.dep_ == "prep" for g in p.children)]:
        # phrasal: "sat down with", "brought together", "exchanged views with"; "brought A together in Accra"
        if c.dep_ in ("prt", "advmod", "dobj") and f"{lemma} {c.lower_}" in triggers.verbs:
            return triggers.verbs[f"{lemma} {c.lower_}"]
    if lemma in ("speak", "talk") and (with_objects(token, table, preps=("with",)) or spoken_to(token, table) or
                                       any(c.lower_ in words("call_marker") for c in token.subtree)):
        # "spoke with X", "has not spoken to X"; "talked with X on the sidelines of the summit": in person
        return "meet" if on_the_margins(token) else "call"
    if lemma in ("speak", "talk") and addresses_a_body(token, table):
        return "meet"  # "speaking to NATO and EU military brass gathered in Paris"
    if lemma in ("tell", "say", "assure") and by_phone(token):
        return "call"  # "Putin told Erdogan by phone that …"
    if spoken_by_phone(token, table, by_phone(token)):
        return "call"  # "congratulated Y by telephone"
    if triggers.has("gather_verb", lemma) and any(
            c.dep_ == "dobj" and not actors_of([c], table) for c in token.children):
        return None  # "gathered evidence": only "leaders gathered" or "gathered envoys from A and B"
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in words("fulfilled_noun")
                               for c in token.children):
        return None  # "to meet commitments", "meet its needs": satisfying, not meeting
    if is_departure(token, table):
        return "visit"  # "left for Tokyo"
    if called_on_in_person(token, table):
        return "meet"  # "called on President Y at the palace"
    kind = triggers.verbs.get(lemma)
    return "call" if kind in ("meet", "negotiate") and held_by_phone(token) else kind


def trigger_lemma(token: Token, triggers: Triggers) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and lemma not in triggers.nouns:  # "Talks between …" opening a wire story
        lemma = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
    return compound_lemma(token, lemma, triggers) if token.pos_ == "NOUN" else lemma


def event_for(token: Token, kind: str, table: ActorTable, kb: Knowledge, triggers: Triggers) -> Event | None:
    lemma = trigger_lemma(token, triggers)
    verb_like = token.pos_ == "NOUN" and (token.tag_.startswith("VB") or (
        token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.children)))  # "is expected visit India"
    if (token.pos_ in ("VERB", "AUX") or verb_like) and not tagged_as_verb(token, lemma, triggers):
        return _verb_event(token, kind, lemma, table, kb, triggers)
    return _noun_event(token, kind, lemma, table, kb, triggers)


def _verb_event(token: Token, kind: str, lemma: str, table: ActorTable, kb: Knowledge,
                triggers: Triggers) -> Event | None:
    if done_without(token, triggers):
        return None  # "acted without consulting its allies": a reproach, no consultation
    subj = kept_from(token, table) or subjects_of(token, table)
    agent = agent_objects(token)
    if agent:  # "was hosted by X"
        subj = actors_of(agent, table) + subj
    elif not subj and any(c.dep_ == "auxpass" for c in token.children):  # "it was discussed with X, A said"
        subj = reporting_speaker(token, table)
    if kind == "visit":
        return verb_visit(token, lemma, subj, table, kb)
    topic = lemma in words("topic_object_verb")  # "discussed Peru": a topic, not a party
    objs = actors_of([c for c in token.children if c.dep_ in OBJ_DEPS], table) if not topic and (
        kind != "call" or lemma != "call") else []
    withs = with_objects(token, table) + [  # "exchanged views with X": the phrase hangs on the object
        a for c in token.children if c.dep_ == "dobj" and (topic or f"{lemma} {c.lower_}" in triggers.verbs)
        for a in with_objects(c, table, preps=("with",) if topic else WITH_PREPS)]  # "discussed the loan with X"
    withs = withs + [a for a in margin_withs(token, table) + inviters(token, table) + briefers(token, table)
                     + stranded_object(token, table, objs + withs) if a not in withs]
    if lemma in words("taken_up_verb"):  # "raised it with X"; not "raised its budget along with X"
        withs = direct_withs(token, table)
        if not withs or any(c.dep_ == "advcl" and c.lemma_.lower() in triggers.verbs for c in token.children):
            return None  # "issues raised by the two sides"; "raise it with X when they meet": the meeting tells it
    if lemma in ("tell", "assure") and kind == "call":
        withs = withs + [a for a in actors_of([c for c in token.children if c.dep_ in OBJ_DEPS], table)
                         if a not in withs]
    if lemma in ("speak", "talk") and kind in ("meet", "call"):
        withs = withs + [a for a in with_objects(token, table, preps=("to",)) if a not in withs]
    if lemma == "call" and kind == "meet":
        withs = withs + [a for a in called_on_in_person(token, table) if a not in withs]
    if lemma == "call" and kind == "call":  # "called Putin", not "called for talks" or "called on X to"
        if not_phoned(token):
            return None  # "called for talks", "called Putin a dictator", "called a meeting of the council"
        objs = actors_of([c for c in token.children if c.dep_ in OBJ_DEPS], table)
    if kind == "call":  # "phoned to congratulate Y"
        objs = objs + [a for a in purpose_callees(token, table) if a not in objs + subj]
    objs, withs, groups = _partners(token, kind, topic, table, subj, objs, withs)
    parts = subj + [a for a in objs + withs if a not in subj]
    if not [a for a in objs + withs if a not in subj] and (kind not in MEETING_TYPES or unknown_partner(token, table)):
        return None  # a statement needs a target apart from its authors ("the two presidents backing …")
    return Event(kind, token, parts, subj[0] if subj else None, (objs + withs)[0] if objs + withs else None,
                 subjects=tuple(subj), partners=tuple(tuple(g) for g in groups))




def _partners(token: Token, kind: str, topic: bool, table: ActorTable, subj: list[str], objs: list[str],
              withs: list[str]) -> tuple[list[str], list[str], list[list[str]]]:
    """The verb's objects and "with" partners, and its partner groups when it tells several meetings
    ("met A, then B"; "met officials in Madrid and Rome"; "spoke by telephone with A and with B": a call each)."""
    if topic or kind not in (*MEETING_TYPES, "call"):
        return objs, withs, []  # "discussed Yemen in a call with X": Yemen is the topic
    if kind == "call":
        return objs, withs, partner_groups(token, table)
    groups = place_officials(token, table)
    objs = objs + [a for g in groups for a in g if a not in objs]
    withs, groups = with_later(token, table, subj + objs, withs, groups or partner_groups(token, table))
    return objs, withs, groups


def _addressed(anchor: Token, head: Token, triggers: Triggers) -> bool:
    """"told the meeting", "warned the session": the verb's subject attends (not "warned him the talks …")."""
    return anchor.dep_ == "dobj" and not second_object(anchor) and triggers.has("attendance_verb", head.lemma_.lower())


def _noun_trigger(token: Token, lemma: str, table: ActorTable, triggers: Triggers) -> Token | None:
    """The noun that carries the event's phrase, or None when the word names no interaction here."""
    if any(c.dep_ == "compound" and c.lower_ in words("not_event_modifier") for c in token.children) and not any(
            c.dep_ == "amod" and c.lower_ in words("shared_modifier") for c in token.children) and not any(
            table.by_id[a].kind == "person" for a in with_objects(token, table)):
        return None  # "a news conference": given to reporters ("a (joint) news conference with X": side by side)
    if any(c.dep_ == "det" and c.lower_ == "any" for c in token.children) and not (with_objects(
            token, table, preps=("with", "between")) and status_of(token, governors(token), triggers) == "negated"):
        return None  # "a force in any multilateral trade talks": talks in general ("ruled out any talks with X": X's)
    if lemma == "talk" and token.tag_ not in ("NNS", "NNPS") and token.lower_ != "talks" and not (
            token.dep_ == "pobj" and token.head.lower_ in ("for", "in", "during")):
        return None  # "a talk at a university" is a lecture; "return for talk on …" is not
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lemma_ not in (
            triggers.nouns):  # "a mediation effort between …": the head noun carries the phrase
        token = token.head
    if lemma in ("call", "phone") and not (
            held_remotely([token]) or with_objects(token, table)
            or lemma == "phone" or received_from(token, table)):  # "received a call from X"
        return None
    if lemma == "phone" and token.head.lemma_.lower() not in ("speak", "talk", "call", "conversation"):
        if not any(c.dep_ == "prep" for c in token.children):
            return None
    return token


def _owners(token: Token, table: ActorTable, kb: Knowledge, kind: str) -> list[str]:
    """The parties a noun's modifiers name: "Rubio's visit", "U.S.-Russia talks", "the Trump-Kim summit"."""
    mods = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod", "amod") and not parent_body(c, table)]
    if kind != "visit":  # "a Lima visit" still goes to Peru; "the G-7 Lima talks" keep the G-7
        mods = [m for c in mods for m in ([g for g in c.children if g.dep_ == "compound" and g.ent_type_ != c.ent_type_]
                                          if names_a_city(c, kb) else [c])]
    owners = [a for a in actors_of(mods, table)  # "Brexit negotiations", "Jeddah talks" name no party
              if table.by_id[a].kind in ("person", "country") or known_body(table, a, kb)]
    apart = own_sittings(token, table)  # "the IMF and World Bank meetings": each body's own
    owners = [a for a in owners if a not in apart]
    owners = owners + [a for a in organisers(token, table) if a not in owners]
    pair = hyphen_pair(token, table)
    if len(pair) >= 2:
        return pair
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):  # "A and B … at their summit"
        theirs = subjects_of(sentence_of(token).root, table)
        sides = {table.by_id[a].country for a in theirs} - {None}  # two sides, not one delegation
        owners = owners + [a for a in theirs if a not in owners] if len(sides) >= 2 else owners
    return owners


def _anchor(token: Token) -> Token:
    """The phrase a noun's event hangs on: "at the end of a visit", "after two days of talks",
    "on his return from a trip" hang on what governs the phase noun."""
    t = token
    for _ in range(2):
        prep = t.head
        if not (t.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("of", "from")):
            break
        if prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in words("phase_noun"):
            break
        t = prep.head
    return t


def _courtesy_call(token: Token, table: ActorTable) -> Event | None:
    """"X paid a courtesy call on Y": X went to see Y in person (a meeting, not a phone call)."""
    if token.lemma_.lower() != "call" or token.dep_ != "dobj" or token.head.lemma_.lower() not in words(
            "call_on_verb"):
        return None
    hosts = [a for a in with_objects(token, table, preps=("on",)) if table.by_id[a].kind == "person"]
    guests = [a for a in subjects_of(token.head, table) if a not in hosts]
    if not hosts or not guests:
        return None
    return Event("meet", token, guests + hosts, guests[0], hosts[0], subjects=tuple(guests))


def _noun_event(token: Token, kind: str, lemma: str, table: ActorTable, kb: Knowledge,
                triggers: Triggers) -> Event | None:
    if (courtesy := _courtesy_call(token, table)) is not None:
        return courtesy
    trigger = _noun_trigger(token, lemma, table, triggers)
    if trigger is None:
        return None
    token = trigger
    owners = _owners(token, table, kb, kind)
    withs, groups = with_later(token, table, [], with_objects(token, table) + sibling_withs(token, table) + margin_withs(
        token, table, margins_only=True) + involved(token, table), [])
    if kind == "meet" and triggers.has("guest_noun", lemma):  # "a warm welcome to X", "a dinner for X"
        withs = withs + [a for a in guests_of(token, table) if a not in withs]
    by = with_objects(token, table, preps=("by",)) or held_by(token, kind, table)
    if kind == "visit" and not by:  # "the visit of President X to Japan"
        by = [a for a in with_objects(token, table, preps=("of",)) if table.by_id[a].kind == "person"]
    parts = by + [a for a in owners if a not in by]
    parts = parts or gerund_subjects(token, table) or phrase_holder(token, table)  # "A, in a visit with B, said"
    anchor = _anchor(token)
    head, via_prep = governing_verb(anchor)
    if head != anchor and head.pos_ in ("VERB", "AUX") and anchor.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass",
                                                                           "attr") and not (anchor != token and parts):
        if (triggers.has("light_verb", head.lemma_.lower()) or via_prep in words("event_prep") or _addressed(
                anchor, head, triggers) or (kind == "visit" and with_aside(anchor))) \
                and not (kind == "visit" and (by or named_owner(token))):  # "briefed X on Y's visit": Y goes
            subj, withs = verb_parties(anchor, head, table, withs)
            parts = [a for a in subj if a not in parts] + parts
    if kind == "visit":
        hosts = [a for a in withs if table.by_id[a].kind == "person"]
        parts = [a for a in parts if a not in hosts]  # "thanked X during his visit": X is whom the visitor saw
        ev = visit_of(token, parts, table, kb)
        if ev is None and hosts and parts and not [a for a in owners if a not in hosts and a != parts[0]]:
            # "Trump told Starmer during the visit": they met (not "briefed X on Y's visit")
            return Event("meet", token, parts + hosts, parts[0], hosts[0], subjects=tuple(parts))
        return ev
    if kind == "call" or held_remotely([token]):
        kind = "call"  # "received a call from X": X called the one who received it
        withs = withs + [a for a in received_from(token, table) if a not in withs + parts]
    between = with_objects(token, table, preps=("between", "among"))
    if len(between) >= 2 and head.lemma_.lower() in words("arranging_verb"):
        parts = [a for a in owners if a not in between]  # "arranged a meeting between Zelensky and Trump"
    subjects = tuple(a for a in parts if a not in withs)
    parts = parts + [a for a in withs if a not in parts]
    if len(parts) == 1 and withs:
        parts = lone_holder(token, anchor, table, parts) + parts
    elif len(parts) == 1 and kind == "call":  # "Y said X said in a telephone conversation that …"
        withs = reported_caller(token, table, parts)
        parts = parts + withs
    parts, withs = sitting_parties(token, kind, table, kb, parts, withs)  # "went to Lima for meetings of the IMF"
    return _held_meeting(token, kind, parts, withs, subjects, groups, bool(between))


def _held_meeting(token: Token, kind: str, parts: list[str], withs: list[str], subjects: tuple[str, ...],
                  groups: list[list[str]], between: bool) -> Event | None:
    """The noun's meeting: with a plural count noun ("separate meetings with A and B") one per partner, and
    none when no one is named as holding them (the mission no one: A did not meet B)."""
    each = plural_meetings(token, withs)
    if each and not subjects and not between:
        return None
    partners = tuple(tuple(g) for g in groups or each) if subjects else ()
    return Event(kind, token, parts, parts[0] if parts else None, withs[0] if withs else None, subjects=subjects,
                 partners=partners)



