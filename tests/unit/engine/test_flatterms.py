"""Whoosh's reader answers for ``exact`` from the flat arrays alone (indexer.engine.flatterms):
the same terms, document frequencies, weights, prefix and typo expansions and Whoosh-native
scores as from an index whose Whoosh files hold the field; Whoosh's files hold nothing of it;
a segment whose flat postings are missing is refused with the reindex message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.query import And, FuzzyTerm, Or, Prefix, Term
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import EXTENSION
from indexer.engine.flatterms import FlatCodec, FlatTermsReader
from indexer.engine.ranking import weighting
from indexer.errors import ParteisucheError
from indexer.schema import build_schema
from tests.support.reference import reference_schema
from tests.unit.search.test_search_ranking import _docs, _fill, whoosh_ranking

PARTS = (40, 25, 35)


def _index(folder: Path, writer: type, reference: bool = False, compound: bool = True) -> Index:
    """Three segments of the same documents, with one deletion."""
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(reference_schema() if reference else build_schema())
    docs = _docs(sum(PARTS), seed=11)
    start = 0
    for size in PARTS:
        w = writer(ix, compound=compound)
        _fill(w, docs[start:start + size])
        w.commit(merge=False)
        start += size
    w = ix.writer()
    w.delete_by_term("id", "d41")
    w.commit(merge=False)
    return ix


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Searcher, Searcher]]:
    """(flat-only ``exact``, ``exact`` in Whoosh's files) searchers on the same documents."""
    root = tmp_path_factory.mktemp("flatterms")
    flat = _index(root / "flat", FastSegmentWriter).searcher(weighting=weighting())
    whoosh = _index(root / "whoosh", SegmentWriter, reference=True).searcher(
        weighting=weighting())
    yield flat, whoosh
    flat.close()
    whoosh.close()


def test_whoosh_files_hold_nothing_of_exact(pair: tuple[Searcher, Searcher]) -> None:
    flat, _ = pair
    for leaf, _offset in flat.reader().leaf_readers():
        terms = leaf._terms
        assert isinstance(terms, FlatTermsReader) and isinstance(leaf.codec(), FlatCodec)
        assert "exact" not in terms._inner.indexed_field_names()
        assert "text" in terms._inner.indexed_field_names()
        assert all(name != "exact" for name, _text in terms.terms())  # what merges iterate


def test_terms_and_statistics_equal_whoosh(pair: tuple[Searcher, Searcher]) -> None:
    flat, whoosh = pair
    got, want = flat.reader(), whoosh.reader()
    words = list(want.lexicon("exact"))
    assert len(words) > 30 and list(got.lexicon("exact")) == words
    for word in words:
        assert ("exact", word) in got
        assert got.doc_frequency("exact", word) == want.doc_frequency("exact", word)
        assert got.frequency("exact", word) == want.frequency("exact", word)
        mine, theirs = got.term_info("exact", word), want.term_info("exact", word)
        assert (mine.weight(), mine.doc_frequency(), mine.max_weight(), mine.min_id(),
                mine.max_id()) == (theirs.weight(), theirs.doc_frequency(),
                                   theirs.max_weight(), theirs.min_id(), theirs.max_id())
        assert mine.min_length() <= theirs.min_length()
        assert mine.max_length() >= theirs.max_length()
        assert list(got.postings("exact", word).items_as("weight")) == list(
            want.postings("exact", word).items_as("weight"))
        assert list(got.postings("exact", word).items_as("frequency")) == list(
            want.postings("exact", word).items_as("frequency"))
    absent = "wortdasesnichtgibt"
    assert ("exact", absent) not in got and got.doc_frequency("exact", absent) == 0
    with pytest.raises(TermNotFound):
        got.term_info("exact", absent)


def test_expansions_equal_whoosh(pair: tuple[Searcher, Searcher]) -> None:
    flat, whoosh = pair
    got, want = flat.reader(), whoosh.reader()
    words = [w.decode() for w in want.lexicon("exact")]
    for prefix in {w[:n] for w in words[::7] for n in (1, 2, 3)} | {"", "zzzz", "\uffff"}:
        assert list(got.expand_prefix("exact", prefix)) == list(
            want.expand_prefix("exact", prefix)), prefix
    # a reader of several segments expands prefixes; one segment's walks its term cursor
    leaves = list(zip(got.leaf_readers(), want.leaf_readers(), strict=True))
    assert len(leaves) == len(PARTS)
    for word in [*words[::5], "rentte", "pflegge", "xyz", "zzzz"]:
        for dist in (1, 2):
            assert set(got.terms_within("exact", word, dist, prefix=1)) == set(
                want.terms_within("exact", word, dist, prefix=1)), word
            for (mine, _), (theirs, _) in leaves:
                found = set(mine.terms_within("exact", word, dist, prefix=1))
                assert found == set(theirs.terms_within("exact", word, dist, prefix=1)), word
    for (mine, _), (theirs, _) in leaves:  # the cursor walks the segment's terms in order
        cursor, walked = mine.cursor("exact"), []
        text = cursor.first()
        while text is not None:
            walked.append(text)
            text = cursor.next()
        assert walked == [w.decode() for w in theirs.lexicon("exact")] and walked


@pytest.mark.parametrize("query", [
    Prefix("exact", "ren"), Prefix("exact", "p"), Term("exact", "rente"),
    And([Term("exact", "rente"), Term("exact", "pflege")]), FuzzyTerm("exact", "pflegge"),
    Or([Term("exact", "rente"), Prefix("exact", "pfl")], minmatch=1),
])
def test_whoosh_native_scores_equal_whoosh(
    pair: tuple[Searcher, Searcher], query: object
) -> None:
    """Whoosh's own matchers (the ranker's fallback) score the same from the flat arrays."""
    flat, whoosh = pair
    want = whoosh_ranking(whoosh, query)
    assert want and whoosh_ranking(flat, query) == want


def test_a_missing_flat_file_is_refused_with_the_reindex_message(tmp_path: Path) -> None:
    ix = _index(tmp_path / "ix", FastSegmentWriter, compound=False)
    segment = ix._segments()[0]
    assert not segment.is_compound()
    ix.storage.delete_file(segment.make_filename(EXTENSION))
    with ix.reader() as reader, pytest.raises(ParteisucheError, match=r"is missing.*reindex"):
        reader.doc_frequency("exact", "rente")


def test_the_writer_refuses_a_codec_that_cannot_read_exact(tmp_path: Path) -> None:
    """Another codec's reader would not find ``exact`` in the flat arrays: refused, and the
    index stays unlocked for the next writer."""
    ix = FileStorage(str(tmp_path)).create_index(build_schema())
    with pytest.raises(ParteisucheError, match="flat arrays alone"):
        FastSegmentWriter(ix, codec=W3Codec())
    writer = FastSegmentWriter(ix)
    _fill(writer, _docs(3, seed=2))
    writer.commit()
    with ix.reader() as reader:
        assert reader.doc_count() == 3 and list(reader.lexicon("exact"))
