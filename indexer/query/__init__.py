"""The query language: what a user types, turned into a Whoosh query the engine ranks.

May import :mod:`indexer.engine` (ranking parameters, the ``Coverage`` query),
:mod:`indexer.analysis` and the top-level modules; never ``search`` or ``ingest``. It reads
:mod:`indexer.metadata` lazily, inside functions, to map typed labels ("Abgeordnete", "Grüne")
to the values the index holds.
"""

from indexer.query.parser import (
    FIELD_ALIASES,
    MAX_QUERY_CHARS,
    ParsedQuery,
    Vocabulary,
    display_form,
    parse_query,
)

__all__ = [
    "FIELD_ALIASES",
    "MAX_QUERY_CHARS",
    "ParsedQuery",
    "Vocabulary",
    "display_form",
    "parse_query",
]
