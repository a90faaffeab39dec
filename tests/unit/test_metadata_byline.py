"""Weak evidence from the format: a web page's byline and a file's document properties name
the person only where the text names none, and never the nominee of an announcement."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from indexer.metadata import extract_metadata
from webapp.cli import cli

QA = (
    "Fragen an die Kandidatin\n\n"
    "Warum kandidierst du für den Landesvorstand?\n"
    "Weil ich die Arbeit der Kreisverbände besser vernetzen will.\n\n"
    "Was ist dein wichtigstes Thema?\n"
    "Bezahlbarer Wohnraum in den Städten und Dörfern.\n"
)
NOMINATION = (
    "Kreisverband nominiert Direktkandidatin\n\n"
    "Die Mitgliederversammlung hat am 12. Oktober 2024 Ilka Sommerfeldt mit 41 von 45 Stimmen "
    "zur Direktkandidatin für den Wahlkreis Gifhorn – Peine gewählt.\n"
)


def test_a_byline_names_the_person_of_a_page_that_names_none() -> None:
    found = extract_metadata(QA, title="Fragen an die Kandidatin",
                             hints={"byline": "Jorinde Pasewalk"})
    assert found["person"].value == "Jorinde Pasewalk"
    assert found["person"].confidence >= 0.5 and "Seitenkopf" in found["person"].evidence


def test_document_properties_alone_stay_under_the_facet_threshold() -> None:
    found = extract_metadata(QA, title="Fragen", hints={"format_author": "Tom Beispielmann"})
    assert found["person"].value == "Tom Beispielmann" and found["person"].confidence < 0.5


def test_a_byline_that_is_no_name_or_names_the_publisher_is_ignored() -> None:
    for byline in ("Kreisverband Musterau", "Redaktion", "Team Jorinde", "admin"):
        found = extract_metadata(QA, title="Fragen", hints={"byline": byline})
        assert "person" not in found, byline


def test_the_writer_of_a_nomination_is_not_the_nominee() -> None:
    found = extract_metadata(NOMINATION, title=None, hints={"byline": "Jorinde Pasewalk"})
    assert found.get("person") is None or found["person"].value == "Ilka Sommerfeldt"


def test_the_text_wins_over_the_byline() -> None:
    text = ("Mein Name ist Hauke Brodersen, und ich bewerbe mich um den Kreisvorsitz.\n"
            "Ich bin 41 Jahre alt und Tischler.\n")
    found = extract_metadata(text, title="Bewerbung", hints={"byline": "Jorinde Pasewalk"})
    assert found["person"].value == "Hauke Brodersen"


def test_extract_reads_the_byline_of_a_markdown_page(tmp_path: Path) -> None:
    page = tmp_path / "2025-03-14-fragen.md"
    page.write_text("---\ntitle: Fragen an die Kandidatin\nauthor:\n  name: Jorinde Pasewalk\n"
                    "pubDate: 2025-03-14\n---\n" + QA, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--json", str(page)], catch_exceptions=False)
    row = json.loads(result.stdout)
    assert row["person"] == "Jorinde Pasewalk" and row["date"] == "2025-03-14"
    assert row["provenance"]["person"]["origin"] == "extracted"


def test_the_questioner_named_in_the_lead_is_not_the_person() -> None:
    text = ("Auf der Mailingliste hat mir Ole Brüning ein paar Fragen zu meiner Kandidatur "
            "gestellt. Ich beantworte sie hier.\n\n"
            "Du willst Landesschatzmeister werden. Hast du Erfahrung mit Finanzen?\n"
            "Ja, ich arbeite seit elf Jahren in einer Steuerkanzlei.\n")
    alone = extract_metadata(text, title="Fragen von Ole zur Kandidatur")
    assert "person" not in alone or alone["person"].value != "Ole Brüning"
    with_byline = extract_metadata(text, title="Fragen von Ole zur Kandidatur",
                                   hints={"byline": "Jorinde Pasewalk"})
    assert with_byline["person"].value == "Jorinde Pasewalk"
