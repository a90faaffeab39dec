"""One error shape for everything: JSON ``{"error": {"status", "message"}}`` under ``/api/``,
an HTML page with the same message elsewhere. No traceback ever reaches a user.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException

from indexer.errors import IndexMissing, ParteisucheError, QueryError, SchemaOutdated

log = logging.getLogger(__name__)

HTTP_MESSAGES: dict[int, str] = {
    400: "Die Anfrage ist ungültig.",
    404: "Diese Seite gibt es nicht.",
    405: "Diese Methode ist hier nicht erlaubt; parteisuche ist nur lesbar (GET).",
    413: "Die Anfrage ist zu groß.",
    414: "Die Adresse ist zu lang.",
    429: "Zu viele Anfragen auf einmal. Bitte versuchen Sie es gleich noch einmal.",
    431: "Die Kopfzeilen der Anfrage sind zu groß.",
    500: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal.",
    503: "Der Suchindex ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal.",
}


class WebError(Exception):
    """An error with an HTTP status and a message for a person (German)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def wants_json() -> bool:
    return request.path.startswith("/api/")


def error_response(status: int, message: str) -> tuple[Response | str, int]:
    """The one error shape: JSON for the API, an HTML page otherwise."""
    if wants_json():
        return jsonify({"error": {"status": status, "message": message}}), status
    try:
        return render_template("errors/error.html", status=status, message=message), status
    except Exception:  # noqa: BLE001 - the error page itself must never fail
        log.exception("error page failed")
        return Response(message, mimetype="text/plain"), status


def init_app(app: Flask) -> None:
    app.register_error_handler(WebError, _web_error)
    app.register_error_handler(QueryError, _query_error)
    app.register_error_handler(IndexMissing, _index_missing)
    app.register_error_handler(SchemaOutdated, _index_outdated)
    app.register_error_handler(ParteisucheError, _domain_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)


#: Seconds a client is asked to wait after a 429 (``Retry-After``).
RETRY_AFTER = 5


def _web_error(exc: WebError) -> Response:
    response = make_response(error_response(exc.status, exc.message))
    if exc.status == 429:
        response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


def _query_error(exc: QueryError) -> tuple[Response | str, int]:
    return error_response(400, str(exc))


def _index_missing(exc: IndexMissing) -> tuple[Response | str, int]:
    log.error("index missing: %s", exc)
    return error_response(
        503, "Es ist noch kein Suchindex angelegt. Legen Sie ihn mit „parteisuche index“ an."
    )


def _index_outdated(exc: SchemaOutdated) -> tuple[Response | str, int]:
    log.error("index outdated: %s", exc)
    return error_response(
        503, "Der Suchindex ist veraltet und muss mit „parteisuche reindex“ neu erstellt werden."
    )


def _domain_error(exc: ParteisucheError) -> tuple[Response | str, int]:
    log.error("index problem: %s", exc)
    return error_response(503, HTTP_MESSAGES[503])


def _http_error(exc: HTTPException) -> tuple[Response | str, int]:
    status = exc.code or 500
    return error_response(status, HTTP_MESSAGES.get(status, exc.name))


def _unexpected(exc: Exception) -> tuple[Response | str, int]:
    log.exception("unexpected error on %s", request.path)
    return error_response(500, HTTP_MESSAGES[500])
