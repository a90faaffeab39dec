"""A faster Whoosh segment writer: same codec, same postings, a fraction of the time.

Whoosh's :class:`~whoosh.writing.SegmentWriter` spends most of an indexing run in Python
bookkeeping per posting: the analyzer's generator chain per token, a tuple per posting in a
sorting pool, a sort of all postings at commit, and a method call, six assertions and a
field-length column look-up per posting when the postings are written. For this project's
schema (about 600 postings per speech) that is 10-15 ms per document.

:class:`FastSegmentWriter` keeps Whoosh's W3 codec, its per-document writer (stored fields,
columns, lengths: byte for byte the same files) and its readers, and changes how postings get
to disk:

* text fields whose analyzer is one of the project's chains are analysed in bulk by
  :mod:`indexer.analysis.terms` (one tokenizer pass shared by ``title``, ``text`` and
  ``exact``; every word form analysed once per process);
* postings are inverted with numpy (:class:`_FieldBuffer`): a document's terms become integer
  term ids appended, with the weights and values, to flat arrays per field; at the end of the
  segment one stable sort of the term ids puts every term's postings side by side, in
  document order. No Python object per posting, and no per-posting work in Python at all for
  the fields without positions;
* :class:`PostingsEncoder` writes whole posting lists in W3's block format, computing the
  block statistics for all terms of a field at once. Decoded, every block and term info equals
  Whoosh's; the block data is pickled with protocol 4 and tiny blocks are left uncompressed,
  which halves the posting file (see the class).

Tests compare every column file, every term's blocks and the search service's results with
those of Whoosh's writer. Anything unusual (another codec, term vectors, spelling fields, a
merge into this writer) takes the stock code path.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from hashlib import md5
from io import BytesIO
from itertools import chain, compress, repeat
from operator import is_, itemgetter
from pickle import dumps
from typing import Any
from zlib import compress as deflate

import numpy as np
import numpy.typing as npt
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter
from whoosh.fields import FieldType
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filetables import _lengths as _LENGTHS
from whoosh.formats import Frequency, Positions
from whoosh.index import Index
from whoosh.reading import SegmentReader
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import _length_byte_cache, byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from indexer.analysis.terms import (
    ExactTerms,
    GermanTerms,
    concatenated,
    exact_terms_for,
    german_terms_for,
    split_tokens,
)
from indexer.engine.flat import EXTENSION, FlatSegment, FlatWriter, unreadable, write_from_blocks
from indexer.engine.flatmerge import MergeSource, merge_source, write_merged
from indexer.engine.flatterms import FlatCodec
from indexer.errors import ParteisucheError
from indexer.schema import FlatFrequency, FlatPositions, flat_only, flat_positions_only

#: (term, frequency, weight, encoded value) as ``Format.word_values`` yields them.
WordValue = tuple[Any, int, float, bytes]
#: A document's posting values in a field, as the format's value size asks: one byte string of
#: all values joined (fixed size), a list of byte strings (variable size) or None (no values).
_Values = bytes | list[bytes] | None
#: A document's positions in a field with positions: all of them, term after term, and how
#: many each term has (for the flat postings, :mod:`indexer.engine.flat`).
_Positions = tuple[list[int], list[int]]
#: One document's postings in a field: terms, weights, values, the field length (the sum of
#: the frequencies), where the format has positions and the bulk analyser made them, the
#: positions, and for a field whose postings live in the flat arrays alone without positions
#: (:class:`~indexer.schema.FlatFrequency`) each term's frequency.
_DocPostings = tuple[list[Any], list[float], _Values, int, _Positions | None,
                     Iterable[int] | None]
_Ints = npt.NDArray[np.int64]
_Floats = npt.NDArray[np.float64]
_UInts = npt.NDArray[np.uintc]

_MAGIC: bytes = WHOOSH3_HEADER_MAGIC
#: Posting bytes gathered before they are written to the file.
_FLUSH_BYTES = 1 << 22
#: Blocks whose pickle is shorter are not compressed (zlib would make them longer).
COMPRESS_MIN = 80
#: Postings per block (Whoosh writes 128): fewer, longer blocks for whole-list reads.
BLOCK_POSTINGS = 1024
#: Blocks of fewer postings keep tuples: an array's pickle carries a ~50-byte constructor
#: reference, which would make the many tiny blocks longer than :data:`COMPRESS_MIN`.
ARRAY_MIN = 32
#: Pickle protocol of the block data. Whoosh uses 2, which spells every byte string (the
#: encoded positions) as a ``_codecs.encode`` call; protocol 4 halves the posting file and its
#: pickling and compression time. Whoosh reads blocks with ``pickle.loads``, any protocol.
_DATA_PROTOCOL = 4

#: Memory for :meth:`FastSegmentWriter.memory_bytes`, measured with ``tracemalloc`` on the
#: speech corpus. A buffered posting takes a term id and a weight (12 bytes; arrays
#: over-allocate a little) plus its value: ``fixed`` bytes, or a list slot and, for a term seen
#: more than once in a document, a bytes object of its own (single positions are shared). A
#: term takes its id, its dictionary entry and, once written, Whoosh's hash table entry (kept
#: until the segment is finished); the term strings themselves belong to the analysers' memos.
_POSTING_BYTES = 13
_VARIABLE_VALUE_BYTES = 24
_TERM_BYTES = 200
#: Memory per posting of the field being written at the end of a segment: its sorted copies
#: (docnums, weights, values), the deltas and 32-bit weights of its blocks (see
#: :class:`_Inverted`, which frees the buffer's arrays as it goes). It counts for the largest
#: field only: the arrays of one field are freed before the next is inverted.
_INVERT_BYTES = 24

#: The C type of ``array('I')``, which the block data pickles ids as.
_UINT = np.uintc
if array("I").itemsize != np.dtype(_UINT).itemsize:  # pragma: no cover - exotic platforms
    raise ImportError("array('I') and numpy's uintc differ in size")

#: ``W3TermInfo.to_bytes`` of a term that is not inlined: ``!BfIBBfII`` and the extent
#: (``!q`` offset, ``!i`` length), as one record type to pack all terms of a field at once.
_TERM_INFO = np.dtype([
    ("flags", "u1"), ("weight", ">f4"), ("df", ">u4"), ("minlength", "u1"),
    ("maxlength", "u1"), ("maxweight", ">f4"), ("minid", ">u4"), ("maxid", ">u4"),
    ("offset", ">i8"), ("length", ">i4"),
])
#: ``length_to_byte`` of a missing and of a zero length (fields without length column).
_NO_MIN_LENGTH = length_to_byte(None)
_NO_MAX_LENGTH = length_to_byte(0)
_LENGTH_BYTES = np.asarray(_length_byte_cache, dtype=np.int64)
#: ``length_to_byte`` returns 255 from here on.
_LENGTH_TOP = 106374
#: Weights are sums of boosts in steps of 1/1024 (see :func:`_exact_sums`).
_DYADIC = 1024.0
_EXACT_SUM_LIMIT = float(1 << 42)

_FREQ_VALUES: list[bytes] = [pack_uint(n) for n in range(256)]
_ONE = pack_uint(1)


def _freq_value(freq: int) -> bytes:
    if freq < 256:
        return _FREQ_VALUES[freq]
    value: bytes = pack_uint(freq)
    return value


#: ``Positions.encode([pos])`` by position: most terms occur once in a document; grown on
#: demand (:func:`_single_values`) and shared by all postings.
_SINGLE: list[bytes] = []


def _single_values(limit: int) -> list[bytes]:
    while len(_SINGLE) <= limit:
        _SINGLE.append(_ONE + dumps([len(_SINGLE)], 2))
    return _SINGLE


#: float(n): shared objects for the weights of the exact fields (one per posting otherwise).
_FLOATS: list[float] = [float(n) for n in range(4096)]


def _encode_positions(positions: list[int]) -> bytes:
    """``whoosh.formats.Positions.encode``."""
    deltas = []
    base = 0
    for pos in positions:
        deltas.append(pos - base)
        base = pos
    count: bytes = pack_uint(len(deltas))
    return count + dumps(deltas, 2)


def _position_values(lists: list[list[int]], counts: list[int], length: int) -> list[bytes]:
    """``Positions.encode`` of each list: shared values for single positions, looked up in one
    C-level pass, then the lists of several positions encoded one by one."""
    firsts = list(map(itemgetter(0), lists))
    values = list(map(_single_values(max(firsts)).__getitem__, firsts))
    if length != len(lists):
        for i in compress(range(len(counts)), map((1).__lt__, counts)):
            values[i] = _encode_positions(lists[i])
    return values


def _values_for(fixed: int | None, values: list[bytes]) -> _Values:
    """A document's values as :class:`_FieldBuffer` keeps them (see :data:`_Values`)."""
    if fixed is None or fixed < 0:
        return values
    if fixed == 0:
        return None
    joined = b"".join(values)
    if len(joined) != fixed * len(values):
        raise ValueError(f"values of a format with {fixed}-byte values differ in size")
    return joined


class _FieldPlan:
    """How the writer analyses one field: Whoosh's way, or one of the bulk analysers."""

    def __init__(self, field: FieldType) -> None:
        self.german: GermanTerms | None = None
        self.exact: ExactTerms | None = None
        #: postings for the flat arrays only (:mod:`indexer.engine.flatterms`): no values
        self.flat_only = flat_only(field)
        fmt = field.format
        #: the frequency of each posting, kept for the flat arrays (a flat-only field without
        #: positions: Whoosh's values, which it has none of, hold them)
        self.frequencies = self.flat_only and type(fmt) is FlatFrequency
        self.fixed: int | None = fmt.fixed_value_size() if fmt is not None else 0
        if self.flat_only:
            self.fixed = 0
        if field.indexed and fmt is not None:
            if type(fmt) is Frequency or type(fmt) is FlatFrequency:
                self.german = german_terms_for(field.analyzer)
            elif type(fmt) is Positions or type(fmt) is FlatPositions:
                self.exact = exact_terms_for(field.analyzer)
        self.bulk = self.german is not None or self.exact is not None
        self.field_boost: float = getattr(fmt, "field_boost", 1.0)

    def postings(self, raws: list[str]) -> _DocPostings:
        """This document's terms, weights, values and summed frequencies, as the format's
        ``word_values`` computes them."""
        fb = self.field_boost
        if self.german is not None:
            counts, weights = self.german.counts(raws)
            freqs = counts.values()
            length = sum(freqs)
            values: _Values = None
            frequencies: Iterable[int] | None = None
            if self.frequencies:
                frequencies = freqs
            elif length < len(_FREQ_VALUES):
                values = b"".join(map(_FREQ_VALUES.__getitem__, freqs))
            else:
                values = b"".join(map(_freq_value, freqs))
            if fb == 1.0:
                return list(counts), list(weights.values()), values, length, None, frequencies
            return (list(counts), [w * fb for w in weights.values()], values, length, None,
                    frequencies)
        assert self.exact is not None
        found = self.exact.positions(raws)
        if not found:
            return [], [], None if self.flat_only else [], 0, ([], []), None
        lists = list(found.values())
        counts_ = list(map(len, lists))
        length = sum(counts_)
        if fb == 1.0 and length < len(_FLOATS):
            weights_ = list(map(_FLOATS.__getitem__, counts_))
        else:
            weights_ = [float(n) * fb for n in counts_]
        values_: _Values = None  # a flat-only field keeps no values (flat positions instead)
        if not self.flat_only:
            values_ = _position_values(lists, counts_, length)
        flat = lists[0] if len(lists) == 1 else list(chain.from_iterable(lists))
        return list(found), weights_, values_, length, (flat, counts_), None


def supports(writer: SegmentWriter) -> bool:
    """Whether the bulk path applies: the W3 codec and no term vectors or spelling fields."""
    if type(writer.codec) not in (W3Codec, FlatCodec):
        return False
    if type(writer.fieldwriter) is not W3FieldWriter:
        return False
    schema = writer.schema
    return not any(
        schema[name].vector or schema[name].separate_spelling() for name in schema.names()
    )


class _FieldBuffer:
    """One field's postings in the order documents added them, as flat arrays.

    A term gets an integer id when it first occurs; a document appends its term ids, weights
    and values (and its docnum and posting count once). Appending a document's postings is a
    dictionary look-up pass and a few ``extend`` calls, all C-level; :func:`_invert` turns the
    arrays into posting lists.
    """

    __slots__ = ("fixed", "ids", "terms", "term_ids", "weights", "fixed_values", "values",
                 "docs", "counts", "positions", "position_counts", "all_positions",
                 "frequencies", "all_frequencies")

    def __init__(self, fixed: int | None, frequencies: bool = False) -> None:
        self.fixed = fixed
        self.ids: dict[Any, int] = {}
        #: the terms by id
        self.terms: list[Any] = []
        self.term_ids = array("I")
        self.weights = array("d")
        self.fixed_values = bytearray()
        self.values: list[bytes] = []
        self.docs = array("I")
        self.counts = array("I")
        #: every posting's positions, and how many each has (fields with positions only)
        self.positions = array("I")
        self.position_counts = array("I")
        #: whether every document added its positions (the bulk analysers do)
        self.all_positions = True
        #: every posting's frequency (kept for a flat-only field without positions)
        self.frequencies = array("I")
        self.all_frequencies = frequencies

    def add(self, docnum: int, doc: _DocPostings) -> int:
        """Append one document's postings; return the number of new terms."""
        terms, weights, values, _, positions, frequencies = doc
        found: list[Any] = list(map(self.ids.get, terms))
        before = len(self.terms)
        if None in found:
            self._new_terms(terms, found)
        self.term_ids.extend(found)
        self.weights.extend(weights)
        if isinstance(values, bytes):
            self.fixed_values += values
        elif values is not None:
            self.values += values
        self.docs.append(docnum)
        self.counts.append(len(terms))
        if positions is None:
            self.all_positions = False
        elif self.all_positions:
            self.positions.extend(positions[0])
            self.position_counts.extend(positions[1])
        if self.all_frequencies:
            if frequencies is None:
                self.all_frequencies = False
            else:
                self.frequencies.extend(frequencies)
        return len(self.terms) - before

    def _new_terms(self, terms: list[Any], found: list[int | None]) -> None:
        ids, listed = self.ids, self.terms
        for i in compress(range(len(found)), map(is_, found, repeat(None))):
            term = terms[i]
            termid = ids.get(term)
            if termid is None:
                termid = ids[term] = len(listed)
                listed.append(term)
            found[i] = termid

    def __len__(self) -> int:
        return len(self.term_ids)


def _stable_order(keys: npt.NDArray[np.uint32]) -> _Ints:
    """``np.argsort(keys, kind="stable")``, five to ten times faster: each key with its
    position in the low 32 bits makes unique 64-bit keys, which numpy sorts with its SIMD
    quicksort (a stable sort of 32-bit keys is a merge sort); the positions are the order.
    A segment's field holds far fewer than 2**32 postings (the memory limit sees to it)."""
    order = keys.astype(np.uint64)
    order <<= np.uint64(32)
    order |= np.arange(len(keys), dtype=np.uint64)
    order.sort()
    order &= np.uint64(0xFFFFFFFF)
    return order.view(np.int64)


#: Postings whose positions are reordered at a time (bounds the index arrays to some 16 MB).
_POSITION_CHUNK = 1 << 20


def _sorted_positions(
    buffer: _FieldBuffer, perm: _Ints
) -> tuple[npt.NDArray[Any] | None, _UInts | None]:
    """The buffer's positions in posting order ``perm``: per posting starts and all positions
    (None for a field without positions, or where some document came without them).

    The positions are moved a chunk of postings at a time, so the index arrays of the move
    stay small next to the positions themselves (4 bytes each).
    """
    counts = np.frombuffer(buffer.position_counts, dtype=_UINT)
    found = np.frombuffer(buffer.positions, dtype=_UINT)
    buffer.positions, buffer.position_counts = array("I"), array("I")
    if not buffer.all_positions or len(counts) != len(perm) or not len(perm):
        return None, None
    # A segment holds far fewer than 2**32 positions (the memory limit sees to it): 32-bit
    # offsets halve the memory of the move.
    kind = np.uint32 if len(found) < 2**32 else np.int64
    before = np.zeros(len(counts) + 1, dtype=kind)
    np.cumsum(counts, out=before[1:])
    counts = counts[perm]
    starts = np.zeros(len(counts) + 1, dtype=kind)
    np.cumsum(counts, out=starts[1:])
    moved = np.empty(int(starts[-1]), dtype=_UINT)
    for a in range(0, len(perm), _POSITION_CHUNK):
        b = min(a + _POSITION_CHUNK, len(perm))
        # position k of posting j (new order) is at before[perm[j]] + k in the buffer
        gather = np.repeat(
            before[perm[a:b]].astype(np.int64) - starts[a:b].astype(np.int64), counts[a:b]
        )
        gather += np.arange(int(starts[a]), int(starts[b]), dtype=np.int64)
        moved[int(starts[a]) : int(starts[b])] = found[gather]
    return starts, moved


class _Inverted:
    """A field's posting lists: terms in byte order, each term's postings in document order.

    ``starts[t]:starts[t + 1]`` are term ``t``'s postings in ``docs``, ``weights`` and the
    values (one ``fixed``-byte slice each of ``fixed_values``, or one item of ``values``).
    Built from a :class:`_FieldBuffer`, which it empties on the way: each array of the buffer
    is freed as soon as its sorted copy exists (see :data:`_INVERT_BYTES`).
    """

    def __init__(self, buffer: _FieldBuffer) -> None:
        terms = buffer.terms
        btexts = [t.encode("utf-8") if isinstance(t, str) else t for t in terms]
        # Sort the fresh (adjacent in memory) byte strings, not the term strings scattered over
        # the heap (a cache miss per comparison).
        order = sorted(range(len(terms)), key=btexts.__getitem__)
        self.btexts: list[bytes] = list(map(btexts.__getitem__, order))
        del btexts
        buffer.ids, buffer.terms = {}, []
        rank = np.empty(len(order), dtype=np.uint32)
        rank[order] = np.arange(len(order), dtype=np.uint32)
        del order
        keys = rank[np.frombuffer(buffer.term_ids, dtype=_UINT)]
        del rank
        buffer.term_ids = array("I")
        self.starts: _Ints = np.zeros(len(self.btexts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys, minlength=len(self.btexts)), out=self.starts[1:])
        # Stable: within a term the postings keep the order they were added, the docnum order.
        perm = _stable_order(keys)
        del keys
        #: docnums as ``array('I')`` holds them (the deltas are pickled as such)
        self.docs: _UInts = np.repeat(
            np.frombuffer(buffer.docs, dtype=_UINT), np.frombuffer(buffer.counts, dtype=_UINT)
        )[perm]
        self.weights: _Floats = np.frombuffer(buffer.weights, dtype=np.float64)[perm]
        buffer.weights = array("d")
        self.position_starts, self.positions = _sorted_positions(buffer, perm)
        #: per posting its frequency, where the buffer kept them for every document
        self.frequencies: _UInts | None = None
        if buffer.all_frequencies and len(buffer.frequencies) == len(perm):
            self.frequencies = np.frombuffer(buffer.frequencies, dtype=_UINT)[perm]
        buffer.frequencies = array("I")
        self.fixed = buffer.fixed
        self.fixed_values = b""
        self.values: list[bytes] = []
        #: whether some values are empty (Whoosh leaves those out of a block's values)
        self.empty_values = False
        if self.fixed is not None and self.fixed > 0:
            rows = np.frombuffer(buffer.fixed_values, dtype=np.uint8).reshape(-1, self.fixed)
            self.fixed_values = rows[perm].tobytes()
            del rows
            buffer.fixed_values = bytearray()
        elif self.fixed is None or self.fixed < 0:
            self.empty_values = b"" in buffer.values
            objects = np.empty(len(buffer.values), dtype=object)
            objects[:] = buffer.values
            buffer.values = []
            objects = objects[perm]
            self.values = objects.tolist()

    def __len__(self) -> int:
        return len(self.btexts)

    def release(self) -> list[bytes]:
        """Free the postings once written; return the terms (for the term table)."""
        btexts, self.btexts = self.btexts, []
        self.docs = np.empty(0, dtype=_UINT)
        self.weights = np.empty(0, dtype=np.float64)
        self.fixed_values, self.values = b"", []
        self.position_starts = self.positions = self.frequencies = None
        return btexts

    def value(self, i: int) -> bytes:
        """Posting ``i``'s encoded value (``b""`` for a format without values)."""
        fixed = self.fixed
        if fixed is None or fixed < 0:
            return self.values[i]
        return self.fixed_values[i * fixed:(i + 1) * fixed]


class FastSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """A :class:`SegmentWriter` with bulk analysis and in-memory postings (same files)."""

    def __init__(self, ix: Index, **kwargs: Any) -> None:
        # Planned first: building a bulk analyser checks it against its analyzer and may
        # refuse (AnalysisMismatch) before the writer holds the lock or any file.
        schema = ix.schema
        plans = {name: _FieldPlan(schema[name]) for name in schema.names()}
        flat_fields = frozenset(name for name, plan in plans.items() if plan.flat_only)
        if "codec" not in kwargs:
            kwargs["codec"] = FlatCodec(flat_fields)
        super().__init__(ix, **kwargs)
        self._bulk = supports(self)
        if flat_fields and not (self._bulk and isinstance(self.codec, FlatCodec)
                                and flat_fields <= self.codec.flat_fields):
            self.cancel()  # frees the lock and the new segment's files
            raise ParteisucheError(
                f"{sorted(flat_fields)} keep their postings in the flat arrays alone: only the "
                "bulk path with the flat codec writes them (no other codec, no term vectors)"
            )
        self._plans = plans
        self._postings: dict[str, _FieldBuffer] = {}
        #: field -> the length of each document's field as the length column reports it
        self._lengths: dict[str, list[int]] = {}
        self._buffer_bytes = 0
        self._largest_field = 0
        self._term_count = 0
        #: the segments merged into this one (:meth:`add_reader`), None for one without flat
        #: postings; whether this writer added documents, and some after a merge
        self._merged: list[MergeSource | None] = []
        self._own_documents = False
        self._added_after_merge = False

    # -- adding ---------------------------------------------------------------------------
    def add_document(self, **fields: Any) -> None:
        self._own_documents = True
        self._added_after_merge = self._added_after_merge or bool(self._merged)
        if not self._bulk:
            super().add_document(**fields)
            return
        self._check_state()
        schema = self.schema
        docboost = self._doc_boost(fields)
        fieldnames = sorted([name for name in fields if not name.startswith("_")])
        self._check_fields(schema, fieldnames)
        # Everything that may fail happens before the writer changes: a bad document leaves
        # no trace (the stock writer would be left inside a half-written document).
        tokens = self._shared_tokens(fields, fieldnames)
        prepared = []
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            postings: _DocPostings | None = None
            length = 0
            if field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                postings = self._doc_postings(fieldname, field, value, tokens)
                if fieldboost != 1.0:
                    terms, weights, values, total, positions, frequencies = postings
                    postings = (terms, [w * fieldboost for w in weights], values, total,
                                positions, frequencies)
                if field.scorable:
                    length = postings[3]
            customval = fields.get(f"_stored_{fieldname}", value)
            column = field.column_type
            has_column = bool(column) and customval is not None
            colvalue = field.to_column_value(customval) if has_column else None
            stored = customval if field.stored else None
            prepared.append((fieldname, field, postings, length, stored, has_column, colvalue))
        self._add_prepared(prepared)

    def _add_prepared(self, prepared: list[Any]) -> None:
        docnum = self.docnum
        perdocwriter = self.perdocwriter
        perdocwriter.start_doc(docnum)
        for fieldname, field, postings, length, stored, has_column, colvalue in prepared:
            if postings is not None and postings[0]:
                self._add_postings(fieldname, docnum, postings)
            if length:
                lengths = self._lengths.setdefault(fieldname, [])
                if len(lengths) < docnum:
                    lengths.extend([0] * (docnum - len(lengths)))
                lengths.append(byte_to_length(length_to_byte(length)))
            perdocwriter.add_field(fieldname, field, stored, length)
            if has_column:
                perdocwriter.add_column_value(fieldname, field.column_type, colvalue)
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_postings(self, fieldname: str, docnum: int, doc: _DocPostings) -> None:
        buffer = self._postings.get(fieldname)
        if buffer is None:
            plan = self._plans[fieldname]
            buffer = self._postings[fieldname] = _FieldBuffer(plan.fixed, plan.frequencies)
        self._term_count += buffer.add(docnum, doc)
        count = len(doc[0])
        fixed = buffer.fixed
        value_bytes = _VARIABLE_VALUE_BYTES if fixed is None or fixed < 0 else fixed
        if doc[5] is not None:  # 4 bytes a frequency (kept for the flat postings)
            value_bytes += 4
        self._buffer_bytes += count * (_POSTING_BYTES + value_bytes)
        if doc[4] is not None:  # 4 bytes a position, 4 a count (kept for the flat postings)
            self._buffer_bytes += 4 * (doc[3] + count)
        self._largest_field = max(self._largest_field, len(buffer))

    def _shared_tokens(self, fields: dict[str, Any], names: list[str]) -> dict[str, list[str]]:
        """Raw tokens per text value of the bulk fields; ``a + "\\n" + b`` reuses a's and b's."""
        values = [v for n in names if self._plans[n].bulk and isinstance(v := fields[n], str)]
        tokens: dict[str, list[str]] = {}
        for value in sorted(values, key=len):
            if value in tokens:
                continue
            found = None
            for first in tokens:
                rest = len(value) - len(first) - 1
                if rest < 0 or value[len(first)] != "\n" or not value.startswith(first):
                    continue
                second = value[len(first) + 1:]
                if second in tokens:
                    found = concatenated(first, tokens[first], tokens[second])
                    if found is not None:
                        break
            tokens[value] = found if found is not None else split_tokens(value)
        return tokens

    def _doc_postings(
        self, fieldname: str, field: FieldType, value: Any, tokens: dict[str, list[str]]
    ) -> _DocPostings:
        plan = self._plans[fieldname]
        if plan.bulk and isinstance(value, str):
            return plan.postings(tokens[value])
        items: list[WordValue] = list(field.index(value))
        terms = [t.decode("utf-8") if plan.bulk else t for t, _, _, _ in items]
        values = _values_for(plan.fixed, [v for _, _, _, v in items])
        frequencies = [f for _, f, _, _ in items]
        return (terms, [w for _, _, w, _ in items], values, sum(frequencies), None,
                frequencies if plan.frequencies else None)

    def memory_bytes(self) -> int:
        """An estimate of the memory the buffered postings take, and their sorting at the end
        of the segment (:class:`_Inverted`, one field at a time)."""
        return (self._buffer_bytes + self._term_count * _TERM_BYTES
                + self._largest_field * _INVERT_BYTES)

    # -- writing --------------------------------------------------------------------------
    def _flush_segment(self) -> None:
        if not self._bulk:
            super()._flush_segment()
            return
        pool = self.pool
        if pool.current or pool.runs:
            # Segments were merged into this writer through Whoosh's pool: let the pool sort
            # everything for Whoosh's blocks (slow, but merges take small segments only), and
            # merge the flat postings from the merged segments' own.
            own = self._postings_to_pool()
            super()._flush_segment()
            self._write_merged_flat(own)
            return
        self.perdocwriter.close()
        self._write_postings()
        self.fieldwriter.close()

    def add_reader(self, reader: Any) -> None:
        """Whoosh's merge of a segment into this one; remembers the segment's flat postings
        (and which of its documents it keeps) for :meth:`_write_merged_flat`.

        A segment without readable flat postings cannot be merged where a field keeps its
        postings there alone (Whoosh's blocks do not hold them): refused, naming its file,
        before anything is written."""
        source = merge_source(reader, self.docnum)
        if source is None and (needed := self._flat_only()):
            raise unreadable(reader, needed[0], flat_positions_only(self.schema[needed[0]]))
        super().add_reader(reader)
        self._merged.append(source)

    def _flat_only(self) -> list[str]:
        """The fields whose postings live in the flat postings alone."""
        schema = self.schema
        return [name for name in schema.names() if flat_only(schema[name])]

    def _write_merged_flat(self, own: FlatSegment | None) -> None:
        """The flat postings of a segment that merged others: from their flat postings,
        with this writer's own documents first; from the blocks just written where a merged
        segment has none (an older version's) or own documents came after a merge."""
        sources = list(self._merged)
        if own is not None:
            sources.insert(0, MergeSource(own, 0))
        if self._added_after_merge or any(s is None for s in sources):
            if needed := self._flat_only():
                raise ParteisucheError(
                    f"documents added after a merge: the postings of {needed[0]!r} cannot "
                    "be merged from Whoosh's blocks (add documents before merging)"
                )
            self._write_flat_from_blocks()
            return
        handle = self.newsegment.create_file(self.storage, EXTENSION)
        try:
            write_merged(handle, [s for s in sources if s is not None])
        finally:
            handle.close()

    def _write_flat_from_blocks(self) -> None:
        """The flat postings of a segment Whoosh's pool wrote, read back from its blocks."""
        segment = self.get_segment()
        reader = SegmentReader(self.storage, self.schema, segment)
        try:
            handle = segment.create_file(self.storage, EXTENSION)
            try:
                write_from_blocks(reader, handle)
            finally:
                handle.close()
        finally:
            reader.close()

    def _inverted(self) -> Any:
        """(field name, :class:`_Inverted`) by field name, each buffer freed once inverted."""
        for fieldname in sorted(self._postings):
            buffer = self._postings.pop(fieldname)
            inverted = _Inverted(buffer)
            del buffer
            yield fieldname, inverted

    def _postings_to_pool(self) -> FlatSegment | None:
        """This writer's own postings into Whoosh's pool; returns them as flat postings
        (in memory), or None where it added no document."""
        add = self.pool.add
        buffer = BytesIO()
        flat = FlatWriter(buffer)
        for fieldname, inv in self._inverted():
            if not self._plans[fieldname].flat_only:  # else nothing of it in Whoosh's files
                docs, weights = inv.docs.tolist(), inv.weights.tolist()
                starts = inv.starts.tolist()
                for t, btext in enumerate(inv.btexts):
                    for i in range(starts[t], starts[t + 1]):
                        add((fieldname, btext, docs[i], weights[i], inv.value(i)))
            if len(inv):
                positions = None
                if inv.position_starts is not None and inv.positions is not None:
                    positions = (inv.position_starts, inv.positions)
                flat.add_field(fieldname, inv.btexts, inv.starts, inv.docs,
                               inv.weights.astype(np.float32), positions, inv.frequencies)
        flat.finish()
        return FlatSegment(buffer.getvalue()) if self._own_documents else None

    def _write_postings(self) -> None:
        handle = self.newsegment.create_file(self.storage, EXTENSION)
        try:
            flat = FlatWriter(handle)
            encoder = PostingsEncoder(self.fieldwriter, flat)
            schema = self.schema
            for fieldname, inv in self._inverted():
                encoder.write_field(fieldname, schema[fieldname], inv,
                                    self._lengths.get(fieldname, []))
            flat.finish()
        finally:
            handle.close()


def _length_bytes(lengths: npt.NDArray[Any]) -> _Ints:
    """``length_to_byte`` of every item."""
    found: _Ints = np.searchsorted(_LENGTH_BYTES, lengths, side="left").astype(np.int64)
    found[lengths >= _LENGTH_TOP] = 255
    return found


def _exact_sums(weights: npt.NDArray[np.float32]) -> bool:
    """Whether sums of these weights are exact, so the same in any order (numpy sums in its
    own order, Whoosh one by one): multiples of 1/1024 (the project's boosts are 1, 2, 3, 0.5,
    0.25 ...) whose total stays far below float precision."""
    if not np.isfinite(weights).all():
        return False
    if float(np.abs(weights).sum(dtype=np.float64)) >= _EXACT_SUM_LIMIT:
        return False
    scaled = weights * np.float32(_DYADIC)  # a power of two: exact
    return bool(np.array_equal(scaled, np.floor(scaled)))


#: Blocks whose statistics are turned into Python numbers at a time (bounds that memory).
_CHUNK_BLOCKS = 4096
#: Block edges: the first block of a term starts its posting list, the last one ends it.
_FIRST, _LAST = 1, 2


class _Blocks:
    """Every block of a field's posting lists and its statistics, computed for all at once.

    Block ``b`` holds postings ``start[b]:start[b] + size[b]``. Per block: the last docnum,
    the header's max weight (``top``) and length bytes, the weight mode (0: all 1.0, 1: one
    value, 2: varying) and whether it begins or ends its term's list (``edge``); per posting,
    the deltas and the weights as ``array('f')`` stores them; per term, the columns of its
    term info (:meth:`term_infos`).
    """

    def __init__(self, inv: _Inverted, limit: int, lengths: list[int]) -> None:
        starts, docs = inv.starts, inv.docs
        self.counts = counts = np.diff(starts)
        nblocks = (counts + (limit - 1)) // limit
        ends = np.cumsum(nblocks)
        self.first: _Ints = ends - nblocks
        if int(ends[-1]) == len(counts):
            bstart: _Ints = starts[:-1]
        else:
            term_of = np.repeat(np.arange(len(counts)), nblocks)
            bstart = starts[term_of] + (np.arange(int(ends[-1])) - self.first[term_of]) * limit
        bend = np.append(bstart[1:], starts[-1])
        self.start, self.size = bstart, bend - bstart
        self.last = docs[bend - 1]
        self.edge = np.zeros(len(bstart), dtype=np.int8)
        self.edge[self.first] |= _FIRST
        self.edge[ends - 1] |= _LAST
        self._weights(inv.weights, bstart, bend)
        self._lengths(docs, bstart, lengths)
        # unsigned: the differences across terms wrap around, but those are block starts
        self.deltas = deltas = np.empty_like(docs)
        deltas[0] = docs[0]
        np.subtract(docs[1:], docs[:-1], out=deltas[1:])
        deltas[bstart] = docs[bstart]

    def __len__(self) -> int:
        return len(self.start)

    def _weights(self, weights: _Floats, bstart: _Ints, bend: _Ints) -> None:
        self.floats = floats = weights.astype(np.float32)  # what array('f') stores
        low = np.minimum.reduceat(floats, bstart)
        high = np.maximum.reduceat(floats, bstart)
        self.mode = np.where((low == 1.0) & (high == 1.0), 0, np.where(low == high, 1, 2))
        if _exact_sums(floats):
            self.top: _Floats = np.maximum.reduceat(weights, bstart)
            sums = np.add.reduceat(floats, bstart, dtype=np.float64)
            self.total: _Floats = np.add.reduceat(sums, self.first)
            self.maxweight: _Floats = np.maximum.reduceat(
                np.where(self.top > 0, self.top, 0.0), self.first)
        else:
            self._weights_in_order(weights, bstart.tolist(), bend.tolist())

    def _weights_in_order(self, weights: _Floats, bstart: list[int], bend: list[int]) -> None:
        """Block and term statistics as Whoosh adds them, one by one (weights with other
        boosts, NaN)."""
        top: list[float] = []
        total, maxweight = [], []
        edges = self.edge.tolist()
        term_total, term_max = 0.0, 0.0
        for s, e, edge in zip(bstart, bend, edges, strict=True):
            if edge & _FIRST:
                term_total, term_max = 0.0, 0.0
            top.append(max(weights[s:e].tolist()))
            term_total += sum(self.floats[s:e].tolist())
            term_max = max(term_max, top[-1] if top[-1] > 0 else 0)
            if edge & _LAST:
                total.append(term_total)
                maxweight.append(term_max)
        self.top = np.asarray(top, dtype=np.float64)
        self.total = np.asarray(total, dtype=np.float64)
        self.maxweight = np.asarray(maxweight, dtype=np.float64)

    def _lengths(self, docs: _UInts, bstart: _Ints, lengths: list[int]) -> None:
        if not lengths:
            # a field without length column (every posting of a scorable field has a length)
            self.min_length = np.full(len(bstart), _NO_MIN_LENGTH)
            self.max_length = np.full(len(bstart), _NO_MAX_LENGTH)
        else:
            known = np.asarray(lengths, dtype=np.int32)[docs]
            self.min_length = _length_bytes(np.minimum.reduceat(known, bstart))
            self.max_length = _length_bytes(np.maximum.reduceat(known, bstart))
        self.term_lengths = (np.minimum.reduceat(self.min_length, self.first),
                             np.maximum.reduceat(self.max_length, self.first))

    def chunks(self) -> Any:
        """Per block, in chunks of Python numbers: (start, size, last docnum, top, min and max
        length byte, weight mode, edge)."""
        columns = (self.start, self.size, self.last, self.top, self.min_length,
                   self.max_length, self.mode, self.edge)
        for b in range(0, len(self), _CHUNK_BLOCKS):
            yield zip(*[c[b:b + _CHUNK_BLOCKS].tolist() for c in columns], strict=True)

    def term_infos(self, inv: _Inverted, offsets: array[int], sizes: array[int]) -> bytes:
        """Every term's ``W3TermInfo.to_bytes()``, one record of ``_TERM_INFO`` each."""
        infos = np.zeros(len(self.counts), dtype=_TERM_INFO)
        infos["weight"] = self.total
        infos["df"] = self.counts
        infos["minlength"], infos["maxlength"] = self.term_lengths
        infos["maxweight"] = self.maxweight
        infos["minid"] = inv.docs[inv.starts[:-1]]
        infos["maxid"] = inv.docs[inv.starts[1:] - 1]
        infos["offset"] = np.frombuffer(offsets, dtype=np.int64)
        infos["length"] = np.frombuffer(sizes, dtype=np.int64)
        return infos.tobytes()

    def data(self, inv: _Inverted, s: int, n: int, mode: int) -> bytes:
        """The pickled ``(deltas, weights, values)`` of ``n`` postings from ``s``."""
        floats = self.floats[s:s + n]
        weights: Any = None if mode == 0 else float(floats[0])
        if n >= ARRAY_MIN:
            deltas: Any = array("I", self.deltas[s:s + n].tobytes())
            if mode == 2:
                weights = array("f", floats.tobytes())
        else:
            deltas = tuple(self.deltas[s:s + n].tolist())
            if mode == 2:
                weights = tuple(floats.tolist())
        fixed = inv.fixed
        if fixed is None or fixed < 0:
            values: Any = tuple(inv.values[s:s + n])
            if inv.empty_values:
                values = tuple([v for v in values if v])
        elif fixed == 0:
            values = None
        else:
            values = inv.fixed_values[s * fixed:(s + n) * fixed]
        return dumps((deltas, weights, values), _DATA_PROTOCOL)


class PostingsEncoder:
    """Writes whole posting lists in the format of Whoosh's ``W3PostingsWriter``.

    Whoosh encodes a block with a generator per posting and calls half a dozen methods per
    posting and per term; here the statistics of all blocks and terms of a field are computed
    by numpy (:class:`_Blocks`), a block takes a few C-level operations, and the bytes of the
    posting file and of the term table are gathered in buffers.

    Deliberate differences, all invisible to Whoosh's reader (which takes any block length and
    any sequence type):

    * blocks hold up to :data:`BLOCK_POSTINGS` postings instead of Whoosh's 128, and the ids
      (deltas) and weights of blocks of :data:`ARRAY_MIN` postings or more are pickled as
      ``array`` objects instead of tuples of Python numbers. :mod:`indexer.engine.ranking` reads
      whole posting lists: an array is one buffer it decodes with numpy, and a long list has
      an eighth of the blocks;
    * block data is pickled with protocol 4 (:data:`_DATA_PROTOCOL`);
    * blocks shorter than :data:`COMPRESS_MIN` bytes are not compressed (Whoosh compresses
      every block, even one of a single posting, where zlib costs a set-up of ~10 µs and makes
      the block longer; the block header records it and the reader honours it).

    Decoded, every term's postings and term info are what Whoosh writes for the same postings
    (tested).
    """

    def __init__(self, fieldwriter: W3FieldWriter, flat: FlatWriter | None = None) -> None:
        codec = fieldwriter._codec
        self.fieldwriter = fieldwriter
        self.flat = flat
        self.blocklimit: int = BLOCK_POSTINGS
        self.compression: int = codec._compression
        self.tindex = fieldwriter._tindex
        self._fast_table = type(self.tindex) is OrderedHashWriter and self.tindex.hashtype == 0

    def write_field(self, fieldname: str, field: FieldType, inv: _Inverted,
                    lengths: list[int]) -> None:
        if flat_only(field):
            self._write_flat_only(fieldname, inv)
            return
        fieldwriter = self.fieldwriter
        fieldwriter.start_field(fieldname, field)
        if len(inv):
            blocks = _Blocks(inv, self.blocklimit, lengths)
            offsets, sizes = self._write_blocks(inv, blocks)
            infos = blocks.term_infos(inv, offsets, sizes)
            if self.flat is not None:
                positions = None
                if inv.position_starts is not None and inv.positions is not None:
                    positions = (inv.position_starts, inv.positions)
                self.flat.add_field(fieldname, inv.btexts, inv.starts, inv.docs, blocks.floats,
                                    positions)
            del blocks, offsets, sizes
            btexts = inv.release()
            self._write_terms(pack_ushort(fieldwriter._fieldid), btexts, infos)
        fieldwriter.finish_field()

    def _write_flat_only(self, fieldname: str, inv: _Inverted) -> None:
        """A field whose postings live in the flat arrays alone: nothing to Whoosh's term and
        posting files (:mod:`indexer.engine.flatterms` reads it from the flat arrays)."""
        if self.flat is None:
            raise ParteisucheError(f"{fieldname!r} keeps its postings in flat arrays only")
        if len(inv):
            positions = None
            if inv.position_starts is not None and inv.positions is not None:
                positions = (inv.position_starts, inv.positions)
            self.flat.add_field(fieldname, inv.btexts, inv.starts, inv.docs,
                                inv.weights.astype(np.float32), positions, inv.frequencies)
        inv.release()

    def _write_blocks(self, inv: _Inverted, blocks: _Blocks) -> tuple[array[int], array[int]]:
        """Append every term's blocks to the posting file; return each term's extent."""
        postfile = self.fieldwriter._postfile
        position = postfile.tell()
        posts = bytearray()
        level = self.compression
        offsets, sizes = array("q"), array("q")
        data_of = blocks.data
        begin = 0
        for chunk in blocks.chunks():
            for s, n, last, top, low, high, mode, edge in chunk:
                if edge & _FIRST:
                    begin = position + len(posts)
                    posts += _MAGIC
                data = data_of(inv, s, n, mode)
                comp = level if len(data) >= COMPRESS_MIN else 0
                if comp:
                    data = deflate(data, comp)
                info = dumps((n, last, top if top > 0 else 0, comp, low, high), 2)
                length = len(info) + len(data)
                posts += pack_int(-length if edge & _LAST else length)
                posts += info
                posts += data
                if edge & _LAST:
                    offsets.append(begin)
                    sizes.append(position + len(posts) - begin)
                    if len(posts) > _FLUSH_BYTES:
                        postfile.write(bytes(posts))
                        position += len(posts)
                        posts.clear()
        postfile.write(bytes(posts))
        return offsets, sizes

    def _write_terms(self, prefix: bytes, btexts: list[bytes], infos: bytes) -> None:
        width = _TERM_INFO.itemsize
        if self._fast_table:
            _TermTable(self.tindex).add_all(prefix, btexts, infos, width)
            return
        for i, btext in enumerate(btexts):
            self.tindex.add(prefix + btext, infos[i * width:(i + 1) * width])


class _TermTable:
    """``OrderedHashWriter.add`` for many keys: records gathered in a buffer (same bytes)."""

    def __init__(self, tindex: OrderedHashWriter) -> None:
        self.tindex = tindex
        self.dbfile = tindex.dbfile

    def add_all(self, prefix: bytes, btexts: list[bytes], infos: bytes, width: int) -> None:
        """Add ``prefix + btexts[i]`` with the ``i``-th ``width``-byte record of ``infos``."""
        tindex = self.tindex
        position = self.dbfile.tell()
        buffer = bytearray()
        index = tindex.index.append
        buckets = tindex.buckets
        pack = _LENGTHS.pack
        lastkey: bytes = tindex.lastkey
        offset = 0
        for btext in btexts:
            key = prefix + btext
            if key <= lastkey:
                raise ValueError(f"Keys must increase: {lastkey!r}..{key!r}")
            pos = position + len(buffer)
            index(pos)
            buffer += pack(len(key), width)
            buffer += key
            buffer += infos[offset:offset + width]
            offset += width
            h = int.from_bytes(md5(key).digest()[12:], "big")  # filetables.md5_hash
            buckets[h & 255].append((h, pos))
            lastkey = key
        self.dbfile.write(bytes(buffer))
        tindex.lastkey = lastkey
