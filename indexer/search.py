"""Search with filters, facets, sorting and paging — shared by the CLI, the web app and the API.

Facet counts follow the usual faceted-search rule: values within one facet are OR-ed, facets are
AND-ed, and each facet is counted over the hits filtered by every *other* facet, so the other
values of a facet stay visible after one is selected.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh import scoring, sorting
from whoosh.index import Index
from whoosh.query import NumericRange, Query, Term
from whoosh.searching import Searcher

from indexer.documents import from_stored
from indexer.errors import QueryError
from indexer.highlight import Highlighter, QueryTerms
from indexer.isodate import bound
from indexer.query import ParsedQuery, parse_query
from indexer.schema import FACET_FIELDS, split_values
from indexer.store import IndexStore

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 100
MAX_PAGE = 1000
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


@dataclass
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
    """Per-document facet values of one index generation, read once from the columns."""

    def __init__(self, searcher: Searcher) -> None:
        reader = searcher.reader()
        size = reader.doc_count_all()
        self.values: dict[str, list[tuple[str, ...]]] = {}
        for name in FACET_FIELDS:
            if reader.has_column(name) and size:
                column = reader.column_reader(name)
                self.values[name] = [tuple(split_values(column[d])) for d in range(size)]
            else:
                self.values[name] = [()] * size
        if reader.has_column("year") and size:
            column = reader.column_reader("year")
            self.values["year"] = [(str(column[d]),) if column[d] else () for d in range(size)]
        else:
            self.values["year"] = [()] * size

    def count(self, name: str, docs: Iterable[int]) -> Counter[str]:
        values = self.values[name]
        counter: Counter[str] = Counter()
        for docnum in docs:
            counter.update(values[docnum])
        return counter


class SearchService:
    """Opens the index lazily, reuses a searcher per thread, and reopens when the index changes.

    New documents committed by the CLI while the web app runs show up on the next request.
    """

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self.highlighter = Highlighter()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._ix: Index | None = None
        self._data: str | None = None
        self._tables: dict[tuple[str, int], _FacetTable] = {}

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
            current = ix.searcher(weighting=_weighting())
        self._local.searcher = current
        self._local.data = self._data
        return current

    def facet_table(self, searcher: Searcher) -> _FacetTable:
        key = (self._data or "", searcher.reader().generation())
        with self._lock:
            table = self._tables.get(key)
            if table is None:
                self._tables = {key: _FacetTable(searcher)}
                table = self._tables[key]
            return table

    def document(self, doc_id: str) -> dict[str, Any] | None:
        stored = self.searcher().document(id=doc_id)
        return from_stored(stored) if stored else None

    def search(self, request: SearchRequest, max_page_size: int = MAX_PAGE_SIZE) -> SearchResult:
        """Run one search; ``max_page_size`` is raised only by batch evaluation runs."""
        request.validate(max_page_size)
        started = time.perf_counter()
        searcher = self.searcher()
        parsed = parse_query(request.q, searcher)
        result = _run(searcher, parsed, request, self)
        result.took_ms = (time.perf_counter() - started) * 1000
        return result


def _weighting() -> Any:
    """The ranking model tuned by the German search work, else plain BM25F."""
    from indexer import query

    factory = getattr(query, "weighting", None)
    return factory() if factory else scoring.BM25F()


def _run(
    searcher: Searcher, parsed: ParsedQuery, request: SearchRequest, service: SearchService
) -> SearchResult:
    base = set(searcher.docs_for_query(parsed.query))
    filter_sets = {
        name: _docs_for_values(searcher, name, values)
        for name, values in request.filters.items()
        if values
    }
    date_set = _docs_for_dates(searcher, request.date_from, request.date_to)
    matched = _intersect(base, [*filter_sets.values(), date_set])
    hits = _ranked_hits(searcher, parsed, request, matched, service.highlighter)
    facets: dict[str, list[FacetValue]] = {}
    if request.with_facets:
        table = service.facet_table(searcher)
        for name in FACETS:
            others: list[set[int] | None]
            if name == "year":
                others = [*filter_sets.values()]
            else:
                others = [s for n, s in filter_sets.items() if n != name]
                others.append(date_set)
            own_filter = name in filter_sets or name == "year"
            docs = _intersect(base, others) if own_filter else matched
            selected = request.filters.get(name, [])
            facets[name] = _facet_values(table.count(name, docs), selected, name == "year")
    return SearchResult(
        request=request,
        total=len(matched),
        hits=hits,
        facets=facets,
        took_ms=0.0,
        suggestion=parsed.suggestion if not matched or parsed.suggestion else None,
        notice=parsed.notice,
    )


def _intersect(base: set[int], others: Sequence[set[int] | None]) -> set[int]:
    result = base
    for other in sorted((o for o in others if o is not None), key=len):
        result = result & other
    return result


def _docs_for_values(searcher: Searcher, name: str, values: list[str]) -> set[int]:
    docs: set[int] = set()
    for value in values:
        if name == "year":
            if value.isdigit():
                docs.update(searcher.docs_for_query(NumericRange("year", int(value), int(value))))
        else:
            docs.update(searcher.docs_for_query(Term(name, value)))
    return docs


def _docs_for_dates(
    searcher: Searcher, date_from: str | None, date_to: str | None
) -> set[int] | None:
    low = bound(date_from, end=False) if date_from else None
    high = bound(date_to, end=True) if date_to else None
    if low is None and high is None:
        return None
    query: Query
    if low is not None and high is not None:
        query = NumericRange("date_end", low, None) & NumericRange("date_start", 1, high)
    elif low is not None:
        query = NumericRange("date_end", low, None)
    else:
        query = NumericRange("date_start", 1, high)
    return set(searcher.docs_for_query(query))


def _ranked_hits(
    searcher: Searcher,
    parsed: ParsedQuery,
    request: SearchRequest,
    matched: set[int],
    highlighter: Highlighter,
) -> list[Hit]:
    if not matched:
        return []
    offset = (request.page - 1) * request.page_size
    kwargs: dict[str, Any] = {
        "limit": offset + request.page_size,
        "filter": matched,
        "terms": False,
    }
    if request.sort == "newest":
        kwargs.update(sortedby="date_start", reverse=True)
    elif request.sort == "oldest":
        kwargs.update(
            sortedby=sorting.TranslateFacet(_undated_last, sorting.FieldFacet("date_start"))
        )
    results = searcher.search(parsed.query, **kwargs)
    terms = QueryTerms.from_query(parsed.query)
    hits = []
    for index in range(offset, min(len(results.top_n), offset + request.page_size)):
        score, docnum = results.top_n[index]
        stored = searcher.stored_fields(docnum)
        snippet = (
            highlighter.snippet(stored.get("text") or "", terms) if request.with_snippets else ""
        )
        hits.append(
            Hit(
                id=stored["id"],
                score=score if request.sort == "relevance" else None,
                title=stored.get("title") or "",
                person=split_values(stored.get("person")),
                office=split_values(stored.get("office")),
                region=split_values(stored.get("region")),
                bundesland=split_values(stored.get("bundesland")),
                party=split_values(stored.get("party")),
                doc_type=split_values(stored.get("doc_type")),
                date=stored.get("date"),
                snippet=snippet,
            )
        )
    return hits


def _undated_last(value: int) -> int:
    return value if value else 99_999_999


def _facet_values(counter: Counter[str], selected: list[str], by_value: bool) -> list[FacetValue]:
    if by_value:
        items = sorted(counter.items())
    else:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    values = [FacetValue(v, c, v in selected) for v, c in items]
    present = {v.value for v in values}
    values.extend(FacetValue(v, 0, True) for v in selected if v not in present)
    return values
