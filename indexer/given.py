"""Metadata given by people or formats (CLI flags, sidecars, front matter, JSONL fields).

One table maps the many names people use ("Partei", "author", "role"...) onto our fields, and
values are normalised the same way wherever they come from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from indexer.isodate import normalise_date
from indexer.models import GIVEN_FIELDS
from indexer.visibility import MEMBERS, VISIBILITIES, canonical_visibility

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
    "visibility": "visibility",
    "sichtbarkeit": "visibility",
}

#: Keys of a web page's front matter or meta tags that name who wrote or published the page.
#: On a party's site that is often an editor, an interviewer or the Kreisverband itself, so it
#: is evidence for the metadata step (``RawDocument.extra["byline"]``), not a given person.
BYLINE_KEYS = ("author", "authors", "autor", "autorin", "autoren", "verfasser", "verfasserin",
               "byline", "name")

#: The offices a value may name: canonical key (as in ``extract --json``, the API and the gold
#: files) -> the gender-neutral name the web app shows. Given values fold onto these keys
#: ("Kreisvorsitzende", "stellvertretende Landesvorsitzende", "Bürgermeisteramt"); any other
#: value is not an office of this vocabulary and never becomes a facet value.
OFFICES: dict[str, str] = {
    "Direktkandidat Bundestag": "Direktkandidatur Bundestag",
    "Landesliste Bundestag": "Landesliste Bundestag",
    "Direktkandidat Landtag": "Direktkandidatur Landtag",
    "Landesliste Landtag": "Landesliste Landtag",
    "Kandidat Europaparlament": "Kandidatur Europaparlament",
    "Bürgermeister": "Bürgermeisteramt",
    "Oberbürgermeister": "Oberbürgermeisteramt",
    "Landrat": "Landrätin/Landrat",
    "Stadtrat": "Stadtrat",
    "Gemeinderat": "Gemeinderat",
    "Kreistag": "Kreistag",
    "Bezirkstag": "Bezirkstag",
    "Regionalversammlung": "Regionalversammlung",
    "Landschaftsversammlung": "Landschaftsversammlung",
    "Bezirksversammlung": "Bezirksversammlung",
    "Bezirksvertretung": "Bezirksvertretung",
    "Ortsbeirat": "Ortsbeirat",
    "Stadtbezirksrat": "Stadtbezirksrat",
    "Bezirksbeirat": "Bezirksbeirat",
    "Ortschaftsrat": "Ortschaftsrat",
    "Ortsrat": "Ortsrat",
    "Beirat": "Beirat",
    "Bezirksverordnetenversammlung": "Bezirksverordnetenversammlung",
    "Ortsvorsitzender": "Ortsvorsitz",
    "Kreisvorsitzender": "Kreisvorsitz",
    "stellv. Kreisvorsitzender": "stellv. Kreisvorsitz",
    "Kreisvorstand": "Kreisvorstand",
    "Bezirksvorsitzender": "Bezirksvorsitz",
    "Landesvorsitzender": "Landesvorsitz",
    "stellv. Landesvorsitzender": "stellv. Landesvorsitz",
    "Landesvorstand": "Landesvorstand",
    "Landesschatzmeister": "Landesschatzmeisteramt",
    "Bundesvorsitzender": "Bundesvorsitz",
    "stellv. Bundesvorsitzender": "stellv. Bundesvorsitz",
    "Bundesvorstand": "Bundesvorstand",
    "Bundesparteitagsdelegierter": "Delegierte zum Bundesparteitag",
    "Landesparteitagsdelegierter": "Delegierte zum Landesparteitag",
}

#: Fields whose given values must come from a vocabulary.
VOCABULARY_FIELDS = ("office", "doc_type", "visibility")

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
    if field not in GIVEN_FIELDS or value is None:
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


# -- vocabularies ----------------------------------------------------------------------------
def _fold(label: str) -> str:
    from indexer.metadata.office import fold_gender

    return fold_gender(" ".join(label.lower().split()))


@lru_cache(maxsize=1)
def _folded_offices() -> dict[str, str]:
    table = {_fold(label): key for key, label in OFFICES.items()}
    table.update({_fold(key): key for key in OFFICES})
    return table


def known_value(field: str, value: str) -> str | None:
    """The vocabulary key a given office or document type names, ``None`` for a value outside
    the vocabulary (``Quatsch``, Jekyll's ``type: posts``); other fields pass unchanged."""
    if field == "office":
        return given_office(value)
    if field == "doc_type":
        return _given_doc_type(value)
    if field == "visibility":
        return canonical_visibility(value)
    return value


@lru_cache(maxsize=1024)
def _given_doc_type(label: str) -> str | None:
    from indexer.metadata import canonical_doc_type

    return canonical_doc_type(label)


@lru_cache(maxsize=4096)
def given_office(label: str) -> str | None:
    """An office as people write it, folded onto a key of :data:`OFFICES`: gender, "Co-" and
    "stellvertretende" forms and the neutral names fold ("Bezirksvorsitzende" ->
    ``Bezirksvorsitzender``); the extractor's normaliser knows the longer phrasings."""
    from indexer.metadata import canonical_office

    if not label.strip():
        return None
    folded = _folded_offices().get(_fold(label))
    if folded:
        return folded
    found = canonical_office(label)
    return found if found in OFFICES else None


def allowed_values(field: str) -> list[str]:
    """The keys a given value of ``field`` may name (for error messages)."""
    if field == "office":
        return list(OFFICES)
    if field == "doc_type":
        from indexer.metadata import DOC_TYPES

        return list(DOC_TYPES)
    if field == "visibility":
        return list(VISIBILITIES)
    return []


def split_known(
    layer: Mapping[str, str | tuple[str, ...]],
) -> tuple[dict[str, str | tuple[str, ...]], dict[str, str | list[str]]]:
    """Given values checked against the vocabularies: (kept, in canonical form; ignored).

    A value outside the vocabulary is left out rather than failing the file: front matter
    written for a web site (``type: posts``) is not a statement about the document type.
    A visibility nobody can read ("mitgleider") is the exception: it fails closed, as
    ``mitglieder``, so that a typo never publishes an internal document.
    """
    kept: dict[str, str | tuple[str, ...]] = {}
    ignored: dict[str, str | list[str]] = {}
    for field, value in layer.items():
        if field not in VOCABULARY_FIELDS:
            kept[field] = value
            continue
        values = value if isinstance(value, tuple) else (value,)
        known = [k for k in (known_value(field, v) for v in values) if k]
        unknown = [v for v in values if not known_value(field, v)]
        if known:
            kept[field] = known[0] if len(known) == 1 else tuple(dict.fromkeys(known))
        elif field == "visibility":
            kept[field] = MEMBERS
        if unknown:
            ignored[field] = unknown[0] if len(unknown) == 1 else unknown
    return kept, ignored
