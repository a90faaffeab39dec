"""What all searches on one index generation share: facet codes, date columns and LRU caches.

Built once when the index changes (:class:`Generation`), so facet clicks, date changes, sorting
and paging of one query reuse its work.
"""

from __future__ import annotations

import threading
from array import array
from collections import Counter, OrderedDict
from typing import Any, Generic, TypeVar

import numpy as np
from whoosh.query import Every, NumericRange, Or, Term
from whoosh.searching import Searcher

from indexer.engine.columns import (
    RecordReader,
    column_values,
    indexed_order_from_terms,
    int_column,
    raw_text_column,
)
from indexer.engine.flatgroups import flat_units, index_folder
from indexer.engine.postings import Floats, Ids
from indexer.engine.ranking import Mask, Ranker, Ranking, live_mask
from indexer.schema import split_values
from indexer.search.access import Access
from indexer.search.candidacies import Details
from indexer.search.highlight import Highlighter, QueryTerms
from indexer.search.people import PersonSummary
from indexer.search.similar import KeyTerms
from indexer.search.types import FACETS, Hit

#: Documents whose similar-documents list is kept per index generation.
SIMILAR_CACHE = 2048
#: Text-less stored records kept per generation (a few hundred bytes each).
RECORD_CACHE = 200_000
#: Document sets whose people lists are kept per generation.
PEOPLE_CACHE = 16
#: Snippets kept per generation, per (query terms, document): a few hundred bytes each, so
#: some 10 MB per serving process at most.
SNIPPET_CACHE = 20_000


class FacetTable:
    """Per-document facet values of one index generation, read once from the columns.

    Each distinct tuple of values of a facet gets a small integer code, so counting a facet over
    tens of thousands of hits is one ``bincount`` over the codes of the hits.
    """

    def __init__(self, searcher: Searcher) -> None:
        reader = searcher.reader()
        size = reader.doc_count_all()
        self.codes: dict[str, np.ndarray[Any, np.dtype[np.int32]]] = {}
        self.keys: dict[str, list[tuple[str, ...]]] = {}
        for name in FACETS:
            keys: list[tuple[str, ...]] = [()]
            known: dict[tuple[str, ...], int] = {(): 0}
            codes: list[int] = []
            raws = raw_text_column(reader, name, size) if name != "year" else None
            if raws is not None:  # decode each distinct value once, code the rest in C
                by_raw: dict[bytes, int] = {}
                for raw in dict.fromkeys(raws):
                    values = tuple(split_values(raw.decode("utf-8"))) if raw else ()
                    code = known.get(values)
                    if code is None:
                        code = known[values] = len(keys)
                        keys.append(values)
                    by_raw[raw] = code
                codes = list(map(by_raw.__getitem__, raws))
            else:
                for values in column_values(reader, name, size):
                    code = known.get(values)
                    if code is None:
                        code = known[values] = len(keys)
                        keys.append(values)
                    codes.append(code)
            self.codes[name] = np.array(codes, dtype=np.int32)
            self.keys[name] = keys

    def count(self, name: str, docs: Mask | Ids) -> Counter[str]:
        """The facet's values over ``docs`` (a mask, or document numbers: several facets of
        the same hits are counted faster from their numbers, found once, than from a mask)."""
        keys = self.keys[name]
        codes = self.codes[name]
        picked = codes[np.flatnonzero(docs)] if docs.dtype == np.bool_ else codes[docs]
        per_code = np.bincount(picked, minlength=len(keys))
        counter: Counter[str] = Counter()
        for code in np.flatnonzero(per_code).tolist():
            count = int(per_code[code])
            for value in keys[code]:
                counter[value] += count
        return counter


#: Queries whose hits (and ranking) are kept per index generation, for facet clicks and paging.
QUERY_CACHE_SIZE = 64
#: Filter masks kept per generation (one byte per document each).
FILTER_CACHE = 64

K = TypeVar("K")
V = TypeVar("V")


class Lru(Generic[K, V]):
    """A bounded cache shared by threads: the least recently used entry leaves first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Generation:
    """What all searches on one index generation share, built once when the index changes.

    Facet codes, the date columns (date filters and date sorts without touching postings) and a
    small LRU cache per query string: its matching documents and, once ranked, its relevance
    order. Facet clicks, date changes, sorting and paging of one query reuse them.
    """

    def __init__(self, searcher: Searcher) -> None:
        reader = searcher.reader()
        size = reader.doc_count_all()
        self.facets = FacetTable(searcher)
        self.live = live_mask([(s.reader(), o) for s, o in searcher.leaf_searchers()], size)
        #: Which documents each audience may see (indexer.search.access).
        self.access = Access(reader, self.live)
        #: Where the rankers read postings: flat groups and segments (indexer.engine.flatgroups).
        self.units = flat_units(
            [(s.reader(), o) for s, o in searcher.leaf_searchers()], index_folder(searcher)
        )
        self.starts = np.asarray(int_column(reader, "date_start", size), dtype=np.int64)
        self.ends = np.asarray(int_column(reader, "date_end", size), dtype=np.int64)
        #: Documents by (start date, docnum): undated ones (start 0) first, then the oldest.
        self.by_date = np.argsort(self.starts, kind="stable")
        self.dated_from = int(np.searchsorted(self.starts[self.by_date], 1))
        #: per sort direction (newest first?), each document's place in that date order
        self._places: dict[bool, np.ndarray[Any, np.dtype[np.int64]]] = {}
        #: Per-field BM25F length norms, shared by the rankers of all threads.
        self.norms: dict[str, Floats] = {}
        self._lock = threading.Lock()
        self._indexed_order: np.ndarray[Any, np.dtype[np.int64]] | None = None
        self._nominee_lists: Mask | None = None
        #: Per (audience, query string): its matching documents (those the audience may see)
        #: and, once ranked, its ranking. The audience is in the key because the query
        #: itself depends on it (typo corrections know only the visible words).
        self.docs: Lru[tuple[str, str], Mask] = Lru(QUERY_CACHE_SIZE)
        self.ranked: Lru[tuple[str, str], Ranking] = Lru(QUERY_CACHE_SIZE)
        self._hits: Lru[int, Hit] = Lru(RECORD_CACHE)
        #: Snippets per (query terms, docnum): see :meth:`snippet_hit`.
        self.snippets: Lru[tuple[QueryTerms, int], str] = Lru(SNIPPET_CACHE)
        #: Filter masks per facet selection and date range, as the issue's "cached filter
        #: bitsets": a filter is a mask the next query with that filter reuses.
        self.filters: Lru[tuple[Any, ...], Mask] = Lru(FILTER_CACHE)
        #: "Similar documents" per (audience, doc id, limit).
        self.similar: Lru[tuple[str, str, int], list[Hit]] = Lru(SIMILAR_CACHE)
        #: Key terms of texts, with the words' collection frequencies kept (similar documents).
        self.key_terms = KeyTerms()
        #: Nominees and first lines of candidacy documents per doc id (``/kandidaturen``;
        #: only documents the audience's own search listed are looked up).
        self.candidacy_details: Lru[str, Details] = Lru(RECORD_CACHE)
        #: The people of a document set (keyed by a digest of the set itself, so whatever
        #: chose the documents, an equal set gets an equal answer, whatever the audience):
        #: ``/personen``.
        self.people: Lru[bytes, list[PersonSummary]] = Lru(PEOPLE_CACHE)

    def hit(
        self,
        searcher: Searcher,
        docnum: int,
        score: float | None = None,
        records: RecordReader | None = None,
    ) -> Hit:
        """A document as a hit without snippet, kept for this generation.

        Whoosh stores all fields of a document in one pickled record, so listing a hit means
        unpickling its whole text. Exports, person pages and similar-document lists show no
        text: their hits are built once and then served from memory (hits are frozen, so
        the lists share them). ``records`` reads the records of a long list of hits
        (:func:`~indexer.engine.columns.stored_records`).
        """
        found = self._hits.get(docnum)
        if found is None:
            stored = records(docnum) if records is not None else searcher.stored_fields(docnum)
            found = self._keep_hit(docnum, stored)
        return found if score is None else found.scored(score)

    def _keep_hit(self, docnum: int, stored: dict[str, Any]) -> Hit:
        record = {k: v for k, v in stored.items() if k not in ("text", "provenance", "extra")}
        found = Hit.from_stored(record, None)
        self._hits.put(docnum, found)
        return found

    def snippet_hit(
        self,
        searcher: Searcher,
        docnum: int,
        score: float | None,
        terms: QueryTerms,
        highlighter: Highlighter,
        records: RecordReader | None = None,
    ) -> Hit:
        """A hit with its snippet for the query's ``terms``, both kept for this generation.

        A snippet reads the document's whole stored record (Whoosh unpickles its text with
        every field) and scans the text: some 0.5 ms a hit, which a search page shown again,
        a page turned back or an export downloaded again need not pay twice. The snippet
        depends only on the terms and the document (its text and title are fixed within a
        generation); which documents a viewer may see is decided before a hit is asked for.
        """
        key = (terms, docnum)
        snippet = self.snippets.get(key)
        if snippet is None:
            stored = records(docnum) if records is not None else searcher.stored_fields(docnum)
            snippet = highlighter.snippet(
                stored.get("text") or "", terms, title=stored.get("title") or ""
            )
            self.snippets.put(key, snippet)
            hit = self._hits.get(docnum) or self._keep_hit(docnum, stored)
        else:
            hit = self.hit(searcher, docnum, records=records)
        return hit.scored(score, snippet)

    def nominee_lists(self, candidacy: str) -> Mask:
        """Documents that may be list announcements of another type than ``candidacy``:
        several persons (every nominee is a person value). Read from the facet codes once."""
        with self._lock:
            if self._nominee_lists is None:
                table = self.facets
                several = np.array([len(k) >= 2 for k in table.keys["person"]])
                typed = np.array([candidacy in k for k in table.keys["doc_type"]])
                mask = several[table.codes["person"]] & ~typed[table.codes["doc_type"]]
                mask.flags.writeable = False  # shared by every request of this generation
                self._nominee_lists = mask
            return self._nominee_lists

    def ranker(self, searcher: Searcher) -> Ranker:
        """A ranker on this thread's searcher, sharing this generation's norms and live docs."""
        return Ranker(searcher, self.norms, self.live, self.units)

    def forget_queries(self) -> None:
        """Empty the per-query caches (for benchmarks of new queries)."""
        self.docs.clear()
        self.ranked.clear()
        self.snippets.clear()

    def dated(self, low: int | None, high: int | None) -> Mask | None:
        """Documents whose date span overlaps [low, high] (undated ones never match)."""
        if low is None and high is None:
            return None
        lo = max(low or 1, 1)
        hi = high if high is not None else 99_999_999
        key = ("date", lo, hi)
        mask = self.filters.get(key)
        if mask is None:
            starts = self.starts
            # A partial date (a month, a year) spans from its start to its end.
            mask = (starts > 0) & (starts <= hi) & (self.ends >= lo)
            mask.flags.writeable = False  # shared by every search of this generation
            self.filters.put(key, mask)
        return mask

    def with_values(self, ranker: Ranker, name: str, values: list[str]) -> Mask:
        """Documents with any of the values of one facet (kept for this generation)."""
        key = (name, *values)
        mask = self.filters.get(key)
        if mask is None:
            mask = _docs_for_values(ranker, name, values)
            mask.flags.writeable = False  # shared by every search of this generation
            self.filters.put(key, mask)
        return mask

    def by_date_within(self, docs: Mask, sort: str, limit: int | None = None) -> list[int]:
        """Documents of ``docs`` by date, undated ones last; ties by docnum ascending
        (descending when newest first). Only the first ``limit`` if given.

        Sorts the documents' places in the generation's date order (a permutation, built
        once), so the work follows the number of documents, not the size of the index.
        """
        ids = np.flatnonzero(docs)
        places = self._date_places(sort)[ids]
        if limit is not None and limit < len(ids):
            first = np.argpartition(places, limit)[:limit]
            ids, places = ids[first], places[first]
        ordered: list[int] = ids[np.argsort(places)].tolist()
        return ordered

    def nearest_in_time(self, docs: Mask, around: int, limit: int) -> list[int]:
        """The ``limit`` documents of ``docs`` dated nearest to the day ``around``
        (``yyyymmdd``, a date's first day), ties oldest first, undated ones last: what a
        reader of a document dated ``around`` looks for among its author's others. Distances
        are counted in days on the date columns, so only the chosen documents are read."""
        ordered = np.asarray(self.by_date_within(docs, "oldest"), dtype=np.int64)
        starts = self.starts[ordered]
        dated = starts > 0
        distance = np.full(len(ordered), np.iinfo(np.int64).max, dtype=np.int64)
        distance[dated] = np.abs(_days(starts[dated]) - _days(np.array([around]))[0])
        chosen = np.argsort(distance, kind="stable")[:limit]
        return ordered[chosen].tolist()  # type: ignore[no-any-return]

    def _date_places(self, sort: str) -> np.ndarray[Any, np.dtype[np.int64]]:
        """Each document's place in the date order of ``sort`` (newest or oldest first)."""
        newest = sort == "newest"
        places = self._places.get(newest)
        if places is None:
            order = self.by_date
            if newest:
                ordered = order[::-1]
            else:
                ordered = np.concatenate((order[self.dated_from :], order[: self.dated_from]))
            places = np.empty(len(ordered), dtype=np.int64)
            places[ordered] = np.arange(len(ordered), dtype=np.int64)
            self._places[newest] = places
        return places

    def indexed_order(self, searcher: Searcher) -> np.ndarray[Any, np.dtype[np.int64]]:
        """All documents, most recently indexed first (read once: ``indexed_at`` has no column)."""
        with self._lock:
            if self._indexed_order is None:
                try:
                    order = indexed_order_from_terms(searcher)
                except (AttributeError, KeyError):  # a reader without the whoosh3 term table
                    results = searcher.search(
                        Every(), limit=None, sortedby="indexed_at", reverse=True, terms=False
                    )
                    order = array("i", (d for _, d in results.top_n))
                self._indexed_order = np.asarray(order, dtype=np.int64)
            return self._indexed_order


def _docs_for_values(ranker: Ranker, name: str, values: list[str]) -> Mask:
    """Documents with any of the values of one facet."""
    queries: list[Any] = []
    for value in values:
        if name != "year":
            queries.append(Term(name, value))
        elif value.isdigit():
            queries.append(NumericRange("year", int(value), int(value)))
    return ranker.docs(Or(queries)) if queries else ranker.mask_of(())


def _days(yyyymmdd: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.int64]]:
    """``yyyymmdd`` integers as day numbers (days since 1970-01-01)."""
    values = np.asarray(yyyymmdd, dtype=np.int64)
    months = (values // 10000 - 1970) * 12 + (values // 100 % 100 - 1)
    days = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    return days + values % 100 - 1
