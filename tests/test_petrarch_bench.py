"""The PETRARCH external check (bench/petrarch.py): its reading of the record files and its
scoring rules, on small invented records (no sentence of the reference files)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from diplomap.models import Actor, Article, Extraction, Interaction

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_petrarch", ROOT / "bench" / "petrarch.py")
petrarch = sys.modules["bench_petrarch"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(petrarch)

RECORDS = """<Sentences>
<Sentence category="X" date="20010203" id="R1" evaluate="true"/>
<EventCoding eventcode="040" sourcecode="CHLGOV" targetcode="PER" />
<Text>
Chile's minister met
Peru's president
</Text>
</Sentence>
<Sentence date="20010204" id="R2" category="X" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="CHL" targetcode="PER" eventcode="111"></EventCoding>
<Text>Chile criticised Peru.</Text>
</Sentence>
<Sentence id="R3" noevents="True">
<Text>Nothing happened</Text>
</Sentence>
</Sentences>
"""


def _extraction(*interactions: Interaction) -> Extraction:
    actors = [Actor("chile", "Chile", "country", "CHL"), Actor("ana-ruiz", "Ana Ruiz", "person", "PER"),
              Actor("zorn", "Zorn Envoy", "person", None)]
    return Extraction(article=Article(id="a", text="x"), actors=actors, interactions=list(interactions))


def test_reads_self_closed_and_plain_records(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    records = petrarch.load_records(path)
    assert [r.id for r in records] == ["R1", "R2", "R3"]
    assert records[0].text == "Chile's minister met Peru's president."  # one line, closed by a full stop
    assert records[0].date == "2001-02-03" and records[2].date is None
    assert records[0].codings == (petrarch.Coding("040", "CHLGOV", "PER"),)
    assert records[2].codings == ()


def test_found_needs_the_coded_pair_and_false_needs_any_meeting():
    meeting = petrarch.Record("R1", "t", None, (petrarch.Coding("040", "CHLGOV", "PER"),))
    other = petrarch.Record("R2", "t", None, (petrarch.Coding("111", "CHL", "PER"),))
    met = _extraction(Interaction("meet", ["chile", "ana-ruiz"]))
    negated = _extraction(Interaction("meet", ["chile", "ana-ruiz"], status="negated"))
    names: dict[str, set[str]] = {}
    assert petrarch.score(meeting, met, petrarch.GSR_MEETING, names).ok
    assert not petrarch.score(meeting, negated, petrarch.GSR_MEETING, names).ok
    assert not petrarch.score(other, met, petrarch.GSR_MEETING, names).ok  # a false meeting
    assert petrarch.score(other, negated, petrarch.GSR_MEETING, names).ok


def test_actor_matches_by_country_name_word_or_body():
    names = {"ZRN": {"zorn"}}
    chile, envoy = Actor("c", "Chile", "country", "CHL"), Actor("z", "Zorn Envoy", "person", None)
    assert petrarch.matches(chile, "CHLGOV", names)
    assert not petrarch.matches(chile, "PER", names)
    assert petrarch.matches(envoy, "ZRNGOV", names)
    assert petrarch.matches(Actor("u", "Union", "organization", None), "IGOEUREEC", names)
    assert petrarch.matches(envoy, "---", names)
