"""The people a plural office stands for: "the foreign ministers of Ghana and Togo", "the two countries'
foreign ministers" are the story's holders of that office in each state, often named only in the next
sentence ("Ghana's X and his Togolese counterpart Y agreed …"); a state with no holder, or two, keeps the
meeting at state level."""
from __future__ import annotations

from spacy.tokens import Token

from .knowledge import Knowledge
from .mentions import ActorTable

GENERIC_RANKS = {"Leader": 1, "Minister": 3}  # "the two leaders": heads; "the ministers": any minister


def office_holders(states: list[str], t: Token, table: ActorTable) -> list[str]:
    """Each state's one holder of the office ``t`` names ("ministers" with its compounds), else ``states``."""
    kb = table.kb
    if kb is None or t.tag_ != "NNS" or len(states) < 2 or any(table.by_id[s].kind != "country" for s in states):
        return states
    office = kb.title(" ".join([c.text for c in t.lefts if c.dep_ in ("compound", "amod")] + [t.text])) \
        or kb.title(t.text)
    if office is None:
        return states
    holders = [_holder(table.by_id[s].country, office.role, table, kb) for s in states]
    return [h for h in holders if h] if all(holders) and len(set(holders)) == len(holders) else states


def _holder(country: str | None, role: str, table: ActorTable, kb: Knowledge) -> str | None:
    """The one person of ``country`` holding ``role`` (a generic office takes any holder of its rank);
    failing that, the story's only person of ``country``, when it gives that person no role."""
    persons = [a for a in table.actors() if a.kind == "person" and a.country == country]
    rank = GENERIC_RANKS.get(role)

    def holds(office: str | None) -> bool:
        title = kb.title(office) if office else None
        return title is not None and (title.role == role or rank is not None and title.rank <= rank and (
            role != "Minister" or "Minister" in title.role))
    holding = [a.id for a in persons if holds(a.role)]
    if len(holding) == 1:
        return holding[0]
    return persons[0].id if len(persons) == 1 and persons[0].role is None else None
