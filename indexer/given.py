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
    # publication dates of static-site generators (Astro ``pubDate``, Hugo ``publishDate``)
    "pubdate": "date",
    "publishdate": "date",
    "publish_date": "date",
    "published": "date",
    "date_published": "date",
    "datepublished": "date",
    "publication_date": "date",
    "veröffentlicht": "date",
    "doc_type": "doc_type",
    "type": "doc_type",
    "typ": "doc_type",
    "dokumenttyp": "doc_type",
}

#: Keys of a web page's front matter or meta tags that name who wrote or published the page.
#: On a party's site that is often an editor, an interviewer or the Kreisverband itself, so it
#: is evidence for the metadata step (``RawDocument.extra["byline"]``), not a given person.
BYLINE_KEYS = ("author", "authors", "autor", "autorin", "autoren", "verfasser", "verfasserin",
               "byline", "name")

#: Keys that are not metadata fields but describe the document.
TITLE_KEYS = ("title", "titel", "headline", "überschrift")
SOURCE_KEYS = ("source", "quelle", "url", "link")


def given_metadata(
    raw: Mapping[str, Any], *, skip: tuple[str, ...] = ()
) -> dict[str, str | tuple[str, ...]]:
    """Pick and normalise metadata fields from a mapping with free-form keys (``skip``: keys
    that are read otherwise, as web pages' bylines are)."""
    result: dict[str, str | tuple[str, ...]] = {}
    for key, value in raw.items():
        lowered = str(key).strip().lower()
        field = KEY_ALIASES.get(lowered)
        if field is None or field in result or lowered in skip:
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


def byline(raw: Mapping[str, Any]) -> str | None:
    """Who the page says wrote it: a plain name, an author object (``{name: …, role: …}``) or
    a list of them; ``None`` for a role that is not authorship (an editor, an interviewer)."""
    lowered = {str(k).strip().lower(): v for k, v in raw.items()}
    for key in BYLINE_KEYS:
        value = lowered.get(key)
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if isinstance(value, Mapping):
            role = _clean(value.get("role") or value.get("rolle") or "").lower()
            if role.startswith(("redaktion", "interview", "moderation", "fragen", "editor")):
                continue
            value = value.get("name") or value.get("title") or value.get("display_name")
        if isinstance(value, str) and _clean(value) and "://" not in value:
            return _clean(value)
    return None


def first_of(raw: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in raw.items()}
    for key in keys:
        value = lowered.get(key)
        if value is not None and _clean(value):
            return _clean(value)
    return None


def _clean(value: Any) -> str:
    return " ".join(str(value).split()).strip(" ,;")
