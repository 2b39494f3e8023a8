"""The parties an event noun's modifiers name: "U.S.-China talks", "the Trump-Kim summit",
"a U.N.-organized meeting", "an Egyptian-hosted summit"."""
from __future__ import annotations

from spacy.tokens import Token

from ..ids import slug
from ..models import Actor
from .mentions import ActorTable
from .triggers import words


def hyphen_pair(token: Token, table: ActorTable) -> list[str]:
    """The parties a hyphenated modifier names: "U.S.-Russia" (one token) or "Trump-Kim"; the states a
    slashed one names: "Canada/U.S." (wire copy)."""
    doc = token.doc
    left = [t for t in doc[token.left_edge.i:token.i] if t.dep_ != "det"]
    text = "".join(t.text_with_ws for t in left).strip()
    slashed = "/" in text and "-" not in text  # "Canada/U.S. trade negotiations": states only ("IMF/World Bank")
    text = text.replace(" / ", "-").replace("/", "-") if slashed else text
    if "-" not in text or text.count("-") > 3:
        return []
    chunks = [c.split() for c in text.replace(" - ", "-").split("-")]
    if any(not c for c in chunks):
        return []
    # the word at the hyphen: "U.S.-China trade talks" pairs "U.S." with "China"
    words = [c[-1] if i == 0 else c[0] for i, c in enumerate(chunks)]
    parts = [p for p in (table.named(w) for w in words) if p and not (slashed and table.by_id[p].kind != "country")]
    return parts if len(parts) == len(words) and len(set(parts)) == len(parts) else []


def organisers(token: Token, table: ActorTable) -> list[str]:
    """"a U.N.-organized meeting", "an Egyptian-hosted summit": whoever organised the event takes part."""
    out: list[str] = []
    for mod in token.children:
        if mod.dep_ != "amod":
            continue
        prefix, _, verb = mod.text.rpartition("-")
        if (verb if prefix else mod.text).lower() not in words("organiser_participle"):
            continue
        found = [a for c in mod.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                 for a in [table.actor_for(c)] if a]
        if not found and prefix and table.kb is not None:
            country = table.kb.country(prefix)
            found = [aid for aid in [_body(prefix, table) or (table.country_actor(country.iso3, prefix)
                                                               if country else None)] if aid]
        out.extend(a for a in found if a not in out)
    return out


def _body(name: str, table: ActorTable) -> str | None:
    """The actor of an organisation the knowledge names ("U.N."), created on first use."""
    org = table.kb.organization(name) if table.kb is not None else None
    if org is None:
        return None
    aid = slug(org.name)
    if aid not in table.by_id:
        table.by_id[aid] = Actor(id=aid, name=org.name, kind="organization", country=org.country)
    return aid
