"""Pronouns and descriptions ("he", "the British prime minister") resolved to the
persons of the table, so that later rules see one actor per person."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import doc_tokens, with_pos
from .genders import known_genders
from .knowledge import Knowledge
from .mentions import PERSON_PRONOUNS, SUBJECT_DEPS, ActorTable, Mention
from .nlp import quoted_tokens, sentence_of
from .org_heads import org_head_of
from .pronoun_antecedents import UNNAMED, agreeing, antecedent, fronted_owner, main_subject, note_gender
from .speaker_descriptions import unnamed_source_nouns
from .speaker_phrases import _body_word_of, _in_phrase
from .story_setting import host_state
from .title_holders import named_in_phrase, set_off_next

INDEFINITE = ("a", "an", "one", "another")


def _description_head(token: Token, kb: Knowledge) -> tuple[str, str | None] | None:
    """"the British prime minister" → ("Prime Minister", "GBR") for the head noun."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod") or token.tag_ in ("NNS", "NNPS"):
        return None  # a plural ("the two leaders") is no one person
    mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    phrase_tokens = [c for c in mods if not kb.demonym(c.text) and not kb.country(c.text)]
    title = None
    for k in range(len(phrase_tokens) + 1):  # "foreign ministry spokesperson" → "spokesperson"
        title = kb.title(" ".join([t.text for t in phrase_tokens[k:]] + [token.text]))
        if title:
            break
    if title is None:
        return None
    dets = [c for c in token.children if c.dep_ in ("det", "poss")]
    if not dets or dets[0].lower_ not in ("the", "his", "her") and dets[0].dep_ != "poss":
        return None
    country = None
    for c in list(token.children):
        place = kb.demonym(c.text) or kb.country(c.text)
        if place:
            country = place.iso3
    return title.role, country


def resolve_references(table: ActorTable, kb: Knowledge, skip: set[int]) -> None:
    """Attach pronouns and definite descriptions to the person they refer to."""
    doc = table.doc
    named = sorted((m for m in table.mentions if table.by_id[m.actor_id].kind == "person"
                    or _who_clause(m, table)), key=lambda m: m.start)
    quoted = quoted_tokens(doc)
    described_as = _appositive_nouns(named, table)
    history: list[Mention] = []  # person mentions seen so far, in order
    # person id -> "m" or "f": from the person's given name or courtesy word, then the pronouns resolved to them
    genders = known_genders(table, kb)
    k = 0
    for token in doc_tokens(doc):
        while k < len(named) and named[k].start <= token.i:
            if not _modifier(named[k], doc):
                history.append(named[k])
            k += 1
        if token.i in table.token_actor or token.i in skip:
            continue
        if token.lower_ in PERSON_PRONOUNS and token.pos_ == "PRON":
            # "“… the Biden administration …,” he said": names inside a quote are not who speaks
            outside = history if token.i in quoted else [m for m in history if m.start not in quoted]
            aid = fronted_owner(token, table, genders) or antecedent(token, agreeing(token, outside, genders), doc)
            if token.i not in quoted:  # "“He may be right,” she said": a quote's "he" is someone talked about
                note_gender(genders, aid, token)
            if aid:
                m = Mention(token.i, token.i + 1, aid, kind="pronoun")
                table.add_mention(m)
                history.append(m)
            elif aid == "":  # "A pilot said …. He agreed with X's remark …. “…,” he added": still the pilot
                history.append(Mention(token.i, token.i + 1, "", kind=UNNAMED))
            continue
        if token.pos_ == "NOUN" and (named_in_phrase(token, table) or set_off_next(token, table)):
            continue  # "The U.S. envoy for Yemen, X, …", "met the leader of the alliance, former President X,":
            # the phrase names its own holder, no one before
        aid = org_head_of(token, history, table, kb) or _description_of(token, history, table, kb) \
            or _namesake_of_apposition(token, described_as, table) or _styled_person(token, history, table, kb) \
            or _visitor(token, history, table)
        if aid:
            m = Mention(token.left_edge.i, token.i + 1, aid, kind="description")
            table.add_mention(m)
            history.append(m)
            continue
        if _unnamed_speaker(token, table):
            # "a spokesman for the ministry": the ministry; a correspondent or analyst "of" a body is no
            # voice of it, a spokesman for it is; "a senior ministry official" speaks for the ministry
            # named before ("Japan's Agriculture Ministry")
            speaks_for = token.dep_ in SUBJECT_DEPS and token.lemma_.lower() not in kb.person_nouns
            body = _in_phrase(token, table) or _body_word_of(token, table) if speaks_for else ""
            body = body if body and table.by_id[body].kind != "person" else ""
            history.append(Mention(token.i, token.i + 1, body, kind=UNNAMED))






def _description_of(token: Token, history: list[Mention], table: ActorTable, kb: Knowledge) -> str | None:
    """The person a title description ("the British prime minister") stands for; none when the
    description's own phrase names its holder ("The U.S. envoy for Yemen, Tim Lenderking,")."""
    desc = _description_head(token, kb)
    if not desc or named_in_phrase(token, table):
        return None
    role, country = desc
    title = kb.title(role)
    # "the official" may stand for anyone with a role; "the correspondent" (a person noun:
    # an occupation, no office) only for someone holding that role
    generic = bool(title and title.rank >= 4) and token.lemma_.lower() not in kb.person_nouns
    if _the_states_leader(token, kb) and (head := _latest_head(country, history, table)):
        return head  # "the Chinese leader": the head of state or government named before, not his spokesman
    return _described(role, country, history, table, generic=generic, noun=token.lemma_.lower())


def _the_states_leader(token: Token, kb: Knowledge) -> bool:
    """"the Chinese leader", "the leader": no one's apposition, no other words ("Ontario's provincial leader",
    "the Senate Majority Leader" are not heads of state)."""
    return token.lemma_.lower() == "leader" and token.dep_ != "appos" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and all(kb.demonym(c.text) or kb.country(c.text) for c in token.children if c.dep_ in ("amod", "compound"))


def _latest_head(country: str | None, history: list[Mention], table: ActorTable) -> str | None:
    """The latest person named before who holds an office of the first rank (of ``country``, if given)."""
    for m in reversed(history):
        actor = table.by_id.get(m.actor_id)
        if actor is not None and table.holds_office(actor, 1) and (country is None or actor.country == country):
            return actor.id
    return None


def _styled_person(token: Token, history: list[Mention], table: ActorTable, kb: Knowledge) -> str | None:
    """"Prince X arrived …. The prince was received by …": "the" and a style written before the name of a
    person met before (name_prefixes.txt: prince, sheikh …) stand for the latest such person."""
    if token.lower_ not in kb.name_prefixes or token.tag_ in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    styled = [m.actor_id for m in history if m.actor_id and table.by_id[m.actor_id].kind == "person" and any(
        form.lower().split()[:1] == [token.lower_] for form in (table.by_id[m.actor_id].name, *table.by_id[m.actor_id].aliases))]
    return styled[-1] if styled else None


def _visitor(token: Token, history: list[Mention], table: ActorTable) -> str | None:
    """"X arrived in Amman …. The visitor is due to be received by Y": under a dateline, "the visitor" is the
    latest person named before who is of another state than the dateline's."""
    host = host_state(table) if token.lower_ == "visitor" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) else None
    if host is None or table.kb is None:
        return None
    guests = [m.actor_id for m in history if m.actor_id and table.by_id[m.actor_id].kind == "person"  # at the
              and (table.kb.state_at(c := table.by_id[m.actor_id].country, table.date) or c) not in (None, host)]
    return guests[-1] if guests else None  # story's date, as the dateline: a 1987 "Russian" is Soviet


def _appositive_nouns(named: list[Mention], table: ActorTable) -> dict[str, list[tuple[int, str]]]:
    """The common nouns that describe a named person beside the name ("X, the director of Y",
    "the camp's coordinator, X"), by lemma: where each stands and whom it describes."""
    doc = table.doc
    out: dict[str, list[tuple[int, str]]] = {}
    beside: dict[int, str] = {}
    for m in named:
        if m.kind != "name" or table.by_id[m.actor_id].kind != "person":
            continue
        root = doc[m.start:m.end].root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        nouns += [root.head] if root.dep_ == "appos" and root.head.i < root.i else []
        beside.update((n.i, m.actor_id) for n in nouns if n.i not in table.token_actor)
    for t in with_pos(doc, ("NOUN",)):  # every use of the noun, so that "a hospital director" in between takes it over
        if t.pos_ == "NOUN" and t.tag_ == "NN":
            out.setdefault(t.lemma_.lower(), []).append((t.i, beside.get(t.i, "")))
    return out


def _namesake_of_apposition(token: Token, described_as: dict[str, list[tuple[int, str]]],
                             table: ActorTable) -> str | None:
    """"X, the camp's coordinator, said …. “…,” the coordinator said": a definite or possessive
    description ("his counterpart") whose noun described a named person beside the name earlier in the
    story stands for that person (never for its own possessor)."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ in ("compound", "amod", "appos", "attr"):
        return None
    # "his counterpart", "X's lawyer": a possessor, who is someone else than the person described
    owners = {aid for c in token.children if c.dep_ == "poss" and (aid := table.token_actor.get(c.i))
              and table.by_id[aid].kind == "person"}
    if _named_beside(token, table) or not owners and not any(c.dep_ == "det" and c.lower_ == "the"
                                                             for c in token.children):
        return None
    before = [(i, aid) for i, aid in described_as.get(token.lemma_.lower(), []) if i < token.i]
    if not before:
        return None
    i, aid = before[-1]  # the latest use: beside a name, or a description of the same person already
    aid = aid or (found if (found := table.token_actor.get(i)) and table.by_id[found].kind == "person" else "")
    return aid if aid and aid not in owners else None


def _unnamed_speaker(token: Token, table: ActorTable) -> bool:
    """"a senior ministry official said", "said the aide, who …", "criticised by an analyst": a
    person noun of the unnamed-source lexicon with no name of its own (no apposition, no proper
    noun), in any role, or any person noun as an indefinite subject ("a local farmer said"): a
    later pronoun may stand for it, not for a person named before."""
    if token.pos_ != "NOUN" or token.dep_ == "attr" or token.dep_ == "appos" and not (
            token.head.ent_type_ in ("GPE", "LOC") and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                           for c in token.children)):
        return False  # not "X, a spokesman": a name's apposition ("In Tehran, a spokesman …" is the parser's)
    kb = table.kb
    if kb is not None and token.lemma_.lower() in kb.associate_nouns and token.dep_ in SUBJECT_DEPS and token.tag_ == "NN" \
            and any(c.dep_ == "poss" for c in token.children) and not _named_beside(token, table):
        return True  # "his lawyer said", "X's wife told VOA": someone the story does not name
    if token.lemma_.lower() not in unnamed_source_nouns() and not (
            kb is not None and (token.lemma_.lower() in kb.person_nouns or kb.title(token.text)) and token.dep_ == "nsubj"
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children)):
        return False  # any person noun or title when it is an indefinite subject: "A ferry pilot disagreed", "A
        # senior West German minister arrived in Damascus …. He …"
    if _named_beside(token, table):
        return False
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod")]
    return bool(dets) and dets[0] in (*INDEFINITE, "the")


def _named_beside(token: Token, table: ActorTable) -> bool:
    """A person noun with a name of its own beside it ("his lawyer, X", "ministry official X")."""
    return any(c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN" and (aid := table.actor_at(c.i))
               and (c.dep_ == "appos" or table.by_id[aid].kind == "person") for c in token.children)


def _who_clause(m: Mention, table: ActorTable) -> bool:
    """"Chalida Tajaroensuk, who heads a rights group, echoed …. She told VOA …": a name the recogniser
    made a body but that a "who" clause shows to be someone a later "she" may stand for."""
    if table.by_id[m.actor_id].kind != "organization" or m.kind != "name":
        return False
    root = table.doc[m.start:m.end].root
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
               for c in root.children)


def _modifier(m: Mention, doc: Doc) -> bool:
    """"the Reagan administration", "the Moreau government's budget": a name modifying a common
    noun is no reference a later pronoun or description could pick up."""
    root = doc[m.start:m.end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i > root.i



def _subject_holder(m: Mention, history: list[Mention], table: ActorTable, role: str, country: str | None) -> str:
    """Of the holders of ``role`` in the sentence of the latest one, ``m``, the subject: "A said his
    talks with Trade Minister B were useful. “…,” the minister said" is A, as a pronoun would be."""
    doc = table.doc
    sent = sentence_of(doc[m.start])
    holders = [h for h in history if sent.start <= h.start <= m.start and h.kind != UNNAMED
               and (r := table.by_id[h.actor_id].role) and role.lower() in r.lower()
               and (country is None or table.by_id[h.actor_id].country == country)]
    subjects = [h for h in holders if h.is_subject(doc)]
    main = [h for h in subjects if main_subject(h, doc)]
    return (main or subjects or [m])[-1].actor_id


def _appositive(m: Mention, table: ActorTable) -> bool:
    """"X, the divisional railway superintendent, told VOA": a person described beside the name by an
    office no title list knows (no occupation such as "a farmer"), whom "the official" may stand for."""
    root = table.doc[m.start:m.end].root
    jobs = table.kb.person_nouns if table.kb is not None else frozenset()
    return m.kind == "name" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"
                                    and c.lemma_.lower() not in jobs for c in root.children)





def _described(role: str, country: str | None, history: list[Mention], table: ActorTable,
               generic: bool = False, noun: str = "") -> str | None:
    """The person a description fits: same role (and country); a generic one ("the
    official") fits the latest person with any role, unless an unnamed one came since."""
    own_noun = noun in unnamed_source_nouns() and any(
        m.kind == UNNAMED and table.doc[m.start].lemma_.lower() == noun for m in history)
    for m in reversed(history):
        if m.kind == UNNAMED:
            same = noun == table.doc[m.start].lemma_.lower()
            # "the diplomat" after "a diplomat said an official … told him" is the diplomat; "the Saudi
            # leader" after "one official said" is not that official (a description naming its state
            # passes over an unnamed source of another noun)
            if same or (generic and country is None and not own_noun and m.is_subject(table.doc)):
                return m.actor_id or None
            continue
        actor = table.by_id[m.actor_id]
        fits = actor.role and (generic or role.lower() in actor.role.lower()) or generic and _appositive(m, table)
        if fits and own_noun and noun not in (actor.role or "").lower():
            continue  # "the official" with an unnamed official before: not the minister named since
        if fits and (country is None or actor.country == country):
            return actor.id if generic else _subject_holder(m, history, table, role, country)
    seen = {m.actor_id for m in history}  # "the minister" refers back, never to a minister named later
    candidates = [a for a in table.by_id.values() if a.kind == "person" and a.role and a.id in seen
                  and role.lower() in a.role.lower() and (country is None or a.country == country)]
    if len(candidates) == 1:
        return candidates[0].id
    if country is None or candidates:
        return None
    # "the former French foreign minister" with no one holding that role by name: the latest
    # person of that state whose role the text left vague
    kb = table.kb
    for m in reversed(history):
        if m.kind == UNNAMED:
            continue
        actor = table.by_id[m.actor_id]
        vague = actor.role is None or (kb is not None and (t := kb.title(actor.role)) is not None and t.rank >= 4)
        if actor.country == country and vague:
            return actor.id
    return _stateless_latest(role, country, history, table, generic)


def _stateless_latest(role: str, country: str, history: list[Mention], table: ActorTable, generic: bool) -> str | None:
    """"Deputy Foreign Minister X arrived in Kabul …. “…,” the Soviet official said": a description
    naming a state no one named is of, with no unnamed source since, is the person last named when
    the text gave them no state and the description's role fits theirs; the description gives it."""
    last = history[-1] if history else None
    if last is None or last.kind == UNNAMED:
        return None
    actor = table.by_id[last.actor_id]
    fits = generic or bool(actor.role) and role.lower() in (actor.role or "").lower()
    if actor.kind != "person" or actor.country is not None or not fits:
        return None
    actor.country = country
    return actor.id


