"""Office holders at a wire story's gathering: at a ministers' meeting the wire quotes each minister as he
"told reporters", "was talking to journalists", "told his colleagues" or "told a news conference" — those
who brief the press or the other delegates once the gathering is named take part in it (GUIDELINES: a summit
is ONE entry listing every named participant).

Only persons the story introduces with a role (ministers, commissioners, envoys) join: a commentator who
talks to reporters is no delegate. A delegate the story quotes ("Australian delegate X said:") joins any
gathering it has named, a body's own meeting too. The gathering is the story's first one of office holders ("a meeting of
trade ministers", "finance ministers opened a conference") or the first whose attendance the text states.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .doc_index import with_lemmas
from .knowledge_parts import strong_speech_verbs
from .mentions import ActorTable
from .nlp import prep_objects
from .participants import subjects_of
from .story_setting import host_state, place_state
from .triggers import Triggers, words

AUDIENCE_PREPS = {"to", "with"}
PLACE_ADVERBS = {"here", "there"}


def of_objects(noun: Token) -> list[Token]:
    """The "of" objects of a gathering noun, also where the parser hung the phrase on the place adverb
    written between them ("a joint meeting here of EC finance ministers")."""
    found = prep_objects(noun, "of")
    for adv in noun.children:
        if adv.dep_ == "advmod" and adv.lower_ in PLACE_ADVERBS and adv.i == noun.i + 1:
            found += prep_objects(adv, "of")
    return found


def _next_noun(verb: Token) -> Token | None:
    """The noun right after the verb, past a determiner or possessive ("told (his) colleagues")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "PRON") and doc[i].dep_ in ("det", "poss"):
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "NOUN" else None


def _to_audience(verb: Token, triggers: Triggers) -> bool:
    """"told reporters", "talking to journalists", "told a news conference"; also where the parser took the
    audience into the reported clause ("told reporters conflict … set a poor example": a compound)."""
    after = _next_noun(verb)
    if verb.lemma_.lower() == "tell" and after is not None and triggers.has("press_audience", after.lemma_.lower()):
        return True
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and triggers.has("press_audience", c.lemma_.lower()):
            return True
        if c.dep_ == "prep" and c.lower_ in AUDIENCE_PREPS and any(
                p.dep_ == "pobj" and triggers.has("press_audience", p.lemma_.lower()) for p in c.children):
            return True
    return False


def holders_gathering(noun: Token, table: ActorTable, held_by: Token | None) -> str | None:
    """"a meeting of trade ministers", "the ministers' meeting", "finance ministers opened a conference":
    the plural office-holder noun whose gathering it is."""
    if table.kb is None:
        return None
    holders = [c for c in noun.children if c.dep_ == "poss"]
    holders += of_objects(noun)
    if held_by is not None:
        holders += [s for s in held_by.children if s.dep_ == "nsubj"]
    return next((h.lemma_.lower() for h in holders
                 if h.tag_ == "NNS" and h.lemma_.lower() in table.kb.group_nouns), None)


def _holds_office(role: str | None, holder: str | None) -> bool:
    """"Canadian Trade Minister" at "a meeting of trade ministers": one of the office holders who meet."""
    words = (role or "").lower().replace("-", " ").split()
    return bool(holder and words and words[-1] == holder)


def press_attendees(doc: Doc, start: int, table: ActorTable, triggers: Triggers, holder: str | None = None) -> list[str]:
    """The persons with a role who brief the press from the sentence of ``start`` on, and, at a meeting of
    office holders (``holder``: "minister"), the holders of that office the story quotes there ("Canadian
    Trade Minister X also agreed", "said EC trade chief Y" is no minister)."""
    found: list[str] = []
    first = doc[start].sent.start
    host = host_state(table)
    for t in with_lemmas(doc, triggers.words["briefing_verb"] | strong_speech_verbs()):
        if t.i < first or t.pos_ not in ("VERB", "AUX") or _spoken_elsewhere(t, host, table):
            continue
        lemma = t.lemma_.lower()
        if triggers.has("briefing_verb", lemma) and _to_audience(t, triggers):
            found += [a for a in subjects_of(t, table) if table.by_id[a].kind == "person" and table.by_id[a].role
                      and a not in found]
        elif lemma in strong_speech_verbs():
            found += [a for a in subjects_of(t, table) if table.by_id[a].kind == "person" and a not in found
                      and (_holds_office(table.by_id[a].role, holder) or delegate(table.by_id[a].role))]
    return found


def _spoken_elsewhere(verb: Token, host: str | None, table: ActorTable) -> bool:
    """"Syrian Foreign Minister X said in Damascus the Cairo talks …": words spoken in another state than the
    dateline's (both as they were at the story's date) are no briefing at the gathering there."""
    return host is not None and any(place_state(c, table) not in (None, host) for c in verb.children)


def delegate(role: str | None) -> bool:
    """"Australian delegate X", "chief U.S. delegate Y": a title that only a gathering's participant bears."""
    words_ = (role or "").lower().split()
    return bool(words_) and words_[-1] in words("conference_role")


def speaking_delegates(doc: Doc, start: int, table: ActorTable) -> list[str]:
    """"Australian delegate X said", "said India's delegate, Y": at any gathering a wire story has named (a
    body's annual meeting too), the delegates it quotes from the sentence of ``start`` on take part in it."""
    found: list[str] = []
    first = doc[start].sent.start
    for t in with_lemmas(doc, strong_speech_verbs()):
        if t.i >= first and t.pos_ in ("VERB", "AUX"):
            found += [a for a in subjects_of(t, table) if table.by_id[a].kind == "person"
                      and delegate(table.by_id[a].role) and a not in found]
    return found


def holders_body(doc: Doc, holder: str, table: ActorTable) -> list[str]:
    """"EC farm ministers failed to agree … after a three-day meeting of ministers": a wire story names the
    office holders' body once ("EC farm ministers", "the ministers of the Community") and then their meeting
    bare; the one body that modifies the same plural office-holder noun elsewhere in the story holds it."""
    found: list[str] = []
    for t in with_lemmas(doc, (holder,)):
        if t.tag_ != "NNS" or t.lemma_.lower() != holder:
            continue
        mods = [c for c in t.children if c.dep_ in ("compound", "nmod", "amod")]
        mods += [g for c in mods for g in c.children if c.dep_ == "compound" and g.dep_ in ("compound", "nmod")]
        mods += prep_objects(t, "of")
        for m in mods:
            aid = table.actor_for(m)
            if aid and table.by_id[aid].kind == "organization" and aid not in found:
                found.append(aid)
    return found if len(found) == 1 else []

