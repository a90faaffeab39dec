"""One field's flat postings of several consecutive segments, merged into one set of arrays.

A term's postings in the merged arrays are its postings of the first segment, then of the
second, and so on, each document number shifted by the documents of the segments before it:
since every segment's postings ascend by document, the merged ones do too, exactly as if the
segments had been one. Nothing is decoded or re-scored; the arrays are moved in whole-array
steps (a scatter per segment), so merging ten segments of 5,000 speeches takes seconds where
Whoosh's own merge, a Python loop per posting, takes minutes.

Group files (:mod:`indexer.engine.flatgroups`) merge whole segments. A segment merge (Whoosh
folding small segments, ``optimize``: :mod:`indexer.engine.merging`) also drops the deleted
documents and numbers the others consecutively, as Whoosh's merge does: a part may therefore
name the documents it keeps (``live``); its postings of other documents are left out, and so
is a term left without postings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from indexer.engine.flat import FlatField, FlatSegment, FlatWriter, Floats32, Ints, UInts

Live = NDArray[np.bool_]


@dataclass(frozen=True)
class MergedField:
    """What :meth:`indexer.engine.flat.FlatWriter.add_field` takes for one field (which
    narrows the arrays again where the merged values fit)."""

    btexts: list[bytes]
    starts: Ints
    docs: UInts
    weights: Floats32
    positions: tuple[NDArray[Any], UInts] | None
    #: per posting of a field without positions, its frequency (where every part has them)
    frequencies: NDArray[Any] | None = None


class _Part:
    """One segment's field as the merge reads it: all its postings, or those of its live
    documents (each array is made when the merge needs it, so a part without deletions
    costs no copy of its postings up front)."""

    def __init__(self, field: FlatField, base: int, live: Live | None) -> None:
        self.field = field
        self.base = base
        counts = _counts(field.starts)
        terms = field.terms()
        #: indices of the kept postings (None: all)
        self.kept: Ints | None = None
        self.renumber: Ints | None = None
        if live is not None:
            keep = live[field.docs]
            self.kept = np.flatnonzero(keep)
            term_of = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
            counts = np.bincount(term_of[self.kept], minlength=len(counts)).astype(np.int64)
            present = counts > 0
            terms = [t for t, here in zip(terms, present.tolist(), strict=True) if here]
            counts = counts[present]
            self.renumber = np.cumsum(live, dtype=np.int64) - 1
        self.terms = terms
        #: kept postings per kept term
        self.counts = counts

    def docs(self) -> UInts:
        field = self.field
        if self.kept is None or self.renumber is None:
            docs: UInts = field.docs.astype(np.uint32) + np.uint32(self.base)
            return docs
        kept: UInts = (self.renumber[field.docs[self.kept]] + self.base).astype(np.uint32)
        return kept

    def weights(self) -> Floats32:
        weights: Floats32 = self.field.weights_of(0, len(self.field.docs))
        return weights if self.kept is None else weights[self.kept]

    def frequencies(self) -> NDArray[Any]:
        found = self.field.frequencies
        assert found is not None
        return found if self.kept is None else found[self.kept]

    def position_counts(self) -> Ints:
        assert self.field.position_counts is not None
        counts: Ints = self.field.position_counts.astype(np.int64)
        return counts if self.kept is None else counts[self.kept]

    def positions(self) -> NDArray[Any]:
        field = self.field
        assert field.position_counts is not None and field.positions is not None
        found: NDArray[Any] = field.positions
        if self.kept is None:
            return found
        keep = np.zeros(len(field.docs), dtype=np.bool_)
        keep[self.kept] = True
        return found[np.repeat(keep, field.position_counts)]


def _counts(starts: NDArray[Any]) -> Ints:
    """Items per group from ascending starts (one more than groups)."""
    wide = starts.astype(np.int64)
    counts: Ints = wide[1:] - wide[:-1]
    return counts


def merge_fields(
    parts: list[tuple[FlatField, int]], live: list[Live | None] | None = None
) -> MergedField:
    """Merge one field of consecutive segments; ``parts`` holds each segment's flat field and
    the number its first kept document takes in the merged arrays; ``live``, where given,
    says per part which of its documents are kept (None: all of them).

    Positions, and the frequencies of a field without them, are merged only if every part
    has them (a field either has them everywhere or nowhere: the schema decides).
    """
    masks = live if live is not None else [None] * len(parts)
    sources = [_Part(field, base, mask) for (field, base), mask in zip(parts, masks, strict=True)]
    btexts = sorted(set().union(*[part.terms for part in sources]))
    number = {btext: i for i, btext in enumerate(btexts)}
    # each part's term numbers in the merged terms (unique and ascending within a part)
    maps = [
        np.fromiter((number[t] for t in part.terms), dtype=np.int64, count=len(part.terms))
        for part in sources
    ]
    del number
    totals = np.zeros(len(btexts), dtype=np.int64)
    for part, where in zip(sources, maps, strict=True):
        totals[where] += part.counts
    starts = np.zeros(len(btexts) + 1, dtype=np.int64)
    np.cumsum(totals, out=starts[1:])
    size = int(starts[-1])
    docs = np.empty(size, dtype=np.uint32)
    weights = np.empty(size, dtype=np.float32)
    # per part: where each posting goes (its term's start in the merged arrays, after the
    # postings of the earlier parts, plus its place within the term)
    placed = np.zeros(len(btexts), dtype=np.int64)
    targets: list[Ints] = []
    for part, where in zip(sources, maps, strict=True):
        first = starts[where] + placed[where]
        placed[where] += part.counts
        own = np.zeros(len(part.counts), dtype=np.int64)
        np.cumsum(part.counts[:-1], out=own[1:])
        target = _spread(first - own, part.counts)
        docs[target] = part.docs()  # one scatter
        weights[target] = part.weights()
        targets.append(target)
    positions = None
    if sources and all(part.field.positions is not None for part in sources):
        positions = _merge_positions(sources, targets, size)
    frequencies = None
    if sources and all(part.field.frequencies is not None for part in sources):
        kind = np.result_type(*[part.field.frequencies for part in sources])
        frequencies = np.empty(size, dtype=kind)
        for part, target in zip(sources, targets, strict=True):
            frequencies[target] = part.frequencies()
    return MergedField(btexts, starts, docs, weights, positions, frequencies)


def _spread(shifts: Ints, counts: Ints) -> Ints:
    """``shifts[i] + j`` for the ``j``-th of the ``counts[i]`` items of each group ``i``,
    where items are numbered through all groups: a group's items move by its shift."""
    total = int(counts.sum())
    spread: Ints = np.repeat(shifts, counts) + np.arange(total, dtype=np.int64)
    return spread


def _merge_positions(
    parts: list[_Part], targets: list[Ints], size: int
) -> tuple[NDArray[Any], UInts]:
    """Every merged posting's positions, moved with their posting."""
    counts = np.zeros(size, dtype=np.int64)
    for part, target in zip(parts, targets, strict=True):
        counts[target] = part.position_counts()
    starts = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    del counts
    total = int(starts[-1])
    positions = np.empty(total, dtype=np.uint32)
    for part, target in zip(parts, targets, strict=True):
        own_counts = part.position_counts()
        own = np.zeros(len(own_counts), dtype=np.int64)
        np.cumsum(own_counts[:-1], out=own[1:])
        place = _spread(starts[target] - own, own_counts)
        positions[place] = part.positions()
    if total < 2**32:
        return starts.astype(np.uint32), positions
    return starts, positions


@dataclass(frozen=True)
class MergeSource:
    """A segment merged into a new one (Whoosh's ``add_reader``): its flat postings, the
    number its first kept document takes in the new segment, and which of its documents are
    kept (None: all; Whoosh's merge leaves the deleted ones out)."""

    flat: FlatSegment
    base: int
    live: Live | None = None


def merge_source(reader: Any, base: int) -> MergeSource | None:
    """What merging the segment of ``reader`` (a Whoosh segment reader) at document ``base``
    needs, or None where the segment has no flat postings this version reads."""
    flat = FlatSegment.of(reader)
    if flat is None:
        return None
    live: Live | None = None
    if reader.has_deletions():
        live = np.zeros(reader.doc_count_all(), dtype=np.bool_)
        live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
    return MergeSource(flat, base, live)


def write_merged(handle: Any, sources: list[MergeSource]) -> None:
    """The flat postings of a segment that holds the kept documents of ``sources`` one
    source after the other (what Whoosh's merge writes into its blocks), without decoding a
    block: a field of several sources is merged by :func:`merge_fields`."""
    writer = FlatWriter(handle)
    names = sorted(set().union(*[source.flat.fields for source in sources]))
    for name in names:
        present = [s for s in sources if name in s.flat.fields]
        merged = merge_fields(
            [(s.flat.fields[name], s.base) for s in present], [s.live for s in present]
        )
        if merged.btexts:
            writer.add_field(name, merged.btexts, merged.starts, merged.docs, merged.weights,
                             merged.positions, merged.frequencies)
        del merged
    writer.finish()
