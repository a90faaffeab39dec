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
