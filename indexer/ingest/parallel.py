"""Index with all cores: worker processes extract metadata, analyse text and write segments.

The parent keeps the cheap, order-sensitive work — reading files, ids, content hashes,
duplicates, deletions — and hands prepared records to workers in batches. Each worker writes
its own Whoosh segments; the parent publishes the workers' segments together with its own
deletions in one table-of-contents commit, so readers see all of a round or none of it.

Workers die with their parent (``PR_SET_PDEATHSIG``): a killed ``parteisuche index`` leaves no
orphan processes behind, and their unpublished segment files are swept by the next commit.

The workers (:class:`WorkerPool`) are forked once per run, after the parent has loaded the
word list, and serve every commit of the run, keeping their memo of analysed words. Documents
are added by :class:`SegmentAdder` (in a worker, or in this process for small jobs and
``--procs 1``), which writes through :class:`~indexer.engine.codec.FastSegmentWriter` and starts a
new segment whenever the buffered postings reach the memory limit.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
from dataclasses import dataclass, field
from typing import Any

from whoosh.index import Index
from whoosh.writing import SegmentWriter

from indexer.analysis import warm_up
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.documents import to_fields
from indexer.engine.merging import merge_small_segments
from indexer.ingest.pipeline import Failure, Prepared, build_document
from indexer.ingest.processes import die_with_parent, ignore_interrupts, stop_signals_held

#: Records per message to a worker: large enough to amortise pickling, small enough to balance.
BATCH = 64
#: Records that must be waiting before worker processes start: fewer are indexed here sooner
#: than processes start (an incremental add of a hundred documents stays in this process).
MIN_PARALLEL = 512
#: Memory for buffered postings per segment writer, in MB: a segment is finished when its
#: postings reach it (about 7,000 speeches; a commit of 10,000 on two workers stays below).
LIMIT_MB = 192


@dataclass
class WorkerResult:
    segments: list[Any] = field(default_factory=list)
    added: int = 0
    failures: list[Failure] = field(default_factory=list)


def add_prepared(writer: SegmentWriter, item: Prepared) -> Failure | None:
    """Extract, convert and add one record; a failure is returned, never raised."""
    try:
        writer.add_document(**to_fields(build_document(item)))
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError) as exc:
        reason = f"could not be indexed: {type(exc).__name__}: {exc}"
        return Failure(item.path, reason, item.raw.line, item.doc_id)
    return None


class SegmentAdder:
    """Adds records to new, unpublished segments of ``ix``; the caller publishes them.

    A segment is finished when its buffered postings reach ``limitmb``, so memory stays bounded
    however many documents one commit holds.
    """

    def __init__(self, ix: Index, limitmb: int = LIMIT_MB) -> None:
        self.ix = ix
        self.limit = limitmb * 1024 * 1024
        self.writer: FastSegmentWriter | None = None
        self.segments: list[Any] = []
        self.added = 0
        self.failures: list[Failure] = []
        self._gc_was_enabled = False

    def add(self, item: Prepared) -> None:
        writer = self.writer
        if writer is None:
            # No lock: the parent's writer holds it and publishes this writer's segments.
            writer = self.writer = FastSegmentWriter(self.ix, _lk=False)
            self._pause_gc()
        failure = add_prepared(writer, item)
        if failure is None:
            self.added += 1
        else:
            self.failures.append(failure)
        if writer.memory_bytes() >= self.limit:
            self._finish_segment()

    def _finish_segment(self) -> None:
        writer, self.writer = self.writer, None
        if writer is None:
            return
        if writer._added:
            self.segments.append(writer._finalize_segment())
        else:
            writer._close_segment()

    def finish(self) -> list[Any]:
        """The finished segments (their files are written and synced, not yet published)."""
        try:
            self._finish_segment()
        finally:
            self._resume_gc()
        segments, self.segments = self.segments, []
        return segments

    def cancel(self) -> None:
        writer, self.writer = self.writer, None
        try:
            if writer is not None and not writer.is_closed:
                # Leave the shared temporary folder to the parent's writer, which removes it.
                writer._close_segment()
        finally:
            self._resume_gc()
        self.segments = []

    def _pause_gc(self) -> None:
        # The buffered postings are hundreds of thousands of lists that live until the segment
        # is written; each full garbage collection would walk all of them (about a second per
        # 10,000 documents). Nothing here makes reference cycles, so collect afterwards.
        if gc.isenabled():
            gc.disable()
            self._gc_was_enabled = True

    def _resume_gc(self) -> None:
        if self._gc_was_enabled:
            self._gc_was_enabled = False
            gc.enable()


#: Message to a worker: finish your segments and send them (then wait for more work).
FLUSH = "flush"
#: Batches queued per worker: enough to keep it busy, few enough to balance the two.
_QUEUE_DEPTH = 2


def _worker(
    ix: Index, jobs: multiprocessing.Queue[Any], results: multiprocessing.Queue[Any],
    limitmb: int,
) -> None:
    ignore_interrupts()
    die_with_parent()
    if os.getppid() == 1:  # parent already gone before prctl took effect
        os._exit(1)
    # What the parent loaded (word list, stemmer) stays shared with it: the collector must not
    # touch those objects (it would copy their memory pages into this process).
    gc.freeze()
    adder = SegmentAdder(ix, limitmb)
    try:
        while True:
            message = jobs.get()
            if message is None:
                break
            if message == FLUSH:
                segments = adder.finish()
                results.put(WorkerResult(segments, adder.added, adder.failures))
                adder.added, adder.failures = 0, []
                continue
            for item in message:
                adder.add(item)
    except BaseException:
        adder.cancel()
        raise


class WorkerPool:
    """Worker processes that live for a whole indexing run, across its commits.

    Each worker keeps its memo of analysed words from one commit to the next (and the parent's
    word list, inherited when it was forked). At a commit, :meth:`flush` has every worker
    finish its segments and send them back; the parent publishes them.
    """

    def __init__(self, ix: Index, procs: int, limitmb: int = LIMIT_MB) -> None:
        self.ix, self.procs, self.limitmb = ix, procs, limitmb
        self._context = multiprocessing.get_context("fork")
        self._results: multiprocessing.Queue[Any] = self._context.Queue()
        self._workers: list[tuple[Any, multiprocessing.Queue[Any]]] = []
        self._next = 0

    @property
    def started(self) -> bool:
        return bool(self._workers)

    def start(self) -> None:
        # Load the word list and stemmer once here: forked workers inherit them.
        warm_up()
        while len(self._workers) < self.procs:
            jobs: multiprocessing.Queue[Any] = self._context.Queue(maxsize=_QUEUE_DEPTH)
            process = self._context.Process(
                target=_worker, args=(self.ix, jobs, self._results, self.limitmb), daemon=True,
            )
            with stop_signals_held():
                process.start()
            self._workers.append((process, jobs))

    def send(self, batch: list[Prepared]) -> None:
        """Queue a batch with the next worker that has room (round robin, then waiting)."""
        count = len(self._workers)
        while True:
            for step in range(count):
                _, jobs = self._workers[(self._next + step) % count]
                try:
                    jobs.put_nowait(batch)
                except queue.Full:
                    continue
                self._next = (self._next + step + 1) % count
                return
            _, jobs = self._workers[self._next]
            try:
                jobs.put(batch, timeout=0.05)
                self._next = (self._next + 1) % count
                return
            except queue.Full:
                self.check()

    def _put(self, jobs: multiprocessing.Queue[Any], message: Any) -> None:
        while True:
            try:
                jobs.put(message, timeout=1)
                return
            except queue.Full:
                self.check()

    def check(self) -> None:
        dead = [p for p, _ in self._workers if p.exitcode is not None]
        if dead:
            raise RuntimeError(f"an indexing worker stopped with exit code {dead[0].exitcode}")

    def flush(self) -> tuple[list[Any], list[Failure]]:
        """Every worker's finished segments and failures since the last flush."""
        for _, jobs in self._workers:
            self._put(jobs, FLUSH)
        segments: list[Any] = []
        failures: list[Failure] = []
        for _ in self._workers:
            result = self._result()
            segments.extend(result.segments)
            failures.extend(result.failures)
        return segments, failures

    def _result(self) -> WorkerResult:
        while True:
            try:
                result: WorkerResult = self._results.get(timeout=1)
                return result
            except queue.Empty:
                self.check()

    def close(self) -> None:
        """Stop the workers (after a flush: they hold nothing unpublished)."""
        for _, jobs in self._workers:
            self._put(jobs, None)
        for process, _ in self._workers:
            process.join()
        self._workers = []

    def kill(self) -> None:
        """Stop the workers at once (after Ctrl-C or an error): nothing of theirs is published.

        The queues' feeder threads may be blocked writing to a worker that is gone; without
        ``cancel_join_thread`` the interpreter would wait for them at exit, forever.
        """
        for process, jobs in self._workers:
            if process.is_alive():
                process.kill()
            process.join()
            jobs.cancel_join_thread()
            jobs.close()
        self._results.cancel_join_thread()
        self._workers = []


class SerialWriter:
    """Indexes in this process; holds the index lock and publishes in one commit.

    ``self.writer`` (Whoosh's own writer) deletes, merges small segments and writes the table
    of contents; new documents go to segments of a :class:`SegmentAdder`.
    """

    def __init__(self, ix: Index, limitmb: int = LIMIT_MB) -> None:
        self.ix = ix
        self.limitmb = limitmb
        self.writer: SegmentWriter = FastSegmentWriter(ix, limitmb=limitmb)
        self.local = SegmentAdder(ix, limitmb)
        self.failures: list[Failure] = []

    def add(self, item: Prepared, replace: bool) -> None:
        if replace:
            self.writer.delete_by_term("id", item.doc_id)
        self.local.add(item)

    def delete(self, doc_id: str) -> None:
        self.writer.delete_by_term("id", doc_id)

    def _new_segments(self) -> list[Any]:
        segments = self.local.finish()
        self.failures.extend(self.local.failures)
        self.local.failures = []
        return segments

    def commit(self, optimize: bool = False) -> None:
        """Publish the new segments and this writer's deletions in one commit."""
        self.publish(self.prepare(optimize))

    def prepare(self, optimize: bool = False) -> list[Any]:
        """Finish the new segments and merge small ones: the slow part of a commit, which
        publishes nothing (an interruption here leaves the index as it was)."""
        segments = self._new_segments()
        writer = self.writer
        policy = None if optimize else merge_small_segments  # see indexer.engine.merging
        final: list[Any] = writer._merge_segments(policy, optimize, None)
        final.extend(segments)
        if writer._added:  # small segments merged by Whoosh's policy
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        return final

    def publish(self, final: list[Any]) -> None:
        """Write the table of contents that makes ``final`` the index (atomic: a rename)."""
        self.writer._commit_toc(final)
        self.writer._finish()

    def cancel(self) -> None:
        self.local.cancel()
        try:
            self.writer.cancel()
        except Exception:  # noqa: BLE001 - a half-closed writer may fail to cancel; files are swept
            self.writer.is_closed = True


class ParallelWriter(SerialWriter):
    """A writer with the interface the indexing loop needs (add, delete, commit, cancel).

    New documents go to the workers of ``pool`` (started once enough are waiting; a small job
    stays in this process); deletions, merges and the commit happen here.
    """

    def __init__(self, ix: Index, pool: WorkerPool) -> None:
        super().__init__(ix, pool.limitmb)
        self.pool = pool
        self._batch: list[Prepared] = []

    def add(self, item: Prepared, replace: bool) -> None:
        if replace:
            self.writer.delete_by_term("id", item.doc_id)
        self._batch.append(item)
        if self.pool.started:
            if len(self._batch) >= BATCH:
                self.pool.send(self._batch)
                self._batch = []
        elif len(self._batch) >= MIN_PARALLEL:
            self.pool.start()
            for start in range(0, len(self._batch), BATCH):
                self.pool.send(self._batch[start:start + BATCH])
            self._batch = []

    def _new_segments(self) -> list[Any]:
        segments: list[Any] = []
        if self.pool.started:
            if self._batch:
                self.pool.send(self._batch)
            segments, failures = self.pool.flush()
            self.failures.extend(failures)
        else:
            # A small job: not worth starting processes for.
            for item in self._batch:
                self.local.add(item)
        self._batch = []
        return segments + super()._new_segments()

    def cancel(self) -> None:
        self.pool.kill()
        super().cancel()
