"""The query language on a tiny in-memory index of fictional speeches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import RamStorage
from whoosh.searching import Searcher

from indexer.engine.codec import FastSegmentWriter
from indexer.engine.ranking import Ranker, weighting
from indexer.query import MAX_QUERY_CHARS, ParsedQuery, display_form, parse_query
from indexer.schema import build_schema

DOCS = [
    dict(id="d1", title="Mindestlohn",
         text="Wir wollen den Mindestlohn erhöhen und die Tarifbindung stärken.",
         person="Greta Sommerfeld", party="SPD", office="Landesvorsitzende", region="Sachsen",
         date="2024-03-01", date_start=20240301, date_end=20240301, year=2024),
    dict(id="d2", title="Rente", text="Die Mütterrente bleibt. Die Haltelinie bei der Rente auch.",
         person="Bruno Kaltenbach", party="Die Linke", office="Landesvorsitzender",
         region="Sachsen-Anhalt", date="2023-09-12", date_start=20230912, date_end=20230912,
         year=2023),
    dict(id="d3", title="Bürgergeld", text="Das Bürgergeld ersetzt Hartz IV. Die Ampel streitet.",
         person="Sören Feldmann", party="BÜNDNIS 90/DIE GRÜNEN", office="Abgeordneter",
         region="Berlin", date="2022-11-10", date_start=20221110, date_end=20221110, year=2022),
    dict(id="d4", title="Sicherheit", text="Die Nationale Sicherheitsstrategie ist da. "
         "Strategie und Sicherheit sind national wichtig.", person="Greta Sommerfeld",
         party="SPD", region="Sachsen", date="2023-06-14", date_start=20230614,
         date_end=20230614, year=2023),
    dict(id="d5", title="Strategie", text="Eine nationale Strategie für die Sicherheit fehlt.",
         person="Otto Brenner", party="CDU/CSU", region="Bayern", date="2023-06-15",
         date_start=20230615, date_end=20230615, year=2023),
]  # fmt: skip


@pytest.fixture(scope="module")
def searcher() -> Iterator[Searcher]:
    ix = RamStorage().create_index(build_schema())
    writer = FastSegmentWriter(ix)
    for doc in DOCS:
        fields = dict(doc)
        fields["exact"] = f"{doc['title']}\n{doc['text']}"
        fields["person_text"] = doc["person"]
        writer.add_document(**fields)
    writer.commit()
    with ix.searcher(weighting=weighting()) as s:
        yield s


def ids(parsed: ParsedQuery, searcher: Searcher) -> list[str]:
    """The ids of the hits, best first, as the search service ranks them (the ranker equals
    Whoosh's ranking: tests/unit/search/test_search_ranking.py; Whoosh alone cannot match a
    phrase, whose positions only the flat postings hold)."""
    ranked = Ranker(searcher).rank(parsed.query).top(None, searcher.doc_count_all())
    return [searcher.stored_fields(docnum)["id"] for docnum, _score in ranked]


def run(text: str, searcher: Searcher) -> list[str]:
    return ids(parse_query(text, searcher), searcher)


def test_plain_words_all_words_first_then_fewer(searcher: Searcher) -> None:
    found = run("nationale Sicherheitsstrategie", searcher)
    assert found[0] == "d4"
    assert "d5" in found  # "nationale" alone still found, below


def test_compound_query_in_parts(searcher: Searcher) -> None:
    assert run("Mindestlohn erhöhen", searcher)[0] == "d1"


def test_no_umlaut_query(searcher: Searcher) -> None:
    assert run("Muetterrente", searcher) == ["d2"]
    assert run("Buergergeld", searcher) == ["d3"]


def test_quoted_phrase_is_exact(searcher: Searcher) -> None:
    assert run('"Nationale Sicherheitsstrategie"', searcher) == ["d4"]
    assert run("„nationale Strategie“", searcher) == ["d5"]
    assert run("»nationale Strategie«", searcher) == ["d5"]


def test_negation(searcher: Searcher) -> None:
    assert "d4" not in run("Sicherheit -Sicherheitsstrategie", searcher)
    assert "d4" not in run("Sicherheit NICHT Sicherheitsstrategie", searcher)
    assert set(run("-Rente", searcher)) == {"d1", "d3", "d4", "d5"}


def test_or_and(searcher: Searcher) -> None:
    assert set(run("Mütterrente ODER Bürgergeld", searcher)) == {"d2", "d3"}
    assert set(run("Mütterrente OR Bürgergeld", searcher)) == {"d2", "d3"}
    assert run("Sicherheit UND Bayern", searcher) == []
    assert set(run("Sicherheit AND Strategie", searcher)) == {"d4", "d5"}


def test_lowercase_operators_are_words(searcher: Searcher) -> None:
    parsed = parse_query("Rente oder Pension", searcher)
    assert parsed.notice is None


def test_prefix(searcher: Searcher) -> None:
    assert set(run("Sicherheits*", searcher)) == {"d4"}
    assert set(run("Bürger*", searcher)) == {"d3"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('person:"Sören Feldmann"', {"d3"}),
        ("person:Sommerfeld", {"d1", "d4"}),
        ("partei:SPD", {"d1", "d4"}),
        ("partei:spd", {"d1", "d4"}),
        ("partei:linke", {"d2"}),
        ("partei:grüne", {"d3"}),
        ("partei:gruene", {"d3"}),
        ("amt:Landesvorsitzender", {"d2"}),
        ("region:Sachsen", {"d1", "d4"}),
        ("region:sachsen-anhalt", {"d2"}),
        ("datum:2024", {"d1"}),
        ("datum:2023-06", {"d4", "d5"}),
        ("datum:2023-06-15", {"d5"}),
        ("datum:2022..2023", {"d2", "d3", "d4", "d5"}),
        ("jahr:2023", {"d2", "d4", "d5"}),
        ("titel:Rente", {"d2"}),
        ("Sicherheit partei:SPD", {"d4"}),
    ],
)
def test_field_syntax(searcher: Searcher, query: str, expected: set[str]) -> None:
    assert set(run(query, searcher)) == expected


def test_unknown_field_value_gives_notice(searcher: Searcher) -> None:
    parsed = parse_query("partei:Piraten", searcher)
    assert ids(parsed, searcher) == []
    assert parsed.notice and "Piraten" in parsed.notice


def test_bad_date_gives_notice(searcher: Searcher) -> None:
    parsed = parse_query("Rente datum:gestern", searcher)
    assert parsed.notice and "gestern" in parsed.notice
    assert ids(parsed, searcher) == ["d2"]


def test_gender_colon_is_not_a_field(searcher: Searcher) -> None:
    parsed = parse_query("Bürger:innen", searcher)
    assert parsed.notice is None


def test_typo_tolerance_and_suggestion(searcher: Searcher) -> None:
    parsed = parse_query("Mütterrentte", searcher)  # one edit, word absent from the index
    assert ids(parsed, searcher) == ["d2"]
    assert parsed.suggestion == "Mütterrente"


def test_two_edits_only_for_long_words(searcher: Searcher) -> None:
    assert run("Stratgei", searcher) == []  # 8 letters: one edit allowed, this needs two
    assert "d4" in run("Sichrheitt", searcher)  # 10 letters: two edits allowed


def test_short_words_are_not_fuzzy(searcher: Searcher) -> None:
    assert run("Rint", searcher) == []  # "Rente" is one edit away, but 4 letters are too few


def test_absent_compound_found_by_its_parts(searcher: Searcher) -> None:
    assert run("Rentenhaltelinie", searcher) == ["d2"]


def test_display_form_restores_umlauts() -> None:
    assert display_form("muetterrente") == "mütterrente"
    assert display_form("steuer") == "steuer"


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "ODER", "UND UND", "NICHT", "-", "(", ")", "((Rente", "Rente)", ":",
     "partei:", 'person:"', "*", "a*", "x" * 10_000, "Rente " * 500, "\x00", "NOT NOT NOT",
     "datum:9999-99-99", "jahr:abc", "titel:", "-(-(-Rente))"],
)  # fmt: skip
def test_malformed_queries_never_raise(searcher: Searcher, query: str) -> None:
    parsed = parse_query(query, searcher)
    searcher.search(parsed.query, limit=5)


def test_long_query_is_cut_with_notice(searcher: Searcher) -> None:
    parsed = parse_query("Rente " * 1000, searcher)
    assert parsed.notice and str(MAX_QUERY_CHARS) in parsed.notice


def test_empty_query_matches_everything(searcher: Searcher) -> None:
    assert len(run("   ", searcher)) == len(DOCS)


def test_only_stopwords_search_them_verbatim(searcher: Searcher) -> None:
    assert set(run("die", searcher)) >= {"d2", "d3"}


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120))
def test_parser_never_raises(searcher: Searcher, text: str) -> None:
    ids(parse_query(text, searcher), searcher)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(['"', "(", ")", "-", "ODER", "UND", "NICHT", "partei:", "datum:",
                         "Rente", "Sicherheit*", "person:", "„", "»", ":", "*", "2024"]),
        max_size=12,
    )
)  # fmt: skip
def test_parser_never_raises_on_operator_soup(searcher: Searcher, words: list[str]) -> None:
    ids(parse_query(" ".join(words), searcher), searcher)
