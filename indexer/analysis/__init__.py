"""Text analysis for the index: one place that defines how text becomes terms.

Whoosh pickles analyzers into the index, so every filter lives at module level and any change
here must bump ``indexer.schema.SCHEMA_VERSION``.

Two chains share one tokenizer (:class:`~indexer.analysis.tokenizer.GermanTokenizer`) and one
folding rule (ä -> ae, ß -> ss), so that what a user types meets what documents say:

* :func:`german_analyzer` (fields ``title`` and ``text``): fold, drop stopwords, split
  compounds (index time only), Snowball-stem with PyStemmer;
* :func:`exact_analyzer` (fields ``exact`` and ``person_text``): fold only, so quoted phrases
  match word for word and spelling suggestions come from real words.
"""

from __future__ import annotations

from whoosh.analysis import Analyzer

from indexer.analysis.chain import GermanChain
from indexer.analysis.compounds import CompoundFilter, split_compound
from indexer.analysis.filters import (
    GermanFoldFilter,
    GermanStemFilter,
    GermanStopFilter,
    fold,
)
from indexer.analysis.tokenizer import GermanTokenizer

__all__ = [
    "exact_analyzer",
    "fold",
    "german_analyzer",
    "split_compound",
    "tokens",
    "warm_up",
]


def german_analyzer() -> Analyzer:
    """Stemmed analyzer for ``title`` and ``text`` (used for indexing and querying alike)."""
    chain: Analyzer = GermanChain(
        GermanTokenizer(),
        GermanFoldFilter(),
        GermanStopFilter(),
        CompoundFilter(),
        GermanStemFilter(),
    )
    return chain


def exact_analyzer() -> Analyzer:
    """Folded, unstemmed, stopwords kept: quoted phrases, highlighting, suggestions."""
    chain: Analyzer = GermanTokenizer() | GermanFoldFilter()
    return chain


def tokens(text: str, analyzer: Analyzer | None = None, mode: str = "query") -> list[str]:
    """The terms ``analyzer`` (default: :func:`german_analyzer`) makes of ``text``.

    >>> tokens("Bürger*innen")
    ['burg']
    """
    chain = analyzer if analyzer is not None else german_analyzer()
    return [t.text for t in chain(text, mode=mode)]


def warm_up() -> None:
    """Load the word list and the stemmer now (about a second), e.g. before forking workers.

    Forked worker processes inherit what the parent loaded instead of each loading it again.
    """
    from indexer.analysis.compounds import _vocabulary
    from indexer.analysis.filters import _stem_function

    _vocabulary()
    _stem_function()
