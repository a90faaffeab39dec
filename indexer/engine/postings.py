"""Whole posting lists of a Whoosh W3 segment, decoded block by block into numpy arrays.

Whoosh reads postings through a matcher object: a seek, a stream read and an unpickled header
per block, then one Python call per posting. Ranking needs every posting of a term at once, so
this module walks the posting file's blocks itself — the format of
``whoosh.codec.whoosh3.W3LeafMatcher``: the magic ``W3Bl``, then per block a signed length
(negative for the last block), a pickled header ``(count, max id, max weight, compression,
min length, max length)`` and the (optionally zlib-compressed) pickled data ``(id deltas,
weights, values)``. :mod:`indexer.engine.codec` writes ids and weights as arrays, Whoosh's own
writer (merges) as tuples; weights may also be None (all 1.0) or one number for the block.
Postings of a single document may be inlined in the term info instead (Whoosh's merges).

Deleted documents are included: callers mask them with the index's live documents.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from collections.abc import Iterable, Iterator
from itertools import accumulate, chain
from typing import Any

import numpy as np
from numpy.typing import NDArray
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.reading import TermNotFound

Ids = NDArray[np.int64]
Floats = NDArray[np.float64]
#: What :func:`blocks` yields per block: document numbers, weights and values as stored.
Block = tuple[Ids, Any, Any]

_LENGTH = struct.Struct("!i")
_MAGIC_SIZE = len(WHOOSH3_HEADER_MAGIC)


def blocks(leaf: Any, name: str, text: bytes) -> Iterator[Block]:
    """Per block of a term in one segment: the document numbers (of the segment), the weights
    as stored and the values as stored. Nothing for a term the segment lacks."""
    terms = leaf._terms  # the W3 codec's term reader: every segment this project writes
    try:
        info = terms.term_info(name, text)
    except TermNotFound:
        return
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        yield np.asarray(ids, dtype=np.int64), weights, values
        return
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo unpacks its length into a 1-tuple
        (length,) = length
    raw = terms._postfile.get(offset, length)
    if bytes(raw[:_MAGIC_SIZE]) != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"posting list of {name}:{text!r} does not start with a block tag")
    position = _MAGIC_SIZE
    while True:
        (size,) = _LENGTH.unpack_from(raw, position)
        position += _LENGTH.size
        end = position + abs(size)
        stream = io.BytesIO(raw[position:end])
        header = pickle.load(stream)
        data = raw[position + stream.tell() : end]
        deltas, weights, values = pickle.loads(zlib.decompress(data) if header[3] else data)
        yield np.cumsum(_integers(deltas)), weights, values
        if size < 0:
            return
        position = end


def from_blocks(read: Iterable[Block], offset: int) -> tuple[Ids, Floats]:
    """The postings of a term's blocks (:func:`blocks`): global document numbers and weights."""
    id_parts: list[Ids] = []
    weight_parts: list[Any] = []
    for ids, weights, _values in read:
        id_parts.append(ids)
        weight_parts.append(weights_array(weights, len(ids)))
    if not id_parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    ids = np.concatenate(id_parts) if len(id_parts) > 1 else id_parts[0]
    weights = np.concatenate(weight_parts) if len(weight_parts) > 1 else weight_parts[0]
    return ids + offset, weights.astype(np.float64, copy=False)


def decode_positions(value: bytes) -> list[int]:
    """``whoosh.formats.Positions.decode_positions``: a 4-byte count, then pickled deltas."""
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(pickle.loads(value[4:])))


def positions_arrays(values: list[bytes]) -> tuple[Ids, Ids]:
    """:func:`decode_positions` of many postings at once: per posting its number of
    positions, and all positions one posting after the other. Only the unpickling is per
    posting; the deltas are summed in one pass (and the sums restarted per posting)."""
    lists = [pickle.loads(v[4:] if v.endswith(b".") else v[4:] + b".") for v in values]
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    ends = np.cumsum(counts)
    total = int(ends[-1]) if len(ends) else 0
    found = np.cumsum(np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=total))
    if len(counts) > 1 and total:
        before = np.zeros(len(counts), dtype=np.int64)
        previous = ends[:-1]
        before[1:] = np.where(previous > 0, found[np.maximum(previous - 1, 0)], 0)
        found -= np.repeat(before, counts)
    return counts, found


def _integers(values: Any) -> NDArray[np.int64]:
    if isinstance(values, tuple | list):
        return np.array(values, dtype=np.int64)
    return np.frombuffer(values, dtype=_DTYPES[values.typecode]).astype(np.int64)


def weights_array(weights: Any, count: int) -> NDArray[Any]:
    """A block's weights as stored (None: all 1.0; one number: all the same) as an array."""
    if weights is None:
        return np.ones(count)
    if isinstance(weights, float | int):
        return np.full(count, float(weights))
    if isinstance(weights, tuple | list):
        return np.array(weights, dtype=np.float64)
    return np.frombuffer(weights, dtype=_DTYPES[weights.typecode])


#: numpy types of the ``array`` type codes Whoosh and :mod:`indexer.engine.codec` write.
_DTYPES = {"B": np.uint8, "H": np.uint16, "I": np.uint32, "L": np.uint64, "f": np.float32,
           "d": np.float64, "i": np.int32, "l": np.int64}
