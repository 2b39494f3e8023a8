"""Actors of one article: persons, organisations and countries, with every mention.

spaCy's NER finds the names; an EntityRuler fed from ``data/knowledge`` corrects it
(countries, capitals, demonyms, metonyms, organisations, leaders). Mentions of one
actor are merged (surname → full name, "Sir Keir", "MBS"), junk is dropped, and each
person gets a role and a country from the text first (premodifiers, possessives,
appositions) and only then from the leaders file at the article's date. Pronouns
and descriptions ("he", "the British prime minister") are resolved here too, so
that interactions and quotes only ask ``ActorTable.actor_for(token)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ..ids import slug
from ..models import Actor, Article
from .knowledge import Knowledge, load_knowledge
from .nlp import sentence_of, text_of
from .quotemarks import find_quote_segments

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "der", "den", "van", "von", "da", "di", "du", "dos",
                  "das", "del", "della", "la", "le", "-"}


BYLINE = re.compile(r"contribut|this report|reported from|reporting by|^\s*by\s", re.I)
INTERNATIONAL_BODIES = {"igo", "alliance", "forum"}  # serving one means representing no state
PLACE_PREPS = {"in", "at", "from", "to", "near", "into", "outside", "inside", "across", "around"}
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent"}


# --- the table of actors and mentions ----------------------------------------------------


@dataclass
class Mention:
    start: int  # token index
    end: int
    actor_id: str
    kind: str = "name"  # name | pronoun | description | group

    def is_subject(self, doc: Doc) -> bool:
        root = doc[self.start:self.end].root
        while root.dep_ in ("appos", "compound", "flat") and root.head != root:
            root = root.head
        return root.dep_ in SUBJECT_DEPS


@dataclass
class ActorTable:
    """The actors of one article and which tokens refer to them."""

    doc: Doc
    by_id: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)
    kb: Knowledge | None = None
    people_tokens: set[int] = field(default_factory=set)  # "Somalis", "Americans": nationals, not a state
    delegations: dict[str, list[str]] = field(default_factory=dict)  # state id -> people named in its delegation
    date: str | None = None  # the article's date, for leaders' terms

    def actors(self) -> list[Actor]:
        return list(self.by_id.values())

    def add_mention(self, m: Mention) -> None:
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self.token_actor.setdefault(i, m.actor_id)

    def actor_at(self, i: int) -> str | None:
        return self.token_actor.get(i)

    def actor_for(self, token: Token) -> str | None:
        """The actor a token stands for: a name, pronoun, description, or a group
        such as "Russian officials" or "G7 foreign ministers" (its country or body)."""
        found = self.token_actor.get(token.i)
        if found:
            return found
        for child in token.subtree:  # "Pakistan's representative (to the UN), Munir Akram," is Akram
            if child.dep_ == "appos" and child.i > token.i and child.i - token.i <= 8 \
                    and self.by_id.get(self.token_actor.get(child.i, ""), None) \
                    and self.by_id[self.token_actor[child.i]].kind == "person" \
                    and all(a.dep_ in ("appos", "prep", "pobj") for a in child.ancestors if a.i > token.i):
                return self.token_actor[child.i]
        if token.pos_ in ("NOUN", "PROPN"):
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in self.token_actor:
                    actor = self.by_id[self.token_actor[child.i]]
                    if actor.kind in ("country", "organization") and self.kb and is_group_noun(token, self.kb):
                        return actor.id
        return None

    def coordinated_modifiers(self, token: Token) -> list[str]:
        """"U.S. and Russian negotiators": every state a group noun is modified by."""
        out = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                for c in child.children:
                    if c.dep_ == "conj" and c.i in self.token_actor:
                        actor = self.by_id[self.token_actor[c.i]]
                        if actor.kind in ("country", "organization"):
                            out.append(actor.id)
        return out

    def named(self, word: str) -> str | None:
        """The actor one word names: a state ("Russia", "U.S."), a person here ("Kim"), or a leader
        in office at the article's date ("Ishiba") — for pairs such as "U.S.-Russia", "Xi-Ishiba"."""
        assert self.kb is not None
        word = word.strip()
        if not word:
            return None
        country = self.kb.country(word) or self.kb.capital(word)
        if country is not None:
            return self.country_actor(country.iso3, word)
        people = {a.id for a in self.by_id.values() if a.kind == "person"
                  and word.lower() in (t.lower() for t in a.name.split())}
        if len(people) == 1:
            return people.pop()
        leaders = self.kb.leaders_named(word, self.date) if self.date else []
        if len({lead.name for lead in leaders}) == 1:
            aid = slug(leaders[0].name)
            if aid not in self.by_id:
                self.by_id[aid] = Actor(id=aid, name=leaders[0].name, kind="person", country=leaders[0].country or None,
                                        role=leaders[0].role)
            return aid
        return None

    def country_actor(self, iso3: str, surface: str | None = None) -> str:
        """The id of the country actor for ``iso3``, created on first use."""
        assert self.kb is not None
        country = self.kb.countries[iso3]
        aid = slug(country.name)
        actor = self.by_id.get(aid)
        if actor is None:
            actor = self.by_id[aid] = Actor(id=aid, name=country.name, kind="country", country=iso3)
        if surface and surface not in actor.aliases and surface != actor.name:
            actor.aliases.append(surface)
        return aid


def is_group_noun(token: Token, kb: Knowledge) -> bool:
    """Nouns that stand for a state or body when a country or organisation modifies them."""
    return token.lemma_.lower() in kb.group_nouns or kb.title(token.text) is not None


# --- finding actors ------------------------------------------------------------------------


def heading_tokens(doc: Doc) -> set[int]:
    """Tokens on short lines without closing punctuation: section headings, not prose."""
    out: set[int] = set()
    pos = 0
    for line in doc.text.split("\n"):
        stripped = line.strip()
        words = stripped.split()
        if stripped and len(words) <= 12 and not re.search(r"[.!?:;,\"”’)]$", stripped):
            span = doc.char_span(pos, pos + len(line), alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        pos += len(line) + 1
    return out


def clean_name_span(span: Span, kb: Knowledge) -> Span | None:
    """Trim determiners, titles, honorifics and possessive tails from a name span."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(span.start, span.end):  # "Trump's Ukraine" → "Trump"
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s", "'", "’"):
            end = i
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or kb.is_honorific(doc[start].text)
                           or (span.label_ == "PERSON" and kb.title(doc[start].text)
                               and end - start > 1 and doc[start].is_title)):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_)


def find_actors(doc: Doc, article: Article, kb: Knowledge | None = None) -> ActorTable:
    kb = kb or load_knowledge()
    table = ActorTable(doc=doc, kb=kb, date=article.date)
    skip = heading_tokens(doc)
    _repair_person_entities(doc, kb)
    persons: list[Span] = []
    others: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or ent.start in skip:
            continue
        span = clean_name_span(ent, kb)
        if span is None:
            continue
        if span.label_ == "PERSON" and any(t.lower_ in kb.not_person_words for t in span):
            continue  # "Cyclone Jude", "Central Java Province"
        if span.label_ == "PERSON" and kb.organization(span.text):
            span = Span(doc, span.start, span.end, label="ORG")  # "Boko Haram" tagged as a person
        if span.label_ == "PERSON" and any(t.lower_ in kb.org_words for t in span):
            span = Span(doc, span.start, span.end, label="ORG")  # "Kadir Has University"
        (persons if span.label_ == "PERSON" else others).append(span)

    person_names = _cluster_persons(persons, article, kb, table)
    for span in others:
        _add_non_person(span, kb, table, person_names, article)
    _add_missed_names(table, person_names, article, kb)
    _describe_persons(table, article, kb)
    _resolve_references(table, kb, skip)
    _describe_persons(table, article, kb, only_missing=True)  # "his wife, Liri Berisha": now "his" is known
    _countries_from_earlier_descriptions(table, kb)
    return table


def _repair_person_entities(doc: Doc, kb: Knowledge) -> None:
    """Names the statistical NER got wrong: "Ursula von der" + "Leyen", "Vassily
    Nebenzia" as a WORK_OF_ART. A title-case span of two to four words that no
    knowledge file knows becomes a PERSON when a title stands before it or it
    speaks ("X told the council")."""
    ents = list(doc.ents)
    changed = False
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and i + 1 < len(ents) \
                and ents[i + 1].start == ent.end and ents[i + 1][0].is_title:
            out.append(Span(doc, ent.start, ents[i + 1].end, label="PERSON"))
            i += 2
            changed = True
            continue
        if ent.label_ in ("WORK_OF_ART", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "FAC", "NORP") \
                and 2 <= len(ent) <= 4 and _looks_like_person_name(ent) and not kb.country_of(ent.text) \
                and not kb.organization(ent.text) and not any(kb.country_of(t.text) for t in ent) \
                and not any(t.lower_ in kb.org_stopwords or kb.title(t.text) for t in ent):
            before = doc[ent.start - 1] if ent.start > 0 else None
            speaks = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in ("say", "tell", "add", "write", "warn")
            if (before is not None and kb.title(before.text)) or speaks:
                out.append(Span(doc, ent.start, ent.end, label="PERSON"))
                changed = True
                i += 1
                continue
        out.append(ent)
        i += 1
    if changed:
        doc.ents = out


def _add_missed_names(table: ActorTable, person_names: dict[str, str], article: Article, kb: Knowledge) -> None:
    """A person's name the NER passed over ("Rubio's" as LAW, "Starmer" as a noun): a
    surname of someone named in full here, or a leader in office at the article's date."""
    singles = {form: aid for form, aid in person_names.items() if " " not in form}
    surnames: dict[str, set[str]] = {}
    for form, aid in person_names.items():
        if " " in form and not _is_regnal(form.split()[-1]):
            surnames.setdefault(form.split()[-1], set()).add(aid)
    firsts = {aid: min(m.start for m in table.mentions if m.actor_id == aid) for aids in surnames.values()
              for aid in aids if any(m.actor_id == aid for m in table.mentions)}
    for word, aids in surnames.items():
        if word not in singles and aids:  # several namesakes: a bare surname is the one introduced first
            singles[word] = min(aids, key=lambda a: (firsts.get(a, 10**9), a))
    lower_words = {t.text for t in table.doc if t.is_lower}
    for token in table.doc:
        if token.i in table.token_actor or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
            continue
        aid = singles.get(token.text)
        # a capitalised noun never written in lower case here may be a name the tagger missed
        name_like = token.pos_ == "PROPN" or token.lower_ not in lower_words
        if aid is None and token.ent_type_ == "" and name_like and not kb.title(token.text):
            leaders = kb.leaders_named(token.text, article.date)
            if len({lead.name for lead in leaders}) == 1:
                aid = _person_actor(table, leaders[0].name)
                singles[token.text] = aid
        if aid:
            actor = table.by_id[aid]
            actor.mentions += 1
            if token.text != actor.name and token.text not in actor.aliases:
                actor.aliases.append(token.text)
            table.add_mention(Mention(token.i, token.i + 1, aid))
    table.mentions.sort(key=lambda m: m.start)


def _person_actor(table: ActorTable, name: str) -> str:
    aid = slug(name)
    if aid not in table.by_id:
        table.by_id[aid] = Actor(id=aid, name=name, kind="person")
    return aid


def _looks_like_person_name(span: Span) -> bool:
    return all(t.is_title or t.is_upper or t.lower_ in NAME_PARTICLES or t.is_punct
               for t in span) and any(t.is_alpha and t.lower_ not in NAME_PARTICLES for t in span)


def _cluster_persons(persons: list[Span], article: Article, kb: Knowledge, table: ActorTable) -> dict[str, str]:
    """Group person mentions into actors; returns every surface form → actor id."""
    by_form: dict[str, str] = {}
    full = sorted((s for s in persons if len(s) > 1 and _looks_like_person_name(s)),
                  key=lambda s: (-len(s), s.start))
    singles = [s for s in persons if len(s) == 1 and _looks_like_person_name(s)]

    def leader_name(name: str) -> str | None:
        found = kb.leaders_named(name, article.date)
        names = {lead.name for lead in found}
        return names.pop() if len(names) == 1 else None

    def new_actor(name: str) -> str:
        aid = slug(name)
        n = 2
        while aid in table.by_id and table.by_id[aid].name != name:
            aid, n = f"{slug(name)}-{n}", n + 1
        if aid not in table.by_id:
            table.by_id[aid] = Actor(id=aid, name=name, kind="person")
        return aid

    def same_person(a: str, b: str) -> bool:
        ta, tb = a.split(), b.split()
        if ta[-1].lower() != tb[-1].lower():
            return False
        fa, fb = ta[0].rstrip(".").lower(), tb[0].rstrip(".").lower()
        return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))

    for span in full:
        name = span.text
        if name in by_form:
            continue
        canonical = leader_name(name)
        target = None
        for aid in by_form.values():
            actor_name = table.by_id[aid].name
            tail = actor_name.endswith(" " + name) or name.endswith(" " + actor_name)  # "Fogh Rasmussen"
            if (canonical and canonical == actor_name) or same_person(name, actor_name) or tail:
                target = aid
                break
        if target is None:
            target = new_actor(canonical or name)
        by_form[name] = target

    for span in sorted(singles, key=lambda s: s.start):
        word = span.text
        if word in by_form or _is_regnal(word):
            continue
        candidates = {aid for aid in by_form.values()
                      if any(_bare_surname(word) == _bare_surname(t) for t in table.by_id[aid].name.split())}
        if not candidates and len(word) >= 5:  # "Pederson" for "Geir Pedersen": a misspelt surname
            candidates = {aid for aid in by_form.values() if len(table.by_id[aid].name.split()) > 1
                          and fuzz.ratio(word.lower(), table.by_id[aid].name.split()[-1].lower()) >= 85}
            if len(candidates) > 1:
                candidates = set()
        canonical = leader_name(word)
        if len(candidates) == 1:
            by_form[word] = candidates.pop()
        elif canonical and slug(canonical) in table.by_id:
            by_form[word] = slug(canonical)
        elif candidates:
            # several namesakes (Sali, Liri and Shkëlzen Berisha): a bare surname is the one introduced first
            by_form[word] = _first_named(candidates, persons, by_form)
        elif canonical or any(_titled(s, kb) for s in singles if s.text == word):
            by_form[word] = new_actor(canonical or word)
        # else: one word, never with a first name, title or a leader's term ("Brexit", "Schengen",
        # "Okinawa" tagged PERSON): news introduce people by full name, so it is no one

    for span in persons:
        aid = by_form.get(span.text)
        if aid is None:
            continue
        actor = table.by_id[aid]
        actor.mentions += 1
        if span.text != actor.name and span.text not in actor.aliases:
            actor.aliases.append(span.text)
        table.add_mention(Mention(span.start, span.end, aid))
    return by_form


def _titled(span: Span, kb: Knowledge) -> bool:
    """A title or honorific right before a one-word name: "Gen. Suharto", "Mr. Lee"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return kb.title(before.text) is not None or kb.is_honorific(before.text)


def _is_regnal(word: str) -> bool:
    """"X", "III": a regnal number or an initial, never a surname on its own."""
    return len(word) < 2 or re.fullmatch(r"[IVXLC]+", word) is not None


def _bare_surname(word: str) -> str:
    """"al-Assad" and "Assad" are one surname."""
    w = word.lower()
    for prefix in ("al-", "el-", " al ", "el "):
        if w.startswith(prefix):
            return w[len(prefix):]
    return w


def _first_named(candidates: set[str], persons: list[Span], by_form: dict[str, str]) -> str:
    for s in sorted(persons, key=lambda s: s.start):
        if by_form.get(s.text) in candidates:
            return by_form[s.text]
    return sorted(candidates)[0]


def _add_non_person(span: Span, kb: Knowledge, table: ActorTable, person_names: dict[str, str],
                    article: Article) -> None:
    text = span.text
    if text not in person_names and len(span) == 1 and not kb.country_of(text) and not kb.organization(text):
        namesakes = {aid for form, aid in person_names.items() if form.split()[-1] == text}
        if len(namesakes) == 1:  # a known person's surname, labelled ORG or GPE ("Berisha said")
            person_names[text] = namesakes.pop()
    if text not in person_names and span.label_ in ("ORG", "GPE") and not kb.country_of(text) \
            and not kb.organization(text):
        leaders = kb.leaders_named(text, article.date)
        if len({lead.name for lead in leaders}) == 1:  # "Trump" labelled ORG
            person_names[text] = _person_actor(table, leaders[0].name)
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
            if span.root.dep_ not in ("amod", "compound", "nmod", "poss"):
                table.people_tokens.add(span.root.i)
        return
    if span.label_ != "ORG":
        return
    org = kb.organization(text)
    if org is None and not _plausible_org(span, kb):
        return
    name = org.name if org else text
    aid = slug(name)
    actor = table.by_id.get(aid)
    if actor is None:
        if org and org.category == "media":
            return
        actor = table.by_id[aid] = Actor(id=aid, name=name, kind="organization",
                                         country=org.country if org else _org_country(span, kb))
    actor.mentions += 1
    if text != name and text not in actor.aliases:
        actor.aliases.append(text)
    table.add_mention(Mention(span.start, span.end, aid))


def _plausible_org(span: Span, kb: Knowledge) -> bool:
    """NER's ORG guesses that are names of bodies, not title words or media."""
    words = [t for t in span if t.is_alpha]
    if not words or not any(t.is_title or t.is_upper for t in words):
        return False
    if len(words) == 1 and not words[0].is_upper:
        return False  # "National", "Interim": one capitalised word is no body's name; acronyms are
    if span[-1].pos_ in ("ADP", "DET", "CCONJ") or kb.title(span[0].text) or span[0].lower_ in kb.group_nouns:
        return False  # "Leaders of" cut from "Leaders of African Union": a fragment, not a name
    if span[-1].lower_ in kb.not_org_words:
        return False  # "Maritime Traffic Safety Law": a document, not a body
    if len(words) == 1 and (kb.title(words[0].text) or words[0].lower_ in kb.org_stopwords):
        return False
    if any(t.lower_ in kb.media_words for t in words):
        return False
    return True


def _org_country(span: Span, kb: Knowledge) -> str | None:
    for t in span.root.children:
        if t.dep_ in ("amod", "compound", "poss", "nmod"):
            c = kb.country_of(t.text)
            if c:
                return c.iso3
    for t in span:
        c = kb.demonym(t.text) or kb.country(t.text)
        if c:
            return c.iso3
    return None


# --- roles and countries ---------------------------------------------------------------


@dataclass
class Description:
    role: str | None = None
    country: str | None = None
    organization: str | None = None  # an international body the person serves
    possessor: str | None = None  # actor id of a person whose envoy/aide this is


def _descriptor_tokens(m: Mention, doc: Doc) -> list[list[Token]]:
    """Token runs that describe a person mention: premodifiers, appositions."""
    span = doc[m.start:m.end]
    root = span.root
    runs = []
    left = [t for t in doc[root.left_edge.i:span.start] if t.i < span.start]
    if left:
        runs.append(left)
    else:  # "North Korea's army chief of staff Pak Jong Chon": a role phrase the parser left beside the name
        left = _adjacent_role_phrase(span)
        if left:
            runs.append(left)
    for child in root.children:  # "Janusz Bugajski of the Jamestown Foundation"
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from") and child.i >= span.end:
            run = list(child.subtree)
            if not any(t.ent_type_ == "PERSON" for t in run):
                runs.append(run)
    for child in root.children:  # "Mark Rutte, NATO's secretary general"
        if child.dep_ == "appos" and child.i >= span.end:
            run = list(child.subtree)
            if not any(t.ent_type_ == "PERSON" for t in run):  # "X, his son, Y": Y is not X's description
                runs.append(run)
    head = _described_by(root, span.start)
    if head is not None:  # "Trump's envoy, Keith Kellogg"; "the spokesperson for X, Ambassador Y,"
        own = {t.i for t in root.subtree}
        runs.append([t for t in head.subtree if t.i not in own and t.dep_ != "punct"])
    return runs


def _adjacent_role_phrase(span: Span) -> list[Token]:
    """Up to eight tokens right before a name, back to punctuation, if they hold a title."""
    doc = span.doc
    run = []
    i = span.start - 1
    while i >= max(span.start - 8, sentence_of(span[0]).start):
        t = doc[i]
        if (t.is_punct and t.text not in ("'s", "’s", "-")) or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of":
            break
        run.insert(0, t)
        i -= 1
    return run if any(t.pos_ == "NOUN" for t in run) else []


ENVOY_ROLES = {"envoy", "ambassador", "representative", "diplomat", "deputy ambassador", "special envoy"}


def _countries_from_earlier_descriptions(table: ActorTable, kb: Knowledge) -> None:
    """"Russia's envoy dismissed the accusations. “False,” Vassily Nebenzia told the
    council": a diplomat named right after an unattached "<state>'s envoy" is that state's."""
    doc = table.doc
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind != "person" or actor.country or m.kind != "name":
            continue
        if actor.role and actor.role.lower() not in ENVOY_ROLES:
            continue
        lo = m.start
        for _ in range(3):
            if lo > 0:
                lo = sentence_of(doc[lo - 1]).start
        for t in reversed(list(doc[lo:m.start])):
            if t.i in table.token_actor or t.lemma_.lower() not in ENVOY_ROLES:
                continue
            if any(c.dep_ == "appos" for c in t.children):
                continue
            states = [table.by_id[table.token_actor[c.i]] for c in t.children
                      if c.dep_ in ("poss", "amod", "compound") and c.i in table.token_actor]
            states = [a for a in states if a.kind == "country"]
            if states:
                actor.country = states[0].country
                title = kb.title(t.text)
                if actor.role is None and title is not None:
                    actor.role = title.role
                break


def _described_by(root: Token, start: int) -> Token | None:
    """The role noun a name stands in apposition to, before it. The parser often hangs
    the name on a word inside that phrase ("representative to the United Nations, X")."""
    t = root
    for _ in range(4):
        if t.dep_ not in ("appos", "conj", "pobj", "prep") or t.head == t:
            return None
        t = t.head
        if t.i < start and t.pos_ == "NOUN":
            return t
    return None


def _read_description(tokens: list[Token], table: ActorTable, kb: Knowledge, self_id: str) -> Description:
    d = Description()
    former = any(t.lower_ in ("former", "ex", "then") for t in tokens)  # a past post is not whom one serves now
    words = [t.text for t in tokens]
    # the longest title phrase in the run
    best = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            title = kb.title(" ".join(words[i:j]))
            if title and (best is None or j - i > best[1] - best[0]):
                best = (i, j, title)
                break
    if best:
        d.role = best[2].role
    topic = d.role is not None and d.role.lower() in kb.topic_titles  # "a North Korea expert"
    for t in tokens:
        aid = table.token_actor.get(t.i)
        if topic and _modifies_title(t, kb):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "on", "about", "against", "with"):
            continue  # a destination or topic, not an affiliation
        if aid and aid != self_id:
            actor = table.by_id[aid]
            if actor.kind == "country" and d.country is None:
                d.country = actor.country
            elif actor.kind == "organization" and d.organization is None and d.country is None:
                org = kb.organization(actor.name)
                if actor.country:
                    d.country = actor.country
                elif org is not None and org.category in INTERNATIONAL_BODIES and not former:
                    d.organization = actor.name
            elif actor.kind == "person" and d.possessor is None and t.dep_ in ("poss", "nmod", "compound"):
                d.possessor = aid
        elif d.country is None:
            c = kb.demonym(t.text) or kb.country(t.text)
            if c:
                d.country = c.iso3
    if d.organization and d.role and d.organization.lower() not in d.role.lower():
        d.role = f"{d.organization} {d.role}"
    if d.role is None and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in tokens):
        d.country = d.organization = None  # "Indian reluctance Richard Weitz": a heading, not a description
    return d


def _topic_role(role: str, kb: Knowledge) -> bool:
    """Roles whose country modifier may be a destination or topic ("Ukraine envoy")."""
    return role.lower() in kb.topic_titles or role.lower() in ENVOY_ROLES


def _modifies_title(token: Token, kb: Knowledge) -> bool:
    """"North" in "a North Korean expert": a modifier, directly or not, of a title word."""
    t = token
    for _ in range(3):
        if t.dep_ not in ("compound", "amod", "nmod") or t.head == t:
            return False
        t = t.head
        if kb.title(t.text) is not None:
            return True
    return False


def _describe_persons(table: ActorTable, article: Article, kb: Knowledge, only_missing: bool = False) -> None:
    doc = table.doc
    found: dict[str, Description] = {}
    for m in table.mentions:
        actor = table.by_id[m.actor_id]
        if actor.kind != "person" or m.kind != "name" or (only_missing and (actor.country or actor.role)):
            continue
        have = found.setdefault(actor.id, Description())
        for run in _descriptor_tokens(m, doc):
            d = _read_description(run, table, kb, actor.id)
            untitled = have.role is None  # a country read before any title ("U.S. sanctions. Trump,
            have.role = have.role or d.role  # Erdogan …") gives way to "Turkish President … Erdogan"
            if (have.country is None and have.organization is None) or (untitled and d.role and d.country):
                have.country, have.organization = d.country, d.organization
            have.possessor = have.possessor or d.possessor
    for aid, d in found.items():
        actor = table.by_id[aid]
        if d.possessor and d.organization is None and not (d.role and d.country and not _topic_role(d.role, kb)):
            d.country = table.by_id[d.possessor].country or d.country  # "Trump's Ukraine envoy"
        leaders = kb.leaders_named(actor.name, article.date)
        leader = leaders[0] if len({lead.name for lead in leaders}) == 1 else None
        if leader is None:  # a former leader keeps the country they led
            former = [lead for lead in kb.leaders_named(actor.name) if lead.country]
            if len({lead.name for lead in former}) == 1 and len({lead.country for lead in former}) == 1:
                leader = former[-1]
        actor.role = d.role or (leader.role if leader and leader.in_office(article.date or "") else None)
        if d.organization:
            actor.country = None
        elif d.country:
            actor.country = d.country
        elif leader is not None:
            actor.country = leader.country or None
        elif d.possessor and table.by_id[d.possessor].country:
            actor.country = table.by_id[d.possessor].country
    # a possessor's country is only known after the first pass ("Trump's Ukraine envoy")
    for aid, d in found.items():
        actor = table.by_id[aid]
        if actor.country is None and d.organization is None and d.possessor:
            actor.country = table.by_id[d.possessor].country


# --- pronouns and descriptions ------------------------------------------------------------


def _description_head(token: Token, kb: Knowledge) -> tuple[str, str | None] | None:
    """"the British prime minister" → ("Prime Minister", "GBR") for the head noun."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod") or token.tag_ in ("NNS", "NNPS"):
        return None  # a plural ("the two leaders") is no one person
    mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    phrase_tokens = [c for c in mods if not kb.demonym(c.text) and not kb.country(c.text)]
    title = None
    for k in range(len(phrase_tokens) + 1):  # "foreign ministry spokesperson" → "spokesperson"
        title = kb.title(" ".join([t.text for t in phrase_tokens[k:]] + [token.text]))
        if title:
            break
    if title is None:
        return None
    dets = [c for c in token.children if c.dep_ in ("det", "poss")]
    if not dets or dets[0].lower_ not in ("the", "his", "her") and dets[0].dep_ != "poss":
        return None
    country = None
    for c in list(token.children):
        k = kb.demonym(c.text) or kb.country(c.text)
        if k:
            country = k.iso3
    return title.role, country


def _resolve_references(table: ActorTable, kb: Knowledge, skip: set[int]) -> None:
    """Attach pronouns and definite descriptions to the person they refer to."""
    doc = table.doc
    named = sorted((m for m in table.mentions if table.by_id[m.actor_id].kind == "person"),
                   key=lambda m: m.start)
    quoted = _quoted_tokens(doc)
    history: list[Mention] = []  # person mentions seen so far, in order
    k = 0
    for token in doc:
        while k < len(named) and named[k].start <= token.i:
            history.append(named[k])
            k += 1
        if token.i in table.token_actor or token.i in skip:
            continue
        if token.lower_ in PERSON_PRONOUNS and token.pos_ == "PRON":
            # "“… the Biden administration …,” he said": names inside a quote are not who speaks
            outside = history if token.i in quoted else [m for m in history if m.start not in quoted]
            aid = _antecedent(token, outside, doc)
            if aid:
                m = Mention(token.i, token.i + 1, aid, kind="pronoun")
                table.add_mention(m)
                history.append(m)
            continue
        desc = _description_head(token, kb)
        if desc:
            role, country = desc
            title = kb.title(role)
            aid = _described(role, country, history, table, generic=bool(title and title.rank >= 4))
            if aid:
                m = Mention(token.left_edge.i, token.i + 1, aid, kind="description")
                table.add_mention(m)
                history.append(m)


def _quoted_tokens(doc: Doc) -> set[int]:
    out: set[int] = set()
    for seg in find_quote_segments(text_of(doc)):
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _antecedent(token: Token, history: list[Mention], doc: Doc) -> str | None:
    """The person a pronoun refers to: in its own sentence the subject (else the
    nearest person); otherwise the latest sentence naming a person, its subject first
    ("The same message came from X. “…,” she said." is X)."""
    if not history:
        return None
    own_subject: set[str] = set()  # "Erdogan had called him": "him" is not Erdogan ("himself" would be)
    if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "dative", "pobj"):
        verb = token.head.head if token.dep_ == "pobj" else token.head
        own_subject = {m.actor_id for m in history for c in verb.children
                       if c.dep_ in SUBJECT_DEPS and m.start <= c.i < m.end}
    sent_start = sentence_of(token).start
    while True:
        same = [m for m in history if m.start >= sent_start and m.start < token.i and m.actor_id not in own_subject]
        if same:
            subjects = [m for m in same if m.is_subject(doc)]
            if token.dep_ == "poss" and sent_start == sentence_of(token).start and token.head.dep_ == "pobj":
                # "Scholz criticized Orban over his visit": in a phrase after the object, the nearest
                return same[-1].actor_id
            return (subjects or same)[-1].actor_id
        if sent_start == 0 or token.i - sent_start > 400:
            return history[-1].actor_id
        sent_start = sentence_of(doc[sent_start - 1]).start


def _described(role: str, country: str | None, history: list[Mention], table: ActorTable,
               generic: bool = False) -> str | None:
    """The person a description fits: same role (and country); a generic one ("the
    official") fits the latest person with any role."""
    for m in reversed(history):
        actor = table.by_id[m.actor_id]
        fits = actor.role and (generic or role.lower() in actor.role.lower())
        if fits and (country is None or actor.country == country):
            return actor.id
    candidates = [a for a in table.by_id.values() if a.kind == "person" and a.role
                  and role.lower() in a.role.lower() and (country is None or a.country == country)]
    return candidates[0].id if len(candidates) == 1 else None


# --- who plays a part ----------------------------------------------------------------------


def relevant_actors(table: ActorTable, used: set[str]) -> list[Actor]:
    """The actors an analyst would list: not journalists named only in bylines, not
    people named only as a modifier ("the Obama administration"), and organisations
    only when they act (subject or object of a verb) rather than being an
    affiliation ("an expert at the Heritage Foundation"). ``used`` actors — those in
    an interaction or speaking a quote — are always kept."""
    doc = table.doc
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
    out = []
    for actor in table.by_id.values():
        mentions = [m for m in by_actor.get(actor.id, []) if m.kind == "name"]
        if actor.id in used or actor.kind == "country":
            out.append(actor)
            continue
        if not mentions:
            continue
        if all(BYLINE.search(sentence_of(doc[m.start]).text) for m in mentions):
            continue
        roots = [_clause_role(doc[m.start:m.end].root) for m in mentions]
        if actor.kind == "person" and all(r.dep_ in ("compound", "nmod") and r.head.ent_type_ != "PERSON"
                                          for r in roots):
            continue
        if actor.kind == "person" and " " not in actor.name and actor.role is None and all(
                r.dep_ in ("compound", "nmod", "poss") or (r.dep_ == "pobj" and r.head.lower_ in PLACE_PREPS)
                for r in roots):
            continue  # "at Incirlik", "from Kurecik": a one-word place the NER took for a person
        if actor.kind == "organization" and not any(r.dep_ in ACTING_DEPS or _with_object(r) for r in roots):
            continue
        out.append(actor)
    return out


def _clause_role(token: Token) -> Token:
    """Climb coordination and apposition to the token that fills the clause role."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    return token


def _with_object(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "between", "by", "from", "to") \
        and token.head.head.pos_ in ("VERB", "NOUN")
