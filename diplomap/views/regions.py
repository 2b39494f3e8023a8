"""A small set of colour groups an analyst reads at a glance: world regions (with the blocs news
talk about kept apart: North America, the EU, the rest of Europe, Russia and its neighbours),
and organisations. Every ISO 3166-1 alpha-3 code not listed falls in "Other"."""
from __future__ import annotations

from collections.abc import Mapping

# Region -> (colour, members). Colours are Okabe-Ito / Tableau hues, far apart and colour-blind safe.
REGIONS: dict[str, tuple[str, str]] = {
    "North America": ("#1f77b4", "USA CAN MEX"),
    "European Union": ("#17becf", "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT "
                                  "NLD POL PRT ROU SVK SVN ESP SWE"),
    "Rest of Europe": ("#6a3d9a", "GBR NOR CHE ISL UKR MDA SRB BIH MNE MKD ALB XKX TUR AND MCO SMR LIE VAT"),
    "Russia and Central Asia": ("#d62728", "RUS BLR KAZ KGZ TJK TKM UZB ARM AZE GEO MNG"),
    "East Asia and Pacific": ("#e6a700", "CHN JPN KOR PRK TWN HKG MAC VNM THA MYS SGP IDN PHL KHM LAO MMR BRN TLS "
                                         "AUS NZL PNG FJI SLB VUT WSM TON KIR FSM MHL PLW NRU TUV"),
    "South Asia": ("#ff7f0e", "IND PAK BGD LKA NPL BTN MDV AFG"),
    "Middle East and North Africa": ("#8c564b", "ISR PSE IRN IRQ SYR LBN JOR SAU ARE QAT KWT BHR OMN YEM EGY "
                                                "LBY TUN DZA MAR"),
    "Sub-Saharan Africa": ("#2ca02c", "NGA ZAF KEN ETH GHA SEN CIV CMR COD COG AGO MOZ ZWE ZMB TZA UGA RWA BDI "
                                      "SSD SDN SOM DJI ERI MLI NER TCD BFA MRT GIN SLE LBR TGO BEN GAB GNQ CAF "
                                      "MWI MDG MUS SYC COM BWA NAM LSO SWZ CPV STP GMB GNB"),
    "Latin America": ("#e377c2", "BRA ARG CHL COL PER VEN ECU BOL PRY URY GUY SUR CUB HTI DOM JAM TTO BHS BRB "
                                 "GTM HND SLV NIC CRI PAN BLZ ATG DMA GRD KNA LCA VCT"),
}
OTHER = ("Other", "#7f7f7f")
ORGANISATIONS = ("Organisations", "#b0b0b0")

_REGION_OF: dict[str, str] = {code: region for region, (_, members) in REGIONS.items() for code in members.split()}

# Communities (Louvain, numbered by size) get these colours in turn; the rest share the last, grey.
COMMUNITY_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf", "#e6a700", "#e377c2",
                    "#8c564b", "#6a3d9a")
SMALL_COMMUNITIES = ("Smaller groups", "#b0b0b0")

COLOUR_MODES = ("region", "community")


def region(code: str | None) -> str | None:
    """The region of an ISO alpha-3 code; None without a code, "Other" for a code not listed."""
    if not code:
        return None
    return _REGION_OF.get(code, OTHER[0])


def region_group(code: str | None) -> tuple[str, str]:
    """(label, colour) of an actor's country for the map: its region, or Organisations without a country."""
    name = region(code)
    if name is None:
        return ORGANISATIONS
    if name == OTHER[0]:
        return OTHER
    return name, REGIONS[name][0]


def community_group(community: int | None) -> tuple[str, str]:
    """(label, colour) of a community number (0 the largest)."""
    if community is None or community >= len(COMMUNITY_COLORS):
        return SMALL_COMMUNITIES
    return f"Group {community + 1}", COMMUNITY_COLORS[community]


def groups_for(nodes: Mapping[str, dict], mode: str, communities: Mapping | None = None) -> dict[str, tuple[str, str]]:
    """(label, colour) of every node under a colour mode (``COLOUR_MODES``)."""
    if mode not in COLOUR_MODES:
        raise ValueError(f"colour mode must be one of {COLOUR_MODES}, got {mode!r}")
    if mode == "community":
        communities = communities or {}
        return {n: community_group(communities.get(n)) for n in nodes}
    return {n: region_group(data.get("country")) for n, data in nodes.items()}
