"""Speakers by names the entity recogniser passed over: a person's surname or new name ("Li
said"), a state's organ ("the Kenyan Defence Forces said"), a body that authored a document."""
from __future__ import annotations

from spacy.tokens import Token

from ..ids import slug
from ..models import Actor, ActorKind
from .mentions import ActorTable, Mention
from .nlp import entity_end, entity_start
from .org_names import shortened_name
from .organs import administration_state


def missed_name(s: Token, table: ActorTable) -> str | None:
    """A capitalised subject the table does not know: a known person's surname ("Li said"),
    else a new person (a name) or body (an ORG name) that speaks."""
    kb = table.kb
    words = name_words(s)
    if kb is None or not words or not all(t.is_title for t in words):
        return None
    name = " ".join(t.text for t in words)
    if kb.country_of(name) or kb.organization(name) or any(kb.title(t.text) or kb.is_honorific(t.text)
                                                           or kb.country_of(t.text) for t in words):
        return None
    if any(t.lower_ in kb.media_words or t.lower_ in kb.not_person_words for t in words):
        return None
    if words[-1].lower_ in kb.person_nouns:  # "Humanitarian Coordinator said": a role, not a name
        return None
    namesakes = {a.id for a in table.by_id.values() if a.kind == "person"
                 and words[-1].text in a.name.replace("-", " ").split()[1:]}  # "Vidal-Soto said": Jorge Vidal-Soto
    if len(namesakes) == 1:
        aid = namesakes.pop()
    elif namesakes:
        return None
    elif words[-1].lower_ in kb.not_org_words:  # "the Development Plan said": a document
        return None
    elif (full := introduced_person(words[-1], table)) is not None:  # "X Y is the director of …. Y said"
        aid, name = _new_actor(table, full, "person"), full
    elif (state := administration_state(table.doc[words[0].i:words[-1].i + 1], kb, table.date)) is not None:
        aid = table.country_actor(state)  # "the Reagan Administration said": the state speaks
        table.by_id[aid].mentions += 1
    elif (known := body_by_short_name(name, table)) is not None:  # "the Paris Club … the Club said"
        aid = known
        table.by_id[aid].mentions += 1
    elif s.ent_type_ == "ORG" or any(t.lower_ in kb.org_words for t in words):
        aid = _body_actor(words, name, table)
    elif s.ent_type_ == "PERSON" or s.ent_type_ in ("", "LOC", "GPE") and not kb.city(name) \
            and (s.ent_type_ == "" or len(words) >= 2):  # not "Ontario Premier X said"; a two-word
        # name the recogniser took for a place no gazetteer knows is a person ("Nino Galissa recounts")
        aid = _new_actor(table, name, "person")
    else:
        return None
    table.add_mention(Mention(words[0].i, words[-1].i + 1, aid))
    return aid


def body_by_short_name(name: str, table: ActorTable) -> str | None:
    """"The Paris Club agreed … the Club said", "the U.S. Treasury … the Treasury said": a body named
    again by its head noun or without its trailing body word is the one organisation of the story
    so named in full (organs.shortened_name)."""
    kb = table.kb
    if kb is None:
        return None
    found = {a.id for a in table.by_id.values() if a.kind == "organization"
             and any(shortened_name(n, name, kb) for n in (a.name, *a.aliases))}
    return found.pop() if len(found) == 1 else None


def _body_actor(words: list[Token], name: str, table: ActorTable) -> str:
    """A new body that speaks, named with the state the recogniser left outside its name ("the U.S.
    Embassy replied"); a body already met under a short form of that name ("the Treasury said" …
    "the U.S. Treasury said") is the same one."""
    state = _state_word(words[0], table)
    full = f"{state[0]} {name}" if state else name
    kb = table.kb
    short = [a for a in table.by_id.values() if a.kind == "organization" and kb is not None
             and shortened_name(full, a.name, kb)] if state else []
    if len(short) == 1:
        aid = short[0].id
        table.by_id[aid].mentions += 1
        table.by_id[aid].aliases.append(full)
    else:
        aid = _new_actor(table, full, "organization")
    if state:
        table.by_id[aid].country = table.by_id[aid].country or state[1]
    return aid


def _state_word(first: Token, table: ActorTable) -> tuple[str, str] | None:
    """The state entity right before a body's name ("U.S." in "the U.S. Embassy"): its text and ISO3."""
    doc, kb = table.doc, table.kb
    end = first.i
    if kb is None or end == 0 or doc[end - 1].ent_type_ not in ("GPE", "NORP"):
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    text = doc[words[0].i:end].text if words else ""
    state = kb.country(text) or kb.demonym(text) if text else None
    return (text, state.iso3) if state is not None else None


def name_words(s: Token) -> list[Token]:
    """The words of the name ``s`` ends: its compounds up to three words before it."""
    span = [c for c in s.subtree if c.i <= s.i and c.dep_ in ("compound", "flat") or c.i == s.i]
    return [t for t in span if t.i >= s.i - 3 and t.is_alpha]


def capitalised_organ(words: list[Token], table: ActorTable) -> str | None:
    """"the Malian Military Command said", "the Kenyan Defence Forces said": a state's word, then
    capitalised words ending as a state organ's name ends (state_organs.txt: command, forces,
    agency ...) that the NER passed over: that state's body speaks, not the state."""
    kb = table.kb
    if kb is None or len(words) < 2 or not all(t.is_title for t in words):
        return None
    state = kb.country_of(words[0].text)
    tail = words[1:]
    if state is None or any(kb.country_of(t.text) or kb.title(t.text) for t in tail):
        return None
    if tail[-1].lower_ not in {phrase.split()[-1] for phrase in kb.state_organs}:
        return None
    aid = _new_actor(table, " ".join(t.text for t in words), "organization")
    table.by_id[aid].country = table.by_id[aid].country or state.iso3
    table.add_mention(Mention(words[0].i, words[-1].i + 1, aid))
    return aid


def named_body(words: list[Token], table: ActorTable) -> str | None:
    """A body by the capitalised name the NER passed over ("the government's National News Agency")."""
    kb = table.kb
    name = " ".join(t.text for t in words)
    if kb is None or not words or kb.country_of(name) or any(kb.title(t.text) for t in words):
        return None
    aid = _new_actor(table, name, "organization")
    table.add_mention(Mention(words[0].i, words[-1].i + 1, aid))
    return aid


def _new_actor(table: ActorTable, name: str, kind: ActorKind) -> str:
    aid = slug(name)
    if aid not in table.by_id:
        table.by_id[aid] = Actor(id=aid, name=name, kind=kind)
    table.by_id[aid].mentions += 1
    return aid


def introduced_person(word: Token, table: ActorTable) -> str | None:
    """The full name under which an earlier sentence introduced ``word`` as a person, the subject
    of "is" with a title or person noun ("X Y is the executive director of Z") or beside one in
    apposition ("X Y, a researcher at Z,"), whatever the entity recogniser made of it."""
    kb = table.kb
    for t in table.doc[:max(word.i - 1, 0)]:
        if t.text != word.text or kb is None:
            continue
        head = t
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.i != t.i:
            continue
        said = [c for c in head.head.children if c.dep_ == "attr"] if head.dep_ == "nsubj" \
            and head.head.lemma_ == "be" else []
        said += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if any(kb.title(c.lemma_) or c.lemma_.lower() in kb.person_nouns for c in said):
            full = [c for c in head.subtree if c.i < head.i and c.dep_ in ("compound", "flat") and c.is_title]
            return " ".join(c.text for c in [*full, head])
    return None


def outlet_voice(s: Token, table: ActorTable) -> str | None:
    """"Tass said the proposal was “…”", "the Global Times said in an editorial": a news outlet
    (organizations.csv, category media) is left out of the actors as a source, but the subject of
    its own quoted words speaks, and joins the actors then."""
    if table.kb is None or not s.ent_type_:
        return None
    return _outlet(table, [t for t in s.doc[entity_start(s):entity_end(s)] if t.lower_ != "the"])


def named_outlet(noun: Token, table: ActorTable) -> str | None:
    """"China's official Xinhua news agency said", "state news agency SANA said": the outlet a name on the
    subject noun names speaks (not the state that owns it)."""
    kb, lemma = table.kb, noun.lemma_.lower()
    if kb is None or lemma not in kb.org_words and lemma not in kb.outlet_nouns:
        return None  # "the Reuters report said": an outlet's document names no speaker
    names = [c for c in noun.children if c.dep_ in ("compound", "appos", "amod", "nmod")
             and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")]  # "state-run IRNA news agency": IRNA tagged an adjective
    return next((aid for c in names if (aid := _outlet(table, [t for t in c.subtree if t.pos_ == "PROPN"
                                                              or t.ent_type_ == "ORG"]))), None)


def _outlet(table: ActorTable, words: list[Token]) -> str | None:
    kb = table.kb
    org = kb.organization(" ".join(t.text for t in words)) if words and kb is not None else None
    if org is None or org.category != "media":
        return None
    aid = _new_actor(table, org.name, "organization")
    table.by_id[aid].country = org.country
    table.add_mention(Mention(words[0].i, words[-1].i + 1, aid))
    return aid
