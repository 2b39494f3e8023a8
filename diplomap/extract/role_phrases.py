"""The title phrase before or beside a person's name, and how to read it.

A description's role comes from the longest title its words hold ("Secretary of State"), a lower
office of it from a prefix word before it ("Assistant", "Under": title_prefixes.txt); the parser
sometimes cuts such a phrase ("Under" read as a preposition), or leaves it beside the name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .apposed_titles import title_before
from .knowledge import Knowledge
from .nlp import sentence_of
from .placement import Description


def title_cut_by_prefix(root: Token, left: list[Token], kb: Knowledge) -> list[Token]:
    """"U.S. Agriculture Under Secretary X": the parser reads "Under" as a preposition whose object is
    "Secretary X", cutting the title from its state; the whole phrase before the name, else []."""
    prep = root.head
    if not left or root.dep_ != "pobj" or prep.i != left[0].i - 1 or not prep.text[:1].isupper() \
            or prep.lower_ not in kb.title_prefixes:
        return []
    return [t for t in root.doc[prep.head.left_edge.i:left[-1].i + 1] if t.i <= left[-1].i]


def adjacent_role_phrase(span: Span, kb: Knowledge) -> list[Token]:
    """Up to eight tokens right before a name, back to punctuation (past a body's acronym in brackets), if they
    hold a title."""
    doc = span.doc
    run: list[Token] = []
    i = span.start - 1
    lo = max(span.start - 8, sentence_of(span[0]).start)
    while i >= lo:
        t = doc[i]
        if body := bracketed_body(doc, i + 1, lo):
            run[:0] = body  # "The United Nations (UN) emergency relief coordinator X"
            break
        if (t.is_punct and t.text not in ("'s", "’s", "-")) or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ not in ("of", "for"):
            break
        run.insert(0, t)
        i -= 1
    run = after_another_name(run)  # "A and his Ugandan counterpart B": B's words begin after A's "and"
    # "- Peruvian President X", "- farmer X"; not "... across Japan's bow but also a sign X will"
    return run if any(kb.title(t.text) or is_person_noun(t, kb) for t in run) else []


def bracketed_body(doc: Doc, start: int, lo: int) -> list[Token]:
    """"The Andean Development Corporation (CAF) president X": the body's name and its acronym in brackets
    right before ``start``, where a title run begins (no earlier than ``lo``)."""
    i = start - 1
    if i - 2 < lo or doc[i].text != ")" or doc[i - 2].text != "(" or not doc[i - 1].is_upper:
        return []
    j = i - 3
    while j >= lo and doc[j].pos_ == "PROPN":
        j -= 1
    return [*doc[j + 1:i - 2], doc[i - 1]]


def read_title(d: Description, words: list[str], kb: Knowledge) -> None:
    """The longest title phrase in the run: its role, rank and the one state that uses it."""
    best = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            title = kb.title(" ".join(words[i:j]))
            if title and (best is None or j - i > best[1] - best[0]):
                best = (i, j, title)
                break
    if best:
        d.role, d.rank = best[2].role, best[2].rank
        d.title_country = kb.title_country(" ".join(words[best[0]:best[1]]))
        d.title_sharers = kb.title_sharers_of(" ".join(words[best[0]:best[1]]))
        prefix = words[best[0] - 1] if best[0] else ""
        if prefix.lower() in kb.title_prefixes and not d.role.lower().startswith(prefix.lower()):
            # "Assistant Secretary of State": a lower office of the same department, named as written
            d.role = " ".join(w if w[:1].isupper() or w in ("of", "the", "for") else w.capitalize()
                              for w in words[best[0] - 1:best[1]])
            d.rank = max(d.rank or 3, 3)


def word_of_a_region(token: Token) -> bool:
    """A word of a place of several words the ruler read as a region ("America" in "Latin America
    desk", world_regions.txt): not the state it names alone."""
    return token.ent_type_ == "LOC" and (token.ent_iob_ == "I" or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"))


def is_person_noun(token: Token, kb: Knowledge) -> bool:
    """"writer", "national", "a Canadian": a word that names a person, so a demonym on it is a nationality."""
    if token.pos_ == "ADJ" and (token.dep_ in ("amod", "appos") and token.head.ent_type_ == "PERSON"
                                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)):
        return token.lower_ in kb.person_nouns  # "a French national, X", "X, a French national": an adjective
    if token.dep_ in ("acomp", "attr") and token.pos_ == "ADJ" and token.head.lemma_ == "be" and token.ent_type_ == "NORP":
        return kb.demonym(token.text) is not None  # "X, who is Kenyan": a nationality stated
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.lemma_.lower() in kb.person_nouns or token.lower_ in kb.person_nouns \
        or (kb.demonym(token.text) is not None and token.ent_type_ == "NORP" and token.dep_ not in MODIFIER_DEPS)


MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def others_origin(token: Token, kb: Knowledge) -> bool:
    """"Vietnamese" in "the child of Vietnamese immigrants", "a son of Greek farmers": a demonym on
    the people a person noun (not a title) is "of", so their origin, not the person's."""
    people = token.head
    if token.dep_ not in ("amod", "compound") or people.dep_ != "pobj" or people.head.lower_ != "of":
        return False
    owner = people.head.head
    return is_person_noun(people, kb) and is_person_noun(owner, kb) and kb.title(owner.text) is None


def after_another_name(left: list[Token]) -> list[Token]:
    """"US President A and Turkish President B": the parser hung the first name and its title
    on B; what B's own description is starts after the "and" that follows another name."""
    cut = 0
    for k, t in enumerate(left):
        if t.lower_ in ("and", "or", ",") and any(u.ent_type_ == "PERSON" for u in left[cut:k]):
            cut = k + 1
    return left[cut:]


def home_state_run(run: list[Token]) -> bool:
    """"X of Georgia", "Y of West Virginia": after a party label, "of <place>" is the member's
    home state or district, never his country."""
    return run[0].dep_ == "prep" and run[0].lower_ == "of" \
        and all(t.ent_type_ in ("GPE", "LOC") or t.dep_ == "det" for t in run[1:])


FIRM_PREPOSITIONS = ("at", "with")  # "an analyst at Merrill Lynch", "an economist with Salomon Brothers"


def names_another_person(run: list[Token]) -> bool:
    """A person named in a description run, outside the name of a body it holds and outside a possessive
    ("X, President Trump's adviser," is the adviser): "X, his son, Y" names Y; "X, an analyst at Merrill Lynch" or "at Phillips and Drew" names a firm (a PERSON
    the recogniser found after "at" or "with"), so it still describes X."""
    inside = {t.i for t in run}
    for t in run:
        if t.ent_type_ != "PERSON" or any(a.dep_ == "poss" for a in (t, *t.ancestors) if a.i in inside):
            continue  # "X, President Trump's adviser": the owner of the description, not another name
        if not any(a.dep_ == "pobj" and a.head.dep_ == "prep" and a.head.i in inside
                   and a.head.lower_ in FIRM_PREPOSITIONS for a in (t, *t.ancestors) if a.i in inside):
            return True
    return False


def before_next_name(run: list[Token]) -> list[Token]:
    """"of Kenya and Joseph Y of Uganda" (a later name the parser hung inside a name's "of" phrase):
    the words before the "and" or "or" that opens the other name."""
    for k, t in enumerate(run):
        if t.lower_ in ("and", "or") and k + 1 < len(run) and run[k + 1].ent_type_ == "PERSON":
            return run[:k]
    return run


def affiliation_phrase(child: Token) -> bool:
    """"X of the Jamestown Foundation", "Y at Leiden University", "Z from Ruritania"."""
    return child.dep_ == "prep" and child.lower_ in ("of", "at", "from")


def leading_clause(verb: Token, kb: Knowledge) -> bool:
    """A relative clause of leading or serving (leading_verbs.txt, service_verbs.txt) on a name."""
    return verb.dep_ == "relcl" and (verb.lemma_.lower() in kb.leading_verbs or verb.lemma_.lower() in kb.service_verbs)


def led_bodies(root: Token, kb: Knowledge) -> list[list[Token]]:
    """"X, who heads Ruritania's wildlife service", "Y, who chairs the Borduran senate's committee",
    "Z, who works at Ruritania's central bank", "W, who served as Ruritania's ambassador to Japan": the
    body a clause of leading or serving on a name leads or serves, read as the apposition "head of
    ...", "an official at ..." is — the verb, then the body's own words only, without what hangs on
    them ("a refugee camp in Ruritania", "a charity that helps Ruritanian children": no state's body)."""
    runs = []
    for verb in (c for c in root.children if c.i > root.i and leading_clause(c, kb)):
        objects = [o for o in verb.children if o.dep_ == "dobj"] if verb.lemma_.lower() in kb.leading_verbs else []
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "as")
                    for o in p.children if o.dep_ == "pobj"]
        runs += [[verb, *sorted(_own_words(body), key=lambda t: t.i)] for body in objects]
    return runs


def _own_words(noun: Token) -> list[Token]:
    """A noun with its modifiers and "of" phrases, not its other prepositional phrases and clauses."""
    words = [noun]
    for c in noun.children:
        if c.dep_ not in ("prep", "relcl", "acl", "appos", "punct", "cc", "conj") or c.dep_ == "prep" and c.lower_ == "of":
            words += _own_words(c)
    return words


def apposition_or_kind(child: Token) -> bool:
    """"X, NATO's secretary general"; "Deputy Foreign Minister X and other senior Ruritanian
    officials": the plural noun of "and other ..." names the kind of person X is too."""
    if child.dep_ == "appos":
        return True
    return child.dep_ == "conj" and child.tag_ == "NNS" \
        and any(c.dep_ == "amod" and c.lower_ == "other" for c in child.children)


def copular_predicate(root: Token) -> Token | None:
    """The noun a name is equated with by "be": its subject's attribute, or in a relative
    clause on the name ("X, who is ...")."""
    verb = root.head if root.dep_ == "nsubj" and root.head.lemma_ == "be" else None
    if verb is None:
        verb = next((c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"), None)
    if verb is None:
        return None
    own = all(c == root or c.tag_ == "WP" for c in verb.children if c.dep_ == "nsubj")  # not "whose wife is"
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")
                 or own and c.dep_ in ("acomp", "attr") and c.ent_type_ == "NORP"), None)  # "X, who is Kenyan": a nationality


def described_by(root: Token, start: int, kb: Knowledge) -> Token | None:
    """The role noun a name stands in apposition to, before it. The parser often hangs
    the name on a word inside that phrase ("representative to the United Nations, X",
    "Prime Minister of Ruritania X", where the title is a proper noun; "chief negotiator in talks
    with Kosovo, X")."""
    t = root
    noun = None  # the first noun on the way, unless a role noun stands above it in one phrase
    def role(u: Token) -> bool:
        return kb.title(u.text) is not None or is_person_noun(u, kb)

    for _ in range(6):
        if t.dep_ not in ("appos", "conj", "pobj", "prep") or t.head == t:
            break
        if t.dep_ == "prep" and t.lower_ in ("for", "of") and t.head.i < t.i - 1 and (
                jumped := title_before(root.doc, start, role)) is not None:
            return jumped  # "secretary of state for development, X": the parser hung "for" on another word
        t = t.head
        if t.i < start and role(t):
            return t
        if t.i < start and t.pos_ == "NOUN" and root.dep_ != "pobj":  # not "the United States' killing of X"
            noun = noun or t
            if noun.dep_ != "pobj":  # "chief negotiator in talks with Kosovo, X": "talks" is inside the title's phrase
                return noun
    return noun or title_before(root.doc, start, role)


def names_a_person(noun: Token, kb: Knowledge) -> bool:
    """A predicate noun that can describe a person: a title ("commander", "senior fellow") or a
    person noun ("writer", "a Canadian")."""
    words = [t.text for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.text]
    return any(kb.title(" ".join(words[i:])) for i in range(len(words))) or is_person_noun(noun, kb)


def other_names_passed(root: Token, head: Token) -> set[int]:
    """"Talks between U.S. Secretary of State A and B", "leaders including A of Kenya and B": the
    words of another name that the climb from B to its role noun passes are that name's own
    description, not B's."""
    out: set[int] = set()
    t = root
    while t.head != t and t.head != head:
        t = t.head
        if t.ent_type_ == "PERSON":
            out |= {u.i for u in t.subtree}
    return out


def respective_state(run: list[Token], root: Token, kb: Knowledge) -> list[Token]:
    """"Kenyan and Ugandan foreign ministers A and B", "the foreign ministers of Kenya and Uganda,
    A and B": a plural title shared by as many coordinated names as it lists coordinated states
    gives each name its own state, in order; the other states are dropped from its run."""
    states = [t for t in run if t.ent_type_ in ("GPE", "NORP") and kb.country_of(t.text) is not None
              and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children))]
    if len(states) < 2 or not any(t.tag_ in ("NNS", "NNPS") and (kb.title(t.text) or t.lemma_.lower() in kb.associate_nouns)
                                  for t in run):  # "his Egyptian and Palestinian counterparts, A and B"
        return run
    first = root
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON" and first.head.i < first.i:
        first = first.head
    names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.ent_type_ == "PERSON"
                      and t.head.ent_type_ == "PERSON")]
    if len(names) != len(states) or root not in names:
        return run
    others = {t.i for t in states} - {states[names.index(root)].i}
    return [t for t in run if t.i not in others]
