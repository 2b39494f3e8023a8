"""The person a state's title names when it is the subject of a cue: "Chile's ambassador said" is
the ambassador the story names, with the role a description gives ("the former foreign minister")
or, failing a holder by name, the latest person of that state whose role is vague or unknown."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge_parts import role_families
from .mentions import ActorTable


def role_fits(wanted: str, held: str | None, generic: bool = False) -> bool:
    """A description's role fits a person's: the same words, or roles of one family."""
    if not held:
        return False
    if generic or wanted.lower() in held.lower():
        return True
    fam = role_families()
    return bool(fam.get(wanted.lower(), frozenset()) & fam.get(held.lower(), frozenset()))


def title_holder(s: Token, country_id: str, table: ActorTable) -> str | None:
    """The person holding the title ``s`` for a state: the one with that role and country
    nearest the mention (before or after); a plural ("U.S. officials") or an indefinite low
    rank ("a U.S. official") is the state itself."""
    kb = table.kb
    title = kb.title(s.text) if kb is not None else None
    if title is None or s.tag_ in ("NNS", "NNPS"):  # "White House officials said": no one holder
        return None
    if title.rank >= 4 and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                               for c in s.children):
        return None  # "a senior U.S. trade official said": someone the story does not name (a
        # "British minister" in a lead is the minister it names next)
    iso3 = table.by_id[country_id].country
    role = description_role(s, kb) or title.role
    people = [a for a in table.by_id.values() if a.kind == "person" and a.country == iso3]
    holders = {a.id for a in people if role_fits(role, a.role)}
    if holders:
        near = sorted((abs(m.start - s.i), m.actor_id) for m in table.mentions if m.actor_id in holders)
        return near[0][1] if near else None
    # no one holds it by name: the latest person of that state whose role is unknown or vague
    vague = {a.id for a in people if a.role is None or vague_title(a.role, kb)}
    before = [m.actor_id for m in table.mentions if m.actor_id in vague and m.start < s.i]
    return before[-1] if before else None


def description_role(s: Token, kb) -> str | None:
    """"the former French foreign minister" → "Foreign Minister": the longest title the
    head noun ends, its modifiers other than states and "former" included."""
    mods = [c for c in s.children if c.dep_ in ("compound", "amod") and c.i < s.i
            and not kb.country_of(c.text)]
    for k in range(len(mods) + 1):
        title = kb.title(" ".join([t.text for t in mods[k:]] + [s.text]))
        if title:
            return title.role
    return None


def vague_title(role: str, kb) -> bool:
    """A role below the top ranks ("official", "adviser"): one a description may stand for."""
    title = kb.title(role) if kb else None
    return title is not None and title.rank >= 4
