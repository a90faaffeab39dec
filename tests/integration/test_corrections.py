"""Corrections that last and folder defaults, through the CLI runner and the Flask test client
(fictional people only)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from indexer.ingest.corrections import CORRECTIONS
from indexer.ingest.pipeline import file_id
from webapp import create_app
from webapp.cli import cli

BID = (
    "Liebe Genossinnen und Genossen,\n\nmein Name ist Mira Feldhuber und ich bewerbe mich als "
    "Landesvorsitzende für den Landesverband Sachsen-Anhalt.\n"
)
OTHER = "Pressemitteilung des Kreisverbands Musterstadt zur Haushaltsdebatte 2024.\n"


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def stored(runner: CliRunner, index_dir: Path, doc_id: str) -> dict[str, Any]:
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    response = app.test_client().get(f"/api/documents/{doc_id}")
    assert response.status_code == 200, response.get_data(as_text=True)
    data: dict[str, Any] = response.get_json()
    return data


@pytest.fixture
def corpus(docs: Path) -> Path:
    (docs / "lpt").mkdir()
    (docs / "lpt" / "bewerbung.txt").write_text(BID, encoding="utf-8")
    (docs / "pm.txt").write_text(OTHER, encoding="utf-8")
    return docs


@pytest.fixture
def indexed(runner: CliRunner, corpus: Path, index_dir: Path) -> str:
    result = run(runner, "index", corpus, "--index", index_dir, "--procs", "1", "-q")
    assert result.exit_code == 0, result.output
    return file_id(corpus / "lpt" / "bewerbung.txt")


def meta(data: dict[str, Any], name: str) -> tuple[Any, Any]:
    info = data["metadata"].get(name) or {}
    return info.get("value"), info.get("origin")


def test_set_takes_effect_at_once_and_shows_who_and_when(
    runner: CliRunner, index_dir: Path, indexed: str
) -> None:
    result = run(runner, "set", indexed, "office=stellvertretende Landesvorsitzende",
                 "party=Die Linke", "--by", "anna", "--index", index_dir)
    assert result.exit_code == 0, result.output
    assert result.output == f"{indexed}: set office, party\n"
    data = stored(runner, index_dir, indexed)
    assert meta(data, "office") == (["stellv. Landesvorsitzender"], "correction")
    assert data["metadata"]["office"]["by"] == "anna"
    assert data["metadata"]["office"]["at"].startswith("20")
    assert meta(data, "person") == (["Mira Feldhuber"], "extracted")
    found = json.loads(run(runner, "search", "--filter", "office=stellv. Landesvorsitzender",
                           "--index", index_dir, "--json").output)
    assert [h["id"] for h in found["hits"]] == [indexed]
    html = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client().get(
        f"/dokument/{indexed}").get_data(as_text=True)
    assert "korrigiert von anna am " in html and "stellv. Landesvorsitz" in html
    assert "Landesvorsitzender" not in html.split('id="volltext"')[0]


def test_corrections_survive_index_force_and_reindex(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    run(runner, "set", indexed, "date=2024-09-07", "--index", index_dir)
    again = run(runner, "index", corpus, "--index", index_dir, "--force", "--procs", "1",
                "--json")
    assert json.loads(again.output)["updated"] == 2
    assert meta(stored(runner, index_dir, indexed), "date") == ("2024-09-07", "correction")
    assert run(runner, "reindex", "--index", index_dir, "-q").exit_code == 0
    assert meta(stored(runner, index_dir, indexed), "date") == ("2024-09-07", "correction")
    assert (index_dir / CORRECTIONS).is_file()


def test_a_correction_makes_the_next_index_reprocess_only_that_file(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    run(runner, "set", indexed, "region=Magdeburg", "--index", index_dir)
    summary = json.loads(run(runner, "index", corpus, "--index", index_dir, "--json").output)
    assert (summary["updated"], summary["unchanged"]) == (0, 2)  # set already wrote it


def test_repeated_set_is_idempotent(runner: CliRunner, index_dir: Path, indexed: str) -> None:
    run(runner, "set", indexed, "party=SPD", "--by", "anna", "--index", index_dir)
    before = (index_dir / CORRECTIONS).read_text(encoding="utf-8")
    result = run(runner, "set", indexed, "party=SPD", "--by", "ben", "--index", index_dir)
    assert result.exit_code == 0 and result.output == f"{indexed}: nothing to change\n"
    assert (index_dir / CORRECTIONS).read_text(encoding="utf-8") == before


def test_unset_falls_back_to_the_next_layer(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    (corpus / "lpt" / "_meta.yaml").write_text("party: Die Linke\n", encoding="utf-8")
    run(runner, "index", corpus, "--index", index_dir, "-q")
    assert meta(stored(runner, index_dir, indexed), "party") == (["Die Linke"], "folder")
    run(runner, "set", indexed, "party=SPD", "--index", index_dir)
    assert meta(stored(runner, index_dir, indexed), "party") == (["SPD"], "correction")
    result = run(runner, "unset", indexed, "party", "--index", index_dir, "--json")
    assert json.loads(result.output)["changed"] == ["party"]
    assert meta(stored(runner, index_dir, indexed), "party") == (["Die Linke"], "folder")
    nothing = run(runner, "unset", indexed, "party", "--index", index_dir)
    assert nothing.output == f"{indexed}: nothing to change\n"


def test_several_persons(runner: CliRunner, index_dir: Path, indexed: str) -> None:
    run(runner, "set", indexed, "person=Mira Feldhuber; Jonas Quast", "--index", index_dir)
    assert meta(stored(runner, index_dir, indexed), "person")[0] == [
        "Mira Feldhuber", "Jonas Quast"
    ]
    run(runner, "set", indexed, "person=Ilka Brehm", "person=Ole Brandtner", "--index", index_dir)
    assert meta(stored(runner, index_dir, indexed), "person")[0] == ["Ilka Brehm", "Ole Brandtner"]


def test_errors_are_clear(runner: CliRunner, index_dir: Path, indexed: str) -> None:
    unknown = run(runner, "set", "gibt-es-nicht.txt", "party=SPD", "--index", index_dir)
    assert unknown.exit_code == 1
    assert unknown.output == (
        "Error: No document with the id 'gibt-es-nicht.txt' in the index; "
        "`parteisuche list` shows the ids.\n"
    )
    field = run(runner, "set", indexed, "farbe=rot", "--index", index_dir)
    assert field.exit_code == 2
    assert ("Invalid value for FIELD: unknown field 'farbe'; fields: person, office, region, "
            "bundesland, party, date, doc_type") in field.output
    office = run(runner, "set", indexed, "office=Quatsch", "--index", index_dir)
    assert office.exit_code == 2
    assert "'Quatsch' is not a known value; allowed: Direktkandidat Bundestag," in office.output
    malformed = run(runner, "set", indexed, "party", "--index", index_dir)
    assert malformed.exit_code == 2 and "'party': expected FIELD=VALUE" in malformed.output
    assert run(runner, "unset", indexed, "farbe", "--index", index_dir).exit_code == 2
    assert not (index_dir / CORRECTIONS).exists()  # nothing was stored by the failed calls


def test_a_later_index_flag_wins_and_a_later_correction_wins_on_reindex(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    run(runner, "set", indexed, "party=SPD", "--index", index_dir)
    run(runner, "index", corpus, "--index", index_dir, "--party", "FDP", "-q")
    assert meta(stored(runner, index_dir, indexed), "party") == (["FDP"], "cli")
    run(runner, "reindex", "--index", index_dir, "-q")
    assert meta(stored(runner, index_dir, indexed), "party") == (["FDP"], "cli")
    run(runner, "set", indexed, "party=Die Linke", "--index", index_dir)
    assert meta(stored(runner, index_dir, indexed), "party") == (["Die Linke"], "correction")
    run(runner, "reindex", "--index", index_dir, "-q")
    assert meta(stored(runner, index_dir, indexed), "party") == (["Die Linke"], "correction")


def test_set_and_unset_when_the_file_is_gone(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    """The stored document is rewritten: set changes only the corrected field, and unset
    extracts the field again from the stored text."""
    before = stored(runner, index_dir, indexed)
    (corpus / "lpt" / "bewerbung.txt").unlink()
    result = run(runner, "set", indexed, "office=Kreisvorsitz", "--index", index_dir, "--json")
    assert json.loads(result.output)["rewritten_from"] == "stored"
    after = stored(runner, index_dir, indexed)
    assert meta(after, "office") == (["Kreisvorsitzender"], "correction")
    assert after["text"] == before["text"] and meta(after, "person") == meta(before, "person")
    run(runner, "unset", indexed, "office", "--index", index_dir)
    assert meta(stored(runner, index_dir, indexed), "office") == meta(before, "office")


def test_folder_defaults_through_the_cli(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    (corpus / "lpt" / "_meta.yaml").write_text("party: Die Linke\ndate: 2024-09-07\n", "utf-8")
    summary = json.loads(run(runner, "index", corpus, "--index", index_dir, "--json").output)
    assert (summary["updated"], summary["unchanged"], summary["added"]) == (1, 1, 0)
    data = stored(runner, index_dir, indexed)
    assert meta(data, "date") == ("2024-09-07", "folder")
    html = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client().get(
        f"/dokument/{indexed}").get_data(as_text=True)
    assert "angegeben (Ordner)" in html
    (corpus / "lpt" / "_meta.yaml").write_text("party: [kaputt\n", encoding="utf-8")
    broken = run(runner, "index", corpus, "--index", index_dir, "--json")
    assert broken.exit_code == 1
    failures = json.loads(broken.output)["failures"]
    assert len(failures) == 1 and "bewerbung.txt" in failures[0]["path"]
    assert "folder defaults" in failures[0]["reason"]


@pytest.mark.parametrize(("flag", "field"), [("--type", "doc_type"), ("--office", "office")])
def test_unknown_given_values_are_usage_errors(
    runner: CliRunner, corpus: Path, index_dir: Path, flag: str, field: str
) -> None:
    result = run(runner, "index", corpus, "--index", index_dir, flag, "Quatsch")
    assert result.exit_code == 2
    assert f"Invalid value for {flag}: 'Quatsch' is not a known value; allowed:" in result.output
    assert ("candidacy, press_release" if field == "doc_type" else "Landesvorsitzender") in (
        result.output
    )


def test_given_office_folds_through_the_cli(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    result = run(runner, "index", corpus / "pm.txt", "--index", index_dir,
                 "--office", "Bezirksvorsitzende", "--type", "Pressemitteilung")
    assert result.exit_code == 0, result.output
    data = stored(runner, index_dir, file_id(corpus / "pm.txt"))
    assert meta(data, "office") == (["Bezirksvorsitzender"], "cli")
    assert meta(data, "doc_type") == (["press_release"], "cli")


def test_reindex_after_calls_with_other_flags_writes_each_document_once(
    runner: CliRunner, corpus: Path, index_dir: Path, indexed: str
) -> None:
    run(runner, "index", corpus, "--index", index_dir, "--party", "FDP", "-q")
    run(runner, "reindex", "--index", index_dir, "-q")
    listed = run(runner, "list", "--index", index_dir, "--json").output.splitlines()
    assert sorted(json.loads(line)["id"] for line in listed) == sorted(
        [indexed, file_id(corpus / "pm.txt")]
    )
    assert meta(stored(runner, index_dir, indexed), "party") == (["FDP"], "cli")


def test_extract_applies_folder_defaults_and_reports_ignored_values(
    runner: CliRunner, docs: Path
) -> None:
    (docs / "_meta.yaml").write_text("party: Die Linke\noffice: Quatsch\n", encoding="utf-8")
    (docs / "post.md").write_text("---\ntype: posts\nlayout: post\n---\n" + BID, encoding="utf-8")
    result = run(runner, "extract", "--json", docs)
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.output.splitlines()]  # _meta.yaml is no doc
    assert row["party"] == "Die Linke" and row["provenance"]["party"]["origin"] == "folder"
    assert row["doc_type"] != "posts" and row["office"] != "Quatsch"
    assert row["ignored"] == {
        "office": {"value": "Quatsch", "origin": "folder"},
        "doc_type": {"value": "posts", "origin": "document"},
    }
