"""The fused index-time loop of GermanChain produces exactly what the filter pipeline does."""

from __future__ import annotations

import gzip
import json
import pickle
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import CompositeAnalyzer

from indexer.analysis import german_analyzer
from tests.conftest import CORPUS, require_shared

SAMPLE = (
    "Liebe Bürger*innen und Kolleg:innen, die Mindestlohnerhöhung und die Ost-West-"
    "Rentenüberleitung nach § 218 betreffen 19/28444 Bundestagsabgeordnete in Leipzig-Süd. "
    "Die Regierung erhöht die Mütterrente; BürgerInnen fordern Tariftreue. "
    "Wir sind und bleiben hier, geht’s noch? „Zitat“ »Zitat« 9 Euro Ticket 2024-09-01."
)


def _tokens(analyzer: CompositeAnalyzer, text: str, removestops: bool = True) -> list[tuple]:
    return [
        (t.text, t.pos, round(t.boost, 6), t.stopped)
        for t in analyzer(text, mode="index", positions=True, removestops=removestops)
    ]


def _pipeline() -> CompositeAnalyzer:
    """The same items, run as an ordinary Whoosh pipeline."""
    return CompositeAnalyzer(*german_analyzer().items)


@pytest.mark.parametrize("removestops", [True, False])
def test_fused_matches_pipeline_on_sample(removestops: bool) -> None:
    fused = german_analyzer()
    assert _tokens(fused, SAMPLE, removestops) == _tokens(_pipeline(), SAMPLE, removestops)
    assert len(_tokens(fused, SAMPLE)) > 40


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_fused_matches_pipeline_on_arbitrary_text(text: str) -> None:
    assert _tokens(german_analyzer(), text) == _tokens(_pipeline(), text)


def test_fused_matches_pipeline_on_speeches() -> None:
    with gzip.open(require_shared(CORPUS), "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in islice(handle, 150)]
    fused, pipeline = german_analyzer(), _pipeline()
    for text in texts:
        assert _tokens(fused, text) == _tokens(pipeline, text)


def test_chain_pickles_and_compares_equal() -> None:
    analyzer = german_analyzer()
    restored = pickle.loads(pickle.dumps(analyzer))
    assert restored == analyzer and type(restored) is type(analyzer)
    assert _tokens(restored, SAMPLE) == _tokens(analyzer, SAMPLE)
