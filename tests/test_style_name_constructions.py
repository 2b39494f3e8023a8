"""A style and a given name the NER leaves untagged ("Prince Charles", "Princess Diana") name a person, and
so does a known given name (feminine_names.txt, masculine_names.txt) before an untagged capitalised word;
a name the NER tagged with its style inside ("Sheikh Ali al-Khalifa al-Sabah") stays whole.
Made-up sentences; the styles are the name prefixes of data/knowledge/name_prefixes.txt."""
from __future__ import annotations


def _persons(e):
    return {a.name for a in e.actors if a.kind == "person"}


def test_a_style_and_a_given_name_are_a_person(extract):
    e = extract("LONDON, March 10 - Britain's Prince Charles and Princess Diana went to Saudi Arabia in "
                "November.", date="1987-03-10")
    assert {"Prince Charles", "Princess Diana"} <= _persons(e), _persons(e)


def test_a_tagged_styled_name_stays_whole(extract):
    e = extract("KUWAIT, March 1 - Kuwait's Oil Minister Sheikh Ali al-Khalifa al-Sabah said there were no "
                "plans for an emergency OPEC meeting.", date="1987-03-01")
    assert any(n.endswith("al-Sabah") and n.split()[0] in ("Sheikh", "Ali") for n in _persons(e)), _persons(e)


def test_a_known_given_name_and_a_surname_the_ner_missed_are_a_person(extract):
    e = extract("U.S. Ambassador to the United Nations Rebecca Thornbury and Russian Ambassador Vasily Nebogatov "
                "clashed at a Security Council meeting on Thursday.", date="2021-07-09")
    assert {"Rebecca Thornbury", "Vasily Nebogatov"} <= _persons(e), _persons(e)
