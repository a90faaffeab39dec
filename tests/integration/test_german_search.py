"""End to end through the project's store and search service: the examples of issue 3.

Fixture documents are fictional speeches written here; the index is built with the project's
own schema and field mapping (``to_fields``), and searched like the CLI and the web app do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.engine.documents import to_fields
from indexer.engine.store import IndexStore
from indexer.models import Document, MetaValue
from indexer.search import SearchRequest, SearchService

SPEECHES = {
    "erhoehung": ("Mindestlohn", "Die Mindestlohnerhöhung auf 15 Euro kommt 2026.",
                  "Greta Sommerfeld", "SPD"),
    "buergergeld": ("Grundsicherung", "Das Bürgergeld muss reformiert werden.",
                    "Bruno Kaltenbach", "CDU/CSU"),
    "bundestagsabg": ("Diäten", "Jeder Bundestagsabgeordnete erhält eine Kostenpauschale.",
                      "Sören Feldmann", "Die Linke"),
    "abgeordneter": ("Immunität", "Ein Abgeordneter genießt Immunität.",
                     "Ilse Wendrich", "FDP"),
    "zitat": ("Zeitenwende", "Er sagte: „Wir stehen an einer Zeitenwende.“ Das bleibt.",
              "Otto Brenner", "SPD"),
    "verdreht": ("Wende", "Eine Wende? Wir stehen fest. Zeitenwende nannte er es.",
                 "Ilse Wendrich", "FDP"),
    "gender": ("Beteiligung", "Die Bürger*innen in Leipzig-Süd wurden befragt.",
               "Greta Sommerfeld", "SPD"),
    "lohn": ("Löhne", "Ein höherer Lohn hilft allen.", "Bruno Kaltenbach", "CDU/CSU"),
}  # fmt: skip


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    root = Path(tmp_path_factory.mktemp("german-search"))
    store = IndexStore(root)
    ix = store.create()
    writer = store.writer(ix)
    for doc_id, (title, text, person, party) in SPEECHES.items():
        doc = Document(
            doc_id=doc_id, title=title, text=text, source=f"test:{doc_id}",
            content_hash=doc_id,
            meta={"person": MetaValue(person, "cli"), "party": MetaValue(party, "cli"),
                  "date": MetaValue("2024-05-01", "cli")},
        )  # fmt: skip
        writer.add_document(**to_fields(doc))
    writer.commit()
    yield SearchService(store)


def search(service: SearchService, q: str) -> list[str]:
    result = service.search(SearchRequest(q=q, page_size=20, with_snippets=False))
    return [h.id for h in result.hits]


def test_mindestlohn_erhoehen_finds_mindestlohnerhoehung(service: SearchService) -> None:
    assert search(service, "Mindestlohn erhöhen")[0] == "erhoehung"


def test_lohn_finds_the_compound_but_prefers_the_word(service: SearchService) -> None:
    assert search(service, "Lohn")[:2] == ["lohn", "erhoehung"]


def test_buergergeld_without_umlaut(service: SearchService) -> None:
    assert search(service, "Buergergeld") == ["buergergeld"]


def test_abgeordnete_finds_compound_and_inflection(service: SearchService) -> None:
    assert set(search(service, "Abgeordnete")) == {"bundestagsabg", "abgeordneter"}


def test_quoted_phrase_matches_exactly(service: SearchService) -> None:
    assert search(service, '"an einer Zeitenwende"') == ["zitat"]
    assert search(service, "„Wir stehen an einer Zeitenwende“") == ["zitat"]


def test_unquoted_words_find_both(service: SearchService) -> None:
    assert set(search(service, "Wir stehen Zeitenwende")) >= {"zitat", "verdreht"}


def test_gender_and_hyphen_forms(service: SearchService) -> None:
    assert search(service, "Bürgerinnen")[0] == "gender"  # then "Bürgergeld", by its part
    assert search(service, "Leipzig") == ["gender"]
    assert search(service, "Leipzig-Süd") == ["gender"]


def test_field_syntax_through_search(service: SearchService) -> None:
    assert set(search(service, "partei:linke")) == {"bundestagsabg"}
    assert set(search(service, 'person:"Greta Sommerfeld" Mindestlohn')) == {"erhoehung"}


def test_suggestion_for_a_typo(service: SearchService) -> None:
    result = service.search(SearchRequest(q="Bürgergelt", with_snippets=False))
    assert [h.id for h in result.hits] == ["buergergeld"]
    assert result.suggestion == "Bürgergeld"


@pytest.mark.parametrize("q", ['"Zeitenwende', "ODER", "x" * 10_000, "((", "partei:"])
def test_malformed_query_gives_results_or_a_message(service: SearchService, q: str) -> None:
    result = service.search(SearchRequest(q=q, with_snippets=False))
    assert result.hits or result.notice


def test_cli_batch_mode(service: SearchService, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from webapp.cli import cli

    queries = tmp_path / "q.tsv"
    queries.write_text("qid\tquery\nq1\tBuergergeld\nq2\t\"an einer Zeitenwende\"\n",
                       encoding="utf-8")
    out = CliRunner().invoke(
        cli, ["search", "--index", str(service.store.root), "--queries", str(queries),
              "--limit", "5", "--json"],
    )  # fmt: skip
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["qid"], [h["id"] for h in r["hits"]]) for r in lines] == [
        ("q1", ["buergergeld"]), ("q2", ["zitat"]),
    ]  # fmt: skip
    assert all({"qid", "query", "total", "took_ms", "hits"} <= set(r) for r in lines)
