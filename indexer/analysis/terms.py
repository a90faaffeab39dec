"""Whole-field analysis for the index writer: the terms of a field value in one pass.

Whoosh analyses a field by pulling every token through a chain of generators and collecting
the terms in the field format's ``word_values``. For the two chains of this project the writer
(:mod:`indexer.engine.codec`) asks this module instead, which computes the same terms with

* one ``findall`` over the text (the tokenizer's own regular expression) instead of a
  generator step per token,
* a per-process memo from the raw word ("Mindestlohnerhöhung") to everything the chain makes
  of it (folded form, stem, compound parts, derived verb), so a word is analysed once, not at
  each of its occurrences,
* one list of raw words shared by ``text``, ``title`` and ``exact`` (see :func:`concatenated`).

Only plain words and numbers go through the memo; hyphenated words, gender forms, paragraph
signs and identifiers take the tokenizer's own code (:func:`match_pieces`).

The analyzers stay the definition. Each time a fast path is built (once per process and
setting, when a writer first plans its fields) it is run on :data:`PROBE`, a text with every
kind of token the chain treats specially, and compared with what Whoosh's formats collect from
the analyzer with the same settings; a difference stops the writer with
:class:`AnalysisMismatch` instead of writing an index that queries would not match. Tests
compare them further on tables, arbitrary text and real speeches.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, CompositeAnalyzer

from indexer.analysis.chain import GermanChain
from indexer.analysis.compounds import MIN_WORD, CompoundFilter, _split_cached
from indexer.analysis.filters import (
    GermanFoldFilter,
    GermanStemFilter,
    GermanStopFilter,
    _stem_word,
    fold,
)
from indexer.analysis.tokenizer import TOKEN_RE, GermanTokenizer, Piece, is_plain, match_pieces

#: The tokenizer's expression without named groups: ``findall`` then returns the matches.
_FINDALL = re.compile(re.sub(r"\(\?P<\w+>", "(?:", TOKEN_RE.pattern), TOKEN_RE.flags).findall

#: Punctuation that ends a word without being part of any match ("Herren!", "Jahr,").
_TRAILING = frozenset(".,;!?)")

#: Memo size per chain; cleared when full (a corpus has a few hundred thousand word forms).
MEMO_LIMIT = 400_000

Counts = dict[str, int]
Weights = dict[str, float]


#: Characters of a long value split at a time (see :func:`split_tokens`).
SPLIT_WINDOW = 1 << 20


def split_tokens(value: str) -> list[str]:
    """The raw matches of the tokenizer in ``value``, in order (see :class:`GermanTokenizer`).

    No match reaches across whitespace except a paragraph sign ("§ 218"), and a run of letters
    and digits is one match; so the text is split at whitespace and only pieces with other
    characters go through the expression (twice as fast as ``findall`` on the whole text).

    A long value (a 50 MB protocol: five million words) is split a window at a time, and equal
    words share one string object: a separate object per occurrence took some 300 MB.
    """
    if len(value) <= SPLIT_WINDOW:
        return _split(value)
    shared: dict[str, str] = {}
    out: list[str] = []
    start = 0
    for cut in _window_cuts(value, SPLIT_WINDOW):
        words = _split(value[start:cut])
        out += map(shared.setdefault, words, words)
        start = cut
    return out


def _window_cuts(value: str, size: int) -> list[int]:
    """Ends of windows of about ``size`` characters, each at a space that no match spans
    (one not preceded by a paragraph sign); the last is ``len(value)``."""
    cuts: list[int] = []
    start = 0
    while len(value) - start > size:
        cut = value.find(" ", start + size)
        while cut >= 0 and after_paragraph_sign(value, cut, start):
            cut = value.find(" ", cut + 1)
        if cut < 0:
            break
        cuts.append(cut)
        start = cut
    cuts.append(len(value))
    return cuts


def after_paragraph_sign(text: str, pos: int, start: int = 0) -> bool:
    """Whether the last non-space character of ``text[start:pos]`` is a paragraph sign (which
    the tokenizer joins with the number after the whitespace)."""
    i = pos - 1
    while i >= start and text[i].isspace():
        i -= 1
    return i >= start and text[i] == "§"


def _split(value: str) -> list[str]:
    if "§" in value:
        return _FINDALL(value)
    chunks = value.split()
    out: list[str] = []
    append = out.append
    for chunk in chunks:
        if chunk.isalnum():
            append(chunk)
        elif chunk[-1] in _TRAILING and chunk[:-1].isalnum():
            append(chunk[:-1])
        else:
            out += _FINDALL(chunk)
    return out


def concatenated(first: str, first_tokens: list[str], second_tokens: list[str]) -> list[str] | None:
    """The raw matches of ``first + "\\n" + second``, or None where a match may span the newline.

    Only a paragraph sign may reach across a line break ("§\\n218"); every other match stops at
    whitespace, so the matches of the joined text are those of its halves.
    """
    if first.rstrip().endswith("§"):
        return None
    return first_tokens + second_tokens


class _Special:
    """What the tokenizer makes of a match that is not a plain word: pieces and their width."""

    __slots__ = ("pieces", "width")

    def __init__(self, raw: str) -> None:
        match = TOKEN_RE.match(raw)
        kind = match.lastgroup if match is not None else None
        pieces = match_pieces(raw, kind, indexing=True)
        self.pieces: list[Piece] = [
            (fold(text), offset, variant, joined) for text, offset, variant, joined in pieces
        ]
        self.width = max([1] + [offset + 1 for _, offset, _, _ in pieces])


_specials: dict[str, _Special] = {}


def _special(raw: str) -> _Special:
    found = _specials.get(raw)
    if found is None:
        if len(_specials) >= MEMO_LIMIT:
            _specials.clear()
        found = _specials[raw] = _Special(raw)
    return found


class ExactTerms:
    """Positions of the terms of ``tokenizer | fold`` (the ``exact`` chain), index mode."""

    def __init__(self) -> None:
        self._memo: dict[str, str] = {}

    def positions(self, raws: list[str], start_pos: int = 0) -> dict[str, list[int]]:
        memo = self._memo
        found: dict[str, list[int]] = {}
        get = found.get
        pos = start_pos
        for raw in raws:
            term = memo.get(raw)
            if term is None:
                if not is_plain(raw):
                    special = _special(raw)
                    for text, offset, _, _ in special.pieces:
                        listed = get(text)
                        if listed is None:
                            found[text] = [pos + offset]
                        else:
                            listed.append(pos + offset)
                    pos += special.width
                    continue
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                term = memo[raw] = fold(raw.lower())
            listed = get(term)
            if listed is None:
                found[term] = [pos]
            else:
                listed.append(pos)
            pos += 1
        return found


def token_width(raws: list[str]) -> int:
    """How many positions the exact chain's tokens of ``raws`` take (as
    :meth:`ExactTerms.positions` advances them): one a plain word, a special token its width."""
    return sum(1 if is_plain(raw) else _special(raw).width for raw in raws)


_UNKNOWN: Any = object()
_FLOATS: list[float] = [float(n) for n in range(1024)]

#: A plain word's contribution to the German chain: (stem, terms at boost 1, reduced-boost
#: (term, boost) pairs), just the stem when that is all, or None for a stopword.
_Plain = tuple[str, tuple[str, ...], tuple[tuple[str, float], ...]] | str | None


class GermanTerms:
    """Term frequencies and weights of :class:`GermanChain` (fold, stop, compounds, stem)."""

    def __init__(self, stops: frozenset[str], part_boost: float, derive: bool,
                 derive_boost: float) -> None:
        self.stops = stops
        self.part_boost = part_boost
        self.derive = derive
        self.derive_boost = derive_boost
        self._memo: dict[str, _Plain] = {}

    def counts(self, raws: list[str]) -> tuple[Counts, Weights]:
        """Frequency and summed boost of each term, as ``Frequency.word_values`` counts them."""
        emitted: list[tuple[str, float]] = []
        main: list[str] = []
        main_extend = main.extend
        main_append = main.append
        reduced_extend = emitted.extend
        memo = self._memo
        last_main = ""
        get = memo.get
        for raw in raws:
            plain = get(raw, _UNKNOWN)
            if plain is _UNKNOWN:
                if not is_plain(raw):
                    last_main = self._special(_special(raw), last_main, main, emitted)
                    continue
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                plain = memo[raw] = self._plain(fold(raw.lower()))
            if plain.__class__ is str:  # the common case: one stem, nothing derived
                last_main = plain
                main_append(plain)
            elif plain is not None:
                last_main, terms, reduced = plain
                main_extend(terms)
                reduced_extend(reduced)
        return self._sum(main, emitted)

    @staticmethod
    def _sum(main: list[str], emitted: list[tuple[str, float]]) -> tuple[Counts, Weights]:
        counts: Counts = Counter(main)
        # shared float objects: the index writer keeps one weight per posting
        weights: Weights = {
            term: _FLOATS[n] if n < len(_FLOATS) else float(n) for term, n in counts.items()
        }
        for term, boost in emitted:
            if term in counts:
                counts[term] += 1
                weights[term] += boost
            else:
                counts[term] = 1
                weights[term] = boost
        return counts, weights

    def _plain(self, text: str) -> _Plain:
        if text in self.stops:
            return None
        main: list[str] = []
        reduced: list[tuple[str, float]] = []
        self._emit(text, False, False, "", main, reduced)
        stemmed = _stem_word(text, self.derive)[0]
        if not reduced and main == [stemmed]:
            return stemmed
        return stemmed, tuple(main), tuple(reduced)

    def _special(self, special: _Special, last_main: str, main: list[str],
                 emitted: list[tuple[str, float]]) -> str:
        for text, _, variant, joined in special.pieces:
            if text in self.stops:
                continue
            last_main = self._emit(text, variant, joined, last_main, main, emitted)
        return last_main

    def _emit(self, text: str, variant: bool, joined: bool, last_main: str, main: list[str],
              reduced: list[tuple[str, float]]) -> str:
        """One unstopped token through compounds and stem, as the chain's filters treat it."""
        derive = self.derive
        part_boost = self.part_boost
        boost = 1.0
        parts = _split_cached(text) if not joined and len(text) >= MIN_WORD else ()
        stemmed, verb = _stem_word(text, derive)
        if not (variant and stemmed == last_main):
            if not variant:
                last_main = stemmed
            main.append(stemmed)
            if verb is not None:
                reduced.append((verb, boost * self.derive_boost))
        for part in parts:
            part_stem, part_verb = _stem_word(part, derive)
            if part_stem == last_main:
                continue
            reduced.append((part_stem, boost * part_boost))
            if part_verb is not None:
                reduced.append((part_verb, boost * part_boost * self.derive_boost))
        return last_main


def _dyadic(boost: float) -> bool:
    """Sums of such boosts are exact in any order (1/1024 steps, far from float precision)."""
    return (boost * 1024).is_integer()


#: Fictional text with each kind of token the chains treat specially: compounds, -ung nouns,
#: plurals the stemmer misses, gender forms, hyphenated words (whose joined whole is a variant
#: compared with the word before), paragraph signs, numbers and identifiers, stopwords, case
#: and spelling variants, punctuation.
PROBE = (
    "Liebe Bürger*innen und Kolleg:innen, Lehrer_innen, BürgerInnen und Ärzt/innen! "
    "Die Mindestlohnerhöhung, die Regierung und die Erhöhungen betreffen 19/28444 "
    "Bundestagsabgeordnete in Leipzig-Süd. Ostwest Ost-West, Ost-West-Rentenüberleitung, "
    "9-Euro-Ticket, CO2-Preis nach § 218 und §§ 12a sowie §\n5. "
    "Autos, Ministerien, Viren, Themen, Güter; "
    "Straße STRASSE Strasse Café naïve Mütterrente Muetterrente. geht’s rock'n'roll "
    "1.000 2,5 2024-09-01 12:30 „Zitat“ »Zitat« (Klammer) der die das Und DER a 9 x."
)


class AnalysisMismatch(RuntimeError):
    """The writer's bulk analysis and the analyzer it stands for make different terms."""


def _frequencies(analyzer: Analyzer, text: str) -> tuple[Counts, Weights]:
    """What ``whoosh.formats.Frequency.word_values`` collects from ``analyzer``."""
    counts: Counts = {}
    weights: Weights = {}
    for t in analyzer(text, mode="index", boosts=True):
        if not t.stopped:
            counts[t.text] = counts.get(t.text, 0) + 1
            weights[t.text] = weights.get(t.text, 0.0) + t.boost
    return counts, weights


def _positions(analyzer: Analyzer, text: str) -> dict[str, list[int]]:
    """What ``whoosh.formats.Positions.word_values`` collects from ``analyzer``."""
    found: dict[str, list[int]] = {}
    for t in analyzer(text, mode="index", positions=True):
        if not t.stopped:
            found.setdefault(t.text, []).append(t.pos)
    return found


def _differences(expected: dict[str, Any], got: dict[str, Any]) -> str:
    wrong = sorted(k for k in expected.keys() | got.keys() if expected.get(k) != got.get(k))
    return ", ".join(f"{k!r}: {expected.get(k)!r} != {got.get(k)!r}" for k in wrong[:5])


def check_german(terms: GermanTerms, analyzer: Analyzer, text: str | None = None) -> None:
    """Raise :class:`AnalysisMismatch` unless ``terms`` counts ``text`` (default
    :data:`PROBE`) as ``analyzer`` does."""
    text = PROBE if text is None else text
    counts, weights = terms.counts(split_tokens(text))
    expected = _frequencies(analyzer, text)
    if (dict(counts), weights) != expected:
        raise AnalysisMismatch(
            "the writer's bulk analysis (indexer/analysis/terms.py) differs from the German "
            f"chain: {_differences(expected[0], dict(counts))} "
            f"{_differences(expected[1], weights)}".rstrip()
        )


def check_exact(terms: ExactTerms, analyzer: Analyzer, text: str | None = None) -> None:
    """Raise :class:`AnalysisMismatch` unless ``terms`` places ``text`` (default
    :data:`PROBE`) as ``analyzer`` does."""
    text = PROBE if text is None else text
    got = terms.positions(split_tokens(text))
    expected = _positions(analyzer, text)
    if got != expected:
        raise AnalysisMismatch(
            "the writer's bulk analysis (indexer/analysis/terms.py) differs from the exact "
            f"chain: {_differences(expected, got)}"
        )


@lru_cache(maxsize=8)
def _german_terms(stops: frozenset[str], part_boost: float, derive: bool,
                  derive_boost: float) -> GermanTerms:
    """One instance (and memo) per process and setting, kept across writers and commits;
    checked against the chain of the same settings when made."""
    terms = GermanTerms(stops, part_boost, derive, derive_boost)
    chain = GermanChain(GermanTokenizer(), GermanFoldFilter(), GermanStopFilter(stops),
                        CompoundFilter(part_boost), GermanStemFilter(derive, derive_boost))
    check_german(terms, chain)
    return terms


@lru_cache(maxsize=1)
def _exact_terms() -> ExactTerms:
    terms = ExactTerms()
    check_exact(terms, GermanTokenizer() | GermanFoldFilter())
    return terms


def german_terms_for(analyzer: Analyzer) -> GermanTerms | None:
    """The bulk counterpart of ``analyzer`` if it is the German chain in its usual shape."""
    if not isinstance(analyzer, GermanChain) or not analyzer.usual_shape():
        return None
    _tok, _fold, stop, compound, stem = analyzer.items
    # Weights are summed out of token order (boost 1 first), which is exact only for boosts
    # like 0.5 or 0.25; any other setting takes the ordinary analyzer.
    boosts = (compound.boost, stem.derive_boost, compound.boost * stem.derive_boost)
    if not all(_dyadic(b) for b in boosts):
        return None
    return _german_terms(stop.stops, compound.boost, stem.derive, stem.derive_boost)


def exact_terms_for(analyzer: Any) -> ExactTerms | None:
    """The bulk counterpart of ``analyzer`` if it is ``GermanTokenizer() | GermanFoldFilter()``."""
    if type(analyzer) is not CompositeAnalyzer:
        return None
    if tuple(type(item) for item in analyzer.items) != (GermanTokenizer, GermanFoldFilter):
        return None
    return _exact_terms()


__all__ = [
    "PROBE",
    "AnalysisMismatch",
    "ExactTerms",
    "check_exact",
    "check_german",
    "after_paragraph_sign",
    "GermanTerms",
    "concatenated",
    "exact_terms_for",
    "german_terms_for",
    "split_tokens",
    "token_width",
]
