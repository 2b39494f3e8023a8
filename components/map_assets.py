"""vis-network as a file the dashboard's server sends (``app.py`` adds the route), so that a
browser fetches and compiles its 0.5 MB once and keeps it, instead of receiving it inside every
map page (``render.render_html``'s ``vis_src``). A page served without the route
(``streamlit run dashboard.py``) draws maps that carry it inline."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from diplomap.views.page_assets import vis_network_file

KEEP_FOR_GOOD = "public, max-age=31536000, immutable"  # the file's name changes with its content

_served: list[str] = []  # the file's address, once this process's server has the route


def routes(base_url_path: str = "") -> list[Route]:
    """The server's route to the file, under Streamlit's ``server.baseUrlPath`` as the page is."""
    path = "diplomap/" + vis_network_file()[1]
    _served[:] = [path]
    return [Route("/" + "/".join(filter(None, (base_url_path.strip("/"), path))), send_vis_network)]


def vis_network_src() -> str | None:
    """Where a map page finds the file (relative: it resolves against the dashboard's own address,
    however the server is reached), or None when this server does not send it."""
    return _served[0] if _served else None


async def send_vis_network(request: Request) -> Response:
    """The script, cacheable for good and readable from the map's sandboxed frame, whose opaque
    origin makes every load cross-origin (the page checks it by its hash)."""
    return Response(vis_network_file()[0], media_type="text/javascript",
                    headers={"Cache-Control": KEEP_FOR_GOOD, "Access-Control-Allow-Origin": "*"})
