"""Which person a bare name means: one of two people sharing a surname, when its own words tell ("the younger
X", "the elder X", "Senator X"), and a known person's name the NER labelled as something else."""
from __future__ import annotations

from spacy.tokens import Span

from .knowledge import Knowledge
from .mentions import NAME_PARTICLES, ActorTable

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


def person_reference(span: Span, kb: Knowledge, table: ActorTable,
                      person_names: dict[str, str]) -> tuple[str, bool] | None:
    """A known person the NER labelled as something else, and whether only this mention is theirs: a
    surname ("Berisha said"), a given name used alone ("Sorawit said" after "Sorawit Chaiyaporn"), one of two
    namesakes its words pick ("the younger Kanu"), a surname with its particle capitalised ("Van Houweninge")."""
    text = span.text
    if len(text.split()) == 1 and not kb.country_of(text) and not kb.organization(text):
        namesakes = {aid for form, aid in person_names.items() if form.split()[-1] == text}
        if not namesakes:
            namesakes = {aid for form, aid in person_names.items() if len(form.split()) > 1 and form.split()[0] == text}
        if len(namesakes) == 1:
            return namesakes.pop(), False
        if (aid := described_namesake(span, first_mentions(namesakes, table), kb)) is not None:
            return aid, True
    if " " in text and text.split()[0].lower() in NAME_PARTICLES:
        tails = {aid for form, aid in person_names.items() if form.lower().endswith(" " + text.lower())}
        if len(tails) == 1:
            return tails.pop(), False
    return None
