"""Sources journalists can cite: the source as URL or relative path, the original file for
download (``serve --originals``) and never anything outside the indexed folders, and the CSV
export with snippet, source and (``text=1``) the full text, streamed.

Every document here is about invented people.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from indexer.ingest.pipeline import file_id
from tests.browser.corpus import build_index
from webapp import create_app
from webapp.cli import cli
from webapp.views import exports

RADWEGE = (
    "Antrag des Ortsvereins Musterau\n\n"
    "Wir fordern sichere Radwege an der Lindenallee und eine Fahrradstraße zur Schule.\n"
    "Begründung: Die Zahl der Radfahrenden hat sich verdoppelt.\n"
)
SECRET = "GEHEIM: dieser Text liegt außerhalb jedes indexierten Ordners\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """``docs/`` with a text, a web page with a canonical URL and a JSONL collection, indexed;
    ``outside/geheim.txt`` beside it, never indexed."""
    docs = tmp_path / "docs"
    (docs / "kv").mkdir(parents=True)
    (docs / "kv" / "antrag.txt").write_text(RADWEGE, encoding="utf-8")
    (docs / "seite.html").write_text(
        '<html><head><title>Radwege für Musterau | Grüne Musterau</title>'
        '<link rel="canonical" href="https://gruene-musterau.example/radwege"></head><body>'
        "<main><h1>Radwege für Musterau</h1><p>Wir wollen Radwege bauen, sagt Ida Brennecke, "
        "damit Kinder sicher zur Schule kommen.</p></main></body></html>",
        encoding="utf-8",
    )
    record = {"id": "pm-7", "title": "Radwege jetzt", "text": "Radwege jetzt bauen, sofort."}
    (docs / "pm.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "geheim.txt").write_text(SECRET, encoding="utf-8")
    build_index(docs, tmp_path / "index")
    return tmp_path


def app_for(site: Path, originals: bool) -> Flask:
    return create_app({"INDEX_DIR": str(site / "index"), "TESTING": True,
                       "ORIGINALS": originals})


@pytest.fixture
def client(site: Path) -> FlaskClient:
    return app_for(site, originals=True).test_client()


def antrag_id(site: Path) -> str:
    return file_id(site / "docs" / "kv" / "antrag.txt")


# --- the source shown -------------------------------------------------------------------------
def test_source_is_the_url_given_or_the_path_relative_to_the_indexed_folder(
    client: FlaskClient, site: Path
) -> None:
    page = client.get(f"/dokument/{antrag_id(site)}").get_data(as_text=True)
    assert '<code class="source-path">docs/kv/antrag.txt</code>' in page
    assert str(site) not in page  # never a server path
    html_id = file_id(site / "docs" / "seite.html")
    page = client.get(f"/dokument/{html_id}").get_data(as_text=True)
    assert 'href="https://gruene-musterau.example/radwege"' in page
    rows = csv_rows(client, "q=Radwege")
    sources = {row["id"]: row["Quelle"] for row in rows}
    assert sources[antrag_id(site)] == "docs/kv/antrag.txt"
    assert sources[html_id] == "https://gruene-musterau.example/radwege"
    assert not any(str(site) in value for row in rows for value in row.values())


# --- originals ----------------------------------------------------------------------------------
def test_originals_are_offered_only_when_staff_allow_it(site: Path) -> None:
    closed = app_for(site, originals=False).test_client()
    page = closed.get(f"/dokument/{antrag_id(site)}").get_data(as_text=True)
    assert "Originaldatei" not in page
    assert closed.get(f"/original/{antrag_id(site)}").status_code == 404


def test_the_original_is_downloaded_from_the_document_page(
    client: FlaskClient, site: Path
) -> None:
    page = client.get(f"/dokument/{antrag_id(site)}").get_data(as_text=True)
    link = f'href="/original/{antrag_id(site)}" class="original-link" download'
    assert link in page
    response = client.get(f"/original/{antrag_id(site)}")
    assert response.status_code == 200
    assert response.get_data() == (site / "docs" / "kv" / "antrag.txt").read_bytes()
    assert response.headers["Content-Disposition"] == "attachment; filename=antrag.txt"
    assert response.headers["Content-Security-Policy"].startswith("sandbox")
    response.close()


def test_a_web_page_is_a_sandboxed_attachment(client: FlaskClient, site: Path) -> None:
    response = client.get(f"/original/{file_id(site / 'docs' / 'seite.html')}")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response.headers["Content-Security-Policy"]
    response.close()


@pytest.mark.parametrize(
    "path",
    [
        "/original/../outside/geheim.txt",
        "/original/%2e%2e/%2e%2e/outside/geheim.txt",
        "/original/..%2f..%2foutside%2fgeheim.txt",
        "/original//etc/passwd",
        "/original/etc/passwd",
        "/original/geheim.txt",
        "/original/docs/kv/antrag.txt",
    ],
)
def test_paths_from_the_url_never_reach_a_file(client: FlaskClient, path: str) -> None:
    response = client.get(path, follow_redirects=True)
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "GEHEIM" not in body and "root:" not in body


def test_a_file_swapped_for_a_link_out_of_the_folder_is_refused(
    client: FlaskClient, site: Path
) -> None:
    antrag = site / "docs" / "kv" / "antrag.txt"
    doc_id = antrag_id(site)
    antrag.unlink()
    os.symlink(site / "outside" / "geheim.txt", antrag)
    response = client.get(f"/original/{doc_id}")
    assert response.status_code == 404 and "GEHEIM" not in response.get_data(as_text=True)
    assert "Originaldatei" not in client.get(f"/dokument/{doc_id}").get_data(as_text=True)


def test_an_old_id_leads_to_the_id_not_to_a_path(client: FlaskClient, site: Path) -> None:
    """Ids of schema 3 were paths relative to the folder: they redirect to the current id,
    which is looked up in the index like any other."""
    response = client.get("/original/kv/antrag.txt")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"/original/{antrag_id(site)}")


def test_a_link_inside_the_folder_to_a_file_inside_it_is_served(site: Path) -> None:
    docs = site / "docs"
    (docs / ".archiv").mkdir()  # hidden: not indexed itself, only through the link
    (docs / ".archiv" / "alt.txt").write_text("Alter Antrag für Radwege.\n", encoding="utf-8")
    os.symlink(docs / ".archiv" / "alt.txt", docs / "verweis.txt")
    build_index(docs, site / "index")
    client = app_for(site, originals=True).test_client()
    response = client.get(f"/original/{file_id(docs / 'verweis.txt')}")
    assert response.status_code == 200
    assert response.get_data().decode("utf-8") == "Alter Antrag für Radwege.\n"
    assert response.headers["Content-Disposition"] == "attachment; filename=alt.txt"
    response.close()


def test_files_the_index_does_not_hold_or_that_vanished_are_404(
    client: FlaskClient, site: Path
) -> None:
    later = site / "docs" / "spaeter.txt"
    later.write_text("Nach dem Indexieren angelegt.\n", encoding="utf-8")
    assert client.get(f"/original/{file_id(later)}").status_code == 404  # not in the index
    (site / "docs" / "kv" / "antrag.txt").unlink()
    assert client.get(f"/original/{antrag_id(site)}").status_code == 404
    # A record of a collection file has no file of its own.
    assert "Originaldatei" not in client.get("/dokument/pm-7").get_data(as_text=True)
    assert client.get("/original/pm-7").status_code == 404


def test_a_file_moved_out_of_every_indexed_folder_is_refused(tmp_path: Path) -> None:
    """The stored path still names the file, but it no longer lies in an indexed source."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "antrag.txt").write_text(RADWEGE, encoding="utf-8")
    build_index(docs, tmp_path / "index")
    manifest = tmp_path / "index" / "parteisuche.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["sources"] = [{"path": str(tmp_path / "anderswo"), "overrides": {}}]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    client = create_app({"INDEX_DIR": str(tmp_path / "index"), "ORIGINALS": True}).test_client()
    assert client.get(f"/original/{file_id(docs / 'antrag.txt')}").status_code == 404


def test_serve_offers_originals_only_with_the_flag() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert "--originals" in result.output and "indexed" in result.output


# --- CSV ----------------------------------------------------------------------------------------
def csv_rows(client: FlaskClient, query: str) -> list[dict[str, str]]:
    response = client.get(f"/export.csv?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_data(as_text=True)
    response.close()
    return list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))


def test_csv_has_the_snippet_of_the_query_and_the_source(client: FlaskClient) -> None:
    rows = csv_rows(client, "q=Lindenallee")
    assert len(rows) == 1 and list(rows[0])[-2:] == ["Quelle", "Ausschnitt"]
    snippet = rows[0]["Ausschnitt"]
    assert "Lindenallee" in snippet and "<mark>" not in snippet  # plain text for a spreadsheet
    assert "Volltext" not in rows[0]
    assert all(row["Ausschnitt"] == "" for row in csv_rows(client, "party="))  # no query


def test_csv_snippets_are_the_search_snippets_also_when_downloaded_again(
    client: FlaskClient,
) -> None:
    """The snippets a search page made are kept (per query and document): an export of the
    same query shows the same words, as plain text, and a second download is the same."""
    api = client.get("/api/search?q=Radwege").get_json()
    snippets = {h["id"]: h["snippet"] for h in api["hits"]}
    marked = {doc_id for doc_id, s in snippets.items() if "<mark>" in s}
    assert len(marked) >= 2
    rows = csv_rows(client, "q=Radwege")
    assert {r["id"]: r["Ausschnitt"] for r in rows} == {
        doc_id: html.unescape(s.replace("<mark>", "").replace("</mark>", ""))
        for doc_id, s in snippets.items()
    }
    assert all("Radwege" in r["Ausschnitt"] for r in rows if r["id"] in marked)  # the hit
    assert csv_rows(client, "q=Radwege") == rows


def test_csv_with_the_full_text_on_request(client: FlaskClient) -> None:
    rows = csv_rows(client, "q=Lindenallee&text=1")
    assert list(rows[0])[-1] == "Volltext" and rows[0]["Volltext"] == RADWEGE
    assert client.get("/export.csv?q=Lindenallee&text=ja").status_code == 400


def test_csv_full_text_is_streamed_in_chunks(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exports, "ROWS_PER_CHUNK", 1)
    app = client.application
    with app.test_request_context("/export.csv?q=Radwege&text=1"):
        direct = exports.csv_export()
        assert isinstance(direct.response, types.GeneratorType)  # rows made as they are read
        direct.close()
    response = client.get("/export.csv?q=Radwege&text=1")
    assert response.is_streamed
    chunks = list(response.response)
    response.close()
    assert len(chunks) >= 3  # one chunk per hit, not one body
    rows = list(csv.DictReader(io.StringIO(b"".join(chunks).decode().lstrip("\ufeff"))))
    assert len(rows) == 3 and all(row["Volltext"] for row in rows)
