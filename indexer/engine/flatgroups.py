"""Group files: the flat postings of runs of consecutive segments, merged so that a query
looks a term up once per group instead of once per segment.

A bulk import writes a segment per worker and memory budget (some 5,000 speeches each), so a
large archive has many segments, and a query pays a term lookup and a slice per term and
segment: at ten times the Bundestag corpus (72 segments) that was most of a query's time.
Whoosh's own segment merge would fix it but runs at some 150 documents/s (see
:mod:`indexer.engine.merging`). The ranker reads only the flat postings
(:mod:`indexer.engine.flat`), so these are merged instead, by whole-array moves
(:mod:`indexer.engine.flatmerge`), into a *group file*
next to the segments: ``flatgroup-<hash of the member segments>.flg``, the flat format with
the list of its member segments (id and document count) in the directory.

Whoosh's files stay authoritative and untouched: a group only stands in for its members'
flat postings, and only while the index holds exactly those segments, consecutively and in
that order (:func:`flat_units`). A merge, an ``optimize`` or a ``reindex`` that replaces any
member makes the group unused; :func:`regroup` deletes unused group files. Deleted documents
stay in a group's postings as they stay in a segment's; the searcher's live mask drops them.

The policy is Lucene's logarithmic one: :data:`MERGE_FACTOR` consecutive units (segments or
groups) of the same size level (a power of ten of documents) become one group, so the number
of units grows with the logarithm of the corpus rather than with the corpus, and each posting
is rewritten about once per level. A merge reads at most :data:`MAX_GROUP_BYTES` of flat
postings (its memory is about that much), which bounds a group's size. Segments small enough
for Whoosh to fold together at a later commit (:mod:`indexer.engine.merging`) are left out, or each
such fold would undo a group.

Group files are written to a temporary name, synced and renamed: a crash leaves either the
whole file or none (plus a temporary file the next :func:`regroup` removes), and a reader that
finds a damaged or vanished group simply reads the members' own flat postings.
"""

from __future__ import annotations

import hashlib
import mmap
import os
from collections.abc import Iterator
from dataclasses import dataclass
from math import log10
from pathlib import Path
from typing import Any

from whoosh.reading import SegmentReader

from indexer.engine.durable import sync_folder
from indexer.engine.flat import FlatSegment, FlatWriter
from indexer.engine.flatmerge import merge_fields
from indexer.engine.merging import SMALL_SEGMENT

PREFIX = "flatgroup-"
SUFFIX = ".flg"
_TEMPORARY = ".tmp"
#: So many consecutive units of one size level are merged into a group.
MERGE_FACTOR = 10
#: A merge reads at most this many bytes of flat postings (and needs about as much memory).
MAX_GROUP_BYTES = 640 * 2**20
#: Units below 10**SMALLEST_LEVEL documents all count as that level.
SMALLEST_LEVEL = 3

#: A segment as a group file names it: (segment id, documents including deleted ones).
Member = tuple[str, int]
#: What the ranker searches: (segment reader or None for a group, first document number,
#: flat postings or None where a segment has none).
Unit = tuple[Any, int, FlatSegment | None]


def members_of(leaves: list[tuple[Any, int]]) -> list[Member]:
    """The segments of a reader's leaves, in order."""
    return [(leaf.segment().segment_id(), leaf.doc_count_all()) for leaf, _offset in leaves]


def index_folder(searcher: Any) -> Path | None:
    """The folder of the index a Whoosh searcher reads (where its group files are), or None
    (an index in memory, or a searcher made from a bare reader)."""
    storage = getattr(getattr(searcher, "_ix", None), "storage", None)
    folder = getattr(storage, "folder", None)
    return Path(folder) if folder else None


def read_group(path: Path) -> FlatSegment | None:
    """The group file at ``path`` (memory-mapped), or None if it is gone, damaged or not a
    group."""
    try:
        with open(path, "rb") as handle:
            buffer = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        flat = FlatSegment(memoryview(buffer))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return flat if flat.members else None


def groups_in(folder: Path) -> dict[str, FlatSegment]:
    """Every readable group file of an index folder, by file name."""
    try:
        names = sorted(p.name for p in folder.iterdir() if _is_group(p.name))
    except OSError:
        return {}
    found = {name: read_group(folder / name) for name in names}
    return {name: flat for name, flat in found.items() if flat is not None}


def covering(members: list[Member], groups: dict[str, FlatSegment]) -> list[tuple[int, int, str]]:
    """Runs ``members[start:end]`` that a group covers exactly, as (start, end, file name):
    ascending, never overlapping, larger groups preferred."""
    position = {segment: i for i, (segment, _count) in enumerate(members)}
    candidates: list[tuple[int, int, str]] = []
    for name, flat in groups.items():
        covered = flat.members or []
        start = position.get(covered[0][0]) if covered else None
        if start is not None and members[start : start + len(covered)] == covered:
            candidates.append((start, start + len(covered), name))
    candidates.sort(key=lambda run: (run[0] - run[1], run[0], run[2]))
    taken = [False] * len(members)
    chosen: list[tuple[int, int, str]] = []
    for start, end, name in candidates:
        if not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            chosen.append((start, end, name))
    return sorted(chosen)


def flat_units(leaves: list[tuple[Any, int]], folder: Path | None = None) -> list[Unit]:
    """What a query reads postings from: each group of ``folder`` that covers a run of the
    leaves, and every other leaf with its own flat postings (None where it has none)."""
    groups = groups_in(folder) if folder is not None else {}
    runs = covering(members_of(leaves), groups) if groups else []
    units: list[Unit] = []
    for start, _end, name in _partition(len(leaves), runs):
        leaf, offset = leaves[start]  # a group starts where its first segment does
        units.append((None, offset, groups[name]) if name else (leaf, offset, FlatSegment.of(leaf)))
    return units


def _partition(size: int, runs: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """``range(size)`` in order as (start, end, group file name): the runs the groups cover,
    and each other item alone with the name ``""``."""
    done = 0
    for start, end, name in [*runs, (size, size, "")]:
        yield from ((i, i + 1, "") for i in range(done, start))
        if name:
            yield start, end, name
        done = end


@dataclass
class _Run:
    """Consecutive segments, covered by a group file or a single segment."""

    members: list[Member]
    nbytes: int | None  # of the flat postings; None where the segment has none
    group: str | None = None  # the group file's name
    segment: Any = None  # the Whoosh segment of a single-segment run

    @property
    def documents(self) -> int:
        return sum(count for _segment, count in self.members)


def regroup(ix: Any, factor: int | None = None) -> bool:
    """Merge runs of segments into group files as the policy says, and delete group files
    that no longer match the index. True if a group was written (then readers should open a
    new generation to use it).

    Each merge maps its inputs afresh and lets go of them when done: the pages of a large
    index's flat postings would otherwise all stay in the process's resident memory.
    """
    factor = factor or MERGE_FACTOR
    folder = Path(ix.storage.folder)
    segments = list(ix._segments())
    members: list[Member] = [(s.segment_id(), s.doc_count_all()) for s in segments]
    groups = groups_in(folder)
    runs = [
        _Run(members[start:end], groups[name].nbytes, name)
        if name
        else _Run(members[start:end], _flat_bytes(ix, segments[start]), None, segments[start])
        for start, end, name in _partition(len(members), covering(members, groups))
    ]
    del groups
    written = False
    while (window := _mergeable(runs, factor)) is not None:
        start, end = window
        runs[start:end] = [_write_group(ix, folder, runs[start:end])]
        written = True
    _remove_unused(folder, {run.group for run in runs if run.group})
    return written


def _segment_flat(ix: Any, segment: Any) -> tuple[Any, FlatSegment] | None:
    """A segment's flat postings with the reader that maps them (keep both while reading)."""
    reader = SegmentReader(ix.storage, ix.schema, segment)
    flat = FlatSegment.of(reader)
    if flat is None:
        reader.close()
        return None
    return reader, flat


def _flat_bytes(ix: Any, segment: Any) -> int | None:
    """The size of a segment's flat postings (None: it has none)."""
    found = _segment_flat(ix, segment)
    if found is None:
        return None
    reader, flat = found
    size = flat.nbytes
    reader.close()
    return size


def _level(documents: int) -> int:
    return max(int(log10(max(documents, 1))), SMALLEST_LEVEL)


def _mergeable(runs: list[_Run], factor: int) -> tuple[int, int] | None:
    """The first window of ``factor`` runs the policy merges, or None."""
    for start in range(len(runs) - factor + 1):
        window = runs[start : start + factor]
        sizes = [run.nbytes for run in window]
        if any(size is None for size in sizes):
            continue
        if any(run.group is None and run.documents < SMALL_SEGMENT for run in window):
            continue  # Whoosh folds these together at a later commit (indexer.engine.merging)
        if len({_level(run.documents) for run in window}) != 1:
            continue
        if sum(size or 0 for size in sizes) > MAX_GROUP_BYTES:
            continue
        return start, start + factor
    return None


def _write_group(ix: Any, folder: Path, runs: list[_Run]) -> _Run:
    """Merge the runs' flat postings into one group file; the new run that covers them all."""
    members = [member for run in runs for member in run.members]
    name = group_name(members)
    temporary = folder / (name + _TEMPORARY)
    opened: list[tuple[Any, FlatSegment, int]] = []  # (reader to keep open, flat, base)
    base = 0
    for run in runs:
        found = _run_flat(ix, folder, run)
        if found is None:
            raise OSError(f"the flat postings of {run.members[0][0]} vanished while merging")
        opened.append((*found, base))
        base += run.documents
    names = sorted({field for _reader, flat, _base in opened for field in flat.fields})
    try:
        with open(temporary, "wb") as handle:
            writer = FlatWriter(handle)
            for field in names:
                parts = [(f.fields[field], at) for _r, f, at in opened if field in f.fields]
                merged = merge_fields(parts)
                del parts
                writer.add_field(
                    field, merged.btexts, merged.starts, merged.docs, merged.weights,
                    merged.positions, merged.frequencies,
                )
                del merged
            writer.finish(members)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        for reader, _flat, _base in opened:
            if reader is not None:
                reader.close()
        del opened
    os.replace(temporary, folder / name)
    sync_folder(folder)
    size = os.path.getsize(folder / name)
    return _Run(members, size, name)


def _run_flat(ix: Any, folder: Path, run: _Run) -> tuple[Any, FlatSegment] | None:
    """A run's flat postings, freshly mapped: (reader to close or None, flat postings)."""
    if run.group is not None:
        flat = read_group(folder / run.group)
        return None if flat is None else (None, flat)
    return _segment_flat(ix, run.segment)


def group_name(members: list[Member]) -> str:
    """A group file's name, from its members: the same segments always give the same name."""
    digest = hashlib.sha1(
        "\n".join(f"{segment} {count}" for segment, count in members).encode("utf-8"),
        usedforsecurity=False,
    ).hexdigest()
    return f"{PREFIX}{digest[:20]}{SUFFIX}"


def _is_group(name: str) -> bool:
    return name.startswith(PREFIX) and name.endswith(SUFFIX)


def _remove_unused(folder: Path, keep: set[str]) -> None:
    """Delete group files outside ``keep`` and unfinished temporary ones. Readers that still
    map a deleted file keep it until they let go (POSIX)."""
    for path in folder.iterdir():
        unused = _is_group(path.name) and path.name not in keep
        if unused or (path.name.startswith(PREFIX) and path.name.endswith(SUFFIX + _TEMPORARY)):
            try:
                path.unlink()
            except OSError:
                pass  # gone already, or not ours to delete: the next regroup tries again
