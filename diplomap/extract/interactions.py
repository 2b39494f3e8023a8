"""Typed interactions between actors, from dependency patterns over trigger words.

A trigger (``data/knowledge/interaction_triggers.csv``: "met", "summit", "talks",
"visit", "phoned" ...) becomes one interaction whose participants are the actors in
its argument positions: subjects (inherited through "is set to meet"), objects,
"with/between" phrases and their coordinated lists, possessors ("Rubio's visit"),
destinations ("travel to Washington"). Co-occurrence alone is never an interaction.
Status comes from modality words on the trigger and the verbs above it
(``modality.csv``); location and date from "in/at" phrases and DATE entities.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..models import MEETING_TYPES, Article, Interaction
from .dates import resolve_date
from .knowledge import DEFAULT_DIR, Knowledge, load_knowledge, read_table
from .mentions import ActorTable
from .nlp import sentence_of
from .quotes import speech_verbs

WITH_PREPS = {"with", "between", "among", "alongside"}
DEST_PREPS = {"to", "in"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
OBJ_DEPS = {"dobj", "dative"}
# verbs that make their subject a party to the event named by their object ("held talks")
LIGHT_VERBS = {"hold", "have", "attend", "join", "conduct", "begin", "start", "host", "prepare", "plan",
               "seek", "propose", "schedule", "resume", "open", "launch", "continue", "make", "pay",
               "arrange", "organize", "organise", "convene", "chair", "lead", "take", "agree",
               "want", "request", "call", "offer", "accept", "cancel", "postpone", "skip", "set",
               "travel", "fly", "head", "go", "arrive", "come", "return", "end", "conclude", "wrap",
               "renew", "undertake", "give", "extend", "complete", "finish", "pursue", "enter", "break",
               "refuse", "reject", "boycott", "decline"}
# "during/after talks": the clause's subject took part; "react to a visit" says nothing of that
EVENT_PREPS = {"during", "at", "after", "following", "before", "ahead", "in", "for", "on"}
# verbs whose subject sets a meeting up for others rather than taking part (a mediator does take part)
ARRANGING_VERBS = {"arrange", "facilitate", "broker", "organize", "organise", "set", "seek", "propose", "plan",
                   "push", "help", "urge", "call", "want"}
STATUS_ORDER = ("negated", "proposed", "planned", "occurred")
CALL_MARKERS = {"phone", "telephone", "video", "call", "videoconference", "virtual", "virtually"}


@dataclass(frozen=True)
class Triggers:
    verbs: dict[str, str]
    nouns: dict[str, str]
    modality: dict[str, str]


@lru_cache(maxsize=4)
def load_triggers(directory: str | None = None) -> Triggers:
    base = Path(directory) if directory else DEFAULT_DIR
    verbs, nouns, modality = {}, {}, {}
    for row in read_table(base / "interaction_triggers.csv"):
        (verbs if row["pos"] == "VERB" else nouns)[row["lemma"]] = row["type"]
    for row in read_table(base / "modality.csv"):
        modality[row["word"]] = row["status"]
    return Triggers(verbs, nouns, modality)


# --- participants -----------------------------------------------------------------------


def _expand(token: Token) -> list[Token]:
    """A token and everything coordinated with it ("A, B, C and other leaders")."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return sorted(out, key=lambda t: t.i)


def _actors_of(tokens, table: ActorTable) -> list[str]:
    """The actors that argument tokens stand for, with everything coordinated with them."""
    ids: list[str] = []
    for tok in tokens:
        for t in _expand(tok):
            for a in _actors_of_token(t, table):
                if a not in ids:
                    ids.append(a)
    return ids


def _actors_of_token(t: Token, table: ActorTable) -> list[str]:
    if t.i in table.people_tokens:
        return []  # "Somalis arrived in Kenya": a people, not its state
    if t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
        antecedent = t.head.head  # "Revere, a former official who negotiated …"
        if antecedent.dep_ == "appos" and table.actor_for(antecedent.head):
            antecedent = antecedent.head
        aid = table.actor_for(antecedent)
        return [aid] if aid else []
    aid = table.actor_for(t)
    if aid is None:
        return _group_of(t, table) or _the_two(t, table)
    named = t.i in table.token_actor
    if not named and table.by_id[aid].kind != "person" and any(
            c.dep_ == "appos" and table.actor_at(c.i) for c in t.children):
        return []  # "Israeli counterpart Meir Ben-Shabbat": the person stands for the side
    if not named and aid in table.delegations:
        return list(table.delegations[aid])  # "talks with Ukrainian officials": the delegation named
    return [aid, *(table.coordinated_modifiers(t) if not named else [])]


PAIR_WORDS = {"two", "both"}


def _the_two(t: Token, table: ActorTable) -> list[str]:
    """"The two leaders", "both sides": the last two people (or states) named before."""
    if t.pos_ != "NOUN" or not any(c.lower_ in PAIR_WORDS for c in t.children):
        return []
    if not (table.kb and (table.kb.title(t.text) or t.lemma_.lower() in table.kb.group_nouns)) \
            or t.lemma_.lower() in ("side", "country", "nation", "state", "government"):
        return []  # "both sides" may be any two parties: only people are counted back
    want = "person"
    found: list[str] = []
    for m in sorted(table.mentions, key=lambda m: -m.start):
        actor = table.by_id[m.actor_id]
        office = table.kb.title(actor.role) if actor.role else None  # leaders, not the analysts quoted
        if m.start < t.i and t.i - m.start < 120 and actor.kind == want and office and office.rank <= 3 \
                and m.actor_id not in found:
            found.append(m.actor_id)
            if len(found) == 2:
                return found[::-1]
    return []


def _group_of(t: Token, table: ActorTable) -> list[str]:
    """"A group of Moroccan diplomats", "the foreign ministers of Japan and South Korea"."""
    if t.pos_ != "NOUN" or table.kb is None or t.lemma_.lower() not in table.kb.group_nouns:
        return []
    of = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    if not of:
        return []
    found = []
    for x in _expand(of[0]):
        found.extend(a for a in _actors_of_token(x, table) if a not in found)
    return found


def _subjects(verb: Token, table: ActorTable) -> list[str]:
    """Subjects of a verb, inherited from the verbs above through xcomp/conj ("is set to meet")."""
    seen = 0
    v = verb
    while seen < 4:
        subj = [c for c in v.children if c.dep_ in SUBJ_DEPS]
        if subj:
            found = _actors_of(subj, table)
            if not found:  # "Suga's travels will include meeting …": the possessor travels
                found = _actors_of([c for s in subj for c in s.children if c.dep_ == "poss"], table)
            return found
        if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head != v:
            v = v.head
            seen += 1
            continue
        if v.dep_ == "pcomp" and v.head.head != v.head:  # "after meeting with Biden, Suga …"
            v = v.head.head
            seen += 1
            continue
        if v.dep_ == "relcl":
            return _actors_of([v.head], table)
        if v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN"):  # "Kellogg, speaking ..."
            found = _actors_of([v.head], table)
            if found:
                return found
            n = v.head  # "in a move to strengthen ties after meeting X": the mover
            while n.dep_ in ("pobj", "prep") and n.head != n:
                n = n.head
            if n.pos_ in ("VERB", "AUX") and n != v:
                v = n
                seen += 1
                continue
        break
    return []


def _with_objects(token: Token, table: ActorTable, preps=WITH_PREPS) -> list[str]:
    objs = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            objs.extend(c for c in prep.children if c.dep_ == "pobj")
    return _actors_of(objs, table)


def _destination(token: Token, table: ActorTable, kb: Knowledge) -> tuple[list[str], str | None]:
    """Where a visit goes: ("to Washington" → the United States, location "Washington").
    "to" phrases first, then a direct object ("visit India"), then "in" ("arrived in Amman")."""
    preps = {p.lower_: [c for c in p.children if c.dep_ == "pobj"] for p in token.children if p.dep_ == "prep"}
    dobj = [c for c in token.children if c.dep_ in OBJ_DEPS]
    candidates = preps.get("to", []) + (dobj if token.pos_ in ("VERB", "NOUN") else []) + preps.get("in", [])
    for target in candidates:
        ids = _actors_of([target], table)
        if ids:
            return ids, _place_text(target)
    return [], (_place_text(candidates[0]) if candidates else None)


PLACE_LABELS = ("GPE", "LOC", "FAC")


def _place_text(token: Token) -> str | None:
    """The place a phrase names: a place entity ("in 2019" is a date, not a place), or a
    seat of power the ruler tags as an organisation ("at the Elysee Palace")."""
    doc = token.doc
    for t in [token, *(c for c in token.children if c.dep_ in ("compound", "amod"))]:
        if t.ent_type_ in PLACE_LABELS or (t.ent_type_ == "ORG" and _is_seat(t)):
            if t.i != token.i and token.ent_type_ == "":  # "the Elysee Palace": the whole phrase
                start = min(c.i for c in token.children if c.dep_ in ("compound", "amod"))
                return doc[start:token.i + 1].text
            return _entity_at(t).text
    return None


def _entity_at(token: Token):
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return token.doc[start:end]


def _is_seat(token: Token) -> bool:

    return load_knowledge().metonym(_entity_at(token).text) is not None


# --- status, place, date ---------------------------------------------------------------------


def _governors(token: Token, limit: int = 6) -> list[Token]:
    """The trigger and the verbs/nouns above it within its clause chain."""
    chain = [token]
    t = token
    while t.head != t and len(chain) < limit:
        if t.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "ROOT") and len(chain) > 1:
            break
        if t.dep_ == "pobj" and t.head.lower_ not in EVENT_PREPS:
            break
        t = t.head
        chain.append(t)
        if t.dep_ == "ccomp":
            break
    return chain


def _status(token: Token, chain: list[Token], triggers: Triggers) -> str:
    """The status the modality words on the trigger's ``chain`` (``_governors``) give it."""
    if token.head.lower_ == "without" and token.dep_ in ("pcomp", "pobj"):
        return "negated"  # "left without meeting Putin" (but a summit that "ended without a deal" took place)
    found = set()
    lemmas = triggers.modality
    for g in chain:
        words = [g] + [c for c in g.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "amod", "acomp", "prep")]
        for w in words:
            for key in {w.lemma_.lower(), w.lower_}:  # spaCy lemmatises "hopes" as "hop"
                if w != token and key in lemmas:
                    found.add(lemmas[key])
        for i in range(max(g.i - 1, 0), min(g.i + 2, len(g.doc) - 1)):  # "call for", "call off", "go to"
            pair = f"{g.doc[i].lemma_.lower()} {g.doc[i + 1].lower_}"
            if pair in lemmas and g.doc[i] != token:
                found.add(lemmas[pair])
    top = chain[-1]  # "little chance that another summit will take place": the clause is
    if top.dep_ in ("ccomp", "acl") and lemmas.get(top.head.lemma_.lower()) == "proposed":  # a possibility
        found.add("proposed")
    for s in STATUS_ORDER:
        if s in found:
            return s
    return "occurred"


def _location(tokens: list[Token], exclude: set[int]) -> str | None:
    for token in tokens:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i not in exclude:
                        place = _place_text(pobj)
                        if place:
                            return place
    return None


def _dates_by_sentence(doc) -> dict[int, list]:
    """DATE entities by the start of their sentence, indexed once per doc: ``doc.ents`` builds every
    span on each call, which made a long article (thousands of events) quadratic."""
    index = doc.user_data.get("diplomap_dates")
    if index is None:
        index = doc.user_data["diplomap_dates"] = {}
        for ent in doc.ents:
            if ent.label_ == "DATE":
                index.setdefault(sentence_of(doc[ent.start]).start, []).append(ent)
    return index


def _date(tokens: list[Token], article: Article, status: str) -> str | None:
    doc = tokens[0].doc
    heads = {t.i for t in tokens}
    for ent in _dates_by_sentence(doc).get(sentence_of(tokens[0]).start, ()):
        near = [ent.root.head, ent.root.head.head]
        if any(a.i in heads for a in near):
            return resolve_date(ent.text, article.date, future=status in ("planned", "proposed"))
    return None


# --- the extractor -----------------------------------------------------------------------


@dataclass
class _Event:
    type: str
    trigger: Token
    actors: list[str]
    source: str | None = None
    target: str | None = None
    location: str | None = None
    subjects: tuple[str, ...] = ()  # the side named as subject, when known


def _split_calls(ev: _Event) -> list[_Event]:
    """"Sheinbaum and Trudeau told Trump in phone calls": a call each, not a conference;
    "visit India and the Philippines": a visit to each."""
    others = [a for a in ev.actors if a not in ev.subjects]
    if ev.type == "visit" and ev.subjects and len(others) > 1:
        return [_Event(ev.type, ev.trigger, [*ev.subjects, d], ev.source, d, ev.location, ev.subjects)
                for d in others]
    if ev.type != "call" or len(ev.subjects) < 2 or not others:
        return [ev]
    return [_Event(ev.type, ev.trigger, [s, *others], s, others[0], ev.location, (s,)) for s in ev.subjects]


def _event_for(token: Token, kind: str, table: ActorTable, kb: Knowledge, triggers: Triggers) -> _Event | None:
    lemma = token.lemma_.lower()
    verb_like = token.pos_ == "NOUN" and (token.tag_.startswith("VB") or (
        token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.children)))  # "is expected visit India"
    if token.pos_ in ("VERB", "AUX") or verb_like:
        return _verb_event(token, kind, lemma, table, kb)
    return _noun_event(token, kind, lemma, table, kb, triggers)


def _verb_event(token: Token, kind: str, lemma: str, table: ActorTable, kb: Knowledge) -> _Event | None:
    subj = _subjects(token, table)
    agent = [c for ch in token.children if ch.dep_ == "agent" for c in ch.children if c.dep_ == "pobj"]
    if agent:  # "was hosted by X"
        subj = _actors_of(agent, table) + subj
    if kind == "visit":
        if lemma != "visit" and any(c.dep_ == "dobj" for c in token.children):
            return None  # "flying them to the U.S.": carrying, not visiting
        dest, place = _destination(token, table, kb)
        dest = [d for d in dest if table.by_id[d].kind in ("country", "person")]
        if lemma == "visit" and token.lower_ == "visiting" and token.dep_ in ("amod", "xcomp", "acl"):
            return None  # "visiting Foreign Minister X": handled as a host meeting
        if subj and not _official(table, subj[0]):
            return None  # "After arriving in the U.S., David Gee was detained": a migrant, not a visit
        return _Event("visit", token, subj + [d for d in dest if d not in subj], subj[0] if subj else None,
                      dest[0] if dest else None, place, subjects=tuple(subj))
    objs = _actors_of([c for c in token.children if c.dep_ in OBJ_DEPS], table) if kind != "call" or lemma != "call" else []
    withs = _with_objects(token, table)
    if lemma in ("tell", "assure") and kind == "call":
        withs = withs + [a for a in _actors_of([c for c in token.children if c.dep_ in OBJ_DEPS], table)
                         if a not in withs]
    if lemma in ("speak", "talk") and kind == "meet":
        withs = withs + [a for a in _with_objects(token, table, preps=("to",)) if a not in withs]
    if lemma == "call" and kind == "call":  # "called Putin", not "called for talks" or "called on X to"
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "dative") or (c.dep_ == "prep" and c.lower_ == "for") or (
                c.dep_ == "prep" and c.lower_ == "on" and not any(g.ent_type_ == "DATE" for g in c.children))
               for c in token.children):
            return None
        objects = [c for c in token.children if c.dep_ in OBJ_DEPS]
        if any(g.dep_ in ("appos", "attr", "oprd") and g.pos_ == "NOUN" for o in objects for g in o.children):
            return None  # "called Putin a dictator": naming, not phoning
        objs = _actors_of(objects, table)
    parts = subj + [a for a in objs + withs if a not in subj]
    if kind not in MEETING_TYPES and not [a for a in objs + withs if a not in subj]:
        return None  # a statement needs a target apart from its authors ("the two presidents backing …")
    return _Event(kind, token, parts, subj[0] if subj else None, (objs + withs)[0] if objs + withs else None,
                  subjects=tuple(subj))


def _noun_event(token: Token, kind: str, lemma: str, table: ActorTable, kb: Knowledge,
                triggers: Triggers) -> _Event | None:
    if lemma == "talk" and token.tag_ != "NNS" and not (
            token.dep_ == "pobj" and token.head.lower_ in ("for", "in", "during")):
        return None  # "a talk at a university" is a lecture; "return for talk on …" is not
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lemma_ not in (
            triggers.nouns):  # "a mediation effort between …": the head noun carries the phrase
        token = token.head
    if lemma in ("call", "phone") and not (
            any(c.lower_ in CALL_MARKERS for c in token.children) or _with_objects(token, table)
            or lemma == "phone"):
        return None
    if lemma == "phone" and token.head.lemma_.lower() not in ("speak", "talk", "call", "conversation"):
        if not any(c.dep_ == "prep" for c in token.children):
            return None
    mods = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    owners = [a for a in _actors_of(mods, table)  # "Brexit negotiations", "Jeddah talks" name no party
              if table.by_id[a].kind in ("person", "country") or _known_body(table, a, kb)]
    pair = _hyphen_pair(token, table)  # "U.S.-Russia talks", "the Trump-Kim summit"
    if len(pair) >= 2:
        owners = pair
    withs = _with_objects(token, table)
    if kind == "meet" and lemma in ("welcome", "reception", "audience"):  # "a warm welcome to X"
        withs = withs + [a for a in _with_objects(token, table, preps=("to", "for"))
                         if table.by_id[a].kind == "person" and a not in withs]
    agent = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "by"
             for c in p.children if c.dep_ == "pobj"]
    by = _actors_of(agent, table)
    parts = by + [a for a in owners if a not in by]
    # the verb this noun is an argument of: "held talks", "prepare for talks", "during a visit"
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    via_prep = token.head.lower_ if token.dep_ == "pobj" else None
    if head != token and head.pos_ in ("VERB", "AUX") and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        if (head.lemma_.lower() in LIGHT_VERBS or via_prep in EVENT_PREPS) and not (kind == "visit" and by):
            subj = _subjects(head, table)
            if head.lemma_.lower() in ("tell", "say", "assure", "inform", "brief"):  # "told Trump in a call"
                withs = withs + [a for a in _actors_of([c for c in head.children if c.dep_ in OBJ_DEPS], table)
                                 if a not in withs]
            if head.lemma_.lower() in ("join", "host", "attend"):
                subj = subj + _actors_of([c for c in head.children if c.dep_ in OBJ_DEPS and c != token], table)
            if token.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "convene a meeting … with Iran and Russia",
                # "a summit will take place between Washington and Pyongyang": "with" hung on the verb
                withs = withs + [a for a in _with_objects(head, table) if a not in withs]
            parts = [a for a in subj if a not in parts] + parts
    if kind == "visit":
        dest, place = _destination(token, table, kb)
        dest = [d for d in dest if table.by_id[d].kind in ("country", "person")]
        visitor = parts[0] if parts else None
        if not dest or (visitor and not _official(table, visitor)):
            return None  # a visit with no destination named ("a visit here by X") links no one
        return _Event("visit", token, parts + [d for d in dest if d not in parts], visitor,
                      dest[0], place, subjects=tuple(parts))
    if kind == "call" or any(c.lower_ in CALL_MARKERS for c in token.children):
        kind = "call"
    between = _with_objects(token, table, preps=("between", "among"))
    if len(between) >= 2 and head.lemma_.lower() in ARRANGING_VERBS:
        parts = [a for a in owners if a not in between]  # "arranged a meeting between Zelensky and Trump"
    subjects = tuple(a for a in parts if a not in withs)
    parts = parts + [a for a in withs if a not in parts]
    if len(parts) == 1 and withs and _attached_to_root(token):  # "Following talks with X, …": the one the story is about
        topic = _discourse_topic(token, table)
        if topic and topic not in parts:
            parts = [topic] + parts
    return _Event(kind, token, parts, parts[0] if parts else None, withs[0] if withs else None,
                  subjects=subjects)


def _hyphen_pair(token: Token, table: ActorTable) -> list[str]:
    """The parties a hyphenated modifier names: "U.S.-Russia" (one token) or "Trump-Kim"."""
    doc = token.doc
    left = [t for t in doc[token.left_edge.i:token.i] if t.dep_ != "det"]
    text = "".join(t.text_with_ws for t in left).strip()
    if "-" not in text or text.count("-") > 3:
        return []
    chunks = [c.split() for c in text.replace(" - ", "-").split("-")]
    if any(not c for c in chunks):
        return []
    # the word at the hyphen: "U.S.-China trade talks" pairs "U.S." with "China"
    words = [c[-1] if i == 0 else c[0] for i, c in enumerate(chunks)]
    parts = [table.named(w) for w in words]
    return parts if all(parts) and len(set(parts)) == len(parts) else []


def _attached_to_root(token: Token) -> bool:
    """"Following talks with X, both leaders …": the phrase hangs on the main clause."""
    root = sentence_of(token).root
    if root.lemma_.lower() in speech_verbs():
        return False
    t = token
    for _ in range(3):
        if t.head == root:
            return True
        if t.dep_ not in ("pobj", "dobj", "prep", "pcomp", "advcl") or t.head == t:
            return False
        t = t.head
    return False


def _by_phone(token: Token) -> bool:
    """"told X by phone", "said over the telephone": the verb's own phrase names a call."""
    return any(p.dep_ == "prep" and p.lower_ in ("by", "over", "on") and
               any(c.dep_ == "pobj" and c.lower_ in CALL_MARKERS for c in p.children)
               for p in token.children)


def _addresses_a_body(token: Token, table: ActorTable) -> bool:
    """"Spoke to top NATO and EU brass": an address to officials of a state or body,
    not "spoke to reporters"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                aid = table.actor_for(pobj) if pobj.dep_ == "pobj" else None
                if aid and (pobj.i not in table.token_actor or table.by_id[aid].kind == "organization"):
                    return True
    return False


def _official(table: ActorTable, aid: str) -> bool:
    """Visits are made by officials, states and bodies, not by private people."""
    actor = table.by_id[aid]
    return actor.kind != "person" or actor.role is not None


def _known_body(table: ActorTable, aid: str, kb: Knowledge) -> bool:
    return kb.organization(table.by_id[aid].name) is not None


def _discourse_topic(token: Token, table: ActorTable) -> str | None:
    """The person the sentence, else the nearest previous sentence, has as its subject."""
    sent = sentence_of(token)
    root_subj = [c for c in sent.root.children if c.dep_ in SUBJ_DEPS]
    for s in root_subj:
        aid = table.actor_for(s)
        if aid and table.by_id[aid].kind == "person":
            return aid
    doc = token.doc
    earliest = sent.start
    for _ in range(3):  # up to three sentences back
        if earliest > 0:
            earliest = sentence_of(doc[earliest - 1]).start
    for m in reversed(table.mentions):
        if m.start >= sent.start or m.start < earliest:
            continue
        if table.by_id[m.actor_id].kind == "person" and m.is_subject(doc):
            return m.actor_id
    return None


def _host_meetings(doc: Doc, table: ActorTable) -> list[_Event]:
    """"X assured visiting Foreign Minister Y": X hosted Y (a meeting) and Y visited."""
    events = []
    for token in doc:
        if token.lower_ != "visiting":
            continue
        guest_tokens = [c for c in token.children if c.dep_ in OBJ_DEPS] if token.dep_ != "amod" else [token.head]
        guests = [a for a in _actors_of(guest_tokens, table) if table.by_id[a].kind == "person"]
        if not guests:
            continue
        host_verb = token.head if token.dep_ != "amod" else token.head.head
        hosts = [a for a in _subjects(host_verb, table) if a not in guests]
        if hosts:
            events.append(_Event("meet", token, hosts + guests, hosts[0], guests[0]))
        place_tokens = [t for t in sentence_of(token) if t.ent_type_ == "GPE" and t.dep_ == "pobj" and t.head.lower_ == "in"]
        for t in place_tokens:
            dest = table.actor_for(t)
            if dest and table.by_id[dest].kind == "country":
                events.append(_Event("visit", token, guests + [dest], guests[0], dest, t.text))
                break
    return events


def _clean(ev: _Event, table: ActorTable) -> list[str]:
    """Participants without duplicates, and without a country already represented by
    one of its own people ("Rubio and other U.S. officials"; "Starmer, speaking to
    British lawmakers" is no international meeting)."""
    persons_countries = {table.by_id[a].country for a in ev.actors if table.by_id[a].kind != "country"}
    out = []
    for a in ev.actors:
        actor = table.by_id[a]
        if actor.kind == "country" and actor.country in persons_countries and (ev.type != "visit" or a != ev.target):
            continue
        if a not in out:
            out.append(a)
    if ev.type == "visit" and len(out) == 2:
        v, d = (table.by_id[x] for x in out)
        if d.kind == "country" and v.country == d.country:
            return []  # travelling at home is not a visit
    return out


DELEGATION_NOUNS = {"delegation", "team", "entourage"}
MEMBERSHIP_VERBS = {"include", "comprise", "consist", "feature", "lead", "head", "compose"}


def find_delegations(doc: Doc, table: ActorTable) -> dict[str, list[str]]:
    """"The Ukrainian delegation includes A; B; C and D": state → the people named in it.

    Read by sentence rather than by arc: the parser rarely gets such semicolon lists right."""
    out: dict[str, list[str]] = {}
    for token in doc:
        if token.lemma_.lower() not in DELEGATION_NOUNS:
            continue
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in MEMBERSHIP_VERBS:
            verb = token.head  # "The Ukrainian delegation includes A; B; C"
        else:  # "a Ukrainian delegation led by A and including B"
            verb = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in MEMBERSHIP_VERBS), None)
        if verb is None:
            continue
        state = table.actor_for(token)
        if not state or table.by_id[state].kind != "country":
            continue
        sent = sentence_of(token)
        members = []
        for m in table.mentions:
            if verb.i < m.start < sent.end and table.by_id[m.actor_id].kind == "person" \
                    and m.kind == "name" and m.actor_id not in members \
                    and doc[m.start:m.end].root.dep_ not in ("poss", "nmod"):  # "Zelenskyy's chief of staff X"
                members.append(m.actor_id)
        if members and (len(members) >= 2 or verb.dep_ == "acl"):
            out[state] = members
    return out


def find_interactions(doc: Doc, table: ActorTable, article: Article, kb: Knowledge) -> list[Interaction]:
    triggers = load_triggers()
    table.delegations = find_delegations(doc, table)
    events: list[_Event] = []
    for token in doc:
        lemma = token.lemma_.lower()
        kind = None
        if token.pos_ in ("VERB", "AUX"):
            kind = triggers.verbs.get(lemma)
            if lemma in ("speak", "talk") and (_with_objects(token, table, preps=("with",)) or
                                               any(c.lower_ in CALL_MARKERS for c in token.subtree)):
                kind = "call"
            elif lemma in ("speak", "talk") and _addresses_a_body(token, table):
                kind = "meet"  # "speaking to NATO and EU military brass gathered in Paris"
            elif lemma in ("tell", "say", "assure") and _by_phone(token):
                kind = "call"  # "Putin told Erdogan by phone that …"
        elif token.pos_ in ("NOUN", "PROPN"):
            kind = triggers.nouns.get(lemma)
        if kind is None or token.i in table.token_actor:
            continue
        ev = _event_for(token, kind, table, kb, triggers)
        if ev is not None:
            events.extend(_split_calls(ev))
    events.extend(_host_meetings(doc, table))
    return _merge(events, table, article, triggers)


def _people_of(body: str, trigger: Token, table: ActorTable) -> bool:
    """Whether the sentence speaks of a body's people ("Quad leaders"), not only its name ("a G-7 summit")."""
    return table.kb is not None and any(
        t.i not in table.token_actor and t.pos_ == "NOUN" and table.actor_for(t) == body
        for t in sentence_of(trigger))


def _same_event(ev: _Event, key: frozenset, other: _Event, other_key: frozenset) -> bool:
    if sentence_of(ev.trigger).start != sentence_of(other.trigger).start or not key <= other_key:
        return False
    if (ev.type in MEETING_TYPES) != (other.type in MEETING_TYPES):
        return False
    inside = other.trigger.is_ancestor(ev.trigger)  # "meet … for talks on Ukraine"
    return ev.type == other.type or (inside and ev.type != "visit")


def _merge(events: list[_Event], table: ActorTable, article: Article, triggers: Triggers) -> list[Interaction]:
    """One interaction per event: a noun trigger inside a verb trigger's phrase
    ("meet ... for talks") adds to it instead of counting twice."""
    out: list[Interaction] = []
    seen: list[tuple[_Event, frozenset]] = []
    for ev in sorted(events, key=lambda e: (sentence_of(e.trigger).start, e.type not in MEETING_TYPES, e.trigger.i)):
        if len(ev.actors) == 1 and ev.type in MEETING_TYPES and _people_of(ev.actors[0], ev.trigger, table):
            members = table.kb.members(table.by_id[ev.actors[0]].name)  # "Quad leaders met at a summit"
            if members:
                ev.actors = [table.country_actor(code) for code in members]
        actors = _clean(ev, table)
        if len(actors) < 2:
            continue
        sent = sentence_of(ev.trigger)
        key = frozenset(actors)
        if any(_same_event(ev, key, other, other_key) for other, other_key in seen):
            continue
        seen.append((ev, key))
        chain = _governors(ev.trigger)
        status = _status(ev.trigger, chain, triggers)
        location = ev.location if ev.type != "visit" else (ev.location or None)
        if location is None:
            exclude = {t.i for t in sent if table.actor_at(t.i) in actors and ev.type == "visit"}
            location = _location(chain + list(ev.trigger.children), exclude) or _location(
                list(ev.trigger.subtree), exclude)
        out.append(Interaction(
            type=ev.type, actors=actors, status=status,
            source=ev.source if ev.source in actors else None,
            target=ev.target if ev.target in actors else None,
            date=_date(chain, article, status), location=location,
            evidence=sent.text.strip(), start=sent.start_char, end=sent.end_char,
        ))
    return out
