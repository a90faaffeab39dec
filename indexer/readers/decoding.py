"""Bytes to text for documents of unknown encoding (UTF-8, BOMs, Windows-1252, mixed)."""

from __future__ import annotations

from charset_normalizer import from_bytes

from indexer.errors import ReaderError
from indexer.readers.base import looks_binary

#: Candidate legacy encodings for German text, tried by charset-normalizer.
_LEGACY = ["cp1252", "iso8859_15", "latin_1", "cp1250", "mac_roman", "cp850"]


def decode(data: bytes) -> str:
    """Decode document bytes; raise :class:`ReaderError` for binary data.

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are. Otherwise a file
    that is mostly UTF-8 with some Windows-1252 lines (copy-paste accidents) is decoded line by
    line; a file with no valid UTF-8 at all goes to charset-normalizer, limited to the legacy
    encodings German documents actually use.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _clean(data[3:].decode("utf-8", errors="replace"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _clean(data.decode("utf-16", errors="replace"))
    if looks_binary(data):
        raise ReaderError("binary data, not a text document")
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    utf8_non_ascii = sum(1 for line in lines if not line.isascii() and _is_utf8(line))
    if utf8_non_ascii:
        return _clean("".join(_decode_line(line) for line in lines))
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        return _clean(str(best))
    return _clean(data.decode("cp1252", errors="replace"))


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _clean(text: str) -> str:
    """Normalise line ends and drop NULs; an all-blank result counts as empty."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise ReaderError("file contains no text")
    return text
