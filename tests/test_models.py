"""The extraction contract: ``Extraction.to_dict`` has exactly the fields of SCHEMA.md."""
from __future__ import annotations

import json
import re

from conftest import shared_dir

from diplomap.models import ACTOR_KINDS, MEETING_TYPES, QUOTE_KINDS, STATUSES, Extraction


def schema_example() -> dict:
    text = shared_dir("eval", "SCHEMA.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.S).group(1)
    return json.loads(re.sub(r'"\.\.\."', '""', block))


def test_to_dict_has_the_fields_of_the_schema(extract):
    example = schema_example()
    out = extract("Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. "
                  "\u201cWe stand together,\u201d Starmer said.").to_dict()
    assert out.keys() == example.keys()
    assert out["article"].keys() == example["article"].keys()
    for part in ("actors", "interactions", "quotes"):
        assert out[part], part
        assert all(item.keys() == example[part][0].keys() for item in out[part]), part


def test_from_dict_reads_what_to_dict_writes(extract):
    extraction = extract("Chancellor Olaf Scholz called President Joe Biden on Friday.")
    again = Extraction.from_dict(extraction.to_dict(), text=extraction.article.text)
    assert again.to_dict() == extraction.to_dict()


def test_category_values_are_the_schemas():
    schema = shared_dir("eval", "SCHEMA.md").read_text(encoding="utf-8")
    for value in (*ACTOR_KINDS, *MEETING_TYPES, *STATUSES):
        assert f"`{value}`" in schema, value
    assert set(QUOTE_KINDS) == {"direct", "indirect", "scare"}


def test_corpus_records_are_the_article_level_ones_plus_where_they_come_from():
    from dataclasses import FrozenInstanceError, fields

    import pytest

    from diplomap.models import (
        Actor,
        ActorRole,
        Corpus,
        CorpusActor,
        CorpusInteraction,
        CorpusQuote,
        IngestError,
        Interaction,
        Quote,
    )

    def names(cls):
        return [f.name for f in fields(cls)]

    # the field order is what the stored rows and positional construction rely on
    assert names(CorpusActor) == names(Actor) + ["articles", "roles"]
    assert names(CorpusInteraction) == ["id", "article_id"] + names(Interaction)
    assert names(CorpusQuote) == ["id", "article_id"] + names(Quote)
    quote = CorpusQuote("a1#q1", "a1", "We stand together.", "keir-starmer", cue="said")
    assert isinstance(quote, Quote) and (quote.kind, quote.start) == ("direct", 0)
    for record, name in ((quote, "speaker"), (Quote("x", None), "text"), (ActorRole(None, "GBR", None, "a1"), "role"),
                         (IngestError("a.txt", "empty file"), "message"), (Corpus(), "quotes")):
        with pytest.raises(FrozenInstanceError):
            setattr(record, name, None)
