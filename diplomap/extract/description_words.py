"""The tests ``descriptions`` puts to each word of a run that describes a person before reading a
state or body from it: whether the word is another person's title, a body's noun ("the bank's"),
a news outlet's name, where one studied, a city, part of another name ("the German Marshall Fund")
or a modifier of a title ("a North Korea expert"). They are word-level questions about the parse and
the knowledge files, kept apart from the reading and merging of descriptions that asks them.
"""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import Knowledge
from .mentions import ActorTable
from .nlp import entity_start
from .role_phrases import is_person_noun


def _titles_another(token: Token, table: ActorTable, self_id: str) -> bool:
    """"President" in "talks with President Reagan, Secretary X said": another person's title."""
    other = table.token_actor.get(token.head.i)
    return token.dep_ == "compound" and token.i not in table.token_actor and other is not None \
        and other != self_id and table.by_id[other].kind == "person"


def _body_named_by(token: Token, table: ActorTable) -> str | None:
    """"the bank's president", "the court's president": the one organisation of the article whose
    name holds that noun ("the Caribbean Development Bank", "the International Court of Justice");
    "the bloc's mediator": the body named last before (body_nouns.txt)."""
    if token.dep_ != "poss" or token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
        return None
    noun = token.lemma_.lower()
    if table.kb is not None and noun in table.kb.body_nouns:  # the bloc's own officer, not "who led the bloc's talks"
        return table.body_before(token.i) if table.kb.title(token.head.text) else None
    found = {a.id for a in table.by_id.values() if a.kind == "organization" and noun in a.name.lower().split()}
    return found.pop() if len(found) == 1 else None


def _an_outlet(token: Token, kb: Knowledge) -> bool:
    """The last word of a news outlet's name (organizations.csv, category media): "BBC's"."""
    if token.ent_type_ not in ("ORG", "PERSON", "GPE", "WORK_OF_ART") \
            or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"):
        return False
    org = kb.organization(token.doc[entity_start(token):token.i + 1].text)
    return org is not None and org.category == "media"


def _schooled_at(token: Token) -> bool:
    """"a Harvard-trained economist", "a Sorbonne-educated lawyer": where one studied, not whom one serves."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in (
        "trained", "educated", "schooled")


def _city(token: Token, kb: Knowledge):
    """The country of a city named by the place entity this token ends ("in Da Nang", "Denver-based"),
    or by a capitalised word the NER left untagged that qualifies a title ("Kano Governor X")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.ent_type_ in ("", "PERSON") and token.pos_ == "PROPN" and token.dep_ == "compound" and token.is_title \
            and after is not None and after.is_title and kb.title(after.text) is not None:
        return kb.city(token.text)
    if token.ent_type_ in ("", "PERSON") and token.dep_ == "pobj" and token.head.lower_ == "in" and token.is_title:
        return kb.city(token.text)  # "a university in Marawi", the town tagged as a person or not at all
    if token.ent_type_ not in ("GPE", "ORG", "LOC") or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"):
        return None
    return kb.city(token.doc[entity_start(token):token.i + 1].text)


def _inside_a_name(token: Token, kb: Knowledge) -> bool:
    """"German" in "the German Marshall Fund", "Chinese" in "Modern Chinese Studies": part of
    another name, so no one's nationality. "Chinese Foreign Minister" is a title, not a name."""
    doc = token.doc
    if token.ent_type_ not in ("", "NORP", "GPE"):
        start, end = entity_start(token), token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end - start > 1:
            return True
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or head.i <= token.i:
        return False
    node = head  # "Canadian Finance Minister": up the compounds, a title or a person ends the name
    for _ in range(4):
        if node.ent_type_ == "PERSON" or kb.title(node.text) is not None or is_person_noun(node, kb):
            return False
        if node.dep_ not in ("compound", "amod", "nmod") or node.head.i <= node.i:
            break
        node = node.head
    if doc[token.i + 1:node.i + 1].text.lower() in kb.state_organs:
        return False  # "the Turkish General Staff", "the Japanese Foreign Ministry": a state's own body
    return all(t.is_title or t.is_upper for t in doc[token.i:head.i + 1])


def _modifies_title(token: Token, kb: Knowledge) -> bool:
    """"North" in "a North Korean expert": a modifier, directly or not, of a title word."""
    t = token
    for _ in range(3):
        if t.dep_ not in ("compound", "amod", "nmod") or t.head == t:
            return False
        t = t.head
        if kb.title(t.text) is not None:
            return True
    return False
