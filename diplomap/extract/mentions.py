"""The table of one article's actors and which tokens refer to them.

Interactions and quotes only ask ``ActorTable.actor_for(token)``; everything that
fills the table lives in ``actors``, ``descriptions`` and ``references``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..ids import slug
from ..models import Actor
from .apposed_titles import name_after
from .knowledge import Knowledge
from .knowledge_parts import name_particles
from .triggers import words

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
NAME_PARTICLES = name_particles()  # "von", "bin": data/knowledge/name_particles.txt


# A credit line ("X contributed to this report", "Reporting by X", "By JOHN ROE"), not a news
# sentence that merely says "contribution" or opens "By contrast, ...".
BYLINE = re.compile(r"(?i:contributed (?:to (?:this|the) report|reporting)|^\W*contributing\b|this report"
                    r"|contributed\W*$|reported from|reporting by)|^\s*[Bb]y\s+[A-Z][\w.'-]*\s+[A-Z]")
INTERNATIONAL_BODIES = {"igo", "alliance", "forum"}  # serving one means representing no state
PLACE_PREPS = {"in", "at", "from", "to", "near", "into", "outside", "inside", "across", "around"}
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent"}


# --- the table of actors and mentions ----------------------------------------------------


@dataclass
class Mention:
    start: int  # token index
    end: int
    actor_id: str
    kind: str = "name"  # name | pronoun | description | group

    def is_subject(self, doc: Doc) -> bool:
        root = doc[self.start:self.end].root
        if misplaced_subject(root):
            return True
        while root.dep_ in ("appos", "compound", "flat", "nmod") and root.head != root:
            if root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC") and root.head.dep_ == "pobj":
                root = root.head.head  # "The envoy for Myanmar, X, met": X stands beside the envoy, not the place
            root = root.head  # "NATO foreign ministers met": the body acts through its ministers
        return root.dep_ in SUBJECT_DEPS


def hung_on_fronted_place(token) -> bool:
    """"In Pristina, X, director of …, said": a person the parser hung on the place fronted by "in"/"at" (as a
    conjunct or an apposition)."""
    place = token.head
    return token.dep_ in ("conj", "appos") and token.ent_type_ == "PERSON" and place.ent_type_ in ("GPE", "LOC") \
        and place.dep_ == "pobj" and place.head.lower_ in ("in", "at")


def misplaced_subject(token) -> bool:
    """The clause's subject hung on the fronted place (``hung_on_fronted_place``), its verb left with none."""
    if not hung_on_fronted_place(token):
        return False
    verb = token.head.head.head
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


@dataclass
class ActorTable:
    """The actors of one article and which tokens refer to them."""

    doc: Doc
    by_id: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)
    kb: Knowledge | None = None
    unplaced: set[str] = field(default_factory=set)  # persons the text gives no role, body or country
    unplaced_officials: set[str] = field(default_factory=set)  # a national title, no state for it
    local_members: dict[str, str | None] = field(default_factory=dict)  # of an unknown body -> its name's state
    headline_organs: set[str] = field(default_factory=set)  # "Ruritanian military rescues …": kept (headline_organs)
    organs: set[str] = field(default_factory=set)  # "the Pakistani military": kept only when it speaks or meets
    people_tokens: set[int] = field(default_factory=set)  # "Somalis", "Americans": nationals, not a state
    delegations: dict[str, list[str]] = field(default_factory=dict)  # state id -> people named in its delegation
    date: str | None = None  # the article's date, for leaders' terms
    headline: str | None = None  # the article's title, for the state a story is set in
    kin: dict[str, str] = field(default_factory=dict)  # person id -> the person whose kin he is ("his daughter X")

    def actors(self) -> list[Actor]:
        return list(self.by_id.values())

    def add_mention(self, m: Mention) -> None:
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.token_actor.setdefault(i, m.actor_id)

    def first_mention(self, aid: str | None, kind: str | None = None) -> Mention | None:
        """The earliest mention of ``aid`` (of that ``kind`` only, if given), or None."""
        return min((m for m in self.mentions if m.actor_id == aid and (kind is None or m.kind == kind)),
                   key=lambda m: m.start, default=None)

    def actor_at(self, i: int) -> str | None:
        return self.token_actor.get(i)

    def actor_for(self, token: Token) -> str | None:
        """The actor a token stands for: a name, pronoun, description, or a group
        such as "Russian officials" or "G7 foreign ministers" (its country or body)."""
        found = self.token_actor.get(token.i)
        if found:
            return found
        for child in token.subtree:  # "Pakistan's representative (to the UN), Munir Akram," is Akram
            if child.dep_ == "appos" and child.i > token.i and child.i - token.i <= 8 \
                    and self.by_id.get(self.token_actor.get(child.i, ""), None) \
                    and self.by_id[self.token_actor[child.i]].kind == "person" \
                    and all(a.dep_ in ("appos", "prep", "pobj") for a in child.ancestors if token.is_ancestor(a)):
                return self.token_actor[child.i]
        named = self._name_after_title(token)
        if named is not None:
            return named
        if token.pos_ in ("NOUN", "PROPN"):
            for child in _modifiers_nearest_first(token):
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in self.token_actor:
                    actor = self.by_id[self.token_actor[child.i]]
                    if actor.kind in ("country", "organization") and self.kb and is_group_noun(token, self.kb):
                        return actor.id
                    if actor.kind == "person" and child.dep_ == "poss" and actor.country and self.kb \
                            and token.lemma_.lower() in words("ruling_noun") \
                            and not any(c.dep_ in ("amod", "compound") for c in token.children):
                        return self.country_actor(actor.country)  # "his government", "Duque's administration";
                        # not "his shadow cabinet"
        return None

    def _name_after_title(self, token: Token) -> str | None:
        """"met Pakistan's minister for climate change, X Y, in Karachi": the person named after the
        title's comma, where the parser hung the name elsewhere."""
        if self.kb is None or token.pos_ not in ("NOUN", "PROPN") or not (
                self.kb.title(token.text) or token.lemma_ in self.kb.person_nouns):
            return None
        named = self._name_on_preposition(token)
        if named is not None:
            return named

        def person_starts(t: Token) -> bool:
            actor = self.by_id.get(self.token_actor.get(t.i, ""))
            return actor is not None and actor.kind == "person" and self.token_actor.get(t.i - 1) != actor.id
        first = name_after(token, person_starts)
        return self.token_actor[first.i] if first is not None else None

    def _name_on_preposition(self, token: Token) -> str | None:
        """"Minister for Foreign Affairs X Y visited …", "special adviser on Cyprus X Y met …": the parser hangs
        the name on the title's preposition (a common noun's only right after the place of its posting)."""
        for p in (p for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "on", "to")):
            for o in p.children:
                aid = self.token_actor.get(o.i) if o.dep_ == "pobj" else None
                if aid is None or self.by_id[aid].kind != "person":
                    continue
                start = o.i
                while start - 1 > p.i and self.token_actor.get(start - 1) == aid:
                    start -= 1
                posting = self.doc[p.i + 1:start]  # "on Cyprus": a place, and nothing else, before the name
                if token.pos_ == "PROPN" and p.lower_ in ("for", "of") or len(posting) and all(
                        t.ent_type_ in ("GPE", "LOC") for t in posting):
                    return aid
        return None

    def named(self, word: str) -> str | None:
        """The actor one word names: a state ("Russia", "U.S.", "Israeli"), a person here ("Kim"), or a
        leader in office at the article's date ("Ishiba") — for pairs such as "U.S.-Russia", "U.S.-Israeli",
        "Xi-Ishiba"."""
        assert self.kb is not None
        word = word.strip()
        if not word:
            return None
        country = self.kb.country(word) or self.kb.capital(word) or self.kb.demonym(word)
        if country is not None:
            return self.country_actor(country.iso3, word)
        people = {a.id for a in self.by_id.values() if a.kind == "person"
                  and word.lower() in (t.lower() for t in a.name.split())}
        if len(people) == 1:
            return people.pop()
        leaders = self.kb.leaders_named(word, self.date) if self.date else []
        if len({lead.name for lead in leaders}) == 1:
            aid = slug(leaders[0].name)
            if aid not in self.by_id:
                self.by_id[aid] = Actor(id=aid, name=leaders[0].name, kind="person", country=leaders[0].country or None,
                                        role=leaders[0].role)
            return aid
        return None

    def named_country(self, iso3: str | None) -> str | None:
        """The country actor of ``iso3`` if the story names that state (none is made)."""
        return next((a.id for a in self.by_id.values() if a.kind == "country" and a.country == iso3), None) \
            if iso3 else None

    def holds_office(self, actor: Actor, rank: int) -> bool:
        """``actor``'s role is an office of rank ``rank`` or higher (titles.csv: 1 heads of state or government …
        4 generic), not an analyst's or a correspondent's."""
        office = self.kb.title(actor.role) if self.kb is not None and actor.role else None
        return office is not None and office.rank <= rank

    def body_before(self, i: int) -> str | None:
        """The organisation named last before token ``i``: what "the bloc", "the alliance" refer back to."""
        bodies = [m for m in self.mentions if m.start < i and self.by_id[m.actor_id].kind == "organization"]
        return max(bodies, key=lambda m: m.start).actor_id if bodies else None

    def country_actor(self, iso3: str, surface: str | None = None) -> str:
        """The id of the country actor for ``iso3``, created on first use."""
        assert self.kb is not None
        country = self.kb.countries[self.kb.state_at(iso3, self.date) or iso3]  # "Moscow" in 1987: the Soviet Union
        iso3 = country.iso3
        aid = slug(country.name)
        actor = self.by_id.get(aid)
        if actor is None:
            actor = self.by_id[aid] = Actor(id=aid, name=country.name, kind="country", country=iso3)
        if surface and surface not in actor.aliases and surface != actor.name:
            actor.aliases.append(surface)
        return aid


def is_group_noun(token: Token, kb: Knowledge) -> bool:
    """Nouns that stand for a state or body when a country or organisation modifies them."""
    return token.lemma_.lower() in kb.group_nouns or kb.title(token.text) is not None


def _modifiers_nearest_first(token: Token) -> list[Token]:
    """A plural group's modifiers, the nearest first: "French Treasury officials" are the Treasury's people,
    "U.S. Congressional leaders" the Congress's; a singular one ("a U.S. Air Force general") keeps the text's
    order, its person described by the first (the state)."""
    children = list(token.children)
    return sorted(children, key=lambda c: abs(token.i - c.i)) if token.tag_ in ("NNS", "NNPS") else children
