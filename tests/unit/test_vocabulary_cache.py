"""The compound word list is built from wordfreq once, then read from the user's cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.analysis import vocabulary
from indexer.analysis.filters import fold

#: A high threshold keeps the list small; building still reads wordfreq's whole German list.
ZIPF = 5.0


def _no_build(*_args: object) -> dict[str, float]:
    raise AssertionError("the list was built again instead of read from the cache")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PARTEISUCHE_CACHE_DIR", str(folder))
    return folder


def test_second_load_reads_the_cache_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = vocabulary.load(ZIPF, fold.__wrapped__)
    assert built == vocabulary.build(ZIPF, fold.__wrapped__)
    assert built["regierung"] >= ZIPF
    assert len(list(cache.glob("compound-vocabulary-*.marshal"))) == 1
    monkeypatch.setattr(vocabulary, "build", _no_build)
    assert vocabulary.load(ZIPF, fold.__wrapped__) == built


def test_damaged_cache_file_is_rebuilt(cache: Path) -> None:
    built = vocabulary.load(ZIPF, fold.__wrapped__)
    (path,) = cache.glob("compound-vocabulary-*.marshal")
    path.write_bytes(b"\x00not marshal")
    assert vocabulary.load(ZIPF, fold.__wrapped__) == built
    assert vocabulary.load(ZIPF, fold.__wrapped__) == built


def test_unwritable_cache_folder_still_gives_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PARTEISUCHE_CACHE_DIR", str(blocker / "cache"))
    assert vocabulary.load(ZIPF, fold.__wrapped__)["regierung"] >= ZIPF


def test_another_threshold_is_another_file(cache: Path) -> None:
    vocabulary.load(ZIPF, fold.__wrapped__)
    smaller = vocabulary.load(ZIPF + 0.5, fold.__wrapped__)
    assert all(z >= ZIPF + 0.5 for z in smaller.values())
    # the older list is removed when a new key is written: one file per installation
    assert len(list(cache.glob("compound-vocabulary-*.marshal"))) == 1


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PARTEISUCHE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert vocabulary.cache_dir() == tmp_path / "parteisuche"
    monkeypatch.setenv("PARTEISUCHE_CACHE_DIR", str(tmp_path / "own"))
    assert vocabulary.cache_dir() == tmp_path / "own"
