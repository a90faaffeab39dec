"""The reader contract and the dispatch from a path to the reader that handles it.

Each reader module declares ``EXTENSIONS`` and a ``read(path, limits)`` generator of
:class:`~indexer.models.RawDocument` (several for bulk formats). A record that cannot be read
inside a bulk file is yielded as a :class:`RecordError` so that the batch goes on; a file that
cannot be read at all raises :class:`~indexer.errors.ReaderError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer import config
from indexer.errors import ReaderError, UnsupportedFormat
from indexer.models import RawDocument


@dataclass(frozen=True)
class Limits:
    """Bounds that protect the indexer from huge or hostile files."""

    max_bytes: int = 50 * 1024 * 1024
    max_pdf_pages: int = 2000
    #: Pages without a text layer that one PDF may send to OCR (seconds each, on one core).
    max_ocr_pages: int = 100
    ocr_page_seconds: int = 120

    @classmethod
    def from_config(cls) -> Limits:
        return cls(
            max_bytes=config.get_int("max_file_mb") * 1024 * 1024,
            max_pdf_pages=config.get_int("max_pdf_pages"),
            max_ocr_pages=config.get_int("ocr_max_pages"),
            ocr_page_seconds=config.get_int("ocr_page_seconds"),
        )


@dataclass(frozen=True)
class RecordError:
    """One unreadable record inside a bulk file (e.g. a bad JSONL line)."""

    line: int
    reason: str


ReadResult = Iterator[RawDocument | RecordError]
ReadFunction = Callable[[Path, Limits], ReadResult]


def suffix_of(path: Path) -> str:
    """Lowercased extension, with ``.jsonl.gz`` treated as one suffix."""
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def check_size(path: Path, limits: Limits) -> int:
    """Refuse empty and oversized files before any reader opens them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}") from exc
    if size == 0:
        raise ReaderError("empty file")
    if size > limits.max_bytes:
        raise ReaderError(
            f"file is {size / 1048576:.0f} MB, larger than the limit of "
            f"{limits.max_bytes / 1048576:.0f} MB (set PARTEISUCHE_MAX_FILE_MB to change it)"
        )
    return size


def read_bytes(path: Path, limits: Limits) -> bytes:
    check_size(path, limits)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}") from exc


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the head: not a text document."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM is text
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 50)


def pick_reader(path: Path) -> ReadFunction:
    """The reader for this file's extension, or :class:`UnsupportedFormat`."""
    from indexer.readers import READERS

    suffix = suffix_of(path)
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormat(f"unsupported file type {suffix or '(none)'!r}; supported: {known}")
    return reader


#: Key of :attr:`RawDocument.extra` for a web page's own title where its h1 became the title
#: (the site name in it is evidence for the metadata step, see ``readers.html``).
PAGE_TITLE = "page_title"
#: Keys of :attr:`RawDocument.extra` for a format's document properties (weak evidence).
PROPERTY_KEYS = ("format_title", "format_author", "format_date")


#: Document-property titles that name no document: an export's file name, a template's
#: placeholder ("Microsoft Word - Bewerbung_final.docx", "Dokument1", "Unbenannt", "untitled").
_PLACEHOLDER_TITLE = re.compile(
    r"(?:microsoft\s+(?:word|powerpoint|excel)\s*-\s*.*|.*\.(?:docx?|odt|pdf|rtf|txt|pptx?|indd)"
    r"|(?:dokument|document|unbenannt|untitled|ohne\s+titel|folie|präsentation|presentation)"
    r"[\s_-]*\d*|[\w.-]*_[\w.-]*|\W*)",
    re.IGNORECASE,
)


def meaningful_title(value: str | None) -> str | None:
    """A document-property title, unless it is a file name or a template's placeholder."""
    title = " ".join((value or "").split())
    if not title or _PLACEHOLDER_TITLE.fullmatch(title):
        return None
    return title


def property_extras(title: object, author: object, created: object) -> dict[str, str]:
    """Title, author and date from a file's document properties, as weak evidence.

    Office properties are often stale (the template's author, the date the template was made,
    "Microsoft Word - Dokument1"), so they never go into ``RawDocument.metadata`` (which the
    pipeline trusts as the document's own word) but into ``extra`` under ``format_*`` keys: shown
    on the document page, for the metadata step to weigh against the text.
    """
    from indexer.given import normalise_value

    found: dict[str, str] = {}
    for key, value in (("format_title", title), ("format_author", author)):
        text = " ".join(str(value).split()) if value is not None else ""
        if text:
            found[key] = text
    date = normalise_value("date", created) if created not in (None, "") else None
    if isinstance(date, str):
        found["format_date"] = date
    return found
