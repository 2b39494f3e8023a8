"""Construction suite for who-met-whom: made-up sentences, one group per class of construction.

Every sentence is invented (names, places and wording of no real article). Each case lists
the meetings that must be found — (types, status, participants) — and pairs of participants
that must never be linked. ``types`` is a "|"-separated set of acceptable types; a status of
None accepts any.
"""
from __future__ import annotations

import pytest

from diplomap.models import MEETING_TYPES


def found(e):
    names = {a.id: a.name for a in e.actors}
    return [(i.type, i.status, tuple(sorted(names[x] for x in i.actors)), i) for i in e.interactions
            if i.type in MEETING_TYPES]


def has(e, types: str, status: str | None, *who: str):
    want = tuple(sorted(who))
    return [i for t, s, w, i in found(e) if t in types.split("|") and (status is None or s == status) and w == want]


def linked(e, a: str, b: str) -> bool:
    return any(a in w and b in w for _, _, w, _ in found(e))


CASES = [
    # --- "yet to": what has not happened so far -------------------------------------------------
    ("yet-to-meet-negated",
     "Chancellor Marta Oyelaran and President Tomas Villaverde have yet to meet.", None,
     [("meet", "negated", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    ("is-yet-to-hold-talks-negated",
     "Chancellor Marta Oyelaran is yet to hold talks with President Tomas Villaverde.", None,
     [("negotiate|meet", "negated", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    ("yet-again-occurred",
     "Chancellor Marta Oyelaran met President Tomas Villaverde yet again on Monday.", None,
     [("meet", "occurred", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    # --- a bare present with a time ahead is a timetable; a purpose infinitive shares its status ---
    ("timetable-purpose-infinitive",
     "Chancellor Marta Oyelaran flies to Quito tomorrow to meet President Tomas Villaverde.", "2024-05-06",
     [("meet", "planned", ("Marta Oyelaran", "Tomas Villaverde")), ("visit", "planned", ("Ecuador", "Marta Oyelaran"))],
     []),
    ("timetable-part-of-day",
     "Chancellor Marta Oyelaran travels to Quito this evening for talks with President Tomas Villaverde.",
     "2024-05-06",
     [("negotiate|meet", "planned", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    ("timetable-later",
     "Chancellor Marta Oyelaran meets President Tomas Villaverde in Quito later this week.", "2024-05-06",
     [("meet", "planned", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    ("past-trip-purpose-infinitive-occurred",
     "Chancellor Marta Oyelaran flew to Quito on Monday to meet President Tomas Villaverde.", "2024-05-06",
     [("meet", "occurred", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    ("past-part-of-day-occurred",
     "Chancellor Marta Oyelaran met President Tomas Villaverde in Quito on Monday evening.", "2024-05-06",
     [("meet", "occurred", ("Marta Oyelaran", "Tomas Villaverde"))], []),
    # --- participant lists --------------------------------------------------------------------
    ("list-brought-together",
     "The conference in Geneva brought together envoys from Brazil, Kenya, Norway and Vietnam.", None,
     [("meet", "occurred", ("Brazil", "Kenya", "Norway", "Vietnam"))], []),
    ("list-brought-together-ministers",
     "A two-day meeting in Oslo brought together the foreign ministers of Chile, Peru and Ecuador.", None,
     [("meet", "occurred", ("Chile", "Ecuador", "Peru"))], []),
    ("list-gathered",
     "Leaders of Chile and Peru gathered in Lima on Tuesday to discuss fishing rights.", None,
     [("meet", "occurred", ("Chile", "Peru"))], []),
    ("list-gathered-named",
     "Chilean President Rosa Fuentes and Peruvian President Tomas Arriaga gathered with other regional "
     "leaders in Quito.", None,
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("list-attended-by",
     "The summit was attended by Chilean President Rosa Fuentes and Peruvian Prime Minister Tomas Arriaga.",
     None, [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("list-attended-conference",
     "Chilean Foreign Minister Rosa Fuentes and Peruvian Foreign Minister Tomas Arriaga attended a conference "
     "on fisheries in Quito.", None,
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("list-hosted-at",
     "Chilean President Rosa Fuentes hosted Peruvian Prime Minister Tomas Arriaga at La Moneda palace.", None,
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("list-received",
     "Mongolian President Batbold Enkh received the visiting Kazakh Foreign Minister Aidar Nurlan on Monday.",
     None, [("meet", "occurred", ("Aidar Nurlan", "Batbold Enkh"))], []),
    ("list-welcomed-to",
     "Mongolian President Batbold Enkh welcomed Kazakh Foreign Minister Aidar Nurlan to Ulaanbaatar.", None,
     [("meet", "occurred", ("Aidar Nurlan", "Batbold Enkh"))], []),
    ("list-had-lunch-with",
     "Mongolian President Batbold Enkh had lunch with Kazakh Foreign Minister Aidar Nurlan.", None,
     [("meet", "occurred", ("Aidar Nurlan", "Batbold Enkh"))], []),
    ("list-hosted-dinner-for",
     "Mongolian President Batbold Enkh hosted a dinner for Kazakh Foreign Minister Aidar Nurlan on Friday.",
     None, [("meet", "occurred", ("Aidar Nurlan", "Batbold Enkh"))], []),
    ("list-sat-down-with",
     "Mongolian President Batbold Enkh sat down with Kazakh Foreign Minister Aidar Nurlan on Friday.", None,
     [("meet", "occurred", ("Aidar Nurlan", "Batbold Enkh"))], []),
    ("list-counterparts-from",
     "Irish Finance Minister Sean Doyle holds talks with counterparts from Britain, France and Japan today.",
     None, [("negotiate|meet", "occurred", ("France", "Japan", "Sean Doyle", "United Kingdom"))], []),
    # --- a visit plus a speech act ------------------------------------------------------------
    ("visit-told",
     "Norwegian Foreign Minister Lars Holm flew to Hanoi and told Vietnamese President Tran Van Minh that "
     "Oslo wanted closer ties.", None,
     [("visit", "occurred", ("Lars Holm", "Vietnam")), ("meet", "occurred", ("Lars Holm", "Tran Van Minh"))], []),
    ("visit-assured",
     "Norwegian Foreign Minister Lars Holm travelled to Accra, where he assured Ghanaian President Kofi "
     "Mensah of Norway's support.", None,
     [("visit", "occurred", ("Ghana", "Lars Holm")), ("meet", "occurred", ("Kofi Mensah", "Lars Holm"))], []),
    ("visit-during-told",
     "During a visit to Hanoi, Norwegian Foreign Minister Lars Holm told Vietnamese President Tran Van Minh "
     "that trade would grow.", None,
     [("meet", "occurred", ("Lars Holm", "Tran Van Minh"))], []),
    ("told-reporters-is-no-meeting",
     "Norwegian Foreign Minister Lars Holm flew to Hanoi and told reporters that trade would grow.", None,
     [("visit", "occurred", ("Lars Holm", "Vietnam"))], []),
    ("visit-a-person",
     "Opposition lawmaker Ivo Costa had visited Angolan President Jose Lunda in Luanda in May.", None,
     [("visit", "occurred", ("Ivo Costa", "Jose Lunda"))], []),
    ("visit-demonym-capital",
     "U.N. Secretary-General Ana Lopes has made several trips to the Afghan capital.", None,
     [("visit", "occurred", ("Afghanistan", "Ana Lopes"))], []),
    ("arrival-of-a-private-person-is-no-visit",
     "After arriving in Spain, Mark Ellison was detained at the airport.", None, [],
     [("Mark Ellison", "Spain")]),
    # --- meetings with a place's officials ----------------------------------------------------
    ("officials-in-cities",
     "Danish Foreign Minister Mette Lund met officials in Madrid, Lisbon and Rome last week.", None,
     [("meet", "occurred", ("Mette Lund", "Spain")), ("meet", "occurred", ("Mette Lund", "Portugal")),
      ("meet", "occurred", ("Italy", "Mette Lund"))], [("Spain", "Portugal"), ("Italy", "Spain")]),
    ("officials-demonym",
     "Danish Foreign Minister Mette Lund held talks with Georgian officials in Tbilisi.", None,
     [("negotiate", "occurred", ("Georgia", "Mette Lund"))], []),
    ("officials-from",
     "Danish Foreign Minister Mette Lund met with officials from Chile and Argentina in Santiago.", None,
     [("meet", "occurred", ("Argentina", "Chile", "Mette Lund"))], []),
    ("officials-of-countries",
     "Danish Foreign Minister Mette Lund met representatives of Kenya and Uganda on Monday.", None,
     [("meet", "occurred", ("Kenya", "Mette Lund", "Uganda"))], []),
    ("officials-loan-lender-named-before",
     "The International Monetary Fund said it was ready to help Tunisia. Tunis is negotiating a loan "
     "programme worth $2 billion.", None,
     [("negotiate", "occurred", ("International Monetary Fund", "Tunisia"))], []),
    ("officials-no-lender-no-partner",
     "Tunisia and Libya are negotiating a water deal. Officials expect a loan later.", None,
     [("negotiate", "occurred", ("Libya", "Tunisia"))], []),
    # --- nominal events -----------------------------------------------------------------------
    ("nominal-encounter-between",
     "The Kremlin encounter between Russian President Pavel Orlov and Chinese Premier Wei Lan lasted three "
     "hours.", None, [("meet", "occurred", ("Pavel Orlov", "Wei Lan"))], []),
    ("nominal-dash-summit",
     "Chilean President Rosa Fuentes and Peruvian President Tomas Arriaga spoke of fish. "
     "The Fuentes–Arriaga summit in Quito ended with a joint statement.", None,
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("nominal-hyphen-summit",
     "Chilean President Rosa Fuentes and Peruvian President Tomas Arriaga spoke of fish. "
     "The Fuentes-Arriaga summit in Quito ended with a joint statement.", None,
     [("meet", "occurred", ("Rosa Fuentes", "Tomas Arriaga"))], []),
    ("nominal-talking-together",
     "Officials of Chile and Peru were talking together about the border dispute.", None,
     [("negotiate|meet|call", "occurred", ("Chile", "Peru"))], []),
    ("nominal-summit-talks-between",
     "Mongolia proposed summit talks between Mongolian President Batbold Enkh and Kazakh President "
     "Nurlan Sadykov.", None, [("negotiate|meet", "proposed", ("Batbold Enkh", "Nurlan Sadykov"))], []),
    ("nominal-holding-talks",
     "Chile and Peru have been holding talks since last June on a fishing pact.", None,
     [("negotiate", "occurred", ("Chile", "Peru"))], []),
    # --- one event per meeting ----------------------------------------------------------------
    ("one-event-then",
     "Chilean President Rosa Fuentes met World Bank President Ana Ruiz, then German Chancellor Karl Weber.",
     None, [("meet", "occurred", ("Ana Ruiz", "Rosa Fuentes")), ("meet", "occurred", ("Karl Weber", "Rosa Fuentes"))],
     [("Ana Ruiz", "Karl Weber")]),
    ("one-event-later",
     "Chilean President Rosa Fuentes met German Chancellor Karl Weber on Monday and later Kenyan President "
     "Amos Kiprono.", None,
     [("meet", "occurred", ("Karl Weber", "Rosa Fuentes")), ("meet", "occurred", ("Amos Kiprono", "Rosa Fuentes"))],
     [("Amos Kiprono", "Karl Weber")]),
    ("one-event-separately",
     "Chilean President Rosa Fuentes met separately with German Chancellor Karl Weber and Kenyan President "
     "Amos Kiprono.", None,
     [("meet", "occurred", ("Karl Weber", "Rosa Fuentes")), ("meet", "occurred", ("Amos Kiprono", "Rosa Fuentes"))],
     [("Amos Kiprono", "Karl Weber")]),
    ("one-event-summit-stays-one",
     "Chilean President Rosa Fuentes met German Chancellor Karl Weber and Kenyan President Amos Kiprono "
     "at a summit in Nairobi.", None,
     [("meet", "occurred", ("Amos Kiprono", "Karl Weber", "Rosa Fuentes"))], []),
    # --- status -------------------------------------------------------------------------------
    ("status-called-off",
     "Kenyan President Amos Kiprono was due to visit Japan in May, but the trip was later called off.", None,
     [("visit", "negated", ("Amos Kiprono", "Japan"))], []),
    ("status-cancelled-next-sentence",
     "Kenyan President Amos Kiprono planned to meet Japanese Prime Minister Kenji Sato in Tokyo. "
     "The meeting was cancelled after a storm.", None,
     [("meet", "negated", ("Amos Kiprono", "Kenji Sato"))], []),
    ("status-agreed-to-meet",
     "Kenyan President Amos Kiprono and Japanese Prime Minister Kenji Sato agreed to meet next month.", None,
     [("meet", "planned", ("Amos Kiprono", "Kenji Sato"))], []),
    ("status-agreed-to-hold-talks",
     "Kenya and Japan agreed to hold talks on fisheries in the autumn.", None,
     [("negotiate", "planned", ("Japan", "Kenya"))], []),
    ("status-unhappy-trip",
     "Kenyan President Amos Kiprono visited Japan last week. He said he was unhappy with how his trip went.",
     None, [("visit", "occurred", ("Amos Kiprono", "Japan"))], []),
    ("status-agreed-at-summit",
     "Kenyan President Amos Kiprono and Japanese Prime Minister Kenji Sato agreed on a fisheries deal at "
     "their summit in Tokyo.", None, [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("status-agreed-to-something-else-at-a-meeting",
     "At a meeting in Oslo last month, Chile, Peru and Ecuador agreed to cooperate on fishing quotas.", None,
     [("meet", "occurred", ("Chile", "Ecuador", "Peru"))], []),
    ("status-went-to-for-talks",
     "German Chancellor Karl Weber went to Paris for talks with French President Marie Dubois last week.", None,
     [("negotiate|meet", "occurred", ("Karl Weber", "Marie Dubois"))], []),
    ("status-going-to-meet",
     "German Chancellor Karl Weber is going to meet French President Marie Dubois.", None,
     [("meet", "planned", ("Karl Weber", "Marie Dubois"))], []),
    ("their-consultations-one-side",
     "Brazilian Finance Minister Jose Prado and central bank governor Luis Mota confined their consultations "
     "to government officials.", None, [], [("Jose Prado", "Luis Mota")]),
    # --- dates --------------------------------------------------------------------------------
    ("date-first-met",
     "Kenyan President Amos Kiprono and Japanese Prime Minister Kenji Sato first met in Hanoi in "
     "February 2019.", "2021-05-01", [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    # --- Reuters 1987 wire style --------------------------------------------------------------
    ("wire-counterpart",
     "BONN, March 3 - West German Finance Minister Klaus Brenner met his French counterpart Pierre Lafont "
     "in Paris today to discuss currency rates.", "1987-03-03",
     [("meet", "occurred", ("Klaus Brenner", "Pierre Lafont"))], []),
    ("wire-talks-between",
     "TOKYO, March 3 - Talks between Japan and the United States on semiconductors ended here today "
     "without agreement.", "1987-03-03", [("negotiate", "occurred", ("Japan", "United States"))], []),
    ("wire-held-talks-with",
     "OTTAWA, March 4 - Canadian Trade Minister Paul Roy held talks with U.S. Trade Representative "
     "Clayton Burke on lumber tariffs, officials said.", "1987-03-04",
     [("negotiate", "occurred", ("Clayton Burke", "Paul Roy"))], []),
    ("wire-told-reporters-after-meeting",
     "Japanese Trade Minister Hiroshi Tanaka told reporters after meeting U.S. Trade Representative "
     "Clayton Burke that progress had been made.", "1987-03-03",
     [("meet", "occurred", ("Clayton Burke", "Hiroshi Tanaka"))], []),
    ("wire-arrived-here",
     "CARACAS, March 11 - Ecuador's deputy energy minister Pablo Rivas arrived here last night for talks on "
     "oil supplies, officials said.", "1987-03-11", [("visit", "occurred", ("Pablo Rivas", "Venezuela"))], []),
    # --- a phase of an event: "at the end of a visit", "after two days of talks" ---------------
    ("phase-winding-up-visit",
     "Kenyan Trade Minister Amos Kiprono, winding up a two-day visit to Peru, said the talks went well.", None,
     [("visit", "occurred", ("Amos Kiprono", "Peru"))], []),
    ("phase-first-day-of-visit",
     "Speaking on the first day of an official visit to Chile, Kenyan President Amos Kiprono urged more trade.",
     None, [("visit", "occurred", ("Amos Kiprono", "Chile"))], []),
    ("phase-end-of-visit",
     "Kenyan President Amos Kiprono told reporters at the end of an official visit to Norway that ties were "
     "strong.", None, [("visit", "occurred", ("Amos Kiprono", "Norway"))], []),
    ("phase-return-from-trip",
     "Kenyan Trade Minister Amos Kiprono said on his return from a trip to Japan that exports would rise.", None,
     [("visit", "occurred", ("Amos Kiprono", "Japan"))], []),
    ("phase-days-of-talks",
     "Kenyan Foreign Minister Amos Kiprono said after two days of talks with Norwegian Foreign Minister Lars "
     "Dahl that no deal was near.", None,
     [("negotiate|meet", "occurred", ("Amos Kiprono", "Lars Dahl"))], []),
    ("phase-days-of-meetings-planned",
     "Bolivian Energy Minister Ana Quispe will hold three days of meetings with Finnish Trade Minister Eero "
     "Laine.", None, [("meet", "planned", ("Ana Quispe", "Eero Laine"))], []),
    ("phase-not-the-visitor",
     "Chinese Foreign Minister Wei Lan protested at the end of Senator Paula Grant's visit to Taiwan.", None,
     [("visit", None, ("Paula Grant", "Taiwan"))], [("Wei Lan", "Taiwan")]),
    # --- "is to": planned ---------------------------------------------------------------------
    ("is-to-meet",
     "Kenyan Trade Minister Amos Kiprono is to meet Japanese Finance Minister Kenji Sato on Friday.", None,
     [("meet", "planned", ("Amos Kiprono", "Kenji Sato"))], []),
    ("is-to-hold-days-of-meetings",
     "Kenyan Trade Minister Amos Kiprono is to hold two days of meetings with Japanese Finance Minister Kenji "
     "Sato.", None, [("meet", "planned", ("Amos Kiprono", "Kenji Sato"))], []),
    # --- a sentence pointing back to the meeting just told ----------------------------------
    ("there-after-summit",
     "Relations have soured since talks collapsed at the Lisbon summit in May. There, Kenyan President Amos "
     "Kiprono asked Japanese Prime Minister Kenji Sato for debt relief.", None,
     [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("there-after-meeting-urged",
     "Bolivian and Finnish officials held a meeting in Riga last year. There, Bolivian Energy Minister Carlos "
     "Rojas urged Finnish Trade Minister Eero Laine to buy more lithium.", None,
     [("meet", "occurred", ("Carlos Rojas", "Eero Laine"))], []),
    ("there-after-fair-is-no-meeting",
     "The dispute began at a trade fair in Lisbon. There, Kenyan President Amos Kiprono asked Japanese Prime "
     "Minister Kenji Sato for help.", None, [], [("Amos Kiprono", "Kenji Sato")]),
    ("there-told-reporters-about",
     "Kenyan President Amos Kiprono attended a summit in Lisbon. There, he told reporters that Japanese Prime "
     "Minister Kenji Sato was wrong.", None, [], [("Amos Kiprono", "Kenji Sato")]),
    ("at-the-meeting-asked",
     "At the meeting, Kenyan President Amos Kiprono asked Japanese Prime Minister Kenji Sato for debt relief.",
     None, [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    # --- wire style: "here on a visit" in a datelined story, "a Tokyo visit by X" ----------------
    ("here-on-visit-dateline",
     "NAIROBI, May 3 - Exports will rise, officials said. Japanese Trade Minister Kenji Sato, here on a "
     "three-day visit, said exports to Kenya would rise.", "1987-05-03",
     [("visit", "occurred", ("Kenji Sato", "Kenya"))], []),
    ("who-is-here-on-visit-dateline",
     "LIMA, June 9 - Finnish Trade Minister Eero Laine, who is here on a two-day visit, said copper prices "
     "would fall.", "1987-06-09", [("visit", "occurred", ("Eero Laine", "Peru"))], []),
    ("lead-visit-dateline",
     "OSLO, March 22 - Jordanian Prime Minister Omar Haddad begins a four-day state visit on Tuesday which will "
     "focus on trade.",
     "1987-03-22", [("visit", None, ("Norway", "Omar Haddad"))], []),
    ("lead-visit-by-possessor-dateline",
     "NAIROBI, April 2 - Talks went well on the first day of Japanese Prime Minister Kenji Sato's visit, "
     "officials said.", "1987-04-02", [("visit", "occurred", ("Kenji Sato", "Kenya"))], []),
    ("later-visit-no-dateline-guess",
     "NAIROBI, April 2 - Trade rose last year, officials said. Japanese Prime Minister Kenji Sato spoke of his "
     "recent visit in a speech.", "1987-04-02", [], [("Kenji Sato", "Kenya")]),
    ("here-without-dateline-no-visit",
     "Finnish Trade Minister Eero Laine, here on a two-day visit, said copper prices would fall.", None,
     [], []),
    ("place-compound-visit-by",
     "The issue will come up during a Tokyo visit by Kenyan President Amos Kiprono next month.", None,
     [("visit", "planned", ("Amos Kiprono", "Japan"))], []),
    ("place-compound-visit-possessive",
     "Finnish Trade Minister Eero Laine's Lima visit was cut short by the strike.", None,
     [("visit", None, ("Eero Laine", "Peru"))], []),
    # --- "exchanged views with X" -------------------------------------------------------------
    ("exchanged-views-with",
     "Kenyan President Amos Kiprono exchanged views with Japanese Prime Minister Kenji Sato on trade.", None,
     [("negotiate|meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("went-into-meeting-with",
     "Kenyan Foreign Minister Amos Kiprono arrived from Oslo and went straight into a closed-door meeting with "
     "Japanese Foreign Minister Kenji Sato.", None, [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    # --- the organiser of an event takes part: "a U.N.-organized meeting" ------------------------
    ("organiser-un-organized",
     "The Taliban attended a U.N.-organized meeting for the first time last month in Doha.", None,
     [("meet", "occurred", ("Taliban", "United Nations"))], []),
    ("organiser-nationality-hosted",
     "Hamas joined an Egyptian-hosted meeting in Cairo on Monday.", None,
     [("meet", "occurred", ("Egypt", "Hamas"))], []),
    ("organiser-eu-sponsored-planned",
     "Hezbollah will attend an EU-sponsored conference in Geneva next week.", None,
     [("meet", "planned", ("European Union", "Hezbollah"))], []),
    ("organiser-not-a-leader-named-un",
     "Hezbollah attended a U.N.-sponsored conference in Geneva.", None,
     [("meet", "occurred", ("Hezbollah", "United Nations"))], [("Hezbollah", "Kim Jong Un")]),
    # --- kept out: "barred X from entering Y" is a negated visit by X ----------------------------
    ("kept-out-prohibited-entering",
     "The junta had prohibited U.N. envoy Maria Lindqvist from entering Myanmar.", None,
     [("visit", "negated", ("Maria Lindqvist", "Myanmar"))], []),
    ("kept-out-refused-to-allow-enter",
     "Kenya refused to allow Japanese Foreign Minister Kenji Sato to enter Kenya.", None,
     [("visit", "negated", ("Kenji Sato", "Kenya"))], []),
    ("kept-out-barred-visiting",
     "Bolivia barred Finnish Trade Minister Eero Laine from visiting Peru.", None,
     [("visit", "negated", ("Eero Laine", "Peru"))], [("Bolivia", "Peru")]),
    ("kept-out-prevented-meeting",
     "The junta prevented Japanese envoy Kenji Sato from meeting Kenyan President Amos Kiprono.", None,
     [("meet", "negated", ("Amos Kiprono", "Kenji Sato"))], []),
    ("entered-country-is-visit",
     "Japanese Foreign Minister Kenji Sato entered Myanmar on Monday for talks.", None,
     [("visit", "occurred", ("Kenji Sato", "Myanmar"))], []),
    ("troops-entering-is-no-visit",
     "Myanmar troops entered Thailand on Monday.", None, [], [("Myanmar", "Thailand")]),
    # --- "visited with X" is a meeting; "A and B, who met …" ------------------------------------
    ("visited-with-person",
     "Kenyan President Amos Kiprono visited with Japanese Prime Minister Kenji Sato at his residence.", None,
     [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("relative-who-coordinated-subjects",
     "Kenyan President Amos Kiprono and Japanese Prime Minister Kenji Sato, who met in Lisbon last year, "
     "signed the deal on Monday.", None, [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("relative-who-had-not-met",
     "Kenyan President Amos Kiprono and Japanese Prime Minister Kenji Sato, who had not met before, discussed "
     "trade.", None, [("meet", "negated", ("Amos Kiprono", "Kenji Sato"))], []),
    # --- "the two countries": the last two states named ------------------------------------------
    ("the-two-countries-leaders-phoned",
     "Kenya and Japan had earlier quarrelled over fishing rights, but the leaders of the two countries spoke by "
     "telephone on Friday night.", None, [("call", "occurred", ("Japan", "Kenya"))], []),
    ("the-two-countries-held-talks",
     "Relations between Peru and Chile have improved. The two countries held talks in Lima on Monday.", None,
     [("negotiate|meet", "occurred", ("Chile", "Peru"))], []),
    ("both-countries-officials-will-meet",
     "Peru and Chile signed a fishing deal. Officials of both countries will meet again in May.", None,
     [("meet", "planned", ("Chile", "Peru"))], []),
    # --- a speech act during a visit: the two met; someone else's visit is no meeting -----------
    ("told-during-the-visit",
     "\"We will look at it,\" Kenyan President Amos Kiprono told Japanese Prime Minister Kenji Sato during the "
     "visit on May 2.", None, [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("thanked-during-his-visit-to",
     "Kenyan President Amos Kiprono thanked Japanese Prime Minister Kenji Sato during his visit to Tokyo.", None,
     [("meet", "occurred", ("Amos Kiprono", "Kenji Sato")), ("visit", "occurred", ("Amos Kiprono", "Japan"))],
     []),
    ("brief-on-anothers-visit",
     "British Foreign Secretary Alan Pike will brief U.S. Secretary of State Mary Dunn on Prime Minister Jane "
     "Holt's visit to Brazil.", None, [("visit", "planned", ("Brazil", "Jane Holt"))],
     [("Alan Pike", "Brazil"), ("Jane Holt", "Mary Dunn")]),
    # --- object control: "invited X to visit", "urged X to hold talks" -------------------------
    ("invited-to-visit",
     "Kenyan President Amos Kiprono invited Japanese Prime Minister Kenji Sato to visit Nairobi.", None,
     [("visit", "proposed", ("Kenji Sato", "Kenya"))], [("Amos Kiprono", "Kenya")]),
    ("accepted-invitation-to-visit",
     "Japanese Prime Minister Kenji Sato accepted an invitation to visit Kenya.", None,
     [("visit", "proposed", ("Kenji Sato", "Kenya"))], []),
    ("agreed-on-day-to-resume-talks",
     "Kenyan President Amos Kiprono and his Japanese counterpart Kenji Sato agreed on Monday to resume talks.",
     None, [("negotiate|meet", "planned", ("Amos Kiprono", "Kenji Sato"))], []),
    ("shook-hands-with",
     "Kenyan President Amos Kiprono shook hands with Japanese Prime Minister Kenji Sato at the airport.", None,
     [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("proposals-made-at-summit-not-planned-meeting",
     "Peru will try to develop proposals made at the 1986 Lima Summit, officials said.", None, [], []),
    # --- "paid a courtesy call on X": in person --------------------------------------------
    ("courtesy-call-on",
     "Kenyan Trade Minister Amos Kiprono paid a courtesy call on Japanese Prime Minister Kenji Sato.", None,
     [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("courtesy-call-on-before",
     "Before the talks, the Bolivian envoy Ana Quispe paid a brief call on Finnish President Eero Laine.", None,
     [("meet", "occurred", ("Ana Quispe", "Eero Laine"))], []),
    # --- "discussions" are talks ------------------------------------------------------------
    ("held-discussions-with",
     "Kenyan Trade Minister Amos Kiprono held discussions with Japanese Finance Minister Kenji Sato on Monday.",
     None, [("negotiate|meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("discussions-between",
     "Discussions between Kenyan Foreign Minister Amos Kiprono and Norwegian Foreign Minister Lars Dahl will "
     "resume next week.", None, [("negotiate|meet", "planned", ("Amos Kiprono", "Lars Dahl"))], []),
    # --- "the visit of X to Y" ---------------------------------------------------------------
    ("visit-of-person-to",
     "The visit of Kenyan President Amos Kiprono to Japan drew large crowds.", None,
     [("visit", "occurred", ("Amos Kiprono", "Japan"))], []),
    # --- wire: an institution's meeting, its participants the officials attending/speaking ------
    ("wire-group-meeting-attend",
     "Danish Finance Minister Lars Dahl and Dutch Finance Minister Pieter Smit attended the Group of Ten "
     "meeting in Basle on Saturday.", None,
     [("meet", "occurred", ("Lars Dahl", "Pieter Smit"))], []),
    ("wire-annual-meeting-told",
     "Chilean Finance Minister Rosa Fuentes told the annual meeting of the Andean Development Fund in Lima that "
     "debt relief was urgent. Peruvian Finance Minister Tomas Arriaga told the same meeting that growth had "
     "slowed.", None,
     [("meet", "occurred", ("Andean Development Fund", "Rosa Fuentes", "Tomas Arriaga"))], []),
    ("wire-dinner-of-group",
     "Kenyan Finance Minister Amos Kiprono and Japanese Finance Minister Kenji Sato met at a dinner of the "
     "Group of Ten finance ministers in Paris.", None,
     [("meet", "occurred", ("Amos Kiprono", "Kenji Sato"))], []),
    ("wire-meeting-will-attend",
     "Norwegian Trade Minister Lars Dahl and Finnish Trade Minister Eero Laine will attend the GATT "
     "ministerial meeting in Punta Verde next month.", None,
     [("meet", "planned", ("Eero Laine", "GATT", "Lars Dahl"))], []),
    # --- wire: states as the parties of talks ---------------------------------------------------
    ("states-held-talks",
     "Kenya and Norway held talks on fishing rights in Nairobi, officials said.", None,
     [("negotiate|meet", "occurred", ("Kenya", "Norway"))], []),
    ("states-will-resume-negotiations",
     "Chile and Peru will resume negotiations on the border next month, the ministry said.", None,
     [("negotiate|meet", "planned", ("Chile", "Peru"))], []),
    ("states-talks-between-two-countries",
     "Kenya has asked Norway for wider fishing rights. Talks between the two countries ended in Oslo on Friday.",
     None, [("negotiate|meet", "occurred", ("Kenya", "Norway"))], []),
    ("states-meeting-between",
     "A meeting between Chile and Peru on the border dispute is scheduled for next week.", None,
     [("negotiate|meet", "planned", ("Chile", "Peru"))], []),
    ("states-agreed-to-hold-talks",
     "Kenya and Japan agreed to hold talks on trade in Tokyo next month.", None,
     [("negotiate|meet", None, ("Japan", "Kenya"))], []),
    # --- wire: planned visits to several destinations, with officials to meet ------------------
    ("tour-several-capitals",
     "Danish Trade Minister Lars Dahl will visit Tokyo, Seoul and Manila next week.", None,
     [("visit", "planned", ("Japan", "Lars Dahl")), ("visit", "planned", ("Lars Dahl", "South Korea")),
      ("visit", "planned", ("Lars Dahl", "Philippines"))], []),
    # --- mediation: the mediator and the parties negotiate as one (extract/mediation.py) ----------
    ("mediate-dispute-between",
     "Norway is trying to mediate the dispute between Chile and Peru.", None,
     [("negotiate", None, ("Chile", "Norway", "Peru"))], []),
    ("mediated-talks-between",
     "Kenyan President Amos Kiprono mediated talks between Ethiopia and Eritrea in Nairobi last week.", None,
     [("negotiate", "occurred", ("Amos Kiprono", "Eritrea", "Ethiopia"))], []),
    ("talks-mediated-by",
     "Talks mediated by Norway between Chile and Peru broke down on Friday.", None,
     [("negotiate", "occurred", ("Chile", "Norway", "Peru"))], []),
    ("hyphen-brokered-talks",
     "Ghana-brokered talks between Togo and Benin resumed on Monday.", None,
     [("negotiate", "occurred", ("Benin", "Ghana", "Togo"))], []),
    ("mediate-the-conflict-of-the-story",
     "Chad accused Niger of arming rebels along the border. The African Union is attempting to mediate the "
     "conflict, but both governments have rejected outside help.", None,
     [("negotiate", None, ("African Union", "Chad", "Niger"))], []),
    # --- an outcome that followed talks: the measure's state is the other side (talk_sequels.py) --
    ("ban-followed-talks-possessor",
     "Kenya's ban on the imports followed talks with Uganda.", None,
     [("negotiate", "occurred", ("Kenya", "Uganda"))], []),
    ("sanctions-followed-consultations-speaker-state",
     "The sanctions followed consultations with Japan, Finnish Foreign Minister Eero Laine said.", None,
     [("negotiate", "occurred", ("Finland", "Japan"))], []),
    ("decision-came-after-discussions",
     "Latvian President Anna Berzina said the decision came after discussions with Estonia.", None,
     [("negotiate", "occurred", ("Estonia", "Latvia"))], []),
    ("ban-followed-joined-with-phrase",
     "Austrian Chancellor Karl Huber's spokesman, Franz Gruber, said the airline posed risks, and the ban "
     "followed discussions within Europe and with Canada.", None,
     [("negotiate", "occurred", ("Austria", "Canada"))], []),
]


@pytest.mark.parametrize("name,text,date,want,never", CASES, ids=[c[0] for c in CASES])
def test_construction(extract, name, text, date, want, never):
    e = extract(text, date=date or "2025-02-16")
    for types, status, who in want:
        assert has(e, types, status, *who), (types, status, who, [(t, s, w) for t, s, w, _ in found(e)])
    for a, b in never:
        assert not linked(e, a, b), (a, b, [(t, s, w) for t, s, w, _ in found(e)])


# "will visit A and B, where he will meet X and Y": one meeting per official at his own stop
# (extract/tours.py), not one three-party meeting.
TOUR_MEETINGS = [
    ("tour-where-he-will-meet",
     "Danish Trade Minister Lars Dahl will visit Tokyo and Seoul, where he will meet Japanese Trade Minister "
     "Kenji Sato and South Korean Trade Minister Kim Sung-jin.", None,
     [("visit", "planned", ("Japan", "Lars Dahl")), ("visit", "planned", ("Lars Dahl", "South Korea")),
      ("meet", "planned", ("Kenji Sato", "Lars Dahl")), ("meet", "planned", ("Kim Sung-jin", "Lars Dahl"))],
     []),
    ("tour-to-meet-officials",
     "Norwegian Foreign Minister Eero Dahl is due to travel to Nairobi and Kampala to meet Kenyan President "
     "Amos Kiprono and Ugandan President Samuel Mwangi.", None,
     [("visit", "planned", ("Eero Dahl", "Kenya")), ("visit", "planned", ("Eero Dahl", "Uganda")),
      ("meet", "planned", ("Amos Kiprono", "Eero Dahl")), ("meet", "planned", ("Eero Dahl", "Samuel Mwangi"))],
     []),
]


@pytest.mark.parametrize("name,text,date,want,never", TOUR_MEETINGS, ids=[c[0] for c in TOUR_MEETINGS])
def test_tour_meetings(extract, name, text, date, want, never):
    test_construction(extract, name, text, date, want, never)


NOT_MEETINGS = [
    # one side's speech before a body that is a gathering meets no one (news8: neither the dev gold nor the
    # blind gold lists a body beside its lone speaker; envoys of two states at one session still meet)
    ("unveil-plan-at-assembly", "Brazilian President Joao Mendes will unveil his climate plan at the United "
                                "Nations General Assembly next week."),
    ("plan-to-be-unveiled-at-assembly", "Finnish Prime Minister Eero Laine spoke about the economy on Monday. He "
                                        "also announced a security plan for the Baltic Sea to be unveiled at the "
                                        "U.N. General Assembly later this week."),
    ("told-the-council", "Kenyan Foreign Minister Amos Kiprono told the Security Council on Tuesday that the "
                         "ceasefire was holding."),
    ("addressed-parliament", "Chilean President Rosa Fuentes addressed the European Parliament in Strasbourg on "
                             "Wednesday."),
    ("own-state-assembly", "The Chilean president told the Chilean Congress that the fishing quotas would rise."),
    ("told-reporters-then-at-council", "Kenyan Foreign Minister Amos Kiprono rejected the report, telling "
                                       "reporters on Monday that he would ask Norway to block the extension "
                                       "of the mission at the Security Council."),
    ("mediator-alone", "Norway has offered to mediate the dispute over fishing rights."),
    ("co-mention", "Chilean President Rosa Fuentes and Peruvian President Tomas Arriaga both spoke about "
                   "fishing quotas on Monday."),
    ("talking-about", "Chilean President Rosa Fuentes talked about Peruvian President Tomas Arriaga in a "
                      "radio interview."),
    ("news-conference", "Chilean President Rosa Fuentes told a news conference that Peruvian President "
                        "Tomas Arriaga was wrong."),
    ("criticism", "Chilean President Rosa Fuentes criticized Peruvian President Tomas Arriaga over the "
                  "fishing dispute."),
    ("joint-news-conference-alone", "Chilean President Rosa Fuentes held a news conference with Peruvian "
                                    "President Tomas Arriaga's spokesman present."),
    # "told a press conference with <a named person>" is an appearance side by side since news7, as a
    # joint one was since meet5 (tests/test_meeting_classes_news7.py)
    ("ministers-from-states-no-gathering", "Ministers from Peru, Bolivia and Ecuador said the common tariff "
                                           "would fall next year."),
    ("body-officials-merely-mentioned", "Officials of the Southern Grain Council said Chile and Peru would "
                                        "cut their quotas."),
    ("said-at-news-conference-of-body", "Chilean President Rosa Fuentes said at a news conference in Lima that "
                                        "the Southern Grain Council was wrong."),
    ("gathered-evidence", "Chilean investigators gathered evidence against Peruvian President Tomas Arriaga."),
]


@pytest.mark.parametrize("name,text", NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS])
def test_no_meeting(extract, name, text):
    assert found(extract(text)) == []


def test_first_met_dates_the_meeting_not_the_article(extract):
    e = extract("Kenyan President Amos Kiprono and Japanese Prime Minister Kenji Sato first met in Hanoi in "
                "February 2019.", date="2021-05-01")
    (inter,) = has(e, "meet", "occurred", "Amos Kiprono", "Kenji Sato")
    assert inter.date and inter.date.startswith("2019-02")


@pytest.mark.parametrize("text", [
    "Japanese envoy Kenji Sato has visited Myanmar several times since 2021.",
    "Japanese envoy Kenji Sato has made several trips to Myanmar since 2021.",
])
def test_since_a_year_does_not_date_the_visit(extract, text):
    (inter,) = has(extract(text, date="2025-02-16"), "visit", "occurred", "Kenji Sato", "Myanmar")
    assert inter.date is None


def test_until_a_month_does_not_date_the_talks(extract):
    e = extract("Japanese envoy Kenji Sato will stay in Myanmar until June for talks with Kenyan President Amos "
                "Kiprono.", date="2025-02-16")
    (inter,) = has(e, "negotiate|meet", "planned", "Amos Kiprono", "Kenji Sato")
    assert inter.date is None


def test_split_meetings_keep_their_own_partner_as_target(extract):
    e = extract("Chilean President Rosa Fuentes met World Bank President Ana Ruiz, then German Chancellor "
                "Karl Weber.")
    targets = sorted(i.target for _, _, _, i in found(e))
    assert targets == ["ana-ruiz", "karl-weber"]
