"""The document page: full text with the query terms marked, metadata with provenance,
source, permalink and citation, more from the same person, similar documents.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import Blueprint, current_app, render_template, request, url_for
from markupsafe import Markup

from indexer.engine.documents import metadata_view
from indexer.query import parse_query
from indexer.search import SearchService
from indexer.search.highlight import QueryTerms
from webapp import search_service
from webapp.errors import WebError
from webapp.labels import FIELD_LABELS, ORIGIN_LABELS, german_date, value_label
from webapp.params import MAX_Q_CHARS
from webapp.present import doc_url, hit_dict, person_url

bp = Blueprint("documents", __name__)

#: Hits in the text beyond this many get no numbered jump link (the "next" jump still works).
MAX_JUMP_LINKS = 50
MORE_FROM_PERSON = 5
SIMILAR = 5
_MARK = re.compile(r"<mark>")
_URL = re.compile(r"^https?://[^\s<>\"']+$")


@bp.get("/dokument/<path:doc_id>")
def show(doc_id: str) -> str:
    service = search_service(current_app)
    record = service.document(doc_id)
    if record is None:
        raise WebError(404, f"Ein Dokument mit der Kennung „{doc_id[:200]}“ gibt es nicht.")
    q = request.args.get("q", "")
    if len(q) > MAX_Q_CHARS:
        raise WebError(400, f"Die Suchanfrage ist zu lang (höchstens {MAX_Q_CHARS} Zeichen).")
    body, marks = marked_text(service, record["text"], q)
    return render_template(
        "documents/show.html",
        doc=record,
        q=q,
        body=body,
        marks=marks,
        jump_links=list(range(1, min(marks, MAX_JUMP_LINKS) + 1)),
        metadata=metadata_rows(record),
        extra=extra_rows(record.get("extra") or {}),
        source=source_info(record),
        permalink=doc_url(record["id"], external=True),
        citation=citation(record),
        more_from_person=more_from_person(service, record),
        similar=[hit_dict(h) for h in service.more_like_this(record["id"], SIMILAR)],
        back_url=_search_url(q),
    )


def marked_text(service: SearchService, text: str, q: str) -> tuple[Markup, int]:
    """The text escaped, query terms in ``<mark id="treffer-N">``; and the number of marks."""
    terms = (
        QueryTerms.from_query(parse_query(q, service.searcher()).query)
        if q.strip()
        else QueryTerms(frozenset(), frozenset())
    )
    html = service.highlighter.mark(text, terms)
    counter = iter(range(1, 1_000_000))
    # Only our own <mark> tags exist in the escaped text ("<" in documents is "&lt;").
    numbered = _MARK.sub(lambda _: f'<mark id="treffer-{next(counter)}">', html)
    return Markup(numbered), html.count("<mark>")


def metadata_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for name, info in metadata_view(record).items():
        values = info["value"] if isinstance(info["value"], list) else [info["value"]]
        if name == "date":
            shown = [{"text": german_date(v), "url": None} for v in values]
        elif name == "person":
            shown = [{"text": v, "url": person_url(v)} for v in values]
        else:
            shown = [{"text": value_label(name, v), "url": None} for v in values]
        origin = info.get("origin")
        rows.append(
            {
                "name": name,
                "label": FIELD_LABELS.get(name, name),
                "values": shown,
                "origin": origin,
                "origin_label": ORIGIN_LABELS.get(origin or "", "unbekannt"),
                "evidence": info.get("evidence"),
            }
        )
    return rows


def extra_rows(extra: dict[str, Any]) -> list[tuple[str, str]]:
    """Format extras (agenda item of a speech …) as label/text pairs; nested data is skipped."""
    labels = {
        "agenda_title": "Tagesordnungspunkt",
        "agenda_id": "TOP-Kennung",
        "parliament": "Parlament",
        "wahlperiode": "Wahlperiode",
        "session": "Sitzung",
        "role": "Rolle",
        "tags": "Schlagwörter",
    }
    rows = []
    for key, value in extra.items():
        if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
            value = ", ".join(str(v) for v in value)
        if isinstance(value, str | int | float) and str(value).strip():
            rows.append((labels.get(key, key), str(value)))
    return rows


def source_info(record: dict[str, Any]) -> dict[str, Any]:
    source = str(record.get("source") or "")
    return {
        "text": source,
        "url": source if _URL.match(source) else None,
        "path": record.get("path") or None,
    }


def citation(record: dict[str, Any]) -> str:
    """``Person: Titel, 2024, parteisuche, <Permalink>, abgerufen am 22.11.2025``."""
    persons = ", ".join(record.get("person") or [])
    title = record.get("title") or record["id"]
    parts = [f"{persons}: {title}" if persons else title]
    if record.get("date"):
        parts.append(german_date(record["date"]))
    today = dt.date.today()
    parts += [
        "parteisuche",
        doc_url(record["id"], external=True),
        f"abgerufen am {today.day:02d}.{today.month:02d}.{today.year}",
    ]
    return ", ".join(parts)


def more_from_person(service: SearchService, record: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name in (record.get("person") or [])[:3]:
        total, hits = service.person_documents(name, limit=200)
        others = [h for h in hits if h.id != record["id"]]
        # The nearest in time first: what a reader of this document looks for.
        others.sort(key=lambda h: _distance(h.date, record.get("date")))
        out.append(
            {
                "name": name,
                "url": person_url(name),
                "total": total,
                "hits": [hit_dict(h) for h in others[:MORE_FROM_PERSON]],
            }
        )
    return out


def _distance(date: str | None, reference: str | None) -> tuple[int, str]:
    if not date or not reference:
        return (1, date or "")
    return (0, str(abs(_ordinal(date) - _ordinal(reference))).zfill(8))


def _ordinal(iso: str) -> int:
    parts = [int(p) for p in re.findall(r"\d+", iso)[:3]] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2]).toordinal()
    except ValueError:
        return 0


def _search_url(q: str) -> str | None:
    return url_for("search.index", q=q) if q else None
