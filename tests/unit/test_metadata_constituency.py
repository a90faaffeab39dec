"""Constituencies (indexer.metadata.constituency) on fictional bids: the 2025 Bundestag table
for numbers and names, Landtag constituencies as written, earlier elections left as written.

The people are invented; the constituencies and places are real (the gazetteers).
"""

from __future__ import annotations

from indexer.metadata import document, extract_metadata
from indexer.metadata.constituency import find_constituency
from indexer.metadata.landcontext import LandContext
from indexer.metadata.office import find_office


def _constituency(text: str, title: str = "") -> tuple[str, str | None] | None:
    doc = document.build(text, title)
    office = find_office(doc)
    assert office is not None, "the bid names no office"
    hit = find_constituency(doc, office, LandContext(doc))
    return (hit.region, hit.land) if hit else None


def test_a_number_is_named_by_the_2025_table() -> None:
    text = ("Ich bewerbe mich als Direktkandidatin für den Bundestag im Wahlkreis 152. "
            "Eure Marlene Quast")
    assert _constituency(text) == ("Leipzig II (Wahlkreis 152)", "SN")


def test_an_informal_name_as_written_keeps_its_number() -> None:
    text = ("Ich kandidiere als Direktkandidat für den Bundestag im Wahlkreis 152 "
            "Leipzig-Süd. Euer Bertram Olewski")
    region, land = _constituency(text) or ("", None)
    assert region.endswith("(Wahlkreis 152)") and land == "SN"


def test_a_landtag_constituency_stays_as_the_text_writes_it() -> None:
    text = ("Ich bewerbe mich als Direktkandidatin für den Landtag im Wahlkreis "
            "Potsdam-Mittelmark II. Eure Ilka Vosgerau")
    region, land = _constituency(text) or ("", None)
    assert region.startswith("Potsdam-Mittelmark II") and land == "BB"


def test_no_constituency_named() -> None:
    text = "Ich bewerbe mich als Direktkandidat für den Bundestag. Euer Piet Hansing"
    assert _constituency(text) is None


def test_an_official_name_shortened_in_one_part_is_the_official_name() -> None:
    """"Wahlkreis 16 (Seenplatte I / Vorpommern-Greifswald II)" shares a whole part with the
    official "Mecklenburgische Seenplatte I – Vorpommern-Greifswald II": the table's name."""
    text = ("Die Versammlung hat mich zum Direktkandidaten für den Bundestagswahlkreis 16 "
            "(Seenplatte I / Vorpommern-Greifswald II) gewählt. Euer Jost Wollenberg")
    assert _constituency(text) == (
        "Mecklenburgische Seenplatte I – Vorpommern-Greifswald II (Wahlkreis 16)", "MV"
    )


def test_kandidiert_for_a_party_in_a_numbered_constituency_is_a_direct_candidacy() -> None:
    """"Karla Mühlbach kandidiert für Volt im Wahlkreis 157": the party between the verb and
    the constituency; the Bundestag election the text names fixes the level."""
    text = (
        "Volt geht im Bundestagswahlkreis 157 mit Karla Mühlbach in die Bundestagswahl am "
        "23. Februar 2025. Die Landesliste soll im Dezember aufgestellt werden."
    )
    title = "Karla Mühlbach kandidiert für Volt im Wahlkreis 157"
    found = {k: v.value for k, v in extract_metadata(text, title=title).items()}
    assert found["office"] == "Direktkandidat Bundestag"
    assert found["region"] == "Sächsische Schweiz-Osterzgebirge (Wahlkreis 157)"
