"""Where a query's words stand in one long document, read from the index, not from the text.

Finding them by scanning a 50 MB text takes seconds per request (see
:mod:`indexer.analysis.parts`); the ``exact`` field's flat postings already hold every
token's position (:mod:`indexer.engine.flat`; Whoosh's files hold nothing of the field, see
:class:`indexer.schema.FlatPositions`). The words to look up are the query's exact
terms plus the document's word forms that the highlighter would mark: forms that begin with a
query term (a stem begins the word it came from) and whose analysis matches. Word forms in
which a query term only appears inside a compound ("Altersrente" for "Rente") are not found
this way; the part that is shown still marks them (the highlighter reads that part), so the
counts per part may fall short of the marks by those.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh.searching import Searcher

from indexer.engine.flat import FlatField, FlatSegment, unreadable
from indexer.schema import flat_positions_only
from indexer.search.highlight import Highlighter, QueryTerms

#: Word forms per term looked up at most (a one-letter term would otherwise list thousands).
MAX_FORMS_PER_TERM = 2_000
_FIELD = "exact"


def hit_positions(
    searcher: Searcher, docnum: int, terms: QueryTerms, highlighter: Highlighter
) -> npt.NDArray[np.int64]:
    """Sorted token positions, in the exact field of ``docnum``, of the words ``terms`` match."""
    if not terms:
        return np.zeros(0, dtype=np.int64)
    reader, local = _leaf(searcher, docnum)
    read = _position_reader(reader)
    found: list[int] = []
    for word in sorted(_forms(reader, terms, highlighter)):
        found.extend(read(word, local))
    return np.unique(np.asarray(found, dtype=np.int64))


def part_counts(positions: npt.NDArray[np.int64], part_positions: list[int]) -> list[int]:
    """How many of ``positions`` fall in each part (parts begin at ``part_positions``)."""
    if not len(positions):
        return [0] * len(part_positions)
    index = np.searchsorted(np.asarray(part_positions), positions, side="right") - 1
    counts = np.bincount(index[index >= 0], minlength=len(part_positions))
    return [int(n) for n in counts]


def _leaf(searcher: Searcher, docnum: int) -> tuple[Any, int]:
    """The segment reader holding ``docnum`` and the document's number within it."""
    leaves = searcher.reader().leaf_readers()
    for reader, offset in reversed(leaves):
        if docnum >= offset:
            return reader, docnum - offset
    return searcher.reader(), docnum


def _forms(reader: Any, terms: QueryTerms, highlighter: Highlighter) -> set[str]:
    forms = set(terms.exact)
    # A stem is the beginning of the folded word it came from (the exact terms are folded
    # words), so the forms beginning with a whole term are the candidates; each is analysed.
    for prefix in sorted({t for t in terms.stemmed | terms.exact if t}):
        for count, raw in enumerate(reader.expand_prefix(_FIELD, prefix)):
            if count >= MAX_FORMS_PER_TERM:
                break
            word = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            if word not in forms and highlighter.matches(word, terms):
                forms.add(word)
    return forms


def _position_reader(reader: Any) -> Callable[[str, int], list[int]]:
    """How the positions of a word in a document of the segment ``reader`` are read: from its
    flat postings where the field keeps them there alone (a segment whose flat postings are
    unreadable is refused by name), else from Whoosh's postings."""
    if not flat_positions_only(reader.schema[_FIELD]):
        return partial(_block_positions, reader)
    flat = FlatSegment.of(reader)
    if flat is None:
        raise unreadable(reader, _FIELD)
    field = flat.field(_FIELD)
    if field is None:  # no document of the segment has a word in the field
        return lambda _word, _docnum: []
    if field.positions is None:
        raise unreadable(reader, _FIELD)
    return partial(_flat_positions, field)


def _flat_positions(field: FlatField, word: str, docnum: int) -> list[int]:
    term = field.find(word.encode("utf-8"))
    if term < 0:
        return []
    start, end = field.span(term)
    at = int(np.searchsorted(field.docs[start:end], docnum))
    if at == end - start or int(field.docs[start + at]) != docnum:
        return []
    assert field.positions is not None
    first, last = field.position_bounds(start + at, start + at + 1).tolist()
    found: list[int] = field.positions[first:last].tolist()
    return found


def _block_positions(reader: Any, word: str, docnum: int) -> list[int]:
    if (_FIELD, word) not in reader:
        return []
    matcher = reader.postings(_FIELD, word)
    if matcher.is_active() and matcher.id() < docnum:
        matcher.skip_to(docnum)
    if not matcher.is_active() or matcher.id() != docnum:
        return []
    return list(matcher.value_as("positions"))
