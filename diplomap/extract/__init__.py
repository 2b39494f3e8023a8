"""Extraction: one article's text → its actors, interactions and quotes (``pipeline``).

Reads only ``data/knowledge`` (``knowledge``) and the spaCy model (``nlp``, ``ruler``);
knows nothing of the store, the corpus or the views.
"""
