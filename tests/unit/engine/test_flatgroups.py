"""Group files: merged flat postings equal their segments' postings, the policy merges what it
should, and a group that no longer matches the index (or is damaged) is never read."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index

from indexer.engine import flatgroups, merging
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import FlatField, FlatSegment
from indexer.engine.flatgroups import (
    MERGE_FACTOR,
    _mergeable,
    _Run,
    flat_units,
    groups_in,
    index_folder,
    regroup,
)
from indexer.engine.ranking import Ranker, weighting
from indexer.engine.store import IndexStore
from indexer.ingest import indexing
from indexer.ingest.indexing import IndexOptions, index_paths, regroup_and_publish, reindex
from indexer.query import parse_query
from indexer.schema import build_schema
from indexer.search import SearchRequest, SearchService
from tests.unit.search.test_search_ranking import _docs, _fill

PARTS = (40, 25, 60, 5)  # documents per segment


@pytest.fixture(autouse=True)
def _tiny_segments_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test segments are tiny; in real indexes Whoosh itself folds such segments together,
    so the policy leaves them out (see test_policy_merges_...)."""
    monkeypatch.setattr(flatgroups, "SMALL_SEGMENT", 0)


def _index(folder: Path, parts: tuple[int, ...] = PARTS) -> Index:
    """One segment (with flat postings) per entry of ``parts``."""
    ix = FileStorage(str(folder)).create_index(build_schema())
    docs = _docs(sum(parts), seed=11)
    start = 0
    for size in parts:
        writer = FastSegmentWriter(ix)
        _fill(writer, docs[start : start + size])
        writer.commit(merge=False)
        start += size
    return ix


def _leaves(ix: Index) -> list[tuple[object, int]]:
    reader = ix.reader()
    leaves: list[tuple[object, int]] = reader.leaf_readers()
    return leaves


def _postings(field: FlatField, term: int, base: int) -> tuple[list[int], list[float], list[int]]:
    start, end = field.span(term)
    docs = (field.docs[start:end].astype(np.int64) + base).tolist()
    found: list[int] = []
    if field.positions is not None and field.position_counts is not None:
        bounds = field.position_bounds(start, end)
        found = field.positions[bounds[0] : bounds[-1]].tolist()
    return docs, field.weights_of(start, end).tolist(), found


def test_a_group_holds_exactly_its_segments_postings(tmp_path: Path) -> None:
    ix = _index(tmp_path)
    assert regroup(ix, factor=len(PARTS)) is True
    groups = groups_in(tmp_path)
    assert len(groups) == 1
    group = next(iter(groups.values()))
    leaves = _leaves(ix)
    assert group.members == [
        (leaf.segment().segment_id(), leaf.doc_count_all()) for leaf, _ in leaves  # type: ignore[attr-defined]
    ]
    segments = [(FlatSegment.of(leaf), offset) for leaf, offset in leaves]
    checked = 0
    for name, merged in group.fields.items():
        terms = set()
        for flat, _offset in segments:
            assert flat is not None
            field = flat.field(name)
            terms |= set(field.terms()) if field is not None else set()
        assert merged.terms() == sorted(terms)
        for text in terms:
            want: tuple[list[int], list[float], list[int]] = ([], [], [])
            for flat, offset in segments:
                assert flat is not None
                field = flat.field(name)
                if field is not None and (number := field.find(text)) >= 0:
                    for kept, part in zip(want, _postings(field, number, offset), strict=True):
                        kept.extend(part)  # type: ignore[arg-type]
            assert _postings(merged, merged.find(text), 0) == want
            checked += 1
    assert checked > 100
    assert group.fields["exact"].positions is not None
    assert group.fields["text"].positions is None


def test_rankings_through_groups_equal_those_through_segments(tmp_path: Path) -> None:
    ix = _index(tmp_path)
    writer = ix.writer()
    for n in (3, 44, 100):
        writer.delete_by_term("id", f"d{n}")
    writer.commit(merge=False)
    with ix.searcher(weighting=weighting()) as searcher:
        leaves = [(s.reader(), o) for s, o in searcher.leaf_searchers()]
        before = {q: Ranker(searcher).rank(parse_query(q, searcher).query) for q in QUERIES}
        assert len(flat_units(leaves, index_folder(searcher))) == len(PARTS)
    regroup(ix, factor=2)
    with ix.searcher(weighting=weighting()) as searcher:
        units = flat_units([(s.reader(), o) for s, o in searcher.leaf_searchers()],
                           index_folder(searcher))
        assert [leaf is None for leaf, _o, _f in units] == [True]  # all in one group
        for text, ranking in before.items():
            query = parse_query(text, searcher).query
            now = Ranker(searcher).rank(query)
            assert now.total == ranking.total
            assert now.top(None, 1000) == ranking.top(None, 1000), text


QUERIES = ["Rente", "Pflegeversicherung Beitrag erhöhen", '"nationale Sicherheitsstrategie"',
           '"Rente Pflege"', "Klima*", "Rente -Pflege", "partei:SPD Rente", "gibtesnicht"]


def test_policy_merges_runs_of_one_level_within_the_size_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(flatgroups, "SMALL_SEGMENT", merging.SMALL_SEGMENT)
    def runs(*documents: int, nbytes: int | None = 10) -> list[_Run]:
        return [_Run([(f"s{i}", n)], nbytes) for i, n in enumerate(documents)]

    assert _mergeable(runs(5000, 5000, 4000), 3) == (0, 3)
    assert _mergeable(runs(5000, 5000), 3) is None  # too few
    assert _mergeable(runs(50_000, 5000, 5000, 1000), 3) == (1, 4)
    assert _mergeable(runs(5000, 5000, 800, 5000), 3) is None  # Whoosh merges the small one
    assert _mergeable([*runs(5000, 5000), _Run([("g", 800)], 10, "group")], 3) == (0, 3)
    assert _mergeable(runs(5000, 50_000, 5000), 3) is None  # levels differ
    assert _mergeable(runs(5000, 5000, 5000, nbytes=None), 3) is None  # no flat postings
    big = flatgroups.MAX_GROUP_BYTES // 2
    assert _mergeable(runs(5000, 5000, 5000, nbytes=big), 3) is None  # too large to merge
    assert MERGE_FACTOR == 10


def test_a_group_whose_segments_changed_is_ignored_and_removed(tmp_path: Path) -> None:
    ix = _index(tmp_path)
    regroup(ix, factor=2)
    (tmp_path / (flatgroups.PREFIX + "x" + flatgroups.SUFFIX + ".tmp")).write_bytes(b"partial")
    [name] = groups_in(tmp_path)
    writer = ix.writer()
    writer.commit(optimize=True)  # Whoosh's merge: one new segment
    leaves = _leaves(ix)
    assert len(leaves) == 1
    units = flat_units(leaves, tmp_path)
    assert units[0][0] is not None  # the segment itself, not the stale group
    assert regroup(ix, factor=2) is False
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(flatgroups.PREFIX)]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "not a group"])
def test_a_damaged_group_is_not_used(tmp_path: Path, damage: str) -> None:
    ix = _index(tmp_path)
    regroup(ix, factor=len(PARTS))
    [name] = groups_in(tmp_path)
    path = tmp_path / name
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00" * 64)
    else:  # a segment's flat file under a group's name: it names no members
        leaf, _offset = _leaves(ix)[0]
        flat = FlatSegment.of(leaf)
        assert flat is not None and flat.members is None
        path.write_bytes(leaf._storage.open_file(  # type: ignore[attr-defined]
            leaf.segment().make_filename(".flp")).read())  # type: ignore[attr-defined]
    assert groups_in(tmp_path) == {}
    units = flat_units(_leaves(ix), tmp_path)
    assert len(units) == len(PARTS) and all(f is not None for _l, _o, f in units)


def test_a_failed_merge_leaves_no_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ix = _index(tmp_path)

    def broken(parts: object) -> object:
        raise MemoryError("simulated")

    working = flatgroups.merge_fields
    monkeypatch.setattr(flatgroups, "merge_fields", broken)
    with pytest.raises(MemoryError):
        regroup(ix, factor=2)
    monkeypatch.setattr(flatgroups, "merge_fields", working)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(flatgroups.PREFIX)]
    assert len(flat_units(_leaves(ix), tmp_path)) == len(PARTS)
    assert regroup(ix, factor=2) is True  # the next run merges
    assert len(groups_in(tmp_path)) == 1


def test_a_running_service_switches_to_new_groups(tmp_path: Path) -> None:
    """Groups are published with a new generation: a service that already searched the
    segments reads the group from its next request on, with the same results."""
    store = IndexStore(tmp_path / "index")
    ix = store.create()
    docs = _docs(90, seed=5)
    for part in (docs[:50], docs[50:]):
        writer = FastSegmentWriter(ix)
        _fill(writer, part)
        writer.commit(merge=False)
    service = SearchService(store)
    requests = [SearchRequest(q=q, with_facets=True) for q in QUERIES]
    before = [service.search(r) for r in requests]
    generation = service.generation(service.searcher())
    assert [leaf is not None for leaf, _o, _f in generation.units] == [True, True]

    regroup_and_publish(store, ix, factor=2)
    service.forget_queries()
    after = [service.search(r) for r in requests]
    generation = service.generation(service.searcher())
    assert [leaf is None for leaf, _o, _f in generation.units] == [True]
    for old, new in zip(before, after, strict=True):
        assert (new.total, new.facets) == (old.total, old.facets)
        assert [(h.id, h.score) for h in new.hits] == [(h.id, h.score) for h in old.hits]


def test_indexing_runs_merge_segments_into_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``index`` merges by the policy after its commits, and searches read the group; after a
    ``reindex`` (a fresh folder, one segment) they read that segment."""
    monkeypatch.setattr(flatgroups, "MERGE_FACTOR", 2)
    store = IndexStore(tmp_path / "index")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(2):
        (corpus / f"rede-{n}.txt").write_text(
            f"Rede {n}\n\nDie Rente und die Pflege, Rede Nummer {n}.", encoding="utf-8"
        )
        summary = index_paths(store, [corpus], IndexOptions())
        assert summary.ok
    folder = tmp_path / "index" / store.manifest().data
    assert len(groups_in(folder)) == 1
    service = SearchService(store)
    assert service.search(SearchRequest(q="Rente")).total == 2
    units = service.generation(service.searcher()).units
    assert [leaf is None for leaf, _o, _f in units] == [True]
    reindex(store, wait=0)
    assert service.search(SearchRequest(q="Pflege")).total == 2
    units = service.generation(service.searcher()).units
    assert [leaf is None for leaf, _o, _f in units] == [False]


def test_a_failed_grouping_warns_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(ix: object, factor: int | None = None) -> bool:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(indexing, "regroup", disk_full)
    store = IndexStore(tmp_path / "index")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rede.txt").write_text("Rede\n\nDie Rente steigt.", encoding="utf-8")
    summary = index_paths(store, [corpus], IndexOptions())
    assert summary.ok and summary.added == 1
    assert len(summary.warnings) == 1 and "No space left on device" in summary.warnings[0]
    assert summary.as_dict()["warnings"] == summary.warnings
    assert SearchService(store).search(SearchRequest(q="Rente")).total == 1
