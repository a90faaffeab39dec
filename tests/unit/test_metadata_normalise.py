"""The normalisers the pipeline applies to values people give (front matter, sidecars, CLI
flags, JSONL fields): canonical_doc_type, canonical_party, canonical_office."""

from __future__ import annotations

import pytest

from indexer.metadata import DOC_TYPES, canonical_doc_type, canonical_office, canonical_party


@pytest.mark.parametrize(
    ("label", "doc_type"),
    [
        ("Bewerbung", "candidacy"),
        ("Kandidatur", "candidacy"),
        ("Vorstellung", "candidacy"),
        ("Bewerbungsschreiben", "candidacy"),
        ("Kandidatenvorstellung", "candidacy"),
        ("Bewerbungsrede", "candidacy"),
        ("Pressemitteilung", "press_release"),
        ("PM", "press_release"),
        ("Pressemeldung", "press_release"),
        ("Presseerklärung der SPD Kiel", "press_release"),
        ("press release", "press_release"),
        ("Wahlprogramm", "programme"),
        ("Programm", "programme"),
        ("Grundsatzprogramm", "programme"),
        ("Wahlprogramm (Auszug)", "programme"),
        ("Kommunalwahlprogramm", "programme"),
        ("Rede", "speech"),
        ("Redebeitrag", "speech"),
        ("Plenarrede", "speech"),
        ("Parteitagsrede", "speech"),
        ("Beschluss", "resolution"),
        ("Antrag", "resolution"),
        ("Resolution", "resolution"),
        ("Dringlichkeitsantrag", "resolution"),
        ("Sonstiges", "other"),
        (" BEWERBUNG ", "candidacy"),
        *((name, name) for name in DOC_TYPES),
        ("Press_Release", "press_release"),
    ],
)
def test_canonical_doc_type(label: str, doc_type: str) -> None:
    assert canonical_doc_type(label) == doc_type


@pytest.mark.parametrize("label", ["", "  ", "Interview", "Foto", "Lebenslauf", "2024"])
def test_canonical_doc_type_unknown(label: str) -> None:
    assert canonical_doc_type(label) is None


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("Freie Demokraten (FDP)", "FDP"),
        ("SPD-Kreisverband Leipzig", "SPD"),
        ("spd kreisverband leipzig", "SPD"),
        ("Partei DIE LINKE", "Die Linke"),
        ("DIE LINKE. Sachsen-Anhalt", "Die Linke"),
        ("GRÜNE", "Bündnis 90/Die Grünen"),
        ("Bündnis 90/Die Grünen (GRÜNE)", "Bündnis 90/Die Grünen"),
        ("grüne jugend", "Bündnis 90/Die Grünen"),
        ("FREIE WÄHLER", "Freie Wähler"),
        ("Freie Wähler Bayern", "Freie Wähler"),
        ("CSU-Ortsverband Prien", "CSU"),
        ("Alternative für Deutschland (AfD)", "AfD"),
        ("CDU/CSU", "CDU/CSU"),
        ("fraktionslos", "fraktionslos"),
        ("Fraktionslos", "fraktionslos"),
    ],
)
def test_canonical_party_labels(given: str, canonical: str) -> None:
    assert canonical_party(given) == canonical


@pytest.mark.parametrize(
    "given", ["Bürgerinitiative Grünzug", "IG Metall", "SPD und Grüne", "Kreisverband", "—"]
)
def test_canonical_party_none(given: str) -> None:
    assert canonical_party(given) is None


@pytest.mark.parametrize(
    ("label", "canonical"),
    [
        ("Landesvorsitz (Co-Vorsitz)", "Landesvorsitzender"),
        ("Landesvorsitz", "Landesvorsitzender"),
        ("Kreisvorsitz", "Kreisvorsitzender"),
        ("stellv. Landesvorsitz", "stellv. Landesvorsitzender"),
        ("Co-Landesvorsitzende", "Landesvorsitzender"),
        ("Direktkandidatur Bundestag", "Direktkandidat Bundestag"),
        ("Kandidatin für den Landtag (Direktmandat)", "Direktkandidat Landtag"),
        ("Kandidat für den Bundestag (Listenplatz 4)", "Landesliste Bundestag"),
        ("Spitzenkandidatin zur Europawahl", "Kandidat Europaparlament"),
        ("Bundesliste zur Europawahl", "Kandidat Europaparlament"),
        ("Wahlkreisliste Bürgerschaft", "Direktkandidat Landtag"),
        ("Beisitzerin im Bundesvorstand", "Bundesvorstand"),
        ("Bürgermeisterkandidatin", "Bürgermeister"),
        ("OB-Kandidatin", "Oberbürgermeister"),
        ("Gemeinderätin", "Gemeinderat"),
        ("Bezirksverordnete", "Bezirksverordnetenversammlung"),
        ("landesvorsitz", "Landesvorsitzender"),
        ("KREISVORSITZ", "Kreisvorsitzender"),
    ],
)
def test_canonical_office_labels(label: str, canonical: str) -> None:
    assert canonical_office(label) == canonical


@pytest.mark.parametrize(
    "label",
    [
        "Mitglied des Bundestages",
        "Bundesminister der Finanzen",
        "Erster Bürgermeister der Freien und Hansestadt Hamburg",
        "Regierender Bürgermeister von Berlin",
        "Parlamentarische Staatssekretärin",
        "Präsidentin des Bundestages",
        "Ministerpräsident",
        "Direktkandidatin",
    ],
)
def test_canonical_office_keeps_other_roles(label: str) -> None:
    assert canonical_office(label) is None
