"""Conversion between :class:`~indexer.models.Document` and Whoosh's stored fields."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from indexer.analysis.parts import EXTRA_KEY, part_map
from indexer.isodate import date_span
from indexer.models import GIVEN_FIELDS, META_FIELDS, Document, MetaValue
from indexer.schema import FACET_FIELDS, STORED_TEXT_CHARS, join_values, split_values
from indexer.visibility import PUBLIC

#: The column with the text of a long document beyond its stored beginning.
REST_COLUMN = "text_rest"


def to_fields(doc: Document) -> dict[str, Any]:
    """The keyword arguments for ``writer.add_document``."""
    fields: dict[str, Any] = {
        "id": doc.doc_id,
        "title": doc.title,
        "text": doc.text,
        "exact": f"{doc.title}\n{doc.text}",
        # Every document gets a value: Whoosh's column readers fail on segments whose
        # trailing documents lack one.
        REST_COLUMN: doc.text[STORED_TEXT_CHARS:].encode("utf-8"),
        "source": doc.source,
        "path": doc.path or "",
        "alias": doc.alias,
        "content_hash": doc.content_hash,
        "indexed_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "provenance": json.dumps(
            {name: _provenance(value) for name, value in doc.meta.items()}, ensure_ascii=False
        ),
        "extra": json.dumps(_with_parts(doc), ensure_ascii=False, default=str),
        # Every document gets one (the search layer filters on it; see indexer.visibility).
        "visibility": str(doc.meta["visibility"].value) if "visibility" in doc.meta else PUBLIC,
    }
    if len(doc.text) > STORED_TEXT_CHARS:
        fields["_stored_text"] = doc.text[:STORED_TEXT_CHARS]
    for name in FACET_FIELDS:
        # Always give a value, even empty: Whoosh's VarBytes column reader fails on segments
        # whose trailing documents lack the column.
        values = [" ".join(v.split()) for v in doc.meta[name].as_list()] if name in doc.meta else []
        fields[name] = join_values(values)
    if "person" in doc.meta:
        fields["person_text"] = " ".join(doc.meta["person"].as_list())
    # Undated documents get 0 explicitly: Whoosh's default for a missing number is the
    # largest value, which would sort them first under "newest".
    fields.update(date_start=0, date_end=0, year=0)
    if "date" in doc.meta:
        iso = doc.meta["date"].as_list()[0]
        span = date_span(iso)
        if span is not None:
            fields["date"] = iso
            fields["date_start"], fields["date_end"] = span
            fields["year"] = span[0] // 10000
    return fields


def _provenance(value: MetaValue) -> dict[str, Any]:
    """Where a value came from: origin, evidence, and where known the confidence of an
    extracted value and who corrected it when."""
    info: dict[str, Any] = {"origin": value.origin, "evidence": value.evidence}
    if value.confidence is not None:
        info["confidence"] = round(value.confidence, 3)
    if value.by or value.at:
        info.update(by=value.by, at=value.at)
    return info


def meta_from_stored(record: dict[str, Any]) -> dict[str, MetaValue]:
    """The metadata of a stored record (see :func:`from_stored`) as values with provenance:
    what a document keeps when it is rewritten without its file."""
    meta: dict[str, MetaValue] = {}
    provenance = record.get("provenance") or {}
    for name in GIVEN_FIELDS:
        values = record.get(name)
        if not values:
            continue
        values = values if isinstance(values, list) else [values]
        info = provenance.get(name) or {}
        meta[name] = MetaValue(
            tuple(values) if name == "person" and len(values) > 1 else values[0],
            str(info.get("origin") or "document"),
            info.get("evidence"),
            info.get("confidence"),
            info.get("by"),
            info.get("at"),
        )
    return meta


def _with_parts(doc: Document) -> dict[str, Any]:
    """The document's extras, plus where the parts of a long text begin (for its page)."""
    parts = part_map(doc.title, doc.text)
    return doc.extra if parts is None else {**doc.extra, EXTRA_KEY: parts}


def text_rest(reader: Any, docnum: int, stored_text: str | None = None) -> str:
    """The text of a long document beyond its stored beginning ("" for most documents).

    Given the stored text, a shorter one than :data:`STORED_TEXT_CHARS` has no rest and
    nothing is read. Otherwise only the column of the segment holding the document is
    opened: opening a column reads its offsets for every document, and the whole index's
    column (every segment's) took some 20 ms of each document page.
    """
    if stored_text is not None and len(stored_text) < STORED_TEXT_CHARS:
        return ""
    leaf, local = reader, docnum
    for segment, offset in reversed(reader.leaf_readers()):
        if docnum >= offset:
            leaf, local = segment, docnum - offset
            break
    if not leaf.has_column(REST_COLUMN):
        return ""
    value = leaf.column_reader(REST_COLUMN)[local]
    return value.decode("utf-8") if value else ""


def from_stored(stored: dict[str, Any], rest: str = "") -> dict[str, Any]:
    """A stored Whoosh document as plain data (lists for facets, parsed JSON); ``rest`` is
    the text beyond its stored beginning (:func:`text_rest`), for the whole text."""
    record: dict[str, Any] = {
        "id": stored.get("id"),
        "title": stored.get("title") or "",
        "text": (stored.get("text") or "") + rest,
        "date": stored.get("date"),
        "year": stored.get("year") or None,
        "source": stored.get("source"),
        "path": stored.get("path"),
        "content_hash": stored.get("content_hash"),
        "alias": stored.get("alias") or "",
        "indexed_at": _iso(stored.get("indexed_at")),
        "provenance": _json(stored.get("provenance")),
        "extra": _json(stored.get("extra")),
        "visibility": stored.get("visibility") or PUBLIC,
    }
    for name in FACET_FIELDS:
        record[name] = split_values(stored.get(name))
    return record


def metadata_view(record: dict[str, Any]) -> dict[str, Any]:
    """Each metadata field with its value(s), origin and evidence, for display and JSON."""
    view: dict[str, Any] = {}
    provenance = record.get("provenance") or {}
    for name in META_FIELDS:
        value = record.get(name)
        if not value:
            continue
        info = provenance.get(name) or {}
        view[name] = {
            "value": value,
            "origin": info.get("origin"),
            "evidence": info.get("evidence"),
            "confidence": info.get("confidence"),
        }
        if info.get("by") or info.get("at"):
            view[name].update(by=info.get("by"), at=info.get("at"))
    return view


def _json(value: Any) -> Any:
    if not value:
        return {}
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return {}


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat() + "Z"
    return None
