"""The person page: every document of one person on a timeline, with a summary on top."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, render_template, url_for

from indexer.search import Hit
from webapp import search_service
from webapp.errors import WebError
from webapp.labels import value_label
from webapp.params import SearchState
from webapp.present import hit_dict

bp = Blueprint("people", __name__)

#: Documents listed on one person page (a search with the person filter lists all).
MAX_DOCUMENTS = 1000


@bp.get("/person/<path:name>")
def show(name: str) -> str:
    total, hits = search_service(current_app).person_documents(name, limit=MAX_DOCUMENTS)
    if not total:
        raise WebError(404, f"Zu „{name[:200]}“ gibt es keine Dokumente.")
    return render_template(
        "people/show.html",
        name=name,
        total=total,
        shown=len(hits),
        summary=summary(hits),
        years=timeline(hits),
        search_url=SearchState(filters={"person": (name,)}).url(url_for("search.index")),
        json_url=url_for("api.person", name=name),
    )


def summary(hits: list[Hit]) -> dict[str, Any]:
    """First and last date, and per office, region, party and type: count and years."""
    dated = [h.date for h in hits if h.date]
    return {
        "first": dated[0] if dated else None,
        "last": dated[-1] if dated else None,
        "undated": len(hits) - len(dated),
        "groups": [
            {"name": name, "label": label, "values": spans(hits, name)}
            for name, label in (
                ("office", "Ämter"),
                ("party", "Parteien"),
                ("region", "Regionen"),
                ("bundesland", "Bundesländer"),
                ("doc_type", "Dokumenttypen"),
            )
        ],
    }


def spans(hits: list[Hit], name: str) -> list[dict[str, Any]]:
    """Each value of one field with its count and the years it spans, first seen first."""
    seen: dict[str, dict[str, Any]] = {}
    for hit in hits:
        year = hit.date[:4] if hit.date else None
        for value in getattr(hit, name):
            entry = seen.setdefault(
                value,
                {"label": value_label(name, value), "count": 0, "first": year, "last": year},
            )
            entry["count"] += 1
            if year:
                entry["first"] = min(filter(None, (entry["first"], year)))
                entry["last"] = max(filter(None, (entry["last"], year)))
    for entry in seen.values():
        first, last = entry["first"], entry["last"]
        entry["years"] = "" if not first else first if first == last else f"{first}–{last}"
    return list(seen.values())


def timeline(hits: list[Hit]) -> list[dict[str, Any]]:
    """Hits grouped by year, oldest first; undated documents at the end."""
    groups: list[dict[str, Any]] = []
    for hit in hits:
        year = hit.date[:4] if hit.date else "ohne Datum"
        if not groups or groups[-1]["year"] != year:
            groups.append({"year": year, "hits": []})
        groups[-1]["hits"].append(hit_dict(hit))
    return groups
