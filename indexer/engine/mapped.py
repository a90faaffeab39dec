"""Reading segment files through one shared memory map instead of a private copy per searcher.

Whoosh memory-maps a compound segment file (``*.seg``) and hands each part of it to its readers
as a ``BufferFile``, whose constructor wraps the part in ``io.BytesIO``. ``BytesIO`` copies a
memoryview, so **every searcher copies the whole index into private memory**: about 600 MB
and 0.2-2 s for the Bundestag corpus. The web server keeps one searcher per thread, so each
worker process grew to several GB and the first request on each thread waited for the copy
(the long tail of the load test).

:class:`MappedFileStorage` opens compound segment files as :class:`MappedSegmentFile`, whose
parts are :class:`ZeroCopyBufferFile`: the same ``BufferFile`` interface over a slice of the
map, with a small position-keeping reader in place of ``BytesIO``. Whoosh's bulk reads (posting
blocks, stored records, columns, lengths) go through ``BufferFile.get`` and ``get_array``,
which slice the map directly; only headers and pickled directory entries use the stream
methods. All searchers and all worker processes then share the kernel's page cache.
"""

from __future__ import annotations

import mmap
import os
from typing import Any

from whoosh.filedb.structfile import BufferFile, StructFile

from indexer.engine.durable import DurableFileStorage

#: Whoosh's extension for compound segment files (``whoosh.codec.base.Segment.COMPOUND_EXT``).
COMPOUND_EXT = ".seg"


class MemoryReader:
    """A read-only file over a buffer: ``read``/``readline``/``seek``/``tell``, never a copy
    of more than what is read.
    """

    __slots__ = ("_view", "_pos", "closed")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self.closed = False

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = max(end, start)
        return bytes(self._view[start:end])

    def readinto(self, target: Any) -> int:
        out = memoryview(target).cast("B")
        data = self.read(len(out))
        out[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        view, start = self._view, self._pos
        limit = len(view) if size is None or size < 0 else min(start + size, len(view))
        end = start
        while end < limit:  # lines are only read from short pickled headers
            end += 1
            if view[end - 1] == 10:
                break
        self._pos = end
        return bytes(view[start:end])

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            offset += self._pos
        elif whence == os.SEEK_END:
            offset += len(self._view)
        if offset < 0:
            raise ValueError(f"negative seek position {offset}")
        self._pos = offset
        return offset

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self.closed = True


class ZeroCopyBufferFile(BufferFile):  # type: ignore[misc]
    """Whoosh's ``BufferFile`` without the ``BytesIO`` copy of its buffer."""

    def __init__(self, buf: memoryview, name: str | None = None, onclose: Any = None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = MemoryReader(buf)

    def subset(self, position: int, length: int, name: str | None = None) -> ZeroCopyBufferFile:
        return ZeroCopyBufferFile(
            self._buf[position : position + length], name=name or self._name
        )


class MappedSegmentFile(ZeroCopyBufferFile):
    """A whole compound segment file, mapped once; its parts are slices of the same map.

    Whoosh's ``CompoundStorage`` reads its directory through the stream methods and then asks
    ``subset(offset, length)`` for each part when it did not map the file itself (the storage
    says ``supports_mmap = False`` so that it does not map it a second time).
    """

    def __init__(self, path: str, name: str) -> None:
        with open(path, "rb") as handle:
            # An empty file cannot be mapped; Whoosh would fail on it anyway, with its message.
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        super().__init__(memoryview(self._map), name=name)

    def close(self) -> None:
        # The parts handed out still point into the map; it is unmapped when the last of
        # them is gone (closing it now would raise BufferError or break them).
        self.is_closed = True


class MappedFileStorage(DurableFileStorage):
    """The index storage: durable writes (see :mod:`indexer.engine.durable`), compound segment files
    read through one shared memory map without per-reader copies.
    """

    def __init__(self, path: str, readonly: bool = False, debug: bool = False) -> None:
        super().__init__(path, supports_mmap=False, readonly=readonly, debug=debug)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if name.endswith(COMPOUND_EXT) and not kwargs:
            path = self._fpath(name)
            if os.path.getsize(path) > 0:
                return MappedSegmentFile(path, name)
        return super().open_file(name, **kwargs)
