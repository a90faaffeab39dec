"""The search API's plain data: a request, its hits, facet values and a result page.

Shared by the CLI, the web app and the JSON API; :mod:`indexer.search.service` fills them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from indexer.errors import QueryError
from indexer.isodate import bound
from indexer.query import FIELD_ALIASES
from indexer.schema import FACET_FIELDS, split_values

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 100
MAX_PAGE = 1000
#: Longest facet value and most values per facet a request may hold.
MAX_VALUE_CHARS = 300
MAX_VALUES = 50
_SORT_LABELS = "relevance (Relevanz), newest (neueste zuerst), oldest (älteste zuerst)"
#: Facets shown to users, in order; ``year`` is the histogram.
FACETS: tuple[str, ...] = (*FACET_FIELDS, "year")
#: Every name a facet filter answers to: its own and the German ones of the query language
#: (``partei:SPD`` in a query, ``--filter partei=SPD``, ``?partei=SPD``).
FACET_NAMES: dict[str, str] = {
    **{
        alias: ("person" if field_name == "person_text" else field_name)
        for alias, field_name in FIELD_ALIASES.items()
        # "name" stays a query word only: ``?name=`` is the filter box of /personen
        if (field_name in FACETS or field_name == "person_text") and alias != "name"
    },
    "dokumenttyp": "doc_type",
    **{name: name for name in FACETS},
}


def facet_name(name: str) -> str | None:
    """The facet ``name`` stands for (``partei`` -> ``party``), None for no facet."""
    return FACET_NAMES.get(name.strip().lower())


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
        """Raise :class:`QueryError` with a message a person can act on.

        The one validation of a request: the CLI, the JSON API and the pages (through
        ``webapp.params``, which only parses URL text) all end here, with the same messages.
        """
        unknown = sorted(set(self.filters) - set(FACETS))
        if unknown:
            raise QueryError(
                f"Unbekanntes Filterfeld {', '.join(unknown)!s}; erlaubt: {', '.join(FACETS)}."
            )
        for name, values in self.filters.items():
            _check_values(name, values)
        if self.sort not in SORTS:
            raise QueryError(f"Unbekannte Sortierung {self.sort[:40]!r}; erlaubt: {_SORT_LABELS}.")
        _check_range("Treffer pro Seite", self.page_size, max_page_size)
        _check_range("Seite", self.page, MAX_PAGE)
        _check_dates(self.date_from, self.date_to)


def _check_values(name: str, values: list[str]) -> None:
    if len(values) > MAX_VALUES:
        raise QueryError(f"Zu viele Werte für {name} (höchstens {MAX_VALUES}).")
    for value in values:
        if len(value) > MAX_VALUE_CHARS:
            raise QueryError(f"Ein Wert für {name} ist zu lang (höchstens {MAX_VALUE_CHARS}).")
        if name == "year" and not (value.isascii() and value.isdigit() and len(value) == 4):
            raise QueryError(f"Jahr {value[:40]!r} ist ungültig; erwartet wird z. B. 2024.")


def _check_range(label: str, value: int, high: int) -> None:
    if not 1 <= value <= high:
        raise QueryError(f"{label} muss eine Zahl zwischen 1 und {high} sein.")


def _check_dates(date_from: str | None, date_to: str | None) -> None:
    for label, value in (("von", date_from), ("bis", date_to)):
        if value and (len(value) > 10 or bound(value, end=False) is None):
            raise QueryError(
                f"Das Datum „{label}“ ({value[:40]}) ist ungültig; erlaubt sind z. B. 2024, "
                "2024-09 oder 2024-09-07."
            )
    if date_from and date_to:
        low, high = bound(date_from, end=False), bound(date_to, end=True)
        if low is not None and high is not None and low > high:
            raise QueryError(f"Das Datum „von“ ({date_from}) liegt nach „bis“ ({date_to}).")


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

    def scored(self, score: float | None, snippet: str | None = None) -> Hit:
        """This hit with ``score`` (and ``snippet``, where given).

        The same as ``dataclasses.replace`` without running ``__init__`` again: some 8 µs
        less a row, and an export of thousands of hits asks for one per row.
        """
        fields = dict(self.__dict__)
        fields["score"] = score
        if snippet is not None:
            fields["snippet"] = snippet
        copy = object.__new__(Hit)
        object.__setattr__(copy, "__dict__", fields)
        return copy

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
