"""The German chain as one Whoosh analyzer: the definition of how text becomes stemmed terms.

``tokenizer | fold | stop | compounds | stem`` (:func:`indexer.analysis.german_analyzer`) is an
ordinary Whoosh pipeline of generator filters, for indexing and querying alike; its filters
(:mod:`indexer.analysis.filters`, :class:`~indexer.analysis.compounds.CompoundFilter`) hold the
rules. The index writer does not run it token by token: :mod:`indexer.analysis.terms` computes
the same terms for a whole field at once, and that fast path is checked against this chain on
a probe text each time it is built (:func:`indexer.analysis.terms.german_terms_for`), so the
two cannot drift apart unnoticed. (Until schema 8 a third copy, a fused index-time loop here,
was held equal only by tests; the writer no longer used it.)

The class exists so that the writer can recognise the chain (and pickles as the schema's
analyzer); it adds no behaviour of its own.
"""

from __future__ import annotations

from whoosh.analysis import CompositeAnalyzer

from indexer.analysis.compounds import CompoundFilter
from indexer.analysis.filters import GermanFoldFilter, GermanStemFilter, GermanStopFilter
from indexer.analysis.tokenizer import GermanTokenizer

#: The items of the chain, in order (what :mod:`indexer.analysis.terms` reproduces).
USUAL_SHAPE = (GermanTokenizer, GermanFoldFilter, GermanStopFilter, CompoundFilter,
               GermanStemFilter)


class GermanChain(CompositeAnalyzer):  # type: ignore[misc]
    """tokenizer | fold | stop | compounds | stem."""

    def usual_shape(self) -> bool:
        """Whether the items are the chain's usual ones (settings may differ)."""
        return tuple(type(item) for item in self.items) == USUAL_SHAPE
