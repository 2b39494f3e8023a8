"""diplomap's dashboard server: who met whom, when and where, and what they said.

    streamlit run app.py [-- --store FILE --articles DIR]

Streamlit serves the page ``dashboard.py``. This launcher adds to it: as the server starts, a
background thread warms what the first page run needs (the page's imports, the store's resolved
corpus, the first view and its map; ``components/warm_up.py``), so that the first visitor after a
restart does not wait for them; the server sends vis-network, the maps' drawing library, as a file
browsers keep (``components/map_assets.py``); and it hears when a browser has drawn a map
(``components/map_drawn.py``: the warm-up's second half waits for the first, and a session's first
page sends its tables and filter widgets after its map). ``streamlit run dashboard.py`` serves the
same page cold, its maps with vis-network inline and every part in every run.
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager

import streamlit as st

from components import map_assets, map_drawn


def warm_up() -> None:
    from diplomap.gc_pause import paused_gc

    with paused_gc():  # the modules too are frozen with the first view, unscanned (components/warm_up.py)
        import dashboard  # noqa: F401  the page's imports (about a second), paid here, not by its first visitor
        from components.warm_up import skip_repl_check, warm_first_view

        skip_repl_check()  # before the first page run sends an element (it waits for the corpus below)
        warm_first_view()


@asynccontextmanager
async def warm_up_in_background(_app):
    threading.Thread(target=warm_up, name="diplomap-warm-up", daemon=True).start()
    yield


BASE_URL_PATH = st.get_option("server.baseUrlPath")
app = st.App("dashboard.py", lifespan=warm_up_in_background,
             routes=[*map_assets.routes(BASE_URL_PATH), map_drawn.route(BASE_URL_PATH)])
