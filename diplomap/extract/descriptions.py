"""Roles and countries of persons, read from the text first (premodifiers, possessives,
appositions) and only then from the leaders file at the article's date."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import Actor, Article
from .counterparts import OTHER_SIDE_NOUNS, counterparts_roles
from .description_words import (
    _an_outlet,
    _body_named_by,
    _city,
    _inside_a_name,
    _modifies_title,
    _schooled_at,
    _titles_another,
)
from .group_members import stated_group_state
from .knowledge import Knowledge
from .leader_lookup import named_leader
from .mentions import ActorTable, Mention
from .nlp import entity_start, sentence_of
from .placement import (
    COUNSEL_ROLES,
    ENVOY_ROLES,
    Description,
    country_from_context,
    holds_national_office,
    local_member,
    national_official,
    private_person,
)
from .residence import affiliate, party_label, posted_in, residence, state_referred_back
from .role_phrases import (
    adjacent_role_phrase,
    affiliation_phrase,
    after_another_name,
    apposition_or_kind,
    before_next_name,
    bracketed_body,
    copular_predicate,
    described_by,
    home_state_run,
    is_person_noun,
    leading_clause,
    led_bodies,
    names_a_person,
    names_another_person,
    other_names_passed,
    others_origin,
    read_title,
    respective_state,
    title_cut_by_prefix,
    word_of_a_region,
)

# --- roles and countries ---------------------------------------------------------------

def _descriptor_tokens(m: Mention, doc: Doc, kb: Knowledge) -> list[list[Token]]:
    """Token runs that describe a person mention: premodifiers, appositions."""
    span = doc[m.start:m.end]
    root = span.root
    runs = []
    left = [t for t in doc[root.left_edge.i:span.start] if t.i < span.start]
    left = title_cut_by_prefix(root, left, kb) or left
    left = after_another_name(left)
    if not any(kb.title(t.text) or t.ent_type_ for t in left):  # "North Korea's army chief of staff Pak
        left = adjacent_role_phrase(span, kb) or left  # Jong Chon", "vice-president for Africa X": a role
        # phrase the parser left beside the name, or cut off with only its portfolio hung on the name
    if left:
        runs.append(bracketed_body(doc, left[0].i, sentence_of(root).start) + left)  # "The X Corporation (XC)
        # president Y": the body before the title
    for describes in (affiliation_phrase, apposition_or_kind):  # "Janusz Bugajski of the Jamestown Foundation",
        for child in root.children:  # "Mark Rutte, NATO's secretary general", "A and other Japanese officials"
            run = list(child.subtree) if child.i >= span.end and describes(child) else []
            if run and names_another_person(run) and run[0].dep_ == "prep":
                run = before_next_name(run)  # "A of Kenya and B of Uganda" parsed with B on "Kenya"
            if run and not names_another_person(run):  # "X, his son, Y": Y is not X's description
                runs.append(run)
    runs += led_bodies(root, kb)  # "X, who heads Ruritania's wildlife service"
    predicate = copular_predicate(root)
    if predicate is not None and names_a_person(predicate, kb):  # "X was the deputy commander of the PMF",
        # "X, who is Turkey's minister"; not "the sanctions X imposed are a shot across Japan's bow"
        runs.append([t for t in predicate.subtree if t.ent_type_ != "PERSON" and t.dep_ != "relcl"])
    head = described_by(root, span.start, kb)
    if head is not None:  # "Trump's envoy, Keith Kellogg"; "the spokesperson for X, Ambassador Y,"
        own = {t.i for t in root.subtree}
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head == head:
            own = {i for i in own if i >= span.start}  # "President of Ireland X": "Ireland" is his title's
        own |= {t.i for c in head.subtree if c.dep_ == "relcl" for t in c.subtree}  # "who urged Canada to"
        own |= other_names_passed(root, head)  # "talks between U.S. Secretary of State A and B": A's title
        runs.append([t for t in head.subtree if t.i not in own and t.dep_ != "punct"])
    return runs


def _shared_runs(root: Token, table: ActorTable, kb: Knowledge) -> list[tuple[list[Token], str]]:
    """"French ministers A and B", "Kenyan senators A, B and C": a later conjunct shares the
    first name's descriptions whose plural noun names them all."""
    first = root
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON" and first.head.i < first.i:
        first = first.head
    if first is root:
        return []
    start = entity_start(first)
    owner = table.token_actor.get(first.i)
    if owner is None:
        return []
    runs = _descriptor_tokens(Mention(start, first.i + 1, owner), first.doc, kb)
    return [(run, owner) for run in runs
            if any(t.tag_ in ("NNS", "NNPS") and (kb.title(t.text) or is_person_noun(t, kb)) for t in run)]


def countries_from_earlier_descriptions(table: ActorTable, kb: Knowledge) -> None:
    """"Russia's envoy dismissed the accusations. “False,” Vassily Nebenzia told the
    council": a diplomat named right after an unattached "<state>'s envoy" is that state's.
    "A Japanese government spokesman said ... The spokesman, Taro Y, added": a name set beside
    "the <noun>" is the earlier unnamed "a <demonym> <noun>"."""
    doc = table.doc
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind != "person" or actor.country or m.kind != "name":
            continue
        lo = m.start
        for _ in range(3):
            if lo > 0:
                lo = sentence_of(doc[lo - 1]).start
        anaphor = _definite_noun(doc[m.start:m.end].root, kb)
        if anaphor is not None:  # "The official, X": the same noun, indefinite, earlier
            found = _earlier_state(doc[lo:sentence_of(anaphor).start], table, kb, anaphor.lemma_.lower(), True)
        elif actor.role and actor.role.lower() not in ENVOY_ROLES:
            continue
        else:
            found = _earlier_state(doc[lo:m.start], table, kb, None, False)
        if found is not None:
            actor.country = found[0]
            if actor.role is None and found[1] is not None:
                actor.role = found[1]


def _definite_noun(root: Token, kb: Knowledge) -> Token | None:
    """"the spokesman" in "The spokesman, Taro Y,": a person noun with "the" that a name stands beside."""
    noun = root.head
    if root.dep_ != "appos" or noun.i >= root.i or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children):
        return None  # "the Kenyan official, X": described already
    return noun if kb.title(noun.text) is not None or is_person_noun(noun, kb) else None


def _earlier_state(span: Span, table: ActorTable, kb: Knowledge, lemma: str | None,
                   indefinite: bool) -> tuple[str | None, str | None] | None:
    """The state and role of the latest unattached "<state>'s <noun>" in ``span``: an envoy
    noun, or ``lemma`` said with "a"."""
    for t in reversed(list(span)):
        word = t.lemma_.lower()
        if t.i in table.token_actor or (word != lemma if lemma else word not in ENVOY_ROLES):
            continue
        if indefinite and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            continue
        if any(c.dep_ == "appos" for c in t.children) or t.dep_ != "conj" and _of_a_person(t.head, table):
            continue  # "U.S. Trade Representative Y said": Y's own title ("X and <title>": another's)
        mods = [c for c in t.children if c.dep_ in ("poss", "amod", "compound")]
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
        states = [table.by_id[table.token_actor[c.i]] for c in mods if c.i in table.token_actor]
        states = [a for a in states if a.kind == "country" or a.kind == "organization" and a.country]
        if states:  # "a Chilean Foreign Ministry spokeswoman": the body's state
            title = kb.title(t.text)
            return states[0].country, title.role if title is not None else None
    return None


def _of_a_person(token: Token, table: ActorTable) -> bool:
    aid = table.token_actor.get(token.i)
    return aid is not None and table.by_id[aid].kind == "person"


def _read_description(tokens: list[Token], table: ActorTable, kb: Knowledge, self_id: str) -> Description:
    d = Description()
    tokens = [t for t in tokens if not _titles_another(t, table, self_id)]
    if not tokens:
        return d
    former = any(t.lower_ in ("former", "ex", "then") for t in tokens)  # a past post is not whom one serves now
    read_title(d, ["|" if t.dep_ == "poss" else t.text for t in tokens], kb)  # not "the president's" of "the president's adviser"
    d.party = party_label(tokens, kb)
    topic = d.role is not None and d.role.lower() in kb.topic_titles  # "a North Korea expert"
    for t in tokens:
        aid = table.token_actor.get(t.i) or _body_named_by(t, table)
        if (topic and _modifies_title(t, kb)) or (kb.demonym(t.text) and (_inside_a_name(t, kb) or others_origin(t, kb))):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "on", "about", "against", "with") or _schooled_at(t) \
                or _branch_site(t, kb):
            continue  # a destination or topic, not an affiliation; where one studied; where a body's office sits
        if aid is None and _an_outlet(t, kb):
            d.affiliated = True  # "BBC's X", "X of CNN": a news outlet's, whatever the story's setting
            continue
        if aid and aid != self_id:
            actor = table.by_id[aid]
            if actor.kind == "country" and d.country is None:
                d.country = actor.country
            elif actor.kind == "organization" and d.organization is None and d.country is None:
                affiliate(d, actor, kb, former)
            elif actor.kind == "person" and d.possessor is None and t.dep_ in ("poss", "nmod", "compound") \
                    and t.head.lemma_.lower() not in OTHER_SIDE_NOUNS and table.token_actor.get(t.head.i) != aid:
                d.possessor = aid
        elif d.country is None and not word_of_a_region(t):
            c = kb.demonym(t.text) or kb.country(t.text) or _city(t, kb)
            if c:
                d.country = c.iso3
    if d.organization and d.role and d.organization.lower() not in d.role.lower():
        d.role = f"{d.organization} {d.role}"
    affiliation = tokens[0].dep_ == "prep" or leading_clause(tokens[0], kb)  # "X of the Gothenburg
    # Shipping Association", "X, who heads the Kenya Wildlife Service"
    if d.role is None and not affiliation \
            and not any(t.dep_ == "poss" or t.tag_ == "POS" or is_person_noun(t, kb) for t in tokens):
        d.country = d.organization = None  # "Indian reluctance Richard Weitz": a heading, not a description
    _placed(d, tokens, table, kb, topic)
    return d


def _branch_site(t: Token, kb: Knowledge) -> bool:
    """"director of the Japan office of the U.S. Trade Representative's Office": the place before a body's
    local unit (branch_nouns.txt) that an "of" phrase gives to another body is where the unit sits."""
    return t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in kb.branch_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children)


def _placed(d: Description, tokens: list[Token], table: ActorTable, kb: Knowledge, topic: bool) -> None:
    """No state yet: where the description says the person lives or serves."""
    if d.country is None and d.organization is None:
        d.country = state_referred_back(tokens, table)  # "the country's interior minister, X"
    if d.role is None and d.country is None and d.organization is None:
        d.country = residence(tokens, table, kb)  # "X, a beautician from Ruritania": no title, a place
    if d.country is None and d.organization is None and not d.affiliated and not topic \
            and (d.role or "").lower() not in ENVOY_ROLES:
        d.country = posted_in(tokens, table, kb)  # "X, a provincial council member in Ghazni province"


def _topic_role(role: str, kb: Knowledge) -> bool:
    """Roles whose country modifier may be a destination or topic ("Ukraine envoy")."""
    return role.lower() in kb.topic_titles or role.lower() in ENVOY_ROLES


def _merge(have: Description, d: Description, national_office: bool = False) -> None:
    """Adds one run's reading to what earlier runs of the same person gave. ``national_office``:
    the run gives the person a state's own office ("OPEC President X, who is also Ruritanian Oil
    Minister"): a body's officer whom the text also makes a state's minister is of that state."""
    untitled = have.role is None  # a country read before any title ("U.S. sanctions. Trump,
    have.role = have.role or d.role  # Erdogan …") gives way to "Turkish President … Erdogan"
    if (have.country is None and have.organization is None) or (untitled and d.role and d.country) \
            or (have.organization and d.country and ((d.role or "").lower() in ENVOY_ROLES  # "the delegate of X"
                                                     or national_office and d.organization is None)):
        have.country, have.organization, have.party_body = d.country, d.organization, d.party_body
    have.possessor = have.possessor or d.possessor
    if (have.role or "").lower() in COUNSEL_ROLES:
        have.possessor = None  # "X's lawyer": X's state is not his
    have.rank = have.rank or d.rank
    if have.title_country is None:
        have.title_country, have.title_sharers = d.title_country, d.title_sharers
    have.affiliated = have.affiliated or d.affiliated
    have.local_body, have.body_place = have.local_body or d.local_body, have.body_place or d.body_place
    have.party = have.party or d.party
    if have.party and have.country is None and have.organization is None and (have.role or "").lower() in have.party[1]:
        have.country = have.party[0]  # "Democratic Representative X", "Rep. Y (D-Texas)"


def describe_persons(table: ActorTable, article: Article, kb: Knowledge, only_missing: bool = False) -> None:
    doc = table.doc
    found: dict[str, Description] = {}
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind != "person" or m.kind != "name" or (only_missing and (actor.country or actor.role)):
            continue
        have = found.setdefault(actor.id, Description())
        root = doc[m.start:m.end].root
        for run in _descriptor_tokens(m, doc, kb):
            d = _read_description(respective_state(run, root, kb), table, kb, actor.id)
            if have.party is not None and d.country and home_state_run(run):
                d.country = have.party[0]  # "Republican committee member X of Georgia": the party's state
            _merge(have, d, national_office=holds_national_office(d, run))
        for run, owner in _shared_runs(root, table, kb):
            _merge(have, _read_description(respective_state(run, root, kb), table, kb, owner))
    for aid, d in found.items():
        _settle(table.by_id[aid], d, table, article, kb)
    table.unplaced = (table.unplaced - set(found)) | {  # a second pass reads only the undescribed
        aid for aid, d in found.items() if (d.role is None and d.organization is None
                                            and not d.affiliated and d.possessor is None) or private_person(d, kb) or local_member(d)}
    table.local_members = {a: p for a, p in table.local_members.items() if a not in found} | {
        aid: d.body_place for aid, d in found.items() if local_member(d)}
    table.kin.update({aid: d.possessor for aid, d in found.items() if d.possessor and d.role is None
                      and d.organization is None and not d.affiliated})
    _place_from_context(found, table, kb)
    if only_missing:
        counterparts_roles(table)


def _settle(actor: Actor, d: Description, table: ActorTable, article: Article, kb: Knowledge) -> None:
    """A person's role and state from the description the text gives, then from knowledge at the date."""
    leader = named_leader(actor.name, article.date, kb, d.role)
    in_office = leader is not None and leader.in_office(article.date or "")
    if in_office and leader is not None and leader.country and d.party_body:
        d.country = leader.country  # "Foreign Minister X, whose Labour Party …": the party's name is no state's
    if in_office and leader is not None and not leader.country and d.country is None:
        d.organization = d.organization or leader.role  # the head of a body: no dateline's, no setting's
    if d.possessor and d.organization is None and not (d.role and d.country and not _topic_role(d.role, kb)) \
            and not in_office:  # "Reagan's meeting with Gorbachev": a leader in office is no one's envoy
        d.country = table.by_id[d.possessor].country or d.country  # "Trump's Ukraine envoy"
    if in_office and d.possessor and not d.role:
        d.possessor = None
    actor.role = d.role or (leader.role if leader and in_office else None)
    if d.organization:
        actor.country = None
    elif d.country:
        actor.country = d.country
    elif leader is not None:
        actor.country = leader.country or None
    elif d.possessor and table.by_id[d.possessor].country:
        actor.country = table.by_id[d.possessor].country


def _place_from_context(found: dict[str, Description], table: ActorTable, kb: Knowledge) -> None:
    """A possessor's country, only known after the first pass ("Trump's Ukraine envoy"), then
    the story's context; officials still unplaced wait for the story's setting (placement.py)."""
    for aid, d in found.items():
        actor = table.by_id[aid]
        if actor.country is None and d.organization is None and d.possessor:
            actor.country = table.by_id[d.possessor].country
        if actor.country is None and d.organization is None:  # a visiting delegation's member: not the dateline's
            actor.country = stated_group_state(aid, table, kb) or country_from_context(d, table, kb, aid)
        if actor.country is None and national_official(d):
            table.unplaced_officials.add(aid)
