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
