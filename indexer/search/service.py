"""Search with filters, facets, sorting and paging — shared by the CLI, the web app and the API.

Facet counts follow the usual faceted-search rule: values within one facet are OR-ed, facets are
AND-ed, and each facet is counted over the hits filtered by every *other* facet, so the other
values of a facet stay visible after one is selected.
"""

from __future__ import annotations

import copy
import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import Any

import numpy as np
from whoosh.index import Index
from whoosh.query import Or, Term
from whoosh.searching import Searcher

from indexer.engine.columns import stored_records
from indexer.engine.documents import from_stored, text_rest
from indexer.engine.postings import Ids
from indexer.engine.ranking import Mask, Ranking, weighting
from indexer.engine.store import IndexStore
from indexer.isodate import bound
from indexer.query.parser import ParsedQuery, Vocabulary, parse_query
from indexer.search.access import VisibleVocabulary
from indexer.search.cache import Generation
from indexer.search.candidacies import Candidacy, Details, details_from_stored, rows
from indexer.search.highlight import DocumentHighlights, Highlighter, QueryTerms
from indexer.search.memory import keep_freed_memory
from indexer.search.passages import hit_positions, part_counts
from indexer.search.people import PersonSummary, person_summaries
from indexer.search.types import FACETS, MAX_PAGE_SIZE, FacetValue, Hit, SearchRequest, SearchResult
from indexer.visibility import PUBLIC

#: Key terms of a document that make its more-like-this query.
MLT_TERMS = 20
#: Characters of a document its key terms are taken from (a long speech's length). Whoosh
#: analyses the text and looks up each distinct word's frequency: a whole 50 MB protocol
#: took a quarter of a minute, on its page and in warm-up; 200,000 characters still 3 s.
MLT_CHARS = 50_000
#: The document type of candidacy statements and list announcements.
CANDIDACY = "candidacy"


class _Shared:
    """What the audience views of one service share: the open index and its generations."""

    def __init__(self) -> None:
        self.ix: Index | None = None
        self.data: str | None = None
        self.generations: dict[tuple[str, int], Generation] = {}


class SearchService:
    """Opens the index lazily, reuses a searcher per thread, and reopens when the index changes.

    New documents committed by the CLI while the web app runs show up on the next request.

    Every answer is made for one ``audience`` (:mod:`indexer.visibility`): the public sees
    ``öffentlich`` documents only, members every document. It is the default that fails
    closed; the CLI, which runs as the index's owner, asks for members. The rule itself lives
    in :mod:`indexer.search.access`; :meth:`for_audience` gives a view of the same service
    (same index, searchers and caches) for another audience, as the web app does per request.
    """

    def __init__(self, store: IndexStore, audience: str = PUBLIC) -> None:
        self.store = store
        self.audience = audience
        keep_freed_memory()  # per-query arrays reuse freed memory (see indexer.search.memory)
        self.highlighter = Highlighter()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._shared = _Shared()
        self._build_lock = threading.Lock()

    def for_audience(self, audience: str) -> SearchService:
        """This service, answering for ``audience`` (shares everything else)."""
        if audience == self.audience:
            return self
        view = copy.copy(self)
        view.audience = audience
        return view

    @property
    def _data(self) -> str | None:
        return self._shared.data

    def _index(self) -> Index:
        data = self.store.manifest().data
        with self._lock:
            shared = self._shared
            if shared.ix is None or data != shared.data:
                shared.ix = self.store.open()
                shared.data = data
            return shared.ix

    def searcher(self) -> Searcher:
        """This thread's searcher, refreshed if the index changed since it was opened."""
        ix = self._index()
        current: Searcher | None = getattr(self._local, "searcher", None)
        if current is not None and getattr(self._local, "data", None) == self._data:
            if not current.up_to_date():
                current = current.refresh()
        else:
            if current is not None:
                current.close()
            current = ix.searcher(weighting=weighting())
        self._local.searcher = current
        self._local.data = self._data
        return current

    def generation(self, searcher: Searcher) -> Generation:
        """Shared data of the searcher's index generation (built on first use)."""
        key = (self._data or "", searcher.reader().generation())
        with self._lock:
            current = self._shared.generations.get(key)
        if current is not None:
            return current
        # One thread builds it (a second or more on a large index); the others wait for it.
        with self._build_lock:
            with self._lock:
                current = self._shared.generations.get(key)
            if current is None:
                current = Generation(searcher)
                with self._lock:
                    self._shared.generations = {key: current}
        return current

    def visible(self, searcher: Searcher) -> Mask | None:
        """The documents this service's audience may see (``None``: all of them).

        Anything that lists, counts or suggests from the index outside the methods below
        must AND this in (the person and candidacy lists do).
        """
        return self.generation(searcher).access.mask(self.audience)

    def may_see(self, searcher: Searcher, docnum: int) -> bool:
        """May this service's audience see document ``docnum``?"""
        return self.generation(searcher).access.may_see(self.audience, docnum)

    def parse(self, q: str, searcher: Searcher | None = None) -> ParsedQuery:
        """A query parsed with what this audience may know of the index's words."""
        searcher = searcher or self.searcher()
        return parse_query(q, searcher, self._vocabulary(searcher))

    def _vocabulary(self, searcher: Searcher) -> Vocabulary | None:
        generation = self.generation(searcher)
        mask = generation.access.mask(self.audience)
        if mask is None:
            return None
        return VisibleVocabulary(
            searcher.reader(), generation.access, mask, generation.ranker(searcher),
            generation.facets.count,
        )

    def forget_queries(self) -> None:
        """Forget cached query results (benchmarks measure new queries with it)."""
        with self._lock:
            generations = list(self._shared.generations.values())
        for generation in generations:
            generation.forget_queries()

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The whole document, its full text included (hits carry only its beginning)."""
        searcher = self.searcher()
        docnum = searcher.document_number(id=doc_id)
        if docnum is None or not self.may_see(searcher, docnum):
            return None  # an internal document does not exist for the public
        stored = searcher.stored_fields(docnum)
        if not stored:
            return None
        rest = text_rest(searcher.reader(), docnum, stored.get("text") or "")
        return from_stored(stored, rest)

    def highlights(
        self, doc_id: str, q: str, part_positions: Sequence[int] | None = None
    ) -> DocumentHighlights:
        """A document's text with the query's highlights: the query's terms, a marker for any
        stretch of the text and, given the token positions where the parts of a long text
        begin, the hits per part as the index counts them (so only the part shown is read).
        """
        searcher = self.searcher()
        if not q.strip():
            return DocumentHighlights(QueryTerms(frozenset(), frozenset()), None, self.highlighter)
        terms = QueryTerms.from_query(self.parse(q, searcher).query)
        hits = None
        if terms and part_positions is not None:
            docnum = searcher.document_number(id=doc_id)
            if docnum is not None:
                found = hit_positions(searcher, docnum, terms, self.highlighter)
                hits = part_counts(found, list(part_positions))
        return DocumentHighlights(terms, hits, self.highlighter)

    def stored_documents(self) -> Iterator[dict[str, Any]]:
        """Every visible document's stored fields, in index order (for ``list``)."""
        searcher = self.searcher()
        mask = self.visible(searcher)
        reader = searcher.reader()
        for docnum in reader.all_doc_ids():
            if mask is None or mask[docnum]:
                yield reader.stored_fields(docnum)

    def renamed(self, old_id: str) -> str | None:
        """The current id of the one document whose earlier id was ``old_id`` (else None:
        an old id that now names several documents leads nowhere rather than astray)."""
        searcher = self.searcher()
        numbers = [n for n in searcher.document_numbers(alias=old_id)
                   if self.may_see(searcher, n)]
        if len(numbers) != 1:
            return None
        stored = searcher.stored_fields(numbers[0])
        return str(stored["id"]) if stored and stored.get("id") else None

    def search(self, request: SearchRequest, max_page_size: int = MAX_PAGE_SIZE) -> SearchResult:
        """Run one search; ``max_page_size`` is raised only by batch evaluation runs."""
        request.validate(max_page_size)
        started = time.perf_counter()
        searcher = self.searcher()
        parsed = self.parse(request.q, searcher)
        result = _run(searcher, parsed, request, self)
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    def iter_hits(
        self,
        request: SearchRequest,
        *,
        order: str | None = None,
        limit: int | None = None,
        snippets: bool = False,
        within: Mask | None = None,
    ) -> Iterator[Hit]:
        """Every hit of a search (not only one page), in the request's sort order.

        ``order="indexed"`` lists the most recently indexed documents first (for feeds).
        ``request.page`` and ``request.page_size`` are ignored. ``within`` narrows the hits
        to a set of documents no facet expresses. For exports, feeds and lists.
        """
        request.validate()
        searcher = self.searcher()
        parsed = self.parse(request.q, searcher)
        found = _matched(searcher, parsed, request, self)
        if within is not None:
            found = replace(found, matched=found.matched & within)
        if not found.matched.any():
            return
        terms = QueryTerms.from_query(parsed.query)
        generation = self.generation(searcher)
        ordered: Iterable[tuple[int, float | None]]
        if order == "indexed":
            recent = generation.indexed_order(searcher)
            ordered = ((d, None) for d in recent[found.matched[recent]][:limit].tolist())
        else:
            ordered = islice(_ordered(found, request.sort, generation, limit), limit)
        records = stored_records(searcher.reader())
        for docnum, score in list(ordered):
            if not snippets:
                yield generation.hit(searcher, docnum, score, records)
            else:
                yield generation.snippet_hit(
                    searcher, docnum, score, terms, self.highlighter, records
                )

    def more_like_this(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Documents similar to ``doc_id``: its key terms (Whoosh's more-like-this model).

        The key terms are Whoosh's (:mod:`indexer.search.similar`); the query they make is
        ranked by our posting-list ranker (Whoosh's own collector took ~0.5 s per long
        speech), and the answer is kept per index generation, because a document page is
        opened again and again.
        """
        searcher = self.searcher()
        generation = self.generation(searcher)
        key = (self.audience, doc_id, limit)
        cached = generation.similar.get(key)
        if cached is not None:
            return cached
        docnum = searcher.document_number(id=doc_id)
        if docnum is None or not self.may_see(searcher, docnum):
            return []
        text = str(searcher.stored_fields(docnum).get("text") or "")[:MLT_CHARS]
        try:
            # the same as key_terms([docnum], "text") for a text within MLT_CHARS
            terms = generation.key_terms.of_text(searcher.reader(), "text", text, MLT_TERMS)
        except (KeyError, ValueError, ZeroDivisionError):  # empty or unanalysable text
            return []
        if not terms:
            return []
        query = Or([Term("text", term, boost=weight) for term, weight in terms])
        pool = generation.access.mask(self.audience)
        best = generation.ranker(searcher).rank(query).top(pool, limit + 1)
        hits = [
            generation.hit(searcher, d)
            for d, _score in best
            if d != docnum
        ][:limit]
        generation.similar.put(key, hits)
        return hits

    def person_documents(self, name: str, limit: int = 1000) -> tuple[int, list[Hit]]:
        """All documents of one person (exact facet value), oldest first; undated last.

        Returns the total and at most ``limit`` hits.
        """
        searcher = self.searcher()
        generation = self.generation(searcher)
        docs = self._person_mask(searcher, generation, name)
        ordered = generation.by_date_within(docs, "oldest", limit)
        hits = [generation.hit(searcher, d) for d in ordered]
        return int(np.count_nonzero(docs)), hits

    def person_documents_near(
        self, name: str, date: str | None, limit: int, leave_out: str = ""
    ) -> tuple[int, list[Hit]]:
        """The person's documents dated nearest to ``date`` (ties oldest first, undated
        last; oldest first where ``date`` is none), without ``leave_out`` (an id): "Mehr von"
        on a document page. Returns the person's number of documents and at most ``limit``
        hits; only those are read (a page once read the person's first 200)."""
        searcher = self.searcher()
        generation = self.generation(searcher)
        docs = self._person_mask(searcher, generation, name)
        total = int(np.count_nonzero(docs))
        skipped = searcher.document_number(id=leave_out) if leave_out else None
        if skipped is not None and skipped < len(docs):
            docs = docs.copy()
            docs[skipped] = False
        around = bound(date, end=False) if date else None
        if around is None:
            ordered = generation.by_date_within(docs, "oldest", limit)
        else:
            ordered = generation.nearest_in_time(docs, around, limit)
        return total, [generation.hit(searcher, d) for d in ordered]

    def _person_mask(self, searcher: Searcher, generation: Generation, name: str) -> Mask:
        """The documents of one person (exact facet value) this service's audience may see."""
        docs = generation.ranker(searcher).docs(Term("person", name))
        return _intersect(docs, [generation.access.mask(self.audience)])

    def candidacies(self, request: SearchRequest) -> tuple[int, list[Candidacy]]:
        """Every run for an office among the candidacy documents of a search (any page).

        The documents are those of :meth:`iter_hits` of type candidacy, plus list
        announcements of another type (a press release naming the nominees), so every rule
        that decides which documents a search may list applies here too; the request's own
        ``doc_type`` is ignored. A list announcement gives a row per nominee (only the
        filtered persons under a person filter); with a query, rows carry its snippet.
        Returns the number of documents and the rows, newest document first per kind.
        """
        filters = {k: v for k, v in request.filters.items() if k != "doc_type"}
        sort = "oldest" if request.sort == "oldest" else "newest"
        typed = replace(request, filters={**filters, "doc_type": [CANDIDACY]}, sort=sort)
        others = replace(request, filters=filters, sort=sort)
        snippets = bool(request.q.strip())
        searcher = self.searcher()  # once: each call reads the manifest
        generation = self.generation(searcher)
        lists = generation.nominee_lists(CANDIDACY)
        hits = chain(
            self.iter_hits(typed, snippets=snippets),
            self.iter_hits(others, snippets=snippets, within=lists),
        )
        persons = request.filters.get("person", [])
        documents = 0
        found: list[Candidacy] = []
        for hit in hits:
            details = self._candidacy_details(searcher, generation, hit.id)
            if CANDIDACY not in hit.doc_type and not details.nominees:
                continue  # several persons, but no list of nominees
            documents += 1
            found.extend(rows(hit, details, persons))
        return documents, found

    def _candidacy_details(
        self, searcher: Searcher, generation: Generation, doc_id: str
    ) -> Details:
        """Nominees and first lines of one document (read once per index generation)."""
        cached = generation.candidacy_details.get(doc_id)
        if cached is not None:
            return cached
        docnum = searcher.document_number(id=doc_id)
        stored = searcher.stored_fields(docnum) if docnum is not None else None
        details = details_from_stored(stored) if stored else Details()
        generation.candidacy_details.put(doc_id, details)
        return details

    def people(self, request: SearchRequest) -> list[PersonSummary]:
        """Every person of the documents of a search (any page), with their document count,
        offices and parties; unordered (the caller sorts for its readers)."""
        request.validate()
        searcher = self.searcher()
        parsed = self.parse(request.q, searcher)
        found = _matched(searcher, parsed, request, self)
        generation = self.generation(searcher)
        key = hashlib.blake2b(np.packbits(found.matched).tobytes(), digest_size=16).digest()
        people = generation.people.get(key)
        if people is None:
            people = person_summaries(generation.facets, found.matched)
            generation.people.put(key, people)
        return people


@dataclass
class _Found:
    """The documents of one search: after all filters, the query's own, and each filter's."""

    matched: Mask
    base: Mask
    filter_sets: dict[str, Mask]
    date_set: Mask | None
    ranking: Ranking | None
    #: Whether ``base`` was cut to the audience's documents (then a ranking, made over all
    #: documents, must always be read through a pool).
    restricted: bool = False


def _matched(
    searcher: Searcher, parsed: ParsedQuery, request: SearchRequest, service: SearchService
) -> _Found:
    generation = service.generation(searcher)
    ranker = generation.ranker(searcher)
    key = (service.audience, request.q)
    visible = generation.access.mask(service.audience)
    ranking = None
    if request.sort == "relevance":
        ranking = generation.ranked.get(key)
        if ranking is None:
            ranking = ranker.rank(parsed.query)
            generation.ranked.put(key, ranking)
    base = generation.docs.get(key)
    if base is None:
        base = ranking.mask if ranking is not None else ranker.docs(parsed.query)
        base = _intersect(base, [visible])  # the access rule: nothing else sees more
        generation.docs.put(key, base)
    filter_sets = {
        name: generation.with_values(ranker, name, values)
        for name, values in request.filters.items()
        if values
    }
    low = bound(request.date_from, end=False) if request.date_from else None
    high = bound(request.date_to, end=True) if request.date_to else None
    date_set = generation.dated(low, high)
    matched = _intersect(base, [*filter_sets.values(), date_set])
    return _Found(matched, base, filter_sets, date_set, ranking, visible is not None)


def _ordered(
    found: _Found, sort: str, generation: Generation, count: int | None = None
) -> Iterator[tuple[int, float | None]]:
    """Matched documents in sort order with their scores (None unless by relevance).

    By relevance, only the best ``count`` are listed (all if None).
    """
    matched = found.matched
    if sort == "relevance" and found.ranking is not None:
        pool = None if matched is found.base and not found.restricted else matched
        wanted = int(np.count_nonzero(matched)) if count is None else count
        return iter(found.ranking.top(pool, wanted))
    return ((d, None) for d in generation.by_date_within(matched, sort, count))


def _run(
    searcher: Searcher, parsed: ParsedQuery, request: SearchRequest, service: SearchService
) -> SearchResult:
    found = _matched(searcher, parsed, request, service)
    generation = service.generation(searcher)
    offset = (request.page - 1) * request.page_size
    ordered = _ordered(found, request.sort, generation, offset + request.page_size)
    page = list(islice(ordered, offset, offset + request.page_size))
    hits = _page_hits(searcher, parsed, request, page, service)
    facets: dict[str, list[FacetValue]] = {}
    if request.with_facets:
        table = generation.facets
        matched: Ids | None = None  # the facets without a selection of their own share them
        for name in FACETS:
            # Each facet is counted without its own selection; the year histogram also
            # without the date range, so the years outside it stay visible.
            others: list[Mask | None] = [s for n, s in found.filter_sets.items() if n != name]
            if name != "year":
                others.append(found.date_set)
            own_filter = name in found.filter_sets or (
                name == "year" and found.date_set is not None
            )
            docs = _intersect(found.base, others) if own_filter else found.matched
            if docs is found.matched:
                if matched is None:
                    matched = np.flatnonzero(docs)
                counted = table.count(name, matched)
            else:
                counted = table.count(name, docs)
            selected = request.filters.get(name, [])
            facets[name] = _facet_values(counted, selected, name == "year")
    return SearchResult(
        request=request,
        total=int(np.count_nonzero(found.matched)),
        hits=hits,
        facets=facets,
        took_ms=0.0,
        suggestion=parsed.suggestion if not found.matched.any() or parsed.suggestion else None,
        notice=parsed.notice,
    )


def _intersect(base: Mask, others: Sequence[Mask | None]) -> Mask:
    result = base
    for other in others:
        if other is not None:
            result = result & other
    return result


def _page_hits(
    searcher: Searcher,
    parsed: ParsedQuery,
    request: SearchRequest,
    page: list[tuple[int, float | None]],
    service: SearchService,
) -> list[Hit]:
    """The page's hits, from the generation's caches (snippets from the stored text, which
    is a long document's beginning only: see STORED_TEXT_CHARS)."""
    generation = service.generation(searcher)
    if not request.with_snippets:
        return [generation.hit(searcher, docnum, score) for docnum, score in page]
    terms = QueryTerms.from_query(parsed.query)
    return [
        generation.snippet_hit(searcher, docnum, score, terms, service.highlighter)
        for docnum, score in page
    ]


def _facet_values(counter: Counter[str], selected: list[str], by_value: bool) -> list[FacetValue]:
    if by_value:
        items = sorted(counter.items())
    else:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    values = [FacetValue(v, c, v in selected) for v, c in items]
    present = {v.value for v in values}
    values.extend(FacetValue(v, 0, True) for v in selected if v not in present)
    return values
