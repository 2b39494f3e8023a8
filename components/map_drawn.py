"""The server told when a browser has drawn its first map, so that the warm-up's second half waits
for it (``warm_up.warm_filters``: reading the corpus's rows and building its index, 1.2 s of CPU at
100,000 articles). Started as soon as the first page run ended, that work took the machine's cores
while the browser was still fetching vis-network from this server and drawing the map (on two cores,
0.3-0.9 s of a restarted server's first view). The map page posts ``diplomap:drawn`` to its component
(``diplomap/views/frontend``), which sends one beacon per browser page to this route; ``app.py`` adds
it beside vis-network's. A page served without the route (``streamlit run dashboard.py``) sends none.
"""
from __future__ import annotations

import threading

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PATH = "diplomap/drawn"
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
