"""The merge policy folds small segments together and leaves large ones alone."""

from __future__ import annotations

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index
from whoosh.writing import MERGE_SMALL

from indexer.engine import merging
from indexer.engine.merging import merge_small_segments


@pytest.fixture(autouse=True)
def _small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segments under 5 documents count as small (the real threshold is 1,000)."""
    monkeypatch.setattr(merging, "SMALL_SEGMENT", 5)


def _index(sizes: list[int]) -> Index:
    """An index with one segment per size (commits without merging)."""
    ix = RamStorage().create_index(Schema(id=ID(stored=True, unique=True), text=TEXT))
    number = 0
    for size in sizes:
        writer = ix.writer()
        for _ in range(size):
            writer.add_document(id=str(number), text=f"wort{number % 7} rede")
            number += 1
        writer.commit(merge=False)
    return ix


def _sizes(ix: Index) -> list[int]:
    return sorted(s.doc_count_all() for s in ix._segments())


def _commit_one(ix: Index, policy: object) -> None:
    writer = ix.writer()
    writer.add_document(id="new", text="neu")
    writer.commit(mergetype=policy)


def test_many_large_segments_stay_as_they_are() -> None:
    """Whoosh's own policy merges some of them (at 110,000 speeches: all, for hours); this one
    merges none."""
    ix = _index([10] * 22)
    _commit_one(ix, merge_small_segments)
    assert _sizes(ix) == [1] + [10] * 22
    assert ix.searcher().doc_count() == 221

    whoosh = _index([10] * 22)
    _commit_one(whoosh, MERGE_SMALL)
    assert len(_sizes(whoosh)) < 22


def test_small_segments_are_merged_once_there_are_enough() -> None:
    ix = _index([10, 2, 12, 1, 3, 4])
    _commit_one(ix, merge_small_segments)  # 2, 1, 3 and 4 join the new document's segment
    assert _sizes(ix) == [10, 11, 12]
    assert ix.searcher().doc_count() == 33
    assert sorted(ix.searcher().lexicon("id")) == sorted(
        [str(n).encode() for n in range(32)] + [b"new"]
    )


def test_a_few_small_segments_wait() -> None:
    ix = _index([10, 2])
    _commit_one(ix, merge_small_segments)
    assert _sizes(ix) == [1, 2, 10]


def _with_big_segment(ix: Index, words: int) -> None:
    """One segment of a single long document (a whole protocol in one file)."""
    writer = ix.writer()
    writer.add_document(id="gross", text=" ".join(f"wort{n}" for n in range(words)))
    writer.commit(merge=False)


def test_a_segment_over_the_byte_limit_is_never_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-document segment of many bytes stays apart while the small ones around it are
    folded together, commit after commit (it used to be rewritten every fourth commit)."""
    ix = _index([2])
    _with_big_segment(ix, 20_000)
    big = [s for s in ix._segments() if s.doc_count_all() == 1]
    limit = merging.segment_bytes(ix.storage, big[0])
    monkeypatch.setattr(merging, "SMALL_SEGMENT_BYTES", limit)  # the big one is just over it
    big_id = big[0].segid
    others = [s for s in ix._segments() if s.segid != big_id]
    assert all(merging.segment_bytes(ix.storage, s) < limit for s in others)
    for round_ in range(6):
        writer = ix.writer()
        writer.add_document(id=f"neu{round_}", text="neu")
        writer.commit(mergetype=merge_small_segments)
        segments = ix._segments()
        assert big_id in {s.segid for s in segments}  # never rewritten
        assert sum(1 for s in segments if s.segid != big_id) < merging.MERGE_AT + 1
    assert ix.searcher().doc_count() == 2 + 1 + 6


def test_the_policy_never_picks_a_segment_over_the_byte_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ix = _index([2, 1, 3, 1])
    _with_big_segment(ix, 5_000)
    sizes = [merging.segment_bytes(ix.storage, s) for s in ix._segments()]
    monkeypatch.setattr(merging, "SMALL_SEGMENT_BYTES", sorted(sizes)[-1])
    picked: list[int] = []

    def recording(writer: object, segments: list[object]) -> list[object]:
        kept = merge_small_segments(writer, segments)
        picked.extend(
            merging.segment_bytes(ix.storage, s) for s in segments if s not in kept
        )
        return kept

    _commit_one(ix, recording)
    assert len(picked) == 4  # the four small ones were folded, the big one was not
    assert max(picked) < merging.SMALL_SEGMENT_BYTES
    assert ix.searcher().doc_count() == 2 + 1 + 3 + 1 + 1 + 1
