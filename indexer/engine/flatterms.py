"""Whoosh's term reader for the fields whose postings live in the flat arrays alone.

The text fields — ``title`` and ``text`` (:class:`indexer.schema.FlatFrequency`), ``exact`` and
``person_text`` (:class:`indexer.schema.FlatPositions`) — are read by the ranker, phrases and
passages from the flat postings (:mod:`indexer.engine.flat`) only. Whoosh's own copy of their
terms and postings (term infos, counts or positions per posting) took some 118 of the
Bundestag index's 462 MB for ``exact`` and 90 of 345 for ``title`` and ``text``, yet the rest
of the project still asks Whoosh's reader about these fields: the query parser's document
frequencies, typo tolerance (``terms_within``) and compound checks, prefix expansion
(``word*``, passages), collection frequencies ("similar documents"), the searcher's ``idf``,
and Whoosh's own matchers where the ranker has no fast path.

So the segment writer (:mod:`indexer.engine.codec`) writes nothing of such a field to Whoosh's
term and posting files, and :class:`FlatCodec` — the codec recorded with each segment it writes
— gives Whoosh's segment reader a term reader that answers for those fields from the flat
arrays (:class:`FlatTermsReader`) and for every other field from Whoosh's files. Everything
that reads terms through Whoosh's reader (``reader.doc_frequency``, ``frequency``,
``terms_within``, ``expand_prefix``, ``postings``, ``term_info``, the searcher's ``idf``) sees
the same terms, document frequencies, weights and posting values as before, from one adapter.
Sums of weights are rounded to ``float32`` as Whoosh's term infos store them.

Two deliberate gaps, both invisible to searches:

* the whole-index iterations (``terms()``, ``items()``) leave these fields out: Whoosh reads
  them only to merge a segment's postings through its pool, where a flat-only field must not
  go (the flat postings of a merge are merged from the segments' own,
  :mod:`indexer.engine.flatmerge`);
* a term's minimum and maximum field length (upper bounds for Whoosh's block-quality
  shortcuts) are 1 and the largest length Whoosh encodes, always valid bounds: the exact
  lengths would need the length column, which a term reader does not see.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import numpy as np
from whoosh.codec.base import FieldCursor
from whoosh.codec.whoosh3 import W3Codec
from whoosh.matching import ListMatcher
from whoosh.reading import TermInfo, TermNotFound
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length

from indexer.engine.flat import FlatField, FlatSegment, FlatUnreadable
from indexer.errors import ParteisucheError

#: The largest field length Whoosh's length bytes encode (a term info's upper bound).
_TOP_LENGTH = byte_to_length(255)


class MissingTerm(TermNotFound, KeyError):  # type: ignore[misc]
    """A term the segment lacks. Whoosh's term reader raises ``KeyError`` from some methods
    (``frequency``, ``doc_frequency``) and ``TermNotFound`` from others, and its callers
    catch the one they expect: this is both."""


class FlatCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's W3 codec, whose term reader answers for ``flat_fields`` from the flat arrays.

    Pickled with every segment the project's writer makes (Whoosh keeps a segment's codec in
    the index's table of contents), so any reader of such a segment gets the adapter. Moving
    or renaming this class breaks existing indexes: bump ``SCHEMA_VERSION`` with it.
    """

    def __init__(self, flat_fields: frozenset[str] = frozenset(), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.flat_fields = frozenset(flat_fields)

    def terms_reader(self, storage: Any, segment: Any) -> FlatTermsReader:
        return FlatTermsReader(
            super().terms_reader(storage, segment), storage, segment, self.flat_fields
        )


class FlatTermsReader:
    """A segment's terms: the flat-only fields from its flat postings, the others from
    Whoosh's term reader (``inner``), which every other attribute is delegated to."""

    def __init__(self, inner: Any, storage: Any, segment: Any, flat_fields: frozenset[str]) -> None:
        self._inner = inner
        self._storage = storage
        self._segment = segment
        self._flat_fields = flat_fields
        self._flat: FlatSegment | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    # --- the flat side ---------------------------------------------------------------------

    def _field(self, fieldname: str) -> FlatField | None:
        """The field's flat postings in this segment (None: the segment has no term of it)."""
        if self._flat is None:
            try:
                self._flat = FlatSegment.from_storage(self._storage, self._segment)
            except FlatUnreadable as exc:
                raise ParteisucheError(
                    f"The index is damaged ({exc}): the words of {fieldname!r} cannot be "
                    "read. Run `parteisuche reindex` to rebuild it."
                ) from exc
        return self._flat.field(fieldname)

    def _term(self, fieldname: str, btext: bytes) -> tuple[FlatField, int]:
        field = self._field(fieldname)
        number = field.find(btext) if field is not None else -1
        if field is None or number < 0:
            raise MissingTerm(f"{fieldname}:{btext!r}")
        return field, number

    def _from(self, fieldname: str, prefix: bytes) -> Iterator[tuple[FlatField, int]]:
        field = self._field(fieldname)
        if field is None:
            return
        for number in range(field.first_from(prefix), len(field.hashes)):
            yield field, number

    # --- Whoosh's TermsReader --------------------------------------------------------------

    def __contains__(self, term: tuple[str, bytes]) -> bool:
        fieldname, btext = term
        if fieldname not in self._flat_fields:
            return term in self._inner
        field = self._field(fieldname)
        return field is not None and field.find(btext) >= 0

    def indexed_field_names(self) -> list[str]:
        return [*self._inner.indexed_field_names(), *sorted(self._flat_fields)]

    def cursor(self, fieldname: str, fieldobj: Any) -> FieldCursor:
        if fieldname not in self._flat_fields:
            return self._inner.cursor(fieldname, fieldobj)
        return FlatFieldCursor(self._field(fieldname), fieldobj)

    def terms(self) -> Iterator[tuple[str, bytes]]:
        """Every term of the fields in Whoosh's files (see the module's note)."""
        return iter(self._inner.terms())

    def items(self) -> Iterator[tuple[tuple[str, bytes], Any]]:
        return iter(self._inner.items())

    def terms_from(self, fieldname: str, prefix: bytes) -> Iterator[tuple[str, bytes]]:
        if fieldname not in self._flat_fields:
            return iter(self._inner.terms_from(fieldname, prefix))
        return ((fieldname, f.term_at(n)) for f, n in self._from(fieldname, prefix))

    def items_from(self, fieldname: str, prefix: bytes) -> Iterator[tuple[tuple[str, bytes], Any]]:
        if fieldname not in self._flat_fields:
            return iter(self._inner.items_from(fieldname, prefix))
        return (
            ((fieldname, f.term_at(n)), term_info(f, n)) for f, n in self._from(fieldname, prefix)
        )

    def term_info(self, fieldname: str, btext: bytes) -> Any:
        if fieldname not in self._flat_fields:
            return self._inner.term_info(fieldname, btext)
        return term_info(*self._term(fieldname, btext))

    def frequency(self, fieldname: str, btext: bytes) -> float:
        if fieldname not in self._flat_fields:
            return float(self._inner.frequency(fieldname, btext))
        field, number = self._term(fieldname, btext)
        return _stored(field.weights_of(*field.span(number)).sum(dtype="float64"))

    def frequencies(self, fieldname: str, btexts: list[bytes]) -> list[float | None] | None:
        """:meth:`frequency` of many terms at once (None where the segment lacks one), or
        None for a field Whoosh's own files hold (ask :meth:`frequency` then)."""
        if fieldname not in self._flat_fields:
            return None
        field = self._field(fieldname)
        if field is None:
            return [None] * len(btexts)
        sums = field.weight_sums()
        return [float(sums[n]) if n >= 0 else None for n in field.find_many(btexts)]

    def doc_frequency(self, fieldname: str, btext: bytes) -> int:
        if fieldname not in self._flat_fields:
            return int(self._inner.doc_frequency(fieldname, btext))
        field, number = self._term(fieldname, btext)
        start, end = field.span(number)
        return end - start

    def matcher(self, fieldname: str, btext: bytes, format_: Any, scorer: Any = None) -> Any:
        if fieldname not in self._flat_fields:
            return self._inner.matcher(fieldname, btext, format_, scorer=scorer)
        field, number = self._term(fieldname, btext)
        start, end = field.span(number)
        counts = field.counts_of(start, end)
        return FlatMatcher(
            field.docs[start:end].tolist(),
            field.weights_of(start, end).tolist(),
            counts.tolist() if counts is not None else None,
            format_, scorer, term=(fieldname, btext), terminfo=term_info(field, number),
        )

    def close(self) -> None:
        self._flat = None
        self._inner.close()


def _stored(value: Any) -> float:
    """A weight as a W3 term info stores it (``float32``)."""
    return float(np.float32(value))


def term_info(field: FlatField, number: int) -> TermInfo:
    """Whoosh's statistics of a term from its flat postings (lengths: see the module)."""
    start, end = field.span(number)
    weights = field.weights_of(start, end)
    return TermInfo(
        weight=_stored(weights.sum(dtype="float64")), df=end - start, minlength=1,
        maxlength=_TOP_LENGTH, maxweight=_stored(weights.max()) if end > start else 0.0,
        minid=int(field.docs[start]), maxid=int(field.docs[end - 1]),
    )


class FlatMatcher(ListMatcher):  # type: ignore[misc]
    """A term's postings in one segment as Whoosh's list matcher; a posting's value (what
    :class:`~whoosh.formats.Frequency` decodes) is made from its count when asked for (its
    number of positions, or its kept frequency)."""

    _i: int  # the current posting (Whoosh's attribute)

    def __init__(self, ids: list[int], weights: list[float], counts: list[int] | None,
                 format_: Any, scorer: Any, position: int = 0, **kwargs: Any) -> None:
        super().__init__(ids, weights, None, format_, scorer, position, **kwargs)
        self._counts = counts

    def copy(self) -> FlatMatcher:
        return FlatMatcher(self._ids, self._weights, self._counts, self._format, self._scorer,
                           self._i, term=self._term, terminfo=self._terminfo)

    def skip_to(self, id: int) -> None:  # noqa: A002 - Whoosh's name
        if not self.is_active():
            super().skip_to(id)  # raises ReadTooFar
        self._i = max(self._i, bisect_left(self._ids, id, self._i))

    def value(self) -> bytes:
        counts = self._counts
        count = counts[self._i] if counts is not None else self._weights[self._i]
        encoded: bytes = pack_uint(int(count))
        return encoded


class FlatFieldCursor(FieldCursor):  # type: ignore[misc]
    """Whoosh's cursor over one field's terms (what its ``terms_within`` walks), in order."""

    def __init__(self, field: FlatField | None, fieldobj: Any) -> None:
        self._field = field
        self._fieldobj = fieldobj
        self._size = len(field.hashes) if field is not None else 0
        self._at = 0

    def first(self) -> str | None:
        self._at = 0
        return self.text()

    def find(self, term: Any) -> str | None:
        if self._field is None:
            return None
        btext = term if isinstance(term, bytes) else self._fieldobj.to_bytes(term)
        self._at = self._field.first_from(btext)
        return self.text()

    def next(self) -> str | None:
        self._at += 1
        return self.text()

    def text(self) -> str | None:
        if self._field is None or self._at >= self._size:
            return None
        found: str = self._fieldobj.from_bytes(self._field.term_at(self._at))
        return found

    def term_info(self) -> TermInfo | None:
        if self._field is None or self._at >= self._size:
            return None
        return term_info(self._field, self._at)

    def is_valid(self) -> bool:
        return self._field is not None and self._at < self._size
