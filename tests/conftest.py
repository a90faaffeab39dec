"""Shared fixtures: temporary index folders, the CLI runner, and the shared data location."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "bundestag-reden-wp20-21.jsonl.gz"


@pytest.fixture(scope="session", autouse=True)
def _own_temp_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test process gets its own temporary folder: Whoosh's in-memory indexes spill to
    ``<tmp>/MAIN.tmp``, which two processes (``pytest -n 2``, or two runs at once) would
    otherwise share and delete under each other."""
    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tmp"))
    try:
        yield
    finally:
        tempfile.tempdir = previous


def require_shared(path: Path) -> Path:
    """Skip with a clear message where ../shared (present in CI, not in a fresh clone) lacks it."""
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (present in CI, absent in a fresh clone)")
    return path


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's own index or settings."""
    for name in list(os.environ):
        if name.startswith("PARTEISUCHE_") and name != "PARTEISUCHE_SHARED":
            monkeypatch.delenv(name)
    monkeypatch.setenv("PARTEISUCHE_INDEX", str(tmp_path / "default-index"))
    # CLI runs inside the test process would lower its priority for the rest of the session.
    monkeypatch.setenv("PARTEISUCHE_INDEX_NICE", "0")
    yield
