"""Version stamps and datelines: the lines by which a page or a text dates itself ("Stand: 3.
März 2026", "Seite zuletzt aktualisiert: …", a wiki's "Diese Seite wurde zuletzt am …
bearbeitet", a press release's "Hannover, 28.04.2026").

Shared by the readers (an HTML page keeps such a line even from its footer, where the rest
is template) and by the date extraction (the stamp dates the text, unlike a template's
"Veröffentlicht am …"), so both agree on what a stamp is. A neutral module below both
layers: readers must not import metadata.
"""

from __future__ import annotations

import re

#: The marks that separate the parts of a header or footer line ("SPD Musterstadt · Presse ·
#: 12. Mai 2026", "Landtag | 8. Wahlperiode", "Impressum • Datenschutz"). A spaced dash
#: separates parts too where a rule says so (:data:`PART_OR_DASH_BREAK`); elsewhere it joins
#: the clauses of a sentence.
PART_MARKS = "·|•"
#: Between two parts of a header line.
PART_BREAK = re.compile(rf"\s+[{PART_MARKS}]\s+")
#: Between two parts of a footer's or a record header's line, a spaced dash included.
PART_OR_DASH_BREAK = re.compile(rf"\s+[{PART_MARKS}–]\s+")

#: A line that opens with a version stamp (``match`` it at the line's start).
VERSION_STAMP = re.compile(
    r"(?:(?:Seite|Artikel|Beitrag)\s+)?"
    r"(?:Stand|[Zz]uletzt\s+(?:aktualisiert|geändert)|Aktualisiert|Letzte\s+(?:Änderung|"
    r"Aktualisierung))\b"
)
#: A wiki's footer sentence, which opens the same way on every page of a MediaWiki.
WIKI_FOOTER = re.compile(r"Diese\s+Seite\s+wurde\s+zuletzt\s+am\b")


#: A dateline: "Hannover, 28.04.2026", "Dresden, den 4. Juni 2026", "12. Mai 2025". It opens a
#: press release's paragraph (a wrapped PDF line is never joined to it) and is no title.
DATELINE = (
    r"(?:[A-ZÄÖÜ][\w./() -]{1,40},\s*)?(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)\s*"
    r"\d{2,4}"
)


def opens_with_version_stamp(line: str) -> bool:
    """Whether ``line`` opens with a version stamp or a wiki's "last edited" footer."""
    return VERSION_STAMP.match(line) is not None or WIKI_FOOTER.match(line) is not None
