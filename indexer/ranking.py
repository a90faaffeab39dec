"""Ranking straight from the postings, without Whoosh's per-document matcher trees.

Whoosh scores a query by walking a tree of matcher objects one document at a time, several
Python calls per posting and level. :class:`Ranker` computes the same BM25F scores per *term*
over whole posting lists: each block of postings is decoded once (ids and weights), field
lengths come from one array per field read once per index generation, and the arithmetic is
Whoosh's own ``bm25()`` in the same order, so every term scores exactly as Whoosh scores it.
Compound queries add their parts' scores like Whoosh's matchers (a sum may differ from
Whoosh's in the last bit where Whoosh adds in another order).

Plain multi-word queries (:class:`indexer.query.Coverage`) rank documents with more of the
words first. When the BM25F part provably stays below one coverage step, documents are tiered
by how many words they contain and only the tiers a page reaches are scored.

Query types without a fast path here are scored by Whoosh's own matchers for that part of the
tree, so every query ranks; only the speed differs.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress, repeat
from operator import add, mul, truediv
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    ConstantScoreQuery,
    Every,
    MultiTerm,
    NullQuery,
    Or,
    Query,
    Term,
)
from whoosh.query import Not as NotQuery
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from indexer.query import Coverage

Scores = dict[int, float]

_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


class _Unsupported(Exception):
    """A query part this module does not evaluate itself."""


class Ranker:
    """Scores queries on one searcher (one index generation); thread-safe for reading."""

    def __init__(self, searcher: Searcher, norms: dict[str, list[float]] | None = None) -> None:
        """``norms`` may be shared by the rankers of one index generation (pure data)."""
        self.searcher = searcher
        self.schema = searcher.schema
        self.weighting = searcher.weighting
        self.leaves: list[tuple[Any, int]] = [
            (s.reader(), offset) for s, offset in searcher.leaf_searchers()
        ]
        self.size = searcher.reader().doc_count_all()
        self._norms: dict[str, list[float]] = {} if norms is None else norms
        self._bm25 = type(self.weighting) is BM25F

    # --- entry points ------------------------------------------------------------------------

    def rank(self, query: Query) -> Ranking:
        """All hits of ``query`` with what it takes to list them by score.

        The ranking keeps only data; methods that still read the index take the ranker of the
        calling thread (Whoosh readers are not shared between threads).
        """
        memo: dict[Any, Any] = {}
        if type(query) is Coverage and self._tiers_are_strict(query):
            return _TieredRanking(self, query, memo)
        return _ScoredRanking(self.scores(query, memo))

    def scores(self, query: Query, memo: dict[Any, Any] | None = None) -> Scores:
        """Every matching document's score (global document numbers)."""
        return self._eval(query, {} if memo is None else memo)

    def docs(self, query: Query, memo: dict[Any, Any] | None = None) -> AbstractSet[int]:
        return self._docs(query, {} if memo is None else memo)

    def within(self, query: Query, only: AbstractSet[int], memo: dict[Any, Any]) -> Scores:
        """The scores of the documents in ``only`` (those the query matches)."""
        kind = type(query)
        if kind is Term and self._scorable(query):
            return self._term(query, memo, only)
        if kind is Or and not (query.minmatch or query.scale):
            out = _sum([self.within(q, only, memo) for q in query.subqueries])
            if query.boost != 1.0:
                out = dict(zip(out, map(mul, out.values(), repeat(query.boost)), strict=False))
            return out
        full = self._eval(query, memo)
        return {d: full[d] for d in only & full.keys()}

    # --- evaluation --------------------------------------------------------------------------

    def _eval(self, query: Query, memo: dict[Any, Any]) -> Scores:
        try:
            cached = memo.get(query)
        except TypeError:  # unhashable
            return self._compute(query, memo)
        if cached is None:
            cached = memo[query] = self._compute(query, memo)
        return cached

    def _compute(self, query: Query, memo: dict[Any, Any]) -> Scores:
        try:
            out = self._native(query, memo)
        except _Unsupported:
            return self._whoosh(query)
        boost = getattr(query, "boost", 1.0)
        unboosted = (Term, Every, ConstantScoreQuery, AndNot, MultiTerm)
        if boost != 1.0 and not isinstance(query, unboosted):
            out = dict(zip(out, map(mul, out.values(), repeat(boost)), strict=False))
        return out

    def _native(self, query: Query, memo: dict[Any, Any]) -> Scores:
        kind = type(query)
        if query is NullQuery:
            return {}
        if kind is Term:
            return self._term(query, memo)
        if kind is Every and query.fieldname in (None, "", "*"):
            score = _constant(query.boost)
            return {offset + d: score for leaf, offset in self.leaves for d in leaf.all_doc_ids()}
        if kind is Or or kind is Coverage:
            if query.minmatch or query.scale:
                raise _Unsupported
            return _sum([self._eval(q, memo) for q in query.subqueries])
        if kind is And:
            return self._and(query, memo)
        if kind is AndMaybe:
            required = self._eval(query.a, memo)
            optional = self._eval(query.b, memo)
            return _add_where(dict(required), optional)
        if kind is AndNot:
            positive = self._eval(query.a, memo)
            excluded = self._docs(query.b, memo)
            return {d: s for d, s in positive.items() if d not in excluded}
        if kind is ConstantScoreQuery:
            return dict.fromkeys(self._docs(query.child, memo), _constant(query.score))
        raise _Unsupported

    def _expanded(self, query: MultiTerm) -> Query:
        """A prefix, wildcard or fuzzy term's documents as an ``Or`` of its terms.

        For the documents only: Whoosh scores these per segment by BM25F or by a constant,
        depending on the segment's size and the number of terms, so they are scored by Whoosh.
        """
        name = query.field()
        field = self.schema[name]
        words = [w for w in query._btexts(self.searcher.reader()) if w]
        terms = [Term(name, field.from_bytes(w)) for w in words]
        if not terms:
            return NullQuery
        return terms[0] if len(terms) == 1 else Or(terms, boost=query.boost)

    def _and(self, query: And, memo: dict[Any, Any]) -> Scores:
        positive = [q for q in query.subqueries if not isinstance(q, NotQuery)]
        negated = [q for q in query.subqueries if isinstance(q, NotQuery)]
        if not positive:
            raise _Unsupported
        parts: list[Scores] = [self._eval(q, memo) for q in positive]
        sizes = [len(p) for p in parts]
        common = set(parts[sizes.index(min(sizes))])
        for part in parts:
            common.intersection_update(part)
        for q in negated:
            common.difference_update(self._docs(q.query, memo))
        out: Scores = {}
        for d in common:
            total = parts[0][d]
            for part in parts[1:]:
                total = total + part[d]
            for _ in negated:  # Whoosh's inverse matcher scores 1.0
                total = total + 1.0
            out[d] = total
        return out

    def _docs(self, query: Query, memo: dict[Any, Any]) -> AbstractSet[int]:
        """The matching documents only (no scores needed)."""
        try:
            cached = memo.get(query)
        except TypeError:
            cached = None
        if cached is not None:
            keys: AbstractSet[int] = cached.keys()
            return keys
        kind = type(query)
        if kind is Term and self._plain_term(query):
            return set(self._postings(query, memo)[0])
        if (kind is Or or kind is Coverage) and not query.minmatch:
            found: set[int] = set()
            for q in query.subqueries:
                found.update(self._docs(q, memo))
            return found
        if kind is ConstantScoreQuery:
            return self._docs(query.child, memo)
        if isinstance(query, MultiTerm) and query.field() in self.schema:
            return self._docs(self._expanded(query), memo)
        if kind is Term or kind is Every or kind is And or kind is AndMaybe or kind is AndNot:
            return self._eval(query, memo).keys()
        return set(self.searcher.docs_for_query(query))

    def _whoosh(self, query: Query) -> Scores:
        """Scores from Whoosh's own matchers (what ``Searcher.search`` would compute)."""
        out: Scores = {}
        context = self.searcher.context()
        for sub, offset in self.searcher.leaf_searchers():
            matcher = query.matcher(sub, context)
            while matcher.is_active():
                out[offset + matcher.id()] = matcher.score()
                matcher.next()
        return out

    # --- terms -------------------------------------------------------------------------------

    def _plain_term(self, term: Term) -> bool:
        return term.fieldname in self.schema and not term.minquality

    def _postings(self, term: Term, memo: dict[Any, Any]) -> tuple[list[int], list[float]]:
        """A term's postings across segments (global ids, weights), read once per query."""
        key = ("postings", term.fieldname, term.text)
        found = memo.get(key)
        if found is None:
            ids: list[int] = []
            weights: list[float] = []
            field = self.schema[term.fieldname]
            try:
                text = field.to_bytes(term.text)
            except ValueError:
                text = None
            if text is not None:
                for leaf, offset in self.leaves:
                    _postings(leaf, term.fieldname, text, offset, ids, weights)
            found = memo[key] = (ids, weights)
        return found

    def _scorable(self, term: Term) -> bool:
        return (
            self._plain_term(term) and self._bm25 and self.schema[term.fieldname].scorable
        )

    def _term(
        self, term: Term, memo: dict[Any, Any], only: AbstractSet[int] | None = None
    ) -> Scores:
        """BM25F scores of a term's documents (of those in ``only`` if given)."""
        if not self._scorable(term):
            raise _Unsupported
        name = term.fieldname
        ids, weights = self._postings(term, memo)
        if not ids:
            return {}
        if only is not None:
            key = ("weights", term.fieldname, term.text)
            by_id = memo.get(key)
            if by_id is None:
                by_id = memo[key] = dict(zip(ids, weights, strict=False))
            ids = list(by_id.keys() & only)
            weights = list(map(by_id.__getitem__, ids))
        text = self.schema[name].to_bytes(term.text)
        weighting = self.weighting
        k1 = weighting.K1
        idf = self.searcher.idf(name, text)
        norms = self._norm(name)
        # Whoosh's bm25(): idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))),
        # the last term precomputed per document; the same operations in the same order.
        numerators = map(mul, weights, repeat(k1 + 1))
        denominators = map(add, weights, map(norms.__getitem__, ids))
        scores = map(mul, repeat(idf), map(truediv, numerators, denominators))
        if term.boost != 1.0:
            scores = map(mul, scores, repeat(term.boost))
        return dict(zip(ids, scores, strict=False))

    def _norm(self, name: str) -> list[float]:
        """Per document: ``K1 * ((1 - B) + B * fl / avgfl)`` of Whoosh's BM25F for a field."""
        norms = self._norms.get(name)
        if norms is None:
            weighting = self.weighting
            b = weighting._field_B.get(name, weighting.B)
            k1 = weighting.K1
            avgfl = self.searcher.avg_field_length(name) or 1
            by_byte = [k1 * ((1 - b) + b * length / avgfl) for length in _LENGTH_OF_BYTE]
            norms = []
            for leaf, _offset in self.leaves:
                norms.extend(map(by_byte.__getitem__, _length_bytes(leaf, name)))
            self._norms[name] = norms
        return norms

    # --- coverage tiers ----------------------------------------------------------------------

    def _tiers_are_strict(self, query: Any) -> bool:
        """True when no document's BM25F part can reach one coverage step.

        BM25's term factor ``tf * (K1 + 1) / (tf + ...)`` stays below ``K1 + 1``, so a term
        scores less than ``idf * (K1 + 1) * boost``; a word scores at most its terms' sum.
        """
        if not self._bm25 or query.bonus <= 0:
            return False
        ceiling = 0.0
        for word in query.words:
            ceiling += self._ceiling(word)
        return bool(ceiling < query.bonus)

    def _ceiling(self, query: Query) -> float:
        kind = type(query)
        if kind is Term:
            field = self.schema[query.fieldname] if query.fieldname in self.schema else None
            if field is None or not field.scorable:
                return float("inf")
            try:
                text = field.to_bytes(query.text)
            except ValueError:
                return 0.0
            if (query.fieldname, text) not in self.searcher.reader():
                return 0.0
            idf = self.searcher.idf(query.fieldname, text)
            return float(max(idf, 0.0) * (self.weighting.K1 + 1) * query.boost)
        if kind in (Or, And):
            return float(sum(self._ceiling(q) for q in query.subqueries) * query.boost)
        return float("inf")


def _constant(score: float) -> float:
    """The score of Whoosh's constant-score ``ListMatcher``: a constant of 0 scores 1.0."""
    return score or 1.0


def _length_bytes(leaf: Any, name: str) -> bytes:
    """The length bytes of a field for every document of one segment."""
    perdoc = leaf._perdoc
    size = leaf.doc_count_all()
    reader = perdoc._cached_reader(f"_{name}_len", LENGTHS_COLUMN)
    if reader is None:
        return bytes(size)
    raw = bytes(reader._dbfile.get(reader._basepos, reader._count))
    return raw + bytes(size - len(raw))


def _postings(
    leaf: Any,
    name: str,
    text: bytes,
    offset: int,
    ids: list[int],
    weights: list[float] | None,
) -> None:
    """Append one segment's postings of a term (global ids; deleted documents left out)."""
    if (name, text) not in leaf:
        return
    matcher = leaf._terms.matcher(name, text, leaf.schema[name].format)
    start = len(ids)
    if type(matcher) is W3LeafMatcher and not matcher._byteids:
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            block = matcher._data
            deltas = accumulate(block[0])
            ids.extend(map(offset.__add__, deltas) if offset else deltas)
            if weights is not None:
                matcher._read_weights()
                weights.extend(matcher._weights)
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(offset + matcher.id())
            if weights is not None:
                weights.append(matcher.weight())
            matcher.next()
    deleted = leaf._perdoc.deleted_docs() if leaf.has_deletions() else ()
    if deleted:
        gone = {offset + d for d in deleted}
        keep = [d not in gone for d in ids[start:]]
        ids[start:] = compress(ids[start:], keep)
        if weights is not None:
            weights[start:] = compress(weights[start:], keep)


def _sum(parts: Sequence[Scores]) -> Scores:
    """Scores of a union: each document's scores added in the order of ``parts``."""
    parts = [p for p in parts if p]
    if not parts:
        return {}
    out = dict(parts[0])
    for part in parts[1:]:
        _add_where(out, part, new=True)
    return out


def _add_where(into: Scores, other: Scores, new: bool = False) -> Scores:
    """Add ``other``'s scores to the documents of ``into`` (and take its others if ``new``)."""
    common = into.keys() & other.keys()
    for d in common:
        into[d] = into[d] + other[d]
    if new:
        fresh = other.keys() - common
        into.update(zip(fresh, map(other.__getitem__, fresh), strict=False))
    return into


# --- rankings --------------------------------------------------------------------------------


class Ranking:
    """The hits of one query; lists the best of any subset of them by score."""

    docs: AbstractSet[int]

    def top(
        self, ranker: Ranker, pool: AbstractSet[int] | None, count: int
    ) -> list[tuple[int, float]]:
        """The best ``count`` documents of ``pool`` (all hits if None): score, then docnum.

        ``ranker`` is the calling thread's ranker on the same index generation.
        """
        raise NotImplementedError


class _ScoredRanking(Ranking):
    def __init__(self, scores: Scores) -> None:
        self.scores = scores
        self.docs = scores.keys()

    def top(
        self, ranker: Ranker, pool: AbstractSet[int] | None, count: int
    ) -> list[tuple[int, float]]:
        return _best(self.scores, pool, count)


def _best(scores: Scores, pool: AbstractSet[int] | None, count: int) -> list[tuple[int, float]]:
    """Top ``count`` by score descending, ties by docnum ascending; C-level passes only."""
    if count <= 0 or not scores:
        return []
    keys = list(scores) if pool is None else list(scores.keys() & pool)
    if not keys:
        return []
    values = list(map(scores.__getitem__, keys))
    if count < len(values):
        threshold = heapq.nlargest(count, values)[-1]
        keys = list(compress(keys, map(threshold.__le__, values)))
    keys.sort()
    keys.sort(key=scores.__getitem__, reverse=True)  # stable: ties keep docnum order
    return [(d, scores[d]) for d in keys[:count]]


class _TieredRanking(Ranking):
    """Coverage queries: documents by number of words found, scored one tier at a time."""

    def __init__(self, ranker: Ranker, query: Any, memo: dict[Any, Any]) -> None:
        self.memo = memo
        self.words: list[Query] = list(query.words)
        self.bonus: float = query.bonus
        self.word_docs = [ranker.docs(w, memo) for w in self.words]
        counts: Counter[int] = Counter()
        for docs in self.word_docs:
            counts.update(docs)
        self.counts = counts
        self.docs = counts.keys()
        self._tiers: dict[int, set[int]] = {}
        self._scored: Scores = {}

    def tier(self, n: int) -> set[int]:
        """Documents with exactly ``n`` of the words."""
        found = self._tiers.get(n)
        if found is None:
            if n == len(self.words):
                found = set.intersection(*map(set, self.word_docs))
            else:
                found = set(compress(self.counts.keys(), map(n.__eq__, self.counts.values())))
            self._tiers[n] = found
        return found

    def _score(self, ranker: Ranker, docs: AbstractSet[int]) -> Scores:
        """Exact scores (as the whole coverage query scores them) of some documents."""
        scored = self._scored
        todo = docs - scored.keys()
        if todo:
            memo, bonus = self.memo, self.bonus
            parts = _sum([ranker.within(w, todo, memo) for w in self.words])
            counts = self.counts
            for d in todo:
                scored[d] = parts.get(d, 0.0) + counts[d] * bonus
        return scored

    def top(
        self, ranker: Ranker, pool: AbstractSet[int] | None, count: int
    ) -> list[tuple[int, float]]:
        out: list[tuple[int, float]] = []
        for n in range(len(self.words), 0, -1):
            if len(out) >= count:
                break
            members = self.tier(n)
            if pool is not None:
                members = members & pool
            if members:
                out.extend(_best(self._score(ranker, members), members, count - len(out)))
        return out

