"""A state's organs named together under one plural noun: "officials from the Italian Foreign and
Agricultural ministries" are two bodies, the Italian Foreign Ministry and the Italian Agriculture
Ministry, each a party of what the officials do. The NER sees no name there (the words share one
head noun), so each coordinated modifier becomes a mention of its own organ."""
from __future__ import annotations

from spacy.tokens import Token

from ..ids import slug
from ..models import Actor
from .doc_index import with_lemmas
from .knowledge import Knowledge
from .mentions import ActorTable, Mention

MODIFIER_DEPS = ("amod", "compound", "nmod")
PREFIX = 5  # "Agricultural" and "Agriculture", "Economic" and "Economy": one portfolio


def add_coordinated_organs(table: ActorTable, kb: Knowledge) -> None:
    """Each capitalised modifier coordinated under a plural organ noun ("ministries", "departments") whose
    state a demonym or state before them names is a group mention of that state's organ."""
    added, heads = False, _organ_heads(kb)
    for noun in with_lemmas(table.doc, heads):
        if noun.tag_ != "NNS" or not noun.is_lower or noun.lemma_.lower() not in heads:
            continue
        words = _coordinated_words(noun, table)
        state = _state_of(noun, table)
        if len(words) < 2 or state is None:
            continue
        for word in words:
            actor = _organ(table, state, word, noun.lemma_.title())
            actor.mentions += 1
            table.add_mention(Mention(word.i, word.i + 1, actor.id, kind="group"))
            added = True
    if added:
        table.mentions.sort(key=lambda m: m.start)


def _organ_heads(kb: Knowledge) -> set[str]:
    """The last words of the state organs of more than one word ("foreign ministry" → "ministry")."""
    return {organ.split()[-1] for organ in kb.state_organs if " " in organ}


def _coordinated_words(noun: Token, table: ActorTable) -> list[Token]:
    """"Foreign and Agricultural": a capitalised modifier of ``noun`` and its capitalised conjuncts."""
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and child.is_title and child.i not in table.token_actor:
            conjuncts = [c for c in child.children if c.dep_ == "conj" and c.is_title and c.i not in table.token_actor]
            if conjuncts:
                return [child, *conjuncts]
    return []


def _state_of(noun: Token, table: ActorTable) -> Token | None:
    """The demonym or state modifying ``noun`` ("the Italian Foreign and ... ministries")."""
    for child in noun.children:
        actor = table.by_id.get(table.token_actor.get(child.i, ""))
        if child.dep_ in MODIFIER_DEPS + ("poss",) and actor is not None and actor.kind == "country":
            return child
    return None


def _organ(table: ActorTable, modifier: Token, word: Token, head: str) -> Actor:
    """The state's organ of that portfolio named elsewhere in the story ("the Italian Agriculture
    Ministry"), or a new one named from the demonym or state as written before it."""
    state = table.by_id[table.token_actor[modifier.i]]
    stem = word.lower_[:PREFIX]
    for actor in table.by_id.values():
        parts = actor.name.lower().split()
        if actor.kind == "organization" and actor.country == state.country and parts[-1] == head.lower() \
                and any(p[:PREFIX] == stem for p in parts[:-1]):
            return actor
    owner = f"{modifier.text}'s" if modifier.dep_ == "poss" else modifier.text  # "Italy's", "Italian"
    name = f"{owner} {word.text} {head}"
    aid = slug(name)
    return table.by_id.setdefault(aid, Actor(id=aid, name=name, kind="organization", country=state.country))
