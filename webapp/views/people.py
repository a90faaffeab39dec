"""People: the A–Z list of everyone in the index (``/personen``) and the person page, every
document of one person on a timeline with a summary on top."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from flask import Blueprint, Flask, current_app, redirect, render_template, request, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from indexer.search import Hit
from indexer.search.people import PersonSummary
from webapp import search_service
from webapp.errors import WebError
from webapp.facets import chips, fold
from webapp.labels import value_label
from webapp.params import SearchState
from webapp.present import hit_dict, person_url

bp = Blueprint("people", __name__)

#: Documents listed on one person page (a search with the person filter lists all).
MAX_DOCUMENTS = 1000


#: Offices and parties named per person in the list (the person page has them all).
LIST_VALUES = 3
#: Longest text of the list's filter box.
MAX_FILTER_CHARS = 100
#: Rendered list items kept per serving process (a few hundred bytes each).
ROW_CACHE = 100_000


@bp.get("/personen")
def index() -> str:
    """Everyone A–Z by surname, with document count, offices and parties.

    ``name`` narrows the list (case and accents ignored; a GET form, so it works without
    JavaScript, which narrows the list while typing); the search page's parameters (``q``,
    facets, dates) choose the documents the people are counted over.
    """
    state = SearchState.from_args(request.args)
    needle = request.args.get("name", "").strip()[:MAX_FILTER_CHARS]
    people = search_service(current_app).people(state.to_request(with_facets=False))
    folded = fold(needle)
    shown = sorted(
        (p for p in people if not folded or folded in fold(p.name)), key=lambda p: sort_key(p.name)
    )
    letters = by_letter(shown)
    base = url_for("people.index")
    return render_template(
        "people/index.html",
        state=state,
        needle=needle,
        total=len(people),
        shown=len(shown),
        letters=letters,
        chips=chips(state, base),
        clear_url=state.cleared().url(base, [("name", needle)] if needle else []),
        hidden_fields=state.hidden_fields(),
        unfiltered_url=state.url(base),
    )


@bp.get("/person/")
def no_name() -> Response:
    """``/person/`` without a name: the list of everyone."""
    return redirect(url_for("people.index"), 301)


@lru_cache(maxsize=100_000)
def sort_key(name: str) -> tuple[str, str]:
    """By surname (the last word: "Dr. Anna Muster" under M), then by the whole name."""
    words = name.split()
    return (fold(words[-1]) if words else "", fold(name))


def initial(name: str) -> str:
    """The letter a name is listed under (A–Z; umlauts under their vowel; others under #)."""
    first = sort_key(name)[0][:1].upper()
    return first if "A" <= first <= "Z" else "#"


def by_letter(people: list[PersonSummary]) -> list[dict[str, Any]]:
    """People in A–Z sections, each with its list items as HTML (:func:`row_html`)."""
    sections: list[dict[str, Any]] = []
    rows = _rendered_rows(current_app)
    root = request.script_root
    for person in people:
        letter = initial(person.name)
        if not sections or sections[-1]["letter"] != letter:
            sections.append({"letter": letter, "rows": []})
        html = rows.get((person, root))
        sections[-1]["rows"].append(html if html is not None else row_html(person, rows, root))
    for section in sections:
        section["rows"] = Markup("".join(section["rows"]))  # each item is escaped already
    return sections


def row_html(person: PersonSummary, rows: dict[Any, str], root: str) -> str:
    """One person's list item, rendered once (``people/_row.html``) and then kept in ``rows``.

    A list of a thousand people rendered item by item in Jinja took some 30 ms per request;
    the items do not change while the index does not, and the key is the whole summary
    (name, counts, offices, parties), so a changed summary is rendered anew.
    """
    template = current_app.jinja_env.get_template("people/_row.html")
    html = str(template.render(p=person_dict(person)))
    if len(rows) >= ROW_CACHE:
        rows.clear()  # bounded: start afresh rather than track use
    rows[(person, root)] = html
    return html


def _rendered_rows(app: Flask) -> dict[Any, str]:
    """The app's rendered list items (a plain dict: reads need no lock in CPython)."""
    rows: dict[Any, str] = app.extensions.setdefault("people_rows", {})
    return rows


def person_dict(person: PersonSummary) -> dict[str, Any]:
    return {
        "name": person.name,
        "url": person_url(person.name),
        "documents": person.documents,
        "offices": [value_label("office", o) for o in person.offices[:LIST_VALUES]],
        "more_offices": max(0, len(person.offices) - LIST_VALUES),
        "parties": list(person.parties[:LIST_VALUES]),
        "more_parties": max(0, len(person.parties) - LIST_VALUES),
    }


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
        candidacies=candidacy_link(name),
    )


def candidacy_link(name: str) -> dict[str, Any] | None:
    """The person's runs on ``/kandidaturen`` (statements and places on lists), if any."""
    state = SearchState(filters={"person": (name,)})
    _, runs = search_service(current_app).candidacies(state.to_request(with_facets=False))
    if not runs:
        return None
    return {"count": len(runs), "url": state.url(url_for("candidacies.index"))}


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
