"""Search with filters, facets, sorting and paging — shared by the CLI, the web app and the API.

Facet counts follow the usual faceted-search rule: values within one facet are OR-ed, facets are
AND-ed, and each facet is counted over the hits filtered by every *other* facet, so the other
values of a facet stay visible after one is selected.
"""

from __future__ import annotations

import sys
import threading
import time
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Generic, TypeVar

import numpy as np
from whoosh.index import Index
from whoosh.query import Every, NumericRange, Or, Term
from whoosh.searching import Searcher

from indexer.documents import from_stored
from indexer.errors import QueryError
from indexer.flatgroups import flat_units, index_folder
from indexer.highlight import Highlighter, QueryTerms
from indexer.isodate import bound
from indexer.memory import keep_freed_memory
from indexer.postings import Floats, Ids
from indexer.query import ParsedQuery, parse_query, weighting
from indexer.ranking import Mask, Ranker, Ranking, live_mask
from indexer.schema import FACET_FIELDS, split_values
from indexer.store import IndexStore

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 100
MAX_PAGE = 1000
#: Key terms of a document that make its more-like-this query.
MLT_TERMS = 20
#: Documents whose similar-documents list is kept per index generation.
SIMILAR_CACHE = 2048
#: Text-less stored records kept per generation (a few hundred bytes each).
RECORD_CACHE = 200_000
#: Facets shown to users, in order; ``year`` is the histogram.
FACETS: tuple[str, ...] = (*FACET_FIELDS, "year")


@dataclass
class SearchRequest:
    """Everything that defines a result page; the web app keeps it all in the URL."""

    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 10
    with_facets: bool = True
    with_snippets: bool = True

    def validate(self, max_page_size: int = MAX_PAGE_SIZE) -> None:
        """Raise :class:`QueryError` with a message a person can act on."""
        unknown = sorted(set(self.filters) - set(FACETS))
        if unknown:
            raise QueryError(
                f"Unbekanntes Filterfeld {', '.join(unknown)!s}; erlaubt: {', '.join(FACETS)}."
            )
        if self.sort not in SORTS:
            raise QueryError(f"Unbekannte Sortierung {self.sort!r}; erlaubt: {', '.join(SORTS)}.")
        if not 1 <= self.page_size <= max_page_size:
            raise QueryError(f"Trefferzahl pro Seite muss zwischen 1 und {max_page_size} liegen.")
        if not 1 <= self.page <= MAX_PAGE:
            raise QueryError(f"Seite muss zwischen 1 und {MAX_PAGE} liegen.")
        for name, value in (("von", self.date_from), ("bis", self.date_to)):
            if value and bound(value, end=False) is None:
                raise QueryError(
                    f"Datum {name} {value!r} ist ungültig; erlaubt sind z. B. 2024, 2024-09 "
                    "oder 2024-09-07."
                )


@dataclass(frozen=True)
class Hit:
    id: str
    score: float | None
    title: str
    person: list[str]
    office: list[str]
    region: list[str]
    bundesland: list[str]
    party: list[str]
    doc_type: list[str]
    date: str | None
    snippet: str
    #: When the document entered the index (ISO, UTC); for feeds, not part of the hit JSON.
    indexed_at: str | None = None
    #: Where the document came from (URL or file path); for exports, not part of the hit JSON.
    source: str | None = None

    @classmethod
    def from_stored(cls, stored: dict[str, Any], score: float | None, snippet: str = "") -> Hit:
        indexed = stored.get("indexed_at")
        return cls(
            id=stored["id"],
            score=score,
            title=stored.get("title") or "",
            person=split_values(stored.get("person")),
            office=split_values(stored.get("office")),
            region=split_values(stored.get("region")),
            bundesland=split_values(stored.get("bundesland")),
            party=split_values(stored.get("party")),
            doc_type=split_values(stored.get("doc_type")),
            date=stored.get("date"),
            snippet=snippet,
            indexed_at=indexed.replace(microsecond=0).isoformat() + "Z" if indexed else None,
            source=stored.get("source") or None,
        )

    def as_json(self) -> dict[str, Any]:
        """The stable hit shape of ``search --json`` and the API."""
        return {
            "id": self.id,
            "score": None if self.score is None else round(self.score, 4),
            "title": self.title,
            "person": _one(self.person),
            "persons": self.person,
            "office": _one(self.office),
            "region": _one(self.region),
            "bundesland": _one(self.bundesland),
            "party": _one(self.party),
            "doc_type": _one(self.doc_type),
            "date": self.date,
            "snippet": self.snippet,
        }


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class SearchResult:
    request: SearchRequest
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    took_ms: float
    suggestion: str | None = None
    notice: str | None = None

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, -(-self.total // self.request.page_size)))

    def as_json(self) -> dict[str, Any]:
        return {
            "query": self.request.q,
            "total": self.total,
            "page": self.request.page,
            "page_size": self.request.page_size,
            "pages": self.pages,
            "took_ms": round(self.took_ms, 3),
            "suggestion": self.suggestion,
            "notice": self.notice,
            "hits": [h.as_json() for h in self.hits],
            "facets": {
                name: [{"value": v.value, "count": v.count, "selected": v.selected} for v in values]
                for name, values in self.facets.items()
            },
        }


def _one(values: list[str]) -> str | None:
    return ", ".join(values) if values else None


class _FacetTable:
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
            raws = _raw_text_column(reader, name, size) if name != "year" else None
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
                for values in _column_values(reader, name, size):
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


def _raw_text_column(reader: Any, name: str, size: int) -> list[bytes] | None:
    """The raw bytes of a KEYWORD/ID column for every document, read in bulk (or None)."""
    if name not in reader.schema or type(reader.schema[name]).__name__ not in ("KEYWORD", "ID"):
        return None
    out: list[bytes] = []
    for leaf, _offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        if not leaf.has_column(name):
            out.extend([b""] * count)
            continue
        column = leaf.column_reader(name, translate=False)
        lengths = getattr(column, "_lengths", None)
        offsets = getattr(column, "_offsets", None)
        if lengths is None or offsets is None or len(lengths) != count:
            return None
        data = bytes(column._dbfile.get(column._basepos, column._length))
        out.extend(data[o : o + n] for o, n in zip(offsets, lengths, strict=True))
    return out if len(out) == size else None


def _column_values(reader: Any, name: str, size: int) -> Iterator[tuple[str, ...]]:
    if not size or not reader.has_column(name):
        yield from [()] * size
        return
    if name == "year":
        numbers = _numeric_column(reader, name, size)
        if numbers is not None:
            yield from ((str(n),) if n else () for n in numbers)
            return
    column = reader.column_reader(name)
    for raw in (column[d] for d in range(size)):
        if name == "year":
            yield (str(raw),) if raw else ()
        else:
            yield tuple(split_values(raw))


#: Queries whose hits (and ranking) are kept per index generation, for facet clicks and paging.
QUERY_CACHE_SIZE = 64
#: Filter masks kept per generation (one byte per document each).
FILTER_CACHE = 64

K = TypeVar("K")
V = TypeVar("V")


class _Lru(Generic[K, V]):
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


class _Generation:
    """What all searches on one index generation share, built once when the index changes.

    Facet codes, the date columns (date filters and date sorts without touching postings) and a
    small LRU cache per query string: its matching documents and, once ranked, its relevance
    order. Facet clicks, date changes, sorting and paging of one query reuse them.
    """

    def __init__(self, searcher: Searcher) -> None:
        reader = searcher.reader()
        size = reader.doc_count_all()
        self.facets = _FacetTable(searcher)
        self.live = live_mask([(s.reader(), o) for s, o in searcher.leaf_searchers()], size)
        #: Where the rankers read postings: flat groups and segments (indexer.flatgroups).
        self.units = flat_units(
            [(s.reader(), o) for s, o in searcher.leaf_searchers()], index_folder(searcher)
        )
        self.starts = np.asarray(_int_column(reader, "date_start", size), dtype=np.int64)
        self.ends = np.asarray(_int_column(reader, "date_end", size), dtype=np.int64)
        #: Documents by (start date, docnum): undated ones (start 0) first, then the oldest.
        self.by_date = np.argsort(self.starts, kind="stable")
        self.dated_from = int(np.searchsorted(self.starts[self.by_date], 1))
        #: per sort direction (newest first?), each document's place in that date order
        self._places: dict[bool, np.ndarray[Any, np.dtype[np.int64]]] = {}
        #: Per-field BM25F length norms, shared by the rankers of all threads.
        self.norms: dict[str, Floats] = {}
        self._lock = threading.Lock()
        self._indexed_order: np.ndarray[Any, np.dtype[np.int64]] | None = None
        #: Per query string: its matching documents and, once ranked, its ranking.
        self.docs: _Lru[str, Mask] = _Lru(QUERY_CACHE_SIZE)
        self.ranked: _Lru[str, Ranking] = _Lru(QUERY_CACHE_SIZE)
        self._hits: _Lru[int, Hit] = _Lru(RECORD_CACHE)
        #: Filter masks per facet selection and date range, as the issue's "cached filter
        #: bitsets": a filter is a mask the next query with that filter reuses.
        self.filters: _Lru[tuple[Any, ...], Mask] = _Lru(FILTER_CACHE)
        #: "Similar documents" per (doc id, limit).
        self.similar: _Lru[tuple[str, int], list[Hit]] = _Lru(SIMILAR_CACHE)

    def hit(self, searcher: Searcher, docnum: int, score: float | None = None) -> Hit:
        """A document as a hit without snippet, kept for this generation.

        Whoosh stores all fields of a document in one pickled record, so listing a hit means
        unpickling its whole text. Exports, person pages and similar-document lists show no
        text: their hits are built once and then served from memory (hits are frozen, so
        the lists share them).
        """
        found = self._hits.get(docnum)
        if found is None:
            stored = searcher.stored_fields(docnum)
            record = {k: v for k, v in stored.items() if k not in ("text", "provenance", "extra")}
            found = Hit.from_stored(record, None)
            self._hits.put(docnum, found)
        return found if score is None else replace(found, score=score)

    def ranker(self, searcher: Searcher) -> Ranker:
        """A ranker on this thread's searcher, sharing this generation's norms and live docs."""
        return Ranker(searcher, self.norms, self.live, self.units)

    def forget_queries(self) -> None:
        """Empty the per-query caches (for benchmarks of new queries)."""
        self.docs.clear()
        self.ranked.clear()

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
                    order = _indexed_order_from_terms(searcher)
                except (AttributeError, KeyError):  # a reader without the whoosh3 term table
                    results = searcher.search(
                        Every(), limit=None, sortedby="indexed_at", reverse=True, terms=False
                    )
                    order = array("i", (d for _, d in results.top_n))
                self._indexed_order = np.asarray(order, dtype=np.int64)
            return self._indexed_order


def _indexed_order_from_terms(searcher: Searcher) -> array[int]:
    """Documents by ``indexed_at``, newest first, from the term table alone.

    Each full-precision ``indexed_at`` term (shift byte 0, sorted like the time) names its
    documents; a term of one document stores that document's number in its term info, so no
    postings need to be read (Whoosh's own sort on this column-less field reads them all).
    """
    pairs: list[tuple[bytes, int]] = []
    for leaf, offset in searcher.reader().leaf_readers():
        for (name, term), info in leaf._terms.items_from("indexed_at", b""):
            if name != "indexed_at" or term[:1] != b"\x00":
                break
            if info.doc_frequency() == 1:
                pairs.append((term, offset + info.min_id()))
            else:
                postings = leaf.postings("indexed_at", term)
                pairs.extend((term, offset + d) for d in postings.all_ids())
    pairs.sort(reverse=True)
    return array("i", (d for _, d in pairs))


def _numeric_column(reader: Any, name: str, size: int) -> array[int] | None:
    """An unsigned integer column of every segment, decoded in bulk (None: not such a column).

    Whoosh reads a column one document at a time through Python; the raw column of an
    unsigned, integral NUMERIC field is the big-endian array of the values themselves.
    """
    field = reader.schema[name] if name in reader.schema else None
    if (
        field is None
        or type(field).__name__ != "NUMERIC"
        or field.numtype is not int
        or field.signed
        or field.decimal_places
    ):
        return None
    out = array("l")
    for leaf, _offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        if not leaf.has_column(name):
            out.extend([0] * count)
            continue
        column = leaf.column_reader(name, translate=False)
        typecode = getattr(column, "_typecode", None)
        if typecode is None or typecode not in "bBhHiIlLqQ":
            return None
        raw = array(typecode)
        raw.frombytes(bytes(column._dbfile.get(column._basepos, column._count * raw.itemsize)))
        if sys.byteorder == "little":
            raw.byteswap()
        out.extend(raw.tolist())
        out.extend([column._default] * (count - len(raw)))
    return out if len(out) == size else None


def _int_column(reader: Any, name: str, size: int) -> array[int]:
    if not size or not reader.has_column(name):
        return array("l", [0] * size)
    bulk = _numeric_column(reader, name, size)
    if bulk is not None:
        return bulk
    column = reader.column_reader(name)
    return array("l", (int(column[d] or 0) for d in range(size)))


class SearchService:
    """Opens the index lazily, reuses a searcher per thread, and reopens when the index changes.

    New documents committed by the CLI while the web app runs show up on the next request.
    """

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        keep_freed_memory()  # per-query arrays reuse freed memory (see indexer.memory)
        self.highlighter = Highlighter()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._ix: Index | None = None
        self._data: str | None = None
        self._generations: dict[tuple[str, int], _Generation] = {}
        self._build_lock = threading.Lock()

    def _index(self) -> Index:
        data = self.store.manifest().data
        with self._lock:
            if self._ix is None or data != self._data:
                self._ix = self.store.open()
                self._data = data
            return self._ix

    def searcher(self) -> Searcher:
        """This thread's searcher, refreshed if the index changed since it was opened."""
        ix = self._index()
        current: Searcher | None = getattr(self._local, "searcher", None)
        if current is not None and getattr(self._local, "data", None) == self._data:
            if not current.up_to_date():
                current = current.refresh()
        else:
            if current is not None:
                current.close()
            current = ix.searcher(weighting=weighting())
        self._local.searcher = current
        self._local.data = self._data
        return current

    def generation(self, searcher: Searcher) -> _Generation:
        """Shared data of the searcher's index generation (built on first use)."""
        key = (self._data or "", searcher.reader().generation())
        with self._lock:
            current = self._generations.get(key)
        if current is not None:
            return current
        # One thread builds it (a second or more on a large index); the others wait for it.
        with self._build_lock:
            with self._lock:
                current = self._generations.get(key)
            if current is None:
                current = _Generation(searcher)
                with self._lock:
                    self._generations = {key: current}
        return current

    def forget_queries(self) -> None:
        """Forget cached query results (benchmarks measure new queries with it)."""
        with self._lock:
            generations = list(self._generations.values())
        for generation in generations:
            generation.forget_queries()

    def facet_table(self, searcher: Searcher) -> _FacetTable:
        return self.generation(searcher).facets

    def document(self, doc_id: str) -> dict[str, Any] | None:
        stored = self.searcher().document(id=doc_id)
        return from_stored(stored) if stored else None

    def renamed(self, old_id: str) -> str | None:
        """The current id of the one document whose earlier id was ``old_id`` (else None:
        an old id that now names several documents leads nowhere rather than astray)."""
        searcher = self.searcher()
        numbers = list(searcher.document_numbers(alias=old_id))
        if len(numbers) != 1:
            return None
        stored = searcher.stored_fields(numbers[0])
        return str(stored["id"]) if stored and stored.get("id") else None

    def search(self, request: SearchRequest, max_page_size: int = MAX_PAGE_SIZE) -> SearchResult:
        """Run one search; ``max_page_size`` is raised only by batch evaluation runs."""
        request.validate(max_page_size)
        started = time.perf_counter()
        searcher = self.searcher()
        parsed = parse_query(request.q, searcher)
        result = _run(searcher, parsed, request, self)
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    def iter_hits(
        self,
        request: SearchRequest,
        *,
        order: str | None = None,
        limit: int | None = None,
        snippets: bool = False,
    ) -> Iterator[Hit]:
        """Every hit of a search (not only one page), in the request's sort order.

        ``order="indexed"`` lists the most recently indexed documents first (for feeds).
        ``request.page`` and ``request.page_size`` are ignored. For exports and feeds.
        """
        request.validate()
        searcher = self.searcher()
        parsed = parse_query(request.q, searcher)
        found = _matched(searcher, parsed, request, self)
        if not found.matched.any():
            return
        terms = QueryTerms.from_query(parsed.query)
        generation = self.generation(searcher)
        ordered: Iterable[tuple[int, float | None]]
        if order == "indexed":
            recent = generation.indexed_order(searcher)
            ordered = ((d, None) for d in recent[found.matched[recent]][:limit].tolist())
        else:
            ordered = islice(_ordered(found, request.sort, generation, limit), limit)
        for docnum, score in list(ordered):
            if not snippets:
                yield generation.hit(searcher, docnum, score)
                continue
            stored = searcher.stored_fields(docnum)
            snippet = self.highlighter.snippet(stored.get("text") or "", terms)
            yield Hit.from_stored(stored, score, snippet)

    def more_like_this(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Documents similar to ``doc_id``: its key terms (Whoosh's more-like-this model).

        The key terms come from Whoosh; the query they make is ranked by our posting-list
        ranker (Whoosh's own collector took ~0.5 s per long speech), and the answer is kept
        per index generation, because a document page is opened again and again.
        """
        searcher = self.searcher()
        generation = self.generation(searcher)
        cached = generation.similar.get((doc_id, limit))
        if cached is not None:
            return cached
        docnum = searcher.document_number(id=doc_id)
        if docnum is None:
            return []
        try:
            terms = searcher.key_terms([docnum], "text", numterms=MLT_TERMS)
        except (KeyError, ValueError, ZeroDivisionError):  # empty or unanalysable text
            return []
        if not terms:
            return []
        query = Or([Term("text", term, boost=weight) for term, weight in terms])
        best = generation.ranker(searcher).rank(query).top(None, limit + 1)
        hits = [
            generation.hit(searcher, d)
            for d, _score in best
            if d != docnum
        ][:limit]
        generation.similar.put((doc_id, limit), hits)
        return hits

    def person_documents(self, name: str, limit: int = 1000) -> tuple[int, list[Hit]]:
        """All documents of one person (exact facet value), oldest first; undated last.

        Returns the total and at most ``limit`` hits.
        """
        searcher = self.searcher()
        generation = self.generation(searcher)
        docs = generation.ranker(searcher).docs(Term("person", name))
        ordered = generation.by_date_within(docs, "oldest", limit)
        hits = [generation.hit(searcher, d) for d in ordered]
        return int(np.count_nonzero(docs)), hits


@dataclass
class _Found:
    """The documents of one search: after all filters, the query's own, and each filter's."""

    matched: Mask
    base: Mask
    filter_sets: dict[str, Mask]
    date_set: Mask | None
    ranking: Ranking | None


def _matched(
    searcher: Searcher, parsed: ParsedQuery, request: SearchRequest, service: SearchService
) -> _Found:
    generation = service.generation(searcher)
    ranker = generation.ranker(searcher)
    ranking = None
    if request.sort == "relevance":
        ranking = generation.ranked.get(request.q)
        if ranking is None:
            ranking = ranker.rank(parsed.query)
            generation.ranked.put(request.q, ranking)
    base = generation.docs.get(request.q)
    if base is None:
        base = ranking.mask if ranking is not None else ranker.docs(parsed.query)
        generation.docs.put(request.q, base)
    filter_sets = {
        name: generation.with_values(ranker, name, values)
        for name, values in request.filters.items()
        if values
    }
    low = bound(request.date_from, end=False) if request.date_from else None
    high = bound(request.date_to, end=True) if request.date_to else None
    date_set = generation.dated(low, high)
    matched = _intersect(base, [*filter_sets.values(), date_set])
    return _Found(matched, base, filter_sets, date_set, ranking)


def _ordered(
    found: _Found, sort: str, generation: _Generation, count: int | None = None
) -> Iterator[tuple[int, float | None]]:
    """Matched documents in sort order with their scores (None unless by relevance).

    By relevance, only the best ``count`` are listed (all if None).
    """
    matched = found.matched
    if sort == "relevance" and found.ranking is not None:
        pool = None if matched is found.base else matched
        wanted = int(np.count_nonzero(matched)) if count is None else count
        return iter(found.ranking.top(pool, wanted))
    return ((d, None) for d in generation.by_date_within(matched, sort, count))


def _run(
    searcher: Searcher, parsed: ParsedQuery, request: SearchRequest, service: SearchService
) -> SearchResult:
    found = _matched(searcher, parsed, request, service)
    generation = service.generation(searcher)
    offset = (request.page - 1) * request.page_size
    ordered = _ordered(found, request.sort, generation, offset + request.page_size)
    page = list(islice(ordered, offset, offset + request.page_size))
    hits = _page_hits(searcher, parsed, request, page, service.highlighter)
    facets: dict[str, list[FacetValue]] = {}
    if request.with_facets:
        table = generation.facets
        matched: Ids | None = None  # the facets without a selection of their own share them
        for name in FACETS:
            # Each facet is counted without its own selection; the year histogram also
            # without the date range, so the years outside it stay visible.
            others: list[Mask | None] = [s for n, s in found.filter_sets.items() if n != name]
            if name != "year":
                others.append(found.date_set)
            own_filter = name in found.filter_sets or (
                name == "year" and found.date_set is not None
            )
            docs = _intersect(found.base, others) if own_filter else found.matched
            if docs is found.matched:
                if matched is None:
                    matched = np.flatnonzero(docs)
                counted = table.count(name, matched)
            else:
                counted = table.count(name, docs)
            selected = request.filters.get(name, [])
            facets[name] = _facet_values(counted, selected, name == "year")
    return SearchResult(
        request=request,
        total=int(np.count_nonzero(found.matched)),
        hits=hits,
        facets=facets,
        took_ms=0.0,
        suggestion=parsed.suggestion if not found.matched.any() or parsed.suggestion else None,
        notice=parsed.notice,
    )


def _intersect(base: Mask, others: Sequence[Mask | None]) -> Mask:
    result = base
    for other in others:
        if other is not None:
            result = result & other
    return result


def _docs_for_values(ranker: Ranker, name: str, values: list[str]) -> Mask:
    """Documents with any of the values of one facet."""
    queries: list[Any] = []
    for value in values:
        if name != "year":
            queries.append(Term(name, value))
        elif value.isdigit():
            queries.append(NumericRange("year", int(value), int(value)))
    return ranker.docs(Or(queries)) if queries else ranker.mask_of(())


def _page_hits(
    searcher: Searcher,
    parsed: ParsedQuery,
    request: SearchRequest,
    page: list[tuple[int, float | None]],
    highlighter: Highlighter,
) -> list[Hit]:
    terms = QueryTerms.from_query(parsed.query)
    hits = []
    for docnum, score in page:
        stored = searcher.stored_fields(docnum)
        text = stored.get("text") or ""
        snippet = highlighter.snippet(text, terms) if request.with_snippets else ""
        hits.append(Hit.from_stored(stored, score, snippet))
    return hits


def _facet_values(counter: Counter[str], selected: list[str], by_value: bool) -> list[FacetValue]:
    if by_value:
        items = sorted(counter.items())
    else:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    values = [FacetValue(v, c, v in selected) for v, c in items]
    present = {v.value for v in values}
    values.extend(FacetValue(v, 0, True) for v in selected if v not in present)
    return values
