"""Snippets kept per index generation: the same text as computing them afresh, per query
terms and document, and gone with the queries a benchmark forgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.searching import Searcher

from indexer.engine.codec import FastSegmentWriter
from indexer.schema import build_schema
from indexer.search.cache import Generation
from indexer.search.highlight import Highlighter, QueryTerms

TEXTS = [
    "Die Fahrradstraße an der Lindenallee kommt. Wir fordern sichere Radwege für Musterau.",
    "Der Kreistag berät über die Kreisumlage. Radwege sind diesmal kein Thema.",
    "Eine Rede ohne die gesuchten Wörter, über Schulbusse und Hallenbäder.",
]
RADWEGE = QueryTerms(frozenset({"radweg"}), frozenset({"radwege"}))
KREIS = QueryTerms(frozenset({"kreistag"}), frozenset({"kreistag"}))


@pytest.fixture
def searcher() -> Iterator[Searcher]:
    ix = RamStorage().create_index(build_schema())
    writer = FastSegmentWriter(ix)
    for n, text in enumerate(TEXTS):
        writer.add_document(id=f"d{n}", title=f"Dokument {n}", text=text, exact=text)
    writer.commit(merge=False)
    with ix.searcher() as found:
        yield found


@pytest.mark.parametrize("terms", [RADWEGE, KREIS])
def test_a_kept_snippet_is_the_snippet_made_afresh(searcher: Searcher, terms: QueryTerms) -> None:
    generation, highlighter = Generation(searcher), Highlighter()
    for docnum, text in enumerate(TEXTS):
        title = f"Dokument {docnum}"
        fresh = highlighter.snippet(text, terms, title=title)
        first = generation.snippet_hit(searcher, docnum, 1.5, terms, highlighter)
        again = generation.snippet_hit(searcher, docnum, 0.5, terms, highlighter)
        assert first.snippet == again.snippet == fresh
        assert (first.id, first.title, first.score, again.score) == (f"d{docnum}", title, 1.5, 0.5)
        assert generation.snippets.get((terms, docnum)) == fresh


def test_snippets_are_kept_per_query_terms(searcher: Searcher) -> None:
    generation, highlighter = Generation(searcher), Highlighter()
    radwege = generation.snippet_hit(searcher, 1, None, RADWEGE, highlighter).snippet
    kreis = generation.snippet_hit(searcher, 1, None, KREIS, highlighter).snippet
    assert "<mark>Radwege</mark>" in radwege and "<mark>Kreistag</mark>" not in radwege
    assert "<mark>Kreistag</mark>" in kreis and "<mark>Radwege</mark>" not in kreis


def test_forgetting_the_queries_forgets_their_snippets(searcher: Searcher) -> None:
    generation, highlighter = Generation(searcher), Highlighter()
    generation.snippet_hit(searcher, 0, None, RADWEGE, highlighter)
    assert generation.snippets.get((RADWEGE, 0)) is not None
    generation.forget_queries()
    assert generation.snippets.get((RADWEGE, 0)) is None
