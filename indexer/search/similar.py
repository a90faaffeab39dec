"""Key terms of a text, for "similar documents": Whoosh's Bo1 expansion model, with each
word's collection frequency kept per index generation.

``Searcher.key_terms_from_text`` looks up the collection frequency of every distinct word of
the text in every segment's term table (two hash probes per word and segment): some 60 ms of
each document page for a speech of 2,000 distinct words. Most words of one document occur in
the next one too, so the frequencies are kept (per generation, where they cannot change) and
the model is applied as Whoosh applies it: the same terms and weights, in the same order.
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
        self._frequencies: dict[str, float] = {}
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
        scored: list[tuple[float, str]] = []
        top = 0.0
        for word, weight in weights.items():
            frequency = self._frequency(reader, fieldname, field, word)
            if frequency == _ABSENT:
                continue
            score = model.score(weight, frequency, total)
            top = max(top, score)
            scored.append((score, word))
        norm = model.normalizer(top, total)
        ranked = sorted(((score / norm, word) for score, word in scored),
                        key=lambda item: (-item[0], item[1]))
        return [(word, weight) for weight, word in ranked[:number]]

    def _frequency(self, reader: Any, fieldname: str, field: Any, word: str) -> float:
        found = self._frequencies.get(word)
        if found is not None:
            return found
        btext = field.to_bytes(word)
        value = float(reader.frequency(fieldname, btext)) if (fieldname, btext) in reader \
            else _ABSENT
        with self._lock:
            if len(self._frequencies) < self.size:
                self._frequencies[word] = value
        return value
