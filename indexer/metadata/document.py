"""The examined text: capped, cut into lines and sentences, with zones (title, head, footer).

Metadata sits in the first and the last part of a document (heading, dateline, signature), so
only a capped head and tail are examined: that keeps extraction time flat for long files. Lines
that look like page furniture (postal addresses, "Impressum") are marked as footer because an
office address is never the region of a candidacy.

The rules match against a cleaned copy (one kind of space, NFC, gender star as a space), but
evidence quotes the text as given: :meth:`Doc.quote` maps a cleaned span back to the original
characters. Sentences are cut only when a rule first asks for them (a document that no rule
reads sentence by sentence is never cut).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import islice

from indexer.metadata import gazetteer
from indexer.stamps import DATELINE, PART_MARKS

#: Characters examined from the start and the end of the text.
HEAD_CHARS = 4000
TAIL_CHARS = 1200
#: Lines counted as head (heading, dateline, first sentence) and as tail (signature).
HEAD_LINES = 8
TAIL_LINES = 5
#: Longest title examined (cut at a word boundary).
TITLE_CHARS = 300

TITLE, HEAD, BODY, TAIL, FOOTER = "title", "head", "body", "tail", "footer"

# Replaced one for one, so offsets in the cleaned text are offsets in the text as given. The
# gender star ("Bürger*innen") becomes a space for the rules; evidence keeps the star. The
# replacement uses str.replace (a regex substitution is ten times slower on long texts full of
# no-break spaces, such as the Bundestag's "Absatz 1").
_SPACE_LIKE = (
    "\u00a0", "\t", "*", "\u202f", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
    "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u205f", "\u3000",
)  # fmt: skip
_FOOTER = re.compile(
    r"\b\d{5}\s+[A-ZÄÖÜ]|Impressum|Datenschutz|Geschäftsstelle|Landesleitung|Postfach|"
    r"V\.\s?i\.\s?S\.\s?d\.\s?P|©|\(c\)\s*\d{4}|Copyright|Alle Rechte|Tel(?:efon)?\.?:|"
    r"E-Mail:|Fax:|www\.|https?://|Cookie|Ansprechpartner\w* für die Presse|Pressekontakt",
    re.IGNORECASE,
)
# Abbreviations whose period does not end a sentence ("Dr. Anna Muster", "z.B. Kiel").
_ABBREVIATIONS = """Dr Prof St Nr bzw ca stellv stv Dipl Ing med rer nat jur phil Str vgl geb verh
    Hrsg Abs Art Mio Mrd Jh ggf evtl inkl zzgl Fr Hr u.a z.B e.V i.V d.h o.ä s.o""".split()


def _abbreviation_guards() -> str:
    """Negative look-behinds, one per length (Python's look-behinds have a fixed width)."""
    by_length: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(rf"(?<!\b(?:{'|'.join(words)})\.)" for _, words in sorted(by_length.items()))


# A sentence ends at . ! ? after a letter or closing quote (not "8. Februar", not "Dr."), or
# after a year ("am 15. März 2026. Die …"), before a capital or a digit. The pattern starts
# with the terminator, so a scan is one quick pass; the look-behinds then check what precedes
# it. The few party-name periods are checked in Python.
_SENTENCE_END = re.compile(
    r"[.!?](?:(?<=[^\d\s.].)|(?<=[^\d](?:19|20)\d\d\.))"
    + _abbreviation_guards()
    + r"[\"“”«»]?[ \t]+(?=[\"„“«»(]?[A-ZÄÖÜ0-9])"
)
# "DIE LINKE." is the party's registered name: its period ends no sentence. "Die Linke." does
# not end one either when an organisational word or a place follows ("Die Linke. Sachsen").
_PARTY_PERIOD = re.compile(r"(?:\bLINKE|\b(?:Die|DIE)\s+Linke)[.]$")
_ORG_NEXT = re.compile(
    r"(?:Kreisverband|Landesverband|Ortsverband|Stadtverband|Bezirksverband|Landtagsfraktion|"
    r"Bundestagsfraktion|Fraktion|Kreis|Landes|Bundes|Stadt|Orts|Bezirks)\w*"
)
_NEXT_WORD = re.compile(r"[A-ZÄÖÜ][\w]*(?:[-–][A-ZÄÖÜ]?\w+)*")


@dataclass(frozen=True)
class Sentence:
    """A sentence or heading line; ``start`` is its offset in the examined text (-1: title)."""

    text: str
    start: int
    line: int
    zone: str
    index: int = 0  # position in :attr:`Doc.sentences`


@dataclass
class Doc:
    """Examined text with its title, lines and sentences (built once per document)."""

    text: str
    title: str
    #: the examined text and the title as given, for evidence
    source: str = ""
    title_source: str = ""
    lines: list[tuple[int, str, str]] = field(default_factory=list)  # (start, text, zone)
    #: offset in the examined text -> offset in the text as given (head and tail differ)
    tail_at: int = -1
    tail_shift: int = 0
    #: cleaned offset -> offset in :attr:`source`, where normalisation changed the length
    source_at: list[int] | None = None
    _cut: list[Sentence] = field(default_factory=list)  # sentences cut so far, in order
    _cut_lines: int = -1  # lines cut so far (-1: not even the title yet)
    _starts: list[int] | None = None
    _body: list[Sentence] = field(default_factory=list)
    _line_starts: list[int] | None = None
    #: what :func:`doctype.speech_marker` found, once asked (False: not asked yet)
    speech_marker: tuple[str, bool] | None | bool = False
    #: results a finder computed once and another asks for again (e.g. the name slots)
    memo: dict[object, object] = field(default_factory=dict)
    #: the whole text as given, where only its head and tail are examined (a long booklet
    #: of bids is read once more for its sections' names: :func:`nominees.listed`)
    whole: str = ""

    @property
    def sentences(self) -> list[Sentence]:
        """Title (if any) and every sentence of the text, in order (cut on first use)."""
        self._cut_until(None)
        return self._cut

    def _cut_until(self, count: int | None) -> None:
        """Cut lines into sentences until ``count`` are cut (``None``: all of them)."""
        if self._cut_lines < 0:
            if self.title:
                self._cut.append(Sentence(self.title, -1, -1, TITLE, 0))
            self._cut_lines = 0
        found = self._cut
        while self._cut_lines < len(self.lines) and (count is None or len(found) < count):
            number = self._cut_lines
            start, line, zone = self.lines[number]
            for offset, sentence in split_sentences(line):
                found.append(Sentence(sentence, start + offset, number, zone, len(found)))
            self._cut_lines += 1

    def original_offset(self, pos: int) -> int | None:
        """Offset in the caller's text for an offset in :attr:`text`, if it can be known."""
        if pos < 0 or pos > len(self.text):
            return None
        if self.source_at is not None:
            pos = self.source_at[pos]
        if self.tail_at >= 0 and pos >= self.tail_at:
            return pos + self.tail_shift
        return pos

    def quote(self, start: int, end: int) -> str:
        """The span ``start:end`` of :attr:`text` as the caller wrote it."""
        if self.source_at is None:
            return self.source[start:end]
        return self.source[self.source_at[start] : self.source_at[end]]

    def quote_sentence(self, sentence: Sentence) -> str:
        if sentence.start < 0:
            return self.title_source
        return self.quote(sentence.start, sentence.start + len(sentence.text))

    def evidence(self, snippet: str) -> tuple[str, int | None]:
        """(snippet as written in the original, its offset there) for a snippet of the cleaned
        title or text; unknown snippets are returned as they are."""
        if not snippet:
            return snippet, None
        if snippet == self.title:
            return self.title_source, None
        pos = self.text.find(snippet)
        if pos >= 0:
            return self.quote(pos, pos + len(snippet)), self.original_offset(pos)
        pos = self.title.find(snippet)
        if pos >= 0:
            return _quote_in(self.title_source, self.title, pos, len(snippet)), None
        return snippet, None

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

    def line_index(self, pos: int) -> int:
        """Index in :attr:`lines` of the line that contains (or last starts before) ``pos``."""
        if self._line_starts is None:
            self._line_starts = [start for start, _, _ in self.lines]
        return bisect_right(self._line_starts, pos) - 1

    def sentence_in_line(self, pos: int) -> str:
        """The sentence around ``pos`` (cutting only its line), for evidence."""
        index = self.line_index(pos)
        if index < 0:
            return ""
        start, line, _ = self.lines[index]
        found = ""
        for offset, sentence in split_sentences(line):
            if start + offset > pos:
                break
            found = sentence
        return found

    def content(self) -> list[Sentence]:
        """Title and text sentences without footer lines."""
        return [s for s in self.sentences if s.zone != FOOTER]


def _quote_in(source: str, cleaned: str, pos: int, length: int) -> str:
    """A span of a cleaned title in its source (same length unless normalisation changed it)."""
    if len(source) == len(cleaned):
        return source[pos : pos + length]
    return cleaned[pos : pos + length]


# Words of offices, elections and sentence starts a transcript without capitals writes in
# lower case; the rules (written for German capitalisation) read them capitalised again.
_LOWER_NOUNS = re.compile(
    r"\b(?:(?:stellvertretende[nrs]?\s+)?(?:landes|kreis|bundes|orts|stadt|gemeinde|bezirks)"
    r"(?:vorsitz|vorstand|sprecher|liste|parteitag|verband|schatzmeister|delegiert)\w*|"
    r"(?:direkt|bundestags|landtags)?kandidat\w*|bundestag\w*|landtag\w*|kreistag\w*|"
    r"stadtrat\w*|gemeinderat\w*|bürgermeister\w*|oberbürgermeister\w*|landrat\w*|"
    r"landesliste\w*|listenplatz\w*|platz|wahlkreis\w*|europaparlament\w*|vorsitz\w*|"
    r"vorstand\w*|bewerbung\w*|kandidatur\w*|stellvertretende[nrs]?)\b"
)
#: Below this share of capitals among its characters a text is read as lower-case throughout.
LOWER_CASE_SHARE = 0.01
_CAPITALS = re.compile(r"[A-ZÄÖÜ]")


def recased(text: str) -> str:
    """``text`` with office and election words capitalised where the whole text lost its
    capitals (a speech transcript); same length, so offsets stay valid. Other texts as given."""
    sample = text[:2000]
    if len(sample) < 60:
        return text
    # This runs on every document: stop counting as soon as the text is known to have capitals.
    enough = int(len(sample) * LOWER_CASE_SHARE) + 1
    if sum(1 for _ in islice(_CAPITALS.finditer(sample), enough)) >= enough:
        return text
    return _LOWER_NOUNS.sub(_capitalise, text)


#: A text is hard-wrapped (a PDF's text layer, an e-mail) when its usual line is no longer than
#: this and at least :data:`_WRAPPED_SHARE` of its lines are nearly that long.
_WRAP_WIDTHS = (55, 130)
_WRAPPED_SHARE = 0.4
#: Lines shorter than this (a quote marker, a page number) are left out of the share.
_LEAST_PROSE_LINE = 10
#: Fewer lines than this say too little about a text's width (a short press release in a PDF
#: has four or five; the width and share tests guard the rest).
_WRAPPED_LINES = 4
#: A line at least this share of the wrap width, without a sentence end, goes on in the next.
_FULL_LINE = 0.7
#: Besides a letter or digit, the ends of a line whose sentence goes on (a hyphen at a line's
#: end splits a word or a name, "Potsdam-" / "Mittelmark", which the rules join themselves).
_JOINING_ENDS = ",)"
#: A following line that starts an item of a list or table is never joined to the line above.
_ITEM_START = re.compile(
    r"[-–—•·▪*]|\d{1,3}(?:[.)]|\s)|[a-z][.)]\s"
    # a field of a form or a labelled heading: "Name, Vorname: …", "Rednerin: …", "Kandidatur
    # für den Landesvorstand: Ines Muster"
    r"|[\w.,/ -]{1,60}:\s"
    # a dateline opens a paragraph: "Dresden, 4. Juni 2026. Die …" under a headline
    rf"|{DATELINE}"
)


#: A record's or a page's header of parts that ends in its date ("Landtag – 8. Wahlperiode –
#: 31. Sitzung – Donnerstag, 22. Mai 2025"): a line of its own, never joined to the next.
_HEADER_OF_PARTS = re.compile(rf"\s[{PART_MARKS}–]\s.*\s[{PART_MARKS}–]\s.*\b(?:19|20)\d{{2}}$")


# A line set in columns: "Dr. Anna Muster          Bonn, den 3.5.1998" (a letterhead's name and
# dateline, a typewriter's layout), never a wrapped sentence.
_COLUMNS = re.compile(r"\S[ \t]{8,}\S")


def unwrapped(text: str, width: int | None = -1) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs read as spaces.

    A PDF's text layer (and a wrapped e-mail) breaks every paragraph into lines of a page's
    width, without blank lines between paragraphs, so a sentence such as "… hat mich am
    Samstag einstimmig zum Bürgermeisterkandidaten nominiert" falls into two lines, and the
    rules, which cut sentences per line, see neither half whole. Where the text is wrapped (most
    lines close to one width, none much longer), a full line that ends in a word, a number or a
    comma is joined to the next one if that starts in lower case (German capitalises nouns, so a
    line that starts in lower case goes on), or with a capital or digit but no list item: not
    after a lead-in that ends in a colon (until a sentence ends), not when both start with the
    same word (rows of a list: "Platz 1: …", "Platz 2: …"). Short lines (headings, greetings,
    signatures) and lines set in columns (a letterhead) stay lines of their own. Same length:
    a joined break becomes a space, so offsets stay valid.
    """
    if width == -1:
        width = wrap_width(text)
    if width is None:
        return text
    lines = text.split("\n")
    full = _FULL_LINE * width
    joined: list[str] = []
    listing = False
    last = len(lines) - 1
    for index, line in enumerate(lines):
        joined.append(line)
        if index == last:
            break
        stripped = line.strip()
        following = lines[index + 1].lstrip()
        if stripped.endswith(":"):
            listing = True  # a lead-in: its items follow, one per line
        elif stripped.endswith(".") or not stripped:
            listing = False
        join = (
            len(stripped) >= full
            and _HEADER_OF_PARTS.search(stripped) is None
            and _COLUMNS.search(stripped) is None  # a letterhead in columns
            and (stripped[-1].isalnum() or stripped[-1] in _JOINING_ENDS)
            and (
                following[:1].islower()  # a sentence (or a list item) goes on
                or (
                    not listing
                    and following[:1].isalnum()
                    and _ITEM_START.match(following) is None
                    and _first_word(following) != _first_word(stripped)  # rows of a list
                )
            )
        )
        joined.append(" " if join else "\n")
    return "".join(joined)


def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text is wrapped at (most lines close to it, none much longer);
    ``None`` for a text whose lines are paragraphs, headings or list items."""
    if text.count("\n") + 1 < _WRAPPED_LINES:
        return None
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    if len(lengths) < _WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    # (among lines of some length: a quote's ">", a page number or a rule says nothing)
    prose = [length for length in lengths if length >= _LEAST_PROSE_LINE]
    if sum(1 for length in prose if length >= _FULL_LINE * width) < _WRAPPED_SHARE * len(prose):
        return None
    if sum(1 for length in lengths if length > 1.2 * width) > max(1, len(lengths) // 20):
        return None  # some lines are whole paragraphs: not wrapped
    return width


# A word hyphenated at a line's end ("zum Lan-" / "desparteitag"): a lower-case letter goes on.
# ("Ludwigslust-" / "Parchim" keeps its hyphen: a capital starts the second part of a name.)
_LINE_HYPHEN = re.compile(r"(?<=[a-zäöüß])-\n[ \t]*(?=[a-zäöüß])")


def dehyphenated(
    text: str, source_at: list[int] | None, width: int | None
) -> tuple[str, list[int] | None]:
    """A hard-wrapped text with its line-end hyphenation joined ("Lan-\ndesparteitag" ->
    "Landesparteitag"), as a PDF reader joins it, and the offset map extended to match: the
    text copied out of a PDF into a .txt file keeps the typesetter's hyphens. ``width`` is
    the text's :func:`wrap_width` (``None``: not wrapped, nothing to join)."""
    if width is None or "-\n" not in text:
        return text, source_at
    cuts = [(m.start(), m.end()) for m in _LINE_HYPHEN.finditer(text)]
    if not cuts:
        return text, source_at
    at = source_at if source_at is not None else list(range(len(text) + 1))
    pieces: list[str] = []
    mapped: list[int] = []
    last = 0
    for start, end in cuts:
        pieces.append(text[last:start])
        mapped.extend(at[last:start])
        last = end
    pieces.append(text[last:])
    mapped.extend(at[last:])
    return "".join(pieces), mapped


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def _capitalise(match: re.Match[str]) -> str:
    words = match.group(0).split(" ")
    if words[0].startswith("stellvertretende") and len(words) > 1:
        return " ".join([words[0], *(w[:1].upper() + w[1:] for w in words[1:])])
    return match.group(0)[:1].upper() + match.group(0)[1:]


def _clean(text: str) -> tuple[str, list[int] | None]:
    """(text for the rules, cleaned offset -> source offset where lengths differ).

    Spaces are replaced one for one; NFC is applied per base character and its combining
    marks, so the map is exact (needed only for decomposed umlauts, e.g. from PDFs).
    """
    if unicodedata.is_normalized("NFC", text):
        return _spaces(text), None
    parts: list[str] = []
    source_at: list[int] = []
    index, length = 0, len(text)
    while index < length:
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        piece = unicodedata.normalize("NFC", text[index:end])
        parts.append(piece)
        source_at.extend([index] * len(piece))
        index = end
    source_at.append(length)
    cleaned = "".join(parts)
    return _spaces(cleaned), (None if len(cleaned) == length else source_at)


def _spaces(text: str) -> str:
    """Every space-like character (and the gender star) as a plain space, one for one."""
    for char in _SPACE_LIKE:
        if char in text:
            text = text.replace(char, " ")
    return text


def _cap_title(title: str) -> str:
    """The title stripped and capped at :data:`TITLE_CHARS`, at a word boundary."""
    title = title.strip()
    if len(title) <= TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, TITLE_CHARS)
    return title[: cut if cut > TITLE_CHARS // 2 else TITLE_CHARS].rstrip()


# Substrings one of which every footer line contains, or five digits (a postcode).
_FOOTER_HINTS = (
    "impressum", "datenschutz", "geschäftsstelle", "landesleitung", "postfach", "v.i.s.d.p",
    "v. i. s. d. p", "©", "(c)", "copyright", "alle rechte", "tel:", "tel.", "telefon",
    "e-mail:", "fax:", "www.", "http", "cookie", "ansprechpartner", "pressekontakt",
)  # fmt: skip
_FIVE_DIGITS = re.compile(r"\d{5}")


def _looks_like_footer(line: str) -> bool:
    low = line.lower()
    for hint in _FOOTER_HINTS:  # a plain loop: faster than any() or one alternation
        if hint in low:
            return _FOOTER.search(line) is not None
    return _FIVE_DIGITS.search(line) is not None and _FOOTER.search(line) is not None


def _party_period(line: str, period: int) -> bool:
    """Is the period at ``period`` part of a party's name ("DIE LINKE. Sachsen-Anhalt")?"""
    if not _PARTY_PERIOD.search(line, max(0, period - 12), period + 1):
        return False
    if line[period - 5 : period] == "LINKE":
        return True
    following = _NEXT_WORD.match(line[period + 1 :].lstrip())
    if following is None:
        return False
    word = following.group(0)
    return bool(_ORG_NEXT.fullmatch(word) or gazetteer.land_code(word) or gazetteer.places(word))


def split_sentences(line: str) -> list[tuple[int, str]]:
    """Sentences of one line as (offset, text); abbreviations ("Dr.") and party names
    ("DIE LINKE.") do not end a sentence."""
    stripped = line.strip()
    if not stripped:
        return []
    if stripped is not line and stripped != line:
        offset = line.index(stripped[0])
        return [(offset + at, sentence) for at, sentence in split_sentences(stripped)]
    if "." not in line and "!" not in line and "?" not in line:
        return [(0, line)]
    # A piece starts after the spaces that the end pattern consumed and ends at its terminator,
    # so pieces of a stripped line need no stripping of their own.
    pieces: list[tuple[int, str]] = []
    last = 0
    for match in _SENTENCE_END.finditer(line):
        end = match.start() + 1
        if line[match.start()] == "." and "inke" in line[match.start() - 5 : end].lower():
            if _party_period(line, match.start()):
                continue
        pieces.append((last, line[last:end]))
        last = match.end()
    pieces.append((last, line[last:]))
    return pieces


def build(text: str, title: str | None) -> Doc:
    """Cap, clean and cut ``text`` into lines; the title becomes a sentence of its own."""
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
    cleaned, source_at = _clean(examined)
    cleaned = recased(cleaned)
    width = wrap_width(cleaned)  # (before the joins below make some lines longer)
    cleaned, source_at = dehyphenated(cleaned, source_at, width)
    cleaned = unwrapped(cleaned, width)
    title_source = _cap_title(title or "")
    clean_title = _clean(title_source)[0].strip()
    doc = Doc(
        text=cleaned,
        title=clean_title,
        source=examined,
        title_source=title_source,
        tail_at=tail_at,
        tail_shift=tail_shift,
        whole=text if tail_at >= 0 else "",
        source_at=source_at,
    )
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
    return doc
