"""Flat posting arrays inside each segment: a term's postings as views of the memory map.

Whoosh's W3 posting blocks are pickles of a block's ids, weights *and* every posting's encoded
positions, mostly zlib-compressed: reading a term's ids means decompressing and unpickling its
positions too. Finding a term costs a Python-level hash probe per segment (~14 µs). Both grow
with the corpus: at ten times the Bundestag corpus (73 segments) they were 60 % of a query.

The segment writer (:mod:`indexer.engine.codec`) therefore also stores each field's postings as
plain arrays, in one more file of the segment (:data:`EXTENSION`, packed into the compound ``.seg``
file with Whoosh's own):

* terms in byte order; per term the start of its postings (``starts``);
* the postings: segment-local document numbers and weights (the ``float32`` values the W3
  blocks store, so the values are the same);
* for lookup, the CRC-32 of every term sorted (``hashes``) with the term each belongs to
  (``order``), and the term bytes to verify a hit (``texts``, ``text_starts``);
* for fields with positions, every posting's positions in one array, term after term and
  posting after posting, with per posting their number (``position_counts``) and per term
  where its positions start (``position_term_starts``): phrases need no unpickling either.

Each array is stored in the narrowest type that holds its values exactly (version 2; version 1
used ``uint32``/``int64``/``float32`` throughout and took 322 of the Bundestag index's 712 MB):
document numbers and positions in ``uint16`` where a segment's fit (a segment holds some 5,000
speeches, a speech a few thousand words), offsets in ``uint32`` below 4 GiB, weights in
``float16`` where every weight survives the round trip (sums of the boosts 1, 0.5 and 0.25
below 2,048 do). A field with positions whose weights are its position counts times one
factor (``exact``: 1.0, ``person_text``: its field boost) stores no weights at all: they are
the position counts times ``weight_per_position``
(:meth:`FlatField.weights_of`). Readers widen to ``int64``/``float64`` as they did before, so
scores are bit for bit those of version 1.

Version 3 keeps each posting's number of positions (``uint8`` where all are below 256) and a
start per term instead of a 32-bit start per posting: the starts of a term's postings are its
start plus the running sum of the counts (:meth:`FlatField.position_bounds`), one ``cumsum``
over postings that a phrase reads anyway. That took the ``exact`` field's 37 MB of starts in
the Bundestag index to some 12.

Version 4 may keep, for a field without positions, each posting's frequency (the number of
its tokens, ``frequencies``: ``uint8`` where all are below 256), which Whoosh's posting values
hold and its weights do not (a compound part adds half a token's weight).

Finding a term is a binary search over the sorted hashes and a byte comparison; reading it is
two slices.
The file ends with a JSON directory of the arrays, found through its last eight bytes.

Whoosh's own files stay readable by Whoosh, but for the text fields they hold nothing: ``title``
and ``text`` keep their terms and postings here alone (:class:`indexer.schema.FlatFrequency`),
``exact`` and ``person_text`` their positions too (:class:`indexer.schema.FlatPositions`), and
Whoosh's reader reads them from here (:mod:`indexer.engine.flatterms`). A merged segment
gets this file merged from the merged segments' (:mod:`indexer.engine.flatmerge`). A segment
without a file this version reads (Whoosh's own writer's, or a damaged one) is read from its
blocks (:mod:`indexer.engine.postings`) except for such a field: there it is refused, naming
the file (:func:`unreadable`).

The same format, with a list of member segments in its directory, holds the merged postings of
runs of consecutive segments (:mod:`indexer.engine.flatgroups`).
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from indexer.engine.postings import blocks, decode_positions, weights_array
from indexer.errors import ParteisucheError
from indexer.schema import flat_only

#: The file's extension within a segment (``MAIN_<segment id>.flp``).
EXTENSION = ".flp"
MAGIC = b"PSFLAT\x00"
#: Bumped when the layout changes; files of other versions are ignored (read from blocks).
#: 2: narrowest array types, derived weights, a directory entry per field with its arrays.
#: 3: positions counted per posting and started per term (``position_counts``,
#: ``position_term_starts``) instead of a start per posting.
#: 4: the frequencies of a field without positions (``frequencies``), for the fields whose
#: postings live here alone (:class:`indexer.schema.FlatFrequency`).
VERSION = 4
_TAIL = struct.Struct("<Q")
_ALIGN = 8
#: The array types a file may hold (anything else is a damaged or foreign file).
_KINDS = frozenset({"<u2", "<u4", "<i8", "<f2", "<f4", "|u1"})
#: The arrays every field has; ``weights``, ``frequencies`` and the three position arrays are
#: optional.
_REQUIRED = ("hashes", "order", "starts", "text_starts", "texts", "docs")
_POSITION_ARRAYS = ("position_counts", "position_term_starts", "positions")

UInts = NDArray[np.uint32]
Ints = NDArray[np.int64]
Floats32 = NDArray[np.float32]


#: The lookup key of a term's bytes (collisions are resolved by comparing the bytes).
_hash = zlib.crc32


#: Postings summed at once by :meth:`FlatField.weight_sums` (a bound on its scratch memory).
_SUM_STRETCH = 1 << 20


def term_hashes(btexts: list[bytes]) -> UInts:
    """The lookup key of each term."""
    key = _hash
    return np.fromiter((key(b) for b in btexts), dtype=np.uint32, count=len(btexts))


class FlatWriter:
    """Writes the flat postings of a segment's fields to an open file, one field at a time.

    Each field's arrays are written as soon as they are added, so the writer holds no posting
    once a field is done; :meth:`finish` appends the directory.
    """

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self._position = 0
        self._fields: dict[str, dict[str, Any]] = {}
        self._write(MAGIC + bytes([VERSION]))

    def add_field(
        self,
        name: str,
        btexts: list[bytes],
        starts: Ints,
        docs: UInts,
        weights: Floats32,
        positions: tuple[NDArray[Any], UInts] | None = None,
        frequencies: NDArray[Any] | None = None,
    ) -> None:
        """One field: its terms in byte order, ``starts`` (len(btexts) + 1 posting offsets),
        document numbers and weights per posting, and optionally (per posting starts, all
        positions) or, for a field without positions, each posting's frequency."""
        hashes = term_hashes(btexts)
        order = np.argsort(hashes, kind="stable").astype(np.uint32)
        lengths = np.fromiter(map(len, btexts), dtype=np.int64, count=len(btexts))
        text_starts = np.zeros(len(btexts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=text_starts[1:])
        arrays: dict[str, Any] = {
            "hashes": hashes[order],
            "order": order,
            "starts": offsets_array(starts),
            "text_starts": offsets_array(text_starts),
            "texts": np.frombuffer(b"".join(btexts), dtype=np.uint8),
            "docs": numbers_array(docs),
        }
        weights32 = np.asarray(weights, dtype=np.float32)
        per_position = None
        if positions is not None:
            position_starts = np.asarray(positions[0])
            counts = np.diff(position_starts)  # the starts' own type: no 64-bit copy
            arrays["position_counts"] = numbers_array(counts, narrowest=True)
            arrays["position_term_starts"] = offsets_array(
                position_starts[np.asarray(starts, dtype=np.int64)]
            )
            arrays["positions"] = numbers_array(positions[1])
            per_position = weight_per_position(weights32, counts)
        elif frequencies is not None:
            arrays["frequencies"] = numbers_array(np.asarray(frequencies), narrowest=True)
        if per_position is None:
            arrays["weights"] = compact_weights(weights32)
        entry: dict[str, Any] = {}
        for key, array in arrays.items():
            self._write(bytes(-self._position % _ALIGN))
            entry[key] = [self._position, _little(array).dtype.str, len(array)]
            self._write(np.ascontiguousarray(_little(array)).data.cast("B"))  # no copy
        self._fields[name] = {"arrays": entry, "weight_per_position": per_position}

    def finish(self, members: list[tuple[str, int]] | None = None) -> None:
        """Append the directory and its length; ``members`` names the segments (id, documents)
        a group file covers (:mod:`indexer.engine.flatgroups`)."""
        content: dict[str, Any] = {"version": VERSION, "fields": self._fields}
        if members is not None:
            content["members"] = [[segment, count] for segment, count in members]
        directory = json.dumps(content).encode("utf-8")
        self._write(directory + _TAIL.pack(len(directory)))

    def _write(self, data: bytes | memoryview) -> None:
        self._handle.write(data)
        self._position += len(data)


def _little(array: NDArray[Any]) -> NDArray[Any]:
    """The array in little-endian order (the file's), a no-op on little-endian machines."""
    if array.dtype.byteorder == ">" or (array.dtype.byteorder == "=" and sys.byteorder == "big"):
        return array.astype(array.dtype.newbyteorder("<"))
    return array


def numbers_array(values: NDArray[Any], narrowest: bool = False) -> NDArray[Any]:
    """Unsigned numbers (document numbers, positions) as ``uint16`` where they fit, else
    ``uint32``; ``narrowest``: ``uint8`` where they fit that (counts, mostly ones)."""
    values = np.asarray(values)
    top = int(values.max()) if len(values) else 0
    if narrowest and top < 2**8:
        return values.astype(np.uint8)
    if top < 2**16:
        return values.astype(np.uint16)
    return values.astype(np.uint32)


def offsets_array(values: Any) -> NDArray[Any]:
    """Ascending offsets (the last is the largest) as ``uint32`` below 2**32, else ``int64``."""
    found: NDArray[Any] = np.asarray(values)
    if not len(found) or int(found[-1]) < 2**32:
        return found.astype(np.uint32)
    return found.astype(np.int64)


def compact_weights(weights: Floats32) -> NDArray[Any]:
    """``float16`` where every weight survives the round trip exactly, else ``float32``."""
    with np.errstate(over="ignore"):  # too large: infinite, so not equal
        half = weights.astype(np.float16)
    if np.array_equal(half.astype(np.float32), weights):
        return half
    return weights


def weight_per_position(weights: Floats32, position_counts: NDArray[Any]) -> float | None:
    """The factor ``w`` with ``weights == counts * w`` (counts: positions per posting), or None
    where there is none (then the weights are stored)."""
    if not len(weights):
        return None
    counts = np.asarray(position_counts).astype(np.float32)
    if not counts[0] or not np.isfinite(weights).all():
        return None
    factor = np.float32(weights[0] / counts[0])
    if not np.array_equal(counts * factor, weights):
        return None
    return float(factor)


_CODES: dict[str, Literal["H", "I", "q"]] = {"<u2": "H", "<u4": "I", "<i8": "q"}


def _items(array: NDArray[Any]) -> memoryview:
    """A memoryview of ``array`` whose items are Python ints (in the native type of its own).

    The arrays sit inside a compound segment file at any offset, so they may be unaligned,
    and numpy exports unaligned arrays in a format memoryview cannot index: the view is made
    from the bytes. The file is little-endian; elsewhere the items are converted first.
    """
    code = _CODES[array.dtype.newbyteorder("<").str]
    if sys.byteorder != "little":
        array = array.astype(array.dtype.newbyteorder("="))
    view: memoryview = array.view(np.uint8).data.cast(code)
    return view


@dataclass(frozen=True)
class FlatField:
    """One field's flat postings in one segment (views of the segment's buffer)."""

    hashes: UInts
    order: UInts
    #: per term, the start of its postings (``uint32``, or ``int64`` where they must)
    starts: NDArray[Any]
    text_starts: NDArray[Any]
    texts: memoryview
    #: per posting, the document number (``uint16`` or ``uint32``)
    docs: NDArray[Any]
    #: per posting, its weight (``float16`` or ``float32``); None where the weights are the
    #: position counts times :attr:`weight_per_position` (read them with :meth:`weights_of`)
    weights: NDArray[Any] | None
    #: per posting, its number of positions (``uint8``, ``uint16`` or ``uint32``)
    position_counts: NDArray[Any] | None
    #: per term (and one more), where its positions start in :attr:`positions`
    position_term_starts: NDArray[Any] | None
    #: every posting's positions, in posting order
    positions: NDArray[Any] | None
    weight_per_position: float | None = None
    #: per posting of a field without positions, its frequency (the count of its tokens;
    #: ``uint8``, ``uint16`` or ``uint32``), where the writer kept it
    frequencies: NDArray[Any] | None = None

    def __post_init__(self) -> None:
        if self.weights is None and (
            self.position_counts is None or self.weight_per_position is None
        ):
            raise ValueError("flat postings without weights and without positions to derive them")
        # Term lookups index these item by item: a memoryview hands out Python ints in ~40 ns,
        # where each numpy call costs a microsecond (and a query looks up every term in every
        # segment, so the calls add up).
        object.__setattr__(self, "_hashes", _items(self.hashes))
        object.__setattr__(self, "_order", _items(self.order))
        object.__setattr__(self, "_text_starts", _items(self.text_starts))
        object.__setattr__(self, "_starts", _items(self.starts))

    def weights_of(self, start: int, end: int) -> NDArray[Any]:
        """The weights of postings ``start:end`` (as stored, or derived from the positions:
        the ``float32`` values the writer checked to be equal to the weights given)."""
        if self.weights is not None:
            return self.weights[start:end]
        assert self.position_counts is not None and self.weight_per_position is not None
        counts = self.position_counts[start:end].astype(np.float32)
        derived: Floats32 = counts * np.float32(self.weight_per_position)
        return derived

    def counts_of(self, start: int, end: int) -> NDArray[Any] | None:
        """The frequencies of postings ``start:end`` (Whoosh's posting values): the position
        counts of a field with positions, the kept frequencies of one without, or None."""
        if self.position_counts is not None:
            return self.position_counts[start:end]
        if self.frequencies is not None:
            return self.frequencies[start:end]
        return None

    def position_bounds(self, start: int, end: int) -> Ints:
        """Where the positions of postings ``start:end`` begin in :attr:`positions`, and
        where the last one's end (``end - start + 1`` offsets): the start of the term of
        posting ``start``, plus the counts of the postings before it, plus a running sum."""
        counts, term_starts = self.position_counts, self.position_term_starts
        assert counts is not None and term_starts is not None
        term = bisect_right(self._starts, start) - 1  # type: ignore[attr-defined]
        first = self._starts[term]  # type: ignore[attr-defined]
        base = int(term_starts[term])
        if first < start:
            base += int(counts[first:start].sum(dtype=np.int64))
        bounds = np.empty(end - start + 1, dtype=np.int64)
        bounds[0] = base
        np.cumsum(counts[start:end], dtype=np.int64, out=bounds[1:])
        bounds[1:] += base
        return bounds

    def find(self, btext: bytes) -> int:
        """The term's number in this field (byte order), or -1 if the segment lacks it."""
        key = _hash(btext)
        hashes: memoryview = self._hashes  # type: ignore[attr-defined]
        order: memoryview = self._order  # type: ignore[attr-defined]
        text_starts: memoryview = self._text_starts  # type: ignore[attr-defined]
        at = bisect_left(hashes, key)
        size = len(hashes)
        while at < size and hashes[at] == key:
            term = order[at]
            if self.texts[text_starts[term] : text_starts[term + 1]] == btext:
                return int(term)
            at += 1  # another term with the same hash
        return -1

    def find_many(self, btexts: list[bytes]) -> list[int]:
        """:meth:`find` for many terms: their hashes looked up in one vectorised search
        ("similar documents" asks for the collection frequency of hundreds of words a page,
        in every segment)."""
        if not btexts:
            return []
        keys = term_hashes(btexts)
        places = np.searchsorted(self.hashes, keys).tolist()
        hashes: memoryview = self._hashes  # type: ignore[attr-defined]
        order: memoryview = self._order  # type: ignore[attr-defined]
        text_starts: memoryview = self._text_starts  # type: ignore[attr-defined]
        size = len(hashes)
        numbers: list[int] = []
        for btext, key, at in zip(btexts, keys.tolist(), places, strict=True):
            number = -1
            while at < size and hashes[at] == key:
                term = order[at]
                if self.texts[text_starts[term] : text_starts[term + 1]] == btext:
                    number = int(term)
                    break
                at += 1
            numbers.append(number)
        return numbers

    def weight_sums(self) -> Floats32:
        """Per term, the sum of its postings' weights rounded to ``float32`` (as Whoosh's
        term infos store it: the collection frequency). Summed once per field, in stretches
        of about a million postings; a term's own sum is the ``float64`` sum of its weights,
        as :meth:`FlatTermsReader.frequency` computes it one term at a time."""
        cached: Floats32 | None = self.__dict__.get("_weight_sums")
        if cached is not None:
            return cached
        starts = np.asarray(self.starts, dtype=np.int64)
        terms = len(starts) - 1
        sums = np.zeros(terms, dtype=np.float32)
        first = 0
        while first < terms:
            last = int(np.searchsorted(starts, starts[first] + _SUM_STRETCH, side="right")) - 1
            last = min(max(last, first + 1), terms)
            begin, end = int(starts[first]), int(starts[last])
            if end > begin:
                bounds = np.minimum(starts[first:last] - begin, end - begin - 1)
                totals = np.add.reduceat(self.weights_of(begin, end), bounds, dtype=np.float64)
                empty = starts[first + 1 : last + 1] == starts[first:last]
                totals[empty] = 0.0
                sums[first:last] = totals.astype(np.float32)
            first = last
        object.__setattr__(self, "_weight_sums", sums)
        return sums

    def terms(self) -> list[bytes]:
        """Every term's bytes, in byte order (term number order)."""
        data = bytes(self.texts)
        bounds = self.text_starts.tolist()
        return [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]

    def term_at(self, term: int) -> bytes:
        """The bytes of term number ``term``."""
        text_starts: memoryview = self._text_starts  # type: ignore[attr-defined]
        return bytes(self.texts[text_starts[term] : text_starts[term + 1]])

    def first_from(self, btext: bytes) -> int:
        """The number of the first term not below ``btext`` (terms are in byte order); the
        number of terms if there is none."""
        return bisect_left(range(len(self.hashes)), btext, key=self.term_at)

    def span(self, term: int) -> tuple[int, int]:
        """The term's postings: ``docs[start:end]``, ``weights_of(start, end)``."""
        starts: memoryview = self._starts  # type: ignore[attr-defined]
        return starts[term], starts[term + 1]


def write_from_blocks(reader: Any, handle: Any) -> None:
    """The flat postings of a finished segment, read back from its W3 blocks.

    For the segments Whoosh's own merge writes (``optimize``, and commits that fold small
    segments together): slower than writing them from the codec's arrays (a Python loop per
    term, and positions unpickled per posting), but merges take minutes anyway. A field whose
    postings live in the flat arrays alone has no blocks: it is left out.
    """
    writer = FlatWriter(handle)
    schema = reader.schema
    for name in schema.names():
        field = schema[name]
        if not field.indexed or flat_only(field):
            continue
        if name not in reader.indexed_field_names():
            continue
        with_positions = bool(field.format and field.format.supports("positions"))
        btexts = list(reader.lexicon(name))
        if not btexts:
            continue
        starts = [0]
        doc_parts: list[Any] = []
        weight_parts: list[Any] = []
        counts: list[int] = []
        found: list[int] = []  # every position, posting after posting
        for btext in btexts:
            total = 0
            for ids, weights, values in blocks(reader, name, btext):
                total += len(ids)
                doc_parts.append(ids)
                weight_parts.append(weights_array(weights, len(ids)))
                if with_positions:
                    for value in values:
                        decoded = decode_positions(value)
                        counts.append(len(decoded))
                        found.extend(decoded)
            starts.append(starts[-1] + total)
        positions = None
        if with_positions:
            position_starts = np.zeros(len(counts) + 1, dtype=np.int64)
            np.cumsum(counts, out=position_starts[1:])
            positions = (position_starts, np.asarray(found, dtype=np.uint32))
        writer.add_field(
            name, btexts, np.asarray(starts, dtype=np.int64),
            np.concatenate(doc_parts).astype(np.uint32),
            np.concatenate(weight_parts).astype(np.float32), positions,
        )
    writer.finish()


class FlatUnreadable(ValueError):
    """A segment's flat postings are missing or damaged (the message names the file)."""


def unreadable(leaf: Any, field: str, positions: bool = True) -> ParteisucheError:
    """The error for a segment whose flat postings a field needs (its postings, or its
    positions, live there alone: :func:`indexer.schema.flat_only`) but cannot be read;
    ``positions``: what fails are the field's phrases, else its words."""
    try:
        flat = FlatSegment.load(leaf)
        problem = f"its flat postings lack the positions of {field!r}"
        if flat.field(field) is None:
            problem = f"its flat postings lack the field {field!r}"
    except FlatUnreadable as exc:
        problem = str(exc)
    failing = "phrases" if positions else f"the words of {field!r}"
    return ParteisucheError(
        f"The index is damaged ({problem}): {failing} cannot be read. "
        "Run `parteisuche reindex` to rebuild it."
    )


class FlatSegment:
    """The flat postings of one segment, by field."""

    def __init__(self, buffer: Any) -> None:
        view = memoryview(buffer).cast("B")
        if len(view) < len(MAGIC) + 1 + _TAIL.size or bytes(view[: len(MAGIC)]) != MAGIC:
            raise ValueError("not a flat postings file")
        self.version = view[len(MAGIC)]
        if self.version != VERSION:
            raise ValueError(f"flat postings version {self.version}, this is {VERSION}")
        (size,) = _TAIL.unpack(view[len(view) - _TAIL.size :])
        start = len(view) - _TAIL.size - size
        if start < len(MAGIC) + 1:
            raise ValueError("flat postings: the directory length points outside the file")
        directory = json.loads(bytes(view[start : start + size]))
        #: The bytes of the file (what merging it reads).
        self.nbytes = len(view)
        #: For a group file: the segments it covers, in order, as (segment id, documents).
        self.members: list[tuple[str, int]] | None = None
        if "members" in directory:
            self.members = [(str(s), int(n)) for s, n in directory["members"]]
        self.fields: dict[str, FlatField] = {}
        for name, entry in directory["fields"].items():
            self.fields[name] = _field(view, start, name, entry)

    @classmethod
    def of(cls, leaf: Any) -> FlatSegment | None:
        """The flat postings of a Whoosh segment reader, or None (then read its blocks)."""
        try:
            return cls.load(leaf)
        except FlatUnreadable:
            return None

    @classmethod
    def load(cls, leaf: Any) -> FlatSegment:
        """The flat postings of a Whoosh segment reader; raises :class:`FlatUnreadable`
        naming the file and what is wrong with it."""
        segment = getattr(leaf, "segment", None)
        storage = getattr(leaf, "_storage", None)
        if segment is None or storage is None:
            raise FlatUnreadable("not a segment reader")
        return cls.from_storage(storage, segment())

    @classmethod
    def from_storage(cls, storage: Any, segment: Any) -> FlatSegment:
        """The flat postings of ``segment`` in ``storage`` (the segment's compound storage
        where it has one); raises :class:`FlatUnreadable` as :meth:`load`."""
        name = segment.make_filename(EXTENSION)
        if not storage.file_exists(name):
            raise FlatUnreadable(f"{name} is missing")
        handle = storage.open_file(name)
        buffer = getattr(handle, "_buf", None)  # Whoosh's BufferFile: a slice of the map
        if buffer is None:
            buffer = handle.read()
            handle.close()
        try:
            flat = cls(buffer)
        except (ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise FlatUnreadable(f"{name}: {exc}") from exc
        return flat

    def field(self, name: str) -> FlatField | None:
        return self.fields.get(name)


def _field(view: memoryview, end: int, name: str, entry: dict[str, Any]) -> FlatField:
    """One field's arrays from the directory entry, each checked to lie before the directory
    (``end``) and to have a known type and a consistent length, so that a damaged file is
    refused here with a clear message rather than failing inside a query."""
    listed = dict(entry["arrays"])
    missing = [key for key in _REQUIRED if key not in listed]
    if missing:
        raise ValueError(f"flat postings of {name!r} lack {', '.join(missing)}")
    arrays: dict[str, Any] = {}
    for key, (offset, kind, count) in listed.items():
        if kind not in _KINDS:
            raise ValueError(f"flat postings of {name!r}: unknown array type {kind!r} ({key})")
        dtype = np.dtype(kind)
        if offset < 0 or count < 0 or offset + count * dtype.itemsize > end:
            raise ValueError(f"flat postings of {name!r}: {key} reaches beyond the arrays")
        arrays[key] = np.frombuffer(view, dtype=dtype, count=count, offset=offset)
    _check_lengths(name, arrays)
    del arrays["texts"]
    at, _kind, length = listed["texts"]
    return FlatField(
        texts=view[at : at + length],
        weights=arrays.pop("weights", None),
        position_counts=arrays.pop("position_counts", None),
        position_term_starts=arrays.pop("position_term_starts", None),
        positions=arrays.pop("positions", None),
        frequencies=arrays.pop("frequencies", None),
        weight_per_position=entry.get("weight_per_position"),
        **arrays,
    )


def _check_lengths(name: str, arrays: dict[str, Any]) -> None:
    """Refuse a field whose arrays disagree in length with each other."""
    terms = len(arrays["hashes"])
    postings = len(arrays["docs"])
    expected = {"order": terms, "starts": terms + 1, "text_starts": terms + 1,
                "weights": postings, "position_counts": postings, "frequencies": postings,
                "position_term_starts": terms + 1}
    for key, length in expected.items():
        if key in arrays and len(arrays[key]) != length:
            raise ValueError(f"flat postings of {name!r}: {key} has {len(arrays[key])} items, "
                             f"expected {length}")
    if terms and (int(arrays["starts"][-1]) != postings
                  or int(arrays["text_starts"][-1]) != len(arrays["texts"])):
        raise ValueError(f"flat postings of {name!r}: offsets and arrays disagree")
    held = [key in arrays for key in _POSITION_ARRAYS]
    if any(held) and not all(held):
        raise ValueError(f"flat postings of {name!r}: positions without their counts or starts")
    if all(held) and int(arrays["position_term_starts"][-1]) != len(arrays["positions"]):
        raise ValueError(f"flat postings of {name!r}: position starts and positions disagree")
