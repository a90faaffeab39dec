"""PDF via pypdf: text in reading order, hyphenation across line breaks joined.

Encrypted PDFs (unless openable with an empty password), PDFs without a text layer and broken
files each get their own clear error; page count is bounded against PDF bombs. Scanned pages
(images, no text layer) are read by OCR where Tesseract is installed (:mod:`.ocr`), and
``extra`` says so: ``text_origin: "ocr"`` and ``ocr_pages``. ``extra["page_starts"]`` holds the
offset in the text where each page begins, so a hit can name its page.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers.base import (
    Limits,
    ReadResult,
    check_size,
    meaningful_title,
    property_extras,
)
from indexer.readers.text import first_line_title

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

EXTENSIONS = (".pdf",)

#: "Wahl-\nkreis" -> "Wahlkreis", but "Leipzig-\nSüd" keeps its hyphen (capital after it).
_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n[ \t]*([a-zäöüß])")
_SOFT_HYPHEN = "\u00ad"
#: Stop collecting text past this many characters: a real document is far smaller.
_MAX_CHARS = 20_000_000
PAGE_SEPARATOR = "\n\n"
#: A page with fewer letters than this in its text layer, and an image, is taken for a scan.
_MIN_LAYER_CHARS = 20


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
        texts = _page_texts(reader)
        scans = [i for i, text in enumerate(texts) if _needs_ocr(text, reader.pages[i])]
        info = _info(reader)
    except ReaderError:
        raise
    except FileNotDecryptedError as exc:
        raise ReaderError("PDF is encrypted and needs a password") from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReaderError(f"broken PDF: {exc or type(exc).__name__}") from exc
    except (RecursionError, MemoryError, OSError) as exc:
        raise ReaderError(f"PDF could not be read: {type(exc).__name__}") from exc
    extra = _read_scans(path, texts, scans, limits)
    text, extra["page_starts"] = join_pages(texts)
    if not text.strip():
        if not scans:
            raise ReaderError("PDF has no text layer and no scanned images (empty pages?)")
        raise ReaderError("PDF has no text layer, and OCR found no text in its images")
    # The Info dictionary's author is often a nickname or a secretary and its CreationDate the
    # day of the export: weak evidence for the metadata step (``format_*``), never given values.
    # Its Title is often empty, a file name or a template's placeholder: then the first line
    # (the heading, as in the other readers) is the title.
    title = meaningful_title(info.get("format_title")) or first_line_title(text)
    yield RawDocument(text=text, title=title, extra={**info, **extra})


def _read_scans(path: Path, texts: list[str], scans: list[int], limits: Limits) -> dict[str, Any]:
    """OCR the scanned pages into ``texts``; without Tesseract, a scan-only PDF is an error."""
    from indexer.readers import ocr

    if not scans:
        return {}
    try:
        found = ocr.ocr_pages(path, scans, limits)
    except ocr.OcrUnavailable as exc:
        if any(text.strip() for text in texts):
            return {"unread_pages": [i + 1 for i in scans]}  # the scanned ones, for display
        raise ReaderError(f"PDF has no text layer (scanned images only?); {exc}") from exc
    for index, text in found.items():
        texts[index] = join_hyphenation(text)
    return {"text_origin": "ocr", "ocr_pages": [i + 1 for i in scans]}


def join_pages(texts: list[str]) -> tuple[str, list[int]]:
    """The pages' texts separated by a blank line, and the offset where each page starts."""
    starts = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(texts), starts


def _needs_ocr(text: str, page: PageObject) -> bool:
    """A page with (almost) no text layer but an image on it: a scan."""
    if len("".join(text.split())) >= _MIN_LAYER_CHARS:
        return False
    try:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        return xobjects is not None and len(xobjects.get_object()) > 0
    except (AttributeError, KeyError, TypeError, ValueError):
        return False


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


def _page_texts(reader: PdfReader) -> list[str]:
    """Each page's text, hyphenation joined (the page separator ends every line break)."""
    parts: list[str] = []
    total = 0
    for page in reader.pages:
        page_text = page.extract_text() or ""
        parts.append(join_hyphenation(page_text))
        total += len(page_text)
        if total > _MAX_CHARS:
            raise ReaderError("PDF text is implausibly large (decompression bomb?)")
    return parts


def join_hyphenation(text: str) -> str:
    """Join words split by a hyphen at a line end, and drop soft hyphens."""
    text = text.replace("\r\n", "\n")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return text.replace(_SOFT_HYPHEN, "")


def _info(reader: PdfReader) -> dict[str, str]:
    """Title, author and creation date of the Info dictionary as ``format_*`` extras."""
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        meta = reader.metadata
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        return {}
    if meta is None:
        return {}
    try:
        created = meta.creation_date
    except (ValueError, TypeError):
        created = None
    return property_extras(meta.title, meta.author, created)
