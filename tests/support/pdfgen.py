"""A minimal, dependency-free PDF writer for test fixtures and the sample corpus.

Why this exists: tests create PDF fixtures at runtime (German text with umlauts, several pages,
an Info dictionary with title, author and creation date), and the project must not gain a PDF
library as a dependency just for that. pypdf, which the project already uses, can only *read*
what we need; writing a plain PDF 1.4 by hand takes a few dozen lines.

What it writes: one or more A4 pages of text in the standard Type 1 font Helvetica with
WinAnsiEncoding (so ä, ö, ü, ß, „“ and € work: text is encoded as cp1252), uncompressed content
streams, simple word wrapping at about 90 characters per line with 14 pt leading, a new page
when a page is full, an Info dictionary, and a correct cross-reference table and trailer.

A soft hyphen (U+00AD) in the text marks where a long word may be split at a line end; the
split is printed as a visible hyphen, as in typeset documents ("Landes-" / "parteitag").
Unused soft hyphens are dropped.

Example::

    from tests.support.pdfgen import make_pdf
    make_pdf(tmp_path / "a.pdf", ["Erste Seite mit Umlauten: äöü ß", "Zweite Seite"],
             title="Beschluss", author="Landesvorstand", creation_date="2023-11-18")
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

__all__ = ["make_pdf", "wrap_text", "pdf_date"]

#: A4 in points.
PAGE_WIDTH = 595
PAGE_HEIGHT = 842
MARGIN_LEFT = 56
MARGIN_TOP = 60
MARGIN_BOTTOM = 60
FONT_SIZE = 10
LEADING = 14
LINE_CHARS = 90
LINES_PER_PAGE = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) // LEADING

_SOFT_HYPHEN = "\u00ad"


def make_pdf(
    path: str | Path,
    pages: list[str],
    title: str | None = None,
    author: str | None = None,
    creation_date: str | dt.date | None = None,
) -> Path:
    """Write a PDF 1.4 file with the given page texts and return its path.

    Each item of ``pages`` starts a new page; a text longer than one page continues on further
    pages. ``creation_date`` may be ``D:YYYYMMDDHHmmSS``, an ISO date or date-time
    (``2023-11-18``, ``2023-11-18T10:30:00``), ``YYYYMMDD[HHmmSS]`` or a ``date``/``datetime``.
    Characters outside Windows-1252 are written as ``?``.
    """
    if not pages:
        raise ValueError("a PDF needs at least one page")
    page_lines: list[list[str]] = []
    for text in pages:
        lines = wrap_text(text)
        if not lines:
            lines = [""]
        for start in range(0, len(lines), LINES_PER_PAGE):
            page_lines.append(lines[start : start + LINES_PER_PAGE])

    # Object numbers: 1 catalog, 2 page tree, 3 font, 4 info, then page/content pairs.
    first_page = 5
    page_ids = [first_page + 2 * i for i in range(len(page_lines))]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: (
            b"<< /Type /Pages /Kids ["
            + b" ".join(b"%d 0 R" % pid for pid in page_ids)
            + b"] /Count %d >>" % len(page_ids)
        ),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: _info_dictionary(title, author, creation_date),
    }
    for pid, lines in zip(page_ids, page_lines, strict=True):
        stream = _content_stream(lines)
        objects[pid] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, pid + 1)
        )
        objects[pid + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"

    return write_pdf(Path(path), objects, b" /Info 4 0 R")


def write_pdf(path: Path, objects: dict[int, bytes], trailer: bytes = b"") -> Path:
    """Write numbered PDF objects (1 is the catalogue) with their xref table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (size, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    path.write_bytes(bytes(out))
    return path


def wrap_text(text: str, width: int = LINE_CHARS) -> list[str]:
    """Break text into lines of at most ``width`` characters, paragraph by paragraph.

    Line breaks in the input are kept (a blank line stays blank). Words longer than a line are
    split at a soft hyphen if they have one that fits, else hard at the width.
    """
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = paragraph.replace("\t", " ").split()
        current = ""
        for word in words:
            while True:
                candidate = f"{current} {word}" if current else word
                if len(_visible(candidate)) <= width:
                    current = candidate
                    break
                room = width - len(_visible(current)) - (1 if current else 0)
                head, tail = _split_at_soft_hyphen(word, room)
                if head:
                    lines.append(f"{current} {head}" if current else head)
                    current, word = "", tail
                elif current:
                    lines.append(current)
                    current = ""
                else:  # a single word longer than a line and without a usable soft hyphen
                    plain = _visible(word)
                    lines.append(plain[:width])
                    word = plain[width:]
                    if not word:
                        break
        lines.append(_visible(current))
    while lines and not lines[-1]:
        lines.pop()
    return [_visible(line) for line in lines]


def pdf_date(value: str | dt.date) -> str:
    """``D:YYYYMMDDHHmmSS`` for a date, date-time or date string."""
    if isinstance(value, dt.datetime):
        return value.strftime("D:%Y%m%d%H%M%S")
    if isinstance(value, dt.date):
        return value.strftime("D:%Y%m%d000000")
    raw = value.strip()
    if raw.startswith("D:"):
        raw = raw[2:]
    digits = re.sub(r"[^0-9]", "", raw.split("+")[0].split("Z")[0])
    if len(digits) < 8:
        raise ValueError(f"not a date: {value!r}")
    digits = (digits + "000000")[:14]
    dt.datetime.strptime(digits, "%Y%m%d%H%M%S")  # validates
    return "D:" + digits


# -- internals --------------------------------------------------------------------------------
def _visible(text: str) -> str:
    return text.replace(_SOFT_HYPHEN, "")


def _split_at_soft_hyphen(word: str, room: int) -> tuple[str, str]:
    """The longest ``head-`` (at a soft hyphen) that fits into ``room`` characters, and the rest."""
    best: tuple[str, str] = ("", word)
    for match in re.finditer(_SOFT_HYPHEN, word):
        head = _visible(word[: match.start()]) + "-"
        if len(head) <= room and len(head) > 1:
            best = (head, word[match.end() :])
    return best


def _content_stream(lines: list[str]) -> bytes:
    top = PAGE_HEIGHT - MARGIN_TOP
    parts = [
        b"BT",
        b"/F1 %d Tf" % FONT_SIZE,
        b"%d TL" % LEADING,
        b"%d %d Td" % (MARGIN_LEFT, top),
    ]
    for index, line in enumerate(lines):
        if index:
            parts.append(b"T*")
        if line:
            parts.append(b"(" + _escape(line.encode("cp1252", errors="replace")) + b") Tj")
    parts.append(b"ET")
    return b"\n".join(parts)


def _escape(data: bytes) -> bytes:
    """A PDF literal string body: backslash and parentheses escaped, non-ASCII as octal."""
    out = bytearray()
    for byte in data:
        if byte in (0x5C, 0x28, 0x29):  # \ ( )
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    return bytes(out)


def _text_string(value: str) -> bytes:
    """A PDF text string: plain literal for ASCII, UTF-16BE with BOM (hex) otherwise."""
    if value.isascii():
        return b"(" + _escape(value.encode("ascii")) + b")"
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _info_dictionary(title: str | None, author: str | None, created: str | dt.date | None) -> bytes:
    entries = [b"/Producer (parteisuche tests/support/pdfgen.py)"]
    if title:
        entries.append(b"/Title " + _text_string(title))
    if author:
        entries.append(b"/Author " + _text_string(author))
    if created:
        entries.append(b"/CreationDate (" + pdf_date(created).encode("ascii") + b")")
    return b"<< " + b" ".join(entries) + b" >>"
