"""Arbitrary and hostile requests against the web app: never a 500, never reflected unescaped.

A Hypothesis fuzz test sends arbitrary strings as query, filter, date, sort and paging
parameters to the search page, the API, the exports, the candidacies and the people list;
traversal attempts on document and person URLs end in 404; a single client cannot start
unbounded exports.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.search import FACETS
from tests.browser.corpus import build_index, write_corpus
from webapp import create_app
from webapp.views.exports import export_slots

MARKER = "<zz-fuzz"
PATHS = ("/", "/api/search", "/export.csv", "/feed.atom", "/kandidaturen", "/api/kandidaturen",
         "/kandidaturen.csv", "/personen")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    root = tmp_path_factory.mktemp("hostile")
    build_index(write_corpus(root / "docs"), root / "index")
    return create_app({"INDEX_DIR": str(root / "index"), "TESTING": True})


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
hostile_text = st.one_of(
    text,
    st.builds(lambda t: f'{MARKER} onmouseover="x">{t}', text),
    st.sampled_from(['"', "(", "*", "ODER", "-", "person:", 'person:"', "datum:", "§",
                     "a" * 5000, "%00", "\x00", "../../etc/passwd", "{{7*7}}"]),
)
params = st.dictionaries(
    st.sampled_from(["q", *FACETS, "from", "to", "sort", "page", "page_size", "more",
                     "fq_person", "name", "unbekannt"]),
    st.lists(hostile_text, min_size=1, max_size=3),
    max_size=5,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(query=params, path=st.sampled_from(PATHS))
def test_fuzzed_parameters_never_500_and_never_reflected(
    app: Flask, query: dict[str, list[str]], path: str
) -> None:
    client = app.test_client()
    response = client.get(path, query_string=[(k, v) for k, vs in query.items() for v in vs])
    allowed = {200, 400}
    if path == "/" and any(v == "" for vs in query.values() for v in vs):
        allowed.add(302)  # empty parameters are dropped from the address by a redirect
    if path == "/api/search" and "page" in query:
        allowed.add(404)  # a page beyond the last
    assert response.status_code in allowed, (path, query, response.status_code)
    if response.status_code == 302:
        kept = parse_qsl(urlsplit(response.headers["Location"]).query, keep_blank_values=True)
        assert all(value for _name, value in kept)
    body = response.get_data(as_text=True)
    if response.mimetype in ("text/html", "application/atom+xml"):
        assert MARKER not in body, "a parameter was reflected unescaped"
    assert "Traceback" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/dokument/../../etc/passwd",
        "/dokument/..%2F..%2Fetc%2Fpasswd",
        "/dokument/%2e%2e/%2e%2e/pyproject.toml",
        "/person/..%2F..%2Fetc%2Fpasswd",
        "/person/../../etc/passwd",
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/api/people/../../etc/passwd",
        "/static/../pyproject.toml",
        "/static/..%2F..%2Fpyproject.toml",
        "/static/%2e%2e/%2e%2e/webapp/cli.py",
    ],
)
def test_path_traversal_is_a_404(app: Flask, path: str) -> None:
    response = app.test_client().get(path)
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "root:" not in body and "[project]" not in body and "import click" not in body


@pytest.mark.parametrize("path", ["/", "/api/search", "/dokument/x", "/export.csv"])
def test_security_headers_everywhere(app: Flask, path: str) -> None:
    headers = app.test_client().get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    ("query", "status"),
    [("page_size=100000", 400), ("page=999999", 400), ("q=" + "x" * 30_000, 400),
     ("page_size=100", 200)],
)
def test_expensive_requests_are_bounded(app: Flask, query: str, status: int) -> None:
    assert app.test_client().get(f"/api/search?{query}").status_code == status


@pytest.fixture(scope="module")
def export_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exports")
    build_index(write_corpus(root / "docs"), root / "index")
    return root / "index"


def _export_app(index: Path, **config: object) -> Flask:
    return create_app({"INDEX_DIR": str(index), "TESTING": True, **config})


def test_exports_beyond_slots_and_queue_get_a_clear_429(export_index: Path) -> None:
    app = _export_app(export_index, EXPORT_CONCURRENCY=1, EXPORT_QUEUE=0)
    client = app.test_client()
    first = client.get("/export.csv", buffered=False)
    assert first.status_code == 200
    second = client.get("/export.csv")
    assert second.status_code == 429
    assert "zu viele Exporte" in second.get_data(as_text=True)
    assert second.headers["Retry-After"] == "5"
    first.get_data()  # the stream ends and frees its slot
    first.close()
    assert client.get("/export.csv").status_code == 200
    done = threading.Event()

    def export() -> None:
        response = app.test_client().get("/export.csv")
        assert response.status_code == 200
        done.set()

    worker = threading.Thread(target=export)
    worker.start()
    worker.join(30)
    assert done.is_set()


def test_an_export_waits_for_a_free_slot_instead_of_failing(export_index: Path) -> None:
    app = _export_app(export_index, EXPORT_CONCURRENCY=1, EXPORT_QUEUE=1, EXPORT_WAIT=60)
    slots = export_slots(app)
    first = app.test_client().get("/export.csv", buffered=False)
    assert first.status_code == 200
    statuses: list[int] = []

    def export() -> None:
        response = app.test_client().get("/export.csv")
        response.get_data()
        statuses.append(response.status_code)

    queued = threading.Thread(target=export)
    queued.start()
    deadline = time.monotonic() + 30
    while slots.waiting == 0 and time.monotonic() < deadline:  # until it queues
        time.sleep(0.01)
    assert slots.waiting == 1
    # The queue (one place) is full: the next export is refused at once, not parked.
    assert app.test_client().get("/export.csv").status_code == 429
    first.get_data()
    first.close()  # frees the slot: the queued export runs
    queued.join(30)
    assert statuses == [200]


def test_a_queued_export_gives_up_after_its_wait(export_index: Path) -> None:
    app = _export_app(export_index, EXPORT_CONCURRENCY=1, EXPORT_QUEUE=1, EXPORT_WAIT=0.05)
    first = app.test_client().get("/export.csv", buffered=False)
    second = app.test_client().get("/export.csv")
    assert (first.status_code, second.status_code) == (200, 429)
    assert export_slots(app).waiting == 0
    first.close()
