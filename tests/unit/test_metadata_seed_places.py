"""The seed statements' region, Land, party and date (read from ../shared; skipped where absent).

The seeds are real people's words: read from ../shared/seeds, never copied here. The office is
given as context (finding it is the office finder's job, tested elsewhere), so these tests
pin what the region, date and party finders make of a correctly understood candidacy.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from indexer.metadata import dates, document, party, region
from indexer.metadata.evidence import Candidate, Context, decide

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"

pytestmark = pytest.mark.shared


def _seed(name: str) -> document.Doc:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed statement not available: {path} (present in CI, absent in a clone)")
    return document.build(path.read_text(encoding="utf-8"), "")


def _value(found: list[Candidate], field: str) -> object:
    decision = decide(c for c in found if c.field == field)
    return decision.value if decision is not None else None


def test_pellmann_constituency_land_party_and_election_date() -> None:
    doc = _seed("pellmann-direktkandidatur-leipzig-sued-2025.txt")
    ctx = Context(genre="candidacy", office="Direktkandidat Bundestag", office_scope="wk")
    places = region.candidates(doc, ctx)
    assert _value(places, "region") in ("Leipzig II (Wahlkreis 152)", "Leipzig-Süd (Wahlkreis 152)")
    assert _value(places, "bundesland") == "Sachsen"
    assert _value(party.candidates(doc, ctx), "party") == "Die Linke"
    assert _value(dates.candidates(doc, ctx), "date") == "2025-02-23"


def test_sorge_land_not_the_venue() -> None:
    doc = _seed("sorge-kandidatur-landesvorsitz-sachsen-anhalt-2024.txt")
    ctx = Context(genre="candidacy", office="Landesvorsitzender", office_scope="land")
    places = region.candidates(doc, ctx)
    assert _value(places, "region") == "Sachsen-Anhalt"
    assert _value(places, "bundesland") == "Sachsen-Anhalt"
    # the text has "7. und 8. September" without a year: no date may be made up
    assert _value(dates.candidates(doc, ctx), "date") is None
