"""When a browser has drawn a map: told to the server, and to the page's session.

The server: its warm-up's second half waits for the first map drawn (``warm_up.warm_filters``: the
corpus's rows read and its index built, 1.2 s of CPU at 100,000 articles). Started as soon as the
first page run ended, that work took the machine's cores while the browser was still fetching
vis-network from this server and drawing the map (on two cores, up to 0.8 s of a restarted server's
first view). The map page posts ``diplomap:drawn`` to its component
(``diplomap/views/frontend``), which sends one beacon per browser page to this route; ``app.py`` adds
it beside vis-network's. A page served without the route (``streamlit run dashboard.py``) sends none.

The session: until a session's browser has drawn its first map, the page leaves what is beside and
below the map (the quotes or the focused actor, the actors' table) and the sidebar's filter widgets
for the next run, which the map's component asks for once the map is drawn (its ``drawn`` trigger;
after ``LATER_MS`` at most, if the map page never says so). Those parts' code (Streamlit's table and
widgets, 1.2 MB of JavaScript a first visit fetches and compiles) and their data took the browser's
CPU while it drew the map: at 100,000 articles, 0.8-1.0 s of the browser's 3.3-3.5 s of CPU to a
first view. Only in a server with the route (``app.py``): ``streamlit run dashboard.py`` and
``AppTest`` draw every part in every run, as before.
"""
from __future__ import annotations

import threading
from collections.abc import MutableMapping

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PATH = "diplomap/drawn"
SESSION_KEY = "_map_drawn"  # set in a session's state once its browser has drawn a map
LATER_MS = 3000  # the component asks for the rest of the page this long after mounting, drawn or not
drawn = threading.Event()  # set once, by the first beacon: the warm-up waits for it only once
_served: list[str] = []


def route(base_url_path: str = "") -> Route:
    """The beacon's route, under Streamlit's ``server.baseUrlPath`` as the page is."""
    _served[:] = [PATH]
    return Route("/" + "/".join(filter(None, (base_url_path.strip("/"), PATH))), heard, methods=["POST"])


def beacon_path() -> str | None:
    """Where a page sends its beacon (relative to the page's address), or None without the route."""
    return _served[0] if _served else None


async def heard(request: Request) -> Response:
    drawn.set()
    return Response(status_code=204)


def secondary_later(state: MutableMapping, map_shown: bool) -> bool:
    """Whether this run leaves the page's secondary parts for the next: a map is shown (its component
    asks for that run), this session's browser has not drawn one yet, and the server listens."""
    return map_shown and beacon_path() is not None and not state.get(SESSION_KEY)


def session_drawn(state: MutableMapping) -> None:
    """The component's ``drawn`` trigger: the next run (this one's cause) draws every part."""
    state[SESSION_KEY] = True
