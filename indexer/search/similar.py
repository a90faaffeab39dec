"""Key terms of a text, for "similar documents": Whoosh's Bo1 expansion model, with each
word's collection frequency kept per index generation.

``Searcher.key_terms_from_text`` looks up the collection frequency of every distinct word of
the text in every segment's term table (two hash probes per word and segment): some 60 ms of
each document page for a speech of 2,000 distinct words. Most words of one document occur in
the next one too, so the frequencies are kept (per generation, where they cannot change) and
the model is applied as Whoosh applies it: the same terms and weights, in the same order. The
words not kept yet are looked up together, one vectorised search per segment, and each term's
frequency is read from the segment's sums of weights (summed once): half of a cold document
page's time went into these lookups one word at a time.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

from whoosh.classify import Bo1Model

#: Words whose collection frequency is kept per generation (some 100 bytes each). When full,
#: no more are added: the words met first, on the first pages opened, are the common ones.
FREQUENCY_CACHE = 200_000
_ABSENT = -1.0


class KeyTerms:
    """The key terms of texts of one index generation (one instance per generation)."""

    def __init__(self, size: int = FREQUENCY_CACHE) -> None:
        self.size = size
        self._kept: dict[str, float] = {}
        self._lock = threading.Lock()

    def of_text(
        self, reader: Any, fieldname: str, text: str, number: int
    ) -> list[tuple[str, float]]:
        """The ``number`` most important terms of ``text`` with their normalised weights:
        ``Searcher.key_terms_from_text(fieldname, text, number)`` (Bo1 model, normalised).

        ``reader`` is the calling thread's reader of this generation. Raises as Whoosh does
        (``ZeroDivisionError`` when no word of the text is in the index).
        """
        field = reader.schema[fieldname]
        weights: defaultdict[str, float] = defaultdict(float)
        total = 0.0
        for btext, _frequency, weight, _value in field.index(text):
            weights[field.from_bytes(btext)] += weight
            total += weight
        if not weights:
            return []
        model = Bo1Model(reader.doc_count_all(), reader.field_length(fieldname))
        frequencies = self._frequencies(reader, fieldname, field, list(weights))
        scored: list[tuple[float, str]] = []
        top = 0.0
        for word, weight in weights.items():
            frequency = frequencies[word]
            if frequency == _ABSENT:
                continue
            score = model.score(weight, frequency, total)
            top = max(top, score)
            scored.append((score, word))
        norm = model.normalizer(top, total)
        ranked = sorted(((score / norm, word) for score, word in scored),
                        key=lambda item: (-item[0], item[1]))
        return [(word, weight) for weight, word in ranked[:number]]

    def _frequencies(
        self, reader: Any, fieldname: str, field: Any, words: list[str]
    ) -> dict[str, float]:
        """The collection frequency of each word (``_ABSENT`` where no segment has it): the
        kept ones, the others looked up all at once in each segment where its term reader
        can (:meth:`indexer.engine.flatterms.FlatTermsReader.frequencies`), else one by one
        as Whoosh does."""
        kept = self._kept
        found = {word: kept[word] for word in words if word in kept}
        missing = [word for word in words if word not in found]
        if missing:
            looked_up = _looked_up(reader, fieldname, [field.to_bytes(w) for w in missing])
            if looked_up is None:
                looked_up = [self._one(reader, fieldname, field.to_bytes(w)) for w in missing]
            with self._lock:
                for word, value in zip(missing, looked_up, strict=True):
                    found[word] = value
                    if len(kept) < self.size:
                        kept[word] = value
        return found

    @staticmethod
    def _one(reader: Any, fieldname: str, btext: bytes) -> float:
        return float(reader.frequency(fieldname, btext)) if (fieldname, btext) in reader \
            else _ABSENT


def _looked_up(reader: Any, fieldname: str, btexts: list[bytes]) -> list[float] | None:
    """``reader.frequency`` of each term (``_ABSENT`` where no segment has it), summed over
    the segments in Whoosh's order; None where a segment's term reader cannot answer for
    many terms at once."""
    totals: list[float] = [0.0] * len(btexts)
    present = [False] * len(btexts)
    for leaf, _offset in reader.leaf_readers():
        batch = getattr(getattr(leaf, "_terms", None), "frequencies", None)
        values = batch(fieldname, btexts) if batch is not None else None
        if values is None:
            return None
        for i, value in enumerate(values):
            if value is not None:
                totals[i] += value
                present[i] = True
    return [total if here else _ABSENT for total, here in zip(totals, present, strict=True)]
