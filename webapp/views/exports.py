"""Exports of a whole search: CSV of every hit (streamed) and an Atom feed to follow a query."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from xml.etree import ElementTree as ET

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    request,
    stream_with_context,
    url_for,
)

from indexer.search import Hit, SearchService
from webapp import search_service
from webapp.errors import WebError
from webapp.facets import chips
from webapp.labels import value_label
from webapp.params import SearchState
from webapp.present import doc_url

bp = Blueprint("exports", __name__)

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50
CSV_COLUMNS = (
    "id", "Titel", "Person", "Amt", "Region", "Bundesland", "Partei", "Dokumenttyp", "Datum",
    "URL", "Quelle", "Ausschnitt",
)  # fmt: skip
#: The column added by ``text=1``.
FULL_TEXT_COLUMN = "Volltext"
ROWS_PER_CHUNK = 200
#: Cells starting with one of these (like a formula) are prefixed with ' so spreadsheets show
#: them as text.
FORMULA_STARTS = frozenset("=+-@\t\r")
#: Characters XML 1.0 does not allow.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _state() -> SearchState:
    args = request.args.copy()
    for name in ("page", "page_size", "text"):
        args.pop(name, None)
    return SearchState.from_args(args)


def _full_text_wanted() -> bool:
    """``text=1`` adds each document's whole text (``text=0`` or nothing: without)."""
    value = request.args.get("text", "").strip()
    if value not in ("", "0", "1"):
        raise WebError(400, "text muss 0 oder 1 sein (text=1: mit dem Volltext jedes Dokuments).")
    return value == "1"


#: Exports that run at once in one serving process (a full export reads every matching record).
EXPORT_CONCURRENCY = 2
#: Exports that may wait for a free slot in one process; beyond that a 429 comes at once, so
#: one client cannot park every server thread in the queue (with the default 8 threads, two
#: stay free for searches). Two were too few: keep-alive connections are not always spread
#: evenly over the processes (an export's connection closes, its client's next one may land
#: on the other process), and the load benchmark's signed-in mix met a 429 about once in
#: 1,500 requests with five exports on one process.
EXPORT_QUEUE = 4
#: Seconds a waiting export waits for a slot before it gets a 429.
EXPORT_WAIT = 20.0
BUSY_MESSAGE = (
    "Gerade laufen zu viele Exporte gleichzeitig. Bitte versuchen Sie es in einigen Sekunden "
    "noch einmal."
)


class ExportSlots:
    """At most ``running`` exports at once; up to ``queue`` more wait up to ``wait`` seconds.

    A short queue instead of an immediate 429: exports take a fraction of a second to a few
    seconds, so a third one arriving meanwhile is served a moment later rather than refused —
    a realistic mix of requests never sees an error. The queue is bounded in length and time,
    so exports cannot hold every thread of the server.
    """

    def __init__(self, running: int, queue: int, wait: float) -> None:
        self._slots = threading.BoundedSemaphore(running)
        self._lock = threading.Lock()
        self.queue, self.wait = queue, wait
        self.waiting = 0

    def acquire(self) -> bool:
        """Take a slot (waiting briefly if the queue has room); False: answer 429."""
        if self._slots.acquire(blocking=False):
            return True
        with self._lock:
            if self.waiting >= self.queue:
                return False
            self.waiting += 1
        try:
            return self._slots.acquire(timeout=self.wait)
        finally:
            with self._lock:
                self.waiting -= 1

    def release(self) -> None:
        self._slots.release()


@bp.get("/export.csv", endpoint="csv")
def csv_export() -> Response:
    """Every hit of the search (not only one page), streamed; UTF-8 with BOM for spreadsheets.

    Exports share a few slots per serving process (:class:`ExportSlots`); the slot is held
    until the stream ends or the client goes away.
    """
    state = _state()
    service = search_service(current_app)
    text_of = _text_reader(service) if _full_text_wanted() else None
    # The snippet shows where the query's words stand; without a query there is none.
    hits = service.iter_hits(state.to_request(), snippets=bool(state.q.strip()))
    base = request.host_url.rstrip("/")
    header = [*CSV_COLUMNS, FULL_TEXT_COLUMN] if text_of else list(CSV_COLUMNS)
    rows = (
        [*_cells(hit, base), *([text_of(hit.id)] if text_of is not None else [])] for hit in hits
    )
    return stream_csv(header, rows, _filename(state))


def export_slots(app: Flask) -> ExportSlots:
    """The app's export slots (``EXPORT_CONCURRENCY``, ``EXPORT_QUEUE``, ``EXPORT_WAIT``)."""
    with _SLOTS_LOCK:
        slots = app.extensions.get("export_slots")
        if slots is None:
            slots = app.extensions["export_slots"] = ExportSlots(
                int(app.config.get("EXPORT_CONCURRENCY", EXPORT_CONCURRENCY)),
                int(app.config.get("EXPORT_QUEUE", EXPORT_QUEUE)),
                float(app.config.get("EXPORT_WAIT", EXPORT_WAIT)),
            )
    assert isinstance(slots, ExportSlots)
    return slots


_SLOTS_LOCK = threading.Lock()


def _released(chunks: Iterator[str], slots: ExportSlots) -> Iterator[str]:
    """Pass the chunks on and free the export slot when the stream ends or is abandoned."""
    try:
        yield from chunks
    finally:
        slots.release()


def _text_reader(service: SearchService) -> Callable[[str], str]:
    """The whole text of a document by id (the hit carries only its stored beginning)."""

    def text_of(doc_id: str) -> str:
        record = service.document(doc_id)
        return str(record["text"]) if record else ""

    return text_of


def _cells(hit: Hit, base: str) -> list[str]:
    """One row; :func:`csv_chunks` guards every cell against formulas."""
    return [
        hit.id,
        hit.title,
        "; ".join(hit.person),
        "; ".join(value_label("office", o) for o in hit.office),
        "; ".join(hit.region),
        "; ".join(hit.bundesland),
        "; ".join(hit.party),
        "; ".join(value_label("doc_type", t) for t in hit.doc_type),
        hit.date or "",
        base + doc_url(hit.id),
        hit.source or "",
        plain_snippet(hit.snippet),
    ]


def plain_snippet(snippet: str) -> str:
    """A hit's snippet as text: the highlighter's HTML (escaped text, ``<mark>`` added)
    without the marks."""
    return html.unescape(snippet.replace("<mark>", "").replace("</mark>", ""))


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
        url = doc_url(hit.id, external=True)
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
            for x in (
                hit.date, ", ".join(hit.party),
                ", ".join(value_label("office", o) for o in hit.office), ", ".join(hit.region),
            )
            if x
        ]
        summary = (" · ".join(facts) + " — " if facts else "") + hit.snippet
        _text(entry, "summary", summary, {"type": "html"})
    return feed


def _text(parent: ET.Element, tag: str, text: str, attrs: dict[str, str] | None = None) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs or {}).text = _XML_INVALID.sub("", text)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- streamed CSV of any rows (the candidacies list uses it) -------------------------------------


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one that starts like a formula gets a leading '."""
    return "'" + value if value[:1] in FORMULA_STARTS else value


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[str]:
    """CSV text (UTF-8 BOM, header, rows) in chunks of ``ROWS_PER_CHUNK`` rows; every cell
    passes :func:`safe_cell`.

    The first chunk is the header with the first row alone: the download starts as soon as
    one row is known (a browser shows it at once), not after the first two hundred, which
    for a long export under load took over a second.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(header)
    for count, row in enumerate(rows, 1):
        writer.writerow([safe_cell(cell) for cell in row])
        if count == 1 or count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def stream_csv(header: Sequence[str], rows: Iterator[Sequence[str]], filename: str) -> Response:
    """A streamed CSV download under the same export slots as ``/export.csv``.

    ``rows`` is consumed lazily; its first row is taken before the response starts, so an
    error in the request (a bad parameter) is still an error page, not a broken download.
    """
    slots = export_slots(current_app)
    if not slots.acquire():
        raise WebError(429, BUSY_MESSAGE)
    try:
        first = next(rows, None)
    except BaseException:
        slots.release()
        raise
    produced = chain([first], rows) if first is not None else iter(())
    chunks = _released(csv_chunks(header, produced), slots)
    response = Response(stream_with_context(chunks), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def filename_for(prefix: str, state: SearchState) -> str:
    """``prefix-query-slug-2026-12-06`` (ASCII only), for downloads."""
    return _filename(state).replace("parteisuche-", f"{prefix}-", 1)
