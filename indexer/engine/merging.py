"""Which segments a commit merges: only small ones, because Whoosh's merge is slow.

Whoosh's default policy (``MERGE_SMALL``) merges the smallest segments "up to a merge point"
defined by the Fibonacci numbers; once an index holds about twenty segments, the merge point
covers all of them. A bulk import writes a segment per worker and memory budget (some 5,000
speeches each), so at 110,000 documents a commit began to merge *every* segment through
Whoosh's per-posting merge — about 150 documents/s, in the indexing process, while the workers
wait: hours for a large archive.

:func:`merge_small_segments` merges only segments below :data:`SMALL_SEGMENT` documents, and
only once there are :data:`MERGE_AT` of them: the many tiny segments of small incremental runs
(a press release, a hundred documents) are folded together within seconds, and large segments
stay as they are. ``parteisuche optimize`` still merges everything into one when asked.

A segment is small by its bytes as well: one 50 MB protocol is a single document but a
segment of some 190 MB, and folding it in again with every fourth small commit made that
commit take a minute and a half. Segments of :data:`SMALL_SEGMENT_BYTES` or more stay out
of the folding whatever their document count, so the cost of a small commit does not depend
on the largest document in the index.
What a query reads from many segments is merged separately, and fast:
:mod:`indexer.engine.flatgroups`.
"""

from __future__ import annotations

from typing import Any

from whoosh.reading import SegmentReader

#: Segments with fewer documents are merged (Whoosh merges ~150 documents/s).
SMALL_SEGMENT = 1_000
#: Segments whose files take this many bytes or more are never folded (see above).
SMALL_SEGMENT_BYTES = 16 * 1024 * 1024
#: Small segments are merged once there are this many.
MERGE_AT = 4


def segment_bytes(storage: Any, segment: Any) -> int:
    """The bytes of a segment's files in ``storage`` (postings, stored fields, columns ...)."""
    return sum(storage.file_length(name) for name in segment.list_files(storage))


def is_small(storage: Any, segment: Any) -> bool:
    """Whether the policy folds ``segment``: few documents and few bytes."""
    return (
        segment.doc_count_all() < SMALL_SEGMENT
        and segment_bytes(storage, segment) < SMALL_SEGMENT_BYTES
    )


def merge_small_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy: merge the small segments into ``writer``, keep the others."""
    small = [s for s in segments if is_small(writer.storage, s)]
    if len(small) < MERGE_AT:
        return list(segments)
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return [s for s in segments if s not in small]
