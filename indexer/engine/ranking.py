"""Ranking straight from the postings, as whole-array arithmetic instead of matcher trees.

Whoosh scores a query by walking a tree of matcher objects one document at a time, several
Python calls per posting and level. :class:`Ranker` computes the same BM25F scores per *term*
over whole posting lists, as numpy arrays over all documents of the index generation: each
block of postings is decoded once (ids and weights), field lengths come from one array per
field read once per generation, and the arithmetic is Whoosh's own ``bm25()`` in the same order,
so every term scores exactly as Whoosh scores it. Compound queries combine their parts' arrays
like Whoosh's matchers combine scores (a sum may differ from Whoosh's in the last bit where
Whoosh adds in another order).

A query's result is a :class:`Scored`: a boolean mask of the matching documents and their
scores (zero elsewhere). Masks make filters, facet counts and date ranges one vector operation
each; with 36,000 documents such an operation takes microseconds.

Quoted phrases are scored here too; their positions are matched by :mod:`indexer.engine.phrases`
(in the documents that hold every word only). Query types
without a fast path are scored by Whoosh's own matchers for that part of the tree, so every
query ranks; only the speed differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from math import log
from typing import Any

import numpy as np
from numpy.typing import NDArray
from whoosh import matching, scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    ConstantScoreQuery,
    Every,
    MultiTerm,
    NullQuery,
    Or,
    Phrase,
    Query,
    Require,
    Term,
)
from whoosh.query import Not as NotQuery
from whoosh.query.spans import SpanNear2, SpanOr
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from indexer.engine import phrases, postings
from indexer.engine.flat import FlatField, FlatSegment, unreadable
from indexer.engine.flatgroups import Unit, flat_units, index_folder
from indexer.engine.postings import Floats, Ids
from indexer.schema import flat_positions_only, has_positions

Mask = NDArray[np.bool_]

# --- parameters (the query language builds its queries with these) --------------------------------

#: BM25 parameters, tuned on principles: speeches vary a lot in length (B near the textbook
#: 0.75 normalises that); titles are short and repeated across a debate, so their length says
#: little (lower B); K1 a little above the textbook 1.2 because compound parts add frequency.
BM25_B = 0.75
BM25_K1 = 1.2
TITLE_B = 0.3
#: Query-time weights per field on top of the schema's index-time field boosts.
TITLE_WEIGHT = 1.0
PERSON_WEIGHT = 1.0
#: Score added per matched query word, so that documents with more of the words rank higher:
#: a soft coordination, about the BM25F of one occurrence of a word that 1 % of the documents
#: hold (idf ~4.6). Measured in ``bench/relevance.py`` on the Bundestag dev queries: a strict
#: tier per word (1000, every document with all words above every one with fewer) put the
#: speeches of a debate that never say one of the words ("Impfpflicht" without
#: "Pflegekräfte") below any speech that mentions both in passing: nDCG@10 0.866 and
#: Recall@100 0.774 against 0.902 and 0.807 with this bonus (3 and 10 gave 0.903/0.806 and
#: 0.879/0.803 there).
COVERAGE_BONUS = 5.0
#: A word held by at least this share of the documents is not counted for that bonus (it
#: still adds its BM25F): "Tarifbindung stärken" ranks the speeches on the Tarifbindung by
#: relevance, not first those that also say "stärken" -- the idea of Lucene's
#: ``CommonTermsQuery``. With the bonus above: 0.894/0.791 without, 0.902/0.807 with it.
COMMON_SHARE = 0.03
#: ... and at least this many times as many documents as the query's rarest word holds (in
#: "Schuldenbremse lockern" both count: 3.2 % against 1.2 %).
COMMON_RATIO = 3.0
#: Weight of the stemmed words that rank documents inside a phrase match.
PHRASE_CONTEXT_WEIGHT = 1.0
#: A compound's parts close together ("Grundsicherung für Kinder" for "Kindergrundsicherung"):
#: at most this many positions apart (stopwords count), in either order ...
NEAR_WINDOW = 4
#: ... scored as their words' BM25F times this weight ...
NEAR_WEIGHT = 0.5
#: ... and below the documents with the compound itself, which earn this much more (half of
#: :data:`COVERAGE_BONUS`: having the compound counts for less than having one more of the
#: query's words; with a tier above the bonus a speech with the compound but without the
#: query's other words would outrank one with all of them).
COMPOUND_TIER = COVERAGE_BONUS / 2


def weighting() -> scoring.WeightingModel:
    """The ranking model: BM25F with tuned parameters; title has its own length norm."""
    return scoring.BM25F(B=BM25_B, K1=BM25_K1, title_B=TITLE_B)


class Coverage(Or):  # type: ignore[misc]
    """Plain words: documents with more of the words first; among equals, by BM25F.

    Whoosh scores it as the ``Or`` it is: each word's BM25F plus a constant bonus per
    *counted* word found. A word that a large share of the documents hold ("stärken",
    "Zukunft", "Gesetz") is not counted (:meth:`of`'s ``counted``): it still adds its BM25F,
    but a speech lacking it is not put below every speech that has it — the common-terms
    idea of Lucene's ``CommonTermsQuery``. Named, so that :class:`Ranker` can see the
    structure: it adds the words' score arrays and the bonus times the number of counted
    words found, instead of one more array per bonus.
    """

    @classmethod
    def of(
        cls, words: Sequence[Query], bonus: float, counted: Sequence[bool] | None = None
    ) -> Coverage:
        """``words`` with a bonus for each of those marked in ``counted`` (default: all)."""
        marks = [True] * len(words) if counted is None else list(counted)
        bonuses = [ConstantScoreQuery(w, bonus) for w, c in zip(words, marks, strict=True) if c]
        return cls([*words, *bonuses])

    def _shape(self) -> tuple[list[Query], list[bool], float]:
        """(words, counted marks, bonus) as :meth:`of` laid them out; bonus 0.0 otherwise."""
        subs = list(self.subqueries)
        for size in range((len(subs) + 1) // 2, len(subs) + 1):
            words, tail = subs[:size], subs[size:]
            marks = _counted_marks(words, tail)
            if marks is not None:
                scores = {getattr(b, "score", None) for b in tail}
                score = scores.pop() if len(scores) == 1 else None
                if isinstance(score, (int, float)) and any(marks):
                    return words, marks, float(score)
        return subs, [False] * len(subs), 0.0

    @property
    def words(self) -> list[Query]:
        return self._shape()[0]

    @property
    def counted(self) -> list[bool]:
        """Per word: whether finding it earns the bonus."""
        return self._shape()[1]

    @property
    def bonus(self) -> float:
        """The bonus per word, or 0.0 if the subqueries no longer have the shape of :meth:`of`."""
        return self._shape()[2]


def _counted_marks(words: list[Query], tail: list[Query]) -> list[bool] | None:
    """Which ``words`` the bonus queries in ``tail`` stand for, in order; None if they don't."""
    marks = [False] * len(words)
    at = 0
    for item in tail:
        if type(item) is not ConstantScoreQuery:
            return None
        while at < len(words) and words[at] != item.child:
            at += 1
        if at == len(words):
            return None
        marks[at] = True
        at += 1
    return marks


class Near(Require):  # type: ignore[misc]
    """Documents where a word of each group occurs within ``window`` positions of a word of
    the other group, in either order; scored by ``scoring`` alone.

    ``groups`` are alternative forms in the positional field ``fieldname`` (the unstemmed
    ``exact`` field: "kinder", "kind"; "grundsicherung"). Whoosh evaluates it as what it is, a
    ``Require`` of ``scoring`` and an unordered ``SpanNear2``; :class:`Ranker` matches the
    positions from its flat arrays and takes the scores of ``scoring``.
    """

    def __init__(
        self, fieldname: str, groups: Sequence[Sequence[str]], window: int, scoring: Query
    ) -> None:
        self.fieldname = fieldname
        self.groups = tuple(tuple(g) for g in groups)
        self.window = window
        spans = [
            SpanOr([Term(fieldname, w) for w in group]) if len(group) > 1
            else Term(fieldname, group[0])
            for group in self.groups
        ]
        super().__init__(scoring, SpanNear2(spans, slop=window, ordered=False))

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is type(self)
            and isinstance(other, Near)
            and (other.fieldname, other.groups, other.window, other.a, other.boost)
            == (self.fieldname, self.groups, self.window, self.a, self.boost)
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.fieldname, self.groups, self.window, self.a))

    def __repr__(self) -> str:
        return f"Near({self.fieldname!r}, {self.groups!r}, {self.window}, {self.a!r})"

    def _again(self, scoring: Query) -> Near:
        return Near(self.fieldname, self.groups, self.window, scoring)

    def normalize(self) -> Query:
        return self._again(self.a.normalize())

    def with_boost(self, boost: float) -> Query:
        return self._again(self.a.with_boost(boost))

    def apply(self, fn: Any) -> Query:
        return self._again(fn(self.a))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        # Whoosh 2.7.4's Require.matcher builds an AndNotMatcher (the opposite of require)
        return matching.RequireMatcher(
            self.a.matcher(searcher, context),
            self.b.matcher(searcher, searcher.boolean_context()),
        )


_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True)
class Scored:
    """The documents a query matches (``mask``) and their scores (zero where not matched).

    Scores are cleared outside a mask by multiplying with it (``scores * mask``): exact for the
    finite scores of BM25F, and some twenty times faster than ``np.where`` with a scalar.
    """

    mask: Mask
    scores: Floats

    @property
    def total(self) -> int:
        return int(np.count_nonzero(self.mask))


class _Unsupported(Exception):
    """A query part this module does not evaluate itself."""


class Ranker:
    """Scores queries on one searcher (one index generation); thread-safe for reading."""

    def __init__(
        self,
        searcher: Searcher,
        norms: dict[str, Floats] | None = None,
        live: Mask | None = None,
        units: list[Unit] | None = None,
    ) -> None:
        """``norms``, ``live`` and ``units`` (:func:`indexer.engine.flatgroups.flat_units`: where
        postings are read from, segment by segment or group by group) may be shared by the
        rankers of one generation (pure data)."""
        self.searcher = searcher
        self.schema = searcher.schema
        self.weighting = searcher.weighting
        self.leaves: list[tuple[Any, int]] = [
            (s.reader(), offset) for s, offset in searcher.leaf_searchers()
        ]
        if units is None:
            units = flat_units(self.leaves, index_folder(searcher))
        self.units = units
        self._fields: dict[str, list[tuple[Any, int, FlatSegment | None, FlatField | None]]] = {}
        self._all_flat = all(flat is not None for _leaf, _offset, flat in self.units)
        #: (field, term bytes) -> the term's number in each unit's flat field (-1: absent)
        self._found: dict[tuple[str, bytes], list[int]] = {}
        self.size = searcher.reader().doc_count_all()
        self._norms: dict[str, Floats] = {} if norms is None else norms
        self.live = live_mask(self.leaves, self.size) if live is None else live
        # per searcher, not per document: any segment with deletions
        self._deletions = any(leaf.has_deletions() for leaf, _offset in self.leaves)
        self._bm25 = type(self.weighting) is BM25F

    # --- entry points ------------------------------------------------------------------------

    def rank(self, query: Query) -> Ranking:
        """All hits of ``query`` with their scores, ready to list the best of any subset."""
        return Ranking(self.scored(query))

    def scored(self, query: Query, memo: dict[Any, Any] | None = None) -> Scored:
        """Every matching document and its score."""
        return self._eval(query, {} if memo is None else memo)

    def docs(self, query: Query, memo: dict[Any, Any] | None = None) -> Mask:
        """The matching documents only (no scores computed where it can be avoided)."""
        return self._docs(query, {} if memo is None else memo)

    def mask_of(self, docs: Iterable[int]) -> Mask:
        """A document mask from document numbers."""
        return mask_of(docs, self.size)

    # --- evaluation --------------------------------------------------------------------------

    def _eval(self, query: Query, memo: dict[Any, Any]) -> Scored:
        try:
            cached = memo.get(query)
        except TypeError:  # unhashable
            return self._compute(query, memo)
        if cached is None:
            cached = memo[query] = self._compute(query, memo)
        result: Scored = cached
        return result

    def _compute(self, query: Query, memo: dict[Any, Any]) -> Scored:
        try:
            out = self._native(query, memo)
        except _Unsupported:
            return self._whoosh(query)
        boost = getattr(query, "boost", 1.0)
        unboosted = (Term, Every, ConstantScoreQuery, AndNot, MultiTerm, Phrase)
        if boost != 1.0 and not isinstance(query, unboosted):
            out = Scored(out.mask, out.scores * boost)
        return out

    def _native(self, query: Query, memo: dict[Any, Any]) -> Scored:  # noqa: C901
        kind = type(query)
        if query is NullQuery:
            return self._empty()
        if kind is Term:
            return self._term(query, memo)
        if kind is Phrase:
            return self._phrase(query, memo)
        if kind is Every and query.fieldname in (None, "", "*"):
            return Scored(self.live, _on(self.live, _constant(query.boost)))
        if kind is Or or kind is Coverage:
            if query.minmatch or query.scale:
                raise _Unsupported
            if kind is Coverage and query.bonus > 0:
                return self._coverage(query, memo)
            return self._or(query, memo)
        if kind is And:
            return self._and(query, memo)
        if kind is AndMaybe:
            required = self._eval(query.a, memo)
            optional = self._eval(query.b, memo)
            both = required.scores + optional.scores
            return Scored(required.mask, both * required.mask)
        if kind is AndNot:
            positive = self._eval(query.a, memo)
            mask = positive.mask & ~self._docs(query.b, memo)
            return Scored(mask, positive.scores * mask)
        if kind is ConstantScoreQuery:
            mask = self._docs(query.child, memo)
            return Scored(mask, _on(mask, _constant(query.score)))
        if kind is Near:
            return self._near(query, memo)
        raise _Unsupported

    def _empty(self) -> Scored:
        return Scored(np.zeros(self.size, dtype=np.bool_), np.zeros(self.size))

    def _sum(self, parts: list[Scored]) -> Scored:
        """A union: each document's scores added in the order of ``parts``."""
        if len(parts) < 2:
            return parts[0] if parts else self._empty()
        mask = parts[0].mask | parts[1].mask
        scores = parts[0].scores + parts[1].scores
        for part in parts[2:]:
            mask |= part.mask
            scores += part.scores  # zero where a part does not match: the sum stays exact
        return Scored(mask, scores)

    def _or(self, query: Or, memo: dict[Any, Any]) -> Scored:
        """A union. Its plain terms (also those of nested unions) are added in one pass.

        ``bincount`` adds each document's term scores in the order of the terms, as the
        nested unions would; the other parts follow as whole arrays.
        """
        terms: list[Term] = []
        others: list[Scored] = []
        for sub in _flat_or(query):
            if type(sub) is Term and self._scorable(sub):
                terms.append(sub)
            else:
                others.append(self._eval(sub, memo))
        if not terms:
            return self._sum(others)
        postings = [self._postings(t, memo) for t in terms]
        ids = np.concatenate([p[0] for p in postings])
        scores = np.concatenate(
            [self._term_scores(t, i, w) for t, (i, w) in zip(terms, postings, strict=True)]
        )
        summed = np.bincount(ids, weights=scores, minlength=self.size)  # float64 (weights)
        if len(scores) and scores.min() > 0:  # BM25F of a posting: then exactly the hits
            hit = summed > 0
        else:
            hit = np.bincount(ids, minlength=self.size).astype(np.bool_)
        return self._sum([Scored(hit, summed.astype(np.float64, copy=False)), *others])

    def _coverage(self, query: Coverage, memo: dict[Any, Any]) -> Scored:
        """Plain words: each word's BM25F, plus the bonus once per counted word it has."""
        shape, marks, bonus = query._shape()
        words = [self._eval(w, memo) for w in shape]
        found = words[0].mask.copy()
        counts = np.zeros(self.size, dtype=np.int16)
        scores = words[0].scores.copy()
        for word in words[1:]:
            found |= word.mask
            scores += word.scores
        for word, counted in zip(words, marks, strict=True):
            if counted:
                counts += word.mask
        scores += counts * bonus
        return Scored(found, scores)

    def _and(self, query: And, memo: dict[Any, Any]) -> Scored:
        positive = [q for q in query.subqueries if not isinstance(q, NotQuery)]
        negated = [q for q in query.subqueries if isinstance(q, NotQuery)]
        if not positive:
            raise _Unsupported
        parts = [self._eval(q, memo) for q in positive]
        mask = parts[0].mask.copy()
        scores = parts[0].scores.copy()  # scores of one matched document, added in order
        for part in parts[1:]:
            mask &= part.mask
            scores += part.scores
        for q in negated:
            mask &= ~self._docs(q.query, memo)
            scores += 1.0  # Whoosh's inverse matcher scores 1.0
        return Scored(mask, scores * mask)

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

    def _docs(self, query: Query, memo: dict[Any, Any]) -> Mask:  # noqa: C901
        try:
            cached = memo.get(query)
        except TypeError:
            cached = None
        if cached is not None:
            mask: Mask = cached.mask
            return mask
        kind = type(query)
        if kind is Term and self._plain_term(query):
            return self._mask(self._postings(query, memo)[0])
        if (kind is Or or kind is Coverage) and not query.minmatch:
            found = np.zeros(self.size, dtype=np.bool_)
            for q in query.subqueries:
                found |= self._docs(q, memo)
            return found
        if kind is ConstantScoreQuery:
            return self._docs(query.child, memo)
        if isinstance(query, MultiTerm) and query.field() in self.schema:
            return self._docs(self._expanded(query), memo)
        if kind in (Term, Every, And, AndMaybe, AndNot, Phrase, Near):
            return self._eval(query, memo).mask
        return self.mask_of(self.searcher.docs_for_query(query))

    def _whoosh(self, query: Query) -> Scored:
        """Scores from Whoosh's own matchers (what ``Searcher.search`` would compute)."""
        ids: list[int] = []
        values: list[float] = []
        context = self.searcher.context()
        for sub, offset in self.searcher.leaf_searchers():
            matcher = query.matcher(sub, context)
            while matcher.is_active():
                ids.append(offset + matcher.id())
                values.append(matcher.score())
                matcher.next()
        return self._sparse(np.array(ids, dtype=np.int64), np.array(values, dtype=np.float64))

    def _sparse(self, ids: Ids, values: Floats) -> Scored:
        scores = np.zeros(self.size)
        scores[ids] = values
        return Scored(self._mask(ids), scores)

    def _mask(self, ids: Ids) -> Mask:
        mask = np.zeros(self.size, dtype=np.bool_)
        mask[ids] = True
        return mask

    # --- terms -------------------------------------------------------------------------------

    def _plain_term(self, term: Term) -> bool:
        return term.fieldname in self.schema and not term.minquality

    def _postings(self, term: Term, memo: dict[Any, Any]) -> tuple[Ids, Floats]:
        """A term's postings across segments (global ids, weights; deleted documents dropped),
        read once per query."""
        key = ("postings", term.fieldname, term.text)
        found: tuple[Ids, Floats] | None = memo.get(key)
        if found is not None:
            return found
        field = self.schema[term.fieldname]
        try:
            text = field.to_bytes(term.text)
        except ValueError:
            text = None
        if text is None:
            ids, weights = np.zeros(0, dtype=np.int64), np.zeros(0)
        else:
            ids, weights = self._segment_postings(term.fieldname, text, memo)
        if self._deletions and len(ids):
            keep = self.live[ids]
            ids, weights = ids[keep], weights[keep]
        found = memo[key] = (ids, weights)
        return found

    def _segment_postings(
        self, name: str, text: bytes, memo: dict[Any, Any]
    ) -> tuple[Ids, Floats]:
        """A term's postings in every segment: from the flat arrays where a segment has them
        (:mod:`indexer.engine.flat`), decoded from its blocks otherwise."""
        doc_parts: list[Any] = []
        weight_parts: list[Any] = []
        offsets: list[int] = []
        segments = self._fields_of(name)
        terms = self._terms_in_segments(name, text)
        for (leaf, offset, flat, field), found in zip(segments, terms, strict=True):
            if field is not None:
                if found >= 0:
                    start, end = field.span(found)
                    doc_parts.append(field.docs[start:end])
                    weight_parts.append(field.weights_of(start, end))
                    offsets.append(offset)
            elif flat is None:  # no flat postings: the blocks (global numbers already)
                ids, weights = postings.from_blocks(self._blocks(memo)(leaf, name, text), offset)
                doc_parts.append(ids)
                weight_parts.append(weights)
                offsets.append(0)
        if not doc_parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        numbers: Ids = np.concatenate(doc_parts, dtype=np.int64)
        if any(offsets):
            numbers += np.repeat(offsets, [len(d) for d in doc_parts])
        return numbers, np.concatenate(weight_parts, dtype=np.float64)

    @staticmethod
    def _blocks(memo: dict[Any, Any]) -> phrases.BlockReader:
        """A term's blocks in a segment without flat postings, decoded once per query: its
        postings and its phrase positions come from the same blocks."""

        def read(leaf: Any, name: str, text: bytes) -> list[postings.Block]:
            key = ("blocks", id(leaf), name, text)
            found: list[postings.Block] | None = memo.get(key)
            if found is None:
                found = memo[key] = list(postings.blocks(leaf, name, text))
            return found

        return read

    def _terms_in_segments(self, name: str, text: bytes) -> list[int]:
        """The term's number in each segment's flat field (-1: absent or no flat postings)."""
        terms = self._found.get((name, text))
        if terms is None:
            terms = self._found[(name, text)] = [
                -1 if f is None else f.find(text) for _l, _o, _s, f in self._fields_of(name)
            ]
        return terms

    def _fields_of(self, name: str) -> list[tuple[Any, int, FlatSegment | None, FlatField | None]]:
        """Per unit (segment or group): reader (None for a group), first document number,
        flat postings and the field's part of them."""
        found = self._fields.get(name)
        if found is None:
            found = self._fields[name] = [
                (leaf, offset, flat, flat.field(name) if flat is not None else None)
                for leaf, offset, flat in self.units
            ]
        return found

    def _scorable(self, term: Term) -> bool:
        return self._plain_term(term) and self._bm25 and self.schema[term.fieldname].scorable

    def _term_scores(self, term: Term, ids: Ids, weights: Floats) -> Floats:
        """BM25F of a term for the given postings: Whoosh's ``bm25()``, operation by operation."""
        name = term.fieldname
        text = self.schema[name].to_bytes(term.text)
        k1 = self.weighting.K1
        idf = self._idf(name, text)
        # idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))), the last term
        # precomputed per document.
        scores: Floats = idf * ((weights * (k1 + 1)) / (weights + self._norm(name)[ids]))
        if term.boost != 1.0:
            scores = scores * term.boost
        return scores

    def _idf(self, name: str, text: bytes) -> float:
        """Whoosh's ``idf`` (``log(documents / (df + 1)) + 1``, df counting deleted postings
        as the term infos do), with df from the flat postings where every segment has them:
        Whoosh reads a term info per segment for it."""
        if not self._all_flat:
            idf: float = self.searcher.idf(name, text)
            return idf
        df = 0
        for (_leaf, _offset, _flat, field), term in zip(
            self._fields_of(name), self._terms_in_segments(name, text), strict=True
        ):
            if field is not None and term >= 0:
                start, end = field.span(term)
                df += end - start
        return log(self.size / (df + 1)) + 1

    def _term(self, term: Term, memo: dict[Any, Any]) -> Scored:
        if not self._scorable(term):
            raise _Unsupported
        ids, weights = self._postings(term, memo)
        return self._sparse(ids, self._term_scores(term, ids, weights))

    def _norm(self, name: str) -> Floats:
        """Per document: ``K1 * ((1 - B) + B * fl / avgfl)`` of Whoosh's BM25F for a field."""
        norms = self._norms.get(name)
        if norms is None:
            weighting = self.weighting
            b = weighting._field_B.get(name, weighting.B)
            k1 = weighting.K1
            avgfl = self.searcher.avg_field_length(name) or 1
            by_byte = np.array(
                [k1 * ((1 - b) + b * length / avgfl) for length in _LENGTH_OF_BYTE.tolist()]
            )
            lengths = b"".join(_length_bytes(leaf, name) for leaf, _offset in self.leaves)
            norms = by_byte[np.frombuffer(lengths, dtype=np.uint8)]
            self._norms[name] = norms
        return norms

    # --- phrases -----------------------------------------------------------------------------

    def _phrase(self, query: Phrase, memo: dict[Any, Any]) -> Scored:
        """Words at consecutive positions, scored like Whoosh's phrase matcher.

        Whoosh scores a phrase match as the sum of its words' BM25F (an intersection of term
        matchers, added as a balanced binary tree); positions are read only for the documents
        that contain every word (:func:`indexer.engine.phrases.phrase_docs`).
        """
        name = query.fieldname
        field = self.schema[name] if name in self.schema else None
        if field is None or query.slop != 1 or not self._bm25 or not field.scorable:
            raise _Unsupported
        if not has_positions(field):
            raise _Unsupported  # Whoosh raises its own "no positions" error
        terms = [Term(name, word) for word in query.words]
        read = [self._postings(t, memo) for t in terms]
        candidates = np.ones(self.size, dtype=np.bool_)
        for ids, _weights in read:
            candidates &= self._mask(ids)
        if candidates.any():
            words = [self._word(name, word) for word in query.words]
            # weights of a positions field count the positions: rarest word first
            sizes = [float(weights[candidates[ids]].sum()) for ids, weights in read]
            units = self._position_units(name)
            matched = phrases.phrase_docs(
                units, name, words, candidates, sizes, self._blocks(memo)
            )
        else:
            matched = np.zeros(0, dtype=np.int64)
        mask = self._mask(matched)
        # Every matched document is in each word's postings once, and all are ascending: the
        # words' scores of the matched documents line up, and are added as Whoosh adds them.
        parts = []
        for term, (ids, weights) in zip(terms, read, strict=True):
            keep = mask[ids]
            parts.append(self._term_scores(term, ids[keep], weights[keep]))
        summed = _tree_sum_arrays(parts)
        if query.boost != 1.0:
            summed = summed * query.boost
        scores = np.zeros(self.size)
        scores[matched] = summed
        return Scored(mask, scores)

    def _near(self, query: Near, memo: dict[Any, Any]) -> Scored:
        """:class:`Near` from positions: each group's (document, position) keys, then the
        documents where keys of two groups lie within the window."""
        name = query.fieldname
        if name not in self.schema or len(query.groups) != 2:
            raise _Unsupported
        field = self.schema[name]
        if not has_positions(field):
            raise _Unsupported
        scoring = self._eval(query.a, memo)
        units = self._position_units(name)
        blocks = self._blocks(memo)
        first, second = (
            np.unique(np.concatenate([
                phrases.word_keys(units, name, self._word(name, w), scoring.mask, blocks)
                for w in group
            ]))
            for group in query.groups
        )
        mask = self._mask(phrases.near_docs(first, second, query.window))
        return Scored(mask, scoring.scores * mask)

    def _word(self, name: str, word: str) -> phrases.Word:
        """A word's bytes in a field, and its term number in each unit's flat postings."""
        btext = self.schema[name].to_bytes(word)
        return btext, self._terms_in_segments(name, btext)

    def _position_units(self, name: str) -> list[phrases.PositionUnit]:
        """Where a field's positions are read: each unit's flat postings, or (for the units
        that have none) its blocks. Should a flat field lack positions, which the codec never
        writes, every segment's blocks are read instead."""
        units = self._fields_of(name)
        if all(field is None or field.positions is not None for _l, _o, _s, field in units):
            if flat_positions_only(self.schema[name]):
                for leaf, _offset, flat, _field in units:
                    if flat is None:  # Whoosh's blocks hold no positions of this field
                        raise unreadable(leaf, name)
            return units
        if flat_positions_only(self.schema[name]):
            leaf = next(leaf for leaf, _o, _s, field in units
                        if field is not None and field.positions is None)
            raise unreadable(leaf, name)
        return [(leaf, offset, None, None) for leaf, offset in self.leaves]


def _flat_or(query: Or) -> list[Query]:
    """The parts of a union, nested plain unions (no boost, no minimum) opened up."""
    parts: list[Query] = []
    for sub in query.subqueries:
        if type(sub) is Or and not (sub.minmatch or sub.scale) and sub.boost == 1.0:
            parts.extend(_flat_or(sub))
        else:
            parts.append(sub)
    return parts


def _tree_sum_arrays(parts: list[Floats]) -> Floats:
    """Aligned score arrays added as Whoosh's ``make_binary_tree`` of intersections adds them."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return _tree_sum_arrays(parts[:half]) + _tree_sum_arrays(parts[half:])


def _on(mask: Mask, value: float) -> Floats:
    """``value`` where the mask is set, zero elsewhere."""
    out: Floats = np.multiply(mask, value, dtype=np.float64)
    return out


def _constant(score: float) -> float:
    """The score of Whoosh's constant-score ``ListMatcher``: a constant of 0 scores 1.0."""
    return score or 1.0


def live_mask(leaves: list[tuple[Any, int]], size: int) -> Mask:
    """True for every document that is not deleted."""
    live = np.ones(size, dtype=np.bool_)
    for leaf, offset in leaves:
        if leaf.has_deletions():
            gone = np.fromiter(leaf._perdoc.deleted_docs(), dtype=np.int64)
            live[gone + offset] = False
    return live


def _length_bytes(leaf: Any, name: str) -> bytes:
    """The length bytes of a field for every document of one segment."""
    perdoc = leaf._perdoc
    size = leaf.doc_count_all()
    reader = perdoc._cached_reader(f"_{name}_len", LENGTHS_COLUMN)
    if reader is None:
        return bytes(size)
    raw = bytes(reader._dbfile.get(reader._basepos, reader._count))
    return raw + bytes(size - len(raw))


# --- rankings --------------------------------------------------------------------------------


class Ranking:
    """The hits of one query; lists the best of any subset of them by score."""

    def __init__(self, scored: Scored) -> None:
        self.scored = scored
        self.mask = scored.mask

    @property
    def total(self) -> int:
        return self.scored.total

    def top(self, pool: Mask | AbstractSet[int] | None, count: int) -> list[tuple[int, float]]:
        """The best ``count`` documents of ``pool`` (all hits if None): score, then docnum."""
        if count <= 0:
            return []
        mask = self.mask
        if pool is not None:
            mask = mask & (pool if isinstance(pool, np.ndarray) else mask_of(pool, len(mask)))
        ids = np.flatnonzero(mask)
        values = self.scored.scores[ids]
        if count < len(ids):
            threshold = np.partition(values, len(values) - count)[len(values) - count]
            keep = values >= threshold
            ids, values = ids[keep], values[keep]
        order = np.lexsort((ids, -values))[:count]  # score descending, then docnum
        return list(zip(ids[order].tolist(), values[order].tolist(), strict=True))


def mask_of(docs: Iterable[int], size: int) -> Mask:
    """A mask of ``size`` documents with ``docs`` set."""
    mask = np.zeros(size, dtype=np.bool_)
    mask[np.fromiter(docs, dtype=np.int64)] = True
    return mask
