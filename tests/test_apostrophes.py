"""Apostrophes inside words: parsed straight, given back in the article's own shape (extract/apostrophes.py)."""
from __future__ import annotations

from diplomap.extract.apostrophes import in_article_apostrophes, straighten_word_apostrophes
from diplomap.models import Actor, Article, Extraction, Interaction, Quote


def test_straightening_keeps_the_length_and_leaves_quotation_marks():
    text = "Guatemala\u2019s minister said \u2018we don\u2019t\u2019 and \u201cno\u201d."
    out = straighten_word_apostrophes(text)
    assert len(out) == len(text)
    assert out == "Guatemala's minister said \u2018we don't\u2019 and \u201cno\u201d."


def _extraction(text: str) -> Extraction:
    return Extraction(article=Article(id="a", text=text),
                      actors=[Actor(id="m", name="Guatemala's Foreign Ministry", kind="organization",
                                    aliases=["the Ministry's office"])],
                      interactions=[Interaction(type="meet", actors=["m", "x"], evidence="Guatemala's envoy met X.")],
                      quotes=[Quote(text="we don't agree with Guatemala's plan", speaker="m")])


def test_words_the_article_wrote_only_curly_get_their_curly_apostrophe_back():
    text = "Guatemala\u2019s Foreign Ministry said \u201cwe don\u2019t agree\u201d. The Ministry's office declined."
    e = in_article_apostrophes(_extraction(text), text)
    assert e.actors[0].name == "Guatemala\u2019s Foreign Ministry"
    assert e.actors[0].aliases == ["the Ministry's office"]  # written straight in the article: kept
    assert e.interactions[0].evidence == "Guatemala\u2019s envoy met X."
    assert e.quotes[0].text == "we don\u2019t agree with Guatemala\u2019s plan"


def test_an_article_with_no_curly_apostrophe_is_left_alone():
    text = "Guatemala's Foreign Ministry said we don't agree."
    e = in_article_apostrophes(_extraction(text), text)
    assert e.quotes[0].text == "we don't agree with Guatemala's plan"
