"""Word ``.docx`` via python-docx: body, tables, headers, footers and notes as text.

python-docx opens the package and its parts; the text is walked here over the XML, because
its paragraph API drops runs inside ``w:ins`` (accepted insertions of tracked changes) and knows
nothing of notes. Deleted (``w:del``, ``w:moveFrom``) text and comments are left out: they are
not what the document says. Title, author and date from the document properties are weak
evidence, kept in ``extra`` (see :func:`~indexer.readers.base.property_extras`).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, property_extras
from indexer.readers.package import check_package, tidy, unique_lines
from indexer.readers.text import first_line_title

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

EXTENSIONS = (".docx",)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Subtrees that carry no document text: deletions, moved-away text, field codes, the
#: fallback copy of text boxes (the ``mc:Choice`` copy is read), and formatting.
_SKIP = frozenset(
    {
        W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "delInstrText",
        MC + "Fallback", W + "pPr", W + "rPr", W + "sectPr", W + "tblPr", W + "trPr",
        W + "tcPr", W + "tblGrid",
    }
)
_INLINE_TEXT = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_TITLE_STYLES = frozenset({"title", "titel", "heading1", "berschrift1", "überschrift1"})
_EXTRA_PARTS = ("header+xml", "footer+xml", "footnotes+xml", "endnotes+xml")
_CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)


def read(path: Path, limits: Limits) -> ReadResult:
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    check_package(path, limits, "Word", "word/document.xml")
    try:
        document = docx.Document(str(path))
        body = list(blocks(document.element.body))
        around = [text for part in _extra_parts(document) for text in blocks(part)]
        properties = _properties(document)
    except (OpcError, LxmlError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise ReaderError(f"broken Word file: {exc or type(exc).__name__}") from exc
    text = tidy("\n".join(body + [""] + unique_lines(around)))
    if not text.strip():
        raise ReaderError("Word document contains no text")
    title = _styled_title(document.element.body) or first_line_title(text)
    yield RawDocument(text=text, title=title, extra=properties)


def blocks(container: Any) -> Iterator[str]:
    """Paragraphs and table rows of a body, cell, header or note, in document order."""
    for child in container:
        tag = child.tag
        if tag == W + "p":
            yield paragraph_text(child)
        elif tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                cells = [" ".join(blocks(cell)).strip() for cell in row if cell.tag == W + "tc"]
                yield "\t".join(cells)
        elif isinstance(tag, str) and tag not in _SKIP:  # sdt, customXml, ins, footnote …
            yield from blocks(child)


def paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    _inline(paragraph, parts)
    return "".join(parts)


def _inline(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in _INLINE_TEXT:
            parts.append(_INLINE_TEXT[tag])
        elif tag == W + "txbxContent":  # a text box: its own paragraphs, on their own lines
            parts.append("\n" + "\n".join(blocks(child)) + "\n")
        else:
            _inline(child, parts)


def _extra_parts(document: WordDocument) -> Iterator[Any]:
    """Headers, then footers, footnotes and endnotes, each part once."""
    from docx.oxml.parser import parse_xml

    found = []
    for part in document.part.package.iter_parts():
        for kind, ending in enumerate(_EXTRA_PARTS):
            if part.content_type.endswith(ending):
                found.append((kind, str(part.partname), part))
    for _kind, _name, part in sorted(found, key=lambda item: item[:2]):
        element = getattr(part, "element", None)
        yield element if element is not None else parse_xml(part.blob)


def _styled_title(body: Any) -> str | None:
    for paragraph in body.iter(W + "p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and str(style.get(W + "val", "")).lower() in _TITLE_STYLES:
            title = " ".join(paragraph_text(paragraph).split())
            if title:
                return first_line_title(title)
    return None


def _properties(document: WordDocument) -> dict[str, str]:
    """Core properties, only when the file has them (python-docx invents defaults otherwise)."""
    package = document.part.package
    if not any(rel.reltype == _CORE_PROPERTIES for rel in package.rels.values()):
        return {}
    core = document.core_properties
    return property_extras(core.title, core.author, core.created)
