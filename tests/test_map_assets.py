"""vis-network as a file the dashboard's server sends and browsers keep (components/map_assets.py)."""
from __future__ import annotations

import asyncio
import hashlib
import re
import threading

import pytest

from components import map_assets
from diplomap.views.page_assets import vis_network, vis_network_file


@pytest.fixture
def unrouted(monkeypatch):
    monkeypatch.setattr(map_assets, "_served", [])


def test_file_name_changes_with_the_content_so_browsers_may_keep_it():
    js, name = vis_network_file()
    assert js == vis_network()[0] and len(js) > 400_000
    assert re.fullmatch(r"vis-network-[0-9a-f]{16}\.min\.js", name)
    assert name[len("vis-network-"):-len(".min.js")] == hashlib.sha256(js.encode()).hexdigest()[:16]


def test_maps_carry_vis_network_inline_until_the_server_routes_the_file(unrouted):
    assert map_assets.vis_network_src() is None
    route, = map_assets.routes("")
    assert route.path == "/" + map_assets.vis_network_src()
    assert map_assets.vis_network_src() == "diplomap/" + vis_network_file()[1]


@pytest.mark.parametrize("base", ["dash", "/dash/", "team/dash"])
def test_route_sits_under_the_servers_base_path(unrouted, base):
    route, = map_assets.routes(base)
    assert route.path == f"/{base.strip('/')}/diplomap/{vis_network_file()[1]}"
    assert map_assets.vis_network_src() == f"diplomap/{vis_network_file()[1]}"  # relative to the page


def test_file_is_sent_cacheable_for_good_and_readable_from_the_sandboxed_frame():
    response = asyncio.run(map_assets.send_vis_network(None))
    assert response.body.decode("utf-8") == vis_network()[0]
    assert response.media_type == "text/javascript"
    assert "immutable" in response.headers["cache-control"]
    assert response.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize("base", ["", "dash", "/dash/"])
def test_maps_tell_the_server_they_are_drawn_only_where_it_listens(monkeypatch, base):
    """The map component sends its beacon to ``beacon_path`` (relative to the page), given only once
    ``app.py`` has added the route; the route takes a POST and answers with nothing."""
    from components import map_drawn

    monkeypatch.setattr(map_drawn, "_served", [])
    monkeypatch.setattr(map_drawn, "drawn", threading.Event())
    assert map_drawn.beacon_path() is None
    route = map_drawn.route(base)
    assert route.path == "/" + "/".join(filter(None, (base.strip("/"), "diplomap/drawn")))
    assert route.methods == {"POST"} and map_drawn.beacon_path() == "diplomap/drawn"
    assert asyncio.run(map_drawn.heard(None)).status_code == 204 and map_drawn.drawn.is_set()
