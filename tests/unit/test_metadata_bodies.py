# ruff: noqa: E501  (the cases are whole German sentences; wrapping them hurts reading)
"""Regions of council groups and Landtag constituencies, and titles of named people.

Patterns of a blind set: a council group's text belongs to its council's place, a Landtag
group's to its Land; Landtag constituencies are kept as written ("Pankow 3", Bavaria's
"Stimmkreis Augsburg-Stadt-Ost", Bremen's "Wahlbereich Bremerhaven"); an office word right
before a person's name is that person's title. Every person and scene is invented.
"""

from __future__ import annotations

import pytest

from indexer.metadata import extract_metadata
from tests.support.extraction import sure


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Fraktion DIE LINKE im Stadtrat der Landeshauptstadt Magdeburg\n\nAntrag: Kostenloses Schulessen\n\nDer Stadtrat möge beschließen, dass alle Grundschulen ab 2027 ein kostenloses Mittagessen anbieten.",
            "Magdeburg",
        ),
        (
            "AfD-Fraktion im Kreistag Westerwaldkreis\n\nPressemitteilung vom 5. August 2025\n\nDie Fraktion fordert Bürgerentscheide vor jedem weiteren Windpark im Kreisgebiet.",
            "Westerwaldkreis",
        ),
    ],
)
def test_a_council_groups_text_belongs_to_its_councils_place(text: str, region: str) -> None:
    assert sure(text).get("region") == region


def test_a_landtag_groups_text_belongs_to_its_land() -> None:
    text = (
        "BÜNDNIS 90/DIE GRÜNEN\nFraktion im Niedersächsischen Landtag\n\nPRESSEMITTEILUNG\n\n"
        "Moorschutz: Land muss Förderprogramm aufstocken\n\nDie Fraktion fordert mehr Geld für die Wiedervernässung."
    )
    assert sure(text).get("region") == "Niedersachsen"


@pytest.mark.parametrize(
    ("text", "title", "region"),
    [
        (
            "Wir freuen uns: Die Wahlkreisversammlung hat Mirja Tannhäuser als Kandidatin aufgestellt. Sie tritt zur Wahl zum Abgeordnetenhaus an.",
            "Mirja Tannhäuser – Direktkandidatin für Pankow 3 – Die Linke Pankow",
            "Pankow 3",
        ),
        (
            "Die Delegierten der CSU im Stimmkreis Augsburg-Stadt-Ost haben Lioba Wittmannsberger zur Stimmkreiskandidatin für die Landtagswahl 2028 gewählt.",
            None,
            "Augsburg-Stadt-Ost",
        ),
    ],
)
def test_a_landtag_constituency_is_kept_as_written(text: str, title: str | None, region: str) -> None:
    found = sure(text, title)
    assert found.get("office") == "Direktkandidat Landtag"
    assert found.get("region") == region


def test_a_bremen_list_for_a_wahlbereich_is_a_landtag_list_of_that_area() -> None:
    text = (
        "Bremerhaven, 9. November 2026 – Die Grünen im Land Bremen haben am Samstag ihre Kandidierenden für den Wahlbereich Bremerhaven zur Bürgerschaftswahl am 23. Mai 2027 bestimmt. "
        "Angeführt wird die Liste von Svea Klüßenbrink (41). Platz 2 erhielt Bastian Oeltjenbruns (35).\n\n"
        "Landesvorstandssprecher Merten Schwartau kündigte an, man werde mit einem starken Team antreten."
    )
    found = sure(text)
    assert found.get("office") == "Landesliste Landtag"
    assert found.get("region") == "Bremerhaven"


def test_a_category_that_names_a_type_types_the_post() -> None:
    text = (
        "Hamburg. Die Partei kritisiert die Probleme mit der Fahrrinne. Dazu erklärt die "
        "Landesvorsitzende, Dr. Frauke Asmussenbeck: Der Senat muss handeln."
    )
    hinted = extract_metadata(text, title="Senat muss handeln", hints={"format_category": "Pressemitteilung, Hafen"})
    assert hinted["doc_type"].value == "press_release"
    plain = extract_metadata(text, title="Senat muss handeln", hints={"format_category": "Hafen, Elbe"})
    assert plain["doc_type"].value != "press_release"


def test_a_press_release_number_keeps_its_heading_line() -> None:
    text = "Fraktion im Niedersächsischen Landtag\nPRESSEMITTEILUNG Nr. 147/2025\nHannover, 23.10.2025\n\nDie Fraktion fordert mehr Moorschutz."
    assert sure(text, "BÜNDNIS 90/DIE GRÜNEN").get("doc_type") == "press_release"


def test_a_party_in_a_wahlkreis_names_the_place_not_the_word() -> None:
    text = "Liebe Freundinnen und Freunde,\nals Direktkandidat der Grünen im Wahlkreis Saarlouis habe ich 6,8 Prozent erhalten. Danke für eure Hilfe!"
    assert sure(text, "Danke!").get("region") == "Saarlouis"


def test_list_lines_with_titles_and_surnames_that_are_first_names_too() -> None:
    text = (
        "Unsere Reserveliste für den Rat der Stadt\n\n"
        "1. Dr. Kerstin Fallenbach (Tierärztin, Eilenburg)\n"
        "2. Demir, Cem – Fachinformatiker, Wahlbezirk 21\n"
        "3. Osei, Emmanuel – Doktorand, Wahlbezirk 4\n"
        "4. Brinkmann, Jörg – Lehrer, Wahlbezirk 7\n"
    )
    found = extract_metadata(text, title="Reserveliste zur Kommunalwahl")
    assert list(found["nominees"].value) == [
        "Kerstin Fallenbach", "Cem Demir", "Emmanuel Osei", "Jörg Brinkmann",
    ]


def test_two_first_names_in_prose_stay_two_people() -> None:
    from indexer.metadata import names

    assert [n.name for n in names.find_names("Wir danken Anna, Maria und allen anderen.")] == []


def test_the_members_who_complete_a_board_are_nominees_too() -> None:
    text = (
        "Der Landesparteitag hat einen neuen Vorstand gewählt. Neue Landesvorsitzende ist Heike Brodowski (52, Güstrow). "
        "Als stellvertretender Landesvorsitzender wurde Piotr Nowackowski (33, Pasewalk) gewählt. "
        "Dem erweiterten Landesvorstand gehören außerdem Torben Lüthje, Galina Sommerfeldt und Marco Reinkens an."
    )
    found = extract_metadata(text, title="Neuer Landesvorstand gewählt")
    assert list(found["nominees"].value) == [
        "Heike Brodowski", "Piotr Nowackowski", "Torben Lüthje", "Galina Sommerfeldt", "Marco Reinkens",
    ]


ELECTION_REPORT = """Junge Union Musterland
Pressemitteilung

Musterstadt, 06.04.2025

JU Musterland wählt Niklas Jungbluth-Backes zum neuen Landesvorsitzenden

Auf dem Landestag wählten die Delegierten am Samstag den 25-jährigen Niklas Jungbluth-Backes mit 91,2 Prozent der Stimmen. Er folgt auf Lara Stoffelmann, die nicht mehr kandidierte.
"""


def test_a_press_release_reporting_an_election_to_a_party_office_is_a_candidacy() -> None:
    found = sure(ELECTION_REPORT)
    assert found.get("doc_type") == "candidacy"
    assert found.get("office") == "Landesvorsitzender"
    assert found.get("person") == "Niklas Jungbluth-Backes"


def test_a_local_unit_named_distrikt_makes_its_chair_an_ortsvorsitz() -> None:
    text = (
        "SPD-Distrikt Musterhorn – Mitteilungen an die Mitglieder\n\n"
        "Auf der Jahreshauptversammlung des SPD-Distrikts Musterhorn haben die Mitglieder "
        "Bettina Kowalski-Frahm mit 38 von 41 Stimmen zur neuen Vorsitzenden gewählt."
    )
    assert sure(text).get("office") == "Ortsvorsitzender"


def test_a_title_in_capitals_names_the_sought_office() -> None:
    text = (
        "Bewerber: Maximilian Kehmeier-Vey\nAlter: 27\nWohnort: Künzell\n\n"
        "Ich möchte den Kreisverband in den nächsten zwei Jahren führen."
    )
    found = sure(text, "STECKBRIEF – KANDIDATUR KREISVORSITZ")
    assert found.get("office") == "Kreisvorsitzender"
    assert found.get("doc_type") == "candidacy"


def test_a_site_press_release_whose_headline_reports_a_new_chair_is_a_candidacy() -> None:
    text = (
        "Veröffentlicht am 16. März 2025 von Pressestelle\n\n"
        "Neuer Kreisvorstand gewählt: Svenja Liebenau führt die SPD Musterkreis\n"
        "Musterstadt. Die SPD im Landkreis hat eine neue Spitze: Auf dem Kreisparteitag wählten die 112 Delegierten "
        "die 44-jährige Svenja Liebenau mit 94 Prozent zur neuen Kreisvorsitzenden."
    )
    found = sure(text, "Neuer Kreisvorstand gewählt: Svenja Liebenau führt die SPD Musterkreis – SPD Kreisverband")
    assert found.get("doc_type") == "candidacy"
    assert found.get("office") == "Kreisvorsitzender"
    assert found.get("person") == "Svenja Liebenau"


def test_a_speech_at_the_nominating_assembly_is_a_candidacy_speech() -> None:
    text = (
        "Es gilt das gesprochene Wort.\n\nRede von Dr. Konstantin Weißhaupt\n"
        "anlässlich der Nominierungsversammlung der SPD Musterstadt\nfür die Oberbürgermeisterwahl 2026\n\n"
        "Liebe Genossinnen und Genossen,\n\nich stehe heute vor euch, weil diese Stadt mehr kann. "
        "Heute bitte ich euch um euer Vertrauen: Ich möchte Oberbürgermeister dieser Stadt werden."
    )
    found = sure(text)
    assert found.get("doc_type") == "candidacy"
    assert found.get("office") == "Oberbürgermeister"


def test_a_csu_text_that_names_no_land_is_bavarian_but_a_csu_speech_stays_federal() -> None:
    text = (
        "Wir haben unsere Liste für die Europawahl aufgestellt. Auf Platz 1 steht Korbinian "
        "Hufnagel-Brandl, auf Platz 2 Veronika Zeilhofer. Die CSU geht geschlossen in den Wahlkampf."
    )
    assert sure(text, "CSU-Europaliste steht").get("bundesland") == "Bayern"
    speech = extract_metadata(
        "Sehr geehrte Frau Präsidentin! Meine Damen und Herren! Die Rente muss sicher bleiben.",
        known={"person": "Korbinian Hufnagel-Brandl", "party": "CSU", "date": "2024-05-01"},
    )
    assert "bundesland" not in speech


def test_a_land_named_with_its_title_is_the_lands_name() -> None:
    text = "Der Landesverband Land Bremen hat sein Programm beschlossen. Wir wollen mehr Wohnungen."
    assert sure(text, "Programm für das Land Bremen").get("region") in (None, "Bremen")
    from indexer.metadata import _land_named

    assert _land_named("Land Bremen") == "Bremen" and _land_named("Freistaat Sachsen") == "Sachsen"
    assert _land_named("Land Hadeln") == "Land Hadeln"


def test_an_faq_about_a_primary_is_no_qa_candidacy() -> None:
    text = (
        "Häufige Fragen zur Urwahl\nStand: 1. Dezember 2026\nWorüber wird abgestimmt?\n"
        "Die Mitglieder bestimmen per Urwahl, wer die Partei als Spitzenkandidat*in in die Landtagswahl führt.\n"
        "Wer darf kandidieren?\nJedes Mitglied des Landesverbands, das 50 Unterstützer hat.\n"
        "Bis wann kann ich mich bewerben?\nDie Bewerbungsfrist endet am 31. Januar 2027."
    )
    found = sure(text, "FAQ: Urwahl der Spitzenkandidatur zur Landtagswahl 2028")
    assert found.get("doc_type") == "other"
    assert "office" not in found


def test_a_press_review_reporting_a_nomination_is_no_candidacy() -> None:
    text = (
        "Zusammengestellt von der Kreisgeschäftsstelle · Freitag, 20. März 2026\n\n"
        "Bramsche: Partei nominiert Henrike Vosskamp für das Bürgermeisteramt\n"
        "Bramscher Nachrichten, 16.03.2026 – Der Stadtverband hat die 43-jährige Henrike Vosskamp "
        "einstimmig als Bürgermeisterkandidatin nominiert."
    )
    found = sure(text, "Pressespiegel KW 12/2026")
    assert found.get("doc_type") == "other"
    assert "office" not in found and "person" not in found


def test_a_statement_under_a_byline_is_its_authors() -> None:
    text = (
        "Von Doreen Maiwaldt-Rühle · 11. August 2025\n\n"
        "Liebe Genossinnen und Genossen,\nheute habe ich den Kreisvorstand informiert, dass ich mein "
        "Amt niederlege. Danke für euer Vertrauen.\nEure Doreen"
    )
    assert sure(text, "Persönliche Erklärung zu meinem Rücktritt").get("person") == "Doreen Maiwaldt-Rühle"


@pytest.mark.parametrize("credit", ["Text: ", "Text und Fotos: ", "Text & Bild: "])
def test_a_reports_credit_line_names_its_author(credit: str) -> None:
    """"Text: Annika Brösel · Fotos: Kevin Anders" under an event report: the writer is the
    report's person, not the photographer nor the people it quotes."""
    text = (
        "Sommerfest am Deich: 200 Gäste beim Kreisverband\n"
        f"{credit}Annika Brösel-Thamm · Fotos: Kevin Anders\n\n"
        "Bei bestem Wetter feierte der Kreisverband am Samstag sein Sommerfest. Die Abgeordnete "
        "Cordula Pfeilsticker sprach über den Deichschutz, Fraktionschef Mirko Sperlinger dankte "
        "den Helferinnen und Helfern. Das nächste Fest ist für den 22. August 2026 geplant."
    )
    assert sure(text, "Sommerfest 2025").get("person") == "Annika Brösel-Thamm"


def test_a_written_question_is_the_asking_members() -> None:
    text = (
        "Drucksache 23/2417\n20.02.26\nSchriftliche Kleine Anfrage\n"
        "der Abgeordneten Merve Lüdtkemeyer (DIE LINKE) vom 12.02.26\nund Antwort des Senats\n"
        "Betr.: Barrierefreiheit der U-Bahn-Haltestellen\n"
        "Im Bezirk sind mehrere Haltestellen nur über Treppen erreichbar. Vor diesem Hintergrund frage ich den Senat."
    )
    assert sure(text, "Drucksache 23/2417").get("person") == "Merve Lüdtkemeyer"


def test_a_stenographic_record_names_the_member_who_holds_the_floor() -> None:
    text = (
        "Landtag – Stenografischer Bericht, 57. Plenarsitzung\nHannover, den 22. Oktober 2025\n\n"
        "Präsidentin:\nIch eröffne die Beratung. Das Wort hat der Kollege Hendrik Wolterskamp. Bitte!\n\n"
        "Hendrik Wolterskamp (CDU):\nFrau Präsidentin! Liebe Kolleginnen und Kollegen! Ich war in den "
        "letzten Wochen in 14 Schulen in meinem Wahlkreis unterwegs. Überall fehlt Geld für Sanierung. "
        "Ich bitte Sie, unserem Antrag zuzustimmen. Vielen Dank.\n\n"
        "Präsidentin:\nVielen Dank."
    )
    assert sure(text).get("person") == "Hendrik Wolterskamp"


PLENARY_EXCERPT = """Landtag Musterland – 8. Wahlperiode – 31. Sitzung – Donnerstag, 22. Mai 2025
Auszug aus dem vorläufigen Plenarprotokoll
Rede der Abgeordneten Carola Linsenbühl (SPD) zu TOP 7
Präsident:
Ich rufe auf den Tagesordnungspunkt 7, Gesetzentwurf der Fraktionen der CDU, des BSW und der SPD.
Das Wort hat Frau Abgeordnete Linsenbühl für die Fraktion der SPD.
Abgeordnete Linsenbühl, SPD:
Sehr geehrter Herr Präsident, in meinem Wahlkreis gibt es Gemeinden ohne Hausarzt. Mit diesem
Gesetzentwurf schaffen wir eine Landarztquote. Die AfD hält das für zu langsam; ich nicht.
(Beifall CDU, BSW, SPD)
"""


def test_a_plenary_speech_heading_names_the_speaker_her_party_and_the_sitting_day() -> None:
    """"Rede der Abgeordneten Carola Muster (SPD)": the name without the title noun, the party
    in brackets as hers; the record's header of parts ("… – 31. Sitzung – Donnerstag, 22. Mai
    2025") dates it."""
    found = sure(PLENARY_EXCERPT, "Rede TOP 7 Landarztgesetz")
    assert found.get("person") == "Carola Linsenbühl"
    assert found.get("party") == "SPD"
    assert found.get("date") == "2025-05-22"
