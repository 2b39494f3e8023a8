"""The parties a noun trigger's governing verb adds ("X held talks with Y", "the summit was attended by A and
B", "invited Y to Caracas for talks with Z"). Read by interaction_frames for a noun that is the verb's object,
subject or "for/at/during" phrase."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .nlp import agent_objects
from .participants import OBJ_DEPS, actors_of, subjects_of, with_objects
from .sub_bodies import own_sittings
from .triggers import words
from .verb_partners import presiding


def _invited(subj: list[str], objects: list[Token], table: ActorTable, withs: list[str]) -> list[str]:
    """"X invited Y to Caracas for talks with Z": Y and Z are the parties, not X; "X invited Y to Washington for
    talks" (no partner named): X, the host, and Y."""
    invitees = [a for a in actors_of(objects, table) if a not in withs]
    if not invitees:
        return subj
    return invitees if withs else subj + [a for a in invitees if a not in subj]


def _deals(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words("agreement_noun")]


def verb_parties(token: Token, head: Token, table: ActorTable, withs: list[str]) -> tuple[list[str], list[str]]:
    """The parties the governing verb adds: its subjects (the agents of a passive: "the summit was
    attended by A and B"), the objects of "host/join/attend" and of an inviting verb, the addressee of
    "told X in a call"."""
    apart = own_sittings(token, table)  # "the IMF and World Bank meetings opened": each body's own
    subj = [a for a in subjects_of(head, table) if a not in apart]
    verb = head.lemma_.lower()
    objects = [c for c in head.children if c.dep_ in OBJ_DEPS and c != token]
    if token.dep_ == "nsubjpass" or not subj and any(c.dep_ == "auxpass" for c in head.children):
        subj = actors_of(agent_objects(head), table) + subj  # "was signed by A and B after talks with C": A, B
    if verb == "say" or verb in words("report_verb"):  # "told Trump in a call", "at the talks, asked Y for …"
        withs = withs + [a for a in actors_of(objects, table) if a not in withs]
    if verb in ("join", "host", "attend"):
        subj = subj + actors_of(objects, table)
    if verb in words("inviting_verb") and token.dep_ == "pobj":  # "invited Y to Caracas for talks (with Z)"
        subj = _invited(subj, objects, table, withs)
    if token.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "convene a meeting … with Iran and Russia",
        # "a summit will take place between Washington and Pyongyang": "with" hung on the verb
        withs = withs + [a for a in with_objects(head, table) + presiding(head, table) if a not in withs]
    if token.dep_ == "pobj" and token.head.lower_ in ("after", "following"):  # "reached agreement with X after
        # two days of negotiations": the talks that led to the agreement were held with its other party
        deals = _deals(head)
        owner = head.head.head if head.dep_ == "pcomp" else head.head if head.dep_ in ("acl", "advcl", "xcomp") else None
        if owner is not None:  # "reached agreement with X to reschedule (on rescheduling) the debt after talks"
            deals += [owner] if owner.lemma_.lower() in words("agreement_noun") else _deals(owner)
        withs = withs + [a for d in [head, *deals] for a in with_objects(d, table, preps=("with",))
                         if a not in withs and a not in subj]
    return subj, withs
