"""Edge cases of the numpy-inverted postings (:mod:`indexer.engine.codec`), compared with Whoosh's
writer as in ``test_indexing_codec``: boosts whose sums numpy cannot be trusted to get exact
(the block statistics are then summed one by one, as Whoosh does), zero weights, a term in
every document, posting lists of exactly one or two blocks and of exactly
:data:`~indexer.engine.codec.ARRAY_MIN` postings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from indexer.engine.codec import ARRAY_MIN, _exact_sums, _stable_order
from tests.integration.test_indexing_codec import _compare, _sample_fields

BLOCK = 100


def _doc(base: dict[str, Any], number: int, text: str, **extra: Any) -> dict[str, Any]:
    doc = dict(base)
    doc.update(id=f"edge-{number}", title=f"Kante {number % 3}", text=text,
               exact=f"Kante {number % 3}\n{text}", path=f"/edge/{number}",
               content_hash=f"e{number}", person="", person_text=f"Edda Kante{number % 3}",
               year=2001, date_start=20010101, date_end=20010101)
    doc.update(extra)
    return doc


def _edge_fields(base: dict[str, Any]) -> list[dict[str, Any]]:
    docs = []
    for number in range(2 * BLOCK):
        words = ["ueberall"]  # in every document: two full blocks
        if number < ARRAY_MIN:
            words.append("genau")  # exactly ARRAY_MIN postings
        if number < ARRAY_MIN - 1:
            words.append("knapp")  # one fewer: a tuple block
        if number < BLOCK:
            words.append("blockvoll")  # exactly one full block
        words += ["Rente"] * (number % 4)
        docs.append(_doc(base, number, " ".join(words)))
    return docs


#: Boosts that are not multiples of 1/1024 (so numpy's sums are not trusted to be exact) but
#: exact as 32-bit floats (both writers then decode the same weights; with a boost like 0.1
#: the fast writer's ``array('f')`` weights differ from Whoosh's doubles, as they always have).
ODD_BOOSTS = (2.0**-12, 3 * 2.0**-13, 1.0, 1.5 + 2.0**-12)


def _boosted_fields(base: dict[str, Any]) -> list[dict[str, Any]]:
    docs = []
    for number in range(3 * BLOCK):
        boost = ODD_BOOSTS[number % 4]
        text = " ".join(["Klima", "Schutz"] * (1 + number % 5) + ["Kohle"])
        docs.append(_doc(base, number, text, _text_boost=boost, _exact_boost=boost * 3))
    return docs


@pytest.mark.parametrize("block", [BLOCK, 1024])
def test_block_edges_and_a_term_in_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr("indexer.engine.codec.BLOCK_POSTINGS", block)
    sample = _sample_fields()
    _compare(tmp_path, _edge_fields(sample[0]))


def test_weights_summed_in_whooshs_order(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _exact_sums(np.asarray(ODD_BOOSTS, dtype=np.float32))
    monkeypatch.setattr("indexer.engine.codec.BLOCK_POSTINGS", BLOCK)
    sample = _sample_fields()
    _compare(tmp_path, sample + _boosted_fields(sample[0]))


def test_zero_weights(tmp_path: Path) -> None:
    sample = _sample_fields()
    docs = [_doc(sample[0], n, "Null Gewicht Rente", _text_boost=0.0) for n in range(5)]
    _compare(tmp_path, sample[:5] + docs)


def test_stable_order_is_a_stable_argsort() -> None:
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 50, 10_000).astype(np.uint32)
    assert (_stable_order(keys) == np.argsort(keys, kind="stable")).all()
    assert len(_stable_order(np.empty(0, dtype=np.uint32))) == 0
