"""The German chain as one Whoosh analyzer, with a fused loop for indexing.

Whoosh runs an analyzer as a pipeline of generators: every token passes five generator frames
and several attribute writes per filter. Indexing spends most of its analysis time there, not
in the work itself (folding, stemming and compound splitting are cached per word). At index
time :class:`GermanChain` therefore runs the same rules in one loop over the tokenizer's
tokens; at query time (and for any other composition) it is the ordinary pipeline. A test
checks that both paths produce identical tokens.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import CompositeAnalyzer, Token

from indexer.analysis.compounds import MIN_WORD, CompoundFilter, _split_cached
from indexer.analysis.filters import (
    GermanFoldFilter,
    GermanStemFilter,
    GermanStopFilter,
    _stem_word,
    fold,
)
from indexer.analysis.tokenizer import GermanTokenizer

_FUSED_SHAPE = (GermanTokenizer, GermanFoldFilter, GermanStopFilter, CompoundFilter,
                GermanStemFilter)


class GermanChain(CompositeAnalyzer):  # type: ignore[misc]
    """tokenizer | fold | stop | compounds | stem, fused when indexing."""

    def __call__(self, value: str, **kwargs: Any) -> Iterator[Token]:
        if kwargs.get("mode") == "index" and self._fusable():
            return self._index(value, **kwargs)
        return super().__call__(value, **kwargs)  # type: ignore[no-any-return]

    def _fusable(self) -> bool:
        return tuple(type(item) for item in self.items) == _FUSED_SHAPE

    def _index(self, value: str, **kwargs: Any) -> Iterator[Token]:
        tokenizer, _fold, stop, compound, stem = self.items
        stops = stop.stops
        part_boost = compound.boost
        derive = stem.derive
        derive_boost = stem.derive_boost
        last_main = ""
        for t in tokenizer(value, **kwargs):
            text = fold(t.text)
            stopped = text in stops
            if stopped and t.removestops:
                continue
            variant = t.variant
            boost = t.boost
            parts = (
                _split_cached(text)
                if not stopped and not t.joined and len(text) >= MIN_WORD
                else ()
            )
            stemmed, verb = _stem_word(text, derive)
            if not (variant and stemmed == last_main):
                if not variant:
                    last_main = stemmed
                t.text, t.stopped = stemmed, stopped
                yield t
                if verb is not None and not stopped:
                    t.text, t.boost = verb, boost * derive_boost
                    yield t
                    t.boost = boost
            if parts:
                t.variant, t.stopped = True, False
                for part in parts:
                    part_stem, part_verb = _stem_word(part, derive)
                    if part_stem == last_main:
                        continue
                    t.text, t.boost = part_stem, boost * part_boost
                    yield t
                    if part_verb is not None:
                        t.text, t.boost = part_verb, boost * part_boost * derive_boost
                        yield t
                t.boost, t.variant = boost, variant
