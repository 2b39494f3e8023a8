"""Organisations: their country, whether an ORG span is one, another state's body of a known name, and
a state's institutions named in lower case after a demonym or a country: "the Pakistani
military said", "Iran's foreign ministry", "the U.S. embassy". They are organisations of
that state that speak and act for themselves (state_organs.txt), not the state."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..ids import slug
from ..models import Actor
from .acronym_things import is_acronym_thing
from .coordinated_organs import add_coordinated_organs
from .headline_organs import add_headline_organ
from .knowledge import Knowledge, normalize
from .knowledge_tables import Organization
from .mentions import ActorTable, Mention
from .nlp import entity_start
from .typed_bodies import declared_body, declared_state

MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
PORTFOLIO_HEADS = frozenset({"ministry", "department"})  # "<portfolio> ministry": any portfolio


def _state_like(actor: Actor, kb: Knowledge) -> bool:
    """A state, or an armed group that runs one ("the Taliban foreign ministry")."""
    if actor.kind == "country":
        return True
    org = kb.organization(actor.name) if actor.kind == "organization" else None
    return org is not None and org.category == "armed_group"


def add_state_organs(table: ActorTable, kb: Knowledge) -> None:
    doc = table.doc
    by_key: dict[tuple[str, str], str] = {}
    for m in list(table.mentions):
        state = table.by_id[m.actor_id]
        root = doc[m.start:m.end].root
        head = root.head
        if not _state_like(state, kb) or not state.country or root.dep_ not in MODIFIER_DEPS \
                or head.i < m.end or head.i - m.end > 5 or head.i in table.token_actor:
            continue
        words = _organ_words([t for t in doc[m.end:head.i + 1] if t.tag_ != "POS"], kb)
        if not words:
            continue
        head = words[-1]
        phrase = normalize(" ".join(t.text for t in words))
        key = (state.country, phrase)
        aid = by_key.get(key)
        name = doc[m.start:head.i + 1].text
        if aid is None:
            aid = by_key[key] = slug(name)
            table.by_id.setdefault(aid, Actor(id=aid, name=name, kind="organization", country=state.country))
        organ = table.by_id[aid]
        if name != organ.name and name not in organ.aliases:
            organ.aliases.append(name)  # "a United States military plane … the U.S. military": one organ
        table.organs.add(aid)
        table.by_id[aid].mentions += 1
        table.add_mention(Mention(words[0].i, head.i + 1, aid))
    table.mentions.sort(key=lambda m: m.start)
    add_coordinated_organs(table, kb)  # "the Italian Foreign and Agricultural ministries": two organs
    add_headline_organ(table, kb)  # "Pakistani military rescues …": the headline's subject, kept


def _organ_words(words: list[Token], kb: Knowledge) -> list[Token]:
    """The longest lower-case start of ``words`` that names a state's organ: one of
    state_organs.txt, or any portfolio's ministry ("economics ministry"), so that "a Mexican foreign
    ministry official" and "the West German economics ministry" name the ministry, not the state."""
    for end in range(len(words), 0, -1):
        part = words[:end]
        if not all(t.is_lower and t.is_alpha for t in part):
            continue
        phrase = normalize(" ".join(t.text for t in part))
        if phrase in kb.state_organs or _portfolio_ministry(part):
            return part
    return []


def _portfolio_ministry(part: list[Token]) -> bool:
    """"economics ministry", "energy and mines ministry": one portfolio word, or two joined by "and"."""
    portfolio = [t.lower_ for t in part[:-1]]
    return part[-1].lower_ in PORTFOLIO_HEADS and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in part[:-1] if t.lower_ != "and") \
        and (len(portfolio) == 1 or len(portfolio) == 3 and portfolio[1] == "and")


def place_unqualified_legislatures(table: ActorTable, kb: Knowledge) -> None:
    """"the Senate", "the House of Representatives" with no state named: many states have one;
    it is the one of the state the article is mostly about (the most mentioned, its own bodies'
    mentions counted: "the White House", "Congress"), if any."""
    by_state: dict[str, int] = {}
    for a in table.by_id.values():
        if a.country and a.kind in ("country", "organization"):
            by_state[a.country] = by_state.get(a.country, 0) + a.mentions
    counts = sorted(by_state.values(), reverse=True)
    if not counts or (len(counts) > 1 and counts[0] == counts[1]):
        return
    main = next(iso3 for iso3, n in by_state.items() if n == counts[0])
    for actor in table.by_id.values():
        org = kb.organization(actor.name) if actor.kind == "organization" and actor.country is None else None
        if org is not None and org.category == "legislature" and org.country is None:
            actor.country = main


def plausible_org(span: Span, kb: Knowledge) -> bool:
    """NER's ORG guesses that are names of bodies, not title words or media."""
    words = [t for t in span if t.is_alpha]
    if not words or not any(t.is_title or t.is_upper for t in words) and not declared_body(span, kb):
        return False  # "CoFACE, the French export credit agency": mixed case a kind noun declares a body
    state_named = any(kb.country_of(t.text) for t in span if not t.is_alpha) or (  # "U.S. Embassy": a state's body
        len(words) == 1 and words[0].lower_ in kb.state_organs and _state_before(span, kb) is not None)  # "French Treasury"
    if len(words) == 1 and not words[0].is_upper and not state_named and not declared_body(span, kb):
        return False  # "National", "Interim": one capitalised word is no body's name; acronyms are,
        # and so is one a kind noun declares a body ("Coface, the French export credit agency")
    body = span[0].lower_ in kb.org_words and any(t.lower_ == "of" for t in span)  # "Ministry of Mining"
    titled = kb.title(span[0].text) and not any(t.lower_ in kb.org_words for t in span[1:])  # not "General Assembly"
    if span[-1].pos_ in ("ADP", "DET", "CCONJ") or titled or (span[0].lower_ in kb.group_nouns and not body and not any(
            t.lower_ in kb.org_words for t in words[1:])):  # (not "State Committee for National Security")
        return False  # "Leaders of" cut from "Leaders of African Union": a fragment, not a name
    if span[-1].lower_ in kb.not_org_words and not any(t.lower_ in kb.org_words for t in words[:-1]):
        return False  # "Maritime Traffic Safety Law": a document, not a body ("Centre for Security Policy" is)
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.is_title and kb.title(nxt.text) and not kb.organization(span.text) \
            and not any(t.lower_ in kb.org_words or t.lower_ in kb.org_stopwords for t in words):
        return False  # "Trade and Industry Secretary X": the portfolio of a title
    if len(words) == 1 and (kb.title(words[0].text) or words[0].lower_ in kb.org_stopwords and not state_named):
        return False
    if any(t.lower_ in kb.media_words for t in words):
        return False
    if len(span) > 2 and span[0].lemma_.lower() in kb.associate_nouns and span[1].lower_ == "of" and span[2].pos_ == "PROPN":
        return False  # "Associates of Navalny", "Relatives of Kim": people around a person, no body
    owner = [c for c in span.root.children if c.dep_ == "poss" and c.i < span.start]
    if any(t.lower_ in kb.media_words for c in owner for t in c.subtree):
        return False  # "VOA's Korean Service": a part of an outlet
    return True


def org_country(span: Span, kb: Knowledge) -> str | None:
    for n in range(min(3, len(span) - 1), 0, -1):  # "United States Embassy in Chile": the state first
        c = kb.country(span[:n].text) or kb.demonym(span[:n].text)
        if c:
            return c.iso3
    for t in span.root.children:
        if t.dep_ in ("amod", "compound", "poss", "nmod"):
            c = kb.country_of(t.text)
            if c:
                return c.iso3
    opening = span[1] if span[0].dep_ == "det" and len(span) > 1 else span[0]
    for t in span:
        c = kb.demonym(t.text) or kb.country(t.text)
        if c:
            return c.iso3
        org = kb.organization(t.text) if t == opening and t.i < span.end - 1 and t.nbor().lower_ not in (
            "for", "of") else None  # not "Congress for Democratic Change"
        if org is not None and org.country:  # "Taliban Foreign Ministry": a known body opening the name;
            return org.country  # not "Pan Africanist Congress" nor "National Congress Party": no Congress
    words = span[1:] if span[0].dep_ == "det" else span
    for n in range(min(3, len(words) - 1), 0, -1):  # "Houston Restaurant Association"
        city = kb.city(words[:n].text)
        if city is not None:
            return city.iso3
    return None


def _state_before(span: Span, kb: Knowledge, possessive: bool = False) -> str | None:
    """"the U.S. Embassy", "a Japanese Foreign Ministry official": a state's name or demonym the
    NER left outside a body's name, right before it, is the body's state; with ``possessive``, also
    one written with "'s" ("Pakistan's Foreign Office")."""
    doc = span.doc
    end = span.start - 1 if possessive and span.start > 0 and doc[span.start - 1].tag_ == "POS" else span.start
    if end == 0 or doc[end - 1].ent_type_ not in ("GPE", "NORP"):
        return None
    before = doc[entity_start(doc[end - 1]):end].text
    state = kb.country(before) or kb.demonym(before)
    return state.iso3 if state is not None else None


def _head_word_of_named(span: Span, kb: Knowledge, table: ActorTable) -> str | None:
    """"the Community", "the Club": one capitalised word after "the" that ends the name of exactly one
    body named before ("the European Community", "the Paris Club") is that body named again."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_title or span.start == 0 or doc[span.start - 1].lower_ != "the" \
            or kb.country_of(span.text) is not None:
        return None
    found = {a.id for a in table.by_id.values() if a.kind == "organization"
             for name in (a.name, *a.aliases) if len(name.split()) > 1 and name.split()[-1] == span.text}
    return found.pop() if len(found) == 1 else None


def _named_before_of(span: Span, kb: Knowledge) -> Organization | None:
    """"the Paris Club of Western creditor governments": a known body's name, then an "of" phrase the NER
    ran on into that describes the body and names no state (not "Ministry of Defence of Ukraine")."""
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if cut is None or cut == span.start:
        return None
    tail = span.doc[cut + 1:span.end]
    if any(t.ent_type_ == "GPE" or kb.country(t.text) or kb.demonym(t.text) for t in tail) or kb.country(tail.text):
        return None
    return kb.organization(span.doc[span.start:cut].text)


def state_prefixed(span: Span, iso3: str | None, kb: Knowledge) -> str | None:
    """"United States Department of Defense": the body's name with its own state's name
    written before it, as one name, or None."""
    doc = span.doc
    end = span.start - 1 if span.start > 0 and doc[span.start - 1].tag_ == "POS" else span.start
    for n in (3, 2, 1):  # "Chile's Ministry of Mining": the possessive is written too
        if iso3 is None:
            return None
        if end - n < 0:
            continue
        before = doc[end - n:end]
        state = kb.country(before.text) or (kb.demonym(before.text) if end == span.start else None)
        if before[0].lower_ != "the" and not before[0].is_punct and state is not None and state.iso3 == iso3:
            return doc[before.start:span.end].text
    return None



def described_as_outlet(span: Span, kb: Knowledge) -> bool:
    """A name that a media noun describes: "the magazine Coastal Review", "online newspaper
    Harbor Ledger says", "Mira Report, an outlet covering the region": an outlet, cited as
    a source (outlet_nouns.txt), whatever label the NER gave it."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ in ("compound", "appos", "nmod", "amod")
             and not span.start <= c.i < span.end]
    if root.dep_ in ("appos", "compound") and not span.start <= root.head.i < span.end:
        nouns.append(root.head)
    org = kb.organization(span.text)
    if org is not None and org.category != "media":
        return False
    words = [w for n in nouns for w in (n, *(c for c in n.children if c.dep_ == "compound"))]
    return any(w.is_lower and (w.lower_ in kb.outlet_nouns or w.lemma_ in kb.outlet_nouns) for w in words)


def add_organization(span: Span, kb: Knowledge, table: ActorTable) -> None:
    """An ORG span as an organisation actor: a known one under its file name; another under
    its fullest form ("Chile's Ministry of Mining"), one actor per state when several
    states' bodies share a name ("Ministry of Foreign Affairs")."""
    text = span.text
    org = kb.organization(text) or _named_before_of(span, kb)
    owner = _state_before(span, kb, possessive=True)
    namesake = org is not None and org.country is not None and org.category in (
        "ministry", "legislature", "government") and owner not in (None, org.country)
    if namesake:  # "Pakistan's Foreign Office", "the Philippine Congress": another state's body of that name
        org = None
    state = administration_state(span, kb, table.date) if org is None else None
    if state is not None:  # "the Reagan Administration said": the state's government, so the state
        aid = table.country_actor(state, text)
        table.by_id[aid].mentions += 1
        table.add_mention(Mention(span.start, span.end, aid))
        return
    named = _head_word_of_named(span, kb, table) if org is None else None
    if named is not None:  # "the European Community … between the Community and the GCC"
        table.by_id[named].mentions += 1
        table.add_mention(Mention(span.start, span.end, named))
        return
    if org is None and not namesake and (not plausible_org(span, kb) or is_acronym_thing(span, kb)):
        return  # "the official X News Agency (XNA)", "the special drawing right (SDR)": no body
    country = org.country if org else (owner if namesake else None) or (
        org_country(span, kb) or _state_before(span, kb) or declared_state(span, kb))
    full = state_prefixed(span, country, kb)
    actor = _org_actor(table, org.name if org else text, None if org else full, country)
    if actor is None:
        if org and org.category == "media":
            return
        name = org.name if org else (full or text)
        aid = slug(name)
        while aid in table.by_id:
            aid += "-2"
        actor = table.by_id[aid] = Actor(id=aid, name=name, kind="organization", country=country)
    actor.mentions += 1
    for form in (text, full):
        if form and form != actor.name and form not in actor.aliases:
            actor.aliases.append(form)
    table.add_mention(Mention(span.start, span.end, actor.id))


def administration_state(span: Span, kb: Knowledge, date: str | None) -> str | None:
    """"Reagan Administration", "the U.S. Administration": a leader's or a state's administration is
    that state's government (as "the Kenyan government" is Kenya), not a body of its own."""
    words = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
    if len(words) < 2 or words[-1].lower_ != "administration":
        return None
    name = " ".join(t.text for t in words[:-1])
    found = kb.country(name) or kb.demonym(name)
    if found is not None:
        return found.iso3
    states = {lead.country for lead in kb.leaders_named(name, date) if lead.country}
    return states.pop() if len(states) == 1 else None


def _org_actor(table: ActorTable, name: str, full: str | None, country: str | None) -> Actor | None:
    """The organisation already in the table that ``name`` (written ``full`` with its state) is."""
    orgs = [a for a in table.by_id.values() if a.kind == "organization"]
    if full is not None:
        same = [a for a in orgs if full == a.name or full in a.aliases]
        same = same or [a for a in orgs if (name == a.name or name in a.aliases) and a.country == country]
    else:
        same = [a for a in orgs if name == a.name or name in a.aliases]
        same = same or [a for a in orgs if _loose(name) in {_loose(n) for n in (a.name, *a.aliases)}]
    return same[0] if same else None


def _loose(name: str) -> str:
    """"Co-operation" and "Cooperation", "Organization" and "Organisation": one spelling."""
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("organiz", "organis"))
