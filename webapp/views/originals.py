"""Download of a document's original file, where staff allow it (``serve --originals``).

What may be served is decided in :mod:`webapp.originals`. Downloads are attachments with a
sandboxing CSP, so an indexed HTML page never runs in the app's origin.
"""

from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, Response, current_app, send_file

from webapp import search_service
from webapp.errors import WebError
from webapp.originals import enabled, original_file
from webapp.views.documents import find_document

bp = Blueprint("originals", __name__)

NOT_OFFERED = "Für dieses Dokument wird keine Originaldatei angeboten."


@bp.get("/original/<path:doc_id>")
def download(doc_id: str) -> Response:
    if not enabled(current_app):
        raise WebError(404, "Originaldateien werden auf diesem Server nicht angeboten.")
    service = search_service(current_app)
    record = find_document(service, doc_id, "originals.download")
    path = original_file(service, record)
    if path is None:
        raise WebError(404, NOT_OFFERED)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = send_file(
        path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(path),
        conditional=True, max_age=0,
    )
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
