"""The index on disk: create, open, version check, atomic generations and the writer lock.

Layout of an index folder::

    parteisuche.json   schema version, the active data folder, the indexed sources
    write.lock         held by the one process that writes
    corrections.json   values staff set for single documents (``indexer.ingest.corrections``);
                       outside the data folders, so every rebuild reads them again
    data-0001/         a Whoosh index (the active one, named in parteisuche.json), and
                       flatgroup-*.flg files: merged flat postings (indexer.engine.flatgroups)

Ordinary updates commit into the active Whoosh index (Whoosh publishes a commit atomically by
renaming its table of contents). ``reindex`` builds a new data folder and switches to it by
atomically replacing ``parteisuche.json``, so readers see either the old or the new index.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import Index
from whoosh.writing import IndexWriter

from indexer.engine.codec import FastSegmentWriter
from indexer.engine.durable import DurableFileStorage, sync_folder
from indexer.engine.locking import writer_lock
from indexer.engine.mapped import MappedFileStorage
from indexer.errors import IndexMissing, ParteisucheError, SchemaOutdated
from indexer.schema import SCHEMA_VERSION, build_schema

MANIFEST = "parteisuche.json"
LOCK = "write.lock"


@dataclass
class Manifest:
    """What ``parteisuche.json`` records about an index folder."""

    schema_version: int | None
    data: str
    sources: list[dict[str, Any]] = field(default_factory=list)

    def copy(self) -> Manifest:
        """A copy callers may change (the store keeps the one it read)."""
        return Manifest(self.schema_version, self.data, [dict(s) for s in self.sources])

    def to_json(self) -> str:
        return json.dumps(
            {"schema_version": self.schema_version, "data": self.data, "sources": self.sources},
            ensure_ascii=False,
            indent=1,
        )


class IndexStore:
    """One index folder. Cheap to create; opens Whoosh lazily."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        #: The last manifest read, by the file's identity: the web app asks on every request.
        self._read: tuple[tuple[int, int, int], Manifest] | None = None

    # -- reading -----------------------------------------------------------------------
    def exists(self) -> bool:
        return (self.root / MANIFEST).is_file()

    def manifest(self) -> Manifest:
        """The manifest; read again only when the file changed (it is replaced by a rename)."""
        path = self.root / MANIFEST
        try:
            stat = path.stat()
        except FileNotFoundError:
            stat = None
        if stat is None or not path.is_file():
            raise IndexMissing(
                f"No index at {self.root}. Create one with `parteisuche index PATH`."
            )
        identity = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        read = self._read
        if read is not None and read[0] == identity:
            return read[1].copy()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            manifest = Manifest(
                schema_version=raw.get("schema_version"),
                data=str(raw["data"]),
                sources=list(raw.get("sources") or []),
            )
            self._read = (identity, manifest)
            return manifest.copy()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ParteisucheError(
                f"The index manifest {path} is unreadable ({exc}); run `parteisuche reindex`."
            ) from exc

    def open(self, *, check_version: bool = True) -> Index:
        """Open the active Whoosh index; refuse one built with another schema version."""
        manifest = self.manifest()
        if check_version and manifest.schema_version != SCHEMA_VERSION:
            raise SchemaOutdated(manifest.schema_version, SCHEMA_VERSION)
        data_dir = self.root / manifest.data
        try:
            return MappedFileStorage(str(data_dir)).open_index()
        except (OSError, whoosh_index.EmptyIndexError) as exc:
            raise ParteisucheError(
                f"The index data in {data_dir} cannot be opened ({exc}); "
                "run `parteisuche reindex`."
            ) from exc

    # -- writing -----------------------------------------------------------------------
    @contextmanager
    def locked(self, wait: float) -> Iterator[None]:
        """The writer lock: one writing process per index folder."""
        with writer_lock(self.root / LOCK, wait):
            yield

    def create(self) -> Index:
        """Create an empty index (caller holds the lock). Keeps the recorded sources."""
        self.root.mkdir(parents=True, exist_ok=True)
        sources = self.manifest().sources if self.exists() else []
        data = self._new_data_dir()
        ix = _create_whoosh(self.root / data)
        self._write_manifest(Manifest(SCHEMA_VERSION, data, sources))
        return ix

    def open_or_create(self) -> Index:
        if self.exists():
            return self.open()
        return self.create()

    def prepare_rebuild(self) -> tuple[str, Index]:
        """A fresh, unpublished data folder for ``reindex``."""
        self.root.mkdir(parents=True, exist_ok=True)
        data = self._new_data_dir()
        return data, _create_whoosh(self.root / data)

    def publish_rebuild(self, data: str, sources: list[dict[str, Any]]) -> None:
        """Switch readers to a rebuilt data folder in one atomic step; drop older folders.

        The folder that was active until now stays until the next rebuild, so searchers that
        still read it keep working.
        """
        previous = self.manifest().data if self.exists() else None
        self._write_manifest(Manifest(SCHEMA_VERSION, data, sources))
        for old in self.root.glob("data-*"):
            if old.name not in (data, previous):
                shutil.rmtree(old, ignore_errors=True)

    def discard(self, data: str) -> None:
        shutil.rmtree(self.root / data, ignore_errors=True)

    def record_sources(self, sources: list[dict[str, Any]]) -> None:
        manifest = self.manifest()
        manifest.sources = sources
        self._write_manifest(manifest)

    def writer(self, ix: Index, *, limitmb: int = 256) -> IndexWriter:
        """A writer of ``ix``: the project's segment writer, whose merges also merge the
        segments' flat postings. Whoosh's writers (one process or its ``MpWriter``) would
        leave a segment without them, and so without the postings of the text fields
        (:func:`indexer.schema.flat_only`); parallel indexing has its own workers
        (:mod:`indexer.ingest.parallel`)."""
        return FastSegmentWriter(ix, limitmb=limitmb)

    def _new_data_dir(self) -> str:
        existing = [int(p.name.split("-")[1]) for p in self.root.glob("data-*") if _numbered(p)]
        name = f"data-{max(existing, default=0) + 1:04d}"
        (self.root / name).mkdir(parents=True)
        return name

    def _write_manifest(self, manifest: Manifest) -> None:
        """Write, flush to disk, then rename: a crash leaves the old or the new manifest."""
        target = self.root / MANIFEST
        tmp = self.root / f".{MANIFEST}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(manifest.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        sync_folder(self.root)


def _create_whoosh(folder: Path) -> Index:
    return DurableFileStorage(str(folder)).create().create_index(build_schema())


def _numbered(path: Path) -> bool:
    parts = path.name.split("-")
    return path.is_dir() and len(parts) == 2 and parts[1].isdigit()


