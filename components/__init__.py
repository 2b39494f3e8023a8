"""The Streamlit dashboard's pieces: each module renders one part of the page from what ``diplomap`` computes.

Only this package and ``app.py`` import streamlit; the ``diplomap`` package never does.
"""
