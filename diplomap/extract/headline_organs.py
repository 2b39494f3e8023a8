"""A state's organ that is the subject of a story's headline ("Ruritanian military rescues 200
passengers", "Borduria's army kills rebel leader") is a party of the story, whether or not the
text has it speak or meet: news style puts the main actor first. Only the headline's subject:
an organ named in passing in the text ("the army does not allow …") stays out (relevance)."""
from __future__ import annotations

import re

from ..ids import slug
from ..models import Actor
from .knowledge import Knowledge, normalize
from .mentions import ActorTable
from .nlp import parsed_headline


def add_headline_organ(table: ActorTable, kb: Knowledge) -> None:
    """The organ the headline's subject names, with its state: the text's own organ of that state and
    phrase is kept under the headline's name; else one is made from the headline."""
    headline = table.headline or ""
    if headline.isupper() or not any(re.search(rf"(?i)\b{re.escape(p)}\b", headline) for p in kb.state_organs):
        return  # parsed only when a headline names an organ word (and not an all-capitals wire headline)
    head = parsed_headline(table.doc, headline)
    root = next((t for t in head if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ != "det"]
    state = _state_of(words, kb)
    if state is None:
        return
    organ = [t for t in words if t.i > state[1] and t.tag_ != "POS"]
    phrase = normalize(" ".join(t.text for t in organ))
    if not organ or phrase not in kb.state_organs:
        return
    name = head[words[0].i:subj.i + 1].text
    same = [a for a in table.by_id.values() if a.id in table.organs and a.country == state[0]
            and normalize(a.name).endswith(" " + phrase)]
    actor = same[0] if same else table.by_id.setdefault(slug(name), Actor(id=slug(name), name=name, kind="organization",
                                                                           country=state[0]))
    if actor.name != name:
        actor.aliases.append(actor.name)
        actor.name = name
    actor.mentions = max(actor.mentions, 1)
    table.headline_organs.add(actor.id)


def _state_of(words, kb: Knowledge) -> tuple[str, int] | None:
    """The state the subject's opening words name ("Pakistani", "United States", "Iran's"), and
    the index of its last word."""
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        text = " ".join(t.text for t in words[:n] if t.tag_ != "POS")
        found = kb.country_of(text)
        if found is not None:
            return found.iso3, words[n - 1].i
    return None
