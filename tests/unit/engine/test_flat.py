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
    assert exact.weights_of(start, end).tolist() == [0.75, 1.0, 1.25]
    assert exact.position_counts is not None and exact.positions is not None
    assert exact.position_counts.dtype == np.uint8  # counts below 256
    first, last = exact.position_bounds(5, 6).tolist()
    assert exact.positions[first:last].tolist() == [15, 16, 17, 18, 19, 20]
    every = exact.position_bounds(0, len(exact.docs)).tolist()
    assert every[0] == 0 and every[-1] == len(exact.positions)
    for at in range(len(exact.docs)):  # from any posting, within a term or across terms
        assert exact.position_bounds(at, len(exact.docs)).tolist() == every[at:]
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


def _one_field(docs: list[int], weights: list[float], counts: list[int] | None = None) -> bytes:
    """A file of one term (``b"t"``) with these postings (and positions 0..n-1 per posting)."""
    handle = io.BytesIO()
    writer = FlatWriter(handle)
    where = None
    if counts is not None:
        starts = np.concatenate([[0], np.cumsum(counts)])
        where = (starts, np.concatenate([np.arange(n) for n in counts]).astype(np.uint32))
    writer.add_field("f", [b"t"], np.array([0, len(docs)]), np.array(docs, dtype=np.uint32),
                     np.array(weights, dtype=np.float32), where)
    writer.finish()
    return handle.getvalue()


@pytest.mark.parametrize(
    ("docs", "kind"), [([0, 7, 65535], np.uint16), ([0, 7, 65536], np.uint32)]
)
def test_document_numbers_take_the_narrowest_type_that_holds_them(
    docs: list[int], kind: type
) -> None:
    field = FlatSegment(_one_field(docs, [1.0, 1.0, 1.0])).field("f")
    assert field is not None and field.docs.dtype == kind
    assert field.docs.tolist() == docs


@pytest.mark.parametrize(
    ("weights", "kind"),
    [([1.0, 2.5, 0.25, 2048.0], np.float16), ([1.0, 2.5, 0.1, 2048.0], np.float32),
     ([1.0, 2049.0, 1.0, 1.0], np.float32)],
)
def test_weights_are_half_floats_only_where_every_one_survives(
    weights: list[float], kind: type
) -> None:
    field = FlatSegment(_one_field([1, 2, 3, 4], weights)).field("f")
    assert field is not None and field.weights is not None and field.weights.dtype == kind
    assert field.weights_of(0, 4).tolist() == np.array(weights, dtype=np.float32).tolist()


@pytest.mark.parametrize("factor", [1.0, 3.0, 0.5])
def test_weights_that_are_position_counts_times_a_factor_are_derived(factor: float) -> None:
    counts = [1, 4, 2, 70000]
    weights = [n * factor for n in counts]
    data = _one_field([1, 2, 3, 4], weights, counts)
    field = FlatSegment(data).field("f")
    assert field is not None and field.weights is None
    assert field.weight_per_position == factor
    assert field.weights_of(0, 4).tolist() == weights
    assert field.weights_of(1, 3).tolist() == weights[1:3]
    assert field.position_counts is not None and field.position_counts.dtype == np.uint32
    assert field.positions is not None and field.positions.dtype == np.uint32  # 69,999 > 2**16
    # one weight off the factor: all weights are stored
    odd = FlatSegment(_one_field([1, 2, 3, 4], [*weights[:3], weights[3] + 1], counts))
    kept = odd.field("f")
    assert kept is not None and kept.weights is not None and kept.weight_per_position is None
    assert kept.weights_of(0, 4).tolist()[3] == weights[3] + 1


def _directory(data: bytes) -> tuple[dict[str, object], int]:
    import json
    import struct

    (size,) = struct.unpack("<Q", data[-8:])
    return json.loads(data[len(data) - 8 - size : len(data) - 8]), len(data) - 8 - size


def _with_directory(data: bytes, directory: dict[str, object], start: int) -> bytes:
    import json
    import struct

    encoded = json.dumps(directory).encode()
    return data[:start] + encoded + struct.pack("<Q", len(encoded))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("kind", "unknown array type"),
        ("beyond", "reaches beyond the arrays"),
        ("length", "has 8 items, expected 7"),
        ("missing", "lack docs"),
        ("no weights", "without weights and without positions"),
        ("offsets", "offsets and arrays disagree"),
        ("no counts", "positions without their counts or starts"),
        ("positions", "position starts and positions disagree"),
    ],
)
def test_a_damaged_directory_is_refused_with_a_clear_message(damage: str, message: str) -> None:
    data = _written()
    directory, start = _directory(data)
    fields = directory["fields"]
    assert isinstance(fields, dict)
    arrays = fields["exact"]["arrays"]
    if damage == "kind":
        arrays["docs"][1] = "<c16"
    elif damage == "beyond":
        arrays["positions"][2] = 10**9
    elif damage == "length":
        arrays["starts"][2] = 8
    elif damage == "missing":
        del arrays["docs"]
    elif damage == "no weights":
        del fields["text"]["arrays"]["weights"]
    elif damage == "no counts":
        del arrays["position_counts"]
    elif damage == "positions":
        arrays["positions"][2] -= 1
    else:
        arrays["texts"][2] -= 1
    with pytest.raises(ValueError, match=message):
        FlatSegment(_with_directory(data, directory, start))


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_file_of_an_older_version_is_refused_so_the_blocks_are_read(version: int) -> None:
    data = _written()
    old = data[: len(flat.MAGIC)] + bytes([version]) + data[len(flat.MAGIC) + 1 :]
    with pytest.raises(ValueError, match=f"flat postings version {version}, this is 4"):
        FlatSegment(old)
