"""Legacy Word ``.doc`` (Word 97–2003) via Debian's ``antiword``, where it is installed.

No maintained Python library with a licence we can ship reads the binary Word format, so the
reader runs the ``antiword`` program (GPL, run as a separate program, not linked). Without it
each ``.doc`` gets an error saying what to install. antiword leaves out deleted text of tracked
changes. Files named ``.doc`` that are really RTF or ``.docx`` (Word's "save as" keeps the
name) go to those readers. The binary format's document properties are not read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers import rtf, word
from indexer.readers.base import Limits, ReadResult, check_size
from indexer.readers.package import tidy
from indexer.readers.text import first_line_title

EXTENSIONS = (".doc",)

#: The OLE2 compound file signature every binary Word document starts with.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HOW_TO_INSTALL = (
    "reading .doc (Word 97–2003) needs the program antiword: install it "
    "(Debian/Ubuntu: apt-get install antiword) or save the file as .docx"
)
#: Seconds antiword may take for one file; it reads a 50 MB document in well under one.
TIMEOUT = 120


def read(path: Path, limits: Limits) -> ReadResult:
    check_size(path, limits)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}") from exc
    if head.startswith(b"{\\rtf"):
        yield from rtf.read(path, limits)
        return
    if head.startswith(b"PK\x03\x04"):
        yield from word.read(path, limits)
        return
    if not head.startswith(OLE_MAGIC):
        raise ReaderError("not a Word document (.doc): the file has no Word 97–2003 header")
    text = tidy(run_antiword(path))
    if not text.strip():
        raise ReaderError("Word document contains no text")
    yield RawDocument(text=text, title=first_line_title(text))


def run_antiword(path: Path) -> str:
    """antiword's text output in UTF-8, paragraphs on one line each (``-w 0``)."""
    program = shutil.which("antiword")
    if program is None:
        raise ReaderError(HOW_TO_INSTALL)
    try:
        done = subprocess.run(
            [program, "-m", "UTF-8.txt", "-w", "0", "--", str(path)],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
    except subprocess.TimeoutExpired as exc:
        raise ReaderError(f"antiword took longer than {TIMEOUT} s for this .doc") from exc
    except OSError as exc:
        raise ReaderError(f"antiword could not run: {exc.strerror or exc}") from exc
    if done.returncode < 0:
        raise ReaderError(f"antiword crashed on this .doc (signal {-done.returncode}); "
                          "save it as .docx to index it")
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[-1] if message else f"exit code {done.returncode}"
        reason = reason.replace(str(path), "the file").strip()
        raise ReaderError(f"antiword cannot read this .doc: {reason}")
    return done.stdout.decode("utf-8", "replace")
