"""Field syntax goes through the canonical vocabularies: what people type meets what is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from webapp.cli import cli

RECORDS = [
    {"id": "rede", "text": "Rede zur Rente.", "type": "Rede", "region": "Kiel",
     "bundesland": "Schleswig-Holstein", "party": "SPD"},
    {"id": "pm", "text": "Pressemitteilung zur Rente.", "type": "Pressemitteilung",
     "region": "Dresden", "bundesland": "Sachsen", "party": "DIE LINKE."},
    {"id": "lv", "text": "Bewerbung zur Rente.", "type": "Bewerbung", "region": "Sachsen-Anhalt",
     "bundesland": "Sachsen-Anhalt", "office": "Landesvorsitzende", "party": "Linke"},
    {"id": "land", "text": "Beschluss zur Rente.", "type": "Beschluss", "region": "Sachsen",
     "bundesland": "Sachsen", "party": "Bündnis 90/Die Grünen"},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fields")
    bulk = root / "bulk.jsonl"
    bulk.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS))
    result = CliRunner().invoke(cli, ["index", "--index", str(root / "ix"), "-q", str(bulk)])
    assert result.exit_code == 0, result.output
    return root / "ix"


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("typ:Rede", {"rede"}),
        ("typ:speech", {"rede"}),
        ("typ:Pressemitteilung", {"pm"}),
        # a speech and a resolution are "other" documents too (the labelling rules' four types)
        ("typ:Sonstiges", {"rede", "land"}),
        ("typ:other", {"rede", "land"}),
        ("typ:Beschluss", {"land"}),
        ("amt:Landesvorsitz", {"lv"}),
        ("amt:Landesvorsitzender", {"lv"}),
        ("partei:linke", {"pm", "lv"}),
        ("partei:Grüne", {"land"}),
        ("region:Sachsen", {"pm", "land"}),
        ("region:sachsen-anhalt", {"lv"}),
        ("region:Dresden", {"pm"}),
        ("Rente region:Kiel", {"rede"}),
    ],
)
def test_field_values(index: Path, query: str, ids: set[str]) -> None:
    result = CliRunner().invoke(cli, ["search", "--index", str(index), "--json", query])
    data = json.loads(result.stdout)
    assert {h["id"] for h in data["hits"]} == ids, data.get("notice")


def test_unknown_value_says_so(index: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "--index", str(index), "--json", "partei:Zentrum"])
    data = json.loads(result.stdout)
    assert data["total"] == 0 and "Kein Dokument hat party" in data["notice"]


def test_finer_types_are_stored_after_their_base_type(index: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "--index", str(index), "--json", "Rente"])
    types = {h["id"]: h["doc_type"] for h in json.loads(result.stdout)["hits"]}
    assert types["rede"] == "other, speech" and types["land"] == "other, resolution"
    assert types["pm"] == "press_release" and types["lv"] == "candidacy"


def test_a_given_speech_is_read_as_a_speech(tmp_path: Path) -> None:
    """A sitting's record is a speech: the rules read it as one (a speech seeks no office,
    its opening words name no place), though its types are stored as "other" and "speech"."""
    record = {
        "id": "bt-1", "person": "Jorinde Quast", "party": "SPD", "date": "2024-03-14",
        "parliament": "Deutscher Bundestag", "session": 12,
        "text": "Meine Frage richtet sich an die Bundesregierung. Ich kandidiere als Landrat "
        "im Landkreis Harz, und ich frage: Wann kommt die Brücke?",
    }  # fmt: skip
    bulk = tmp_path / "reden.jsonl"
    bulk.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--json", str(bulk)])
    found = json.loads(result.stdout)
    assert found["doc_type"] == ["other", "speech"]
    assert found.get("office") is None and found.get("region") is None
    assert found.get("bundesland") is None  # the Landkreis it names in passing is no region
