"""The corrections file: set, unset, idempotence, atomic round trip, a clear error when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParteisucheError
from indexer.ingest.corrections import CORRECTIONS, Corrections


def test_set_records_who_and_when_and_repeating_changes_nothing(tmp_path: Path) -> None:
    corrections = Corrections()
    assert corrections.set("a.txt", {"party": "SPD", "person": ("Ilka Brehm", "Ole Brandtner")},
                           "anna", "2026-01-01T00:00:00.000000Z") == ["party", "person"]
    assert corrections.set("a.txt", {"party": "SPD"}, "ben", "2026-02-01T00:00:00.000000Z") == []
    assert corrections.of("a.txt")["party"] == {
        "value": "SPD", "by": "anna", "at": "2026-01-01T00:00:00.000000Z"
    }
    assert corrections.of("a.txt")["person"]["value"] == ["Ilka Brehm", "Ole Brandtner"]
    corrections.save(tmp_path)
    assert Corrections.load(tmp_path) == corrections
    assert not list(tmp_path.glob(".*.tmp"))  # written by a rename, nothing left behind


def test_unset_drops_fields_and_empty_documents() -> None:
    corrections = Corrections()
    corrections.set("a.txt", {"party": "SPD", "date": "2024"}, "anna")
    assert corrections.unset("a.txt", ["party", "region"]) == ["party"]
    assert corrections.unset("a.txt", ["date"]) == ["date"]
    assert corrections.documents == {}
    assert corrections.unset("b.txt", ["date"]) == []


def test_no_file_is_no_corrections_and_a_broken_file_is_a_clear_error(tmp_path: Path) -> None:
    assert Corrections.load(tmp_path).documents == {}
    (tmp_path / CORRECTIONS).write_text("{kaputt", encoding="utf-8")
    with pytest.raises(ParteisucheError, match=r"corrections file .* is unreadable .*fix or"):
        Corrections.load(tmp_path)
    (tmp_path / CORRECTIONS).write_text('{"documents": []}', encoding="utf-8")
    with pytest.raises(ParteisucheError, match="has no 'documents' mapping"):
        Corrections.load(tmp_path)
