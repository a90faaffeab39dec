"""JSON Lines bulk import (plain or gzip): one document per line with ``text`` and metadata.

Accepts the Bundestag speech corpus as it is: ``role`` becomes the office, the agenda title the
document title, and fields we do not index are kept as extras for display. A record of a
parliament's sitting (it names the parliament and the sitting or electoral term) is a speech:
the format says so, also for a two-line question or an oath, which no speech phrase marks.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from indexer.errors import ReaderError
from indexer.given import SOURCE_KEYS, TITLE_KEYS, first_of, given_metadata
from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, RecordError, check_size

EXTENSIONS = (".jsonl", ".jsonl.gz", ".ndjson")

#: Extra title sources, in order, when a record has no title of its own.
_TITLE_FALLBACK = ("agenda_title",)
#: Record fields kept for display but not indexed as metadata.
_EXTRA_KEYS = ("agenda_id", "agenda_title", "parliament", "wahlperiode", "session")
#: A record with ``parliament`` and one of these is an entry of a plenary record: a speech.
_SITTING_KEYS = ("session", "wahlperiode")
#: The type such a record gets where it states none (a value of the type vocabulary).
SITTING_TYPE = "speech"


def read(path: Path, limits: Limits) -> ReadResult:
    # A bulk file may be far larger than any one document: the size limit applies per line
    # (each record is one document), not to the file.
    check_size(path, replace(limits, max_bytes=sys.maxsize))
    with _open(path) as handle:
        yield from read_lines(handle, limits.max_bytes)


def read_lines(
    handle: IO[bytes], max_line: int = 50 * 1024 * 1024
) -> Iterator[RawDocument | RecordError]:
    """Yield one document or :class:`RecordError` per non-blank line."""
    lineno = 0
    try:
        for lineno, line in enumerate(handle, start=1):  # noqa: B007 - used after the loop
            if not line.strip():
                continue
            if len(line) > max_line:
                yield RecordError(
                    lineno, f"line is longer than the limit of {max_line / 1048576:.0f} MB"
                )
                continue
            yield _record(lineno, line)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReaderError(f"cannot read past line {lineno}: {exc}") from exc
    if lineno == 0:
        raise ReaderError("empty file")


def _record(lineno: int, line: bytes) -> RawDocument | RecordError:
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return RecordError(lineno, "line is not valid UTF-8")
    except json.JSONDecodeError as exc:
        return RecordError(lineno, f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(data, dict):
        return RecordError(lineno, "line is not a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return RecordError(lineno, "no 'text' field with content")
    doc_id = data.get("id")
    metadata = given_metadata(data)
    if "doc_type" not in metadata and _is_sitting_record(data):
        metadata["doc_type"] = SITTING_TYPE
    return RawDocument(
        text=text,
        title=first_of(data, TITLE_KEYS) or first_of(data, _TITLE_FALLBACK),
        metadata=dict(metadata),
        doc_id=str(doc_id).strip() if doc_id not in (None, "") else None,
        source=first_of(data, SOURCE_KEYS),
        line=lineno,
        extra=_extras(data),
    )


def _is_sitting_record(data: dict[str, Any]) -> bool:
    """Whether the record names a parliament and its sitting or electoral term."""
    if not _present(data.get("parliament")):
        return False
    return any(_present(data.get(key)) for key in _SITTING_KEYS)


def _present(value: Any) -> bool:
    return value not in (None, "") and not (isinstance(value, str) and not value.strip())


def _extras(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in _EXTRA_KEYS if data.get(k) not in (None, "")}


def _open(path: Path) -> IO[bytes]:
    try:
        if path.name.lower().endswith(".gz"):
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return path.open("rb")
    except OSError as exc:
        raise ReaderError(f"cannot open file: {exc.strerror or exc}") from exc
