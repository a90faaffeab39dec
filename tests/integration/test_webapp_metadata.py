"""Metadata in the web app: neutral office labels, uncertain values and nominees on the
document page, keys in the JSON API (fictional people, written straight into a real index)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from indexer.engine.documents import to_fields
from indexer.engine.store import IndexStore
from indexer.ingest.pipeline import file_id
from indexer.models import Document, MetaValue
from tests.browser.corpus import build_index
from webapp import create_app

LIST_ID = "liste-2024.txt"
BID_ID = "bewerbung-feldhuber.txt"

NOMINEES = [
    {"person": "Ilka Brehm", "office": "Landesliste Landtag", "region": "Thüringen", "place": 1},
    {"person": "Ole Brandtner", "office": "Landesliste Landtag", "region": None, "place": 2},
]


def _documents() -> list[Document]:
    listing = Document(
        doc_id=LIST_ID,
        title="Unsere Kandidierenden für die Landesliste",
        text="Auf der Vertreterversammlung wurden Ilka Brehm und Ole Brandtner gewählt.",
        source="kv/liste-2024.txt",
        content_hash="h1",
        meta={
            "person": MetaValue(("Ilka Brehm", "Ole Brandtner"), "extracted", "gewählt", 0.9),
            "party": MetaValue("Die Linke", "folder"),
        },
        extra={
            "uncertain": {
                "date": {"value": "2024-03-02", "confidence": 0.42,
                         "evidence": "am 2. März tagte die Versammlung"},
                "region": {"value": "Erfurt", "confidence": 0.31, "evidence": "in Erfurt"},
            },
            "nominees": NOMINEES,
            "ignored_given": {"doc_type": {"value": "posts", "origin": "document"}},
        },
    )
    bid = Document(
        doc_id=BID_ID,
        title="Bewerbung als Landesvorsitzende",
        text="Mein Name ist Mira Feldhuber und ich bewerbe mich als Landesvorsitzende.",
        source="lpt/bewerbung.txt",
        content_hash="h2",
        meta={
            "person": MetaValue("Mira Feldhuber", "extracted", "Mein Name ist", 0.87),
            "office": MetaValue("Landesvorsitzender", "correction", by="anna",
                                at="2026-12-06T10:00:00.000000Z"),
            "date": MetaValue("2024-09-07", "folder"),
        },
    )
    return [listing, bid]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    root: Path = tmp_path_factory.mktemp("meta") / "index"
    store = IndexStore(root)
    with store.locked(0):
        ix = store.create()
        writer = ix.writer()
        for doc in _documents():
            writer.add_document(**to_fields(doc))
        writer.commit()
    return create_app({"INDEX_DIR": str(root), "TESTING": True}).test_client()


def _page(client: FlaskClient, doc_id: str) -> str:
    response = client.get(f"/dokument/{doc_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _box(html: str) -> str:
    """The metadata box of a document page."""
    return html.split('<dl class="metadata">', 1)[1].split("</dl>", 1)[0]


def test_uncertain_values_are_marked_with_confidence_and_evidence(client: FlaskClient) -> None:
    box = _box(_page(client, LIST_ID))
    rows = re.findall(r'<div class="meta-row meta-uncertain meta-(\w+)">(.*?)</div>', box, re.S)
    assert [name for name, _ in rows] == ["date", "region"]
    date_row = rows[0][1]
    assert "2. März 2024" in date_row and "unsicher (0,42)" in date_row
    assert "am 2. März tagte die Versammlung" in date_row
    assert "<a " not in date_row and "<a " not in rows[1][1]  # never a facet filter link
    assert "unsicher (0,31)" in rows[1][1]


def test_extras_are_not_dumped_raw(client: FlaskClient) -> None:
    box = _box(_page(client, LIST_ID))
    assert "confidence" not in box and "{&#39;" not in box and "nominees" not in box
    assert "„posts“" in box and "nicht übernommen" in box


def test_nominees_are_listed_and_linked_to_the_person_page(client: FlaskClient) -> None:
    html = _page(client, LIST_ID)
    section = html.split('class="nominee-list"', 1)[1].split("</ol>", 1)[0]
    assert '<a href="/person/Ilka%20Brehm">Ilka Brehm</a> – Landesliste Landtag, Thüringen ' \
           "(Platz 1)" in section
    assert '<a href="/person/Ole%20Brandtner">Ole Brandtner</a>' in section


def test_origins_say_who_corrected_when_and_how_sure_extraction_is(client: FlaskClient) -> None:
    box = _box(_page(client, BID_ID))
    assert "korrigiert von anna am 6. Dezember 2026" in box
    assert "angegeben (Ordner)" in box
    assert "extrahiert aus dem Text (0,87)" in box


def test_offices_show_neutral_labels_and_keep_keys_in_json(client: FlaskClient) -> None:
    page = _page(client, BID_ID)
    assert "Landesvorsitz" in _box(page) and "Landesvorsitzender" not in _box(page)
    search = client.get("/?q=Feldhuber").get_data(as_text=True)
    facet = search.split('id="facet-office"', 1)[1].split("</section>", 1)[0]
    assert re.findall(r'<span class="label">([^<]*)</span>', facet) == ["Landesvorsitz"]
    assert "office=Landesvorsitzender" in facet  # the filter link keeps the key
    api = client.get("/api/search?q=Feldhuber").get_json()
    assert api["hits"][0]["office"] == "Landesvorsitzender"
    assert [f["value"] for f in api["facets"]["office"]] == ["Landesvorsitzender"]
    csv_text = client.get("/export.csv?q=Feldhuber").get_data(as_text=True)
    assert "Landesvorsitz" in csv_text and "Landesvorsitzender" not in csv_text
    person = client.get("/person/Mira%20Feldhuber").get_data(as_text=True)
    assert "Landesvorsitz" in person and "Landesvorsitzender" not in person


def test_document_api_has_uncertain_nominees_and_confidence(client: FlaskClient) -> None:
    data = client.get(f"/api/documents/{LIST_ID}").get_json()
    assert data["uncertain"]["date"] == {
        "value": "2024-03-02", "confidence": 0.42, "evidence": "am 2. März tagte die Versammlung",
    }
    assert data["nominees"] == NOMINEES
    assert data["metadata"]["person"]["confidence"] == 0.9
    bid = client.get(f"/api/documents/{BID_ID}").get_json()
    assert bid["metadata"]["office"] == {
        "value": ["Landesvorsitzender"], "origin": "correction", "evidence": None,
        "confidence": None, "by": "anna", "at": "2026-12-06T10:00:00.000000Z",
    }


def test_a_list_announcement_matches_the_openapi_schema(tmp_path: Path) -> None:
    """Nominees and uncertain values are part of the documented document shape."""
    from jsonschema import Draft202012Validator

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "liste.md").write_text(
        "---\ntitle: Unsere Kandidierenden für den Kreistag\n---\n"
        "Die Kreismitgliederversammlung hat am 3. Mai 2025 die Kreistagsliste gewählt:\n\n"
        "1. Wiebke Osterkamp (Erzieherin, Nordhorn)\n2. Gero Tammling (Landwirt, Lingen)\n"
        "3. Femke Uhlenbusch (Studentin, Meppen)\n", encoding="utf-8")
    build_index(docs, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    spec = client.get("/api/openapi.json").get_json()
    schema = spec["paths"]["/api/documents/{id}"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    data = client.get(f"/api/documents/{file_id(docs / 'liste.md')}").get_json()
    assert len(data["nominees"]) == 3
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    assert [e.message for e in validator.iter_errors(data)] == []
