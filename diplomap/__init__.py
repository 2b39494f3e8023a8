"""diplomap: who met whom and who said what, from stored news articles about diplomacy."""

__version__ = "0.1.0"
