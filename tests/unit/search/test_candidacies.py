"""Candidacy rows and their grouping into elections (pure functions, fictional people)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from indexer.search.candidacies import (
    ELECTION_GAP_DAYS,
    Candidacy,
    Details,
    Nominee,
    details_from_stored,
    elections,
    lead,
    parse_nominees,
    rows,
)
from indexer.search.types import Hit


def hit(doc_id: str, date: str | None, *, person: str = "Anna Muster",
        office: str = "Landesvorsitzender", region: str = "Sachsen") -> Hit:
    return Hit(doc_id, None, f"Titel {doc_id}", [person], [office], [region], [region], ["SPD"],
               ["candidacy"], date, "")


def run(doc_id: str, date: str | None, **kwargs: str) -> Candidacy:
    return rows(hit(doc_id, date, **kwargs), Details())[0]


def labels(groups: list[object]) -> list[list[str]]:
    return [[r.doc.id for r in g.rows] for g in groups]  # type: ignore[attr-defined]


def test_close_dates_are_one_election_far_ones_two() -> None:
    found = [run("a", "2024-03-02"), run("b", "2024-04-20"), run("c", "2022-05-07")]
    assert labels(elections(found)) == [["b", "a"], ["c"]]
    assert labels(elections(found, newest_first=False)) == [["c"], ["b", "a"]]


def test_the_gap_is_measured_between_neighbours_in_time() -> None:
    """A chain of statements each a few weeks apart stays one election."""
    found = [run("a", "2024-01-01"), run("b", "2024-04-01"), run("c", "2024-07-01")]
    assert labels(elections(found)) == [["c", "b", "a"]]
    assert ELECTION_GAP_DAYS < 182
    found = [run("a", "2024-01-01"), run("b", "2024-07-01")]
    assert labels(elections(found)) == [["b"], ["a"]]


def test_other_office_or_region_is_another_election_and_undated_come_last() -> None:
    found = [
        run("a", "2024-03-02"),
        run("b", "2024-03-03", region="Thüringen"),
        run("c", "2024-03-04", office="Landesvorstand"),
        run("d", None),
    ]
    groups = elections(found)
    assert labels(groups) == [["c"], ["b"], ["a"], ["d"]]
    assert (groups[-1].first, groups[-1].last) == (None, None)


def test_partial_dates_group_by_their_first_day() -> None:
    found = [run("a", "2024"), run("b", "2024-02"), run("c", "2021")]
    assert labels(elections(found)) == [["b", "a"], ["c"]]


def test_a_list_announcement_is_a_row_per_nominee_in_list_order() -> None:
    listed = Details(
        (Nominee("Ewa Beispiel", None, "Kiel-Nord", 2), Nominee("Jonas Muster", None, None, 1),
         Nominee("Ida Probe")),
        "Die Versammlung hat gewählt.",
    )
    found = rows(hit("l", "2025-06-01", person="Ewa Beispiel"), listed)
    assert [(r.persons, r.place, r.region, r.listed) for r in found] == [
        (("Ewa Beispiel",), 2, "Kiel-Nord", True),
        (("Jonas Muster",), 1, "Sachsen", True),
        (("Ida Probe",), None, "Sachsen", True),
    ]
    group = elections(found)[0]
    assert [r.persons[0] for r in group.rows] == ["Jonas Muster", "Ewa Beispiel", "Ida Probe"]
    only = rows(hit("l", "2025-06-01"), listed, persons=["Ida Probe"])
    assert [r.persons for r in only] == [("Ida Probe",)]


def test_a_duo_candidacy_is_one_row_with_both_persons() -> None:
    duo = Hit("d", None, "Doppelspitze", ["Anna Muster", "Ben Beispiel"], ["Landesvorsitzender"],
              [], ["Sachsen"], [], ["candidacy"], "2024-01-01", "")
    found = rows(duo, Details())
    assert [r.persons for r in found] == [("Anna Muster", "Ben Beispiel")]
    group = elections(found)[0]  # without a region, the Bundesland says where
    assert (group.region, group.bundesland) == ("Sachsen", "Sachsen")


def test_lead_skips_a_first_line_that_repeats_the_title_and_cuts_at_a_word() -> None:
    text = "Meine Bewerbung\n\nLiebe Freundinnen und Freunde,\nich bewerbe mich."
    assert lead("Meine  Bewerbung", text) == "Liebe Freundinnen und Freunde, ich bewerbe mich."
    assert lead("Anderer Titel", text).startswith("Meine Bewerbung Liebe")
    long = lead("", "Wort " * 200, limit=30)
    assert long == "Wort Wort Wort Wort Wort Wort …" and len(long) <= 32


def test_stored_nominees_are_read_and_malformed_ones_skipped() -> None:
    extra = {"nominees": [
        {"person": "Anna Muster", "office": "Landesliste Landtag", "region": None, "place": 1},
        {"person": 7}, "kaputt", {"person": "Ben Beispiel", "place": True},
    ]}
    found = details_from_stored({"extra": json.dumps(extra), "text": "Text", "title": "T"})
    assert found.nominees == (
        Nominee("Anna Muster", "Landesliste Landtag", None, 1), Nominee("Ben Beispiel"),
    )
    assert details_from_stored({"extra": '{"nominees": [kaputt'}).nominees == ()
    assert parse_nominees({"person": "x"}) == ()


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.one_of(
    st.none(), st.dates().map(lambda d: d.isoformat())))))
def test_grouping_keeps_every_row_once(items: list[tuple[str, str | None]]) -> None:
    found = [run(f"{n}", date, office=office) for n, (office, date) in enumerate(items)]
    groups = elections(found)
    assert sorted(r.doc.id for g in groups for r in g.rows) == sorted(r.doc.id for r in found)
    dated = [g.last for g in groups if g.last]
    assert dated == sorted(dated, reverse=True)
