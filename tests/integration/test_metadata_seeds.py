"""The two real seed statements come out as the issue says, through ``extract --json``.

Read from ../shared/seeds (never copied into the repository); skipped where absent. Pellmann's
date is the election the text names (it has no date of its own); Sorge's party and date come
from the sidecar beside the text, as the text names neither.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from webapp.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared")) / "seeds"

EXPECTED = {
    "pellmann": {
        "person": "Sören Pellmann",
        "office": "Direktkandidat Bundestag",
        "region": {"Leipzig II (Wahlkreis 152)", "Leipzig-Süd (Wahlkreis 152)"},
        "bundesland": "Sachsen",
        "party": "Die Linke",
        "date": "2025-02-23",
        "doc_type": "candidacy",
    },
    "sorge": {
        "person": "Alexander Sorge",
        "office": "Landesvorsitzender",
        "region": {"Sachsen-Anhalt"},
        "bundesland": "Sachsen-Anhalt",
        "party": "Die Linke",
        "date": "2024-09-07",
        "doc_type": "candidacy",
    },
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_statement(name: str) -> None:
    paths = sorted(SEEDS.glob(f"{name}-*.txt")) if SEEDS.exists() else []
    if not paths:
        pytest.skip(f"seed statement not available in {SEEDS}")
    result = CliRunner().invoke(cli, ["extract", "--json", str(paths[0])], catch_exceptions=False)
    row = json.loads(result.stdout)
    for field, wanted in EXPECTED[name].items():
        if isinstance(wanted, set):
            assert row[field] in wanted, (field, row[field])
        else:
            assert row[field] == wanted, (field, row[field])
