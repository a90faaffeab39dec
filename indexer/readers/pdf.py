"""PDF via pypdf: text in reading order, hyphenation across line breaks joined.

Encrypted PDFs (unless openable with an empty password), PDFs without a text layer and broken
files each get their own clear error; page count is bounded against PDF bombs.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer.errors import ReaderError
from indexer.given import normalise_value
from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, check_size

if TYPE_CHECKING:
    from pypdf import PdfReader

EXTENSIONS = (".pdf",)

#: "Wahl-\nkreis" -> "Wahlkreis", but "Leipzig-\nSüd" keeps its hyphen (capital after it).
_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n[ \t]*([a-zäöüß])")
_SOFT_HYPHEN = "\u00ad"
#: Stop collecting text past this many characters: a real document is far smaller.
_MAX_CHARS = 20_000_000


def read(path: Path, limits: Limits) -> ReadResult:
    # pypdf is imported here: commands that never read a PDF (search, serve) skip its cost.
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

    check_size(path, limits)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path), strict=False)
        _unlock(reader)
        pages = len(reader.pages)
        if pages > limits.max_pdf_pages:
            raise ReaderError(
                f"PDF has {pages} pages, more than the limit of {limits.max_pdf_pages} "
                "(set PARTEISUCHE_MAX_PDF_PAGES to change it)"
            )
        text = _page_texts(reader)
        info = _info(reader)
    except ReaderError:
        raise
    except FileNotDecryptedError as exc:
        raise ReaderError("PDF is encrypted and needs a password") from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReaderError(f"broken PDF: {exc or type(exc).__name__}") from exc
    except (RecursionError, MemoryError, OSError) as exc:
        raise ReaderError(f"PDF could not be read: {type(exc).__name__}") from exc
    if not text.strip():
        raise ReaderError("PDF has no text layer (scanned images only?); OCR it first")
    title = info.pop("title", None)
    yield RawDocument(text=text, title=title, metadata=info)


def _unlock(reader: PdfReader) -> None:
    from pypdf.errors import PyPdfError

    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except (NotImplementedError, PyPdfError) as exc:
        raise ReaderError(f"PDF is encrypted and cannot be opened: {exc}") from exc
    if not opened:
        raise ReaderError("PDF is encrypted and needs a password")


def _page_texts(reader: PdfReader) -> str:
    parts: list[str] = []
    total = 0
    for page in reader.pages:
        page_text = page.extract_text() or ""
        parts.append(page_text)
        total += len(page_text)
        if total > _MAX_CHARS:
            raise ReaderError("PDF text is implausibly large (decompression bomb?)")
    return join_hyphenation("\n\n".join(parts))


def join_hyphenation(text: str) -> str:
    """Join words split by a hyphen at a line end, and drop soft hyphens."""
    text = text.replace("\r\n", "\n")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return text.replace(_SOFT_HYPHEN, "")


def _info(reader: PdfReader) -> dict[str, Any]:
    from pypdf.errors import PdfReadError, PyPdfError

    found: dict[str, Any] = {}
    try:
        meta = reader.metadata
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        return found
    if meta is None:
        return found
    if meta.title and str(meta.title).strip():
        found["title"] = " ".join(str(meta.title).split())
    if meta.author and str(meta.author).strip():
        found["person"] = " ".join(str(meta.author).split())
    try:
        created = meta.creation_date
    except (ValueError, TypeError):
        created = None
    if created is not None:
        date = normalise_value("date", created)
        if date:
            found["date"] = date
    return found
