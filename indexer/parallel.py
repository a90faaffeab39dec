"""Index with all cores: worker processes extract metadata, analyse text and write segments.

The parent keeps the cheap, order-sensitive work — reading files, ids, content hashes,
duplicates, deletions — and hands prepared records to workers in batches. Each worker writes
its own Whoosh segment; the parent publishes the workers' segments together with its own
deletions in one table-of-contents commit, so readers see all of a round or none of it.

Workers die with their parent (``PR_SET_PDEATHSIG``): a killed ``parteisuche index`` leaves no
orphan processes behind, and their unpublished segment files are swept by the next commit.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import signal
from dataclasses import dataclass, field
from typing import Any

from whoosh.index import Index
from whoosh.writing import SegmentWriter

from indexer.documents import to_fields
from indexer.pipeline import Failure, Prepared, build_document

#: Records per message to a worker: large enough to amortise pickling, small enough to balance.
BATCH = 64
_PR_SET_PDEATHSIG = 1


@dataclass
class WorkerResult:
    segment: Any
    added: int = 0
    failures: list[Failure] = field(default_factory=list)


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no orphans after a kill)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: fall back to daemon processes only
        pass


def add_prepared(writer: SegmentWriter, item: Prepared) -> Failure | None:
    """Extract, convert and add one record; a failure is returned, never raised."""
    try:
        writer.add_document(**to_fields(build_document(item)))
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError) as exc:
        reason = f"could not be indexed: {type(exc).__name__}: {exc}"
        return Failure(item.path, reason, item.raw.line, item.doc_id)
    return None


class SerialWriter:
    """The in-process writer, same interface as :class:`ParallelWriter`."""

    def __init__(self, ix: Index, limitmb: int = 256) -> None:
        self.writer: SegmentWriter = ix.writer(limitmb=limitmb)
        self.failures: list[Failure] = []

    def add(self, item: Prepared, replace: bool) -> None:
        if replace:
            self.writer.delete_by_term("id", item.doc_id)
        failure = add_prepared(self.writer, item)
        if failure is not None:
            self.failures.append(failure)

    def delete(self, doc_id: str) -> None:
        self.writer.delete_by_term("id", doc_id)

    def commit(self, optimize: bool = False) -> None:
        self.writer.commit(optimize=optimize)

    def cancel(self) -> None:
        self.writer.cancel()


def _worker(
    ix: Index, jobs: multiprocessing.Queue[Any], results: multiprocessing.Queue[Any],
    limitmb: int,
) -> None:
    _die_with_parent()
    if os.getppid() == 1:  # parent already gone before prctl took effect
        os._exit(1)
    writer = SegmentWriter(ix, _lk=False, limitmb=limitmb)
    result = WorkerResult(segment=None)
    try:
        while True:
            batch = jobs.get()
            if batch is None:
                break
            for item in batch:
                failure = add_prepared(writer, item)
                if failure is None:
                    result.added += 1
                else:
                    result.failures.append(failure)
        if writer._added:
            result.segment = writer._finalize_segment()
        else:
            writer._close_segment()
        # The temporary folder is shared with the parent, which removes it after its commit.
    except BaseException:
        writer.cancel()
        raise
    results.put(result)


class ParallelWriter:
    """A writer with the interface the indexing loop needs (add, delete, commit, cancel)."""

    def __init__(self, ix: Index, procs: int, limitmb: int = 256) -> None:
        self.ix = ix
        self.procs = procs
        self.limitmb = limitmb
        self.writer: SegmentWriter = ix.writer(limitmb=limitmb)
        self.failures: list[Failure] = []
        self._context = multiprocessing.get_context("fork")
        self._jobs: multiprocessing.Queue[Any] = self._context.Queue(maxsize=procs * 4)
        self._results: multiprocessing.Queue[Any] = self._context.Queue()
        self._workers: list[Any] = []
        self._batch: list[Prepared] = []

    def add(self, item: Prepared, replace: bool) -> None:
        if replace:
            self.writer.delete_by_term("id", item.doc_id)
        self._batch.append(item)
        if len(self._batch) >= BATCH:
            self._send()

    def delete(self, doc_id: str) -> None:
        self.writer.delete_by_term("id", doc_id)

    def _send(self) -> None:
        if len(self._workers) < self.procs:
            process = self._context.Process(
                target=_worker, args=(self.ix, self._jobs, self._results, self.limitmb),
                daemon=True,
            )
            process.start()
            self._workers.append(process)
        self._put(self._batch)
        self._batch = []

    def _put(self, message: list[Prepared] | None) -> None:
        while True:
            try:
                self._jobs.put(message, timeout=1)
                return
            except queue.Full:
                self._check_workers()

    def _check_workers(self) -> None:
        dead = [p for p in self._workers if p.exitcode not in (None, 0)]
        if dead:
            raise RuntimeError(f"an indexing worker stopped with exit code {dead[0].exitcode}")

    def commit(self, optimize: bool = False) -> None:
        """Publish the workers' segments and this writer's deletions in one commit."""
        if self._batch and not self._workers:
            # A small batch: not worth starting processes for.
            for item in self._batch:
                failure = add_prepared(self.writer, item)
                if failure is not None:
                    self.failures.append(failure)
            self._batch = []
        elif self._batch:
            self._send()
        segments = self._collect()
        writer = self.writer
        final = writer._merge_segments(None, optimize, None)
        final.extend(segments)
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(final)
        writer._finish()

    def _collect(self) -> list[Any]:
        for _ in self._workers:
            self._put(None)
        segments = []
        for _ in self._workers:
            result = self._result()
            self.failures.extend(result.failures)
            if result.segment is not None:
                segments.append(result.segment)
        for process in self._workers:
            process.join()
        self._workers = []
        return segments

    def _result(self) -> WorkerResult:
        while True:
            try:
                result: WorkerResult = self._results.get(timeout=1)
                return result
            except queue.Empty:
                self._check_workers()

    def cancel(self) -> None:
        for process in self._workers:
            if process.is_alive():
                process.kill()
            process.join()
        self._workers = []
        try:
            self.writer.cancel()
        except Exception:  # noqa: BLE001 - a half-closed writer may fail to cancel; files are swept
            self.writer.is_closed = True
