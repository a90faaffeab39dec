"""Index, remove, prune and rebuild: the write side, shared by the CLI and benchmarks.

All writes happen under the index folder's writer lock. Large batches commit every
``batch_size`` documents, so an interrupted run keeps what it committed and the next run skips
it by content hash; each commit is atomic.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.index import Index
from whoosh.query import Prefix
from whoosh.writing import IndexWriter

from indexer.engine.flatgroups import regroup
from indexer.engine.merging import merge_small_segments
from indexer.engine.store import IndexStore
from indexer.errors import Interrupted
from indexer.ingest.corrections import Corrections, now
from indexer.ingest.parallel import ParallelWriter, SerialWriter, WorkerPool
from indexer.ingest.pipeline import (
    Correction,
    Failure,
    FolderDefaults,
    Given,
    Overrides,
    Prepared,
    discover,
    read_source,
)
from indexer.ingest.processes import stop_signals_deferred
from indexer.readers import Limits

Progress = Callable[[str], None]
_log = logging.getLogger(__name__)


@dataclass
class Summary:
    """What one write command did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    #: Of the updated: documents found at a new path with unchanged content, which keep their
    #: id (permalink).
    moved: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    #: What went wrong without losing anything (the documents are in the index).
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "moved": self.moved,
            "failed": len(self.failures),
            "failures": [
                {"path": f.path, "line": f.line, "reason": f.reason} for f in self.failures
            ],
            "seconds": round(self.seconds, 3),
            "warnings": list(self.warnings),
        }


@dataclass
class IndexOptions:
    overrides: Overrides = field(default_factory=dict)
    force: bool = False
    prune: bool = False
    wait: float = 0.0
    batch_size: int = 10_000
    procs: int = 1
    limits: Limits = field(default_factory=Limits.from_config)
    #: Corrections by document id (``parteisuche set``); read from the index folder.
    corrections: Mapping[str, Correction] = field(default_factory=dict)
    #: When the overrides were given; ``None``: in this call (they beat every correction).
    overrides_at: str | None = None


class _Existing:
    """Ids, hashes and paths of what the index holds, read from columns (no stored text)."""

    def __init__(self, ix: Index) -> None:
        self.hash_of: dict[str, str] = {}
        self.ids_by_path: dict[str, set[str]] = {}
        self.ids_by_hash: dict[str, list[str]] = {}
        self.path_of: dict[str, str] = {}
        with ix.searcher() as searcher:
            reader = searcher.reader()
            if reader.doc_count() == 0:
                return
            ids = reader.column_reader("id")
            hashes = reader.column_reader("content_hash")
            paths = reader.column_reader("path")
            for docnum in reader.all_doc_ids():
                doc_id = ids[docnum]
                self.hash_of[doc_id] = hashes[docnum]
                self.path_of[doc_id] = paths[docnum]
                self.ids_by_path.setdefault(paths[docnum], set()).add(doc_id)
                self.ids_by_hash.setdefault(hashes[docnum], []).append(doc_id)

    def moved_id(self, content_hash: str, seen: dict[str, str]) -> str | None:
        """The id of a document with this content whose file is gone: the file moved.

        Only a vanished file counts, so a copy beside its original stays a document of its
        own; the first such id not yet claimed in this run is taken.
        """
        for doc_id in self.ids_by_hash.get(content_hash, ()):
            path = self.path_of.get(doc_id, "")
            if doc_id not in seen and path and not Path(path).exists():
                return doc_id
        return None


class _Batch:
    """Writes through a serial or parallel writer and commits every ``size`` documents.

    Each commit is atomic; an interrupted run keeps what it committed and the next run skips
    those documents by content hash. With ``procs`` > 1 the worker processes serve all the
    commits of the run (:meth:`close` ends them).
    """

    def __init__(self, ix: Index, size: int, procs: int, summary: Summary) -> None:
        self.ix, self.size, self.procs, self.summary = ix, size, procs, summary
        self.pending = 0
        #: Documents written since the last commit, and committed in this run so far.
        self.unsaved = 0
        self.saved = 0
        self.updated_ids: set[str] = set()
        self.pool = WorkerPool(ix, procs) if procs > 1 else None
        self.writer = self._new_writer()

    def _new_writer(self) -> SerialWriter | ParallelWriter:
        if self.pool is not None:
            return ParallelWriter(self.ix, self.pool)
        return SerialWriter(self.ix)

    def add(self, item: Prepared, replace: bool) -> None:
        self.writer.add(item, replace)
        self.unsaved += 1
        if replace:
            self.updated_ids.add(item.doc_id)
        self._count()

    def delete(self, doc_id: str) -> None:
        self.writer.delete(doc_id)
        self._count()

    def _count(self) -> None:
        self.pending += 1
        if self.pending >= self.size:
            self.commit()
            self.writer = self._new_writer()
            self.pending = 0

    def commit(self, optimize: bool = False) -> None:
        """Publish what was written since the last commit and count it as saved.

        A stop signal during the publication waits for the count: once the table of contents
        is written the documents are in the index, and the "saved" figure an interrupted run
        reports must say so (it once said 1,500 when 3,000 were in)."""
        final = self.writer.prepare(optimize)
        with stop_signals_deferred():
            self.writer.publish(final)
            self._count_saved()

    def _count_saved(self) -> None:
        for failure in self.writer.failures:
            self.summary.failures.append(failure)
            if failure.doc_id in self.updated_ids:
                self.summary.updated -= 1
            else:
                self.summary.added -= 1
        self.saved += self.unsaved - len(self.writer.failures)
        self.unsaved = 0
        self.writer.failures = []
        self.updated_ids = set()

    def close(self) -> None:
        """After the last commit: stop the worker processes."""
        if self.pool is not None:
            self.pool.close()

    def cancel(self) -> None:
        self.writer.cancel()
        if self.pool is not None:
            self.pool.kill()


def index_paths(
    store: IndexStore,
    paths: Iterable[Path],
    options: IndexOptions,
    progress: Progress | None = None,
) -> Summary:
    """Add new and changed documents under ``paths``; skip unchanged ones by content hash."""
    started = time.perf_counter()
    paths = list(paths)
    summary = Summary()
    with store.locked(options.wait):
        ix = store.open_or_create()
        options.corrections = Corrections.load(store.root).documents
        existing = _Existing(ix)
        batch = _Batch(ix, options.batch_size, options.procs, summary)
        try:
            seen = _write(batch, paths, options, existing, summary, progress)
            if options.prune:
                _prune(batch, paths, existing, seen, summary)
            batch.commit()
            batch.close()
        except KeyboardInterrupt:
            batch.cancel()
            raise Interrupted(batch.saved) from None
        except BaseException:
            batch.cancel()
            raise
        if warning := regroup_and_publish(store, ix):
            summary.warnings.append(warning)
        _record_sources(store, paths, options.overrides)
    summary.seconds = time.perf_counter() - started
    return summary


def _write(
    batch: _Batch,
    paths: list[Path],
    options: IndexOptions,
    existing: _Existing,
    summary: Summary,
    progress: Progress | None,
) -> dict[str, str]:
    """Write what changed under ``paths``; returns the ids read, with their files."""
    seen: dict[str, str] = {}
    for item in _prepared(paths, options):
        if isinstance(item, Failure):
            summary.failures.append(item)
            continue
        if item.doc_id in seen:
            summary.failures.append(
                Failure(item.path, f"duplicate id {item.doc_id!r} (first in {seen[item.doc_id]})",
                        item.raw.line)
            )
            continue
        _write_one(batch, item, options, existing, seen, summary)
        if progress:
            progress(item.doc_id)
    _drop_stale(batch, existing, seen, summary)
    return seen


def _write_one(
    batch: _Batch,
    item: Prepared,
    options: IndexOptions,
    existing: _Existing,
    seen: dict[str, str],
    summary: Summary,
) -> None:
    """Add, update or skip one prepared document; a moved file keeps its old id."""
    old_hash = existing.hash_of.get(item.doc_id)
    if old_hash is None and (moved := existing.moved_id(item.content_hash, seen)):
        item.doc_id = moved  # same content at a new path: keep the permalink
        old_hash = "moved"  # rewritten all the same: its stored path and source change
        summary.moved += 1
    seen[item.doc_id] = item.path
    if old_hash == item.content_hash and not options.force:
        summary.unchanged += 1
        return
    batch.add(item, replace=old_hash is not None)
    if old_hash is None:
        summary.added += 1
    else:
        summary.updated += 1


def _prepared(paths: list[Path], options: IndexOptions) -> Iterator[Prepared | Failure]:
    given = Given(options.overrides, options.overrides_at, options.corrections, FolderDefaults())
    for source in discover(paths):
        if isinstance(source, Failure):
            yield source
        else:
            yield from read_source(source, given, options.limits)


def _drop_stale(
    batch: _Batch, existing: _Existing, seen: dict[str, str], summary: Summary
) -> None:
    """A file that was read again no longer yields some old ids (e.g. a JSONL line removed)."""
    read_paths = set(seen.values())
    for path in read_paths:
        for doc_id in existing.ids_by_path.get(path, set()):
            if doc_id not in seen:
                batch.delete(doc_id)
                summary.removed += 1


def _prune(
    batch: _Batch,
    paths: list[Path],
    existing: _Existing,
    seen: dict[str, str],
    summary: Summary,
) -> None:
    """Remove documents whose file vanished under the given folders."""
    roots = [str(p.resolve()) for p in paths if p.is_dir()]
    for path, ids in existing.ids_by_path.items():
        if not path or Path(path).exists():
            continue
        if any(path.startswith(root.rstrip("/") + "/") for root in roots):
            for doc_id in ids - seen.keys():  # a moved document was re-added under its id
                batch.delete(doc_id)
                summary.removed += 1


def _record_sources(store: IndexStore, paths: list[Path], overrides: Overrides) -> None:
    """Remember what was indexed so that `reindex` can rebuild from the same sources.

    One entry per path, with the flags of the latest call (that call rewrote the documents
    with them; two entries would make `reindex` write each document twice) and the time they
    were given, so that a correction made later wins over them on replay.
    """
    sources = store.manifest().sources
    for path in paths:
        if not path.exists():
            continue
        entry: dict[str, Any] = {"path": str(path.resolve()), "overrides": _plain(overrides)}
        same = [s for s in sources if s.get("path") == entry["path"]]
        if same and {k: same[0].get(k) for k in entry} == entry:
            continue  # the same call again: its flags keep the time they were first given
        if overrides:
            entry["at"] = now()
        if same:
            sources[sources.index(same[0])] = entry
        else:
            sources.append(entry)
    store.record_sources(sources)


def _plain(overrides: Overrides) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in overrides.items()}


def remove(store: IndexStore, targets: Iterable[str], wait: float) -> tuple[int, list[str]]:
    """Remove documents by id, file path or folder path; return (removed, not found)."""
    missing: list[str] = []
    removed = 0
    with store.locked(wait):
        ix = store.open()
        writer = store.writer(ix)
        try:
            for target in targets:
                count = _remove_one(writer, target)
                if count == 0:
                    missing.append(target)
                removed += count
            writer.commit(mergetype=merge_small_segments)
        except BaseException:
            writer.cancel()
            raise
        _warn(regroup_and_publish(store, ix))
    return removed, missing


def _remove_one(writer: IndexWriter, target: str) -> int:
    count = int(writer.delete_by_term("id", target))
    if count:
        return count
    path = Path(target).resolve()
    count = int(writer.delete_by_term("path", str(path)))
    if count == 0 and (path.is_dir() or not path.exists()):
        count += int(writer.delete_by_query(Prefix("path", str(path).rstrip("/") + "/")))
    return count


def reindex(
    store: IndexStore,
    wait: float,
    limits: Limits | None = None,
    progress: Progress | None = None,
    procs: int = 1,
) -> Summary:
    """Rebuild the whole index from the recorded sources and switch to it atomically."""
    started = time.perf_counter()
    summary = Summary()
    limits = limits or Limits.from_config()
    with store.locked(wait):
        sources = store.manifest().sources if store.exists() else []
        corrections = Corrections.load(store.root).documents
        data, ix = store.prepare_rebuild()
        try:
            existing = _Existing(ix)
            batch = _Batch(ix, 10**9, procs, summary)
            try:
                for source in sources:
                    options = IndexOptions(
                        overrides=_overrides(source), limits=limits, corrections=corrections,
                        overrides_at=str(source.get("at") or ""),
                    )
                    _write(batch, [Path(source["path"])], options, existing, summary, progress)
                batch.commit()  # segments as written: a Whoosh merge would take 4x the build
                batch.close()
            except BaseException:
                batch.cancel()
                raise
            if warning := regroup_and_publish(store, ix, publish=False):  # no reader sees it
                summary.warnings.append(warning)
        except BaseException:
            store.discard(data)
            raise
        store.publish_rebuild(data, sources)
    summary.seconds = time.perf_counter() - started
    return summary


def regroup_and_publish(
    store: IndexStore, ix: Index, factor: int | None = None, publish: bool = True
) -> str | None:
    """Merge runs of segments' flat postings into group files (``engine.flatgroups``) and,
    if a group was written, commit a new generation with the same segments: running searchers
    reopen on a new generation, and only then look for groups (``publish=False`` for a folder
    no reader sees yet). A failure loses nothing (the documents are committed, searches read
    the segments) and comes back as a warning."""
    try:
        if regroup(ix, factor) and publish:
            store.writer(ix).commit(merge=False)
    except (OSError, MemoryError) as exc:
        return (
            f"segments were not merged for faster searches ({type(exc).__name__}: {exc}); "
            "the index is complete, and the next write tries again"
        )
    return None


def _warn(message: str | None) -> None:
    if message:
        _log.warning(message)


def _overrides(source: dict[str, Any]) -> dict[str, str | tuple[str, ...]]:
    raw = source.get("overrides") or {}
    return {k: tuple(v) if isinstance(v, list) else str(v) for k, v in raw.items()}


def optimize(store: IndexStore, wait: float) -> int:
    """Merge all segments into one (faster searches after many small commits); segments left."""
    with store.locked(wait):
        ix = store.open()
        writer = store.writer(ix)
        try:
            writer.commit(optimize=True)
        except BaseException:
            writer.cancel()
            raise
        _warn(regroup_and_publish(store, ix))
        return len(store.open()._segments())
