"""The search state of a page, read from and written to the URL (every view is a permalink).

Parameters, shared by the search page, the JSON API and the exports::

    q          the query (query language of the search)
    person, office, region, bundesland, party, doc_type, year
               facet values; repeat a parameter to select several (OR within, AND across);
               the German names of the query language work too (partei, amt, jahr, …)
    from, to   date range, partial dates allowed (2024, 2024-09, 2024-09-07)
    sort       relevance | newest | oldest (default: relevance, newest without a query)
    page       1 … 1000
    page_size  1 … 100 (default 10)

URLs are built here, in Python, in one canonical parameter order, so the templates only print
them and equal states give equal URLs. Empty parameters (``from=&to=``) mean "not set".

Unknown parameters are ignored by the pages and the API alike (a link with ``utm_source`` still
works); the API names them in ``request.ignored`` so that a typo does not go unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from indexer.errors import QueryError
from indexer.search import FACET_NAMES, FACETS, MAX_PAGE, MAX_PAGE_SIZE, SearchRequest

DEFAULT_PAGE_SIZE = 10
#: Longer queries are cut by the query parser with a notice; beyond this we refuse outright.
MAX_Q_CHARS = 20_000

#: Parameters of the search state, in canonical URL order.
STATE_PARAMS: tuple[str, ...] = ("q", *FACETS, "from", "to", "sort", "page_size", "page")


@dataclass(frozen=True)
class SearchState:
    """Everything that defines a result list; immutable, so views derive new states."""

    q: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str = ""
    date_to: str = ""
    sort: str = ""  # "" = the default for this query
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    # -- reading ------------------------------------------------------------------------
    @classmethod
    def from_args(cls, args: MultiDict[str, str]) -> SearchState:
        """Parse and validate URL parameters; :class:`QueryError` with a German message."""
        q = args.get("q", "")
        if len(q) > MAX_Q_CHARS:
            raise QueryError(
                f"Die Suchanfrage ist mit {len(q)} Zeichen zu lang (höchstens {MAX_Q_CHARS})."
            )
        filters: dict[str, tuple[str, ...]] = {}
        for key in args:
            name = FACET_NAMES.get(key)
            if name is not None:
                values = (v.strip() for v in args.getlist(key) if v.strip())
                filters[name] = _unique((*filters.get(name, ()), *values))
        filters = {name: filters[name] for name in FACETS if filters.get(name)}
        state = cls(
            q=q,
            filters=filters,
            date_from=args.get("from", "").strip(),
            date_to=args.get("to", "").strip(),
            sort=args.get("sort", "").strip(),
            page=_parsed_int("Seite", args.get("page", ""), 1, MAX_PAGE),
            page_size=_parsed_int(
                "Treffer pro Seite", args.get("page_size", ""), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
            ),
        )
        state.to_request().validate()  # the one validation, shared with the CLI
        return state

    @property
    def effective_sort(self) -> str:
        """Relevance for a query; without one, the newest documents first."""
        return self.sort or ("relevance" if self.q.strip() else "newest")

    @property
    def has_filters(self) -> bool:
        return bool(self.filters or self.date_from or self.date_to)

    def selected(self, name: str) -> tuple[str, ...]:
        return self.filters.get(name, ())

    def to_request(self, **overrides: Any) -> SearchRequest:
        request = SearchRequest(
            q=self.q,
            filters={name: list(values) for name, values in self.filters.items()},
            date_from=self.date_from or None,
            date_to=self.date_to or None,
            sort=self.effective_sort,
            page=self.page,
            page_size=self.page_size,
        )
        for key, value in overrides.items():
            setattr(request, key, value)
        return request

    # -- deriving -----------------------------------------------------------------------
    def toggled(self, name: str, value: str) -> SearchState:
        """This state with ``value`` of facet ``name`` switched on or off, back on page 1."""
        current = self.selected(name)
        values = tuple(v for v in current if v != value) if value in current else (*current, value)
        return self.with_filter(name, values)

    def with_filter(self, name: str, values: Iterable[str]) -> SearchState:
        filters = dict(self.filters)
        values = tuple(values)
        if values:
            filters[name] = values
        else:
            filters.pop(name, None)
        return replace(self, filters=filters, page=1)

    def with_dates(self, date_from: str = "", date_to: str = "") -> SearchState:
        return replace(self, date_from=date_from, date_to=date_to, page=1)

    def cleared(self) -> SearchState:
        """No filters and no date range; query, sort and page size stay."""
        return replace(self, filters={}, date_from="", date_to="", page=1)

    def with_page(self, page: int) -> SearchState:
        return replace(self, page=page)

    def with_sort(self, sort: str) -> SearchState:
        return replace(self, sort=sort, page=1)

    def with_query(self, q: str) -> SearchState:
        return replace(self, q=q, page=1)

    # -- writing ------------------------------------------------------------------------
    def params(self) -> list[tuple[str, str]]:
        """URL parameters in canonical order; defaults are left out."""
        out: list[tuple[str, str]] = []
        if self.q:
            out.append(("q", self.q))
        for name in FACETS:
            out.extend((name, value) for value in self.selected(name))
        if self.date_from:
            out.append(("from", self.date_from))
        if self.date_to:
            out.append(("to", self.date_to))
        if self.sort:
            out.append(("sort", self.sort))
        if self.page_size != DEFAULT_PAGE_SIZE:
            out.append(("page_size", str(self.page_size)))
        if self.page != 1:
            out.append(("page", str(self.page)))
        return out

    def url(self, base: str, extra: Iterable[tuple[str, str]] = ()) -> str:
        params = [*self.params(), *extra]
        return f"{base}?{urlencode(params)}" if params else base

    def hidden_fields(self, *, skip: Iterable[str] = ()) -> list[tuple[str, str]]:
        """Name/value pairs for hidden inputs of a form that changes other parts of the state."""
        skipped = set(skip)
        return [(k, v) for k, v in self.params() if k not in skipped and k != "page"]


def unknown_params(args: Iterable[str]) -> list[str]:
    """Parameter names that are no part of the search state (ignored, see the module)."""
    known = {*STATE_PARAMS, *FACET_NAMES}
    return sorted(name for name in set(args) if name not in known)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _parsed_int(label: str, value: str, default: int, high: int) -> int:
    """A whole number from the URL (its range is checked by :meth:`SearchRequest.validate`)."""
    value = value.strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or len(value) > 8:
        raise QueryError(f"{label} muss eine Zahl zwischen 1 und {high} sein.")
    return int(value)
