"""The postings-based ranker gives Whoosh's own ranking: same hits, order and scores."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import Index
from whoosh.query import ConstantScoreQuery, Every, Or, Term
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from indexer.engine import flatgroups
from indexer.engine.codec import FastSegmentWriter
from indexer.engine.flatgroups import flat_units, index_folder, regroup
from indexer.engine.ranking import COVERAGE_BONUS, Coverage, Ranker, weighting
from indexer.engine.store import IndexStore
from indexer.errors import ParteisucheError
from indexer.query import parse_query
from indexer.schema import build_schema
from indexer.search import SearchRequest, SearchService
from tests.support.reference import reference_schema

WORDS = (
    "Rente Mütterrente Haltelinie Pflege Pflegeversicherung Beitrag erhöhen Mindestlohn "
    "Tarifbindung stärken Gesetz Bürgergeld Klimaschutz Klimaschutzgesetz Wärmepumpe "
    "Wärmeplanung kommunale Sicherheit nationale Strategie Sicherheitsstrategie Haushalt "
    "Schuldenbremse lockern Bundeswehr Wehrpflicht Migration Fachkräfte Einwanderung Straße "
    "Größe Fußball Café Regierung Opposition Antrag Ausschuss Debatte Kindergrundsicherung "
    "Grundsicherung Kinder Kind für"
).split()
PARTIES = ["SPD", "DIE LINKE", "CDU/CSU", "BÜNDNIS 90/DIE GRÜNEN", "AfD", "FDP"]
PERSONS = ["Greta Sommerfeld", "Bruno Kaltenbach", "Sören Feldmann", "Otto Brenner"]

QUERIES = [
    "Rente",
    "Mütterrente Haltelinie",
    "Muetterrente Haltelinie",
    "Pflegeversicherung Beitrag erhöhen",
    "Tarifbindung stärken Gesetz",
    "Klimaschutz Gesetz",
    "Wärmepumpe Wärmeplanung kommunale Gesetz Haushalt",
    '"nationale Sicherheitsstrategie"',
    '"nationale Strategie" Sicherheit',
    '"Rente Pflege"',
    '"Gesetz Rente Pflege"',
    'Haushalt ODER "Rente Pflege"',
    '"Gesetz Gesetz"',
    "Rente -Pflege",
    "Rente NICHT Pflege",
    "Rente UND Pflege",
    "Rente ODER Bürgergeld",
    "(Rente ODER Pflege) Gesetz",
    "Klima*",
    "partei:SPD Rente",
    "partei:linke Mindestlohn Gesetz",
    "person:Brenner Haushalt",
    "datum:2023 Rente",
    "jahr:2022..2023 Bundeswehr Wehrpflicht",
    "titel:Haushalt Debatte",
    "Sommerfeld",
    "Schuldenbremse",
    "Kindergrundsicherung",
    "Kindergrundsicherung Gesetz",
    "gibtesnicht",
    "Straße Größe Café",
    "",
]


def _docs(count: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        words = rng.choices(WORDS, k=rng.randint(5, 120))
        year = rng.choice([2021, 2022, 2023, 2024])
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        number = int(date.replace("-", ""))
        person = rng.choice(PERSONS)
        title = " ".join(rng.choices(WORDS, k=rng.randint(1, 4)))
        text = " ".join(words)
        docs.append(
            dict(
                id=f"d{n}", title=title, text=text, exact=f"{title}\n{text}",
                person=person, person_text=person, party=rng.choice(PARTIES),
                date=date, date_start=number, date_end=number, year=year,
            )
        )  # fmt: skip
    return docs


def _fill(writer: object, docs: list[dict[str, object]]) -> None:
    for doc in docs:
        writer.add_document(**doc)  # type: ignore[attr-defined]


#: Which writer writes each of the three segments: the project's (with flat postings, read
#: from their arrays) or Whoosh's (read from the posting blocks), and both in one index;
#: "grouped": the project's, the first two read through one group file (indexer.engine.flatgroups).
WRITERS = {
    "flat": (FastSegmentWriter,) * 3,
    "blocks": (SegmentWriter,) * 3,
    "mixed": (FastSegmentWriter, SegmentWriter, FastSegmentWriter),
    "grouped": (FastSegmentWriter,) * 3,
}


#: The reference index of each searcher: the same documents, segments and deletions, with
#: Whoosh's own positions in ``exact`` (tests/support/reference.py), where Whoosh ranks.
_REFERENCES: dict[int, Searcher] = {}


def _three_segments(ix: Index, writers: tuple[type, ...]) -> None:
    """Three segments (commits without merging), then deleted documents."""
    docs = _docs(150, seed=7)
    for part, writer_class in zip((docs[:60], docs[60:110], docs[110:]), writers, strict=True):
        writer = writer_class(ix)
        _fill(writer, part)
        writer.commit(merge=False)


def _delete_some(ix: Index) -> None:
    writer = ix.writer()
    for n in (3, 70, 120):
        writer.delete_by_term("id", f"d{n}")
    writer.commit(merge=False)


@pytest.fixture(scope="module", params=sorted(WRITERS))
def searcher(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Searcher]:
    """Three segments (commits without merging) and deleted documents."""
    grouped = request.param == "grouped"
    if grouped:
        ix = FileStorage(str(tmp_path_factory.mktemp("grouped"))).create_index(build_schema())
    else:
        ix = RamStorage().create_index(build_schema())
    _three_segments(ix, WRITERS[request.param])
    if grouped:  # levels by tens of documents: the first two (60 + 50) merge, not the third
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(flatgroups, "SMALLEST_LEVEL", 0)
            patch.setattr(flatgroups, "SMALL_SEGMENT", 0)
            assert regroup(ix, factor=2)
    _delete_some(ix)
    reference = RamStorage().create_index(reference_schema())
    _three_segments(reference, (FastSegmentWriter,) * 3)
    _delete_some(reference)
    with ix.searcher(weighting=weighting()) as s, \
            reference.searcher(weighting=weighting()) as whoosh:
        _REFERENCES[id(s)] = whoosh
        assert len(s.leaf_searchers()) == 3
        units = flat_units([(leaf.reader(), offset) for leaf, offset in s.leaf_searchers()],
                           index_folder(s))
        if grouped:  # (reader, offset, flat): a group has no reader
            assert [(leaf is None, offset) for leaf, offset, _flat in units] == [
                (True, 0), (False, 110)]
        else:
            flats = [flat is not None for _leaf, _offset, flat in units]
            assert flats == [w is FastSegmentWriter for w in WRITERS[request.param]]
        yield s


@pytest.fixture
def reference(searcher: Searcher) -> Searcher:
    """Where Whoosh ranks what the ranker ranks on ``searcher``."""
    return _REFERENCES[id(searcher)]


def _stock_segments(searcher: Searcher) -> bool:
    """Whether some segment was written by Whoosh's writer (no flat postings)."""
    units = flat_units([(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers()],
                       index_folder(searcher))
    return any(flat is None for _leaf, _offset, flat in units)


def whoosh_ranking(searcher: Searcher, query: object) -> list[tuple[int, float]]:
    results = searcher.search(query, limit=None, terms=False)
    return [(d, score) for score, d in sorted(results.top_n, key=lambda x: (-x[0], x[1]))]


def assert_same_ranking(got: list[tuple[int, float]], want: list[tuple[int, float]]) -> None:
    """Same documents and scores; the order may differ only between equal scores (last bit)."""
    assert len(got) == len(want)
    for (gd, gs), (wd, ws) in zip(got, want, strict=True):
        assert gs == pytest.approx(ws, rel=1e-12, abs=1e-12)
        if gd != wd:
            assert dict(got)[wd] == pytest.approx(ws, rel=1e-12)
    assert {d for d, _ in got} == {d for d, _ in want}


@pytest.mark.parametrize("text", QUERIES)
def test_ranker_equals_whoosh(searcher: Searcher, reference: Searcher, text: str) -> None:
    query = parse_query(text, searcher).query
    ranker = Ranker(searcher)
    if '"' in text and _stock_segments(searcher):
        # Whoosh's writer leaves a segment without flat postings, and Whoosh's postings of
        # ``exact`` hold no positions: a phrase there is refused, naming the missing file
        with pytest.raises(ParteisucheError, match=r"\.flp is missing.*reindex"):
            ranker.rank(query)
        return
    ranking = ranker.rank(query)
    want = whoosh_ranking(reference, query)
    assert ranking.total == len(want)
    assert_same_ranking(ranking.top(None, len(want)), want)
    # only a few, and of a subset (filters): the same as cutting the full list
    assert_same_ranking(ranking.top(None, 5), want[:5])
    subset = {d for i, (d, _) in enumerate(want) if i % 3 == 0}
    expected = [(d, s) for d, s in want if d in subset][:4]
    assert_same_ranking(ranking.top(subset, 4), expected)
    assert_same_ranking(ranking.top(ranker.mask_of(subset), 4), expected)


def test_plain_words_earn_a_bonus_per_word_found(searcher: Searcher) -> None:
    """Each document's score is its words' BM25F plus the bonus once per word it has."""
    query = parse_query("Pflegeversicherung Beitrag erhöhen", searcher).query
    assert isinstance(query, Coverage)
    assert query.bonus == COVERAGE_BONUS and len(query.words) == 3
    assert query.counted == [True, True, True]  # in this corpus every word is as common
    ranker = Ranker(searcher)
    ranking = ranker.rank(query)
    words = [ranker.scored(word) for word in query.words]
    for doc, score in ranking.top(None, ranking.total):
        found = sum(bool(w.mask[doc]) for w in words)
        plain = sum(float(w.scores[doc]) for w in words)
        assert score == pytest.approx(plain + found * COVERAGE_BONUS, rel=1e-12)


def test_uncounted_words_add_their_score_but_no_bonus(searcher: Searcher) -> None:
    """A common word (``counted`` False) scores like Whoosh's ``Or`` of the same shape."""
    words = [parse_query(w, searcher).query for w in ("Rente", "Gesetz", "Pflege")]
    query = Coverage.of(words, 7.0, [True, False, True])
    assert query.words == words and query.counted == [True, False, True]
    assert query.bonus == 7.0
    assert len(query.subqueries) == 5
    ranking = Ranker(searcher).rank(query)
    assert_same_ranking(ranking.top(None, ranking.total), whoosh_ranking(searcher, query))
    ranker = Ranker(searcher)
    gesetz_only = ranker.docs(words[1]) & ~ranker.docs(words[0]) & ~ranker.docs(words[2])
    scores = ranker.scored(query)
    for doc in np.flatnonzero(gesetz_only):
        assert scores.scores[doc] == pytest.approx(float(ranker.scored(words[1]).scores[doc]))


def test_a_coverage_out_of_shape_has_no_bonus() -> None:
    words = [Term("text", "rente"), Term("text", "pflege")]
    assert Coverage(words).bonus == 0.0
    bad = Coverage([*words, ConstantScoreQuery(Term("text", "other"), 5.0)])
    assert bad.bonus == 0.0 and bad.counted == [False] * 3


def test_constant_score_zero_scores_like_whoosh(searcher: Searcher) -> None:
    """Whoosh's constant-score matcher turns a constant of 0.0 into 1.0; so does the ranker."""
    query = Or([ConstantScoreQuery(Term("party", "SPD"), 0.0), Term("text", "rent")])
    assert_same_ranking(Ranker(searcher).rank(query).top(None, 500),
                        whoosh_ranking(searcher, query))  # fmt: skip


def test_every_matches_undeleted_documents(searcher: Searcher) -> None:
    ranker = Ranker(searcher)
    assert ranker.rank(Every()).total == searcher.doc_count() == 147


def test_service_pages_equal_whoosh(tmp_path: Path) -> None:
    """Through the search service: pages, filters and totals as Whoosh ranks them."""
    store = IndexStore(tmp_path / "index")
    ix = store.create()
    writer = store.writer(ix)
    _fill(writer, _docs(120, seed=3))
    writer.commit()
    service = SearchService(store)
    searcher = service.searcher()
    for text in ("Rente Gesetz", "Klimaschutz", "Mütterrente Haltelinie Pflege"):
        want = whoosh_ranking(searcher, parse_query(text, searcher).query)
        want_ids = [searcher.stored_fields(d)["id"] for d, _ in want]
        for page in (1, 2, 3):
            result = service.search(SearchRequest(q=text, page=page, page_size=7))
            assert result.total == len(want)
            assert [h.id for h in result.hits] == want_ids[(page - 1) * 7 : page * 7]
        result = service.search(SearchRequest(q=text, filters={"party": ["SPD"]}, page_size=50))
        spd = [i for i, (d, _) in zip(want_ids, want, strict=True)
               if searcher.stored_fields(d)["party"] == "SPD"]  # fmt: skip
        assert [h.id for h in result.hits] == spd[:50]
        assert result.total == len(spd)
        service.forget_queries()


def test_a_generation_is_built_once_for_concurrent_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from indexer.search import service as search

    store = IndexStore(tmp_path / "index")
    writer = store.writer(store.create())
    _fill(writer, _docs(40, seed=5))
    writer.commit()
    built: list[int] = []

    class Counting(search.Generation):
        def __init__(self, searcher: Searcher) -> None:
            built.append(1)
            threading.Event().wait(0.2)  # slow enough for the other threads to arrive
            super().__init__(searcher)

    monkeypatch.setattr(search, "Generation", Counting)
    service = SearchService(store)
    results: list[int] = []

    def search_once() -> None:
        results.append(service.search(SearchRequest(q="Rente")).total)

    threads = [threading.Thread(target=search_once) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
    assert len(results) == 6 and len(set(results)) == 1 and results[0] > 0
