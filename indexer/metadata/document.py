"""The examined text: capped, cut into lines and sentences, with zones (title, head, footer).

Metadata sits in the first and the last part of a document (heading, dateline, signature), so
only a capped head and tail are examined: that keeps extraction time flat for long files. Lines
that look like page furniture (postal addresses, "Impressum") are marked as footer because an
office address is never the region of a candidacy.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

#: Characters examined from the start and the end of the text.
HEAD_CHARS = 4000
TAIL_CHARS = 1200
#: Lines counted as head (heading, dateline, first sentence) and as tail (signature).
HEAD_LINES = 8
TAIL_LINES = 5

TITLE, HEAD, BODY, TAIL, FOOTER = "title", "head", "body", "tail", "footer"

_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t*]")
_FOOTER = re.compile(
    r"\b\d{5}\s+[A-ZÄÖÜ]|Impressum|Datenschutz|Geschäftsstelle|Landesleitung|Postfach|"
    r"V\.\s?i\.\s?S\.\s?d\.\s?P|©|\(c\)\s*\d{4}|Copyright|Alle Rechte|Tel(?:efon)?\.?:|"
    r"E-Mail:|Fax:|www\.|https?://|Cookie|Ansprechpartner\w* für die Presse|Pressekontakt",
    re.IGNORECASE,
)
# A sentence ends at . ! ? after a letter or closing quote (not "8. Februar"), before a capital.
_SENTENCE_END = re.compile(r"[.!?][\"“”«»]?\s+(?=[\"„“«»(]?[A-ZÄÖÜ0-9])")
_ABBREVIATIONS = frozenset(
    """Dr Prof St Nr bzw ca stellv stv Dipl Ing med rer nat jur phil Str vgl geb verh Hrsg Abs
    Art Mio Mrd Jh ggf evtl inkl zzgl Fr Hr u.a z.B e.V i.V d.h o.ä s.o LINKE""".split()
)


@dataclass(frozen=True)
class Sentence:
    """A sentence or heading line; ``start`` is its offset in the examined text."""

    text: str
    start: int
    line: int
    zone: str


@dataclass
class Doc:
    """Examined text with its title, lines and sentences (built once per document)."""

    text: str
    title: str
    sentences: list[Sentence] = field(default_factory=list)
    lines: list[tuple[int, str, str]] = field(default_factory=list)  # (start, text, zone)
    #: offset in the examined text -> offset in the text as given (head and tail differ)
    tail_at: int = -1
    tail_shift: int = 0
    shifted: bool = False
    _starts: list[int] | None = None
    _body: list[Sentence] = field(default_factory=list)

    def original_offset(self, pos: int) -> int | None:
        """Offset in the caller's text for an offset in :attr:`text`, if it can be known."""
        if self.shifted or pos < 0:
            return None
        if self.tail_at >= 0 and pos >= self.tail_at:
            return pos + self.tail_shift
        return pos

    def sentence_at(self, pos: int) -> Sentence | None:
        """The text sentence that contains offset ``pos`` of :attr:`text`."""
        if self._starts is None:
            self._body = [s for s in self.sentences if s.start >= 0]
            self._starts = [s.start for s in self._body]
        index = bisect_right(self._starts, pos) - 1
        if index < 0:
            return None
        sentence = self._body[index]
        return sentence if pos < sentence.start + len(sentence.text) else None

    def zone_sentences(self, *zones: str) -> list[Sentence]:
        return [s for s in self.sentences if s.zone in zones]

    def content(self) -> list[Sentence]:
        """Title and text sentences without footer lines."""
        return [s for s in self.sentences if s.zone != FOOTER]


def _clean(text: str) -> str:
    cleaned = _SPACE_LIKE.sub(" ", text)
    if not unicodedata.is_normalized("NFC", cleaned):
        cleaned = unicodedata.normalize("NFC", cleaned)
    return cleaned


_FOOTER_HINTS = (
    "impressum", "datenschutz", "geschäftsstelle", "landesleitung", "postfach", "v.i.s.d.p",
    "v. i. s. d. p", "©", "(c)", "copyright", "alle rechte", "tel", "e-mail", "fax", "www.",
    "http", "cookie", "presse",
)  # fmt: skip
_FIVE_DIGITS = re.compile(r"\d{5}")


def _looks_like_footer(line: str) -> bool:
    low = line.lower()
    if not (any(hint in low for hint in _FOOTER_HINTS) or _FIVE_DIGITS.search(line)):
        return False
    return _FOOTER.search(line) is not None


def split_sentences(line: str) -> list[tuple[int, str]]:
    """Sentences of one line as (offset, text); abbreviations ("Dr.") do not end a sentence."""
    pieces: list[tuple[int, str]] = []
    last = 0
    for match in _SENTENCE_END.finditer(line):
        if (
            match.start() == 0
            or line[match.start() - 1].isdigit()
            or line[match.start() - 1] in " ."
        ):
            continue
        chunk = line[last : match.start() + 1]
        words = chunk[-12:].split()
        if words and words[-1].rstrip(".").lstrip('(„"') in _ABBREVIATIONS:
            continue
        pieces.append((last, chunk))
        last = match.end()
    pieces.append((last, line[last:]))
    result = []
    for offset, piece in pieces:
        stripped = piece.strip()
        if stripped:
            result.append((offset + piece.index(stripped[0]), stripped))
    return result


def build(text: str, title: str | None) -> Doc:
    """Cap, clean and segment ``text``; the title becomes a sentence of its own."""
    original_length = len(text)
    tail_at, tail_shift = -1, 0
    if original_length > HEAD_CHARS + TAIL_CHARS + 200:
        head = text[:HEAD_CHARS]
        tail = text[-TAIL_CHARS:]
        examined = head + "\n\n" + tail
        tail_at = len(head) + 2
        tail_shift = original_length - TAIL_CHARS - tail_at
    else:
        examined = text
    cleaned = _clean(examined)
    doc = Doc(
        text=cleaned,
        title=_clean(title or "").strip()[:300],
        tail_at=tail_at,
        tail_shift=tail_shift,
        shifted=len(cleaned) != len(examined),
    )
    if doc.title:
        doc.sentences.append(Sentence(doc.title, -1, -1, TITLE))
    raw_lines: list[tuple[int, str]] = []
    pos = 0
    for raw in cleaned.split("\n"):
        stripped = raw.strip()
        if stripped:
            raw_lines.append((pos + raw.index(stripped[0]), stripped))
        pos += len(raw) + 1
    count = len(raw_lines)
    for index, (start, line) in enumerate(raw_lines):
        edge = index < 15 or index >= count - 15
        if edge and len(line) < 200 and _looks_like_footer(line):
            zone = FOOTER
        elif index < HEAD_LINES:
            zone = HEAD
        elif index >= count - TAIL_LINES:
            zone = TAIL
        else:
            zone = BODY
        doc.lines.append((start, line, zone))
        for offset, sentence in split_sentences(line):
            doc.sentences.append(Sentence(sentence, start + offset, index, zone))
    return doc
