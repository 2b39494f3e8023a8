"""The status, place and date of an interaction, from the words on and above its trigger.

Status from modality words (``modality.csv``) on the trigger and the verbs above it in its
clause chain; place from "in/at" phrases; date from a DATE entity hung on that chain.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..models import Article
from .dates import resolve_date
from .meeting_places import place_text
from .nlp import sentence_of
from .triggers import Triggers, verb_in, words

STATUS_ORDER = ("negated", "proposed", "planned", "occurred")


def governors(token: Token, limit: int = 6) -> list[Token]:
    """The trigger and the verbs/nouns above it within its clause chain. A temporal clause's own verb
    ("talks will not resume until X visits Lima"), a relative clause's ("X, who is in Rome today, will fly to
    Tokyo"), a perfect participle's ("after having completed a trip to Paris") and a past conjunct's ("expected
    progress and discussed it with X") keep their own status, not the main clause's."""
    chain = [token]
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words("future_clause_mark")
                                     for c in token.children):
        return chain
    if _own_tense_relative(token):
        return chain  # "X, who met Y yesterday, will fly to Tokyo": a relative clause has its own tense
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return chain  # "officials travelling with X would not comment": the participle's noun is there
    t = token
    while t.head != t and len(chain) < limit:
        if t.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "ROOT") and len(chain) > 1:
            break
        if _perfect_participle(t):
            break  # "will fly to Tokyo after having completed a trip to Paris": the trip is behind him
        if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.pos_ in ("VERB", "AUX"):
            break  # "expected progress and discussed it with X": a past conjunct keeps its own tense
        if t.dep_ == "pobj" and t.head.lower_ not in words("event_prep") and not (
                t.head.lower_ in ("of", "from") and t.head.head.lemma_.lower() in words("phase_noun")) and not (
                t.head.lower_ == "to" and t.head.head.lemma_.lower() in words("return_verb")):
            break  # "will hold two days of talks": the phase noun passes the status on, as "should return to
            # the negotiating table" its resumption does
        t = t.head
        chain.append(t)
        if t.dep_ == "ccomp":
            break
    return chain


def _own_tense_relative(verb: Token) -> bool:
    """A finite relative clause opened by a wh-word ("who met Y yesterday", "where he is today"); not a clause
    the parser made of "that" after a speech verb ("proposed in a letter to X that they meet")."""
    return verb.dep_ == "relcl" and verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)) and any(
        c.lower_ in ("who", "which", "whom", "whose", "where") for c in verb.children)


def _perfect_participle(verb: Token) -> bool:
    """A perfect participle clause ("after having completed …", "having met X, he will …") tells what is
    done before the main clause: it takes none of that clause's modality."""
    return verb.tag_ == "VBN" and verb.dep_ in ("pcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def status_of(token: Token, chain: list[Token], triggers: Triggers) -> str:
    """The status the modality words on the trigger's ``chain`` (``governors``) give it."""
    if token.head.lower_ == "without" and token.dep_ in ("pcomp", "pobj"):
        return "negated"  # "left without meeting Putin" (but a summit that "ended without a deal" took place)
    found: set[str] = set()
    lemmas = triggers.modality
    for k, g in enumerate(chain):
        if k > 1 and chain[k - 1].lower_ == "at" and chain[k - 2].dep_ == "pobj" and g.pos_ in ("VERB", "AUX"):
            # "at a meeting …, X called for Y": what X does there is no modality of the meeting, its tense is
            found.update(lemmas[c.lower_] for c in g.children if c.dep_ in ("aux", "neg") and c.lower_ in lemmas)
            continue
        words = [g] + [c for c in g.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "amod", "acomp", "prep")
                       or c.dep_ == "det" and c.lower_ == "no" and _no_reaches(chain, k)]
        for w in words:
            if any(c.dep_ == "prt" for c in w.children):
                continue  # "set off on a trip": a verb with its particle is another verb ("call off": the pair below)
            for key in {w.lemma_.lower(), w.lower_}:  # spaCy lemmatises "hopes" as "hop"
                if w != token and key in lemmas:
                    found.add(lemmas[key])
        under = k > 0 and chain[k - 1].dep_ == "xcomp"  # the event in the infinitive "g" governs
        infinitive = under and (chain[k - 1] == token or token.head == chain[k - 1] and token.dep_ == "dobj")  # "failed
        # to meet X", "failed to hold talks", not "failed to outline it in his meeting with X"
        pair = lemmas.get(f"{g.lemma_.lower()} to")  # "agreed on Monday to resume talks"
        appeal = k > 0 and chain[k - 1].dep_ == "advcl" and pair == "proposed" and any(  # "called on Y to open
            c.dep_ == "aux" and c.lower_ == "to" for c in chain[k - 1].children)  # talks", parsed as a clause
        if (under or appeal) and pair and g != token and (pair != "negated" or infinitive):
            found.add(pair)
        for i in range(max(g.i - 1, 0), min(g.i + 2, len(g.doc) - 1)):  # "call for", "call off", "go to"
            pair = f"{g.doc[i].lemma_.lower()} {g.doc[i + 1].lower_}"
            if pair in lemmas and g.doc[i] != token and (not pair.endswith(" to") or under and (
                    lemmas[pair] != "negated" or infinitive)):  # "agreed to meet",
                found.add(lemmas[pair])  # not "at a meeting … agreed to cooperate" nor "went to Paris for talks"
    if _purpose_of_departure(chain) or _subject_of_be_to(chain):
        found.add("planned")
    top = chain[-1]  # "little chance that another summit will take place": the clause is
    if top.dep_ in ("ccomp", "acl") and lemmas.get(top.head.lemma_.lower()) == "proposed":  # a possibility
        found.add("proposed")
    return next((s for s in STATUS_ORDER if s in found), None) or _unmarked_status(token, chain, triggers)


def _unmarked_status(token: Token, chain: list[Token], triggers: Triggers) -> str:
    """The status of an event its chain marks with no modality word: what a relative clause on the event noun
    tells ("to the meeting, which will be attended by A and B"; not "talks, which must be concluded by June",
    what must happen to talks under way), a scheduled present ("leaves for Tokyo on Monday"), else occurred."""
    relative = _relative_on_event(token)
    told = status_of(relative, [relative], triggers) if relative is not None else "occurred"
    if told in ("planned", "negated"):
        return told
    return "planned" if _scheduled_present(chain) or _still_ahead(token, triggers) else "occurred"


def _still_ahead(token: Token, triggers: Triggers) -> bool:
    """"Lifted the tariff ahead of his meeting with X", "on the eve of her visit": the event of the phrase of a
    ``prior_word`` is still ahead of what the clause tells."""
    prep = token.head if token.dep_ in ("pobj", "pcomp") else None
    return prep is not None and prep.lower_ in ("of", "for") and triggers.has("prior_word", prep.head.lemma_.lower())


def _relative_on_event(noun: Token) -> Token | None:
    """The verb of a relative clause whose subject is the event noun itself ("the meeting, which will be
    attended by …", "talks that were called off"), else None."""
    if noun.pos_ != "NOUN":
        return None
    return next((r for r in noun.children if r.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in r.children)), None)


def _no_reaches(chain: list[Token], k: int) -> bool:
    """"No talks are planned", "had no plans to meet B", "no plans for talks": the determiner "no" on the
    event, or on a noun the event hangs on by an infinitive or a preposition, negates it; "no sign that X
    is interested in talking" denies the evidence, not the event."""
    if k == 0:
        return True
    below = chain[k - 1]
    return below.dep_ == "prep" or below.dep_ in ("acl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _subject_of_be_to(chain: list[Token]) -> bool:
    """"Talks between A and B are to resume on Monday", "the talks were to begin in May": the event is
    the subject of "be to" + infinitive, an arrangement still ahead (as "A and B are to resume talks")."""
    return len(chain) > 1 and chain[0].dep_ in ("nsubj", "nsubjpass") and chain[1].lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in chain[1].children)


def _purpose_of_departure(chain: list[Token]) -> bool:
    """"X left for Tokyo on Sunday to meet Y": a purpose infinitive under a departure verb is
    still ahead when the story is filed."""
    return any(g.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in g.children)
               and verb_in(g.head, "departure_verb") for g in chain)


def _scheduled_present(chain: list[Token]) -> bool:
    """Wire present for a timetable: "X leaves for Cairo on Tuesday", "officials tomorrow open
    talks", "X flies to Rome this evening to meet Y": the first finite verb of the chain (a purpose
    infinitive takes its status from the verb it serves), in the bare present with a time ahead
    (``future_time_word``), is planned; so is one in a temporal clause ("a day before X heads to
    Beijing", "once she arrives in Lima": ``future_clause_mark``), where English writes the future so."""
    verb = next((g for g in chain if g.pos_ in ("VERB", "AUX") and g.tag_ not in ("VB", "VBG", "VBN")), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words("future_clause_mark") for c in verb.children):
        return True
    when = ("DATE", "TIME")
    times = [c for c in verb.children if c.ent_type_ in when] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.ent_type_ in when]
    return any(w.lower_ in words("future_time_word") for t in times for w in t.subtree)


def location_of(tokens: list[Token], exclude: set[int]) -> str | None:
    for token in tokens:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i not in exclude:
                        place = place_text(pobj)
                        if place:
                            return place
    return None


def _dates_by_sentence(doc) -> dict[int, list]:
    """DATE entities by the start of their sentence, indexed once per doc: ``doc.ents`` builds every
    span on each call, which made a long article (thousands of events) quadratic."""
    index: dict[int, list] | None = doc.user_data.get("diplomap_dates")
    if index is None:
        index = {}
        doc.user_data["diplomap_dates"] = index
        for ent in doc.ents:
            if ent.label_ == "DATE":
                index.setdefault(sentence_of(doc[ent.start]).start, []).append(ent)
    return index


def event_date(tokens: list[Token], article: Article, status: str) -> str | None:
    doc = tokens[0].doc
    heads = {t.i for t in tokens}
    for ent in _dates_by_sentence(doc).get(sentence_of(tokens[0]).start, ()):
        near = [ent.root.head, ent.root.head.head]
        if ent.root.head.lower_ in ("since", "until", "till") or ent[0].lower_ in ("since", "until") \
                or ent.root.dep_ == "dobj":  # "spent two weeks in Accra": a span, not a day
            continue  # "since 2022" starts a period, "until June" ends one: neither dates the meeting
        if any(a.i in heads for a in near):
            return resolve_date(ent.text, article.date, future=status in ("planned", "proposed"))
    return None


def later_than(date: str | None, article_date: str | None) -> bool:
    """An event dated after the story ("starting next Wednesday", "a visit here next week") has not
    happened yet, whatever its tense: compared at the event date's own precision ("1987-05" after April)."""
    return bool(date and article_date and date > article_date[:len(date)])


def dated_past(trigger: Token, article: Article) -> bool:
    """A date on an event noun (hung on it, or right after its phrase) that is behind the story whichever way it
    is read ("Y's visit to Moscow last week", "the talks yesterday"): the event took place, whatever the modality
    above it ("was to brief X on Y's visit last week" is no planned visit)."""
    if not article.date or trigger.pos_ != "NOUN":  # "agreed to visit X last week": the date is the agreeing's
        return False
    for ent in _dates_by_sentence(trigger.doc).get(sentence_of(trigger).start, ()):
        after = ent.start == trigger.right_edge.i + 1  # "on Y's visit to X last week"
        if not (ent.root.head == trigger or after) or ent.root == trigger:  # (the parser often hangs it higher)
            continue
        sides = [resolve_date(ent.text, article.date, future=f) for f in (False, True)]
        if all(d and d < article.date[:len(d)] for d in sides):
            return True
    return False

