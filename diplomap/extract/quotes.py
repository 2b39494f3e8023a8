"""Quotes and their speakers.

Direct quotes are found on the raw text (every quotation-mark style, quotes running
over paragraphs), then attributed from a cue verb (``data/knowledge/speech_verbs.csv``)
next to them — after ("…,” he said") or before ("Starmer said: “…”") — or from
"according to". A quote interrupted by its attribution ("X,” he said, “Y") is joined
into one; a quote with no cue of its own that follows a speaker's quote continues it.
Indirect speech ("X said that …") is kept as ``kind: indirect``; quotes of fewer
than four words are kept as ``kind: scare``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Quote, QuoteKind
from .doc_index import with_lemmas
from .knowledge_parts import speech_verbs, strong_speech_verbs
from .mentions import ActorTable
from .nlp import quote_segments, sentence_of, text_of, token_at
from .quote_cues import cue_after, cue_before
from .quote_frames import (
    bare_plural_source,
    cue_in_next_clause,
    glossed,
    in_its_subject,
    in_question,
)
from .quotemarks import Segment
from .remark_authors import after_dateline, author_of, opens_sentence, remark_author, told_after
from .speaker_descriptions import interrupted_subject
from .speakers import speaker_of, subject_actor

MIN_WORDS = 4
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with", "from"})
AND_GAP = re.compile(r'[”"’»]?,?\s+(?:and|or)\s+[“"‘«]')


def _words(text: str) -> int:
    """Words as a reader counts them: "high-threat illegal aliens" and "killed 1,000" are three and
    two, not four (a hyphen or a digit group joins its parts)."""
    return len(re.findall(r"[\w'’]+(?:[-–,.][\w'’]+)*", text))


# --- attribution --------------------------------------------------------------------------


def _nested_cue(cue: Token, inside: Token | None, verbs: dict[str, str],
                table: ActorTable) -> tuple[Token, str | None]:
    """"The Times reported that X had said “…”": a cue whose subject names no actor (an outlet) gives
    way to the highest speech verb under it, before the quote, that governs the quote and names one."""
    if inside is None:
        return cue, None
    under = [t for t in inside.ancestors if cue.is_ancestor(t) and t.i < inside.i
             and t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX")]
    for t in sorted(under, key=lambda t: sum(1 for _ in t.ancestors)):
        who = speaker_of(t, table)
        if who is not None:
            return t, who
    return cue, None


def _framing_verb(doc: Doc, start: int, end: int, prev_end: int) -> Token | None:
    """The verb of the clause that frames a quote with no cue: the clause before a colon
    ("X praised the volunteers: “…”") or the verb the quote hangs from ("X apologized for
    “…”"), when that verb comes before the quote and after the previous one."""
    text = text_of(doc)
    first = token_at(doc, start)
    if first is None:
        return None
    before = text[:start - 1].rstrip()
    if before.endswith(":"):
        colon = token_at(doc, len(before) - 1)
        verb = sentence_of(colon).root if colon is not None else None
        if colon is not None and verb is not None and verb.idx >= start:
            verb = colon.head  # the parser hung the clause before the colon from the quote's verb
            verb = next((c for c in reversed(list(verb.lefts)) if c.i < colon.i and c.pos_ in ("VERB", "AUX")
                         and c.dep_ in ("ccomp", "advcl", "parataxis")), verb) if verb.idx >= start else verb
    else:
        verb = first
        while verb.head.i != verb.i and start <= verb.idx < end:
            verb = verb.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:  # "characterized the call as “…”"
            verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "reaffirmed their commitment to a “…”"
                verb = verb.head
    if verb is None or not (prev_end <= verb.idx < start) or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb


def _according_to(doc: Doc, lo: int, hi: int, table: ActorTable) -> str | None:
    first = token_at(doc, lo)
    for t in doc[first.i if first is not None else 0:]:
        if t.idx >= hi:
            break
        if lo <= t.idx < hi and t.lower_ == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
            for c in doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return table.actor_for(c) or author_of(c, table) or _body_described(c, table) or _documents(c, table)
            return table.actor_for(doc[t.i + 2])
    return None


def _according_next(after: Token) -> bool:
    """"“…” according to X": the phrase right after the quote names its source, also where the parser begins a
    new sentence at the closing mark; not "“…” Twelve rockets struck, according to X", the next claim's."""
    nxt = next((t for t in after.doc[after.i:after.i + 4] if not (t.is_punct or t.is_space)), None)
    return nxt is not None and nxt.lower_ == "according"


def _documents(noun: Token, table: ActorTable) -> str | None:
    """"according to the report's authors": the people behind a document (document_nouns.txt) speak as it does."""
    nouns = table.kb.document_nouns if table.kb else frozenset()
    return next((aid for c in noun.children if c.dep_ == "poss" and c.lemma_.lower() in nouns
                 and (aid := table.actor_for(c) or _body_described(c, table))), None)


def _body_described(noun: Token, table: ActorTable) -> str | None:
    """"according to the organisation", "according to the agency": a common noun for a body names
    the body a cue's subject so worded would (a description of a person is left alone)."""
    aid = subject_actor(noun, table) if noun.pos_ == "NOUN" else None
    return aid if aid is not None and table.by_id[aid].kind == "organization" else None


def find_quotes(doc: Doc, table: ActorTable) -> list[Quote]:
    verbs = speech_verbs()
    text = text_of(doc)
    segments = quote_segments(doc)
    quotes: list[Quote] = []
    i = 0
    prev_end = 0  # end of the last direct quote: a cue before a quote is not looked for beyond it
    last_speaker: str | None = None
    last_para_end = -1
    while i < len(segments):
        parts, i, cue = _joined(doc, segments, i, verbs)
        start, end = parts[0].start, parts[-1].end
        body = " ".join(text[p.start:p.end].strip() for p in parts)
        kind: QuoteKind = "direct" if _words(body) >= MIN_WORDS else "scare"
        cue, speaker = _attribute(doc, table, verbs, cue, (start, end), prev_end)
        speaker = None if cue is not None and bare_plural_source(cue, table) else speaker
        para_start = text.rfind("\n", 0, start) + 1
        question = in_question(token_at(doc, start + 1)) or glossed(doc, start, end, table)
        if question:  # "Asked if the U.S. was considering “…,” X said": the reporter's words
            cue, speaker = None, None
        bare = cue is None and speaker is None and kind == "direct" and not question
        opening = bare and opens_sentence(text, para_start, start, end)
        if opening:
            # "X told VOA. “…”": the sentence (or paragraph) before reports who speaks, unless the next names
            # the quote back with its author ("“…” That warning, delivered by X, …": told_after)
            mid = start - 1 > para_start
            speaker = told_after(doc, table, end) or _paragraph_before(
                doc, table, verbs, start - 1 if mid else para_start, prev_end, mid)
        if bare and speaker is None and not opening and after_dateline(text, start):
            speaker = told_after(doc, table, end)  # "“…” That was the message X delivered" (read above if opening)
        if bare and speaker is None and last_speaker is not None \
                and _continues(doc, para_start, start, last_para_end, prev_end, table, last_speaker):
            speaker = last_speaker
        if kind == "direct" and cue is None and _title_or_heading(text, para_start, start, end, speaker):
            kind, speaker = "scare", None
        quotes.append(Quote(text=body, speaker=speaker, kind=kind, cue=cue.text if cue is not None else None,
                            start=start, end=end))
        if kind == "direct" or cue is not None and speaker is not None:  # an unattributed quote ("“…,” a
            # resident said") breaks the chain too; a short one with its speaker ("“Welcome home,” X wrote") starts it
            last_speaker = speaker
            nl = text.find("\n", end)
            last_para_end = nl if nl >= 0 else len(text)
            prev_end = end if kind == "direct" else prev_end  # a short one bounds no later attribution
        i += 1
    quotes.extend(_indirect_quotes(doc, table, verbs, quotes))
    return quotes


def _continues(doc: Doc, para_start: int, start: int, last_para_end: int, prev_end: int,
               table: ActorTable, last: str) -> bool:
    """A quote with no cue goes on with the last speaker's words: in the same paragraph or the
    next, opening a sentence ("…,” he said. “…”"), in the same sentence as the last quote ("X
    called it “A” and “B”") or in one whose subject is that speaker ("His voters and “…”"); a
    phrase quoted inside another sentence ("the anthology “…”", "praising their “…”") is no
    one's words for that reason alone (a story without paragraph breaks is all one paragraph)."""
    text = text_of(doc)
    if not (para_start <= last_para_end + 2 or text[para_start:start].strip() == ""):
        return False
    before = text[para_start:start - 1].rstrip()
    if before == "" or before[-1] in ".!?:”\"’»":
        return True
    first = token_at(doc, start)
    if first is None:
        return False
    sent = sentence_of(first)
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return sent.start_char <= prev_end or any(table.actor_at(s.i) == last for s in subjects)


def _title_or_heading(text: str, para_start: int, start: int, end: int, speaker: str | None) -> bool:
    """Words in quotation marks that are no one's statement: a heading run into the text, between a
    finished sentence and a capitalised one with no punctuation of its own ("… she said. ‘We need to
    act’ The rights groups told …"), or, with no speaker, a title or name in capitals ("the book “I
    Am Here: The Story of a Girl”")."""
    body = text[start:end].strip()
    before = text[para_start:start - 1].rstrip()
    after = text[end + 1:end + 3]
    heading = (before == "" or before[-1] in ".!?”\"’") and body[-1:].isalnum() \
        and after[:1] == " " and after[1:2].isupper()
    words = re.findall(r"[\w'’]+", body)
    capitals = sum(w[0].isupper() for w in words if w.lower() not in TITLE_SMALL_WORDS)
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    lower = len(content) - capitals  # "I am Malala: The Story of the Girl Who …": a long title may keep one word low
    return heading or speaker is None and len(content) >= 3 and (lower == 0 or lower == 1 and len(content) >= 6)


def _paragraph_before(doc: Doc, table: ActorTable, verbs: dict[str, str], para_start: int,
                      prev_end: int, mid: bool = False) -> str | None:
    """A quote opening a paragraph (or, ``mid``, a sentence) with no cue of its own, after a
    paragraph whose last sentence reports what someone said ("…, Minister X said." / "X said he
    wanted …"): the quote continues that speaker's words."""
    before = text_of(doc)[:para_start].rstrip()
    last = token_at(doc, len(before) - 1) if before else None
    if last is None or last.idx < prev_end:
        return None
    sent = sentence_of(last)
    if mid and any(m in text_of(doc)[sent.start_char:para_start] for m in "“”\"«»"):
        return None  # "“No,” he said. “…”": a sentence with a quote of its own is no report of this one
    cues = [t for t in sent if t.lemma_.lower() in verbs and t.pos_ == "VERB" and t.idx >= prev_end
            and t.dep_ in ("ROOT", "parataxis", "conj")]
    for cue in sorted(cues, key=lambda t: t.dep_ != "ROOT"):
        who = speaker_of(cue, table)
        if who:
            return who
    if cues:
        return None
    # "“…,” said A. B disputes that figure. The ministry's data show …. “…”": the person the sentence
    # before introduced, when the last one names no one
    earlier = sentence_of(doc[sent.start - 1]) if sent.start > 0 else None
    return _introduced_person(sent, table, prev_end) or (
        _introduced_person(earlier, table, prev_end) if earlier is not None and not _names_a_person(sent, table)
        else None)


def _names_a_person(sent, table: ActorTable) -> bool:
    return any((aid := table.actor_at(t.i)) and table.by_id[aid].kind == "person" for t in sent)


def _introduced_person(sent, table: ActorTable, prev_end: int) -> str | None:
    """A paragraph whose last sentence is about a person ("X, the prime minister, spoke in the
    square.") and holds no quote: a bare quote paragraph after it is that person's."""
    if sent.start_char < prev_end or any(m in sent.text for m in "“”\"«»"):
        return None
    for s in (c for c in sent.root.children if c.dep_ == "nsubj"):
        aid = table.actor_for(s)
        if aid and table.by_id[aid].kind == "person":
            return aid
    return None


def _next_start(segments: list[Segment], i: int, text: str) -> int:
    return segments[i + 1].start - 1 if i + 1 < len(segments) else len(text)


def _joined(doc: Doc, segments: list[Segment], i: int, verbs: dict[str, str]) -> tuple[list[Segment], int, Token | None]:
    """The parts of one quote from segment ``i`` on, the index of its last part, and the cue
    after it: "X,” he said, “Y.” is one quote; so is a quote running over paragraphs."""
    text = text_of(doc)
    parts = [segments[i]]
    cue = cue_after(doc, segments[i].end, _next_start(segments, i, text), verbs)
    if cue is None and i + 1 < len(segments) and AND_GAP.fullmatch(text[segments[i].end:segments[i + 1].start]):
        # "“A” and “B,” wrote X": the attribution after the second part is the first's too
        cue = cue_after(doc, segments[i + 1].end, _next_start(segments, i + 1, text), verbs)
    while i + 1 < len(segments):
        nxt = segments[i + 1]
        gap = text[parts[-1].end:nxt.start]
        interrupted = cue is not None and re.fullmatch(r'[”"’»]?\s*[^.!?\n]{1,80},\s*[“"‘«]', gap or "") \
            and text[parts[-1].end - 1:parts[-1].end] in (",", "") or (
            cue is not None and re.fullmatch(r'[”"’»]?,?\s*[^.!?\n“"]{1,80},\s*[“"‘«]', gap or "")
            and parts[-1].end - 1 >= 0 and (text[parts[-1].end - 1] == "," or gap[1:2] == ","))
        # the comma outside the marks ("“What hurts”, X said, “is …”") interrupts a quote too
        running = not parts[-1].closed and re.fullmatch(r"\s*\n+\s*[“\"«‘]", gap or "")
        if not (interrupted or running):
            break
        parts.append(nxt)
        i += 1
        if running and cue is None:
            cue = cue_after(doc, nxt.end, _next_start(segments, i, text), verbs)
    return parts, i, cue


def _attribute(doc: Doc, table: ActorTable, verbs: dict[str, str], cue: Token | None,
               span: tuple[int, int], prev_end: int) -> tuple[Token | None, str | None]:
    """The cue and speaker of a quote: the cue after it, else before it, else "according to"
    in its own sentence, else the clause that frames it ("X praised them: “…”")."""
    start, end = span
    if (remark := remark_author(doc, start, table)) is not None:  # "rejected a remark by X that “…”"
        return remark
    text = text_of(doc)
    frame = _framing_verb(doc, start, end, prev_end) if cue is not None and cue_in_next_clause(doc, end, cue) else None
    framer = speaker_of(frame, table, strict=True) if frame is not None else None
    if framer is not None:  # "X called it “…,” while Y said": X's clause holds the quote
        return frame, framer
    if cue is not None and cue.idx >= end and in_its_subject(cue, token_at(doc, start + 1)):
        cue = None  # "X, who faces charges of “…,” denies them": the quote is inside the cue's subject
    if cue is None:
        cue = cue_before(doc, start - 1, prev_end, verbs)
    sent = sentence_of(token_at(doc, start) or doc[0])
    if sent[0].lower_ == "according" and (cue is None or cue.lemma_.lower() not in strong_speech_verbs()) and (
            source := _according_to(doc, sent.start_char, sent.end_char, table)) is not None:
        return cue, source  # "According to a statement from X, A and B discussed “…”": the statement's words
    speaker = speaker_of(cue, table) if cue is not None else None
    if speaker is None and cue is not None and cue.idx >= end:
        # "X told a conference that the city was a “…”, the review says": the outlet names no
        # speaker, the person whose reported words hold the quote does
        before = cue_before(doc, start - 1, prev_end, verbs)
        inside = token_at(doc, start + 1)
        if before is not None and inside is not None and before.is_ancestor(inside):
            speaker = speaker_of(before, table)
            cue = before if speaker is not None else cue
    if speaker is None and cue is not None and cue.idx < start:
        cue, speaker = _nested_cue(cue, token_at(doc, start + 1), verbs, table)
    if speaker is None:  # "…,” according to X" / "According to X, “…”" in the quote's own sentence
        after = token_at(doc, min(end + 1, len(text) - 1))
        hi = sentence_of(after).end_char if after is not None and _according_next(after) else sent.end_char
        speaker = _according_to(doc, sent.start_char, max(hi, end), table)
    if speaker is None and cue is None:
        frame = _framing_verb(doc, start, end, prev_end)
        teller = _reporting_verb(frame, verbs) if frame is not None else None
        frame = teller or frame  # "X told reporters that China … would keep working with “…”": X's words
        if frame is not None:
            speaker = speaker_of(frame, table, strict=teller is None)
            cue = frame if speaker is not None else None
    return cue, speaker


def _reporting_verb(frame: Token, verbs: dict[str, str]) -> Token | None:
    """The speech verb whose reported clause holds a quote's framing verb ("X told reporters that China
    “supports …” and would keep working with “…”"), when that verb is no speech verb itself."""
    if frame.lemma_.lower() in verbs:
        return None
    v = frame
    while v.dep_ in ("conj", "xcomp") and v.head != v:  # "and would keep working with “…”"
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in verbs or v.head.pos_ not in ("VERB", "AUX"):
        return None
    return v.head


def _indirect_quotes(doc: Doc, table: ActorTable, verbs: dict[str, str], direct: list[Quote]) -> list[Quote]:
    """"X said that …": reported speech, kept apart from direct quotes."""
    covered = [(q.start - 2, q.end + 2) for q in direct]
    out = []
    for t in with_lemmas(doc, {lemma for lemma, kind in verbs.items() if kind == "strong"}):
        if t.pos_ != "VERB" or verbs.get(t.lemma_.lower()) != "strong":
            continue
        interrupted = interrupted_subject(t)  # "A spokesman, asked about X, said": the participle is no speech
        comp = [c for c in t.children if c.dep_ == "ccomp" and (interrupted is None or interrupted.head != c)]
        if not comp:
            continue
        span = doc[comp[0].left_edge.i:comp[0].right_edge.i + 1]
        if any(lo <= span.start_char < hi or lo < span.end_char <= hi for lo, hi in covered):
            continue
        if '"' in span.text or "“" in span.text or _words(span.text) < MIN_WORDS:
            continue
        speaker = speaker_of(t, table)
        if speaker is None:
            continue
        out.append(Quote(text=span.text, speaker=speaker, kind="indirect", cue=t.text,
                         start=span.start_char, end=span.end_char))
    return out
