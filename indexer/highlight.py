"""Snippets and highlighting that agree with the analysis chain.

Rather than trusting character offsets from the (compound-splitting) analyzer, each word of the
text is analysed on its own and compared with the query's analysed terms; matching words are
wrapped in ``<mark>``. All other text is HTML-escaped, so documents containing markup are shown
as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from whoosh.analysis import Analyzer
from whoosh.query import Query

from indexer.analysis import exact_analyzer, german_analyzer

_WORD = re.compile(r"\w+(?:[-'’*:_]\w+)*", re.UNICODE)

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
        """Character spans of matching words."""
        if not terms:
            return []
        return [(m.start(), m.end()) for m in _WORD.finditer(text) if self.matches(m[0], terms)]

    def mark(self, text: str, terms: QueryTerms) -> str:
        """The whole text, escaped, with matches in ``<mark>``."""
        return _render(text, self.spans(text, terms), 0, len(text), flat=False)

    def snippet(self, text: str, terms: QueryTerms, width: int = 240) -> str:
        """The densest window of ``width`` characters around matches, escaped and marked."""
        spans = self.spans(text, terms)
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
