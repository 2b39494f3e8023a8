"""Where a quote's cue verb is: right after it ("…,” he said"; after a finished sentence only in the
first few words: "….” said X") or before it in its own sentence or paragraph clause ("X said: “…”")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .nlp import text_of, token_at
from .quote_frames import reporters_ask

ATTRIBUTION_WINDOW = 30  # tokens after a quote in which its cue verb must appear (long appositions)


TOPIC_PREPOSITIONS = ("against", "of", "about", "over")  # what a statement is about: its own content


def cue_after(doc: Doc, end_char: int, next_start: int, verbs: dict[str, str]) -> Token | None:
    """A cue verb right after a quote that its own sentence continues into
    ("…,” he said"); after a quote that closed its sentence ("….” On Tuesday, X
    said …") only a cue in the first few words counts ("….” said Brekelmans)."""
    first = token_at(doc, min(end_char + 1, len(text_of(doc)) - 1))
    if first is None:
        return None
    text = text_of(doc)
    quoted = text[:end_char].rstrip().rstrip("'\u2019")  # "…,'\" X told": the inner quote's closing mark
    # "…,” he said" and "…”, he said" (the comma outside the marks) both go on into the cue
    comma = quoted.endswith((",", "—", "-", "–")) or text[end_char + 1:end_char + 2] == ","
    window = ATTRIBUTION_WINDOW if comma else 3
    if not comma and not quoted.endswith((".", "?", "!")) and _clause_goes_on(text, end_char):
        window = -ATTRIBUTION_WINDOW  # "“…” in the talks, said X": a bare attribution after the clause
    if quoted.endswith(("?", "!")):  # "“…?” a senior ministry official said": the sentence goes on in lower case
        window = ATTRIBUTION_WINDOW if first.i + 1 < len(doc) and (first.is_lower or _lower_follow(doc, first)) else 3
    bare = window < ATTRIBUTION_WINDOW
    window = abs(window)
    for t in doc[first.i:min(first.i + window, len(doc))]:
        if t.idx >= next_start or "\n" in t.text:
            return None
        if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "conj" and any(u.pos_ == "CCONJ" for u in doc[first.i:t.i]):
                return None  # "X said Y had chosen “…”, and called for talks": the sentence's next predicate
            # after a finished sentence, "X said" is an attribution, "X says the …", "X warned against …" a new statement
            if bare and any((c.dep_ in ("ccomp", "xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS)
                            and c.i > t.i for c in t.children):
                return None
            return t
        if t.text in (".", "!", "?") and t.i > first.i:
            return None
    return None


def _clause_goes_on(text: str, end_char: int) -> bool:
    """The words after the closing mark go on in lower case ("” in talks, said X")."""
    rest = text[end_char + 1:end_char + 40].lstrip()
    return bool(rest) and rest[0].islower()


def _lower_follow(doc: Doc, first: Token) -> bool:
    nxt = doc[first.i + 1] if first.is_punct and first.i + 1 < len(doc) else first
    return nxt.is_lower


def cue_before(doc: Doc, start_char: int, prev_end: int, verbs: dict[str, str]) -> Token | None:
    """The nearest cue verb before a quote, in the same sentence or paragraph clause."""
    tok = token_at(doc, max(start_char - 1, 0))
    if tok is None:
        return None
    para_start = text_of(doc).rfind("\n", 0, start_char) + 1
    inside = token_at(doc, start_char + 1)  # the quote's first word
    candidates = []
    i = tok.i
    steps = 0
    while i >= 0 and steps < 40:
        t = doc[i]
        if t.idx < para_start or t.idx < prev_end:
            break
        if t.text in (".", "!", "?"):
            break
        if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and not reporters_ask(t):
            candidates.append(t)  # "Asked what …, X said, “…”": the answer's verb, not the question's
        i -= 1
        steps += 1
    if not candidates:
        return None
    # "X said the administration used its power to deny visas “in hundreds of cases”": of the cue
    # verbs that govern the quote, the one highest in the sentence ("said", not "deny")
    governing = [t for t in candidates if inside is not None and t.is_ancestor(inside)]
    if governing:
        return min(governing, key=lambda t: sum(1 for _ in t.ancestors))
    return candidates[0]
