"""A segment that merged others (Whoosh's folding of small segments, ``optimize``) gets flat
postings merged from the merged segments' own, equal to those its blocks hold; rankings
through it equal Whoosh's."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.writing import SegmentWriter

from indexer.engine import merging
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import FlatField, FlatSegment, write_from_blocks
from indexer.engine.merging import merge_small_segments
from indexer.engine.ranking import Ranker, weighting
from indexer.engine.store import IndexStore
from indexer.ingest.indexing import optimize
from indexer.query import parse_query
from indexer.schema import build_schema
from tests.unit.search.test_search_ranking import _docs, _fill

PARTS = (6, 3, 5, 4, 7)  # documents per segment: all small for the policy below
DELETED = ("d1", "d7", "d8", "d20")  # one of them the whole first posting list of some terms


@pytest.fixture(autouse=True)
def _small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segments under 10 documents count as small (the real threshold is 1,000)."""
    monkeypatch.setattr(merging, "SMALL_SEGMENT", 10)


def _index(folder: Path, writers: tuple[type, ...] | None = None) -> Index:
    """One segment per entry of :data:`PARTS`, by the project's writer unless ``writers``
    names Whoosh's for some."""
    folder.mkdir(exist_ok=True)
    ix = FileStorage(str(folder)).create_index(build_schema())
    docs = _docs(sum(PARTS), seed=5)
    start = 0
    for n, size in enumerate(PARTS):
        kind = writers[n] if writers else FastSegmentWriter
        writer = kind(ix)
        _fill(writer, docs[start : start + size])
        writer.commit(merge=False)
        start += size
    return ix


def _delete(ix: Index, writer: Any) -> None:
    for doc_id in DELETED:
        writer.delete_by_term("id", doc_id)


def _arrays(field: FlatField) -> dict[str, list[Any]]:
    """Everything a query reads of one field, widened (the stored types may differ)."""
    found: dict[str, list[Any]] = {
        "terms": field.terms(),
        "starts": field.starts.astype(np.int64).tolist(),
        "docs": field.docs.astype(np.int64).tolist(),
        "weights": field.weights_of(0, len(field.docs)).tolist(),
    }
    if field.positions is not None and field.position_counts is not None:
        found["position_counts"] = field.position_counts.astype(np.int64).tolist()
        found["positions"] = field.positions.astype(np.int64).tolist()
    return found


def _check_against_blocks(ix: Index) -> int:
    """Every segment has flat postings, equal to those read back from its blocks; returns
    how many fields were compared."""
    compared = 0
    with ix.reader() as reader:
        for leaf, _offset in reader.leaf_readers():
            flat = FlatSegment.of(leaf)
            assert flat is not None, f"segment {leaf.segment().segment_id()} lacks flat postings"
            buffer = BytesIO()
            write_from_blocks(leaf, buffer)
            blocks = FlatSegment(buffer.getvalue())
            assert sorted(flat.fields) == sorted(blocks.fields)
            for name, field in flat.fields.items():
                assert _arrays(field) == _arrays(blocks.fields[name]), name
                compared += 1
    return compared


def _rankings(ix: Index) -> list[list[tuple[int, float]]]:
    """Top hits (document number, score) of some queries, through the project's ranker."""
    found = []
    with ix.searcher(weighting=weighting()) as searcher:
        for text in ("Rente", '"Rente und"', "Pflege OR Schule", "Rente NEAR Pflege"):
            found.append(Ranker(searcher).rank(parse_query(text, searcher).query).top(None, 50))
    return found


def test_folded_segments_get_flat_postings_equal_to_their_blocks(tmp_path: Path) -> None:
    ix = _index(tmp_path)
    writer = FastSegmentWriter(ix)
    _delete(ix, writer)
    writer.commit(mergetype=merge_small_segments)
    assert [s.doc_count_all() for s in ix._segments()] == [sum(PARTS) - len(DELETED)]
    assert _check_against_blocks(ix) > 5
    with ix.reader() as reader:
        (leaf, _), = reader.leaf_readers()
        exact = FlatSegment.of(leaf).fields["exact"]  # type: ignore[union-attr]
        assert exact.positions is not None and exact.weights is None  # derived, as written


def test_rankings_through_a_folded_segment_equal_those_through_its_blocks(
    tmp_path: Path,
) -> None:
    """The same merge by Whoosh's writer leaves the segment without flat postings, so the
    ranker reads its blocks: the two indexes rank alike."""
    ours = _index(tmp_path / "ours")
    writer = FastSegmentWriter(ours)
    _delete(ours, writer)
    writer.commit(mergetype=merge_small_segments)
    stock = _index(tmp_path / "stock")
    writer = SegmentWriter(stock)
    _delete(stock, writer)
    writer.commit(mergetype=merge_small_segments)
    with stock.reader() as reader:
        assert all(FlatSegment.of(leaf) is None for leaf, _ in reader.leaf_readers())
    found = _rankings(ours)
    assert any(found) and found == _rankings(stock)


def test_a_document_added_with_the_merge_comes_first(tmp_path: Path) -> None:
    """A correction replaces one document in a commit that also folds the small segments."""
    ix = _index(tmp_path)
    writer = FastSegmentWriter(ix)
    _delete(ix, writer)
    _fill(writer, _docs(1, seed=99))
    writer.commit(mergetype=merge_small_segments)
    assert [s.doc_count_all() for s in ix._segments()] == [sum(PARTS) - len(DELETED) + 1]
    assert _check_against_blocks(ix) > 5


def test_a_merged_segment_without_flat_postings_is_read_from_its_blocks(
    tmp_path: Path,
) -> None:
    """A segment Whoosh's writer wrote (or an older version) has no flat postings: the merged
    ones are read back from the new blocks, still complete."""
    ix = _index(tmp_path, (FastSegmentWriter, SegmentWriter, *[FastSegmentWriter] * 3))
    writer = FastSegmentWriter(ix)
    _delete(ix, writer)
    writer.commit(mergetype=merge_small_segments)
    assert _check_against_blocks(ix) > 5


def test_optimize_leaves_one_segment_with_flat_postings(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    ix = store.create()
    docs = _docs(sum(PARTS), seed=5)
    start = 0
    for size in PARTS:
        writer = FastSegmentWriter(ix)
        _fill(writer, docs[start : start + size])
        writer.commit(merge=False)
        start += size
    assert optimize(store, wait=0) == 1
    assert _check_against_blocks(store.open()) > 5
