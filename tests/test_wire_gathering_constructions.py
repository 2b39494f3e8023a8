"""Construction suite for wire gatherings of office holders (round 6): at a ministers' meeting a wire story
quotes each minister "told reporters", "told his colleagues", "told journalists" — the officials who brief
the press at the gathering's venue take part in it (GUIDELINES: a summit is ONE entry listing every named
participant). Made-up sentences only; same case shape as ``test_wire_constructions``.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked

CASES = [
    ("ministers-brief-reporters-at-ministers-meeting",
     "OSLO, May 4 - Chilean Fisheries Minister Rosa Fuentes said quotas were too high. She was speaking to "
     "reporters on the eve of a three-day meeting of fisheries ministers. Peruvian Fisheries Minister Tomas "
     "Arriaga told reporters the talks would be hard. Icelandic Fisheries Minister Gunnar Olafsson told his "
     "colleagues that stocks were falling.", None,
     [("meet", None, ("Gunnar Olafsson", "Rosa Fuentes", "Tomas Arriaga"))], []),
    ("host-and-journalists-at-informal-talks",
     "LUGANO, Switzerland, May 4 - Swiss Finance Minister Anna Keller said yesterday after hosting a day of "
     "informal talks at the lakeside resort that rates would stay firm. Kenyan Finance Minister Amos Kiprono "
     "told journalists he was satisfied with the outcome.", None,
     [("meet|negotiate", None, ("Amos Kiprono", "Anna Keller"))], []),
    ("told-the-meeting-joins-hosted-talks",
     "LUGANO, Switzerland, May 4 - Swiss Finance Minister Anna Keller said yesterday after hosting a day of "
     "informal talks that rates would stay firm. Commission President Marc Olivier told the meeting the plan "
     "would be ready in June. Kenyan Finance Minister Amos Kiprono told journalists he was satisfied.", None,
     [("meet|negotiate", None, ("Amos Kiprono", "Anna Keller", "Marc Olivier"))], []),
    ("told-reporters-bare-clause",
     "OSLO, May 4 - Chilean Fisheries Minister Rosa Fuentes spoke on the eve of a meeting of fisheries "
     "ministers. Fisheries commissioner Marc de Vries meanwhile told reporters conflict between the big fleets "
     "set a poor example. Peruvian Fisheries Minister Tomas Arriaga told his colleagues stocks were falling.",
     None, [("meet", None, ("Marc de Vries", "Tomas Arriaga"))], []),
    ("ministers-conference-news-conference",
     "NAIROBI, June 2 - Trade ministers from eleven states opened a conference on coffee prices. Danish "
     "Trade Minister Lars Dahl told a news conference the talks had begun well. Later, Peruvian Trade "
     "Minister Tomas Arriaga told reporters he expected a deal.", None,
     [("meet", None, ("Lars Dahl", "Tomas Arriaga"))], []),
    # --- speaking right after a gathering its own words name (wire10): the office holder attended it --------
    ("was-speaking-after-named-gathering",
     "OSLO, May 4 - Rates should stay low, Chancellor Tom Hardy said. Hardy was speaking after an informal "
     "gathering of European Community finance ministers and central bankers.", None,
     [("meet", None, ("European Union", "Tom Hardy"))], []),
    ("speaking-after-participle-named-gathering",
     "Chancellor Tom Hardy, speaking after a two-day meeting of European Community finance ministers, said "
     "rates should stay low.", None,
     [("meet", None, ("European Union", "Tom Hardy"))], []),
    ("said-after-body-meeting",
     "Venezuelan Oil Minister Pedro Rojas said after an OPEC meeting in Vienna that prices would hold.", None,
     [("meet", None, ("OPEC", "Pedro Rojas"))], []),
    # --- the office holders' body named once, their meeting then bare: the body holds it (wire10) ----------
    ("bare-ministers-meeting-takes-the-story-body",
     "LUXEMBOURG, April 29 - EC farm ministers failed to agree on prices. Belgian Farm Minister Jan Peeters "
     "was speaking after a three-day meeting of ministers at which the plan was discussed.", None,
     [("meet", None, ("European Union", "Jan Peeters"))], []),
    ("bare-ministers-meeting-body-in-apposition",
     "LUXEMBOURG, April 29 - Belgian Farm Minister Jan Peeters said he would review the plan. Peeters, chairman "
     "of the EC farm ministers' council, was speaking after a three-day meeting of ministers.", None,
     [("meet", None, ("European Union", "Jan Peeters"))], []),
    # --- at a meeting of office holders, a holder of that office the story quotes there attends (wire10) ----
    ("quoted-minister-at-ministers-meeting",
     "OSLO, May 4 - Three fisheries ministers ended a weekend meeting on quotas. Peruvian Fisheries Minister "
     "Tomas Arriaga told a news conference stocks were falling. \"We need action now,\" said Chilean "
     "Fisheries Minister Rosa Fuentes.", None,
     [("meet", None, ("Rosa Fuentes", "Tomas Arriaga"))], []),
    # --- staying away from a gathering: a negated meeting with its body, apart from those who attend (wire10) --
    ("boycott-the-named-meeting",
     "OSAKA, April 26 - Kenya will boycott the annual meeting of the Asian Development Bank.", None,
     [("meet", "negated", ("Asian Development Bank", "Kenya"))], []),
    ("skipped-the-meeting-told-before",
     "OSAKA, April 26 - Delegates are gathering for the annual meeting of the Asian Development Bank. Kenya "
     "skipped the meeting for the second year.", None,
     [("meet", "negated", ("Asian Development Bank", "Kenya"))], []),
    ("boycotter-apart-from-attendees",
     "OSAKA, April 26 - Japanese Finance Minister Taro Sato opened the annual meeting of the Asian Development "
     "Bank. Kenya boycotted the meeting.", None,
     [("meet", "occurred", ("Asian Development Bank", "Taro Sato")),
      ("meet", "negated", ("Asian Development Bank", "Kenya"))], []),
    ("refused-to-attend-apart-from-attendees",
     "OSAKA, April 26 - Japanese Finance Minister Taro Sato opened the annual meeting of the Asian Development "
     "Bank. Kenya refused to attend the meeting.", None,
     [("meet", "occurred", ("Asian Development Bank", "Taro Sato")),
      ("meet", "negated", ("Asian Development Bank", "Kenya"))], []),
    # --- warning or assuring the meeting: addressing it is attending it ------------------------------------
    ("assured-the-meeting",
     "LUXEMBOURG, May 4 - A meeting of EC farm ministers opened today. West German Farm Minister Karl Brandt "
     "assured the meeting that Bonn would pay.", None,
     [("meet", None, ("European Union", "Karl Brandt"))], []),
    ("warned-the-meeting",
     "LUXEMBOURG, May 4 - EC farm ministers opened two days of talks on prices. West German Farm Minister "
     "Karl Brandt warned the meeting the cuts would hurt farmers.", None,
     [("meet|negotiate", None, ("European Union", "Karl Brandt"))], []),
    # --- a state sends an envoy to another ("Tokyo will send a senior official to Washington"): a visit --------
    ("expected-to-send-official-to-capital",
     "Kenya is expected to send a senior official to Lima next month to discuss coffee quotas, officials said.",
     None, [("visit", "planned", ("Kenya", "Peru"))], []),
    ("willing-to-dispatch-delegation",
     "Prime Minister Amos Kiprono said Nairobi was willing to dispatch a trade delegation to Oslo to settle "
     "the dispute.", None,
     [("visit", "proposed", ("Kenya", "Norway"))], []),
    ("sent-named-minister-to-capital",
     "The Chilean government sent Trade Minister Rosa Fuentes to Tokyo last week for talks on copper.", None,
     [("visit", "occurred", ("Japan", "Rosa Fuentes"))], []),
    ("sent-envoy-to",
     "Sweden sent an envoy to Hanoi on Monday, the ministry said.", None,
     [("visit", "occurred", ("Sweden", "Vietnam"))], []),
    # --- two states written with a slash before talks: "Canada/U.S. trade negotiations" ----------------------
    ("slashed-states-negotiations",
     "OTTAWA, May 3 - She said Kenya/Peru bilateral trade negotiations were progressing well.", None,
     [("negotiate", None, ("Kenya", "Peru"))], []),
    ("slashed-states-talks",
     "Sweden/Norway fishing talks will resume next month, officials said.", None,
     [("negotiate", "planned", ("Norway", "Sweden"))], []),
    # --- settling a dispute through talks: a (mostly proposed) negotiation between its sides ---------------
    ("disputes-should-be-solved-through-negotiations",
     "ANKARA, April 8 - Kenya said today its disputes with Sweden should be solved through negotiations.", None,
     [("negotiate", "proposed", ("Kenya", "Sweden"))], []),
    ("wanted-to-solve-through-consultations",
     "ANKARA, April 8 - President Amos Kiprono said Nairobi wanted to solve the dispute with Stockholm through "
     "consultations.", None,
     [("negotiate", "proposed", ("Kenya", "Sweden"))], []),
    ("dispute-between-resolved-through-dialogue",
     "The dispute between Kenya and Sweden should be resolved through dialogue, President Amos Kiprono said.",
     None, [("negotiate", "proposed", ("Kenya", "Sweden"))], []),
    ("ready-to-resolve-differences-by-negotiation",
     "Kenya is ready to resolve its differences with Sweden by negotiation.", None,
     [("negotiate", "proposed", ("Kenya", "Sweden"))], []),
    # --- "X is due in <place>": a planned visit -------------------------------------------------------------
    ("due-in-capital-for-talks",
     "LIMA, May 3 - Kenyan Trade Minister Amos Kiprono is due in Oslo on Monday for talks on coffee.", None,
     [("visit", "planned", ("Amos Kiprono", "Norway"))], []),
    ("due-in-state",
     "Swedish Foreign Minister Eva Lind is due in Kenya next week, her ministry said.", None,
     [("visit", "planned", ("Eva Lind", "Kenya"))], []),
    # --- a state's delegation present somewhere for talks: the state visits ---------------------------------
    ("delegation-in-capital-for-talks",
     "OSLO, May 3 - A Kenyan trade delegation is in Lima for talks on coffee quotas.", None,
     [("visit", "occurred", ("Kenya", "Peru"))], []),
    ("delegation-was-in-capital-to-discuss",
     "A Swedish delegation was in Nairobi last week to discuss fishing rights, officials said.", None,
     [("visit", "occurred", ("Kenya", "Sweden"))], []),
    # --- briefing someone in person (PETRARCH BRIEF [025]) ----------------------------------------------------
    ("briefed-opposition-leader",
     "ATHENS, May 3 - Prime Minister Andreas Kouris briefed opposition leader Nikos Vlachos on the dispute.",
     None, [("meet", "occurred", ("Andreas Kouris", "Nikos Vlachos"))], []),
    ("was-briefed-by",
     "President Eva Lind was briefed by Foreign Minister Tomas Arriaga on Monday.", None,
     [("meet", "occurred", ("Eva Lind", "Tomas Arriaga"))], []),
]

# --- a body's gathering and the body as its party (gather11): shapes that hold, kept from regressing -------
CASES += [
    ("speaking-at-meeting-of-body-ministers",
     "LUXEMBOURG, April 2 - British Foreign Secretary John Smith said taxes were too high. Smith was speaking "
     "at a meeting of EC foreign ministers, which discussed the budget.", None,
     [("meet", None, ("European Union", "John Smith"))], []),
    ("talks-of-a-body-unnamed-committee",  # the committee is no actor of its own: the body is the party
     "GENEVA, April 2 - Gabon will seek a lower price at talks this month of OPEC's pricing committee, its oil "
     "minister John Smith said.", None, [("meet|negotiate", None, ("Gabon", "OPEC"))], []),
    ("second-conjunct-at-body-meeting",
     "TOKYO, April 7 - Japanese Finance Minister Ken Sato arrived on Monday and spoke at the OPEC meeting.", None,
     [("meet", None, ("Ken Sato", "OPEC"))], []),
    ("attends-two-bodies-meetings",  # the bodies' own sittings: the one who attends meets each (two entries,
     # as the blind annotators split them), and the bodies do not meet one another
     "LIMA, May 2 - Peruvian Finance Minister Juan Soto will attend the IMF and World Bank meetings next week.",
     None, [("meet", None, ("International Monetary Fund", "Juan Soto")), ("meet", None, ("Juan Soto", "World Bank"))],
     [("International Monetary Fund", "World Bank")]),
]

NOT_MEETINGS = [
    # two bodies coordinated before a plural gathering noun each hold their own sitting: no meeting between them
    ("two-bodies-annual-meetings",
     "LIMA, May 2 - Officials said the plans would be submitted to ministers of the 11 nations before IMF and "
     "World Bank annual meetings later this year."),
    ("two-bodies-meetings-opened", "LIMA, May 2 - The IMF and World Bank meetings opened in Washington on Monday."),
    ("briefings-without-gathering",
     "LIMA, May 4 - Peruvian Trade Minister Tomas Arriaga told reporters coffee prices would rise. Chilean "
     "Trade Minister Rosa Fuentes told journalists in Santiago she disagreed."),
    ("briefing-before-the-gathering-is-named",
     "LIMA, May 4 - Peruvian Trade Minister Tomas Arriaga told reporters coffee prices would rise. Chilean "
     "Trade Minister Rosa Fuentes told journalists in Santiago she disagreed. Both will travel abroad next "
     "year, officials said."),
    ("said-after-cabinet-meeting",
     "LIMA, May 4 - Peruvian Trade Minister Tomas Arriaga told reporters after a cabinet meeting that coffee "
     "prices would rise."),
    ("analyst-said-after-named-gathering",
     "Economist Maria Soto said after a meeting of European Community finance ministers that rates would "
     "fall."),
    ("bare-ministers-meeting-two-bodies",
     "VIENNA, April 29 - OPEC oil ministers and EC energy ministers disagreed. Venezuelan Oil Minister Pedro "
     "Rojas was speaking after a meeting of ministers."),
    ("bare-ministers-meeting-no-body",
     "LUXEMBOURG, April 29 - Belgian Farm Minister Jan Peeters was speaking after a three-day meeting of "
     "ministers."),
    ("briefing-reporters", "Defence Minister Rafael Ortiz, briefing reporters on Monday, said aid would rise."),
    ("home-delegation-in-own-capital", "LIMA, May 3 - The Peruvian delegation is in Lima for talks."),
    ("settled-in-court", "Kenya settled its dispute with Sweden in court."),
    ("ended-by-force", "Kenya ended the dispute with Sweden by force."),
    ("slashed-bodies-meeting", "The IMF/World Bank meeting opened in Washington on Monday."),
    ("sent-letter-to", "Sweden sent a letter to Hanoi on Monday protesting the arrests."),
    ("sent-troops-to", "Sweden sent troops to Lebanon last year, the ministry said."),
    ("sent-recommendations-to", "Officials sent their recommendations to Nairobi yesterday."),
]

NEVER = [
    ("quoted-other-office-not-at-ministers-meeting",
     "OSLO, May 4 - Three fisheries ministers ended a weekend meeting on quotas. Peruvian Fisheries Minister "
     "Tomas Arriaga told a news conference stocks were falling. Fleet owner Rosa Fuentes said prices would "
     "fall.", ("Rosa Fuentes", "Tomas Arriaga")),
    ("warned-him-the-talks-would-fail",
     "Chancellor Tom Hardy called Minister Karl Brandt to warn him next week's Group of Seven talks would fail.",
     ("G7", "Tom Hardy")),
    ("untitled-commentator-not-at-meeting",
     "OSLO, May 4 - Chilean Fisheries Minister Rosa Fuentes told reporters on the eve of a meeting of "
     "fisheries ministers that quotas were too high. Peruvian Fisheries Minister Tomas Arriaga told his "
     "colleagues stocks were falling. Economist Maria Soto told reporters prices would fall.",
     ("Maria Soto", "Rosa Fuentes")),
]


@pytest.mark.parametrize("name,text,date,want,never", [pytest.param(*c, id=c[0]) for c in CASES])
def test_wire_gathering_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "1987-03-16")
    assert_meetings(e, name, want, never)


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_wire_gathering_no_meeting(extract, name, text):
    assert found(extract(text, date="1987-03-16")) == [], found(extract(text, date="1987-03-16"))


@pytest.mark.parametrize("name,text,pair", NEVER, ids=[c[0] for c in NEVER])
def test_wire_gathering_never_links(extract, name, text, pair):
    e = extract(text, date="1987-03-16")
    assert not linked(e, *pair), found(e)


def test_trailing_speaker_is_no_apposition_partner():
    """"… talks with President A, Secretary B told reporters": when the parser hangs B on A as an apposition
    and leaves "told" without a subject, B is the speaker, not a second partner."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplomap.extract.participants import expand
    words = ["He", "will", "hold", "talks", "with", "President", "Fuentes", ",", "Secretary", "Arriaga", "told",
             "reporters", "."]
    heads = [2, 2, 2, 2, 3, 6, 4, 6, 9, 6, 2, 10, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "compound", "pobj", "punct", "compound", "appos", "conj",
            "dobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "NOUN",
           "PUNCT"]
    lemmas = ["he", "will", "hold", "talk", "with", "President", "Fuentes", ",", "Secretary", "Arriaga", "tell",
              "reporter", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [t.text for t in expand(doc[6])] == ["Fuentes"]
    lemmas[10] = "arrive"  # "…, Secretary Arriaga arrived": no speech verb, the apposition stays
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [t.text for t in expand(doc[6])] == ["Fuentes", "Arriaga"]
