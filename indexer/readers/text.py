"""Plain text: any common encoding; the first non-empty line serves as title."""

from __future__ import annotations

import io
import re
from pathlib import Path

from indexer.models import RawDocument
from indexer.readers.base import Limits, ReadResult, read_bytes
from indexer.readers.decoding import decode
from indexer.stamps import DATELINE

EXTENSIONS = (".txt", ".text")

_MAX_TITLE = 160


def read(path: Path, limits: Limits) -> ReadResult:
    text = decode(read_bytes(path, limits))
    yield RawDocument(text=text, title=first_line_title(text))


#: A line that only dates or labels a press release: "Hannover, 28.04.2026", "12. Mai 2025",
#: "Pressemitteilung vom 12.05.2025", "PM 14/2026". It stays in the text (it is the dateline)
#: but is no title: the headline under it is.
_STAMP_LINE = re.compile(
    rf"(?:Presse(?:mitteilung|erklärung|information)|PM)\b[^\n]{{0,40}}|{DATELINE}\.?"
)
#: Lines looked at for a title below such stamps.
_TITLE_LINES = 4


#: A saved e-mail's header lines: the subject is its title, not the "From:" line.
_MAIL_HEADER = re.compile(r"(?:From|To|Cc|Date|Subject|Von|An|Datum|Betreff|Gesendet)\s*:")
_SUBJECT = re.compile(r"(?:Subject|Betreff)\s*:\s*(?P<subject>.+)")
#: A mailing list's tag before the subject ("[SPD-Mitglieder] Einladung …").
_LIST_TAG = re.compile(r"^(?:\[[^\]]{1,60}\]\s*)+")
#: Lines of a mail's header block looked at for its subject.
_HEADER_LINES = 12


def first_line_title(text: str) -> str | None:
    """The first non-empty line, shortened: candidacy texts usually start with a heading (a
    press release's dateline or "Pressemitteilung" above it is passed over). A saved e-mail
    is titled by its subject."""
    subject = _mail_subject(text)
    if subject:
        return subject if len(subject) <= _MAX_TITLE else subject[: _MAX_TITLE - 1] + "…"
    lines: list[str] = []
    for line in io.StringIO(text):  # line by line: a text may be a 50 MB protocol
        line = line.strip().lstrip("#").strip()
        if line:
            lines.append(line)
            if len(lines) == _TITLE_LINES:
                break
    if not lines:
        return None
    title = next((line for line in lines if not _STAMP_LINE.fullmatch(line)), lines[0])
    return title if len(title) <= _MAX_TITLE else title[: _MAX_TITLE - 1].rstrip() + "…"



def _mail_subject(text: str) -> str | None:
    """The subject of a text that opens with a mail's header block (its first line a header
    field), without a mailing list's tag; None for any other text."""
    head = text[:4000].lstrip().splitlines()[:_HEADER_LINES]  # (a text may be 50 MB)
    if not head or not _MAIL_HEADER.match(head[0]):
        return None
    for line in head:
        if not line.strip():
            break  # the header block ends at the first empty line
        found = _SUBJECT.match(line.strip())
        if found:
            return _LIST_TAG.sub("", found["subject"].strip()) or None
    return None
