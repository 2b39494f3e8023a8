"""Phone calls told through what was said in them, often from one side only:

- "X called Y to congratulate her", "X phoned to congratulate Y": a call verb whose purpose infinitive
  (``call_purpose_verb``: congratulate, thank, discuss …) names the one called;
- "X congratulated Y by telephone", "warned Y over the phone": a speech act with its own phone phrase;
- "Y said X said in a telephone conversation that …": a call reported by the one who took it (the
  reporting speaker is the other side; not "said in a phone call with reporters": a partner of its own);
- "called a meeting of the council to discuss Iran": convening, no phone call (``not_phoned``)."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge_parts import speech_verbs
from .mentions import ActorTable
from .participants import OBJ_DEPS, actors_of, subjects_of
from .triggers import load_triggers, words

PURPOSE_DEPS = ("xcomp", "advcl")
SPEECH_LEMMAS = frozenset(speech_verbs())


def purpose_callees(verb: Token, table: ActorTable) -> list[str]:
    """"called Y to congratulate her", "phoned to congratulate Y": whom the purpose addresses."""
    if load_triggers().verbs.get(verb.lemma_.lower()) != "call":  # call, phone, telephone
        return []
    found: list[str] = []
    for c in verb.children:
        if c.dep_ in PURPOSE_DEPS and c.lemma_.lower() in words("call_purpose_verb") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            found += [a for a in actors_of([o for o in c.children if o.dep_ in OBJ_DEPS], table) if a not in found]
    return found


def is_purpose_call(verb: Token) -> bool:
    """"called Y to congratulate her": a phone call, not "called on Y to" nor "called Y a dictator"."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ in PURPOSE_DEPS and c.lemma_.lower() in words("call_purpose_verb") for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in verb.children)


def not_phoned(verb: Token) -> bool:
    """"call" used for no phone call: "called for talks", "called on X to"; "called Putin a dictator" (naming);
    "called a private meeting of the council to discuss Iran", "called an emergency session" (convening a
    gathering: the light verb makes its callers attend it, and the purpose's object is no one called)."""
    if not is_purpose_call(verb) and any(  # "called Y to congratulate her" is a call
            c.dep_ in ("oprd", "xcomp", "ccomp", "dative") or (c.dep_ == "prep" and c.lower_ == "for") or (
                c.dep_ == "prep" and c.lower_ == "on" and not any(g.ent_type_ == "DATE" for g in c.children))
            for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    triggers = load_triggers()
    return any(g.dep_ in ("appos", "attr", "oprd") and g.pos_ == "NOUN" for o in objects for g in o.children) or any(
        o.pos_ == "NOUN" and (triggers.nouns.get(o.lemma_.lower(), "call") != "call"
                              or o.lemma_.lower() in words("assembly_word") or o.lemma_.lower() in words("phase_noun"))
        for o in objects)


def spoken_by_phone(verb: Token, table: ActorTable, phone: bool) -> bool:
    """"congratulated Y by telephone": a speech act to a named party with its own phone phrase."""
    return phone and verb.lemma_.lower() in words("call_purpose_verb") and bool(
        actors_of([c for c in verb.children if c.dep_ in OBJ_DEPS], table))


def reported_caller(noun: Token, table: ActorTable, parts: list[str]) -> list[str]:
    """"Y said X said in a telephone conversation that …": Y, the one X spoke to (a person)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []  # "said in a phone call with reporters": a partner of its own
    said = noun.head.head
    if said.pos_ != "VERB" or said.lemma_.lower() not in SPEECH_LEMMAS or said.dep_ != "ccomp":
        return []
    outer = said.head
    if outer.lemma_.lower() not in SPEECH_LEMMAS:
        return []
    return [a for a in subjects_of(outer, table) if table.by_id[a].kind == "person" and a not in parts][:1]


def by_phone(token: Token) -> bool:
    """"told X by phone", "said over the telephone": the verb's own phrase names a call."""
    return any(p.dep_ == "prep" and p.lower_ in ("by", "over", "on") and
               any(c.dep_ == "pobj" and c.lower_ in words("call_marker") for c in p.children)
               for p in token.children)


def held_by_phone(verb: Token) -> bool:
    """"discussed trade by phone", "met … in a video call": a meeting verb whose own phrase names a call."""
    nouns = load_triggers().nouns
    return by_phone(verb) or any(c.dep_ == "pobj" and nouns.get(c.lemma_.lower()) == "call" for p in verb.children
                                 if p.dep_ == "prep" and p.lower_ in ("in", "during", "via", "over") for c in p.children)


def called_on_in_person(verb: Token, table: ActorTable) -> list[str]:
    """"X called on President Y at the palace": a visit to a person (a meeting), whom "on" names; not
    "called on Y to step down" nor "called on Y for restraint" (an appeal: a clause or "for" after it), nor
    "called on the rebels", "called on Israel" (a person is called on in person, a group or state appealed to)."""
    ons = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"]
    particle = [c for c in ons if not any(p.dep_ == "pobj" for p in c.children)]  # "call on" + dobj
    if verb.lemma_.lower() != "call" or not ons or any(
            c.dep_ in ("xcomp", "ccomp", "advcl", "oprd") or (c.dep_ == "dobj" and not particle)
            or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return []
    objects = [p for c in ons for p in c.children if p.dep_ == "pobj"]
    objects += [c for c in verb.children if c.dep_ == "dobj" and particle and particle[0].i < c.i]
    hosts = actors_of(objects, table)
    if not hosts or any(table.by_id[a].kind != "person" for a in hosts):
        return []
    if any(t.tag_ == "TO" and t.i > verb.i for t in verb.subtree):
        return []  # "called on the minister, X, to resign", "… in a resolution to retaliate": however hung
    callers = subjects_of(verb, table)
    return hosts if callers and all(table.by_id[a].kind == "person" for a in callers) else []


def held_remotely(nouns: list[Token]) -> bool:
    """"held a video conference", "the virtual summit": a gathering named with a call marker is a call."""
    return any(words("call_marker") & {c.lower_ for c in n.children} for n in nouns)
