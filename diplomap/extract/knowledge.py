"""Countries, organisations, titles and leaders, read from the CSV files in ``data/knowledge/``.

Every lookup is one dict hit on the :func:`normalize`'d text. There is deliberately no
fuzzy matching: it maps "British" to "British Indian Ocean Territory".

A name written all in capitals in a data file ("US", "WHO", "IS") is an acronym and only
matches text that is also written in capitals, so the pronoun "us", the word "who" and the
verb "is" never become a state, an agency or an armed group. Add a mixed-case spelling to
the file ("Nato", "Opec") where news write acronyms that way.

Lookups are meant for entity spans and short phrases, not for arbitrary tokens.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .cities import MIN_POPULATION, TOWN_POPULATION, city_countries
from .knowledge_index import NameIndex, country_label, org_label, title_label
from .knowledge_links import read_knowledge_files  # noqa: F401 - part of this module's API
from .knowledge_names import _dedupe, _surname, _umlaut_key, without_initials
from .knowledge_tables import (  # noqa: F401 - records, normalize and read_table are this module's API too
    DEFAULT_DIR,
    Country,
    KnowledgeError,
    Leader,
    Organization,
    Title,
    _bare,
    _check_date,
    _is_acronym,
    _title_key,
    normalize,
    read_table,
)

MEMO_SIZE = 1 << 16  # entries a lookup memo keeps before it starts again (a long stream meets new words)


@dataclass
class Knowledge:
    countries: dict[str, Country]  # by iso3
    organizations: list[Organization]
    titles: list[Title]
    leaders: list[Leader] = field(default_factory=list)
    honorifics: frozenset[str] = frozenset()  # "mr", "sir": courtesy words before a name
    group_nouns: frozenset[str] = frozenset()  # "officials", "delegation": stand for a state or body
    media_words: frozenset[str] = frozenset()  # "times", "news": mark an outlet's name
    outlet_nouns: frozenset[str] = frozenset()  # "newspaper", "outlet": describe a name as an outlet
    outsider_words: frozenset[str] = frozenset()  # "international": "X, of an international team": no resident
    org_stopwords: frozenset[str] = frozenset()  # "state", "ministry": never an organisation alone
    org_words: frozenset[str] = frozenset()  # "university", "institute": make a name a body's
    not_person_words: frozenset[str] = frozenset()  # "cyclone", "operation": no person's name
    not_org_words: frozenset[str] = frozenset()  # "law", "index": an ORG ending so is a thing
    topic_titles: frozenset[str] = frozenset()  # "expert", "analyst": "a Korea expert" is no Korean
    person_nouns: frozenset[str] = frozenset()  # "writer", "national": "Afghan writer X" is an Afghan
    name_prefixes: frozenset[str] = frozenset()  # "sayyid", "ayatollah": part of a full name's form
    royal_styles: frozenset[str] = frozenset()  # "prince": "Prince X" acts for a state without an office
    state_organs: frozenset[str] = frozenset()  # "military", "foreign ministry": "the Pakistani military"
    title_prefixes: frozenset[str] = frozenset()  # "deputy", "under": "Under Secretary of X" is lower than "Secretary"
    member_nouns: frozenset[str] = frozenset()  # "troops", "members": "African Union troops" act for the body
    document_nouns: frozenset[str] = frozenset()  # "statement", "communique": its author speaks through it
    remark_nouns: frozenset[str] = frozenset()  # "“…” The remark came from X": what someone said
    rebuttal_verbs: frozenset[str] = frozenset()  # "X rejected the accusation": X answers the remark, not its author
    elder_kin_nouns: frozenset[str] = frozenset()  # "his father, Y": Y is "the elder" of two namesakes
    party_members: frozenset[str] = frozenset()  # "the Texas Democrat said": a member of a party
    body_nouns: frozenset[str] = frozenset()  # "“…,” the group said": the body named just before
    act_nouns: frozenset[str] = frozenset()  # "meeting", "veto": "a meeting of the X Council" is the body acting
    place_nouns: frozenset[str] = frozenset()  # "province", "district": "in Ghazni province" is in Ghazni
    patronymic_endings: frozenset[str] = frozenset()  # "ovich", "evna": "Ryabkov Sergey Alexeevich" is surname-first
    branch_nouns: frozenset[str] = frozenset()  # "office", "bureau": "the Japan office of X" sits in Japan, serves X
    civic_roles: frozenset[str] = frozenset()  # "activist", "leader": a story's setting places their holders
    roving_body_words: frozenset[str] = frozenset()  # "world", "university": a body not of the setting
    gloss_verbs: frozenset[str] = frozenset()  # "translates as “…”": a term's meaning, no one's words
    associate_nouns: frozenset[str] = frozenset()  # "lawyer", "wife": "X's lawyer said" is not X
    origin_verbs: frozenset[str] = frozenset()  # "flee", "emigrate": "X, who fled Y" comes from Y
    leading_verbs: frozenset[str] = frozenset()  # "lead", "head": "X will lead the Ruritanian delegation"
    alias_verbs: frozenset[str] = frozenset()  # "know", "nickname": "X, known as Y": Y is X's alias
    service_verbs: frozenset[str] = frozenset()  # "work", "serve": "X works for the Ruritanian government"
    membership_verbs: frozenset[str] = frozenset()  # "include": "the Ruritanian delegation includes X"
    retinue_nouns: frozenset[str] = frozenset()  # "mission", "aide": "a Ruritanian mission led by X"
    voice_ranks: frozenset[str] = frozenset()  # "senior", "informed": "a senior official" is still the host's
    title_abbreviations: frozenset[str] = frozenset()  # "Sens.": a title's abbreviation, no sentence end
    feminine_names: frozenset[str] = frozenset()  # "margaret", "mrs": a later "she" may be her, "he" not
    masculine_names: frozenset[str] = frozenset()  # "nikolai", "mr": a later "he" may be him, "she" not
    case_sensitive: frozenset[str] = frozenset()  # "US", "Chad": only as written
    groupings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Quad" -> its member states
    body_adjectives: dict[str, str] = field(default_factory=dict)  # "Congressional" -> "Congress"
    family_name_first: frozenset[str] = frozenset()  # ISO3 of states whose leaders are named "Xi Jinping"
    given_name_first: frozenset[str] = frozenset()  # ISO3 of states whose people are called "Abiy" for "Abiy Ahmed"
    former_states: dict[str, tuple[str, str]] = field(default_factory=dict)  # "RUS" -> ("SUN", "1991-12-26")
    national_titles: dict[str, str] = field(default_factory=dict)  # "treasury secretary" -> "USA"
    venues: dict[str, str] = field(default_factory=dict)  # "venice" -> "ITA": a meeting place the gazetteer misreads
    party_labels: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # "Republican" -> USA, senator
    title_sharers: dict[str, frozenset[str]] = field(default_factory=dict)  # "senator" -> {"AUS", ...}
    unused_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # "USA" -> {"foreign minister", ...}
    given_names: dict[str, frozenset[int]] = field(default_factory=dict)  # "jim" and "james": one group
    world_regions: tuple[str, ...] = ()  # "Latin America": a place, not the state "America" inside it

    def __post_init__(self) -> None:
        self._names = NameIndex[Country]("country name", country_label)
        self._demonyms = NameIndex[Country]("demonym", country_label)
        self._capitals = NameIndex[Country]("capital", country_label)
        self._metonyms = NameIndex[Country]("metonym", country_label)
        for c in self.countries.values():
            for index, names in ((self._names, (c.name, *c.aliases)), (self._demonyms, c.demonyms),
                                 (self._capitals, c.capitals), (self._metonyms, c.metonyms)):
                for name in names:
                    index.add(name, c)
        self._orgs = NameIndex[Organization]("organisation name", org_label)
        for o in self.organizations:
            for name in (o.name, *o.aliases):
                self._orgs.add(name, o)
        by_key: dict[str, set[str]] = {}
        for form in self.case_sensitive:
            by_key.setdefault(normalize(form), set()).add(form)
        indexes: tuple[NameIndex, ...] = (self._names, self._demonyms, self._capitals, self._metonyms, self._orgs)
        for each in indexes:
            each.case_sensitive = by_key
        self._titles = NameIndex[Title]("title", title_label, key=_title_key)
        self._titles.case_sensitive = by_key
        for t in self.titles:
            self._titles.add(t.phrase, t)
        self._leader_names: dict[str, list[tuple[Leader, bool]]] = {}
        self._by_umlaut_key: dict[str, list[tuple[Leader, bool]]] | None = None
        self._by_last_word: dict[str, list[Leader]] | None = None
        self._country_memo: dict[str, Country | None] = {}  # the same words are looked up again and again
        self._title_memo: dict[str, Title | None] = {}
        self._leader_surnames: dict[str, list[tuple[Leader, bool]]] = {}
        for leader in sorted(self.leaders, key=lambda x: x.start):
            for name in (leader.name, *leader.aliases):
                self._leader_names.setdefault(normalize(name), []).append((leader, _is_acronym(name)))
                if without_initials(name) != name:  # "Vernon Walters" for "Vernon A. Walters"
                    self._leader_names.setdefault(normalize(without_initials(name)), []).append((leader, False))
                surname = _surname(name)
                if surname:
                    self._leader_surnames.setdefault(normalize(surname), []).append((leader, False))
                if leader.country in self.family_name_first and " " in name:  # "Xi" for "Xi Jinping"
                    self._leader_surnames.setdefault(normalize(name.split()[0]), []).append((leader, False))

    @property
    def first_word_states(self) -> frozenset[str]:
        """States whose people are called by the first word of the name: "Xi" (family name), "Abiy" (given)."""
        return self.family_name_first | self.given_name_first

    def country(self, text: str) -> Country | None:
        """By name or alias ("Britain", "U.S."), not by demonym, capital or metonym."""
        return self._names.get(text)

    def demonym(self, text: str) -> Country | None:
        return self._demonyms.get(text)

    def capital(self, text: str) -> Country | None:
        return self._capitals.get(text)

    def metonym(self, text: str) -> Country | None:
        return self._metonyms.get(text)

    def country_of(self, text: str) -> Country | None:
        """Name, demonym, capital or metonym, tried in that order (remembered per text)."""
        memo = self._country_memo
        if text in memo:
            return memo[text]
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = memo[text] = (self.country(text) or self.demonym(text) or self.capital(text)
                              or self.metonym(text))
        return found

    def organization(self, text: str) -> Organization | None:
        return self._orgs.get(text)

    def city(self, text: str, min_population: int = MIN_POPULATION) -> Country | None:
        """The country of a city of 100,000 or more ("Houston", "Ho Chi Minh City"); None for a
        name that is also a country, demonym, organisation or given name, or a lower-case word."""
        if not text[:1].isupper() or self.country_of(text) or self.organization(text) \
                or normalize(text) in self.given_names:
            return self.capital(text)
        iso3 = self.venues.get(normalize(text)) or city_countries(min_population).get(normalize(text))
        return self.countries.get(iso3) if iso3 else None

    def town(self, text: str) -> Country | None:
        """A city, or the country of a town of 15,000 or more whose name points to one country
        ("Cessnock"): only for a person said to be from or in it."""
        return self.city(text, TOWN_POPULATION)

    def title(self, text: str) -> Title | None:
        """Case- and hyphen-insensitive: "Prime Minister", "prime-minister", "PM", "ministers", "Sens." (remembered per text)."""
        memo = self._title_memo
        if text in memo:
            return memo[text]
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        found = self._titles.get(text)
        bare = text[:-1] if text.endswith(".") else text  # "Sens.", "Reps.": an abbreviation's plural
        if found is None and len(bare) > 3 and bare[-1:].lower() == "s":
            found = self._titles.get(bare[:-1])
        memo[text] = found
        return found

    def members(self, organization: str) -> tuple[str, ...]:
        """ISO3 codes of a small fixed grouping's members ("Quad"), else ()."""
        return self.groupings.get(organization, ())

    def state_at(self, iso3: str | None, date: str | None) -> str | None:
        """The code of the state ``iso3`` was on ``date``: "RUS" in 1987 is "SUN"."""
        former = self.former_states.get(iso3 or "")
        if former is None or not date or date >= former[1]:
            return iso3
        return former[0]

    def title_country(self, phrase: str) -> str | None:
        """The one state whose officials bear this title ("Treasury Secretary" -> "USA"), else None."""
        key = _title_key(phrase)
        return self.national_titles.get(key) or (self.national_titles.get(key[:-1]) if key.endswith("s") else None)

    def title_sharers_of(self, phrase: str) -> frozenset[str]:
        """Other states whose officials bear a national title ("Senator": Australia ...)."""
        key = _title_key(phrase)
        return self.title_sharers.get(key) or self.title_sharers.get(key[:-1], frozenset())

    def uses_role(self, iso3: str, role: str | None) -> bool:
        """False when ``iso3``'s officials never bear ``role`` (no US "Foreign Minister")."""
        return (role or "").lower() not in self.unused_titles.get(iso3, frozenset())

    def same_given_name(self, a: str, b: str) -> bool:
        """"Jim" and "James", "Osama" and "Usama": spellings of one given name."""
        a, b = normalize(a), normalize(b)
        return a == b or bool(self.given_names.get(a, frozenset()) & self.given_names.get(b, frozenset()))

    def is_honorific(self, text: str) -> bool:
        return normalize(text).rstrip(".") in self.honorifics

    def _umlaut_names(self) -> dict[str, list[tuple[Leader, bool]]]:
        """The leaders' full names by their key without umlauts' "e", built on first use."""
        if self._by_umlaut_key is None:
            self._by_umlaut_key = {}
            for key, found in self._leader_names.items():
                self._by_umlaut_key.setdefault(_umlaut_key(key), []).extend(found)
        return self._by_umlaut_key

    def leaders_by_last_word(self, word: str) -> list[Leader]:
        """The leaders whose name (as written) ends in ``word``, in ``leaders``' order; indexed on first use."""
        if self._by_last_word is None:
            self._by_last_word = {}
            for lead in self.leaders:
                self._by_last_word.setdefault(lead.name.split()[-1], []).append(lead)
        return self._by_last_word.get(word, [])

    def leaders_named(self, name: str, date: str | None = None) -> list[Leader]:
        """Terms of office of the leader called ``name`` (full name, alias or surname alone).

        With a ``date``, only the terms that contain it. A surname alone must point to one
        person (among those in office on ``date``, if given); otherwise nothing is returned,
        since guessing between two Kims is worse than not knowing.
        """
        if date is not None:
            _check_date(date, "date")
        key = normalize(name)
        exact = [ldr for ldr, acronym in self._leader_names.get(key, ())
                 if not acronym or _is_acronym(name)]
        if not exact and key not in self._leader_surnames:  # "Weizsaecker" for "Weizsäcker"/"Weizsacker"
            exact = [ldr for ldr, acronym in self._umlaut_names().get(_umlaut_key(key), ()) if not acronym]
        if not exact and " " in key:  # "John R. Bolton"; "Sitivene Rabuka" for "Sitiveni Rabuka"
            exact = self._near_full_name(name) or self._styled_name(key)
        if exact:
            return _dedupe(ldr for ldr in exact if date is None or ldr.in_office(date))
        candidates = _dedupe(ldr for ldr, _ in self._leader_surnames.get(key, ())
                             if date is None or ldr.in_office(date))
        people = {normalize(ldr.name) for ldr in candidates}
        return candidates if len(people) == 1 else []

    def _styled_name(self, key: str) -> list[Leader]:
        """"Sheikh Hamad bin Khalifa al-Thani" for "Hamad bin Khalifa Al Thani": a style before the name
        (name_prefixes.txt, honorifics.txt) dropped, a hyphen after a particle written as a space."""
        words = key.replace("-", " ").split()
        if not words or (words[0] not in self.name_prefixes and words[0] not in self.honorifics):
            return []  # only a styled name ("Kim Il-sung" keeps the article's form)
        return [ldr for ldr, acronym in self._leader_names.get(" ".join(words[1:]), ()) if not acronym]

    def _near_full_name(self, name: str) -> list[Leader]:
        """A full name the file lacks only by a middle initial, or by a spelling of the given
        name that agrees in its first five letters, of the one leader of that surname."""
        key = normalize(without_initials(name))
        found = [ldr for ldr, acronym in self._leader_names.get(key, ()) if not acronym]
        if found or len(key.split()) != 2:
            return found
        given, surname = key.split()
        same = {normalize(ldr.name): ldr for ldr, _ in self._leader_surnames.get(surname, ())}
        if len(same) != 1 or len(given) < 5:
            return []
        full = next(iter(same))
        return [ldr for ldr, _ in self._leader_surnames[surname]] \
            if len(full.split()) == 2 and full.split()[0][:5] == given[:5] else []


# --- loading ---------------------------------------------------------------------------


@cache
def load_knowledge(directory: str | Path | None = None) -> Knowledge:
    """All knowledge files of ``directory`` (default ``<repo>/data/knowledge``), read once.

    ``leaders.csv`` is optional; the other three are required. Raises KnowledgeError with
    the file and line of the first problem.
    """
    root = Path(directory) if directory is not None else DEFAULT_DIR
    fields = read_knowledge_files(root)
    try:
        return Knowledge(**fields)
    except KnowledgeError as error:
        raise KnowledgeError(f"{root}: {error}") from None

