"""The metadata dev set (../shared/eval/metadata-dev) scored through the extractor.

Documents are read with the project's readers, given values (front matter, HTML meta) win over
extracted ones as in the pipeline, and the shared ``score.py`` is loaded from ../shared (never
copied). Skipped with a clear message where ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from bs4 import BeautifulSoup

from indexer.metadata import extract_metadata
from indexer.readers import READERS, Limits, suffix_of

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "eval" / "metadata-dev"
FIELDS = ("person", "office", "region", "bundesland", "party", "date", "doc_type")

pytestmark = pytest.mark.shared


def _require_dev() -> Path:
    if not (DEV / "gold.jsonl").exists():
        pytest.skip(f"metadata dev set not available: {DEV} (present in CI, absent in a clone)")
    return DEV


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("metadata_dev_score", DEV / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _whole_page(path: Path) -> str:
    """Every line of the page body, boilerplate included (datelines, nav, footer)."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    root = soup.body or soup
    lines = (line.strip() for line in root.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def predict(relative: str, *, whole_page: bool = False) -> dict[str, Any]:
    path = DEV / relative
    raw = next(iter(READERS[suffix_of(path)](path, Limits())))
    assert not isinstance(raw, Exception)
    text, given = raw.text, dict(getattr(raw, "metadata", {}))
    if whole_page and path.suffix == ".html":
        text, given = _whole_page(path), {}
    known = {k: v for k, v in given.items() if isinstance(v, str)}
    found = extract_metadata(text, title=raw.title, known=known)
    row: dict[str, Any] = {"file": relative}
    for field in FIELDS:
        value = given.get(field, found[field].value if field in found else None)
        row[field] = list(value) if isinstance(value, tuple) else value
    return row


def _scores(whole_page: bool) -> dict[str, float]:
    dev = _require_dev()
    score = _scorer()
    lines = (dev / "gold.jsonl").read_text("utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    rows = {g["file"]: predict(g["file"], whole_page=whole_page) for g in gold}
    result: dict[str, float] = {}
    for field in FIELDS:
        hits = [score.match(field, rows[g["file"]].get(field), g[field]) for g in gold]
        result[field] = sum(hits) / len(hits)
    return result


def test_dev_set_through_the_readers() -> None:
    scores = _scores(whole_page=False)
    for field in ("person", "office", "region", "bundesland", "party", "doc_type"):
        assert scores[field] >= 0.90, (field, scores)
    # The HTML reader keeps trafilatura's main text, which drops some datelines ("Rosenheim,
    # 10. Oktober 2024" in a span above the headline); the page date then has to come from
    # the reader's metadata. Until it does, three HTML pages fall back to other dates.
    assert scores["date"] >= 0.80, scores


def test_dev_set_on_whole_pages() -> None:
    """The extractor alone, given the page text with all its boilerplate."""
    scores = _scores(whole_page=True)
    for field in FIELDS:
        assert scores[field] >= 0.90, (field, scores)
