"""Transcripts without capitals are told from ordinary German prose."""

from __future__ import annotations

from indexer.metadata.casing import lower_case_text

PROSE = "Die Mitgliederversammlung hat am Samstag in Wismar die Liste für den Kreistag gewählt. "


def test_prose_is_not_lower_case() -> None:
    assert not lower_case_text(PROSE * 10)


def test_a_transcript_is_lower_case_even_with_a_few_restored_words() -> None:
    words = "und dann haben wir im ortsverband lange über die busse geredet " * 8
    assert lower_case_text(words + " Direktkandidatin im Wahlkreis")


def test_a_short_text_says_too_little() -> None:
    assert not lower_case_text("ich bewerbe mich hiermit")


def test_a_transcript_introduces_its_speaker_with_ich_bin() -> None:
    from tests.support.extraction import sure

    text = (
        "hallo zusammen ich bin jonas meierling und ich kandidiere für den vorsitz der jusos "
        "ich bin 23 jahre alt studiere politik und bin seit vier jahren bei den jusos aktiv mir "
        "ist wichtig dass wir als verband wieder lauter werden wir müssen in die schulen gehen "
        "und mit den leuten reden die uns noch nicht kennen und wir müssen die mieten in der "
        "stadt zum thema machen weil sich das viele junge menschen nicht mehr leisten können "
        "deshalb bitte ich euch um eure stimme bei der jahreshauptversammlung danke"
    )
    assert sure(text, title="transkript video kandidatur")["person"] == "Jonas Meierling"


def test_a_steckbrief_field_names_the_parliament_and_constituency() -> None:
    from tests.support.extraction import sure

    text = (
        "Name: Hülya Tekin-Brandt\nJahrgang: 1979\nWohnort: Gelsenkirchen-Buer\nPartei: SPD\n"
        "Kandidiert für: Landtag NRW, Wahlkreis 74 Gelsenkirchen I\nBeruf: "
        "Verwaltungsangestellte\n\nMein Motto: Gemeinsam für Gelsenkirchen.\n"
    )
    found = sure(text, title="Steckbrief")
    assert found["person"] == "Hülya Tekin-Brandt"
    assert found["office"] == "Direktkandidat Landtag"
    assert found["bundesland"] == "Nordrhein-Westfalen"
