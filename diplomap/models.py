"""Plain data that flows through the pipeline: ingest → NLP → actors → interactions/quotes.

Every stage takes and returns these dataclasses; nothing here knows about spaCy,
SQLite or Streamlit. ``Extraction.to_dict`` is the extraction contract of
``../shared/eval/SCHEMA.md`` (one JSON object per article).

Records nothing changes after construction are frozen (``Quote``, ``CorpusQuote``, ``ActorRole``,
the ingest notes, ``Corpus``); use ``dataclasses.replace`` for a changed copy. ``Article``,
``Actor``, ``Interaction`` and ``Extraction`` stay mutable: ingestion fills in an article's hash
and renames clashing ids in place, and extraction refines actors and interactions as it reads.
The corpus-level records extend the article-level ones (same fields, same order, plus where
they come from), so the two never drift apart.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Literal, get_args

ActorKind = Literal["person", "organization", "country"]
MeetingType = Literal["meet", "call", "negotiate", "visit"]
StatementType = Literal["criticize", "support", "threaten", "agree", "request"]
InteractionType = MeetingType | StatementType
Status = Literal["occurred", "planned", "proposed", "negated"]
QuoteKind = Literal["direct", "indirect", "scare"]

ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
MEETING_TYPES: tuple[MeetingType, ...] = get_args(MeetingType)
STATEMENT_TYPES: tuple[StatementType, ...] = get_args(StatementType)
STATUSES: tuple[Status, ...] = get_args(Status)
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)


@dataclass
class Article:
    """One stored news article, as read from a file or a record of a collection."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    path: str | None = None
    content_hash: str = ""

    def meta(self) -> dict:
        """The ``article`` object of the extraction contract (no text)."""
        return {"id": self.id, "title": self.title, "date": self.date,
                "source": self.source, "url": self.url, "path": self.path}


@dataclass(frozen=True)
class IngestNote:
    """What reading a file, record or line has to say: either an ``IngestError`` or an
    ``IngestWarning``, never both (check for the one you mean; neither is a kind of the other)."""

    path: str
    message: str
    line: int | None = None  # 1-based line or record number inside a collection

    def __str__(self) -> str:
        path = _one_line(self.path)  # a file name with a line break must not forge output lines
        where = f"{path}:{self.line}" if self.line is not None else path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class IngestError(IngestNote):
    """A file, record or line that could not be read; everything else still loads."""


@dataclass(frozen=True)
class IngestWarning(IngestNote):
    """Loaded, but not quite as written (a guessed encoding, an unreadable date, a renamed id, a
    duplicate text): counted apart from the errors."""


def _one_line(name: str) -> str:
    """Control characters and line breaks escaped (``\\n``), lone surrogates as U+FFFD."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() or ch == " " else
                   ("\ufffd" if "\ud800" <= ch <= "\udfff" else ch.encode("unicode_escape").decode("ascii"))
                   for ch in name)


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Interaction:
    type: InteractionType
    actors: list[str]  # actor ids, two or more
    status: Status = "occurred"
    source: str | None = None
    target: str | None = None
    date: str | None = None
    location: str | None = None
    evidence: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # actor id
    kind: QuoteKind = "direct"
    cue: str | None = None
    start: int = 0
    end: int = 0


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "article": self.article.meta(),
            "actors": [asdict(a) for a in self.actors],
            "interactions": [asdict(i) for i in self.interactions],
            "quotes": [asdict(q) for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, d: dict, text: str = "", content_hash: str = "") -> Extraction:
        art = Article(text=text, content_hash=content_hash, **d["article"])
        return cls(
            article=art,
            actors=[Actor(**a) for a in d.get("actors", [])],
            interactions=[Interaction(**i) for i in d.get("interactions", [])],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
        )


# --- Corpus level: what the store holds after cross-article actor resolution ---------------


@dataclass(frozen=True)
class ActorRole:
    """A role and country an actor held, as stated in one article on one date."""

    role: str | None
    country: str | None
    date: str | None
    article_id: str


@dataclass
class CorpusActor(Actor):
    """One real person, organisation or country, however many articles name it: an ``Actor`` whose
    ``country`` and ``role`` are the most recent / most frequent ones, with the articles naming it."""

    articles: list[str] = field(default_factory=list)  # article ids
    roles: Sequence[ActorRole] = field(default_factory=list)  # the store may decode them on first use


# Where a corpus interaction or quote comes from; first among its fields. Two classes because a
# dataclass and its bases are all frozen or none is (``Interaction`` is not, ``Quote`` is).
@dataclass
class _FromArticle:
    id: str  # stable: "<article id>#i<n>" (interactions), "<article id>#q<n>" (quotes)
    article_id: str


@dataclass(frozen=True)
class _FrozenFromArticle:
    id: str
    article_id: str


@dataclass
class CorpusInteraction(Interaction, _FromArticle):
    """An ``Interaction`` in the corpus (fields: ``id``, ``article_id``, then the interaction's):
    its ``actors``, ``source`` and ``target`` are corpus actor ids; ``date`` is the event's date,
    else the article's."""


@dataclass(frozen=True)
class CorpusQuote(Quote, _FrozenFromArticle):
    """A ``Quote`` in the corpus (fields: ``id``, ``article_id``, then the quote's); ``speaker`` is a
    corpus actor id."""


@dataclass(frozen=True)
class Corpus:
    """The whole store as plain data: input to the graph, filters, analytics and UI."""

    # id -> Article (text may be ""); articles and interactions are read from the store on first use
    # by the dashboard (``diplomap.deferred`` containers), so read-only mappings and sequences
    articles: Mapping[str, Article] = field(default_factory=dict)
    actors: Mapping[str, CorpusActor] = field(default_factory=dict)
    interactions: Sequence[CorpusInteraction] = field(default_factory=list)
    quotes: Sequence[CorpusQuote] = field(default_factory=list)  # the store may keep them in SQL until read
