"""The event a frame reads off a trigger: its type, its participants and which side is the subject."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass
class Event:
    type: str
    trigger: Token
    actors: list[str]
    source: str | None = None
    target: str | None = None
    location: str | None = None
    subjects: tuple[str, ...] = ()  # the side named as subject, when known
    partners: tuple[tuple[str, ...], ...] = ()  # one group per separate meeting ("met A, then B")
    status: str | None = None  # set by the construction itself ("urged Y to hold talks": proposed)
