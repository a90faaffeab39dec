"""Flat posting arrays inside each segment: a term's postings as views of the memory map.

Whoosh's W3 posting blocks are pickles of a block's ids, weights *and* every posting's encoded
positions, mostly zlib-compressed: reading a term's ids means decompressing and unpickling its
positions too. Finding a term costs a Python-level hash probe per segment (~14 µs). Both grow
with the corpus: at ten times the Bundestag corpus (73 segments) they were 60 % of a query.

The segment writer (:mod:`indexer.engine.codec`) therefore also stores each field's postings as
plain arrays, in one more file of the segment (:data:`EXTENSION`, packed into the compound ``.seg``
file with Whoosh's own):

* terms in byte order; per term the start of its postings (``starts``);
* the postings: segment-local document numbers (``uint32``) and weights (``float32``: what the
  W3 blocks store, so the values are the same);
* for lookup, the CRC-32 of every term sorted (``hashes``) with the term each belongs to
  (``order``), and the term bytes to verify a hit (``texts``, ``text_starts``);
* for fields with positions, every posting's positions in one ``uint32`` array, with per
  posting starts (``position_starts``): phrases need no unpickling either.

Finding a term is a binary search over the sorted hashes and a byte comparison; reading it is
two slices.
The file ends with a JSON directory of the arrays, found through its last eight bytes.

Whoosh's own files stay complete: Whoosh reads and merges them as always, and a segment
without this file (one written by Whoosh's merge, or by an older version) is read from its
blocks (:mod:`indexer.engine.postings`). A file this version cannot read counts as absent.

The same format, with a list of member segments in its directory, holds the merged postings of
runs of consecutive segments (:mod:`indexer.engine.flatgroups`).
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from indexer.engine.postings import blocks, decode_positions, weights_array

#: The file's extension within a segment (``MAIN_<segment id>.flp``).
EXTENSION = ".flp"
MAGIC = b"PSFLAT\x00"
#: Bumped when the layout changes; files of other versions are ignored (read from blocks).
VERSION = 1
_TAIL = struct.Struct("<Q")
_ALIGN = 8

UInts = NDArray[np.uint32]
Ints = NDArray[np.int64]
Floats32 = NDArray[np.float32]


#: The lookup key of a term's bytes (collisions are resolved by comparing the bytes).
_hash = zlib.crc32


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
    ) -> None:
        """One field: its terms in byte order, ``starts`` (len(btexts) + 1 posting offsets),
        document numbers and weights per posting, and optionally (per posting starts, all
        positions)."""
        hashes = term_hashes(btexts)
        order = np.argsort(hashes, kind="stable").astype(np.uint32)
        lengths = np.fromiter(map(len, btexts), dtype=np.int64, count=len(btexts))
        text_starts = np.zeros(len(btexts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=text_starts[1:])
        arrays: dict[str, Any] = {
            "hashes": hashes[order],
            "order": order,
            "starts": np.asarray(starts, dtype=np.int64),
            "text_starts": text_starts,
            "texts": np.frombuffer(b"".join(btexts), dtype=np.uint8),
            "docs": np.asarray(docs, dtype=np.uint32),
            "weights": np.asarray(weights, dtype=np.float32),
        }
        if positions is not None:
            arrays["position_starts"] = np.asarray(positions[0])  # 32 or 64 bits
            arrays["positions"] = np.asarray(positions[1], dtype=np.uint32)
        entry: dict[str, Any] = {}
        for key, array in arrays.items():
            self._write(bytes(-self._position % _ALIGN))
            entry[key] = [self._position, array.dtype.str, len(array)]
            self._write(np.ascontiguousarray(array).data.cast("B"))  # no copy
        self._fields[name] = entry

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


def _items(array: NDArray[Any], code: Literal["I", "q"]) -> memoryview:
    """A memoryview of ``array`` whose items are Python ints (``code``: the native type code).

    The arrays sit inside a compound segment file at any offset, so they may be unaligned,
    and numpy exports unaligned arrays in a format memoryview cannot index: the view is made
    from the bytes. The file is little-endian; elsewhere the items are converted first.
    """
    if sys.byteorder != "little":
        array = array.astype(array.dtype.newbyteorder("="))
    return array.view(np.uint8).data.cast(code)


@dataclass(frozen=True)
class FlatField:
    """One field's flat postings in one segment (views of the segment's buffer)."""

    hashes: UInts
    order: UInts
    starts: Ints
    text_starts: Ints
    texts: memoryview
    docs: UInts
    weights: Floats32
    #: per posting, where its positions start (unsigned 32 bits, or 64 where they must)
    position_starts: NDArray[Any] | None
    positions: UInts | None

    def __post_init__(self) -> None:
        # Term lookups index these item by item: a memoryview hands out Python ints in ~40 ns,
        # where each numpy call costs a microsecond (and a query looks up every term in every
        # segment, so the calls add up).
        object.__setattr__(self, "_hashes", _items(self.hashes, "I"))
        object.__setattr__(self, "_order", _items(self.order, "I"))
        object.__setattr__(self, "_text_starts", _items(self.text_starts, "q"))
        object.__setattr__(self, "_starts", _items(self.starts, "q"))

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

    def terms(self) -> list[bytes]:
        """Every term's bytes, in byte order (term number order)."""
        data = bytes(self.texts)
        bounds = self.text_starts.tolist()
        return [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]

    def span(self, term: int) -> tuple[int, int]:
        """The term's postings: ``docs[start:end]``, ``weights[start:end]``."""
        starts: memoryview = self._starts  # type: ignore[attr-defined]
        return starts[term], starts[term + 1]


def write_from_blocks(reader: Any, handle: Any) -> None:
    """The flat postings of a finished segment, read back from its W3 blocks.

    For the segments Whoosh's own merge writes (``optimize``, and commits that fold small
    segments together): slower than writing them from the codec's arrays (a Python loop per
    term, and positions unpickled per posting), but merges take minutes anyway.
    """
    writer = FlatWriter(handle)
    schema = reader.schema
    for name in schema.names():
        field = schema[name]
        if not field.indexed or name not in reader.indexed_field_names():
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
        directory = json.loads(bytes(view[start : start + size]))
        #: The bytes of the file (what merging it reads).
        self.nbytes = len(view)
        #: For a group file: the segments it covers, in order, as (segment id, documents).
        self.members: list[tuple[str, int]] | None = None
        if "members" in directory:
            self.members = [(str(s), int(n)) for s, n in directory["members"]]
        self.fields: dict[str, FlatField] = {}
        for name, entry in directory["fields"].items():
            at, _kind, length = entry.pop("texts")
            arrays = {
                key: np.frombuffer(view, dtype=np.dtype(kind), count=count, offset=offset)
                for key, (offset, kind, count) in entry.items()
            }
            self.fields[name] = FlatField(
                texts=view[at : at + length],
                position_starts=arrays.pop("position_starts", None),
                positions=arrays.pop("positions", None),
                **arrays,
            )

    @classmethod
    def of(cls, leaf: Any) -> FlatSegment | None:
        """The flat postings of a Whoosh segment reader, or None (then read its blocks)."""
        segment = getattr(leaf, "segment", None)
        storage = getattr(leaf, "_storage", None)
        if segment is None or storage is None:
            return None
        name = segment().make_filename(EXTENSION)
        if not storage.file_exists(name):
            return None
        handle = storage.open_file(name)
        buffer = getattr(handle, "_buf", None)  # Whoosh's BufferFile: a slice of the map
        if buffer is None:
            buffer = handle.read()
            handle.close()
        try:
            flat = cls(buffer)
        except (ValueError, KeyError, TypeError, json.JSONDecodeError):
            return None
        return flat

    def field(self, name: str) -> FlatField | None:
        return self.fields.get(name)
