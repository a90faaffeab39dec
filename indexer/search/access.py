"""The one access rule: which documents an audience may see.

Every search, count, suggestion and listing of :class:`~indexer.search.SearchService` is made
for an audience (:mod:`indexer.visibility`). Here that audience becomes a document mask, built
once per index generation from the ``visibility`` column, which the service ANDs into every
set of documents it answers from; and a :class:`VisibleVocabulary`, so that the query parser's
compound splits, typo corrections, "Meinten Sie …" and facet-value lookups know only the words
and values of documents the audience may see. A word that occurs only in internal documents
is, for the public, a word that occurs nowhere.

Members see every document: their mask is ``None`` (no restriction), and so is the public's on
an index without internal documents, so an installation without them pays nothing.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.query import Term

from indexer.engine.columns import column_values, raw_text_column
from indexer.engine.ranking import Mask, Ranker
from indexer.query.parser import Vocabulary
from indexer.visibility import MEMBERS, PUBLIC

#: Visible document counts of words kept per generation (for the public's vocabulary).
COUNT_CACHE = 50_000


class Access:
    """The documents each audience may see in one index generation."""

    def __init__(self, reader: Any, live: Mask) -> None:
        size = reader.doc_count_all()
        rows = _public_rows(reader, size)
        public = rows & live
        public.flags.writeable = False  # shared by every search of this generation
        #: Internal rows, deleted ones included (their words stay in the term dictionary
        #: until a merge drops them, so they must not reach the public's vocabulary either);
        #: 0: nothing to hide.
        self.internal = size - int(np.count_nonzero(rows))
        #: Rows the public may not see, deleted ones included (Whoosh's document
        #: frequencies count deleted documents until a merge drops them).
        self.hidden = size - int(np.count_nonzero(public))
        self._public = public if self.internal else None
        self.counts: dict[tuple[str, str], int] = {}
        self.values: dict[str, list[str]] = {}

    def mask(self, audience: str) -> Mask | None:
        """The documents ``audience`` may see, ``None`` for all of them. Any audience but
        members is the public (an unknown one fails closed)."""
        return None if audience == MEMBERS else self._public

    def may_see(self, audience: str, docnum: int) -> bool:
        mask = self.mask(audience)
        return mask is None or bool(mask[docnum])


class VisibleVocabulary(Vocabulary):
    """The index's words and facet values as far as the visible documents hold them."""

    def __init__(self, reader: Any, access: Access, mask: Mask, ranker: Ranker,
                 facet_values: Any) -> None:
        super().__init__(reader)
        self.access, self.mask, self.ranker = access, mask, ranker
        self._facet_values = facet_values

    def has(self, fieldname: str, text: str) -> bool:
        if not super().has(fieldname, text):
            return False
        # More documents hold it than the public may not see: one of them is visible.
        if super().doc_frequency(fieldname, text) > self.access.hidden:
            return True
        return self.doc_frequency(fieldname, text) > 0

    def doc_frequency(self, fieldname: str, text: str) -> int:
        key = (fieldname, text)
        counts = self.access.counts
        found = counts.get(key)
        if found is None:
            if not super().has(fieldname, text):
                found = 0
            else:
                docs = self.ranker.docs(Term(fieldname, text))
                found = int(np.count_nonzero(docs & self.mask))
            if len(counts) >= COUNT_CACHE:
                counts.clear()
            counts[key] = found
        return found

    def doc_count(self) -> int:
        return int(np.count_nonzero(self.mask))

    def terms_within(self, fieldname: str, text: str, maxdist: int) -> set[str]:
        return {t for t in super().terms_within(fieldname, text, maxdist)
                if self.has(fieldname, t)}

    def values(self, fieldname: str) -> list[str]:
        known = self.access.values.get(fieldname)
        if known is None:
            counted = self._facet_values(fieldname, self.mask)
            known = self.access.values[fieldname] = sorted(counted)
        return known


def _public_rows(reader: Any, size: int) -> Mask:
    """Rows whose visibility is öffentlich (or empty: the default)."""
    shown = {b"", PUBLIC.encode("utf-8")}
    raws = raw_text_column(reader, "visibility", size)
    if raws is not None:
        return np.fromiter((r in shown for r in raws), dtype=np.bool_, count=size)
    return np.fromiter(
        (not v or v[0] == PUBLIC for v in column_values(reader, "visibility", size)),
        dtype=np.bool_, count=size,
    )
