"""Which original file a document may be downloaded as (``serve --originals``).

Only files the index knows are served, found by the document's id, never by a path from the
URL; and only while they still lie inside a folder (or are a file) that was indexed, after
every symbolic link is resolved: a file swapped for a link to ``/etc/passwd`` after indexing
is refused like any other. A record of a collection file (one line of a JSONL export) has no
file of its own and none is offered.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask

from indexer.search import SearchService

#: Files that hold many records (JSONL exports): a record has no original file of its own.
COLLECTION_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def enabled(app: Flask) -> bool:
    """Staff allow downloads with ``serve --originals`` (config ``ORIGINALS``)."""
    return bool(app.config.get("ORIGINALS"))


def original_file(service: SearchService, record: dict[str, Any]) -> str | None:
    """The real path of ``record``'s file as it may be served, or None (see the module)."""
    stored = str(record.get("path") or "")
    if not stored or stored.lower().endswith(COLLECTION_SUFFIXES):
        return None
    real = os.path.realpath(stored)
    if not os.path.isfile(real):
        return None
    for source in service.store.manifest().sources:
        if not source.get("path"):
            continue
        root = os.path.realpath(str(source["path"]))
        if real == root or real.startswith(root.rstrip(os.sep) + os.sep):
            return real
    return None
