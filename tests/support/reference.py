"""A reference index for phrases: Whoosh's own positions in ``exact``.

Since schema 10 the ``exact`` field keeps its positions in the flat postings alone
(:class:`indexer.schema.FlatPositions`), so Whoosh's matchers cannot answer a phrase on the
project's index. Tests that compare the engine with Whoosh build the same documents a second
time with this schema, where ``exact`` has Whoosh's :class:`~whoosh.formats.Positions` (the
format before schema 10: the same weights and term statistics, so the same scores), and ask
Whoosh there.
"""

from __future__ import annotations

from whoosh.fields import Schema
from whoosh.formats import Positions

from indexer.schema import build_schema


def reference_schema() -> Schema:
    """The project's schema with Whoosh's positions in ``exact``."""
    schema = build_schema()
    field = schema["exact"]
    field.format = Positions(field_boost=field.format.field_boost)
    return schema
