"""Phrases and near words from positions (``indexer.engine.phrases``) against a plain
reference: random position lists in flat units (fixed seeds), and fictional documents indexed
by both segment writers, where Whoosh's own matchers are a second reference."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator

import numpy as np
import pytest
from whoosh.fields import Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.formats import Positions
from whoosh.index import Index
from whoosh.query import Or, Phrase, Term
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from indexer.engine import phrases
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import FlatSegment, FlatWriter
from indexer.engine.postings import decode_positions, positions_arrays
from indexer.engine.ranking import Near, Ranker, weighting
from indexer.schema import build_schema
from tests.support.reference import reference_schema

# --- random position lists in flat units ---------------------------------------------------------

WORDS = [b"die", b"rente", b"pflege", b"und"]
#: word -> document -> its positions there
Occurrences = dict[bytes, dict[int, set[int]]]


def _random_occurrences(rng: random.Random, documents: int) -> Occurrences:
    """Dense short documents (hits likely), and now and then a long one (long lists)."""
    found: Occurrences = {w: {} for w in WORDS}
    for doc in range(documents):
        length = rng.choice([1, 3, 8, 8, 20, 4000])
        for word in WORDS:
            if rng.random() < 0.7:
                count = rng.randint(1, max(1, length // 2))
                found[word][doc] = set(rng.sample(range(length), count))
    return found


def _flat_unit(found: Occurrences, first: int, end: int) -> phrases.PositionUnit:
    """Documents ``first`` to ``end`` - 1 as one unit's flat postings (numbers from 0)."""
    btexts = [w for w in sorted(WORDS) if any(first <= d < end for d in found[w])]
    starts, docs, counts, positions = [0], [], [], []
    for word in btexts:
        mine = sorted(d for d in found[word] if first <= d < end)
        starts.append(starts[-1] + len(mine))
        for doc in mine:
            docs.append(doc - first)
            counts.append(len(found[word][doc]))
            positions.extend(sorted(found[word][doc]))
    handle = io.BytesIO()
    writer = FlatWriter(handle)
    bounds = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
    writer.add_field(
        "exact", btexts, np.array(starts, dtype=np.int64), np.array(docs, dtype=np.uint32),
        np.array(counts, dtype=np.float32), (bounds, np.array(positions, dtype=np.uint32)),
    )
    writer.finish()
    flat = FlatSegment(handle.getvalue())
    return (None, first, flat, flat.field("exact"))


def _units(rng: random.Random, found: Occurrences, documents: int) -> list[phrases.PositionUnit]:
    cuts = sorted(rng.sample(range(1, documents), min(documents - 1, rng.randint(0, 2))))
    bounds = [0, *cuts, documents]
    return [_flat_unit(found, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _word(units: list[phrases.PositionUnit], btext: bytes) -> phrases.Word:
    return btext, [f.find(btext) if f is not None else -1 for _l, _o, _s, f in units]


def reference_phrase(found: Occurrences, words: list[bytes], candidates: list[bool]) -> list[int]:
    """Documents where some start position has word i at start + i, for every i."""
    hits = []
    for doc, wanted in enumerate(candidates):
        starts = found[words[0]].get(doc, set())
        if wanted and any(
            all(s + i in found[w].get(doc, set()) for i, w in enumerate(words)) for s in starts
        ):
            hits.append(doc)
    return hits


def reference_near(found: Occurrences, a: bytes, b: bytes, window: int, docs: int) -> list[int]:
    return [
        d for d in range(docs)
        if any(0 < abs(p - q) <= window
               for p in found[a].get(d, set()) for q in found[b].get(d, set()))
    ]


@pytest.mark.parametrize("gather_from", [0, phrases._GATHER_FROM])
@pytest.mark.parametrize("seed", range(40))
def test_phrase_docs_equal_the_reference_on_random_positions(
    seed: int, gather_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways to read flat positions: gathered per candidate posting (from 0 positions on),
    and sliced and filtered (the test's words have fewer positions than the default)."""
    monkeypatch.setattr(phrases, "_GATHER_FROM", gather_from)
    rng = random.Random(seed)
    documents = rng.randint(1, 25)
    found = _random_occurrences(rng, documents)
    units = _units(rng, found, documents)
    candidates = [rng.random() < 0.8 for _ in range(documents)]
    mask = np.array(candidates, dtype=np.bool_)
    for _ in range(12):
        words = rng.choices(WORDS, k=rng.randint(1, 4))  # repeats too: "die die"
        want = reference_phrase(found, words, candidates)
        sizes = [rng.random() for _ in words]  # any order of work, the same result
        for order in (sizes, [-s for s in sizes]):
            got = phrases.phrase_docs(units, "exact", [_word(units, w) for w in words], mask,
                                      order)
            assert got.tolist() == want, (words, order)


@pytest.mark.parametrize("gather_from", [0, phrases._GATHER_FROM])
@pytest.mark.parametrize("seed", range(20))
def test_word_keys_and_near_docs_equal_the_reference(
    seed: int, gather_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(phrases, "_GATHER_FROM", gather_from)
    rng = random.Random(100 + seed)
    documents = rng.randint(1, 25)
    found = _random_occurrences(rng, documents)
    units = _units(rng, found, documents)
    everything = np.ones(documents, dtype=np.bool_)
    keys = {w: phrases.word_keys(units, "exact", _word(units, w), everything) for w in WORDS}
    for word in WORDS:
        want = sorted((d << 32) | p for d, ps in found[word].items() for p in ps)
        assert keys[word].tolist() == want
    some = np.array([rng.random() < 0.5 for _ in range(documents)], dtype=np.bool_)
    kept = phrases.word_keys(units, "exact", _word(units, b"die"), some)
    assert kept.tolist() == [k for k in keys[b"die"].tolist() if some[k >> 32]]
    for a, b in [(b"die", b"rente"), (b"rente", b"rente"), (b"pflege", b"und")]:
        for window in (1, 2, 4):
            got = phrases.near_docs(keys[a], keys[b], window)
            assert got.tolist() == reference_near(found, a, b, window, documents)


@pytest.mark.parametrize("sizes", [(0, 5), (1, 1), (50, 60), (7, 3000), (3000, 40), (500, 500)])
def test_common_equals_intersect1d_for_every_ratio_of_lengths(sizes: tuple[int, int]) -> None:
    rng = np.random.default_rng(sum(sizes))
    a, b = (np.unique(rng.integers(0, 4 * max(sizes), n)).astype(np.int64) for n in sizes)
    assert phrases.common(a, b).tolist() == np.intersect1d(a, b).tolist()
    assert phrases.common(b, a).tolist() == np.intersect1d(a, b).tolist()


def test_a_phrase_never_continues_into_the_next_document() -> None:
    # document 0 ends with "rente" (position 4), document 1 begins with "pflege" (position 0)
    found: Occurrences = {w: {} for w in WORDS}
    found[b"rente"] = {0: {4}, 1: {3}}
    found[b"pflege"] = {1: {0, 4}}
    for units in ([_flat_unit(found, 0, 2)], [_flat_unit(found, 0, 1), _flat_unit(found, 1, 2)]):
        words = [_word(units, b"rente"), _word(units, b"pflege")]
        got = phrases.phrase_docs(units, "exact", words, np.ones(2, dtype=np.bool_), [1, 1])
        assert got.tolist() == [1]  # only "rente pflege" at 3, 4 of document 1


def test_positions_arrays_decode_what_whoosh_encodes() -> None:
    rng = random.Random(3)
    lists = [sorted(rng.sample(range(5000), rng.randint(1, 300))) for _ in range(60)]
    values = [Positions().encode(p) for p in lists]
    values[::2] = [v[:-1] for v in values[::2]]  # Whoosh's blocks drop the pickle's last "."
    counts, found = positions_arrays(values)
    assert counts.tolist() == [len(p) for p in lists]
    assert found.tolist() == [p for ps in lists for p in ps]
    assert [decode_positions(v) for v in values] == lists
    counts, found = positions_arrays([])
    assert counts.tolist() == [] and found.tolist() == []


# --- fictional documents in real segments --------------------------------------------------------

TOKENS = ["die", "die", "die", "rente", "pflege", "und", "und", "kinder", "kind", "grundsicherung"]
#: Which writer writes each of the three segments: flat postings, Whoosh's blocks, or both.
WRITERS = {
    "flat": (FastSegmentWriter,) * 3,
    "blocks": (SegmentWriter,) * 3,
    "mixed": (FastSegmentWriter, SegmentWriter, FastSegmentWriter),
}


def _texts(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    texts = [rng.choices(TOKENS, k=rng.randint(1, 30)) for _ in range(60)]
    texts[7] = rng.choices(TOKENS, k=20_000)  # a long protocol: long position lists
    # segment and document boundaries: "rente" | "pflege", "die" | "die"
    texts[19] = [*texts[19], "rente", "die"]
    texts[20] = ["pflege", "die", *texts[20]]
    return texts


def _indexed(schema: Schema, writers: tuple[type, ...], texts: list[list[str]]) -> Index:
    """Three segments, then three documents deleted."""
    ix = RamStorage().create_index(schema)
    for part, writer_class in zip((range(0, 20), range(20, 45), range(45, 60)), writers,
                                  strict=True):
        writer = writer_class(ix)
        for n in part:
            writer.add_document(id=f"d{n}", exact=" ".join(texts[n]))
        writer.commit(merge=False)
    writer = ix.writer()
    for n in (3, 25, 50):
        writer.delete_by_term("id", f"d{n}")
    writer.commit(merge=False)
    return ix


#: (searcher, texts, a searcher of the same documents where Whoosh's matchers have positions)
Indexed = tuple[Searcher, list[list[str]], Searcher]


@pytest.fixture(scope="module", params=sorted(WRITERS))
def indexed(request: pytest.FixtureRequest) -> Iterator[Indexed]:
    """The project's schema keeps the positions of ``exact`` in the flat postings alone;
    where Whoosh's writer writes segments (no flat postings), the reference schema, with
    Whoosh's positions, is indexed instead, so that the ranker reads them from the blocks."""
    texts = _texts(seed=11)
    writers = WRITERS[request.param]
    stock = SegmentWriter in writers
    ix = _indexed(reference_schema() if stock else build_schema(), writers, texts)
    reference = ix if stock else _indexed(reference_schema(), writers, texts)
    texts = [[] if n in (3, 25, 50) else t for n, t in enumerate(texts)]
    with ix.searcher(weighting=weighting()) as searcher, \
            reference.searcher(weighting=weighting()) as whoosh:
        yield searcher, texts, whoosh


def _phrase_in(text: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(text[i : i + n] == words for i in range(len(text) - n + 1))


def _near_in(text: list[str], groups: list[list[str]], window: int) -> bool:
    first = [i for i, t in enumerate(text) if t in groups[0]]
    second = [i for i, t in enumerate(text) if t in groups[1]]
    return any(0 < abs(i - j) <= window for i in first for j in second)


def _phrases() -> list[list[str]]:
    rng = random.Random(5)
    vocabulary = sorted(set(TOKENS))
    pairs = [[a, b] for a in vocabulary for b in vocabulary]
    longer = [rng.choices(TOKENS, k=rng.randint(3, 4)) for _ in range(12)]
    return [["rente"], ["die", "die", "die"], *pairs, *longer]


def test_phrases_in_indexed_documents_equal_the_reference_and_whoosh(indexed: Indexed) -> None:
    searcher, texts, whoosh = indexed
    ranker = Ranker(searcher)
    for words in _phrases():
        query = Phrase("exact", words)
        got = np.flatnonzero(ranker.docs(query)).tolist()
        assert got == [n for n, text in enumerate(texts) if _phrase_in(text, words)], words
        assert got == sorted(whoosh.docs_for_query(query)), words
    assert 19 not in np.flatnonzero(ranker.docs(Phrase("exact", ["rente", "pflege"])))


@pytest.mark.parametrize("window", [1, 2, 4])
def test_near_in_indexed_documents_equals_the_reference_and_whoosh(
    indexed: Indexed, window: int
) -> None:
    searcher, texts, whoosh = indexed
    ranker = Ranker(searcher)
    for groups in ([["kinder", "kind"], ["grundsicherung"]], [["rente"], ["pflege"]],
                   [["die"], ["die", "und"]]):
        scoring = Or([Term("exact", w) for group in groups for w in group])
        query = Near("exact", groups, window, scoring)
        got = np.flatnonzero(ranker.docs(query)).tolist()
        want = [n for n, text in enumerate(texts) if _near_in(text, groups, window)]
        assert got == want, groups
        if not set(groups[0]) & set(groups[1]):  # Whoosh's spans find nothing for a shared word
            assert got == np.flatnonzero(Ranker(whoosh)._whoosh(query).mask).tolist(), groups
