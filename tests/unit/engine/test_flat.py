"""Flat posting files: what is written is read back, terms are found despite hash collisions,
and a file this version cannot read counts as absent (the blocks are read instead)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from whoosh.filedb.filestore import RamStorage

from indexer.engine import flat
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flat import EXTENSION, FlatSegment, FlatWriter
from indexer.schema import build_schema

TERMS = [b"", b"a", b"ab", b"b\xc3\xa4r", b"zz", "Bürger*innen".encode()]


def _written(positions: bool = True) -> bytes:
    handle = io.BytesIO()
    writer = FlatWriter(handle)
    starts = np.array([0, 1, 3, 3, 6, 7, 9], dtype=np.int64)  # b"ab" has no postings
    docs = np.array([4, 0, 9, 1, 2, 8, 5, 0, 7], dtype=np.uint32)
    weights = (np.arange(9) / 4).astype(np.float32)
    where = None
    if positions:
        counts = np.arange(1, 10)
        where = (np.concatenate([[0], np.cumsum(counts)]), np.arange(45, dtype=np.uint32))
    writer.add_field("exact", TERMS, starts, docs, weights, where)
    writer.add_field("text", [b"x"], np.array([0, 2]), np.array([3, 4], dtype=np.uint32),
                     np.ones(2, dtype=np.float32))
    writer.finish()
    return handle.getvalue()


def _check(segment: FlatSegment) -> None:
    exact = segment.field("exact")
    assert exact is not None and segment.field("title") is None
    for number, term in enumerate(TERMS):
        assert exact.find(term) == number
    assert exact.find(b"abc") == -1 and exact.find(b"zz\x00") == -1
    assert [exact.find(t) for t in [*TERMS, b"abc", b"zz\x00"]] == [*range(len(TERMS)), -1, -1]
    start, end = exact.span(exact.find("bär".encode()))
    assert exact.docs[start:end].tolist() == [1, 2, 8]
    assert exact.weights[start:end].tolist() == [0.75, 1.0, 1.25]
    assert exact.position_starts is not None and exact.positions is not None
    assert exact.positions[exact.position_starts[5]:exact.position_starts[6]].tolist() == [
        15, 16, 17, 18, 19, 20]
    assert exact.span(exact.find(b"ab")) == (3, 3)
    text = segment.field("text")
    assert text is not None and text.positions is None and text.find(b"x") == 0


def test_round_trip() -> None:
    _check(FlatSegment(_written()))


def test_terms_are_found_when_every_hash_collides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flat, "_hash", lambda data: len(data) % 2)
    data = _written()
    _check(FlatSegment(data))


@pytest.mark.parametrize("damage", ["version", "truncated", "empty", "garbage"])
def test_an_unreadable_file_is_refused(damage: str) -> None:
    data = _written()
    if damage == "version":
        data = data[: len(flat.MAGIC)] + bytes([flat.VERSION + 1]) + data[len(flat.MAGIC) + 1 :]
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "empty":
        data = b""
    else:
        data = b"\x00" * 100
    with pytest.raises(ValueError):
        FlatSegment(data)


def test_a_segment_with_a_damaged_flat_file_is_read_from_its_blocks(tmp_path: Path) -> None:
    """FlatSegment.of answers None for a damaged part, so the ranker falls back to blocks."""
    storage = RamStorage()
    ix = storage.create_index(build_schema())
    writer = FastSegmentWriter(ix, compound=False)
    writer.add_document(id="d1", title="Rente", text="Rente und Pflege", exact="Rente und Pflege")
    writer.commit()
    reader = ix.reader()
    assert FlatSegment.of(reader) is not None
    name = reader.segment().make_filename(EXTENSION)
    storage.files[name] = storage.files[name][:-3]
    assert FlatSegment.of(ix.reader()) is None


@pytest.mark.parametrize("buckets", [2**32, 50, 1])
def test_many_terms_are_found_with_unique_clustered_or_equal_hashes(
    monkeypatch: pytest.MonkeyPatch, buckets: int
) -> None:
    """Thousands of terms, their hashes unique, clustered (long runs of equal hashes) or all
    equal."""
    import zlib

    monkeypatch.setattr(flat, "_hash", lambda data: zlib.crc32(data) % buckets)
    terms = sorted({f"wort{n * 7919 % 100003}".encode() for n in range(3000)})
    handle = io.BytesIO()
    writer = FlatWriter(handle)
    starts = np.arange(len(terms) + 1, dtype=np.int64)
    docs = np.arange(len(terms), dtype=np.uint32)
    writer.add_field("text", terms, starts, docs, np.ones(len(terms), dtype=np.float32))
    writer.finish()
    field = FlatSegment(handle.getvalue()).field("text")
    assert field is not None
    assert [field.find(t) for t in terms] == list(range(len(terms)))
    assert all(field.find(t + b"x") == -1 for t in terms[::97])
    missing = [t + b"x" for t in terms[::97]]
    assert [field.find(t) for t in terms + missing] == [*range(len(terms)), *[-1] * len(missing)]
