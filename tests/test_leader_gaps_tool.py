"""tools/leader_gaps.py reads former states as the pipeline does (former_states.csv).

Made-up rows: a Soviet minister is coded RUS, like every Soviet leader in leaders.csv, and
must count for SUN before 1991-12-26, not leave the Soviet Union looking empty.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "leader_gaps.py"
_spec = importlib.util.spec_from_file_location("leader_gaps_tool", TOOL)
assert _spec and _spec.loader
gaps_tool = sys.modules["leader_gaps_tool"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gaps_tool)

FORMER = {"RUS": ("SUN", "1991-12-26"), "CZE": ("CSK", "1993-01-01")}
ROWS = [{"name": "Ivan Madeupov", "country": "RUS", "role": "Foreign Minister",
         "start": "1985-07-02", "end": "1995-01-01"}]
FOREIGN = {"Foreign Minister"}


def test_successor_rows_count_for_the_former_state_before_its_end() -> None:
    assert gaps_tool.holders(ROWS, "SUN", "1987-06-01", FOREIGN, FORMER) == ["Ivan Madeupov"]
    assert gaps_tool.holders(ROWS, "RUS", "1987-06-01", FOREIGN, FORMER) == []
    assert gaps_tool.holders(ROWS, "RUS", "1993-06-01", FOREIGN, FORMER) == ["Ivan Madeupov"]
    assert gaps_tool.holders(ROWS, "SUN", "1993-06-01", FOREIGN, FORMER) == []


def test_states_are_listed_only_while_they_exist() -> None:
    assert gaps_tool.existed("SUN", "1991-07-01", FORMER)
    assert not gaps_tool.existed("SUN", "1992-07-01", FORMER)
    assert not gaps_tool.existed("CZE", "1992-07-01", FORMER)
    assert gaps_tool.existed("CZE", "1993-07-01", FORMER)
    assert not gaps_tool.existed("DDR", "1991-07-01", FORMER)
    assert gaps_tool.existed("FRA", "1987-07-01", FORMER)


def test_the_real_file_has_no_soviet_gap_in_1987() -> None:
    found = {(iso3, office) for iso3, office, _ in gaps_tool.gaps(1987, 1987, "06-01", None)}
    assert not {office for iso3, office in found if iso3 in {"SUN", "CSK", "YUG", "DDR"}}
