"""The Whoosh schema and its version.

Whoosh pickles the schema (analyzers included) into the index. Any change to a field or to the
analysis chain must bump :data:`SCHEMA_VERSION`; the store refuses to open an index built with
another version and tells the user to run ``parteisuche reindex``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer
from whoosh.columns import CompressedBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.formats import Frequency

from indexer.analysis import exact_analyzer, german_analyzer

#: 4: a file's id is its name plus a hash of its resolved path, so equal names in different
#: folders are two documents (ids of version 3 were paths relative to the folder given, now
#: kept in ``alias`` so that old permalinks redirect).
#: 5: stored provenance carries the confidence of extracted values and who corrected a value
#: when; origins "correction" and "folder".
#: 6: the text beyond :data:`STORED_TEXT_CHARS` characters lives in the ``text_rest`` column
#: (a hit list loaded a whole 50 MB protocol with its stored fields: 1.5 s per search).
#: 7: plurals the stemmer misses are folded to their singular (Autos, Ministerien, Viren,
#: Themen) and "Güter" keeps its own stem (:mod:`indexer.analysis.lemmas`).
#: 8: every document has a ``visibility`` (öffentlich or mitglieder), stored and in a column,
#: which the search layer filters on (:mod:`indexer.search.access`).
#: 9: flat postings version 2 (narrowest array types, derived weights:
#: :mod:`indexer.engine.flat`); a version 1 index would be read from Whoosh's blocks, slowly.
#: 10: flat postings version 3 (positions counted per posting, started per term); one
#: ``indexed_at`` term per document (no coarser tiers); ``exact`` keeps its positions in the
#: flat postings only (:class:`FlatPositions`), Whoosh's postings hold its counts.
#: 11: ``exact`` keeps its terms and postings in the flat postings alone: Whoosh's term and
#: posting files hold nothing of it, segments record the codec that reads it from there
#: (:mod:`indexer.engine.flatterms`).
#: 12: ``title``, ``text`` (:class:`FlatFrequency`) and ``person_text`` (:class:`FlatPositions`)
#: keep their terms and postings in the flat postings alone too: Whoosh's term and posting
#: files hold only the facet, id and date fields; the flat postings keep the frequencies of
#: the stemmed fields' postings (flat postings version 4).
SCHEMA_VERSION = 12

#: Characters of a document's text kept in its stored fields, which every hit list reads
#: (snippets come from them). The rest of a longer text is in the ``text_rest`` column, read
#: only for the document's own page.
STORED_TEXT_CHARS = 300_000

#: Separator between the values of a multi-valued facet field (values never contain newlines).
VALUE_SEPARATOR = "\n"

#: Facet fields: stored, one or more comma-separated values, counted per value.
FACET_FIELDS: tuple[str, ...] = (
    "person",
    "office",
    "region",
    "bundesland",
    "party",
    "doc_type",
)


class ValueListTokenizer(Tokenizer):  # type: ignore[misc]
    """Splits a facet field on newlines: each whole value ("Leipzig, Stadt") is one term.

    Whoosh's KEYWORD splits on commas or spaces, which breaks values such as official Kreis
    names; a newline never occurs inside a normalised value.
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, item in enumerate(v.strip() for v in value.split(VALUE_SEPARATOR)):
            if not item:
                continue
            token.text = item
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char
                token.endchar = start_char + len(item)
            yield token


def _facet() -> KEYWORD:
    field = KEYWORD(stored=True, lowercase=False, scorable=False, sortable=True)
    field.analyzer = ValueListTokenizer()
    field.format.field_boost = 1.0
    return field


def join_values(values: list[str] | tuple[str, ...]) -> str:
    """Facet values as one stored string (see :class:`ValueListTokenizer`)."""
    return VALUE_SEPARATOR.join(v for v in values if v)


def split_values(stored: str | None) -> list[str]:
    return [v for v in (stored or "").split(VALUE_SEPARATOR) if v]


class FlatPositions(Frequency):  # type: ignore[misc]
    """The format of a field whose postings and positions live in the flat postings alone.

    To Whoosh it is :class:`~whoosh.formats.Frequency`: a posting's value is its count and its
    weight the count times the field boost, exactly as with positions, so Whoosh's scores and
    term statistics stay the same. The project's segment writer stores the field's terms,
    postings and positions in the flat arrays only (:mod:`indexer.engine.flat`), where the
    ranker, phrases, near words and a long document's passages read them, and Whoosh's reader
    reads them through :mod:`indexer.engine.flatterms`. Whoosh's copy of the positions
    (pickled per posting) took 112 of the Bundestag index's 541 MB, its copy of the counts
    and terms another 118 of 462.
    """


class FlatFrequency(Frequency):  # type: ignore[misc]
    """The format of a field without positions whose postings live in the flat postings alone.

    To Whoosh it is :class:`~whoosh.formats.Frequency` (a posting's value is its count, its
    weight the summed boosts of its tokens), so Whoosh's scores and term statistics stay the
    same. As with :class:`FlatPositions`, the project's segment writer stores the field's
    terms and postings (weights and counts) in the flat arrays only, and Whoosh's reader reads
    them through :mod:`indexer.engine.flatterms`. Whoosh's copy of ``text`` and ``title`` (term
    table and posting blocks) took some 90 of the Bundestag index's 345 MB.
    """


def has_positions(field: FieldType | None) -> bool:
    """Whether phrases can be matched in ``field``: positions in Whoosh's postings or in the
    flat postings (:class:`FlatPositions`)."""
    fmt = getattr(field, "format", None)
    return fmt is not None and (type(fmt) is FlatPositions or bool(fmt.supports("positions")))


def flat_positions_only(field: FieldType | None) -> bool:
    """Whether ``field`` keeps its positions in the flat postings only."""
    return type(getattr(field, "format", None)) is FlatPositions


def flat_only(field: FieldType | None) -> bool:
    """Whether ``field`` keeps its terms and postings in the flat postings only
    (:class:`FlatPositions`, :class:`FlatFrequency`): Whoosh's files hold nothing of it."""
    return type(getattr(field, "format", None)) in (FlatPositions, FlatFrequency)


def _exact(field_boost: float = 1.0) -> TEXT:
    """An unstemmed field (the twin of title + text, person names): positions in the flat
    postings only."""
    field = TEXT(analyzer=exact_analyzer(), phrase=False, stored=False, field_boost=field_boost)
    field.format = FlatPositions(field_boost=field_boost)
    return field


def _stemmed(analyzer: Any, field_boost: float = 1.0) -> TEXT:
    """A stemmed, stored field without positions (phrases are matched in ``exact``, which
    saves a third of the index and of the indexing time): postings in the flat postings
    only."""
    field = TEXT(analyzer=analyzer, stored=True, field_boost=field_boost, phrase=False)
    field.format = FlatFrequency(field_boost=field_boost)
    return field


def _indexed_at() -> DATETIME:
    """When a document went in: only its full-precision term is ever read (the newest-first
    order, :func:`indexer.engine.columns.indexed_order_from_terms`), so the seven coarser
    terms Whoosh adds per date for fast range queries (``shift_step=8``) are left out: they
    took 8 of the Bundestag index's MB."""
    field = DATETIME(stored=True)
    field.shift_step = 0
    return field


def build_schema() -> Schema:
    """Return a fresh schema instance (Whoosh mutates schemas, so never share one)."""
    german = german_analyzer()
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        title=_stemmed(german, field_boost=2.0),
        text=_stemmed(german),
        # UTF-8 of the text beyond STORED_TEXT_CHARS (empty for most documents).
        text_rest=COLUMN(CompressedBytesColumn()),
        # Unstemmed twin of title + text for quoted phrases, highlighting and suggestions.
        exact=_exact(),
        # Person names as searchable words (the facet field below holds the whole name).
        person_text=_exact(field_boost=3.0),
        person=_facet(),
        office=_facet(),
        region=_facet(),
        bundesland=_facet(),
        party=_facet(),
        doc_type=_facet(),
        # ISO date as given, possibly partial ("2024-09"); date_start/date_end span it.
        date=ID(stored=True),
        date_start=NUMERIC(int, bits=32, stored=False, sortable=True, signed=False),
        date_end=NUMERIC(int, bits=32, stored=False, sortable=True, signed=False),
        year=NUMERIC(int, bits=32, stored=True, sortable=True, signed=False),
        source=STORED(),
        path=ID(stored=True, sortable=True),
        # The id a document had under schema 3, so that its old permalink redirects here.
        alias=ID(stored=False),
        content_hash=ID(stored=True, sortable=True),
        indexed_at=_indexed_at(),
        # JSON: origin and evidence per metadata field, and format extras.
        provenance=STORED(),
        # öffentlich or mitglieder (indexer.visibility); a column for the audience masks.
        visibility=ID(stored=True, sortable=True),
        extra=STORED(),
    )
