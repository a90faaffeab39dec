"""Metadata given by people or formats (CLI flags, sidecars, front matter, JSONL fields).

One table maps the many names people use ("Partei", "author", "role"...) onto our fields, and
values are normalised the same way wherever they come from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from indexer.isodate import normalise_date
from indexer.models import META_FIELDS

#: Lowercased key as written -> metadata field.
KEY_ALIASES: dict[str, str] = {
    "person": "person",
    "persons": "person",
    "personen": "person",
    "author": "person",
    "autor": "person",
    "autorin": "person",
    "candidate": "person",
    "kandidat": "person",
    "kandidatin": "person",
    "speaker": "person",
    "redner": "person",
    "office": "office",
    "amt": "office",
    "role": "office",
    "rolle": "office",
    "region": "region",
    "wahlkreis": "region",
    "bundesland": "bundesland",
    "land": "bundesland",
    "party": "party",
    "partei": "party",
    "date": "date",
    "datum": "date",
    "doc_type": "doc_type",
    "type": "doc_type",
    "typ": "doc_type",
    "dokumenttyp": "doc_type",
}

#: Keys that are not metadata fields but describe the document.
TITLE_KEYS = ("title", "titel", "headline", "überschrift")
SOURCE_KEYS = ("source", "quelle", "url", "link")


def given_metadata(raw: Mapping[str, Any]) -> dict[str, str | tuple[str, ...]]:
    """Pick and normalise metadata fields from a mapping with free-form keys."""
    result: dict[str, str | tuple[str, ...]] = {}
    for key, value in raw.items():
        field = KEY_ALIASES.get(str(key).strip().lower())
        if field is None or field in result:
            continue
        normalised = normalise_value(field, value)
        if normalised:
            result[field] = normalised
    return result


def normalise_value(field: str, value: Any) -> str | tuple[str, ...] | None:
    """Clean one given value; ``None`` when it is empty or unusable."""
    if field not in META_FIELDS or value is None:
        return None
    if field == "date":
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()[:10]
        return normalise_date(str(value))
    if isinstance(value, list | tuple):
        items = tuple(_clean(v) for v in value if _clean(v))
        if not items:
            return None
        return items if field == "person" and len(items) > 1 else items[0]
    text = _clean(value)
    return text or None


def first_of(raw: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in raw.items()}
    for key in keys:
        value = lowered.get(key)
        if value is not None and _clean(value):
            return _clean(value)
    return None


def _clean(value: Any) -> str:
    return " ".join(str(value).split()).strip(" ,;")
