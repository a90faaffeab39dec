"""Hits and documents as plain dicts for templates, with every URL built here."""

from __future__ import annotations

from typing import Any

from flask import url_for
from markupsafe import Markup

from indexer.search import Hit
from webapp.labels import german_date, short_date, value_label


def doc_url(doc_id: str, q: str = "", *, external: bool = False) -> str:
    if q:
        return url_for("documents.show", doc_id=doc_id, q=q, _external=external)
    return url_for("documents.show", doc_id=doc_id, _external=external)


def person_url(name: str, *, external: bool = False) -> str:
    return url_for("people.show", name=name, _external=external)


def hit_dict(hit: Hit, q: str = "") -> dict[str, Any]:
    """One result row: escaped text, our own ``<mark>`` snippet, links to document and people."""
    return {
        "id": hit.id,
        "title": hit.title or hit.id,
        "url": doc_url(hit.id, q),
        "persons": [{"name": p, "url": person_url(p)} for p in hit.person],
        "office": ", ".join(hit.office),
        "region": ", ".join(hit.region),
        "bundesland": ", ".join(hit.bundesland),
        "party": ", ".join(hit.party),
        "doc_type": ", ".join(value_label("doc_type", t) for t in hit.doc_type),
        "date": hit.date,
        "date_label": german_date(hit.date),
        "date_short": short_date(hit.date),
        # The highlighter escapes the text and adds only <mark>; nothing else is trusted.
        "snippet": Markup(hit.snippet),
    }
