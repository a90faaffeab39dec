"""Visibility over time: a document made internal leaves the public view with the next
commit (caches of the old generation notwithstanding), nothing leaks while ``reindex``
rebuilds, and the command line gives visibility and manages accounts."""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from indexer.engine.store import IndexStore
from indexer.ingest.indexing import IndexOptions, index_paths
from indexer.ingest.pipeline import file_id
from tests.browser.corpus import write_corpus
from tests.support.members import MARKERS, SECRET_PERSON, write_internal
from webapp import create_app
from webapp.accounts import add_user
from webapp.cli import cli
from webapp.reload import Reloader, pinned_service

PASSWORD = "lang-genug-und-geheim"
PERSON = "Ottilie Flunkerbrunn"
WORD = "Flunkerbrunnenfest"
CLI = [sys.executable, "-m", "webapp.cli"]


def member() -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"anna:{PASSWORD}".encode()).decode()}


def write_changing(folder: Path) -> Path:
    path = folder / "wechsel.md"
    path.write_text(
        f'---\ntitle: Einladung zum Sommerfest\nperson: "{PERSON}"\ndate: "2024-06-01"\n---\n'
        f"Das {WORD} findet am Weiher statt. Mietpreisbremse und Busverkehr sind Thema.\n",
        encoding="utf-8",
    )
    return path


def public_view(client: FlaskClient, doc_id: str) -> dict[str, object]:
    """What the public sees of the changing document, through each kind of answer."""
    search = client.get("/api/search?" + f"q={WORD}").get_json()
    typo = client.get("/api/search?q=Flunkerbrunenfest").get_json()
    facets = client.get("/api/search").get_json()["facets"]
    similar = client.get("/api/search?q=Mietpreisbremse&page_size=100").get_json()["hits"]
    pages = [client.get("/dokument/" + quote(h["id"], safe="")).get_data(as_text=True)
             for h in similar[:5] if h["id"] != doc_id]
    return {
        "total": search["total"],
        "suggestion": typo["suggestion"],
        "person_facet": PERSON in [v["value"] for v in facets["person"]],
        "person_page": client.get("/person/" + quote(PERSON, safe="")).status_code,
        "api_person": client.get("/api/people/" + quote(PERSON, safe="")).status_code,
        "document": client.get("/dokument/" + quote(doc_id, safe="")).status_code,
        "api_document": client.get("/api/documents/" + quote(doc_id, safe="")).status_code,
        "feed": "<entry>" in client.get(f"/feed.atom?q={WORD}").get_data(as_text=True)
        or "Sommerfest" in client.get("/feed.atom").get_data(as_text=True),
        "csv": "Sommerfest" in client.get("/export.csv").get_data(as_text=True),
        "similar": any("Sommerfest" in page for page in pages),
    }


def test_a_document_made_internal_leaves_the_public_view_with_the_next_commit(
    tmp_path: Path,
) -> None:
    folder = write_corpus(tmp_path / "docs")
    path = write_changing(folder)
    store = IndexStore(tmp_path / "index")
    assert index_paths(store, [folder], IndexOptions()).ok
    add_user(tmp_path / "index", "anna", PASSWORD)
    app = create_app({"INDEX_DIR": str(tmp_path / "index")})
    client = app.test_client()
    doc_id = file_id(path)
    before = public_view(client, doc_id)  # fills the caches of this generation
    assert before["total"] == 1 and before["person_facet"] and before["document"] == 200
    assert before["suggestion"] == "Flunkerbrunnenfest"

    Path(f"{path}.meta.yaml").write_text("sichtbarkeit: mitglieder\n", encoding="utf-8")
    assert index_paths(store, [folder], IndexOptions()).ok
    after = public_view(client, doc_id)
    assert after == {
        "total": 0, "suggestion": None, "person_facet": False, "person_page": 404,
        "api_person": 404, "document": 404, "api_document": 404, "feed": False, "csv": False,
        "similar": False,
    }
    seen = client.get(f"/api/search?q={WORD}", headers=member()).get_json()
    assert seen["total"] == 1

    Path(f"{path}.meta.yaml").write_text("visibility: öffentlich\n", encoding="utf-8")
    assert index_paths(store, [folder], IndexOptions()).ok
    assert public_view(client, doc_id)["total"] == 1


def test_nothing_leaks_while_reindex_rebuilds(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "docs")
    write_internal(folder)
    store = IndexStore(tmp_path / "index")
    assert index_paths(store, [folder], IndexOptions()).ok
    app = create_app({"INDEX_DIR": str(tmp_path / "index")})
    pinned = create_app({"INDEX_DIR": str(tmp_path / "index")})
    pinned.extensions["search"] = pinned_service(tmp_path / "index")
    urls = [
        "/api/search?q=Schatzkistenrevision", "/api/search?q=Schatzkistenrevison",
        "/?q=Murmeltierkataster", "/api/search", "/person/" + quote(SECRET_PERSON, safe=""),
        "/feed.atom", "/export.csv?q=Mietpreisbremse",
    ]
    env = {**os.environ, "PARTEISUCHE_INDEX_NICE": "0"}
    errors = tmp_path / "reindex.err"
    with errors.open("wb") as err:
        process = subprocess.Popen(
            [*CLI, "reindex", "--index", str(tmp_path / "index"), "--procs", "1", "-q"],
            stdout=subprocess.DEVNULL, stderr=err, env=env,
        )
    rounds = 0
    try:
        while process.poll() is None or rounds < 2:
            for current in (app, pinned):
                client = current.test_client()
                for url in urls:
                    body = client.get(url).get_data(as_text=True)
                    asked = unquote(url).lower()  # pages echo what was asked
                    found = [m for m in MARKERS if m in body and m.lower() not in asked]
                    assert not found, (url, found)
            Reloader(pinned).check()
            rounds += 1
            time.sleep(0.05)
    finally:
        process.wait(timeout=600)
    assert process.returncode == 0, errors.read_text(encoding="utf-8")
    assert rounds >= 2
    assert store.manifest().data != "data-0001"  # the rebuild was published meanwhile


# --- the command line ---------------------------------------------------------------------------


def test_users_add_list_remove(tmp_path: Path, runner: CliRunner) -> None:
    index = str(tmp_path / "index")
    added = runner.invoke(cli, ["users", "add", "anna", "--index", index, "--password-stdin"],
                          input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    again = runner.invoke(cli, ["users", "add", "anna", "--index", index, "--password-stdin"],
                          input=PASSWORD + "-2\n")
    assert "new password for anna" in again.output
    short = runner.invoke(cli, ["users", "add", "bert", "--index", index, "--password-stdin"],
                          input="kurz\n")
    assert short.exit_code == 1 and "too short" in short.output
    colon = runner.invoke(cli, ["users", "add", "a:b", "--index", index, "--password-stdin"],
                          input=PASSWORD + "\n")
    assert colon.exit_code == 1
    listed = runner.invoke(cli, ["users", "list", "--index", index, "--json"])
    assert [json.loads(line)["name"] for line in listed.output.splitlines()] == ["anna"]
    stored = (tmp_path / "index" / "users.json").read_text(encoding="utf-8")
    assert PASSWORD not in stored and "$argon2id$" in stored
    assert stat.S_IMODE((tmp_path / "index" / "users.json").stat().st_mode) == 0o600
    assert runner.invoke(cli, ["users", "remove", "anna", "--index", index]).exit_code == 0
    gone = runner.invoke(cli, ["users", "remove", "anna", "--index", index])
    assert gone.exit_code == 1 and "no user 'anna'" in gone.output
    assert runner.invoke(cli, ["users", "list", "--index", index]).output == ""


def test_index_visibility_flag_set_and_the_cli_sees_everything(
    tmp_path: Path, runner: CliRunner
) -> None:
    folder = write_corpus(tmp_path / "docs")
    intern = tmp_path / "intern"
    intern.mkdir()
    (intern / "protokoll.txt").write_text(
        f"Protokoll des Vorstands\n\nDas {WORD} wird vorbereitet.\n", encoding="utf-8")
    index = str(tmp_path / "index")
    assert runner.invoke(cli, ["index", "--index", index, "-q", str(folder)]).exit_code == 0
    flagged = runner.invoke(cli, ["index", "--index", index, "-q", "--visibility", "mitglieder",
                                  str(intern)])
    assert flagged.exit_code == 0, flagged.output
    wrong = runner.invoke(cli, ["index", "--index", index, "--visibility", "geheim", str(intern)])
    assert wrong.exit_code == 2
    found = runner.invoke(cli, ["search", WORD, "--index", index, "--json"])
    assert json.loads(found.output)["total"] == 1  # the CLI runs as the index's owner
    client = create_app({"INDEX_DIR": index}).test_client()
    assert client.get(f"/api/search?q={WORD}").get_json()["total"] == 0

    doc_id = file_id(intern / "protokoll.txt")
    published = runner.invoke(cli, ["set", doc_id, "visibility=öffentlich", "--index", index])
    assert published.exit_code == 0, published.output
    assert client.get(f"/api/search?q={WORD}").get_json()["total"] == 1
    assert client.get("/api/documents/" + doc_id).get_json()["visibility"] == "öffentlich"
    hidden = runner.invoke(cli, ["set", doc_id, "visibility=intern", "--index", index])
    assert hidden.exit_code == 0, hidden.output
    assert client.get(f"/api/search?q={WORD}").get_json()["total"] == 0


def test_an_unreadable_visibility_fails_closed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(f"---\nsichtbarkeit: mitgleider\n---\n{WORD}\n",
                                 encoding="utf-8")
    assert index_paths(IndexStore(tmp_path / "index"), [folder], IndexOptions()).ok
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    assert client.get(f"/api/search?q={WORD}").get_json()["total"] == 0


@pytest.mark.parametrize("key", ["visibility", "sichtbarkeit", "Sichtbarkeit"])
def test_the_visibility_keys(key: str) -> None:
    from indexer.given import given_metadata, split_known

    given = given_metadata({key: "Mitglieder", "partei": "SPD"})
    kept, ignored = split_known(given)
    assert kept["visibility"] == "mitglieder" and not ignored
    kept, ignored = split_known(given_metadata({key: "public"}))
    assert kept["visibility"] == "öffentlich"
    kept, ignored = split_known(given_metadata({key: "vielleicht"}))
    assert kept["visibility"] == "mitglieder" and ignored == {"visibility": "vielleicht"}




def test_a_removed_internal_documents_words_are_not_suggested(tmp_path: Path,
                                                               runner: CliRunner) -> None:
    folder = write_corpus(tmp_path / "docs")
    intern = tmp_path / "intern"
    intern.mkdir()
    (intern / "notiz.txt").write_text(f"Notiz\n\nDas {WORD} bleibt intern.\n", encoding="utf-8")
    index = str(tmp_path / "index")
    assert runner.invoke(cli, ["index", "--index", index, "-q", str(folder)]).exit_code == 0
    assert runner.invoke(cli, ["index", "--index", index, "-q", "--visibility", "mitglieder",
                               str(intern)]).exit_code == 0
    removed = runner.invoke(cli, ["remove", "--index", index, str(intern / "notiz.txt")])
    assert removed.exit_code == 0, removed.output
    client = create_app({"INDEX_DIR": index}).test_client()
    data = client.get("/api/search?q=Flunkerbrunenfest").get_json()
    assert data["total"] == 0 and data["suggestion"] is None
