"""Typed interactions between actors, from dependency patterns over trigger words.

A trigger (``data/knowledge/interaction_triggers.csv``: "met", "summit", "talks",
"visit", "phoned" ...) becomes one interaction whose participants are the actors in
its argument positions (``interaction_frames``, ``participants``). Co-occurrence alone is
never an interaction. Status, location and date: ``interaction_status``.
"""
from __future__ import annotations

from typing import cast

from spacy.tokens import Doc, Token

from ..models import MEETING_TYPES, Article, Interaction, InteractionType, Status
from .addressed_meetings import join_addressers
from .appeals import find_appeals
from .appearances import find_appearances
from .attendance_sequels import join_pointed_back
from .body_dealings import body_dealings
from .delegations import find_delegations
from .deliveries import find_deliveries
from .doc_index import with_lemmas, with_lowers, with_pos
from .entourages import companion_visits, entourage_visits
from .errands import errand_visits
from .events import Event
from .fallback_meetings import fallback_events
from .gatherings import find_gatherings, split_bodies
from .in_person import told_in_person
from .interaction_frames import event_for, split_calls, trigger_kind
from .interaction_status import dated_past, event_date, governors, later_than, location_of, status_of
from .internal_meetings import without_internal
from .journeys import itinerary_visits, journey_visits
from .knowledge import Knowledge
from .mediation import find_mediations
from .mentions import ActorTable
from .nlp import sentence_of, sentence_start_back
from .pact_talks import talks_behind_pacts
from .participants import OBJ_DEPS, actors_of, subjects_of
from .place_talks import seeing_meetings, talks_in_states
from .settlements import find_settlements
from .signings import find_signings
from .spoken_meetings import _planned_addresses, _pointed_back, _visit_addresses
from .story_talks import talks_of_the_story
from .summons import summons_meetings
from .talk_heads import headed_talks, with_side_heads
from .talk_sequels import talks_before_outcomes
from .they_meet import they_meet
from .tours import split_tours
from .transits import find_transits
from .triggers import Triggers, load_triggers
from .verb_gatherings import verb_gathering
from .visit_hosts import dateline_host
from .wire_visits import (
    apposed_presence_visits,
    led_visits,
    origin_visits,
    presence_visits,
    return_visits,
    send_visits,
)

__all__ = ["find_interactions", "find_delegations", "load_triggers"]

def _host_meetings(doc: Doc, table: ActorTable) -> list[Event]:
    """"X assured visiting Foreign Minister Y": X hosted Y (a meeting) and Y visited."""
    events = []
    for token in with_lowers(doc, ("visiting",)):
        if token.lower_ != "visiting":
            continue
        guest_tokens = [c for c in token.children if c.dep_ in OBJ_DEPS] if token.dep_ != "amod" else [token.head]
        parsed = bool(guest_tokens)  # else "visiting U.S. Secretary X said", misparsed as a verb: no host
        guests = [a for a in actors_of(guest_tokens or _name_after(token), table) if table.by_id[a].kind == "person"]
        if not guests:
            continue
        host_verb = token.head if token.dep_ != "amod" else token.head.head
        hosts = [a for a in subjects_of(host_verb, table) if a not in guests] if parsed else []
        if hosts:
            events.append(Event("meet", token, hosts + guests, hosts[0], guests[0]))
        place_tokens = [t for t in sentence_of(token) if t.ent_type_ == "GPE" and t.dep_ == "pobj" and t.head.lower_ == "in"]
        places = [(d, t.text) for t in place_tokens for d in [table.actor_for(t)] if d and table.by_id[d].kind == "country"]
        hosted, where = dateline_host(token, guests, table) if not places else ([], None)
        places = places or [(d, where) for d in hosted]  # "visiting Secretary X said" under the host's dateline
        places = places or _state_visited(hosts, guests, table)
        if places:
            events.append(Event("visit", token, guests + [places[0][0]], guests[0], places[0][0], places[0][1]))
    return events


def _state_visited(hosts: list[str], guests: list[str], table: ActorTable) -> list[tuple[str, str | None]]:
    """"Japan's foreign minister assured visiting Philippine Foreign Secretary X" with no place written: the
    guest came to the host's state (a host of the guest's own state says nothing of where)."""
    home = table.by_id[hosts[0]].country if hosts else None
    if home is None or home == table.by_id[guests[0]].country or table.kb is None:
        return []
    return [(table.country_actor(home), None)]


def _name_after(token: Token) -> list[Token]:
    """The name phrase written right after a word ("visiting Chilean Finance Minister Pablo Ortiz",
    "visiting U.S. Agriculture secretary X"): its last proper noun, nouns and adjectives between."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ in ("PROPN", "ADJ", "NOUN"):
        end += 1
    return [token.doc[end - 1]] if end > token.i + 1 and token.doc[end - 1].pos_ == "PROPN" else []


def _loan_partners(events: list[Event], table: ActorTable, triggers: Triggers) -> None:
    """"Cairo is negotiating a loan programme": a borrower alone at the table negotiates with
    the lender the story names (the one named last before, else first after)."""
    lenders = [m for m in table.mentions if triggers.has("lender", table.by_id[m.actor_id].name.lower())]
    if not lenders:
        return
    for ev in events:
        if ev.type != "negotiate" or len(ev.actors) != 1:
            continue
        args = [c for c in ev.trigger.subtree if c.i != ev.trigger.i]
        if not any(triggers.has("loan_noun", a.lemma_.lower()) for a in args):
            continue
        before = [m for m in lenders if m.start < ev.trigger.i]
        lender = (before[-1] if before else lenders[0]).actor_id
        if lender not in ev.actors:
            ev.actors.append(lender)
            ev.target = lender


NON_STATE_BODIES = ("armed_group", "party", "ngo", "region")  # organizations.csv categories that speak for no state


def _non_state_body(aid: str, table: ActorTable) -> bool:
    """An organisation the knowledge files call an armed group, a party, an NGO or a self-governing region: not its
    state's voice."""
    actor = table.by_id[aid]
    org = table.kb.organization(actor.name) if table.kb is not None and actor.kind == "organization" else None
    return org is not None and org.category in NON_STATE_BODIES


def _clean(ev: Event, table: ActorTable) -> list[str]:
    """Participants without duplicates, and without a country already represented by
    one of its own people ("Rubio and other U.S. officials"; "Starmer, speaking to
    British lawmakers" is no international meeting), nor a fixed grouping whose members are named (at least
    half of them, as states or by their people: "the leaders of the G-7, the United States, Britain, …"). An armed
    group, a party or an NGO speaks for no state: "the Afghan government and the Taliban held talks", "South Africa
    will not negotiate with the ANC" are the state's dealings with it."""
    persons_countries = {table.by_id[a].country for a in ev.actors
                         if table.by_id[a].kind != "country" and not _non_state_body(a, table)}
    states = {table.by_id[a].country for a in ev.actors if table.by_id[a].kind == "country"}
    out = []
    for a in ev.actors:
        actor = table.by_id[a]
        if actor.kind == "country" and actor.country in persons_countries and (ev.type != "visit" or a != ev.target):
            continue
        members = set(table.kb.members(actor.name)) if table.kb and actor.kind == "organization" else set()
        if members and 2 * len(members & (states | persons_countries)) >= len(members):
            continue  # "the leaders of the G-7, the United States, Britain, …", or their ministers: the parties
        if a not in out:
            out.append(a)
    if ev.type == "visit" and len(out) == 2:
        v, d = (table.by_id[x] for x in out)
        if d.kind == "country" and v.country == d.country:
            return []  # travelling at home is not a visit
    return out


def find_interactions(doc: Doc, table: ActorTable, article: Article, kb: Knowledge) -> list[Interaction]:
    triggers = load_triggers()
    table.delegations = find_delegations(doc, table)
    events: list[Event] = []
    for token in with_pos(doc, ("NOUN", "PROPN", "VERB", "AUX")):  # trigger_kind: None for the others
        kind = trigger_kind(token, table, triggers)
        if kind is None or token.i in table.token_actor:
            continue
        ev = event_for(token, kind, table, kb, triggers)
        if ev is not None:
            events.extend(split_calls(ev))
    events = split_tours(events, table) + _host_meetings(doc, table)
    for trips in (presence_visits, apposed_presence_visits, return_visits, origin_visits, journey_visits,
                  itinerary_visits, send_visits, led_visits, errand_visits, entourage_visits):  # visits told without a visit verb's frame
        events.extend(trips(doc, table, triggers))
    events.extend(find_settlements(doc, table, triggers))
    events.extend(find_transits(doc, table))
    gathered = find_gatherings(doc, table, triggers)  # one event for all of a gathering's mentions
    events = [e for e in events if not (e.trigger.i in gathered and set(e.actors) <= set(gathered[e.trigger.i].actors))]
    events.extend({id(e): e for e in gathered.values()}.values())
    events.extend(body_dealings(events, gathered, doc, table, triggers))  # a body's sittings, dealings at them
    events.extend(find_signings(doc, table))
    events.extend(find_appearances(doc, table, triggers))
    mediations, mediated = find_mediations(doc, table, triggers)  # the mediator joins the parties' talks
    events = [e for e in events if not (e.trigger.i in mediated and any(set(e.actors) <= set(m.actors)
                                                                       for m in mediations))]
    events.extend(mediations)
    events.extend(_visit_addresses(events, table, triggers))
    events.extend(_pointed_back(doc, table, triggers))
    events.extend(_planned_addresses(doc, table, triggers))
    for finder in (told_in_person, they_meet, find_appeals, find_deliveries, summons_meetings):
        events.extend(finder(doc, table, triggers))
    events.extend(headed_talks(doc, table, kb, triggers))
    events.extend(seeing_meetings(doc, table))
    events = with_side_heads(talks_in_states(events, table, kb), doc, table, kb)
    _loan_partners(events, table, triggers)
    for one_sided in (talks_before_outcomes, talks_behind_pacts):  # talks short of a side
        one_sided(events, table, triggers)
    talks_of_the_story(events, doc, table)
    join_pointed_back(events, gathered, doc, table, triggers)
    join_addressers(events, gathered, doc, table, triggers)
    events.extend(verb_gathering(doc, table, triggers, events))
    events.extend(companion_visits(events, doc, table))
    gathered_ids = {id(e) for e in gathered.values()}  # "the IMF and World Bank meetings": one of each body
    events = [x for e in events for x in (split_bodies(e) if id(e) in gathered_ids else [e])]
    found = _merge(without_internal(events, table), table, article, triggers)
    covered = {i.start for i in found if i.type in MEETING_TYPES}  # sentences, by first character
    return found + _merge(fallback_events(doc, table, kb, triggers, covered), table, article, triggers)


def _people_of(body: str, trigger: Token, table: ActorTable) -> bool:
    """Whether the sentence speaks of a body's people ("Quad leaders"), not only its name ("a G-7 summit")."""
    return table.kb is not None and any(
        t.i not in table.token_actor and t.pos_ == "NOUN" and table.actor_for(t) == body
        for t in sentence_of(trigger))


def _same_event(ev: Event, key: frozenset, other: Event, other_key: frozenset) -> bool:
    if sentence_of(ev.trigger).start != sentence_of(other.trigger).start or not key <= other_key:
        return False
    if (ev.type in MEETING_TYPES) != (other.type in MEETING_TYPES):
        return False
    inside = other.trigger.is_ancestor(ev.trigger)  # "meet … for talks on Ukraine"
    return ev.type == other.type or (inside and ev.type != "visit")


def _merge(events: list[Event], table: ActorTable, article: Article, triggers: Triggers) -> list[Interaction]:
    """One interaction per event: a noun trigger inside a verb trigger's phrase
    ("meet ... for talks") adds to it instead of counting twice."""
    found: list[tuple[Event, Interaction]] = []
    seen: list[tuple[Event, frozenset]] = []
    for ev in sorted(events, key=lambda e: (sentence_of(e.trigger).start, e.type not in MEETING_TYPES, e.trigger.i)):
        if len(ev.actors) == 1 and ev.type in MEETING_TYPES and _people_of(ev.actors[0], ev.trigger, table):
            members = table.kb.members(table.by_id[ev.actors[0]].name) if table.kb else []  # "Quad leaders met at a summit"
            if members:
                ev.actors = [table.country_actor(code) for code in members]
        actors = _clean(ev, table)
        if len(actors) < 2:
            continue
        key = frozenset(actors)
        if any(_same_event(ev, key, other, other_key) for other, other_key in seen):
            continue
        seen.append((ev, key))
        found.append((ev, _interaction(ev, actors, table, article, triggers)))
    _cancel_anaphoric(found, triggers)
    return _without_stand_ins([inter for _, inter in found], table)


AHEAD = ("planned", "proposed")


def _without_stand_ins(inters: list[Interaction], table: ActorTable) -> list[Interaction]:
    """"The United States hopes to settle it during talks with Ukrainian officials … Rubio will join Waltz
    for the talks with Ukrainian officials": talks still ahead, told once with a state and once with
    that state's named people, are one meeting of the people (the state stood in for them)."""
    def stands_in(a: Interaction, b: Interaction) -> bool:
        if a is b or a.type != b.type or a.type == "visit" or a.status not in AHEAD or b.status not in AHEAD:
            return False
        states = [x for x in a.actors if table.by_id[x].kind == "country" and x not in b.actors]
        people = {x for x in b.actors if table.by_id[x].kind == "person" and states
                  and table.by_id[x].country == table.by_id[states[0]].country}
        return len(states) == 1 and bool(people) and set(a.actors) - set(states) == set(b.actors) - people
    return [a for a in inters if not any(stands_in(a, b) for b in inters)]


def _interaction(ev: Event, actors: list[str], table: ActorTable, article: Article,
                 triggers: Triggers) -> Interaction:
    sent = sentence_of(ev.trigger)
    chain = governors(ev.trigger)
    status = status_of(ev.trigger, chain, triggers)
    if ev.status and status != "negated":  # "did not urge Y to hold talks" stays negated
        status = ev.status
    location = ev.location
    if location is None:
        exclude = {t.i for t in sent if table.actor_at(t.i) in actors and ev.type == "visit"}
        location = location_of(chain + list(ev.trigger.children), exclude) or location_of(
            list(ev.trigger.subtree), exclude)
    date = event_date(chain, article, status)
    if status == "occurred" and later_than(date, article.date):
        status = "planned"  # "the prime minister's visit to Washington starting next Wednesday"
    elif status == "planned" and dated_past(ev.trigger, article):
        status = "occurred"  # "was to brief X on Y's visit to Moscow last week"
    return Interaction(
        # both come from the knowledge files, whose reader refuses a type or status the models lack
        type=cast(InteractionType, ev.type), actors=actors, status=cast(Status, status),
        source=ev.source if ev.source in actors else None,
        target=ev.target if ev.target in actors else None,
        date=date, location=location,
        evidence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
    )


ANAPHORIC_DETS = {"the", "this", "that", "his", "her", "their", "its"}


def _cancel_anaphoric(found: list[tuple[Event, Interaction]], triggers: Triggers) -> None:
    """"… was due to visit Japan, but the trip was later called off": a bare event noun that
    a cancelling verb governs negates the last such interaction told before it (same or two
    sentences back)."""
    if not found:
        return
    doc = found[0][0].trigger.doc
    own = {ev.trigger.i for ev, _ in found}
    for token in with_lemmas(doc, triggers.nouns):
        kind = triggers.nouns.get(token.lemma_.lower())
        if kind is None or token.i in own or token.dep_ not in ("nsubjpass", "nsubj", "dobj"):
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETS for c in token.children) and not (
                doc[token.i - 1].lower_ == "that" and doc[token.i - 1].dep_ == "mark"):  # "said that meeting had
            continue  # been dropped": the parser took the determiner for the clause's "that"
        verb = token.head
        phrasal = [f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
        if not any(triggers.has("cancel_verb", w) for w in [verb.lemma_.lower(), *phrasal]):
            continue
        earliest = sentence_start_back(token, 2)  # up to two sentences back
        for ev, inter in reversed(found):
            if earliest <= ev.trigger.i < token.i and (ev.type == kind or kind == "meet" and ev.type == "negotiate"):
                inter.status = "negated"
                break


