"""The layers of given metadata in the pipeline: CLI flags > correction > sidecar > nearest
folder default (``_meta.yaml``) > the document's own metadata > extraction."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.pipeline import (
    Failure,
    FolderDefaults,
    Given,
    Prepared,
    SourceFile,
    build_document,
    discover,
    read_source,
)
from indexer.models import Document
from indexer.readers import Limits

BODY = (
    "Liebe Genossinnen und Genossen,\n\nmein Name ist Mira Feldhuber und ich bewerbe mich als "
    "Landesvorsitzende für den Landesverband Sachsen-Anhalt.\n"
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _prepared(path: Path, root: Path, given: Given | None = None) -> list[Prepared | Failure]:
    return list(read_source(SourceFile(path, root), given or Given({}), Limits()))


def _document(path: Path, root: Path, given: Given | None = None) -> Document:
    (item,) = _prepared(path, root, given)
    assert isinstance(item, Prepared), item
    return build_document(item)


def test_nearest_folder_default_wins_field_by_field(tmp_path: Path) -> None:
    _write(tmp_path / "c" / "_meta.yaml", "party: SPD\nbundesland: Sachsen\ndate: 2023\n")
    _write(tmp_path / "c" / "lpt" / "_meta.yaml", "Partei: Die Linke\ndatum: 2024-09-07\n")
    doc = _document(_write(tmp_path / "c" / "lpt" / "a.txt", BODY), tmp_path / "c")
    assert doc.meta["party"].value == "Die Linke" and doc.meta["party"].origin == "folder"
    assert doc.meta["date"].value == "2024-09-07"
    assert doc.meta["bundesland"].value == "Sachsen"  # only the farther folder says it
    assert doc.meta["person"].origin == "extracted"


def test_precedence_sidecar_over_folder_over_front_matter(tmp_path: Path) -> None:
    _write(tmp_path / "_meta.yaml", "party: SPD\ndate: 2021\nperson: Ole Brandtner\n")
    page = _write(
        tmp_path / "b.md", "---\nparty: FDP\ndate: 2020-01-02\nregion: Halle\n---\n" + BODY
    )
    _write(tmp_path / "b.md.meta.yaml", "party: Die Linke\n")
    doc = _document(page, tmp_path)
    assert (doc.meta["party"].value, doc.meta["party"].origin) == ("Die Linke", "sidecar")
    assert (doc.meta["date"].value, doc.meta["date"].origin) == ("2021", "folder")
    assert (doc.meta["region"].value, doc.meta["region"].origin) == ("Halle", "document")
    assert doc.meta["person"].value == "Ole Brandtner"


def test_flags_over_correction_over_sidecar(tmp_path: Path) -> None:
    page = _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.txt.meta.yaml", "party: SPD\noffice: Kreisvorsitzende\n")
    doc_id = SourceFile(page, tmp_path).doc_id
    correction = {
        "party": {"value": "Die Linke", "by": "anna", "at": "2026-01-02T10:00:00Z"},
        "office": {"value": "Landesvorsitzender", "by": "anna", "at": "2026-01-02T10:00:00Z"},
    }
    given = Given({"office": "Landrat"}, None, {doc_id: correction})
    doc = _document(page, tmp_path, given)
    assert (doc.meta["office"].value, doc.meta["office"].origin) == ("Landrat", "cli")
    party = doc.meta["party"]
    assert (party.value, party.origin, party.by, party.at) == (
        "Die Linke", "correction", "anna", "2026-01-02T10:00:00Z"
    )


def test_replayed_flags_yield_to_a_later_correction_only(tmp_path: Path) -> None:
    page = _write(tmp_path / "a.txt", BODY)
    doc_id = SourceFile(page, tmp_path).doc_id
    correction = {"party": {"value": "Die Linke", "by": "anna", "at": "2026-01-02T10:00:00Z"}}
    older = Given({"party": "SPD"}, "2026-01-01T00:00:00Z", {doc_id: correction})
    newer = Given({"party": "SPD"}, "2026-01-03T00:00:00Z", {doc_id: correction})
    unknown_time = Given({"party": "SPD"}, "", {doc_id: correction})
    assert _document(page, tmp_path, older).meta["party"].origin == "correction"
    assert _document(page, tmp_path, unknown_time).meta["party"].origin == "correction"
    assert _document(page, tmp_path, newer).meta["party"].value == "SPD"


def test_folder_defaults_and_corrections_change_the_content_hash(tmp_path: Path) -> None:
    page = _write(tmp_path / "a.txt", BODY)

    def content_hash(given: Given | None = None) -> str:
        (item,) = _prepared(page, tmp_path, given)
        assert isinstance(item, Prepared)
        return item.content_hash

    plain = content_hash()
    _write(tmp_path / "_meta.yaml", "party: SPD\n")
    with_folder = content_hash()
    doc_id = SourceFile(page, tmp_path).doc_id
    corrected = content_hash(
        Given({}, None, {doc_id: {"date": {"value": "2024", "by": "x", "at": "t"}}})
    )
    assert len({plain, with_folder, corrected}) == 3


def test_meta_yaml_is_never_a_document(tmp_path: Path) -> None:
    _write(tmp_path / "_meta.yaml", "party: SPD\n")
    _write(tmp_path / "sub" / "_meta.yml", "party: SPD\n")
    _write(tmp_path / "sub" / "a.txt", BODY)
    found = list(discover([tmp_path, tmp_path / "_meta.yaml"]))
    assert [s.path.name for s in found if isinstance(s, SourceFile)] == ["a.txt"]


def test_a_broken_meta_yaml_fails_the_files_below_it_and_only_those(tmp_path: Path) -> None:
    _write(tmp_path / "bad" / "_meta.yaml", "party: [unclosed\n")
    below = _write(tmp_path / "bad" / "deeper" / "a.txt", BODY)
    beside = _write(tmp_path / "good" / "b.txt", BODY)
    folders = FolderDefaults()
    (failure,) = _prepared(below, tmp_path, Given({}, folders=folders))
    assert isinstance(failure, Failure)
    assert "folder defaults" in failure.reason and "_meta.yaml" in failure.reason
    (fine,) = _prepared(beside, tmp_path, Given({}, folders=folders))
    assert isinstance(fine, Prepared)


def test_unknown_type_and_office_are_ignored_and_recorded(tmp_path: Path) -> None:
    _write(tmp_path / "_meta.yaml", "office: Quatsch\n")
    page = _write(tmp_path / "post.md", "---\ntype: posts\nlayout: post\n---\n" + BODY)
    doc = _document(page, tmp_path)
    assert doc.meta.get("doc_type") is None or doc.meta["doc_type"].value != "posts"
    assert doc.meta.get("office") is None or doc.meta["office"].origin == "extracted"
    assert doc.extra["ignored_given"] == {
        "doc_type": {"value": "posts", "origin": "document"},
        "office": {"value": "Quatsch", "origin": "folder"},
    }


def test_given_offices_fold_to_the_vocabulary_key(tmp_path: Path) -> None:
    page = _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "a.txt.meta.yaml", "Amt: stellvertretende Kreisvorsitzende\n")
    assert _document(page, tmp_path).meta["office"].value == "stellv. Kreisvorsitzender"
