"""Small things found on the way (issue 16): singular forms, the form of a refused request,
clean permalinks, snippets that do not repeat the title, one rule for unknown parameters,
pages beyond the last in the API, and the German field names in filters everywhere.

Every document here is about invented people.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from indexer.ingest.pipeline import file_id
from tests.browser.corpus import build_index, write_corpus
from webapp import create_app
from webapp.cli import cli


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("small") / "docs")


@pytest.fixture(scope="module")
def index_dir(corpus_dir: Path) -> Path:
    build_index(corpus_dir, corpus_dir.parent / "index")
    return corpus_dir.parent / "index"


@pytest.fixture
def client(index_dir: Path) -> FlaskClient:
    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()


def page(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.get_data(as_text=True)


def api(client: FlaskClient, query: str, status: int = 200) -> dict[str, Any]:
    response = client.get(f"/api/search?{query}")
    assert response.status_code == status, response.get_data(as_text=True)
    data: dict[str, Any] = response.get_json()
    return data


# --- singular forms --------------------------------------------------------------------------
def test_a_person_with_one_document_is_not_all_1_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(
        "---\ntitle: Bewerbung für den Ortsrat\nperson: Ida Brennecke\n---\n"
        "Ich bewerbe mich für den Ortsrat in Musterau.\n",
        encoding="utf-8",
    )
    build_index(docs, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    html = page(client, f"/dokument/{file_id(docs / 'a.md')}")
    assert "Das Dokument von Ida Brennecke auf einer Zeitleiste" in html
    assert "Alle 1 Dokumente" not in html


def test_plural_label() -> None:
    from webapp.labels import plural

    assert plural(1, "Seite", "Seiten") == "1 Seite"
    assert plural(0, "Seite", "Seiten") == "0 Seiten"
    assert plural(1234, "Seite", "Seiten") == "1.234 Seiten"


# --- the form of a refused request -------------------------------------------------------------
def test_a_refused_request_keeps_its_query_dates_and_the_right_sort_default(
    client: FlaskClient,
) -> None:
    html = page(client, "/?q=Rente&page=999999", status=400)
    assert "Seite muss eine Zahl" in html
    assert 'value="Rente"' in html
    assert "Standard (Relevanz)" in html and "neueste zuerst)" not in html
    html = page(client, "/?q=Rente&from=2024&to=2020&sort=oldest", status=400)
    assert 'value="2024"' in html and 'value="2020"' in html
    assert '<option value="oldest" selected>' in html
    assert "Standard (neueste zuerst)" in page(client, "/?page=999999", status=400)


# --- clean permalinks ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sent", "location"),
    [
        ("/?q=Mietpreisbremse&from=&to=&sort=", "/?q=Mietpreisbremse"),
        ("/?q=&from=&to=&sort=", "/"),
        ("/?q=Miete&party=SPD&from=&to=2024&sort=", "/?q=Miete&party=SPD&to=2024"),
    ],
)
def test_empty_parameters_are_dropped_from_the_address(
    client: FlaskClient, sent: str, location: str
) -> None:
    response = client.get(sent)
    assert response.status_code == 302 and response.headers["Location"] == location


def test_the_form_posts_no_empty_fields_with_javascript() -> None:
    script = (Path(__file__).parents[2] / "webapp" / "static" / "app.js").read_text("utf-8")
    assert 'addEventListener("formdata"' in script  # exercised in the browser tests


# --- snippets -----------------------------------------------------------------------------------
def test_a_snippet_from_the_top_does_not_repeat_the_title(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "radwege.html").write_text(
        "<html><head><title>Mehr Radwege für Musterau</title></head><body><main>"
        "<h1>Mehr Radwege für Musterau</h1><p>Der Ortsverein fordert sichere Wege zur "
        "Schule und eine Fahrradstraße an der Lindenallee.</p></main></body></html>",
        encoding="utf-8",
    )
    build_index(docs, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    hit = api(client, "q=Ortsverein")["hits"][0]
    assert hit["title"] == "Mehr Radwege für Musterau"
    assert hit["snippet"].startswith("Der <mark>Ortsverein</mark> fordert")
    opening = api(client, "q=Radwege")["hits"][0]["snippet"]  # the match only in the title
    assert "Musterau" not in opening and opening.startswith("Der Ortsverein")


# --- unknown parameters; pages beyond the last --------------------------------------------------
def test_unknown_parameters_one_rule_for_page_and_api(client: FlaskClient) -> None:
    assert api(client, "q=Mietpreisbremse&foo=1")["request"]["ignored"] == ["foo"]
    assert client.get("/?q=Mietpreisbremse&foo=1").status_code == 200


def test_api_says_when_a_page_lies_beyond_the_last(client: FlaskClient) -> None:
    pages = api(client, "q=Mietpreisbremse")["pages"]
    assert api(client, f"q=Mietpreisbremse&page={pages}")["hits"]
    error = api(client, "q=Mietpreisbremse&page=1000", status=404)["error"]
    assert error["message"].startswith("Seite 1000 gibt es für diese Suche nicht")
    assert f"{pages} Seiten" in error["message"]
    assert api(client, "q=gibtesnichtxyz&page=1")["total"] == 0  # page 1 of nothing is fine
    assert api(client, "q=gibtesnichtxyz&page=2", status=404)["error"]["status"] == 404


# --- German field names ---------------------------------------------------------------------------
def test_german_filter_names_in_the_url(client: FlaskClient) -> None:
    english = api(client, "party=SPD&doc_type=candidacy")
    german = api(client, "partei=SPD&typ=candidacy")
    assert german["total"] == english["total"] > 0
    assert german["request"]["filters"] == {"party": ["SPD"], "doc_type": ["candidacy"]}
    assert german["request"]["ignored"] == []
    assert german["links"]["self"] == english["links"]["self"]  # canonical names in links
    assert "partei=" not in page(client, "/?partei=SPD")


def test_german_filter_names_on_the_command_line(index_dir: Path) -> None:
    runner = CliRunner()

    def hits(*filters: str) -> list[str]:
        args = ["search", "--index", str(index_dir), "--json"]
        for item in filters:
            args += ["--filter", item]
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
        return [h["id"] for h in json.loads(result.output)["hits"]]

    assert hits("partei=SPD") == hits("party=SPD") != []
    assert hits("Amt=Kreistag") == hits("office=Kreistag")
    refused = runner.invoke(cli, ["search", "--index", str(index_dir), "--filter", "farbe=rot"])
    assert refused.exit_code == 2 and "unknown field 'farbe'" in refused.output
    assert "partei" in refused.output  # the German names are listed too
