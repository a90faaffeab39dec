"""A segment that merged others (Whoosh's folding of small segments, ``optimize``) gets flat
postings merged from the merged segments' own, equal to those its blocks hold; rankings
through it equal Whoosh's."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.query import Term
from whoosh.writing import SegmentWriter

from indexer.engine import merging
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import FlatField, FlatSegment, write_from_blocks
from indexer.engine.health import check_index
from indexer.engine.merging import merge_small_segments
from indexer.engine.ranking import Ranker, weighting
from indexer.engine.store import IndexStore
from indexer.errors import ParteisucheError
from indexer.ingest.indexing import optimize
from indexer.query import parse_query
from indexer.schema import build_schema, flat_only, flat_positions_only
from tests.support.reference import reference_schema
from tests.unit.search.test_search_ranking import _docs, _fill, assert_same_ranking, whoosh_ranking

PARTS = (6, 3, 5, 4, 7)  # documents per segment: all small for the policy below
DELETED = ("d1", "d7", "d8", "d20")  # one of them the whole first posting list of some terms


@pytest.fixture(autouse=True)
def _small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segments under 10 documents count as small (the real threshold is 1,000)."""
    monkeypatch.setattr(merging, "SMALL_SEGMENT", 10)


def _index(folder: Path, writers: tuple[type, ...] | None = None,
           schema: Schema | None = None) -> Index:
    """One segment per entry of :data:`PARTS`, by the project's writer unless ``writers``
    names Whoosh's for some."""
    folder.mkdir(exist_ok=True)
    ix = FileStorage(str(folder)).create_index(schema or build_schema())
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
    if field.frequencies is not None:
        found["frequencies"] = field.frequencies.astype(np.int64).tolist()
    return found


def _live(deleted: tuple[str, ...] = DELETED, first: list[dict[str, object]] | None = None
          ) -> list[dict[str, object]]:
    """The documents a merge keeps, in the merged segment's order (``first`` before them)."""
    kept = [d for d in _docs(sum(PARTS), seed=5) if d["id"] not in deleted]
    return [*(first or []), *kept]


def _check_against_fresh(ix: Index, docs: list[dict[str, object]], tmp_path: Path) -> int:
    """The index is one segment whose flat postings equal those of a segment written afresh
    from ``docs`` (the same documents in the same order: positions included); and, but for
    the text fields, of which Whoosh's files hold nothing, those read back from its blocks.
    Returns how many fields were compared."""
    folder = tmp_path / "fresh"
    folder.mkdir()
    fresh = FileStorage(str(folder)).create_index(build_schema())
    writer = FastSegmentWriter(fresh)
    _fill(writer, docs)
    writer.commit(merge=False)
    compared = 0
    with ix.reader() as reader, fresh.reader() as again:
        (leaf, _), = reader.leaf_readers()
        flat = FlatSegment.of(leaf)
        assert flat is not None, f"segment {leaf.segment().segment_id()} lacks flat postings"
        want = FlatSegment.of(again)
        assert want is not None and sorted(flat.fields) == sorted(want.fields)
        buffer = BytesIO()
        write_from_blocks(leaf, buffer)
        blocks = FlatSegment(buffer.getvalue())
        for name, field in flat.fields.items():
            got = _arrays(field)
            assert got == _arrays(want.fields[name]), name
            if flat_only(leaf.schema[name]):  # postings in the flat arrays alone: no blocks
                extra = "positions" if flat_positions_only(leaf.schema[name]) else "frequencies"
                assert extra in got and name not in blocks.fields
                word = got["terms"][0]
                assert (name, word) in leaf._terms  # read from the flat arrays
                assert (name, word) not in leaf._terms._inner  # Whoosh's own terms
            else:
                assert got == _arrays(blocks.fields[name]), name
            compared += 1
    return compared


QUERIES = ("Rente", '"Rente Pflege"', "Gesetz ODER Bürgergeld", "Kindergrundsicherung",
           '"Rente Rente"')


def _rankings(ix: Index) -> list[list[tuple[int, float]]]:
    """All hits (document number, score) of :data:`QUERIES`, through the project's ranker."""
    found = []
    with ix.searcher(weighting=weighting()) as searcher:
        for text in QUERIES:
            found.append(Ranker(searcher).rank(parse_query(text, searcher).query).top(None, 99))
    return found


def test_folded_segments_get_the_flat_postings_of_their_documents(tmp_path: Path) -> None:
    ix = _index(tmp_path / "index")
    writer = FastSegmentWriter(ix)
    _delete(ix, writer)
    writer.commit(mergetype=merge_small_segments)
    assert [s.doc_count_all() for s in ix._segments()] == [sum(PARTS) - len(DELETED)]
    assert _check_against_fresh(ix, _live(), tmp_path) > 5
    with ix.reader() as reader:
        (leaf, _), = reader.leaf_readers()
        exact = FlatSegment.of(leaf).fields["exact"]  # type: ignore[union-attr]
        assert exact.positions is not None and exact.weights is None  # derived, as written
        text = FlatSegment.of(leaf).fields["text"]  # type: ignore[union-attr]
        assert text.frequencies is not None and text.weights is not None


def test_rankings_through_a_folded_segment_equal_whoosh_s(tmp_path: Path) -> None:
    """Phrases and near words included (their positions come from the merged flat postings
    alone): against Whoosh's own ranking of the same documents, folded by Whoosh's writer,
    with Whoosh's positions in ``exact`` (the reference schema)."""
    folded = _index(tmp_path / "folded")
    writer = FastSegmentWriter(folded)
    _delete(folded, writer)
    writer.commit(mergetype=merge_small_segments)
    stock = _index(tmp_path / "stock", schema=reference_schema())
    writer = SegmentWriter(stock)
    _delete(stock, writer)
    writer.commit(mergetype=merge_small_segments)
    with stock.reader() as reader:
        assert all(FlatSegment.of(leaf) is None for leaf, _ in reader.leaf_readers())
    found = _rankings(folded)
    with stock.searcher(weighting=weighting()) as searcher:
        for text, got in zip(QUERIES, found, strict=True):
            assert got, text
            assert_same_ranking(got, whoosh_ranking(searcher, parse_query(text, searcher).query))


def test_a_document_added_with_the_merge_comes_first(tmp_path: Path) -> None:
    """A correction replaces one document in a commit that also folds the small segments."""
    ix = _index(tmp_path / "index")
    writer = FastSegmentWriter(ix)
    _delete(ix, writer)
    added = _docs(1, seed=99)
    added[0]["id"] = "neu"
    _fill(writer, added)
    writer.commit(mergetype=merge_small_segments)
    assert [s.doc_count_all() for s in ix._segments()] == [sum(PARTS) - len(DELETED) + 1]
    assert _check_against_fresh(ix, _live(first=added), tmp_path) > 5


def test_a_segment_without_flat_postings_is_not_merged(tmp_path: Path) -> None:
    """A segment Whoosh's writer wrote (or a damaged one) has no flat postings, and Whoosh's
    blocks hold no positions of ``exact``: the merge is refused, naming the file, and the
    index stays as it was."""
    ix = _index(tmp_path, (FastSegmentWriter, SegmentWriter, *[FastSegmentWriter] * 3))
    before = [s.segment_id() for s in ix._segments()]
    writer = FastSegmentWriter(ix)
    _delete(ix, writer)
    stock = ix._segments()[1].make_filename(".flp")
    with pytest.raises(ParteisucheError, match=rf"{stock} is missing.*reindex"):
        writer.commit(mergetype=merge_small_segments)
    writer.cancel()
    assert [s.segment_id() for s in ix.refresh()._segments()] == before
    assert ix.refresh().doc_count() == sum(PARTS)


def test_optimize_leaves_one_segment_with_the_flat_postings_of_all(tmp_path: Path) -> None:
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
    assert _check_against_fresh(store.open(), _live(deleted=()), tmp_path) > 5


def test_a_damaged_flat_file_is_refused_by_name(tmp_path: Path) -> None:
    """Whoosh's blocks hold nothing of the text fields: a segment whose flat postings are
    damaged can answer neither a word nor a phrase, and ``check``, a word and a phrase say
    which file it is."""
    store = IndexStore(tmp_path / "index")
    ix = store.create()
    writer = FastSegmentWriter(ix, compound=False)
    _fill(writer, _docs(12, seed=5))
    writer.commit(merge=False)
    assert check_index(store)["healthy"]
    (flp,) = (tmp_path / "index").rglob("*.flp")
    flp.write_bytes(flp.read_bytes()[:-3])
    report = check_index(store)
    assert not report["healthy"] and f"{flp.name}: " in report["problem"]
    assert "reindex" in report["problem"]
    with store.open().searcher(weighting=weighting()) as searcher:
        ranker = Ranker(searcher)
        assert ranker.rank(Term("party", "FDP")).total > 0  # from Whoosh's blocks
        with pytest.raises(ParteisucheError, match=rf"{flp.name}: .*'text'.*reindex"):
            ranker.rank(parse_query("Rente", searcher).query)
        with pytest.raises(ParteisucheError, match=rf"{flp.name}: .*reindex"):
            ranker.rank(parse_query('"Rente Pflege"', searcher).query)
