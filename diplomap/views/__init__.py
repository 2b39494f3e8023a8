"""Views of a resolved corpus: graphs, filters, analytics, exports and the rendered map.
Pure functions over ``models.Corpus``; no Streamlit here."""
