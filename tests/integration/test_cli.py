"""The CLI end to end through click's runner, on real files and a real index on disk."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from indexer.engine.store import MANIFEST, IndexStore
from indexer.ingest.pipeline import file_id
from webapp.cli import cli

CANDIDACY = (
    "Bewerbung um das Direktmandat im Wahlkreis Musterstadt\n\n"
    "Liebe Genossinnen und Genossen,\nhiermit bewerbe ich mich um das Direktmandat. "
    "Mir geht es um bezahlbare Mieten und eine Mindestlohnerhöhung.\n"
)


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def index_json(runner: CliRunner, index_dir: Path, *args: str) -> tuple[int, dict[str, object]]:
    result = run(runner, "index", "--index", str(index_dir), "--json", *args)
    return result.exit_code, json.loads(result.stdout)


def search_json(runner: CliRunner, index_dir: Path, *args: str) -> dict[str, object]:
    result = run(runner, "search", "--index", str(index_dir), "--json", *args)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def sources(runner: CliRunner, index_dir: Path) -> dict[str, str]:
    """Each indexed document's id and the source shown for it (from ``list --json``)."""
    listed = run(runner, "list", "--index", index_dir, "--json").stdout.splitlines()
    return {row["id"]: row["source"] for row in map(json.loads, listed)}


def ids(data: dict[str, object]) -> list[str]:
    hits = data["hits"]
    assert isinstance(hits, list)
    return [h["id"] for h in hits]


@pytest.fixture
def corpus(docs: Path) -> Path:
    write(docs, "a.txt", CANDIDACY)
    write(docs, "sub/b.md",
          "---\ntitle: Antrag B\nparty: Grüne\ndate: 2023-05\n---\nText über Radwege.\n")
    write(docs, "c.txt", "Pressemitteilung zur Mietpreisbremse.\n")
    return docs


def test_index_twice_changes_nothing(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    code, first = index_json(runner, index_dir, str(corpus))
    assert code == 0 and (first["added"], first["unchanged"]) == (3, 0)
    code, second = index_json(runner, index_dir, str(corpus))
    assert code == 0
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 3)
    stats = json.loads(run(runner, "stats", "--index", index_dir, "--json").stdout)
    assert stats["documents"] == 3


def test_editing_a_file_updates_exactly_one_document(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    write(corpus, "c.txt", "Pressemitteilung: neue Fassung zur Kindergrundsicherung.\n")
    code, summary = index_json(runner, index_dir, str(corpus))
    assert code == 0 and (summary["added"], summary["updated"], summary["unchanged"]) == (0, 1, 2)
    found = search_json(runner, index_dir, "Kindergrundsicherung")
    assert ids(found) == [file_id(corpus / "c.txt")]
    assert search_json(runner, index_dir, "Mietpreisbremse")["total"] == 0


def test_ids_name_the_file_and_hash_its_resolved_path(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    listed = run(runner, "list", "--index", index_dir, "--json").stdout.splitlines()
    found = sorted(json.loads(line)["id"] for line in listed)
    assert found == sorted(file_id(corpus / name) for name in ("a.txt", "c.txt", "sub/b.md"))
    assert [i.split("-")[0] for i in found] == ["a", "b", "c"]
    assert all(i.endswith((".txt", ".md")) for i in found)


def test_same_named_files_in_two_folders_are_two_documents(
    runner: CliRunner, docs: Path, index_dir: Path
) -> None:
    write(docs, "kvA/bewerbung.txt", "Bewerbung von Ada Wiesenthal-Korn um den Kreisvorsitz.\n")
    write(docs, "kvB/bewerbung.txt", "Bewerbung von Bruno Quellmalz um den Kreisvorsitz.\n")
    code, first = index_json(runner, index_dir, str(docs / "kvA"))
    assert code == 0 and first["added"] == 1
    code, second = index_json(runner, index_dir, str(docs / "kvB"))
    assert code == 0 and (second["added"], second["updated"]) == (1, 0)
    assert search_json(runner, index_dir, "Kreisvorsitz")["total"] == 2
    assert sorted(sources(runner, index_dir).values()) == ["kvA/bewerbung.txt", "kvB/bewerbung.txt"]


def test_id_does_not_depend_on_the_folder_or_path_form_given(
    runner: CliRunner, docs: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(docs, "dup/2025/bewerbung-x.txt", "Bewerbung von Carla Ostermeyer um den Ortsvorsitz.\n")
    (docs / "link").symlink_to(docs / "dup" / "2025", target_is_directory=True)
    monkeypatch.chdir(docs)
    forms = ["dup", "dup/2025", str(docs / "dup" / "2025"), "dup/2025/bewerbung-x.txt", "link"]
    for form in forms:
        code, summary = index_json(runner, index_dir, form)
        assert code == 0, form
    assert summary["unchanged"] == 1
    data = search_json(runner, index_dir, "Ortsvorsitz")
    assert data["total"] == 1 and ids(data) == [file_id(docs / "dup/2025/bewerbung-x.txt")]


def test_a_moved_file_keeps_its_id_and_prune_keeps_it(
    runner: CliRunner, docs: Path, index_dir: Path
) -> None:
    old = write(docs, "2024/bewerbung.txt", "Bewerbung von Dora Vielhaber um den Landesvorsitz.\n")
    index_json(runner, index_dir, str(docs))
    permalink = file_id(old)
    new = docs / "archiv" / "2024" / "bewerbung.txt"
    new.parent.mkdir(parents=True)
    old.rename(new)
    code, summary = index_json(runner, index_dir, "--prune", str(docs))
    assert code == 0 and (summary["added"], summary["moved"], summary["removed"]) == (0, 1, 0)
    data = search_json(runner, index_dir, "Landesvorsitz")
    assert ids(data) == [permalink]
    assert sources(runner, index_dir) == {permalink: "docs/archiv/2024/bewerbung.txt"}


def test_a_copy_beside_its_original_is_a_document_of_its_own(
    runner: CliRunner, docs: Path, index_dir: Path
) -> None:
    text = "Bewerbung von Emil Rautenberg um einen Listenplatz.\n"
    write(docs, "a/bewerbung.txt", text)
    index_json(runner, index_dir, str(docs))
    write(docs, "b/bewerbung.txt", text)
    code, summary = index_json(runner, index_dir, str(docs))
    assert (summary["added"], summary["moved"]) == (1, 0)
    assert search_json(runner, index_dir, "Listenplatz")["total"] == 2


def test_same_file_through_another_root_is_not_duplicated(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    write(corpus, "sub/b.md", "---\ntitle: Antrag B\n---\nGeänderter Text über Radwege.\n")
    index_json(runner, index_dir, str(corpus / "sub" / "b.md"))
    data = search_json(runner, index_dir, "Radwege")
    assert data["total"] == 1


def test_prune_removes_vanished_files(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    index_json(runner, index_dir, str(corpus))
    (corpus / "a.txt").unlink()
    code, summary = index_json(runner, index_dir, str(corpus))
    assert summary["removed"] == 0
    code, summary = index_json(runner, index_dir, "--prune", str(corpus))
    assert code == 0 and summary["removed"] == 1
    assert search_json(runner, index_dir, "Direktmandat")["total"] == 0


def test_remove_by_id_and_by_path(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    index_json(runner, index_dir, str(corpus))
    assert run(runner, "remove", "--index", index_dir, file_id(corpus / "a.txt")).exit_code == 0
    result = run(runner, "remove", "--index", index_dir, str(corpus / "sub"))
    assert result.exit_code == 0 and "1 removed" in result.stdout
    result = run(runner, "remove", "--index", index_dir, "gibt-es-nicht")
    assert result.exit_code == 1 and "not in the index: gibt-es-nicht" in result.output
    stats = json.loads(run(runner, "stats", "--index", index_dir, "--json").stdout)
    assert stats["documents"] == 1


def test_bad_files_are_listed_and_the_batch_goes_on(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    (corpus / "leer.txt").write_bytes(b"")
    (corpus / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (corpus / "binaer.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "kaputt.pdf").write_bytes(b"%PDF-1.4 kaputt")
    write(corpus, "bulk.jsonl", '{"id": "j1", "text": "Gut"}\n{nope\n')
    code, summary = index_json(runner, index_dir, str(corpus))
    assert code == 1
    assert summary["added"] == 4
    reasons = {(Path(f["path"]).name, f["line"]): f["reason"] for f in summary["failures"]}
    assert reasons[("leer.txt", None)] == "empty file"
    assert "unsupported file type '.png'" in reasons[("bild.png", None)]
    assert "binary" in reasons[("binaer.txt", None)]
    assert "PDF" in reasons[("kaputt.pdf", None)]
    assert reasons[("bulk.jsonl", 2)].startswith("invalid JSON")


def test_human_summary_lists_failures_on_stderr(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    (corpus / "leer.txt").write_bytes(b"")
    result = run(runner, "index", "--index", index_dir, corpus)
    assert result.exit_code == 1
    assert "3 added, 0 updated, 0 unchanged, 0 removed, 1 failed" in result.stdout
    assert f"failed: {corpus / 'leer.txt'}: empty file" in result.stderr


def test_missing_path_is_reported(runner: CliRunner, index_dir: Path, tmp_path: Path) -> None:
    code, summary = index_json(runner, index_dir, str(tmp_path / "fehlt"))
    assert code == 1 and summary["failures"][0]["reason"] == "no such file or folder"


def test_second_writer_waits_then_fails_clearly(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    holding = threading.Event()
    release = threading.Event()

    def hold_lock() -> None:
        with IndexStore(index_dir).locked(wait=0):
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert holding.wait(5)
        result = runner.invoke(cli, ["index", "--index", str(index_dir), "--wait", "0.3",
                                     str(corpus)])
        assert result.exit_code == 5  # index busy
        assert "Another parteisuche process" in result.output
        assert "Waited 0.3 s" in result.output and "--wait SECONDS" in result.output
        assert "Traceback" not in result.output
    finally:
        release.set()
        holder.join()
    code, _ = index_json(runner, index_dir, "--wait", "2", str(corpus))
    assert code == 0


def test_outdated_schema_asks_for_reindex(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    manifest = index_dir / MANIFEST
    data = json.loads(manifest.read_text())
    data["schema_version"] = 0
    manifest.write_text(json.dumps(data))
    result = run(runner, "search", "--index", index_dir, "Direktmandat")
    assert result.exit_code == 1 and "Run `parteisuche reindex`" in result.output
    check = run(runner, "check", "--index", index_dir)
    assert check.exit_code == 3
    result = run(runner, "reindex", "--index", index_dir, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["added"] == 3
    assert run(runner, "check", "--index", index_dir).exit_code == 0
    assert ids(search_json(runner, index_dir, "Direktmandat")) == [file_id(corpus / "a.txt")]


def test_check_reports_missing_index(runner: CliRunner, index_dir: Path) -> None:
    result = run(runner, "check", "--index", index_dir)
    assert result.exit_code == 4 and "No index at" in result.output


def test_check_healthy_json(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    index_json(runner, index_dir, str(corpus))
    report = json.loads(run(runner, "check", "--index", index_dir, "--json").stdout)
    assert report["healthy"] is True and report["documents"] == 3


def test_index_location_from_environment(
    runner: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTEISUCHE_INDEX", str(tmp_path / "env-index"))
    assert run(runner, "index", "-q", corpus).exit_code == 0
    assert (tmp_path / "env-index" / MANIFEST).is_file()


def test_search_json_contract(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    index_json(runner, index_dir, str(corpus))
    data = search_json(runner, index_dir, "Direktmandat")
    assert {"query", "total", "hits", "facets"} <= set(data)
    assert data["query"] == "Direktmandat" and data["total"] == 1
    (hit,) = data["hits"]  # type: ignore[misc]
    assert {"id", "score", "title", "person", "office", "region", "party", "date",
            "snippet"} <= set(hit)
    assert "<mark>Direktmandat</mark>" in hit["snippet"]
    facets = data["facets"]
    assert isinstance(facets, dict)
    assert {"person", "office", "region", "party"} <= set(facets)


def test_search_filters_and_dates(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    index_json(runner, index_dir, str(corpus))
    data = search_json(runner, index_dir, "--filter", "party=Bündnis 90/Die Grünen")
    assert ids(data) == [file_id(corpus / "sub/b.md")]
    assert search_json(runner, index_dir, "--from", "2023-05-10")["total"] == 1
    assert search_json(runner, index_dir, "--to", "2023-04")["total"] == 0
    year_facet = search_json(runner, index_dir, "--from", "2000")["facets"]["year"]  # type: ignore[index]
    assert {"value": "2023", "count": 1, "selected": False} in year_facet


def test_search_rejects_bad_input_without_traceback(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    result = run(runner, "search", "--index", index_dir, "--filter", "farbe=rot", "x")
    assert result.exit_code == 2 and "unknown field 'farbe'" in result.output
    result = run(runner, "search", "--index", index_dir, "--from", "gestern", "x")
    assert result.exit_code == 1 and "ungültig" in result.output
    result = run(runner, "search", "--index", index_dir, '"unbalanced (quote AND')
    assert result.exit_code == 0


def test_batch_queries(runner: CliRunner, corpus: Path, index_dir: Path, tmp_path: Path) -> None:
    index_json(runner, index_dir, str(corpus))
    queries = tmp_path / "q.tsv"
    queries.write_text("qid\tquery\tkind\nq1\tDirektmandat\tkeyword\nq2\tRadwege\tkeyword\n")
    result = run(runner, "search", "--index", index_dir, "--queries", queries, "--limit", "5",
                 "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["qid"], x["total"], [h["id"] for h in x["hits"]]) for x in lines] == [
        ("q1", 1, [file_id(corpus / "a.txt")]),
        ("q2", 1, [file_id(corpus / "sub/b.md")]),
    ]
    assert all(isinstance(x["took_ms"], float) and x["hits"][0]["score"] > 0 for x in lines)


def test_extract_prints_one_json_line_per_file(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    result = run(runner, "extract", "--json", corpus / "sub" / "b.md", corpus / "a.txt")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(corpus / "sub" / "b.md"), str(corpus / "a.txt")]
    assert rows[0]["party"] == "Bündnis 90/Die Grünen" and rows[0]["date"] == "2023-05"
    assert rows[0]["provenance"]["date"]["origin"] == "document"
    assert not index_dir.exists()


def test_metadata_precedence(runner: CliRunner, docs: Path, index_dir: Path) -> None:
    write(docs, "k.md", "---\nparty: SPD\ndate: 2021-01-01\nperson: Front Matter\n---\nText.\n")
    write(docs, "k.meta.yaml", "party: CDU\nperson: Side Car\n")
    result = run(runner, "extract", "--json", docs / "k.md")
    row = json.loads(result.stdout)
    assert (row["party"], row["person"], row["date"]) == ("CDU", "Side Car", "2021-01-01")
    assert row["provenance"]["party"]["origin"] == "sidecar"
    assert row["provenance"]["date"]["origin"] == "document"
    run(runner, "index", "--index", index_dir, "-q", "--party", "FDP", docs)
    data = search_json(runner, index_dir, "Text")
    hit = data["hits"][0]  # type: ignore[index]
    assert (hit["party"], hit["person"]) == ("FDP", "Side Car")


def test_cli_flag_with_invalid_date(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    result = run(runner, "index", "--index", index_dir, "--date", "morgen", corpus)
    assert result.exit_code == 2 and "'morgen' is not a valid value" in result.output


def test_every_command_documents_an_example() -> None:
    for name, command in cli.commands.items():
        assert command.help and "Example:" in command.help, name


def test_index_runs_lower_their_priority() -> None:
    """``--nice`` (default 10) lowers the CPU priority of the indexing process and its workers."""
    import multiprocessing

    from webapp.cli import _lower_priority

    def child(queue: multiprocessing.Queue[tuple[int, int]]) -> None:
        before = os.nice(0)
        _lower_priority(3)
        queue.put((before, os.nice(0)))

    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[tuple[int, int]] = context.Queue()
    process = context.Process(target=child, args=(queue,))
    process.start()
    process.join(10)
    before, after = queue.get(timeout=5)
    assert after == min(before + 3, 19) and before < 19


def test_nice_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["index", str(tmp_path), "--index", str(tmp_path / "i"),
                                      "--nice", "25"])
    assert result.exit_code == 2 and "--nice" in result.output


def test_remove_and_optimize_take_json_and_quiet(
    runner: CliRunner, corpus: Path, index_dir: Path
) -> None:
    index_json(runner, index_dir, str(corpus))
    result = run(runner, "remove", "--index", index_dir, "--json",
                 file_id(corpus / "a.txt"), "gibt-es-nicht")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"removed": 1, "missing": ["gibt-es-nicht"]}
    result = run(runner, "optimize", "--index", index_dir, "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == {"segments": 1}
    quiet = run(runner, "remove", "--index", index_dir, "--quiet", str(corpus / "sub"))
    assert quiet.exit_code == 0 and quiet.stdout == ""
    assert run(runner, "optimize", "--index", index_dir, "-q").stdout == ""
