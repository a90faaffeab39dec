"""A snippet taken from the top of a text does not repeat the title the hit list shows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.search.highlight import Highlighter, QueryTerms, after_title

TITLE = "Antrag Radwege für Musterau"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (f"{TITLE}\n\nWir fordern Radwege.", "Wir fordern Radwege."),
        (f"# {TITLE}\nWir fordern Radwege.", "Wir fordern Radwege."),
        ("ANTRAG RADWEGE\nFÜR MUSTERAU: Wir fordern Radwege.", "Wir fordern Radwege."),
        (f"  {TITLE}.  Wir fordern Radwege.", "Wir fordern Radwege."),
        # not the title: kept whole
        ("Antrag Radwegebau für Musterau jetzt.", "Antrag Radwegebau für Musterau jetzt."),
        (f"Der {TITLE} kommt.", f"Der {TITLE} kommt."),
        (f"{TITLE}", f"{TITLE}"),  # a text that is only its title
    ],
)
def test_after_title(text: str, rest: str) -> None:
    assert text[after_title(text, TITLE):] == rest


def test_snippet_starts_after_the_title() -> None:
    terms = QueryTerms(frozenset({"radweg"}), frozenset({"radwege"}))
    snippet = Highlighter().snippet(f"{TITLE}\n\nWir fordern Radwege.", terms, title=TITLE)
    assert snippet == "Wir fordern <mark>Radwege</mark>."
    untitled = Highlighter().snippet(f"{TITLE}\n\nWir fordern Radwege.", terms)
    assert untitled.startswith("Antrag <mark>Radwege</mark>")


@given(st.text(max_size=200), st.text(max_size=60))
def test_after_title_never_raises_and_stays_in_the_text(text: str, title: str) -> None:
    cut = after_title(text, title)
    assert 0 <= cut <= len(text)
