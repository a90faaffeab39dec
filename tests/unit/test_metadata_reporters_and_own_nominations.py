"""A reporter is no candidate; a writer reporting her own nomination is one.

A newspaper's profile names its reporter twice (the byline "Von Jonas Muster", the credit
line "Die Fragen stellte Jonas Muster."), the candidate once in a field: the reporter must not
outweigh her. A post that says "hat mich die Versammlung … gewählt" is the nominee's own text,
not a report about someone else. Every person here is invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import extract_metadata
from tests.support.extraction import sure

PROFILE = """Von Jonas Tegeler · 21.08.2025, 06:00 Uhr
Name: Wiebke Harmsen
Alter: 44
Beruf: Lehrerin
Partei: SPD
Vor der Bürgermeisterwahl am 14. September stellen wir alle Kandidierenden vor.
Warum kandidieren Sie?
Weil ich seit zehn Jahren im Rat sitze und gute Ideen an der Verwaltungsspitze hängen bleiben.
Als Bürgermeisterin von Friedland möchte ich das ändern.
Was würden Sie als Erstes anpacken?
Ein Sanierungsprogramm für die Schulen.
{credit}
"""


@pytest.mark.parametrize(
    "credit",
    [
        "Die Fragen stellte Jonas Tegeler.",
        "Das Gespräch führte Jonas Tegeler.",
        "Interview: Jonas Tegeler",
    ],
)
def test_the_credited_reporter_is_not_the_candidate(credit: str) -> None:
    found = extract_metadata(PROFILE.format(credit=credit), title="Wiebke Harmsen im Steckbrief")
    assert found["person"].value == "Wiebke Harmsen"


def test_without_a_credit_line_the_byline_still_counts() -> None:
    text = (
        "Von Jonas Tegeler · 21.08.2025\n"
        "Ich bewerbe mich um den Vorsitz des Ortsvereins Friedland. Seit 2015 bin ich Mitglied.\n"
    )
    assert extract_metadata(text)["person"].value == "Jonas Tegeler"


POST = """Dr. Hinnerk Saathoff • 1.
Geschäftsführer | Kreistagsabgeordneter im Landkreis Leer | Freie Demokraten
3 Mon. • Bearbeitet

Ich freue mich sehr: Am Samstag, 16. November 2024, hat mich die Wahlkreisversammlung der
Freien Demokraten mit 87 Prozent zum Direktkandidaten für den Bundestagswahlkreis 25
gewählt.

Danke an alle Mitglieder, die nach Leer gekommen sind. Ein besonderer Dank an unsere
Kreisvorsitzende Talea Brons und an das ganze Team.

#FDP #Bundestagswahl2025
"""


def test_a_writer_reporting_her_own_nomination_is_the_candidate() -> None:
    found = sure(POST)
    assert found["doc_type"] == "candidacy"
    assert found["person"] == "Hinnerk Saathoff"
    assert found["office"] == "Direktkandidat Bundestag"


def test_a_report_of_someone_elses_nomination_stays_a_report() -> None:
    text = POST.replace("hat mich die", "hat Talea Brons die").replace(
        "zum Direktkandidaten", "zur Direktkandidatin"
    )
    assert "Hinnerk Saathoff" not in str(sure(text).get("person"))


RELEASE = """Bremerhaven, 25. November 2024. Die Vertreterversammlung der CDU im Bundestagswahlkreis
55 hat am Samstag den Stadtverordneten Jasper Rohlfing zum Direktkandidaten für die
Bundestagswahl am 23. Februar 2025 gewählt. Rohlfing erhielt 68 von 74 Stimmen.
"""


def test_a_nomination_filed_under_press_releases_is_a_candidacy() -> None:
    """The category "Pressemitteilungen" names the channel, as a press heading does."""
    found = extract_metadata(
        RELEASE,
        title="Jasper Rohlfing ist unser Kandidat für den Wahlkreis Bremen II – Bremerhaven",
        hints={"format_category": "Bundestagswahl, Pressemitteilungen"},
    )
    assert found["doc_type"].value == "candidacy"
    assert found["person"].value == "Jasper Rohlfing"
    assert found["person"].confidence >= 0.5


def test_a_headline_that_says_someone_will_not_run_announces_no_nomination() -> None:
    text = (
        "Salzwedel. Der Kreisvorsitzende Jorge Tiedtke wird auf dem Kreisparteitag am 28. "
        "Februar 2026 nicht erneut für den Kreisvorsitz kandidieren. Eine Findungskommission "
        "sucht die Nachfolge.\n"
    )
    found = extract_metadata(
        text,
        title="Jorge Tiedtke kandidiert nicht erneut für den Kreisvorsitz",
    )
    assert found["doc_type"].value != "candidacy"


@pytest.mark.parametrize(
    "header",
    [
        "Kim Hollenbach · Basisgruppe Magdeburg · Pronomen: they/them",
        "Kim Hollenbach · Kreisverband Jena",
    ],
)
def test_a_header_line_of_parts_that_opens_with_a_name_names_the_writer(header: str) -> None:
    text = (
        f"{header}\n\nHallo ihr Lieben,\n\nauf der Landesvollversammlung wählen wir einen neuen "
        "Landesvorstand. Ich möchte mich bewerben und mich um unseren Landesverband kümmern.\n\n"
        "Solidarische Grüße\nKim\n"
    )
    found = extract_metadata(text, title="Bewerbung für den Landesvorstand")
    assert found["person"].value == "Kim Hollenbach"
    assert found["person"].confidence >= 0.5


def test_a_reporters_byline_of_parts_names_no_writer() -> None:
    text = (
        "Von Sandy Reichelt · So., 08.12.2024, 16:20 Uhr\n\n"
        "Jorina Matzke tritt für die FDP im Wahlkreis 34 an. Die Versammlung wählte sie mit 40 "
        "Stimmen zur Direktkandidatin.\n"
    )
    assert sure(text).get("person") != "Sandy Reichelt"
