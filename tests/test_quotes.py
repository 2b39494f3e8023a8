"""Direct quotes in every mark style, joined when interrupted, with their speakers."""
from __future__ import annotations

from diplomap.extract.quotemarks import find_quote_segments


def speakers(e):
    names = {a.id: a.name for a in e.actors}
    return [(q.kind, q.text, names.get(q.speaker)) for q in e.quotes if q.kind != "indirect"]


def test_segments_for_every_mark_style():
    text = 'He said “one two three four”, then "five six" and «sept huit» and ‘nine ten’. It’s fine.'
    found = [text[s.start:s.end] for s in find_quote_segments(text)]
    assert found == ["one two three four", "five six", "sept huit", "nine ten"]


def test_quote_running_over_paragraphs_is_open_at_paragraph_end():
    text = "“First part of it.\n\n“Second part,” he said."
    segs = find_quote_segments(text)
    assert [s.closed for s in segs] == [False, True]


def test_cue_after_and_before(extract):
    e = extract("“We must stand together with Ukraine,” Keir Starmer said.\n\n"
                "Emmanuel Macron told reporters: “Europe will not be divided by anyone.”")
    assert speakers(e) == [
        ("direct", "We must stand together with Ukraine,", "Keir Starmer"),
        ("direct", "Europe will not be divided by anyone.", "Emmanuel Macron"),
    ]


def test_pronoun_speaker_and_continuation(extract):
    e = extract("Prime Minister Keir Starmer spoke in London.\n\n"
                "“We are facing a once-in-a-generation moment,” he said. “This is about all of Europe.”")
    assert [s for _, _, s in speakers(e)] == ["Keir Starmer", "Keir Starmer"]


def test_interrupted_quote_is_joined(extract):
    e = extract("“The war must end,” Olaf Scholz said, “and it must end with a just peace for Ukraine.”")
    (kind, text, who), = speakers(e)
    assert text == "The war must end, and it must end with a just peace for Ukraine."
    assert who == "Olaf Scholz"


def test_new_sentence_after_attribution_is_a_second_quote(extract):
    e = extract("“The war must end now,” Olaf Scholz said. “Peace needs strength in Europe.”")
    assert [(t, w) for _, t, w in speakers(e)] == [
        ("The war must end now,", "Olaf Scholz"),
        ("Peace needs strength in Europe.", "Olaf Scholz"),
    ]


def test_according_to_and_scare_quotes(extract):
    e = extract("The plan is “dead on arrival”, according to Russian Foreign Minister Sergei Lavrov.",
                date="2023-01-10")
    (kind, text, who), = speakers(e)
    assert kind == "scare" and text == "dead on arrival"


def test_indirect_quote_is_marked(extract):
    e = extract("Olaf Scholz said that Germany would keep supporting Ukraine for as long as needed.")
    indirect = [q for q in e.quotes if q.kind == "indirect"]
    assert indirect and indirect[0].speaker == "olaf-scholz"
    assert not [q for q in e.quotes if q.kind == "direct"]


def test_names_inside_a_quote_do_not_speak_it(extract):
    e = extract("Former diplomat Thomas Countryman sees a new policy under President Joe Biden.\n\n"
                "“I think the Biden administration has made fighting corruption a priority,” he said.",
                date="2021-05-22")
    (kind, text, who), = speakers(e)
    assert who == "Thomas Countryman"


def test_the_highest_cue_verb_that_governs_a_partial_quote(extract):
    e = extract("Thomas Countryman said the administration has used its authority to deny visas "
                "“in hundreds of cases across the region.”", date="2021-05-22")
    (quote,) = [q for q in e.quotes if q.kind == "direct"]
    assert quote.cue == "said" and quote.speaker == "thomas-countryman"
