"""FastSegmentWriter writes what Whoosh's SegmentWriter writes: same columns, same postings,
same search results.

Both writers index the same field dicts (the sample corpus through the real pipeline, synthetic
documents built to reach the edge cases — posting lists of several blocks, frequencies above
255, empty fields — and, where ../shared exists, real speeches). Then

* every per-document file (stored fields, columns, field lengths) is byte-identical;
* every term has the same term info and the same decoded postings (ids, weights, values); each
  block's header agrees with its data (the fast writer cuts longer blocks, pickles arrays with
  protocol 4 and leaves tiny blocks uncompressed, so the posting file's bytes differ by design);
  the text fields, which the project's schema keeps in the flat arrays alone, are compared
  there (ids, weights, frequencies, positions) and through Whoosh's reader, and their blocks
  on the reference schema (Whoosh's own formats), where the fast writer writes them too;
* the project's search service returns the same hits, scores, totals and facets.
"""

from __future__ import annotations

import gzip
import pickle
import random
import struct
import zlib
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

import pytest
from whoosh.writing import SegmentWriter

from indexer.engine import store as engine_store
from indexer.engine.codec import BLOCK_POSTINGS, FastSegmentWriter
from indexer.engine.documents import to_fields
from indexer.engine.flat import EXTENSION, FlatSegment
from indexer.engine.postings import decode_positions
from indexer.engine.store import IndexStore
from indexer.ingest.pipeline import Failure, build_document, discover, read_source
from indexer.readers import Limits
from indexer.search import SearchRequest, SearchService
from tests.conftest import CORPUS, ROOT, require_shared
from tests.support.reference import reference_schema

#: The fields the project's schema keeps in the flat arrays alone.
FLAT_FIELDS = ("exact", "person_text", "text", "title")

QUERIES = [
    "Mindestlohn", "Rente Pflege", '"Bundestag beschließt"', "Kandidatur Direktmandat",
    "Bürgerinnen", "Klimaschutz -Kohle", "wort3 wort7", '"wort1 wort2"', "haeufig", "Leipzig",
    "Schule OR Bahn", "Wahlkreis 152", "Erhöhung", "Landwirtschaft", "x*",
]


def _fields(path: Path) -> list[dict[str, Any]]:
    fields = []
    for source in discover([path]):
        if isinstance(source, Failure):
            continue
        for item in read_source(source, {}, Limits.from_config()):
            if not isinstance(item, Failure):
                fields.append(to_fields(build_document(item)))
    return fields


def _sample_fields() -> list[dict[str, Any]]:
    return _fields(ROOT / "corpus")


def _synthetic_fields(base: dict[str, Any]) -> list[dict[str, Any]]:
    """Documents whose terms have several blocks (>128 postings), high frequencies, no text."""
    rng = random.Random(11)
    words = [f"wort{n}" for n in range(40)] + ["Schule", "Bahn", "Rente", "Bürger*innen"]
    docs = []
    for number in range(420):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 60)))
        if number % 50 == 0:
            text += " haeufig" * 300  # frequency > 255 and a long position list
        doc = dict(base)
        doc.update(id=f"syn-{number}", title=f"Synthetisch {number % 7}", text=text,
                   exact=f"Synthetisch {number % 7}\n{text}", path=f"/syn/{number}",
                   content_hash=f"h{number}", person="" if number % 3 else "Erika Muster",
                   year=2000 + number % 25, date_start=20000101 + number, date_end=20000101)
        docs.append(doc)
    return docs


def _speech_fields(tmp_path: Path, count: int) -> list[dict[str, Any]]:
    with gzip.open(require_shared(CORPUS), "rb") as handle:
        lines = b"".join(islice(handle, count))
    path = tmp_path / "speeches.jsonl"
    path.write_bytes(lines)
    return _fields(path)


def _build(root: Path, writer_class: type[SegmentWriter], fields: list[dict[str, Any]],
           reference: bool = False) -> Path:
    """An index of ``fields`` in one segment; ``reference``: with the reference schema
    (Whoosh's positions in ``exact``, tests/support/reference.py)."""
    store = IndexStore(root)
    with pytest.MonkeyPatch.context() as patch:
        if reference:
            patch.setattr(engine_store, "build_schema", reference_schema)
        ix = store.open_or_create()
    writer = writer_class(ix, compound=False)
    for doc in fields:
        writer.add_document(**doc)
    writer.commit()
    return root


def _data_files(root: Path) -> dict[str, bytes]:
    """Segment files by their extension (segment names are random)."""
    files = {}
    for path in root.rglob("*"):
        if path.is_file() and path.name.startswith("MAIN_") and "." in path.name:
            files[path.name.split(".", 1)[1]] = path.read_bytes()
    return files


def _blocks(data: bytes) -> list[tuple[Any, Any, bool]]:
    """Decoded blocks of one posting list: (header without the compression flag, data, flag)."""
    out, i = [], 0
    assert data[:4] == b"W3Bl"
    i = 4
    while True:
        (length,) = struct.unpack("!i", data[i:i + 4])
        i += 4
        end = i + abs(length)
        info = pickle.loads(data[i:end])
        body = data[i + len(pickle.dumps(info, 2)):end]
        decoded = pickle.loads(zlib.decompress(body) if info[3] else body)
        out.append(((info[0], info[1], info[2], info[4], info[5]), decoded, bool(info[3])))
        i = end
        if length < 0:
            return out


def _decoded(blocks: list[tuple[Any, Any, bool]]) -> tuple[list[int], list[float], Any]:
    """A posting list's ids, weights and values, whatever the blocks; checks each header."""
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] = []
    fixed = b""  # fixed-size values are one byte string per block
    for header, (deltas, block_weights, vs), _compressed in blocks:
        count, max_id, max_weight = header[:3]
        block_ids = list(accumulate(deltas))
        assert len(block_ids) == count and block_ids[-1] == max_id
        if block_weights is None:
            block_weights = [1.0] * count
        elif isinstance(block_weights, float | int):
            block_weights = [float(block_weights)] * count
        assert max(block_weights) == max_weight
        ids += block_ids
        weights += list(block_weights)
        if isinstance(vs, bytes):
            fixed += vs
        elif vs is not None:
            values += list(vs)
    return ids, weights, (values, fixed)


def _postings(root: Path) -> dict[tuple[str, bytes], Any]:
    ix = IndexStore(root).open()
    reader = ix.reader()
    posts = next(root.rglob("*.pst")).read_bytes()
    found = {}
    for name in ix.schema.names():
        if not ix.schema[name].indexed:
            continue
        for term in reader.lexicon(name):
            info = reader.term_info(name, term)
            stats = (info._weight, info._df, info._minlength, info._maxlength, info._maxweight,
                     info._minid, info._maxid)
            decoded = None  # a field of which Whoosh's files hold nothing (flat arrays only)
            if hasattr(info, "_offset"):
                offset, length = info._offset, info._length[0]  # Whoosh boxes the length
                decoded = _decoded(_blocks(posts[offset:offset + length]))
            found[(name, term)] = (stats, decoded,
                                   list(reader.postings(name, term).items_as("weight")))
    reader.close()
    return found


def _flat_postings(root: Path) -> tuple[dict[tuple[str, bytes], list[tuple[int, float]]],
                                         dict[tuple[str, bytes], list[list[int]]],
                                         dict[tuple[str, bytes], list[int]]]:
    """Every term's (docnum, weight) postings as the flat arrays hold them, the positions
    of each posting where the field has them, and the frequencies where the field keeps
    them; each term is also found by its bytes."""
    ix = IndexStore(root).open()
    reader = ix.reader()
    flat = FlatSegment.of(reader)
    assert flat is not None
    found = {}
    positions = {}
    frequencies = {}
    for name, field in flat.fields.items():
        for term in range(len(field.starts) - 1):
            text = bytes(field.texts[field.text_starts[term]:field.text_starts[term + 1]])
            assert field.find(text) == term
            start, end = field.span(term)
            found[(name, text)] = list(zip(field.docs[start:end].tolist(),
                                           field.weights_of(start, end).tolist(), strict=True))
            if field.positions is not None and field.position_counts is not None:
                at = field.position_bounds(start, end).tolist()
                positions[(name, text)] = [
                    field.positions[at[i]:at[i + 1]].tolist() for i in range(end - start)
                ]
            if field.frequencies is not None:
                frequencies[(name, text)] = field.frequencies[start:end].tolist()
    reader.close()
    return found, positions, frequencies


def _results(root: Path) -> list[Any]:
    service = SearchService(IndexStore(root))
    out = []
    for query in QUERIES:
        result = service.search(SearchRequest(q=query, page_size=50))
        out.append((
            query, result.total,
            [(hit.id, round(hit.score, 9)) for hit in result.hits],
            {name: [(v.value, v.count) for v in values] for name, values in result.facets.items()},
        ))
    service.searcher().close()
    return out


def _compare(tmp_path: Path, fields: list[dict[str, Any]]) -> None:
    stock = _build(tmp_path / "stock", SegmentWriter, fields)
    fast = _build(tmp_path / "fast", FastSegmentWriter, fields)
    # Whoosh's writer with Whoosh's formats in the text fields: what the flat positions must
    # be, and the results (Whoosh's blocks of the project's schema hold no positions of
    # ``exact``); and the fast writer's blocks of those fields on that schema
    reference = _build(tmp_path / "reference", SegmentWriter, fields, reference=True)
    fast_reference = _build(tmp_path / "fast-reference", FastSegmentWriter, fields,
                            reference=True)
    stock_files, fast_files = _data_files(stock), _data_files(fast)
    assert stock_files.keys() | {EXTENSION[1:]} == fast_files.keys()
    for ext in stock_files:
        if ext not in ("pst", "trm"):
            assert stock_files[ext] == fast_files[ext], ext
    stock_postings, fast_postings = _postings(stock), _postings(fast)
    assert stock_postings.keys() == fast_postings.keys()
    for key, value in stock_postings.items():
        got = fast_postings[key]
        if key[0] not in FLAT_FIELDS:
            assert got == value, key
            continue
        # the text fields are in the flat arrays alone, read through indexer.engine.flatterms:
        # the same statistics and postings; their field lengths are bounds (1 and the largest)
        assert got[1] is None and value[1] is not None, key
        (weight, df, low, high, top, first, last), stock_stats = got[0], value[0]
        assert (weight, df, top, first, last) == tuple(stock_stats[i] for i in (0, 1, 4, 5, 6))
        assert low <= stock_stats[2] and high >= stock_stats[3], key
        assert got[2] == value[2], key
    # the flat arrays hold the blocks' ids and weights (the weights BM25F scores) and, for
    # the fields with positions, the positions the values encode
    flat, positions, frequencies = _flat_postings(fast)
    assert flat == {
        key: list(zip(*value[1][:2], strict=True)) for key, value in stock_postings.items()
    }
    assert {name for name, _ in positions} == {"exact", "person_text"}
    with_positions = _postings(reference)
    assert positions == {
        key: [decode_positions(v) for v in value[1][2][0]]
        for key, value in with_positions.items() if key[0] in ("exact", "person_text")
    }
    # the stemmed fields keep their frequencies: the values of Whoosh's postings
    assert {name for name, _ in frequencies} == {"text", "title"}
    assert frequencies == {
        key: [v for (v,) in struct.iter_unpack("!I", value[1][2][1])]
        for key, value in stock_postings.items() if key[0] in ("text", "title")
    }
    # on the reference schema the fast writer's blocks of the text fields equal Whoosh's
    assert _postings(fast_reference) == with_positions
    assert _results(fast) == _results(reference)


@pytest.mark.parametrize("block", [BLOCK_POSTINGS, 100])
def test_same_index_for_the_sample_corpus_and_edge_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    """With the real block length and with short blocks (posting lists of many blocks; the
    flat positions are then also moved in chunks of a few postings)."""
    monkeypatch.setattr("indexer.engine.codec.BLOCK_POSTINGS", block)
    if block != BLOCK_POSTINGS:
        monkeypatch.setattr("indexer.engine.codec._POSITION_CHUNK", 7)
    sample = _sample_fields()
    assert len(sample) > 10
    fields = sample + _synthetic_fields(sample[0])
    _compare(tmp_path, fields)


def test_same_index_for_speeches(tmp_path: Path) -> None:
    _compare(tmp_path, _speech_fields(tmp_path, 400))


def test_several_blocks_and_uncompressed_blocks_occur(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indexer.engine.codec.BLOCK_POSTINGS", 100)
    sample = _sample_fields()
    fast = _build(tmp_path / "fast", FastSegmentWriter, sample + _synthetic_fields(sample[0]),
                  reference=True)  # Whoosh's formats: the text fields' blocks
    posts = next(fast.rglob("*.pst")).read_bytes()
    reader = IndexStore(fast).open().reader()
    lists = []
    for name in ("text", "title"):
        for term in reader.lexicon(name):
            info = reader.term_info(name, term)
            lists.append(_blocks(posts[info._offset:info._offset + info._length[0]]))
    reader.close()
    assert max(len(blocks) for blocks in lists) >= 3
    assert {compressed for blocks in lists for _, _, compressed in blocks} == {True, False}


def test_a_failing_document_leaves_no_trace(tmp_path: Path) -> None:
    sample = _sample_fields()[:5]
    ix = IndexStore(tmp_path / "ix").open_or_create()
    writer = FastSegmentWriter(ix)
    writer.add_document(**sample[0])
    with pytest.raises(ValueError):
        writer.add_document(**{**sample[1], "year": "not a number"})
    for doc in sample[1:]:
        writer.add_document(**doc)
    writer.commit()
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 5
        assert sorted(d["id"] for d in searcher.all_stored_fields()) == sorted(
            d["id"] for d in sample
        )


def test_merges_into_the_fast_writer_go_through_whoosh(tmp_path: Path) -> None:
    """Small segments merged at commit (Whoosh's pool) and new documents end up together,
    exactly as with Whoosh's writer (on the reference schema: Whoosh's blocks of the
    project's schema hold no positions of ``exact``)."""
    sample = _sample_fields()

    def build(root: Path, writer_class: type[SegmentWriter], reference: bool = False) -> Path:
        with pytest.MonkeyPatch.context() as patch:
            if reference:
                patch.setattr(engine_store, "build_schema", reference_schema)
            ix = IndexStore(root).open_or_create()
        for doc in sample[:6]:  # six tiny segments: MERGE_SMALL merges them
            writer = writer_class(ix)
            writer.add_document(**doc)
            writer.commit(merge=False)
        assert len(ix._segments()) == 6
        writer = writer_class(ix)
        for doc in sample[6:]:
            writer.add_document(**doc)
        writer.commit()
        assert len(ix._segments()) < 6
        return root

    fast = build(tmp_path / "fast", FastSegmentWriter)
    stock = build(tmp_path / "stock", SegmentWriter, reference=True)
    assert _results(fast) == _results(stock)
    assert len(_results(fast)[0][2]) > 0
    # the merged segment got its flat postings too, merged from the tiny segments' own and
    # the writer's new documents (a tiny segment the policy left alone keeps its own)
    with IndexStore(fast).open().reader() as reader:
        merged = max((leaf for leaf, _ in reader.leaf_readers()), key=lambda r: r.doc_count_all())
        assert merged.doc_count_all() > 6
        _assert_flat_equals_matchers(merged)


def _assert_flat_equals_matchers(leaf: Any) -> None:
    """Every term of the segment's flat postings equals what Whoosh's matcher reads."""
    flat = FlatSegment.of(leaf)
    assert flat is not None
    assert set(flat.fields) == {n for n in leaf.indexed_field_names() if any(leaf.lexicon(n))}
    for name, field in flat.fields.items():
        btexts = list(leaf.lexicon(name))
        assert [field.find(b) for b in btexts] == list(range(len(btexts)))
        positions = leaf.schema[name].format.supports("positions")
        for term, btext in enumerate(btexts):
            matcher = leaf.postings(name, btext)
            want = []
            while matcher.is_active():
                where = matcher.value_as("positions") if positions else None
                want.append((matcher.id(), matcher.weight(), where))
                matcher.next()
            start, end = field.span(term)
            got = []
            for i in range(start, end):
                where = None
                if positions:
                    assert field.position_counts is not None and field.positions is not None
                    at = field.position_bounds(i, i + 1).tolist()
                    where = field.positions[at[0]:at[1]].tolist()
                got.append((int(field.docs[i]), float(field.weights_of(i, i + 1)[0]), where))
            assert got == want, (name, btext)
