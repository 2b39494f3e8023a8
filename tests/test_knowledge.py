"""The knowledge files and their loader: exact lookups on normalised names, no fuzzy misfires."""
from __future__ import annotations

import pycountry
import pytest

from diplomap.extract.knowledge import KnowledgeError, load_knowledge, normalize


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("text, iso3", [
    ("British", "GBR"), ("French", "FRA"), ("U.S.", "USA"), ("the United States", "USA"),
    ("the Kremlin", "RUS"), ("Downing Street", "GBR"), ("Moscow", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
])
def test_country_of_names_demonyms_capitals_and_metonyms(kb, text, iso3):
    assert kb.country_of(text).iso3 == iso3


def test_ordinary_words_are_not_countries(kb):
    assert kb.country_of("us") is None and kb.country_of("chad") is None
    assert kb.country_of("Chad").iso3 == "TCD"


def test_demonyms_prefer_sovereign_states(kb):
    assert kb.demonym("British").iso3 == "GBR"  # not British Indian Ocean Territory


def test_organisations_titles_and_word_lists(kb):
    assert kb.organization("NATO").country is None
    assert kb.organization("the State Department").country == "USA"
    assert kb.title("Prime Minister").role == "Prime Minister"
    assert kb.title("Secretary-General").role == kb.title("secretary general").role
    assert kb.title("ministers") is not None
    assert kb.is_honorific("Mr.") and not kb.is_honorific("Keir")
    assert kb.members("Quad") == ("USA", "JPN", "AUS", "IND")


def test_leaders_by_date_and_surname(kb):
    (starmer,) = kb.leaders_named("Starmer", "2025-02-16")
    assert (starmer.name, starmer.country) == ("Keir Starmer", "GBR")
    assert kb.leaders_named("Starmer", "2010-01-01") == []  # not in office then
    assert {leader.name for leader in kb.leaders_named("Erdoğan")} == {"Recep Tayyip Erdogan"}  # accents folded


def test_normalize():
    assert normalize("The U.S.'s") == "us"
    assert normalize("Côte d’Ivoire") == "cote d'ivoire"


def test_data_files_are_consistent(kb):
    for iso3 in kb.countries:  # today's states (ISO 3166-1) or former ones (ISO 3166-3: SUN, DDR, YUG, CSK)
        assert iso3 == "XKX" or pycountry.countries.get(alpha_3=iso3) is not None \
            or pycountry.historic_countries.get(alpha_3=iso3) is not None, iso3
    for org in kb.organizations:
        assert org.country is None or org.country in kb.countries


def test_a_name_for_two_countries_is_an_error(tmp_path):
    (tmp_path / "countries.csv").write_text(
        "iso3,name,aliases,demonyms,capitals,metonyms\nFRA,France,Gaul,,,\nBEL,Belgium,Gaul,,,\n")
    (tmp_path / "organizations.csv").write_text("name,aliases,country,category\n")
    (tmp_path / "titles.csv").write_text("title,role,rank\n")
    with pytest.raises(KnowledgeError, match="Gaul"):
        load_knowledge(tmp_path)


def test_former_states_stand_for_their_successors_before_they_ceased(kb):
    assert kb.state_at("RUS", "1987-03-02") == "SUN"
    assert kb.state_at("RUS", "1992-01-01") == "RUS"
    assert kb.state_at("FRA", "1987-03-02") == "FRA"
    assert kb.state_at(None, "1987-03-02") is None
    assert kb.demonym("Soviet").iso3 == "SUN"
    assert kb.demonym("West German").iso3 == "DEU"
    assert kb.country("East Germany").iso3 == "DDR"


def test_titles_only_one_state_uses(kb):
    assert kb.title_country("Treasury Secretary") == "USA"
    assert kb.title_country("Sen.") == "USA"
    assert kb.title_country("Chancellor of the Exchequer") == "GBR"
    assert kb.title_country("Foreign Minister") is None
    for phrase in kb.national_titles:
        assert kb.title(phrase) is not None, phrase  # each is also an ordinary title


def test_roles_a_state_does_not_use(kb):
    assert not kb.uses_role("USA", "Foreign Minister")
    assert kb.uses_role("USA", "Secretary of State")
    assert kb.uses_role("CAN", "Foreign Minister")


def test_an_unused_role_not_in_titles_is_an_error(tmp_path):
    (tmp_path / "countries.csv").write_text("iso3,name,aliases,demonyms,capitals,metonyms\nFRA,France,,,,\n")
    (tmp_path / "organizations.csv").write_text("name,aliases,country,category\n")
    (tmp_path / "titles.csv").write_text("title,role,rank\npresident,President,1\n")
    (tmp_path / "unused_titles.csv").write_text("country,role\nFRA,Grand Vizier\n")
    with pytest.raises(KnowledgeError, match="Grand Vizier"):
        load_knowledge(tmp_path)


@pytest.mark.parametrize("listing", ["family_name_first.txt", "given_name_first.txt"])
def test_a_first_word_state_not_in_countries_is_an_error(tmp_path, listing):
    (tmp_path / "countries.csv").write_text("iso3,name,aliases,demonyms,capitals,metonyms\nETH,Ethiopia,,,,\n")
    (tmp_path / "organizations.csv").write_text("name,aliases,country,category\n")
    (tmp_path / "titles.csv").write_text("title,role,rank\npresident,President,1\n")
    (tmp_path / listing).write_text("# states\nETH\nETJ\n")
    with pytest.raises(KnowledgeError, match="ETJ"):
        load_knowledge(tmp_path)
