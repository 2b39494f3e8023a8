"""Countries for persons the text describes only in part: a title only one state bears, the
dateline's state, the one state an article is set in. Called after every reading of the text."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .host_officials import host_state
from .knowledge import Knowledge
from .knowledge_parts import role_families
from .mentions import ActorTable
from .nlp import entity_start, load_model, parsed_headline, sentence_of, text_of
from .story_setting import dateline_country, headline_states, setting_country, state_counts


@dataclass
class Description:
    role: str | None = None
    country: str | None = None
    organization: str | None = None  # an international body the person serves
    possessor: str | None = None  # actor id of a person whose envoy/aide this is
    rank: int | None = None  # of the title: 1 head of state/government ... 4 generic
    title_country: str | None = None  # the one state whose officials bear the title ("Treasury Secretary")
    title_sharers: frozenset[str] = frozenset()  # other states that bear it too ("Senator": Australia ...)
    affiliated: bool = False  # the text ties the person to a body of no known country
    local_body: bool = False  # ... one the knowledge files do not know at all (no outlet, no known body)
    body_place: str | None = None  # ... whose name holds a place ("Asia Society Houston Center")
    party: tuple[str, frozenset[str]] | None = None  # a party label's state and roles ("Republican Senator")
    party_body: bool = False  # the state is a political party's ("whose Labour Party"): many states have one


ENVOY_ROLES = frozenset(role for role, families in role_families().items() if "diplomat" in families)
BODY_OFFICER_ROLES = frozenset(role for role, families in role_families().items() if "body_officer" in families)
COUNSEL_ROLES = frozenset(role for role, families in role_families().items() if "counsel" in families)


def place_residents(table: ActorTable, kb: Knowledge) -> None:
    """A place named on a person's own name, then the story's setting for persons the text does
    not place, then their kin."""
    place_by_own_place(table, kb)  # "editor X in Ruritania", before the story's setting
    _place_by_setting(table, kb)
    for aid, elder in table.kin.items():  # "his daughter Linda X", once her father is placed
        actor, other = table.by_id.get(aid), table.by_id.get(elder)
        if actor is not None and other is not None and actor.country is None and other.kind == "person":
            actor.country = other.country


def place_by_own_place(table: ActorTable, kb: Knowledge) -> None:
    """"Her clients include editor X in Ruritania; activist Y from Borduria": a person the text
    gives no role, body or state, whose name itself is "in" or "from" a state or a town of one (a
    comparison set in another state), is of that state, whatever the story's setting."""
    for m in table.mentions:
        actor = table.by_id.get(m.actor_id)
        if m.kind != "name" or actor is None or actor.country is not None or actor.id not in table.unplaced:
            continue
        root = table.doc[m.start:m.end].root
        places = [place_of_token(o, table, kb) for p in root.children if p.dep_ == "prep" and p.lower_ in PLACING_PREPOSITIONS
                  for o in p.children if o.dep_ == "pobj"]
        if places and places[0] is not None:
            actor.country = places[0]


def place_of_token(token: Token, table: ActorTable, kb: Knowledge) -> str | None:
    """The state a place entity ending in ``token`` names: a country, a city or a town."""
    aid = table.token_actor.get(token.i)
    actor = table.by_id.get(aid) if aid else None
    if actor is not None:
        return actor.country if actor.kind == "country" else None
    if token.ent_type_ not in ("GPE", "LOC", "ORG"):
        return None
    text = token.doc[entity_start(token):token.i + 1].text
    found = kb.country(text) or kb.town(text)
    return found.iso3 if found is not None else None


def _place_by_setting(table: ActorTable, kb: Knowledge) -> None:
    """The last resort, after every other reading: a person with no role, body or country
    in the text, in an article set in one country, is of that country ("said Anne Roe,
    a co-founder" in a story about Houston). So is an official with a national title and no
    state for it ("Mayor X", "the minister of tourism, Y") in a story with no dateline (VOA,
    Wikinews) set in one country whose officials bear that title."""
    dateline = dateline_country(text_of(table.doc), kb)
    for aid, place in table.local_members.items():  # "TOKYO - X, an economist at <a bank>": Japanese
        actor = table.by_id.get(aid)
        if actor is not None and actor.country is None:
            actor.country = place or dateline
    counts = state_counts(table, kb)
    setting = setting_country(table, kb, counts)
    if setting is None:
        if dateline is None:
            _place_by_headline_subject(table, kb, counts)
        return
    for aid in table.unplaced - _outsiders(table, kb):
        actor = table.by_id.get(aid)
        if actor is not None and actor.country is None:
            actor.country = setting
    if dateline is not None:
        return  # a wire's dateline has had its say (country_from_context)
    for aid in table.unplaced_officials:
        actor = table.by_id.get(aid)
        if actor is not None and actor.country is None and kb.uses_role(setting, actor.role):
            actor.country = setting


def _place_by_headline_subject(table: ActorTable, kb: Knowledge, counts: dict[str, int]) -> None:
    """A story set in no one state, with no dateline (the caller's check): an official with a bare national title
    ("foreign ministry spokesperson X") speaks for the one state the headline's subject names
    ("Ruritania denies link to attack in Borduria", "Ruritania's plan to close camps worries
    refugees", "Prime Minister of Ruritania X tests positive"), when that state bears the title;
    a person with no role, body or state is of that state when the text also names it more often
    than any other ("Ruritania hunting revenues double amid Borduria opposition"). ``counts``: the
    text's names of each state (``story_setting.state_counts``)."""
    if not table.headline or not (table.unplaced_officials or table.unplaced):
        return
    states = _headline_subject_states(table.doc, table.headline, kb)
    if len(states) != 1:  # no subject state: the one the text names at least twice as often as any other
        top = max(counts, key=lambda k: counts[k], default=None)
        if top is None or counts[top] < 3 or any(2 * n > counts[top] for c, n in counts.items() if c != top):
            if top is not None and _main_state(table, kb, counts, top):
                _place_titled_officials(table, kb, top)
            return
        states = {top}
    state = states.pop()
    _place_titled_officials(table, kb, state)
    if any(n >= counts.get(state, 0) for c, n in counts.items() if c != state):
        return
    for aid in table.unplaced - _outsiders(table, kb):
        actor = table.by_id.get(aid)
        if actor is not None and actor.country is None:
            actor.country = state


def _main_state(table: ActorTable, kb: Knowledge, counts: dict[str, int], top: str) -> bool:
    """Whether ``top``, the state the text names most, is the main one of a story two states share, with
    no dateline and no state as the headline's subject ("Cyclone batters Ruritania, Borduria"): named at
    least three times, more often than any other, and by the headline. Its officials with a bare national
    title ("disaster management department spokesperson X") speak for it; persons with no title wait:
    they may be of either."""
    return counts[top] >= 3 and not any(n >= counts[top] for c, n in counts.items() if c != top) \
        and top in headline_states(table.headline or "", kb)


def _place_titled_officials(table: ActorTable, kb: Knowledge, state: str) -> None:
    """Officials with a bare national title that ``state`` bears, not a body's officers, speak for it."""
    for aid in table.unplaced_officials - _bodys_officers(table, kb):
        actor = table.by_id.get(aid)
        if actor is not None and actor.country is None and kb.uses_role(state, actor.role):
            actor.country = state


def _headline_subject_states(doc: Doc, headline: str, kb: Knowledge) -> set[str]:
    """The states the headline's subject names. Parsed only when someone waits for a state and a word
    of the headline names one (the tokenizer alone tells: a headline naming no state has none)."""
    if not any(kb.country_of(t.text) is not None for t in load_model().make_doc(headline)):
        return set()
    head = parsed_headline(doc, headline)
    return {found.iso3 for t in head if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
            for u in t.subtree if not (u.dep_ == "pobj" and u.head.lower_ in ("to", "with", "against", "in"))
            and (found := kb.country_of(u.text)) is not None}


def _bodys_officers(table: ActorTable, kb: Knowledge) -> set[str]:
    """Persons whose title before the name holds a capitalised body's word ("Council spokesperson
    X", "Commission official Y"): a body of no known state speaks through them."""
    out = set()
    for m in table.mentions:
        if m.kind == "name" and m.start > 0:
            before = table.doc[max(0, m.start - 3):m.start]
            if any(t.is_title and t.lower_ in kb.org_words for t in before):
                out.add(m.actor_id)
    return out


def _outsiders(table: ActorTable, kb: Knowledge) -> set[str]:
    """Persons a clause or apposition on their name marks as from abroad ("X, who leads an
    international legal team"; outsider_words.txt)."""
    out = set()
    for m in table.mentions:
        if m.kind != "name" or m.actor_id in out:
            continue
        root = table.doc[m.start:m.end].root
        said = [t for c in root.children if c.dep_ in ("appos", "relcl") and c.i >= m.end for t in c.subtree]
        if any(t.lower_ in kb.outsider_words for t in said):
            out.add(m.actor_id)
    return out


def national_official(d: Description) -> bool:
    """A title a state's own officials bear (rank 1-3, not a diplomat's, who serves abroad, nor
    one mostly a body's officers bear),
    with no body, possessor or state of its own in the text."""
    return d.role is not None and d.rank is not None and d.rank <= 3 \
        and d.role.lower() not in ENVOY_ROLES | BODY_OFFICER_ROLES \
        and d.organization is None and not d.affiliated and d.possessor is None and d.country is None


def holds_national_office(d: Description, run: list[Token]) -> bool:
    """A description giving a state's own office, held now: a title of rank 1-3 that no body's
    officer or envoy bears, with its state, neither "former" nor told in the past ("UN envoy X, a
    former Ruritanian foreign minister", "X, who was Ruritania's premier": the body's, not the state's)."""
    past = any(t.dep_ == "attr" and t.head.lemma_ == "be" and t.head.tag_ == "VBD" for t in run)
    return bool(d.country and d.role and d.rank is not None and d.rank <= 3) and not past \
        and (d.role or "").lower() not in ENVOY_ROLES | BODY_OFFICER_ROLES \
        and not any(t.lower_ in ("former", "ex", "then") for t in run)


def local_member(d: Description) -> bool:
    """A person tied only to a body no knowledge file knows ("X, director of the <district> Council
    of NGOs", "Y, founder of <a newspaper>", "Z, chairman of <a cooperative>"), with no state in the text:
    the body is of the story's setting, and so is the person."""
    return d.local_body and d.organization is None and d.possessor is None and d.country is None


def private_person(d: Description, kb: Knowledge) -> bool:
    """A generic title of a state's own people ("activist", "the movement's leader", "local official":
    civic_roles.txt) with no body, possessor or state in the text:
    the story's setting places such a person as it places one with no title."""
    return d.role is not None and d.role.lower() in kb.civic_roles \
        and d.organization is None and not d.affiliated and d.possessor is None and d.country is None


PLACING_PREPOSITIONS = ("from", "in")


def country_from_context(d: Description, table: ActorTable, kb: Knowledge,
                         aid: str | None = None) -> str | None:
    """The last resort for an official the text gives no country: a title only one state uses
    ("Treasury Secretary", "Senator") in an article that mentions that state (or one of its
    bodies: "the U.S. Senate"), or, in wire
    style, a national title with no nationality ("OTTAWA - Finance Minister X") — the
    dateline's country, since wires qualify only foreign officials."""
    companion = _central_bankers_companion(aid, table)
    if companion:
        return companion
    mentioned = {a.country for a in table.by_id.values() if a.kind == "country"}
    bodies = {a.country for a in table.by_id.values() if a.kind == "organization"}
    dateline = dateline_country(text_of(table.doc), kb)
    own = dateline in (None, d.title_country) or dateline not in d.title_sharers  # "TOKYO - Senator X": American
    envoy = (d.role or "").lower() in ENVOY_ROLES  # an ambassador met abroad is still his own state's
    host = host_state(aid, table, kb, dateline) if dateline and not envoy and d.rank is not None and d.rank <= 3 else None
    if host is not None and kb.uses_role(host, d.role) and (d.title_country is None or host in d.title_sharers):
        return host  # "WASHINGTON - … Baldrige will be in Peking. He will meet minister X": China's, and a
        # title the host shares with the state that bears it chiefly ("Trade and Industry Secretary") too
    if d.title_country and d.title_country in mentioned | bodies and own:
        return d.title_country
    if d.title_country and own and dateline not in (None, d.title_country):
        return None  # a title the dateline's state does not bear
    if envoy:
        return _state_speaking_again(aid, table)
    if d.rank is None or d.rank > 3:
        return None
    here = _sentence_place(aid, table, kb)
    if here is not None and kb.uses_role(here, d.role):
        return here  # "BRUSSELS - … In Paris, trade minister X said": France's
    lead = _lead_in_state(aid, table) if dateline else None
    if lead not in (None, dateline) and kb.uses_role(lead, d.role):
        return lead  # "TOKYO - Ruritania is happy. Finance Minister X said": Ruritania's
    if dateline and kb.uses_role(dateline, d.role):  # "WASHINGTON - Foreign Minister X": no American
        return dateline
    return _other_party(d.role, mentioned | {dateline} - {None}, kb)


def _central_bankers_companion(aid: str | None, table: ActorTable) -> str | None:
    """A central banker named with no state, beside a person of one — "A and central bank
    president B", "A, accompanied by Central Bank governor B" — serves A's state."""
    doc = table.doc
    for m in (m for m in table.mentions if m.actor_id == aid and m.kind == "name"):
        words = [t.lower_ for t in doc[max(0, m.start - 4):m.start]]
        if not any(a == "central" and b == "bank" for a, b in zip(words, words[1:], strict=False)):
            continue
        root = doc[m.start:m.end].root
        partner = None
        if root.dep_ == "conj":
            partner = root.head
        elif root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ == "accompany" \
                and root.head.head.dep_ in ("acl", "relcl"):
            partner = root.head.head.head
        other = table.by_id.get(table.token_actor.get(partner.i, "")) if partner is not None else None
        if other is not None and other.kind == "person" and other.country:
            return other.country
    return None


def _sentence_place(aid: str | None, table: ActorTable, kb: Knowledge) -> str | None:
    """The state of the place a wire sentence opens with ("In Paris, …", "In Tokyo, …") when it
    first names the person: the sentence's own dateline."""
    first = table.first_mention(aid)
    if first is None:
        return None
    sent = sentence_of(table.doc[first.start])
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "in" or words[1].ent_type_ not in ("GPE", "LOC"):
        return None
    end = next((t for t in words[1:5] if t.text == ","), None)
    place = table.doc[words[1].i:end.i].text if end is not None else None
    found = (kb.country(place) or kb.capital(place) or kb.city(place)) if place else None
    return found.iso3 if found is not None else None


def _lead_in_state(aid: str | None, table: ActorTable) -> str | None:
    """The state that is the subject of the sentence just before the one first naming a
    person, when that person opens his own sentence with no other state in it."""
    first = table.first_mention(aid)
    if first is None:
        return None
    sent = sentence_of(table.doc[first.start])
    if sent.start == 0 or first.start > sent.start + 3:
        return None
    before = sentence_of(table.doc[sent.start - 1])
    states = {table.by_id[m.actor_id].country for m in table.mentions
              if before.start <= m.start < sent.end and table.by_id[m.actor_id].kind == "country"}
    subjects = [m for m in table.mentions if before.start <= m.start < before.end
                and table.by_id[m.actor_id].kind == "country" and m.is_subject(table.doc)]
    if len(states) != 1 or not subjects:
        return None
    return states.pop()


def _state_speaking_again(aid: str | None, table: ActorTable) -> str | None:
    """"Ruritania expressed concern about the tensions. “Ruritania calls for calm,” Deputy
    Ambassador X said": a diplomat with no state, named in a sentence whose one state is the
    subject of the sentence before, speaks for it."""
    first = table.first_mention(aid)
    if first is None:
        return None
    sent = sentence_of(table.doc[first.start])
    if sent.start == 0:
        return None
    before = sentence_of(table.doc[sent.start - 1])
    here = {table.by_id[m.actor_id].country for m in table.mentions
            if sent.start <= m.start < sent.end and table.by_id[m.actor_id].kind == "country"}
    subjects = {table.by_id[m.actor_id].country for m in table.mentions
                if before.start <= m.start < before.end and table.by_id[m.actor_id].kind == "country"
                and m.is_subject(table.doc)}
    return here.pop() if len(here) == 1 and here <= subjects else None


def _other_party(role: str | None, states: set, kb: Knowledge) -> str | None:
    """A story about two states ("The United States and Ruritania signed ... by Secretary of
    State A and Foreign Minister B"): a title one of them never bears is the other's."""
    if len(states) != 2:
        return None
    users = [s for s in states if kb.uses_role(s, role)]
    return users[0] if len(users) == 1 else None
