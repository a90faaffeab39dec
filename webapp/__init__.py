"""The parteisuche web app (Flask app factory)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from indexer import config
from indexer.engine.store import IndexStore
from indexer.search import SearchService
from indexer.visibility import PUBLIC

# Flask is imported where it is used: the command line (webapp.cli) imports this package, and
# `parteisuche search` should not pay for loading the web framework it does not use.
if TYPE_CHECKING:
    from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``INDEX_DIR`` names the index folder (default: the configured one).

    The app only reads the index: no endpoint writes to it. Documents indexed through the CLI
    while the app runs show up on the next request (the search service reopens the index).
    """
    from flask import Flask

    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=str(config.index_dir()),
        # Nothing is uploaded; refuse bodies outright.
        MAX_CONTENT_LENGTH=64 * 1024,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
        # Offer each document's original file for download (``serve --originals``).
        ORIGINALS=False,
    )
    if test_config:
        app.config.update(test_config)
    app.debug = False
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["search"] = SearchService(IndexStore(app.config["INDEX_DIR"]))

    from webapp import auth, errors, security, templating
    from webapp.views import api, candidacies, documents, exports, originals, people, search

    security.init_app(app)
    errors.init_app(app)
    auth.init_app(app)
    templating.init_app(app)
    for module in (search, documents, people, api, exports, candidacies, originals):
        app.register_blueprint(module.bp)
    return app


def search_service(app: Flask) -> SearchService:
    """The app's search service for the viewer of this request; within a request always the
    same one.

    Every view reaches the index through here, so every view answers for the viewer's
    audience (:mod:`webapp.auth`): the public unless a member signed in. A serving process
    swaps in a new service when a rebuilt index is ready (:mod:`webapp.reload`); a request
    that started on the old one finishes on it.
    """
    from flask import g, has_app_context

    from webapp.auth import viewer

    if has_app_context() and "search_service" in g:
        fixed: SearchService = g.search_service
        return fixed
    service: SearchService = app.extensions["search"]
    if has_app_context():
        service = service.for_audience(viewer().audience)
        g.search_service = service
    else:
        service = service.for_audience(PUBLIC)
    return service
