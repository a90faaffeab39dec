"""Members-only documents: the public sees nothing of them, through any route.

Two indexes: the corpus with internal documents (whose words, person, party, region and year
occur nowhere else) and the same corpus without them. Every answer the public gets from the
first must be the answer of the second; every route, crawled with each kind of parameter as
the public and with wrong credentials, must not show a trace of the internal documents;
members see them.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_plus, urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.engine.store import IndexStore
from indexer.ingest.indexing import IndexOptions, index_paths
from tests.support.members import (
    MARKERS,
    SECRET_PARTY,
    SECRET_PERSON,
    SECRET_REGION,
    SECRET_YEAR,
    write_both,
)
from webapp import create_app
from webapp.accounts import add_user
from webapp.ratelimit import FailureLimit

PASSWORD = "korrekt-pferd-batterie"
MEMBER = "anna"


def basic(name: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{name}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("members")
    full, public = write_both(root)
    for folder, index in ((full, root / "index-full"), (public, root / "index-public")):
        summary = index_paths(IndexStore(index), [folder], IndexOptions())
        assert summary.ok, summary.as_dict()
    add_user(root / "index-full", MEMBER, PASSWORD)
    return root / "index-full", root / "index-public"


@pytest.fixture(scope="module")
def full_app(corpora: tuple[Path, Path]) -> Flask:
    return create_app({"INDEX_DIR": str(corpora[0]), "TESTING": True})


@pytest.fixture(scope="module")
def public_app(corpora: tuple[Path, Path]) -> Flask:
    return create_app({"INDEX_DIR": str(corpora[1]), "TESTING": True})


@pytest.fixture
def anon(full_app: Flask) -> FlaskClient:
    return full_app.test_client()


def internal_ids(app: Flask) -> list[str]:
    client = app.test_client()
    data = client.get("/api/search?page_size=100&sort=newest", headers=basic(MEMBER, PASSWORD))
    return [h["id"] for h in data.get_json()["hits"] if re.search("intern|geheim", h["id"])]


# --- the same answers as an index without the internal documents ---------------------------

QUERIES: list[dict[str, Any]] = [
    {},
    {"q": "Schatzkistenrevision"},
    {"q": "Schatzkistenrevison"},  # a typo: no "Meinten Sie" from internal words
    {"q": "Schatzkisten"},  # a compound's part
    {"q": "Murmeltierkatastr"},
    {"q": "Quellwasser*"},
    {"q": '"Quellwasserpfand"'},
    {"q": "Knöpfleschwenk"},
    {"q": "Knöpfleschwnk"},
    {"q": "person:Knöpfleschwenk"},
    {"q": f"partei:{SECRET_PARTY}"},
    {"q": f"region:{SECRET_REGION}"},
    {"q": "jahr:2009"},
    {"q": "Mietpreisbremse Schatzkistenrevision"},
    {"q": "Landesvorsitz"},
    {"q": "Mietpreisbremse", "sort": "newest", "page_size": "100"},
    {"person": SECRET_PERSON},
    {"party": SECRET_PARTY},
    {"region": SECRET_REGION},
    {"bundesland": "Saarland"},
    {"year": SECRET_YEAR},
    {"from": SECRET_YEAR, "to": SECRET_YEAR},
    {"from": "2008", "sort": "oldest", "page_size": "100"},
    {"doc_type": "candidacy", "page_size": "100"},
    {"office": "Landesvorsitzender"},
]


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    """A search answer without what differs between two indexes of the same documents:
    timings, links, ids (file ids hash the path) and scores (see the README's note on
    ranking statistics)."""
    return {
        "total": data["total"],
        "pages": data["pages"],
        "suggestion": data["suggestion"],
        "notice": data["notice"],
        "facets": data["facets"],
        "hits": sorted((h["title"], h["date"] or "", h["persons"]) for h in data["hits"]),
    }


@pytest.mark.parametrize("params", QUERIES, ids=lambda p: urlencode(p) or "alles")
def test_the_public_gets_the_answers_of_an_index_without_internal_documents(
    full_app: Flask, public_app: Flask, params: dict[str, Any]
) -> None:
    url = "/api/search?" + urlencode(params)
    seen = full_app.test_client().get(url)
    expected = public_app.test_client().get(url)
    assert seen.status_code == expected.status_code == 200
    assert comparable(seen.get_json()) == comparable(expected.get_json())
    years = [v["value"] for v in seen.get_json()["facets"]["year"]]
    assert SECRET_YEAR not in years or params.get("year") == SECRET_YEAR


RELAX = [
    {"q": "Schatzkistenrevision", "party": "SPD", "from": "2019"},
    {"q": "Mietpreisbremse", "person": SECRET_PERSON, "year": "2024"},
    {"q": "Landesvorsitz", "region": SECRET_REGION, "from": "2008", "to": "2010"},
    {"q": "Murmeltierkataster", "bundesland": "Saarland", "doc_type": "candidacy"},
    {"person": SECRET_PERSON, "party": "SPD"},
    {"party": SECRET_PARTY, "doc_type": "press_release"},
]


@pytest.mark.parametrize("params", RELAX, ids=lambda p: urlencode(p))
def test_relax_a_filter_counts_only_what_the_public_may_see(
    full_app: Flask, public_app: Flask, params: dict[str, Any]
) -> None:
    def offers(app: Flask) -> list[str]:
        html = app.test_client().get("/?" + urlencode(params)).get_data(as_text=True)
        assert "Keine Treffer" in html
        found = re.search(r'<ul class="relaxations">(.*?)</ul>', html, re.S)
        return re.findall(r">([^<]+)</a> \(([\d.]+) Treffer\)", found.group(1)) if found else []

    seen = offers(full_app)
    assert seen == offers(public_app)
    if "q" not in params:
        assert seen  # the other filter alone finds public documents: the test shows counts


def test_a_public_persons_pages_count_only_her_public_documents(
    full_app: Flask, public_app: Flask
) -> None:
    name = quote("Henrietta Quastwedel", safe="")

    def person(app: Flask) -> tuple[int, list[str]]:
        data = app.test_client().get("/api/people/" + name).get_json()
        return data["total"], sorted(d["title"] for d in data["documents"])

    assert person(full_app) == person(public_app)
    member = full_app.test_client().get("/api/people/" + name, headers=basic(MEMBER, PASSWORD))
    assert member.get_json()["total"] == person(public_app)[0] + 1
    page = full_app.test_client().get("/person/" + name).get_data(as_text=True)
    assert not leaks(page, "")


def test_members_see_the_internal_documents(full_app: Flask) -> None:
    client = full_app.test_client()
    data = client.get("/api/search?q=Schatzkistenrevision", headers=basic(MEMBER, PASSWORD))
    assert data.status_code == 200
    assert data.get_json()["total"] == 4
    people = client.get("/api/people/" + quote(SECRET_PERSON), headers=basic(MEMBER, PASSWORD))
    assert people.get_json()["total"] == 4
    facets = client.get("/api/search", headers=basic(MEMBER, PASSWORD)).get_json()["facets"]
    assert SECRET_YEAR in [v["value"] for v in facets["year"]]
    assert SECRET_PARTY in [v["value"] for v in facets["party"]]


def test_a_typo_of_an_internal_word_is_corrected_for_members_only(full_app: Flask) -> None:
    client = full_app.test_client()
    member = client.get("/api/search?q=Schatzkistenrevison", headers=basic(MEMBER, PASSWORD))
    assert member.get_json()["suggestion"] == "Schatzkistenrevision"
    assert client.get("/api/search?q=Schatzkistenrevison").get_json()["suggestion"] is None


# --- every route, every kind of parameter ----------------------------------------------------


def crawl_urls(app: Flask, ids: list[str], queries: int = len(QUERIES)) -> Iterator[str]:
    """URLs of every route of the app: each route's own parameters filled with the internal
    documents' ids and person, and the first ``queries`` search parameters on every route."""
    fills = {
        "doc_id": ids,
        "name": [SECRET_PERSON, "Knöpfleschwenk"],
    }
    searches = [urlencode(p) for p in QUERIES[:queries]]
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.endpoint == "static":
            continue
        values: list[dict[str, str]] = [{}]
        for arg in rule.arguments:
            values = [{**v, arg: x} for v in values for x in fills.get(arg, [SECRET_PERSON])]
        for args in values:
            path = rule.rule
            for arg, value in args.items():
                path = re.sub(rf"<(?:[^:<>]+:)?{arg}>", quote(value, safe=""), path)
            yield path
            for search in searches:
                yield f"{path}?{search}"


def leaks(body: str, url: str) -> list[str]:
    """Markers in a response that the request itself did not carry (pages echo the query)."""
    asked = unquote_plus(url).lower()
    return [m for m in MARKERS if m in body and m.lower() not in asked]


@pytest.mark.parametrize("who", ["anonym", "falsches Passwort", "unbekannter Name"])
def test_crawl_every_route_shows_the_public_nothing_internal(
    full_app: Flask, who: str
) -> None:
    ids = internal_ids(full_app)
    assert len(ids) == 5
    headers = {
        "anonym": {},
        "falsches Passwort": basic(MEMBER, "falsch-falsch-falsch"),
        "unbekannter Name": basic("knoepfle-fan", PASSWORD),
    }[who]
    full_app.extensions["sign_in_limit"] = FailureLimit(max_failures=10**9)  # fails on purpose
    client = full_app.test_client()
    crawled = 0
    # Wrong credentials are refused before any view runs (each check costs an Argon2 hash):
    # every route with a few parameter kinds shows that.
    try:
        for url in crawl_urls(full_app, ids, len(QUERIES) if not headers else 3):
            response = client.get(url, headers=headers)
            body = response.get_data(as_text=True)
            assert response.status_code < 500, url
            assert not leaks(body, url), (url, leaks(body, url))
            assert not leaks(response.headers.get("Location", ""), url), url
            if headers:
                assert response.status_code == 401, url
            crawled += 1
    finally:
        full_app.extensions["sign_in_limit"] = FailureLimit()
    assert crawled > (200 if not headers else 30)


def test_crawl_as_member_finds_the_internal_documents(full_app: Flask) -> None:
    ids = internal_ids(full_app)
    client = full_app.test_client()
    seen = 0
    for url in crawl_urls(full_app, ids, 3):
        response = client.get(url, headers=basic(MEMBER, PASSWORD))
        assert response.status_code < 500, url
        seen += any(m in response.get_data(as_text=True) for m in MARKERS)
    assert seen > 20  # members do see the internal documents, through the routes
    for doc_id in ids:
        page = client.get("/dokument/" + quote(doc_id, safe=""), headers=basic(MEMBER, PASSWORD))
        assert page.status_code == 200
        assert "Sichtbarkeit" in page.get_data(as_text=True)
        assert "nur für Mitglieder" in page.get_data(as_text=True)
        api = client.get("/api/documents/" + quote(doc_id, safe=""),
                         headers=basic(MEMBER, PASSWORD))
        assert api.get_json()["visibility"] == "mitglieder"
    feed = client.get("/feed.atom?q=Schatzkistenrevision", headers=basic(MEMBER, PASSWORD))
    assert "Schatzkisten" in feed.get_data(as_text=True) or "Knöpfle" in feed.get_data(
        as_text=True)
    export = client.get("/export.csv?q=Murmeltierkataster", headers=basic(MEMBER, PASSWORD))
    assert "geheim-1" in export.get_data(as_text=True)
    assert export.headers["Cache-Control"] == "private, no-store"


def test_an_internal_document_is_a_404_like_an_unknown_id(anon: FlaskClient,
                                                          full_app: Flask) -> None:
    ids = internal_ids(full_app)
    for route in ("/dokument/", "/api/documents/"):
        hidden = anon.get(route + quote(ids[0], safe=""))
        unknown = anon.get(route + quote("gibt-es-nicht", safe=""))
        assert hidden.status_code == unknown.status_code == 404
        assert hidden.get_data(as_text=True).replace(ids[0], "X") == unknown.get_data(
            as_text=True).replace("gibt-es-nicht", "X")
    hidden_person = anon.get("/person/" + quote(SECRET_PERSON, safe=""))
    unknown_person = anon.get("/person/" + quote("Niemand Nirgends", safe=""))
    assert hidden_person.status_code == unknown_person.status_code == 404


def test_similar_documents_and_more_from_never_name_internal_ones(anon: FlaskClient) -> None:
    hits = anon.get("/api/search?page_size=100").get_json()["hits"]
    for hit in hits[:25]:
        body = anon.get("/dokument/" + quote(hit["id"], safe="")).get_data(as_text=True)
        assert not leaks(body, ""), hit["id"]


def test_an_internal_documents_original_file_is_no_download_for_the_public(
    corpora: tuple[Path, Path], full_app: Flask
) -> None:
    ids = internal_ids(full_app)
    app = create_app({"INDEX_DIR": str(corpora[0]), "TESTING": True, "ORIGINALS": True})
    client = app.test_client()
    served = 0
    for doc_id in ids:
        url = f"/original/{quote(doc_id, safe='')}"
        with client.get(url) as public:
            assert public.status_code == 404, doc_id
        with client.get(url, headers=basic(MEMBER, PASSWORD)) as member:
            # a member gets the file (a JSONL record has none: 404 for everyone)
            assert member.status_code in (200, 404), doc_id
            served += member.status_code == 200
    assert served >= 1
