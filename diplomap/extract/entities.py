"""Repairs of the statistical NER's person spans before actors are read from them: persons it
split or mislabelled (bodies' names are repaired in org_entities)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .aka_names import alias_of_a_person
from .cities import continent_words
from .doc_index import doc_tokens
from .knowledge import Knowledge
from .mentions import NAME_PARTICLES
from .name_edges import (
    OTHER_LABELS,
    hyphen_tail,
    known_first_word,
    known_word,
    leads_a_delegation,
    looks_like_person_name,
    reads_as_name,
    title_tail_name,
    with_cut_words,
    with_hyphenated_surname,
    with_hyphenated_tail,
    without_posting_place,
    without_state_of,
)
from .name_spans import after_title
from .person_evidence import _after_posting, _associate_before, _described_person, _listed_by_state, _speaks


def repair_person_entities(doc: Doc, kb: Knowledge) -> None:
    """Names the statistical NER got wrong: "Ursula von der" + "Leyen", "Vassily
    Nebenzia" as a WORK_OF_ART. A title-case span of two to four words that no
    knowledge file knows becomes a PERSON when a title stands before it or it
    speaks ("X told the council")."""
    ents = _split_named_tails([with_hyphenated_surname(with_hyphenated_tail(with_cut_words(
        without_state_of(without_posting_place(e, kb), kb), kb))) for e in doc.ents], kb)
    ents = filter_spans([part for e in ents for part in _split_at_parenthesis(e)])  # a name run into the next entity
    ents = sorted(ents + _untagged_names(doc, kb), key=lambda e: e.start)
    changed = ents != list(doc.ents)
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        j = ent.end
        while ent.label_ == "PERSON" and j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j - ent.end < 2:
            j += 1
        particle_next = _particle_follows(ents, i)
        j = ent.end if particle_next else j
        if ent.label_ == "PERSON" and (j > ent.end or ent[-1].lower_ in NAME_PARTICLES or particle_next) \
                and i + 1 < len(ents) and ents[i + 1].start == j and ents[i + 1][0].is_title:
            # "Ursula Von" + "der" + "Leyen"; "Mohamed Salem" + "Ould Bouh"
            out.append(Span(doc, ent.start, ents[i + 1].end, label="PERSON"))
            i += 2
            changed = True
            continue
        if ent.label_ == "PERSON" and j > ent.end and _untagged_surname(doc, j, kb) and not particle_next:
            out.append(Span(doc, ent.start, j + 1, label="PERSON"))  # "Abdel Fattah" + "el-" + "Sissi"
            i += 1
            changed = True
            continue
        cut = _title_length(doc, ent.start, ent.end, kb) if ent.label_ == "PERSON" and not after_title(doc, ent.start, kb) else 0
        if cut and len(ent) - cut >= 2:  # "Crown Prince Abdullah bin Abdul Aziz" tagged whole: the title is no name
            out.append(Span(doc, ent.start + cut, ent.end, label="PERSON"))
            changed = True
            i += 1
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        named = _person_name(ent, nxt, out, kb)
        out.append(named or ent)
        i += 1 + (named is not None and nxt is not None and nxt.start < named.end)
        changed = changed or named is not None
    if changed:
        doc.ents = out


def _person_name(ent: Span, nxt: Span | None, before: list[Span], kb: Knowledge) -> Span | None:
    """The person's name the entity ``ent`` (with the next one, ``nxt``) really is, if the NER got it wrong:
    "Rafael Montenegro", "Carla" + "Jordan", "Sofia" + "Marin", "General X Y" as a work."""
    return _titled_name(ent, kb) or _given_name_before_country(ent, nxt, kb) or _place_as_given_name(ent, nxt, kb) \
        or title_tail_name(ent, kb) or _name_cut_in_two(ent, nxt, kb) or alias_of_a_person(ent, kb) \
        or _given_names_before(ent, before, kb) \
        or _mislabelled_person(_with_untagged_given_names(ent, before, kb), kb) or _mislabelled_person(ent, kb)


def _untagged_surname(doc: Doc, i: int, kb: Knowledge) -> bool:
    """A capitalised proper noun outside every entity, after a name's particle: the rest of the name."""
    t = doc[i] if i < len(doc) else None
    return t is not None and t.is_title and t.pos_ == "PROPN" and not t.ent_type_ and not known_word(t, kb) and (
        i + 1 == len(doc) or not doc[i + 1].is_title)


def _particle_follows(ents: list[Span], i: int) -> bool:
    """"Mohamed Salem" + "Ould Bouh": the next PERSON opens on a name particle right after this one."""
    nxt = ents[i + 1] if i + 1 < len(ents) else None
    return nxt is not None and nxt.start == ents[i].end and nxt.label_ == "PERSON" and nxt[0].lower_ in NAME_PARTICLES


def _name_cut_in_two(ent: Span, nxt: Span | None, kb: Knowledge) -> Span | None:
    """"Helena Vasconcelos" (ORG) + "Prado" (GPE): two entities of other labels, side by side, that together
    read as a person's name described as one ("Brazil's foreign minister, Helena Vasconcelos Prado,")."""
    if nxt is None or nxt.start != ent.end or ent.label_ not in OTHER_LABELS or nxt.label_ not in OTHER_LABELS \
            or ent.label_ == "NORP" or nxt.label_ == "NORP" or nxt[0].is_sent_start \
            or any(t.is_punct and t.text != "-" for t in (*ent, *nxt)):
        return None  # not "hosted by Rubio." + "Nduhungirehe said": a sentence's end between them
    return _mislabelled_person(Span(ent.doc, ent.start, nxt.end, label=ent.label_), kb)


def _mislabelled_person(ent: Span, kb: Knowledge) -> Span | None:
    """A title-case name of two to four words, of another label, that no knowledge file knows,
    after a title, speaking ("X told the council"), leading a delegation or described as a person: a PERSON."""
    doc = ent.doc
    if ent.label_ in OTHER_LABELS and 2 <= len(ent) <= 4 and looks_like_person_name(ent) and not kb.country_of(ent.text) \
            and not kb.organization(ent.text) and not any(kb.country_of(t.text) for t in ent) \
            and not any(t.lower_ in kb.org_stopwords or kb.title(t.text) for t in ent):
        before = doc[ent.start - 1] if ent.start > 0 else None
        speaks = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in ("say", "tell", "add", "write", "warn")
        if (before is not None and kb.title(before.text)) or speaks or _described_person(ent, kb) \
                or _listed_by_state(ent, kb) or leads_a_delegation(ent, kb) or _associate_before(ent, kb):
            return Span(doc, ent.start, ent.end, label="PERSON")
    return None


def _titled_name(ent: Span, kb: Knowledge) -> Span | None:
    """"Brigadier General Selim Kavak" tagged as a work or a body: a title (with the rank words
    before it) opening a span of other words that make a person's name (two to four, none a
    known word) — the name is a PERSON."""
    if ent.label_ not in OTHER_LABELS or kb.organization(ent.text) or kb.country_of(ent.text):
        return None
    doc = ent.doc
    k = max([j + 1 for j in range(ent.start, min(ent.start + 3, ent.end))
             if kb.title(doc[j].text) or kb.is_honorific(doc[j].text)], default=ent.start)
    if k > ent.start and k + 4 < ent.end and doc[k].lower_ in ("of", "for") and doc[k + 2].lower_ == "and":
        k += 4  # "Minister of Industry and Trade Nguyen Hong Dien": a portfolio of two fields, then the name
    name = Span(ent.doc, k, ent.end, label="PERSON")
    return name if k > ent.start and reads_as_name(name, kb) else None


def _with_untagged_given_names(ent: Span, before: list[Span], kb: Knowledge) -> Span:
    """"Mahad" + "Wasuge" (GPE), "Ana" + "Cláudia Bittencourt" (ORG): capitalised proper nouns no entity
    covers, right before a name of one to three words of another label and compounds of it, are its given names."""
    start = _untagged_given_start(ent, before, kb)
    if len(ent) > 3 or ent.label_ not in OTHER_LABELS or start == ent.start:
        return ent
    return Span(ent.doc, start, ent.end, label=ent.label_)


def _given_names_before(ent: Span, before: list[Span], kb: Knowledge) -> Span | None:
    """"Mabior" + "Gatkuoth Riek" (PERSON), "Ana" + "Cláudia Bittencourt": a given name the NER left out
    of a person's name, no title, honorific or word a knowledge file knows."""
    start = _untagged_given_start(ent, before, kb)
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) > 3 or start == ent.start or kb.leaders_named(ent.text) \
            or any(known_word(t, kb) for t in doc[start:ent.start]) \
            or start > 0 and (doc[start - 1].is_title or doc[start - 1].pos_ == "ADP"):
        return None  # a leader's name as the knowledge has it is whole ("Represenative Clayton Yeutter"); no
        # portfolio's last word ("Minister for Foreign Affairs Fergal Moriarty", "Coordinator for Norland Ruth A.")
    return Span(doc, start, ent.end, label="PERSON")


def _untagged_given_start(ent: Span, before: list[Span], kb: Knowledge) -> int:
    """Where the run of untagged capitalised proper nouns hung as compounds on ``ent`` right before it starts;
    not over a title, a title's prefix or an honorific ("Sens.", "Deputy")."""
    doc = ent.doc
    start = ent.start

    def given(t: Token) -> bool:
        return not t.ent_type_ and t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.dep_ == "compound" \
            and t.head.i in range(ent.start, ent.end) and not (
                kb.title(t.text) or kb.is_honorific(t.text) or t.lower_ in kb.name_prefixes or t.lower_ in kb.title_prefixes)
    while start > 0 and start > ent.start - 3 and given(doc[start - 1]):
        start -= 1
    return ent.start if before and before[-1].end > start else start


def _untagged_names(doc: Doc, kb: Knowledge) -> list[Span]:
    """Two to four capitalised proper nouns no entity covers, that speak or stand in
    apposition to a role ("the deputy governor, Tomasz Wrobel, said"): a person's name."""
    out = []
    i = 0
    tokens = doc_tokens(doc)
    while i < len(doc):
        j = _capital_run_end(tokens, i, len(doc))
        k = i + _title_length(doc, i, j, kb)  # "Taoiseach Micheal Tarne": a title the parser made a name part
        portfolio = j - k >= 3 and _portfolio_before(doc, k, kb)  # "Vice Minister of Commerce Sun Haiyang"
        if portfolio:  # the portfolio ends on its last plural, if any: "Minister for Foreign Economic Relations X Y"
            plurals = [t.i for t in doc[k:j - 2] if t.tag_ in ("NNS", "NNPS")]
            k = plurals[-1] + 1 if plurals else k + 1
        if 2 <= _word_count(doc[k:j]) <= 4 and not any(known_word(t, kb) for t in doc[k:j]) \
                and tokens[j - 1].tag_ != "NNPS":
            # (a run ending on a plural is a portfolio before the name: "Minister for Foreign Economic Relations")
            span = Span(doc, k, j, label="PERSON")
            root = span.root
            described = root.dep_ == "appos" and (kb.title(root.head.text) or root.head.lemma_ in kb.person_nouns)
            if _speaks(span) or described or k > i or _after_posting(doc, k, kb) or _listed_by_state(span, kb) \
                    or known_first_word(span, kb) or _associate_before(span, kb):
                out.append(span)
        i = max(j, i + 1)
    return out


def _capital_run_end(tokens, start: int, stop: int) -> int:
    """Where the run of capitalised proper nouns no entity covers, from ``start``, ends (at ``stop`` at most)."""
    def name_word(t) -> bool:
        return not t.ent_type_ and t.pos_ == "PROPN" and t.is_title

    j = start
    while j < stop and name_word(tokens[j]):
        j += 1
        if j + 1 < stop and _joining_hyphen(tokens, j) and name_word(tokens[j + 1]):  # "Espen Bjørnstad-Holm"
            j += 1
    return j


def _joining_hyphen(tokens, i: int) -> bool:
    """A hyphen at ``i`` written with no space on either side of it."""
    return tokens[i].text == "-" and not tokens[i - 1].whitespace_ and not tokens[i].whitespace_


def _word_count(span: Span) -> int:
    """Words in a name, a hyphenated surname counting once."""
    return len(span) - 2 * sum(1 for t in span if t.text == "-")


def _portfolio_before(doc: Doc, start: int, kb: Knowledge) -> bool:
    """"Vice Minister of Commerce Sun Haiyang": the run of capitals opens on the portfolio that a title's
    "of"/"for" names, and the name follows it."""
    return start >= 2 and doc[start - 1].lower_ in ("of", "for") and kb.title(doc[start - 2].text) is not None


def _title_length(doc: Doc, start: int, end: int, kb: Knowledge) -> int:
    """How many words of ``doc[start:end]`` make a title at its start (the longest), else 0; a portfolio
    the titles list lacks before a title word counts ("Irrigation Minister", "Water Resources Minister")."""
    for n in range(min(3, end - start), 0, -1):
        if kb.title(doc[start:start + n].text) is not None:
            return n
    for n in range(2, min(3, end - start - 2) + 1):
        if kb.title(doc[start + n - 1].text) is not None and not any(known_word(t, kb) for t in doc[start:start + n - 1]):
            return n
    return 0


def _split_named_tails(ents: list[Span], kb: Knowledge) -> list[Span]:
    """"the Ministry of Information and Culture, Zia-ul Haq Haqmal": an ORG span that runs on
    past a comma into two to four capitalised words is a body and then a person."""
    out = []
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","]
        if ent.label_ != "ORG" or len(commas) != 1 or commas[0] == ent.start:
            out.append(ent)
            continue
        tail = Span(ent.doc, commas[0] + 1, ent.end, label="PERSON")
        words = [t for t in tail if not t.is_punct and not hyphen_tail(t)]  # "Zia-ul Haq": two words
        if 2 <= len(words) <= 4 and looks_like_person_name(tail) and not any(known_word(t, kb) for t in tail):
            out += [Span(ent.doc, ent.start, commas[0], label="ORG"), tail]
        else:
            out.append(ent)
    return out


def _split_at_parenthesis(ent: Span) -> list[Span]:
    """"the Movement for Democratic Renewal (MDR", "DOJ (Department of Justice": a name and its
    other form in brackets, run into one span by the NER, are two names."""
    cut = [t.i for t in ent if t.text in ("(", ")")]
    if ent.label_ not in ("ORG", "PERSON") or not cut:
        return [ent]
    parts, start = [], ent.start
    for i in [*cut, ent.end]:
        if i > start:
            parts.append(Span(ent.doc, start, i, label=ent.label_))
        start = i + 1
    return parts


def _given_name_before_country(ent: Span, nxt: Span | None, kb: Knowledge) -> Span | None:
    """A one-word country name right after a given name is a surname: a PERSON entity
    followed by it, or an untagged capitalised proper noun that the parser hangs on it."""
    doc = ent.doc
    if ent.label_ == "PERSON" and nxt is not None and nxt.start == ent.end and len(nxt) == 1 \
            and nxt.label_ == "GPE" and kb.country(nxt.text) and ent[-1].tag_ != "POS":
        return Span(doc, ent.start, nxt.end, label="PERSON")
    if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0 or not kb.country(ent.text) \
            or ent.text in continent_words():  # "Latin America": a region
        return None
    given = doc[ent.start - 1]
    if given.ent_type_ or given.pos_ != "PROPN" or not given.is_title or given.dep_ != "compound" \
            or given.head.i != ent.start or given.is_sent_start and given.is_stop:
        return None
    if ent.root.dep_ not in ("nsubj", "nsubjpass") and not any(c.dep_ == "appos" for c in ent.root.children):
        return None  # "of Birdlife Spain": a body's name; a person speaks or is described
    if kb.country_of(given.text) or kb.title(given.text) or kb.organization(given.text) \
            or given.lower_ in kb.not_person_words or given.lower_ in kb.org_words or kb.city(given.text):
        return None
    return Span(doc, given.i, ent.end, label="PERSON")


def _place_as_given_name(ent: Span, nxt: Span | None, kb: Knowledge) -> Span | None:
    """"Ambassador Sofia Marin", "Paris Dimitriou said": a one-word place the NER tagged, hung as a
    compound on the capitalised proper noun right after it (untagged, or a PERSON), is a given name
    when the two name a person — after a title, speaking, or described as one."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or not (ent[0].is_alpha and ent[0].is_title) \
            or ent.end >= len(doc):
        return None  # "U.S. Administration", "UK Treasury": no given name
    surname = doc[ent.end]
    if ent.start > 0 and doc[ent.start - 1].dep_ == "prep":
        return None  # "Coordinator for Myanmar Andrew Kirkby": the place is the title's
    tagged = nxt is not None and nxt.start == ent.end and nxt.label_ == "PERSON" and len(nxt) <= 2
    if tagged and nxt is not None:
        end = nxt.end
    elif not surname.ent_type_:  # "Santiago" + "Villacís Ordóñez", both untagged: the run of capitals
        end = _capital_run_end(doc, ent.end, min(ent.end + 3, len(doc)))
    else:
        return None
    if not surname.is_title or surname.pos_ != "PROPN" or ent.root.dep_ != "compound" \
            or not ent.end <= ent.root.head.i < end or not tagged and any(known_word(t, kb) for t in doc[ent.end:end]):
        return None  # (a surname the NER tagged as a person's may be a town's name too: "Sofia" + "Vasconcelos Braga")
    name = Span(doc, ent.start, end, label="PERSON")
    before = doc[ent.start - 1] if ent.start > 0 else None
    titled = before is not None and (kb.title(before.text) is not None or kb.is_honorific(before.text))
    return name if titled or _speaks(name) or _described_person(name, kb) else None
