"""One reader module per file format; :data:`READERS` maps extensions to read functions.

Reader modules are imported on first use, and a library that fails to import (missing, or
broken like jusText without ``lxml_html_clean`` under an old pip) becomes a
:class:`~indexer.errors.ReaderError` for the files of that format: the batch goes on.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from indexer.errors import ReaderError
from indexer.readers.base import (
    Limits,
    ReadFunction,
    ReadResult,
    RecordError,
    pick_reader,
    suffix_of,
)

#: Reader module -> the extensions it declares (a test keeps both in step).
FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown"),
    "html": (".html", ".htm", ".xhtml"),
    "pdf": (".pdf",),
    "jsonl": (".jsonl", ".jsonl.gz", ".ndjson"),
    "word": (".docx",),
    "odt": (".odt",),
    "rtf": (".rtf",),
    "msword": (".doc",),
}


class LazyReader:
    """The ``read`` function of one reader module, imported when the first file needs it."""

    def __init__(self, module: str) -> None:
        self.module = module

    def __call__(self, path: Path, limits: Limits) -> ReadResult:
        try:
            read: ReadFunction = importlib.import_module(f"indexer.readers.{self.module}").read
            yield from read(path, limits)
        except ImportError as exc:
            raise ReaderError(missing_library(self.module, exc)) from exc

    def __repr__(self) -> str:
        return f"LazyReader({self.module!r})"


def missing_library(module: str, exc: ImportError) -> str:
    """What a person can do when a reader's library does not import."""
    name = f" ({exc.name})" if exc.name else ""
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return (
        f"the {module} reader cannot load a library it needs{name}: {detail} — reinstall "
        "parteisuche with a current pip (pip install --upgrade pip, then install it again)"
    )


READERS: dict[str, ReadFunction] = {
    ext: LazyReader(module) for module, exts in FORMATS.items() for ext in exts
}

__all__ = ["FORMATS", "READERS", "Limits", "RecordError", "pick_reader", "suffix_of"]
