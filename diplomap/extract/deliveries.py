"""A document handed over in person: "X handed Y a letter from Z", "X delivered a message from Z to Y",
"the new ambassador presented his credentials to Y" — X met Y (GUIDELINES: an in-person encounter;
CAMEO 04x examples of envoys delivering messages). The verb (``delivery_verb``: hand, deliver, present,
give) and its object (``handed_noun``: letter, message, credentials …) are read from the lexicons; sending
("sent a letter to Y") is no meeting, nor a document handed to no named party."""
from __future__ import annotations

from spacy.tokens import Doc

from .doc_index import with_lemmas
from .events import Event
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import actors_of, subjects_of
from .triggers import Triggers

PARTY_KINDS = ("person", "country", "organization")


def find_deliveries(doc: Doc, table: ActorTable, triggers: Triggers) -> list[Event]:
    events = []
    for verb in with_lemmas(doc, triggers.words["delivery_verb"]):
        if verb.pos_ != "VERB" or not triggers.has("delivery_verb", verb.lemma_.lower()):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if not any(o.lemma_.lower() in triggers.words["handed_noun"] for o in objs):
            continue
        handed = [o for o in objs if o.lemma_.lower() in triggers.words["handed_noun"]]
        to = [o for h in (verb, *handed) for o in prep_objects(h, "to")]  # "presented credentials to X": on the object
        givers = [a for a in subjects_of(verb, table) if table.by_id[a].kind in ("person", "country")]
        takers = [a for a in actors_of([o for o in objs if o.lemma_.lower() not in triggers.words["handed_noun"]]
                                       + to, table) if table.by_id[a].kind in PARTY_KINDS and a not in givers]
        if givers and takers:
            events.append(Event("meet", verb, [*givers, *takers], givers[0], takers[0], subjects=tuple(givers)))
    return events
