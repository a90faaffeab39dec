"""A document's terms as integer ids in numpy arrays, for the index writer.

:mod:`indexer.analysis.terms` gives the writer a document's terms as dictionaries (term ->
frequency and weight, term -> positions), built token by token in Python, and the writer then
looked every term up once more to number it. For the fields whose postings go to the flat
arrays alone the writer asks this module instead, which does both in bulk:

* :class:`RawIds` numbers a writer's raw words (the tokenizer's matches): a value's words become
  an array of raw ids in one dictionary look-up pass, shared by the chains (``exact`` holds the
  words of ``title`` and ``text``: its ids are theirs, joined);
* per chain, every raw id gets a row the first time it occurs: the ids of the terms the chain
  makes of it (:class:`TermIds`) with their boosts or position offsets; :class:`GermanIds` and
  :class:`ExactIds` turn a value's raw ids into its terms, frequencies, weights and positions
  with a few whole-array operations (a gather, a stable sort, sums per term), where the
  dictionaries took a Python step per token, and the writer's buffers take the term ids as
  they are (no look-up per term either);
* a :class:`Numbering` holds all of it for one writer at a time and passes to the process's
  next writer (:func:`acquire`, :func:`release`), so that a worker numbers a word once per
  run, not once per segment.

Measured on the Bundestag speeches (CPU seconds of a two-worker ``parteisuche index``, old and
new alternated on a busy machine): 6 to 11 % less than with the dictionaries; a worker holds
its numbering (some 40 MB for the corpus's 180,000 word forms per worker) beside the chains'
memos.

The German chain compares a variant piece of a special match (a hyphenated word's joined whole,
"ostwest" after "Ostwest") with the main stem before it
(:meth:`~indexer.analysis.terms.GermanTerms.special_context`): such a match keeps its row's
terms unless the main stem before it is one it compares, which the chain's own code then
analyses. Short values (titles, names), where the arrays' fixed cost outweighs them, go
through the dictionaries. Sums of boosts are exact in any order (the bulk chains take only
boosts in 1/1024 steps, :func:`~indexer.analysis.terms.german_terms_for`), so numpy's order of
addition gives Whoosh's weights.

The dictionaries stay the reference: a :class:`Numbering` checks the arrays against them on
:data:`~indexer.analysis.terms.PROBE` once per process and chain, as the dictionaries are
checked against the analyzers, and refuses with
:class:`~indexer.analysis.terms.AnalysisMismatch` on any difference; tests compare them on
arbitrary text and on real speeches.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, repeat
from operator import is_
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.analysis.terms import (
    MEMO_LIMIT,
    PROBE,
    AnalysisMismatch,
    ExactTerms,
    GermanTerms,
    special_pieces,
    split_tokens,
)
from indexer.analysis.tokenizer import is_plain

Ids = npt.NDArray[np.uint32]
Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

#: Values with fewer raw words are analysed through the dictionaries (see the module).
SMALL = 32
#: The row of a raw id a chain has not seen yet.
_UNSEEN = -1
#: The main stem before a value's first word (as in :meth:`GermanTerms.counts`).
_START = ""
#: A main stem no word has (a token holds letters and digits): a special match's row is
#: analysed after it, so that it compares none of its stems with it.
_NO_STEM = "\x00"

_NO_IDS: Ids = np.zeros(0, dtype=np.uint32)
_NO_INTS: Ints = np.zeros(0, dtype=np.int64)
_NO_FLOATS: Floats = np.zeros(0, dtype=np.float64)


class TermIds:
    """A writer's terms of one chain, numbered in the order they first occur."""

    __slots__ = ("ids", "terms")

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        #: the terms by id
        self.terms: list[str] = []

    def __len__(self) -> int:
        return len(self.terms)

    def number(self, term: str) -> int:
        """The term's id (a new one for a new term)."""
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.terms)
            self.terms.append(term)
        return found

    def numbers(self, terms: list[str]) -> Ids:
        found: list[Any] = list(map(self.ids.get, terms))
        if None in found:
            number = self.number
            for i in compress(range(len(found)), map(is_, found, repeat(None))):
                found[i] = number(terms[i])
        return np.array(found, dtype=np.uint32)


class RawIds:
    """A writer's raw words (the tokenizer's matches, :func:`split_tokens`), numbered."""

    __slots__ = ("ids", "raws")

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        #: the raw words by id
        self.raws: list[str] = []

    def __len__(self) -> int:
        return len(self.raws)

    def numbers(self, raws: list[str]) -> Ints:
        """The ids of ``raws``, in order (new ones for new words)."""
        found: list[Any] = list(map(self.ids.get, raws))
        try:
            return np.array(found, dtype=np.int64)
        except TypeError:  # new words (None)
            pass
        ids, listed = self.ids, self.raws
        for i in compress(range(len(found)), map(is_, found, repeat(None))):
            raw = raws[i]
            number = ids.get(raw)
            if number is None:
                number = ids[raw] = len(listed)
                listed.append(raw)
            found[i] = number
        return np.array(found, dtype=np.int64)


class _Column:
    """A numpy array that grows at its end (its first ``size`` items are valid)."""

    __slots__ = ("data", "fill", "size")

    def __init__(self, dtype: Any, fill: Any = 0) -> None:
        self.fill = fill
        self.data: npt.NDArray[Any] = np.full(1024, fill, dtype=dtype)
        self.size = 0

    def reserve(self, size: int) -> None:
        """Room for ``size`` items (new ones hold the fill value)."""
        if size > len(self.data):
            grown = np.full(max(size, len(self.data) * 3 // 2), self.fill, dtype=self.data.dtype)
            grown[: self.size] = self.data[: self.size]
            self.data = grown

    def extend(self, values: list[Any] | npt.NDArray[Any]) -> None:
        end = self.size + len(values)
        self.reserve(end)
        self.data[self.size : end] = values
        self.size = end


class _Rows:
    """A chain's rows: per raw id its row, per row its entries (term id and a number: a boost
    or a position offset) as ranges of flat columns."""

    def __init__(self, raws: RawIds, entry: Any) -> None:
        self.raws = raws
        self.vocab = TermIds()
        # 32 bits: a numbering holds far fewer than 2**31 words (NUMBERING_LIMIT)
        self.row_of = _Column(np.int32, _UNSEEN)
        self.first = _Column(np.int32)
        self.count = _Column(np.int32)
        self.terms = _Column(np.int32)
        self.values = _Column(entry)

    def __len__(self) -> int:
        """Rows and terms (for the writer's memory estimate)."""
        return self.count.size + len(self.vocab)

    def rows(self, ids: Ints) -> Ints:
        """The rows of raw ids ``ids``, each analysed the first time it occurs."""
        row_of = self.row_of
        row_of.reserve(len(self.raws))
        row_of.size = len(self.raws)  # raw ids without a row hold _UNSEEN
        rows: Ints = row_of.data[ids]
        if len(rows) and rows.min() == _UNSEEN:
            new = np.unique(ids[rows == _UNSEEN])
            first = self.count.size
            listed = self.raws.raws
            self.add([listed[i] for i in new.tolist()])
            row_of.data[new] = np.arange(first, self.count.size, dtype=np.int32)
            rows = row_of.data[ids]
        return rows

    def add(self, raws: list[str]) -> None:  # pragma: no cover - each chain has its own
        """Rows for new raw words, in order (through :meth:`append`)."""
        raise NotImplementedError

    def append(self, terms: list[str], counts: list[int], values: list[Any]) -> None:
        """New rows: their entries one row after the other, how many each has."""
        firsts = np.cumsum(counts, dtype=np.int64)
        firsts -= np.asarray(counts, dtype=np.int64)
        firsts += self.terms.size
        self.first.extend(firsts)
        self.count.extend(counts)
        self.terms.extend(self.vocab.numbers(terms))
        self.values.extend(values)

    def entries(self, rows: Ints) -> tuple[Ints, Ints | None]:
        """Every entry of the rows, row after row: (entry numbers, the row's place in
        ``rows`` of each entry, None where each row has one entry)."""
        count = self.count.data[rows]
        if bool((count == 1).all()):
            return self.first.data[rows], None
        total = int(count.sum())
        before = np.cumsum(count) - count
        entries = np.repeat(self.first.data[rows] - before, count)
        entries += np.arange(total, dtype=np.int64)
        return entries, np.repeat(np.arange(len(rows), dtype=np.int64), count)


def _grouped(keys: Ints, values: npt.NDArray[Any] | None = None
             ) -> tuple[Ids, Ints, npt.NDArray[Any]]:
    """The distinct keys (ascending), how often each occurs, and ``values`` grouped by key,
    in their order within each key (a stable sort); without values, the keys' places."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    first = np.empty(len(ordered), dtype=np.bool_)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(starts, append=len(ordered))
    return ordered[starts].astype(np.uint32), counts, order if values is None else values[order]


class ExactIds(_Rows):
    """A writer's :class:`ExactTerms`: the terms and positions of a value as arrays.

    A row holds the pieces of a raw word (a plain word: one, at offset 0) and how many
    positions it takes.
    """

    def __init__(self, chain: ExactTerms, raws: RawIds) -> None:
        super().__init__(raws, np.int32)
        self.chain = chain
        self.width = _Column(np.int32)

    def add(self, raws: list[str]) -> None:
        term = self.chain.term
        terms: list[str] = []
        counts: list[int] = []
        offsets: list[int] = []
        widths: list[int] = []
        for raw in raws:
            if is_plain(raw):
                terms.append(term(raw))
                counts.append(1)
                offsets.append(0)
                widths.append(1)
                continue
            pieces, width = special_pieces(raw)
            terms += [text for text, _, _, _ in pieces]
            offsets += [at for _, at, _, _ in pieces]
            counts.append(len(pieces))
            widths.append(width)
        self.append(terms, counts, offsets)
        self.width.extend(widths)

    def positions(self, raws: list[str], ids: Ints | None = None,
                  start_pos: int = 0) -> tuple[Ids, Ints, Ids]:
        """Term ids (each once), each term's number of positions, and the positions term
        after term: :meth:`ExactTerms.positions`, numbered. ``ids``: the raw ids of ``raws``
        where known."""
        if not raws:
            return _NO_IDS, _NO_INTS, _NO_IDS
        if len(raws) < SMALL:
            found = self.chain.positions(raws, start_pos)
            lists = list(found.values())
            counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
            flat = np.fromiter((p for ps in lists for p in ps), dtype=np.uint32,
                               count=int(counts.sum()))
            return self.vocab.numbers(list(found)), counts, flat
        rows = self.rows(self.raws.numbers(raws) if ids is None else ids)
        entries, token = self.entries(rows)
        if token is None:  # plain words only (one piece at offset 0, one position each)
            terms, numbers, places = _grouped(self.terms.data[entries])
            return terms, numbers, (places + start_pos).astype(np.uint32)
        widths = self.width.data[rows]
        at = np.cumsum(widths, dtype=np.int64)
        at -= widths
        at += start_pos
        where = at[token] + self.values.data[entries]
        terms, numbers, positions = _grouped(self.terms.data[entries], where)
        return terms, numbers, positions.astype(np.uint32)


class GermanIds(_Rows):
    """A writer's :class:`GermanTerms`: the terms, frequencies and weights of a value as
    arrays.

    A row holds the terms the chain makes of a raw word (none for a stopword) with their
    boosts, the main stem the chain compares a following special match's variants with (None
    where the one before passes through), and for a special match the stems it compares the
    main stem before it with (:meth:`GermanTerms.special_context`).
    """

    def __init__(self, chain: GermanTerms, raws: RawIds) -> None:
        # the boosts, summed in 64 bits, are kept in 32 where that holds them exactly
        boosts = (1.0, chain.part_boost, chain.derive_boost, chain.part_boost * chain.derive_boost)
        exact = all(float(np.float32(b)) == b for b in boosts)
        super().__init__(raws, np.float32 if exact else np.float64)
        self.chain = chain
        self.main: list[str | None] = []
        self.has_main = _Column(np.bool_, False)
        #: per row: whether it compares the main stem before it, and with which stems
        self.sensitive = _Column(np.bool_, False)
        self.compared: dict[int, frozenset[str]] = {}

    def add(self, raws: list[str]) -> None:
        analysed = self.chain.analysed
        terms: list[str] = []
        counts: list[int] = []
        boosts: list[float] = []
        mains: list[str | None] = []
        sensitive: list[bool] = []
        row = self.count.size
        for raw in raws:
            if not is_plain(raw):
                compared, own = self.chain.special_context(raw)
                main: list[str] = []
                emitted: list[tuple[str, float]] = []
                # after a main stem it does not compare, as most of its occurrences are
                after = self.chain.special(raw, _NO_STEM, main, emitted)
                terms += main
                boosts += [1.0] * len(main)
                for term, boost in emitted:
                    terms.append(term)
                    boosts.append(boost)
                counts.append(len(main) + len(emitted))
                mains.append(after if own else None)
                sensitive.append(bool(compared))
                if compared:
                    self.compared[row] = compared
            else:
                plain = analysed(raw)
                sensitive.append(False)
                if isinstance(plain, str):  # the common case: one stem
                    terms.append(plain)
                    boosts.append(1.0)
                    counts.append(1)
                    mains.append(plain)
                elif plain is None:  # a stopword
                    counts.append(0)
                    mains.append(None)
                else:
                    stem, stems, reduced = plain
                    terms += stems
                    boosts += [1.0] * len(stems)
                    for term_, boost_ in reduced:
                        terms.append(term_)
                        boosts.append(boost_)
                    counts.append(len(stems) + len(reduced))
                    mains.append(stem)
            row += 1
        self.append(terms, counts, boosts)
        self.main += mains
        self.has_main.extend([main is not None for main in mains])
        self.sensitive.extend(sensitive)

    def counts(self, raws: list[str], ids: Ints | None = None) -> tuple[Ids, Ints, Floats]:
        """Term ids (each once), each term's frequency and summed boost:
        :meth:`GermanTerms.counts`, numbered. ``ids``: the raw ids of ``raws`` where known."""
        if len(raws) < SMALL:
            counts, weights = self.chain.counts(raws)
            if not counts:
                return _NO_IDS, _NO_INTS, _NO_FLOATS
            freqs = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
            sums = np.fromiter(map(weights.__getitem__, counts), dtype=np.float64,
                               count=len(counts))
            return self.vocab.numbers(list(counts)), freqs, sums
        rows = self.rows(self.raws.numbers(raws) if ids is None else ids)
        extra_terms: list[int] = []
        extra_boosts: list[float] = []
        sensitive = self.sensitive.data[rows]
        if sensitive.any():
            rows = self._in_context(raws, rows, sensitive, extra_terms, extra_boosts)
        entries, _ = self.entries(rows)
        terms = self.terms.data[entries]
        boosts = self.values.data[entries]
        if extra_terms:
            terms = np.concatenate([terms, np.array(extra_terms, dtype=terms.dtype)])
            boosts = np.concatenate([boosts, np.array(extra_boosts, dtype=np.float64)])
        if not len(terms):
            return _NO_IDS, _NO_INTS, _NO_FLOATS
        distinct, inverse = np.unique(terms, return_inverse=True)
        frequencies: Ints = np.bincount(inverse, minlength=len(distinct))
        summed: Floats = np.bincount(inverse, weights=boosts, minlength=len(distinct)).astype(
            np.float64, copy=False)
        return distinct.astype(np.uint32), frequencies, summed

    def _in_context(self, raws: list[str], rows: Ints, sensitive: npt.NDArray[np.bool_],
                    terms: list[int], boosts: list[float]) -> Ints:
        """The rows of the value but those special matches that meet a main stem they
        compare; their terms, analysed by the chain with that stem, go to ``terms`` and
        ``boosts``."""
        # each token's last word before it with a main stem of its own (-1: none)
        marked = np.where(self.has_main.data[rows], np.arange(len(rows)), -1)
        last = np.maximum.accumulate(marked)
        keep: npt.NDArray[np.bool_] | None = None
        number = self.vocab.number
        for i in np.flatnonzero(sensitive).tolist():
            j = int(last[i - 1]) if i else -1
            before = self.main[int(rows[j])] if j >= 0 else None
            if before is None:
                before = _START
            if before not in self.compared[int(rows[i])]:
                continue
            if keep is None:
                keep = np.ones(len(rows), dtype=np.bool_)
            keep[i] = False
            main: list[str] = []
            emitted: list[tuple[str, float]] = []
            self.chain.special(raws[i], before, main, emitted)
            for term in main:
                terms.append(number(term))
                boosts.append(1.0)
            for term, boost in emitted:
                terms.append(number(term))
                boosts.append(boost)
        return rows if keep is None else rows[keep]


def _as_dicts(terms: list[str], ids: Ids, *columns: npt.NDArray[Any]) -> list[dict[str, Any]]:
    return [dict(zip([terms[i] for i in ids.tolist()], c.tolist(), strict=True))
            for c in columns]


def german_dicts(ids: GermanIds, raws: list[str]) -> tuple[dict[str, int], dict[str, float]]:
    """:meth:`GermanIds.counts` as :meth:`GermanTerms.counts` gives them (for checks)."""
    counts, weights = _as_dicts(ids.vocab.terms, *ids.counts(raws))
    return counts, weights


def exact_dict(ids: ExactIds, raws: list[str]) -> dict[str, list[int]]:
    """:meth:`ExactIds.positions` as :meth:`ExactTerms.positions` gives them (for checks)."""
    found, counts, positions = ids.positions(raws)
    bounds = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=bounds[1:])
    return {ids.vocab.terms[t]: positions[bounds[i]:bounds[i + 1]].tolist()
            for i, t in enumerate(found.tolist())}


def check_german_ids(chain: GermanTerms, text: str | None = None) -> None:
    """Raise :class:`AnalysisMismatch` unless :class:`GermanIds` counts ``text`` (default
    :data:`PROBE`, long enough for the arrays) as :meth:`GermanTerms.counts` does."""
    raws = split_tokens(PROBE if text is None else text)
    got = german_dicts(GermanIds(chain, RawIds()), raws)
    counts, weights = chain.counts(raws)
    if got != (dict(counts), weights):
        raise AnalysisMismatch(
            "the writer's numbered analysis (indexer/analysis/termids.py) differs from "
            f"GermanTerms: {got} != {(dict(counts), weights)}"
        )


def check_exact_ids(chain: ExactTerms, text: str | None = None) -> None:
    """Raise :class:`AnalysisMismatch` unless :class:`ExactIds` places ``text`` (default
    :data:`PROBE`) as :meth:`ExactTerms.positions` does."""
    raws = split_tokens(PROBE if text is None else text)
    got = exact_dict(ExactIds(chain, RawIds()), raws)
    expected = chain.positions(raws)
    if got != expected:
        raise AnalysisMismatch(
            "the writer's numbered analysis (indexer/analysis/termids.py) differs from "
            f"ExactTerms: {got} != {expected}"
        )


@lru_cache(maxsize=8)
def _checked(chain: GermanTerms | ExactTerms) -> bool:
    if isinstance(chain, GermanTerms):
        check_german_ids(chain)
    else:
        check_exact_ids(chain)
    return True


class Numbering:
    """A writer's numbering: its raw words and, per bulk chain, the chain's rows and terms.

    One writer at a time holds a numbering (:func:`acquire`, :func:`release`); a new segment's
    writer takes the numbering the last one released, so that a process numbers and analyses
    a word once, not once per segment (some 150,000 words per segment of speeches, 10 µs
    each). The ids are the writer's own business: a segment's terms are written as strings.
    """

    def __init__(self) -> None:
        self.raw_ids = RawIds()
        self._chains: dict[Any, GermanIds | ExactIds] = {}

    def __len__(self) -> int:
        """Raw words, rows and terms held."""
        return len(self.raw_ids) + sum(map(len, self._chains.values()))

    def german(self, chain: GermanTerms) -> GermanIds:
        """The numbering of ``chain`` (checked against it once per process)."""
        found = self._chains.get(chain)
        if not isinstance(found, GermanIds):
            _checked(chain)
            found = self._chains[chain] = GermanIds(chain, self.raw_ids)
        return found

    def exact(self, chain: ExactTerms) -> ExactIds:
        """The numbering of ``chain`` (checked against it once per process)."""
        found = self._chains.get(chain)
        if not isinstance(found, ExactIds):
            _checked(chain)
            found = self._chains[chain] = ExactIds(chain, self.raw_ids)
        return found


#: Numberings released and not yet taken again (a process keeps one or two).
_FREE: list[Numbering] = []
#: A numbering of more raw words is dropped when released, as the chains' memos are cleared
#: when full (a corpus has a few hundred thousand word forms).
NUMBERING_LIMIT = MEMO_LIMIT


def acquire() -> Numbering:
    """A numbering for a new writer: the last one released in this process, or a new one."""
    try:
        return _FREE.pop()
    except IndexError:
        return Numbering()


def release(numbering: Numbering) -> None:
    """Give back a writer's numbering once its segment is written (or dropped)."""
    if len(numbering.raw_ids) < NUMBERING_LIMIT and len(_FREE) < 2:
        _FREE.append(numbering)


__all__ = [
    "NUMBERING_LIMIT",
    "SMALL",
    "ExactIds",
    "GermanIds",
    "Numbering",
    "RawIds",
    "TermIds",
    "acquire",
    "check_exact_ids",
    "check_german_ids",
    "exact_dict",
    "german_dicts",
    "release",
]
