"""OpenDocument text (``.odt``, LibreOffice/OpenOffice) via odfpy.

Body, tables, text boxes, notes, and the headers and footers of the page styles are text; the
deleted text that tracked changes keep (``text:tracked-changes``) and comments
(``office:annotation``) are not. Title, author and date from ``meta.xml`` are weak evidence,
kept in ``extra`` (see :func:`~indexer.readers.base.property_extras`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax import SAXException

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, property_extras
from indexer.readers.package import check_package, tidy, unique_lines
from indexer.readers.text import first_line_title

EXTENSIONS = (".odt",)

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
DC = "http://purl.org/dc/elements/1.1/"

_PARAGRAPHS = frozenset({(TEXT, "p"), (TEXT, "h")})
#: Subtrees that are not the document's text: tracked deletions, comments, declarations, the
#: generated table of contents (it repeats the headings), note numbers.
_SKIP = frozenset(
    {
        (TEXT, "tracked-changes"), (OFFICE, "annotation"), (OFFICE, "annotation-end"),
        (TEXT, "sequence-decls"), (TEXT, "variable-decls"), (TEXT, "user-field-decls"),
        (OFFICE, "forms"), (TEXT, "table-of-content"), (TEXT, "note-citation"),
        (TABLE, "table-columns"), (TABLE, "table-column"),
    }
)
_ROW_GROUPS = frozenset(
    {(TABLE, "table-header-rows"), (TABLE, "table-rows"), (TABLE, "table-row-group")}
)
_INLINE_TEXT = {(TEXT, "tab"): "\t", (TEXT, "line-break"): "\n"}


def read(path: Path, limits: Limits) -> ReadResult:
    from odf.opendocument import load

    check_package(path, limits, "OpenDocument", "content.xml")
    try:
        document = load(str(path))
        if document.text is None:
            raise ReaderError("not an OpenDocument text (.odt) file")
        body = list(blocks(document.text))
        around = [line for page in _page_styles(document) for line in blocks(page)]
        properties = _properties(document.meta)
    except ReaderError:
        raise
    except (zipfile.BadZipFile, SAXException, KeyError, ValueError, TypeError, AttributeError,
            IndexError, AssertionError) as exc:
        raise ReaderError(f"broken OpenDocument file: {exc or type(exc).__name__}") from exc
    text = tidy("\n".join(body + [""] + unique_lines(around)))
    if not text.strip():
        raise ReaderError("OpenDocument file contains no text")
    title = _heading(document.text) or first_line_title(text)
    yield RawDocument(text=text, title=title, extra=properties)


def blocks(container: Any) -> Iterator[str]:
    """Paragraphs and table rows in document order."""
    for child in _elements(container):
        if child.qname in _PARAGRAPHS:
            yield paragraph_text(child)
        elif child.qname == (TABLE, "table"):
            yield from _rows(child)
        elif child.qname not in _SKIP:  # lists, sections, frames, …
            yield from blocks(child)


def _rows(table: Any) -> Iterator[str]:
    for child in _elements(table):
        if child.qname == (TABLE, "table-row"):
            cells = [
                " ".join(blocks(cell)).strip()
                for cell in _elements(child)
                if cell.qname == (TABLE, "table-cell")
            ]
            yield "\t".join(cells)
        elif child.qname in _ROW_GROUPS:
            yield from _rows(child)


def paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    _inline(paragraph, parts)
    return "".join(parts)


def _inline(element: Any, parts: list[str]) -> None:
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
            continue
        if child.nodeType != child.ELEMENT_NODE or child.qname in _SKIP:
            continue
        if child.qname == (TEXT, "s"):
            parts.append(" " * _count(child.getAttrNS(TEXT, "c")))
        elif child.qname in _INLINE_TEXT:
            parts.append(_INLINE_TEXT[child.qname])
        elif child.qname in _PARAGRAPHS:  # inside a text box or a note
            parts.append("\n" + paragraph_text(child) + "\n")
        else:
            _inline(child, parts)


def _elements(node: Any) -> Iterator[Any]:
    for child in node.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            yield child


def _count(value: Any) -> int:
    try:
        return max(1, min(int(value), 1000))
    except (TypeError, ValueError):
        return 1


def _page_styles(document: Any) -> Iterator[Any]:
    """Headers and footers of every master page (first, left and right pages)."""
    if document.masterstyles is None:
        return
    for page in _elements(document.masterstyles):
        if page.qname == (STYLE, "master-page"):
            yield from _elements(page)


def _heading(body: Any) -> str | None:
    for child in _elements(body):
        if child.qname == (TEXT, "h"):
            title = " ".join(paragraph_text(child).split())
            if title:
                return first_line_title(title)
        elif child.qname not in _SKIP and child.qname not in _PARAGRAPHS:
            found = _heading(child)
            if found:
                return found
    return None


def _properties(meta: Any) -> dict[str, str]:
    if meta is None:
        return {}
    values: dict[tuple[str, str], str] = {}
    for child in _elements(meta):
        values.setdefault(child.qname, paragraph_text(child).strip())
    author = values.get((META, "initial-creator")) or values.get((DC, "creator"))
    created = values.get((META, "creation-date")) or values.get((DC, "date"))
    return property_extras(values.get((DC, "title")), author, created)
