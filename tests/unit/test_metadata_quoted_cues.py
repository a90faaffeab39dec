"""Nominee cues in context: a cue inside a quotation is the speaker's word (the speaker of
"„Wir gehen mit zwei starken Kandidaten in den Wahlkampf“, sagte der Kreisvorsitzende X" is no
nominee, while a name inside a quotation that reports the nomination still is), and a counted
"Bewerber" ("drei Bewerber") is a plural (fictional texts)."""

from __future__ import annotations

from indexer.metadata import document, nominees

REPORT = (
    "Kreisverband wählt Kandidaten für die Landtagswahl\n\n"
    "Grevesmühlen, 14. März 2026. Die Mitgliederversammlung des SPD-Kreisverbands "
    "Nordwestmecklenburg hat am Samstag ihre Kandidaten für die Landtagswahl aufgestellt. Im "
    "Wahlkreis 15 tritt Henrike Tessendorf als Direktkandidatin an; sie erhielt 41 von 44 "
    "Stimmen. Zum Kandidaten für den Wahlkreis 16 wählten die Mitglieder Jasper Kühlbrandt mit "
    "38 Stimmen.\n\n"
    "„Wir gehen mit zwei starken Kandidaten in den Wahlkampf“, sagte der Kreisvorsitzende "
    "Malte Ruhnke.\n"
)


def _nominees(text: str) -> list[str]:
    return [n.person for n in nominees.find(document.build(text, ""))]


def test_the_speaker_of_a_quoted_cue_is_no_nominee() -> None:
    assert _nominees(REPORT) == ["Henrike Tessendorf", "Jasper Kühlbrandt"]


def test_a_name_inside_the_quoted_report_is_a_nominee() -> None:
    text = REPORT.replace(
        "„Wir gehen mit zwei starken Kandidaten in den Wahlkampf“",
        "„Mit Henrike Tessendorf und Jasper Kühlbrandt haben wir zwei starke Kandidaten "
        "nominiert, dazu Ole Brasch als Ersatzkandidaten“",
    )
    assert "Ole Brasch" in _nominees(text)
    assert "Malte Ruhnke" not in _nominees(text)


def test_a_cue_outside_the_quotation_still_counts() -> None:
    text = REPORT.replace(
        "sagte der Kreisvorsitzende Malte Ruhnke.",
        "sagte Malte Ruhnke, der auf Platz 3 der Landesliste kandidiert.",
    )
    assert "Malte Ruhnke" in _nominees(text)


def test_a_counted_bewerber_is_a_plural() -> None:
    assert nominees.plural("Drei Fragen an drei Bewerber")
    assert nominees.plural("Für den Vorsitz gibt es 13 Bewerber")
    assert nominees.plural("alle Bewerber stellen sich vor")
    assert not nominees.plural("Ich bin Bewerber für den Vorsitz")
    assert not nominees.plural("Der einzige Bewerber ist Tom Muster")


def test_candidates_of_several_parties_in_one_check_are_all_persons() -> None:
    text = (
        "Kandidatencheck zur Landtagswahl: Drei Fragen an drei Bewerber\n\n"
        "Im Wahlkreis 5 Kiel-West treten an: Merle Johannsen (SPD), Bastian Krogmann (CDU) "
        "und Fiete Hansen (Grüne). Wir haben allen dieselben Fragen gestellt.\n\n"
        "Was ist Ihr wichtigstes Thema?\nMerle Johannsen: Bezahlbarer Wohnraum.\n"
        "Bastian Krogmann: Sichere Straßen.\nFiete Hansen: Klimaschutz im Alltag.\n"
    )
    assert _nominees(text) == ["Merle Johannsen", "Bastian Krogmann", "Fiete Hansen"]


def test_a_council_list_told_in_prose() -> None:
    text = (
        "SPD Kreisverband Nordfriesland stellt Kreistagsliste auf\n\n"
        "Husum, 11. Januar 2023. Angeführt wird die Liste von der Kreisvorsitzenden Wiebke "
        "Nommensen aus Bredstedt. Auf den Plätzen 2 bis 5 folgen Jens-Ove Petersen (Niebüll), "
        "Hauke Carstensen (Husum), Maike Lorenzen (Friedrichstadt) und Frauke Jessen (Sylt).\n"
    )
    assert _nominees(text) == [
        "Wiebke Nommensen", "Jens-Ove Petersen", "Hauke Carstensen", "Maike Lorenzen",
        "Frauke Jessen",
    ]
    assert nominees.plural("Die Grünen stellen ihre Stadtratsliste vor")


def test_list_places_in_words_and_a_city_council_list() -> None:
    from tests.support.extraction import sure

    title = "Volt Hannover nominiert Kandidierende für Rat und Regionsversammlung"
    text = (
        "Hannover, 28.04.2026\n\n" + title + "\n\n"
        "Volt Hannover hat am Wochenende seine Kandidierenden für die Kommunalwahl aufgestellt. "
        "Die Mitglieder wählten die Liste für den Rat der Landeshauptstadt Hannover.\n\n"
        "Angeführt wird die Ratsliste von Leonie Baumgart (31), Verkehrsplanerin. Auf Platz zwei "
        "folgt Arvid Kleinschmidt (44), Kinderarzt, auf Platz drei die Studentin Mariam Haidari "
        "(23). Den vierten Platz belegt der Gastronom Piotr Zawadzki (38).\n"
    )
    found = sure(text, title=title)
    assert found["person"] == (
        "Leonie Baumgart", "Arvid Kleinschmidt", "Mariam Haidari", "Piotr Zawadzki"
    )
    assert found["office"] == "Stadtrat"
    assert found["region"] == "Hannover"
