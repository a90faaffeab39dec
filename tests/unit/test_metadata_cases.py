# ruff: noqa: E501  (the cases are whole German sentences; wrapping them hurts reading)
"""Rules that must generalise: party-name periods, longest place names, inflected and all-caps
party names, speakers of speeches, European and Hamburg lists, evidence as written, the cheap
path for speeches.

All people are invented; no text is attributed to a real politician.
"""

from __future__ import annotations

import unicodedata

import pytest

from indexer.metadata import doctype, document, extract_metadata
from indexer.metadata.document import split_sentences
from indexer.metadata.party import find_mentions


def values(text: str, **kwargs: object) -> dict[str, object]:
    found = extract_metadata(text, **kwargs)  # type: ignore[arg-type]
    return {key: item.value for key, item in found.items()}


# --- 1. party-name periods and the longest place name ------------------------------------------


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Kandidatur für den Landesvorsitz von DIE LINKE. Sachsen-Anhalt", 1),
        ("DIE LINKE. Kreisverband Harz lädt ein.", 1),
        ("Kandidatur für den Vorsitz von Die Linke. Sachsen-Anhalt", 1),
        ("Ich wähle Die Linke. Morgen gehe ich wieder an die Infostände.", 2),
        ("Sie wurde von Dr. Anna Beispiel eröffnet. Dann sprach Prof. Ole Muster.", 2),
        ("Wir treffen uns am 8. Februar. Alle sind eingeladen!", 2),
    ],
)
def test_sentence_ends(line: str, count: int) -> None:
    assert len(split_sentences(line)) == count


@pytest.mark.parametrize(
    "heading",
    [
        "Kandidatur für den Landesvorsitz von DIE LINKE. Sachsen-Anhalt",
        "Kandidatur für den Landesvorsitz von DIE LINKE.Sachsen-Anhalt",
        "Kandidatur für den Landesvorsitz von Die Linke. Sachsen-Anhalt",
        "Kandidatur für den Landesvorsitz der LINKEN Sachsen-Anhalt",
        "Bewerbung um den Landesvorsitz im Landesverband Sachsen-Anhalt",
    ],
)
def test_longer_land_wins_over_its_prefix(heading: str) -> None:
    text = (
        f"{heading}\n\nLiebe Genossinnen und Genossen,\n\nich kandidiere für den Landesvorsitz. "
        "Wie in Sachsen und in Thüringen müssen wir auch hier zuhören.\n\nSolidarische Grüße\nTorsten Probemann"
    )
    got = values(text)
    assert got["region"] == "Sachsen-Anhalt"
    assert got["bundesland"] == "Sachsen-Anhalt"
    assert got["office"] == "Landesvorsitzender"
    assert got["person"] == "Torsten Probemann"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Ich bin Lisa Testfrau und bewerbe mich als Direktkandidatin im Wahlkreis Leipzig Süd für den Bundestag.",
            "Leipzig-Süd (Wahlkreis 152)",
        ),
        (
            "Ich bin Lisa Testfrau und bewerbe mich als Direktkandidatin für den Bundestag im Wahlkreis 152 Leipzig-Süd.",
            "Leipzig-Süd (Wahlkreis 152)",
        ),
        (
            "Ich bin Lisa Testfrau und bewerbe mich als Direktkandidatin im Wahlkreis Leipzig – Süd für den Bundestag.",
            "Leipzig-Süd (Wahlkreis 152)",
        ),
        (
            "Ich bin Lisa Testfrau und kandidiere für den Ortsvorsitz im Ortsverein Leipzig-Süd.",
            "Leipzig-Süd",
        ),
        (
            "Ich bin Lisa Testfrau und kandidiere für den Kreisvorsitz der SPD Sächsische Schweiz-Osterzgebirge.",
            "Sächsische Schweiz-Osterzgebirge",
        ),
    ],
)
def test_longest_place_name_wins(text: str, region: str) -> None:
    got = values(text)
    assert got["region"] == region
    assert got["bundesland"] == "Sachsen"


# --- 2. party names: case and inflection, not ordinary words ------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Die FREIEN WÄHLER haben mich nominiert.", "Freie Wähler"),
        ("Seit 2019 bin ich bei den Freien Wählern aktiv.", "Freie Wähler"),
        ("Ich danke den FREIEN WÄHLERN für ihr Vertrauen.", "Freie Wähler"),
        ("Ich bin Mitglied der LINKEN Sachsen-Anhalt.", "Die Linke"),
        ("Ich kandidiere für die Linken im Kreistag.", "Die Linke"),
        ("DIE LINKE.Sachsen-Anhalt lädt ein.", "Die Linke"),
        ("Ich danke den GRÜNEN für ihre Unterstützung.", "Bündnis 90/Die Grünen"),
        ("Die Bündnisgrünen haben gewählt.", "Bündnis 90/Die Grünen"),
        ("BÜNDNIS 90/DIE GRÜNEN Kiel", "Bündnis 90/Die Grünen"),
        ("Die Sozialdemokraten in Kiel haben abgestimmt.", "SPD"),
        ("Die Grünen Hamburg haben abgestimmt.", "Bündnis 90/Die Grünen"),
        ("Die Liste der ÖDP Passau steht.", "ÖDP"),
        ("Ich bin Linke Direktkandidatin im Wahlkreis.", "Die Linke"),
    ],
)
def test_party_forms(text: str, party: str) -> None:
    assert [m.canonical for m in find_mentions(text)] == [party]


@pytest.mark.parametrize(
    "text",
    [
        "Wir spazieren über die grünen Wiesen.",
        "Grüne Wiesen und blaue Seen prägen die Landschaft.",
        "Linke Politik und rechte Parolen.",
        "Freie Wähler entscheiden frei.".replace("Freie", "freie", 1),
        "Die Leitung führt 230 Volt.",
        "Wir besuchen die Grüne Woche.",
        "Mit der linken Hand geschrieben.",
    ],
)
def test_ordinary_words_are_no_party(text: str) -> None:
    assert find_mentions(text) == ()


def test_all_caps_party_is_the_document_party() -> None:
    text = (
        "Bewerbung als Oberbürgermeister\n\nLiebe Mitglieder der FREIEN WÄHLER,\n\n"
        "ich bin Anton Beispielhuber und kandidiere als Oberbürgermeister von Regensburg."
    )
    assert values(text)["party"] == "Freie Wähler"


# --- 3. speeches: the speaker is the person, no office ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Rede zur Eröffnung des Kreisparteitags\nKreisparteitag der SPD Harburg, 4. Mai 2025\n"
            "Rednerin: Tjorven Alsleben, Kreisvorsitzende\n\nLiebe Genossinnen und Genossen,\n"
            "ich freue mich, dass ihr gekommen seid. Dank an Jens Holtorf für die Organisation.\n\nVielen Dank.",
            "Tjorven Alsleben",
        ),
        (
            "Rede von Dr. Malte Ockenfels auf dem Landesparteitag der Grünen Thüringen\n\n"
            "Liebe Freundinnen und Freunde,\nwir haben viel vor.\n\nVielen Dank!",
            "Malte Ockenfels",
        ),
        (
            "Rede der stellvertretenden Landesvorsitzenden Ilse Brandhorst-Weyer\n\nEs gilt das gesprochene Wort.\n\n"
            "Liebe Delegierte, heute geht es um unsere Zukunft.",
            "Ilse Brandhorst-Weyer",
        ),
        (
            "Fenja Testmann: Rede zum Leitantrag\nLandesparteitag der SPD Schleswig-Holstein\n\n"
            "Es gilt das gesprochene Wort.\n\nLiebe Genossinnen und Genossen, wir haben viel geschafft.",
            "Fenja Testmann",
        ),
        (
            "Grußwort von Henrike Sandvoß beim Neujahrsempfang der CDU Kiel\n\nMeine Damen und Herren, ich freue mich.",
            "Henrike Sandvoß",
        ),
        (
            "Rede zum Haushalt 2026 im Kreistag\n\nGehalten von Kreistagsmitglied Doreen "
            "Schwenk (CDU) am 4. Dezember 2025\n\nSehr geehrte Damen und Herren,\nder Haushalt "
            "ist ein Haushalt der verpassten Chancen. Vielen Dank.",
            "Doreen Schwenk",
        ),
        (
            "Rede zur Gründung des Ortsvereins\nGehalten am 3. Mai 2025 von Piet Overbeck\n\n"
            "Liebe Freundinnen und Freunde, heute beginnt etwas Neues.",
            "Piet Overbeck",
        ),
    ],
)
def test_speaker_of_a_speech(text: str, person: str) -> None:
    got = values(text)
    assert got["doc_type"] == ("other", "speech")
    assert got["person"] == person
    assert "office" not in got


def test_speech_names_in_passing_are_no_speaker() -> None:
    text = (
        "Herr Präsident! Meine Damen und Herren! Die Kollegin Anna Beispiel hat eben gesagt, der "
        "Haushalt sei solide. Frau Kollegin Beispiel, das stimmt nicht. Ich bin Berichterstatterin."
    )
    got = values(text)
    assert got["doc_type"] == ("other", "speech")
    assert "person" not in got and "office" not in got


def test_speech_region_comes_from_its_heading() -> None:
    text = (
        "Rede zum Leitantrag\nLandesparteitag der SPD Schleswig-Holstein, Neumünster, 21. März 2026\n"
        "Rednerin: Fenja Testmann\n\nLiebe Genossinnen und Genossen, in Kiel und Hamburg ..."
    )
    got = values(text)
    assert got["region"] == "Schleswig-Holstein"
    assert got["bundesland"] == "Schleswig-Holstein"
    assert got["date"] == "2026-03-21"


@pytest.mark.parametrize("given", ["speech", "Rede", "Redebeitrag", "Plenarrede"])
def test_given_speech_type_skips_the_candidacy_rules(given: str) -> None:
    text = "Ich bin Jan Probst und kandidiere für den Kreisvorsitz.\n\nRedner: Jan Probst"
    got = values(text, known={"doc_type": given})
    assert "doc_type" not in got and "office" not in got
    assert got["person"] == "Jan Probst"


def test_speech_that_bids_for_an_office_is_a_candidacy() -> None:
    text = (
        "Meine Damen und Herren, liebe Mitglieder,\nich bin Anton Probsthuber und kandidiere "
        "heute als Landrat im Landkreis Rosenheim. Ich bitte um Ihre Stimme."
    )
    got = values(text)
    assert got["doc_type"] == "candidacy"
    assert got["office"] == "Landrat"
    assert got["person"] == "Anton Probsthuber"


def test_speech_that_mentions_an_office_stays_a_speech() -> None:
    text = "Rede von Ole Probst\n\nMeine Damen und Herren, ich kandidiere nicht. Aber ich unterstütze unseren Landrat."
    got = values(text)
    assert got["doc_type"] == ("other", "speech")
    assert got["person"] == "Ole Probst"
    assert "office" not in got


def test_candidacy_speech_is_a_candidacy() -> None:
    text = (
        "Bewerbungsrede für den Landesvorsitz\n\nLiebe Genossinnen und Genossen! Es gilt das "
        "gesprochene Wort. Ich bin Ole Testfeld und kandidiere für den Landesvorsitz der SPD Bremen."
    )
    got = values(text)
    assert got["doc_type"] == "candidacy"
    assert got["office"] == "Landesvorsitzender"
    assert got["person"] == "Ole Testfeld"


# --- 4. European list candidacies -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bewerbung für Platz 26 der Bundesliste zur Europawahl 2024\n\nLiebe Freund*innen,\n\nauf der Bundesdelegiertenkonferenz in Karlsruhe stellen wir unsere Liste auf. Ich bewerbe mich für Platz 26.\n\nIch arbeite als Meeresbiologe in Kiel.\n\nJarno Testberg-Behrens\nKiel, 30. Oktober 2023",
        "Meine Bewerbung für die Bundesliste zur Europawahl\n\nLiebe Freundinnen und Freunde, ich möchte Europa grüner machen.\n\nJarno Testberg-Behrens",
        "Bewerbung für die Europaliste\n\nLiebe Freund*innen,\n\nich bewerbe mich für Platz 12.\n\nHerzliche Grüße\nJarno Testberg-Behrens",
        "Kandidatur für die Liste zur Europawahl\n\nIch heiße Jarno Testberg-Behrens und bewerbe mich um Platz 3.",
    ],
)
def test_european_list_candidacy(text: str) -> None:
    got = values(text)
    assert got["office"] == "Kandidat Europaparlament"
    assert got["doc_type"] == "candidacy"
    assert got["person"] == "Jarno Testberg-Behrens"
    assert got["region"] == "Deutschland"


def test_delegate_conference_is_no_delegate_office() -> None:
    text = "Auf der Bundesdelegiertenkonferenz stellen wir die Liste auf. Ich bin Ada Probst und bewerbe mich für Platz 9 der Bundesliste zur Europawahl."
    assert values(text)["office"] == "Kandidat Europaparlament"


# --- 5. Hamburg's Wahlkreislisten ------------------------------------------------------------------


def test_hamburg_constituency_list_is_a_direct_candidacy() -> None:
    text = (
        "SPD Altona nominiert Selin Probe-Reimann für die Bürgerschaftswahl\n\n"
        "Hamburg, 10. Januar 2025 – Die SPD Altona hat auf ihrer Wahlkreisversammlung Selin "
        "Probe-Reimann auf Platz 1 ihrer Wahlkreisliste für die Bürgerschaftswahl gewählt."
    )
    got = values(text)
    assert got["office"] == "Direktkandidat Landtag"
    assert got["person"] == "Selin Probe-Reimann"
    assert got["region"] == "Altona"  # the Bezirk's official name
    assert got["bundesland"] == "Hamburg"


def test_saarland_constituency_list_stays_a_list() -> None:
    text = "Ich bin Lena Testfrau und bewerbe mich um Platz 3 der Wahlkreisliste im Wahlkreis Neunkirchen für die Landtagswahl."
    assert values(text)["office"] == "Landesliste Landtag"


# --- 6. evidence as written ---------------------------------------------------------------------

EVIDENCE_TEXT = (
    "Bewerbung für den Kreisvorsitz – an die Freund*innen der SPD Kiel\n\n"
    "Liebe Genoss*innen, liebe Freund*innen,\n\n"
    "nach vielen Gesprächen mit Freund*innen aus den Gewerkschaften kandidiere ich für den "
    "Kreisvorsitz der SPD Kiel. Ich bin Merle Testdorf und lebe seit 2010 in Kiel-Gaarden.\n\n"
    "Kiel, 3.\u00a0März 2025\n\nSolidarische Grüße\nMerle Testdorf"
)


@pytest.mark.parametrize(
    "text",
    [
        EVIDENCE_TEXT,
        unicodedata.normalize("NFD", EVIDENCE_TEXT),  # decomposed umlauts (PDF extraction)
        EVIDENCE_TEXT.replace(
            "\n\nKiel, 3.", "\n\n" + "Wir wollen mehr Busse. " * 300 + "\n\nKiel, 3."
        ),
    ],
    ids=["plain", "nfd", "long"],
)
def test_evidence_quotes_the_original(text: str) -> None:
    found = extract_metadata(text)
    assert found["person"].value == "Merle Testdorf"
    for item in found.values():
        assert item.evidence, item
        position = text.find(item.evidence)
        assert position >= 0, item
        before = text[position - 1] if position else " "
        after = text[position + len(item.evidence) : position + len(item.evidence) + 1] or " "
        assert not before.isalnum() and not after.isalnum(), item  # whole words
        if item.start is not None:
            assert text[item.start :].startswith(item.evidence), item


def test_evidence_keeps_the_gender_star() -> None:
    found = extract_metadata(EVIDENCE_TEXT)
    assert "Freund*innen" in found["doc_type"].evidence
    assert "Freund innen" not in found["doc_type"].evidence


def test_long_evidence_is_cut_at_word_boundaries() -> None:
    sentence = (
        "Ich kandidiere für den Stadtrat, "
        + "weil mir unsere Stadt am Herzen liegt, " * 12
        + "und bitte um eure Stimme."
    )
    found = extract_metadata("Ich bin Uwe Probst.\n\n" + sentence)
    evidence = found["doc_type"].evidence
    assert len(evidence) < len(sentence)
    assert evidence in sentence
    start = sentence.index(evidence)
    assert start == 0 or sentence[start - 1] == " "
    end = start + len(evidence)
    assert end == len(sentence) or sentence[end] in " ,."


# --- 8. the cheap path for speeches with given values ----------------------------------------------


def test_marked_speech_is_typed_without_cutting_the_text() -> None:
    text = "Herr Präsident! Meine Damen und Herren! " + "Der Haushalt ist solide. " * 40
    text = "\n\n".join([text] * 10)
    doc = document.build(text, "Haushaltsgesetz 2025")
    assert doctype.marked_type(doc) is not None
    assert doc._cut_lines <= 0  # noqa: SLF001 - no line was cut into sentences
    found = extract_metadata(
        text,
        title="Haushaltsgesetz 2025",
        known={"person": "Rita Fiktiv", "party": "SPD", "date": "2024-01-01"},
    )
    assert {key: item.value for key, item in found.items()} == {"doc_type": ("other", "speech")}
