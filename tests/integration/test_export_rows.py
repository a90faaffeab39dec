"""A CSV export has exactly the rows the plain way makes: every hit's record read through
Whoosh, its snippet from every word analysed (no probes), for the public and for members.

Exports read their records straight from the stored columns and test for rare letters on
the non-ASCII characters only (for speed); this pins that the download did not change.
"""

from __future__ import annotations

import base64
import csv
import io
from urllib.parse import unquote

import pytest
from flask import Flask
from werkzeug.datastructures import MultiDict

from indexer.engine.store import IndexStore
from indexer.ingest.indexing import IndexOptions, index_paths
from indexer.search.highlight import Highlighter, QueryTerms
from indexer.search.types import Hit
from indexer.visibility import MEMBERS, PUBLIC
from tests.support.members import write_both
from webapp import create_app
from webapp.accounts import add_user
from webapp.labels import value_label
from webapp.params import SearchState
from webapp.views.exports import CSV_COLUMNS, plain_snippet, safe_cell

NAME, PASSWORD = "erika", "lange-genug-passwort"
BASIC = {"Authorization": "Basic " + base64.b64encode(f"{NAME}:{PASSWORD}".encode()).decode()}
SEARCHES: list[dict[str, str]] = [
    {"q": "Mietpreisbremse"},
    {"q": "Schatzkistenrevision"},  # internal documents only
    {"q": "Rente", "party": "SPD"},
    {"q": "die"},  # nearly every document
    {"q": "Café Straße"},
    {"q": "Café"},
    {"party": "SPD"},  # no query: no snippets
]


class EveryWord(Highlighter):
    """The reference highlighter: every word analysed (``spans_slow``)."""

    def spans(self, text: str, terms: QueryTerms) -> list[tuple[int, int]]:
        return self.spans_slow(text, terms)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    root = tmp_path_factory.mktemp("exports")
    full, _public = write_both(root)
    extra = full / "sonderzeichen.md"
    extra.write_text(
        "---\ntitle: Café am Markt\nperson: Zoë Brønstad\nparty: SPD\ndate: 2024-02-02\n---\n"
        + "=SUMME(A1) Die Straße und STRAẞE; Dvořák und ſ. " * 8
        # a rare letter (é) in a word the query's plain spelling (rente) would not find:
        # the snippet's window is around it
        + "Zuletzt die Rénte und das Café am Markt.",
        encoding="utf-8",
    )
    summary = index_paths(IndexStore(root / "index"), [full], IndexOptions())
    assert summary.ok, summary.as_dict()
    add_user(root / "index", NAME, PASSWORD)
    return create_app({"INDEX_DIR": str(root / "index"), "TESTING": True})


def reference(app: Flask, search: dict[str, str], audience: str) -> list[list[str]]:
    """The rows the plain way: hits in the service's order, each record from
    ``searcher.stored_fields``, each snippet from every word."""
    service = app.extensions["search"].for_audience(audience)
    searcher = service.searcher()
    q = search.get("q", "")
    terms = QueryTerms.from_query(service.parse(q, searcher).query)
    rows = [list(CSV_COLUMNS)]
    highlighter = EveryWord()
    request = SearchState.from_args(MultiDict(search)).to_request()  # as the view reads it
    for listed in service.iter_hits(request):
        docnum = searcher.document_number(id=listed.id)
        stored = searcher.stored_fields(docnum)
        hit = Hit.from_stored(stored, None)
        snippet = highlighter.snippet(
            stored.get("text") or "", terms, title=stored.get("title") or ""
        ) if q.strip() else ""
        cells = [
            hit.id, hit.title, "; ".join(hit.person),
            "; ".join(value_label("office", o) for o in hit.office), "; ".join(hit.region),
            "; ".join(hit.bundesland), "; ".join(hit.party),
            "; ".join(value_label("doc_type", t) for t in hit.doc_type), hit.date or "",
            "http://localhost/dokument/" + hit.id, hit.source or "", plain_snippet(snippet),
        ]  # fmt: skip
        rows.append([safe_cell(cell) for cell in cells])
    return rows


@pytest.mark.parametrize("search", SEARCHES, ids=lambda s: "&".join(s.values()))
@pytest.mark.parametrize("audience", [PUBLIC, MEMBERS])
def test_export_rows_equal_the_plain_way(app: Flask, search: dict[str, str], audience: str) -> None:
    client = app.test_client()
    response = client.get("/export.csv", query_string=search,
                          headers=BASIC if audience == MEMBERS else {})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))
    expected = reference(app, search, audience)
    assert [row[:9] + row[10:] for row in rows] == [row[:9] + row[10:] for row in expected]
    assert [unquote(row[9]) for row in rows[1:]] == [row[9] for row in expected[1:]]
    if search.get("q") == "Schatzkistenrevision":
        assert (len(rows) > 1) == (audience == MEMBERS)
    else:
        assert len(rows) > 1
    if search.get("q", "").strip() and len(rows) > 1:
        assert any(row[-1] for row in rows[1:]), "no snippet at all"

