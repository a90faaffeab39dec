"""``extract --json``: values in the facets only when sure enough; the rest shown as uncertain.

A field's top-level value is what goes into the facets: only values at least
``PARTEISUCHE_METADATA_MIN_CONFIDENCE`` sure. ``provenance`` always carries origin, evidence
and confidence; less certain values appear under ``uncertain``; a list announcement's nominees
under ``nominees``. The documents are fictional.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from webapp.cli import cli

BID = (
    "Liebe Genossinnen und Genossen,\n\n"
    "hiermit bewerbe ich mich um den Kreisvorsitz der SPD Barnim. Ich möchte, dass unser "
    "Kreisverband in jedem Dorf sichtbar ist.\n\n"
    "Solidarische Grüße\nJorinde Kesselbrink\n"
)
LIST = (
    "Unsere Landesliste zur Landtagswahl\n\n"
    "| Platz | Name              |\n| :---: | ----------------- |\n"
    "|   1   | Hedda Sommerkorn  |\n|   2   | Lasse Pfefferkorn |\n"
)


def _extract(tmp_path: Path, name: str, text: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--json", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    row: dict[str, object] = json.loads(result.stdout)
    return row


def test_confident_values_are_top_level_with_provenance(tmp_path: Path) -> None:
    row = _extract(tmp_path, "bid.txt", BID)
    assert row["person"] == "Jorinde Kesselbrink"
    assert row["office"] == "Kreisvorsitzender"
    provenance = row["provenance"]
    assert isinstance(provenance, dict)
    for field in ("person", "office", "doc_type"):
        item = provenance[field]
        assert item["origin"] == "extracted" and item["evidence"]
        assert 0.5 <= item["confidence"] <= 1.0
    uncertain = row["uncertain"]
    assert isinstance(uncertain, dict)
    assert not {"person", "office", "doc_type"} & set(uncertain)
    for field, item in uncertain.items():  # less sure: kept out of the top level
        assert row[field] is None and item["confidence"] < 0.5 and item["evidence"]
    assert {"file", "id", "title", "provenance"} <= set(row)


def test_a_high_threshold_moves_values_to_uncertain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTEISUCHE_METADATA_MIN_CONFIDENCE", "0.99")
    row = _extract(tmp_path, "bid.txt", BID)
    assert row["person"] is None and row["office"] is None
    uncertain = row["uncertain"]
    assert isinstance(uncertain, dict)
    assert uncertain["person"]["value"] == "Jorinde Kesselbrink"
    assert uncertain["person"]["confidence"] < 0.99 and uncertain["person"]["evidence"]
    provenance = row["provenance"]
    assert isinstance(provenance, dict)
    assert provenance["person"]["confidence"] == uncertain["person"]["confidence"]


def test_nominees_of_a_list(tmp_path: Path) -> None:
    row = _extract(tmp_path, "liste.md", LIST)
    assert row["person"] == ["Hedda Sommerkorn", "Lasse Pfefferkorn"]
    assert row["nominees"] == [
        {"person": "Hedda Sommerkorn", "office": "Landesliste Landtag", "region": None, "place": 1},
        {
            "person": "Lasse Pfefferkorn",
            "office": "Landesliste Landtag",
            "region": None,
            "place": 2,
        },
    ]


def test_the_file_name_and_its_folder_reach_the_extractor(tmp_path: Path) -> None:
    bundle = tmp_path / "2024-03-01-meine-bewerbung"
    bundle.mkdir()
    row = _extract(bundle, "index.md", BID)
    assert row["date"] == "2024-03-01"  # a Hugo page bundle is dated by its folder
