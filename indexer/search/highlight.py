"""Snippets and highlighting that agree with the analysis chain.

Rather than trusting character offsets from the (compound-splitting) analyzer, each word of the
text is analysed on its own and compared with the query's analysed terms; matching words are
wrapped in ``<mark>``. All other text is HTML-escaped, so documents containing markup are shown
as text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from itertools import product

from whoosh.analysis import Analyzer
from whoosh.query import Query

from indexer.analysis import exact_analyzer, german_analyzer
from indexer.schema import STORED_TEXT_CHARS

_WORD = re.compile(r"\w+(?:[-'’*:_]\w+)*", re.UNICODE)
_SPACE = re.compile(r"\s")
#: Letters of a query term that a word must contain (folded) before it is analysed at all.
PROBE_LENGTH = 4

#: Characters at the start of a text in which a snippet is looked for (as many as a hit's
#: stored text holds). Scanning a whole 50 MB protocol for the query's words took a second
#: per hit list; a snippet from the first matches in this stretch costs the same for every
#: document. A document whose matches all lie further on gets its opening lines as the
#: snippet, as one without matches does.
SNIPPET_SCAN = STORED_TEXT_CHARS
#: The first stretch looked at (longer than almost every speech, so theirs are read whole).
SNIPPET_FIRST = 50_000

#: Fields whose query terms are compared with the stemmed / the exact analysis of a word.
_STEMMED_FIELDS = ("text", "title")
_EXACT_FIELDS = ("exact", "person_text")


@dataclass(frozen=True)
class QueryTerms:
    """The terms a query looks for, in both analyses."""

    stemmed: frozenset[str]
    exact: frozenset[str]

    @classmethod
    def from_query(cls, query: Query) -> QueryTerms:
        stemmed: set[str] = set()
        exact: set[str] = set()
        try:
            terms = list(query.iter_all_terms(phrases=True))
        except Exception:  # noqa: BLE001 - some Whoosh query types cannot list terms
            terms = []
        for fieldname, text in terms:
            value = text.decode("utf-8") if isinstance(text, bytes) else str(text)
            if fieldname in _STEMMED_FIELDS:
                stemmed.add(value)
            elif fieldname in _EXACT_FIELDS:
                exact.add(value)
        return cls(frozenset(stemmed), frozenset(exact))

    def __bool__(self) -> bool:
        return bool(self.stemmed or self.exact)


@dataclass(frozen=True)
class DocumentHighlights:
    """A query's highlights in one document's text, as its page shows them.

    ``part_hits`` holds the hits per part of a long text as the index counts them (see
    :mod:`indexer.search.passages`), or None where no part map was given or the index has
    none; :meth:`mark_parts` marks any stretch of the text.
    """

    terms: QueryTerms
    part_hits: list[int] | None
    highlighter: Highlighter

    def mark_parts(self, text: str, starts: list[int]) -> list[str]:
        """``text`` cut at ``starts``, each part escaped, the query's matches marked."""
        return self.highlighter.mark_parts(text, self.terms, starts)


@lru_cache(maxsize=256)
def _probe_pattern(terms: QueryTerms) -> re.Pattern[str] | None:
    """A regex finding, in unfolded text, the first letters of every term of ``terms``.

    Every analysed term starts with (or, after compound splitting, contains) the folded
    spelling of a few letters of the word it came from: stems and compound parts are pieces
    of the folded word. So a word can only match if its text contains the first letters of a
    term in some spelling that folds to them; only those words are analysed.
    """
    probes = sorted({t[:PROBE_LENGTH] for t in terms.stemmed | terms.exact if t})
    if not probes:
        return None
    return re.compile("|".join(_spelling(p) for p in probes), re.IGNORECASE)


def _spelling(folded: str) -> str:
    """A regex for every spelling that folds to ``folded`` (ä for ae, ß for ss, é for e, ...)."""
    out: list[str] = []
    i = 0
    while i < len(folded):
        pair = folded[i : i + 2]
        if pair in _PAIRS:
            out.append(_PAIRS[pair])
            i += 2
            continue
        ch = folded[i]
        variants = _VARIANTS.get(ch, "")
        if i == len(folded) - 1 and ch in _TRAILING:
            variants += _TRAILING[ch]  # "mu" may be the start of "mü" (folded "mue")
        out.append(f"[{re.escape(ch)}{variants}]" if variants else re.escape(ch))
        i += 1
    return "".join(out)


def _accented() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch.lower()) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii() and base != ch.lower():
            table[base] = table.get(base, "") + ch.lower() + ch.upper()
    return table


_VARIANTS = _accented()
_PAIRS = {
    "ae": "(?:ae|ä)",
    "oe": "(?:oe|ö)",
    "ue": "(?:ue|ü)",
    "ss": "(?:ss|ß|ẞ)",
}
_TRAILING = {"a": "äÄ", "o": "öÖ", "u": "üÜ", "s": "ßẞ"}

#: A letter other than ASCII, the umlauts and ß (é, ł, ſ, the Kelvin sign ...): a text holding
#: one is scanned with the probe pattern, which knows every accented spelling and every odd
#: case of re.IGNORECASE; other texts, most German ones, by plain substring search.
_RARE_LETTER = re.compile(r"[^\W\x00-\x7fäöüßÄÖÜẞ]")
#: Lower-case letters a probe letter stands for in a text without rare letters.
_PLAIN_VARIANTS = {"a": "ä", "o": "ö", "u": "ü"}
_ASCII_BYTES = bytes(range(128))


def _has_rare_letter(text: str) -> bool:
    """Whether ``text`` holds a :data:`_RARE_LETTER`, looked for among its non-ASCII
    characters only: those are the bytes >= 0x80 of its UTF-8 (each such character is
    written with those bytes alone), cut out in C. The pattern run over the whole text
    tested every character against Unicode's word classes: 18 µs of a 4,500-character
    speech, against 8 µs this way, paid for every row of an export."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _RARE_LETTER.search(text) is not None
    return _RARE_LETTER.search(encoded.translate(None, _ASCII_BYTES).decode("utf-8")) is not None


@lru_cache(maxsize=256)
def _probe_spellings(terms: QueryTerms) -> tuple[str, ...] | None:
    """What :func:`_probe_pattern` matches, as lower-case strings, in a lower-cased text
    without rare letters (``None`` if a probe is not ASCII: then the pattern is used).

    The same spellings :func:`_spelling` allows, less the accents such a text cannot hold:
    "ae" as ae or ä, "ss" as ss or ß, a vowel also with its umlaut, a last s also as ß.
    """
    probes = sorted({t[:PROBE_LENGTH] for t in terms.stemmed | terms.exact if t})
    if not probes or not all(p.isascii() for p in probes):
        return None
    found: set[str] = set()
    for probe in probes:
        found.update("".join(letters) for letters in product(*_plain_options(probe)))
    return tuple(sorted(found))


def _plain_options(folded: str) -> list[tuple[str, ...]]:
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(folded):
        pair = folded[i : i + 2]
        if pair in _PAIRS:
            options.append((pair, {"ae": "ä", "oe": "ö", "ue": "ü", "ss": "ß"}[pair]))
            i += 2
            continue
        ch = folded[i].lower()
        extra = _PLAIN_VARIANTS.get(ch, "")
        if i == len(folded) - 1 and ch in _TRAILING:
            extra += _TRAILING[ch][0]
        options.append((ch, *dict.fromkeys(extra)))
        i += 1
    return options


def _probe_starts(text: str, terms: QueryTerms, pattern: re.Pattern[str]) -> Iterator[int]:
    """Where the probes occur in ``text``, in order. Every occurrence lies within a word of
    the text (probes hold no whitespace), so the words around these places are the words
    around the pattern's matches, whichever way they are found.

    Searching a lower-cased copy for a few plain strings (C's substring search) instead of
    running the pattern (a character class of every accented letter, ignoring case, tried
    at every position): some 0.3 ms less per document for a query of two or three words,
    which an export of a thousand hits pays a thousand times.
    """
    spellings = _probe_spellings(terms)
    if spellings is not None and not _has_rare_letter(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            starts: set[int] = set()
            for spelling in spellings:
                at = lowered.find(spelling)
                while at >= 0:
                    starts.add(at)
                    at = lowered.find(spelling, at + 1)
            yield from sorted(starts)
            return
    for hit in pattern.finditer(text):
        yield hit.start()


class Highlighter:
    """Finds query matches in text; one instance per process is enough."""

    def __init__(self) -> None:
        self._stemmed: Analyzer = german_analyzer()
        self._exact: Analyzer = exact_analyzer()
        self._analyse = lru_cache(maxsize=200_000)(self._analyse_word)

    def _analyse_word(self, word: str) -> tuple[frozenset[str], frozenset[str]]:
        try:
            stemmed = frozenset(t.text for t in self._stemmed(word, mode="index"))
            exact = frozenset(t.text for t in self._exact(word, mode="query"))
        except Exception:  # noqa: BLE001 - a highlighter must never break a page
            return frozenset(), frozenset()
        return stemmed, exact

    def matches(self, word: str, terms: QueryTerms) -> bool:
        stemmed, exact = self._analyse(word)
        return bool(stemmed & terms.stemmed or exact & terms.exact)

    def spans(self, text: str, terms: QueryTerms) -> list[tuple[int, int]]:
        """Character spans of matching words (the same as analysing every word, only faster).

        Only the words around a place where the first letters of a query term occur are
        analysed (see :func:`_probe_pattern`); all others cannot match.
        """
        if not terms:
            return []
        pattern = _probe_pattern(terms)
        if pattern is None:
            return []
        found: dict[int, int] = {}
        scanned_to = 0
        for start in _probe_starts(text, terms, pattern):
            if start < scanned_to:
                continue
            # Words never contain whitespace, so matching from the last whitespace before the
            # hit finds the same words as matching the whole text.
            space = _last_space(text, start)
            end_match = _SPACE.search(text, start)
            end = end_match.start() if end_match else len(text)
            for m in _WORD.finditer(text, space, end):
                if m.start() not in found and self.matches(m[0], terms):
                    found[m.start()] = m.end()
            scanned_to = end
        return sorted(found.items())

    def spans_slow(self, text: str, terms: QueryTerms) -> list[tuple[int, int]]:
        """Every word analysed (the reference :meth:`spans` must agree with; for tests)."""
        if not terms:
            return []
        return [(m.start(), m.end()) for m in _WORD.finditer(text) if self.matches(m[0], terms)]

    def mark(self, text: str, terms: QueryTerms) -> str:
        """The whole text, escaped, with matches in ``<mark>``."""
        return _render(text, self.spans(text, terms), 0, len(text), flat=False)

    def mark_parts(self, text: str, terms: QueryTerms, starts: list[int]) -> list[str]:
        """The text cut at ``starts`` (e.g. where PDF pages begin), each part escaped and
        marked; a match that runs over a cut is marked on both sides."""
        spans = self.spans(text, terms)
        cuts = sorted({0, *(s for s in starts if 0 < s < len(text))}) + [len(text)]
        bounds = zip(cuts, cuts[1:], strict=False)
        return [_render(text, spans, a, b, flat=False) for a, b in bounds]

    def snippet(self, text: str, terms: QueryTerms, width: int = 240, title: str = "") -> str:
        """The densest window of ``width`` characters around matches, escaped and marked.

        Matches are looked for in the first :data:`SNIPPET_FIRST` characters, then in a
        stretch twice as long, up to :data:`SNIPPET_SCAN`: a long text with matches near its
        start costs no more than a speech. A text that opens with its ``title`` (an HTML h1,
        a Markdown heading) is read from after it: the hit list shows the title already.
        """
        text = text[after_title(text, title):]
        spans: list[tuple[int, int]] = []
        length = SNIPPET_FIRST
        while True:
            spans = self.spans(_prefix(text, min(length, SNIPPET_SCAN)), terms)
            if spans or length >= min(len(text), SNIPPET_SCAN):
                break
            length *= 2
        if not spans:
            return _render(text, [], 0, min(len(text), width)) + (
                " …" if len(text) > width else ""
            )
        start, end = _best_window(spans, width, len(text))
        start, end = _word_bounds(text, start, end)
        body = _render(text, spans, start, end)
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return prefix + body + suffix


def after_title(text: str, title: str) -> int:
    """Where the text goes on after its title, when it opens with it (else 0).

    The title may stand as a heading (``# Titel``), end with a colon or full stop, and wrap
    differently; case is ignored. A text that is nothing but its title is kept whole.
    """
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or not _may_open_with(text, words[0]):
        return 0
    found = _title_pattern(tuple(words)).match(text, 0, len(title) * 2 + 40)
    if found is None or not text[found.end():].strip():
        return 0
    return found.end()


_MAX_TITLE_WORDS = 60
#: What may stand before a title: whitespace and Markdown heading or emphasis marks.
_TITLE_LEAD = re.compile(r"[\s#*_=]*")


def _may_open_with(text: str, word: str) -> bool:
    """Could ``text`` open with ``word`` (after heading marks, case ignored)? A cheap test
    before :func:`_title_pattern`: compiling a title's pattern took about a millisecond, paid
    for every document a hit list or an export met first (most texts, a Bundestag speech
    among them, do not open with their title). It rejects only what the pattern rejects: the
    pattern's letters match as ``re.IGNORECASE`` does, a letter for a letter of the same
    lower or upper case, and a word that itself begins with a heading mark is left to it."""
    if word[0] in "#*_=":
        return True
    start = _TITLE_LEAD.match(text).end()  # type: ignore[union-attr]  # matches always
    found = text[start : start + len(word)]
    return len(found) == len(word) and all(
        a == b or a.lower() == b.lower() or a.upper() == b.upper()
        for a, b in zip(found, word, strict=True)
    )


@lru_cache(maxsize=4096)
def _title_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(r"[\s#*_=]*" + body + r"(?:[\s.:!?#*_=\u2013\u2014-]*(?=\s)|\s*\Z)\s*",
                      re.IGNORECASE)


def _prefix(text: str, length: int) -> str:
    """``text`` up to the last whitespace within ``length`` characters (a word is never cut)."""
    if len(text) <= length:
        return text
    cut = _last_space(text, length)
    return text[: cut or length]


#: From where it starts up to the last whitespace before the end it is given (``\s`` is
#: ``str.isspace``): the greedy ``.*`` runs to the end and steps back in C.
_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def _last_space(text: str, pos: int) -> int:
    """Index just after the last whitespace before ``pos`` (0 if none).

    Looked for in stretches of 200 characters, nearest first; a character loop in Python
    took some 9 µs for each place a snippet looks at, a few per row of an export.
    """
    start = max(0, pos - 200)
    while True:
        found = _TO_LAST_SPACE.match(text, start, pos)
        if found is not None:
            return found.end()
        if start == 0:
            return 0
        pos, start = start, max(0, start - 200)


def _best_window(spans: list[tuple[int, int]], width: int, length: int) -> tuple[int, int]:
    best_start, best_count, left = spans[0][0], 0, 0
    for right in range(len(spans)):
        while spans[right][1] - spans[left][0] > width:
            left += 1
        count = right - left + 1
        if count > best_count:
            best_count, best_start = count, spans[left][0]
    start = max(0, best_start - width // 4)
    return start, min(length, start + width)


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    return start, end


def _render(
    text: str, spans: Iterable[tuple[int, int]], start: int, end: int, flat: bool = True
) -> str:
    keep = _flat if flat else str
    out: list[str] = []
    pos = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(keep(text[pos:s])))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    out.append(escape(keep(text[pos:end])))
    return "".join(out)


def _flat(text: str) -> str:
    return text.replace("\n", " ")
