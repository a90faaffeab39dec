"""A Whoosh file storage that makes every commit durable before it is published.

Whoosh publishes a commit by writing a new table of contents (TOC) and renaming it into place,
which is atomic against crashes of the process — but without ``fsync`` a power loss can leave a
published TOC that points at segment data still in the page cache. Here every file is flushed
to disk when Whoosh closes it, and the folder is synced after each rename, so the TOC can only
become visible after the data it names is on disk.
"""

from __future__ import annotations

import os
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


def _sync_on_close(previous: Any) -> Any:
    def onclose(sfile: StructFile) -> None:
        if previous is not None:
            previous(sfile)
        handle = sfile.file
        if hasattr(handle, "fileno"):
            handle.flush()
            os.fsync(handle.fileno())

    return onclose


class DurableFileStorage(FileStorage):  # type: ignore[misc]
    """:class:`FileStorage` with fsync on file close and on folder renames."""

    def create_file(self, name: str, excl: bool = False, mode: str = "wb", **kwargs: Any) -> Any:
        kwargs["onclose"] = _sync_on_close(kwargs.get("onclose"))
        return super().create_file(name, excl=excl, mode=mode, **kwargs)

    def rename_file(self, oldname: str, newname: str, safe: bool = False) -> None:
        super().rename_file(oldname, newname, safe=safe)
        sync_folder(self.folder)


def sync_folder(path: str | os.PathLike[str]) -> None:
    """fsync a directory so that renames and new entries in it survive a power loss."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
