"""What counts as a version stamp, for the HTML reader and the date extraction alike."""

from __future__ import annotations

import pytest

from indexer.stamps import VERSION_STAMP, opens_with_version_stamp


@pytest.mark.parametrize("line", [
    "Stand: 3. März 2026",
    "Seite zuletzt aktualisiert: 12.01.2026",
    "Artikel zuletzt geändert am 4. Mai 2025",
    "Letzte Änderung: 01.02.2026",
    "Aktualisiert 2026-02-01",
    "Diese Seite wurde zuletzt am 4. Februar 2026 um 21:13 Uhr bearbeitet.",
])
def test_stamps(line: str) -> None:
    assert opens_with_version_stamp(line)


@pytest.mark.parametrize("line", [
    "Veröffentlicht am 3. März 2019",  # a template's date, not the text's version
    "Standpunkt der Kreistagsfraktion",  # "Stand" only as a whole word
    "Am Stand der Jusos gibt es Kaffee",  # not at the start
    "Impressum",
])
def test_not_stamps(line: str) -> None:
    assert not opens_with_version_stamp(line)


def test_the_wiki_footer_is_the_readers_addition() -> None:
    footer = "Diese Seite wurde zuletzt am 4. Februar 2026 bearbeitet."
    assert VERSION_STAMP.match(footer) is None and opens_with_version_stamp(footer)
