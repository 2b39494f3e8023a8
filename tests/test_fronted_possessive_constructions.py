"""A possessive in a phrase fronted before its clause's subject looks ahead to that subject ("Ahead of his
trip to Paris, X spoke with Y": X's trip), unless the subject's known gender differs ("During his visit,
Chancellor Anna B said …": not hers). Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import assert_meetings, found


def test_a_fronted_his_is_the_subject_that_follows(extract):
    e = extract("Ahead of his trip to Paris next week, Armenian Prime Minister Vahe Grigoryan spoke by telephone on "
                "Thursday with French President Claire Moreau.", date="2024-05-02")
    assert_meetings(e, "fronted-his", [("visit", "planned", ("Vahe Grigoryan", "France")),
                                       ("call", "occurred", ("Vahe Grigoryan", "Claire Moreau"))])


def test_a_fronted_his_is_not_a_woman_subject(extract):
    e = extract("French President Louis Martin met Chinese President Xi Ming. During his visit, German Chancellor "
                "Anna Becker said trade would grow.", date="2024-05-02")
    assert not any("Anna Becker" in who for _, _, who in found(e)), found(e)
