"""Actors of one article: persons, organisations and countries, with every mention.

spaCy's NER finds the names; an EntityRuler fed from ``data/knowledge`` corrects it
(countries, capitals, demonyms, metonyms, organisations, leaders). Mentions of one
actor are merged (surname → full name, "Sir Keir", "MBS"), junk is dropped, and each
person gets a role and a country from the text first (premodifiers, possessives,
appositions, ``descriptions``) and only then from the leaders file at the article's
date. Pronouns and descriptions ("he", "the British prime minister") are resolved
(``references``), so that interactions and quotes only ask ``ActorTable.actor_for(token)``.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from ..ids import slug
from ..models import Actor, Article
from .aka_names import known_as
from .body_adjectives import add_body_adjectives
from .cities import continent_words
from .demonym_groups import is_plural_demonym, stands_for_state
from .descriptions import countries_from_earlier_descriptions, describe_persons
from .entities import repair_person_entities
from .knowledge import Knowledge, load_knowledge
from .knowledge_names import without_initials
from .leader_lookup import placed_elsewhere
from .mentions import NAME_LABELS, ActorTable, Mention
from .missed_names import add_missed_names, is_regnal, person_actor
from .name_edges import looks_like_person_name
from .name_spans import clean_name_span
from .namesake_choice import described_namesake, person_reference
from .namesakes import namesake_by_office
from .nlp import dateline, text_of
from .org_entities import repair_org_entities
from .org_names import merge_other_names
from .organs import (
    add_organization,
    add_state_organs,
    described_as_outlet,
    place_unqualified_legislatures,
)
from .origins import place_by_lead_description, place_persons
from .portfolio_names import join_for_tails, join_of_cuts, join_portfolio_halves
from .references import resolve_references
from .surname_forms import bare_surname, surname_first
from .typed_bodies import relabel_typed_bodies

# --- finding actors ------------------------------------------------------------------------


def heading_tokens(doc: Doc) -> set[int]:
    """Tokens on short lines without closing punctuation: section headings, not prose."""
    out: set[int] = set()
    pos = 0
    for line in text_of(doc).split("\n"):
        stripped = line.strip()
        words = stripped.split()
        if stripped and len(words) <= 12 and not re.search(r"[.!?:;,\"”’)]$", stripped):
            span = doc.char_span(pos, pos + len(line), alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        pos += len(line) + 1
    return out


QUOTE_MARKS = ('"', "“", "”", "‘", "’", "``", "''")


def _quoted_alone(span: Span) -> bool:
    """A name that is all of a quotation ("the book \"Valiant Nights\" was banned")."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].text in (",", "."))
    return span.start > 0 and doc[span.start - 1].text in QUOTE_MARKS and end < len(doc) and doc[end].text in QUOTE_MARKS


def _city_not_person(span: Span, kb: Knowledge) -> bool:
    if kb.city(span.text) is None or kb.leaders_named(span.text):
        return False
    return len(span) > 1 or span.root.dep_ not in ("nsubj", "nsubjpass", "appos")


def _no_person_word(span: Span, kb: Knowledge) -> bool:
    return any(t.lower_ in kb.not_person_words for t in span) or span[-1].text in continent_words() \
        or is_plural_demonym(span, kb)  # "Hong Kongers": a people


def _repair_entities(doc: Doc, kb: Knowledge) -> None:
    """The NER's spans mended before actors are read: persons, bodies' names the ruler cut, and
    names a kind of body beside them declares ("airline X", "X, the French export credit agency")."""
    join_portfolio_halves(doc, kb)
    join_of_cuts(doc, kb)
    join_for_tails(doc)
    repair_person_entities(doc, kb)
    repair_org_entities(doc, kb)
    relabel_typed_bodies(doc, kb)


def find_actors(doc: Doc, article: Article, kb: Knowledge | None = None) -> ActorTable:
    kb = kb or load_knowledge()
    table = ActorTable(doc=doc, kb=kb, date=article.date, headline=article.title)
    skip = heading_tokens(doc)
    _repair_entities(doc, kb)
    persons: list[Span] = []
    others: list[Span] = []
    wire = dateline(text_of(doc))
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or ent.start in skip:
            continue
        if wire is not None and ent.start_char < wire.end() and ent.label_ in ("ORG", "PERSON"):
            if not (kb.country_of(ent.text) or kb.city(ent.text)):
                continue  # "GENVAL, Belgium, June 2 -": a place, never a body or a person
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "CARACAS" tagged ORG
        span = clean_name_span(ent, kb)
        if span is None:
            continue
        if span.label_ in ("PERSON", "ORG") and described_as_outlet(span, kb):
            continue  # "the magazine Coastal Review", "Mira News, an outlet covering ...": a source
        if span.label_ == "PERSON" and any(t.lower_ in kb.org_words for t in span):
            span = Span(doc, span.start, span.end, label="ORG")  # "Kadir Has University", "Central Command"
        if span.label_ == "PERSON" and _no_person_word(span, kb):
            continue  # "Cyclone Jude", "Central Java Province", "Central Asia"
        if span.label_ == "PERSON" and len(span) > 1 and span[-1].lower_ in kb.not_org_words:
            continue  # "the Shipping Bill": a document
        if span.label_ == "PERSON" and _quoted_alone(span):
            continue  # the book "Valiant Nights": a work's title, not a person
        if span.label_ == "PERSON" and _city_not_person(span, kb):
            continue  # "Porto Alegre", "in Da Nang": a city the NER took for a person
        if span.label_ == "PERSON" and kb.organization(span.text):
            span = Span(doc, span.start, span.end, label="ORG")  # "Boko Haram" tagged as a person
        (persons if span.label_ == "PERSON" else others).append(span)
    person_names = _cluster_persons(persons, article, kb, table)
    for span in others:
        _add_non_person(span, kb, table, person_names, article)
    merge_other_names(table, kb)
    add_state_organs(table, kb)
    add_body_adjectives(table, kb)  # "Congressional leaders": the Congress's people
    add_missed_names(table, person_names, article, kb)
    place_unqualified_legislatures(table, kb)
    describe_persons(table, article, kb)
    place_by_lead_description(table, kb, first=True)  # the office a wire's lead names: "the minister said"
    resolve_references(table, kb, skip)
    describe_persons(table, article, kb, only_missing=True)  # "his wife, Liri Berisha": now "his" is known
    countries_from_earlier_descriptions(table, kb)
    place_persons(table, kb)  # "X, who fled Ruritania", then the story's setting
    for actor in table.by_id.values():  # a 1987 Soviet minister: "Russian" and leaders' RUS mean SUN
        actor.country = kb.state_at(actor.country, article.date)
    return table


def _cluster_persons(persons: list[Span], article: Article, kb: Knowledge, table: ActorTable) -> dict[str, str]:
    """Group person mentions into actors; returns every surface form → actor id. Full names
    first (longest first), then one-word names against them, then every mention is counted."""
    by_form: dict[str, str] = {}
    aka = known_as(persons, kb)  # "X, known also as Y": Y is X's
    full = sorted((s for s in persons if not _one_word(s) and looks_like_person_name(s) and s.text not in aka),
                  key=lambda s: (-len(s), s.start))
    singles = [s for s in persons if _one_word(s) and looks_like_person_name(s) and s.text not in aka]
    for span in full:
        if span.text not in by_form:
            by_form[span.text] = _full_name_actor(span.text, by_form, article, kb, table)
    for span in sorted(singles, key=lambda s: s.start):
        word = span.text
        if word in by_form or is_regnal(word):
            continue
        aid = _one_word_actor(word, singles, persons, by_form, article, kb, table)
        if aid is not None:
            by_form[word] = aid
    firsts: dict[str, Span] = {}  # each person's first full name, in story order
    for s in sorted(full, key=lambda s: s.start):
        firsts.setdefault(by_form[s.text], s)
    for span in persons:
        aid = by_form.get(span.text) or by_form.get(aka.get(span.text, ""))
        if aid is None:
            continue
        by_form.setdefault(span.text, aid)  # "known as Madobe": "Madobe said" later is X too
        if _one_word(span):  # "the younger Haddad", "Senator Benitez": one of two namesakes
            aid = described_namesake(span, [(a, f) for a, f in firsts.items() if f[-1].text == span.text], kb) or aid
        actor = table.by_id[aid]
        actor.mentions += 1
        for form in (span.text, _prefixed_form(span, kb)):
            if form and form != actor.name and form not in actor.aliases:
                actor.aliases.append(form)
        table.add_mention(Mention(span.start, span.end, aid))
    return by_form


def _prefixed_form(span: Span, kb: Knowledge) -> str | None:
    """"Sayyid Ali Hosseini Khamenei" where the entity is "Ali Hosseini Khamenei": the
    religious or lineage titles written before the name, with it, else None."""
    start = span.start
    while start > 0 and span.doc[start - 1].is_title and span.doc[start - 1].lower_ in kb.name_prefixes:
        start -= 1
    return span.doc[start:span.end].text if start < span.start and len(span) > 1 else None


def _leader_name(name: str, article: Article, kb: Knowledge) -> str | None:
    """The full name of the one leader called ``name`` on the article's date; the article's own
    form when the two differ only by middle initials ("Paul Volcker" for "Paul A. Volcker")."""
    names = {lead.name for lead in kb.leaders_named(name, article.date)}
    if not names and (namesake := namesake_by_office(name, article.text, article.date, kb)):
        names = {namesake}  # "Baker" in 1987, in a story that names the Treasury secretary
    if len(names) != 1:
        return None
    full = names.pop()
    return name if without_initials(full) == name else full


def _new_person(name: str, table: ActorTable) -> str:
    aid = slug(name)
    n = 2
    while aid in table.by_id and table.by_id[aid].name != name:
        aid, n = f"{slug(name)}-{n}", n + 1
    if aid not in table.by_id:
        table.by_id[aid] = Actor(id=aid, name=name, kind="person")
    return aid


def _same_person(a: str, b: str, kb: Knowledge) -> bool:
    ta, tb = a.split(), b.split()
    short, long_ = sorted(({t.lower() for t in ta}, {t.lower() for t in tb}), key=len)
    if len(short) >= 2 and short < long_ and len(ta) != len(tb):
        return True  # "Sergey Ryabkov" and "Ryabkov Sergey Alexeevich": the same names, reordered
    if ta[-1].lower() != tb[-1].lower():
        return False
    fa, fb = ta[0].rstrip(".").lower(), tb[0].rstrip(".").lower()
    return kb.same_given_name(fa, fb) or (len(fa) == 1 and fb.startswith(fa)) \
        or (len(fb) == 1 and fa.startswith(fb))


def _full_name_actor(name: str, by_form: dict[str, str], article: Article, kb: Knowledge,
                     table: ActorTable) -> str:
    """The actor a full name joins ("Jim Risch" and "James Risch", "Fogh Rasmussen"), else a new one."""
    name = surname_first(name, kb) or name
    canonical = _leader_name(name, article, kb)
    given = _prefixed_given_name(name, by_form, kb, table)
    if given is not None:
        return given
    for aid in by_form.values():
        actor_name = table.by_id[aid].name
        tail = actor_name.endswith(" " + name) or name.endswith(" " + actor_name)  # "Fogh Rasmussen"
        if (canonical and canonical == actor_name) or _same_person(name, actor_name, kb) or tail:
            return aid
    return _new_person(canonical or name, table)


def _prefixed_given_name(name: str, by_form: dict[str, str], kb: Knowledge, table: ActorTable) -> str | None:
    """"Sheikh Ali" after "Sheikh Ali al-Khalifa al-Sabah", "Mullah Hasan" after "Mullah Hasan
    Akhund": a name prefix and a given name stand for the one person named in full with it."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in kb.name_prefixes:
        return None
    found = {aid for aid in by_form.values()
             if len(table.by_id[aid].name.split()) > 2 and table.by_id[aid].name.split()[0] == words[1]}
    return found.pop() if len(found) == 1 else None


def _one_word_actor(word: str, singles: list[Span], persons: list[Span], by_form: dict[str, str],
                    article: Article, kb: Knowledge, table: ActorTable) -> str | None:
    """The actor a one-word name stands for: the one full name it is the surname of, a leader,
    or a titled name ("Gen. Suharto"); else no one."""
    styled = any(_monarch_styled(s, kb) for s in singles if s.text == word)  # "King Salman": a given name,
    candidates = {aid for aid in by_form.values()  # not the surname of "Mohammed bin Salman"
                  if any(bare_surname(word) == bare_surname(t) for t in table.by_id[aid].name.split()[:1 if styled else None])}
    if not candidates and len(word) >= 5 and not styled:  # "Pederson" for "Geir Pedersen": a misspelt surname
        candidates = {aid for aid in by_form.values() if len(table.by_id[aid].name.split()) > 1
                      and fuzz.ratio(word.lower(), table.by_id[aid].name.split()[-1].lower()) >= 85}
        if len(candidates) > 1:
            candidates = set()
    canonical = _leader_name(word, article, kb)
    if canonical and placed_elsewhere(word, canonical, singles, article.date, kb):
        canonical = None  # "Moroccan King Hassan" is not the Tanzanian President Hassan
    if len(candidates) == 1:
        return candidates.pop()
    if canonical and slug(canonical) in table.by_id:
        return slug(canonical)
    if candidates:
        # several namesakes (Sali, Liri and Shkëlzen Berisha): a bare surname is the one introduced first
        return _first_named(candidates, persons, by_form)
    if canonical or any(_titled(s, kb) for s in singles if s.text == word):
        return _new_person(canonical or word, table)
    # one word, never with a first name, title or a leader's term ("Brexit", "Schengen",
    # "Okinawa" tagged PERSON): news introduce people by full name, so it is no one
    return None


MONARCH_ROLES = ("King", "Queen", "Monarch", "Emir", "Sultan", "Emperor", "Pope", "Crown Prince")  # titles.csv roles


def _monarch_styled(span: Span, kb: Knowledge) -> bool:
    """"King Salman", "Emir Tamim", "Sultan Haitham": a monarch is called by his given name."""
    title = kb.title(span.doc[span.start - 1].text) if span.start > 0 else None
    return title is not None and title.role in MONARCH_ROLES


def _titled(span: Span, kb: Knowledge) -> bool:
    """A title or honorific right before a one-word name: "Gen. Suharto", "Mr. Lee"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return kb.title(before.text) is not None or kb.is_honorific(before.text)


def _one_word(span: Span) -> bool:
    """A one-word name: one token, or a particle and a surname the tokenizer split ("Al-Ghunaim")."""
    return len(span) == 1 or (" " not in span.text and bare_surname(span.text) != span.text.lower())


def _first_named(candidates: set[str], persons: list[Span], by_form: dict[str, str]) -> str:
    for s in sorted(persons, key=lambda s: s.start):
        if by_form.get(s.text) in candidates:
            return by_form[s.text]
    return sorted(candidates)[0]


def _add_non_person(span: Span, kb: Knowledge, table: ActorTable, person_names: dict[str, str],
                    article: Article) -> None:
    text = span.text
    if text not in person_names and (found := person_reference(span, kb, table, person_names)) is not None:
        aid, this_mention_only = found
        if this_mention_only:  # "the younger Kanu" labelled ORG: this mention, not every "Kanu"
            table.by_id[aid].mentions += 1
            table.add_mention(Mention(span.start, span.end, aid))
            return
        person_names[text] = aid
    if text not in person_names and span.label_ in ("ORG", "GPE") and not kb.country_of(text) \
            and not kb.organization(text):
        leaders = kb.leaders_named(text, article.date)
        if len({lead.name for lead in leaders}) == 1:  # "Trump" labelled ORG
            person_names[text] = person_actor(table, leaders[0].name)
    if text in person_names:  # NER called a known person an ORG ("Trump's unilateral approach")
        aid = person_names[text]
        table.by_id[aid].mentions += 1
        table.add_mention(Mention(span.start, span.end, aid))
        return
    country = kb.country(text) or kb.capital(text) or kb.metonym(text)
    if country is None and span.label_ in ("GPE",):
        country = kb.country_of(text)
    if country is not None and span.label_ != "NORP":
        aid = table.country_actor(country.iso3, text)
        table.by_id[aid].mentions += 1
        table.add_mention(Mention(span.start, span.end, aid))
        return
    if span.label_ == "NORP":
        demonym = kb.demonym(text)
        if demonym is not None:  # "Russian officials": a modifier that can stand for the state
            table.add_mention(Mention(span.start, span.end, table.country_actor(demonym.iso3), kind="group"))
            if span.root.dep_ not in ("amod", "compound", "nmod", "poss") and not stands_for_state(span):
                table.people_tokens.add(span.root.i)
        return
    if span.label_ == "ORG":
        add_organization(span, kb, table)
