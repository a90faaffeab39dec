"""Write a minimal Word 97 binary document (.doc), for tests of the antiword reader.

Why by hand: nothing on a test machine writes .doc (LibreOffice is not installed, antiword only
reads), and committing a binary someone else made would hide what it holds. A Word 97 file is
an OLE2 compound file (512-byte sectors, a FAT, a directory) holding a ``WordDocument`` stream
that starts with the File Information Block (FIB) and a table stream (``1Table``). The text is
one run of Windows-1252 bytes (or UTF-16); the FIB gives its start (``fcMin``) and length
(``ccpText``), and a piece table (CLX) in ``1Table`` maps all of it as one piece, as Word writes
for a document saved in full. Paragraphs end with CR (``\\r``), as in Word. The stylesheet is
empty and there are no fonts or formatting: readers use Word's defaults. (antiword reads past
the end of a missing stylesheet, so an empty one is written.)

Example::

    make_doc(tmp_path / "alt.doc", ["Bewerbung", "Ich kandidiere für den Vorsitz."])
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["make_doc"]

SECTOR = 512
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
#: Streams smaller than this would go to the mini stream; ours are padded to avoid it.
MIN_STREAM = 4096
#: An empty stylesheet: cbStshi, then STSHI with no styles and 10-byte style bases.
_STYLESHEET = struct.pack("<HHH", 18, 0, 10) + bytes(14)
_TEXT_AT = 0x800  # where the text starts in the WordDocument stream (after the FIB)


def make_doc(path: Path, paragraphs: list[str], *, unicode: bool = False) -> Path:
    """Paragraphs as Windows-1252 bytes (Word's "compressed" text) or, with ``unicode``, UTF-16."""
    characters = "".join(p + "\r" for p in paragraphs)
    text = characters.encode("utf-16-le" if unicode else "cp1252")
    word = bytearray(max(MIN_STREAM, _TEXT_AT + len(text) + SECTOR))
    table = bytearray(MIN_STREAM)
    clx = _piece_table(len(characters), unicode)
    table[: len(clx)] = clx
    table[len(clx) : len(clx) + len(_STYLESHEET)] = _STYLESHEET
    _fib(word, len(characters), len(text), len(clx))
    word[_TEXT_AT : _TEXT_AT + len(text)] = text
    path.write_bytes(_compound_file({"WordDocument": bytes(word), "1Table": bytes(table)}))
    return path


def _fib(word: bytearray, text_length: int, byte_length: int, clx_length: int) -> None:
    struct.pack_into("<HHHH", word, 0, 0xA5EC, 193, 0xBF, 0x0407)  # wIdent, nFib, nFibBack, lid
    struct.pack_into("<H", word, 0x0A, 0x0200)  # flags: fWhichTblStm -> the table is 1Table
    struct.pack_into("<II", word, 0x18, _TEXT_AT, _TEXT_AT + byte_length)  # fcMin, fcMac
    struct.pack_into("<H", word, 0x20, 0x0016)  # csw: 16-bit values follow …
    struct.pack_into("<H", word, 0x3E, 0x0016)  # cslw: 22 longs
    struct.pack_into("<I", word, 0x40, _TEXT_AT + byte_length)  # cbMac
    struct.pack_into("<I", word, 0x4C, text_length)  # ccpText; footnotes, headers … all 0
    struct.pack_into("<H", word, 0x98, 0x005D)  # cbRgFcLcb: 93 fc/lcb pairs (Word 97)
    struct.pack_into("<II", word, 0xA2, clx_length, len(_STYLESHEET))  # fcStshf, lcbStshf
    struct.pack_into("<II", word, 0x1A2, 0, clx_length)  # fcClx, lcbClx (in 1Table)


def _piece_table(text_length: int, unicode: bool) -> bytes:
    """CLX with one piece: character positions 0..n at byte offset fcMin.

    8-bit ("compressed") pieces set bit 30 and store the byte offset doubled.
    """
    fc = _TEXT_AT if unicode else (_TEXT_AT * 2) | 0x40000000
    plc = struct.pack("<II", 0, text_length) + struct.pack("<HIH", 0, fc, 0)
    return b"\x02" + struct.pack("<I", len(plc)) + plc


def _compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file: header, one FAT sector, the streams, one directory sector."""
    sectors: list[bytes] = []
    fat: list[int] = [FAT_SECTOR]
    starts: dict[str, int] = {}
    sectors.append(b"")  # placeholder for the FAT itself (sector 0)
    for name, data in streams.items():
        padded = data + bytes(-len(data) % SECTOR)
        starts[name] = len(sectors)
        count = len(padded) // SECTOR
        for i in range(count):
            sectors.append(padded[i * SECTOR : (i + 1) * SECTOR])
            fat.append(len(sectors) if i < count - 1 else END)
    directory_at = len(sectors)
    names = list(streams)
    entries = [_entry("Root Entry", 5, child=1, start=END, size=0)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else FREE
        entries.append(_entry(name, 2, right=right, start=starts[name], size=len(streams[name])))
    while len(entries) < SECTOR // 128:
        entries.append(_entry("", 0, start=0, size=0))
    sectors.append(b"".join(entries))
    fat.append(END)
    if len(fat) > SECTOR // 4:
        raise ValueError("document too large for one FAT sector")
    sectors[0] = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 0x2C, 1, directory_at, 0)  # FAT sectors, dir start, txn
    struct.pack_into("<IIIII", header, 0x38, MIN_STREAM, END, 0, END, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([FREE] * 108))  # DIFAT: the FAT is sector 0
    return bytes(header) + b"".join(sectors)


def _entry(name: str, kind: int, *, child: int = FREE, right: int = FREE, start: int,
           size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 0x40, len(encoded), kind, 1 if kind else 0)
    struct.pack_into("<III", entry, 0x44, FREE, right, child)  # left, right sibling, child
    struct.pack_into("<II", entry, 0x74, start, size)
    return bytes(entry)
