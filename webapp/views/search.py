"""The search page: query box, facets, year histogram, date range, chips, hits and paging."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from indexer.errors import QueryError
from indexer.search import FACETS, MAX_PAGE, SearchResult, SearchService
from webapp import search_service
from webapp.facets import Facet, YearHistogram, chips
from webapp.labels import FIELD_LABELS, SORT_LABELS, value_label
from webapp.params import MAX_Q_CHARS, SearchState
from webapp.present import hit_dict

bp = Blueprint("search", __name__)

#: At most this many "ohne diesen Filter" counts are computed for an empty result.
MAX_RELAXATIONS = 6


@bp.get("/")
def index() -> tuple[str, int] | Response:
    base = url_for("search.index")
    if any(value == "" for _name, value in request.args.items(multi=True)):
        # A form sends its empty fields (from=&to=&sort=); the permalink leaves them out.
        kept = [(k, v) for k, v in request.args.items(multi=True) if v != ""]
        return redirect(f"{base}?{urlencode(kept)}" if kept else base, 302)
    state = SearchState()
    result: SearchResult | None = None
    error: str | None = None
    try:
        state = SearchState.from_args(request.args)
        result = search_service(current_app).search(state.to_request())
    except QueryError as exc:
        error = str(exc)
    context = _context(state, result, base) if result is not None else {}
    return render_template(
        "search/index.html",
        state=state,
        form=_form_values(state, result is None),
        error=error,
        result=result,
        hidden_fields=state.hidden_fields(skip=("q", "from", "to", "sort")),
        sorts=SORT_LABELS,
        filters_open=filters_open(request.args),
        **context,
    ), (400 if error else 200)


def filters_open(args: MultiDict[str, str]) -> bool:
    """Whether the "Filter" disclosure starts open on a phone: after "more values" of a facet
    or a search within one (the reader was just working in the filters)."""
    return bool(args.get("more")) or any(k.startswith("fq_") for k in args)


def _form_values(state: SearchState, refused: bool) -> dict[str, str]:
    """What the form shows: the state, or for a refused request what was sent (cut short),
    so the page with the error message offers the same query, dates and sorting to fix."""
    if not refused:
        return {"q": state.q, "from": state.date_from, "to": state.date_to, "sort": state.sort}
    args = request.args
    return {
        "q": args.get("q", "")[:MAX_Q_CHARS],
        "from": args.get("from", "")[:20],
        "to": args.get("to", "")[:20],
        "sort": args.get("sort", "") if args.get("sort", "") in SORT_LABELS else "",
    }


def _context(state: SearchState, result: SearchResult, base: str) -> dict[str, Any]:
    service = search_service(current_app)
    more = request.args.get("more", "")
    facets = [
        Facet(
            name,
            result.facets.get(name, []),
            state,
            base,
            expanded=more == name,
            filter_text=request.args.get(f"fq_{name}", ""),
        ).as_dict()
        for name in FACETS
        if name != "year"
    ]
    export_params = [(k, v) for k, v in state.params() if k not in ("page", "page_size")]
    return {
        "hits": [hit_dict(hit, state.q) for hit in result.hits],
        "facets": facets,
        "histogram": YearHistogram(result.facets.get("year", []), state, base).as_dict(),
        "chips": chips(state, base),
        "clear_url": state.cleared().url(base),
        "pagination": pagination(state, result, base),
        "beyond_last": result.total > 0 and state.page > result.pages,
        "last_url": state.with_page(result.pages).url(base),
        "capped": result.total > MAX_PAGE * state.page_size,
        "suggestion": (
            {"text": result.suggestion, "url": state.with_query(result.suggestion).url(base)}
            if result.suggestion
            else None
        ),
        "relaxations": relaxations(service, state, base) if result.total == 0 else [],
        "links": {
            "csv": _with(url_for("exports.csv"), export_params),
            "csv_text": _with(url_for("exports.csv"), [*export_params, ("text", "1")]),
            "atom": _with(url_for("exports.atom", _external=True), export_params),
            "json": state.url(url_for("api.search")),
            "permalink": state.url(url_for("search.index", _external=True)),
        },
    }


def _with(base: str, params: list[tuple[str, str]]) -> str:
    return SearchState().url(base, params)


def pagination(state: SearchState, result: SearchResult, base: str) -> dict[str, Any] | None:
    """Previous/next, first/last and a window of page numbers, with gaps as ``None``."""
    return page_links(state, result.pages, base)


def page_links(state: SearchState, pages: int, base: str) -> dict[str, Any] | None:
    """The pagination of ``pages`` pages (of hits, or of elections on ``/kandidaturen``)."""
    page = min(state.page, pages)
    if pages <= 1:
        return None
    wanted = {1, 2, pages - 1, pages, *range(page - 2, page + 3)}
    numbers = sorted(n for n in wanted if 1 <= n <= pages)
    items: list[dict[str, Any] | None] = []
    previous = 0
    for number in numbers:
        if number - previous > 1:
            items.append(None)
        items.append(
            {"number": number, "url": state.with_page(number).url(base), "current": number == page}
        )
        previous = number
    return {
        "items": items,
        "prev_url": state.with_page(page - 1).url(base) if page > 1 else None,
        "next_url": state.with_page(page + 1).url(base) if page < pages else None,
        "page": page,
        "pages": pages,
    }


def relaxations(service: SearchService, state: SearchState, base: str) -> list[dict[str, Any]]:
    """For an empty result: how many hits each active filter removed, with a link without it."""
    candidates: list[tuple[str, SearchState]] = []
    for name, values in state.filters.items():
        for value in values:
            label = f"ohne {FIELD_LABELS[name]}: {value_label(name, value)}"
            candidates.append((label, state.toggled(name, value)))
    if state.date_from or state.date_to:
        candidates.append(("ohne Zeitraum", state.with_dates()))
    if len(candidates) > 1:
        candidates.append(("ohne alle Filter", state.cleared()))
    if len(candidates) > MAX_RELAXATIONS:
        candidates = [*candidates[: MAX_RELAXATIONS - 1], candidates[-1]]
    out = []
    for label, relaxed in candidates:
        total = service.search(
            relaxed.to_request(with_facets=False, with_snippets=False, page=1, page_size=1)
        ).total
        if total:
            out.append({"label": label, "count": total, "url": relaxed.url(base)})
    return out
