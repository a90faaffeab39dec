"""Exports of a whole search: CSV of every hit (streamed) and an Atom feed to follow a query."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import threading
from collections.abc import Iterable, Iterator
from itertools import chain
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, current_app, request, stream_with_context, url_for

from indexer.search import Hit
from webapp import search_service
from webapp.errors import WebError
from webapp.facets import chips
from webapp.labels import value_label
from webapp.params import SearchState

bp = Blueprint("exports", __name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50
CSV_COLUMNS = (
    "id", "Titel", "Person", "Amt", "Region", "Bundesland", "Partei", "Dokumenttyp", "Datum",
    "URL", "Quelle",
)  # fmt: skip
ROWS_PER_CHUNK = 200
#: Cells starting like a formula are prefixed with ' so spreadsheets show them as text.
_FORMULA = re.compile(r"^[=+\-@\t\r]")
#: Characters XML 1.0 does not allow.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _state() -> SearchState:
    args = request.args.copy()
    for name in ("page", "page_size"):
        args.pop(name, None)
    return SearchState.from_args(args)


@bp.get("/export.csv", endpoint="csv")
def csv_export() -> Response:
    """Every hit of the search (not only one page), streamed; UTF-8 with BOM for spreadsheets.

    A full export reads every matching document, so only ``EXPORT_CONCURRENCY`` run at once;
    further requests get a 429 with a message instead of queueing up and starving searches.
    """
    slots = _export_slots()
    if not slots.acquire(blocking=False):
        raise WebError(429, "Gerade laufen zu viele Exporte gleichzeitig. Bitte versuchen Sie "
                            "es in einigen Sekunden noch einmal.")
    try:
        state = _state()
        hits = search_service(current_app).iter_hits(state.to_request())
        first = next(hits, None)  # errors surface here, before the response starts
    except BaseException:
        slots.release()
        raise
    base = request.host_url.rstrip("/")
    rows = _released(_csv_chunks(chain([first], hits) if first else iter(()), base), slots)
    response = Response(stream_with_context(rows), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{_filename(state)}.csv"'
    return response


def _export_slots() -> threading.BoundedSemaphore:
    slots: threading.BoundedSemaphore = current_app.extensions.setdefault(
        "export_slots",
        threading.BoundedSemaphore(int(current_app.config.get("EXPORT_CONCURRENCY", 2))),
    )
    return slots


def _released(chunks: Iterator[str], slots: threading.BoundedSemaphore) -> Iterator[str]:
    """Pass the chunks on and free the export slot when the stream ends or is abandoned."""
    try:
        yield from chunks
    finally:
        slots.release()


def _csv_chunks(hits: Iterable[Hit], base: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(CSV_COLUMNS)
    for count, hit in enumerate(hits, 1):
        writer.writerow(_cells(hit, base))
        if count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _cells(hit: Hit, base: str) -> list[str]:
    values = [
        hit.id,
        hit.title,
        "; ".join(hit.person),
        "; ".join(hit.office),
        "; ".join(hit.region),
        "; ".join(hit.bundesland),
        "; ".join(hit.party),
        "; ".join(value_label("doc_type", t) for t in hit.doc_type),
        hit.date or "",
    ]
    cells = ["'" + v if _FORMULA.match(v) else v for v in values]
    return [*cells, base + url_for("documents.show", doc_id=hit.id), hit.source or ""]


def _filename(state: SearchState) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", state.q.encode("ascii", "ignore").decode()).strip("-")
    return f"parteisuche-{slug[:40] or 'alle'}-{dt.date.today().isoformat()}"


@bp.get("/feed.atom")
def atom() -> Response:
    """The most recently indexed documents matching a search, newest first (Atom 1.0)."""
    state = _state()
    hits = list(
        search_service(current_app).iter_hits(
            state.to_request(), order="indexed", limit=FEED_ENTRIES, snippets=True
        )
    )
    xml = ET.tostring(_feed(state, hits), encoding="unicode", xml_declaration=False)
    body = '<?xml version="1.0" encoding="utf-8"?>\n' + xml
    return Response(
        body, mimetype="application/atom+xml", content_type=("application/atom+xml; charset=utf-8")
    )


def _feed(state: SearchState, hits: list[Hit]) -> ET.Element:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "de"})
    params = [(k, v) for k, v in state.params() if k not in ("page", "page_size")]
    self_url = SearchState().url(url_for("exports.atom", _external=True), params)
    html_url = SearchState().url(url_for("search.index", _external=True), params)
    described = [f"„{state.q}“"] if state.q else []
    described += [f"{c['field']}: {c['value']}" for c in chips(state, "")]
    _text(feed, "title", "parteisuche – " + (", ".join(described) or "alle Dokumente"))
    _text(feed, "subtitle", "Zuletzt indexierte Dokumente zu dieser Suche")
    _text(feed, "id", self_url)
    ET.SubElement(
        feed, f"{{{ATOM}}}link", {"rel": "self", "href": self_url, "type": "application/atom+xml"}
    )
    ET.SubElement(
        feed, f"{{{ATOM}}}link", {"rel": "alternate", "href": html_url, "type": "text/html"}
    )
    updated = max((h.indexed_at for h in hits if h.indexed_at), default=None)
    _text(feed, "updated", updated or _now())
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "parteisuche")
    _text(feed, "generator", "parteisuche")
    for hit in hits:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = url_for("documents.show", doc_id=hit.id, _external=True)
        _text(entry, "title", hit.title or hit.id)
        _text(entry, "id", url)
        ET.SubElement(
            entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": url, "type": "text/html"}
        )
        _text(entry, "updated", hit.indexed_at or updated or _now())
        for name in hit.person:
            _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        for doc_type in hit.doc_type:
            ET.SubElement(
                entry,
                f"{{{ATOM}}}category",
                {"term": doc_type, "label": value_label("doc_type", doc_type)},
            )
        facts = [
            x
            for x in (hit.date, ", ".join(hit.party), ", ".join(hit.office), ", ".join(hit.region))
            if x
        ]
        summary = (" · ".join(facts) + " — " if facts else "") + hit.snippet
        _text(entry, "summary", summary, {"type": "html"})
    return feed


def _text(parent: ET.Element, tag: str, text: str, attrs: dict[str, str] | None = None) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs or {}).text = _XML_INVALID.sub("", text)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
