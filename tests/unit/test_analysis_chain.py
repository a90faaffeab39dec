"""The German chain is defined once (its filters); the writer's bulk analysis is checked
against it whenever it is built, and refuses to run when they differ."""

from __future__ import annotations

import pickle

import pytest
from whoosh.analysis import CompositeAnalyzer
from whoosh.filedb.filestore import RamStorage

from indexer.analysis import exact_analyzer, german_analyzer
from indexer.analysis import terms as bulk
from indexer.analysis.filters import GERMAN_STOPWORDS
from indexer.analysis.terms import (
    PROBE,
    AnalysisMismatch,
    ExactTerms,
    GermanTerms,
    check_exact,
    check_german,
    split_tokens,
)
from indexer.engine.codec import FastSegmentWriter
from indexer.schema import build_schema

SAMPLE = (
    "Liebe Bürger*innen und Kolleg:innen, die Mindestlohnerhöhung und die Ost-West-"
    "Rentenüberleitung nach § 218 betreffen 19/28444 Bundestagsabgeordnete in Leipzig-Süd. "
    "Die Regierung erhöht die Mütterrente; BürgerInnen fordern Tariftreue. "
    "Wir sind und bleiben hier, geht’s noch? „Zitat“ »Zitat« 9 Euro Ticket 2024-09-01."
)


def _tokens(analyzer: CompositeAnalyzer, text: str) -> list[tuple[str, int, float, bool]]:
    return [
        (t.text, t.pos, round(t.boost, 6), t.stopped)
        for t in analyzer(text, mode="index", positions=True)
    ]


def test_chain_pickles_and_compares_equal() -> None:
    analyzer = german_analyzer()
    restored = pickle.loads(pickle.dumps(analyzer))
    assert restored == analyzer and type(restored) is type(analyzer)
    assert _tokens(restored, SAMPLE) == _tokens(analyzer, SAMPLE)


def test_the_chain_is_the_plain_pipeline_of_its_filters() -> None:
    """No index-time shortcut inside the analyzer: it is its filters, run by Whoosh."""
    analyzer = german_analyzer()
    pipeline = CompositeAnalyzer(*analyzer.items)
    assert _tokens(analyzer, SAMPLE) == _tokens(pipeline, SAMPLE)
    assert len(_tokens(analyzer, SAMPLE)) > 40


def test_the_probe_holds_the_kinds_of_token_the_chain_treats_specially() -> None:
    raws = split_tokens(PROBE)
    for kind in ["Bürger*innen", "Kolleg:innen", "Ost-West-Rentenüberleitung", "§ 218",
                 "19/28444", "Mindestlohnerhöhung", "Regierung", "geht’s", "Ministerien"]:
        assert kind in raws, kind
    terms = {t.text for t in german_analyzer()(PROBE, mode="index")}
    assert {"erhoh", "regi", "burg", "ostw", "ministerium"} <= terms


def test_the_bulk_paths_pass_their_check() -> None:
    check_german(GermanTerms(GERMAN_STOPWORDS, 0.5, True, 0.5), german_analyzer())
    check_exact(ExactTerms(), exact_analyzer())


def test_a_bulk_path_that_drifts_from_the_chain_is_caught() -> None:
    """A rule changed in a filter but not in the bulk path (here: the verb boost)."""
    drifted = GermanTerms(GERMAN_STOPWORDS, 0.5, True, 0.25)
    with pytest.raises(AnalysisMismatch, match="bulk analysis .* differs from the German chain"):
        check_german(drifted, german_analyzer())
    unstopped = GermanTerms(frozenset(), 0.5, True, 0.5)
    with pytest.raises(AnalysisMismatch, match="'das'"):
        check_german(unstopped, german_analyzer())


def test_an_exact_bulk_path_that_drifts_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "fold", lambda text: text)  # forgets ä -> ae
    with pytest.raises(AnalysisMismatch, match="differs from the exact chain"):
        check_exact(ExactTerms(), exact_analyzer())


def test_the_writer_refuses_to_build_a_drifted_bulk_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs when a writer plans its fields (once per process and setting)."""

    def drifted_plain(self: GermanTerms, text: str) -> object:
        return None if text == "rente" else original(self, text)  # drops a word

    original = GermanTerms._plain
    monkeypatch.setattr(GermanTerms, "_plain", drifted_plain)
    monkeypatch.setattr(bulk, "PROBE", "Die Rente steigt.")
    bulk._german_terms.cache_clear()
    try:
        ix = RamStorage().create_index(build_schema())
        with pytest.raises(AnalysisMismatch, match="'rent'"):
            FastSegmentWriter(ix)
    finally:
        bulk._german_terms.cache_clear()
