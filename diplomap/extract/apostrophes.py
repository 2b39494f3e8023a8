"""Apostrophes inside words, written straight for the parser and given back in the article's own shape.

spaCy's statistical NER, trained on straight apostrophes, misses bodies and names after a typographic
possessive ("Guatemala’s Foreign Ministry" was no organisation), so the text is parsed with them straight;
what the extraction quotes and names is then written back the way the article wrote it."""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Extraction

CURLY_IN_WORD = re.compile(r"(?<=[A-Za-z])\u2019(?=[A-Za-z])")
CURLY_WORD = re.compile(r"[A-Za-z]+\u2019[A-Za-z]+")  # "Guatemala’s", "don’t"
STRAIGHT_WORD = re.compile(r"[A-Za-z]+'[A-Za-z]+")


def straighten_word_apostrophes(text: str) -> str:
    """The same text, the same length, with a typographic apostrophe inside a word written straight."""
    return CURLY_IN_WORD.sub("'", text)


def in_article_apostrophes(extraction: Extraction, original: str) -> Extraction:
    """The extraction's strings with the article's own apostrophes: a word the article wrote only with a
    typographic one ("Guatemala’s") gets it back; one it also wrote straight keeps what the parser read."""
    curly = set(CURLY_WORD.findall(original))
    if not curly:
        return extraction
    curled = {w.replace("\u2019", "'"): w for w in curly}
    for w in STRAIGHT_WORD.findall(original):
        curled.pop(w, None)

    def curl(s: str | None) -> str | None:
        return STRAIGHT_WORD.sub(lambda m: curled.get(m.group(0), m.group(0)), s) if s else s

    for actor in extraction.actors:
        actor.name = curl(actor.name) or actor.name
        actor.role = curl(actor.role)
        actor.aliases = [curl(a) or a for a in actor.aliases]
    for interaction in extraction.interactions:
        interaction.evidence = curl(interaction.evidence) or ""
        interaction.location = curl(interaction.location)
    extraction.quotes = [replace(q, text=curl(q.text) or q.text, cue=curl(q.cue)) for q in extraction.quotes]
    return extraction
