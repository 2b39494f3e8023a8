"""Construction suite for meeting classes found on the PETRARCH reference sentences (branch petr7;
bench/petrarch.py). Every sentence is invented (names, places and wording of no real article):

- a name the parser splits: "Barack Tamsen and Vladimir Orlov will meet": the parser hangs the second
  name on the LAST word of the first ("Tamsen"), which it made an object of the first word; the
  coordination of any word of a name is the name's own, so both take part;
- a name swallowed by a bare day after it: "met with Kenyan President David Otieno Thursday": the parser
  makes the day the object and the name its compound modifier; the name is still the object (not the day);
- the possessor of a noun an infinitive completes is the infinitive's subject: "regretted Greece's refusal
  to talk to X" (Greece, not the one who regretted; negated), "welcomed Chile's offer to hold talks with Peru"
  (Chile and Peru, proposed), "Norway's readiness to meet X" (proposed);
- going to a state or its seat is a visit, as travelling there is: "X went to Peru", "X will go to Lima",
  "said he would be going to Oslo for meetings"; not "attention would go to Peru" (no actor goes), not "went
  to the polls", not "troops went to Peru" (only a person goes), not "on vacation"; "come" stays out ("his comments came before talks in Brussels", "might come to terms").
- "meetings of the joint trade committee with Mexico": the "with" phrase the parser hangs on the
  "of" object of a meeting noun (a body or group that is no actor itself) names the meeting's partner;
- "the ambassadors of Chile and Peru presented credentials to Argentina's president": the "to" phrase the
  parser hangs on the document handed over (not on the verb) names whom it was handed to.
"""
from __future__ import annotations

import pytest
from meeting_helpers import found, has

CASES = [
    # --- a coordination hung on a non-head word of a name ---------------------------------------
    ("split-name-will-meet",
     "Barack Tamsen and Vladimir Orlov will meet in Bern.",
     [("meet", "planned", ("Barack Tamsen", "Vladimir Orlov"))]),
    ("split-name-met",
     "Barack Tamsen and Vladimir Orlov met in Bern on Monday.",
     [("meet", "occurred", ("Barack Tamsen", "Vladimir Orlov"))]),
    ("split-name-three",
     "Barack Tamsen, Ivan Sokolov and Kwame Asante held talks in Accra on Friday.",
     [("meet|negotiate", "occurred", ("Barack Tamsen", "Ivan Sokolov", "Kwame Asante"))]),
    ("plain-names-still",
     "Hakim Obadi and Vladimir Orlov will meet in Bern.",
     [("meet", "planned", ("Hakim Obadi", "Vladimir Orlov"))]),
    # --- a bare day that swallowed the name before it -------------------------------------------
    ("name-then-day-thursday",
     "Norway's trade envoy Lars Haugen met with Kenyan President David Otieno Thursday in Nairobi.",
     [("meet", "occurred", ("David Otieno", "Lars Haugen"))]),
    ("name-then-day-monday",
     "Spain's envoy met with Moroccan King Idris Alami Monday in Rabat.",
     [("meet", "occurred", ("Idris Alami", "Spain"))]),
    ("name-then-day-state-side",
     "Chile's envoy met with Peruvian President Luis Quispe Friday in Lima.",
     [("meet", "occurred", ("Chile", "Luis Quispe"))]),
    # --- the possessor of a noun completed by an infinitive -------------------------------------
    ("possessor-refusal-talk-to",
     "The envoy noted that Ankara regretted Greece's refusal to talk to Cypriot President Nikos Andreou.",
     [("call|meet|negotiate", "negated", ("Greece", "Nikos Andreou"))]),
    ("possessor-offer-hold-talks",
     "Officials in Lima welcomed Chile's offer to hold talks with Peru on the border.",
     [("meet|negotiate", "proposed", ("Chile", "Peru"))]),
    ("possessor-readiness-meet",
     "Diplomats praised Norway's readiness to meet Kenyan President David Otieno in Oslo.",
     [("meet", "proposed", ("David Otieno", "Norway"))]),
    ("possessor-refusal-negotiate",
     "Peru's refusal to negotiate with Chile angered its neighbours.",
     [("negotiate|meet", "negated", ("Chile", "Peru"))]),
    # --- going / coming to a state or its seat ---------------------------------------------------
    ("went-to-state",
     "Chilean Foreign Minister Ana Vidal went to Peru on Monday.",
     [("visit", "occurred", ("Ana Vidal", "Peru"))]),
    ("will-go-to-seat",
     "Kenyan Trade Minister David Otieno will go to Oslo next month.",
     [("visit", "planned", ("David Otieno", "Norway"))]),
    ("going-to-seat-for-meetings",
     "Kenyan Trade Minister David Otieno said he would be going to Oslo for meetings of the fund.",
     [("visit", "planned", ("David Otieno", "Norway"))]),
    ("meetings-of-committee-with-state",
     "Kenyan Deputy President Mary Wanjiru left for Canada on Wednesday for meetings of the joint trade "
     "committee with Mexico.",
     [("meet|negotiate", None, ("Mary Wanjiru", "Mexico"))]),
    ("meeting-of-commission-with-state",
     "Chilean Foreign Minister Ana Vidal will attend a meeting of the bilateral commission with Bolivia next week.",
     [("meet|negotiate", "planned", ("Ana Vidal", "Bolivia"))]),
    ("talks-of-panel-with-person",
     "Chilean Foreign Minister Ana Vidal joined talks of the border panel with Peruvian President Luis Quispe.",
     [("meet|negotiate", None, ("Ana Vidal", "Luis Quispe"))]),
    ("credentials-to-hung-on-object",
     "The ambassadors of Chile and Peru presented credentials to Argentina's president on Wednesday.",
     [("meet", "occurred", ("Argentina", "Chile", "Peru"))]),
    ("credentials-to-named-president",
     "The new ambassador of Chile presented credentials to Argentine President Luis Ferreyra.",
     [("meet", "occurred", ("Chile", "Luis Ferreyra"))]),
    ("message-to-hung-on-object",
     "Chilean envoy Pablo Ortiz delivered a message from Santiago to Peruvian President Luis Quispe on Friday.",
     [("meet", "occurred", ("Luis Quispe", "Pablo Ortiz"))]),
    ("named-official-went-to-seat",
     "Peruvian Foreign Minister Rosa Quispe went to Santiago last week.",
     [("visit", "occurred", ("Chile", "Rosa Quispe"))]),
]

NOT_MEETINGS = [
    ("attention-goes-to-state", "Special attention would go to Peru next week, the Chilean minister said."),
    ("went-to-the-polls", "Chile went to the polls on Sunday to elect a new parliament."),
    ("meeting-of-commission-with-no-actor",
     "Chilean Foreign Minister Ana Vidal attended a meeting of the commission with its new members."),
    ("aid-to-state-no-delivery", "Chile delivered food aid to Peru on Friday."),
    ("troops-went-to-state", "Chilean troops went to Peru last week."),
    ("went-on-vacation", "Chilean President Rosa Fuentes went to Peru on vacation."),
    ("came-to-rely", "Peru has come to rely on Chilean gas."),
    ("comments-came-before-talks",
     "Kenyan Trade Minister David Otieno's comments came shortly before EU ministers met in Brussels."),
    ("come-to-terms", "Chile and Peru might come to terms on their fishing dispute next month."),
    ("contract-went-to-firm", "The contract went to a Chilean firm, Peru's minister said."),
    # not the one who regretted or welcomed the possessor's move
    ("no-meeting-of-the-welcomer", "Ankara welcomed Greece's decision to raise tariffs on Cypriot goods."),
    # the day alone is no party
    ("day-object-no-name", "Chilean envoy Ana Ruiz met with reporters Tuesday in Lima."),
    ("split-name-not-coordinated-verb",
     "Barack Tamsen spoke in Bern and Vladimir Orlov stayed at home."),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_meeting_classes(extract, case, text, expected):
    e = extract(text)
    for types, status, who in expected:
        assert has(e, types, status, *who), found(e)


@pytest.mark.parametrize("case,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_not_meetings(extract, case, text):
    assert found(extract(text)) == []
