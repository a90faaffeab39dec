"""Plain text: any common encoding; the first non-empty line serves as title."""

from __future__ import annotations

from pathlib import Path

from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, read_bytes
from indexer.readers.decoding import decode

EXTENSIONS = (".txt", ".text")

_MAX_TITLE = 160


def read(path: Path, limits: Limits) -> ReadResult:
    text = decode(read_bytes(path, limits))
    yield RawDocument(text=text, title=first_line_title(text))


def first_line_title(text: str) -> str | None:
    """The first non-empty line, shortened: candidacy texts usually start with a heading."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= _MAX_TITLE else line[: _MAX_TITLE - 1].rstrip() + "…"
    return None
