"""Names the NER cut or missed beside a title: a hyphenated given name whose lower-case half it left outside
("Kang Min" + "-seok"), and a name after a title whose "of"/"for" names a capitalised portfolio ("Vice
Minister of Commerce Sun Haiyang", untagged). Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import assert_meetings


def test_a_hyphenated_given_name_stays_whole(extract):
    e = extract("\"Our countries face the same challenges,\" Tanabe told reporters after meeting South Korean Foreign "
                "Minister Kang Min-seok at the ministry. Japan's foreign minister, Hiroshi Tanabe, flew to Seoul.",
                date="2024-05-02")
    assert_meetings(e, "hyphenated-given-name", [("meet", "occurred", ("Hiroshi Tanabe", "Kang Min-seok"))])


def test_a_name_after_a_title_and_its_portfolio_is_a_person(extract):
    e = extract("Uruguayan Foreign Minister Mariana Echeverria Lussich received Chinese Vice Minister of Commerce Sun "
                "Haiyang in Montevideo on Tuesday for talks on a trade agreement.", date="2024-07-03")
    assert_meetings(e, "portfolio-title", [("meet", "occurred", ("Mariana Echeverria Lussich", "Sun Haiyang"))])
    assert next(a for a in e.actors if a.name == "Sun Haiyang").country == "CHN"
