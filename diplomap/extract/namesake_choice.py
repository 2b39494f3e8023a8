"""Which of two people sharing a surname a bare surname means, when its own words tell: "the younger X",
"the elder X", "Senator X" (the namesake introduced with that title)."""
from __future__ import annotations

from spacy.tokens import Span

from .knowledge import Knowledge
from .mentions import ActorTable

AGE_WORDS = {"younger": "younger", "elder": "elder", "older": "elder"}


def described_namesake(span: Span, namesakes: list[tuple[str, Span]], kb: Knowledge) -> str | None:
    """The actor of ``namesakes`` (id, first full-name mention, in story order) a one-word ``span`` picks
    by the word before it; None when that word says nothing about which."""
    if span.start == 0 or len(namesakes) < 2:
        return None
    word = span.doc[span.start - 1]
    age = AGE_WORDS.get(word.lower_)
    if age is not None:
        elder = [aid for aid, first in namesakes if _introduced_as_elder(first, kb)]
        later = [aid for aid, first in namesakes if first.start < span.start][1:]
        if age == "elder":
            return elder[0] if elder else namesakes[0][0]
        return next((aid for aid, _ in namesakes if aid not in elder), None) if elder else (later[0] if later else None)
    if kb.title(word.text) is not None:
        titled = [aid for aid, first in namesakes
                  if first.start > 0 and first.doc[first.start - 1].lower_ == word.lower_]
        return titled[0] if len(titled) == 1 else None
    return None


def _introduced_as_elder(first: Span, kb: Knowledge) -> bool:
    """"his father, Y", "her elder brother Y": a parent's or elder's noun within three words before the name."""
    doc = first.doc
    return any(t.lower_ in kb.elder_kin_nouns for t in doc[max(first.start - 4, 0):first.start])


def first_mentions(aids: set[str], table: ActorTable) -> list[tuple[str, Span]]:
    """Each actor's first name mention of two words or more, in story order."""
    firsts: dict[str, Span] = {}
    for m in sorted(table.mentions, key=lambda m: m.start):
        if m.actor_id in aids and m.actor_id not in firsts and m.end - m.start > 1:
            firsts[m.actor_id] = table.doc[m.start:m.end]
    return sorted(firsts.items(), key=lambda kv: kv[1].start)
