"""Who takes part in an interaction: the actors in its trigger's syntactic neighbourhood.

Subjects (inherited through "is set to meet"), objects, "with/between" phrases and their
coordinated lists, appositions, possessors ("Rubio's visit"), groups ("the foreign ministers
of Japan and South Korea"), a state's named delegation, destinations ("travel to Washington").
"""
from __future__ import annotations

from spacy.tokens import Token

from .coordination import companions, controller_objects, expand, shared_subject_verb, stray_list, with_preps
from .delegations import delegation_heads, delegation_named_before
from .displaced_preps import displaced_partner_preps
from .group_references import coordinated_modifiers, group_named_before, modifier_side
from .knowledge import Knowledge
from .meeting_places import place_text
from .mentions import ActorTable
from .nlp import (
    as_subject,
    dateline_tokens,
    destination_subject,
    entity_end,
    entity_start,
    onward_objects,
    prep_objects,
    repeated_preps,
    sentence_of,
    sentence_start_back,
    whose_subject,
)
from .office_holders import office_holders
from .pair_references import the_armed_group, the_two
from .pronoun_parties import FIRST_PERSON, first_person_speaker, hidden_coordination
from .speaker_descriptions import body_referred_to
from .title_holders import (
    counterpart_of,
    delegation_leader,
    describes_person,
    included_members,
    listed_after,
    title_body,
    title_holder,
    title_prefixes_dropped,
    titled,
)
from .triggers import load_triggers, words
from .trip_stops import apposed_states, circuit_stops

WITH_PREPS = {"with", "between", "among", "alongside"}
DEST_PREPS = {"to", "in"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
OBJ_DEPS = {"dobj", "dative"}


def actors_of(tokens, table: ActorTable) -> list[str]:
    """The actors that argument tokens stand for, with everything coordinated with them."""
    ids: list[str] = []
    for tok in tokens:
        for t in expand(tok):
            for a in actors_of_token(t, table):
                if a not in ids:
                    ids.append(a)
    return ids


def actors_of_token(t: Token, table: ActorTable) -> list[str]:
    if t.i < 6 and t in dateline_tokens(t.doc):
        return []  # the wire's dateline is where the story was filed, not a party
    if t.i in table.people_tokens:
        return []  # "Somalis arrived in Kenya": a people, not its state
    if t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
        antecedent = t.head.head  # "Revere, a former official who negotiated …"
        if antecedent.dep_ == "appos" and table.actor_for(antecedent.head) and antecedent.head not in dateline_tokens(t.doc):
            antecedent = antecedent.head
        if antecedent.dep_ == "conj" and antecedent.head.dep_ in SUBJ_DEPS:  # "A and B, who had met before"
            return actors_of([antecedent.head], table)
        if any(c.dep_ == "conj" for c in antecedent.children):  # the clause hung on A of "A and B, who met"
            return actors_of([antecedent], table)
        aid = table.actor_for(antecedent)
        return [aid] if aid else []
    group = _pronoun_group(t, table)
    if group is not None:
        return group
    if t.lower_ in FIRST_PERSON and t.dep_ in SUBJ_DEPS:
        return first_person_speaker(t, table)  # '"I will meet B," A said'
    holder = title_holder(t, table) or _listed_group(t, table) or included_members(t, table) or counterpart_of(t, table) or \
        listed_after(t, table) or (
        delegation_leader(t, table) if table.actor_for(t) is None else [])
    if holder:
        return holder
    aid = table.actor_for(t)
    if aid is not None and table.by_id[aid].kind != "person" and t.i not in table.token_actor and (
            pair := the_two(t, table)):  # "the two Argentine officials", "the two EU presidents": not the state
        return pair
    named = t.i in table.token_actor
    appositive = any(c.dep_ == "appos" and table.actor_at(c.i) for c in t.children)
    if aid is None:  # "X, vice minister of the Ministry of Trade,": the title is X's, no group of its "of" noun
        return [] if (appositive or describes_person(t, table)) and titled(t, table) else _group_of(
            t, table) or _organ_of(t, table) or the_two(t, table) or the_armed_group(t, table) or group_named_before(
            t, table, lambda u: _group_of(u, table, titles=True) or modifier_side(u, table)) or _body_back(
            t, table) or delegation_named_before(t, table)
    if title_body(t, table):
        return []  # "X, vice minister of the Ministry of Trade (MITI),": the body of X's title
    if table.by_id[aid].kind != "person" and appositive and (not named or titled(t, table)):
        return []  # "Israeli counterpart Meir Ben-Shabbat", "the vice minister of X, Y,": the person stands for the side
    if not named and aid in table.delegations:
        return list(table.delegations[aid])  # "talks with Ukrainian officials": the delegation named
    return [aid, *(coordinated_modifiers(t, table) if not named else [])]


def _pronoun_group(t: Token, table: ActorTable) -> list[str] | None:
    """"A, B and C agreed … after he visited them"; "A and B … They met"; "received each of them", "both of
    them met X"; None for any other word."""
    if t.lower_ in ("each", "both") and t.pos_ in ("PRON", "DET") and (of := prep_objects(t, "of")):
        return actors_of(of, table)
    if (t.lower_ == "them" and t.dep_ in ("dobj", "pobj")) or (t.lower_ == "they" and t.dep_ in SUBJ_DEPS):
        return _plural_antecedent(t, table)
    return None


def _plural_antecedent(t: Token, table: ActorTable, chained: bool = False) -> list[str]:
    """"Norway, Egypt and the Soviet Union agreed … after he visited them": the last coordination of two or
    more actors named as a subject before the pronoun, in its sentence or the one before ("A and B were both in
    Quito. They held talks", "A and B arrived in Lima. C met them"), not its own verb's subject, unless a plural
    noun is a subject in between ("Officials said they …")."""
    lo = sentence_start_back(t, 1)
    own = next((v for v in t.ancestors if v.pos_ in ("VERB", "AUX")), None)  # "A and B will meet them": not A, B
    subjects = [h for h in t.doc[lo:t.i] if h.dep_ in SUBJ_DEPS and (t.lower_ != "them" or h.head != own)]
    for h in reversed(subjects):
        group = actors_of([h], table) if any(c.dep_ == "conj" for c in h.children) else hidden_coordination(h, table)
        if len(group) >= 2:
            return group
        if h.lower_ == "they" and not chained:  # "A and B visited X. This week they saw Y. They then flew to Z"
            return _plural_antecedent(h, table, chained=True)
        if members := _listed_members(h, table):
            return members
        if h.tag_ in ("NNS", "NNPS") or h.lower_ in ("we", "they"):
            return []
    return []


def _listed_members(h: Token, table: ActorTable) -> list[str]:
    """"The Japanese aides at the talks include A and B. C will meet them": a subject whose verb
    (membership_verbs.txt) lists its members stands for the persons listed."""
    verb = h.head
    if table.kb is None or h.dep_ != "nsubj" or verb.lemma_.lower() not in table.kb.membership_verbs:
        return []
    for o in verb.children:
        if o.dep_ == "dobj" and any(c.dep_ == "conj" for c in o.children):
            group = [a for a in actors_of([o], table) if table.by_id[a].kind == "person"]
            return group if len(group) >= 2 else []
    return []


def _group_of(t: Token, table: ActorTable, titles: bool = False) -> list[str]:
    """"A group of Moroccan diplomats", "the foreign ministers of Japan and South Korea"; with ``titles``
    also a title the wire capitalises ("Foreign Ministers of ASEAN"). An "including" phrase the parser
    hung on the list's last member names the group's people ("officials of A, B and C, including A's X")."""
    if table.kb is None or t.lemma_.lower() not in table.kb.group_nouns and not (
            titles and table.kb.title(t.text)) or t.pos_ != "NOUN" and not titles:
        return []
    of = prep_objects(t, "of", "from", "for") or [  # "envoys from A, B"; "the two countries' foreign ministers"
        c for c in t.children if c.dep_ == "poss" and t.tag_ == "NNS"]
    if not of:
        return []
    found: list[str] = []
    for x in expand(of[0]) + _misparsed_members(t, of[0], table):
        found.extend(a for a in actors_of_token(x, table) if a not in found)
        for y in (y for z in prep_objects(x, "including") + (prep_objects(t, "including") if x == of[0] else [])
                  for y in expand(z)):
            found.extend(a for a in actors_of_token(y, table) if a not in found and table.by_id[a].kind == "person")
    return office_holders(found, t, table)


def _misparsed_members(t: Token, first: Token, table: ActorTable) -> list[Token]:
    """"The defence ministers of Peru and Bolivia": the parser may hang "Bolivia" on "ministers"; a state
    coordinated with the office is one more state of the "of" list."""
    def state(x: Token) -> bool:
        aid = table.token_actor.get(x.i)
        return aid is not None and table.by_id[aid].kind == "country"
    return [c for c in t.children if c.dep_ == "conj" and state(c)] if state(first) else []


def _body_back(t: Token, table: ActorTable) -> list[str]:
    """"The ministry has been negotiating with Norway and Qatar": "the ministry" as a subject is the body last
    a subject (speaker_descriptions.body_referred_to), so the partners are its, not each other's."""
    aid = body_referred_to(t, table) if t.dep_ in SUBJ_DEPS else None
    return [aid] if aid is not None else []


def _organ_of(t: Token, table: ActorTable) -> list[str]:
    """"The general assembly of the X Corporation met", "the council of the Arab League": a body's own organ,
    named by a common noun (org_words.txt) and no actor itself, acts for the body its "of" phrase names."""
    if table.kb is None or t.pos_ != "NOUN" or t.lemma_.lower() not in table.kb.org_words:
        return []
    of = prep_objects(t, "of")
    aid = table.actor_for(of[0]) if len(of) == 1 else None
    return [aid] if aid is not None and table.by_id[aid].kind == "organization" else []


def _listed_group(t: Token, table: ActorTable) -> list[str]:
    """"talks with officials of A, B and C, including A's minister X": the states the "of" list names stay
    parties beside the persons the "including" phrase names (who stand for their own states)."""
    if not prep_objects(t, "including") or not prep_objects(t, "of", "from"):
        return []
    return _group_of(t, table, titles=True)


def subjects_of(verb: Token, table: ActorTable) -> list[str]:
    """Subjects of a verb, inherited from the verbs above through xcomp/conj ("is set to meet")."""
    seen = 0
    v = verb
    while seen < 4:
        subj = title_prefixes_dropped([c for c in v.children if c.dep_ in SUBJ_DEPS] or whose_subject(v), table)
        if subj and not destination_subject(v):
            found = actors_of(subj, table)
            if not found:  # "Suga's travels will include meeting …": the possessor travels
                found = actors_of([c for s in subj for c in s.children if c.dep_ == "poss"], table)
            found += [a for a in actors_of(delegation_heads(subj), table) if a not in found]  # "the
            # delegations, led by A and B, met": each head
            return found + [a for a in actors_of(companions(v, "advcl"), table) if found and a not in found]
        controller = actors_of(controller_objects(v), table)  # "urged X to hold talks": X acts
        if controller:
            return controller
        up = shared_subject_verb(v)
        if up is not None:
            v, seen = up, seen + 1
            continue
        said_by = as_subject(v)
        if said_by is not None:  # "quoted X as saying at the meeting"
            return actors_of([said_by], table)
        if v.dep_ == "pcomp" and v.head.head != v.head:  # "after meeting with Biden, Suga …"
            v, seen = v.head.head, seen + 1
            if v.dep_ == "npadvmod" and v.head.pos_ in ("VERB", "AUX"):
                v = v.head  # "paid a call on X, a day after holding talks with Y": the time phrase's verb
            continue
        if v.dep_ == "relcl":
            return actors_of([v.head], table)
        if v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN"):  # "Kellogg, speaking ..."
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            owner = [c for c in v.head.children if c.dep_ == "poss"] if infinitive else []
            found = actors_of([v.head], table) or actors_of(owner, table)  # "Chile's offer to meet X": Chile
            if found:
                return found
            n = v.head  # "in a move to strengthen ties after meeting X": the mover
            while (n.dep_ in ("pobj", "prep") or n.dep_ == "dobj" and infinitive) and n.head != n:
                n = n.head  # "accepted an invitation to visit": the one who accepted
            if n.pos_ in ("VERB", "AUX") and n != v:
                v = n
                seen += 1
                continue
        break
    return []


def with_objects(token: Token, table: ActorTable, preps=WITH_PREPS) -> list[str]:
    objs: list[Token] = []
    along = [w for w in with_preps(token) if w.head != token] if "with" in preps else []  # "along with B"
    for prep in [*token.children, *along, *displaced_partner_preps(token)]:
        if prep.dep_ == "prep" and prep.lower_ in preps:  # "with A and with B": both
            objs.extend(c for p in (prep, *repeated_preps(prep)) for c in p.children if c.dep_ == "pobj")
    return actors_of(objs + _list_tail(objs), table)


def _list_tail(objs: list[Token]) -> list[Token]:
    """"spoke with B, C and D" where the parser hung "C and D" on the subject (coordination.stray_list): the
    rest of the list, set off by the comma right after the last object; else a member hung higher (_hung_conj)."""
    if not objs:
        return []
    doc, nxt = objs[-1].doc, objs[-1].right_edge.i + 1
    set_off = nxt + 1 < len(doc) and doc[nxt].text == ","
    stray = [t for t in doc[nxt + 1:min(nxt + 6, len(doc))] if stray_list(t)] if set_off else []
    return stray[:1] or _hung_conj(objs[-1])


def _hung_conj(last: Token) -> list[Token]:
    """"meetings with the Deputy Trade Representative, A, and the Under Secretary of Commerce, B": the parser
    hangs the list's last member on a noun above the "with" phrase; a noun joined to that noun right after the
    phrase's closing comma and "and" continues the list."""
    doc, j = last.doc, last.right_edge.i + 1
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].lower_ != "and" or doc[j].dep_ != "cc" or doc[j].head not in set(last.ancestors):
        return []
    return [c for c in doc[j].head.children if c.dep_ == "conj" and c.i > j and c.pos_ in ("NOUN", "PROPN")][:1]


def destination(token: Token, table: ActorTable, kb: Knowledge) -> tuple[list[str], str | None]:
    """Where a visit goes: ("to Washington" → the United States, location "Washington").
    "to" phrases first, then a direct object ("visit India"), then "in" ("arrived in Amman")."""
    preps = {p.lower_: [c for q in (p, *repeated_preps(p)) for c in q.children if c.dep_ == "pobj"]
             for p in token.children if p.dep_ == "prep"}  # "flew to Phnom Penh and then to Bangkok"
    onward = onward_objects(p for p in token.children if p.dep_ in ("prep", "advmod", "prt")
                            and p.lower_ in ("on", "onward", "onwards"))
    preps["to"] = preps.get("to", []) + onward  # "travels on to Tanzania": "to" hung on "on"
    dobj = [c for c in token.children if c.dep_ in OBJ_DEPS]
    where = [token.head] if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children) else []
    candidates = preps.get("to", []) + preps.get("into", []) + circuit_stops(token) + \
        (dobj if token.pos_ in ("VERB", "NOUN") else []) + preps.get("in", []) + where  # "flew into Lima", "a tour
    # of A", "Hanoi, where he arrives on Wednesday"
    stops = [a for t in preps["to"] for a in actors_of([t], table) if table.by_id[a].kind == "country"] \
        if len(preps["to"]) > 1 else []
    if len(stops) > 1:
        return list(dict.fromkeys(stops)), place_text(preps["to"][0])  # "to A and then to B": each a stop
    for target in candidates:
        ids = apposed_states(target, table) or actors_of([target], table) or (
            city_state(target, table, kb) if target not in preps.get("in", []) else [])  # not "entered X in Y"
        ids = ids or place_noun_state(target, table) or _inviters_state(token, target, table)  # "to the Afghan
        # capital"; "invited X to visit the kingdom"
        if ids:
            return ids, place_text(target)
    if not candidates and _second_arrival(token):  # "A flew to Amman, and B arrived by road on Monday": there too
        return destination(token.head, table, kb)
    place = dateline_tokens(token.doc)
    if place and any(c.lower_ == "here" and c.dep_ == "advmod" for c in token.children):
        aid = table.actor_for(place[-1])  # "arrived here" in a story filed from CARACAS
        if aid:
            return [aid], " ".join(t.text for t in place).title()
    return [], (place_text(candidates[0]) if candidates else None)


def _second_arrival(token: Token) -> bool:
    """A verb of arrival (``arrival_verb``) with a subject of its own and no place, coordinated with a verb of
    travel that has one; not "went home", "came back", "stopped to talk to reporters"."""
    triggers = load_triggers()
    return token.dep_ == "conj" and token.head.pos_ == "VERB" and triggers.verbs.get(token.head.lemma_.lower()) == "visit" \
        and triggers.has("arrival_verb", token.lemma_.lower()) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
        and not any(c.lower_ in ("home", "back") for c in token.children)


def place_noun_state(target: Token, table: ActorTable) -> list[str]:
    """"the Afghan capital", "Kenya's capital": the state a place noun's modifier names."""
    if target.lemma_.lower() not in words("place_noun"):
        return []
    return [a for a in actors_of([c for c in target.children if c.dep_ in ("amod", "compound", "poss")], table)
            if table.by_id[a].kind == "country"]


def _inviters_state(token: Token, target: Token, table: ActorTable) -> list[str]:
    """"King X invited Y to visit the kingdom": "the kingdom" (or "the country") the host invites to is his state."""
    if target.lemma_.lower() not in ("kingdom", "country") or [c.lower_ for c in target.children] != ["the"] \
            or token.dep_ != "xcomp" or token.head.lemma_.lower() != "invite":
        return []
    states = {c for a in subjects_of(token.head, table) if (c := table.by_id[a].country) is not None}
    return [table.country_actor(states.pop())] if len(states) == 1 and table.kb is not None else []


def city_state(target: Token, table: ActorTable, kb: Knowledge) -> list[str]:
    """"visited Jeddah": a city no capital (so no mention of its state) is in its state."""
    city = kb.city(target.doc[entity_start(target):entity_end(target)].text) if target.ent_type_ in (
        "GPE", "LOC", "FAC", "PERSON", "ORG") else None  # "Ho Chi Minh City" tagged PERSON
    return [table.country_actor(city.iso3)] if city is not None else []


def official(table: ActorTable, aid: str) -> bool:
    """Visits are made by officials, states, bodies and royals, not by private people."""
    actor = table.by_id[aid]
    royal = table.kb is not None and actor.name.split(" ", 1)[0].lower() in table.kb.royal_styles
    return actor.kind != "person" or actor.role is not None or royal


def known_body(table: ActorTable, aid: str, kb: Knowledge) -> bool:
    return kb.organization(table.by_id[aid].name) is not None


def discourse_topic(token: Token, table: ActorTable) -> str | None:
    """The person the sentence, else the nearest previous sentence, has as its subject."""
    sent = sentence_of(token)
    root_subj = [c for c in sent.root.children if c.dep_ in SUBJ_DEPS]
    for s in root_subj:
        aid = table.actor_for(s)
        if aid and table.by_id[aid].kind == "person":
            return aid
    earliest = sentence_start_back(token, 3)  # up to three sentences back
    for m in reversed(table.mentions):
        if m.start >= sent.start or m.start < earliest:
            continue
        if table.by_id[m.actor_id].kind == "person" and m.is_subject(token.doc):
            return m.actor_id
    return None


