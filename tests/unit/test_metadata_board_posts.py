"""A board's election as a list of posts: every name of a label line is a nominee, with the
post its label names (fictional texts)."""

from __future__ import annotations

from indexer.metadata import NOMINEES, document, extract_metadata, nominees

BOARD = (
    "Kreisparteitag wählt neuen Vorstand\n\n"
    "Wernigerode, 8. November 2025\n\n"
    "Der Kreisparteitag der CDU Harz hat am Samstag einen neuen Kreisvorstand gewählt.\n\n"
    "Kreisvorsitzender: Dirk Langhammer\n"
    "Stellvertretende Kreisvorsitzende: Sabine Oelze, Marcel Hünecke\n"
    "Schatzmeister: Rüdiger Paschke\n"
    "Beisitzer: Elke Strobach, Jens Wöltje und Mareike Bordasch\n\n"
    "Langhammer dankte dem bisherigen Vorsitzenden Helmut Gerlach für seine Arbeit.\n"
)


def _records(text: str) -> list[tuple[str, str | None]]:
    found = extract_metadata(text)[NOMINEES]
    return [(r["person"], r["office"]) for r in found.details]


def test_every_name_of_a_label_line_with_the_post_it_names() -> None:
    assert _records(BOARD) == [
        ("Dirk Langhammer", "Kreisvorsitzender"),
        ("Sabine Oelze", "stellv. Kreisvorsitzender"),
        ("Marcel Hünecke", "stellv. Kreisvorsitzender"),
        ("Rüdiger Paschke", "Kreisvorstand"),  # no post of the vocabulary: the board's office
        ("Elke Strobach", "Kreisvorstand"),
        ("Jens Wöltje", "Kreisvorstand"),
        ("Mareike Bordasch", "Kreisvorstand"),
    ]


def test_a_name_in_a_description_is_no_co_nominee() -> None:
    text = BOARD.replace(
        "Schatzmeister: Rüdiger Paschke", "Schatzmeister: Rüdiger Paschke, Nachfolger von Uwe Rabe"
    )
    names = [person for person, _ in _records(text)]
    assert "Rüdiger Paschke" in names and "Uwe Rabe" not in names
    assert "Helmut Gerlach" not in names  # the predecessor, thanked in prose


def test_a_region_label_keeps_its_region_and_has_no_post() -> None:
    text = (
        "Unsere Direktkandidaten für die Landtagswahl\n\n"
        "Pinneberg-Nord (Wahlkreis 22): Hauke Brodersen\n"
        "Elmshorn (Wahlkreis 23): Frauke Thiessen\n"
    )
    found = nominees.find(document.build(text, ""))
    assert [(n.person, n.region, n.office) for n in found] == [
        ("Hauke Brodersen", "Pinneberg-Nord (Wahlkreis 22)", None),
        ("Frauke Thiessen", "Elmshorn (Wahlkreis 23)", None),
    ]


TEAM_PAGE = (
    "Der Landesvorstand der ÖDP Musterland wurde auf dem Landesparteitag gewählt und führt "
    "die Geschäfte bis 2027.\n\n"
    "Landesvorsitzender: Bernd Jessenius\n"
    "Stellvertretende Landesvorsitzende: Maike Thordsdottir, Hans-Peter Wulffen\n"
    "Schatzmeisterin: Inken Sörenberg\n"
    "Beisitzer: Jannes Brodersohn, Gertrud Hamann-Lücke\n\n"
    "Für die Landtagswahl 2027 wird die Landesliste voraussichtlich im Herbst 2026 "
    "aufgestellt.\n"
)


def test_a_page_of_the_board_in_office_lists_no_nominees() -> None:
    """"Unser Landesvorstand" presents the board in office: no nominees, no office sought, even
    where the page mentions a list to be set up later."""
    found = extract_metadata(TEAM_PAGE, title="Unser Landesvorstand – ÖDP Musterland")
    assert found["doc_type"].value == "other"
    assert "office" not in found
    assert "person" not in found or isinstance(found["person"].value, str)


def test_a_bid_on_a_team_page_is_still_a_bid() -> None:
    text = "Ich kandidiere im Herbst für den Landesvorsitz der ÖDP Musterland.\n\nBernd Jessenius"
    found = extract_metadata(text, title="Unser Team – ÖDP Musterland")
    assert found["doc_type"].value == "candidacy"
