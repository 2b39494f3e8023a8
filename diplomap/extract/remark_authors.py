"""Quotes that stand alone: whether a quote opens its sentence, its paragraph or the story, and the author
a next sentence names by a remark noun that points back to it ("“…” That was the message X delivered"); and
quotes inside a remark noun's own clause, whose author the noun names ("rejected a remark by X that “…”")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import ActorTable
from .nlp import dateline, sentence_of, text_of, token_at


def opens_sentence(text: str, para_start: int, start: int, end: int) -> bool:
    """A quote opening its paragraph, or a whole sentence after one that ended ("… told VOA.
    “….”"), not a heading run into the text ("‘A title’ Officials said …")."""
    before = text[para_start:start - 1].rstrip()
    if before == "":
        return True
    closing = text[start:end].rstrip()[-1:] + text[end + 1:end + 2]
    return before.endswith((".", "!", "?")) and any(c in ".!?," for c in closing)


def after_dateline(text: str, start: int) -> bool:
    """A quote right after a wire dateline ("CAIRO, March 12 - “…”") opens the story."""
    found = dateline(text)
    return found is not None and text[found.end():start - 1].strip() == ""


def told_after(doc: Doc, table: ActorTable, end: int) -> str | None:
    """A whole-sentence quote with no cue, whose next sentence names it back by a definite remark noun
    ("That was the message X delivered", "The remark came from X", "X made the statement on Tuesday", "With those
    words, X opened the talks", "That was how X summed it up"; not a bare "That is why …"): that sentence's
    person subject or "from"/"by" object, else its first person."""
    after = token_at(doc, end + 1)
    while after is not None and (after.is_punct or after.is_space) and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    kb = table.kb
    if after is None or kb is None or not text_of(doc)[end:after.idx].strip(" \n\"”’'") == "":
        return None
    sent = sentence_of(after)
    if sent.start != after.i or any(m in sent.text for m in "“”\"«»"):
        return None
    refers = any(t.lemma_.lower() in kb.remark_nouns and (t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") or (
                     t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.i == sent.start))  # "With those words, X …"
                 and any(c.lower_ in ("the", "that", "this", "these", "those") for c in t.children)
                 and not (t.dep_ == "dobj" and t.head.lemma_.lower() in kb.rebuttal_verbs) for t in sent)  # not "X
    # rejected the accusation": X answers it
    if not refers and not _how_put(sent):
        return None
    people = [(t, aid) for t in sent if (aid := table.actor_at(t.i)) and table.by_id[aid].kind == "person"]
    agents = [aid for t, aid in people if t.dep_ in ("nsubj", "nsubjpass", "poss", "appos")
              or t.dep_ == "pobj" and t.head.lower_ in ("from", "by")]
    found = agents or [aid for _, aid in people]
    return found[0] if found else None


def _how_put(sent) -> bool:
    """"That was how X summed up the position", "This is how X put it": the quote is the way someone said it."""
    return len(sent) > 3 and sent[0].lower_ in ("that", "this") and sent[1].lemma_ == "be" and any(
        t.lower_ == "how" for t in sent[2:4])  # "That was how", "This is exactly how"


def author_of(noun: Token, table: ActorTable) -> str | None:
    """"according to a tweet by X", "a statement from X": the one who wrote it."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
            for c in prep.children:
                if c.dep_ == "pobj" and (aid := table.actor_for(c)):
                    return aid
    return None


def remark_author(doc: Doc, start: int, table: ActorTable) -> tuple[Token, str] | None:
    """"He rejected a remark by X that sanctions “would hurt …”", "dismissed X's claim that “…”": a quote in the
    clause of a remark noun (remark_nouns.txt) is the words of the person the noun names as its author."""
    inside = token_at(doc, start + 1)
    kb = table.kb
    if inside is None or kb is None:
        return None
    noun = next((a for a in inside.ancestors if a.pos_ == "NOUN" and a.lemma_.lower() in kb.remark_nouns), None)
    if noun is None:
        return None
    owners = [aid for c in noun.children if c.dep_ == "poss" and (aid := table.actor_for(c))]
    author = author_of(noun, table) or (owners[0] if owners else None)
    return (noun, author) if author is not None and table.by_id[author].kind == "person" else None
