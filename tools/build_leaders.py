"""Regenerate ``data/knowledge/leaders.csv`` from the curated base and the shared reference data.

    python tools/build_leaders.py            # write data/knowledge/leaders.csv
    python tools/build_leaders.py --check    # exit 1 if the file is not what the sources give
    python tools/build_leaders.py --stats    # also print coverage figures

Inputs (read only; see data/knowledge/LEADERS.md for sources and licences):

- ``tools/leaders_curated.csv``: rows kept by hand. They are copied unchanged and win every
  conflict: a generated term is dropped where the same person has a curated term at the same
  time, where it would give a curated person's name or surname a second holder, and where it
  falls in a country and period the curated rows already cover.
- ``../shared/benchmarks/phoenix_actor_dictionaries/Phoenix.Countries.actors.txt`` and
  ``Phoenix.International.actors.txt`` (PETRARCH/Phoenix actor dictionaries, MIT): person
  entries with date-bounded CAMEO codes. Only government codes (``XXXGOV``, ``XXXGOVBUS`` ...)
  become rows; elites (ELI), legislators, military, opposition and undated codes do not.
- ``../shared/benchmarks/world_leaders_current/all-leaders.csv`` (CC BY-SA 4.0): current heads
  of state and government, used only for states and offices no other input covers.

The output is sorted by (country, role, start, name), international organisations last, so
the same inputs always give the same bytes. Pure standard library; no code of the sources
is used, only their data.
"""
from __future__ import annotations

import argparse
import calendar
import csv
import difflib
import io
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
CURATED = ROOT / "tools" / "leaders_curated.csv"
OUTPUT = ROOT / "data" / "knowledge" / "leaders.csv"
COUNTRIES = ROOT / "data" / "knowledge" / "countries.csv"
COLUMNS = ("name", "aliases", "country", "role", "start", "end")

SINCE = "1980-01-01"  # terms that ended before this are left out
# The sources are snapshots: a term they leave open ("in office") is cut at the date the
# source was last current for it, never carried on to today.
CIA_AS_OF = "2011-02-28"  # CountryInfo's cabinet lists (CIA World Leaders) stop in early 2011
RULERS_AS_OF = "2011-02-28"  # CountryInfo's rulers lists were last merged with them
# Hand-edited Phoenix entries: cut at the latest date any of them mentions (computed).

# Phoenix country codes that are not the ISO3 code data/knowledge/countries.csv uses.
COUNTRY_CODES = {"KSV": "XKX", "TMP": "TLS", "FRY": "SRB", "SCG": "SRB"}

# Periods when rulers.org lists a territory's foreign administrators (Indonesian governors and
# UN administrators of East Timor, the US commanders and the CPA in Iraq) among its heads:
# their terms are left out, and do not count for telling heads of state from government.
FOREIGN_RULE = {"TLS": ("1975-12-07", "2002-05-20"), "IRQ": ("2003-04-09", "2004-06-28"),
                "KWT": ("1990-08-01", "1991-02-27")}
# Andorra's rulers list is its co-princes' representatives (French and Spanish officials).
NO_RULERS = {"AND"}
# CountryInfo's rulers of Mauritania are coded MUS (Mauritius), whose own list is missing.
RULER_CODES = {"MUS": "MRT"}

# Commonwealth realms: rulers.org lists their governors-general as heads of state.
REALMS = {"ATG", "AUS", "BHS", "BLZ", "CAN", "GRD", "JAM", "KNA", "LCA", "NZL", "PNG", "SLB",
          "TUV", "VCT", "BRB", "MUS", "FJI"}
REALM_UNTIL = {"BRB": "2021-11-30", "MUS": "1992-03-12", "FJI": "1987-10-06"}

# Roles of whole blocks of the Phoenix file, named by the comment line that opens the block.
HEADER_ROLES = {
    "u.s. presidents": "President",
    "vice presidents of the united states": "Vice President",
    "u.s. secretaries of state": "Secretary of State",
    "united states secretaries of defense": "Defense Minister",
    "u.s. attorneys general": "Attorney General",
    "u.s. secretaries of homeland security": "Homeland Security Secretary",
    "u.s. ambassadors to the un": "UN Ambassador",
    "white house chiefs of staff": "Chief of Staff",
    "us national security advisors": "National Security Adviser",
    "us trade representative": "Trade Representative",
    "us directors of central(national) intelligence": "Intelligence Director",
    "federal reserve board": "Central Bank Governor",
    "presidents": "President",
    "president": "President",
    "roughly following order of presidents": "President",
    "prime ministers": "Prime Minister",
    "prime minister": "Prime Minister",
    "greek prime ministers": "Prime Minister",
    "roughly prime ministers in order": "Prime Minister",
    "chancellors": "Chancellor",
}
# The sector a block's office is coded with (default: plain GOV).
HEADER_SECTORS = {"Defense Minister": "GOVMIL", "Intelligence Director": "SPY",
                  "Central Bank Governor": "GOVBUS"}
# Comments on single code lines that name the office; None drops the term (not a national office).
COMMENT_ROLES = {
    "secretary of state": "Secretary of State", "sec state": "Secretary of State",
    "sec def": "Defense Minister", "prime minister": "Prime Minister", "pm": "Prime Minister",
    "pm pt. 1": "Prime Minister", "pm pt. 2": "Prime Minister", "acting pm": "Prime Minister",
    "president of germany": "President", "chancellor of germany": "Chancellor",
    "supreme leader": "Supreme Leader", "foreign minister": "Foreign Minister",
    "national security advisor": "National Security Adviser", "min. of fin.": "Finance Minister",
    "dep. pm": "Deputy Prime Minister", "amb. to un": "UN Ambassador",
    "prime minister of lower saxony": None, "senator from nebraska": None,
    "president of the bundesrat": None, "should figure out regional stuff": None,
    "various amb.ships (need start)": None, "entered foreign service": None,
    "amb. to japan (need dates)": None, "amb to philippines (need dates)": None,
}

# States whose other cabinet members (ministers the sources do not name the office of) are
# listed: the G20 states. Everyone else's would be thousands of names for a generic role, each
# a name the extractor matches and a millisecond of loading.
CABINET_STATES = {"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
                  "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF"}

GIVEN_NAME_USES = 5  # a word this many of the sources' names start with is a given name

# Generic roles, for people the sources place in a state's government without naming the office.
HEAD_OF_STATE, HEAD_OF_GOVERNMENT = "Head of State", "Head of Government"
HEAD_EITHER = "Head of State or Government"
OFFICIAL = "Government Official"
GOVERNOR_GENERAL = "Governor-General"

# Offices of international organisations that Phoenix.International.actors.txt dates
# (``# IGOrulers.txt`` entries); code -> role.
IGO_ROLES = {"IGOUNO": "UN Secretary-General", "IGOUNODEVWBK": "World Bank President",
             "IGOBUSIMF": "IMF Managing Director", "IGOWSTNAT": "NATO Secretary General"}
# "president of the CoEU from X": the foreign minister of the state chairing the EC/EU Council.
COEU_STATES = {"BELGIUM": "BEL", "DENMARK": "DNK", "FRANCE": "FRA", "GERMANY": "DEU",
               "WEST_GERMANY": "DEU", "GREECE": "GRC", "IRELAND": "IRL", "ITALY": "ITA",
               "LUXEMBOURG": "LUX", "NETHERLANDS": "NLD", "PORTUGAL": "PRT", "SPAIN": "ESP",
               "UNITED_KINGDOM": "GBR", "SLOVENIA": "SVN", "SWEDEN": "SWE", "FINLAND": "FIN",
               "AUSTRIA": "AUT"}

# Council presidents who were not their state's foreign minister at the time.
COEU_NOT_FOREIGN_MINISTER = {("Grigoris Varfis", "1983-07"), ("Roland Dumas", "1984-01")}

# Checked corrections and other spellings for world_leaders_current rows (it "has errors").
WL_FIXES = {("BRN", "Sultan"): "1967-10-05"}  # Sultan since 1967; 1984 is when he became PM too
WL_ALIASES = {"Hassanal Bolkiah": ["Hassanal Bolkiah Mu'izzadin Waddaulah"]}

# The foreign ministers' own titles in the curated rows.
FOREIGN_TITLES = {"GBR": "Foreign Secretary", "USA": "Secretary of State"}

# world_leaders_current titles -> roles.
WL_ROLES = {"President": "President", "Prime Minister": "Prime Minister", "Premier": "Prime Minister",
            "King": "King", "Sultan": "Sultan", "Sultan and Prime Minister": "Prime Minister",
            "Chairperson of the African Union Commission": "African Union Commission Chairperson"}
WL_COUNTRIES = {"Brunei": "BRN", "Cambodia": "KHM", "Indonesia": "IDN", "Laos": "LAO",
                "Malaysia": "MYS", "Myanmar": "MMR", "Philippines": "PHL", "Singapore": "SGP",
                "Thailand": "THA", "Vietnam": "VNM", "Argentina": "ARG", "Australia": "AUS",
                "Brazil": "BRA", "Canada": "CAN", "China": "CHN", "France": "FRA", "Germany": "DEU",
                "India": "IND", "Italy": "ITA", "Japan": "JPN", "Mexico": "MEX", "Russia": "RUS",
                "Saudi Arabia": "SAU", "South Africa": "ZAF", "South Korea": "KOR", "Turkey": "TUR",
                "United Kingdom": "GBR", "United States": "USA", "European Union": "",
                "African Union": ""}

# Roles whose holders represent an organisation, not a state: the country cell stays empty.
ORG_ROLES = {"NATO Secretary General", "UN Secretary-General", "European Commission President",
             "European Council President", "EU High Representative", "World Bank President",
             "IMF Managing Director", "African Union Commission Chairperson", "European Commissioner",
             "GATT Director-General", "OECD Secretary-General", "Asian Development Bank President"}
HEAD_ROLES = {"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan",
              "Supreme Leader", "Crown Prince", "Monarch", HEAD_OF_STATE, HEAD_OF_GOVERNMENT,
              HEAD_EITHER, GOVERNOR_GENERAL}

# Words that make a dictionary phrase a description, not a person's name.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "general", "premier", "chancellor",
    "king", "queen", "prince", "princess", "emperor", "empress", "crown", "sir", "dame", "lord",
    "lady", "baron", "baroness", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "gen", "gen.",
    "colonel", "col", "col.", "lt", "lt.", "major", "maj", "maj.", "captain", "capt", "capt.",
    "admiral", "adm", "adm.", "marshal", "field", "brigadier", "commander", "ayatollah",
    "hojatolislam", "hojatoleslam", "mullah", "mawlawi", "maulvi", "samdech", "acting",
    "interim", "former", "ex", "leader", "chief", "chairman", "chairwoman", "deputy", "ambassador",
    "senator", "congressman", "congresswoman", "representative", "governor", "reverend", "rev",
    "rev.", "father", "bishop", "archbishop", "cardinal", "monsignor", "jonkheer", "presient",
    "foreign", "defense", "defence", "state", "party", "communist", "soviet", "russian",
    "american", "us", "u.s.", "british", "administration", "government", "ministry", "department",
    "office", "council", "of", "the", "and", "then", "for", "to", "in", "moscow", "spokesman",
    "spokeswoman", "director", "head", "justice", "judge", "mayor", "envoy", "official", "his",
    "her", "majesty", "highness", "excellency", "cabinet", "army", "forces", "military", "police",
    "national", "republic", "federal", "regime", "junta", "committee", "commission", "union",
    "gov", "gov.", "govenor", "elect", "secretaty", "sen", "sen.", "rep", "rep.",
}
# Words no name has anywhere ("Gorbachev administration", "prime minister of ...").
NON_NAME_WORDS = {"of", "the", "and", "then", "for", "to", "in", "administration", "government",
                  "ministry", "department", "office", "council", "party", "army", "forces", "military",
                  "police", "national", "republic", "federal", "regime", "junta", "committee",
                  "commission", "union", "cabinet", "his", "her", "majesty", "highness", "excellency",
                  "spokesman", "spokeswoman", "communist", "soviet", "russian", "american", "british"}
# Leading words dropped from a name ("Sir Zelman Cowen", "President Karzai" ...) before it is
# checked; a title word left anywhere but last rejects the phrase ("John Major", "Maurice
# Bishop" and "Stephenson King" are names).
LEADING_TITLES = (TITLE_WORDS | {"sayyed", "sayyid", "seyed", "seyyed", "tuan", "pehin", "pengiran",
                                 "lyonpo", "ratu"}) - NON_NAME_WORDS
PARTICLES = {"al", "el", "ul", "arap", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "das",
             "do", "dos", "du", "di", "del", "della", "la", "le", "y", "e", "ter", "zu", "ould"}
REGNAL = re.compile(r"^(?:[IVX]+|[ivx]+)$")
SUFFIXES = {"jr", "jr.", "sr", "sr.", "iii", "3d"}
# States whose people write the syllables of a given name with a hyphen, lower case after
# it ("Ban Ki-moon", "Ma Ying-jeou").
SYLLABLE_HYPHEN = {"KOR", "PRK", "TWN"}
# English given names and the short forms news use for them: a generated "Richard Cheney"
# is the curated "Dick Cheney".
NICKNAMES = [
    {"richard", "dick", "rick"}, {"william", "bill", "will", "billy"}, {"robert", "bob", "rob"},
    {"james", "jim", "jimmy"}, {"michael", "mike"}, {"joseph", "joe"}, {"anthony", "antony", "tony"},
    {"charles", "chuck"}, {"ashton", "ash"}, {"thomas", "tom"}, {"edward", "ted", "ed"},
    {"daniel", "dan"}, {"donald", "don"}, {"lawrence", "larry"}, {"kenneth", "ken"},
    {"christopher", "chris"}, {"samuel", "sam"}, {"frederick", "fred"}, {"nicholas", "nick"},
    {"alexander", "alex"}, {"condoleezza", "condi"}, {"gerald", "gerry"}, {"david", "dave"},
    {"steven", "steve", "stephen"}, {"timothy", "tim"}, {"benjamin", "ben"}, {"john", "jack"},
    {"leonard", "leon"}, {"patrick", "pat"}, {"peter", "pete"}, {"ronald", "ron"},
]
NICK = {n: min(group) for group in NICKNAMES for n in group}


# --- small helpers ---------------------------------------------------------------------------


def fold(text: str) -> str:
    """Accents off: "Köhler" -> "Kohler"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def key(name: str) -> str:
    """The lookup key diplomap's knowledge.normalize makes of a name (casefold, no accents or dots)."""
    k = unicodedata.normalize("NFKC", fold(name.replace("\u2019", "'"))).casefold()
    k = re.sub(r"\s+", " ", k.replace(".", "")).strip()
    return k[4:] if k.startswith("the ") else k


def surname(name: str) -> str | None:
    """Same rule as diplomap's knowledge_names._surname: last word(s), particles kept, regnal numbers off."""
    tokens = name.split()
    while len(tokens) >= 2 and (key(tokens[-1]) in {"jr", "sr"} or REGNAL.match(key(tokens[-1]))):
        tokens.pop()
    if len(tokens) < 2:
        return None
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1][:1].islower():
        i -= 1
    return key(" ".join(tokens[i:]))


def month_end(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def parse_day(text: str) -> str | None:
    """YYMMDD (two-digit years: 00-20 are 20xx) or YYYYMMDD -> ISO; a day past the month's end
    is its last day; anything else None."""
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 20 else 1900 + yy}{text[2:]}"
    y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    if not (1 <= m <= 12 and d >= 1):
        return None
    return date(y, m, min(d, calendar.monthrange(y, m)[1])).isoformat()


def overlap_days(a: tuple[str, str | None], b: tuple[str, str | None]) -> int:
    """Days two terms share (negative: the gap between them); an open end is far in the future."""
    end_a, end_b = a[1] or "9999-12-31", b[1] or "9999-12-31"
    lo, hi = max(a[0], b[0]), min(end_a, end_b)
    return (date.fromisoformat(hi) - date.fromisoformat(lo)).days


# --- Phoenix dictionaries --------------------------------------------------------------------


@dataclass
class Code:
    country: str  # three letters as written (IGO for organisations)
    sector: str  # GOV, GOVBUS, ELI ...
    start: str | None
    end: str | None
    open_ended: bool
    comment: str


@dataclass
class Entry:
    names: list[str]  # entry lines, then "+" synonyms, as written
    codes: list[Code] = field(default_factory=list)
    line: int = 0
    countryinfo: bool = False  # generated from CountryInfo.txt (rulers.org / CIA World Leaders)
    igo_rulers: bool = False  # "# IGOrulers.txt" in Phoenix.International
    header: str | None = None  # the block comment above it ("# U.S. Presidents")
    comment: str = ""


CODE = re.compile(r"\[([^\]]*)\]\s*(?:#([^\[]*))?")


def _parse_code(text: str, comment: str) -> Code | None:
    m = re.fullmatch(r"([A-Z]{3})([A-Z]*)\s*(.*)", text.strip())
    if not m:
        return None
    country, sector, span = m.group(1), m.group(2), m.group(3).replace(" ", "")
    start = end = None
    open_ended = False
    if span.startswith(">"):
        start, open_ended = parse_day(span[1:]), True
        if start is None:
            return None
    elif re.fullmatch(r"\d+-\d+", span):
        a, b = span.split("-")
        start, end = parse_day(a), parse_day(b)
        if start is None or end is None or end < start:
            return None
    elif span:  # "<date" (no start) or malformed: not a usable term
        return None
    return Code(country, sector, start, end, open_ended, comment.strip().lower())


def read_actor_file(path: Path) -> list[Entry]:
    """TABARI/PETRARCH .actors: a name line (several name lines in a row are one actor),
    "+" synonym lines, then "[CODE date-range]" lines; "#" starts a comment."""
    entries: list[Entry] = []
    header: str | None = None
    current: Entry | None = None
    with path.open(encoding="utf-8", errors="replace") as f:
        for no, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if not stripped:  # a blank line ends a block, unless it follows the office's own entry
                if current is not None and any(c.start for c in current.codes):
                    header = None
                continue
            if stripped.startswith("#"):
                text = stripped.lstrip("#").strip().lower()
                if text and "countryinfo" not in text and text[0] not in "[+":
                    header = text
                continue
            body, _, comment = stripped.partition("#")
            if stripped.startswith("+"):
                if current is not None:
                    current.names.append(body[1:].strip())
                continue
            codes = [(c, (cm or "")) for c, cm in CODE.findall(stripped)]
            if stripped.startswith("["):
                if current is not None:
                    for text, cm in codes:
                        code = _parse_code(text, cm)
                        if code:
                            current.codes.append(code)
                    current.countryinfo = current.countryinfo or "countryinfo" in stripped.lower()
                    current.igo_rulers = current.igo_rulers or "igorulers" in stripped.lower()
                    current.comment = current.comment or comment.strip()
                continue
            name = body.split("[")[0].strip()
            if current is not None and not current.codes and not codes:
                current.names.append(name)  # a second name line before the codes
            else:
                current = Entry([name], line=no, header=header, comment=comment.strip())
                entries.append(current)
                for text, cm in codes:
                    code = _parse_code(text, cm)
                    if code:
                        current.codes.append(code)
            low = stripped.lower()
            current.countryinfo = current.countryinfo or "countryinfo" in low
            current.igo_rulers = current.igo_rulers or "igorulers" in low
    return entries


def clean_name(raw: str, country: str) -> str | None:
    """"MOHAMMAD_ALI_RAJA'I_" -> "Mohammad Ali Raja'i"; None for descriptions, fragments and junk."""
    text = raw.replace("_", " ").strip(" ,")
    if not text or "\ufffd" in text or re.search(r"[\d(),;:/\"`]", text.replace("3d", "")):
        return None
    text = re.sub(r"^(?:(?:Dato'?|Datuk|Tun|Tan) (?:Seri|Sri) |Dato'? |Datuk |Tun )", "", text, flags=re.I)
    tokens = text.split()
    titles = {t.rstrip(".") for t in LEADING_TITLES}
    while tokens and all(part.rstrip(".") in titles for part in tokens[0].lower().split("-")):
        tokens.pop(0)
    if any(t.lower() in NON_NAME_WORDS for t in tokens) or any(t.lower() in TITLE_WORDS for t in tokens[:-1]):
        return None
    words = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if REGNAL.match(tok) and i > 0:
            words.append(tok.upper())
        elif low in {"jr", "jr."}:
            words.append("Jr.")
        elif low.startswith(("al-", "el-")) and i > 0:
            words.append(low[:3] + _cap(tok[3:], country))
        elif low in PARTICLES and 0 < i < len(tokens) - 1:
            if low in {"al", "el", "ul"}:  # "Nuri al Maliki" -> "Nuri al-Maliki"
                words.append(low + "-")
            else:
                words.append(low)
        else:
            words.append(_cap(tok, country))
    name = " ".join(words).replace("- ", "-")
    name = re.sub(r"\s+", " ", name).strip()
    return name or None


def _cap(token: str, country: str) -> str:
    """Capitalise one word of a name: "MCNAMARA" -> "McNamara", "D'ALEMA" -> "D'Alema"."""
    if re.fullmatch(r"(?:[A-Za-z]\.)+", token):
        return token.upper()  # initials: "P.V."
    if token.isupper() or token.islower():
        token = token.lower()
        parts = token.split("-")
        if country in SYLLABLE_HYPHEN:
            parts = [parts[0].capitalize(), *parts[1:]]
        else:
            parts = [p.capitalize() for p in parts]
        token = "-".join(parts)
        token = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), token)
        token = re.sub(r"^([OD])'([a-z])", lambda m: m.group(1) + "'" + m.group(2).upper(), token)
    return token


def good_name(name: str) -> bool:
    """At least two words besides a regnal number or suffix, each of two letters or an initial."""
    tokens = name.split()
    core = [t for t in tokens if not REGNAL.match(t) and t.lower() not in SUFFIXES]
    if len(core) < 2 and not (len(core) == 1 and len(tokens) == 2 and REGNAL.match(tokens[1])):
        return False
    for t in core:
        letters = re.sub(r"[^A-Za-zÀ-ÿĀ-žḀ-ỿ]", "", fold(t))
        if len(letters) < 2 and not re.fullmatch(r"[A-Z]\.", t):
            return False
    if tokens[-1].lower() in PARTICLES or tokens[-1].endswith("-"):
        return False  # cut short: "Faysal bin Abdallah bin Muhammad Al"
    if all(re.fullmatch(r"[A-Z]\.", t) for t in core[:-1]) and len(core) <= 2:
        return False  # "J. Smith": an initial and a surname name nobody
    return True


# --- terms -----------------------------------------------------------------------------------


@dataclass
class Term:
    country: str  # ISO3, "" for an organisation
    role: str
    start: str
    end: str | None
    kind: str  # ruler, header, comment, cabinet, igo, coeu, current
    line: int = 0

    @property
    def span(self) -> tuple[str, str | None]:
        return self.start, self.end


@dataclass
class Candidate:
    """One Phoenix entry (or current-leaders row): its names and dated terms."""
    name: str
    aliases: list[str]
    terms: list[Term]
    line: int
    source: str


def header_terms(entries: list[Entry], manual_as_of: str) -> set[int]:
    """The codes (by id) that hold the office a block's heading names ("# U.S. Secretaries of
    State"). The blocks list each holder's whole career, so a term counts only if it hands
    over to another holder's, or takes over from one, within a month, and does not run
    alongside the other holders' (an ambassadorship, a deputy's post)."""
    blocks: list[list[Entry]] = []
    for entry in entries:
        if entry.header in HEADER_ROLES:
            if blocks and blocks[-1][-1].header == entry.header and entry.line - blocks[-1][-1].line < 400:
                blocks[-1].append(entry)
            else:
                blocks.append([entry])
    accepted: set[int] = set()
    month = timedelta(days=31)
    for block in blocks:
        role = HEADER_ROLES[block[0].header or ""]
        sector = HEADER_SECTORS.get(role, "GOV")
        spans = []  # (code, start, end, entry index)
        for i, entry in enumerate(block):
            as_of = RULERS_AS_OF if entry.countryinfo else manual_as_of
            for c in entry.codes:
                labelled = COMMENT_ROLES.get(c.comment, role) if c.comment in COMMENT_ROLES else None
                if c.start and c.sector == sector and labelled in (None, role):
                    end = c.end or max(c.start, as_of)
                    spans.append((c, date.fromisoformat(c.start), date.fromisoformat(end), i))
        linked = [s for s in spans if any(o[3] != s[3] and (abs(o[1] - s[2]) <= month or abs(s[1] - o[2]) <= month)
                                          for o in spans)]
        # of two terms that run alongside each other, a holder's first-listed one is kept
        firsts = {id(next(c for c in entry.codes if c.start and c.sector == sector))
                  for entry in block if any(c.start and c.sector == sector for c in entry.codes)}
        while True:  # drop the term that runs alongside most others, until none does
            counts = [sum(1 for o in linked if o is not s and (min(s[2], o[2]) - max(s[1], o[1])).days > 60)
                      for s in linked]
            if not counts or max(counts) == 0:
                break
            worst = max(range(len(linked)), key=lambda k: (counts[k], id(linked[k][0]) not in firsts,
                                                            linked[k][2] - linked[k][1]))
            linked.pop(worst)
        accepted.update(id(s[0]) for s in linked)
    return accepted


def cia_style(code: Code) -> bool:
    """A term from CountryInfo's monthly cabinet snapshots (2003-2011): starts on the 1st,
    ends on a month's last day or is open."""
    start = date.fromisoformat(code.start)
    return (code.start >= "2003-01-01" and start.day == 1
            and (code.end is None or date.fromisoformat(code.end).day >= 28))


def names_of(entry: Entry, country: str) -> tuple[str | None, list[str]]:
    """The entry's name and its other spellings, as news write them."""
    cleaned = []
    for raw in entry.names:
        name = clean_name(raw, country)
        if name and good_name(name) and key(name) not in {key(c) for c in cleaned}:
            cleaned.append(name)
    if not cleaned:
        return None, []
    main = cleaned[0]
    aliases = [c for c in cleaned[1:]]
    if country in {"MYS", "BRN"} and " bin " in main:  # "Mahathir bin Mohamad" is "Mahathir Mohamad"
        aliases.append(main.replace(" bin ", " "))
    if fold(main) != main and key(fold(main)) == key(main) and fold(main) not in aliases:
        aliases.append(fold(main))  # a plain-ASCII spelling for a name with diacritics
    return main, aliases


class Builder:
    def __init__(self, shared: Path, curated: Path, countries: Path):
        self.shared = shared
        self.curated_rows = read_rows(curated)
        with countries.open(encoding="utf-8") as f:
            self.iso3 = {row["iso3"] for row in csv.DictReader(f)}
        self.notes: dict[str, int] = defaultdict(int)

    # -- Phoenix.Countries ------------------------------------------------------------------

    def country(self, code: Code) -> str | None:
        c = COUNTRY_CODES.get(code.country, code.country)
        return c if c in self.iso3 else None

    def phoenix_countries(self) -> list[Candidate]:
        entries = read_actor_file(self.shared / "phoenix_actor_dictionaries" / "Phoenix.Countries.actors.txt")
        manual_as_of = max((d for e in entries if not e.countryinfo for c in e.codes
                            for d in (c.start, c.end) if d and d <= "2017-07-20"), default=RULERS_AS_OF)
        chained = header_terms(entries, manual_as_of)
        out: list[Candidate] = []
        rulers: dict[str, list[tuple[Entry, list[Term]]]] = defaultdict(list)
        for entry in entries:
            gov = [c for c in entry.codes if c.start and self.country(c)
                   and (c.sector.startswith("GOV") or (c.sector == "SPY" and entry.header in HEADER_ROLES))
                   and c.sector != "GOVLEG"]
            if not gov:
                continue
            countries = [self.country(c) for c in gov]
            name, aliases = names_of(entry, countries[0] or "")
            as_of = RULERS_AS_OF if entry.countryinfo else manual_as_of
            terms: list[Term] = []
            header_role = HEADER_ROLES.get(entry.header or "")
            # rulers.org entries: the ELI codes around their terms name the state they ruled;
            # a governor's term in another country (a colonial posting) is no ruler's
            home = {c.country for c in entry.codes if c.sector == "ELI"}
            ruler = entry.countryinfo and bool(home)
            plain = [c for c in gov if c.sector == "GOV"]
            primary = next((c for c in plain if not cia_style(c)), plain[0] if plain else None)
            ruler_terms: list[Term] = []
            for code in gov:
                country = self.country(code)
                assert country is not None
                end = code.end if not code.open_ended else max(code.start, as_of)
                if end < SINCE:
                    continue
                if code.comment in COMMENT_ROLES:
                    role = COMMENT_ROLES[code.comment]
                    if role is None:
                        continue
                    terms.append(Term(country, role, code.start, end, "comment", entry.line))
                elif header_role and id(code) in chained:
                    terms.append(Term(country, header_role, code.start, end, "header", entry.line))
                elif ruler and not header_role and code.sector == "GOV" and code.country in home \
                        and (code is primary or not cia_style(code)):
                    country = RULER_CODES.get(country, country)
                    rule = FOREIGN_RULE.get(country)
                    if country in NO_RULERS or rule and rule[0] <= code.start < rule[1]:
                        continue
                    t = Term(country, "", code.start, end, "ruler", entry.line)
                    t.open = code.open_ended  # type: ignore[attr-defined]
                    t.primary = code is primary  # type: ignore[attr-defined]
                    ruler_terms.append(t)
                elif country in CABINET_STATES:
                    terms.append(Term(country, OFFICIAL, code.start, end, "cabinet", entry.line))
            if ruler_terms:
                rulers[ruler_terms[0].country].append((entry, ruler_terms))
            terms.extend(ruler_terms)
            if name is None:  # still counts for telling heads of state from heads of government
                self.notes["entries left out: no usable name"] += 1
                continue
            if terms:
                out.append(Candidate(name, aliases, terms, entry.line, "phoenix"))
        for country, listed in rulers.items():
            self.label_rulers(country, listed)
        return out

    def label_rulers(self, country: str, listed: list[tuple[Entry, list[Term]]]) -> None:
        """rulers.org lists a state's heads of state, then its heads of government. Each
        person's first term goes to the current list, or the next one it does not clash with
        (see clash()). Two lists: heads of state, heads of government; one:
        heads of state (presidential systems); more (party leaders, collective presidencies,
        mixed-up dates): the roles are not told apart, except that one or two people who fit
        neither of two lists are the only ones left unsorted."""
        lists: list[list[Term]] = []
        at = 0  # the list the entries above went to: the file never goes back to an earlier one
        names: dict[int, str] = {}
        firsts = [next((t for t in terms if getattr(t, "primary", False)), terms[0]) for _, terms in listed]
        before = {id(firsts[i]): firsts[i - 1] for i in range(1, len(firsts))}  # in file order
        # people whose first-listed term is before 1980 (left out) are placed last, by their
        # next term, in the first list it fits: their place in the file says nothing of it
        ordered = sorted(listed, key=lambda x: not any(getattr(t, "primary", False) for t in x[1]))
        for entry, terms in ordered:
            placed = any(getattr(t, "primary", False) for t in terms)
            primary = next((t for t in terms if getattr(t, "primary", False)), terms[0])
            names[id(primary)] = entry.names[0]
            twin = next((i for i, lst in enumerate(lists) for t in lst
                         if t.span == primary.span and not getattr(t, "open", False)
                         or same_term(primary, t) and similar(entry.names[0], names[id(t)])), None)
            first = at if placed else 0
            # a regent or stand-in is listed right after the holder whose term holds theirs
            free = [i for i in range(first, len(lists))
                    if not any(clash(primary, t, standin=before.get(id(primary)) is t) for t in lists[i])]
            if twin is not None:  # the same term under another spelling of the name
                at = max(at, twin)
                lists[twin].append(primary)
            elif free:
                at = free[0] if placed else at
                lists[free[0]].append(primary)
            else:
                lists.append([primary])
                at = len(lists) - 1 if placed else at
        which = {id(t): i for i, lst in enumerate(lists) for t in lst}
        extra = [t for lst in lists[2:] for t in lst]
        if len(extra) <= 2:  # a stand-in or two that fit neither list: only they stay unsorted
            lists = lists[:2]
        roles = [HEAD_OF_STATE, HEAD_OF_GOVERNMENT] if len(lists) <= 2 else []
        for _, terms in listed:
            home = next((which[id(p)] for p in terms if id(p) in which), 0)
            for t in terms:
                if not roles or home >= 2:
                    t.role = HEAD_EITHER
                    continue
                if id(t) in which:
                    i = home
                else:  # a second term: in the other list if it clashes with this one
                    clashes = any(p is not t and clash(t, p) for p in lists[home])
                    i = 1 - home if clashes else home
                    if clashes and len(lists) == 1:
                        t.role = HEAD_OF_GOVERNMENT
                        continue
                t.role = roles[i]
                if t.role == HEAD_OF_STATE and country in REALMS and t.start < REALM_UNTIL.get(country, "9999"):
                    t.role = GOVERNOR_GENERAL
        self.notes[f"ruler lists: {min(len(lists), 3)}"] += 1

    # -- Phoenix.International --------------------------------------------------------------

    def phoenix_international(self) -> list[Candidate]:
        entries = read_actor_file(self.shared / "phoenix_actor_dictionaries" / "Phoenix.International.actors.txt")
        out = []
        for entry in entries:
            if not entry.igo_rulers:
                continue
            name, aliases = names_of(entry, "")
            if name is None:
                continue
            terms = []
            coeu = re.search(r"president of the coeu from ([a-z_]+)", entry.comment.lower())
            for code in entry.codes:
                if not code.start:
                    continue
                end = code.end if not code.open_ended else max(code.start, RULERS_AS_OF)
                if end < SINCE:
                    continue
                full = code.country + code.sector
                if full == "IGOEUREEC" and coeu and coeu.group(1).upper() in COEU_STATES:
                    role = "Minister" if (name, code.start[:7]) in COEU_NOT_FOREIGN_MINISTER else \
                        FOREIGN_TITLES.get(COEU_STATES[coeu.group(1).upper()], "Foreign Minister")
                    terms.append(Term(COEU_STATES[coeu.group(1).upper()], role, code.start, end, "coeu", entry.line))
                elif full in IGO_ROLES:
                    if full == "IGOWSTNAT" and code.start[5:] == "01-01" and (end[5:] == "12-31" or code.open_ended):
                        continue  # NATO's deputy secretaries general, listed by whole years
                    terms.append(Term("", IGO_ROLES[full], code.start, end, "igo", entry.line))
            if terms:
                out.append(Candidate(name, aliases, terms, entry.line, "phoenix-igo"))
        return out

    # -- world_leaders_current --------------------------------------------------------------

    def current_leaders(self) -> list[Candidate]:
        path = self.shared / "world_leaders_current" / "all-leaders.csv"
        out = []
        with path.open(encoding="utf-8") as f:
            for no, row in enumerate(csv.DictReader(f), 2):
                country = WL_COUNTRIES.get(row["Country"])
                if country is None:
                    continue
                for title, person, since in ((row["HoS Title"], row["Head of State"], row["HoS Since"]),
                                             (row["HoG Title"], row["Head of Government"], row["HoG Since"])):
                    role = WL_ROLES.get(title)
                    if not (role and person and since and re.fullmatch(r"\d{4}-\d{2}-\d{2}", since)):
                        continue
                    if role == "President" and title == row["HoG Title"] and person == row["Head of State"]:
                        continue  # presidential systems list the president twice
                    cc = "" if role in ORG_ROLES else country
                    if cc == "" and role not in ORG_ROLES:
                        continue
                    since = WL_FIXES.get((cc, role), since)
                    aliases = [fold(person)] if fold(person) != person else []
                    aliases += WL_ALIASES.get(person, [])
                    out.append(Candidate(person, aliases, [Term(cc, role, since, None, "current", no)], no, "current"))
        return out

    # -- putting it together ----------------------------------------------------------------

    def build(self) -> list[dict[str, str]]:
        candidates = self.phoenix_countries() + self.phoenix_international() + self.current_leaders()
        curated = Curated(self.curated_rows, self.family_name_first())
        people = self.group(self.given_names_only(candidates))
        rows: list[dict[str, str]] = []
        for person in people:
            rows.extend(self.resolve(person, curated))
        out = [dict(r) for r in self.curated_rows] + rows
        seen: set[tuple[str, ...]] = set()
        unique = []
        for r in out:
            k = (r["name"], r["country"], r["role"], r["start"])
            if k not in seen:
                seen.add(k)
                unique.append(r)
        unique.sort(key=lambda r: (r["country"] == "", r["country"], r["role"], r["start"], r["name"], r["end"]))
        return unique

    def family_name_first(self) -> set[str]:
        path = ROOT / "data" / "knowledge" / "family_name_first.txt"
        if not path.exists():
            return set()
        return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")}

    def given_names_only(self, candidates: list[Candidate]) -> list[Candidate]:
        """Leave out names made of given names only ("Mohammad Reza", "Ahmed Abdallah"): such
        a name, or its last word alone, names someone else far more often than this person.
        A given name is a word at least GIVEN_NAME_USES of the sources' names start with."""
        firsts: dict[str, set[str]] = defaultdict(set)
        for c in candidates:
            for n in (c.name, *c.aliases):
                firsts[key(n).split()[0]].add(key(n))
        elsewhere: dict[str, set[str]] = defaultdict(set)  # first words outside family-name-first states
        family_first = self.family_name_first()
        for c in candidates:
            if not any(t.country in family_first for t in c.terms):
                for n in (c.name, *c.aliases):
                    elsewhere[key(n).split()[0]].add(key(n))
        kept = []
        for c in candidates:
            words = [w for w in key(c.name).split() if w not in PARTICLES]
            regnal = any(REGNAL.match(w) for w in c.name.split()[1:])  # "Juan Carlos I" is a name
            if c.source == "current" or regnal:
                kept.append(c)
            elif len(words) >= 2 and all(len(firsts.get(w, ())) >= GIVEN_NAME_USES for w in words):
                self.notes["people left out: given names only"] += 1
            elif len(words) == 2 and len(firsts.get(words[-1], ())) >= 2 * GIVEN_NAME_USES:
                # "Eugenia Charles": her surname alone would be every "Prince Charles"
                self.notes["people left out: a common given name as surname"] += 1
            elif any(t.country in family_first for t in c.terms) and len(elsewhere.get(words[0], ())) >= GIVEN_NAME_USES:
                # "Arthur Li" of Hong Kong: diplomap reads the first word of a Chinese name
                # as the surname, and "Arthur" alone is nobody's
                self.notes["people left out: a given name first in a family-name-first state"] += 1
            else:
                kept.append(c)
        return kept

    def group(self, candidates: list[Candidate]) -> list[list[Candidate]]:
        """Candidates that share a spelling and a state are one person; a spelling shared by
        people of two states names nobody for sure, so all of them are left out."""
        parent = list(range(len(candidates)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        # one spelling, several entries: the same person if their terms meet, or if it is the
        # name of each; otherwise it is a namesake's alias ("George Bush" under George W. Bush)
        # and is taken off the entries it is not the name of
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(candidates):
            for n in dict.fromkeys(key(n) for n in (c.name, *c.aliases)):
                by_key[n].append(i)
        dropped: dict[int, set[str]] = defaultdict(set)
        for k, ids in by_key.items():
            named = [i for i in ids if key(candidates[i].name) == k]
            for a, i in enumerate(ids):
                for j in ids[a + 1:]:
                    both_named = i in named and j in named
                    meet = any(overlap_days(t.span, u.span) >= 0 for t in candidates[i].terms for u in candidates[j].terms)
                    if both_named or meet:
                        parent[find(j)] = find(i)
                    else:
                        for x in (i, j):
                            if x not in named:
                                dropped[x].add(k)
        for i, keys in dropped.items():
            c = candidates[i]
            c.aliases = [a for a in c.aliases if key(a) not in keys]
        # an organisation's head named shorter than the same person's state entry
        # ("Javier de Cuellar", "Javier Perez de Cuellar"): first and last word the same, the
        # rest in order
        by_ends: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, c in enumerate(candidates):
            if any(t.country for t in c.terms):
                words = key(c.name).split()
                by_ends[words[0], words[-1]].append(i)
        for i, c in enumerate(candidates):
            if any(t.country for t in c.terms):
                continue
            words = key(c.name).split()
            fits = [j for j in by_ends.get((words[0], words[-1]), []) if subsequence(words, key(candidates[j].name).split())]
            if len({find(j) for j in fits}) == 1:
                parent[find(i)] = find(fits[0])
        groups: dict[int, list[Candidate]] = defaultdict(list)
        for i, c in enumerate(candidates):
            groups[find(i)].append(c)
        people = []
        for members in groups.values():
            states = {t.country for c in members for t in c.terms if t.country}
            if len(states) > 1:
                self.notes["people dropped: one name, several states"] += 1
                continue
            # the current leaders' list spells names as news do now; then Phoenix in file order
            people.append(sorted(members, key=lambda c: ({"current": 0, "phoenix": 1}.get(c.source, 2), c.line)))
        return sorted(people, key=lambda m: (m[0].source, m[0].line))

    def resolve(self, members: list[Candidate], curated: Curated) -> list[dict[str, str]]:
        name = members[0].name
        aliases: list[str] = []
        for c in members:
            for n in (c.name, *c.aliases):
                if n != name and n not in aliases:
                    aliases.append(n)
        terms = [t for c in members for t in c.terms]
        states = {t.country for t in terms if t.country}
        state = next(iter(states), "")
        match = curated.match([name, *aliases], state, terms)
        if match == "conflict":
            self.notes["people dropped: name of a curated person of another state"] += 1
            return []
        if match is not None:
            name, aliases = match, list(curated.aliases[match])
            own = curated.terms[match]
            kept = [t for t in terms if not any(overlap_days(t.span, s) > 0 for s in own)]
            self.notes["terms dropped: curated person, curated term"] += len(terms) - len(kept)
            terms = kept
        else:
            kept = []
            for t in terms:
                # a minor office's holder does not take a curated leader's surname away (a
                # surname two people in office share names neither); a leader keeps his row
                minor = t.role in (OFFICIAL, "Minister")
                rivals = curated.namesakes([name, *aliases], t.country or state) if minor else []
                if any(overlap_days(t.span, s) > 0 for s in rivals):
                    self.notes["terms dropped: minor office, surname of a curated person in office"] += 1
                else:
                    kept.append(t)
            terms = kept
        terms = [c for t in terms if (c := curated.clip(t)) is not None]
        terms = merge_terms(terms)
        if not terms:
            return []
        alias_cell = "|".join(a for a in aliases if a != name and a != name.split()[-1])
        return [{"name": name, "aliases": alias_cell, "country": t.country, "role": t.role,
                 "start": t.start, "end": t.end or ""} for t in terms]


def subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def role_class(role: str) -> str:
    if role in ORG_ROLES:
        return role
    if role in HEAD_ROLES - {GOVERNOR_GENERAL}:
        return "head"
    if role in {"Foreign Minister", "Secretary of State", "Foreign Secretary"}:
        return "foreign"
    return role


class Curated:
    """The hand-kept rows, indexed for the conflict rules."""

    CUTOFF = "2000-01-01"  # they hold every holder of their offices and states from this day

    def __init__(self, rows: list[dict[str, str]], family_name_first: set[str]):
        self.terms: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        self.aliases: dict[str, tuple[str, ...]] = {}
        self.by_key: dict[tuple[str, str], str] = {}
        self.states_of_key: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.scope: set[tuple[str, str]] = set()
        self.country_of: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, list[str]] = {}
        self.by_last: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            person = r["name"]
            names = [person, *(a for a in r["aliases"].split("|") if a)]
            self.names[person] = names
            self.terms[person].append((r["start"], r["end"] or None))
            self.aliases[person] = tuple(a for a in r["aliases"].split("|") if a)
            self.country_of[person].add(r["country"])
            self.scope.add((r["country"], role_class(r["role"])))
            for n in names:
                self.by_key[key(n), r["country"]] = person
                self.by_key.setdefault((bare_key(n), r["country"]), person)
                self.by_last[key(n).split()[-1]].add(person)
                self.states_of_key[key(n)].add(r["country"])
                for s in surname_keys(n, r["country"], family_name_first):
                    self.by_surname[s].add(person)
        self.family_name_first = family_name_first

    def match(self, names: list[str], state: str, terms: list[Term]) -> str | None:
        """The curated person these names are ("conflict": a curated person of another state)."""
        for n in names:
            for c in (state, ""):
                for k in (key(n), bare_key(n)):
                    if (k, c) in self.by_key:
                        return self.by_key[k, c]
        # the same state, surname and time, and a name spelt nearly alike ("Sheikh Jabir
        # al-Ahmad al-Jabir al-Sabah" is "Jaber Al-Ahmad Al-Jaber Al-Sabah")
        best: tuple[float, str] | None = None
        for n in names:
            for person in sorted(self.by_last.get(key(n).split()[-1], ())):
                if state not in self.country_of[person] or not any(
                        overlap_days(t.span, span) > 0 for t in terms for span in self.terms[person]):
                    continue
                ratio = max(difflib.SequenceMatcher(None, bare_key(n), bare_key(m)).ratio()
                            for m in self.names[person])
                if ratio >= 0.8 and (best is None or ratio > best[0]):
                    best = (ratio, person)
        if best is not None:
            return best[1]
        for n in names:  # "Richard Cheney" is "Dick Cheney"
            tokens = key(n).split()
            if len(tokens) < 2 or tokens[0] not in NICK:
                continue
            for (k, c), person in self.by_key.items():
                other = k.split()
                if c == state and len(other) >= 2 and other[-1] == tokens[-1] and NICK.get(other[0]) == NICK[tokens[0]] \
                        and len(other) == len(tokens):
                    return person
        for n in names:
            if self.states_of_key.get(key(n), set()) - {"", state}:
                return "conflict"
        return None

    def namesakes(self, names: list[str], country: str) -> list[tuple[str, str | None]]:
        """Terms of curated people whose surname one of these names shares."""
        spans = []
        for n in names:
            for s in surname_keys(n, country, self.family_name_first):
                for person in self.by_surname.get(s, ()):
                    spans.extend(self.terms[person])
        return spans

    def clip(self, t: Term) -> Term | None:
        """Curated rows hold every holder of their offices from 2000 on: a generated term of
        such an office ends there."""
        if (t.country, role_class(t.role)) not in self.scope:
            return t
        if t.start >= self.CUTOFF:
            return None
        if t.end is None or t.end > self.CUTOFF:
            return Term(t.country, t.role, t.start, self.CUTOFF, t.kind, t.line)
        return t


HONORIFICS = {"sheikh", "shaikh", "sheikha", "sayyed", "sayyid", "seyed", "sir", "dame", "prince", "king",
              "queen", "emir", "sultan", "samdech", "tuanku"}


def bare_key(name: str) -> str:
    """The key without leading honorifics: "Sheikh Saad al-Abdullah" -> "saad al-abdullah"."""
    words = key(name).split()
    while len(words) > 2 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def surname_keys(name: str, country: str, family_name_first: set[str]) -> set[str]:
    keys = set()
    s = surname(name)
    if s:
        keys.add(s)
    if country in family_name_first and " " in name:
        keys.add(key(name.split()[0]))
    return keys


def clash(a: Term, b: Term, standin: bool = False) -> bool:
    """Two terms that cannot be one office's: they share over 60 days and over half of the
    shorter one (a few weeks' double count at a handover do not count, nor, with
    ``standin``, a regent's or acting holder's months wholly inside a much longer term)."""
    shared = overlap_days(a.span, b.span)
    shorter, longer = sorted((overlap_days(a.span, a.span), overlap_days(b.span, b.span)))
    if standin and shorter < 365 and shorter * 3 < longer and shared >= shorter:
        return False  # a regent's or acting holder's months inside a long term
    return shared > 60 and shared > shorter / 2


def similar(a: str, b: str) -> bool:
    """Two spellings of one name ("KONSTANTINOS_KARAMANLIS_", "KONSTANDINOS_KARAMANLIS_")."""
    return difflib.SequenceMatcher(None, key(a), key(b)).ratio() >= 0.8


def same_term(a: Term, b: Term) -> bool:
    """Nearly the same dates (start and end within a week)."""
    def days(x: str | None, y: str | None) -> int:
        return abs((date.fromisoformat(x or "9999-12-31") - date.fromisoformat(y or "9999-12-31")).days)
    return days(a.start, b.start) <= 7 and days(a.end, b.end) <= 7


def merge_terms(terms: list[Term]) -> list[Term]:
    """One term per stretch of office: same country and role, overlapping or a day apart.
    A generic government term inside a named office's is left out, and an older source's
    term stops where the current leaders' list starts the same office."""
    current = [t for t in terms if t.kind == "current"]
    fixed = []
    for t in terms:
        if t.kind != "current":
            for c in current:
                if c.country == t.country and role_class(c.role) == role_class(t.role) and overlap_days(t.span, c.span) >= 0:
                    cut = Term(t.country, t.role, t.start, c.start, t.kind, t.line)
                    t = cut if overlap_days(cut.span, cut.span) > 7 else None
                    break
        if t is not None and t.start <= (t.end or "9999"):
            fixed.append(t)
    fixed.sort(key=lambda t: (t.country, t.role, t.start))
    merged: list[Term] = []
    for t in fixed:
        last = merged[-1] if merged else None
        if last and (last.country, last.role) == (t.country, t.role) and overlap_days(last.span, t.span) >= -1:
            end = None if last.end is None or t.end is None else max(last.end, t.end)
            merged[-1] = Term(last.country, last.role, last.start, end, last.kind, last.line)
        else:
            merged.append(t)
    named = [t for t in merged if t.role != OFFICIAL]
    return [t for t in merged if t.role != OFFICIAL
            or not any(n.country == t.country and overlap_days(t.span, n.span) > 31 for n in named)]


# --- files -----------------------------------------------------------------------------------


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise SystemExit(f"{path}: header must be {','.join(COLUMNS)}")
        return [dict(r) for r in reader]


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def stats(rows: list[dict[str, str]], iso3: set[str]) -> str:
    heads = HEAD_ROLES
    foreign = {"Foreign Minister", "Secretary of State", "Foreign Secretary"}
    lines = [f"rows: {len(rows)}"]
    def covered(roles: set[str], day: str) -> set[str]:
        return {r["country"] for r in rows if r["role"] in roles and r["country"]
                and r["start"] <= day <= (r["end"] or "9999")}

    for day in ("1987-06-01", "2000-06-01", "2015-06-01", "2026-09-01"):
        h, f = covered(heads, day), covered(foreign, day)
        lines.append(f"{day}: states with a head {len(h)}, with a foreign minister {len(f)}, "
                     f"with both {len(h & f)} (of {len(iso3)})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared benchmarks folder")
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="only compare with --out; exit 1 if it differs")
    parser.add_argument("--stats", action="store_true", help="print coverage and what was left out")
    args = parser.parse_args(argv)
    builder = Builder(args.shared, args.curated, COUNTRIES)
    text = render(builder.build())
    if args.stats:
        rows = list(csv.DictReader(io.StringIO(text)))
        print(stats(rows, builder.iso3))
        for note, n in sorted(builder.notes.items()):
            print(f"{note}: {n}")
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from what the sources give'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
