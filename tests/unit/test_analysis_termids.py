"""The writer's numbered analysis (indexer.analysis.termids) equals the dictionaries of
indexer.analysis.terms: the same terms, frequencies, summed boosts and positions, through the
arrays and through the short-value path, whatever a numbering has seen before (a row is made
once per raw word and reused in every context)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import exact_analyzer, german_analyzer, termids
from indexer.analysis.termids import (
    NUMBERING_LIMIT,
    Numbering,
    acquire,
    check_exact_ids,
    check_german_ids,
    exact_dict,
    german_dicts,
    release,
)
from indexer.analysis.terms import (
    AnalysisMismatch,
    ExactTerms,
    GermanTerms,
    exact_terms_for,
    german_terms_for,
    special_pieces,
    split_tokens,
)
from indexer.analysis.tokenizer import is_plain
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.store import IndexStore
from tests.conftest import CORPUS, require_shared
from tests.unit.test_analysis_terms import TRICKY

_german = german_terms_for(german_analyzer())
_exact = exact_terms_for(exact_analyzer())
assert _german is not None and _exact is not None
GERMAN: GermanTerms = _german
EXACT: ExactTerms = _exact

#: Hyphenated words whose joined whole the German chain compares with the word before it
#: ("Ostwest Ost-West": the joined "ostwest" is not counted twice), before and after words
#: that meet it, with stopwords between, at the start of a value, and whole values of
#: stopwords and specials.
CONTEXTS = [
    "Ostwest Ost-West",
    "Ost Ost-West Ostwest und Ost-West Ost-West Ost-West",
    "Ost-West Ostwest Ost-West",
    "Undoder und-oder Rente und-oder und und-oder",
    "und der Ostwest die das Ost-West",
    "Sozialstaat Sozial-Staat Sozial-Staat-Reform Sozialstaatreform Sozial-Staat-Reform",
    "Bürger Bürger*innen Bürgerinnen Bürger-*innen Bürger*innen",
    "Mindestlohn Mindest-Lohn Mindestlohnerhöhung Mindestlohn-Erhöhung Erhöhung",
    "§ 218 218 §218 § 218",
    "und der die das",
    "Ost-West",
]


@pytest.fixture
def arrays(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every value through the arrays, however short."""
    monkeypatch.setattr(termids, "SMALL", 0)
    yield


def _same(numbering: Numbering, text: str) -> None:
    raws = split_tokens(text)
    counts, weights = GERMAN.counts(raws)
    assert german_dicts(numbering.german(GERMAN), raws) == (dict(counts), weights), text
    assert exact_dict(numbering.exact(EXACT), raws) == EXACT.positions(raws), text


@pytest.mark.parametrize("text", [*TRICKY, *CONTEXTS])
def test_numbered_terms_equal_the_dictionaries(text: str, arrays: None) -> None:
    numbering = Numbering()
    _same(numbering, text)
    _same(numbering, text)  # second time from the rows


@pytest.mark.parametrize("text", [*TRICKY, *CONTEXTS])
def test_short_values_take_the_dictionaries_with_the_same_terms(text: str) -> None:
    numbering = Numbering()
    _same(numbering, text)
    _same(numbering, text)


def test_rows_made_in_one_context_serve_in_another(arrays: None) -> None:
    """A row is analysed once, after no main stem; in a value where the word before meets
    its joined whole, the chain analyses that occurrence itself."""
    numbering = Numbering()
    for text in [*CONTEXTS, *reversed(CONTEXTS), " ".join(CONTEXTS)]:
        _same(numbering, text)


#: A numbering that sees every example, as a worker's sees every document.
_SHARED = Numbering()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_numbered_terms_equal_the_dictionaries_on_arbitrary_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(termids, "SMALL", 0)
        _same(_SHARED, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["Bürger", "*innen", "In", "-", "§", " ", "\n", "12", ".", ",", "Mindestlohn", "erhöhung",
     "’s", "und", "oder", "2024", "/", ":", "_", "Ost", "West", "ost", "west", "!", "CO2", "a",
     "Sozialstaat", "Staat"]
), max_size=40))
def test_numbered_terms_equal_the_dictionaries_on_awkward_pieces(pieces: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(termids, "SMALL", 0)
        _same(_SHARED, "".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["Ost", "West", "Süd", "Sozial", "Staat", "Reform", "und", "oder", "Bürger", "Lohn",
     "Mindest", "Erhöhung", "der"]
), min_size=1, max_size=4), st.sampled_from(["-", "*innen", "-*innen", ""]),
    st.sampled_from(["", "x", "ost", "west", "ostwest", "sozialstaat", "bürger", "\x00"]))
def test_a_special_match_depends_only_on_the_stems_it_compares(
    words: list[str], suffix: str, before: str
) -> None:
    """Whatever main stem comes before a special match, its terms are those made after a
    stem it does not compare (its row's), unless the stem is one it compares
    (GermanTerms.special_context); its own main stem, where it has one, does not depend on it."""
    raw = "-".join(words) + suffix
    if is_plain(raw) or split_tokens(raw) != [raw]:
        return
    compared, own = GERMAN.special_context(raw)
    stems = {before, *compared, *(_main(text) for text, *_ in special_pieces(raw)[0])}
    alone: tuple[list[str], list[tuple[str, float]]] = ([], [])
    alone_after = GERMAN.special(raw, "\x00", *alone)
    for stem in stems:
        found: tuple[list[str], list[tuple[str, float]]] = ([], [])
        after = GERMAN.special(raw, stem, *found)
        assert after == (alone_after if own else stem)
        if stem not in compared:
            assert found == alone, (raw, stem)


def _main(text: str) -> str:
    """The main stem the chain makes of a piece ("" for a stopword or a special one)."""
    if not is_plain(text):
        return ""
    found = GERMAN.analysed(text)
    return found if isinstance(found, str) else found[0] if found else ""


def test_a_raw_word_is_analysed_once_however_the_numbering_grows(arrays: None) -> None:
    numbering = Numbering()
    words = [f"Wort{n} Bürger-{n}" for n in range(5_000)]
    for start in range(0, len(words), 700):
        for _ in range(2):
            _same(numbering, " ".join(words[start:start + 700]))
    exact = numbering.exact(EXACT)
    german = numbering.german(GERMAN)
    assert len(numbering.raw_ids) == exact.count.size == german.count.size == 10_000


def test_numbered_terms_equal_the_dictionaries_on_speeches(arrays: None) -> None:
    with gzip.open(require_shared(CORPUS), "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, 300)]
    numbering = Numbering()
    for record in records:
        _same(numbering, record["text"])
        _same(numbering, record.get("agenda_title") or "")


def test_a_numbering_that_differs_from_the_dictionaries_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_german_ids(GERMAN)
    check_exact_ids(EXACT)
    monkeypatch.setattr(termids.GermanIds, "counts", lambda self, raws, ids=None: (
        termids._NO_IDS, termids._NO_INTS, termids._NO_FLOATS))
    with pytest.raises(AnalysisMismatch, match="numbered analysis"):
        check_german_ids(GERMAN)
    monkeypatch.setattr(termids.ExactIds, "positions", lambda self, raws, ids=None: (
        termids._NO_IDS, termids._NO_INTS, termids._NO_IDS))
    with pytest.raises(AnalysisMismatch, match="numbered analysis"):
        check_exact_ids(EXACT)


def test_a_writer_takes_the_numbering_the_last_one_gave_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One numbering per writer at a time; a closed writer's goes to the next writer, unless
    it grew beyond the limit."""
    monkeypatch.setattr(termids, "_FREE", [])
    ix = IndexStore(tmp_path / "index").open_or_create()
    first = FastSegmentWriter(ix, _lk=False)
    second = FastSegmentWriter(ix, _lk=False)
    assert first._numbering is not None and first._numbering is not second._numbering
    held = first._numbering
    first.add_document(id="a", title="Titel", text="Rente und Pflege " * 20)
    assert len(held.raw_ids) > 0
    first._finalize_segment()  # as a worker's segment adder finishes a segment
    assert first._numbering is None
    third = FastSegmentWriter(ix, _lk=False)
    assert third._numbering is held
    other = second._numbering
    second._close_segment()
    third._close_segment()
    assert termids._FREE == [other, held]
    assert acquire() is held
    big = Numbering()
    big.raw_ids.numbers([f"w{n}" for n in range(NUMBERING_LIMIT)])
    release(big)
    assert big not in termids._FREE
