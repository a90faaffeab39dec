"""A reference index: Whoosh's own formats in the text fields.

Since schema 10 the ``exact`` field keeps its positions in the flat postings alone, since
schema 12 ``person_text`` its positions and ``title`` and ``text`` their postings too
(:class:`indexer.schema.FlatPositions`, :class:`indexer.schema.FlatFrequency`), so Whoosh's
writer and matchers would not see the project's index as it is. Tests that compare the engine
with Whoosh build the same documents a second time with this schema, where these fields have
Whoosh's :class:`~whoosh.formats.Positions` and :class:`~whoosh.formats.Frequency` (the
formats before: the same weights and term statistics, so the same scores), and ask Whoosh
there.
"""

from __future__ import annotations

from whoosh.fields import Schema
from whoosh.formats import Frequency, Positions

from indexer.schema import FlatFrequency, FlatPositions, build_schema


def reference_schema() -> Schema:
    """The project's schema with Whoosh's own formats in the fields that keep their postings
    in the flat arrays alone."""
    schema = build_schema()
    for name in schema.names():
        field = schema[name]
        if type(field.format) is FlatPositions:
            field.format = Positions(field_boost=field.format.field_boost)
        elif type(field.format) is FlatFrequency:
            field.format = Frequency(field_boost=field.format.field_boost)
    return schema
