"""Rich Text Format (``.rtf``) via striprtf, with headers, footers and notes kept.

striprtf drops every "destination" it does not print, headers, footers and notes among them,
and prints text marked deleted by tracked changes. So header and footer groups are cut out and
converted apart (their text goes after the body), footnote groups become plain groups, and
``\\deleted`` (a character property that lasts to the end of its group) becomes ``\\*``, which
makes striprtf ignore the rest of the group. Comments (``\\annotation``) stay ignored. Title,
author and date from the ``\\info`` group are weak evidence, kept in ``extra``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, property_extras, read_bytes
from indexer.readers.package import tidy, unique_lines
from indexer.readers.text import first_line_title

EXTENSIONS = (".rtf",)

_HEADER_FOOTER = re.compile(r"(?<!\\)\\(?:header|footer)[lrf]?(?![a-zA-Z])")
_CODE_PAGE = re.compile(r"\\ansicpg\d+")
_FOOTNOTE = re.compile(r"(?<!\\)\\footnote(?![a-zA-Z])")
#: ``\deleted`` and ``\deleted1`` switch deletion on; ``\deleted0`` is left alone.
_DELETED = re.compile(r"(?<!\\)\\deleted(?:1|(?![a-zA-Z0-9-]))[ ]?")
#: Hex dumps of pictures and objects: thousands of hex digits no text ever has.
_HEX_DUMP = re.compile(r"[0-9a-fA-F\r\n]{1024,}")
_INFO_FIELD = re.compile(r"\{\\(title|author|operator)\s+((?:[^{}\\]|\\[^{}])*)\}")
_CREATED = re.compile(r"\\creatim((?:\\(?:yr|mo|dy|hr|min|sec)\d+\s*)+)")
_TIME_PART = re.compile(r"\\(yr|mo|dy)(\d+)")


def read(path: Path, limits: Limits) -> ReadResult:
    data = read_bytes(path, limits)
    source = _decode(data)
    if not source.lstrip().startswith("{\\rtf"):
        raise ReaderError("not an RTF file (it does not start with {\\rtf)")
    try:
        body, around = split_headers(source)
        prefix = "{\\rtf1\\ansi" + "".join(_CODE_PAGE.findall(source[:2000])[:1]) + " "
        text = rtf_to_text(prepare(body))
        margins = [rtf_to_text(prefix + prepare(group) + "}") for group in around]
        properties = _properties(source)
    except (ValueError, IndexError, LookupError, TypeError) as exc:
        raise ReaderError(f"broken RTF file: {exc or type(exc).__name__}") from exc
    text = tidy("\n".join([text, *unique_lines(margins)]).replace("\xa0", " "))
    if not text.strip():
        raise ReaderError("RTF document contains no text")
    yield RawDocument(text=text, title=first_line_title(text), extra=properties)


_CELL_END = re.compile(r"\\(?:nest)?cell(?![a-zA-Z])\s?")


def prepare(source: str) -> str:
    """Rewrite the RTF so striprtf prints notes but no deleted text (nor picture dumps)."""
    source = _HEX_DUMP.sub("", source)
    source = _FOOTNOTE.sub(" ", source)
    # a table cell ends in a tab, as the Word and OpenDocument readers write cells (striprtf
    # writes "|", which reads as a Markdown table only with its leading bar and rule)
    source = _CELL_END.sub(r"\\tab ", source)
    return _DELETED.sub(r"\\* ", source)


def split_headers(source: str) -> tuple[str, list[str]]:
    """The RTF without its header/footer groups, and those groups' contents.

    Headers come first in the file, but the title is the first line of the body: they are
    converted apart and put after it, as the Word and OpenDocument readers do.
    """
    kept: list[str] = []
    groups: list[str] = []
    position = 0
    for match in _HEADER_FOOTER.finditer(source):
        start = match.start()
        if start < position or start == 0 or source[start - 1] != "{":
            continue
        end = _group_end(source, start - 1)
        kept.append(source[position : start - 1])
        groups.append(source[match.end() : end - 1])
        position = end
    kept.append(source[position:])
    return "".join(kept), groups


def _group_end(source: str, opening: int) -> int:
    """Index after the brace closing the group that opens at ``opening``."""
    depth = 0
    index = opening
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(source)


def _decode(data: bytes) -> str:
    """RTF is 7-bit with escapes, but files with raw UTF-8 or Windows-1252 bytes exist."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def rtf_to_text(source: str) -> str:
    """striprtf's conversion; bytes that do not decode in the file's code page become U+FFFD."""
    from striprtf import striprtf

    convert: Callable[..., str] = striprtf.rtf_to_text  # striprtf has no type hints
    return convert(source, errors="replace")


def _properties(source: str) -> dict[str, str]:
    start = source.find("{\\info")
    if start < 0:
        return {}
    info = source[start : start + 20_000]
    fields: dict[str, str] = {}
    for name, raw in _INFO_FIELD.findall(info):
        fields.setdefault(name, rtf_to_text("{\\rtf1\\ansi " + raw + "}"))
    created = _CREATED.search(info)
    date = None
    if created:
        parts = dict(_TIME_PART.findall(created.group(1)))
        if "yr" in parts:
            date = parts["yr"]
            if "mo" in parts:
                date += "-" + parts["mo"].zfill(2)
                if "dy" in parts:
                    date += "-" + parts["dy"].zfill(2)
    return property_extras(fields.get("title"), fields.get("author"), date)
