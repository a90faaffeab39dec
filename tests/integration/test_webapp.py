"""The web app through Flask's test client, on a real index of fictional fixture documents."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from indexer.ingest.pipeline import file_id
from indexer.query import ParsedQuery
from indexer.search import Hit
from tests.browser.corpus import build_index, document_count, write_corpus
from webapp import create_app, search_service
from webapp.cli import cli
from webapp.views.exports import CSV_COLUMNS, _cells, csv_chunks

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("webapp") / "docs")


@pytest.fixture(scope="module")
def index_dir(corpus_dir: Path) -> Path:
    build_index(corpus_dir, corpus_dir.parent / "index")
    return corpus_dir.parent / "index"


@pytest.fixture(scope="module")
def ids(corpus_dir: Path) -> dict[str, str]:
    """Document ids of the fixture files by file name."""
    return {path.name: file_id(path) for path in corpus_dir.iterdir()}


@pytest.fixture(scope="module")
def app(index_dir: Path) -> Flask:
    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def api(client: FlaskClient, query: str) -> dict[str, Any]:
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    data: dict[str, Any] = response.get_json()
    return data


def counts(data: dict[str, Any], facet: str) -> dict[str, int]:
    return {v["value"]: v["count"] for v in data["facets"][facet]}


def text(response: TestResponse) -> str:
    return response.get_data(as_text=True)


def error_shape(response: TestResponse, status: int) -> str:
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status
    message: str = body["error"]["message"]
    assert message
    return message


# --- search page ----------------------------------------------------------------------------


def test_search_page_shows_hits_with_metadata_and_marked_snippet(client: FlaskClient) -> None:
    response = client.get("/?q=Direktmandat")
    assert response.status_code == 200
    html = text(response)
    assert "Bewerbung um das Direktmandat im Wahlkreis Musterau" in html
    assert "Henrietta Quastwedel" in html and "Musterau (Wahlkreis 999)" in html
    assert "Bewerbung/Kandidatur" in html  # document type in German
    assert "14. September 2024" in html
    assert "<mark>Direktmandat</mark>" in html
    assert 'href="/person/Henrietta%20Quastwedel"' in html


def test_empty_query_lists_everything_newest_first(client: FlaskClient) -> None:
    data = api(client, "")
    assert data["total"] == document_count()
    assert data["request"]["sort"] == "newest"
    dates = [h["date"] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_facets_or_within_and_across_and_each_ignores_its_own_selection(
    client: FlaskClient,
) -> None:
    everything = api(client, "q=Mietpreisbremse")
    spd = api(client, "q=Mietpreisbremse&party=SPD")
    both = api(client, "q=Mietpreisbremse&party=SPD&party=CDU")
    parties = counts(everything, "party")
    assert spd["total"] == parties["SPD"]
    assert both["total"] == parties["SPD"] + parties["CDU"]  # OR within a facet
    # The party facet ignores its own selection: the other parties stay visible.
    assert counts(spd, "party") == parties
    assert {v["value"] for v in spd["facets"]["party"] if v["selected"]} == {"SPD"}
    # ... while the other facets count only SPD's hits (AND across facets).
    assert sum(counts(spd, "person").values()) == spd["total"]
    person = next(iter(counts(spd, "person")))
    narrowed = api(client, f"q=Mietpreisbremse&party=SPD&person={person}")
    assert narrowed["total"] == counts(spd, "person")[person]


def test_facet_links_toggle_values_and_keep_the_rest_of_the_state(client: FlaskClient) -> None:
    html = text(client.get("/?q=Mietpreisbremse&from=2016&sort=oldest"))
    link = re.search(r'href="(/\?q=Mietpreisbremse&amp;party=SPD[^"]*)"', html)
    assert link, "toggle link for SPD"
    url = link.group(1).replace("&amp;", "&")
    assert "from=2016" in url and "sort=oldest" in url and "page=" not in url
    selected = text(client.get(url))
    assert 'aria-current="true"' in selected
    assert "Partei:</span> SPD" in selected  # a removable chip
    off = re.search(r'href="([^"]*)" class="chip-remove" aria-label="Filter Partei: SPD', selected)
    assert off and "party=" not in off.group(1)


def test_long_facets_show_top_values_with_more_and_a_filter_box(client: FlaskClient) -> None:
    html = text(client.get("/"))
    assert "mehr …" in html and 'name="fq_person"' in html
    shown = len(re.findall(r'<li(?: class="selected")? data-label=', html))
    expanded = text(client.get("/?more=person"))
    assert len(re.findall(r'<li(?: class="selected")? data-label=', expanded)) > shown
    filtered = text(client.get("/?fq_person=quastw"))
    person_box = filtered.split('id="facet-person-list"')[1].split("</ul>")[0]
    assert "Henrietta Quastwedel" in person_box and "Ottilie Fernkorn" not in person_box


def test_date_range_with_partial_dates(client: FlaskClient, ids: dict[str, str]) -> None:
    data = api(client, "from=2024-09&to=2024-09")
    assert {h["id"] for h in data["hits"]} == {ids["quastwedel-2024-bundestag.md"], "pm-020"}
    assert api(client, "from=2025")["total"] == sum(
        c for y, c in counts(api(client, ""), "year").items() if int(y) >= 2025
    )
    assert "Zeitraum:</span> 2024-09" in text(client.get("/?from=2024-09&to=2024-09"))


def test_year_histogram_counts_ignore_the_year_selection_and_bars_toggle(
    client: FlaskClient,
) -> None:
    all_years = counts(api(client, "q=Mietpreisbremse"), "year")
    selected = api(client, "q=Mietpreisbremse&year=2016")
    assert counts(selected, "year") == all_years
    assert selected["total"] == all_years["2016"]
    html = text(client.get("/?q=Mietpreisbremse"))
    assert 'href="/?q=Mietpreisbremse&amp;year=2016"' in html
    assert "2016: " in html  # the bar's title with its count


def test_sorting(client: FlaskClient) -> None:
    newest = [h["date"] for h in api(client, "q=Mietpreisbremse&sort=newest")["hits"]]
    oldest = [h["date"] for h in api(client, "q=Mietpreisbremse&sort=oldest")["hits"]]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    html = text(client.get("/?q=Mietpreisbremse&sort=oldest"))
    assert '<option value="oldest" selected>älteste zuerst</option>' in html
    assert 'class="sort-links"' not in html  # sorting is offered once, in the form


def test_paging_and_pages_beyond_the_last(client: FlaskClient) -> None:
    first = api(client, "q=Mietpreisbremse")
    assert first["pages"] == 3 and first["links"]["next"] and not first["links"]["prev"]
    third = api(client, "q=Mietpreisbremse&page=3")
    seen = {h["id"] for p in (1, 2, 3) for h in api(client, f"q=Mietpreisbremse&page={p}")["hits"]}
    assert len(seen) == first["total"] and third["links"]["next"] is None
    html = text(client.get("/?q=Mietpreisbremse&page=2"))
    assert 'rel="next"' in html and 'rel="prev"' in html and 'aria-current="page"' in html
    beyond = client.get("/?q=Mietpreisbremse&page=50")
    assert beyond.status_code == 200 and "gibt es für diese Suche nicht" in text(beyond)
    assert "Seite muss eine Zahl zwischen 1 und 1000" in text(client.get("/?page=1001"))


def test_chips_with_remove_all(client: FlaskClient) -> None:
    html = text(client.get("/?q=Mietpreisbremse&party=SPD&bundesland=Bremen&from=2016"))
    assert html.count('class="chip-remove"') == 3
    assert 'href="/?q=Mietpreisbremse" class="chips-clear">alle entfernen' in html


def test_empty_result_suggests_what_to_relax(client: FlaskClient) -> None:
    html = text(client.get("/?q=Mietpreisbremse&person=Henrietta+Quastwedel&from=2024"))
    assert "Keine Treffer" in html
    assert "ohne Person: Henrietta Quastwedel" in html
    assert "ohne alle Filter" in html


def test_meinten_sie_links_to_the_suggestion(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.query import NullQuery

    def parse(text: str, searcher: Any, vocabulary: Any = None) -> ParsedQuery:
        return ParsedQuery(NullQuery, [], suggestion="mietpreisbremse")

    monkeypatch.setattr("indexer.search.service.parse_query", parse)
    html = text(client.get("/?q=Mitpreisbremse"))
    assert 'Meinten Sie: <a href="/?q=mietpreisbremse">mietpreisbremse</a>' in html


# --- hostile input ----------------------------------------------------------------------------

HOSTILE_QUERIES = [
    '"',
    '"unclosed phrase',
    "<script>alert(1)</script>",
    "x" * 10_000,
    "unbekannt:feld",
    "((((Rente",
    "ODER UND NICHT",
    "person:",
    "*",
    "\x00\x01",
    "datum:2024..1990",
    "jahr:abc",
    "%00%ff",
    "' OR 1=1 --",
]


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_queries_never_give_a_500(client: FlaskClient, q: str) -> None:
    for path in ("/", "/api/search", "/export.csv", "/feed.atom"):
        response = client.get(path, query_string={"q": q})
        assert response.status_code in (200, 400), (path, response.status_code)
        if response.mimetype != "application/json":  # JSON carries the query as data
            assert "<script>alert(1)</script>" not in text(response)
    doc = client.get("/dokument/pm-001", query_string={"q": q})
    assert doc.status_code in (200, 400)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("page=abc", "Seite muss eine Zahl"),
        ("page=-1", "Seite muss eine Zahl"),
        ("page=1001", "Seite muss eine Zahl"),
        ("page_size=1000", "Treffer pro Seite"),
        ("sort=evil", "Unbekannte Sortierung"),
        ("from=2024-13-45", "ungültig"),
        ("to=%3Cscript%3E", "ungültig"),
        ("from=2025&to=2020", "liegt nach"),
        ("year=abc", "Jahr"),
        ("party=" + "x" * 400, "zu lang"),
        ("q=" + "x" * 20_001, "zu lang"),
    ],
)
def test_bad_parameters_give_a_400_with_a_german_message(
    client: FlaskClient, query: str, message: str
) -> None:
    html = client.get(f"/?{query}")
    assert html.status_code == 400 and message in text(html)
    assert 'role="alert"' in text(html) and 'name="q"' in text(html)  # the form is still there
    assert message in error_shape(client.get(f"/api/search?{query}"), 400)
    if not query.startswith("page"):  # exports list every hit and ignore paging
        assert client.get(f"/export.csv?{query}").status_code == 400


def test_unknown_parameters_are_ignored_by_pages_and_api_alike(client: FlaskClient) -> None:
    data = api(client, "q=Mietpreisbremse&farbe=rot&utm_source=x")
    assert data["request"]["ignored"] == ["farbe", "utm_source"]  # named, so typos show
    assert data["total"] == api(client, "q=Mietpreisbremse")["total"]
    assert api(client, "q=Mietpreisbremse")["request"]["ignored"] == []
    assert client.get("/?q=Mietpreisbremse&utm_source=x").status_code == 200


def test_document_text_with_html_is_shown_as_text(
    client: FlaskClient, ids: dict[str, str]
) -> None:
    html = text(client.get(f"/dokument/{ids['strassenbeleuchtung.md']}?q=Laternen"))
    assert "&lt;script&gt;window.__xss = 1" in html
    assert "<script>window" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the title too
    results = text(client.get("/?q=Straßenbeleuchtung"))
    assert "<img src=x" not in results and "&lt;img src=x onerror=alert(1)&gt;" in results


def test_pages_have_no_inline_scripts_or_styles(client: FlaskClient) -> None:
    for path in ("/", "/?q=Direktmandat", "/dokument/pm-001", "/person/Ottilie%20Fernkorn"):
        html = text(client.get(path))
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path
        assert re.search(r"\son[a-z]+=", html) is None, path


# --- document and person pages ------------------------------------------------------------------


def test_document_page(client: FlaskClient, ids: dict[str, str], corpus_dir: Path) -> None:
    doc_id = ids["quastwedel-2024-bundestag.md"]
    response = client.get(f"/dokument/{doc_id}?q=Direktmandat")
    assert response.status_code == 200
    html = text(response)
    marks = re.findall(r'<mark id="treffer-(\d+)">Direktmandat</mark>', html)
    assert marks[:2] == ["1", "2"] and len(marks) >= 4
    assert 'href="#treffer-1"' in html and "Nächster Treffer" in html
    assert "angegeben (im Dokument)" in html  # origin of each value
    assert "Henrietta Quastwedel: Bewerbung um das Direktmandat im Wahlkreis Musterau" in html
    assert f"parteisuche, http://localhost/dokument/{doc_id}" in html
    assert "abgerufen am" in html
    assert "Mehr von Henrietta Quastwedel" in html
    assert "Bewerbung für die Landesliste zur Landtagswahl" in html  # more from the person
    assert "Ähnliche Dokumente" in html
    assert f'value="http://localhost/dokument/{doc_id}"' in html  # permalink
    assert "docs/quastwedel-2024-bundestag.md" in html  # the source, relative to the folder
    assert str(corpus_dir) not in html  # never the server's absolute path


def test_document_page_shows_extracted_values_with_evidence(
    client: FlaskClient, ids: dict[str, str]
) -> None:
    html = text(client.get(f"/dokument/{ids['bewerbung-wendelin-krautstorfer.txt']}"))
    assert "extrahiert aus dem Text" in html
    assert 'class="evidence"' in html


def test_unknown_document_and_person(client: FlaskClient) -> None:
    assert client.get("/dokument/gibt-es-nicht").status_code == 404
    assert "gibt es nicht" in error_shape(client.get("/api/documents/gibt-es-nicht"), 404)
    assert client.get("/person/Niemand%20Unbekannt").status_code == 404
    error_shape(client.get("/api/people/Niemand"), 404)


def test_person_page_is_a_timeline(client: FlaskClient) -> None:
    html = text(client.get("/person/Henrietta%20Quastwedel"))
    assert "3 Dokumente" in html
    years = re.findall(r'<h3 id="year-\d+">(\d{4})', html)
    assert years == ["2019", "2021", "2024"]
    assert 'SPD <span class="years">(2019–2021, 2×)</span>' in html
    assert 'Bündnis 90/Die Grünen <span class="years">(2024)</span>' in html
    for office in ("Kreistag", "Landesliste Landtag", "Direktkandidatur Bundestag"):
        assert office in html
    data = client.get("/api/people/Henrietta%20Quastwedel").get_json()
    assert data["total"] == 3 and [d["date"][:4] for d in data["documents"]] == [
        "2019", "2021", "2024"
    ]  # fmt: skip


# --- API ------------------------------------------------------------------------------------------


def test_api_search_mirrors_the_page(client: FlaskClient) -> None:
    data = api(client, "q=Mietpreisbremse&party=SPD&page_size=2")
    for key in (
        "query",
        "total",
        "page",
        "page_size",
        "pages",
        "took_ms",
        "suggestion",
        "notice",
        "hits",
        "facets",
        "request",
        "links",
    ):
        assert key in data
    assert set(data["facets"]) == {
        "person", "office", "region", "bundesland", "party", "doc_type", "year"
    }  # fmt: skip
    assert data["request"]["filters"] == {"party": ["SPD"]}
    hit = data["hits"][0]
    assert hit["url"].startswith("http://localhost/dokument/") and "<mark>" in hit["snippet"]
    assert data["links"]["html"] == "http://localhost/?q=Mietpreisbremse&party=SPD&page_size=2"


def test_api_document(client: FlaskClient, ids: dict[str, str], corpus_dir: Path) -> None:
    doc_id = ids["quastwedel-2019-kreistag.md"]
    response = client.get(f"/api/documents/{doc_id}")
    data = response.get_json()
    assert data["id"] == doc_id and data["source"] == "docs/quastwedel-2019-kreistag.md"
    assert str(corpus_dir) not in response.get_data(as_text=True)
    assert data["person"] == ["Henrietta Quastwedel"] and "Mietpreisbremse" in data["text"]
    assert data["metadata"]["party"] == {
        "value": ["SPD"], "origin": "document", "evidence": None, "confidence": None,
    }
    assert data["uncertain"] == {} and data["nominees"] == [] and "alias" not in data


def test_openapi_is_served(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/search", "/api/documents/{id}", "/export.csv", "/feed.atom"} <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "party", "from", "to", "sort", "page", "page_size"} <= names
    assert "Error" in spec["components"]["schemas"]


def _response_schema(spec: dict[str, Any], path: str, status: str) -> Any:
    """A validator for the documented JSON response of ``path``, resolving ``#/components``."""
    from jsonschema import Draft202012Validator

    response = spec["paths"][path]["get"]["responses"][status]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    schema = response["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": spec["components"]})


@pytest.mark.parametrize(
    ("documented", "url"),
    [
        ("/api/search", "/api/search?q=Mietpreisbremse&page_size=5"),
        ("/api/search", "/api/search?party=SPD&from=2024&sort=oldest&page_size=1&page=2"),
        ("/api/documents/{id}", "/api/documents/pm-001"),
        ("/api/documents/{id}", "DOC:quastwedel-2024-bundestag.md"),
        ("/api/people/{name}", "/api/people/Henrietta%20Quastwedel"),
    ],
)
def test_responses_match_the_openapi_schema_exactly(
    client: FlaskClient, ids: dict[str, str], documented: str, url: str
) -> None:
    """Every real response validates against its schema, which forbids undeclared fields:
    a field added to a response without the schema fails here."""
    spec = client.get("/api/openapi.json").get_json()
    if url.startswith("DOC:"):
        url = f"/api/documents/{ids[url[4:]]}"
    response = client.get(url)
    assert response.status_code == 200, url
    errors = [e.message for e in _response_schema(spec, documented, "200").iter_errors(
        response.get_json())]
    assert errors == [], url


def test_error_responses_match_the_openapi_schema(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    for url, path, status in [("/api/search?page=0", "/api/search", "400"),
                              ("/api/documents/gibt-es-nicht", "/api/documents/{id}", "404")]:
        response = client.get(url)
        assert str(response.status_code) == status
        assert list(_response_schema(spec, path, status).iter_errors(response.get_json())) == []


def test_the_schema_check_catches_an_undeclared_field(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    data = client.get("/api/search?q=Mietpreisbremse").get_json()
    data["hits"][0]["neu"] = 1
    assert any("neu" in e.message for e in _response_schema(spec, "/api/search", "200")
               .iter_errors(data))


def test_methods_other_than_get_are_refused(client: FlaskClient) -> None:
    assert client.post("/").status_code == 405
    error_shape(client.post("/api/search"), 405)
    error_shape(client.delete("/api/documents/pm-001"), 405)
    error_shape(client.get("/api/gibt-es-nicht"), 404)


# --- exports ------------------------------------------------------------------------------------


def test_csv_streams_all_hits_not_only_one_page(client: FlaskClient) -> None:
    response = client.get("/export.csv?q=Mietpreisbremse&page=2&page_size=5")
    assert response.status_code == 200 and response.is_streamed
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    body = text(response)
    response.close()
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    total = api(client, "q=Mietpreisbremse")["total"]
    assert total > 10 and len(rows) == total + 1
    assert rows[0][:3] == ["id", "Titel", "Person"]
    assert all(r[9].startswith("http://localhost/dokument/") for r in rows[1:])
    assert not any(r[10].startswith("/") for r in rows[1:])  # never a server path


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    hit = Hit("x", None, '=HYPERLINK("http://evil")', ["@Name"], [], [], [], [], [], None, "")
    with create_app({"INDEX_DIR": "/nonexistent"}).test_request_context():
        text = "".join(csv_chunks(CSV_COLUMNS, [_cells(hit, "http://localhost")]))
    cells = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[1]
    assert cells[1].startswith("'=") and cells[2] == "'@Name"


def test_a_csv_download_starts_with_its_first_row_then_goes_on_in_chunks() -> None:
    rows = [[str(n), "Titel"] for n in range(450)]
    chunks = list(csv_chunks(["id", "Titel"], rows))
    assert chunks[0] == "\ufeffid,Titel\r\n0,Titel\r\n"  # the download starts at once
    assert [chunk.count("\r\n") for chunk in chunks] == [2, 199, 200, 50]
    assert "".join(chunks).count("\r\n") == 451


def test_atom_feed_is_valid_atom(client: FlaskClient) -> None:
    response = client.get("/feed.atom?q=Mietpreisbremse&party=SPD")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.data)
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{tag}") is not None, tag
    rels = {link.get("rel") for link in feed.findall(f"{ATOM}link")}
    assert rels == {"self", "alternate"}
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == api(client, "q=Mietpreisbremse&party=SPD")["total"]
    for entry in entries:
        for tag in ("id", "title", "updated", "link", "summary"):
            assert entry.find(f"{ATOM}{tag}") is not None, tag
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry.findtext(f"{ATOM}updated"))
    assert "Partei: SPD" in (feed.findtext(f"{ATOM}title") or "")


def test_atom_feed_escapes_markup(client: FlaskClient) -> None:
    response = client.get("/feed.atom?q=Laternen")
    feed = ET.fromstring(response.data)  # well-formed despite <script> in the document
    summary = feed.find(f"{ATOM}entry/{ATOM}summary")
    assert summary is not None and summary.get("type") == "html"
    assert "&lt;script&gt;" in (summary.text or "")


# --- headers, errors, freshness -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/api/search", "/dokument/pm-001", "/gibt-es-nicht", "/static/app.js"]
)
def test_security_headers(client: FlaskClient, path: str) -> None:
    with client.get(path) as response:
        headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


def test_app_is_not_in_debug_mode(app: Flask) -> None:
    assert app.debug is False


def test_unexpected_errors_never_show_a_traceback(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(search_service(app), "search", boom)
    html = client.get("/?q=Rente")
    assert html.status_code == 500
    assert "interner Fehler" in text(html) and "secret" not in text(html)
    assert "Traceback" not in text(html)
    assert "secret" not in error_shape(client.get("/api/search?q=Rente"), 500)


def test_a_missing_index_is_a_503_with_a_german_message(tmp_path: Path) -> None:
    client = create_app({"INDEX_DIR": str(tmp_path / "nichts")}).test_client()
    response = client.get("/?q=Rente")
    assert response.status_code == 503 and "kein Suchindex" in text(response)
    assert "kein Suchindex" in error_shape(client.get("/api/search"), 503)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_no_endpoint_writes_to_the_index(client: FlaskClient, index_dir: Path) -> None:
    before = _snapshot(index_dir)
    for path in (
        "/", "/?q=Rente&party=SPD", "/dokument/pm-001?q=Mietpreisbremse",
        "/person/Ottilie%20Fernkorn",
        "/api/search?q=x", "/api/documents/pm-001", "/api/people/Ottilie%20Fernkorn",
        "/api/openapi.json", "/export.csv", "/feed.atom",
    ):  # fmt: skip
        assert client.get(path).status_code == 200, path
    assert _snapshot(index_dir) == before


@pytest.fixture
def live_index(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    docs = tmp_path / "live-docs"
    docs.mkdir()
    (docs / "a.md").write_text(
        "---\ntitle: Erste Bewerbung\nperson: Gudrun Nebelhorn\ndate: 2024-01-01\n---\n"
        "Ich bewerbe mich um den Ortsvorsitz.\n",
        encoding="utf-8",
    )
    build_index(docs, tmp_path / "live-index")
    yield docs, tmp_path / "live-index"


def test_documents_indexed_while_the_app_runs_appear_without_restart(
    live_index: tuple[Path, Path],
) -> None:
    docs, index = live_index
    client = create_app({"INDEX_DIR": str(index)}).test_client()
    assert api(client, "q=Kaninchenzuchtverein")["total"] == 0
    (docs / "b.md").write_text(
        "---\ntitle: Zweite Bewerbung\nperson: Gudrun Nebelhorn\ndate: 2025-02-02\n---\n"
        "Ich bewerbe mich für den Vorstand im Kaninchenzuchtverein.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["index", "--index", str(index), str(docs), "--quiet"])
    assert result.exit_code == 0, result.output
    assert api(client, "q=Kaninchenzuchtverein")["total"] == 1
    assert "2 Dokumente" in text(client.get("/person/Gudrun%20Nebelhorn"))
    doc = client.get(f"/api/documents/{file_id(docs / 'b.md')}")
    assert json.loads(doc.data)["title"] == "Zweite Bewerbung"


def test_permalinks_of_the_old_id_scheme_redirect(tmp_path: Path) -> None:
    """Before schema 4 an id was the path relative to the folder given: those links still lead
    to the document, with the query kept; an old id that now names two documents is a 404."""
    docs = tmp_path / "docs"
    for folder, name in (("kvA", "Ida Brennecke"), ("kvB", "Jost Ammerland")):
        (docs / folder / "2024").mkdir(parents=True)
        (docs / folder / "2024" / "bewerbung.txt").write_text(
            f"Bewerbung von {name} um den Kreisvorsitz.\n", encoding="utf-8"
        )
    (docs / "kvA" / "programm.txt").write_text("Programm für Radwege.\n", encoding="utf-8")
    for folder in ("kvA", "kvB"):
        build_index(docs / folder, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    new_id = file_id(docs / "kvA" / "programm.txt")
    response = client.get("/dokument/programm.txt?q=Radwege")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"/dokument/{new_id}?q=Radwege")
    response = client.get("/api/documents/programm.txt")
    assert response.status_code == 301 and response.headers["Location"].endswith(new_id)
    assert client.get("/dokument/2024/bewerbung.txt").status_code == 404  # ambiguous now


def test_pdf_pages_are_labelled_and_the_citation_names_the_page_of_the_hit(
    tmp_path: Path,
) -> None:
    from tests.support.pdfgen import make_pdf

    docs = tmp_path / "docs"
    docs.mkdir()
    pdf = make_pdf(docs / "antrag.pdf", [
        "Antrag des Kreisverbands Musterau: Einleitung und Begründung.",
        "Zweitens fordern wir mehr Radwege im ganzen Landkreis.",
        "Drittens: Schluss und Dank an alle Mitglieder.",
    ], title="Antrag Radwege")
    build_index(docs, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    html = text(client.get(f"/dokument/{file_id(pdf)}?q=Radwege"))
    labels = re.findall(r'<span class="page-label" id="seite-(\d)">S\. (\d)</span>', html)
    assert labels == [("1", "1"), ("2", "2"), ("3", "3")]
    page_two = html.split('id="seite-2"')[1].split('id="seite-3"')[0]
    assert '<mark id="treffer-1">Radwege</mark>' in page_two
    assert "Antrag Radwege, S. 2, parteisuche" in html  # the citation line
    assert "page_starts" not in html
    plain = text(client.get(f"/dokument/{file_id(pdf)}"))
    assert "S. 2, parteisuche" not in plain  # without a query no page is cited
