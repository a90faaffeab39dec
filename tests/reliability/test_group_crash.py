"""SIGKILL while a group file is being written: searches read the segments, nothing is lost,
and the next write removes the unfinished file and merges again."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from indexer.engine import flatgroups
from indexer.engine.flatgroups import PREFIX, SUFFIX, flat_units, groups_in, index_folder, regroup
from indexer.engine.ranking import Ranker, weighting
from indexer.query import parse_query
from tests.unit.engine.test_flatgroups import PARTS, QUERIES, _index

#: Merges every segment of the test index, and stops for good after the first field is on
#: disk, announcing it on stdout: the parent kills the process there.
CHILD = textwrap.dedent(
    """
    import sys, time
    from whoosh.filedb.filestore import FileStorage
    from indexer.engine import flat, flatgroups

    flatgroups.SMALL_SEGMENT = 0
    add_field = flat.FlatWriter.add_field

    def add_then_hang(self, *args, **kwargs):
        add_field(self, *args, **kwargs)
        self._handle.flush()
        print("written", flush=True)
        time.sleep(600)

    flat.FlatWriter.add_field = add_then_hang
    flatgroups.regroup(FileStorage(sys.argv[1]).open_index(), factor=int(sys.argv[2]))
    """
)


def _rankings(ix: object) -> dict[str, list[tuple[int, float]]]:
    with ix.searcher(weighting=weighting()) as searcher:  # type: ignore[attr-defined]
        return {
            q: Ranker(searcher).rank(parse_query(q, searcher).query).top(None, 1000)
            for q in QUERIES
        }


def _units(ix: object) -> list[bool]:
    """Per unit a query reads: is it a group?"""
    with ix.searcher(weighting=weighting()) as searcher:  # type: ignore[attr-defined]
        leaves = [(s.reader(), o) for s, o in searcher.leaf_searchers()]
        return [leaf is None for leaf, _o, _f in flat_units(leaves, index_folder(searcher))]


def test_a_killed_merge_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ix = _index(tmp_path)
    before = _rankings(ix)
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path), str(len(PARTS))],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
    ) as child:  # fmt: skip
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "written"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    unfinished = [p for p in tmp_path.iterdir() if p.name.startswith(PREFIX)]
    assert [p.name.endswith(SUFFIX + ".tmp") for p in unfinished] == [True]
    assert unfinished[0].stat().st_size > 0
    assert groups_in(tmp_path) == {}

    ix = FileStorage(str(tmp_path)).open_index()
    assert _units(ix) == [False] * len(PARTS)
    assert _rankings(ix) == before

    monkeypatch.setattr(flatgroups, "SMALL_SEGMENT", 0)  # as in the child
    assert regroup(ix, factor=len(PARTS)) is True
    files = [p.name for p in tmp_path.iterdir() if p.name.startswith(PREFIX)]
    assert len(files) == 1 and files[0].endswith(SUFFIX)
    assert _units(ix) == [True]
    assert _rankings(ix) == before
