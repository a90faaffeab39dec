"""Person names by known first names: the table, and names in the forms party texts use.

The documents here are fictional; the first-name table is checked against the shared
official extract where it is present.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from indexer.metadata import names

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("PARTEISUCHE_SHARED", ROOT.parent / "shared"))
VORNAMEN = SHARED / "gazetteers" / "vornamen.csv"


def _found(text: str) -> list[str]:
    return [n.name for n in names.find_names(text)]


@pytest.mark.shared
def test_first_name_table_matches_the_shared_extract() -> None:
    if not VORNAMEN.exists():
        pytest.skip(f"shared gazetteer not available: {VORNAMEN}")
    with VORNAMEN.open(encoding="utf-8") as handle:
        rows = {row["name"]: row for row in csv.DictReader(handle)}
    table = names._table()
    older = names.older_names()
    assert len(table) > 15000
    for name, share in table.items():
        if name in older:  # the older generations' names: rare among newborns by design
            assert name not in rows or int(rows[name]["count_total"]) < 3, name
            continue
        row = rows[name]  # every name in the table is in the official extract
        assert int(row["count_total"]) >= 3, name
        assert abs(float(row["share_female"]) - share) <= 0.0051, name
    frequent = [n for n, row in rows.items() if int(row["count_total"]) >= 100 and n[0].isupper()]
    missing = [n for n in frequent if n not in table]
    assert len(missing) <= 10, missing  # only the few excluded ordinary words


def test_table_is_small() -> None:
    assert names.DATA.stat().st_size < 400_000


def test_older_generations_names_are_known() -> None:
    """Candidates are adults: a "Gunhild" or "Godehard" is a person although few newborns
    of the last decade carry the name."""
    assert _found("Heute sprach Gunhild Amselgrund.") == ["Gunhild Amselgrund"]
    assert names.female_share("Godehard") == 0.0
    assert names.female_share("Ortrun") == 1.0


def test_known_first_name_and_capitalised_surname() -> None:
    assert _found("Gestern sprach Jonas Kesselbrink über Mieten.") == ["Jonas Kesselbrink"]
    # capitalised nouns are not names, a first name alone is not a full name
    assert _found("Die Landesliste wurde am Samstag beschlossen. Danke, Jonas!") == []


def test_titles_dropped_particles_kept_hyphens_kept() -> None:
    text = "Es kandidiert Dr. Anna-Lena von der Wiese für den Kreistag."
    assert _found(text) == ["Anna-Lena von der Wiese"]


def test_reversed_form_is_reordered() -> None:
    text = "1. Quellmann, Torsten (47), Tischler, Oberhain\n2. Brüggemeier, Svenja (33), Ärztin"
    assert _found(text) == ["Torsten Quellmann", "Svenja Brüggemeier"]


def test_surname_that_is_a_place_is_still_a_surname() -> None:
    assert _found("Unsere Kandidatin heißt Marianne Roth.") == ["Marianne Roth"]
    assert _found("Für Lukas Erfurt stimmten 40 Delegierte.") == ["Lukas Erfurt"]


def test_padded_table_cells() -> None:
    assert _found("|   3   | Greta   Wollenhaupt     |") == ["Greta Wollenhaupt"]


def test_female_share() -> None:
    assert (names.female_share("Anna") or 0) > 0.9
    assert names.female_share("Jonas") == pytest.approx(0.0, abs=0.1)
    assert names.female_share("Landesliste") is None
