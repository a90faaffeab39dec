"""``/kandidaturen``: every run for an office, grouped by election, as a page, JSON and CSV.

"Who ran for the Landesvorsitz in Sachsen-Anhalt, and what did they promise?" answered in one
page: the candidacy documents of a search (same URL parameters and facets as the search page;
the document type is always candidacy), each run a row, list announcements a row per nominee,
grouped by office, region and time (:func:`indexer.search.candidacies.elections`), newest
first, paged by election. The rows come from :meth:`SearchService.candidacies`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from indexer.errors import QueryError
from indexer.search import MAX_PAGE, SearchRequest, SearchResult
from indexer.search.candidacies import Candidacy, Election, elections
from indexer.search.service import CANDIDACY
from webapp import search_service
from webapp.facets import YearHistogram, chips, facet_boxes
from webapp.labels import german_date, short_date, value_label
from webapp.params import MAX_Q_CHARS, SearchState
from webapp.present import doc_url, person_url
from webapp.views.exports import filename_for, stream_csv
from webapp.views.search import filters_open, page_links

bp = Blueprint("candidacies", __name__)

CSV_COLUMNS = (
    "Wahl", "Datum", "Amt", "Region", "Bundesland", "Partei", "Person", "Listenplatz",
    "Titel", "Anfang", "URL", "Quelle", "id",
)  # fmt: skip


@dataclass
class Listing:
    """The candidacies of one request: all elections and the page of them shown."""

    state: SearchState
    documents: int
    candidacies: int
    elections: list[Election]

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, -(-len(self.elections) // self.state.page_size)))

    @property
    def page(self) -> list[Election]:
        start = (self.state.page - 1) * self.state.page_size
        return self.elections[start : start + self.state.page_size]


def read_state(args: MultiDict[str, str]) -> SearchState:
    """The search state of the URL; a ``doc_type`` is dropped (it is always candidacy).
    Unknown parameters are ignored, as everywhere (see :mod:`webapp.params`)."""
    state = SearchState.from_args(args)
    if state.selected("doc_type"):
        filters = {k: v for k, v in state.filters.items() if k != "doc_type"}
        state = replace(state, filters=filters)
    return state


def candidacy_request(state: SearchState, **overrides: Any) -> SearchRequest:
    """The state as a search request restricted to candidacy documents."""
    search = state.to_request(**overrides)
    search.filters["doc_type"] = [CANDIDACY]
    return search


def listing(state: SearchState) -> Listing:
    documents, rows = search_service(current_app).candidacies(state.to_request())
    groups = elections(rows, newest_first=state.sort != "oldest")
    return Listing(state, documents, len(rows), groups)


@bp.get("/kandidaturen")
def index() -> tuple[str, int]:
    base = url_for("candidacies.index")
    state = SearchState()
    error: str | None = None
    found: Listing | None = None
    facets_result: SearchResult | None = None
    try:
        state = read_state(request.args)
        found = listing(state)
        facets_result = search_service(current_app).search(
            candidacy_request(state, page=1, page_size=1, with_snippets=False)
        )
    except QueryError as exc:
        error = str(exc)
    context: dict[str, Any] = {}
    if found is not None and facets_result is not None:
        context = _context(found, facets_result, base)
    return render_template(
        "candidacies/index.html",
        state=state,
        q=state.q if error is None else request.args.get("q", "")[:MAX_Q_CHARS],
        error=error,
        found=found,
        hidden_fields=state.hidden_fields(skip=("q", "from", "to")),
        filters_open=filters_open(request.args),
        **context,
    ), (400 if error else 200)


def _context(found: Listing, result: SearchResult, base: str) -> dict[str, Any]:
    state = found.state
    export = [(k, v) for k, v in state.params() if k not in ("page", "page_size")]
    return {
        "groups": [election_dict(g, state.q) for g in found.page],
        "facets": facet_boxes(result, state, base, request.args, skip=("doc_type",)),
        "histogram": YearHistogram(result.facets.get("year", []), state, base).as_dict(),
        "chips": chips(state, base),
        "clear_url": state.cleared().url(base),
        "pagination": pagination(state, found.pages, base),
        "beyond_last": bool(found.elections) and state.page > found.pages,
        "last_url": state.with_page(found.pages).url(base),
        "links": {
            "csv": SearchState().url(url_for("candidacies.csv"), export),
            "json": state.url(url_for("candidacies.api")),
            "permalink": state.url(url_for("candidacies.index", _external=True)),
            "search": state.url(url_for("search.index"), [("doc_type", CANDIDACY)]),
        },
    }


def pagination(state: SearchState, pages: int, base: str) -> dict[str, Any] | None:
    """Previous/next and a window of page numbers (pages of elections), as the search page's."""
    return page_links(state, pages, base)


def election_label(group: Election) -> str:
    """``Landesvorsitz · Sachsen · April 2022`` (the office, where, when)."""
    parts = [value_label("office", group.office) if group.office else "Amt nicht erkannt"]
    if group.region:
        parts.append(group.region)
    if group.bundesland and group.bundesland != group.region:
        parts.append(group.bundesland)
    parts.append(date_range_label(group.first, group.last))
    return " · ".join(parts)


def date_range_label(first: str | None, last: str | None) -> str:
    if not first or not last:
        return "ohne Datum"
    if first == last:
        return german_date(first)
    return f"{german_date(first)} bis {german_date(last)}"


def election_dict(group: Election, q: str = "") -> dict[str, Any]:
    return {
        "label": election_label(group),
        "office": value_label("office", group.office) if group.office else "",
        "count": len(group.rows),
        "with_places": any(r.place is not None for r in group.rows),
        "rows": [candidacy_dict(r, q) for r in group.rows],
    }


def candidacy_dict(row: Candidacy, q: str = "") -> dict[str, Any]:
    """One run for the templates: every URL built here, the snippet our own ``<mark>`` only."""
    hit = row.doc
    return {
        "id": hit.id,
        "title": hit.title or hit.id,
        "url": doc_url(hit.id, q),
        "date": hit.date,
        "date_short": short_date(hit.date),
        "persons": [{"name": p, "url": person_url(p)} for p in row.persons],
        "office": value_label("office", row.office) if row.office else "",
        "region": row.region or "",
        "bundesland": row.bundesland or "",
        "party": ", ".join(hit.party),
        "place": row.place,
        "listed": row.listed,
        "lead": row.lead,
        # The highlighter escapes the text and adds only <mark>; nothing else is trusted.
        "snippet": Markup(hit.snippet),
    }


# --- JSON and CSV ---------------------------------------------------------------------------------


@bp.get("/api/kandidaturen", endpoint="api")
def api() -> Response:
    """The page as JSON: the same parameters (``page_size`` counts elections per page)."""
    state = read_state(request.args)
    found = listing(state)
    result = search_service(current_app).search(
        candidacy_request(state, page=1, page_size=1, with_snippets=False)
    )
    page = state.page
    api_base = url_for("candidacies.api", _external=True)
    export = [(k, v) for k, v in state.params() if k not in ("page", "page_size")]
    return jsonify(
        {
            "query": state.q,
            "total": found.candidacies,
            "documents": found.documents,
            "elections_total": len(found.elections),
            "page": page,
            "page_size": state.page_size,
            "pages": found.pages,
            "elections": [_election_json(g) for g in found.page],
            "facets": {
                name: [{"value": v.value, "count": v.count, "selected": v.selected}
                       for v in values]
                for name, values in result.facets.items()
                if name != "doc_type"
            },
            "links": {
                "self": state.url(api_base),
                "html": state.url(url_for("candidacies.index", _external=True)),
                "next": state.with_page(page + 1).url(api_base) if page < found.pages else None,
                "prev": state.with_page(page - 1).url(api_base) if page > 1 else None,
                "csv": SearchState().url(url_for("candidacies.csv", _external=True), export),
            },
        }
    )


def _election_json(group: Election) -> dict[str, Any]:
    candidacies = []
    for row in group.rows:
        item = row.as_json()
        item["url"] = doc_url(row.doc.id, external=True)
        item["api_url"] = url_for("api.document", doc_id=row.doc.id, _external=True)
        candidacies.append(item)
    return {
        "label": election_label(group),
        "office": group.office,
        "region": group.region,
        "bundesland": group.bundesland,
        "from": group.first,
        "to": group.last,
        "candidacies": candidacies,
    }


@bp.get("/kandidaturen.csv", endpoint="csv")
def csv_export() -> Response:
    """Every candidacy of the request (all pages), one row per run, grouped as on the page."""
    args = request.args.copy()
    for name in ("page", "page_size"):
        args.pop(name, None)
    state = read_state(args)
    base = request.host_url.rstrip("/")
    return stream_csv(CSV_COLUMNS, _csv_rows(state, base), filename_for("kandidaturen", state))


def _csv_rows(state: SearchState, base: str) -> Iterator[list[str]]:
    for group in listing(state).elections:
        label = election_label(group)
        for row in group.rows:
            hit = row.doc
            yield [
                label,
                hit.date or "",
                value_label("office", row.office) if row.office else "",
                row.region or "",
                row.bundesland or "",
                "; ".join(hit.party),
                "; ".join(row.persons),
                "" if row.place is None else str(row.place),
                hit.title,
                row.lead,
                base + doc_url(hit.id),
                hit.source or "",
                hit.id,
            ]


# --- on a candidacy's document page -----------------------------------------------------------

#: Other runs of the same election listed on a candidacy's document page.
SAME_ELECTION = 8


def same_election(record: dict[str, Any]) -> dict[str, Any] | None:
    """"Weitere Kandidaturen für dieses Amt": the other runs of the document's election, and
    the link to all candidacies for its office and region (None unless a candidacy or list
    announcement with an office)."""
    office = (record.get("office") or [None])[0]
    listed = (record.get("extra") or {}).get("nominees")
    if not office or (CANDIDACY not in (record.get("doc_type") or []) and not listed):
        return None
    filters: dict[str, tuple[str, ...]] = {"office": (office,)}
    if record.get("region"):
        filters["region"] = (record["region"][0],)
    elif record.get("bundesland"):
        filters["bundesland"] = (record["bundesland"][0],)
    state = SearchState(filters=filters)
    _, found = search_service(current_app).candidacies(state.to_request(with_facets=False))
    groups = [g for g in elections(found) if any(r.doc.id == record["id"] for r in g.rows)]
    others = [r for g in groups for r in g.rows if r.doc.id != record["id"]]
    return {
        "label": election_label(groups[0]) if groups else value_label("office", office),
        "rows": [candidacy_dict(r) for r in others[:SAME_ELECTION]],
        "more": max(0, len(others) - SAME_ELECTION),
        "url": state.url(url_for("candidacies.index")),
    }
