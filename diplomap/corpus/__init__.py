"""The corpus: reading article files (``ingest``), the SQLite store, corpus-wide
actor resolution (``resolve``) and the analyst's ``corrections``."""
