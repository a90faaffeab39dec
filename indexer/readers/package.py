"""Checks shared by the ZIP-based office formats (.docx, .odt) before a library opens them.

A ZIP package declares the unpacked size of each member; refusing implausible totals up front
keeps a zip bomb from filling memory inside python-docx or odfpy, which read whole members.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from indexer.errors import ReaderError
from indexer.readers.base import Limits, check_size

#: Unpacked bytes a package may hold at most, as a multiple of the file size limit.
UNPACKED_FACTOR = 10
MAX_MEMBERS = 20_000
_BLANK_RUNS = re.compile(r"[ \t]*\n[ \t]*(?:\n[ \t]*){2,}")


def check_package(path: Path, limits: Limits, kind: str, required: str) -> None:
    """Refuse files that are not a ZIP package holding ``required``, or that unpack too large."""
    check_size(path, limits)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ReaderError(f"broken {kind} file: not a readable ZIP package ({exc})") from exc
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}") from exc
    if required not in {member.filename for member in members}:
        raise ReaderError(f"broken {kind} file: the package has no {required}")
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or unpacked > UNPACKED_FACTOR * limits.max_bytes:
        raise ReaderError(
            f"{kind} file unpacks to {unpacked / 1048576:.0f} MB in {len(members)} parts, "
            "more than a document holds (zip bomb?)"
        )


def tidy(text: str) -> str:
    """At most one blank line between paragraphs, no blank lines around the text."""
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"


def unique_lines(lines: list[str]) -> list[str]:
    """Header and footer lines once each: page styles repeat them (first, left, right pages)."""
    seen: set[str] = set()
    kept = []
    for line in lines:
        key = line.strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(line)
    return kept
