"""The document page: full text with the query terms marked, metadata with provenance,
source, permalink and citation, more from the same person, similar documents.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for

from indexer.engine.documents import metadata_view
from indexer.search import SearchService
from webapp import originals, search_service
from webapp.errors import WebError
from webapp.fulltext import full_text
from webapp.labels import (
    FIELD_LABELS,
    ORIGIN_LABELS,
    confidence_label,
    german_date,
    value_label,
)
from webapp.params import MAX_Q_CHARS
from webapp.present import doc_url, hit_dict, person_url
from webapp.views.candidacies import same_election

bp = Blueprint("documents", __name__)

#: Hits in the text beyond this many get no numbered jump link (the "next" jump still works).
MAX_JUMP = 50
MORE_FROM_PERSON = 5
SIMILAR = 5
_URL = re.compile(r"^https?://[^\s<>\"']+$")


@bp.get("/dokument/<path:doc_id>")
def show(doc_id: str) -> str:
    service = search_service(current_app)
    record = find_document(service, doc_id, "documents.show")
    q = request.args.get("q", "")
    if len(q) > MAX_Q_CHARS:
        raise WebError(400, f"Die Suchanfrage ist zu lang (höchstens {MAX_Q_CHARS} Zeichen).")
    shown = full_text(
        service, record, q, page_starts(record), request.args.get("teil"),
        lambda n: url_for("documents.show", doc_id=record["id"], q=q or None, teil=n),
    )
    first_page = shown.first_page
    return render_template(
        "documents/show.html",
        doc=record,
        q=q,
        body=shown.html,
        text=shown,
        marks=shown.marks,
        jump_links=list(range(shown.first_mark, shown.first_mark + min(shown.marks, MAX_JUMP))),
        metadata=metadata_rows(record),
        uncertain=uncertain_rows(record.get("extra") or {}),
        nominees=nominee_rows(record.get("extra") or {}),
        ignored=ignored_rows(record.get("extra") or {}),
        extra=extra_rows(record.get("extra") or {}),
        source=source_info(record),
        original_url=(
            url_for("originals.download", doc_id=record["id"])
            if originals.enabled(current_app) and originals.original_file(service, record)
            else None
        ),
        permalink=doc_url(record["id"], external=True),
        citation=citation(record, first_page),
        more_from_person=more_from_person(service, record),
        similar=[hit_dict(h) for h in service.more_like_this(record["id"], SIMILAR)],
        same_election=same_election(record),
        back_url=_search_url(q),
    )


def page_starts(record: dict[str, Any]) -> list[int]:
    """Where each page of a PDF begins in the text (from the reader), else []."""
    starts = (record.get("extra") or {}).get("page_starts")
    if isinstance(starts, list) and len(starts) > 1 and all(isinstance(s, int) for s in starts):
        return starts
    return []


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
                "origin_label": _origin_label(origin, info),
                "evidence": info.get("evidence"),
            }
        )
    return rows


def _origin_label(origin: str | None, info: dict[str, Any]) -> str:
    """``korrigiert von anna am 6. Dezember 2026``; ``extrahiert aus dem Text (0,87)``."""
    label = ORIGIN_LABELS.get(origin or "", "unbekannt")
    if origin == "correction":
        if info.get("by"):
            label += f" von {info['by']}"
        if info.get("at"):
            label += f" am {german_date(str(info['at'])[:10])}"
    elif origin == "extracted" and info.get("confidence") is not None:
        label += f" ({confidence_label(info['confidence'])})"
    return label


def uncertain_rows(extra: dict[str, Any]) -> list[dict[str, Any]]:
    """Extracted values too uncertain for the facets: shown as "unsicher (0,42)" with their
    evidence, never linked as a filter."""
    uncertain = extra.get("uncertain")
    if not isinstance(uncertain, dict):
        return []
    rows = []
    for name, item in uncertain.items():
        if not isinstance(item, dict) or name not in FIELD_LABELS:
            continue
        raw = item.get("value")
        values = [str(v) for v in raw] if isinstance(raw, list) else [str(raw or "")]
        shown = [german_date(v) if name == "date" else value_label(name, v) for v in values]
        confidence = item.get("confidence")
        rows.append(
            {
                "name": name,
                "label": FIELD_LABELS[name],
                "text": ", ".join(v for v in shown if v),
                "confidence": confidence_label(confidence if isinstance(confidence, float | int)
                                               else None),
                "evidence": item.get("evidence"),
            }
        )
    return rows


def nominee_rows(extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The nominees of a list announcement: name (linked to the person page), office, place."""
    nominees = extra.get("nominees")
    if not isinstance(nominees, list):
        return []
    rows = []
    for item in nominees:
        if not isinstance(item, dict) or not item.get("person"):
            continue
        name = str(item["person"])
        office = str(item.get("office") or "")
        rows.append(
            {
                "name": name,
                "url": person_url(name),
                "office": value_label("office", office) if office else "",
                "region": str(item.get("region") or ""),
                "place": item.get("place"),
            }
        )
    return rows


def ignored_rows(extra: dict[str, Any]) -> list[dict[str, str]]:
    """Given values outside the vocabulary (``type: posts`` in front matter): shown as not
    taken over, so staff see why the facet is empty."""
    ignored = extra.get("ignored_given")
    if not isinstance(ignored, dict):
        return []
    rows = []
    for name, item in ignored.items():
        if isinstance(item, dict) and name in FIELD_LABELS:
            value = item.get("value")
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            origin = ORIGIN_LABELS.get(str(item.get("origin")), "angegeben")
            rows.append({"label": FIELD_LABELS[name], "value": text, "origin": origin})
    return rows


def find_document(service: SearchService, doc_id: str, endpoint: str) -> dict[str, Any]:
    """The stored document, or a permanent redirect where ``doc_id`` is an id it had before
    (schema 3 ids were paths relative to the folder indexed), else a 404."""
    record = service.document(doc_id)
    if record is not None:
        return record
    current = service.renamed(doc_id)
    if current is not None:
        query: dict[str, Any] = request.args.to_dict()
        abort(redirect(url_for(endpoint, doc_id=current, **query), 301))
    raise WebError(404, f"Ein Dokument mit der Kennung „{doc_id[:200]}“ gibt es nicht.")


#: Labels of format extras; extras only the code uses (page offsets) are not shown.
_EXTRA_LABELS = {
    "agenda_title": "Tagesordnungspunkt",
    "agenda_id": "TOP-Kennung",
    "parliament": "Parlament",
    "wahlperiode": "Wahlperiode",
    "session": "Sitzung",
    "role": "Rolle",
    "tags": "Schlagwörter",
    "text_origin": "Text",
    "ocr_pages": "Per Texterkennung gelesene Seiten",
    "unread_pages": "Nicht lesbare Seiten",
    "format_title": "Titel laut Dateieigenschaften",
    "page_title": "Titel der Webseite",
    "format_author": "Autor laut Dateieigenschaften",
    "byline": "Autor laut Seitenkopf",
    "format_date": "Datum laut Dateieigenschaften",
    "format_category": "Rubriken laut Seite",
}
#: Extras the page shows in their own sections (or only the code uses).
_HIDDEN_EXTRAS = frozenset({"page_starts", "parts", "uncertain", "nominees", "ignored_given"})
_EXTRA_VALUES = {("text_origin", "ocr"): "per Texterkennung (OCR) aus dem Scan gelesen"}


def extra_rows(extra: dict[str, Any]) -> list[tuple[str, str]]:
    """Format extras (agenda item of a speech, OCR …) as label/text pairs; nested data and
    internal offsets are skipped."""
    rows = []
    for key, value in extra.items():
        if key in _HIDDEN_EXTRAS:
            continue
        if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
            value = ", ".join(str(v) for v in value)
        if isinstance(value, str | int | float) and str(value).strip():
            shown = _EXTRA_VALUES.get((key, str(value)), str(value))
            rows.append((_EXTRA_LABELS.get(key, key), shown))
    return rows


def source_info(record: dict[str, Any]) -> dict[str, Any]:
    source = str(record.get("source") or "")
    return {
        "text": source,
        "url": source if _URL.match(source) else None,
    }


def citation(record: dict[str, Any], page: int | None = None) -> str:
    """``Person: Titel, 2024, S. 3, parteisuche, <Permalink>, abgerufen am 22.11.2025``
    (the page where the first hit of the query stands, for PDFs)."""
    persons = ", ".join(record.get("person") or [])
    title = record.get("title") or record["id"]
    parts = [f"{persons}: {title}" if persons else title]
    if record.get("date"):
        parts.append(german_date(record["date"]))
    if page is not None:
        parts.append(f"S. {page}")
    today = dt.date.today()
    parts += [
        "parteisuche",
        doc_url(record["id"], external=True),
        f"abgerufen am {today.day:02d}.{today.month:02d}.{today.year}",
    ]
    return ", ".join(parts)


def more_from_person(service: SearchService, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Up to three authors' other documents, the nearest in time first: what a reader of
    this document looks for."""
    out = []
    for name in (record.get("person") or [])[:3]:
        total, others = service.person_documents_near(
            name, record.get("date"), MORE_FROM_PERSON, leave_out=record["id"]
        )
        out.append(
            {
                "name": name,
                "url": person_url(name),
                "total": total,
                "hits": [hit_dict(h) for h in others],
            }
        )
    return out


def _search_url(q: str) -> str | None:
    return url_for("search.index", q=q) if q else None
