"""At a wire story's meeting of office holders, the holders it quotes take part — but not one quoted speaking
in another state ("Syrian Foreign Minister X said in Damascus the Cairo talks would …": talking about the
talks, not at them). Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import found, linked


def test_a_minister_speaking_in_another_capital_is_not_at_the_talks(extract):
    e = extract("CAIRO, March 17 - Foreign ministers of four Arab states opened two days of talks in Cairo on "
                "Tuesday.\n    Egypt's Foreign Minister Kamal Fawzi told reporters he was hopeful.\n    Syrian "
                "Foreign Minister Nabil Suleiman said in Damascus on Monday the Cairo talks would serve only "
                "Israeli interests.", date="1987-03-17")
    assert not linked(e, "Kamal Fawzi", "Nabil Suleiman")


def test_a_roll_call_sentence_lists_the_gathering_named_before(extract):
    e = extract("CAIRO, March 17 - Foreign ministers of four Arab states opened two days of talks in Cairo on "
                "Tuesday.\n    Taking part are Egypt's Foreign Minister Kamal Fawzi, Jordan's Foreign Minister Sami "
                "Haddadin and Tunisia's Foreign Minister Mongi Kchouk.", date="1987-03-17")
    assert linked(e, "Kamal Fawzi", "Sami Haddadin") and linked(e, "Sami Haddadin", "Mongi Kchouk"), found(e)


def test_participants_of_a_video_conference_held_a_call(extract):
    e = extract("On Tuesday, the foreign ministers of the Nordic countries held a video conference on reopening "
                "their borders.\n\nParticipants included Denmark's Mette Kjaersgaard Holm, Norway's Sigrid Haugland "
                "and Sweden's Johan Lindstrom.", date="2020-06-10")
    assert ("call", "occurred", ("Johan Lindstrom", "Mette Kjaersgaard Holm", "Sigrid Haugland")) in found(e), found(e)



def test_a_minister_speaking_in_the_dateline_city_of_a_former_state_is_at_the_talks(extract):
    e = extract("MOSCOW, March 17 - Foreign ministers of the Warsaw Pact opened two days of talks in Moscow on "
                "Tuesday.\n    Soviet Foreign Minister Eduard Shevardnadze told reporters in Moscow the talks were "
                "useful.\n    Polish Foreign Minister Marian Orzechowski said in Moscow the talks would continue.",
                date="1987-03-17")
    assert linked(e, "Eduard Shevardnadze", "Marian Orzechowski"), found(e)
