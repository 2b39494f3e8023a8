"""An independent battery of meeting constructions (branch probe12m), written from the language and
from GUIDELINES.md / the CAMEO 04 codebook, not from the extractor's code.

Every passage is invented: made-up officials of real states, in the wire style of 1987 and the web
style of today. Each positive passage lists the meetings an annotator would record (types that the
guidelines leave open are joined with "|"; a meeting matches when it has one of the types, the
status unless None, and at least the named parties, as the events score counts a meeting found when
two of its parties are shared). ``never`` lists pairs that must not be linked. Negative passages
(co-mention, criticism, letters, statements about one another, generic relations) must yield no
meeting at all.
"""
from __future__ import annotations

import pytest

from tests.meeting_helpers import found

WEB = "2025-02-16"
WIRE = "1987-03-10"


def P(cls, text, want, never=(), date=WEB, xfail=None):
    return (cls, text, tuple(want), tuple(never), date, xfail)


M, N, V, C = "meet", "negotiate", "visit", "call"
MN = "meet|negotiate"
MV = "meet|visit"
ANY = "meet|negotiate|visit|call"

POSITIVE = [
    # -- plain active meetings (control)
    P("active", "Polish Prime Minister Marek Zielinski met German Chancellor Hans Becker in Warsaw on Tuesday.",
      [(M, "occurred", ("Marek Zielinski", "Hans Becker"))]),
    P("active", "Kenyan President Daniel Mwangi met with Tanzanian President Joseph Mrema on Friday to discuss "
      "border trade.", [(M, "occurred", ("Daniel Mwangi", "Joseph Mrema"))]),
    P("active", "Foreign Minister Henrik Lindqvist of Sweden met his Finnish counterpart, Pekka Virtanen, in "
      "Stockholm.", [(M, "occurred", ("Henrik Lindqvist", "Pekka Virtanen"))]),
    P("active", "Brazil's foreign minister, Ana Ribeiro, sat down with Argentine Foreign Minister Diego Sosa on "
      "Monday.", [(M, "occurred", ("Ana Ribeiro", "Diego Sosa"))]),
    # -- passive voice
    P("passive", "Egyptian Foreign Minister Karim Nasser was received by Jordanian Prime Minister Omar Haddad in "
      "Amman on Sunday.", [(MV, "occurred", ("Karim Nasser", "Omar Haddad"))]),
    P("passive", "The Pakistani envoy, Tariq Mahmood, was met at the airport by Afghan Foreign Minister Abdul "
      "Rahim.", [(MV, "occurred", ("Tariq Mahmood", "Abdul Rahim"))]),
    P("passive", "Greek Prime Minister Nikos Papadakis was welcomed to the White House by President John Carver on "
      "Thursday.", [(MV, "occurred", ("Nikos Papadakis", "John Carver"))]),
    P("passive", "Talks were held in Geneva on Monday between U.S. negotiator Robert Hale and Soviet negotiator "
      "Viktor Orlov.", [(MN, "occurred", ("Robert Hale", "Viktor Orlov"))], date=WIRE),
    # -- nominal events
    P("nominal", "The talks between Indian Prime Minister Ravi Menon and Pakistani President Imran Qadir ended "
      "without agreement on Saturday.", [(MN, "occurred", ("Ravi Menon", "Imran Qadir"))]),
    P("nominal", "A meeting of French President Louis Moreau and Italian Prime Minister Marco Bellini in Rome "
      "produced a joint statement on migration.", [(MN, "occurred", ("Louis Moreau", "Marco Bellini"))]),
    P("nominal", "French President Louis Moreau's meeting with Italian Prime Minister Marco Bellini lasted two "
      "hours, officials said.", [(MN, "occurred", ("Louis Moreau", "Marco Bellini"))]),
    P("nominal", "The summit between Chinese Premier Zhao Lin and Japanese Prime Minister Kenji Sato in Beijing "
      "was the first in five years.", [(MN, "occurred", ("Zhao Lin", "Kenji Sato"))]),
    P("nominal", "Sunday's encounter between Turkish President Mehmet Yilmaz and Greek Prime Minister Nikos "
      "Papadakis was cordial, aides said.", [(MN, "occurred", ("Mehmet Yilmaz", "Nikos Papadakis"))]),
    P("nominal", "After two days of negotiations between Israeli and Egyptian officials in Taba, a draft was "
      "agreed.", [(MN, "occurred", ("Israel", "Egypt"))]),
    P("nominal", "Wednesday's discussions between Canadian Trade Minister Paul Leblanc and U.S. Trade "
      "Representative Susan Clark focused on lumber.", [(MN, "occurred", ("Paul Leblanc", "Susan Clark"))]),
    # -- relative and participial clauses
    P("clause", "Austrian Chancellor Franz Huber, who met Czech Prime Minister Jan Novak on Tuesday, said "
      "relations were improving.", [(M, "occurred", ("Franz Huber", "Jan Novak"))]),
    P("clause", "Meeting Czech Prime Minister Jan Novak in Prague, Austrian Chancellor Franz Huber called for "
      "closer ties.", [(M, "occurred", ("Franz Huber", "Jan Novak"))]),
    P("clause", "Czech Prime Minister Jan Novak, meeting Austrian Chancellor Franz Huber in Vienna, said the "
      "dispute was over.", [(M, "occurred", ("Franz Huber", "Jan Novak"))]),
    P("clause", "Dutch Foreign Minister Pieter de Vries, speaking after talks with Belgian Foreign Minister Luc "
      "Janssens, said the treaty would be signed.", [(MN, "occurred", ("Pieter de Vries", "Luc Janssens"))]),
    P("clause", "Japanese Prime Minister Kenji Sato, who is visiting Washington, met President John Carver on "
      "Friday.", [(M, "occurred", ("Kenji Sato", "John Carver")), (V, "occurred", ("Kenji Sato", "United States"))]),
    P("clause", "U.N. envoy Lars Holm, who held talks with Syrian President Samir Darwish in Damascus last week, "
      "is due in Beirut on Monday.", [(MN, "occurred", ("Lars Holm", "Samir Darwish")),
                                      (V, "planned", ("Lars Holm", "Lebanon"))]),
    P("clause", "Having met Chinese leaders in Beijing, Australian Prime Minister Ian Walker flew on to Tokyo.",
      [(MN, "occurred", ("Ian Walker", "China")), (V, "occurred", ("Ian Walker", "Japan"))]),
    P("clause", "Mexican President Luis Ortega, fresh from talks with President John Carver, returned to Mexico "
      "City on Sunday.", [(MN, "occurred", ("Luis Ortega", "John Carver"))]),
    # -- adverbial clauses
    P("adverbial", "After meeting Chancellor Hans Becker in Bonn, French Prime Minister Jacques Renaud said the "
      "alliance was solid.", [(M, "occurred", ("Hans Becker", "Jacques Renaud"))], date=WIRE),
    P("adverbial", "During talks with Soviet leader Mikhail Sokolov on Tuesday, Finnish President Erkki Laine "
      "raised the issue of trade.", [(MN, "occurred", ("Mikhail Sokolov", "Erkki Laine"))], date=WIRE),
    P("adverbial", "While meeting Vietnamese Foreign Minister Nguyen Van Long in Hanoi, Thai Foreign Minister "
      "Somchai Prasert raised the refugee question.", [(M, "occurred", ("Nguyen Van Long", "Somchai Prasert"))]),
    P("adverbial", "Indonesian President Budi Santoso raised the issue of fishing rights when he met Philippine "
      "President Ramon Cruz in Manila on Monday.", [(M, "occurred", ("Budi Santoso", "Ramon Cruz"))]),
    P("adverbial", "Following a meeting with Nigerian President Musa Bello, Ghanaian President Kwame Asante "
      "announced a new trade pact.", [(M, "occurred", ("Musa Bello", "Kwame Asante"))]),
    P("adverbial", "Ahead of his meeting with President John Carver next week, South Korean President Park "
      "Min-jun said he would seek tariff relief.", [(M, "planned", ("John Carver", "Park Min-jun"))]),
    # -- held talks / discussions / consultations with
    P("held", "Chinese Foreign Minister Wang Tao held talks with his Russian counterpart Sergei Volkov in Moscow "
      "on Monday.", [(MN, "occurred", ("Wang Tao", "Sergei Volkov"))]),
    P("held", "Saudi Oil Minister Ahmed al-Rashid held discussions with Venezuelan Energy Minister Carlos Mendez "
      "on output quotas.", [(MN, "occurred", ("Ahmed al-Rashid", "Carlos Mendez"))]),
    P("held", "West German Foreign Minister Klaus Wendt held consultations with his French counterpart Jean "
      "Dufour in Paris.", [(MN, "occurred", ("Klaus Wendt", "Jean Dufour"))], date=WIRE),
    P("held", "Norwegian mediator Erik Solberg had talks with Sri Lankan President Ranil Perera and Tamil leader "
      "Velu Kumar.", [(MN, "occurred", ("Erik Solberg", "Ranil Perera")),
                      (MN, "occurred", ("Erik Solberg", "Velu Kumar"))]),
    P("held", "British Foreign Secretary James Harlow conferred with U.S. Secretary of State George Whitfield in "
      "London on Tuesday.", [(MN, "occurred", ("James Harlow", "George Whitfield"))]),
    P("held", "Japan's trade minister, Hiroshi Tanaka, began talks with U.S. Commerce Secretary Mark Dalton on "
      "Wednesday on semiconductor trade.", [(MN, "occurred", ("Hiroshi Tanaka", "Mark Dalton"))]),
    # -- on the sidelines of
    P("sidelines", "On the sidelines of the NATO summit in Brussels, Turkish President Mehmet Yilmaz met Greek "
      "Prime Minister Nikos Papadakis.", [(M, "occurred", ("Mehmet Yilmaz", "Nikos Papadakis"))]),
    P("sidelines", "Indian Prime Minister Ravi Menon and Chinese President Zhou Ming held talks on the sidelines "
      "of the G20 summit in Rio de Janeiro.", [(MN, "occurred", ("Ravi Menon", "Zhou Ming"))]),
    P("sidelines", "French President Louis Moreau and Canadian Prime Minister Anne Tremblay spoke briefly on the "
      "sidelines of the United Nations General Assembly.", [(ANY, "occurred", ("Louis Moreau", "Anne Tremblay"))]),
    # -- visits
    P("visit", "During a visit to Tokyo, Australian Prime Minister Ian Walker met Japanese Prime Minister Kenji "
      "Sato.", [(M, "occurred", ("Ian Walker", "Kenji Sato")), (V, "occurred", ("Ian Walker", "Japan"))]),
    P("visit", "Polish Foreign Minister Tomasz Wrona is on a three-day visit to Hungary.",
      [(V, "occurred", ("Tomasz Wrona", "Hungary"))]),
    P("visit", "Hungarian Prime Minister Gabor Kovacs will pay an official visit to Austria next month.",
      [(V, "planned", ("Gabor Kovacs", "Austria"))]),
    P("visit", "The visit by Swedish Prime Minister Lars Eklund to Moscow is the first by a Swedish leader in a "
      "decade.", [(V, "occurred", ("Lars Eklund", "Russia"))]),
    P("visit", "Brazilian President Paulo Lima arrived in Lisbon on Sunday for talks with Portuguese Prime "
      "Minister Rui Costa.", [(V, "occurred", ("Paulo Lima", "Portugal")), (MN, None, ("Paulo Lima", "Rui Costa"))]),
    # -- telephone and video calls
    P("call", "U.S. President John Carver spoke by telephone with Mexican President Luis Ortega on Friday.",
      [(C, "occurred", ("John Carver", "Luis Ortega"))]),
    P("call", "In a telephone call with Israeli Prime Minister David Levin, Egyptian President Hassan Farouk "
      "urged restraint.", [(C, "occurred", ("David Levin", "Hassan Farouk"))]),
    P("call", "German Chancellor Hans Becker telephoned French President Louis Moreau on Saturday to discuss the "
      "crisis.", [(C, "occurred", ("Hans Becker", "Louis Moreau"))]),
    P("call", "President John Carver and Japanese Prime Minister Kenji Sato discussed trade in a video call on "
      "Monday.", [(C, "occurred", ("John Carver", "Kenji Sato"))]),
    P("call", "A phone conversation between Russian President Igor Belov and Turkish President Mehmet Yilmaz "
      "covered the grain deal.", [(C, "occurred", ("Igor Belov", "Mehmet Yilmaz"))]),
    P("call", "Russian President Igor Belov spoke on the phone with Turkish President Mehmet Yilmaz on Tuesday, "
      "the Kremlin said.", [(C, "occurred", ("Igor Belov", "Mehmet Yilmaz"))]),
    # -- hosting and receiving
    P("host", "Egyptian President Hassan Farouk hosted Jordanian Prime Minister Omar Haddad at his palace in Cairo "
      "on Monday.", [(MV, "occurred", ("Hassan Farouk", "Omar Haddad"))]),
    P("host", "Chinese Premier Zhao Lin received Pakistani Foreign Minister Asif Raza in Beijing on Tuesday.",
      [(MV, "occurred", ("Zhao Lin", "Asif Raza"))]),
    P("host", "Spanish Prime Minister Carlos Ruiz welcomed Moroccan Prime Minister Youssef Alami to Madrid on "
      "Wednesday.", [(MV, "occurred", ("Carlos Ruiz", "Youssef Alami"))]),
    P("host", "Indian Prime Minister Ravi Menon played host to Nepalese Prime Minister Ram Sharma in New Delhi.",
      [(MV, "occurred", ("Ravi Menon", "Ram Sharma"))]),
    P("host", "Ugandan President Paul Otim was the guest of Kenyan President Daniel Mwangi at a state dinner on "
      "Friday.", [(MV, "occurred", ("Paul Otim", "Daniel Mwangi"))]),
    # -- visits and meetings told with titles only: the parties are the states
    P("title_only", "The Soviet deputy foreign minister arrived in Bonn on Tuesday for two days of talks.",
      [(V, "occurred", ("Soviet Union", "Germany"))], date=WIRE),
    P("title_only", "A Chinese trade delegation arrived in Canberra on Monday.",
      [(V, "occurred", ("China", "Australia"))]),
    P("title_only", "A senior Japanese trade official will visit Washington next month, officials said.",
      [(V, "planned", ("Japan", "United States"))]),
    # -- parties as states or bodies
    P("states", "Japanese and U.S. negotiators met in Tokyo on Thursday to discuss rice imports.",
      [(MN, "occurred", ("Japan", "United States"))]),
    P("states", "A Chinese delegation held talks with Indian officials in New Delhi on Monday.",
      [(MN, "occurred", ("China", "India"))]),
    P("states", "U.S.-Soviet talks on medium-range missiles resumed in Geneva on Tuesday.",
      [(MN, "occurred", ("United States", "Soviet Union"))], date=WIRE),
    P("states", "Britain and Ireland held talks in Dublin on Northern Ireland on Wednesday.",
      [(MN, "occurred", ("United Kingdom", "Ireland"))]),
    P("states", "Iraq and Iran agreed to hold talks in Geneva next month.",
      [(MN, "planned", ("Iraq", "Iran"))], date=WIRE),
    P("states", "Officials of the European Union and Mercosur met in Montevideo on Friday.",
      [(MN, "occurred", ("European Union", "Mercosur"))]),
    P("states", "Representatives of Ethiopia, Egypt and Sudan met in Addis Ababa on Saturday to discuss the dam.",
      [(MN, "occurred", ("Ethiopia", "Egypt", "Sudan"))]),
    # -- lists and coordination
    P("lists", "Italian Prime Minister Marco Bellini met Spanish Prime Minister Carlos Ruiz and Portuguese Prime "
      "Minister Rui Costa in Lisbon on Friday.", [(M, "occurred", ("Marco Bellini", "Carlos Ruiz")),
                                                  (M, "occurred", ("Marco Bellini", "Rui Costa"))]),
    P("lists", "Kenyan President Daniel Mwangi and Tanzanian President Joseph Mrema met in Arusha on Saturday.",
      [(M, "occurred", ("Daniel Mwangi", "Joseph Mrema"))]),
    P("lists", "The foreign ministers of Brazil, Argentina and Chile met in Santiago on Monday.",
      [(MN, "occurred", ("Brazil", "Argentina", "Chile"))]),
    P("lists", "Leaders of Egypt, Jordan and Iraq gathered in Baghdad for a one-day summit.",
      [(MN, "occurred", ("Egypt", "Jordan", "Iraq"))], date=WIRE),
    P("lists", "Swedish Prime Minister Lars Eklund met Danish Prime Minister Anders Holm on Monday and Norwegian "
      "Prime Minister Erik Berg on Tuesday.", [(M, "occurred", ("Lars Eklund", "Anders Holm")),
                                               (M, "occurred", ("Lars Eklund", "Erik Berg"))],
      never=[("Anders Holm", "Erik Berg")]),
    # -- follow-ups across sentences
    P("cross", "Portuguese President Jorge Antunes arrived in Luanda on Sunday. He met Angolan President Manuel "
      "Neto on Monday.", [(V, "occurred", ("Jorge Antunes", "Angola")),
                          (M, "occurred", ("Jorge Antunes", "Manuel Neto"))]),
    P("cross", "Canadian Foreign Minister Anne Tremblay flew to Beijing on Tuesday. There she held talks with "
      "Chinese Foreign Minister Wang Tao.", [(V, "occurred", ("Anne Tremblay", "China")),
                                              (MN, "occurred", ("Anne Tremblay", "Wang Tao"))]),
    P("cross", "Thai Prime Minister Somchai Prasert will travel to Hanoi next week. He is expected to meet "
      "Vietnamese leaders.", [(V, "planned", ("Somchai Prasert", "Vietnam")),
                              (MN, "planned", ("Somchai Prasert", "Vietnam"))]),
    P("cross", "Soviet envoy Yuri Petrov arrived in Kabul on Tuesday. The next day he met Afghan leader Najib "
      "Karimi.", [(V, "occurred", ("Yuri Petrov", "Afghanistan")), (M, "occurred", ("Yuri Petrov", "Najib Karimi"))],
      date=WIRE),
    P("cross", "Israeli Prime Minister David Levin flew to Cairo on Monday. The two sides discussed the border "
      "crossing, an Egyptian spokesman said.", [(V, "occurred", ("David Levin", "Egypt"))]),
    # -- datelines
    P("dateline", "MOSCOW, March 9 - Visiting Finnish Prime Minister Erkki Laine met Soviet leader Mikhail "
      "Sokolov on Tuesday.", [(M, "occurred", ("Erkki Laine", "Mikhail Sokolov")),
                             (V, "occurred", ("Erkki Laine", "Soviet Union"))], date=WIRE),
    P("dateline", "PARIS, March 9 - West German Chancellor Hans Becker arrived here today for talks with "
      "President Jacques Renaud.", [(V, "occurred", ("Hans Becker", "France")),
                                    (MN, None, ("Hans Becker", "Jacques Renaud"))], date=WIRE),
    P("dateline", "TOKYO (AP) - Visiting U.S. Trade Representative Susan Clark held talks with Japanese officials "
      "on Monday.", [(V, "occurred", ("Susan Clark", "Japan")), (MN, "occurred", ("Susan Clark", "Japan"))]),
    # -- status: planned, proposed, cancelled, negated
    P("status", "Turkish President Mehmet Yilmaz will meet Greek Prime Minister Nikos Papadakis in Ankara next "
      "month.", [(M, "planned", ("Mehmet Yilmaz", "Nikos Papadakis"))]),
    P("status", "Indian Prime Minister Ravi Menon is due to hold talks with Bangladeshi Prime Minister Rahim Uddin "
      "on Friday.", [(MN, "planned", ("Ravi Menon", "Rahim Uddin"))]),
    P("status", "The Chinese and Japanese foreign ministers are expected to meet in Seoul later this month.",
      [(MN, "planned", ("China", "Japan"))]),
    P("status", "Venezuelan President Carlos Mendez said he was willing to meet U.S. President John Carver.",
      [(M, "proposed", ("Carlos Mendez", "John Carver"))]),
    P("status", "Palestinian leader Samir Khalil called for talks with Israel under U.N. auspices.",
      [(MN, "proposed", ("Samir Khalil", "Israel"))]),
    P("status", "Argentine President Diego Sosa called off a planned visit to London after the row.",
      [(V, "negated", ("Diego Sosa", "United Kingdom"))]),
    P("status", "Philippine President Ramon Cruz cancelled his meeting with Indonesian President Budi Santoso.",
      [(M, "negated", ("Ramon Cruz", "Budi Santoso"))]),
    P("status", "Iranian Foreign Minister Ali Tehrani refused to meet the U.N. envoy, Lars Holm.",
      [(M, "negated", ("Ali Tehrani", "Lars Holm"))]),
    P("status", "South African President Thabo Nkosi postponed his trip to Zimbabwe.",
      [("visit", "negated|planned", ("Thabo Nkosi", "Zimbabwe"))]),
    P("status", "Cuban President Raul Perez and Venezuelan President Carlos Mendez agreed to meet again in Havana "
      "in June.", [(M, "planned", ("Raul Perez", "Carlos Mendez"))]),
    P("status", "Mongolian President Bat Erdene invited South Korean President Park Min-jun to visit Ulaanbaatar.",
      [(V, "proposed", ("Park Min-jun", "Mongolia"))]),
    P("status", "Ukrainian President Oleh Marchenko did not meet Russian President Igor Belov in Istanbul.",
      [(M, "negated", ("Oleh Marchenko", "Igor Belov"))]),
    # -- harder, longer wire and web copy: intervening clauses, presence, returns, meals, envoys
    P("presence", "Turkish Foreign Minister Ahmet Kaya, in Paris for a NATO meeting, said on Tuesday that the "
      "alliance must stay united.", [(V, "occurred", ("Ahmet Kaya", "France"))]),
    P("presence", "Syrian Foreign Minister Nabil Haddad is in Moscow for talks with Soviet officials.",
      [(V, "occurred", ("Nabil Haddad", "Soviet Union")), (MN, None, ("Nabil Haddad", "Soviet Union"))], date=WIRE),
    P("presence", "Zambian President Joseph Banda was in Harare last week, where he met Zimbabwean Prime Minister "
      "Robert Chinoda.", [(V, "occurred", ("Joseph Banda", "Zimbabwe")),
                          (M, "occurred", ("Joseph Banda", "Robert Chinoda"))]),
    P("return", "Nicaraguan President Daniel Ruiz returned from Moscow on Sunday after a week of talks with Soviet "
      "leaders.", [(V, "occurred", ("Daniel Ruiz", "Soviet Union"))], date=WIRE),
    P("return", "Philippine Foreign Minister Raul Santos flew home on Friday after four days of talks in Tokyo.",
      [(V, "occurred", ("Raul Santos", "Japan"))]),
    P("meal", "U.S. Secretary of State George Whitfield had lunch with Israeli Prime Minister David Levin on "
      "Sunday.", [(M, "occurred", ("George Whitfield", "David Levin"))]),
    P("meal", "Canadian Prime Minister Anne Tremblay hosted a dinner for Mexican President Luis Ortega in Ottawa.",
      [(MV, "occurred", ("Anne Tremblay", "Luis Ortega"))]),
    P("envoy", "Egyptian envoy Osama Fahmy delivered a message from President Hassan Farouk to Libyan leader Omar "
      "Salem in Tripoli on Monday.", [(MV, "occurred", ("Osama Fahmy", "Omar Salem"))]),
    P("envoy", "U.S. envoy Philip Grant shuttled between Jerusalem and Damascus this week.",
      [(V, "occurred", ("Philip Grant", "Israel")), (V, "occurred", ("Philip Grant", "Syria"))]),
    P("speech_after", "Speaking to reporters after his talks with Chinese Premier Zhao Lin, Australian Prime "
      "Minister Ian Walker said trade was discussed.", [(MN, "occurred", ("Zhao Lin", "Ian Walker"))]),
    P("speech_after", "Indian Prime Minister Ravi Menon told a news conference after meeting Sri Lankan President "
      "Ranil Perera that the accord would hold.", [(M, "occurred", ("Ravi Menon", "Ranil Perera"))]),
    P("speech_after", "\"We agreed on almost everything,\" Greek Prime Minister Nikos Papadakis said after his "
      "meeting with Cypriot President Andreas Kyprianides.", [(M, "occurred", ("Nikos Papadakis", "Andreas Kyprianides"))]),
    P("preposed", "In Washington, Japanese Trade Minister Hiroshi Tanaka met Secretary of State George Whitfield "
      "and Commerce Secretary Mark Dalton.", [(M, "occurred", ("Hiroshi Tanaka", "George Whitfield")),
                                              (M, "occurred", ("Hiroshi Tanaka", "Mark Dalton")),
                                              (V, "occurred", ("Hiroshi Tanaka", "United States"))]),
    P("invitation", "Hungarian Prime Minister Gabor Kovacs will visit Vienna at the invitation of Austrian "
      "Chancellor Franz Huber.", [(V, "planned", ("Gabor Kovacs", "Austria"))]),
    P("passive", "Pakistani Foreign Minister Asif Raza will be received by Chinese Premier Zhao Lin on Thursday.",
      [(MV, "planned", ("Asif Raza", "Zhao Lin"))]),
    P("tour", "Chinese Premier Zhao Lin, on a tour of Africa that will also take him to Kenya and Nigeria, "
      "arrived in Egypt on Saturday.", [(V, "occurred", ("Zhao Lin", "Egypt")), (V, "planned", ("Zhao Lin", "Kenya"))]),
    P("delegation", "Jordanian Prime Minister Omar Haddad received a Palestinian delegation led by Samir Khalil on "
      "Monday.", [(MV, "occurred", ("Omar Haddad", "Samir Khalil"))]),
    P("summit_host", "Egyptian President Hassan Farouk will host a summit of the leaders of Jordan, Iraq and Syria "
      "next month.", [(M, "planned", ("Hassan Farouk", "Jordan", "Iraq", "Syria"))], date=WIRE),
    P("attended", "The meeting in Vienna, attended by the oil ministers of Saudi Arabia, Kuwait and Nigeria, ended "
      "on Friday.", [(MN, "occurred", ("Saudi Arabia", "Kuwait", "Nigeria"))]),
    P("nominal", "Talks in Washington between Israeli Defence Minister Yossi Mizrahi and U.S. officials ended on "
      "Thursday.", [(MN, "occurred", ("Yossi Mizrahi", "United States"))]),
    P("clause", "Zambian President Joseph Banda, whose talks with Angolan President Manuel Neto ended on Sunday, "
      "left for Lusaka.", [(MN, "occurred", ("Joseph Banda", "Manuel Neto"))]),
    P("cross", "Greek Prime Minister Nikos Papadakis and Turkish President Mehmet Yilmaz both attended the "
      "funeral. The two leaders met for an hour afterwards.", [(M, "occurred", ("Nikos Papadakis", "Mehmet Yilmaz"))]),
    P("arrival", "The arrival of Soviet Foreign Minister Pavel Orlov in Tokyo on Monday marks a thaw in relations.",
      [(V, "occurred", ("Pavel Orlov", "Japan"))], date=WIRE),
    # -- classes fixed on branch probe12m (more passages of each, positive and negative)
    P("appos_presence", "Kenyan Trade Minister Paul Kamau, in London for talks on coffee quotas, said prices "
      "would recover.", [(V, "occurred", ("Paul Kamau", "United Kingdom"))]),
    P("appos_presence", "ROME, May 4 - Brazilian Finance Minister Paulo Andrade, here on a two-day visit, told "
      "reporters the debt talks were going well.", [(V, "occurred", ("Paulo Andrade", "Italy"))], date=WIRE),
    P("appos_presence", "Polish Deputy Premier Jan Nowak, in Bonn to discuss credits, said the talks were useful.",
      [(V, "occurred", ("Jan Nowak", "Germany"))], date=WIRE),
    P("appos_presence", "Danish Prime Minister Anders Holm, in Copenhagen for talks with union leaders, said wages "
      "must rise.", [], never=[("Anders Holm", "Denmark")]),
    P("appos_presence", "Greek Foreign Minister Nikos Kallis, in Paris last month, said little.", [],
      never=[("Nikos Kallis", "France")]),
    P("of_holders", "The meeting of Britain, Canada and Japan in Paris agreed to stabilise currencies.",
      [(MN, "occurred", ("United Kingdom", "Canada", "Japan"))]),
    P("of_holders", "A meeting of OPEC oil ministers in Vienna ended on Friday after Saudi Oil Minister Ahmed "
      "al-Rashid spoke.", [], never=[("OPEC", "Ahmed al-Rashid")]),
    P("of_holders", "Ghanaian President Kwame Asante, whose talks with Nigerian President Musa Bello ended on "
      "Monday, flew home.", [(MN, "occurred", ("Kwame Asante", "Musa Bello"))]),
    P("due_in", "Syrian Foreign Minister Nabil Haddad is due in Moscow on Tuesday.",
      [(V, "planned", ("Nabil Haddad", "Russia"))]),
    P("due_in", "Syrian Foreign Minister Nabil Haddad is due in Damascus on Tuesday.", [],
      never=[("Nabil Haddad", "Syria")]),
    P("told_side", "Greek Prime Minister Nikos Papadakis told his Turkish counterpart, Mehmet Yilmaz, that the talks "
      "must continue.", [(M, "occurred", ("Nikos Papadakis", "Mehmet Yilmaz"))]),
    P("told_side", "Greek Prime Minister Nikos Papadakis told his Turkish counterpart that the talks must continue.",
      [(M, "occurred", ("Nikos Papadakis", "Turkey"))]),
    P("told_side", "Japanese negotiators last week told U.S. officials they were honoring the pact.",
      [(M, "occurred", ("Japan", "United States"))], date=WIRE),
    P("told_side", "Greek Prime Minister Nikos Papadakis told his Turkish counterpart in a letter that the talks "
      "must go on.", [], never=[("Nikos Papadakis", "Turkey")]),
    P("own_setting", "Swedish Prime Minister Lars Eklund met Danish Prime Minister Anders Holm in Copenhagen and "
      "Norwegian Prime Minister Erik Berg in Oslo.", [(M, "occurred", ("Lars Eklund", "Anders Holm")),
                                                     (M, "occurred", ("Lars Eklund", "Erik Berg"))],
      never=[("Anders Holm", "Erik Berg")]),
    P("own_setting", "Kenyan President Daniel Mwangi met Tanzanian President Joseph Mrema at the border and "
      "Ugandan President Paul Otim at the lake.", [(M, "occurred", ("Daniel Mwangi", "Joseph Mrema")),
                                                   (M, "occurred", ("Daniel Mwangi", "Paul Otim"))],
      never=[("Joseph Mrema", "Paul Otim")]),
    P("own_setting", "Swedish Prime Minister Lars Eklund met Danish Prime Minister Anders Holm and Norwegian Prime "
      "Minister Erik Berg in Oslo.", [(M, "occurred", ("Lars Eklund", "Anders Holm", "Erik Berg"))]),
]

NEGATIVE = [
    P("criticism", "Polish Prime Minister Marek Zielinski criticised German Chancellor Hans Becker over the "
      "pipeline deal.", []),
    P("statement", "French President Louis Moreau said Italian Prime Minister Marco Bellini was wrong about "
      "migration.", []),
    P("letter", "Kenyan President Daniel Mwangi sent a letter to Tanzanian President Joseph Mrema urging calm.", []),
    P("relations", "Relations between India and Pakistan have worsened since the border clash.", []),
    P("praise", "U.S. President John Carver praised Mexican President Luis Ortega for his handling of the crisis.",
      []),
    P("accuse", "Chinese Premier Zhao Lin accused Japan of provoking tensions in the region.", []),
    P("comention", "Greek Prime Minister Nikos Papadakis, like Turkish President Mehmet Yilmaz, opposes the plan.",
      []),
    P("comention", "Both Swedish Prime Minister Lars Eklund and Danish Prime Minister Anders Holm are expected to "
      "win re-election.", []),
    P("urge", "Egyptian President Hassan Farouk urged Israel to halt settlement building.", []),
    P("warn", "Russian President Igor Belov warned NATO against expanding further east.", []),
    P("letter", "Brazilian President Paulo Lima congratulated Portuguese Prime Minister Rui Costa on his victory "
      "in a message.", []),
    P("statement", "Japanese Prime Minister Kenji Sato told reporters that President John Carver's tariffs were "
      "unfair.", []),
    P("sanction", "Iran imposed sanctions on British and U.S. firms on Monday.", []),
    P("statement", "Canadian Prime Minister Anne Tremblay responded to remarks by U.S. Commerce Secretary Mark "
      "Dalton on Tuesday.", []),
    P("comention", "Saudi Oil Minister Ahmed al-Rashid and Venezuelan Energy Minister Carlos Mendez both said "
      "prices were too low.", []),
    P("statement", "Australian Prime Minister Ian Walker said in an interview that China remained Australia's "
      "largest trading partner.", []),
    P("praise", "Austrian Chancellor Franz Huber thanked Czech Prime Minister Jan Novak for his support.", []),
    P("comention", "The report named Indian Prime Minister Ravi Menon and Pakistani President Imran Qadir as the "
      "region's most popular leaders.", []),
    P("statement", "Thai Foreign Minister Somchai Prasert denied that Vietnam had attacked Thai border posts.", []),
    P("appoint", "Nigerian President Musa Bello appointed a new ambassador to Ghana.", []),
    P("statement", "Spanish Prime Minister Carlos Ruiz spoke about Morocco in a speech to parliament on "
      "Wednesday.", []),
    P("statement", "Ukrainian President Oleh Marchenko said Russia had shown no interest in a ceasefire.", []),
    P("support", "German Chancellor Hans Becker supports French President Louis Moreau's proposal for a European "
      "army.", []),
    P("threat", "Mexican President Luis Ortega threatened to retaliate against U.S. tariffs.", []),
    P("statement", "Chinese Foreign Minister Wang Tao said he expected Japan to apologise.", []),
    P("statement", "Greek Prime Minister Nikos Papadakis told Greek officials that the talks must continue.", []),
    P("statement", "Greek officials told reporters that the Turkish side had agreed to the plan.", []),
    P("statement", "Greek Prime Minister Nikos Papadakis told reporters that Turkish officials were wrong.", []),
    P("blame", "Israeli Prime Minister David Levin blamed Egyptian President Hassan Farouk for the failure of the "
      "ceasefire.", []),
    P("press", "South Korean President Park Min-jun met reporters in Seoul on Monday and criticised Japanese "
      "Prime Minister Kenji Sato.", []),
]

# Passages the extractor does not read yet, with the class each stands for (strict: a fix must lift them).
GAPS = {
    "Meeting Czech Prime": "fronted participial 'Meeting X, Y said' gives no meeting",
    "spoke briefly on the sidelines": "coordinated subjects of 'spoke' (no 'with') on the sidelines: no meeting",
    "Paulo Lima arrived": "a person's surname that is a capital (Lima) becomes that state",
    "played host to": "'played host to' not a hosting frame",
    "was the guest of": "'was the guest of' not a hosting frame",
    "TOKYO (AP) - Visiting": "'Visiting X' under a dateline is no visit to the dateline state",
    "in Moscow for talks with Soviet": "'in <place> for talks with <demonym> officials' gives no talks with the state",
    "flew home on Friday after four days": "'talks in <place>' gives no visit to that place",
    "shuttled between Jerusalem": "'shuttled between A and B' gives no visits",
    "In Washington, Japanese Trade": "fronted 'In <capital>,' with a meeting gives no visit",
    "on a tour of Africa that will": "'a tour that will also take him to A and B' gives no planned visits",
    "The arrival of Soviet": "nominal 'the arrival of X in <place>' is no visit",
}


def _params(cases):
    out = []
    for case in cases:
        reason = case[5] or next((why for key, why in GAPS.items() if key in case[1]), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*case[:5], id=f"{case[0]}-{case[1][:40]}", marks=marks))
    return out


def _meets(found_, types: str, status: str | None, who) -> bool:
    return any(t in types.split("|") and (status is None or s in status.split("|")) and set(who) <= set(w)
               for t, s, w in found_)


def _linked(found_, a: str, b: str) -> bool:
    return any(a in w and b in w for _, _, w in found_)


@pytest.mark.parametrize("cls,text,want,never,date", _params(POSITIVE))
def test_meeting_is_found(extract, cls, text, want, never, date):
    got = found(extract(text, date=date))
    for types, status, who in want:
        assert _meets(got, types, status, who), (types, status, who, got)
    for a, b in never:
        assert not _linked(got, a, b), (a, b, got)


@pytest.mark.parametrize("cls,text,want,never,date", _params(NEGATIVE))
def test_no_meeting_is_found(extract, cls, text, want, never, date):
    assert found(extract(text, date=date)) == []
