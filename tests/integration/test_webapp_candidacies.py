"""``/kandidaturen`` (page, JSON, CSV) and ``/personen`` through Flask's test client, on a real
index of fictional candidacies (:mod:`tests.integration.candidacy_corpus`)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from indexer.ingest.pipeline import file_id
from tests.browser.corpus import build_index
from tests.integration.candidacy_corpus import (
    CANDIDACIES,
    CANDIDACY_DOCUMENTS,
    ELECTIONS,
    PRESS_LIST,
    write_candidacies,
)
from tests.integration.test_webapp import _response_schema
from webapp import create_app

LIST_NOMINEES = ["Walburga Kleefeld", "Rupert Haselnuss", "Hannelore Brombeer", "Kasimir Holunder"]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_candidacies(tmp_path_factory.mktemp("kandidaturen") / "docs")


@pytest.fixture(scope="module")
def app(corpus_dir: Path) -> Flask:
    build_index(corpus_dir, corpus_dir.parent / "index")
    return create_app({"INDEX_DIR": str(corpus_dir.parent / "index"), "TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def page(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.get_data(as_text=True)


def api(client: FlaskClient, query: str = "") -> dict[str, Any]:
    response = client.get(f"/api/kandidaturen?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    data: dict[str, Any] = response.get_json()
    return data


def rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for e in data["elections"] for c in e["candidacies"]]


def csv_rows(response: TestResponse) -> list[dict[str, str]]:
    body = response.get_data(as_text=True)
    response.close()
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))


# --- the list ------------------------------------------------------------------------------------


def test_every_run_is_a_row_grouped_by_election_newest_first(client: FlaskClient) -> None:
    data = api(client)
    assert (data["total"], data["documents"], data["elections_total"]) == (
        CANDIDACIES, CANDIDACY_DOCUMENTS, ELECTIONS,
    )
    labels = [e["label"] for e in data["elections"]]
    assert labels == [
        "Landesliste Landtag · Thüringen · 14. Februar 2026",
        "Direktkandidatur Bundestag · Magdeburg · Sachsen-Anhalt · 11. Januar 2025",
        "Landesvorsitz · Sachsen-Anhalt · 2. März 2024 bis 20. März 2024",
        "Kreistag · Saalekreis · Sachsen-Anhalt · 10. Februar 2024",
        "Landesvorsitz · Sachsen-Anhalt · 7. Mai 2022",
        "Stadtrat · Halle (Saale) · Sachsen-Anhalt · ohne Datum",
    ]
    # the two candidates of 2024 are one election; the run of 2022 is another
    assert [c["persons"] for c in data["elections"][2]["candidacies"]] == [
        ["Gottfried Wiesenklee"], ["Edeltraud Kornblume"],
    ]


def test_a_person_who_ran_several_times_shows_each_run(client: FlaskClient) -> None:
    runs = [c for c in rows(api(client)) if c["persons"] == ["Edeltraud Kornblume"]]
    assert sorted(c["date"] for c in runs) == ["2022-05-07", "2024-03-02", "2025-01-11"]
    assert {c["office"] for c in runs} == {"Landesvorsitzender", "Direktkandidat Bundestag"}


def test_a_list_announcement_shows_every_nominee_with_the_list_place(
    client: FlaskClient,
) -> None:
    listed = api(client)["elections"][0]["candidacies"]
    assert [(c["persons"], c["place"], c["listed"]) for c in listed] == [
        ([name], place, True) for place, name in enumerate(LIST_NOMINEES, 1)
    ]
    assert {c["office"] for c in listed} == {"Landesliste Landtag"}
    html = page(client, "/kandidaturen")
    for name in LIST_NOMINEES:
        assert f">{name}</a>" in html
    assert '<td class="place">3</td>' in html


def test_a_press_release_that_lists_nominees_gives_their_rows(client: FlaskClient) -> None:
    """Typed press release (given), but a list announcement: its nominees are candidacies;
    a press release with two authors is not."""
    group = api(client)["elections"][3]
    assert [(c["persons"][0], c["place"]) for c in group["candidacies"]] == [
        (name, place) for place, name in enumerate(PRESS_LIST, 1)
    ]
    assert "Xaver Zimtstern" not in page(client, "/kandidaturen")
    assert api(client, "party=Bündnis+90/Die+Grünen")["total"] == len(PRESS_LIST)
    assert api(client, "doc_type=candidacy")["total"] == CANDIDACIES  # doc_type is ignored


def test_a_person_filter_keeps_only_that_nominee_of_a_list(client: FlaskClient) -> None:
    data = api(client, "person=Rupert+Haselnuss")
    assert [(c["persons"], c["place"]) for c in rows(data)] == [(["Rupert Haselnuss"], 2)]


def test_rows_carry_the_first_lines_without_repeating_the_title(client: FlaskClient) -> None:
    run = next(c for c in rows(api(client)) if c["date"] == "2024-03-02")
    assert run["lead"].startswith("Liebe Genossinnen und Genossen, ich bewerbe mich erneut")
    assert "Kandidatur für den Landesvorsitz 2024" not in run["lead"]  # the title line
    assert run["url"].startswith("http://localhost/dokument/")


def test_documents_of_other_types_never_appear(client: FlaskClient) -> None:
    """The press release names Kornblume and "Gebührenfreie Kitas" but is no candidacy."""
    data = api(client, "q=Kitas")
    assert [c["title"] for c in rows(data)] == ["Kandidatur für den Landesvorsitz 2024"]
    assert "Pressemitteilung: Gebührenfreie Kitas" not in page(client, "/kandidaturen")
    # a doc_type parameter cannot widen the list
    assert api(client, "doc_type=press_release")["total"] == CANDIDACIES


def test_filters_dates_and_query_as_on_the_search_page(client: FlaskClient) -> None:
    assert api(client, "party=Die+Linke")["total"] == len(LIST_NOMINEES)
    assert api(client, "office=Landesvorsitzender&from=2024")["total"] == 2
    spd = api(client, "party=SPD")
    assert {c["persons"][0] for c in rows(spd)} == {"Edeltraud Kornblume", "Gottfried Wiesenklee"}
    facets = {v["value"]: v["count"] for v in spd["facets"]["party"]}
    assert facets["SPD"] == 4 and facets["Die Linke"] == 1  # counted without its own selection
    assert "doc_type" not in spd["facets"]
    html = page(client, "/kandidaturen?q=Mieten")
    assert "<mark>Mieten</mark>" in html and "Gottfried Wiesenklee" in html
    assert "Walburga Kleefeld" not in html


def test_singular_and_plural_in_the_headings(client: FlaskClient) -> None:
    html = page(client, "/kandidaturen?person=Gottfried+Wiesenklee")
    assert "1 Kandidatur in 1 Wahl" in html and "(1 Dokument)" in html
    assert "(1 Kandidatur)" in html
    html = page(client, "/kandidaturen")
    assert f"{CANDIDACIES} Kandidaturen in {ELECTIONS} Wahlen" in html
    assert f"({CANDIDACY_DOCUMENTS} Dokumente)" in html and "(4 Kandidaturen)" in html


def test_oldest_first_on_request(client: FlaskClient) -> None:
    labels = [e["label"] for e in api(client, "sort=oldest")["elections"]]
    assert labels[0] == "Landesvorsitz · Sachsen-Anhalt · 7. Mai 2022"
    assert labels[-1].endswith("ohne Datum")  # undated elections stay last


def test_paging_goes_by_elections(client: FlaskClient) -> None:
    first, second = api(client, "page_size=2"), api(client, "page_size=2&page=2")
    assert first["pages"] == 3 and len(first["elections"]) == 2
    assert first["links"]["next"] and first["links"]["prev"] is None
    assert second["elections"][0]["label"].startswith("Landesvorsitz · Sachsen-Anhalt · 2. März")
    html = page(client, "/kandidaturen?page_size=2&page=3")
    assert "Stadtrat" in html and 'rel="prev"' in html
    assert "gibt es hier nicht" in page(client, "/kandidaturen?page=9")


def test_the_page_has_facets_chips_and_links_that_stay_on_the_page(client: FlaskClient) -> None:
    html = page(client, "/kandidaturen?party=SPD")
    assert 'href="/kandidaturen?party=SPD&amp;bundesland=' not in html  # canonical order
    assert 'href="/kandidaturen?bundesland=Sachsen-Anhalt&amp;party=SPD"' in html
    assert 'class="chip"' in html and "Partei:</span> SPD" in html
    assert 'href="/kandidaturen.csv?party=SPD"' in html
    assert 'href="/api/kandidaturen?party=SPD"' in html
    assert 'id="facet-doc_type"' not in html
    assert '<a href="/kandidaturen">Kandidaturen</a>' in html  # the header
    assert '<a href="/personen">Personen</a>' in html


def test_bad_parameters(client: FlaskClient) -> None:
    html = page(client, "/kandidaturen?from=gestern", 400)
    assert "ungültig" in html
    response = client.get("/api/kandidaturen?from=kaputt")
    assert response.status_code == 400
    assert set(response.get_json()) == {"error"}
    # unknown parameters are ignored, as by the search API (see webapp.params)
    assert client.get("/api/kandidaturen?foo=1").status_code == 200


def test_json_matches_the_openapi_schema(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").get_json()
    validator = _response_schema(spec, "/api/kandidaturen", "200")
    for query in ("", "q=Kitas", "page_size=1&page=2", "person=Rupert+Haselnuss"):
        data = client.get(f"/api/kandidaturen?{query}").get_json()
        assert [e.message for e in validator.iter_errors(data)] == [], query
    names = {p["name"] for p in spec["paths"]["/api/kandidaturen"]["get"]["parameters"]}
    assert {"q", "party", "person", "from", "to", "page"} <= names and "doc_type" not in names
    assert "/kandidaturen.csv" in spec["paths"]


def test_csv_has_every_run_of_every_page(client: FlaskClient) -> None:
    response = client.get("/kandidaturen.csv?page_size=1&page=2")
    assert response.status_code == 200 and response.is_streamed
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert re.search(r'filename="kandidaturen-alle-\d{4}-\d\d-\d\d\.csv"',
                     response.headers["Content-Disposition"])
    table = csv_rows(response)
    assert len(table) == CANDIDACIES
    assert [r["Person"] for r in table[:4]] == LIST_NOMINEES
    assert [r["Person"] for r in table[7:10]] == PRESS_LIST
    assert [r["Listenplatz"] for r in table[:4]] == ["1", "2", "3", "4"]
    assert table[4]["Amt"] == "Direktkandidatur Bundestag"  # gender-neutral label
    assert all(r["URL"].startswith("http://localhost/dokument/") for r in table)
    assert not any(r["Quelle"].startswith("/") for r in table)  # never a server path
    formula = next(r for r in table if "Stadtrat" in r["Titel"])
    assert formula["Titel"] == "'=Bewerbung für den Stadtrat"  # the formula guard
    filtered = csv_rows(client.get("/kandidaturen.csv?party=Die+Linke"))
    assert [r["Person"] for r in filtered] == LIST_NOMINEES
    assert client.get("/kandidaturen.csv?from=kaputt").status_code == 400


# --- from other pages ----------------------------------------------------------------------------


def test_a_candidacy_page_links_the_other_candidacies_of_its_election(
    client: FlaskClient, corpus_dir: Path
) -> None:
    doc = file_id(corpus_dir / "kornblume-2024-landesvorsitz.md")
    html = page(client, f"/dokument/{doc}")
    section = html[html.index("Weitere Kandidaturen für dieses Amt"):]
    section = section[: section.index("</section>")]
    assert "Gottfried Wiesenklee" in section and "Bewerbung um den Landesvorsitz" in section
    assert "Landesvorsitz 2022" not in section  # another election
    assert 'href="/kandidaturen?office=Landesvorsitzender&amp;region=Sachsen-Anhalt"' in section
    other = file_id(corpus_dir / "pressemitteilung-kitas.md")
    assert "Weitere Kandidaturen" not in page(client, f"/dokument/{other}")
    listed = file_id(corpus_dir / "pressemitteilung-kreistagsliste.md")  # a press release
    html = page(client, f"/dokument/{listed}")
    assert "Weitere Kandidaturen für dieses Amt" in html
    assert 'href="/kandidaturen?office=Kreistag&amp;region=Saalekreis"' in html


def test_document_and_person_pages_have_a_search_box(
    client: FlaskClient, corpus_dir: Path
) -> None:
    doc = file_id(corpus_dir / "kornblume-2022-landesvorsitz.md")
    html = page(client, f"/dokument/{doc}?q=Nahverkehr")
    assert re.search(r'<form class="search-form search-box" role="search" action="/"', html)
    assert 'name="q" type="search" value="Nahverkehr"' in html
    html = page(client, "/person/Edeltraud%20Kornblume")
    form = html[html.index('class="search-form search-box"'):]
    form = form[: form.index("</form>")]
    assert 'action="/"' in form and 'name="person" value="Edeltraud Kornblume"' in form
    assert "In den Dokumenten von Edeltraud Kornblume suchen" in form
    assert '<a href="/kandidaturen?person=Edeltraud+Kornblume">3 Kandidaturen</a>' in html
    nominee = page(client, "/person/Balduin%20Schnittlauch")  # only on a press release's list
    assert '<a href="/kandidaturen?person=Balduin+Schnittlauch">1 Kandidatur</a>' in nominee
    assert "/kandidaturen?person=" not in page(client, "/person/Xaver%20Zimtstern")
    # within one person's documents: the search page with the person filter
    hits = client.get("/api/search?q=Kitas&person=Edeltraud+Kornblume").get_json()
    assert [h["title"] for h in hits["hits"]] == ["Kandidatur für den Landesvorsitz 2024"]


# --- people A–Z ----------------------------------------------------------------------------------


def test_people_are_listed_a_to_z_by_surname_with_counts_offices_and_parties(
    client: FlaskClient,
) -> None:
    html = page(client, "/personen")
    names = re.findall(r'<li data-label="([^"]+)">', html)
    assert names == [
        "Hannelore Brombeer", "Rupert Haselnuss", "Kasimir Holunder", "Walburga Kleefeld",
        "Edeltraud Kornblume", "Mechthild Liebstöckel", "Ägidius Öhlschläger",
        "Cordula Pfefferminz", "Ludmilla Sauerteig", "Balduin Schnittlauch",
        "Gottfried Wiesenklee", "Xaver Zimtstern",
    ]
    assert "12 Personen von A bis Z" in html
    entry = html[html.index('data-label="Edeltraud Kornblume"'):]
    entry = entry[: entry.index("</li>")]
    assert "3 Dokumente" in entry  # the press release names her but is not hers
    assert "Landesvorsitz, Direktkandidatur Bundestag" in entry and "SPD" in entry
    assert "1 Dokument<" in html  # singular
    letters = re.findall(r'<h2 id="buchstabe-(.)">', html)
    assert letters == ["B", "H", "K", "L", "O", "P", "S", "W", "Z"]  # Öhlschläger under O


def test_the_people_filter_works_without_javascript(client: FlaskClient) -> None:
    html = page(client, "/personen?name=OHLSCHLAGER")
    assert re.findall(r'<li data-label="([^"]+)">', html) == ["Ägidius Öhlschläger"]
    assert "1 von 12 Personen" in html
    html = page(client, "/personen?name=niemand")
    assert "Kein Name passt zu „niemand“" in html
    html = page(client, "/personen?party=Die+Linke")
    assert len(re.findall(r"<li data-label=", html)) == len(LIST_NOMINEES)


def test_person_without_a_name_redirects_to_the_list(client: FlaskClient) -> None:
    response = client.get("/person/")
    assert response.status_code == 301 and response.headers["Location"].endswith("/personen")


# --- house rules ---------------------------------------------------------------------------------


PAGES = ("/kandidaturen", "/kandidaturen?q=Kitas&party=SPD", "/personen", "/personen?name=korn")


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_scripts_or_styles_and_the_security_headers(
    client: FlaskClient, path: str
) -> None:
    response = client.get(path)
    html = response.get_data(as_text=True)
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert " style=" not in html and "<style" not in html
    assert re.search(r"\son[a-z]+=", html) is None
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_no_new_route_writes_to_the_index(client: FlaskClient, corpus_dir: Path) -> None:
    index = corpus_dir.parent / "index"

    def snapshot() -> dict[str, tuple[int, int]]:
        return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in index.rglob("*")}

    before = snapshot()
    for path in (*PAGES, "/api/kandidaturen", "/kandidaturen.csv", "/person/"):
        assert client.get(path).status_code in (200, 301), path
    assert snapshot() == before
