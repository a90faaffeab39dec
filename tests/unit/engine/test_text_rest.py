"""The text beyond a long document's stored beginning, read from its own segment's column."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.searching import Searcher

from indexer.engine.codec import FastSegmentWriter
from indexer.engine.documents import REST_COLUMN, text_rest
from indexer.schema import STORED_TEXT_CHARS, build_schema

LONG = "Wort " * (STORED_TEXT_CHARS // 5) + "Schluss der langen Rede."


@pytest.fixture
def searcher() -> Iterator[Searcher]:
    """Three segments; a long document in the second and the third, short ones around."""
    ix = RamStorage().create_index(build_schema())
    for segment in range(3):
        writer = FastSegmentWriter(ix)
        for n in range(4):
            text = LONG + f" Segment {segment}." if segment and n == 2 else f"Kurz {segment} {n}."
            writer.add_document(
                id=f"s{segment}-{n}", title="T", text=text[:STORED_TEXT_CHARS], exact=text,
                **{REST_COLUMN: text[STORED_TEXT_CHARS:].encode("utf-8")},
            )
        writer.commit(merge=False)
    with ix.searcher() as found:
        assert len(found.reader().leaf_readers()) == 3
        yield found


def test_the_rest_of_a_long_document_in_any_segment(searcher: Searcher) -> None:
    reader = searcher.reader()
    for segment in (1, 2):
        docnum = searcher.document_number(id=f"s{segment}-2")
        assert docnum is not None
        stored = str(searcher.stored_fields(docnum)["text"])
        assert len(stored) == STORED_TEXT_CHARS
        whole = stored + text_rest(reader, docnum, stored)
        assert whole == LONG + f" Segment {segment}."
        assert text_rest(reader, docnum) == whole[STORED_TEXT_CHARS:]  # without the hint


def test_a_short_document_has_no_rest(searcher: Searcher) -> None:
    reader = searcher.reader()
    for docnum in range(reader.doc_count_all()):
        stored = str(searcher.stored_fields(docnum)["text"])
        if len(stored) < STORED_TEXT_CHARS:
            assert text_rest(reader, docnum, stored) == text_rest(reader, docnum) == ""
