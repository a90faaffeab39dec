"""The parteisuche web app (Flask app factory)."""

from __future__ import annotations

from typing import Any

from flask import Flask

from indexer import config
from indexer.search import SearchService
from indexer.store import IndexStore


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app; ``INDEX_DIR`` names the index folder (default: the configured one)."""
    app = Flask(__name__)
    app.config.from_mapping(INDEX_DIR=str(config.index_dir()))
    if test_config:
        app.config.update(test_config)
    app.extensions["search"] = SearchService(IndexStore(app.config["INDEX_DIR"]))

    from webapp.views import search

    app.register_blueprint(search.bp)
    return app


def search_service(app: Flask) -> SearchService:
    service: SearchService = app.extensions["search"]
    return service
