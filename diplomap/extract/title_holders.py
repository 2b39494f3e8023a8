"""A person named through a misparsed title: "Swiss ambassador to Peru Rosa Fuentes"; the named
members of a group: "regional leaders, including Peruvian President X and Bolivian President Y"; the
person a "counterpart" is: "X met his Peruvian counterpart" with Peru's holder of X's office named;
the leader a delegation is named by: "received a delegation led by X"."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import ActorTable
from .nlp import agent_objects, prep_objects
from .triggers import words


def title_holder(t: Token, table: ActorTable) -> list[str]:
    """"Swiss ambassador to Peru Rosa Fuentes", "President of Chile Rosa Fuentes": the parser hangs
    the name on the title's "to/of"; the title's holder is the person named there (or in apposition
    deeper in the title's phrase)."""
    if t.i in table.token_actor or table.kb is None or t.pos_ not in ("NOUN", "PROPN") or not table.kb.title(t.text):
        return []
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i in table.token_actor):
            if table.by_id[table.token_actor[pobj.i]].kind == "person":
                return [table.token_actor[pobj.i]]
    return _named_after_posting(t, table) or _named_next(t, table) or [a for a in [named_in_phrase(t, table)] if a] or (
        set_off_next(t, table))


def named_in_phrase(token: Token, table: ActorTable) -> str | None:
    """The person named in apposition inside a noun's own phrase, however deep the parser hung the name
    ("The EU's envoy for relations between Serbia and Kosovo, X,"), else None."""
    if token.tag_ in ("NNS", "NNPS"):
        return None  # "the foreign ministers of A, B and C, X, Y and Z": each of them, read elsewhere
    for t in token.subtree:
        aid = table.actor_at(t.i) if t.i > token.i and (t.dep_ == "appos" or _set_off_after_a_list(t)) else None
        if aid and table.by_id[aid].kind == "person":
            return aid
    return None


def _set_off_after_a_list(t: Token) -> bool:
    """"… between Serbia and Kosovo, X,": a name the parser made one more conjunct of a list already closed by
    its "and", set off by a comma."""
    doc = t.doc
    return t.dep_ == "conj" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," \
        and any(c.dep_ == "cc" and c.i < t.i for c in t.head.children)


def _named_next(t: Token, table: ActorTable) -> list[str]:
    """"met A and Bundesbank President B", the parser coordinating the title with A and hanging B
    elsewhere: a title written right before a person's name is that person's title."""
    aid = table.token_actor.get(t.i + 1)
    return [aid] if aid and table.by_id[aid].kind == "person" else []


def set_off_next(t: Token, table: ActorTable) -> list[str]:
    """"was received by the Emir, Sheikh X, on Sunday": a person's name set off by commas right after
    "the <title>" is its holder, also where the parser hung the name elsewhere (not the subject of a clause
    of its own: "after meeting the Emir, X flew on"); title words may stand before the name ("the leader of the
    alliance, former President X,") and the sentence's end may close it ("…, Vice President and Prime Minister, X.")."""
    doc = t.doc
    comma = t.right_edge.i + (doc[t.right_edge.i].text != ",")  # "the EU's special representative for the Sahel, X,"
    while comma < len(doc) and doc[comma].lower_ in ("for", "of", "on") and doc[comma].right_edge.i > comma:
        edge = doc[comma].right_edge.i  # "secretary of state for development, X,": "for" hung elsewhere
        comma = next((k for k in range(comma + 1, edge + 1) if doc[k].text == ","), edge + 1)
    if comma + 1 >= len(doc) or doc[comma].text != "," or not any(c.dep_ in ("det", "poss") for c in t.children):
        return []
    m = next((m for m in table.mentions if comma < m.start <= comma + 4 and all(  # "…, former President X,"
        w.pos_ in ("ADJ", "PROPN", "DET") and not w.is_punct for w in doc[comma + 1:m.start])), None)
    if m is None or table.by_id[m.actor_id].kind != "person" or m.end >= len(doc) or doc[m.end].text not in (",", "."):
        return []  # set off by a comma, or closing the sentence
    root = doc[m.start:m.end].root
    if root.dep_ == "conj" or root.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in root.head.children):
        return []  # a subject of its own clause, not a second one the parser gave the verb
    return [m.actor_id]


def listed_after(t: Token, table: ActorTable) -> list[str]:
    """"a meeting between the heads of the two border services, A of X and B of Y": the persons a list set
    off by a comma right after a plural noun's phrase names (however the parser hung the list), when the
    noun itself names no one; not a list that is the subject of a clause of its own."""
    doc = t.doc
    comma = t.right_edge.i + 1
    if t.tag_ != "NNS" or t.i in table.token_actor or comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    m = next((m for m in table.mentions if m.start == comma + 1), None)
    if m is None or table.by_id[m.actor_id].kind != "person":
        return []
    first = doc[m.start:m.end].root
    if first.dep_ in ("nsubj", "nsubjpass"):
        return []
    found = [m.actor_id]
    for c in first.conjuncts:
        aid = table.actor_at(c.i)
        if aid is None or table.by_id[aid].kind != "person":
            return []
        found.append(aid)
    return found if len(found) > 1 else []


def _named_after_posting(t: Token, table: ActorTable) -> list[str]:
    """The same read in word order, when the parser hung "to <place>" elsewhere: the title, "to",
    "of", "in" or "for", the place's words, then a person's name, set off by a comma or not ("ambassador to
    Moscow Salah Bassam", "The U.N. envoy for Sudan, Helena Marsh, met …")."""
    doc, j = t.doc, t.i + 1
    if j >= len(doc) or doc[j].lower_ not in ("to", "of", "in", "for"):
        return []
    j += 1
    while j < len(doc) and doc[j].ent_type_ in ("GPE", "LOC"):
        j += 1
    if j < len(doc) and doc[j].text == "," and j > t.i + 2:
        j += 1
    aid = table.token_actor.get(j) if j > t.i + 2 and j < len(doc) else None
    return [aid] if aid and table.by_id[aid].kind == "person" else []


def included_members(t: Token, table: ActorTable) -> list[str]:
    """"met African leaders, including X and Y": the persons or states a group noun's "including"
    phrase names stand for the group (its other members go unnamed); also a plural title the wire writes
    in capitals ("Deputy Finance Ministers, including X, will attend"), and any plural noun whose phrase names
    persons only ("met business executives, including Keidanren chairman X")."""
    group = t.pos_ == "NOUN" and t.lemma_.lower() in table.kb.group_nouns if table.kb is not None else False
    if table.kb is None or not (group or t.tag_ == "NNS" or _capital_titles(t, table)):
        return []
    found: list[str] = []
    stack = prep_objects(t, "including") or _clause_including(t)
    while stack:
        x = stack.pop(0)
        stack += [c for c in x.children if c.dep_ in ("conj", "appos")]
        aid = table.actor_for(x)
        if aid and table.by_id[aid].kind in ("person", "country") and aid not in found:
            found.append(aid)
    if not group and any(table.by_id[a].kind != "person" for a in found):
        return []  # "business executives, including X and Y": persons only, where no group noun names a side
    return found


def _clause_including(t: Token) -> list[Token]:
    """"met House leaders pressing for a tough bill, including X": the "including" phrase, set off by a comma,
    that the parser hung on a word of the group's own participle or relative clause."""
    clauses = [c for c in t.children if c.dep_ in ("acl", "relcl")]
    return [o for c in clauses for w in c.subtree if w.dep_ == "prep" and w.lower_ == "including"
            and w.i > 0 and w.doc[w.i - 1].text == "," for o in w.children if o.dep_ == "pobj"]


def _capital_titles(t: Token, table: ActorTable) -> bool:
    """"Finance Ministers": a plural title in capitals, outside any name."""
    return t.pos_ == "PROPN" and not t.ent_type_ and t.lower_.endswith("s") and table.kb is not None \
        and table.kb.title(t.text) is not None


def titled(t: Token, table: ActorTable) -> bool:
    """A common-noun title ("the vice minister of X, Y"): its body or state is the appositive person's
    affiliation, not a party beside them (nor a group: "the minister of X" is one person)."""
    return t.pos_ == "NOUN" and table.kb is not None and bool(table.kb.title(t.text))


def describes_person(t: Token, table: ActorTable) -> bool:
    """"X, vice minister of Y": ``t`` in apposition to a person named before it, holding an office "of" a
    body or state (not "X, a spokesman for the PMF": the body speaks through him)."""
    aid = table.actor_at(t.head.i) if t.dep_ == "appos" else None
    return aid is not None and table.by_id[aid].kind == "person" and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in t.children)


def title_body(t: Token, table: ActorTable) -> bool:
    """"X, vice minister of the Ministry of Trade (MITI),": a body in apposition to a person's title is the
    title's body, not a party."""
    aid = table.actor_at(t.i)
    return t.dep_ == "appos" and aid is not None and table.by_id[aid].kind == "organization" \
        and titled(t.head, table) and describes_person(t.head, table)


def title_prefixes_dropped(subj: list[Token], table: ActorTable) -> list[Token]:
    """"Ministry of Trade (MITI) Vice Minister X leaves for …": the parser makes the body written right
    before a person's title a second subject; it is the person's title, not a party."""
    persons = [s for s in subj if (a := table.actor_at(s.i)) and table.by_id[a].kind == "person"]
    bodies = [s for s in subj if (a := table.actor_at(s.i)) and table.by_id[a].kind == "organization"]
    return [s for s in subj if s not in bodies or not any(s.right_edge.i + 1 == p.left_edge.i for p in persons)]


def counterpart_of(t: Token, table: ActorTable) -> list[str]:
    """"X met his Peruvian counterpart", "spoke with her counterpart": the one person the story names
    who holds the possessor's office for another state (for the state a demonym names, when one does).
    The gold lists that person, not the state; no one, or several, leave the noun to the state."""
    if t.lemma_.lower() != "counterpart" or table.kb is None:
        return []
    if t.tag_ == "NNS":  # "pressed their Japanese counterparts": the state the demonym names
        return _counterparts_state(t, table)
    if t.tag_ != "NN":
        return []
    owners = [table.token_actor[c.i] for c in t.children if c.dep_ == "poss" and c.i in table.token_actor]
    owner = table.by_id[owners[0]] if owners else None
    if owner is None or owner.kind != "person" or not owner.role or not owner.country:
        return []
    states = {c.iso3 for m in t.children if m.dep_ in ("amod", "compound", "nmod")
              if (c := table.kb.demonym(m.text) or table.kb.country(m.text))}
    people = [a.id for a in table.by_id.values() if a.kind == "person" and a.id != owner.id and a.country
              and a.country != owner.country and (a.role or "").lower() == owner.role.lower()
              and (not states or a.country in states)]
    return people if len(people) == 1 and len(states) <= 1 else []


def _counterparts_state(t: Token, table: ActorTable) -> list[str]:
    """"Officials pressed their Japanese counterparts", "will hold talks with their British counterparts":
    the office holders of the one state a demonym or state name before the plural names stand for that
    state (none, or several, name no side)."""
    states = {a for m in t.children if m.dep_ in ("amod", "compound", "nmod")
              if (a := table.actor_for(m)) is not None and table.by_id[a].kind == "country"}
    return list(states) if len(states) == 1 else []


def delegation_leader(t: Token, table: ActorTable) -> list[str]:
    """"X received a delegation led by Y", "met a team headed by Y": a delegation no state names stands
    for the persons who lead it (a state's own delegation is ``delegations``); so do plural parties led by
    persons named in apposition ("talks between the two governments led by their foreign ministers, A and B")."""
    delegation = t.pos_ == "NOUN" and t.lemma_.lower() in words("delegation_noun") | words("side_noun")
    if not (delegation or t.tag_ == "NNS") or t.i in table.token_actor:
        return []
    leading = table.kb.leading_verbs if table.kb is not None else frozenset({"lead", "head"})
    for acl in (c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in leading):
        agents = agent_objects(acl)
        listed = [a for p in agents if p.tag_ == "NNS" for a in _apposed_persons(p, table)]
        if listed or not delegation:
            return listed
        found = [table.actor_for(p) for p in agents]
        return [a for a in found if a and table.by_id[a].kind == "person"]
    return []


def _apposed_persons(noun: Token, table: ActorTable) -> list[str]:
    """"their foreign ministers, A of X and B of Y": the persons listed in apposition to a plural noun."""
    found: list[str] = []
    for c in (c for c in noun.children if c.dep_ == "appos"):
        for x in (c, *c.conjuncts):
            aid = table.actor_at(x.i)
            if aid is not None and table.by_id[aid].kind == "person" and aid not in found:
                found.append(aid)
    return found
