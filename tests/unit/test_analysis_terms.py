"""The writer's bulk analysis (indexer.analysis.terms) equals the Whoosh analyzers, term for term.

The index writer does not run the analyzers' token generators; it asks
:mod:`indexer.analysis.terms` for each field's terms. These tests compare that with what Whoosh's
``Frequency`` and ``Positions`` formats collect from the ordinary analyzers (frequencies,
summed boosts, positions) on tables, arbitrary text and real speeches.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import Analyzer, CompositeAnalyzer

from indexer.analysis import exact_analyzer, german_analyzer
from indexer.analysis.compounds import CompoundFilter
from indexer.analysis.filters import GermanFoldFilter, GermanStemFilter, GermanStopFilter
from indexer.analysis.terms import (
    _FINDALL,
    concatenated,
    exact_terms_for,
    german_terms_for,
    split_tokens,
)
from indexer.analysis.tokenizer import GermanTokenizer
from tests.conftest import CORPUS, require_shared
from tests.unit.test_analysis_chain import SAMPLE

GERMAN = german_analyzer()
EXACT = exact_analyzer()

TRICKY = [
    SAMPLE,
    "",
    "   \n\t ",
    "§ 218 und §§ 12a, §\n5 sowie § -3",
    "Bürger*innen, Bürger:innen; Bürger_innen! Bürger/innen? BürgerInnen. LehrerIn)",
    "Ost-West-Rentenüberleitung – 9-Euro-Ticket: CO2-Preis, geht’s? rock'n'roll",
    "1.000 2,5 19/28444 2024-09-01 12:30 3/4- 7.",
    "Straße STRASSE Café naïve Øresund İstanbul ǅemal ﬁnanzen ² ½ ٣ 𝟘",
    "Mindestlohnerhöhung Bundestagsabgeordnete Tariftreuegesetz Regierung Erhöhungen",
    "und der die das Und DER — „Zitat“ »Zitat« ‚x‘ (Klammer) [eckig] {geschweift}",
    "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z " * 3,
]


def _frequency(analyzer: Analyzer, text: str) -> tuple[dict[str, int], dict[str, float]]:
    """What ``whoosh.formats.Frequency.word_values`` collects."""
    freqs: dict[str, int] = defaultdict(int)
    weights: dict[str, float] = defaultdict(float)
    for t in analyzer(text, mode="index", boosts=True):
        if not t.stopped:
            freqs[t.text] += 1
            weights[t.text] += t.boost
    return dict(freqs), dict(weights)


def _positions(analyzer: Analyzer, text: str) -> dict[str, list[int]]:
    """What ``whoosh.formats.Positions.word_values`` collects."""
    found: dict[str, list[int]] = defaultdict(list)
    for t in analyzer(text, mode="index", boosts=True, positions=True):
        if not t.stopped:
            found[t.text].append(t.pos)
    return dict(found)


def _check(text: str) -> None:
    german, exact = german_terms_for(GERMAN), exact_terms_for(EXACT)
    assert german is not None and exact is not None
    raws = split_tokens(text)
    assert raws == _FINDALL(text)
    counts, weights = german.counts(raws)
    assert (dict(counts), weights) == _frequency(GERMAN, text)
    assert exact.positions(raws) == _positions(EXACT, text)


@pytest.mark.parametrize("text", TRICKY)
def test_bulk_terms_equal_the_analyzers(text: str) -> None:
    _check(text)
    _check(text)  # second time from the memo


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_bulk_terms_equal_the_analyzers_on_arbitrary_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Bürger", "*innen", "In", "-", "§", " ", "\n", "12", ".", ",", "Mindestlohn", "erhöhung",
     "’s", "und", "2024", "/", ":", "_", "Ost", "Süd", "!", "CO2", "a"]
), max_size=40))
def test_bulk_terms_equal_the_analyzers_on_awkward_pieces(pieces: list[str]) -> None:
    _check("".join(pieces))


def test_bulk_terms_equal_the_analyzers_on_speeches() -> None:
    with gzip.open(require_shared(CORPUS), "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, 200)]
    for record in records:
        _check(record["text"])
        _check(record.get("agenda_title") or "")


@pytest.mark.parametrize(
    ("first", "second"),
    [("Titel", "Text"), ("Titel §", "218 Text"), ("a §  ", " 5"), ("", "x"), ("x", ""),
     ("Bürger*", "innen"), ("9-", "Euro"), ("Ende.", "Anfang")],
)
def test_tokens_of_joined_text_are_the_halves(first: str, second: str) -> None:
    joined = concatenated(first, split_tokens(first), split_tokens(second))
    if joined is not None:
        assert joined == split_tokens(f"{first}\n{second}")
    else:
        assert first.rstrip().endswith("§")


def test_only_the_usual_shapes_take_the_bulk_path() -> None:
    assert german_terms_for(CompositeAnalyzer(*GERMAN.items)) is None
    assert german_terms_for(EXACT) is None
    assert exact_terms_for(GERMAN) is None
    assert exact_terms_for(GermanTokenizer() | GermanFoldFilter() | GermanStopFilter()) is None
    odd = german_analyzer()
    odd.items[3] = CompoundFilter(boost=0.3)  # sums of 0.3 depend on order: ordinary path
    assert german_terms_for(odd) is None
    odd.items[3] = CompoundFilter(boost=0.25)
    odd.items[4] = GermanStemFilter(derive=False)
    assert german_terms_for(odd) is not None


def test_a_long_value_is_split_in_windows_with_the_same_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows end at a space no token spans ("§ 218" stays one token); equal words of a
    long value share one string object (memory for a 50 MB protocol)."""
    from indexer.analysis import terms

    rng = random.Random(3)
    pieces = ["Rente", "§", "218", "§\n\n5", "Bürger*innen", "z.B.", "A1", "§ ", "Straße,"]
    value = " ".join(rng.choice(pieces) for _ in range(3_000))
    whole = terms.split_tokens(value)
    assert whole == terms._FINDALL(value)
    monkeypatch.setattr(terms, "SPLIT_WINDOW", 40)
    windowed = terms.split_tokens(value)
    assert windowed == whole
    firsts: dict[str, str] = {}
    for word in windowed:
        assert firsts.setdefault(word, word) is word
