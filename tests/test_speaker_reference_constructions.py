"""Speakers named by a description or a pronoun: classes found by auditing unlabelled stories and
probing invented variants of VOA and wire copy.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

# "X, the camp's coordinator, said …. “…,” the coordinator said": a definite description whose noun
# described a named person beside the name (no title list knows it) stands for that person
APPOSITIVE_NOUN_TAKEN_UP = [
    ("The agency's director, Dr. Grace Wanjiru, said the outbreak was under control. “We have vaccinated "
     "more than ten thousand people,” the director said.", "We have vaccinated", "Grace Wanjiru"),
    ("Grace Wanjiru, the director of the Lakeside Health Agency, said the outbreak was under control. "
     "“We have vaccinated more than ten thousand people,” the director said.", "We have vaccinated",
     "Grace Wanjiru"),
    ("Kareem Nasser, the camp's coordinator, said supplies were short. “We have flour for one more week,” "
     "the coordinator said.", "We have flour", "Kareem Nasser"),
    ("The opposition's candidate, Marta Ruiz, held a rally in Tarsa. “This election is about jobs,” the "
     "candidate told supporters.", "This election", "Marta Ruiz"),
]


@pytest.mark.parametrize("text,fragment,who", APPOSITIVE_NOUN_TAKEN_UP)
def test_a_description_takes_up_the_noun_beside_a_name(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_a_description_with_no_named_namesake_is_nobody(extract):
    text = ("Kareem Nasser, the camp's coordinator, said supplies were short. A hospital director said the "
            "wards were full. “We turn people away every night,” the director said.")
    assert speaker(extract, text, "We turn people") != "Kareem Nasser"


def test_a_namesake_used_again_in_between_is_nobody(extract):
    text = ("Grace Wanjiru, the director of the Lakeside Health Agency, said the outbreak was under control. "
            "A hospital director in Kisoro said the wards were full. “We turn people away every night,” the "
            "director said.")
    assert speaker(extract, text, "We turn people") != "Grace Wanjiru"


def test_the_description_again_is_still_the_person(extract):
    text = ("Kareem Nasser, the camp's coordinator, said supplies were short. “We have flour for one more "
            "week,” the coordinator said. Aid trucks were stopped at the border on Friday. “Without them we "
            "close the kitchen,” the coordinator added.")
    assert speaker(extract, text, "Without them") == "Kareem Nasser"


# "X, who faces charges of “…,” denies them": words quoted inside the cue's own subject phrase are not
# what the cue reports; a verb inside that phrase frames them ("who called the bill “…”"), or no one
QUOTE_INSIDE_THE_SUBJECT = [
    ("Reporter Dami Kolawole, who faces two charges relating to “publishing false statements likely to "
     "cause public alarm,” denies any wrongdoing.", "publishing false", None),
    ("Journalist Farai Moyo, who faces charges of “communicating falsehoods prejudicial to the state,” says "
     "he did nothing wrong.", "communicating", None),
    ("Senator Ruth Okoye, who called the bill “a betrayal of every farmer in this country,” said on Monday "
     "she would vote against it.", "a betrayal", "Ruth Okoye"),
    ("Mayor Ivan Petek, who has described the plan as “the best chance our city has had in decades,” told "
     "reporters the vote would be close.", "the best chance", "Ivan Petek"),
    ("“Everyone in the valley knows what happened that night,” Elena Brandt, who lost her brother in the "
     "attack, told VOA.", "Everyone in the valley", "Elena Brandt"),
]


@pytest.mark.parametrize("text,fragment,who", QUOTE_INSIDE_THE_SUBJECT)
def test_a_quote_inside_the_cues_subject(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "a name that translates as “…”", "a gang known as “…”": a term's meaning or name is no one's words,
# even in a sentence a body says (gloss_verbs.txt)
GLOSSES = [
    ("The National Security Agency of Vestria said Monday that it shut down websites linked to the Ansar "
     "al-Wadi, a name that loosely translates as “supporters of the valley of the river.”",
     "supporters of the valley"),
    ("The Interior Ministry of Borovia said it had banned the Qalb movement, whose name means “the heart of "
     "the free nation.”", "the heart of the free"),
    ("The Kandor Police Service said it arrested members of a gang known as “the brothers of the northern "
     "road.”", "the brothers of the northern"),
    ("The Vestrian Army said it had killed fighters of the Jaysh al-Nur, which translates to “the army of "
     "the light.”", "the army of the light"),
    ("The Defense Ministry of Borovia said the rebels, dubbed “the ghosts of the eastern hills” by locals, had "
     "retreated.", "the ghosts of the eastern"),
]


@pytest.mark.parametrize("text,fragment", GLOSSES)
def test_a_glossed_term_has_no_speaker(extract, text, fragment):
    assert speaker(extract, text, fragment) is None


def test_words_a_speaker_says_a_thing_means_are_still_his(extract):
    text = "Minister Anton Rask said the reform meant “a new beginning for every family in the country.”"
    assert speaker(extract, text, "a new beginning") == "Anton Rask"


# "“…?” a senior ministry official said": after a question or exclamation mark the sentence may go on in
# lower case into an attribution as long as after a comma
QUESTION_THEN_LONG_ATTRIBUTION = [
    ("“Why should our farmers pay for their mistakes?” the Borovian agriculture minister, Anton Rask, told "
     "reporters.", "Why should our", "Anton Rask"),
    ("Talks stalled again on Monday. “Where do we go from here, if the banks will not lend?” a senior Chilean "
     "finance ministry official said.", "Where do we go", "Chilean finance ministry"),  # the ministry speaks (quote15)
    ("“Enough is enough, we want our jobs back!” the leader of the miners' union, Piotr Zielinski, shouted.",
     "Enough is enough", "Piotr Zielinski"),
]


@pytest.mark.parametrize("text,fragment,who", QUESTION_THEN_LONG_ATTRIBUTION)
def test_a_question_then_a_long_attribution(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_a_question_then_a_new_sentence_is_no_attribution(extract):
    text = "“Is this the end of the alliance?” Many diplomats in Brussels said privately that it might be."
    assert speaker(extract, text, "Is this the end") is None


# a quote with no cue opening a sentence, after a sentence that names no one: the person the sentence
# before it introduced as its subject, not the speaker of the last quote
NEWCOMER_TWO_SENTENCES_BACK = [
    ("“We lost the harvest in two days,” said Paulo Mendes, a farmer in Beira. Ana Sitoe, a nurse at the "
     "district clinic, has treated dozens of children since the floods. Many of them arrive with cholera. "
     "“We do not have enough beds for all of them.”", "We do not have enough", "Ana Sitoe"),
    ("“Prices doubled in a month,” said Lena Vogt, an economist at the Hansa Institute. Finance Minister Rolf "
     "Keller disputes that figure. The ministry's own data show a rise of 30 percent. “The real increase is "
     "far smaller than critics claim.”", "The real increase", "Rolf Keller"),
    ("“The ceasefire is holding,” army spokesman Idris Bello told reporters. The army has deployed 3,000 "
     "troops to the region. Most of them arrived last month. “We will stay as long as we are needed.”",
     "We will stay", "Idris Bello"),
]


@pytest.mark.parametrize("text,fragment,who", NEWCOMER_TWO_SENTENCES_BACK)
def test_a_bare_quote_after_a_newcomer_two_sentences_back(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "a lawyer for X said", "X's wife told VOA", "relatives of X said", "supporters of X chanted": an
# associate of a person speaks for himself, not for that person (associate_nouns.txt); a spokesman for
# X still speaks for X
ASSOCIATES = [
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” a lawyer for "
    "Dorje told VOA.",
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” Dorje's "
    "lawyer said.",
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” his lawyer "
    "said.",
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” relatives of "
    "Dorje said.",
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” the family of "
    "Dorje said in a statement.",
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” his wife said.",
    "Senator Ruth Okoye spoke on Monday. “He has done nothing but write the truth,” supporters of Okoye "
    "chanted.",
]


@pytest.mark.parametrize("text", ASSOCIATES)
def test_an_associate_of_a_person_is_not_that_person(extract, text):
    assert speaker(extract, text, "He has done nothing") is None


def test_a_spokesman_for_a_person_speaks_for_him(extract):
    text = "“We stand with the president,” a spokesman for President Dario Mendez said."
    assert speaker(extract, text, "We stand with") == "Dario Mendez"


# "“…,” his lawyer said. “…,” he added": the pronoun goes on with the unnamed associate, not the person
# whose lawyer he is
ASSOCIATE_THEN_PRONOUN = [
    "Blogger Tenzin Dorje has been held since March. “He has done nothing but write the truth,” his lawyer "
    "said. “The charges are invented and the court knows it,” he added.",
    "Blogger Tenzin Dorje has been held since March. His wife, who asked not to be named, said she had not "
    "seen him. “The charges are invented and the court knows it,” she said.",
]


@pytest.mark.parametrize("text", ASSOCIATE_THEN_PRONOUN)
def test_a_pronoun_after_an_unnamed_associate(extract, text):
    assert speaker(extract, text, "The charges are") is None


# "The Times reported that X had said “…”": a cue whose subject names no actor (an outlet) gives way to
# the speech verb under it that governs the quote
OUTLET_REPORTS_A_SPEAKER = [
    ("The New York Times reported that Anton Rask, the interior minister, had said “the border will stay "
     "closed until the spring.”", "the border will stay", "Anton Rask"),
    ("The Guardian wrote on Sunday that Senator Ruth Okoye told party members “this bill will never "
     "pass while I sit in the chamber.”", "this bill will never", "Ruth Okoye"),
]


@pytest.mark.parametrize("text,fragment,who", OUTLET_REPORTS_A_SPEAKER)
def test_an_outlet_reports_who_said_it(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_a_speaker_reporting_a_verb_keeps_the_quote(extract):
    text = "Minister Anton Rask said the agency had used its power to deny visas “in hundreds of cases this year.”"
    assert speaker(extract, text, "in hundreds of") == "Anton Rask"


# "The company, Norvik Energy, said": the body named beside a common noun subject speaks
def test_a_body_named_beside_the_subject_noun(extract):
    text = "The company, Norvik Energy, said in a press release: “Production at the plant will resume next week.”"
    assert speaker(extract, text, "Production at") == "Norvik Energy"


# "what officials described as “…”": a bare plural subject (no article, no state) names people the story
# does not identify, not the group named before ("other Borovian officials")
BARE_PLURAL_SOURCES = [
    ("President Dario Mendez and other Chilean officials suggested the camp could hold 5,000 people. "
     "Chile began sending what officials described as “dangerous and violent foreign agitators” to the camp in "
     "March.",
     "dangerous and violent"),
    ("Minister Anton Rask and senior Chilean diplomats met the envoys on Monday. Diplomats said privately "
     "that the talks were “going nowhere fast, as everyone expected.”", "going nowhere fast"),
]


@pytest.mark.parametrize("text,fragment", BARE_PLURAL_SOURCES)
def test_a_bare_plural_source_is_nobody_named_before(extract, text, fragment):
    assert speaker(extract, text, fragment) is None


def test_reported_speech_of_bare_plural_officials_keeps_its_state(extract):
    text = ("Chilean officials met the envoys on Monday. Officials said the talks would resume in the "
            "spring after the elections.")
    e = extract(text)
    assert any(q.kind == "indirect" and "the talks would resume" in q.text for q in e.quotes)


# "A met his Algerian counterpart B. “…,” his counterpart said": a possessive description whose noun
# described a named person beside the name stands for that person, never for its own possessor
def test_his_counterpart_is_the_other_party(extract):
    text = ("Foreign Minister Halvard Brenn met his Vestrian counterpart Ivo Marek in Oslo. “We have turned a "
            "page in our relations,” his counterpart said.")
    assert speaker(extract, text, "We have turned") == "Ivo Marek"


def test_a_title_with_its_own_name_is_no_namesake(extract):
    text = ("“Pressure will only grow,” said Bruce Kell, a former deputy division chief of the agency. In "
            "response, the army chief of staff Pak Jong Su said, “The use of force is not the privilege of "
            "one state only.”")
    assert speaker(extract, text, "The use of force") == "Pak Jong Su"
