"""Quoted phrases and near words from positions, in whole-array steps, whatever a unit stores.

A word's occurrences in the candidate documents are sorted ``int64`` keys
``docnum << 32 | position``: postings ascend by document across units, positions within a
posting. A phrase starts where the keys of its word *i*, moved back by *i*, meet for every
word; two groups of words are near where keys differ by at most a window. Meeting is an
intersection of sorted arrays (:func:`common`): binary searches or a linear merge.

Where a unit (segment or group, :mod:`indexer.engine.flatgroups`) has flat postings
(:mod:`indexer.engine.flat`), a word's positions are slices of its memory map, and only the
postings of candidate documents are gathered: the cost follows the word's occurrences in the
candidates, not in the index ("und" occurs some two million times in the Bundestag corpus).
A segment that Whoosh's own merge wrote has posting blocks only: there the positions of the
candidate postings are unpickled and summed up in numpy. (They were once collected into one
Python set per document: a phrase with "und" in a 50 MB document took 40 ms that way.)

The words of a phrase are matched rarest first, and after each word the candidates shrink to
the documents that still hold a partial match, so a frequent word is gathered only where the
rarer ones met. The order changes the work, never the result: intersections commute.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from indexer.engine import postings
from indexer.engine.flat import FlatField, FlatSegment
from indexer.engine.postings import Ids

Mask = NDArray[np.bool_]
#: Per unit: segment reader (None for a group), first document number, flat postings (None:
#: Whoosh's blocks only) and the field's part of them (None: the unit lacks the field). Where
#: a unit has the field's flat postings, they have its positions.
PositionUnit = tuple[Any, int, FlatSegment | None, FlatField | None]
#: A word of a phrase: its bytes in the field, and its term number in each unit's flat field
#: (-1 where absent or where the unit has no flat postings).
Word = tuple[bytes, Sequence[int]]
#: A term's blocks in a segment (reader, field, term bytes), as :func:`postings.blocks` reads
#: them; the ranker passes one that decodes each term's blocks once per query.
BlockReader = Callable[[Any, str, bytes], Iterable[postings.Block]]

_POSITION_BITS = 32
_POSITION_MASK = (1 << _POSITION_BITS) - 1
_NO_KEYS: Ids = np.zeros(0, dtype=np.int64)
#: :func:`common` merges two arrays when the longer has at most this many times the items of
#: the shorter, and searches the shorter in the longer otherwise.
_MERGE_RATIO = 10
#: :func:`_flat_keys` gathers the positions of the candidate postings alone when they are at
#: most this share of the term's postings and the term has more than so many positions; it
#: filters all positions otherwise.
_GATHER_SHARE = 0.5
_GATHER_FROM = 50_000
#: One flat unit's part of a term: documents (of the unit), first document number, where each
#: posting's positions begin and end (one more than documents), all positions of the unit.
_Slice = tuple[NDArray[Any], int, NDArray[Any], NDArray[Any]]


def word_keys(
    units: Sequence[PositionUnit],
    name: str,
    word: Word,
    candidates: Mask,
    blocks: BlockReader = postings.blocks,
) -> Ids:
    """Sorted keys ``docnum << 32 | position`` of ``word`` in the candidate documents."""
    btext, terms = word
    slices: list[_Slice] = []
    parts: list[Ids] = []
    for (leaf, offset, flat, field), term in zip(units, terms, strict=True):
        if field is not None and field.position_counts is not None:
            if term >= 0:
                assert field.positions is not None
                start, end = field.span(term)
                bounds = field.position_bounds(start, end)
                slices.append((field.docs[start:end], offset, bounds, field.positions))
        elif flat is None:  # Whoosh's blocks only
            parts.append(_block_keys(blocks(leaf, name, btext), offset, candidates))
    if slices:
        parts.append(_flat_keys(slices, candidates))
    parts = [p for p in parts if len(p)]
    if not parts:
        return _NO_KEYS
    if len(parts) == 1:
        return parts[0]
    keys = np.concatenate(parts)
    keys.sort(kind="stable")  # sorted runs (flat units, each blocks unit): a linear merge
    return keys


def phrase_docs(
    units: Sequence[PositionUnit],
    name: str,
    words: Sequence[Word],
    candidates: Mask,
    sizes: Sequence[float],
    blocks: BlockReader = postings.blocks,
) -> Ids:
    """The candidate documents (ascending) where ``words`` occur at consecutive positions.

    ``sizes`` orders the work (smallest first): each word's occurrences in the candidates, or
    anything proportional (term frequencies).
    """
    keys: Ids | None = None
    current = candidates
    found: dict[bytes, Ids] = {}  # a word twice in the phrase ("die die") is gathered once
    order = sorted(range(len(words)), key=lambda i: (sizes[i], i))
    for step, place in enumerate(order):
        btext = words[place][0]
        occurrences = found.get(btext)
        if occurrences is None:
            occurrences = found[btext] = word_keys(units, name, words[place], current, blocks)
        starts = shifted_back(occurrences, place)
        keys = starts if keys is None else common(keys, starts)
        if not len(keys):
            return _NO_KEYS
        if step + 1 < len(order):
            current = np.zeros(len(candidates), dtype=np.bool_)
            current[keys >> _POSITION_BITS] = True
    return _NO_KEYS if keys is None else first_docs(keys)


def near_docs(first: Ids, second: Ids, window: int) -> Ids:
    """The documents (ascending) where a key of ``first`` and one of ``second`` (sorted,
    unique) lie 1 to ``window`` positions apart, in either order."""
    found: list[Ids] = []
    for distance in range(1, window + 1):
        for moved in (first + distance, first - distance):
            both = common(moved, second)
            if len(both):
                found.append(both >> _POSITION_BITS)
    return np.unique(np.concatenate(found)) if found else _NO_KEYS


def shifted_back(keys: Ids, shift: int) -> Ids:
    """Keys moved ``shift`` positions back within their documents; positions before the
    document's start are dropped (a phrase never starts in the document before)."""
    if not shift:
        return keys
    kept: Ids = keys[(keys & _POSITION_MASK) >= shift] - shift
    return kept


def common(a: Ids, b: Ids) -> Ids:
    """The items of two sorted arrays of unique items that both hold.

    A short array is searched in the long one (binary searches, no sort); two arrays of
    similar length are merged instead: a stable sort of the two runs is timsort's linear
    merge, and an item both hold ends up twice in a row. (Binary searches of two million keys
    in two million took twice as long, each a cache miss.)
    """
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return a
    if len(a) * _MERGE_RATIO >= len(b):
        merged = np.concatenate([a, b])
        merged.sort(kind="stable")
        twice: Ids = merged[:-1][merged[1:] == merged[:-1]]
        return twice
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    both: Ids = a[b[at] == a]
    return both


def first_docs(keys: Ids) -> Ids:
    """The distinct documents of sorted keys."""
    docs = keys >> _POSITION_BITS
    first = np.ones(len(docs), dtype=np.bool_)
    np.not_equal(docs[1:], docs[:-1], out=first[1:])
    result: Ids = docs[first]
    return result


def _flat_keys(slices: list[_Slice], candidates: Mask) -> Ids:
    """Keys of one term's candidate postings in the flat postings of some units.

    The units' slices are joined and filtered in one pass (a few numpy calls per word, not per
    unit). Only where the word has many positions and few of its postings are in candidate
    documents are the candidates' positions gathered alone, unit by unit.
    """
    docs = np.concatenate([d for d, _o, _b, _p in slices], dtype=np.int64)
    if any(offset for _d, offset, _b, _p in slices):
        docs += np.repeat([o for _d, o, _b, _p in slices], [len(d) for d, _o, _b, _p in slices])
    keep = candidates[docs]
    kept = int(np.count_nonzero(keep))
    if not kept:
        return _NO_KEYS
    total = sum(int(b[-1]) - int(b[0]) for _d, _o, b, _p in slices)
    if total > _GATHER_FROM and kept <= _GATHER_SHARE * len(docs):
        return _gathered_keys(slices, docs, keep)
    firsts = np.concatenate([b[:-1] for _d, _o, b, _p in slices], dtype=np.int64)
    counts = np.concatenate([b[1:] for _d, _o, b, _p in slices], dtype=np.int64) - firsts
    found = [p[b[0] : b[-1]] for _d, _o, b, p in slices]
    keys = _keys(docs, counts, found[0] if len(found) == 1 else np.concatenate(found))
    if kept < len(docs):
        keys = keys[np.repeat(keep, counts)]
    return keys


def _gathered_keys(slices: list[_Slice], docs: Ids, keep: Mask) -> Ids:
    """Keys of the kept postings, their positions gathered unit by unit."""
    parts: list[Ids] = []
    at = 0
    for unit_docs, _offset, bounds, positions in slices:
        kept = np.flatnonzero(keep[at : at + len(unit_docs)])
        if len(kept):
            firsts = bounds[kept].astype(np.int64)
            counts = bounds[kept + 1].astype(np.int64) - firsts
            parts.append(_keys(docs[at + kept], counts, positions[_ranges(firsts, counts)]))
        at += len(unit_docs)
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def _block_keys(read: Iterable[postings.Block], offset: int, candidates: Mask) -> Ids:
    """Keys of one term's candidate postings in a segment's blocks (positions unpickled for
    those postings only)."""
    docs: list[Ids] = []
    values: list[bytes] = []
    for ids, _weights, block_values in read:
        numbers = ids + offset
        kept = np.flatnonzero(candidates[numbers])
        if len(kept):
            docs.append(numbers[kept])
            values.extend(block_values[i] for i in kept.tolist())
    if not values:
        return _NO_KEYS
    counts, found = postings.positions_arrays(values)
    return _keys(np.concatenate(docs), counts, found)


def _ranges(firsts: Ids, counts: Ids) -> Ids:
    """``firsts[0], firsts[0] + 1, ...`` (``counts[0]`` items), then the next range, ..."""
    ends = np.cumsum(counts)
    index: Ids = np.arange(int(ends[-1]), dtype=np.int64)
    index += np.repeat(firsts - (ends - counts), counts)
    return index


def _keys(docs: Ids, counts: Ids, found: NDArray[Any]) -> Ids:
    keys: Ids = np.repeat(docs << _POSITION_BITS, counts)
    keys |= found.astype(np.int64)
    return keys
