"""Quote attribution classes found by auditing unlabelled VOA and Reuters stories.

Every text here is invented (names, places, wording); each case stands for a class of
construction, not for a story.
"""
from __future__ import annotations

import pytest

from tests.test_quote_constructions import speaker

# "Asked what …, X said, “…”": the answer's cue verb, not the reporter's question, frames the quote
ASKED_THEN_ANSWER = [
    ("Asked what the fund had set as the minimum, Finance Minister Oskar Lind said, “That has not been "
     "fixed but anything over half will do.”", "That has not", "Oskar Lind"),
    ("Asked which ports would reopen first, Transport Minister Edda Wiik replied: “The northern ones, "
     "as soon as the ice allows it.”", "The northern ones", "Edda Wiik"),
    ("Asked how long the talks could last, Ambassador Pavel Sorin said, “Nobody at this table can tell "
     "you that today.”", "Nobody at this", "Pavel Sorin"),
]


@pytest.mark.parametrize("text,fragment,who", ASKED_THEN_ANSWER)
def test_the_answer_after_a_reporters_question(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "French officials said …": a plural title of a state is that state, never one person of it
PLURAL_OFFICIALS = [
    ("Marguerite Lavoie, a lawyer in Lyon, said the case was rare. “It happens, but not often,” she said. "
     "French officials said on Thursday that the envoy could be recalled if his conduct “would seriously "
     "damage relations with our partners” in the region.", "would seriously"),
    ("Tomasz Wrona, who runs a shelter in Gdansk, said the families were exhausted. Polish officials said "
     "the camp would close because it had become “a danger to the health of everyone inside.”", "a danger"),
]


@pytest.mark.parametrize("text,fragment", PLURAL_OFFICIALS)
def test_plural_officials_are_no_one_person(extract, text, fragment):
    assert speaker(extract, text, fragment) in (None, "France", "Poland")


# "A farmer said …. He agreed with X's remark …. “…,” he added": the pronoun chain stays with the
# unnamed person the story introduced as a subject, not the named leader mentioned in passing
UNNAMED_CHAIN = [
    ("President Harlan Voss said the country was open again. “I call it travel madness,” a ferry pilot "
     "said on the quay. He agreed with President Harlan Voss's remark, but saw it differently. "
     "“There are many people on board who never traveled before,” he added.", "There are many"),
    ("Governor Lucia Brandt toured the valley on Monday. A local shepherd said the floods took half his "
     "flock. He praised Governor Lucia Brandt's visit all the same. “We lost everything in two nights "
     "and nobody came,” he said.", "We lost everything"),
]


@pytest.mark.parametrize("text,fragment", UNNAMED_CHAIN)
def test_a_pronoun_chain_from_an_unnamed_subject(extract, text, fragment):
    assert speaker(extract, text, fragment) is None


# "A said …, but B disagreed. “…,” he said": the latest main clause's subject
COORDINATED_MAIN_CLAUSES = [
    ("Ivo Stanek said the talks went well, but Jonas Berg disagreed. “There is still a long road ahead "
     "of us,” he said.", "There is still", "Jonas Berg"),
    ("Mira Holt praised the accord and Anna Veselka called it a trap. “Nobody read the fine print before "
     "signing,” she said.", "Nobody read", "Anna Veselka"),
]


@pytest.mark.parametrize("text,fragment,who", COORDINATED_MAIN_CLAUSES)
def test_the_subject_of_a_coordinated_main_clause(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# manner-of-speaking cue verbs ("confided", "mused", "countered")
MANNER_VERBS = [
    ("Premier Adele Korhonen spoke of recovery. “Travel is back,” she said. “I am trying to reach my "
     "brother in the south before winter,” confided Yasmina Idrissi, a nurse from the port.",
     "I am trying", "Yasmina Idrissi"),
    ("“Perhaps the river will decide for us in the end,” mused village elder Kofi Mensah at the meeting.",
     "Perhaps the river", "Kofi Mensah"),
    ("Minister Rolf Hage said the plan was sound. “The plan has no money behind it at all,” countered "
     "opposition leader Sigrid Aas.", "The plan has", "Sigrid Aas"),
]


@pytest.mark.parametrize("text,fragment,who", MANNER_VERBS)
def test_manner_of_speaking_cues(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_a_stray_space_before_a_closing_mark_ends_the_quote(extract):
    """"‘We are worried ’ In a statement …": a heading whose closing mark follows a space still ends
    there, and the quotes after it keep their own speakers."""
    text = ("The government denied the report.\n‘We are deeply worried ’ In a statement on Friday, the "
            "ministry said it had acted lawfully. Nadia Karimova, director of the Open Doors Foundation, "
            "says the numbers do not add up. “So, yes, we are very … worried about them,” she told VOA. "
            "She said the families had not been told.")
    assert speaker(extract, text, "So, yes") == "Nadia Karimova"


# "X also appealed for …. “…”": a bare quote after a sentence whose subject is a person (no cue)
INTRODUCED_PERSON = [
    ("Prime Minister Jacques Morel spoke in New York.\nMorel also appealed for help to poorer countries "
     "hit by falling prices.\n\"No stock-pile mechanism can run counter to the market.\"",
     "No stock-pile", "Jacques Morel"),
    ("“This is a historic day for our people,” said Farid Haddad.\n\nHaddad, the prime minister, spoke in "
     "the old city.\n\n“We hope the world will stand with us now.”", "We hope the world", "Farid Haddad"),
]


@pytest.mark.parametrize("text,fragment,who", INTRODUCED_PERSON)
def test_a_bare_quote_after_a_sentence_about_a_person(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "the Texas Democrat said": a party member described after being named (party_members.txt)
PARTY_MEMBERS = [
    ("Senator Lloyd Benton said the resolution may hurt trade. \"We need a truly free trade agreement,\" "
     "the Texas Democrat said in a statement.", "We need a truly", "Lloyd Benton"),
    ("Representative Carla Moyes criticized the bill on Tuesday. “This will cost every family a fortune,” "
     "the veteran Republican told reporters.", "This will cost", "Carla Moyes"),
]


@pytest.mark.parametrize("text,fragment,who", PARTY_MEMBERS)
def test_a_party_member_description(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "X said …. But added: “…”": a main verb written without its subject shares the sentence before's
ELIDED_SUBJECTS = [
    ("Foreign Minister Jean Morlaix said negotiations took long because many countries were involved. "
     "But added: \"Time is now ripe for decisions on both sides.\"", "Time is now", "Jean Morlaix"),
    ("Finance Minister Oskar Lind said the budget was balanced. And added: “Nobody should expect tax cuts "
     "this year.”", "Nobody should", "Oskar Lind"),
]


@pytest.mark.parametrize("text,fragment,who", ELIDED_SUBJECTS)
def test_an_elided_subject(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_an_indefinite_official_of_a_state_is_no_named_holder(extract):
    text = ("Trade Representative Carl Yoder met Japanese officials on Monday. \"Do not expect the problem "
            "to be resolved soon,\" said a senior U.S. trade official.")
    assert speaker(extract, text, "Do not expect") in (None, "United States")


# "the statement said" after a body issued it or modifies it ("A Foreign Ministry statement said")
BODY_STATEMENTS = [
    ("The Ministry of Defense of Norland issued a statement late Monday. “Our forces responded to hostile "
     "fire near the border,” the statement said.", "Our forces", "Ministry of Defense of Norland"),
    ("A World Food Programme statement said stocks were low. “We can feed the camps for two more weeks "
     "at most,” the statement said.", "We can feed", "World Food Programme"),
]


@pytest.mark.parametrize("text,fragment,who", BODY_STATEMENTS)
def test_a_bodys_statement_speaks_for_it(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# "X spoke. Y's supporters gathered. “…,” he said": a person named only as a possessor in the
# sentence between is passed over for the subject before
POSSESSOR_BETWEEN = [
    ("Opposition leader Marek Zelinski spoke at the rally. President Ivan Horak's supporters gathered "
     "nearby. “We will not be silenced by anyone,” he said.", "We will not", "Marek Zelinski"),
    ("Governor Alma Rios toured the flooded district on Friday. Mayor Tom Byrne's office stayed closed. "
     "“We will rebuild every house on this street,” she said.", "We will rebuild", "Alma Rios"),
]


@pytest.mark.parametrize("text,fragment,who", POSSESSOR_BETWEEN)
def test_a_possessor_between_is_no_antecedent(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# a quote after a colon whose framing clause the parser hung from the quote's own verb, with its
# speaker as subject or beside the subject ("The head of the commission, X, was blunt: “…”")
COLON_AFTER_A_DESCRIPTION = [
    ("The head of the electoral commission, Boaz Tamir, was blunt: “The count will take at least two "
     "more weeks.”", "The count", "Boaz Tamir"),
    ("President Rafael Carvalho had a message for investors: “Brazil is open for business again.”",
     "Brazil is open", "Rafael Carvalho"),
    ("The chair of the committee, Senator Ines Varga, was more cautious: “We have not seen the final "
     "text yet.”", "We have not seen", "Ines Varga"),
]


@pytest.mark.parametrize("text,fragment,who", COLON_AFTER_A_DESCRIPTION)
def test_a_colon_after_a_description(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_the_comma_outside_the_marks_still_joins_an_interrupted_quote(extract):
    """British punctuation: "“What hurts most”, X said, “is the silence.”" is one quote."""
    text = ("Activist Hatice Kaya spoke in Geneva.\n\n\"What is so sad for me\", Kaya said, \"is not seeing "
            "the punishment of those responsible anywhere.\"")
    quotes = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [q.text for q in quotes] == ["What is so sad for me is not seeing the punishment of those "
                                        "responsible anywhere."]


# a heading run into the text, and a title in capitals with no speaker, are no one's statement
NOT_STATEMENTS = [
    ("“They are afraid of going back,” she said. ‘We need to closely watch them’ The rights groups told "
     "VOA that three more men remain in custody.", "We need to closely"),
    ("The reporter is known for the book “Mountain Roads: The Last Stand of the Valley Tribes” of 2019.",
     "Mountain Roads"),
    ("Residents gathered outside the “Golden Lotus Research Institute,” which was closed in May.",
     "Golden Lotus"),
]


@pytest.mark.parametrize("text,fragment", NOT_STATEMENTS)
def test_headings_and_titles_are_no_direct_quotes(extract, text, fragment):
    found = [q for q in extract(text).quotes if fragment in q.text]
    assert found and all(q.kind == "scare" and q.speaker is None for q in found)


# "Following talks with B, both leaders reaffirmed their commitment to a “…”": a pair of people speaks
# through the one named first; a verb frames a quote through its object's preposition
PAIRS_AND_OBJECT_FRAMES = [
    ("Chilean President Ana Ruiz arrived in Lima on Monday. Following talks with Peruvian President Luis "
     "Vega, both leaders reaffirmed their commitment to a “fair, open and peaceful Pacific coast.”",
     "fair, open", "Ana Ruiz"),
    ("Foreign Minister Petra Lind met her counterpart Jonas Berg in Oslo. The two ministers said the "
     "accord was “a model for the whole northern region.”", "a model for", "Petra Lind"),
    ("Prime Minister Odile Fabre renewed her support for a “swift and lasting settlement of the border "
     "dispute.”", "swift and lasting", "Odile Fabre"),
]


@pytest.mark.parametrize("text,fragment,who", PAIRS_AND_OBJECT_FRAMES)
def test_pairs_and_object_frames(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


# an unattributed quote breaks the continuation chain: a bare quote after it is not the older speaker's
UNATTRIBUTED_BREAKS_THE_CHAIN = [
    ("“The bridge will open in June,” Mayor Karl Dorn said. “Nobody believes that any more,” a resident "
     "said. “We have heard it every year since the flood.”", "We have heard"),
    ("Analyst Vera Lind said the campaign was working. State television showed visitors praising the "
     "capital's “cleanest streets in the whole world” and “efficient garbage disposal system.”",
     "efficient garbage"),
]


@pytest.mark.parametrize("text,fragment", UNATTRIBUTED_BREAKS_THE_CHAIN)
def test_an_unattributed_quote_breaks_the_chain(extract, text, fragment):
    assert speaker(extract, text, fragment) is None


def test_a_straight_closing_mark_after_a_space(extract):
    """Wire copy: "… in the spirit of the accords... "" closes the quote (a mark with spaces on both
    sides opens nothing), so the sentence before still reports its speaker."""
    text = ("PARIS, March 30 - Prime Minister Jacques Morel spoke in New York.\n    Morel said the means to "
            "watch exchange rates were readily available. \"What is needed is the political will to use "
            "them in the spirit of the accords... \"\n    In other points of his speech, Morel called for "
            "open markets.")
    assert speaker(extract, text, "What is needed") == "Jacques Morel"


def test_the_minister_never_refers_forward(extract):
    """"“…,” the minister said" before any minister is named is not the one named later."""
    text = ("KUWAIT, March 1 - Kuwait's oil minister said there were no plans for an emergency meeting. "
            "Traders said the country was pumping above its quota. \"This rumour is baseless and has no "
            "basis at all,\" the minister said. Ecuador's deputy energy minister Fernando Alvarado said on "
            "Wednesday his country wanted a lower price.")
    assert speaker(extract, text, "This rumour") != "Fernando Alvarado"


# "the group said", "the bloc said", "the rebels said": the body named just before (body_nouns.txt)
BODY_NOUNS = [
    ("The Free Coast Front accused the navy of violating the truce. “The navy bears full responsibility "
     "for what follows,” the group said in a statement.", "The navy bears", "Free Coast Front"),
    ("The European Union announced new sanctions on Monday. “The aggression must stop at once,” the bloc "
     "said in a statement.", "The aggression", "European Union"),
    ("Amnesty International documented the abuses in the camps. “These killings must be investigated "
     "without delay,” the organization said.", "These killings", "Amnesty International"),
]


@pytest.mark.parametrize("text,fragment,who", BODY_NOUNS)
def test_a_body_noun_refers_to_the_body_named_before(extract, text, fragment, who):
    assert speaker(extract, text, fragment) == who


def test_the_agent_of_a_passive_is_the_pronouns_antecedent(extract):
    """"This stance was taken by X when he outlined …": the agent is the doer, not an object a
    subject pronoun passes over for the person named before."""
    text = ("Central bank chief Otto Brenner spoke of limits to growth. “We cannot do more,” he said. "
            "This stance was taken by Chancellor Hans Vogel when he outlined his plans last week. "
            "Referring to the tax cuts, he said, “With these policies we have done our share for growth.”")
    assert speaker(extract, text, "With these policies") == "Hans Vogel"


def test_a_two_word_name_taken_for_an_unknown_place_speaks_as_a_person(extract):
    """"“…,” is what Nino Galassa recounts": the recogniser reads the name as a place no gazetteer
    knows; as the subject of a cue verb it is a person."""
    text = "“The elders have always sung it, and now we know it is true,” is what Nino Galassa recounts in a new song."
    assert speaker(extract, text, "The elders") == "Nino Galassa"


def test_a_who_clause_makes_a_body_named_like_a_person_an_antecedent(extract):
    """"X, who heads a rights group, echoed …. She told VOA …": whatever the recogniser made of the
    name, the "who" clause lets a later "she" find it, not the person named before."""
    text = ("Somchai Rattanakorn, a lawmaker, said the men were at risk. Pimlada Kaewsiri, who heads "
            "Laos’s Open River Foundation, another local rights group, echoed their concerns. "
            "She told VOA she visited the jail. “They are frightened, and some of them wept,” she said.")
    assert speaker(extract, text, "They are frightened") == "Pimlada Kaewsiri"
