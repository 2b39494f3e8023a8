"""A meeting told once, then who chairs or attends it told after it, by a word that points back:
"China will convene a meeting with Iran and Russia. It will be chaired by X, and Y and Z are expected
to attend", "The summit opens on Monday. It will be chaired by X", "Iran's ambassador participated in
the meeting", "Bolivia's foreign minister will also attend". Whoever chairs, attends, joins or takes
part in "it", "the meeting" (the talks, the summit), or in nothing named (an elided object), joins the
meeting told last before, in the same sentence or the two before — the one event that meeting already
has (a verb's, a gathering's), or one made for a gathering no party was named in yet (GUIDELINES: a
summit is ONE entry listing every named participant)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .coordination import with_preps
from .doc_index import with_lemmas
from .events import Event
from .gatherings import BACK_DETS, gathering_lemmas, is_gathering, own_parties, refers_back
from .interaction_status import governors, status_of
from .mentions import ActorTable
from .nlp import all_agent_objects, prep_objects, sentence_start_back
from .participants import actors_of, subjects_of
from .triggers import Triggers, words

BACK_WORDS = frozenset({"it", "this", "that"})
PARTY_KINDS = ("person", "country", "organization")
MEETING_KINDS = ("meet", "negotiate")
Mention = tuple[int, Token, "Event | None"]  # where a meeting is told, its word, its event if it has one


def join_pointed_back(events: list[Event], gathered: dict[int, Event], doc: Doc, table: ActorTable,
                      triggers: Triggers) -> None:
    """Add the chair and attendees a later clause names to the meeting it points back to (a new event in
    ``events`` for a gathering that had none)."""
    mentions: list[Mention] | None = None
    for verb in with_lemmas(doc, words("joining_verb")):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("joining_verb") or not _points_back(verb, triggers):
            continue
        joiners = [a for a in _joiners(verb, table) if table.by_id[a].kind in PARTY_KINDS]
        if not joiners or status_of(verb, governors(verb), triggers) == "negated":
            continue  # "Taiwan refused to attend the meeting": it stays out (gatherings._apart)
        mentions = meeting_mentions(events, gathered, doc, triggers) if mentions is None else mentions
        mentions, _ = join_told_before(verb, joiners, mentions, events, table, triggers)


def join_told_before(at: Token, joiners: list[str], mentions: list[Mention], events: list[Event], table: ActorTable,
                     triggers: Triggers) -> tuple[list[Mention], Event | None]:
    """Add ``joiners`` to the meeting told last before ``at`` (its sentence or the two before), making the
    event of a gathering that had none (added to ``events``); the mentions, with that event, and the event."""
    lo = sentence_start_back(at, 2)
    before = [m for m in mentions if lo <= m[0] < at.i]
    if not before:
        return mentions, None
    i, noun, target = _told_last(before)
    if target is None:  # "The summit opens on Monday. It will be chaired by X": the gathering's own event
        target = Event(triggers.nouns[noun.lemma_.lower()], noun, own_parties(noun, table, triggers))
        events.append(target)
        mentions = [(j, n, target if j == i else e) for j, n, e in mentions]
    target.actors.extend(a for a in joiners if a not in target.actors)
    return mentions, target


def _told_last(before: list[Mention]) -> Mention:
    """The meeting told last; "The meeting will …" with no party of its own is the one told before it."""
    ordered = sorted(before, key=lambda m: (m[0], len(m[2].actors) if m[2] else 0))
    k = len(ordered) - 1
    while k > 0 and ordered[k][2] is None and refers_back(ordered[k][1]):
        k -= 1
    return ordered[k]


def meeting_mentions(events: list[Event], gathered: dict[int, Event], doc: Doc, triggers: Triggers) -> list[Mention]:
    """Where each meeting is told: a meet or negotiate event's trigger, every noun of a gathering's event,
    and a gathering noun no event holds (its event, if a verb's phrase holds it: "convene a meeting")."""
    meetings = [e for e in events if e.type in MEETING_KINDS and e.actors]  # "The G-7 will hold a meeting": one so far
    found: list[Mention] = [(e.trigger.i, e.trigger, e) for e in meetings]
    found += [(i, doc[i], e) for i, e in gathered.items() if e.type in MEETING_KINDS]
    told = {m[0] for m in found}
    for noun in with_lemmas(doc, gathering_lemmas(triggers)):
        if noun.i not in told and is_gathering(noun, triggers):
            holder = next((e for e in meetings if e.trigger.sent == noun.sent and e.trigger.is_ancestor(noun)), None)
            found.append((noun.i, noun, holder))
    return found


def _points_back(verb: Token, triggers: Triggers) -> bool:
    """"chaired it", "it will be chaired by", "attended the meeting", "participated in the talks", or an
    attendance with nothing named ("are expected to attend", "will also attend as an observer"); not
    "attended a conference in Lima", "joined NATO", "attended the funeral", "attend to its needs"."""
    refs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + prep_objects(verb, "in")
    if not refs:
        return not any(c.dep_ in ("xcomp", "ccomp", "oprd", "attr") or c.dep_ == "prep" and not _manner(c)
                       for c in verb.children)
    return all(_back_reference(r, triggers) for r in refs)


def _manner(prep: Token) -> bool:
    """"as an observer", "for the first time", "along with Y": how or with whom one attends, not what."""
    return prep.lower_ in ("as", "along") or prep.lower_ == "for" and any(
        c.dep_ == "pobj" and c.lemma_.lower() == "time" for c in prep.children)


def _back_reference(noun: Token, triggers: Triggers) -> bool:
    if noun.lower_ in BACK_WORDS and noun.pos_ == "PRON":
        return True
    return triggers.nouns.get(noun.lemma_.lower()) in MEETING_KINDS and noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in BACK_DETS for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "poss", "prep", "relcl", "acl") for c in noun.children)


def _joiners(verb: Token, table: ActorTable) -> list[str]:
    """The subjects of an active verb and those "along with" them ("X also attended, along with Y and Z"), the
    "by" agents of a passive one ("chaired by X and by Y")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return actors_of(all_agent_objects(verb), table)
    along = [c for w in with_preps(verb, only_after=None) if w.head != verb for c in w.children if c.dep_ == "pobj"]
    subjects = subjects_of(verb, table)
    return subjects + [a for a in actors_of(along, table) if a not in subjects]
