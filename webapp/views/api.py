"""The JSON API: the search page, documents and people as JSON, and its OpenAPI description.

Errors share one shape: ``{"error": {"status": 400, "message": "…"}}`` (see :mod:`webapp.errors`).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from indexer.engine.documents import metadata_view
from indexer.search import FACETS, MAX_PAGE, MAX_PAGE_SIZE, SORTS
from webapp import search_service
from webapp.errors import WebError
from webapp.labels import plural
from webapp.params import DEFAULT_PAGE_SIZE, MAX_Q_CHARS, SearchState, unknown_params
from webapp.views.documents import find_document

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search() -> Response:
    """Same parameters as the search page; result shape as ``parteisuche search --json``.

    Unknown parameters are ignored, as the page ignores them, and named in
    ``request.ignored``. A page beyond the last is a 404 that says how many pages there are.
    """
    state = SearchState.from_args(request.args)
    result = search_service(current_app).search(state.to_request())
    if state.page > max(result.pages, 1):
        raise WebError(
            404,
            f"Seite {state.page} gibt es für diese Suche nicht: sie hat "
            f"{result.total} Treffer auf {plural(result.pages, 'Seite', 'Seiten')}.",
        )
    data = result.as_json()
    data["request"] = {
        "q": state.q,
        "filters": {name: list(values) for name, values in state.filters.items()},
        "from": state.date_from or None,
        "to": state.date_to or None,
        "sort": state.effective_sort,
        "ignored": unknown_params(request.args),
    }
    page = state.page
    search_base = url_for("api.search", _external=True)
    data["links"] = {
        "self": state.url(search_base),
        "html": state.url(url_for("search.index", _external=True)),
        "next": state.with_page(page + 1).url(search_base) if page < result.pages else None,
        "prev": state.with_page(page - 1).url(search_base) if page > 1 else None,
        "csv": _export_url("exports.csv", state),
        "atom": _export_url("exports.atom", state),
    }
    for hit in data["hits"]:
        hit["url"] = url_for("documents.show", doc_id=hit["id"], _external=True)
        hit["api_url"] = url_for("api.document", doc_id=hit["id"], _external=True)
    return jsonify(data)


def _export_url(endpoint: str, state: SearchState) -> str:
    params = [(k, v) for k, v in state.params() if k not in ("page", "page_size")]
    return SearchState().url(url_for(endpoint, _external=True), params)


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str) -> Response:
    record = find_document(search_service(current_app), doc_id, "api.document")
    # The file's absolute path on the server is never shown: ``source`` says where it came from.
    data: dict[str, Any] = {
        k: v for k, v in record.items() if k not in ("provenance", "path", "alias")
    }
    data["metadata"] = metadata_view(record)
    extra = record.get("extra") or {}
    data["uncertain"] = extra.get("uncertain") or {}
    data["nominees"] = extra.get("nominees") or []
    data["url"] = url_for("documents.show", doc_id=doc_id, _external=True)
    return jsonify(data)


@bp.get("/people/<path:name>")
def person(name: str) -> Response:
    total, hits = search_service(current_app).person_documents(name, limit=1000)
    if not total:
        raise WebError(404, f"Zu „{name[:200]}“ gibt es keine Dokumente.")
    documents = []
    for hit in hits:
        item = hit.as_json()
        for key in ("score", "snippet"):
            item.pop(key)
        item["url"] = url_for("documents.show", doc_id=hit.id, _external=True)
        documents.append(item)
    return jsonify(
        {
            "name": name,
            "total": total,
            "documents": documents,
            "url": url_for("people.show", name=name, _external=True),
        }
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_spec(url_for("search.index", _external=True).rstrip("/")))


def _json_response(description: str, schema: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {"description": description, "content": {"application/json": {"schema": ref}}}


def _strict(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """An object with exactly these properties: the API tests validate real responses
    against the schemas, so a field the schema lacks fails a test instead of drifting."""
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def _record_schemas() -> dict[str, Any]:
    """Schemas of hits, search results, documents and people."""
    nullable = {"type": ["string", "null"]}
    strings = {"type": "array", "items": {"type": "string"}}
    url = {"type": "string", "format": "uri"}
    hit_fields: dict[str, Any] = {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "person": nullable,
        "persons": strings,
        "office": nullable,
        "region": nullable,
        "bundesland": nullable,
        "party": nullable,
        "doc_type": nullable,
        "date": nullable,
        "url": url,
    }
    facet_value = _strict(
        {"value": {"type": "string"}, "count": {"type": "integer"}, "selected": {"type": "boolean"}}
    )
    links = _strict({name: {"type": ["string", "null"]}
                     for name in ("self", "html", "next", "prev", "csv", "atom")})
    metadata_value = _strict({
        "value": {"oneOf": [{"type": "string"}, strings]},
        "origin": nullable,
        "evidence": nullable,
        "confidence": {"type": ["number", "null"], "description": "extrahierte Werte: 0..1"},
        "by": nullable,
        "at": nullable,
    }, optional=("by", "at"))
    uncertain_value = _strict({
        "value": {"oneOf": [{"type": "string"}, strings]},
        "confidence": {"type": "number"},
        "evidence": nullable,
    })
    nominee = _strict({"person": {"type": "string"}, "office": nullable, "region": nullable,
                       "place": {"type": ["integer", "null"], "description": "Listenplatz"}})
    candidacy = _strict({
        "id": {"type": "string"},
        "title": {"type": "string"},
        "date": nullable,
        "persons": strings,
        "office": nullable,
        "region": nullable,
        "bundesland": nullable,
        "party": nullable,
        "place": {"type": ["integer", "null"], "description": "Listenplatz, wo bekannt"},
        "listed": {"type": "boolean", "description": "aus einer Listenmeldung"},
        "lead": {"type": "string", "description": "die ersten Zeilen der Erklärung"},
        "snippet": {"type": "string", "description": "HTML wie bei Treffern (mit Anfrage)"},
        "url": url,
        "api_url": url,
    })
    election = _strict({
        "label": {"type": "string"},
        "office": nullable,
        "region": nullable,
        "bundesland": nullable,
        "from": nullable,
        "to": nullable,
        "candidacies": {"type": "array", "items": candidacy},
    })
    return {
        "Candidacies": _strict({
            "query": {"type": "string"},
            "total": {"type": "integer", "description": "Kandidaturen (Zeilen)"},
            "documents": {"type": "integer"},
            "elections_total": {"type": "integer"},
            "page": {"type": "integer"},
            "page_size": {"type": "integer", "description": "Wahlen pro Seite"},
            "pages": {"type": "integer"},
            "elections": {"type": "array", "items": election},
            "facets": {"type": "object", "additionalProperties": {
                "type": "array", "items": facet_value}},
            "links": _strict({name: {"type": ["string", "null"]}
                              for name in ("self", "html", "next", "prev", "csv")}),
        }),
        "Hit": _strict({
            **hit_fields,
            "score": {"type": ["number", "null"]},
            "snippet": {"type": "string", "description": "HTML: escaped text, only <mark> added"},
            "api_url": url,
        }),
        "SearchResult": _strict({
            "query": {"type": "string"},
            "total": {"type": "integer"},
            "page": {"type": "integer"},
            "page_size": {"type": "integer"},
            "pages": {"type": "integer"},
            "took_ms": {"type": "number"},
            "suggestion": nullable,
            "notice": nullable,
            "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
            "facets": {"type": "object", "additionalProperties": {
                "type": "array", "items": facet_value}},
            "request": {"type": "object"},
            "links": links,
        }),
        "Document": _strict({
            "id": {"type": "string"},
            "title": {"type": "string"},
            "text": {"type": "string"},
            "date": nullable,
            "year": {"type": ["integer", "null"]},
            "source": nullable,
            "content_hash": nullable,
            "indexed_at": nullable,
            "visibility": {
                "type": "string", "enum": ["öffentlich", "mitglieder"],
                "description": "Wer das Dokument sehen darf: alle oder nur angemeldete "
                "Mitglieder (mit HTTP-Basic-Anmeldung oder Sitzung)",
            },
            "extra": {"type": "object", "description": "Angaben nur des Formats (z. B. "
                      "Tagesordnungspunkt einer Rede, Seitenanfänge eines PDF, OCR)"},
            **{name: strings for name in FACETS if name != "year"},
            "metadata": {"type": "object", "additionalProperties": metadata_value},
            "uncertain": {
                "type": "object",
                "description": "Extrahierte Werte unter der Schwelle: nicht in den Facetten",
                "additionalProperties": uncertain_value,
            },
            "nominees": {"type": "array", "items": nominee,
                         "description": "Alle Bewerberinnen und Bewerber einer Listenmeldung"},
            "url": url,
        }),
        "Person": _strict({
            "name": {"type": "string"},
            "total": {"type": "integer"},
            "documents": {"type": "array", "items": _strict(hit_fields)},
            "url": url,
        }),
    }


def _param(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def openapi_spec(server: str) -> dict[str, Any]:
    """A short OpenAPI 3.1 description of the read-only API."""
    error = {"$ref": "#/components/responses/Error"}
    facet_params = [
        _param(
            name,
            f"Facettenwert für {name}; mehrfach angeben für mehrere Werte (ODER).",
            {"type": "array", "items": {"type": "string"}},
            style="form",
            explode=True,
        )
        for name in FACETS
    ]
    search_params = [
        _param(
            "q",
            "Suchanfrage in der Abfragesprache (siehe README).",
            {"type": "string", "maxLength": MAX_Q_CHARS},
        ),
        *facet_params,
        _param("from", "Frühestes Datum (2024, 2024-09 oder 2024-09-07).", {"type": "string"}),
        _param("to", "Spätestes Datum.", {"type": "string"}),
        _param(
            "sort",
            "Sortierung; Standard: relevance mit Anfrage, sonst newest.",
            {"type": "string", "enum": list(SORTS)},
        ),
        _param(
            "page", "Seite.", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}
        ),
        _param(
            "page_size",
            "Treffer pro Seite.",
            {
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_PAGE_SIZE,
                "default": DEFAULT_PAGE_SIZE,
            },
        ),
    ]
    export_params = [p for p in search_params if p["name"] not in ("page", "page_size")]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "parteisuche API",
            "version": "1",
            "description": "Lesender Zugriff auf die Volltextsuche in Parteidokumenten. "
            'Fehler haben immer die Form {"error": {"status": 400, "message": "…"}}.',
        },
        "servers": [{"url": server}],
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Suche mit Facetten, Zeitraum, Sortierung und Seiten",
                    "parameters": search_params,
                    "responses": {
                        "200": _json_response(
                            "Treffer, Facetten, Gesamtzahl und Seiten; unbekannte Parameter "
                            "werden übergangen und in request.ignored genannt",
                            "SearchResult",
                        ),
                        "400": error,
                        "404": error,
                    },
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "Ein Dokument mit Volltext und Herkunft jeder Angabe",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json_response("Das Dokument", "Document"),
                        "404": error,
                    },
                }
            },
            "/api/people/{name}": {
                "get": {
                    "summary": "Alle Dokumente einer Person, älteste zuerst",
                    "parameters": [
                        {
                            "name": "name",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": _json_response("Dokumente der Person", "Person"),
                        "404": error,
                    },
                }
            },
            "/api/kandidaturen": {
                "get": {
                    "summary": "Kandidaturen nach Wahl gruppiert, neueste zuerst (doc_type ist "
                    "immer candidacy; Listenmeldungen mit jeder genannten Person)",
                    "parameters": [p for p in search_params if p["name"] != "doc_type"],
                    "responses": {
                        "200": _json_response("Wahlen mit ihren Kandidaturen", "Candidacies"),
                        "400": error,
                    },
                }
            },
            "/kandidaturen.csv": {
                "get": {
                    "summary": "Alle Kandidaturen einer Auswahl als CSV (gestreamt)",
                    "parameters": [p for p in export_params if p["name"] != "doc_type"],
                    "responses": {
                        "200": {"description": "CSV (UTF-8 mit BOM)", "content": {"text/csv": {}}},
                        "400": error,
                    },
                }
            },
            "/export.csv": {
                "get": {
                    "summary": "Alle Treffer einer Suche als CSV (gestreamt), mit Quelle und "
                    "Ausschnitt",
                    "parameters": [
                        *export_params,
                        _param("text", "1: mit dem Volltext jedes Dokuments (Spalte Volltext).",
                               {"type": "integer", "enum": [0, 1], "default": 0}),
                    ],
                    "responses": {
                        "200": {"description": "CSV (UTF-8 mit BOM)", "content": {"text/csv": {}}},
                        "400": error,
                    },
                }
            },
            "/feed.atom": {
                "get": {
                    "summary": "Atom-Feed der zuletzt indexierten Dokumente einer Suche",
                    "parameters": export_params,
                    "responses": {
                        "200": {"description": "Atom 1.0", "content": {"application/atom+xml": {}}},
                        "400": error,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["status", "message"],
                            "properties": {
                                "status": {"type": "integer"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                },
                **_record_schemas(),
            },
            "responses": {
                "Error": {
                    "description": "Fehler (ungültige Parameter, nicht gefunden …)",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                },
            },
            "securitySchemes": {
                "mitglieder": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "Mitglieder sehen auch Dokumente der Sichtbarkeit "
                    "„mitglieder“; ohne Anmeldung nur öffentliche. Falsche Angaben: 401.",
                },
            },
        },
        # Anonymous (public documents) or signed in as a member (all documents).
        "security": [{}, {"mitglieder": []}],
    }
