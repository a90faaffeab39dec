"""Writers of indexer.ingest.parallel: worker pool across commits, per-record failures, segment
limits."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from indexer.engine.store import IndexStore
from indexer.ingest import parallel
from indexer.ingest.indexing import IndexOptions, index_paths
from indexer.ingest.parallel import SerialWriter
from indexer.ingest.pipeline import Failure, Prepared, discover, read_source
from indexer.readers import Limits


def _corpus(folder: Path, count: int) -> Path:
    path = folder / "docs.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = {"id": f"doc-{number:03d}", "person": f"Person {number % 5}",
                      "text": f"Rede {number} über Mindestlohnerhöhung und Rente {number % 7}.",
                      "date": "2024-05-01", "party": "SPD"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _prepared(path: Path) -> list[Prepared]:
    items = []
    for source in discover([path]):
        assert not isinstance(source, Failure)
        for item in read_source(source, {}, Limits.from_config()):
            assert isinstance(item, Prepared)
            items.append(item)
    return items


def _ids(store: IndexStore) -> list[str]:
    with store.open().searcher() as searcher:
        return sorted(doc["id"] for doc in searcher.all_stored_fields())


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start workers after a few records, so that tiny test corpora use them."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 6)
    monkeypatch.setattr(parallel, "BATCH", 3)


@pytest.mark.usefixtures("small_batches")
def test_workers_serve_every_commit_of_a_run(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    original = parallel.WorkerPool.start

    def start(self: parallel.WorkerPool) -> None:
        original(self)
        started.extend(p.pid for p, _ in self._workers)

    monkeypatch.setattr(parallel.WorkerPool, "start", start)
    store = IndexStore(tmp_path / "index")
    path = _corpus(tmp_path, 40)
    summary = index_paths(store, [path], IndexOptions(procs=2, batch_size=12))
    assert summary.ok and summary.added == 40
    assert _ids(store) == [f"doc-{n:03d}" for n in range(40)]
    assert len(started) == 2  # one pool for four commits
    assert all(not os.path.exists(f"/proc/{pid}") or _zombie(pid) for pid in started)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("procs", [1, 2])
def test_a_failing_record_is_reported_and_the_rest_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, procs: int
) -> None:
    original = parallel.to_fields

    def to_fields(doc: object) -> dict[str, object]:
        fields = original(doc)  # type: ignore[arg-type]
        if fields["id"] == "doc-007":
            raise ValueError("kaputt")
        return fields

    monkeypatch.setattr(parallel, "to_fields", to_fields)
    store = IndexStore(tmp_path / "index")
    summary = index_paths(store, [_corpus(tmp_path, 20)], IndexOptions(procs=procs))
    assert summary.added == 19
    assert [(f.doc_id, f.line) for f in summary.failures] == [("doc-007", 8)]
    assert "ValueError: kaputt" in summary.failures[0].reason
    assert "doc-007" not in _ids(store) and len(_ids(store)) == 19


def test_a_small_job_stays_in_this_process(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def no_workers(self: parallel.WorkerPool) -> None:
        raise AssertionError("workers started for a small job")

    monkeypatch.setattr(parallel.WorkerPool, "start", no_workers)
    store = IndexStore(tmp_path / "index")
    summary = index_paths(store, [_corpus(tmp_path, 30)], IndexOptions(procs=2))
    assert summary.ok and len(_ids(store)) == 30


def test_segments_end_at_the_memory_limit(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    ix = store.open_or_create()
    writer = SerialWriter(ix, limitmb=0)  # every document fills a segment
    for item in _prepared(_corpus(tmp_path, 9)):
        writer.add(item, replace=False)
    writer.commit()
    assert len(store.open()._segments()) == 9
    assert _ids(store) == [f"doc-{n:03d}" for n in range(9)]


def test_cancel_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    store = IndexStore(tmp_path / "index")
    index_paths(store, [_corpus(tmp_path, 5)], IndexOptions())
    ix = store.open()
    writer = SerialWriter(ix)
    for item in _prepared(_corpus(tmp_path, 8)):
        writer.add(item, replace=True)
    writer.cancel()
    assert _ids(store) == [f"doc-{n:03d}" for n in range(5)]
