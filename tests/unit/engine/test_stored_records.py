"""Stored records read straight from the segments' stored columns are Whoosh's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.searching import Searcher

from indexer.engine.codec import FastSegmentWriter
from indexer.engine.columns import stored_column, stored_records
from indexer.schema import build_schema


@pytest.fixture
def searcher() -> Iterator[Searcher]:
    """Three segments of documents with umlauts, lists, empty and missing fields."""
    ix = RamStorage().create_index(build_schema())
    for segment in range(3):
        writer = FastSegmentWriter(ix)
        for n in range(5):
            fields = {"id": f"s{segment}-{n}", "title": f"Grüße {n}", "text": "Rede " * n}
            if n % 2:
                fields.update(party="SPD\x1fGRÜNE", person="Erika Musterfrau", date="2024-05-0")
            writer.add_document(**fields)
        writer.commit(merge=False)
    with ix.searcher() as found:
        assert len(found.reader().leaf_readers()) == 3
        yield found


def test_every_record_equals_whooshs(searcher: Searcher) -> None:
    reader = searcher.reader()
    # the direct way is taken (not Whoosh's own, the fallback)
    assert all(stored_column(leaf) is not None for leaf, _offset in reader.leaf_readers())
    record = stored_records(reader)
    for docnum in range(reader.doc_count_all()):
        assert record(docnum) == reader.stored_fields(docnum)
    assert record(7)["id"] == "s1-2"  # the second segment begins at 5


def test_a_single_segment_reader(searcher: Searcher) -> None:
    leaf, offset = searcher.reader().leaf_readers()[2]
    record = stored_records(leaf)
    assert [record(d) for d in range(leaf.doc_count_all())] == [
        leaf.stored_fields(d) for d in range(leaf.doc_count_all())
    ]
    assert record(0)["id"] == "s2-0" and offset == 10


def test_records_in_a_merged_segment() -> None:
    """After a merge (one segment written from others) the column is read the same way."""
    ix = RamStorage().create_index(build_schema())
    for part in range(2):
        writer = FastSegmentWriter(ix)
        writer.add_document(id=f"m{part}", title="Über", text="Wahl " * 50)
        writer.commit(merge=False)
    writer = FastSegmentWriter(ix)
    writer.commit(optimize=True)
    with ix.searcher() as found:
        reader = found.reader()
        assert len(reader.leaf_readers()) == 1
        record = stored_records(reader)
        assert [record(d)["id"] for d in range(2)] == ["m0", "m1"]
        assert all(record(d) == reader.stored_fields(d) for d in range(2))
