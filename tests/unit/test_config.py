"""Every setting is documented in the README (a setting nobody can find does not exist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import config

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for setting in config.SETTINGS:
        assert f"`{setting.env}`" in text, setting.env
        assert setting.help in text, setting.help


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTEISUCHE_MAX_FILE_MB", "7")
    assert config.get_int("max_file_mb") == 7
    monkeypatch.setenv("PARTEISUCHE_MAX_FILE_MB", "sieben")
    assert config.get_int("max_file_mb") == 50
