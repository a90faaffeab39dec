"""Shared fixtures: temporary index folders, the CLI runner, and the shared data location."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "bundestag-reden-wp20-21.jsonl.gz"


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
