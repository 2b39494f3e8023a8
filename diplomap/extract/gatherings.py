"""Named gatherings across a wire story: "X opened the annual meeting of the fund ... Y told the
same meeting ..." — ONE meeting (GUIDELINES: a summit is one entry) whose participants are the
actors who open, chair, attend, address or speak at it, in whichever sentence they do, and the
body whose meeting it is ("the meeting of the Asian Development Bank", "the OPEC meeting").

Participation is read from three arcs of the event noun: the object (or "at/to" phrase) of an attendance
verb ("told the meeting"); an attendance participle or relative clause with an agent ("the talks, chaired by
X", "the meeting, which will be attended by A"); or the passive subject of one ("the talks were attended by X").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .call_reports import held_remotely
from .doc_index import with_lemmas
from .events import Event
from .gathering_clauses import clause_attendees
from .gathering_journeys import journey_owners
from .gathering_lists import arrived_for, listed_states, seen_arriving, sitting_noun, states_sitting
from .gathering_press import holders_body, holders_gathering, of_objects, press_attendees, speaking_delegates
from .interaction_status import governors, status_of
from .mentions import ActorTable
from .nlp import all_agent_objects, as_subject, dateline, prep_objects, second_object, text_of
from .participants import actors_of, subjects_of
from .roll_calls import join_roll_calls
from .sub_bodies import parent_body
from .triggers import Triggers, words

GATHERING_PREPS = {"at", "to"}
NAME_LABELS = {"ORG", "NORP", "EVENT", "FAC", "GPE"}
BACK_DETS = frozenset({"the", "this", "that"})  # "the meeting", "that session": one named before
NAME_DEPS = {"compound", "nmod", "amod", "poss"}
CLAUSE_DEPS = {"relcl", "acl", "advcl"}
AFTER_PREPS = {"after", "following"}
TIME_PREPS = {"ahead", "advance", "before", "until", "since", "prior"}
SUBJ_ONLY: tuple[str, ...] = ("nsubj",)  # not "X was arrested at the meeting"


def _anchor(noun: Token) -> Token:
    """"the opening session of the meeting": attendance is read on the phase noun."""
    t = noun
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" \
            and t.head.head.lemma_.lower() in words("phase_noun"):
        t = t.head.head
    return t


def _margin_verb(noun: Token, triggers: Triggers) -> Token | None:
    """"X announced the plan on the sidelines of the meeting of Y": the verb whose subject acts at the
    gathering's margins (a meeting verb's own partner is the one met there, not the gathering)."""
    margin = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if margin is None or margin.dep_ != "pobj" or not triggers.has("margin_noun", margin.lower_):
        return None
    head = margin.head.head
    for _ in range(4):  # "announced the activation of a force on the sidelines": up the object's phrase
        if head.pos_ not in ("NOUN", "PROPN", "ADP") or head.dep_ not in ("dobj", "pobj", "prep"):
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in triggers.verbs:
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


def _has_subject(verb: Token) -> bool:
    """A verb whose doer the sentence names: its own subject, "quoted Y as saying", or the controller of an
    infinitive ("Japan will seek to strengthen the accord at the meeting", "urged Peru to raise it at the
    session": Japan, Peru act there)."""
    v, deps = verb, SUBJ_ONLY
    for _ in range(3):
        if any(c.dep_ in deps for c in v.children) or as_subject(v) is not None:
            return True
        if v.dep_ != "xcomp" or v.head == v:
            return False
        if any(c.dep_ == "dobj" for c in v.head.children):
            return True
        v, deps = v.head, ("nsubj", "nsubjpass")  # "Japan is expected to explain its plan at the meeting"
    return False


def _attendance_verb(noun: Token, triggers: Triggers) -> Token | None:
    """The verb whose subject attends, addresses or speaks at the gathering ``noun``."""
    margin = _margin_verb(noun, triggers)
    if margin is not None:
        return margin
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in GATHERING_PREPS:
        head = head.head
        while noun.head.lower_ == "to" and head.dep_ == "pobj" and head.head.lower_ == "of" \
                and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "bring the outline of a package to the meeting": hung on the "of" noun
        if head.dep_ == "dobj" and head.pos_ == "NOUN":
            head = head.head  # "will unveil the plan at the X summit": the phrase hung on the object
        if head.pos_ in ("VERB", "AUX") and noun.head.lower_ == "at" and _has_subject(head):
            return head  # "At a meeting of X, Britain called for ...", "Y will press for Z at the meeting",
            # "quoted Y as saying at the meeting", "Japan will seek to strengthen the accord at the meeting"
    elif noun.dep_ != "dobj" or second_object(noun):  # "warned him next week's talks would fail"
        return None
    if head.pos_ in ("VERB", "AUX") and triggers.has("attendance_verb", head.lemma_.lower()):
        return head
    return None


def _spoke_after(noun: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """"X told reporters after the meeting", "Y, speaking after the talks, said", "Z was speaking after a
    meeting of EC finance ministers": an office holder who speaks right after a gathering the story named
    before or names there by its body or its office holders took part in it (wire copy quotes its delegates
    so; not "after talks with B": those talks have their own partners)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in AFTER_PREPS or not (refers_back(noun) or _named(
            noun, table)) or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or not triggers.has("briefing_verb", verb.lemma_.lower()) and \
            verb.lemma_.lower() != "say":
        return []
    return [a for a in subjects_of(verb, table) if _office_holder(a, table)]


def _named(noun: Token, table: ActorTable) -> bool:
    """"a meeting of EC finance ministers", "an OPEC meeting": a gathering its own words name."""
    return bool(_name_of(noun) or _bodies(noun, table) or holders_gathering(noun, table, None))


def _office_holder(aid: str, table: ActorTable) -> bool:
    """A person holding an office (a minister, an envoy; not an analyst quoted on the meeting)."""
    actor = table.by_id[aid]
    return actor.kind == "person" and table.holds_office(actor, 3)


def _attendees(noun: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """Who takes part in the gathering through this mention of it."""
    anchor = _anchor(noun)
    found: list[str] = []
    verb = _attendance_verb(anchor, triggers)
    if verb is not None:  # "X told the meeting", "X, who chairs the talks"
        found += subjects_of(verb, table)
    held_of = prep_objects(noun, "of")  # "a meeting of the ministers hosted by X": the participle on its "of" noun
    held = [noun.head] if noun.dep_ == "nsubjpass" or _owner_verb(noun, triggers) is not None else []  # "the
    # talks, chaired by X", "were attended by Y"; "will hold a meeting, chaired by X"
    held += [c for h in held for c in h.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBN"]  # "a summit
    # was held in Oslo, attended by A and B": the participle the held verb carries is the summit's
    verbs = [c for n in [noun, *held_of] for c in n.children if c.dep_ in ("acl", "relcl")] + held
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN"]  # "chaired by A and
    for v in verbs:  # attended by B"
        if triggers.has("attendance_verb", v.lemma_.lower()):
            found += actors_of(all_agent_objects(v), table)
    found += _spoke_after(noun, table, triggers) + journey_owners(noun, table, triggers) + clause_attendees(noun, table)
    return [a for i, a in enumerate(found) if a not in found[:i] and table.by_id[a].kind in ("person", "country")]


def _name_tokens(noun: Token) -> list[Token]:
    """The gathering's modifiers and "of" phrase: "the OPEC meeting", "the annual meeting of the fund"; a
    modifier itself, the names before it in the same compound ("OPEC conference president": OPEC's)."""
    mods = [c for c in noun.children if c.dep_ in NAME_DEPS]
    mods += [c for c in noun.head.children if c.dep_ == "compound" and c.i < noun.i] if noun.dep_ == "compound" else []
    mods += of_objects(noun)
    return [t for m in mods for t in _phrase(m)]


def _phrase(token: Token) -> list[Token]:
    """A modifier's words without its clauses: "ministers which will review the Uruguay round" is no
    meeting of Uruguay."""
    out = [token]
    for c in token.children:
        if c.dep_ not in CLAUSE_DEPS:
            out += _phrase(c)
    return out


def _name_of(noun: Token) -> str | None:
    parts = [t for t in _name_tokens(noun) if t.ent_type_ in NAME_LABELS]
    return " ".join(t.lower_ for t in parts) or None


def _bodies(noun: Token, table: ActorTable) -> list[str]:
    """The organisation whose gathering it is: "the meeting of the Asian Development Bank"; of a body's
    own committee only the committee ("the IMF's Interim Committee meeting": not the IMF's whole)."""
    out: list[str] = []
    for t in _name_tokens(noun):
        aid = table.actor_for(t)
        if aid and table.by_id[aid].kind == "organization" and aid not in out and not parent_body(t, table):
            out.append(aid)
    return out


def _owner_verb(noun: Token, triggers: Triggers) -> Token | None:
    """"The Fund ended a three-day meeting": the verb by which its subject holds the gathering."""
    anchor = _anchor(noun)
    return anchor.head if anchor.dep_ == "dobj" and triggers.has("owner_verb", anchor.head.lemma_.lower()) else None


def _owner(verb: Token, table: ActorTable) -> str | None:
    """"The Fund ended …", "the Union opened its conference": the body that holds it."""
    return next((a for a in subjects_of(verb, table) if table.by_id[a].kind == "organization"), None)


def refers_back(noun: Token) -> bool:
    """"the meeting", "that session", "Friday's meeting", "today's talks": a gathering the story has named
    (a day's, not "last year's meeting", which is another one)."""
    return any((c.dep_ == "det" and c.lower_ in BACK_DETS) or (
        c.dep_ == "poss" and c.ent_type_ == "DATE" and not any(g.dep_ in ("amod", "det") for g in c.children))
               for c in noun.children)


def _time_mark(noun: Token) -> bool:
    """"… to prepare ahead of the spring meetings of the Fund", "before the G-7 meeting": a gathering named
    to date another; a later "the meeting" is not it."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in ("ahead", "advance"):
        prep = prep.head
    return prep is not None and prep.lower_ in TIME_PREPS


def own_parties(noun: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """The parties one mention of a gathering names by itself: who takes part through it and the
    body whose gathering it is ("China will convene a meeting of the forum")."""
    found = _attendees(noun, table, triggers)
    held_by = _owner_verb(noun, triggers)  # "The Group of Seven will hold a meeting"
    owner = _owner(held_by, table) if held_by is not None else None
    return found + [b for b in _bodies(noun, table) + ([owner] if owner else []) if b not in found]


def gathering_lemmas(triggers: Triggers) -> set[str]:
    """The lemmas ``is_gathering`` can accept: the finders look only at these words."""
    return {lemma for lemma, kind in triggers.nouns.items() if kind in ("meet", "negotiate")}


def is_gathering(noun: Token, triggers: Triggers) -> bool:
    if triggers.nouns.get(noun.lemma_.lower()) not in ("meet", "negotiate") or noun.pos_ != "NOUN":
        return False  # "a news conference" is given to reporters
    return not any(c.dep_ in ("compound", "amod") and c.lower_ in words("not_event_modifier") for c in noun.children)


def _hosted(nouns: list[Token], triggers: Triggers) -> bool:
    """"after hosting a day of talks", "X, who chaired the session": a gathering of several parties."""
    verbs = [_attendance_verb(_anchor(n), triggers) for n in nouns]
    return any(v is not None and triggers.has("hosting_verb", v.lemma_.lower()) for v in verbs)


def _join_press(groups: dict[str, tuple[list[Token], list[str], list[str]]], held: dict[str, str], doc: Doc,
                table: ActorTable, triggers: Triggers) -> None:
    """A wire story's first gathering of office holders ("a meeting of trade ministers", also when their
    demonym or body names it: "a gathering of European finance ministers") or, if it comes first, a hosted
    one ("after hosting a day of talks") takes in the office holders who brief the press once it is named,
    and the later unnamed mentions that refer back to it ("X, who hosted the talks"). Not a gathering named
    without its office holders ("the G-7 talks": often another the minister speaks of) nor one a leader
    merely tells ("told a cabinet meeting")."""
    main = next((k for k, (_, members, _) in groups.items() if k in held or members), None)
    if main is None or not dateline(text_of(doc)):
        return
    nouns, members, _ = groups[main]
    start = min(n.i for n in nouns)
    if main in held or (main.startswith("#") and _hosted(nouns, triggers)):
        for key in [k for k, (ns, _, _) in groups.items() if k.startswith("#") and k != main
                    and all(n.i > start and refers_back(n) for n in ns)]:  # "X told the meeting": that one
            members.extend(a for a in groups.pop(key)[1] if a not in members)
        holder = held.get(main)  # "a meeting of trade ministers", also named: "a meeting of EC farm ministers"
        members.extend(a for a in press_attendees(doc, start, table, triggers, holder) if a not in members)
    else:  # a body's meeting ("the ADB wound up a three-day meeting"): its delegates quoted
        members.extend(a for a in speaking_delegates(doc, start, table) if a not in members)


def _apart(noun: Token, key: str, attendees: list[str], groups: dict, triggers: Triggers) -> tuple[str, list[str]]:
    """"Taiwan will boycott the meeting", "Italy refused to attend it": who stays away is no participant of
    the gathering held without it, but has its own negated meeting with the gathering's body."""
    if not attendees or status_of(noun, governors(noun), triggers) != "negated":
        return key, []
    return f"!{noun.i}", list(groups[key][2]) if key in groups else []


def _per_body(nouns: list[Token], table: ActorTable) -> tuple[tuple[str, ...], ...]:
    """"To attend the IMF and World Bank meetings", "the spring meetings of the Fund and the Bank": a count
    noun in the plural over two or more bodies names a meeting of each, not one of them all (the singular
    "a joint meeting of A and B" stays one)."""
    for n in nouns:
        bodies = _bodies(n, table)
        if len(bodies) > 1 and n.tag_ == "NNS" and n.lemma_.lower() in words("count_meeting_noun"):
            return tuple((b,) for b in bodies)
    return ()


def split_bodies(ev: Event) -> list[Event]:
    """A gathering over several bodies (``_per_body``): one meeting of its attendees with each body."""
    bodies = [b for group in ev.partners for b in group]
    rest = [a for a in ev.actors if a not in bodies]
    if len(bodies) < 2 or not rest:
        return [ev]
    return [Event(ev.type, ev.trigger, [*rest, b], rest[0], b, ev.location, tuple(rest), status=ev.status)
            for b in bodies]


def find_gatherings(doc: Doc, table: ActorTable, triggers: Triggers) -> dict[int, Event]:
    """Each gathering's meeting, by the index of every noun that names it. "The meeting" refers
    back to the last gathering named by the same noun ("the talks" is not the "meetings" before)."""
    groups: dict[str, tuple[list[Token], list[str], list[str]]] = {}
    held: dict[str, str] = {}  # gatherings of office holders: the office's plural noun ("minister")
    last: dict[str, str] = {}
    for noun in with_lemmas(doc, gathering_lemmas(triggers)):
        if not is_gathering(noun, triggers):
            continue
        lemma = noun.lemma_.lower()
        held_by = None if _name_of(noun) else _owner_verb(noun, triggers)
        owner = _owner(held_by, table) if held_by is not None else None
        key = _name_of(noun) or (f"@{owner}" if owner else None) or (last.get(lemma) if refers_back(noun) else None)
        attendees = _attendees(noun, table, triggers)
        attendees += [a for a in listed_states(noun, table) if a not in attendees]
        sitting = sitting_noun(held_by, table) if held_by is not None and owner else None
        if sitting is not None:
            attendees += [a for a in states_sitting(doc, sitting, table) if a not in attendees]
        holders = holders_gathering(noun, table, held_by)
        key = key or (f"of:{holders}" if holders else None)  # "a meeting of trade ministers"
        key = key or (f"#{noun.i}" if attendees or arrived_for(noun) else None)  # unnamed: its own participants
        if key is None:
            continue
        if not key.startswith("#") and not _time_mark(noun):
            last[lemma] = key
        key, inherited = _apart(noun, key, attendees, groups, triggers)
        if holders and not key.startswith("!"):
            held.setdefault(key, holders)
        nouns, members, bodies = groups.setdefault(key, ([], [], inherited))
        nouns.insert(len(nouns) if nouns and (members or not attendees) else 0, noun)  # first: where one takes part
        members.extend(a for a in attendees if a not in members)
        bodies.extend(b for b in _bodies(noun, table) + ([owner] if owner else []) if b not in bodies)
    _join_press(groups, held, doc, table, triggers)
    join_roll_calls(groups, doc, table, triggers)  # "Taking part are A, B and C"
    for key, (_, members, bodies) in groups.items():
        if key.startswith("of:") and members and not bodies:  # "a meeting of ministers": the story's "EC ministers"
            bodies.extend(holders_body(doc, key[3:], table))
    arrival = next((k for k, (ns, _, _) in groups.items() for n in ns if arrived_for(n)), None)
    if arrival is not None:
        members = groups[arrival][1]
        members.extend(a for a in seen_arriving(doc, groups[arrival][0][0].i, table) if a not in members)
    events: dict[int, Event] = {}
    for nouns, members, bodies in groups.values():
        people = members + [b for b in bodies if b not in members]
        if members and len(people) > 1:
            kind = "call" if held_remotely(nouns) else triggers.nouns[nouns[0].lemma_.lower()]  # "a video conference"
            ev = Event(kind, nouns[0], people, people[0], people[1],
                       subjects=tuple(members[:1]), partners=_per_body(nouns, table))
            events.update((n.i, ev) for n in nouns)
    return events
