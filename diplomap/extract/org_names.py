"""One body under several names in a story: an acronym and its full name ("the International Monetary
Fund (IMF)", "OCHA"), a short form ("the Paris Club … the Club said"), "also known as", and an
acronym the NER left untagged, each joined to one organisation actor."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..models import Actor
from .acronym_things import acronym_shape
from .doc_index import with_lowers
from .knowledge import Knowledge
from .mentions import ActorTable, Mention
from .nlp import text_of


def merge_other_names(table: ActorTable, kb: Knowledge) -> None:
    """One organisation under several names: acronyms, then "X, also known as Y"."""
    reclaim_story_acronyms(table, kb)
    merge_acronyms(table, kb)
    merge_also_known(table)
    merge_short_forms(table, kb)
    tag_missed_acronyms(table)


def tag_missed_acronyms(table: ActorTable) -> None:
    """"… officials with Immigration and Customs Enforcement. … ICE deported 177 detainees": an
    acronym the NER left untagged that spells the initials of one organisation named in full in
    the same story is that organisation (so its acts count: ``relevance``)."""
    by_initials: dict[str, list[Actor]] = {}
    for a in table.by_id.values():
        if a.kind == "organization" and len(a.name.split()) >= 2:
            by_initials.setdefault(_initials(a.name), []).append(a)
    for t in with_lowers(table.doc, {initials.lower() for initials in by_initials}):  # the only words it can be
        orgs = by_initials.get(t.text, []) if len(t.text) >= 2 else []
        if len(orgs) != 1 or t.i in table.token_actor or t.ent_type_ or not (t.is_alpha and t.is_upper):
            continue
        org = orgs[0]
        org.mentions += 1
        if t.text not in org.aliases:
            org.aliases.append(t.text)
        table.add_mention(Mention(t.i, t.i + 1, org.id))
    table.mentions.sort(key=lambda m: m.start)


def merge_short_forms(table: ActorTable, kb: Knowledge) -> None:
    """"the Chinese Communist Party" … "the Communist Party", "the Treasury Department" …
    "the Treasury": a body named again without its state's word or its trailing body word
    (org_words.txt) is the one body of the article so named in full, of no other state."""
    orgs = [a for a in table.by_id.values() if a.kind == "organization"]
    for short in orgs:
        full = [a for a in orgs if a is not short and short.country in (None, a.country)
                and any(shortened_name(n, short.name, kb) for n in (a.name, *a.aliases))]  # "Quai d'Orsay", alias
        # "French Foreign Ministry" … "a Foreign Ministry spokesman"
        if len(full) == 1 and short.id in table.by_id:
            _merge(short, full[0], table)


def shortened_name(full: str, short: str, kb: Knowledge) -> bool:
    words, part = full.split(), short.split()
    if len(part) == 1 and len(words) > 1 and short.istitle() and words[-1] == short \
            and short.lower() in kb.org_words:  # "the Paris Club … the Club said": its head noun alone
        return True
    if len(words) <= len(part) or short.isupper():  # "EC" is no "EC Commission"
        return False
    state = " ".join(words[:len(words) - len(part)])
    if words[len(words) - len(part):] == part:  # "Chinese" + "Communist Party", "West German" + "Foreign Ministry"
        return kb.demonym(state) is not None or kb.country(state) is not None
    if len(words) != len(part) + 1:
        return False
    return words[:-1] == part and words[-1].lower() in kb.org_words  # "Treasury" + "Department"


def merge_acronyms(table: ActorTable, kb: Knowledge) -> None:
    """"DHS" and "Department of Homeland Security" in one article: one organisation, when the
    acronym is the initials of the full name's capitalised words."""
    orgs = [a for a in table.by_id.values() if a.kind == "organization"]
    for short in orgs:
        if not acronym_shape(short.name) \
                or kb.organization(short.name) is not None:
            continue  # the organisations file already joins its acronyms to their names
        full = [a for a in orgs if a is not short and short.name in (_initials(n) for n in (a.name, *a.aliases))]
        full = full or _bracketed(short, table)
        if len(full) != 1:
            continue
        _merge(short, full[0], table)


def reclaim_story_acronyms(table: ActorTable, kb: Knowledge) -> None:
    """"the Coalition of Patriots for Change (CPC) … the CPC": an acronym the story defines for a body of its
    own is that body, not the known one the knowledge files spell so (the Chinese Communist Party)."""
    doc = table.doc
    local = [a for a in table.by_id.values() if a.kind == "organization" and kb.organization(a.name) is None]
    entries = [(a, e) for a in table.by_id.values() if a.kind == "organization" and (e := kb.organization(a.name))]
    for known, entry in entries:
        shorts = [m for m in table.mentions if m.actor_id == known.id and acronym_shape(doc[m.start:m.end].text)]
        spelled = {doc[m.start:m.end].text for m in shorts}
        owners = [a for a in local if _initials(a.name) in spelled]
        if len(spelled) != 1 or len(owners) != 1 or any(
                fuzz.ratio(owners[0].name.lower(), n.lower()) >= 85 for n in (entry.name, *entry.aliases)):
            continue  # "United Nations High Commission for Refugees (UNHCR)": the known body, written otherwise
        first = min((m.start for m in table.mentions if m.actor_id == owners[0].id), default=len(doc))
        if first > min(m.start for m in shorts):
            continue  # the body's full name must come first, as a definition does
        for m in shorts:
            m.actor_id = owners[0].id
            for i in range(m.start, m.end):
                table.token_actor[i] = owners[0].id
        owners[0].aliases += [n for n in spelled if n not in owners[0].aliases]
        if not any(m.actor_id == known.id for m in table.mentions):
            del table.by_id[known.id]


def _merge(short: Actor, target: Actor, table: ActorTable) -> None:
    """``short``'s mentions and names become ``target``'s."""
    for m in table.mentions:
        if m.actor_id == short.id:
            m.actor_id = target.id
    for i, aid in list(table.token_actor.items()):
        if aid == short.id:
            table.token_actor[i] = target.id
    target.mentions += short.mentions
    target.aliases += [n for n in (short.name, *short.aliases) if n not in target.aliases and n != target.name]
    del table.by_id[short.id]


ALSO_KNOWN = re.compile(r",\s+(?:(?:also|better|formerly|widely)\s+)?(?:known|called|referred to)\s+as\s+(?:the\s+)?$")
OR_ACRONYM = re.compile(r",\s+or\s+(?:the\s+)?$")


def merge_also_known(table: ActorTable) -> None:
    """"the Northern Liberation Front, also known as the Ostra Brigade," / "the Tehreek-e-Azadi
    Valoria, or TAV,": the second name (after "or", an acronym of the same first letter) is
    another name of the same organisation."""
    doc = table.doc
    names = sorted((m for m in table.mentions if m.kind == "name"), key=lambda m: m.start)
    for first, second in zip(names, names[1:], strict=False):
        a, b = table.by_id.get(first.actor_id), table.by_id.get(second.actor_id)
        if a is None or b is None or a is b or a.kind != "organization" or b.kind != "organization":
            continue
        between = text_of(doc)[doc[first.end - 1].idx + len(doc[first.end - 1].text):doc[second.start].idx]
        acronym = b.name.isupper() and b.name[:1] == a.name[:1] and OR_ACRONYM.match(between)
        if (ALSO_KNOWN.match(between) or acronym) and doc[second.end:second.end + 1].text in (",", ")", ".", ";"):
            _merge(b, a, table)


def _bracketed(short: Actor, table: ActorTable) -> list[Actor]:
    """"DOJ (Department of Justice)", "the Justice Department (DOJ)": the body named right
    next to the acronym across a bracket, when their first letters agree."""
    doc = table.doc
    ends = {m.end: m.actor_id for m in table.mentions}
    starts = {m.start: m.actor_id for m in table.mentions}
    found = set()
    for m in table.mentions:
        if m.actor_id != short.id:
            continue
        if m.start >= 2 and doc[m.start - 1].text == "(" and m.start - 1 in ends:
            found.add(ends[m.start - 1])
        if m.end < len(doc) and doc[m.end].text == "(" and m.end + 1 in starts:
            found.add(starts[m.end + 1])
    out = [table.by_id[aid] for aid in found if aid in table.by_id and aid != short.id]
    return [a for a in out if a.kind == "organization" and a.name[:1].upper() == short.name[:1]]


def _initials(name: str) -> str:
    """The capitals of a name's words; none for a name that holds an acronym already: "EC
    Commission" or "ECOWAS Commission" is spelled by no "EC" (the EC is another body)."""
    words = re.split(r"[\s-]+", name)
    if any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        return ""
    return "".join(w[0] for w in words if w[:1].isupper())
