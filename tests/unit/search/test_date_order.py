"""Date order of a document set: undated documents last, ties by document number, and only
the first ``limit`` when asked; the same as sorting the documents one by one."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from whoosh.filedb.filestore import RamStorage

from indexer.engine.codec import FastSegmentWriter
from indexer.schema import build_schema
from indexer.search.cache import Generation


@pytest.fixture(scope="module")
def generation() -> Generation:
    rng = random.Random(5)
    ix = RamStorage().create_index(build_schema())
    for part in range(2):  # two segments
        writer = FastSegmentWriter(ix)
        for n in range(120):
            day = rng.choice([0, 0, 20230101, 20230101, 20220505, rng.randint(20000101, 20251231)])
            writer.add_document(  # undated: 0, as indexer.engine.documents.to_fields writes it
                id=f"d{part}-{n}", title="Titel", text="Text", exact="Titel Text",
                date_start=day, date_end=day,
            )
        writer.commit(merge=False)
    with ix.searcher() as searcher:
        return Generation(searcher)


def _expected(generation: Generation, ids: list[int], sort: str) -> list[int]:
    starts = generation.starts.tolist()
    if sort == "newest":  # the oldest-first order of all documents, reversed: undated last
        return sorted(ids, key=lambda d: (starts[d], d), reverse=True)
    return sorted(ids, key=lambda d: (starts[d] == 0, starts[d], d))


@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("limit", [None, 1, 7, 500])
def test_date_order_of_random_sets(generation: Generation, sort: str, limit: int | None) -> None:
    rng = np.random.default_rng(3)
    size = len(generation.starts)
    assert (generation.starts == 0).sum() > 10  # undated documents and ties occur
    for density in (0.0, 0.05, 0.5, 1.0):
        docs = rng.random(size) < density
        want = _expected(generation, np.flatnonzero(docs).tolist(), sort)
        got = generation.by_date_within(docs, sort, limit)
        assert got == (want if limit is None else want[:limit])


def test_date_filters_are_kept_read_only_per_generation(generation: Generation) -> None:
    first = generation.dated(20220101, 20231231)
    assert first is not None and not first.flags.writeable
    assert generation.dated(20220101, 20231231) is first
    starts = generation.starts
    want = (starts > 0) & (starts <= 20231231) & (generation.ends >= 20220101)
    assert np.array_equal(first, want) and first.any() and not first.all()
    other = generation.dated(20230101, None)
    assert other is not None and other is not first and not np.array_equal(other, first)
    with pytest.raises(ValueError):
        first[0] = not first[0]


def _day(yyyymmdd: int) -> int:
    year, month, day = yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100
    return dt.date(year, month, day).toordinal()


@pytest.mark.parametrize("around", [20230101, 20220505, 20190317, 19991231, 20300101])
@pytest.mark.parametrize("limit", [1, 5, 500])
def test_nearest_in_time_is_the_smallest_distance_in_days(
    around: int, limit: int
) -> None:
    """"Mehr von": the documents dated nearest to a day, ties in the oldest-first order,
    undated ones last — the same as measuring every document's distance with dates."""
    rng = random.Random(around)
    ix = RamStorage().create_index(build_schema())
    writer = FastSegmentWriter(ix)
    for n in range(150):  # valid dates only, as the indexer writes them
        day = rng.choice([0, 20230101, 20220505, 20221229, 20230104]) if n % 2 else (
            rng.randint(1990, 2029) * 10000 + rng.randint(1, 12) * 100 + rng.randint(1, 28))
        writer.add_document(id=f"d{n}", title="T", text="Text", exact="T Text",
                            date_start=day, date_end=day)
    writer.commit()
    with ix.searcher() as searcher:
        generation = Generation(searcher)
    docs = np.random.default_rng(1).random(len(generation.starts)) < 0.6
    oldest_first = generation.by_date_within(docs, "oldest")
    starts = generation.starts.tolist()

    def distance(d: int) -> tuple[int, int]:
        return (1, 0) if starts[d] == 0 else (0, abs(_day(starts[d]) - _day(around)))

    want = sorted(oldest_first, key=distance)[:limit]  # stable: ties stay oldest first
    assert generation.nearest_in_time(docs, around, limit) == want
    assert any(starts[d] == 0 for d in oldest_first)  # undated ones take part
