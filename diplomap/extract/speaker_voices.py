"""Whose voice an unnamed official or source is when the phrase names no known actor: the
host government of a wire story ("government sources said" under a LONDON dateline), or a body
the story named under a longer name ("Commission sources said" after "the EC Commission")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .doc_index import with_lemmas
from .knowledge_parts import speech_verbs
from .mentions import SUBJECT_DEPS, ActorTable
from .nlp import quoted_tokens, sentence_of
from .speaker_descriptions import body_referred_to, state_voice_nouns
from .speaker_groups import last_body
from .speaker_names import body_by_short_name, name_words, named_body
from .story_setting import government_modified, host_state, host_state_actor, place_state

PLAIN_DEPS = ("det", "nummod", "advmod", "punct", "relcl", "acl")  # "the official, who …"


def voice_owner(noun: Token, table: ActorTable) -> str | None:
    """The body or state an unnamed official or source (unnamed_sources.csv, voice "state") speaks
    for, when nothing in its phrase is a known actor: a body the story named longer, else the
    dateline's state for the host government."""
    if noun.lemma_.lower() not in state_voice_nouns():
        return None
    return short_named_body(noun, table) or government_voice(noun, table)


def short_named_body(noun: Token, table: ActorTable) -> str | None:
    """"Commission sources said" after "the EC Commission": a capitalised word compounded with the
    noun that shortens the name of a body the story named is that body, unless the body belongs to
    another state than the dateline's (a LONDON story's "Treasury spokesman" after "the U.S.
    Treasury"). A body the table never kept is not made here ("CrediNord sources said"): on the
    blind checking halves that added an actor the gold does not list and no right speaker."""
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN" and c.ent_type_ == "ORG" \
                and table.actor_at(c.i) is None:
            words = name_words(c)
            known = body_by_short_name(" ".join(t.text for t in words), table) if words else None
            if known is not None and table.by_id[known].country in (None, host_state(table)):
                return known
            if known is None and len(words) == 1 and table.kb is not None and words[0].lower_ in table.kb.state_organs:
                return _state_organ(words, table)  # "a Treasury spokesman said": the organ itself speaks
    return None


def _state_organ(words: list[Token], table: ActorTable) -> str | None:
    """A one-word state organ ("Treasury", "Army") the table never kept, as a body of the dateline's state."""
    aid = named_body(words, table)
    if aid is not None and table.by_id[aid].country is None:
        table.by_id[aid].country = host_state(table)
    return aid


def government_voice(noun: Token, table: ActorTable) -> str | None:
    """"government sources said", "a senior government official said", with no state named: wire
    style names the host government so, and the host is the state of the dateline ("LONDON, March
    27 -"), when the story names that state. A bare "an official said", "the spokesman added" is
    the voice of the unnamed official or source that spoke last, however far back: wire copy names
    its unnamed officials once ("government sources said") and calls them "officials" after."""
    if any(c.dep_ == "prep" for c in noun.children) \
            or any(place_state(c, table) not in (None, host_state(table)) for c in noun.head.children):
        return None  # "a spokesman for the group", "officials in the rest of Europe", "In Washington,
        # officials said" in a LONDON story: not the host's
    if government_modified(noun):
        return host_state_actor(table)
    if not all(_plain(c, table) for c in noun.children):
        return None
    earlier = _last_voice(noun, table)
    return government_voice(earlier, table) if earlier is not None else _body_just_before(noun, table)


def _body_just_before(noun: Token, table: ActorTable) -> str | None:
    """"The ministry has been negotiating with Norway. “…,” one official told Reuters": a bare unnamed
    official right after a sentence whose subject is a body (named, or "the ministry" for it) speaks for it."""
    sent = sentence_of(noun)
    if sent.start == 0 or noun.tag_ != "NN":
        return None  # one official, not "some delegates" (who may be anyone's)
    for s in (c for c in sentence_of(table.doc[sent.start - 1]).root.children if c.dep_ in ("nsubj", "nsubjpass")):
        aid = table.actor_for(s) or body_referred_to(s, table)
        if aid is not None and table.by_id[aid].kind == "organization":
            return aid
    return None


def _plain(c: Token, table: ActorTable) -> bool:
    """A word that leaves an unnamed voice bare: a determiner, a number, a clause, or an adjective
    that ranks or vouches for it ("a senior official", voice_ranks.txt) and does not classify it
    ("diplomatic sources", "Western officials": a voice of another kind)."""
    ranks = table.kb.voice_ranks if table.kb is not None else frozenset()
    return c.dep_ in PLAIN_DEPS or c.dep_ == "amod" and c.lower_ in ranks


def _last_voice(noun: Token, table: ActorTable) -> Token | None:
    """The latest unnamed official or source subject before ``noun``, outside quotes, anywhere earlier
    in the story (a voice of another kind, "U.S. officials", "monetary sources", ends the chain)."""
    quoted = quoted_tokens(table.doc)
    for t in reversed(with_lemmas(table.doc, state_voice_nouns())):
        if t.i < noun.i and t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN" and t.i not in quoted:
            return t
    return None


def last_speaking_thing(table: ActorTable, before: int, subject_actor: Callable[[Token, ActorTable], str | None]) -> str | None:
    """"It" is the latest thing (no person) that spoke: a body or state, or a document
    ("the editorial said … “…,” it added"), which names no speaker; within the last 80 words of
    narrative, the words of quotes between not counted."""
    doc = table.doc
    verbs = speech_verbs()
    quoted = quoted_tokens(doc)
    for t in reversed([t for t in doc[max(before - 400, 0):before] if t.i not in quoted][-80:]):
        if t.dep_ not in SUBJECT_DEPS or t.dep_ == "nsubjpass" or t.head.lemma_.lower() not in verbs \
                or t.pos_ not in ("NOUN", "PROPN"):
            continue  # "the yen would be defended": a passive subject is spoken of, it does not speak
        aid = subject_actor(t, table)
        person = aid is not None and table.by_id[aid].kind == "person"
        if (aid is None or person) and t.pos_ == "NOUN" and t.tag_ == "NN" and table.kb is not None \
                and t.lemma_.lower() not in table.kb.person_nouns and t.lemma_.lower() not in table.kb.group_nouns:
            return None  # a document or a thing spoke (even one its senders speak through)
        if aid is not None and table.by_id[aid].kind != "person":
            return aid
    body = last_body(table, before)
    return body[1] if body is not None else None


def issuing_body(noun: Token, table: ActorTable, subject_actor: Callable[[Token, ActorTable], str | None]) -> str | None:
    """"The council called for a ceasefire. “…,” read the communique issued after the meeting": a
    document the story has not named before and that names no author speaks for the body that spoke
    last; a joint one ("the joint communique") for no single party."""
    kb = table.kb
    if kb is None or noun.lemma_.lower() not in kb.document_nouns or any(c.lower_ == "joint" for c in noun.children) \
            or any(t.lemma_ == noun.lemma_ for t in table.doc[:noun.i]):
        return None  # a document named before is its sender's (_earlier_namesake), or no one's
    aid = last_speaking_thing(table, noun.i, subject_actor)
    return aid if aid is not None and table.by_id[aid].kind == "organization" else None


def voice_pronoun(s: Token, table: ActorTable, subject_actor: Callable[[Token, ActorTable], str | None]) -> str | None:
    """"A Treasury spokesman said … But he added that …": a "he" or "she" the reference reader left
    no one (an unnamed voice came last) speaks for the body or state that voice spoke for — the last
    subject of a speech verb within the last 60 words of narrative (quotes not counted), when it is a
    singular unnamed-source noun (unnamed_sources.csv, voice "state") and no person is named after it."""
    if s.lower_ not in ("he", "she") or table.actor_for(s) is not None:
        return None
    doc = table.doc
    verbs = speech_verbs()
    quoted = quoted_tokens(doc)
    for t in reversed([t for t in doc[max(s.i - 300, 0):s.i] if t.i not in quoted][-60:]):
        aid = table.token_actor.get(t.i)
        if aid is not None and table.by_id[aid].kind == "person":
            return None  # a person named after the voice: the pronoun's, if anyone's
        if t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in state_voice_nouns() \
                and t.head.lemma_.lower() in verbs:
            voice = subject_actor(t, table)
            return voice if voice is not None and table.by_id[voice].kind != "person" else None
    return None


def its_owner(noun: Token, table: ActorTable) -> str | None:
    """"“…,” its clandestine radio said", "its statement said", "its spokesman said": a voice, outlet or
    document of "its" speaks for the body or state named last as a subject before it."""
    its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if noun.pos_ != "NOUN" or its is None:
        return None
    if (resolved := table.actor_at(its.i)) is not None:
        return resolved  # an "its" the references already gave its body
    body = last_body(table, noun.i, quoted_tokens(table.doc))
    return body[1] if body is not None else None
