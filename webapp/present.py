"""Hits and documents as plain dicts for templates, with every URL built here."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from flask import g, has_request_context, url_for
from markupsafe import Markup

from indexer.search import Hit
from webapp.labels import german_date, short_date, value_label

#: What Werkzeug leaves unquoted in a ``<path:…>`` part and in a query value (its
#: ``BaseConverter.to_url`` and ``urls._urlencode``); a test holds us to url_for's output.
_PATH_SAFE = "!$&'()*+,/:;=@"
_QUERY_SAFE = "!$'()*,/:;?@"


def _prefix(endpoint: str, argument: str, external: bool) -> str:
    """``url_for(endpoint)`` up to its one path argument, built once per request.

    A person page or an export lists up to thousands of documents; ``url_for`` for each link
    took a third of an export's time. The rest of the URL is quoted as Werkzeug quotes it.
    """
    key = (endpoint, external)
    cache: dict[tuple[str, bool], str] | None = None
    if has_request_context():
        cache = g.setdefault("url_prefixes", {})
        if key in cache:
            return cache[key]
    prefix = url_for(endpoint, **{argument: "-"}, _external=external)[:-1]
    if cache is not None:
        cache[key] = prefix
    return prefix


def doc_url(doc_id: str, q: str = "", *, external: bool = False) -> str:
    """The document page (``url_for("documents.show", doc_id=…, q=…)``, faster)."""
    url = _prefix("documents.show", "doc_id", external) + quote(doc_id, safe=_PATH_SAFE)
    return url + "?" + urlencode({"q": q}, safe=_QUERY_SAFE) if q else url


def person_url(name: str, *, external: bool = False) -> str:
    """The person page (``url_for("people.show", name=…)``, faster)."""
    return _prefix("people.show", "name", external) + quote(name, safe=_PATH_SAFE)


def hit_dict(hit: Hit, q: str = "") -> dict[str, Any]:
    """One result row: escaped text, our own ``<mark>`` snippet, links to document and people."""
    return {
        "id": hit.id,
        "title": hit.title or hit.id,
        "url": doc_url(hit.id, q),
        "persons": [{"name": p, "url": person_url(p)} for p in hit.person],
        "office": ", ".join(value_label("office", o) for o in hit.office),
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
