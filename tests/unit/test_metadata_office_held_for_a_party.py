"""A council seat held "für" a party is a current office, not the one sought, and a place
"der Landesliste" is a parliament's list (fictional texts)."""

from __future__ import annotations

import pytest

from indexer.metadata import office
from tests.support.extraction import sure

BID = (
    "Liebe Delegierte,\n\n"
    "mein Name ist Corinna Wessolek, ich bin 38 Jahre alt und lebe in Neustadt an der "
    "Weinstraße. Seit 2019 sitze ich {seat}. Hiermit bewerbe ich mich um Platz 7 der "
    "Landesliste zur Landtagswahl in Rheinland-Pfalz.\n\n"
    "Solidarische Grüße\nCorinna Wessolek"
)


@pytest.mark.parametrize("seat", [
    "für DIE LINKE im Stadtrat", "für die SPD im Stadtrat", "für Die Grünen im Kreistag",
    "im Stadtrat",
])
def test_a_seat_held_for_a_party_is_not_the_sought_office(seat: str) -> None:
    found = sure(BID.format(seat=seat), title="Bewerbung um Platz 7 der Landesliste")
    assert found["office"] == "Landesliste Landtag"
    assert found["bundesland"] == "Rheinland-Pfalz"


def test_a_bid_for_a_council_for_a_party_is_still_sought() -> None:
    text = ("Ich kandidiere für die SPD für den Stadtrat in Speyer. Seit 2019 bin ich "
            "Elternvertreterin.\n\nIhre Ilse Brandauer")
    assert sure(text)["office"] == "Stadtrat"


@pytest.mark.parametrize(("text", "parliament"), [
    ("Bewerbung um Platz 7 der Landesliste", True),
    ("Kandidatur auf Platz 2 auf der Bundesliste", True),
    ("Landesliste der SPD", True),
    ("Bewerbung um Platz 7 der Liste für den Stadtrat", False),
])
def test_a_list_place_of_a_parliament(text: str, parliament: bool) -> None:
    start = text.index("Platz") if "Platz" in text else 0
    end = text.index(" ", start + 6) if "Platz" in text else len("Landesliste")
    assert office._parliament_list(text, start, end) is parliament  # noqa: SLF001


def test_a_bid_for_a_constituency_in_the_title() -> None:
    text = ("Liebe Mitglieder,\nich möchte mich Ihnen als Bewerber vorstellen. Ich bin 51 Jahre "
            "alt und Meister in Glindenberg.\nIhr Steffen Wallmann")
    found = sure(text, title="Meine Bewerbung für den Landtagswahlkreis Wolmirstedt")
    assert found["office"] == "Direktkandidat Landtag"


def test_the_office_just_named_is_bid_for_by_reference() -> None:
    text = ("Liebe Röderländerinnen und Röderländer,\nam 15. Juni 2025 wählen Sie eine neue "
            "Bürgermeisterin oder einen neuen Bürgermeister. Ich bewerbe mich um dieses Amt.\n"
            "Ihre Cornelia Wächtner")
    assert sure(text)["office"] == "Bürgermeister"
