"""The per-doc token index (``doc_index``) must give exactly what a scan of the doc gives, in order,
and the headline and quotation caches the same as computing them afresh."""
from __future__ import annotations

from diplomap.extract.doc_index import doc_tokens, with_lemmas, with_lowers, with_pos
from diplomap.extract.knowledge import load_knowledge
from diplomap.extract.nlp import parsed_headline, quote_segments
from diplomap.extract.quotemarks import find_quote_segments

TEXT = ("The ministers met in Lindor on Monday. \u201cWe met twice,\u201d one minister said, and the "
        "envoys meet again next week. There were talks on the way to the capital.")


def test_tokens_are_made_once_and_match_the_doc(nlp):
    doc = nlp(TEXT)
    assert doc_tokens(doc) is doc_tokens(doc)
    assert [t.i for t in doc_tokens(doc)] == [t.i for t in doc]


def test_candidates_are_the_scan_in_document_order(nlp):
    doc = nlp(TEXT)
    for lemmas in ({"meet"}, {"meet", "minister", "talk"}, set(), {"nowhere"}):
        assert [t.i for t in with_lemmas(doc, lemmas)] == [t.i for t in doc if t.lemma_.lower() in lemmas]
    for words in (("there",), ("way", "met", "the")):
        assert [t.i for t in with_lowers(doc, words)] == [t.i for t in doc if t.lower_ in words]
    tags = ("NOUN", "PROPN", "VERB", "AUX")
    assert [t.i for t in with_pos(doc, tags)] == [t.i for t in doc if t.pos_ in tags]


def test_candidate_lists_are_copies(nlp):
    doc = nlp(TEXT)
    with_lemmas(doc, {"meet"}).clear()
    assert with_lemmas(doc, {"meet"})


def test_headline_and_quotations_are_the_fresh_ones(nlp):
    doc = nlp(TEXT)
    head = parsed_headline(doc, "Lindor minister meets envoys")
    assert [(t.text, t.dep_, t.head.i, t.tag_) for t in head] == \
        [(t.text, t.dep_, t.head.i, t.tag_) for t in nlp("Lindor minister meets envoys")]
    assert parsed_headline(doc, "Lindor minister meets envoys") is head
    assert parsed_headline(doc, "Another headline").text == "Another headline"
    assert quote_segments(doc) == find_quote_segments(doc.text)


def test_leaders_by_last_word_is_the_scan():
    kb = load_knowledge()
    for word in {lead.name.split()[-1] for lead in kb.leaders[:50]}:
        assert kb.leaders_by_last_word(word) == [lead for lead in kb.leaders if lead.name.split()[-1] == word]
