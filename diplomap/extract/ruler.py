"""An EntityRuler fed from ``data/knowledge``: names the statistical NER misses or mislabels.

Countries, capitals, demonyms, metonyms, organisations, leaders and the world regions that hold a
state's name ("Latin America") become phrase patterns that run before spaCy's NER and overwrite it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler

from .knowledge import Knowledge

RULER_NAME = "diplomap_ruler"


def ruler_patterns(kb: Knowledge) -> list[dict]:
    """Phrase patterns for names the statistical NER misses or mislabels."""
    seen: set[tuple[str, str]] = set()
    patterns = []

    def add(label: str, text: str) -> None:
        text = text.strip()
        if len(text) < 2 or (label, text) in seen:
            return
        seen.add((label, text))
        patterns.append({"label": label, "pattern": text})
        if text.lower().startswith("the "):
            add(label, text[4:])

    for c in kb.countries.values():
        for name in (c.name, *c.aliases, *c.capitals):
            add("GPE", name)
        for name in c.demonyms:
            add("NORP", name)
        for name in c.metonyms:
            add("ORG", name)
    for org in kb.organizations:
        for name in (org.name, *org.aliases):
            add("ORG", name)
            add("ORG", _wire_capitals(name))
    for leader in kb.leaders:
        for name in (leader.name, *leader.aliases):
            add("PERSON", name)
    for region in kb.world_regions:  # longer than the state name inside it, so the ruler keeps the region
        if _holds_a_state_name(region, kb):  # only those: "Caribbean Fisheries Bank" stays the NER's
            add("LOC", region)
    return patterns


def _wire_capitals(name: str) -> str:
    """"the IMF and World bank meetings": wire copy now and then capitalises only the first word of a body's
    name; that spelling is a name of the body too (a phrase pattern, as cheap as the others)."""
    words = name.split()
    if name.lower().startswith("the ") or len(words) < 2 or not words[0][:1].isupper():
        return ""
    return " ".join([words[0], *(w.lower() if w.isalpha() else w for w in words[1:])])


def _holds_a_state_name(region: str, kb: Knowledge) -> bool:
    """"Latin America" holds "America" (an alias of the United States); "the Caribbean" holds none."""
    words = region.split()
    return any(kb.country(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
               if (i, j) != (0, len(words)))


def add_entity_ruler(nlp: Language, kb: Knowledge) -> None:
    if RULER_NAME in nlp.pipe_names:
        return
    ruler: EntityRuler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before="ner",  # type: ignore[assignment]
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    with nlp.select_pipes(disable=nlp.pipe_names):  # ORTH patterns need only the tokenizer
        ruler.add_patterns(ruler_patterns(kb))
