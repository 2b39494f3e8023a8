"""Where each gold meeting diplomap misses was lost: counts by stage, safe to run on a checking set.

    python bench/missed_meetings.py ARTICLES.jsonl GOLD.jsonl [--show]

A rule tuned on the stories it was read from fits those stories (issue #8): to aim work at what
unseen stories miss, without reading them, count where their misses are lost. The first stage
that fails names a miss:

1. a party is not in the story's actor table at all (actor recognition);
2. a party is not mentioned in the gold evidence sentence (a pronoun, "the two leaders", context);
3. the sentence has no meeting trigger (a meet, call, negotiate or visit word of the lexicon);
4. the triggers' frames give no event;
5. the frames' events lack a party (the parties are in the sentence, the frame does not reach them);
6. an event had both parties and was lost after its frame (filters, merging, its type).

``--show`` prints each miss with its sentence: only for stories you tune on (a checking set read
is a checking set spent). Runs the pipeline's stages in this process, not the CLI.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplomap.corpus.ingest import load_paths  # noqa: E402
from diplomap.extract.actors import find_actors  # noqa: E402
from diplomap.extract.interaction_frames import event_for, trigger_kind  # noqa: E402
from diplomap.extract.interactions import find_interactions  # noqa: E402
from diplomap.extract.knowledge import load_knowledge  # noqa: E402
from diplomap.extract.nlp import load_model  # noqa: E402
from diplomap.extract.pipeline import parse_article  # noqa: E402
from diplomap.extract.triggers import load_triggers  # noqa: E402
from diplomap.models import MEETING_TYPES, Article  # noqa: E402

STAGES = ("1 a party unknown to the actor table", "2 a party not mentioned in the sentence",
          "3 no meeting trigger in the sentence", "4 no event from the triggers' frames",
          "5 the frames' events lack a party", "6 lost after the frame")


def load_score(shared: Path):
    """The kit's ``score.py`` (its name matching and normalisation), imported from ``shared/eval``."""
    sys.path.insert(0, str(shared / "eval"))
    import score  # noqa: PLC0415

    return score


def miss_stage(sentence, parties: set[str], key, table, kb, triggers) -> tuple[str, list]:
    """The stage a missed meeting was lost at, and the frames' events of its sentence."""
    in_table = parties & {key(a) for a in table.by_id}
    mentioned = parties & {key(table.token_actor[t.i]) for t in sentence if t.i in table.token_actor}
    kinds = [(t, k) for t in sentence if t.i not in table.token_actor
             for k in [trigger_kind(t, table, triggers)] if k in MEETING_TYPES]
    events = [e for t, k in kinds for e in [event_for(t, k, table, kb, triggers)] if e is not None]
    reached = max((len(parties & {key(a) for a in e.actors}) for e in events), default=0)
    if len(in_table) < 2:
        return STAGES[0], events
    if len(mentioned) < 2:
        return STAGES[1], events
    if not kinds:
        return STAGES[2], events
    if not events:
        return STAGES[3], events
    return (STAGES[4] if reached < 2 else STAGES[5]), events


def stand_in(sentence) -> str:
    """What in the sentence may stand for a party it does not name (for stage 2, counted, never shown)."""
    if any(t.lower_ in ("he", "she", "they", "his", "her", "their", "him", "them") for t in sentence):
        return "a personal pronoun"
    if any(t.lower_ in ("two", "both") and t.head.pos_ == "NOUN" for t in sentence):
        return "the two / both ..."
    if any(t.lower_ == "the" and t.head.pos_ == "NOUN" and t.head.tag_ in ("NN", "NNS") for t in sentence):
        return "a definite description"
    return "nothing"


def count_misses(articles: list[Article], gold: dict[str, dict], score, *, show: bool = False) -> collections.Counter:
    """Found and missed gold meetings, the misses by stage and by the gold meeting's type."""
    nlp, kb, triggers = load_model(), load_knowledge(), load_triggers()
    counts: collections.Counter = collections.Counter()
    for article in articles:
        g = gold.get(article.id)
        if g is None:
            continue
        doc = parse_article(nlp, article)
        table = find_actors(doc, article, kb)
        found = find_interactions(doc, table, article, kb)
        index = score.GoldIndex(g.get("actors", []))

        def key(actor_id: str, index=index, table=table) -> str:
            actor = table.by_id[actor_id]
            i = index.find([actor.name, *actor.aliases])
            return f"g{i}" if i is not None else "?" + score.norm(actor.name)

        met = [{key(a) for a in i.actors} for i in found if i.type in MEETING_TYPES]
        for meeting in g.get("meetings", []):
            parties = {f"g{i}" if i is not None else "?" + score.norm(n)
                       for n in meeting["actors"] for i in [index.find([n])]}
            if len(parties) < 2:
                continue
            if any(len(parties & m) >= 2 for m in met):
                counts["found"] += 1
                continue
            counts["missed"] += 1
            counts[f"missed {meeting.get('type')}"] += 1
            evidence = score.norm(meeting.get("evidence") or "")
            sentence = next((s for s in doc.sents if len(score.norm(s.text)) > 15 and (
                score.norm(s.text)[:40] in evidence or evidence[:40] in score.norm(s.text))), None)
            if sentence is None:
                counts["stage 0 evidence sentence not found"] += 1
                continue
            stage, events = miss_stage(sentence, parties, key, table, kb, triggers)
            counts[f"stage {stage}"] += 1
            if stage == STAGES[1]:
                counts[f"stage 2 stand-in: {stand_in(sentence)}"] += 1
            if stage == STAGES[0]:
                kinds = {g["actors"][i].get("kind") for n in meeting["actors"] for i in [index.find([n])]
                         if i is not None and not any(key(a) == f"g{i}" for a in table.by_id)}
                counts[f"stage 1 unknown kind: {'/'.join(sorted(k or '?' for k in kinds)) or 'not a gold actor'}"] += 1
            if show:
                kind = f" ({stand_in(sentence)})" if stage == STAGES[1] else ""
                print(f"--- {stage}{kind} | {meeting.get('type')} {meeting['actors']}\n    {sentence.text.strip()[:400]}\n"
                      f"    frames: {[(e.type, [table.by_id[a].name for a in e.actors]) for e in events]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print each miss's sentence (tuning stories only)")
    args = parser.parse_args(argv)
    score = load_score(args.shared)
    loaded = load_paths([args.articles])  # as the extraction contract reads them
    for error in loaded.errors:
        print(f"could not read: {error}", file=sys.stderr)
    gold = {g["id"]: g for g in score.load(str(args.gold))}
    counts = count_misses(loaded.articles, gold, score, show=args.show)
    for name in sorted(counts):
        print(f"{name:50} {counts[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
