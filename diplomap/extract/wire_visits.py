"""Visits told as a visitor's presence somewhere for a purpose, as wire stories put it: "X was in
Lima for talks", "X is in Norway to discuss prices", "X was invited to Lima for talks with Y",
"X will go to Tokyo for talks", "X came to Lima to discuss …", "X is expected here next week for
talks" (the dateline's state); where a trip came from ("X left Paris for London", "X arrived from Helsinki":
X was in France, in Finland); a state's envoy sent there ("Tokyo will send a senior official to
Washington": ``send_verb``, ``envoy_noun``); an official of another state needs no purpose to be there ("X was in
Lima last week", "X stayed in Peru for three days": ``stay_verb``); and a trip's end: "X returned from Lima", "X flew back from Peru".
The verbs (``presence_verb``) and purposes (``purpose_verb``) are in ``interaction_words.csv``."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .delegations import led_by
from .doc_index import doc_tokens, with_lemmas
from .events import Event
from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import dateline_tokens, prep_objects
from .participants import actors_of, official, place_noun_state, subjects_of
from .title_holders import delegation_leader
from .triggers import Triggers
from .visit_hosts import dateline_state

# the preposition naming where a presence verb puts its subject ("was in Lima", "invited to Lima")
PLACE_PREP = {"invite": "to", "go": "to", "come": "to", "head": "to", "return": "to"}
PURPOSE_KINDS = ("meet", "negotiate", "visit")


def _has_purpose(verb: Token, triggers: Triggers) -> bool:
    """"for talks", "for a visit", "to discuss …", "to hold talks": the stay is diplomatic business."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on") and any(  # "for talks", "on a three-day visit"
                p.dep_ == "pobj" and _purpose_noun(p, triggers) for p in c.children):
            return True
        if c.dep_ in ("advcl", "xcomp", "relcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            if triggers.has("purpose_verb", c.lemma_.lower()):
                return True
            if triggers.has("light_verb", c.lemma_.lower()) and any(
                    o.dep_ == "dobj" and triggers.nouns.get(o.lemma_.lower()) in PURPOSE_KINDS for o in c.children):
                return True
    return False


def _purpose_noun(noun: Token, triggers: Triggers) -> bool:
    """"talks", "a visit", and a phase of one: "on the first leg of a European tour"."""
    if triggers.nouns.get(noun.lemma_.lower()) in PURPOSE_KINDS:
        return True
    return triggers.has("phase_noun", noun.lemma_.lower()) and any(
        triggers.nouns.get(o.lemma_.lower()) in PURPOSE_KINDS for o in prep_objects(noun, "of"))


def presence_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["presence_verb"]):
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or not triggers.has("presence_verb", lemma) or lemma == "spend" and not any(
                c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME") for c in verb.children):
            continue  # "spent three days in Beijing", not "spent $2 billion in Iraq"
        due = [p for c in verb.children if c.dep_ == "acomp" and triggers.modality.get(c.lemma_.lower()) == "planned"
               for p in prep_objects(c, "in")]  # "X is due in Oslo on Monday (for talks)": a trip there
        ahead = _awaited(verb, triggers)  # "X is expected in Oslo", "X is due here on Monday"
        places = prep_objects(verb, PLACE_PREP.get(lemma, "in"))
        places = due if due and not states_among(places, table) else places or due  # "is due in Oslo in July"
        dest = states_among(places, table)
        here = not dest and any(c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children)
        host = dateline_state(dateline_tokens(doc), table) if here else None  # "X is expected here for talks"
        dest = dest or ([host] if host and table.by_id[host].kind == "country" else [])
        if not dest:
            continue
        sent = any(c.dep_ == "nsubj" and triggers.has("delegation_noun", c.lemma_.lower()) for c in verb.children)
        subjects = _invited(verb, table) if lemma == "invite" else []  # "Y invited X to Lima": X goes
        subjects = subjects or subjects_of(verb, table) or (_sending_states(verb, table, triggers) if sent else [])
        visitors = [a for a in subjects if a not in dest and (  # "a Kenyan delegation is in Lima"
            sent or table.by_id[a].kind == "person" and official(table, a))]
        if not _has_purpose(verb, triggers):  # "X was in Lima last week": an official of another state
            missions = [a for a in visitors if sent and not here]  # the sending state or body, the mission's head
            visitors = (travellers_to(dest[0], visitors, table, triggers, known_state=True)
                        if (triggers.has("stay_verb", lemma) or due or ahead or _toward(verb, lemma, places, triggers))
                        and (ahead or not here) else []) or missions  # "here":
            # a quote's; "a Ruritanian mission is now in Borduria": a state's delegation abroad is there on business
        if visitors:  # "was invited to Lima for talks": a visit offered, not yet made (GUIDELINES: proposed)
            events.append(Event("visit", verb, visitors + dest[:1], visitors[0], dest[0],
                                place_text(places[0]) if places else None,
                                subjects=tuple(visitors),
                                status="proposed" if lemma == "invite" else "planned" if ahead else None))
    return events


def _toward(verb: Token, lemma: str, places: list[Token], triggers: Triggers) -> bool:
    """"X would come to Tokyo next month", "Y invited X to Lima": a verb of going (its place after "to") with
    the place named, not "here" — a journey there, by an official of another known state. Not a verb the visit
    frame reads itself ("went to Peru on vacation": its private trips), nor one with an object other than the
    invited ("headed the delegation to Bolivia": leading, not going)."""
    if PLACE_PREP.get(lemma) != "to" or not places or places[0].head.head != verb or triggers.verbs.get(lemma):
        return False
    return lemma == "invite" or not any(c.dep_ == "dobj" for c in verb.children)


def _awaited(verb: Token, triggers: Triggers) -> bool:
    """"X is expected in Oslo", "X is due here on Monday": a traveller awaited somewhere (a word of planning as
    the passive verb or its complement), not "X expected growth in Peru" (active: a forecast)."""
    if triggers.modality.get(verb.lemma_.lower()) == "planned" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    return any(c.dep_ == "acomp" and triggers.modality.get(c.lemma_.lower()) == "planned" for c in verb.children)


def _invited(verb: Token, table: ActorTable) -> list[str]:
    """"President Y invited X to Lima": the invited persons (the object of an active invitation) are the ones
    who would go, not the host who invites."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    return [a for a in actors_of([c for c in verb.children if c.dep_ == "dobj"], table)
            if table.by_id[a].kind == "person"]


def _sending_states(verb: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """"An Argentine mission is now in the U.S.", "an IMF mission headed by X": the state or body whose name
    modifies a delegation noun subject sends it (when the noun does not already stand for it), with its head."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj" and triggers.has("delegation_noun", c.lemma_.lower())]
    senders = [a for c in nouns for a in actors_of([m for m in c.children if m.dep_ in ("amod", "compound", "poss")],
                                                    table) if table.by_id[a].kind in ("country", "organization")]
    heads = [a for c in nouns for a in delegation_leader(c, table)]
    return senders + heads  # "an IMF mission headed by X is in Cairo": the body and the one who leads it


def apposed_presence_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"X, in Paris for talks with French officials, said", "X, here on a three-day visit, told": a place
    phrase set off by a comma beside an official's name says where they are, as "who is in Paris for
    talks" does; with its purpose (``_has_purpose``) the stay is a visit — of an official of another state."""
    events = []
    tokens = doc_tokens(doc)
    for i, aid in sorted(table.token_actor.items()):
        name = tokens[i]
        if i + 1 >= len(tokens) or tokens[i + 1].text != ",":
            continue
        places = prep_objects(name, "in")
        here = [c for c in name.children if c.lower_ == "here" and c.dep_ == "advmod"]
        if not any(_has_purpose(t, triggers) for t in [name, *places, *here]):  # "for" may hang on "here"
            continue
        dest = states_among(places, table)
        if not dest and here:
            host = dateline_state(dateline_tokens(doc), table)  # "X, here for talks," under a dateline
            dest = [host] if host and table.by_id[host].kind == "country" else []
        visitors = travellers_to(dest[0], [aid], table, triggers, known_state=True) if dest else []
        if visitors:
            events.append(Event("visit", name, visitors + dest[:1], aid, dest[0],
                                place_text(places[0]) if places else None, subjects=(aid,)))
    return events


def _is_return(verb: Token, triggers: Triggers) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (triggers.has("return_verb", lemma) or (
        triggers.has("back_verb", lemma) and any(c.lower_ == "back" for c in verb.children)))


def traveller(table: ActorTable, aid: str, triggers: Triggers) -> bool:
    """An official who travels: an ambassador returning from his post is recalled, not visiting."""
    actor = table.by_id[aid]
    return actor.kind == "person" and official(table, aid) and not triggers.has(
        "posted_role", (actor.role or "").lower())


def states_among(places: list[Token], table: ActorTable) -> list[str]:
    """The states (country actors) the place tokens name, in order: a trip's possible destinations
    ("in Nairobi", "in the Kenyan capital")."""
    return [a for a in actors_of(places, table) if table.by_id[a].kind == "country"] or [
        a for p in places for a in place_noun_state(p, table)]


def travellers_to(dest: str, candidates: list[str], table: ActorTable, triggers: Triggers,
                  known_state: bool = False) -> list[str]:
    """The travelling officials (``traveller``) among ``candidates`` who belong to another state than ``dest``
    (to a known other state, with ``known_state``: a visit told only by being somewhere needs one)."""
    host = table.by_id[dest].country
    foreign = (None, host) if known_state else (host,)
    return [a for a in candidates if traveller(table, a, triggers)
            and (table.by_id[a].country not in foreign or _body_official(table, a))]


def _body_official(table: ActorTable, aid: str) -> bool:
    """An official of an international body (its role opens on the body's name: "European Union Envoy"),
    who is a visitor wherever a state's capital has him."""
    role = (table.by_id[aid].role or "").split()
    kb = table.kb
    return kb is not None and table.by_id[aid].country is None and any(
        (org := kb.organization(" ".join(role[:n]))) is not None and not org.country for n in range(len(role) - 1, 0, -1))


def trip_visit(trigger: Token, places: list[Token], candidates: list[str], table: ActorTable,
               triggers: Triggers, known_state: bool = False, status: str | None = None) -> Event | None:
    """The visit a trip's word tells ("returned from Lima", "left Paris", "his departure for Vienna"): by the
    travelling officials of another state among ``candidates`` to the first state ``places`` name, at the
    place that names it; None when there is no such state or traveller."""
    dest = states_among(places, table)
    if not dest:
        return None
    visitors = travellers_to(dest[0], candidates, table, triggers, known_state)
    if not visitors:
        return None
    place = next(p for p in places if dest[0] in actors_of([p], table))
    return Event("visit", trigger, visitors + dest[:1], visitors[0], dest[0], place_text(place),
                 subjects=tuple(visitors), status=status)


def return_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"X returned (home) from Lima on Sunday": X visited Peru — an official, of another state."""
    events = []
    for verb in with_lemmas(doc, triggers.words["return_verb"] | triggers.words["back_verb"]):
        if not _is_return(verb, triggers):
            continue
        holders = [verb, *[c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back")]]
        places = [c for h in holders for c in prep_objects(h, "from")]
        visit = trip_visit(verb, places, subjects_of(verb, table), table, triggers) if places else None
        if visit is not None:
            events.append(visit)
    return events


def _sent(verb: Token, table: ActorTable, triggers: Triggers) -> list[str]:
    """Who travels when ``verb`` sends someone: the named official sent ("sent Minister X to Lima") or, for
    an envoy noun ("a senior official", "a trade delegation"), the sender itself."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    named = [a for a in actors_of(objs, table) if table.by_id[a].kind == "person" and official(table, a)]
    if named:
        return named
    envoys = [o for o in objs if o.pos_ == "NOUN" and triggers.has("envoy_noun", o.lemma_.lower())]
    leaders = [a for o in envoys for a in actors_of(led_by(o), table) if table.by_id[a].kind == "person"]
    if leaders:  # "sent a delegation led by Foreign Minister X and adviser Y": they go
        return leaders
    return [a for a in subjects_of(verb, table) if official(table, a)] if envoys else []


def send_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"Japan is expected to send a high-level official to Washington": a (planned) visit of Japan to the
    United States; "sent Trade Minister X to Tokyo": X visits Japan."""
    events = []
    for verb in with_lemmas(doc, triggers.words["send_verb"]):
        if verb.pos_ != "VERB" or not triggers.has("send_verb", verb.lemma_.lower()):
            continue
        heads = [verb, *(c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "acl")]
        places = [c for h in heads for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for c in p.children if c.dep_ == "pobj"]  # "sent an envoy to Hanoi": "to" read as a dative;
        # "sent a delegation led by X to Hanoi": hung on the participle
        dest = states_among(places, table)
        if not dest:
            continue
        visitors = [a for a in _sent(verb, table, triggers) if a not in dest
                    and table.by_id[a].country != table.by_id[dest[0]].country]
        if visitors:
            events.append(Event("visit", verb, visitors + dest[:1], visitors[0], dest[0], place_text(places[0]),
                                subjects=tuple(visitors)))
    return events


def _origins(verb: Token, triggers: Triggers) -> list[Token]:
    """Where ``verb``'s subject was before: the object of a departure verb ("left Paris today for London") or
    the "from" phrase of an arrival ("arrived from Helsinki", "flew in from Tokyo": ``origin_verb``)."""
    lemma = verb.lemma_.lower()
    if triggers.has("departure_verb", lemma):  # a place, not "headed the Japanese delegation"
        return [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")]
    if triggers.has("origin_verb", lemma):  # "arrived here from Oman": the phrase may hang on "here"
        return prep_objects(verb, "from") + [o for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("here", "there")
                                             for o in prep_objects(c, "from")]
    return []


def origin_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"X left Paris today for London", "X arrived from Helsinki aboard a U.S. plane": an official of another
    state leaving a place was there — a visit, over by then (occurred) whatever the tense of the new leg."""
    events = []
    for verb in with_lemmas(doc, triggers.words["departure_verb"] | triggers.words["origin_verb"]):
        if verb.pos_ != "VERB":
            continue
        places = _origins(verb, triggers)
        visit = trip_visit(verb, places, subjects_of(verb, table), table, triggers, known_state=True,
                           status="occurred") if places else None
        if visit is not None:
            events.append(visit)
    return events


def led_visits(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    """"X led a delegation to Beijing", "would head a Treasury team to Tokyo": the leader of a delegation
    (``delegation_noun``) going somewhere goes there; "the delegation to X" is a standing one, no trip."""
    events = []
    leading = (table.kb.leading_verbs if table.kb is not None else frozenset()) & triggers.words["light_verb"]
    for verb in with_lemmas(doc, leading):  # "led", "headed"; not "directed a team to Haiti", a command
        if verb.pos_ != "VERB":
            continue
        teams = [o for o in verb.children if o.dep_ == "dobj" and triggers.has("delegation_noun", o.lemma_.lower())
                 and any(c.lower_ in ("a", "an") for c in o.children)]  # not "headed the delegation to Bolivia"
        places = [c for h in (verb, *teams) for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for c in p.children if c.dep_ == "pobj"]
        visit = trip_visit(verb, places, subjects_of(verb, table), table, triggers) if teams and places else None
        if visit is not None:
            events.append(visit)
    return events
