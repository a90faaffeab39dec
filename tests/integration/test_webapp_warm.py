"""Serving processes warm up before they serve and switch to a rebuilt index only when warm."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask, url_for

from indexer.search import SearchRequest
from tests.browser.corpus import build_index, write_corpus
from webapp import create_app, search_service
from webapp.cli import cli
from webapp.present import doc_url, person_url
from webapp.reload import PinnedStore, Reloader, pinned_service
from webapp.warmup import warm

NEW_WORD = "Wasserstoffkernfusionsgesetz"


@pytest.fixture
def docs_and_index(tmp_path: Path) -> tuple[Path, Path]:
    docs = write_corpus(tmp_path / "docs")
    build_index(docs, tmp_path / "index")
    return docs, tmp_path / "index"


def _served_app(index: Path) -> Flask:
    """An app set up as ``parteisuche serve`` sets it up (pinned service, no watcher thread)."""
    app = create_app({"INDEX_DIR": str(index), "TESTING": True})
    app.extensions["search"] = pinned_service(index)
    return app


def _total(app: Flask, q: str) -> int:
    return search_service(app).search(SearchRequest(q=q)).total


def test_warm_up_runs_every_step_and_every_page_kind(docs_and_index: tuple[Path, Path]) -> None:
    app = _served_app(docs_and_index[1])
    timings = warm(app)
    assert {"records", "search", "feed", "similar", "person", "candidacies", "people"} <= set(
        timings
    )
    assert {"page /", "page /api/search", "page /feed.atom", "page /kandidaturen",
            "page /personen"} <= set(timings)
    assert any(name.startswith("page /dokument/") for name in timings)
    assert any(name.startswith("page /person/") for name in timings)


def test_warm_up_without_an_index_does_not_stop_the_server(tmp_path: Path) -> None:
    app = _served_app(tmp_path / "nothing-here")
    assert warm(app) == {}
    assert app.test_client().get("/?q=Rente").status_code == 503


def test_a_rebuilt_index_is_switched_in_only_by_the_reloader(
    docs_and_index: tuple[Path, Path],
) -> None:
    docs, index = docs_and_index
    app = _served_app(index)
    before = app.extensions["search"].store
    assert isinstance(before, PinnedStore) and before.data
    reloader = Reloader(app)
    assert reloader.check() is False  # nothing new published
    (docs / "neu.md").write_text(f"---\ntitle: Neu\n---\nDas {NEW_WORD} kommt.\n", "utf-8")
    result = CliRunner().invoke(cli, ["reindex", "--index", str(index), "-q"])
    assert result.exit_code == 0, result.output
    # Published, but this process keeps answering from the folder it is pinned to ...
    assert _total(app, NEW_WORD) == 0
    assert app.test_client().get("/api/search?q=" + NEW_WORD).get_json()["total"] == 0
    # ... until the reloader has warmed the rebuilt one and swapped it in.
    assert reloader.check() is True
    after = app.extensions["search"].store
    assert isinstance(after, PinnedStore) and after.data not in (None, before.data)
    assert _total(app, NEW_WORD) == 1
    assert app.test_client().get("/api/search?q=" + NEW_WORD).get_json()["total"] == 1
    assert reloader.check() is False


def test_a_request_keeps_the_service_it_started_with(docs_and_index: tuple[Path, Path]) -> None:
    app = _served_app(docs_and_index[1])
    first = search_service(app)
    with app.test_request_context("/"):
        assert search_service(app) is first
        app.extensions["search"] = pinned_service(docs_and_index[1])  # swapped meanwhile
        assert search_service(app) is first
    assert search_service(app) is app.extensions["search"] is not first


TRICKY = ["a.txt", "ordner/b c.md", "ä ö ü ß", "x?y#z", "100%", "/lead", "a+b&c=d", "~tilde",
          "quote'\"<>", "tab\tnew\nline", "emoji 🗳", "semi;colon:at@"]


@pytest.mark.parametrize("value", TRICKY)
@pytest.mark.parametrize("external", [False, True])
def test_fast_links_equal_url_for(tmp_path: Path, value: str, external: bool) -> None:
    app = create_app({"INDEX_DIR": str(tmp_path), "TESTING": True})
    with app.test_request_context("/", base_url="https://example.org/sub"):
        for q in ("", "Rente & Mindestlohn?", "„Long Covid“ -x /y"):
            wanted = url_for("documents.show", doc_id=value, _external=external,
                             **({"q": q} if q else {}))
            assert doc_url(value, q, external=external) == wanted
        assert person_url(value, external=external) == url_for(
            "people.show", name=value, _external=external
        )
