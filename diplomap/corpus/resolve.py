"""Article-level actors → corpus-wide actors: one node per real person, organisation or country.

Each extraction names its actors with ids local to the article. Here the same
person across articles ("Donald Trump", "President Trump", "Trump") becomes one
``CorpusActor``. Merging happens only when it is unambiguous: full names merge by
name, a bare surname joins a full name only when exactly one full-name actor fits
it (country, then role, then date as tie-breakers), countries merge by ISO3 code,
organisations by name or alias within one country. Analyst corrections are
applied on top. Pure and deterministic: same extractions, same corpus.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..ids import slug
from ..models import (
    ActorKind,
    ActorRole,
    Corpus,
    CorpusActor,
    CorpusInteraction,
    CorpusQuote,
    Extraction,
)
from .clusters import Mention, cluster, current, name_tokens
from .corrections import Corrections

RESOLVE_VERSION = "1"  # part of the store's cache key: bump when a change here changes the corpus


def known_titles() -> frozenset[str]:
    """Titles dropped from the front of person names ("President Trump" is "Trump"): titles.csv alone."""
    from ..extract.knowledge_parts import load_titles

    return frozenset(t.phrase for t in load_titles())
RECENT_MENTIONS = 5  # an actor's current country and role: the most frequent over this many latest mentions
DATE_MARGIN = 2  # a date tie-break picks a candidate only if the runner-up is this many times farther away


def resolve_with_problems(extractions: Iterable[Extraction], corrections: Corrections | None = None, *,
                          titles: Collection[str] = ()) -> tuple[Corpus, list[str]]:
    """The corpus, and what could not be applied: corrections naming unknown ids, dangling actor ids.

    ``titles``: lower-case words dropped from the front of person names ("president", "minister"),
    so "President Trump" is the surname "Trump"; words of the actor's own role are always dropped.
    """
    extractions = list(extractions)
    resolution = resolve_all_but_quotes(extractions, corrections, titles=titles)
    log = QuoteLog()
    rows = ((ex.article.id, q.text, q.speaker, q.kind, q.cue, q.start, q.end) for ex in extractions for q in ex.quotes)
    quotes = [CorpusQuote(*row) for row in resolution.quotes(rows, log)]
    return replace(resolution.corpus, quotes=quotes), resolution.problems(log)


def resolve_all_but_quotes(extractions: Iterable[Extraction], corrections: Corrections | None = None, *,
                           titles: Collection[str] = ()) -> Resolution:
    """Actors and interactions resolved, quotes left to ``Resolution.quotes`` (the extractions'
    quotes are not read): a store re-resolving 840,000 quotes streams them from row to row instead
    of holding them all as objects."""
    extractions = list(extractions)
    titles = frozenset(t.lower() for title in titles for t in name_tokens(title))
    mentions = [Mention.of(ex.article.id, ex.article.date, actor, titles)
                for ex in extractions for actor in ex.actors]
    state = _State.start(mentions, cluster(mentions))
    problems: list[str] = []
    if corrections:
        _apply(state, corrections, problems)
    actors = _actors(state)
    corpus_id = _corpus_ids(state)
    interactions, item_problems = _interactions(extractions, corpus_id)
    hidden = frozenset(corrections.hidden) if corrections else frozenset()
    unknown: list[tuple[int, str]] = []
    if corrections and hidden:
        known = {x.id for x in interactions}
        unknown = [(n, item) for n, item in enumerate(corrections.hidden, 1) if item not in known]  # or a quote's
        interactions = [x for x in interactions if x.id not in hidden]
    corpus = Corpus(articles={ex.article.id: ex.article for ex in extractions}, actors=actors,
                    interactions=interactions, quotes=[])
    return Resolution(corpus, corpus_id, problems, item_problems, hidden, unknown,
                      (corrections.path if corrections else None) or "corrections")


@dataclass
class QuoteLog:
    """What one pass over the quotes found: problems by article, hidden quotes met."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    hidden_seen: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    """A corpus resolved but for its quotes (``corpus.quotes`` is empty), and how to resolve them."""

    corpus: Corpus
    corpus_id: dict[tuple[str, str], str]  # (article id, the article's actor id) -> corpus actor id
    before: list[str]  # the corrections' problems
    item_problems: dict[str, list[str]]  # article id -> its interactions' problems
    hidden: frozenset[str]
    unknown_hidden: list[tuple[int, str]]  # (n, id) hidden by the corrections and not an interaction's id
    where: str  # the corrections file, in problems

    def quotes(self, rows: Iterable[tuple], log: QuoteLog) -> Iterator[tuple]:
        """``rows`` (article id, text, speaker, kind, cue, start, end) of the extractions' quotes, in
        article order (each article's in its order) → ``CorpusQuote`` fields, hidden ones left out."""
        article, n = None, 0
        for aid, text, speaker, kind, cue, start, end in rows:
            n = n + 1 if aid == article else 1
            article = aid
            qid = f"{aid}#q{n}"
            if speaker is not None:
                cid = self.corpus_id.get((aid, speaker))
                if cid is None:
                    log.problems.setdefault(aid, []).append(_dangling(aid, f"quote #{n}", speaker))
                speaker = cid
            if qid in self.hidden:
                log.hidden_seen.add(qid)
                continue
            yield qid, aid, text, speaker, kind, cue, start, end

    def problems(self, log: QuoteLog) -> list[str]:
        """Every problem, in the order the whole corpus met them; after ``quotes`` went through ``log``."""
        items = [p for aid in self.corpus.articles
                 for p in self.item_problems.get(aid, []) + log.problems.get(aid, [])]
        hidden = [f"{self.where}: hide #{n}: no interaction or quote {item!r}"
                  for n, item in self.unknown_hidden if item not in log.hidden_seen]
        return self.before + items + hidden


# --- Ids, and corrections on top ---------------------------------------------------------------------


class _Unresolved(Exception):
    pass


@dataclass
class _State:
    """Clusters under their corpus ids, as corrections reshape them."""

    mentions: list[Mention]
    members: dict[str, list[int]]  # corpus id -> mention indices
    kinds: dict[str, ActorKind]
    names: dict[str, str]
    aka: dict[str, set[str]]  # article-level id -> corpus ids it was resolved to
    moved: dict[str, str] = field(default_factory=dict)  # id merged or split away -> where it went
    overrides: dict[str, dict] = field(default_factory=lambda: defaultdict(dict))

    @classmethod
    def start(cls, mentions: list[Mention], clusters: list[list[int]]) -> _State:
        info = [(_display(mentions, c), current([(mentions[i].date, mentions[i].actor.country) for i in c]),
                 min((mentions[i].date or "", mentions[i].article_id) for i in c), c) for c in clusters]
        info.sort(key=lambda x: (-len({mentions[i].article_id for i in x[3]}), mentions[x[3][0]].actor.kind,
                                 x[1] or "", x[0], x[2]))
        state = cls(mentions, {}, {}, {}, defaultdict(set))
        for display, country, _, group in info:
            cid = _free_id(slug(display), country, state.members)
            state.members[cid] = group
            state.kinds[cid] = mentions[group[0]].actor.kind
            state.names[cid] = display
            for i in group:
                state.aka[mentions[i].actor.id].add(cid)
        return state

    def lookup(self, given: str) -> str:
        if given in self.members:
            return given
        if given in self.moved:
            return self.lookup(self.moved[given])
        targets = sorted({self.lookup(t) for t in self.aka.get(given, ())})
        if len(targets) == 1:
            return targets[0]
        if targets:
            raise _Unresolved(f"actor id {given!r} is ambiguous, it may be any of {', '.join(targets)}")
        raise _Unresolved(f"no actor with id {given!r}")


def _free_id(base: str, country: str | None, taken: Collection[str]) -> str:
    tries = [base] + ([f"{base}-{country.lower()}"] if country else [])
    return next(c for c in itertools.chain(tries, (f"{base}-{n}" for n in itertools.count(2))) if c not in taken)


def _display(mentions: list[Mention], group: list[int]) -> str:
    """The most common full form of the name over its articles; ties: the longest, then alphabetical."""
    full = [i for i in group if len(mentions[i].key) > 1] or group
    articles: dict[str, set[str]] = defaultdict(set)
    for i in full:
        articles[mentions[i].display].add(mentions[i].article_id)
    return min(articles, key=lambda name: (-len(articles[name]), -len(name), name))


def _apply(state: _State, corrections: Corrections, problems: list[str]) -> None:
    where = corrections.path or "corrections"

    def attempt(label: str, action) -> None:
        try:
            action()
        except _Unresolved as e:
            problems.append(f"{where}: {label}: {e}")

    for n, split in enumerate(corrections.splits, 1):
        attempt(f"split #{n}", lambda s=split: _split(state, s))
    for n, merge in enumerate(corrections.merges, 1):
        try:
            into = state.lookup(merge.into)
        except _Unresolved as e:
            problems.append(f"{where}: merge #{n}: into: {e}")
            continue
        for given in merge.ids:
            attempt(f"merge #{n}", lambda g=given, t=into: _merge(state, state.lookup(t), state.lookup(g)))
    for given, name in corrections.renames.items():
        attempt(f"rename {given}", lambda g=given, v=name: state.names.__setitem__(state.lookup(g), v))
    for n, entry in enumerate(corrections.sets, 1):
        attempt(f"set #{n}", lambda e=entry: state.overrides[state.lookup(e.id)].update(e.fields))


def _split(state: _State, split) -> None:
    source = state.lookup(split.id)
    moving = [i for i in state.members[source] if state.mentions[i].article_id == split.article]
    if not moving:
        raise _Unresolved(f"actor {source!r} is not named in article {split.article!r}")
    if split.new_id in state.members or split.new_id in state.moved:
        target = state.lookup(split.new_id)  # split off into an actor that exists already
    else:
        target = split.new_id
        state.members[target] = []
        state.kinds[target] = state.mentions[moving[0]].actor.kind
        state.names[target] = split.name or _display(state.mentions, moving)
    if target == source:
        raise _Unresolved(f"new_id {split.new_id!r} is the actor being split")
    state.members[target] = sorted(state.members[target] + moving)
    state.members[source] = [i for i in state.members[source] if i not in moving]
    if not state.members[source]:
        _drop(state, source, target)


def _merge(state: _State, into: str, source: str) -> None:
    if source != into:
        state.members[into] = sorted(state.members[into] + state.members[source])
        _drop(state, source, into)


def _drop(state: _State, cid: str, to: str) -> None:
    del state.members[cid], state.kinds[cid], state.names[cid]
    state.moved[cid] = to
    state.overrides[to] = {**state.overrides.pop(cid, {}), **state.overrides.get(to, {})}


# --- Output --------------------------------------------------------------------------------------------


def _actors(state: _State) -> dict[str, CorpusActor]:
    actors = {}
    for cid in sorted(state.members):
        group = [state.mentions[i] for i in state.members[cid]]
        per_article: dict[str, ActorRole] = {}
        for m in group:  # per article, the first role and the first country its mentions give
            seen = per_article.get(m.article_id) or ActorRole(None, None, m.date, m.article_id)
            per_article[m.article_id] = replace(seen, role=seen.role or m.actor.role,
                                                country=seen.country or m.actor.country)
        roles = sorted(per_article.values(), key=lambda r: (r.date or "", r.article_id))
        aliases = {m.actor.name for m in group} | {a for m in group for a in m.actor.aliases}
        actor = CorpusActor(
            id=cid, name=state.names[cid], kind=state.kinds[cid],
            country=current([(r.date, r.country) for r in roles]),
            role=current([(r.date, r.role) for r in roles]),
            aliases=sorted(aliases, key=lambda a: (a.lower(), a)),
            mentions=sum(m.actor.mentions for m in group),
            articles=[r.article_id for r in roles],
            roles=roles,
        )
        actors[cid] = replace(actor, **state.overrides.get(cid, {}))
    return actors


def _corpus_ids(state: _State) -> dict[tuple[str, str], str]:
    corpus_id = {}
    for cid, group in state.members.items():
        for i in group:
            corpus_id[state.mentions[i].article_id, state.mentions[i].actor.id] = cid
    return corpus_id


def _dangling(aid: str, what: str, local: str) -> str:
    return f"article {aid!r}: {what} names actor {local!r}, which is not among the article's actors; left out"


def _interactions(extractions: list[Extraction], corpus_id: dict[tuple[str, str], str]):
    """Interactions with participants rewritten to corpus ids, and each article's problems."""
    interactions: list[CorpusInteraction] = []
    problems: dict[str, list[str]] = {}
    for ex in extractions:
        aid = ex.article.id

        def to_corpus(local: str | None, what: str, aid=aid) -> str | None:
            if local is None:
                return None
            if (aid, local) not in corpus_id:
                problems.setdefault(aid, []).append(_dangling(aid, what, local))
                return None
            return corpus_id[aid, local]

        for n, it in enumerate(ex.interactions, 1):
            what = f"interaction #{n}"
            ids = [to_corpus(a, what) for a in it.actors]
            interactions.append(CorpusInteraction(
                id=f"{aid}#i{n}", article_id=aid, type=it.type,
                actors=list(dict.fromkeys(a for a in ids if a is not None)),
                status=it.status, source=to_corpus(it.source, what), target=to_corpus(it.target, what),
                date=it.date or ex.article.date, location=it.location, evidence=it.evidence,
                start=it.start, end=it.end))
    return interactions, problems
