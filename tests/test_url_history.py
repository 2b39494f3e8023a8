"""Back and Forward undo and redo view changes (issue #12, 10), the focused line too: the Python side.

In the browser (``tests/test_map_browser.py``), Streamlit's page turns the one address message a
changed view sends into a ``history.pushState``, and Back/Forward into a rerun with the restored
address and ``is_history_navigation`` set. Here: that rerun puts the address back into the widgets,
a normal run never undoes a change with an older address, and an unchanged view writes nothing.
"""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from streamlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext
from streamlit.testing.v1 import AppTest
from table_helpers import maps, table

from components import url
from components.choices import Choices

CHOICES = Choices(actors=("keir-starmer", "vladimir-putin"), labels={"keir-starmer": "Keir Starmer (GBR)",
                  "vladimir-putin": "Vladimir Putin (RUS)"}, countries=("GBR", "RUS"), types=("meet", "call"),
                  statuses=("occurred",), sources=(), first_date=None, last_date=None)


def test_streamlit_still_reports_history_navigation():
    """``url.history_navigation`` reads this field of Streamlit's run context (Streamlit 1.67)."""
    assert "is_history_navigation" in {f.name for f in dataclasses.fields(ScriptRunContext)}


def test_a_restored_address_replaces_the_whole_view():
    state = {**url.STATE_DEFAULTS, "countries": ["GBR"], "actor": "keir-starmer", "pair": ["a", "b"],
             "radius": 2, "tab": "Overview", "colour_by": "community"}
    problems = url.restore_state(state, {"leader": ["vladimir-putin"], "type": ["meet,call"]}, CHOICES)
    assert problems == []
    assert state["leaders"] == ["vladimir-putin"] and state["types"] == ["meet", "call"]
    # what the address leaves out goes back to its default, the focused line too
    assert state["countries"] == [] and state["actor"] is None and state["pair"] is None
    assert state["radius"] == 1 and state["tab"] == "Graph" and state["colour_by"] == "region"


def test_a_first_read_keeps_what_the_session_already_holds():
    state = {"countries": ["RUS"]}
    problems = url.restore_state(state, {"tab": ["Actor"], "actor": ["nobody"]}, CHOICES, first=True)
    assert state["countries"] == ["RUS"] and state["tab"] == "Actor" and state["actor"] is None
    assert problems == ["actor 'nobody': no such actor in the store"]
    url.restore_state(state, {"tab": ["Nowhere"]}, CHOICES)
    assert state["tab"] == "Graph" and state["countries"] == []


class FakeQueryParams(dict):
    """``st.query_params`` as ``write_url`` uses it; counts the address messages (each one a history entry)."""
    messages = 0

    def get_all(self, name):
        value = self.get(name)
        return [] if value is None else value if isinstance(value, list) else [value]

    def from_dict(self, params):
        self.clear()
        self.update(params)
        self.messages += 1


def test_one_address_per_changed_view_and_none_for_an_unchanged_one(monkeypatch):
    fake = SimpleNamespace(session_state={**url.STATE_DEFAULTS}, query_params=FakeQueryParams())
    monkeypatch.setattr(url, "st", fake)
    assert url.read_url(CHOICES, frozenset()) == []
    url.write_url()
    assert fake.query_params.messages == 0  # the first view is the address it was opened with
    fake.session_state.update(countries=["GBR", "RUS"], types=["meet"], actor="keir-starmer")
    url.write_url()  # three changes in one run: one message
    assert fake.query_params.messages == 1
    assert fake.query_params == {"country": ["GBR", "RUS"], "type": "meet", "actor": "keir-starmer"}
    url.write_url()  # a rerun that changed nothing
    assert fake.query_params.messages == 1
    fake.session_state.update(actor=None, pair=["keir-starmer", "vladimir-putin"])  # a click on a line
    url.write_url()
    assert fake.query_params.messages == 2
    assert fake.query_params == {"country": ["GBR", "RUS"], "type": "meet", "pair": "keir-starmer~vladimir-putin"}
    url.write_url()
    assert fake.query_params.messages == 2


# --- the focused line in the address: pair=a~b ---------------------------------------------------

def test_a_pair_in_the_address_is_two_known_actors():
    state, problems = url.state_from_params({"pair": ["vladimir-putin~keir-starmer"]}, CHOICES)
    assert (state, problems) == ({"pair": ["keir-starmer", "vladimir-putin"]}, [])  # one spelling per line
    assert url.params_from_state(state) == {"pair": ["keir-starmer~vladimir-putin"]}
    state, problems = url.state_from_params({"pair": ["keir-starmer~nobody"]}, CHOICES)
    assert state == {} and problems == ["pair 'keir-starmer~nobody': no such actor in the store: 'nobody'"]


@pytest.mark.parametrize("value, problem", [
    ("keir-starmer", "must be two ids joined by ~ (a~b)"),
    ("keir-starmer~vladimir-putin~x", "must be two ids joined by ~ (a~b)"),
    ("~vladimir-putin", "must be two ids joined by ~ (a~b)"),
    ("keir-starmer~keir-starmer", "the same id twice"),
])
def test_a_malformed_pair_is_reported(value, problem):
    assert url.state_from_params({"pair": [value]}, CHOICES) == ({}, [f"pair {value!r}: {problem}"])


def test_one_focus_at_a_time():
    """An address naming an actor and a pair keeps the actor; focusing one clears the other."""
    from components.graph_component import apply_selection

    state, problems = url.state_from_params({"actor": ["keir-starmer"], "pair": ["keir-starmer~vladimir-putin"]},
                                            CHOICES)
    assert state == {"actor": "keir-starmer"}
    assert problems == ["pair 'keir-starmer~vladimir-putin': the address also focuses actor 'keir-starmer' "
                        "(one focus at a time)"]
    session = {**url.STATE_DEFAULTS, "actor": "keir-starmer"}
    apply_selection(session, {"kind": "edge", "from": "vladimir-putin", "to": "keir-starmer"})
    assert session["actor"] is None and session["pair"] == ["keir-starmer", "vladimir-putin"]
    apply_selection(session, {"kind": "node", "id": "vladimir-putin"})
    assert session["actor"] == "vladimir-putin" and session["pair"] is None


def test_back_restores_a_focused_line():
    state = {**url.STATE_DEFAULTS, "actor": "keir-starmer"}
    assert url.restore_state(state, {"pair": ["vladimir-putin~keir-starmer"]}, CHOICES) == []
    assert state["pair"] == ["keir-starmer", "vladimir-putin"] and state["actor"] is None
    url.restore_state(state, {"actor": ["keir-starmer"]}, CHOICES)
    assert state["pair"] is None and state["actor"] == "keir-starmer"


def map_page(at: AppTest) -> dict:
    return maps(at)[0]


def go(at: AppTest, monkeypatch, address: dict, *, history: bool = True) -> AppTest:
    """Rerun as the browser does on Back/Forward (``history``): with that address and the flag set."""
    monkeypatch.setattr(url, "history_navigation", lambda: history)
    at.query_params.clear()
    at.query_params.update(address)
    at.run()
    monkeypatch.setattr(url, "history_navigation", lambda: False)
    assert not at.exception, at.exception
    return at


def test_back_and_forward_restore_the_widgets_and_the_map(seed_store, open_app, monkeypatch):
    at = open_app({"store": seed_store, "articles": ""})
    assert "Vladimir Putin" in map_page(at)["html"]
    at.multiselect(key="countries").select("GBR").run()
    assert at.query_params == {"country": "GBR"}
    at.session_state["actor"] = "keir-starmer"  # as a click on the map does
    at.run()
    assert at.query_params == {"country": "GBR", "actor": "keir-starmer"}
    at.session_state["tab"] = "Overview"
    at.run()
    assert at.query_params == {"country": "GBR", "actor": "keir-starmer", "tab": "Overview"}

    go(at, monkeypatch, {"country": "GBR", "actor": "keir-starmer"})  # Back
    assert at.session_state["tab"] == "Graph" and map_page(at)["focus"] == "keir-starmer"
    go(at, monkeypatch, {"country": "GBR"})  # Back
    assert at.session_state["actor"] is None and map_page(at)["focus"] is None
    assert at.multiselect(key="countries").value == ["GBR"] and "Vladimir Putin" not in map_page(at)["html"]
    go(at, monkeypatch, {})  # Back to the first view
    assert at.multiselect(key="countries").value == [] and "Vladimir Putin" in map_page(at)["html"]
    assert at.query_params == {}
    go(at, monkeypatch, {"country": "GBR"})  # Forward
    assert at.multiselect(key="countries").value == ["GBR"] and "Vladimir Putin" not in map_page(at)["html"]
    assert at.query_params == {"country": "GBR"}  # a restored view is not written again


PAIR = "donald-trump~vladimir-putin"  # the seed's one line to Putin: their call


def pair_heading(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("####") and "—" in m.value]


def test_a_line_in_the_address_opens_its_panel_and_back_leaves_it(seed_store, open_app, monkeypatch):
    at = open_app({"store": seed_store, "articles": ""}, pair="vladimir-putin~donald-trump")
    assert not at.warning, [w.value for w in at.warning]
    assert at.session_state["pair"] == ["donald-trump", "vladimir-putin"] and at.session_state["actor"] is None
    assert map_page(at)["edge"] == ["donald-trump", "vladimir-putin"] and map_page(at)["focus"] is None
    assert len(pair_heading(at)) == 1 and "Vladimir Putin" in pair_heading(at)[0]
    rows = table(at, "pair_rows")
    assert list(rows["Type"]) == ["call"] and "Putin" in rows["Evidence"][0] and rows["Article"][0]
    assert at.query_params == {"pair": "vladimir-putin~donald-trump"}  # the opened address is left as it is

    at.session_state["pair"] = None  # as the background click does
    at.run()
    assert at.query_params == {} and map_page(at)["edge"] is None and not pair_heading(at)
    go(at, monkeypatch, {"pair": PAIR})  # Back
    assert map_page(at)["edge"] == ["donald-trump", "vladimir-putin"] and len(pair_heading(at)) == 1
    go(at, monkeypatch, {})  # Forward
    assert map_page(at)["edge"] is None and not pair_heading(at)


def test_an_unknown_actor_in_a_pair_is_reported(seed_store, open_app):
    at = open_app({"store": seed_store, "articles": ""}, pair="vladimir-putin~nobody")
    warnings = [w.value for w in at.warning]
    assert any("Ignored from the address" in w and "nobody" in w for w in warnings), warnings
    assert at.session_state["pair"] is None and map_page(at)["edge"] is None and not pair_heading(at)
    at.run()  # the run after (the rest of a first page comes within a second): still said
    assert [w.value for w in at.warning] == warnings
    at.session_state["colour_by"] = "community"  # the view changed: the address's problems no longer apply
    at.run()
    assert not any("Ignored from the address" in w.value for w in at.warning)


def test_a_pair_without_a_line_on_the_map_says_so(seed_store, open_app):
    """Two known actors who never met (or whose line the filters hide): no empty panel, a note."""
    at = open_app({"store": seed_store, "articles": ""}, pair="keir-starmer~vladimir-putin")
    assert not at.warning and map_page(at)["edge"] is None and not pair_heading(at)
    assert any("No line between Keir Starmer and Vladimir Putin" in c.value for c in at.caption)


def test_a_normal_run_with_an_older_address_keeps_the_new_values(seed_store, open_app, monkeypatch):
    """A second change sent before the first one's address reached the page must not undo the first."""
    at = open_app({"store": seed_store, "articles": ""})
    at.multiselect(key="countries").select("GBR").run()
    at.multiselect(key="types").select("call")
    go(at, monkeypatch, {}, history=False)
    assert at.multiselect(key="countries").value == ["GBR"]
    assert at.query_params == {"country": "GBR", "type": "call"}
