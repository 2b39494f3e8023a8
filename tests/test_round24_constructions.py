"""Classes of round 24, read off a new battery of made-up probes (p6) and the readable Reuters sets: a
meeting told by a copula whose subject is a part of the talks ("the next round of talks will be in
Geneva between A and B"); phrasal departures ("sets out for Ankara"); a person's mission to a state as a
trip, never a body's standing mission; a roll call after a meeting told by a verb ("Taking part were A, B
and C"); a chair the parser hangs on the meeting's place; "a day after holding talks with X"; a visit
whose "by" phrase a time phrase parts from it; a parenthetical report between two verbs of one subject;
a body of a known kind referred back to by that kind ("the party said", "the command said"). Then, from two
more batteries (p6, p7): a visiting guest of a host of another state; a state's body named again without
the state; "a government statement"; a body the NER missed whole; "With those words, X"; a predicate the
parser hangs on the object; a name apposed to the envoy's place; "was unable to meet", "failed to meet".

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import assert_meetings, found, linked

from tests.test_quote_constructions import speaker

PARTITIVE_COPULAS = [
    ("The next round of talks will be in Vienna between Soviet envoy Oleg Burtsev and U.S. envoy Dale Hammond.",
     "planned", ("Oleg Burtsev", "Dale Hammond")),
    ("The last of the preparatory talks will be in Ottawa next week between Canadian Trade Minister Claire "
     "Dufresne and Mexican Economy Minister Ramon Ibarra.", "planned", ("Claire Dufresne", "Ramon Ibarra")),
    ("The first of three rounds of talks was in Nairobi between Kenyan Foreign Minister Peter Otieno and "
     "Ugandan Foreign Minister Grace Nabirye.", "occurred", ("Peter Otieno", "Grace Nabirye")),
]


@pytest.mark.parametrize("text,status,who", PARTITIVE_COPULAS)
def test_a_part_of_the_talks_on_a_copula_has_its_between_phrase(extract, text, status, who):
    e = extract(text, date="1987-04-01")
    assert_meetings(e, "partitive", [("negotiate|meet", status, who)])


PHRASAL_DEPARTURES = [
    ("Prime Minister Haruki Sonoda sets out for Canberra on Thursday.", "planned", ("Haruki Sonoda", "Australia")),
    ("Egyptian Foreign Minister Samir Naguib set off for Ankara on Sunday after two days of talks in Cairo.",
     "occurred", ("Samir Naguib", "Turkey")),
]


@pytest.mark.parametrize("text,status,who", PHRASAL_DEPARTURES)
def test_a_phrasal_departure_is_a_trip_to_its_for_phrase(extract, text, status, who):
    e = extract(text, date="1987-04-01")
    assert_meetings(e, "departure", [("visit", status, who)])


def test_a_particle_makes_another_verb_not_a_modality(extract):
    e = extract("Dutch Foreign Minister Hans van Rijn set off on a two-day trip to Jakarta on Monday.", date="1987-04-01")
    assert_meetings(e, "set off", [("visit", "occurred", ("Hans van Rijn", "Indonesia"))])


MISSIONS = [
    ("Trade Minister Ichiro Tanabe left on Monday on a mission to Washington to calm the dispute over chips.",
     ("Ichiro Tanabe", "United States")),
    ("Ivorian Finance Minister Koffi Amani is on a mission to Paris to seek new credits.", ("Koffi Amani", "France")),
]


@pytest.mark.parametrize("text,who", MISSIONS)
def test_a_persons_mission_to_a_state_is_a_visit(extract, text, who):
    e = extract(text, date="1987-04-01")
    assert_meetings(e, "mission", [("visit", None, who)])


BODY_MISSIONS = [
    "The European Union's training mission in Mali will be extended for two years, diplomats said.",
    "The United Nations mission in South Sudan reported new clashes near Bor.",
    "An African Union mission to Somalia will be renewed by the council next month.",
]


@pytest.mark.parametrize("text", BODY_MISSIONS)
def test_a_bodys_standing_mission_is_no_visit(extract, text):
    e = extract(text, date="2019-04-01")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


ROLL_CALLS = [
    ("On Monday, the finance ministers of the three Baltic states met in Riga under the chairmanship of Latvian "
     "Finance Minister Ilze Berzina.\n\nTaking part were Estonia's Finance Minister Toomas Kask and Lithuania's "
     "Finance Minister Vytautas Jonaitis.",
     ("Ilze Berzina", "Toomas Kask", "Vytautas Jonaitis")),
    ("Leaders of the Southern African Development Community met in Gaborone on Friday. Attending were "
     "Zambian President Joseph Mulenga, Malawian President Grace Phiri and Namibian President Daniel Shikongo.",
     ("Joseph Mulenga", "Grace Phiri", "Daniel Shikongo")),
]


@pytest.mark.parametrize("text,who", ROLL_CALLS)
def test_a_roll_call_after_a_meeting_verb_lists_its_participants(extract, text, who):
    e = extract(text, date="2019-06-17")
    assert_meetings(e, "roll call", [("meet", "occurred", who)])


def test_talks_a_time_phrase_after_the_main_verb_are_its_subjects(extract):
    e = extract("French Defence Minister Paul Garnier laid a wreath in Hanoi on Wednesday, a day after holding "
                "talks with Vietnamese Defence Minister Tran Van Minh.", date="2016-05-25")
    assert_meetings(e, "a day after", [("negotiate|meet", "occurred", ("Paul Garnier", "Tran Van Minh"))])


def test_a_visits_by_phrase_after_a_time_phrase_names_the_visitor(extract):
    e = extract("The agreement follows a visit to Prague last week by Polish Economy Minister Marek Zielinski.",
                date="1987-05-12")
    assert_meetings(e, "displaced by", [("visit", "occurred", ("Marek Zielinski", "Czechoslovakia"))])


def test_a_report_set_between_two_verbs_leaves_them_one_subject(extract):
    e = extract("Chilean Foreign Minister Ana Fuentes arrived in Tokyo on Sunday. She met Japanese Trade Minister "
                "Koji Nakamura on Monday, Japanese officials said, and is scheduled to fly to Manila on Thursday.",
                date="2019-06-17")
    assert_meetings(e, "aside", [("visit", "planned", ("Ana Fuentes", "Philippines"))],
                    never=[("Japan", "Philippines")])
    assert not linked(e, "Japan", "Philippines"), found(e)


KNOWN_KIND_BODIES = [
    # the parser reads "governing" as a verb whose object is the party: the party is no clause's subject
    ("South Africa's governing African National Congress on Wednesday welcomed the ruling. \"Justice has been "
     "done for the families of the miners,\" the party said in a statement.", "Justice has been done",
     "African National Congress"),
]


@pytest.mark.parametrize("text,fragment,body", KNOWN_KIND_BODIES)
def test_the_kind_of_a_body_refers_back_to_it(extract, text, fragment, body):
    who = speaker(extract, text, fragment, date="2019-06-18")
    assert who is not None and body in who, who


def test_a_military_command_is_a_body_that_speaks(extract):
    text = ("U.S. Africa Command said an air strike killed four militants near Jilib. \"We will continue to "
            "target those who threaten the region,\" the command said.")
    who = speaker(extract, text, "We will continue", date="2019-06-18")
    assert who is not None and "Command" in who, who


def test_an_org_span_the_ner_ends_on_of_the_is_trimmed(nlp):
    from spacy.tokens import Span

    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.name_spans import clean_name_span

    doc = nlp("The Joint Operations Command of the Estonian Defence Forces said the aircraft left.")
    span = clean_name_span(Span(doc, 1, 6, label="ORG"), load_knowledge())
    assert span is not None and span.text == "Joint Operations Command", span


def test_an_org_span_the_ner_ends_on_of_the_joins_the_names_after_it(nlp):
    from spacy.tokens import Span

    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.portfolio_names import join_of_cuts

    doc = nlp("The Joint Operations Command of the Estonian Defence Forces said the aircraft left.")
    doc.ents = [Span(doc, 1, 6, label="ORG"), Span(doc, 6, 7, label="NORP"), Span(doc, 7, 9, label="ORG")]
    join_of_cuts(doc, load_knowledge())
    assert [e.text for e in doc.ents] == ["Joint Operations Command of the Estonian Defence Forces"], doc.ents


REBUTTALS = [
    ("Chad's foreign minister accused Libya of arming the rebels. \"Our patience with Tripoli has run out,\" "
     "Foreign Minister Ahmat Mahamat told a news conference. \"We have warned them many times.\"\n\n\"No "
     "neighbour would accept such meddling.\"\n\nLibyan Foreign Minister Salem Darwish rejected the accusation. "
     "\"Libya arms no one,\" he said.", "No neighbour would accept", "Ahmat Mahamat"),
    ("Ghana's trade minister criticised the new tariffs. \"These duties will hurt cocoa farmers first,\" Trade "
     "Minister Kwame Asante said. \"We were not consulted.\"\n\n\"They are a step backwards for the region.\"\n\n"
     "Ivorian Trade Minister Aya Kouassi dismissed the warning. \"Our farmers will do well,\" she said.",
     "They are a step backwards", "Kwame Asante"),
]


@pytest.mark.parametrize("text,fragment,who", REBUTTALS)
def test_one_who_rejects_the_remark_after_it_did_not_make_it(extract, text, fragment, who):
    assert speaker(extract, text, fragment, date="2019-06-18") == who


def test_a_body_and_the_state_its_of_phrase_names_are_one_name(nlp):
    from spacy.tokens import Span

    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.portfolio_names import join_of_cuts

    doc = nlp("On Friday the National Bank of the Kyrgyz Republic cut its main rate.")
    doc.ents = [Span(doc, 2, 5, label="ORG"), Span(doc, 7, 9, label="GPE")]
    join_of_cuts(doc, load_knowledge())
    assert [e.text for e in doc.ents] == ["the National Bank of the Kyrgyz Republic"], doc.ents


def test_a_quote_named_back_with_its_author_next_beats_the_paragraph_before(extract):
    text = ("CAIRO, May 4 - Egypt accused Israel on Monday of breaching the border accord and said it\n"
            "would file a complaint with the United Nations.\n"
            "    \"Our patience is not unlimited, and the world should know it.\"\n"
            "    The remark, made by Foreign Minister Ahmed Maher in a speech\n"
            "to parliament, drew loud applause from deputies.\n Reuter")
    assert speaker(extract, text, "Our patience is not", date="1987-05-04") == "Ahmed Maher"


def test_a_visiting_guest_of_a_host_came_to_the_hosts_state(extract):
    e = extract("Kenyan Foreign Minister Amina Wako on Tuesday assured visiting Somali Foreign Minister Abdi Farah "
                "that Nairobi would keep its troops in the region.", date="2022-09-13")
    assert_meetings(e, "visiting", [("meet", "occurred", ("Amina Wako", "Abdi Farah")),
                                    ("visit", "occurred", ("Abdi Farah", "Kenya"))])


def test_a_visiting_guest_of_a_host_of_his_own_state_names_no_destination(extract):
    e = extract("Somali President Hassan Ali on Tuesday assured visiting Somali Foreign Minister Abdi Farah "
                "that the government would back him.", date="2022-09-13")
    assert not [f for f in found(e) if f[0] == "visit"], found(e)


def test_a_government_statement_and_the_statement_again_are_the_host_governments(extract):
    text = ("CANBERRA, Aug 3 - The Australian government on Monday condemned the latest nuclear test in the\n"
            "Pacific.\n"
            "    \"Australia will oppose such tests by every peaceful means at its disposal,\" a government\n"
            "statement said.\n"
            "    \"The peoples of this region have made their views on the question very plain,\" the\n"
            "statement added.\n Reuter")
    for fragment in ("Australia will oppose such tests", "The peoples of this region"):
        assert speaker(extract, text, fragment, date="1987-08-03") == "Australia", fragment


def test_a_body_the_ner_missed_whole_after_the_speaks(extract):
    text = ("KARLSRUHE, June 16 - The Federal Administrative Court on Tuesday upheld the ban.\n"
            "    The court ruled that the ministry had acted within its powers, saying: \"The protection of the\n"
            "border lies with the government and parliament, not with this court.\"\n Reuter")
    who = speaker(extract, text, "The protection of the", date="1987-06-16")
    assert who is not None and "Administrative Court" in who, who


def test_a_quote_named_back_with_those_words_goes_to_who_said_them(extract):
    text = ("\"We have not come to Vienna to give away our neighbours' land.\"\n\n"
            "With those words, Armenian Deputy Foreign Minister Arsen Hakobyan opened the second round of talks "
            "on Thursday.")
    assert speaker(extract, text, "We have not come to Vienna", date="2009-03-12") == "Arsen Hakobyan"


STATE_BODY_SHORT_FORMS = [
    ("BONN, Feb 18 - The West German Finance Ministry on Wednesday rejected the estimate.\n"
     "    \"The federal budget will stay within its limits this year,\" a Finance Ministry spokesman said.\n Reuter",
     "The federal budget will stay", "West German Finance Ministry"),
    ("PARIS, Feb 18 - The French Foreign Ministry on Wednesday rejected the complaint.\n"
     "    \"The matter is closed and needs no further consultations,\" a Foreign Ministry spokesman said.\n Reuter",
     "The matter is closed", "French Foreign Ministry"),
]


@pytest.mark.parametrize("text,fragment,body", STATE_BODY_SHORT_FORMS)
def test_a_states_body_named_again_without_the_state_is_that_body(extract, text, fragment, body):
    e = extract(text, date="1987-02-18")
    found_q = [q for q in e.quotes if q.kind == "direct" and fragment in q.text]
    actor = next(a for a in e.actors if a.id == found_q[0].speaker)
    assert body in (actor.name, *actor.aliases) and actor.country is not None, actor
    assert len([a for a in e.actors if a.kind == "organization"]) == 1, e.actors


def test_a_predicate_the_parser_hangs_on_the_object_keeps_the_subject(extract):
    e = extract("Irish Foreign Minister Peter Barry met Foreign Minister Rais Ahmad Yusof in the morning, lunched "
                "with opposition leader Lim Kit Siang and called on Deputy Prime Minister Ghafar Baba in the "
                "afternoon.", date="1987-02-25")
    assert_meetings(e, "lunched", [("meet", "occurred", ("Peter Barry", "Lim Kit Siang")),
                                   ("meet", "occurred", ("Peter Barry", "Ghafar Baba"))],
                    never=[("Rais Ahmad Yusof", "Lim Kit Siang"), ("Rais Ahmad Yusof", "Ghafar Baba")])


def test_a_pronoun_after_a_spokespersons_report_takes_up_the_traveller(extract):
    text = ("The U.N. envoy for Sudan, Helena Lindgren, met army chief Omar Dafallah in Khartoum on Wednesday, a "
            "U.N. spokesperson said.\n\nShe flew on Thursday to Nairobi, where she briefed Kenyan Foreign Minister "
            "Peter Wambua on her trip.")
    e = extract(text, date="2021-10-15")
    assert_meetings(e, "she flew", [("visit", "occurred", ("Helena Lindgren", "Kenya")),
                                    ("meet", "occurred", ("Helena Lindgren", "Peter Wambua"))],
                    never=[("Omar Dafallah", "Peter Wambua")])


UNABLE = [
    "Envoy Helena Lindgren was unable to meet former Prime Minister Abdalla Osman during her visit.",
    "Envoy Helena Lindgren failed to meet former Prime Minister Abdalla Osman during her visit.",
]


@pytest.mark.parametrize("text", UNABLE)
def test_a_meeting_one_could_not_hold_is_negated(extract, text):
    e = extract(text, date="2021-10-15")
    assert_meetings(e, "unable", [("meet", "negated", ("Helena Lindgren", "Abdalla Osman"))])


def test_talks_that_failed_to_produce_a_deal_were_held(extract):
    e = extract("The talks between Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart Jorge Vidal "
                "failed to produce a deal.", date="2021-10-15")
    assert_meetings(e, "failed to produce", [("negotiate|meet", "occurred", ("Ana Ruiz", "Jorge Vidal"))])


def test_failing_at_something_in_a_meeting_leaves_the_meeting_held(extract):
    e = extract("Italian Treasury Minister Giovanni Goria failed to give the size of the new budget cuts in his "
                "meeting with West German Finance Minister Gerhard Stoltenberg today.", date="1987-04-08")
    assert_meetings(e, "failed in meeting", [("meet|negotiate", "occurred", ("Giovanni Goria", "Gerhard Stoltenberg"))])


def test_seeing_two_people_on_two_days_is_two_meetings(extract):
    e = extract("Canadian Trade Minister Pat Carney also saw Chinese Trade Minister Zheng Tuobin on Tuesday and "
                "Shanghai Mayor Wang Daohan on Wednesday during a six-day visit to China.", date="1987-05-21")
    assert_meetings(e, "saw A and B", [("meet", "occurred", ("Pat Carney", "Zheng Tuobin")),
                                       ("meet", "occurred", ("Pat Carney", "Wang Daohan"))],
                    never=[("Zheng Tuobin", "Wang Daohan")])


def test_leaving_for_a_city_to_attend_is_a_trip_there(extract):
    e = extract("Indian External Affairs Minister Rajiv Menon leaves Thursday for Jakarta to attend the regional "
                "forum, his ministry said.", date="2019-07-30")
    assert_meetings(e, "for-clause", [("visit", "planned", ("Rajiv Menon", "Indonesia"))])


def test_the_last_word_of_a_title_the_ner_took_into_the_name(extract):
    e = extract("Chinese State Councilor Liang Guangming arrived in Hanoi on Saturday for talks.", date="2018-08-20")
    person = next(a for a in e.actors if a.kind == "person")
    assert person.name == "Liang Guangming" and person.country == "CHN", person


def test_declining_an_invitation_to_meet_negates_the_meeting_with_the_inviter(extract):
    e = extract("Cypriot President Nikos Andreou has declined an invitation from Turkish Prime Minister Kemal "
                "Aydin to meet at the summit in Geneva next week.", date="1987-01-28")
    assert_meetings(e, "declined invitation", [("meet", "negated", ("Nikos Andreou", "Kemal Aydin"))])


def test_calling_off_the_opening_of_talks_negates_them(extract):
    e = extract("Peru's government on Wednesday called off the opening of peace talks with the Revolutionary Armed Front that "
                "had been scheduled for Thursday in Lima.", date="2016-10-26")
    assert any(t == "negotiate" and s == "negated" for t, s, _ in found(e)), found(e)
