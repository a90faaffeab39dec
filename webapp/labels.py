"""German labels for field names, document types, origins and dates."""

from __future__ import annotations

import datetime as dt

from indexer.given import OFFICES

FIELD_LABELS: dict[str, str] = {
    "person": "Person",
    "office": "Amt",
    "region": "Region",
    "bundesland": "Bundesland",
    "party": "Partei",
    "doc_type": "Dokumenttyp",
    "year": "Jahr",
    "date": "Datum",
}

#: Plural headings of the facet boxes.
FACET_HEADINGS: dict[str, str] = {
    "person": "Personen",
    "office": "Ämter",
    "region": "Regionen",
    "bundesland": "Bundesländer",
    "party": "Parteien",
    "doc_type": "Dokumenttypen",
    "year": "Jahre",
}

DOC_TYPE_LABELS: dict[str, str] = {
    "candidacy": "Bewerbung/Kandidatur",
    "press_release": "Pressemitteilung",
    "programme": "Programm",
    "speech": "Rede",
    "resolution": "Beschluss/Antrag",
    "other": "Sonstiges",
}

#: Offices by their gender-neutral names ("Landesvorsitz", never "Landesvorsitzender" for a
#: woman); the JSON API and ``extract --json`` keep the canonical keys.
OFFICE_LABELS: dict[str, str] = dict(OFFICES)

ORIGIN_LABELS: dict[str, str] = {
    "cli": "angegeben (beim Indexieren)",
    "correction": "korrigiert",
    "sidecar": "angegeben (Begleitdatei)",
    "folder": "angegeben (Ordner)",
    "document": "angegeben (im Dokument)",
    "extracted": "extrahiert aus dem Text",
}

SORT_LABELS: dict[str, str] = {
    "relevance": "Relevanz",
    "newest": "neueste zuerst",
    "oldest": "älteste zuerst",
}

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


def value_label(name: str, value: str) -> str:
    """How a facet value is shown: document types in German, offices by gender-neutral
    names, everything else as stored."""
    if name == "doc_type":
        return DOC_TYPE_LABELS.get(value, value)
    if name == "office":
        return OFFICE_LABELS.get(value, value)
    return value


def plural(count: int, singular: str, plural_form: str) -> str:
    """``1 Dokument``, ``3 Dokumente``, ``1.234 Dokumente`` (German thousands separator)."""
    return f"{count:,}".replace(",", ".") + " " + (singular if count == 1 else plural_form)


def confidence_label(confidence: float | None) -> str:
    """``0.42`` -> ``0,42`` (German decimal comma); empty when unknown."""
    if confidence is None:
        return ""
    return f"{confidence:.2f}".replace(".", ",")


def german_date(iso: str | None) -> str:
    """``2024-09-07`` → ``7. September 2024``; ``2024-09`` → ``September 2024``."""
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        if len(parts) == 1:
            return str(int(parts[0]))
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
        day = dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except (ValueError, IndexError):
        return iso
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def short_date(iso: str | None) -> str:
    """``2024-09-07`` → ``07.09.2024``; partial dates as ``09/2024`` and ``2024``."""
    if not iso:
        return ""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{parts[2][:2]}.{parts[1]}.{parts[0]}"
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    return iso
