"""At a wire story's meeting of office holders, the holders it quotes take part — but not one quoted speaking
in another state ("Syrian Foreign Minister X said in Damascus the Cairo talks would …": talking about the
talks, not at them). Made-up sentences only."""
from __future__ import annotations

from meeting_helpers import linked


def test_a_minister_speaking_in_another_capital_is_not_at_the_talks(extract):
    e = extract("CAIRO, March 17 - Foreign ministers of four Arab states opened two days of talks in Cairo on "
                "Tuesday.\n    Egypt's Foreign Minister Kamal Fawzi told reporters he was hopeful.\n    Syrian "
                "Foreign Minister Nabil Suleiman said in Damascus on Monday the Cairo talks would serve only "
                "Israeli interests.", date="1987-03-17")
    assert not linked(e, "Kamal Fawzi", "Nabil Suleiman")
