"""Module-level Whoosh filters for German text.

Whoosh pickles the analyzer into the index, so each filter here is a module-level class that
pickles (no open C objects in its state) and compares equal to a fresh instance with the same
settings. Renaming or removing one breaks existing indexes: bump ``SCHEMA_VERSION``.

Tokens are reused by Whoosh: each filter reads ``t.text`` before it yields and never keeps a
token object.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, Token
from whoosh.lang.stopwords import stoplists

from indexer.analysis.lemmas import OWN_STEMS, lemma

#: German letters with a conventional two-letter spelling on keyboards without them.
_GERMAN_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"}


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lowercase and spell umlauts and ß the way they are typed without them.

    "Mütterrente" and "Muetterrente" both become "muetterrente". Folding towards ae/oe/ue (not
    the other way) never harms words that merely contain "ue" (Steuer, Quelle, aktuell). Other
    accents are stripped ("Café" -> "cafe").
    """
    text = text.lower()
    if text.isascii():
        return text
    out = []
    for ch in text:
        rep = _GERMAN_FOLD.get(ch)
        if rep is not None:
            out.append(rep)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
            out.append(stripped or ch)
    return "".join(out)


class _Comparable(Filter):  # type: ignore[misc]
    """Equality by class and public settings, as Whoosh expects of analyzers."""

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return False
        assert isinstance(other, _Comparable)
        return self._settings() == other._settings()

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, repr(self._settings())))

    def _settings(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}


class GermanFoldFilter(_Comparable):
    """Lowercase and fold ä/ö/ü/ß to ae/oe/ue/ss (see :func:`fold`)."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold(t.text)
            yield t


#: German function words (Snowball's list as shipped in Whoosh), folded like the tokens.
GERMAN_STOPWORDS: frozenset[str] = frozenset(fold(w) for w in stoplists["de"])


class GermanStopFilter(_Comparable):
    """Drop German function words; unlike Whoosh's StopFilter keep one-character tokens.

    Whoosh's stock filter removes every token shorter than two characters, so "9 Euro Ticket"
    loses its 9. Numbers and single letters carry meaning in political text.
    """

    def __init__(self, stoplist: Iterable[str] = GERMAN_STOPWORDS) -> None:
        self.stops = frozenset(stoplist)

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        stops = self.stops
        for t in tokens:
            if t.text in stops:
                if t.removestops:
                    continue
                t.stopped = True
            else:
                t.stopped = False
            yield t


class GermanStemFilter(_Comparable):
    """Snowball German stemmer from PyStemmer (C), wrapped so that the analyzer pickles.

    A ``Stemmer.Stemmer`` object cannot be pickled; it is created lazily, once per process, and
    never part of the filter's state. Tokens with digits or "§" stay as they are ("co2", "§218").

    With ``derive=True`` an indexed noun in -ung also yields the stem of its verb at
    ``derive_boost`` ("Erhöhung" -> erhoh, as in "erhöhen"), so that "Mindestlohn erhöhen" finds
    a "Mindestlohnerhöhung"; only when indexing, so a query for "Erhöhung" stays precise.
    """

    def __init__(self, derive: bool = True, derive_boost: float = 0.5) -> None:
        self.derive = derive
        self.derive_boost = derive_boost

    def __getstate__(self) -> dict[str, Any]:
        # Only settings are pickled; the C stemmer is created lazily in each process.
        return {"derive": self.derive, "derive_boost": self.derive_boost}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.derive = state.get("derive", True)
        self.derive_boost = state.get("derive_boost", 0.5)

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        stem = self._stem_and_verb if self.derive else self._stem_only
        last_main = ""
        for t in tokens:
            text = t.text
            stemmed, verb = stem(text)
            if t.variant:
                # "Bürger*innen" adds "bürger" beside "bürgerinnen": same stem, count it once
                if stemmed == last_main:
                    continue
            else:
                last_main = stemmed
            t.text = stemmed
            if verb is not None and t.mode == "index" and not t.stopped:
                boost = t.boost
                yield t
                t.text = verb
                t.boost = boost * self.derive_boost
                yield t
                t.boost = boost
                continue
            yield t

    def _stem_only(self, text: str) -> tuple[str, str | None]:
        return _stem_word(text, False)

    def _stem_and_verb(self, text: str) -> tuple[str, str | None]:
        return _stem_word(text, True)


@lru_cache(maxsize=100_000)
def _stem_word(text: str, derive: bool) -> tuple[str, str | None]:
    """(stem, verb stem or None) of a folded token; words with digits or signs stay as they are.

    Plurals the stemmer misses are first folded to their singular (:func:`lemma`: "autos" ->
    auto, "ministerien" -> ministerium), a few false friends keep their own stem.
    """
    if not text.isalpha():
        return text, None
    stem = _stem_function()
    own = OWN_STEMS.get(text)
    stemmed = own if own is not None else str(stem(lemma(text)))
    return stemmed, (_verb_of(text, stemmed, stem) if derive else None)


@lru_cache(maxsize=1)
def _stem_function() -> Any:
    return _make_stem_function()


def _make_stem_function() -> Any:
    import Stemmer  # PyStemmer; imported lazily so importing the schema stays cheap

    stemmer = Stemmer.Stemmer("german", 100_000)
    return stemmer.stemWord


def _verb_of(word: str, stemmed: str, stem: Any) -> str | None:
    """Stem of the verb behind an -ung noun ("regierung" -> "regi", as "regieren"), or None.

    Snowball already cuts -ung from long nouns ("erhoehung" -> "erhoh" = "erhoehen") but not
    always to the verb's stem ("regierung" -> "regier", "regieren" -> "regi"). Only nouns whose
    -ung Snowball did cut are derived, which leaves "Zeitung", "Bildung", "Achtung" alone.
    """
    for suffix in ("ungen", "ung"):
        if word.endswith(suffix) and not stemmed.endswith("ung"):
            verb = str(stem(word[: -len(suffix)] + "en"))
            if len(verb) >= 4 and verb != stemmed:
                return verb
            return None
    return None
