"""The search page: a query box and a result list."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from indexer.errors import ParteisucheError
from indexer.search import SearchRequest
from webapp import search_service

bp = Blueprint("search", __name__)


@bp.get("/")
def index() -> tuple[str, int]:
    q = request.args.get("q", "")
    page = request.args.get("page", "1")
    result, error = None, None
    try:
        search_request = SearchRequest(q=q, page=int(page) if page.isdigit() else 1)
        result = search_service(current_app).search(search_request)
    except ParteisucheError as exc:
        error = str(exc)
    status = 400 if error and q else 200
    return render_template("search/index.html", q=q, result=result, error=error), status
