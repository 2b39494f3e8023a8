"""The lexicons of the interaction rules, read once from ``data/knowledge``.

``interaction_triggers.csv``: the words that name an interaction and its type ("met",
"summit", "talks", "phoned"); ``modality.csv``: the words that set its status ("will",
"refused", "called off"); ``interaction_words.csv``: the closed word classes the rules
read arguments through (light verbs, event prepositions, call markers ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .knowledge import DEFAULT_DIR, KnowledgeError, read_table

WORD_ROLES = ("light_verb", "event_prep", "arranging_verb", "call_marker", "pair_word", "delegation_noun",
              "membership_verb", "report_verb", "gather_verb", "guest_noun", "sequence_word", "separate_word",
              "cancel_verb", "place_noun", "loan_noun", "lender", "phase_noun", "call_on_verb",
              "not_event_modifier", "organiser_participle",
              "place_object_verb", "personal_visit_verb", "placed_visit_verb", "private_trip_noun", "attendance_verb", "departure_verb",
              "future_time_word", "future_clause_mark", "signing_verb", "agreement_noun", "owner_verb",
              "presence_verb", "purpose_verb", "arrival_verb", "mediation_verb", "conflict_noun",
              "sequel_verb", "appearance_verb", "assembly_word", "topic_object_verb",
              "address_verb", "receiving_verb", "margin_noun", "return_verb", "back_verb", "departure_noun", "return_noun",
              "posted_role", "stay_verb", "urging_verb", "opening_verb", "origin_verb", "itinerary_verb", "leg_verb", "ruling_noun", "side_noun", "stance_verb", "joint_call_word",
              "fulfilled_noun", "call_purpose_verb", "prior_word",
              "shared_modifier", "taken_up_verb", "delivery_verb", "handed_noun",
              "briefing_verb", "press_audience", "hosting_verb", "send_verb", "envoy_noun", "settle_verb",
              "joining_verb", "companion_verb",
              "combatant_noun", "conference_role", "count_meeting_noun", "circuit_noun",
              "not_errand_verb", "inviting_verb", "presiding_noun", "seeing_verb",
              "internal_body", "address_noun", "outcome_prep", "unilateral_verb", "entourage_verb", "roll_call_word",
              "personal_trip_noun", "invitation_noun", "standing_verb", "summoning_verb",
              "going_verb")
STATUSES = ("negated", "proposed", "planned", "occurred")


@dataclass(frozen=True)
class Triggers:
    verbs: dict[str, str]
    nouns: dict[str, str]
    modality: dict[str, str]
    words: dict[str, frozenset[str]]

    def has(self, role: str, word: str) -> bool:
        return word in self.words[role]


def done_without(verb: Token, triggers: Triggers) -> bool:
    """"Acted without consulting/informing X": a reproach for a one-sided act; no contact took place or was set."""
    return verb.head.lower_ == "without" and triggers.has("unilateral_verb", verb.lemma_.lower())


@lru_cache(maxsize=4)
def load_triggers(directory: str | None = None) -> Triggers:
    base = Path(directory) if directory else DEFAULT_DIR
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    modality: dict[str, str] = {}
    for row in read_table(base / "interaction_triggers.csv"):
        if row["pos"] not in ("VERB", "NOUN"):
            raise KnowledgeError(f"interaction_triggers.csv: pos must be VERB or NOUN, got {row['pos']!r}")
        (verbs if row["pos"] == "VERB" else nouns)[row["lemma"]] = row["type"]
    for row in read_table(base / "modality.csv"):
        if row["status"] not in STATUSES:
            raise KnowledgeError(f"modality.csv: unknown status {row['status']!r} for {row['word']!r}")
        modality[row["word"]] = row["status"]
    words: dict[str, set[str]] = {role: set() for role in WORD_ROLES}
    for row in read_table(base / "interaction_words.csv"):
        if row["role"] not in words:
            raise KnowledgeError(f"interaction_words.csv: unknown role {row['role']!r} for {row['word']!r}")
        words[row["role"]].add(row["word"])
    return Triggers(verbs, nouns, modality, {k: frozenset(v) for k, v in words.items()})


def words(role: str) -> frozenset[str]:
    """One closed word class of the default knowledge."""
    return load_triggers().words[role]


def compound_lemma(noun: Token, lemma: str, triggers: Triggers) -> str:
    """A trigger written "modifier noun" ("negotiating table", "bargaining table"): the noun with its compound
    names the event where the noun alone ("table") names none."""
    if lemma in triggers.nouns:
        return lemma
    return next((key for c in noun.children if c.dep_ in ("compound", "amod")
                 for key in [f"{c.lower_} {lemma}"] if key in triggers.nouns), lemma)


def verb_in(verb: Token, role: str) -> bool:
    """A verb of the class ``role``, alone or with its particle ("left", "sets out for Washington")."""
    lemma = verb.lemma_.lower()
    return lemma in words(role) or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words(role) for c in verb.children)
