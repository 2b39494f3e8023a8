"""Who speaks: the speaker of a cue verb, chosen by ranking candidate mentions.

1. The subject of the cue. Its appositive person first ("the deputy minister for …, X,
   told"); a title tied to a state is the person holding it ("Chile's ambassador said" is
   the ambassador named in the story, else Chile); a subject the table does not know is a
   name the NER missed ("Li said": a person, a known person when it is their surname) or
   a body named by a description ("the agency said").
2. With no subject of its own, the subject of the clause the cue hangs from ("X touched on
   …, saying"), climbing past subjects that name no actor.
3. Names right after or before the cue ("said lecturer X of Y University").

A country is a speaker only when it is the grammatical subject itself ("Venezuela said"),
never because it modifies or sits inside the subject ("Australian Strategic Policy
Institute", "Baidu, which launched …").
"""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import SUBJECT_DEPS, ActorTable
from .nlp import sentence_of, sentence_start_back
from .speaker_descriptions import (
    aged_person,
    body_referred_to,
    demonym_person,
    elided_subject,
    interrupted_subject,
    kind_of_named_body,
    latest_person,
    organ_voice,
    pair_of_people,
    party_member,
    state_voice_nouns,
)
from .speaker_groups import (
    document_author,
    last_group,
    one_of_them,
    people_word,
    sender,
    they_speaker,
)
from .speaker_names import capitalised_organ, missed_name, name_words, named_body, named_outlet, outlet_voice
from .speaker_phrases import _body_word_of, _described_body, _in_phrase, _named_at_edge
from .speaker_titles import title_holder
from .speaker_voices import (
    issuing_body,
    its_owner,
    last_speaking_thing,
    short_named_body,
    voice_owner,
    voice_pronoun,
)

CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "acl")  # a cue without a subject hangs from these
AFTER_DEPS = ("dobj", "npadvmod", "attr", "dep", "appos", "nsubj")  # "…,” said Joshua Pollack


def speaker_of(verb: Token, table: ActorTable, strict: bool = False) -> str | None:
    """The actor who speaks through the cue ``verb``; ``strict`` (a verb that frames a quote
    but is no speech verb) takes only subjects that name an actor themselves."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ == "quote" else []
    if objects:  # "the radio quoted him as saying": the one quoted speaks, never the one quoting
        return next((aid for c in objects if (aid := table.actor_for(c) or subject_actor(c, table))), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children):  # "he was accused of “…”": spoken about
        return _passive_agent(verb, table)
    levels = _subject_levels(verb)
    for subjects in levels:
        found = [aid for s in subjects
                 if (aid := (table.actor_for(s) or _appositive_person(s, table) or pair_of_people(s, table)
                             if strict else subject_actor(s, table)))]
        people = [aid for aid in found if table.by_id[aid].kind == "person"]
        if found and not people and subjects[0].i > verb.i:  # "said lecturer X of Y University"
            people = [aid for t in verb.doc[verb.i + 1:subjects[0].i] if (aid := table.actor_at(t.i))
                      and table.by_id[aid].kind == "person"]
        if people or found:  # two subjects (a parse error): the named person first
            return (people or found)[0]
    if not levels and not strict:
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in AFTER_DEPS]
        found = [aid for s in after if (aid := subject_actor(s, table))]
        people = [aid for aid in found if table.by_id[aid].kind == "person"]
        if people or found:
            return (people or found)[0]
        interrupted = interrupted_subject(verb)
        if interrupted is not None:
            return subject_actor(interrupted, table)
        return _loose_name(verb, table) or elided_subject(verb, table)
    return None


def _passive_agent(verb: Token, table: ActorTable) -> str | None:
    """The speaker of a passive cue is its agent ("was told by X"), never its subject;
    "X was quoted as saying" is the one case where the subject speaks."""
    if verb.lemma_ == "quote":
        return next((aid for c in verb.children if c.dep_ == "nsubjpass" and (aid := subject_actor(c, table))), None)
    for c in verb.children:
        if c.dep_ == "agent":
            return next((aid for p in c.children if p.dep_ == "pobj" and (aid := subject_actor(p, table))), None)
    return None


def _subject_levels(verb: Token) -> list[list[Token]]:
    """The subjects of the cue, then of each clause it hangs from (a participle such as
    "saying" also climbs out of the clause it is attached to by mistake; a past-tense verb coordinated under a
    modal it does not share climbs past the reported clause: "told X that Japan would … and urged …")."""
    levels = []
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            levels.append(subj)
        elif levels:
            break
        climbs = v.dep_ in CLIMB_DEPS or (v.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.i != v.i)
        if v.head.i == v.i or not climbs or (subj and verb.tag_ != "VBG"):
            break
        if not subj and _past_after_modal(v) and v.head.dep_ == "ccomp":
            v = v.head.head  # "told X that Japan would continue … and urged lenders …": the teller urged
            continue
        v = v.head
    return levels


def _past_after_modal(v: Token) -> bool:
    """A past-tense verb of its own coordinated with a verb under a modal ("would continue … and urged"): the
    modal does not reach it, so it is no second predicate of the modal's clause but one of the clause above."""
    return v.dep_ == "conj" and v.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
        and any(c.tag_ == "MD" for c in v.head.children)


def subject_actor(s: Token, table: ActorTable) -> str | None:
    """The actor a subject (or inverted subject) token stands for."""
    aid = _appositive_person(s, table) or _appositive_body(s, table)
    if aid:
        return aid
    if s.lower_ in ("who", "which", "that") and s.head.dep_ == "relcl":  # "X, who said …"
        s = s.head.head
    if s.pos_ == "PROPN" and table.actor_at(s.i) is None:  # "the Kenyan Defence Forces said", "Tass said"
        organ = outlet_voice(s, table) or capitalised_organ(name_words(s), table)
        if organ is not None:
            return organ
    aid = kind_of_named_body(s, table) or table.actor_for(s)  # "the U.N. food agency": the body just named
    if aid and table.by_id[aid].kind == "country":
        return organ_voice(s, aid, table) or _country_subject(s, aid, table)
    if aid:
        return aid
    if s.lower_ in ("it", "he", "she"):  # "…,” it said: the body, state or document that spoke last; "he"
        # after "a Treasury spokesman said": the spokesman's body (a person's "he" is read by references.py)
        return last_speaking_thing(table, s.i, subject_actor) if s.lower_ == "it" else voice_pronoun(
            s, table, subject_actor)
    if (aid := pair_of_people(s, table) or aged_person(s, table)) is not None:  # "both leaders", "the 71-year-old"
        return aid
    if s.lower_ in ("one", "another") and s.pos_ in ("NUM", "PRON", "DET"):  # "“…,” one said": one of them
        of = [p for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return subject_actor(of[0], table) if of and of[0].lower_ != "them" else one_of_them(s, table, subject_actor)
    if s.lower_ == "they" or s.tag_ == "NNS" and any(c.lower_ == "the" for c in s.children):
        aid = _plural_subject(s, table)
        if aid is not None or s.lower_ == "they":
            return aid
    if s.pos_ == "PROPN" or party_member(s, table):
        return _proper_subject(s, table)
    aid = named_outlet(s, table) or _in_phrase(s, table) or _titled_conj(s, table) \
        or _body_noun_in_phrase(s, table)  # "a spokesman for the ministry", "… for the agency"
    if aid:
        return aid
    if s.pos_ == "NOUN":  # "a statement posted by X said", "the agency said", "said the spokesperson"
        return its_owner(s, table) or document_author(s, table, lambda words: named_body(words, table)) \
            or _described_body(s, table) or _body_word_of(s, table) or _earlier_namesake(s, table) \
            or body_referred_to(s, table) or _earlier_voice(s, table) or voice_owner(s, table) \
            or issuing_body(s, table, subject_actor)
    return None


def _country_subject(s: Token, aid: str, table: ActorTable) -> str:
    """A subject that names a state: the holder of a title of it ("North Korea's envoy": the envoy
    named here), a person of it named by a demonym noun ("the Frenchman said"), else the state."""
    if table.actor_at(s.i) != aid:
        return title_holder(s, aid, table) or aid
    return demonym_person(s, table) or aid


def _proper_subject(s: Token, table: ActorTable) -> str | None:
    """A name subject the table does not know, or a party member described ("“…,” the Texas Democrat
    said": the person just named)."""
    if party_member(s, table):
        return latest_person(s, table)
    return _named_at_edge(s, table) or missed_name(s, table) or body_referred_to(s, table)  # "the bloc"


def _appositive_person(s: Token, table: ActorTable) -> str | None:
    """"The deputy minister for culture, Zia Haq, told media": the person beside the subject, or
    beside the object of its "of" phrase, where the parser hangs it ("The head of the commission,
    X, was blunt")."""
    nouns = [s] + [p for prep in s.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj"]
    for c in (c for n in nouns for c in n.children):
        aid = table.actor_at(c.i) if c.dep_ == "appos" else None
        if aid and table.by_id[aid].kind == "person":
            return aid
    return None


def _appositive_body(s: Token, table: ActorTable) -> str | None:
    """"The company, Norvik Energy, said": the body named beside a common noun subject."""
    if s.pos_ != "NOUN":
        return None
    return next((aid for c in s.children if c.dep_ == "appos" and (aid := table.actor_at(c.i) or outlet_voice(c, table))
                 and table.by_id[aid].kind == "organization"), None)  # "the Soviet news agency Tass said"


def _body_noun_in_phrase(s: Token, table: ActorTable) -> str | None:
    """"The WFP says …. “…,” a spokesperson for the agency said": the body a definite body noun in the voice's
    "for/of/at" phrase refers back to (body_referred_to)."""
    if s.lemma_.lower() not in state_voice_nouns():
        return None
    return next((aid for p in s.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                 for o in p.children if o.dep_ == "pobj" and (aid := body_referred_to(o, table))), None)


def _earlier_voice(s: Token, table: ActorTable) -> str | None:
    """"Citicorp will not join …, a spokesman for the bank said. “…,” the spokesman told Reuters": a definite
    voice noun is the body the last such voice before it spoke for, in its own phrase."""
    if s.lemma_.lower() not in state_voice_nouns() or not any(c.dep_ == "det" and c.lower_ == "the" for c in s.children):
        return None
    earlier = [t for t in table.doc[max(0, s.i - 120):s.i] if t.lemma_ == s.lemma_ and t.pos_ == "NOUN"
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
    return (_in_phrase(earlier[-1], table) or _body_noun_in_phrase(earlier[-1], table)) if earlier else None


def _titled_conj(s: Token, table: ActorTable) -> str | None:
    """"said social worker and activist X": a bare title (no article) the parser coordinated with
    the name it describes."""
    if s.pos_ != "NOUN" or s.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in s.children):
        return None
    for c in s.children:
        aid = table.actor_at(c.i) if c.dep_ == "conj" and c.pos_ == "PROPN" else None
        if aid and table.by_id[aid].kind == "person":
            return aid
    return None


def _plural_subject(s: Token, table: ActorTable) -> str | None:
    """"…,” they said: the named group, the body or state last acting, or a group the story does
    not name, whichever is nearest; "the senators wrote": the first of the people just named together."""
    if s.lower_ != "they":
        group = last_group(table, s.i)
        return group[1] if group is not None and people_word(s, table) else None
    return they_speaker(s, table, subject_actor)


def _earlier_namesake(noun: Token, table: ActorTable) -> str | None:
    """The actor an earlier use of the same noun stands for; "the letter said" after "X and Y
    sent a letter" / "in a letter, X said": the one who sent or spoke through it."""
    lo = sentence_start_back(noun, 1)
    kinds = _kind_words(noun)
    for t in reversed(list(table.doc[:noun.i])):
        if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN" and kinds <= _kind_words(t):  # "Japanese officials …
            # European monetary officials said": another kind of official is no namesake
            voice = t.lemma_.lower() in state_voice_nouns() and (t.tag_ == "NN" or noun.tag_ == t.tag_ == "NNS")
            aid = table.actor_for(t) or _body_in_phrase(t, table) or (_in_phrase(t, table) if voice else None) \
                or short_named_body(t, table)  # "Commission sources said …. “…,” the sources said"
            if aid:  # "The White House aide said …. “…,” the aide added": the state the aide spoke for
                return aid
            who = sender(t, table, subject_actor) or document_author(t, table, lambda words: named_body(words, table)) \
                if t.i >= lo else None  # "A communique issued by the council …. “…,” the communique said"
            if who is not None:
                return who
    return None


def _kind_words(noun: Token) -> set[str]:
    """The words that say what kind of thing the noun is ("European monetary" officials)."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i}


def _body_in_phrase(noun: Token, table: ActorTable) -> str | None:
    """"A Foreign Ministry statement", "the agency's statement": the body whose name modifies it."""
    for c in noun.children:
        aid = table.actor_at(c.i) if c.dep_ in ("compound", "poss") else None
        if aid and table.by_id[aid].kind == "organization":
            return aid
    return None


def _loose_name(verb: Token, table: ActorTable) -> str | None:
    """The name the parser left loose: "…,” said Soli Ozel of …" / "…,” Rep. X, told VOA"."""
    doc = verb.doc
    after = doc[verb.i + 1:min(verb.i + 4, len(doc))]
    before = reversed(list(doc[max(verb.i - 8, sentence_of(verb).start):verb.i]))
    for t in [*after, *before]:
        aid = table.actor_at(t.i)
        if aid and table.by_id[aid].kind == "person":
            return aid
    return None
