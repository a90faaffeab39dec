"""Segment files are read through one shared memory map, never copied per searcher."""

from __future__ import annotations

import io
import mmap
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage

from indexer.engine.mapped import (
    MappedFileStorage,
    MappedSegmentFile,
    MemoryReader,
    ZeroCopyBufferFile,
)
from indexer.engine.store import IndexStore
from indexer.search import SearchRequest, SearchService
from tests.browser.corpus import build_index, write_corpus

operations = st.lists(
    st.tuples(
        st.sampled_from(["read", "readline", "readinto", "seek", "tell"]),
        st.integers(-1, 60),
        st.sampled_from([os.SEEK_SET, os.SEEK_CUR, os.SEEK_END]),
    ),
    max_size=30,
)


@given(data=st.binary(max_size=50), ops=operations)
def test_memory_reader_behaves_like_bytesio(data: bytes, ops: list[tuple[str, int, int]]) -> None:
    ours, theirs = MemoryReader(memoryview(data)), io.BytesIO(data)
    for name, number, whence in ops:
        if name == "seek":
            offset = number if whence == os.SEEK_SET else number - 30
            base = {os.SEEK_SET: 0, os.SEEK_CUR: theirs.tell(), os.SEEK_END: len(data)}[whence]
            if base + offset < 0:
                continue  # both refuse; BytesIO's message differs
            assert ours.seek(offset, whence) == theirs.seek(offset, whence)
        elif name == "readinto":
            mine, other = bytearray(max(number, 0)), bytearray(max(number, 0))
            assert ours.readinto(mine) == theirs.readinto(other)
            assert mine == other
        elif name == "tell":
            assert ours.tell() == theirs.tell()
        elif name == "read":
            assert ours.read(number) == theirs.read(number)
        else:
            assert ours.readline(number) == theirs.readline(number)


def test_searchers_share_the_map_and_find_what_whoosh_finds(tmp_path: Path) -> None:
    store = build_index(write_corpus(tmp_path / "docs"), tmp_path / "index")
    ix = store.open()
    assert isinstance(ix.storage, MappedFileStorage)
    first, second = ix.searcher(), ix.searcher()
    for searcher in (first, second):
        compounds = [leaf._storage.a for leaf, _ in searcher.reader().leaf_readers()]
        assert compounds and all(isinstance(c._file, MappedSegmentFile) for c in compounds)
        parts = [c.open_file(name) for c in compounds for name in c.list()]
        assert parts and all(isinstance(p, ZeroCopyBufferFile) for p in parts)
        # A view into the file's map, not a private copy of it.
        assert all(isinstance(p._buf.obj, mmap.mmap) for p in parts)
    # The same documents, fields and hits as through Whoosh's own storage.
    data = tmp_path / "index" / store.manifest().data
    plain = FileStorage(str(data)).open_index().searcher()
    assert first.doc_count_all() == plain.doc_count_all()
    for docnum in range(plain.doc_count_all()):
        assert first.stored_fields(docnum) == plain.stored_fields(docnum)
    service = SearchService(IndexStore(tmp_path / "index"))
    result = service.search(SearchRequest(q="Direktmandat"))
    assert result.total > 0 and all(hit.snippet for hit in result.hits)
    for searcher in (first, second, plain):
        searcher.close()
