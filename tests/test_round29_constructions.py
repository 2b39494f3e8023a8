"""Classes of round 29, read off the tuning sets annotated from corpus stories outside dev: a bare plural
title takes up the list of its holders named just before ("President A of X and President B of Y arrived
… The presidents met"); a bare "the delegation" is the one named just before ("Japan sent a delegation led
by A … The delegation met B"); "before his meeting, on April 5-6 in Ottawa, with X" (a partner set off
from its event noun by a when-and-where phrase the parser hangs elsewhere); "them" as the members a group
was said to include, never its own verb's subjects; the place before a body's local unit ("the Tokyo office
of X") is where the unit sits, not whose it is; an event in the phrase of a prior word ("ahead of her meeting
with X") is planned; a past conjunct ("expected progress and discussed it with X") keeps its own tense.

Every text here is invented (names, places, wording); each case stands for a class of construction.
"""
from __future__ import annotations

import pytest
from meeting_helpers import found, has, linked


@pytest.mark.parametrize("text,who", [
    ("President Tomas Ferreira of Uruguay and President Luis Herrera of Ecuador arrived in Lima on Sunday. "
     "The presidents met privately on Monday.", ("Luis Herrera", "Tomas Ferreira")),
    ("Foreign Minister Ana Pereira of Brazil and Foreign Minister Jorge Villa of Peru flew to Geneva on Tuesday. "
     "The ministers held talks with the U.N. envoy Lars Berglund on Wednesday.",
     ("Ana Pereira", "Jorge Villa", "Lars Berglund")),
    ("Prime Minister Rui Matos of Portugal and President Jorge Villa of Chile flew to Geneva on Tuesday. "
     "The leaders met on Wednesday.", ("Jorge Villa", "Rui Matos")),
])
def test_a_bare_plural_title_is_the_list_of_its_holders_before(extract, text, who):
    e = extract(text, date="2021-08-20")
    assert has(e, "meet|negotiate", "occurred", *who), found(e)


def test_a_plural_title_the_listed_persons_do_not_all_hold_is_not_them(extract):
    e = extract("President Tomas Ferreira of Uruguay and Foreign Minister Jorge Villa of Peru criticised the plan on "
                "Sunday. The presidents met privately on Monday.", date="2021-08-20")
    assert not linked(e, "Tomas Ferreira", "Jorge Villa"), found(e)


@pytest.mark.parametrize("text,who", [
    ("Japan sent a trade delegation led by Vice Minister Hiroshi Tanabe to Washington. The delegation met U.S. "
     "Trade Representative Carl Webber on Tuesday.", ("Carl Webber", "Hiroshi Tanabe")),
    ("A Japanese delegation led by Vice Minister Hiroshi Tanabe and including Deputy Minister Kenji Ota arrived "
     "in Washington. The delegation held talks with U.S. Trade Representative Carl Webber on Tuesday.",
     ("Carl Webber", "Hiroshi Tanabe", "Kenji Ota")),
])
def test_the_delegation_is_the_one_named_just_before(extract, text, who):
    e = extract(text, date="1987-04-02")
    assert has(e, "meet|negotiate", "occurred", *who), found(e)


def test_the_delegation_named_long_before_is_not_taken_up(extract):
    e = extract("Japan sent a trade delegation led by Vice Minister Hiroshi Tanabe to Washington. Tokyo stocks fell. "
                "The yen rose. Bond prices were mixed. The delegation met U.S. Trade Representative Carl Webber on "
                "Tuesday.", date="1987-04-02")
    assert not linked(e, "Carl Webber", "Hiroshi Tanabe"), found(e)


@pytest.mark.parametrize("text,who", [
    ("President Reagan lifted the tariff on Friday. Some saw the move as a gesture in advance of his annual "
     "meeting, on April 5-6 in Ottawa, with Prime Minister Brian Mulroney.", ("Brian Mulroney", "Ronald Reagan")),
    ("The talks, in Geneva last week, between Foreign Minister Ali Farahani of Iran and Foreign Minister Saad "
     "Jabouri of Iraq ended without agreement.", ("Ali Farahani", "Saad Jabouri")),
])
def test_a_partner_past_a_set_off_time_and_place_is_the_events(extract, text, who):
    e = extract(text, date="1987-03-20")
    assert linked(e, *who), found(e)



@pytest.mark.parametrize("text,status,who", [
    ("Finance Minister Hideo Sato is expected to bring a package to the meeting, which will be attended by France, "
     "Italy and Canada, the sources said.", "planned", ("France", "Italy")),
    ("President Tomas Ferreira of Uruguay begins a four-day state visit to Britain on Tuesday which will focus on "
     "trade.", "planned", ("Tomas Ferreira", "United Kingdom")),
    ("Sato brought a package to the meeting, which was attended by France, Italy and Canada.", "occurred",
     ("France", "Italy")),
])
def test_a_relative_clause_on_the_event_tells_its_status(extract, text, status, who):
    e = extract(text, date="1987-03-22")
    assert any(t in ("meet", "visit") and s == status and set(who) <= set(names) for t, s, names in found(e)), found(e)


def test_what_must_happen_to_talks_under_way_leaves_them_under_way(extract):
    e = extract("She said Canadian-U.S. trade negotiations, which must be concluded by October, were going well.",
                date="1987-03-22")
    assert not any(s == "proposed" for _, s, _ in found(e)), found(e)


@pytest.mark.parametrize("text,pair", [
    ("Trade is the most urgent problem facing U.S.-Canadian relations, Joe Kowalczyk said. Negotiators for the two "
     "countries have been meeting for more than a year.", ("Canada", "United States")),
    ("The Iran-Iraq war entered its seventh year. The two countries have held no talks since 1985.", ("Iran", "Iraq")),
])
def test_a_hyphenated_pair_of_states_is_the_two_countries(extract, text, pair):
    e = extract(text, date="1987-03-20")
    assert linked(e, *pair), found(e)


def test_an_event_in_a_phrase_set_off_after_a_name_is_that_persons(extract):
    e = extract("French Prime Minister Alain Marchetti, in a visit earlier this week with President Ronald Reagan, "
                "sounded out the administration on its plans.", date="1987-03-20")
    assert linked(e, "Alain Marchetti", "Ronald Reagan"), found(e)


def test_an_event_in_a_phrase_on_a_place_is_no_persons(extract):
    e = extract("Prime Minister Alain Marchetti spoke in Lyon, in a region where talks with the unions had "
                "failed.", date="1987-03-20")
    assert not any("Alain Marchetti" in names and len(names) > 1 for _, _, names in found(e)), found(e)


@pytest.mark.parametrize("text", [
    "The European Commission said farm prices must fall. The entire 17-man Commission is today visiting Bonn.",
    "The European Commission said farm prices must fall. The full Commission is today visiting Bonn.",
])
def test_a_body_named_again_by_its_head_word_past_modifiers(extract, text):
    e = extract(text, date="1987-03-20")
    assert has(e, "visit", None, "European Commission", "Germany"), found(e)


def test_a_longer_name_on_the_head_word_is_another_body(extract):
    e = extract("The European Commission said farm prices must fall. The Commission Secretariat is today visiting "
                "Bonn.", date="1987-03-20")
    assert not has(e, "visit", None, "European Commission", "Germany"), found(e)


@pytest.mark.parametrize("text,country", [
    ("Meeting them will be Paul Brandt, director of the Tokyo office of the U.S. Commerce Department.", "USA"),
    ("The envoy met Marta Klein, head of the Nairobi bureau of the German Foreign Office.", "DEU"),
])
def test_a_place_before_a_bodys_local_unit_is_where_it_sits_not_whose(extract, text, country):
    e = extract(text, date="1987-04-05")
    person = next(a for a in e.actors if a.kind == "person" and a.name in ("Paul Brandt", "Marta Klein"))
    assert person.country == country, [(a.name, a.country) for a in e.actors]


@pytest.mark.parametrize("text,who", [
    ("The Japanese aides at the talks include Kenji Ota, a director-general at the trade ministry, and Hiroshi "
     "Tanabe, his deputy. Paul Brandt and Carl Webber, both U.S. trade officials, will meet with them on Monday.",
     ("Carl Webber", "Hiroshi Tanabe", "Kenji Ota", "Paul Brandt")),
    ("The Brazilian delegation includes Ana Pereira and Jorge Villa. Prime Minister Rui Matos received them in "
     "Lisbon on Friday.", ("Ana Pereira", "Jorge Villa", "Rui Matos")),
])
def test_them_is_the_members_a_group_was_said_to_include(extract, text, who):
    e = extract(text, date="1987-04-05")
    assert has(e, "meet", None, *who), found(e)


def test_them_is_never_its_own_verbs_subjects(extract):
    e = extract("Paul Brandt and Carl Webber, both U.S. trade officials, will meet with them on Monday.",
                date="1987-04-05")
    assert not linked(e, "Paul Brandt", "Carl Webber"), found(e)


@pytest.mark.parametrize("text,who", [
    ("Makoto Hirano, vice minister of Japan's trade ministry, is to hold three days of meetings with the Deputy "
     "U.S. Treasury Secretary, Paul Brandt, and the Under Secretary of State, Carl Webber.",
     ("Carl Webber", "Makoto Hirano")),
    ("Foreign Minister Ana Pereira will have two rounds of meetings with the British envoy, Tom Hale, and the Irish "
     "ambassador, Sean Byrne.", ("Ana Pereira", "Sean Byrne")),
])
def test_a_with_list_member_the_parser_hung_higher_is_still_a_partner(extract, text, who):
    e = extract(text, date="1987-04-08")
    assert linked(e, *who), found(e)


def test_a_noun_joined_past_a_with_list_that_is_no_actor_is_no_partner(extract):
    e = extract("Foreign Minister Ana Pereira held talks with the British envoy, Tom Hale, and the plan was "
                "approved on Monday.", date="1987-04-08")
    assert has(e, "meet|negotiate", None, "Ana Pereira", "Tom Hale"), found(e)


@pytest.mark.parametrize("text,known", [
    ("Ana Pereira held talks with Tom Hale on Monday.", "Aristides Pereira"),  # a head of state in 1987
    ("President Aristides Pereira spoke on Monday. Ana Pereira held talks with Tom Hale.", "Aristides Pereira"),
])
def test_a_surname_after_another_given_name_is_not_the_known_person(extract, text, known):
    e = extract(text, date="1987-04-08")
    assert not linked(e, known, "Tom Hale"), found(e)


def test_a_surname_after_a_title_is_still_the_known_person(extract):
    e = extract("President Pereira held talks with Tom Hale on Monday.", date="1987-04-08")
    assert linked(e, "Aristides Pereira", "Tom Hale"), found(e)


@pytest.mark.parametrize("subject", ["The committee", "The Senate panel"])
def test_talks_held_by_a_subject_no_actor_stands_for_are_not_the_earlier_subjects(extract, subject):
    e = extract(f"President Aristides Pereira spoke on Monday. {subject} held talks with Tom Hale.",
                date="1987-04-08")
    assert not linked(e, "Aristides Pereira", "Tom Hale"), found(e)


def test_talks_held_by_a_named_subject_stay_the_subjects(extract):
    e = extract("President Aristides Pereira spoke on Monday. Tom Hale characterised the talks with Pereira as "
                "useful.", date="1987-04-08")
    assert linked(e, "Aristides Pereira", "Tom Hale"), found(e)


def test_the_event_noun_as_subject_still_takes_the_story_s_subject(extract):
    e = extract("Finance Minister Lena Brandt of Germany ended a three-day visit to Chile on Sunday.\n"
                "No meeting with President Jorge Villa was on her agenda.", date="2023-05-02")
    assert has(e, "meet", "negated", "Jorge Villa", "Lena Brandt"), found(e)


@pytest.mark.parametrize("text", [
    "Chancellor Lena Brandt cut the levy ahead of her meeting with Prime Minister Rui Matos.",
    "Chancellor Lena Brandt cut the levy in advance of her annual meeting with Prime Minister Rui Matos.",
    "On the eve of her talks with Prime Minister Rui Matos, Chancellor Lena Brandt cut the levy.",
])
def test_an_event_ahead_of_the_clause_is_planned(extract, text):
    e = extract(text, date="1987-03-20")
    assert has(e, "meet|negotiate", "planned", "Lena Brandt", "Rui Matos"), found(e)


def test_an_event_the_clause_is_ahead_of_took_place(extract):
    e = extract("Chancellor Lena Brandt met Prime Minister Rui Matos ahead of the summit.", date="1987-03-20")
    assert has(e, "meet", "occurred", "Lena Brandt", "Rui Matos"), found(e)


@pytest.mark.parametrize("text", [
    "Lena Brandt said she expected progress and discussed the levy with Rui Matos on Monday.",
    "\u201cWe expect Portugal to honour its promise\u201d and discussed the levy with Rui Matos, Lena Brandt said.",
])
def test_a_past_conjunct_keeps_its_own_tense(extract, text):
    e = extract(text, date="1987-03-20")
    assert has(e, "meet|negotiate", "occurred", "Lena Brandt", "Rui Matos"), found(e)


def test_a_bare_conjunct_takes_the_modal(extract):
    e = extract("Lena Brandt will fly to Lisbon and meet Rui Matos.", date="1987-03-20")
    assert has(e, "meet", "planned", "Lena Brandt", "Rui Matos"), found(e)


@pytest.mark.parametrize("text,title,body", [
    ("The World Food Programme (WFP) emergency relief coordinator Maria Olsen said aid was arriving.", "emergency",
     ["World", "Food", "Programme", "WFP"]),
    ("The Andean Trade Bank (ATB) president Pedro Almeida said on Monday that the loan was approved.", "president",
     ["Andean", "Trade", "Bank", "ATB"]),
])
def test_a_body_with_its_acronym_in_brackets_before_a_title_is_found(nlp, text, title, body):
    from diplomap.extract.role_phrases import bracketed_body

    doc = nlp(text)
    first = next(t.i for t in doc if t.text == title)
    assert [t.text for t in bracketed_body(doc, first, 0)] == body


def test_the_role_phrase_before_a_name_reaches_past_the_bracketed_acronym(nlp):
    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.role_phrases import adjacent_role_phrase

    text = "The World Food Programme (WFP) emergency relief coordinator Maria Olsen said aid was arriving."
    doc = nlp(text)
    span = doc.char_span(text.index("Maria"), text.index(" said"))
    assert "WFP" in [t.text for t in adjacent_role_phrase(span, load_knowledge())]


def test_a_bracketed_word_that_is_no_acronym_is_no_body(nlp):
    from diplomap.extract.role_phrases import bracketed_body

    doc = nlp("The bank (which is new) president Pedro Almeida spoke.")
    assert bracketed_body(doc, next(t.i for t in doc if t.text == "president"), 0) == []


@pytest.mark.parametrize("text,name", [
    ("Retired FBI agent Tom Hale told reporters that the group was weak.", "FBI"),  # the NER's "Retired FBI"
    ("Former NATO commander Tom Hale said the alliance was ready.", "NATO"),
    ("British Airways said the flights would resume.", "British Airways"),  # a demonym is the name's
    ("Islamic Jihad said the truce would hold.", "Islamic Jihad"),  # no acronym after the adjective
])
def test_a_sentence_opening_adjective_is_trimmed_only_before_an_acronym(nlp, text, name):
    from spacy.tokens import Span

    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.name_spans import clean_name_span

    doc = nlp(text)
    span = clean_name_span(Span(doc, 0, 2, label="ORG"), load_knowledge())
    assert span is not None and span.text == name, span


def test_the_state_department_spelling_of_al_qaeda_is_al_qaeda(extract):
    e = extract("The statement said al-Qa\u2019ida had lost a leader in the raid.", date="2019-09-17")
    assert any(a.id == "al-qaeda" for a in e.actors), [a.id for a in e.actors]


def test_according_to_in_the_next_claim_is_not_the_quotes_source(extract):
    e = extract('The task force issued a statement on Friday. "No troops were hurt," the statement said. "We will not '
                'be deterred by these attacks and will defend ourselves." Twelve rockets struck near the base, according '
                'to the Iraqi military.', date="2019-11-10")
    names = {a.id: a.name for a in e.actors}
    assert not any("deterred" in q.text and names.get(q.speaker or "") == "Iraqi military" for q in e.quotes), \
        [(q.text[:30], q.speaker) for q in e.quotes]


@pytest.mark.parametrize("text", [
    '"We will not be deterred by these attacks and will defend ourselves," according to the Iraqi military.',
    'Rockets struck the base. "We will not be deterred by these attacks and will defend ourselves." According to '
    'the Iraqi military.',
])
def test_according_to_right_after_the_quote_is_its_source(extract, text):
    e = extract(text, date="2019-11-10")
    names = {a.id: a.name for a in e.actors}
    assert any("deterred" in q.text and names.get(q.speaker or "") == "Iraqi military" for q in e.quotes), \
        [(q.text[:30], q.speaker) for q in e.quotes]


@pytest.mark.parametrize("text,name", [
    ("The vote follows the United States' killing of Karim Nasser in an airstrike last week.", "Karim Nasser"),
    ("The talks follow China's release of Tom Hale on Monday.", "Tom Hale"),
])
def test_the_possessor_of_an_act_done_to_a_person_is_not_the_persons_state(extract, text, name):
    e = extract(text, date="2020-01-06")
    person = next(a for a in e.actors if a.name == name)
    assert person.country is None, person


def test_a_role_noun_before_a_name_still_describes_it(extract):
    e = extract("China's chief negotiator, Wang Ming, said the talks were useful.", date="2020-01-06")
    assert next(a for a in e.actors if a.name == "Wang Ming").country == "CHN"


@pytest.mark.parametrize("text,end,body", [
    ("Associates of Petrov alleged he had been poisoned.", 3, False),  # the NER's "Associates of Navalny"
    ("Relatives of Petrov said he had been poisoned.", 3, False),
    ("Friends of the Earth said the plan was weak.", 4, True),  # a body's name, "the" after "of"
])
def test_people_around_a_person_are_no_body(nlp, text, end, body):
    from spacy.tokens import Span

    from diplomap.extract.knowledge import load_knowledge
    from diplomap.extract.organs import plausible_org

    doc = nlp(text)
    assert plausible_org(Span(doc, 0, end, label="ORG"), load_knowledge()) is body


def test_a_documents_authors_speak_as_the_document(extract):
    e = extract('The World Bank report notes that growth "has slowed in every region this year." According to the '
                'report\u2019s authors, the figures show that "the region has been able to avoid a deep recession."',
                date="2019-12-05")
    names = {a.id: a.name for a in e.actors}
    assert [names.get(q.speaker or "") for q in e.quotes if "recession" in q.text] == ["World Bank"], \
        [(q.text[:30], q.speaker) for q in e.quotes]


@pytest.mark.parametrize("text,status", [
    ("Prime Minister Rui Matos can then meet President Jorge Villa in Lisbon.", "proposed"),
    ("Prime Minister Rui Matos then met President Jorge Villa in Lisbon.", "occurred"),
])
def test_what_one_can_do_is_not_yet_done(extract, text, status):
    e = extract(text, date="1987-03-27")
    assert has(e, "meet", status, "Jorge Villa", "Rui Matos"), found(e)


@pytest.mark.parametrize("text", [
    "The crisis was meant to force Greece to negotiate with Turkey.",
    "The allies compelled Greece to open talks with Turkey.",
])
def test_talks_one_is_forced_into_are_not_held(extract, text):
    e = extract(text, date="1987-03-28")
    assert has(e, "negotiate|meet", "proposed", "Greece", "Turkey"), found(e)


@pytest.mark.parametrize("text,name", [
    ("Russian Deputy Foreign Minister Ryabkov Sergey Alexeevich is expected to attend.", "Sergey Ryabkov"),
    ("Ukrainian minister Olena Petrivna Kovalenko said talks would resume.", "Olena Kovalenko"),
    ("German banker Hans Heinrich Weber said rates would rise.", "Hans Heinrich Weber"),  # "Heinrich" is no patronymic
])
def test_an_east_slavic_name_is_given_name_and_surname(extract, text, name):
    e = extract(text, date="2025-03-12")
    assert name in [a.name for a in e.actors if a.kind == "person"], [a.name for a in e.actors]


@pytest.mark.parametrize("text,first", [
    ("Chancellor Petra Lang met the World Bank president, then Finance Minister Karl Dahl.", "World Bank"),
    ("Chancellor Petra Lang met Ana Pereira, then Finance Minister Karl Dahl.", "Ana Pereira"),
])
def test_then_between_two_objects_starts_another_meeting(extract, text, first):
    e = extract(text, date="2021-05-04")
    assert has(e, "meet", None, "Petra Lang", first) and has(e, "meet", None, "Karl Dahl", "Petra Lang"), found(e)


@pytest.mark.parametrize("text,body", [
    ("An ICE spokesperson said the detainees were moved to Texas on Tuesday.", "Immigration and Customs Enforcement"),
    ("The FBI said it had opened an inquiry into the attack.", "FBI"),
    ("The Department of Homeland Security declined to comment on the flights.", "Department of Homeland Security"),
])
def test_us_federal_agencies_are_american_bodies(extract, text, body):
    e = extract(text, date="2025-03-12")
    assert [(a.name, a.country) for a in e.actors if a.kind == "organization"] == [(body, "USA")], e.actors
