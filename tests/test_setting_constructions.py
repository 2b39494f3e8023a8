"""The state a story is set in, and the persons it places there, with made-up names, places and
wording (none taken from an article)."""
from __future__ import annotations

import pytest
from actor_helpers import country_of

# --- a headline naming one state sets a story that names few places ----------------------------


@pytest.mark.parametrize("title,text,name,iso3", [
    ("Kenyan tribunal halts sale of state farms",
     "A Kenyan tribunal on Monday halted the sale of three state farms. \"The process was rushed,\" "
     "said Wanjiru Kimani, who sat on the panel with Otieno Barasa. Residents were split. "
     "\"They sold our land,\" said Mutua Kioko. The tribunal will meet again in June, "
     "according to Achieng Odera, a lecturer at the University of Nairobi.",
     "Mutua Kioko", "KEN"),
    ("Ghana's parliament delays vote on mining bill",
     "Ghanaian lawmakers on Tuesday put off a vote on the mining bill. \"We need more time,\" said "
     "Kofi Mensah-Boateng, who chairs the committee. Traders in Ghana welcomed the delay. "
     "Yaw Asante, a gold trader, said the bill would hurt small miners.",
     "Yaw Asante", "GHA"),
    ("Peruvian Farmers Brace for Drought",
     "Farmers in the Andes are rationing water as a drought deepens across Peru. \"We have never "
     "seen the river this low,\" said Rosario Quispe Mamani, who grows potatoes near a Peruvian "
     "town. Officials say rain is not expected before November.",
     "Rosario Quispe Mamani", "PER"),
])
def test_a_one_state_headline_places_residents(extract_titled, title, text, name, iso3):
    assert country_of(extract_titled(title, text), name) == iso3


def test_a_headline_state_places_a_bare_national_title(extract_titled):
    e = extract_titled("Zambian court clears way for new vice president",
                       "A Zambian court cleared the way on Friday for Vice President Chanda Mulenga "
                       "to take office in Lusaka. \"The law is clear,\" said Mwila Banda, one of the judges.")
    assert country_of(e, "Chanda Mulenga") == "ZMB"


@pytest.mark.parametrize("title,text,name", [
    # two states in the headline: no setting
    ("Chile and Peru Spar Over Fishing Rights",
     "Chilean and Peruvian fishermen clashed again. \"The sea is ours,\" said Tomas Arrieta. "
     "Chile and Peru have argued over the waters for years.", "Tomas Arrieta"),
    # the headline's state is not what the story mostly names
    ("Experts Doubt Chilean Deal Will Last",
     "Chile signed the deal with Japan on Monday. Japanese officials praised it, Japanese banks "
     "will fund it and Japanese companies welcomed it. \"It will not last,\" said Helmut Brandauer.",
     "Helmut Brandauer"),
])
def test_no_single_headline_state_places_no_one(extract_titled, title, text, name):
    assert country_of(extract_titled(title, text), name) is None


# --- a news outlet's journalist takes no setting -------------------------------------------------


@pytest.mark.parametrize("lead", [
    "BBC's Dominic Waller said",
    "Dominic Waller of the BBC said",
    "CNN's Dominic Waller said",
])
def test_an_outlets_journalist_takes_no_setting(extract_titled, lead):
    e = extract_titled("Drones hit refineries in Saudi Arabia",
                       "Drones struck two refineries in Saudi Arabia on Saturday. Saudi officials said "
                       "the fires in Riyadh were under control. Saudi Arabia blamed Iran. "
                       f"{lead} questions remain about who launched them.")
    assert country_of(e, "Dominic Waller") is None


def test_a_resident_beside_an_outlets_journalist_keeps_the_setting(extract_titled):
    e = extract_titled("Drones hit refineries in Saudi Arabia",
                       "Drones struck two refineries in Saudi Arabia on Saturday. Saudi officials said "
                       "the fires in Riyadh were under control. Saudi Arabia blamed Iran. \"We heard "
                       "three blasts,\" Faisal Harbi told CNN's Dominic Waller.")
    assert country_of(e, "Faisal Harbi") == "SAU"


# --- a title holder "in <place>" is placed there, not by the story's setting ---------------------


@pytest.mark.parametrize("lead,name,iso3", [
    ("said Wali Rahmani, a provincial council member in Kandahar province.", "Wali Rahmani", "AFG"),
    ("said Tariq Baloch, a district official in Quetta.", "Tariq Baloch", "PAK"),
])
def test_a_title_holder_in_a_place_is_of_its_state(extract_titled, lead, name, iso3):
    e = extract_titled("US drone crashes during exercise",
                       "A US military drone crashed on Tuesday. US officials in Washington said the "
                       "drone was unarmed, and the US Air Force opened an inquiry in Texas. "
                       f"\"We saw smoke and then a fire,\" {lead}")
    assert country_of(e, name) == iso3


def test_a_summit_in_a_capital_places_no_one(extract_titled):
    e = extract_titled("Leaders to meet next month",
                       "The talks lay groundwork for a summit in Ottawa next month between President "
                       "Walter Brennan of the United States and Canada's prime minister.")
    assert country_of(e, "Walter Brennan") == "USA"


# --- a story set in two states: a bare national official speaks for the headline's subject --------


@pytest.mark.parametrize("title,text,name,iso3", [
    ("Peru denies link to border raid in Chile",
     "Chile accused Peruvian militants of a raid on a border post, where gunmen killed four guards. "
     "Peru called the claim false, and Peruvian troops were sent to the border. Chilean police said "
     "the attackers fled north. \"There is no evidence linking the raid with Peru,\" foreign ministry "
     "spokesperson Tomas Arrieta said in a statement.", "Tomas Arrieta", "PER"),
    ("Chile and Peru trade blame over border raid",
     "Chile accused Peruvian militants of a raid on a border post, where gunmen killed four guards. "
     "Peru called the claim false, and Peruvian troops were sent to the border. Chilean police said "
     "the attackers fled north. \"There is no evidence linking the raid with Peru,\" foreign ministry "
     "spokesperson Tomas Arrieta said in a statement.", "Tomas Arrieta", None),
    ("Prime Minister of Austria tests positive for virus",
     "The prime minister attended a summit in Brussels with leaders of France, Belgium and Spain "
     "last week. Deputy Prime Minister Karl Huber said the cabinet would meet by video.",
     "Karl Huber", "AUT"),
])
def test_a_bare_official_speaks_for_the_headlines_subject(extract_titled, title, text, name, iso3):
    assert country_of(extract_titled(title, text), name) == iso3


def test_a_bodys_spokesperson_takes_no_headline_state(extract_titled):
    e = extract_titled("Prime Minister of Austria tests positive for virus",
                       "The prime minister attended a summit in Brussels with leaders of France, Belgium "
                       "and Spain last week. Council spokesperson Marc Dewulf said no one else was ill.")
    assert country_of(e, "Marc Dewulf") is None


# --- kin take the state of the person whose kin they are, once he is placed ----------------------


def test_a_daughter_takes_her_placed_fathers_state(extract_titled):
    e = extract_titled("Vietnamese families who call Melbourne home",
                       "Melbourne and Sydney drew many families from Vietnam in the 1980s. One who found "
                       "success in Melbourne was Tran Van Hoa, who opened a bakery in Melbourne. \"He "
                       "worked every day,\" said his daughter Mai Tran. Australia's census counts many "
                       "such families in Melbourne and Sydney.")
    assert country_of(e, "Tran Van Hoa") == "AUS"
    assert country_of(e, "Mai Tran") == "AUS"


def test_a_lawyer_does_not_take_his_clients_state(extract_titled):
    e = extract_titled("Ruritanian court jails Chilean publisher",
                       "A court jailed the Chilean publisher Tomas Arrieta on Monday. \"This is unjust,\" "
                       "said his lawyer, Helmut Brandauer, who leads an international legal team.")
    assert country_of(e, "Helmut Brandauer") is None


# --- a civic title (activist, a movement's leader, a local official) is placed like no title -----


@pytest.mark.parametrize("title,text,name,iso3", [
    ("Malawian villagers demand answers after dam collapse",
     "Villagers in southern Malawi are demanding answers after a small dam collapsed last week. "
     "\"Nobody warned us,\" said activist Chikondi Phiri, who has campaigned for repairs for years. "
     "Malawi's water board said it was investigating. Families in Malawi lost homes and crops.",
     "Chikondi Phiri", "MWI"),
    ("Uruguay farmers protest new water rules",
     "Farmers in Uruguay blocked roads on Thursday over new water rules. Alvaro Sosa, leader of a "
     "farmers' movement, said the rules would ruin small producers. Uruguayan officials said the "
     "rules would stay. Police in Uruguay said the protest was peaceful.",
     "Alvaro Sosa", "URY"),
    ("Tanzanian town cleans up after floods",
     "A Tanzanian town began cleaning up on Monday after floods swept away a market. "
     "\"We lost everything,\" said local official Neema Mushi. Tanzania's weather agency warned "
     "of more rain, and aid groups in Tanzania sent tents.",
     "Neema Mushi", "TZA"),
])
def test_a_civic_title_takes_the_setting(extract_titled, title, text, name, iso3):
    assert country_of(extract_titled(title, text), name) == iso3


@pytest.mark.parametrize("title,text,name", [
    # an analyst or a lawyer with no institution speaks of the place, not for it
    ("Malawian villagers demand answers after dam collapse",
     "Villagers in southern Malawi are demanding answers after a small dam collapsed last week. "
     "\"The warning signs were there,\" said Ruth Vellacott, a water policy analyst. Malawi's water "
     "board said it was investigating. Families in Malawi lost homes and crops.",
     "Ruth Vellacott"),
])
def test_an_analyst_takes_no_setting(extract_titled, title, text, name):
    assert country_of(extract_titled(title, text), name) is None


# --- a person of a body no knowledge file knows is of the story's setting (or its dateline) -------


@pytest.mark.parametrize("title,text,name,iso3", [
    ("Malawian fishermen say lake quotas are too strict",
     "Fishermen on Lake Malawi say new catch quotas will ruin them. \"We cannot feed our families,\" said "
     "Chisomo Banda, chairman of the Nkhata Bay Fishers Cooperative. Malawi's fisheries department said "
     "the quotas would stay. Traders in Malawi expect prices to rise.",
     "Chisomo Banda", "MWI"),
    ("Paraguay's farmers fear drought losses",
     "Soy farmers across Paraguay are bracing for losses as a drought drags on. Luis Benitez, founder of "
     "the newspaper La Voz del Chaco, said many families had already left. Paraguayan officials promised "
     "aid, and banks in Paraguay delayed loan payments.",
     "Luis Benitez", "PRY"),
])
def test_a_local_bodys_person_takes_the_setting(extract_titled, title, text, name, iso3):
    assert country_of(extract_titled(title, text), name) == iso3


def test_a_local_bodys_person_takes_the_wire_dateline(extract_titled):
    e = extract_titled("MALAWI TO RAISE TOBACCO TAX",
                       "LILONGWE, May 2 - Malawi plans to raise its tobacco tax next year, the finance "
                       "ministry said. \"Growers will suffer,\" said Chisomo Banda, chief economist at "
                       "Nkhata Savings Bank. Britain and Germany buy most of the crop.", date="1987-05-02")
    assert country_of(e, "Chisomo Banda") == "MWI"


@pytest.mark.parametrize("title,text,name", [
    # a university or an international body is no part of the setting
    ("Malawian fishermen say lake quotas are too strict",
     "Fishermen on Lake Malawi say new catch quotas will ruin them. \"The stocks are collapsing,\" said "
     "Helen Marsh, director of the Freshwater Studies Institute at Westbrook University. Malawi's "
     "fisheries department said the quotas would stay. Traders in Malawi expect prices to rise.",
     "Helen Marsh"),
    ("Malawian fishermen say lake quotas are too strict",
     "Fishermen on Lake Malawi say new catch quotas will ruin them. \"The stocks are collapsing,\" said "
     "Helen Marsh, director of the World Lakes Alliance. Malawi's fisheries department said the quotas "
     "would stay. Traders in Malawi expect prices to rise.",
     "Helen Marsh"),
])
def test_a_roving_bodys_person_takes_no_setting(extract_titled, title, text, name):
    assert country_of(extract_titled(title, text), name) is None


@pytest.mark.parametrize("body", ["Reporters Without Borders", "Committee to Protect Journalists",
                                  "International Crisis Group", "Norwegian Refugee Council"])
def test_an_international_ngos_officer_takes_no_setting(extract_titled, body):
    e = extract_titled("Malawian editor detained over report",
                       f"Police in Malawi detained an editor on Monday. \"This is intimidation,\" said Helen Marsh, "
                       f"director of the Africa desk at {body}. Malawi's information ministry said the editor "
                       f"had broken the law. Journalists in Malawi protested.")
    assert country_of(e, "Helen Marsh") is None


# --- a person named "in"/"from" another state (a comparison) is of that state, not the setting ----


@pytest.mark.parametrize("text,name,iso3", [
    ("His lawyer's other clients include jailed editor Tomas Varga in Hungary and the family of a "
     "murdered reporter.", "Tomas Varga", "HUN"),
    ("The case resembles that of publisher Ahmed Karimi in Egypt, who spent four years in jail.",
     "Ahmed Karimi", "EGY"),
    ("Rights groups compared the case to that of blogger Min Thu from Myanmar.", "Min Thu", "MMR"),
])
def test_a_comparison_in_another_state(extract_titled, text, name, iso3):
    e = extract_titled("Guatemalan publisher jailed again",
                       "A Guatemalan judge sent publisher Luis Arana back to prison this week. Guatemala's "
                       f"courts have held him since 2022. {text} Prosecutors in Guatemala declined to comment.")
    assert country_of(e, name) == iso3


@pytest.mark.parametrize("text,name,iso3", [
    ("\"Families want answers,\" said Dana Whitfield, outreach director at the Asia Society Houston Center.",
     "Dana Whitfield", "USA"),
    ("\"Prices will rise,\" said Tendai Moyo, an economist with the Harare Grain Traders Union.",
     "Tendai Moyo", "ZWE"),
])
def test_a_city_inside_an_unknown_bodys_name_places_its_person(extract_titled, text, name, iso3):
    e = extract_titled("Drought worries farmers",
                       f"Farmers are worried about the drought. {text} Officials promised help.")
    assert country_of(e, name) == iso3
