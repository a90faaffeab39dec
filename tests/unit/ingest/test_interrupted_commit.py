"""A stop signal that arrives while a commit is being published: the documents the commit put
in the index are counted as saved, and the signal still stops the run right after.

The signal is real (``os.kill`` of this process) and lands at the worst moment, right after the
table of contents is written; the writer is Whoosh's own, only wrapped to send it there.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.engine.store import IndexStore
from indexer.errors import Interrupted
from indexer.ingest.indexing import IndexOptions, index_paths
from indexer.ingest.parallel import SerialWriter
from indexer.ingest.processes import stop_signals_deferred, stop_signals_interrupt


@pytest.fixture(autouse=True)
def ctrl_c_raises() -> Iterator[None]:
    """SIGINT as a terminal gives it: Python's KeyboardInterrupt. A shell starts a
    background job (``make test &``, a CI runner) with SIGINT ignored, and Python then
    leaves it ignored; these tests send it to themselves."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def _corpus(folder: Path, count: int) -> Path:
    path = folder / "docs.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            record = {"id": f"doc-{number:03d}", "text": f"Antrag {number} zur Schulsozialarbeit.",
                      "date": "2024-05-01", "person": "Mira Testfrau", "party": "SPD"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _count(store: IndexStore) -> int:
    with store.open().searcher() as searcher:
        return int(searcher.doc_count())


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_right_after_the_table_of_contents_counts_the_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: signal.Signals
) -> None:
    publications: list[int] = []
    original = SerialWriter.publish

    def publish_then_signal(self: SerialWriter, final: list[object]) -> None:
        original(self, final)
        publications.append(1)
        if len(publications) == 2:  # the second commit is on disk; the count is not yet
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(SerialWriter, "publish", publish_then_signal)
    store = IndexStore(tmp_path / "index")
    with pytest.raises(Interrupted) as stopped, stop_signals_interrupt():
        index_paths(store, [_corpus(tmp_path, 30)], IndexOptions(procs=1, batch_size=10))
    assert _count(store) == 20
    assert stopped.value.saved == 20


def test_deferred_signal_arrives_once_the_step_is_done() -> None:
    steps: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        with stop_signals_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            steps.append("after the signal")
        steps.append("never: the signal is raised on leaving the step")
    assert steps == ["after the signal"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_failing_step_keeps_its_own_error_and_restores_the_handlers() -> None:
    with pytest.raises(OSError, match="Platte voll"), stop_signals_deferred():
        raise OSError("Platte voll")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
