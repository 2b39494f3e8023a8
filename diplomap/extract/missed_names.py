"""Names the NER passed over, found by the forms the story has already given: a person's surname (also
a hyphenated one the tokenizer splits: "Perković-Marić"), a leader in office at the article's date, and a
body's one-word name ("Coface sources said")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..ids import slug
from ..models import Actor, Article
from .doc_index import doc_tokens, with_pos
from .knowledge import Knowledge
from .mentions import ActorTable, Mention
from .surname_forms import first_surnames, without_particle


def add_missed_names(table: ActorTable, person_names: dict[str, str], article: Article, kb: Knowledge) -> None:
    """A person's name the NER passed over ("Rubio's" as LAW, "Starmer" as a noun): a
    surname of someone named in full here, or a leader in office at the article's date."""
    singles = {form: aid for form, aid in person_names.items() if " " not in form}
    surnames: dict[str, set[str]] = {}
    for form, aid in person_names.items():
        if " " in form and not is_regnal(form.split()[-1]):
            first = [form.split()[0]] if _called_by_first_word(form, article, kb) else []  # "Abiy", "Xi"
            for word in {form.split()[-1], without_particle(form.split()[-1]), *first_surnames(form, kb), *first}:
                surnames.setdefault(word, set()).add(aid)  # "al-Tayer", "Tayer"; "Restrepo" of "A Restrepo Gaviria"
    firsts = {aid: min(m.start for m in table.mentions if m.actor_id == aid) for aids in surnames.values()
              for aid in aids if any(m.actor_id == aid for m in table.mentions)}
    for word, aids in surnames.items():
        if word not in singles and aids:  # several namesakes: a bare surname is the one introduced first
            singles[word] = min(aids, key=lambda a: (firsts.get(a, 10**9), a))
    lower_words = {t.text for t in doc_tokens(table.doc) if t.is_lower}
    bodies = {form: a.id for a in table.by_id.values() if a.kind == "organization"
              for form in (a.name, *a.aliases) if len(form) > 2 and " " not in form}  # "Coface sources said";
    # not a two-letter form ("AI" of "AI companies", a term as often as a body)
    for token in with_pos(table.doc, ("PROPN", "NOUN", "ADJ")):
        if token.i in table.token_actor or token.pos_ == "ADJ" and not (
                token.is_title and token.text in singles and token.ent_type_ != "NORP"):
            continue  # an adjective only as the surname of someone named before ("Lemmerz leaves for Tanzania")
        if token.text in bodies and token.pos_ == "PROPN" and (token.is_title or token.is_upper):  # the NER missed it
            table.add_mention(Mention(token.i, token.i + 1, bodies[token.text]))
            continue
        if not token.is_title:
            continue
        person: str | None = singles.get(token.text)
        # a capitalised noun never written in lower case here may be a name the tagger missed; a
        # plural common noun opening a sentence ("Parts of that state") is none
        name_like = token.pos_ == "PROPN" or token.lower_ not in lower_words and token.tag_ != "NNS"
        if person is None and token.ent_type_ == "" and name_like and not kb.title(token.text):
            leaders = kb.leaders_named(token.text, article.date)
            if len({lead.name for lead in leaders}) == 1:
                person = person_actor(table, leaders[0].name)
                singles[token.text] = person
        if person and _other_given_name(token, table.by_id[person].name, kb):
            continue  # "Ana Pereira" is not Aristides Pereira
        if person:
            actor = table.by_id[person]
            actor.mentions += 1
            if token.text != actor.name and token.text not in actor.aliases:
                actor.aliases.append(token.text)
            table.add_mention(Mention(token.i, token.i + 1, person))
    _hyphenated_surnames(table, singles)
    _body_heads(table)
    table.mentions.sort(key=lambda m: m.start)


def _other_given_name(token: Token, name: str, kb: Knowledge) -> bool:
    """"Ana Pereira" where the surname is Aristides Pereira's: a capitalised word joined before the surname that
    is no title, honorific or demonym and no spelling of a word of the person's name is another's given name."""
    return any(c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "PROPN" and c.is_alpha and c.is_title
               and c.ent_type_ in ("", "PERSON")
               and not kb.title(c.text) and not kb.demonym(c.text) and not kb.is_honorific(c.text)
               and not any(kb.same_given_name(c.text, w) for w in name.split()) for c in token.children)


def _called_by_first_word(form: str, article: Article, kb: Knowledge) -> bool:
    """A leader of a state whose people the news call by the first word of the name (family_name_first.txt,
    given_name_first.txt), named here in full: "Abiy" after "Abiy Ahmed". Only a name the story gives in full,
    never the first word of every such leader ("Don", "Prem" would be persons in any story)."""
    return any(leader.country in kb.first_word_states for leader in kb.leaders_named(form, article.date))


def _body_heads(table: ActorTable) -> None:
    """"talks with the Fund" after "the International Monetary Fund", "the Community" after "the European
    Community": "the" and the capitalised head word of the one body named in full before stand for it."""
    heads: dict[str, set[str]] = {}
    for a in table.by_id.values():
        words = a.name.split()
        if a.kind == "organization" and len(words) > 1:
            cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on")), len(words))
            if cut > 1:  # "Export-Import Bank of China": "Bank"
                heads.setdefault(words[cut - 1], set()).add(a.id)
    doc = table.doc
    for token in with_pos(doc, ("PROPN",)):
        aids = heads.get(token.text, set())
        named_on = token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].ent_type_ not in (
            "DATE", "TIME")  # "the Fund Manager": another name; not "the Fund Tuesday"
        if len(aids) != 1 or token.i in table.token_actor or token.ent_type_ not in ("", "ORG") or not token.is_title \
                or named_on or token.ent_type_ == "ORG" and token.ent_iob_ != "B" or not _after_the(token):
            continue
        aid = next(iter(aids))
        first = table.first_mention(aid)
        if first is not None and first.start < token.i:
            table.add_mention(Mention(token.i, token.i + 1, aid))


def _after_the(token: Token) -> bool:
    """"the Fund", "the entire 17-man Commission": "the" before the word, past a few modifiers in lower case."""
    doc, k = token.doc, token.i - 1
    while k >= 0 and token.i - k <= 5 and doc[k].lower_ != "the" and doc[k].text == doc[k].lower_ \
            and doc[k].head.i > k and doc[k].pos_ in ("ADJ", "NUM", "NOUN", "ADV", "PUNCT"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"


def _hyphenated_surnames(table: ActorTable, singles: dict[str, str]) -> None:
    """"… between Benedek and Perković-Marić": a hyphenated surname the tokenizer cut into three tokens."""
    doc = table.doc
    for form, aid in singles.items():
        parts = form.split("-")
        if len(parts) != 2 or not all(parts):
            continue
        for i in range(len(doc) - 2):
            if (doc[i].text, doc[i + 1].text, doc[i + 2].text) == (parts[0], "-", parts[1]) and not any(
                    j in table.token_actor for j in range(i, i + 3)):
                table.add_mention(Mention(i, i + 3, aid))


def person_actor(table: ActorTable, name: str) -> str:
    aid = slug(name)
    if aid not in table.by_id:
        table.by_id[aid] = Actor(id=aid, name=name, kind="person")
    return aid


def is_regnal(word: str) -> bool:
    """"X", "III": a regnal number or an initial, never a surname on its own."""
    return len(word) < 2 or re.fullmatch(r"[IVXLC]+", word) is not None


