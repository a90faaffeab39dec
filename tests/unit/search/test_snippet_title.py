"""A snippet taken from the top of a text does not repeat the title the hit list shows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
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


def _by_pattern_alone(text: str, title: str) -> int:
    """after_title as it was before its cheap pre-check: the title's pattern decides."""
    from indexer.search.highlight import _MAX_TITLE_WORDS, _title_pattern

    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return 0
    found = _title_pattern(tuple(words)).match(text, 0, len(title) * 2 + 40)
    if found is None or not text[found.end() :].strip():
        return 0
    return found.end()


_CASED = st.sampled_from(["", " ", "# ", "**", "\n", "=", "_"])


@settings(max_examples=300)
@given(
    lead=_CASED,
    title=st.text(alphabet=st.sampled_from(list("aäAÄßẞsSſkKıiIİ#*_= .:-\n")), max_size=30),
    swap=st.booleans(),
    rest=st.sampled_from(["", " und mehr", ": Text", "\n\nText", "x y"]),
)
def test_the_pre_check_never_changes_where_a_text_goes_on(
    lead: str, title: str, swap: bool, rest: str
) -> None:
    """The pre-check (does the text open with the title's first word?) only saves compiling
    the title's pattern: with texts that open with the title in other cases, with heading
    marks and letters whose cases are odd (ß/ẞ, ſ, K, ı/İ), the answer is the pattern's."""
    opening = title.swapcase() if swap else title
    text = lead + opening + rest
    assert after_title(text, title) == _by_pattern_alone(text, title)


@given(st.text(max_size=120), st.text(max_size=40))
def test_the_pre_check_agrees_on_any_text(text: str, title: str) -> None:
    assert after_title(text, title) == _by_pattern_alone(text, title)


@pytest.mark.parametrize(
    ("title", "text"),
    [("ſchule heute", "SCHULE HEUTE: Text"), ("İnsel", "i̇nsel x"), ("ıller", "Iller Text")],
)
def test_letters_of_odd_case_are_matched_as_the_pattern_matches_them(title: str, text: str) -> None:
    assert after_title(text, title) == _by_pattern_alone(text, title)


def test_a_title_the_text_does_not_open_with_compiles_no_pattern() -> None:
    from indexer.search.highlight import _title_pattern

    before = _title_pattern.cache_info().misses
    title = "Rede zur Lage der Gemeinde Musterau im Jahr 2031"
    assert after_title("Sehr geehrte Damen und Herren, die Lage ist gut.", title) == 0
    assert _title_pattern.cache_info().misses == before
