"""The Streamlit dashboard's pieces: each module renders one part of the page from what ``diplomap`` computes.

Only this package, ``app.py`` and ``dashboard.py`` import streamlit; the ``diplomap`` package never does.
"""
