"""The compound splitter against a table of real compounds and words that must stay whole.

Thresholds are what the splitter reaches today (``bench/compounds.py`` prints the figures and
every miss); a change that makes splitting worse fails here.
"""

from __future__ import annotations

import pytest

from indexer.analysis.compounds import split_compound
from tests.unit.compound_table import COMPOUNDS, NON_COMPOUNDS, score


def test_table_is_big_enough() -> None:
    assert len(COMPOUNDS) >= 60
    assert len(NON_COMPOUNDS) >= 20


def test_precision_and_recall() -> None:
    split = {w: split_compound(w) for w in [*COMPOUNDS, *NON_COMPOUNDS]}
    precision, recall, problems = score(split)
    assert precision >= 0.97, problems
    assert recall >= 0.97, problems


@pytest.mark.parametrize("word", NON_COMPOUNDS)
def test_non_compounds_stay_whole(word: str) -> None:
    assert split_compound(word) == []


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Mindestlohnerhöhung", ["mindestlohn", "mindest", "lohn", "erhoehung"]),
        ("Petitionsausschuss", ["petition", "ausschuss"]),
        ("Mütterrente", ["muetter", "rente"]),
        ("Schulbuch", ["schule", "buch"]),
    ],
)
def test_known_splits(word: str, parts: list[str]) -> None:
    assert split_compound(word) == parts


@pytest.mark.parametrize("word", ["", "a", "CO2-Preis", "19/28444", "x" * 200, "ßßßßßßßß"])
def test_odd_input(word: str) -> None:
    assert isinstance(split_compound(word), list)
