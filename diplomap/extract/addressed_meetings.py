"""Who speaks to or at a meeting told just before takes part in it: "A met B on Monday. C told the meeting
…", "C said at the talks …", "C, a senator, said after the meeting …", "C said on entering the meeting".

News names a meeting once with its parties and then quotes another delegate "at", "to" or "after" it with
a bare definite noun ("the meeting", "that session", "today's talks") that names no party of its own. That
delegate joins the meeting the noun points back to — the one told last before it, in its sentence or the
two before (``attendance_sequels.join_told_before``) — instead of being left alone with a one-party
gathering (GUIDELINES: a meeting is ONE entry listing every named participant). Who counts as speaking
there is the gathering's own reading (``gatherings.own_parties``: the subject of an attendance verb — told,
addressed, said at, entered — and an office holder speaking right after it); one who stays away ("will
boycott the meeting") and a meeting named only to date something ("before the talks") join nothing.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .attendance_sequels import Mention, join_told_before, meeting_mentions
from .doc_index import with_lemmas
from .events import Event
from .gatherings import TIME_PREPS, gathering_lemmas, is_gathering, own_parties, refers_back
from .interaction_status import governors, status_of
from .mentions import ActorTable
from .triggers import Triggers

OWN_PARTY_PREPS = frozenset({"of", "with", "between", "among"})  # "the meeting of the ministers": its own
JOINER_KINDS = ("person", "country")


def join_addressers(events: list[Event], gathered: dict[int, Event], doc: Doc, table: ActorTable,
                    triggers: Triggers) -> None:
    """Add each delegate heard at a bare "the meeting" to the meeting told last before it."""
    mentions: list[Mention] | None = None
    for noun in with_lemmas(doc, gathering_lemmas(triggers)):  # _bare_back_reference: a gathering
        if noun.i in gathered or not _bare_back_reference(noun, triggers) or _own_event(noun, events):
            continue
        joiners = [a for a in own_parties(noun, table, triggers) if table.by_id[a].kind in JOINER_KINDS]
        if not joiners or status_of(noun, governors(noun), triggers) == "negated":
            continue
        mentions = meeting_mentions(events, gathered, doc, triggers) if mentions is None else mentions
        mentions, target = join_told_before(noun, joiners, mentions, events, table, triggers)
        if target is not None:  # a later "the meeting" is this one too, not the one-party frame of this noun
            mentions = [(j, n, target if j == noun.i else e) for j, n, e in mentions]


def _bare_back_reference(noun: Token, triggers: Triggers) -> bool:
    """"the meeting", "today's talks": a gathering named before, with no party or body of its own and not
    named to date another thing ("ahead of the meeting")."""
    if not is_gathering(noun, triggers) or not refers_back(noun):
        return False
    if any(c.dep_ == "prep" and c.lower_ in OWN_PARTY_PREPS for c in noun.children):
        return False
    if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.children):
        return False  # "the OPEC meeting", "the Venice summit": a named one, read by gatherings
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is None or prep.lower_ not in TIME_PREPS


def _own_event(noun: Token, events: list[Event]) -> bool:
    """The noun's own frame already found two parties ("the talks with B")."""
    return any(e.trigger.i == noun.i and len(set(e.actors)) >= 2 for e in events)
