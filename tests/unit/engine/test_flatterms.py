"""Whoosh's reader answers for the text fields (``exact``, ``person_text``, ``title``, ``text``)
from the flat arrays alone (indexer.engine.flatterms): the same terms, document frequencies,
weights, posting values, prefix and typo expansions and Whoosh-native scores as from an index
whose Whoosh files hold the fields; Whoosh's files hold nothing of them; a segment whose flat
postings are missing is refused with the reindex message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.query import And, FuzzyTerm, Or, Prefix, Query, Term
from whoosh.reading import TermNotFound
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from indexer.engine import flat as flat_module
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import EXTENSION
from indexer.engine.flatterms import FlatCodec, FlatTermsReader
from indexer.engine.ranking import weighting
from indexer.errors import ParteisucheError
from indexer.schema import build_schema
from tests.support.reference import reference_schema
from tests.unit.search.test_search_ranking import _docs, _fill, whoosh_ranking

PARTS = (40, 25, 35)
#: The fields whose postings live in the flat arrays alone.
FLAT_FIELDS = ("exact", "person_text", "text", "title")


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


def test_whoosh_files_hold_nothing_of_the_text_fields(pair: tuple[Searcher, Searcher]) -> None:
    flat, _ = pair
    for leaf, _offset in flat.reader().leaf_readers():
        terms = leaf._terms
        assert isinstance(terms, FlatTermsReader) and isinstance(leaf.codec(), FlatCodec)
        assert terms._flat_fields == frozenset(FLAT_FIELDS)
        assert not set(FLAT_FIELDS) & set(terms._inner.indexed_field_names())
        assert {"id", "party"} <= set(terms._inner.indexed_field_names())
        assert set(FLAT_FIELDS) <= set(leaf.indexed_field_names())
        assert all(name not in FLAT_FIELDS for name, _text in terms.terms())  # merges' walk


@pytest.mark.parametrize("name", FLAT_FIELDS)
def test_terms_and_statistics_equal_whoosh(pair: tuple[Searcher, Searcher], name: str) -> None:
    flat, whoosh = pair
    got, want = flat.reader(), whoosh.reader()
    words = list(want.lexicon(name))
    assert len(words) > 3 and list(got.lexicon(name)) == words
    for word in words:
        assert (name, word) in got
        assert got.doc_frequency(name, word) == want.doc_frequency(name, word)
        assert got.frequency(name, word) == want.frequency(name, word)
        mine, theirs = got.term_info(name, word), want.term_info(name, word)
        assert (mine.weight(), mine.doc_frequency(), mine.max_weight(), mine.min_id(),
                mine.max_id()) == (theirs.weight(), theirs.doc_frequency(),
                                   theirs.max_weight(), theirs.min_id(), theirs.max_id())
        assert mine.min_length() <= theirs.min_length()
        assert mine.max_length() >= theirs.max_length()
        assert list(got.postings(name, word).items_as("weight")) == list(
            want.postings(name, word).items_as("weight"))
        assert list(got.postings(name, word).items_as("frequency")) == list(
            want.postings(name, word).items_as("frequency"))
    absent = "wortdasesnichtgibt"
    assert (name, absent) not in got and got.doc_frequency(name, absent) == 0
    assert got.frequency(name, absent) == 0
    with pytest.raises(TermNotFound):
        got.term_info(name, absent)


@pytest.mark.parametrize("stretch", [1 << 20, 7])
@pytest.mark.parametrize("name", FLAT_FIELDS)
def test_frequencies_of_many_terms_are_each_terms_frequency(
    pair: tuple[Searcher, Searcher], name: str, stretch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All at once ("similar documents") as one at a time, in every segment: the sums in
    stretches of a few postings (a term's postings cut across stretches) as in one."""
    monkeypatch.setattr(flat_module, "_SUM_STRETCH", stretch)
    flat, whoosh = pair
    words = [*whoosh.reader().lexicon(name), b"wortdasesnichtgibt", b""]
    for leaf, _offset in flat.reader().leaf_readers():
        terms = leaf._terms
        field = terms._field(name)
        if field is not None:
            field.__dict__.pop("_weight_sums", None)  # summed again with this stretch
        many = terms.frequencies(name, words)
        one = [terms.frequency(name, w) if (name, w) in terms else None for w in words]
        assert many == one and any(v is not None for v in many) and many[-2] is None
    assert terms.frequencies("id", words) is None  # a field in Whoosh's files: ask one by one


def test_weights_and_frequencies_differ_in_the_stemmed_fields(
    pair: tuple[Searcher, Searcher]
) -> None:
    """A compound part adds half a token's weight and a whole count: the frequencies
    (Whoosh's posting values, compared above) are kept beside the weights, and the weights
    equal Whoosh's."""
    flat, whoosh = pair
    differ = 0
    for name in ("text", "title"):
        for word in whoosh.reader().lexicon(name):
            got, want = _walk(flat, name, word), _walk(whoosh, name, word)
            assert got == want, (name, word)
            differ += sum(weight != count for _, weight, count in got)
    assert differ > 10


def _walk(searcher: Searcher, name: str, word: bytes) -> list[tuple[int, float, int]]:
    """A term's postings through Whoosh's matcher: (document, weight, frequency)."""
    matcher = searcher.reader().postings(name, word)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value_as("frequency")))
        matcher.next()
    return found


@pytest.mark.parametrize("name", ["exact", "text"])
def test_expansions_equal_whoosh(pair: tuple[Searcher, Searcher], name: str) -> None:
    flat, whoosh = pair
    got, want = flat.reader(), whoosh.reader()
    words = [w.decode() for w in want.lexicon(name)]
    for prefix in {w[:n] for w in words[::7] for n in (1, 2, 3)} | {"", "zzzz", "\uffff"}:
        assert list(got.expand_prefix(name, prefix)) == list(
            want.expand_prefix(name, prefix)), prefix
    # a reader of several segments expands prefixes; one segment's walks its term cursor
    leaves = list(zip(got.leaf_readers(), want.leaf_readers(), strict=True))
    assert len(leaves) == len(PARTS)
    for word in [*words[::5], "rentte", "pflegge", "rentt", "pflegg", "xyz", "zzzz"]:
        for dist in (1, 2):
            assert set(got.terms_within(name, word, dist, prefix=1)) == set(
                want.terms_within(name, word, dist, prefix=1)), word
            for (mine, _), (theirs, _) in leaves:
                found = set(mine.terms_within(name, word, dist, prefix=1))
                assert found == set(theirs.terms_within(name, word, dist, prefix=1)), word
    for (mine, _), (theirs, _) in leaves:  # the cursor walks the segment's terms in order
        cursor, walked = mine.cursor(name), []
        text = cursor.first()
        while text is not None:
            walked.append(text)
            text = cursor.next()
        assert walked == [w.decode() for w in theirs.lexicon(name)] and walked


@pytest.mark.parametrize("query", [
    Prefix("exact", "ren"), Prefix("exact", "p"), Term("exact", "rente"),
    And([Term("exact", "rente"), Term("exact", "pflege")]), FuzzyTerm("exact", "pflegge"),
    Or([Term("exact", "rente"), Prefix("exact", "pfl")], minmatch=1),
    Term("text", "rent"), Prefix("text", "pfleg"), FuzzyTerm("text", "haushalz"),
    And([Term("text", "rent"), Term("title", "pfleg")]),
    Or([Term("text", "kind"), Term("title", "kind", boost=2.0), Term("person_text", "otto")],
       minmatch=1),
    Term("person_text", "sommerfeld"),
])
def test_whoosh_native_scores_equal_whoosh(
    pair: tuple[Searcher, Searcher], query: Query
) -> None:
    """Whoosh's own matchers (the ranker's fallback) score the same from the flat arrays."""
    flat, whoosh = pair
    want = whoosh_ranking(whoosh, query)
    assert want and whoosh_ranking(flat, query) == want


@pytest.mark.parametrize(("name", "word"), [("exact", "rente"), ("text", "rent")])
def test_a_missing_flat_file_is_refused_with_the_reindex_message(
    tmp_path: Path, name: str, word: str
) -> None:
    ix = _index(tmp_path / "ix", FastSegmentWriter, compound=False)
    segment = ix._segments()[0]
    assert not segment.is_compound()
    ix.storage.delete_file(segment.make_filename(EXTENSION))
    with ix.reader() as reader, pytest.raises(ParteisucheError, match=r"is missing.*reindex"):
        reader.doc_frequency(name, word)


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
