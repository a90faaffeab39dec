"""The store reads its manifest once per version of the file and hands out copies."""

from __future__ import annotations

from pathlib import Path

from indexer.engine.store import MANIFEST, IndexStore


def test_manifest_is_read_again_after_a_replacement(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    store.create()
    first = store.manifest()
    store.record_sources([{"path": "/a", "overrides": {}}])  # written by a rename
    assert store.manifest().sources == [{"path": "/a", "overrides": {}}]
    assert first.sources == []


def test_callers_cannot_change_the_remembered_manifest(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    store.create()
    mine = store.manifest()
    mine.sources.append({"path": "/b"})
    mine.data = "elsewhere"
    again = store.manifest()
    assert again.sources == [] and again.data != "elsewhere"
    assert (store.root / MANIFEST).is_file()
