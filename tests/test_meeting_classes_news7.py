"""Construction suite for classes of meeting constructions in modern stories (branch news7).

Every sentence is invented (names, places and wording of no real article):

- "the North Koreans are not interested in talking to the U.S.", "talks with the Russians", "met the
  Iranians": a state's plural demonym with "the" and nothing picking out some of its people stands for
  the state, as diplomatic copy writes it; "Somalis arrived", "the Americans killed in the attack",
  "the Syrians who fled", "the two Canadians" stay a people and no party;
- "is interested in / eager to / keen to talk": wanting talks is proposing them, as "willing to" was;
- "called a private meeting of the council to discuss Iran", "called an emergency session": convening a
  gathering is no phone call (its callers attend it through the light verb), and the purpose's object
  ("Iran") is no one called;
- "X met his Peruvian counterpart", "spoke with her counterpart": the one person the story names (before
  or after) who holds X's office for that state is the partner, not the state; no such person, or two,
  leave the state;
- "During the visit, she and B signed a trade pact", "He signed the accord with B": "he" or "she" resolved
  to a person named before signs as that person (CAMEO 057: the signatories met); "we want to sign" still
  names no signatory;
- "told reporters during a news conference at the ministry with X", "spoke at a news conference with X": a
  news conference held with a named person is an appearance side by side, as a joint one was; a news
  conference alone is still given to reporters;
- "landed in Lima", "will also stop in Lima to meet …", "headed to Peru": a person landing in, stopping in
  or heading to a state or its seat visits it (land, stop: placed_visit_verb, only with the place written,
  never from a dateline; head: a departure whose "to" phrase names the place when it has no object); not
  "troops landed", "landed a deal", "stopped to answer questions", "headed the delegation", "headed to the
  polls";
- "X will convene a meeting with A and B. It will be chaired by Y, and Z and W are expected to attend", "Y
  participated in the meeting", "Y will also attend", "Y also joined the talks": whoever chairs, attends, joins
  or takes part in "it", "the meeting/talks" or in nothing named joins the meeting told last before (same
  sentence or the two before); not "attended a conference in Quito", "joined NATO", "attended the funeral";
- "A and B were both in Quito on Monday. They held talks on the sidelines": a subject "they" is the last
  coordination of two or more actors named as a subject in its sentence or the one before, unless a plural
  noun is a subject in between ("Officials said they …");
- "X received a delegation led by Y", "met a team headed by Y": a delegation no state names stands for the
  person who leads it (a state's own delegation stays the state's);
- "Saudi Arabia's Crown Prince X met … the Crown Prince, who is here on an official visit, … the Crown
  Prince paid a brief courtesy call on President Y": with the two-word title trimmed from the name, the
  descriptions find X, and his visit and calls are his.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found

CASES = [
    # --- a state's people with "the" stands for the state ----------------------------------
    ("the-demonyms-interested-in-talking",
     "\"I see no sign that the Peruvians are interested in talking to Chile,\" said Ana Rojas, a Chilean "
     "analyst.",
     [("call|meet|negotiate", "proposed", ("Chile", "Peru"))]),
    ("talks-with-the-demonyms",
     "Chile held talks with the Peruvians in Quito on Monday.",
     [("negotiate|meet", "occurred", ("Chile", "Peru"))]),
    ("met-the-demonyms",
     "Chilean envoy Pablo Ortiz met the Bolivians in La Paz on Sunday.",
     [("meet", "occurred", ("Bolivia", "Pablo Ortiz"))]),
    ("the-demonyms-and-the-demonyms-held-talks",
     "The Chileans and the Peruvians held talks in Quito on Monday.",
     [("negotiate|meet", "occurred", ("Chile", "Peru"))]),
    # --- wanting talks is proposing them ---------------------------------------------------
    ("keen-to-talk",
     "Chilean President Rosa Fuentes is keen to talk to Peruvian President Carlos Mendoza about the border.",
     [("call|meet|negotiate", "proposed", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("eager-to-meet",
     "Chilean President Rosa Fuentes is eager to meet Peruvian President Carlos Mendoza next month.",
     [("meet", "proposed", ("Carlos Mendoza", "Rosa Fuentes"))]),
    # --- convening a gathering is no phone call --------------------------------------------
    ("called-a-meeting-of-a-council",
     "Chile, Peru and Ecuador called a private meeting of the Andean Council on Wednesday to discuss Bolivia.",
     [("meet", "occurred", ("Chile", "Ecuador", "Peru"))]),
    ("called-a-meeting-with",
     "Chilean President Rosa Fuentes called a meeting with Peruvian President Carlos Mendoza to discuss the "
     "border.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    # --- a counterpart the story names ------------------------------------------------------
    ("counterpart-named-before",
     "Peruvian President Carlos Mendoza faces a border crisis. Chilean President Rosa Fuentes spoke by phone "
     "with her Peruvian counterpart on Monday.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("counterpart-named-after",
     "Chilean Foreign Minister Pablo Ortiz met his Peruvian counterpart in Lima on Tuesday. Peruvian Foreign "
     "Minister Ana Rojas said they agreed to reopen the border.",
     [("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    ("counterpart-without-demonym",
     "Chilean Foreign Minister Pablo Ortiz met his counterpart in Lima on Tuesday. Peruvian Foreign Minister "
     "Ana Rojas said they agreed to reopen the border.",
     [("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    ("counterpart-unnamed-is-the-state",
     "Chilean Foreign Minister Pablo Ortiz met his Peruvian counterpart in Lima on Tuesday.",
     [("meet", "occurred", ("Pablo Ortiz", "Peru"))]),
    ("counterpart-other-office-is-the-state",
     "Chilean Foreign Minister Pablo Ortiz met his Peruvian counterpart in Lima on Tuesday. Peruvian President "
     "Carlos Mendoza said the border would reopen.",
     [("meet", "occurred", ("Pablo Ortiz", "Peru"))]),
    # --- a pronoun resolved to a named person signs ------------------------------------------
    ("she-and-b-signed",
     "Chilean President Rosa Fuentes visited Peru last week. During the visit, she and Peruvian President "
     "Carlos Mendoza signed a trade pact.",
     [("meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    ("he-signed-with",
     "Chilean Foreign Minister Pablo Ortiz arrived in Lima on Monday. He signed a border accord with Peruvian "
     "Foreign Minister Ana Rojas on Tuesday.",
     [("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    # --- a news conference held with a named person ------------------------------------------
    ("told-reporters-during-a-news-conference-with",
     "\"We are watching closely,\" Chilean Defence Minister Pablo Ortiz told reporters during a news conference "
     "at the ministry Monday with Peruvian Defence Minister Ana Rojas.",
     [("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    ("spoke-at-a-news-conference-with",
     "Chilean Defence Minister Pablo Ortiz spoke at a news conference with Peruvian Defence Minister Ana Rojas "
     "on Monday.",
     [("meet", "occurred", ("Ana Rojas", "Pablo Ortiz"))]),
    # --- landing, stopping, heading somewhere -------------------------------------------------
    ("landed-in",
     "Chilean President Rosa Fuentes landed in Lima on Monday.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))]),
    ("before-landing-in",
     "Chilean Foreign Minister Pablo Ortiz told reporters aboard his plane before landing in Lima that talks "
     "would go well.",
     [("visit", "occurred", ("Pablo Ortiz", "Peru"))]),
    ("will-stop-in",
     "Chilean Trade Minister Pablo Ortiz will also stop in Lima to meet Peruvian officials.",
     [("visit|meet", "planned", ("Pablo Ortiz", "Peru"))]),
    ("headed-to",
     "Chilean President Rosa Fuentes headed to Peru on Monday.",
     [("visit", "occurred", ("Peru", "Rosa Fuentes"))]),
    # --- chairing or attending a meeting told just before --------------------------------------
    ("it-will-be-chaired-by-and-expected-to-attend",
     "Chile will convene a meeting in Santiago with Peru and Bolivia on Friday. It will be chaired by Vice "
     "Foreign Minister Ana Soto, and Peruvian Deputy Foreign Minister Jorge Ruiz and Bolivian Deputy Foreign "
     "Minister Luis Arce are expected to attend.",
     [("meet", "planned", ("Ana Soto", "Chile", "Jorge Ruiz", "Luis Arce"))]),
    ("will-also-attend",
     "Chilean President Rosa Fuentes will meet Peruvian President Carlos Mendoza on Monday. Bolivian Foreign "
     "Minister Luis Arce will also attend.",
     [("meet", "planned", ("Carlos Mendoza", "Luis Arce", "Rosa Fuentes"))]),
    ("also-joined-the-talks",
     "Chilean President Rosa Fuentes hosted Peruvian President Carlos Mendoza in Santiago on Monday. Bolivian "
     "President Evo Ramos also joined the talks.",
     [("meet", "occurred", ("Carlos Mendoza", "Evo Ramos", "Rosa Fuentes"))]),
    # --- "they" after a pair named as a subject ---------------------------------------------
    ("they-held-talks",
     "Chilean President Rosa Fuentes and Peruvian President Carlos Mendoza were both in Quito on Monday. They "
     "held talks on the sidelines of the summit.",
     [("negotiate|meet", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
    # --- a delegation named by its leader --------------------------------------------------
    ("received-a-delegation-led-by",
     "Chilean President Rosa Fuentes received a delegation led by Peruvian Foreign Minister Ana Rojas.",
     [("meet", "occurred", ("Ana Rojas", "Rosa Fuentes"))]),
    ("met-a-team-headed-by",
     "Chilean President Rosa Fuentes met a team headed by Peruvian Trade Minister Luis Arce on Monday.",
     [("meet", "occurred", ("Luis Arce", "Rosa Fuentes"))]),
    # --- a person named with a two-word title ------------------------------------------------
    ("the-crown-prince-here-on-a-visit",
     "WASHINGTON, Oct 19 - Saudi Arabia's Crown Prince Faisal bin Khalid met for an hour with Vice President "
     "Tom Baird on Monday. Asked how he felt, the Crown Prince, who is here on an official visit, said he was "
     "pleased. Before meeting with Baird, the Crown Prince paid a brief courtesy call on President Ana Lopez.",
     [("meet", "occurred", ("Faisal bin Khalid", "Tom Baird")),
      ("visit", "occurred", ("Faisal bin Khalid", "United States")),
      ("meet|visit", "occurred", ("Ana Lopez", "Faisal bin Khalid"))]),
    ("called-to-discuss-still-a-call",
     "Chilean President Rosa Fuentes called Peruvian President Carlos Mendoza to discuss the border.",
     [("call", "occurred", ("Carlos Mendoza", "Rosa Fuentes"))]),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_meeting_class(extract, name, text, want):
    e = extract(text)
    assert_meetings(e, name, want)
    if name.startswith("called-a-meeting"):  # convening is no phone call, and no one is called
        assert not [t for t, _, _ in found(e) if t == "call"], found(e)


NOT_MEETINGS = [
    ("demonyms-without-the-arrived", "Somalis arrived in Kenya last week, and Kenyan President David Otieno "
                                     "met them."),
    ("the-demonyms-picked-out", "The Chileans who fled the fighting met aid workers in Lima."),
    ("the-demonyms-killed", "The Peruvians killed in the attack had met aid workers in Quito."),
    ("we-want-to-sign", "\"We want to sign a pact with Chile,\" said Peruvian President Carlos Mendoza's "
                        "spokesman."),
    ("news-conference-with-reporters", "Chilean Defence Minister Pablo Ortiz held a news conference with "
                                       "reporters in Lima on Monday."),
    ("stopped-to-answer", "LIMA, March 3 - Chilean Foreign Minister Pablo Ortiz stopped briefly to talk to "
                          "reporters."),
    ("troops-landed", "Chilean troops landed in Peru on Monday."),
    ("landed-a-deal", "Chilean President Rosa Fuentes landed a trade deal with Peru."),
    ("headed-the-delegation", "Chilean Foreign Minister Pablo Ortiz headed the delegation to Bolivia."),
    ("attended-a-conference-elsewhere", "Ecuadorian President Jorge Salinas met Colombian President Ana Gil "
                                        "on Monday. Chilean Foreign Minister Luis Arce will attend a "
                                        "conference in Peru."),
    ("attended-the-funeral", "Ecuadorian President Jorge Salinas met Colombian President Ana Gil on Monday. "
                             "Chilean President Evo Ramos attended the funeral."),
    ("officials-said-they", "Chile and Bolivia signed nothing. Peruvian officials said they held talks in "
                            "Quito."),
    ("called-an-emergency-session", "Peru called an emergency session of the Andean Council to discuss Bolivia."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_no_meeting_class(extract, name, text):
    found_ = found(extract(text))
    assert not [w for _, _, w in found_ if len(w) > 1 and ("Chile" in w or "Peru" in w or "Somalia" in w
                                                           or "Bolivia" in w)], (name, found_)


@pytest.mark.parametrize("text", [
    "The statement came a day before President Jean Dupont of France heads to Lima for talks with Peruvian leaders.",
    "The vote is due after Foreign Minister Anna Berg of Sweden meets Ruritanian Foreign Minister Ivo Kral in Geneva.",
    "Finance Minister Eva Lind of Sweden said before she attends a World Bank meeting in Manila that rates would hold.",
])
def test_a_bare_present_in_a_temporal_clause_is_still_ahead(extract, text):
    """English writes the future in time clauses in the present ("before X heads to", "after she meets"):
    the event is planned (future_clause_mark: before, after, until, once)."""
    e = extract(text)
    assert e.interactions and {i.status for i in e.interactions} == {"planned"}, \
        [(i.type, i.status, i.actors) for i in e.interactions]


def test_a_past_tense_temporal_clause_happened(extract):
    e = extract("The ceasefire collapsed after President Jean Dupont of France met President Hans Weber of Germany.")
    assert [i.status for i in e.interactions] == ["occurred"], [(i.type, i.status) for i in e.interactions]


@pytest.mark.parametrize("text,status", [
    ("Talks will not resume until President Jean Dupont of France visits Lima.", "planned"),
    ("Peru and Chile agreed to cut tariffs after President Jean Dupont of France visited them in March.", "occurred"),
])
def test_a_temporal_clause_keeps_its_own_status(extract, text, status):
    """The main clause's modality ("will not resume", "agreed to") is not the temporal clause's."""
    e = extract(text)
    visits = [i for i in e.interactions if i.type == "visit"]
    assert visits and {i.status for i in visits} == {status}, [(i.type, i.status, i.actors) for i in e.interactions]
