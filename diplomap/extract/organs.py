"""Organisations: their country, whether an ORG span is one, acronyms joined to their
names, and a state's institutions named in lower case after a demonym or a country: "the Pakistani
military said", "Iran's foreign ministry", "the U.S. embassy". They are organisations of
that state that speak and act for themselves (state_organs.txt), not the state."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..ids import slug
from ..models import Actor
from .acronym_things import is_acronym_thing
from .coordinated_organs import add_coordinated_organs
from .doc_index import with_lowers
from .headline_organs import add_headline_organ
from .knowledge import Knowledge, normalize
from .mentions import ActorTable, Mention
from .nlp import entity_start, text_of
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
                or head.i < m.end or head.i - m.end > 3 or head.i in table.token_actor:
            continue
        words = _organ_words([t for t in doc[m.end:head.i + 1] if t.tag_ != "POS"], kb)
        if not words:
            continue
        head = words[-1]
        phrase = normalize(" ".join(t.text for t in words))
        key = (state.country, phrase)
        aid = by_key.get(key)
        if aid is None:
            name = doc[m.start:head.i + 1].text
            aid = by_key[key] = slug(name)
            table.by_id.setdefault(aid, Actor(id=aid, name=name, kind="organization", country=state.country))
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
        if phrase in kb.state_organs or (end == 2 and part[-1].lower_ in PORTFOLIO_HEADS and part[0].pos_ in ("NOUN", "ADJ")):
            return part
    return []


def merge_other_names(table: ActorTable, kb: Knowledge) -> None:
    """One organisation under several names: acronyms, then "X, also known as Y"."""
    merge_acronyms(table, kb)
    merge_also_known(table)
    merge_short_forms(table, kb)
    tag_missed_acronyms(table)


def tag_missed_acronyms(table: ActorTable) -> None:
    """"… officials with Immigration and Customs Enforcement. … ICE deported 177 detainees": an
    acronym the NER left untagged that spells the initials of one organisation named in full in
    the same story is that organisation (so its acts count: ``relevance``)."""
    by_initials: dict[str, list[Actor]] = {}
    for a in table.by_id.values():
        if a.kind == "organization" and len(a.name.split()) >= 2:
            by_initials.setdefault(_initials(a.name), []).append(a)
    for t in with_lowers(table.doc, {initials.lower() for initials in by_initials}):  # the only words it can be
        orgs = by_initials.get(t.text, []) if len(t.text) >= 2 else []
        if len(orgs) != 1 or t.i in table.token_actor or t.ent_type_ or not (t.is_alpha and t.is_upper):
            continue
        org = orgs[0]
        org.mentions += 1
        if t.text not in org.aliases:
            org.aliases.append(t.text)
        table.add_mention(Mention(t.i, t.i + 1, org.id))
    table.mentions.sort(key=lambda m: m.start)


def merge_short_forms(table: ActorTable, kb: Knowledge) -> None:
    """"the Chinese Communist Party" … "the Communist Party", "the Treasury Department" …
    "the Treasury": a body named again without its state's word or its trailing body word
    (org_words.txt) is the one body of the article so named in full, of no other state."""
    orgs = [a for a in table.by_id.values() if a.kind == "organization"]
    for short in orgs:
        full = [a for a in orgs if a is not short and short.country in (None, a.country)
                and shortened_name(a.name, short.name, kb)]
        if len(full) == 1 and short.id in table.by_id:
            _merge(short, full[0], table)


def shortened_name(full: str, short: str, kb: Knowledge) -> bool:
    words, part = full.split(), short.split()
    if len(part) == 1 and len(words) > 1 and short.istitle() and words[-1] == short \
            and short.lower() in kb.org_words:  # "the Paris Club … the Club said": its head noun alone
        return True
    if len(words) != len(part) + 1 or short.isupper():  # "EC" is no "EC Commission"
        return False
    if words[1:] == part:  # "Chinese" + "Communist Party"
        return kb.demonym(words[0]) is not None or kb.country(words[0]) is not None
    return words[:-1] == part and words[-1].lower() in kb.org_words  # "Treasury" + "Department"


def merge_acronyms(table: ActorTable, kb: Knowledge) -> None:
    """"DHS" and "Department of Homeland Security" in one article: one organisation, when the
    acronym is the initials of the full name's capitalised words."""
    orgs = [a for a in table.by_id.values() if a.kind == "organization"]
    for short in orgs:
        if not (2 <= len(short.name) <= 6 and short.name.isalpha() and short.name.isupper()) \
                or kb.organization(short.name) is not None:
            continue  # the organisations file already joins its acronyms to their names
        full = [a for a in orgs if a is not short and short.name in (_initials(n) for n in (a.name, *a.aliases))]
        full = full or _bracketed(short, table)
        if len(full) != 1:
            continue
        _merge(short, full[0], table)


def _merge(short: Actor, target: Actor, table: ActorTable) -> None:
    """``short``'s mentions and names become ``target``'s."""
    for m in table.mentions:
        if m.actor_id == short.id:
            m.actor_id = target.id
    for i, aid in list(table.token_actor.items()):
        if aid == short.id:
            table.token_actor[i] = target.id
    target.mentions += short.mentions
    target.aliases += [n for n in (short.name, *short.aliases) if n not in target.aliases and n != target.name]
    del table.by_id[short.id]


ALSO_KNOWN = re.compile(r",\s+(?:(?:also|better|formerly|widely)\s+)?(?:known|called|referred to)\s+as\s+(?:the\s+)?$")
OR_ACRONYM = re.compile(r",\s+or\s+(?:the\s+)?$")


def merge_also_known(table: ActorTable) -> None:
    """"the Northern Liberation Front, also known as the Ostra Brigade," / "the Tehreek-e-Azadi
    Valoria, or TAV,": the second name (after "or", an acronym of the same first letter) is
    another name of the same organisation."""
    doc = table.doc
    names = sorted((m for m in table.mentions if m.kind == "name"), key=lambda m: m.start)
    for first, second in zip(names, names[1:], strict=False):
        a, b = table.by_id.get(first.actor_id), table.by_id.get(second.actor_id)
        if a is None or b is None or a is b or a.kind != "organization" or b.kind != "organization":
            continue
        between = text_of(doc)[doc[first.end - 1].idx + len(doc[first.end - 1].text):doc[second.start].idx]
        acronym = b.name.isupper() and b.name[:1] == a.name[:1] and OR_ACRONYM.match(between)
        if (ALSO_KNOWN.match(between) or acronym) and doc[second.end:second.end + 1].text in (",", ")", ".", ";"):
            _merge(b, a, table)


def _bracketed(short: Actor, table: ActorTable) -> list[Actor]:
    """"DOJ (Department of Justice)", "the Justice Department (DOJ)": the body named right
    next to the acronym across a bracket, when their first letters agree."""
    doc = table.doc
    ends = {m.end: m.actor_id for m in table.mentions}
    starts = {m.start: m.actor_id for m in table.mentions}
    found = set()
    for m in table.mentions:
        if m.actor_id != short.id:
            continue
        if m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in ends:
            found.add(ends[m.start - 1])
        if m.end < len(doc) and doc[m.end].text == "(" and m.end + 1 in starts:
            found.add(starts[m.end + 1])
    out = [table.by_id[aid] for aid in found if aid in table.by_id and aid != short.id]
    return [a for a in out if a.kind == "organization" and a.name[:1].upper() == short.name[:1]]


def _initials(name: str) -> str:
    """The capitals of a name's words; none for a name that holds an acronym already: "EC
    Commission" or "ECOWAS Commission" is spelled by no "EC" (the EC is another body)."""
    words = re.split(r"[\s-]+", name)
    if any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        return ""
    return "".join(w[0] for w in words if w[:1].isupper())


def place_unqualified_legislatures(table: ActorTable, kb: Knowledge) -> None:
    """"the Senate", "the House of Representatives" with no state named: many states have one;
    it is the one of the state the article is mostly about (the most mentioned), if any."""
    counts = sorted((a.mentions for a in table.by_id.values() if a.kind == "country"), reverse=True)
    if not counts or (len(counts) > 1 and counts[0] == counts[1]):
        return
    main = next(a.country for a in table.by_id.values() if a.kind == "country" and a.mentions == counts[0])
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
    if span[-1].pos_ in ("ADP", "DET", "CCONJ") or kb.title(span[0].text) \
            or (span[0].lower_ in kb.group_nouns and not body):
        return False  # "Leaders of" cut from "Leaders of African Union": a fragment, not a name
    if span[-1].lower_ in kb.not_org_words:
        return False  # "Maritime Traffic Safety Law": a document, not a body
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.is_title and kb.title(nxt.text) and not kb.organization(span.text) \
            and not any(t.lower_ in kb.org_words or t.lower_ in kb.org_stopwords for t in words):
        return False  # "Trade and Industry Secretary X": the portfolio of a title
    if len(words) == 1 and (kb.title(words[0].text) or words[0].lower_ in kb.org_stopwords and not state_named):
        return False
    if any(t.lower_ in kb.media_words for t in words):
        return False
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
        org = kb.organization(t.text) if t == opening and t.i < span.end - 1 else None
        if org is not None and org.country:  # "Taliban Foreign Ministry": a known body opening the name;
            return org.country  # not "Pan Africanist Congress" nor "National Congress Party": no Congress
    words = span[1:] if span[0].dep_ == "det" else span
    for n in range(min(3, len(words) - 1), 0, -1):  # "Houston Restaurant Association"
        city = kb.city(words[:n].text)
        if city is not None:
            return city.iso3
    return None


def _state_before(span: Span, kb: Knowledge) -> str | None:
    """"the U.S. Embassy", "a Japanese Foreign Ministry official": a state's name or demonym the
    NER left outside a body's name, right before it, is the body's state."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].ent_type_ not in ("GPE", "NORP"):
        return None
    before = doc[entity_start(doc[span.start - 1]):span.start]
    state = kb.country(before.text) or kb.demonym(before.text)
    return state.iso3 if state is not None else None


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
    org = kb.organization(text)
    state = administration_state(span, kb, table.date) if org is None else None
    if state is not None:  # "the Reagan Administration said": the state's government, so the state
        aid = table.country_actor(state, text)
        table.by_id[aid].mentions += 1
        table.add_mention(Mention(span.start, span.end, aid))
        return
    if org is None and (not plausible_org(span, kb) or is_acronym_thing(span, kb)):
        return  # "the official X News Agency (XNA)", "the special drawing right (SDR)": no body
    country = org.country if org else (org_country(span, kb) or _state_before(span, kb)
                                       or declared_state(span, kb))
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
