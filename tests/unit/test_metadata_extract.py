# ruff: noqa: E501  (the cases are whole German sentences; wrapping them hurts reading)
"""extract_metadata end to end on small fictional texts: each rule and each distractor kind.

All people, and most texts, are invented. The two seed-like statements exercise the same rules
as the real seed statements of the issue (a Direktkandidat in Leipzig-Süd, Wahlkreis 152, and a
Landesvorsitz candidacy in Sachsen-Anhalt).
"""

from __future__ import annotations

import pytest

from indexer.metadata import Extracted, extract_metadata, finest_type, with_base_type

SEED_WAHLKREIS = """Bewerbung als Direktkandidat für den Wahlkreis 152 (Leipzig-Süd)

Liebe Genossinnen und Genossen,

hiermit bewerbe ich mich erneut als Direktkandidat der Partei Die Linke im Wahlkreis Leipzig-Süd
für die Bundestagswahl am 23. Februar 2025. Seit 2021 bin ich Stadtrat in Leipzig.

Geboren wurde ich 1976 in Rostock. Ich lebe mit meiner Familie in Connewitz.

Leipzig, 12. Oktober 2024

Euer Jonas Beispielmann
"""

SEED_LANDESVORSITZ = """Bewerbung für den Landesvorsitz DIE LINKE. Sachsen-Anhalt

Liebe Genossinnen und Genossen,

auf dem Landesparteitag am 7. und 8. September 2024 in Magdeburg wählen wir einen neuen
Landesvorstand. Ich bewerbe mich als Landesvorsitzender.

Ich bin 41 Jahre alt, lebe in Halle (Saale) und bin seit 2015 Kreisvorsitzender im Saalekreis.
Mein Vorgänger Klaus Vorbild hat den Landesverband zehn Jahre lang geprägt.

Mit solidarischen Grüßen
Frederik Musterhagen
"""


def values(text: str, **kwargs: object) -> dict[str, object]:
    found = extract_metadata(text, **kwargs)  # type: ignore[arg-type]
    return {key: item.value for key, item in found.items()}


def test_seed_like_direct_candidacy() -> None:
    got = values(SEED_WAHLKREIS)
    assert got["person"] == "Jonas Beispielmann"
    assert got["office"] == "Direktkandidat Bundestag"
    assert got["region"] == "Leipzig-Süd (Wahlkreis 152)"
    assert got["bundesland"] == "Sachsen"
    assert got["party"] == "Die Linke"
    assert got["date"] == "2024-10-12"
    assert got["doc_type"] == "candidacy"


def test_seed_like_landesvorsitz() -> None:
    got = values(SEED_LANDESVORSITZ)
    assert got["person"] == "Frederik Musterhagen"
    assert got["office"] == "Landesvorsitzender"
    assert got["region"] == "Sachsen-Anhalt"
    assert got["bundesland"] == "Sachsen-Anhalt"
    assert got["party"] == "Die Linke"
    assert got["date"] == "2024-09-07"


def test_evidence_is_the_supporting_span() -> None:
    found = extract_metadata(SEED_WAHLKREIS)
    office = found["office"]
    assert isinstance(office, Extracted)
    assert "Direktkandidat" in office.evidence
    person = found["person"]
    assert person.start is not None
    assert SEED_WAHLKREIS[person.start :].startswith(person.evidence[:20])


# --- person slots -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Liebe Freunde,\nmein Name ist Tilda Morgenroth und ich kandidiere für den Kreistag.",
            "Tilda Morgenroth",
        ),
        (
            "Hallo zusammen,\nich bin Ben Sonnleitner, 33, und bewerbe mich als Kreisvorsitzender.",
            "Ben Sonnleitner",
        ),
        (
            "Kandidatur: Landesvorstand\n\nName: Jana Kieselbach\nWohnort: Jena\n\nF: Warum?\nA: Weil ich kandidiere.",
            "Jana Kieselbach",
        ),
        (
            "Fünf Fragen an Dr. Oskar Wendeberg\n\nOskar Wendeberg bewirbt sich als Landrat im Landkreis Harz.",
            "Oskar Wendeberg",
        ),
        (
            "Der Ortsverein schlägt Mia Feldhusen als neue Ortsvorsitzende vor. Sie kandidiert erstmals.",
            "Mia Feldhusen",
        ),
        (
            "Für den Kreisvorsitz bewirbt sich Lutz „Lutzi“ Brakemeier aus Detmold.",
            "Lutz Brakemeier",
        ),
        (
            "Ich bewerbe mich um den Landesvorsitz.\n\nMit freundlichen Grüßen\nProf. Dr. Sigrid Almenrath",
            "Sigrid Almenrath",
        ),
        (
            "Bewerbung von Sören Testmann für die Landesliste\n\nIch bewerbe mich um Platz 4 der Landesliste zur Landtagswahl.",
            "Sören Testmann",
        ),
        ("Anna Probe (SPD) kandidiert für den Landtag im Wahlkreis Leipzig 3.", "Anna Probe"),
    ],
)
def test_person_slots(text: str, person: str) -> None:
    assert values(text).get("person") == person


def test_first_name_signature_confirms_the_full_name() -> None:
    text = (
        "Hendrik Brüggemeier\nBewerbung als Kreisvorsitzender\n\nLiebe Mitglieder,\n"
        "ich kandidiere für den Kreisvorsitz.\n\nEuer\nHendrik"
    )
    assert values(text)["person"] == "Hendrik Brüggemeier"


def test_list_announcement_gives_all_candidates() -> None:
    text = (
        "Die Grünen im Landkreis Göttingen haben ihre Liste für die Kreistagswahl aufgestellt. "
        "Angeführt wird die Liste von Mara Testfeld, auf Platz 2 folgt Ole Probst."
    )
    assert values(text)["person"] == ("Mara Testfeld", "Ole Probst")


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # co-candidate
        (
            "Ich, Greta Lindqvist, bewerbe mich als Landesvorsitzende. Gegen mich tritt Udo Rivalski an.",
            "Udo Rivalski",
        ),
        # predecessor
        (
            "Ich bin Carl Eberhard und kandidiere für den Ortsvorsitz. Mein Vorgänger Heinz Altmeister hört auf.",
            "Heinz Altmeister",
        ),
        # questioner
        (
            "Nachgefragt bei Lena Probe\n\nWarum kandidierst du für den Landesvorstand? Die Fragen stellte Bernd Fragesteller.",
            "Bernd Fragesteller",
        ),
        # famous name in passing
        (
            "Ich bin Ida Kranich und bewerbe mich als Stadträtin. Wie Willy Brandt sagte: mehr Demokratie wagen.",
            "Willy Brandt",
        ),
    ],
)
def test_person_distractors(text: str, not_person: str) -> None:
    person = values(text).get("person")
    assert person is not None
    assert not_person not in (person if isinstance(person, tuple) else (person,))


def test_quoted_spokesperson_of_a_press_release_is_no_person() -> None:
    text = (
        "Pressemitteilung\n\nErfurt, 21. Januar 2025\n\nBSW Thüringen fordert mehr Schulsozialarbeit\n\n"
        "„Das ist überfällig“, erklärt die Sprecherin Karla Beispiel."
    )
    got = values(text)
    assert got["doc_type"] == "press_release"
    assert "person" not in got and "office" not in got


# --- office: the sought one, never a current one -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Warum ich Oberbürgermeisterin werden will\n\nIch bin Rita Saalfeld und kandidiere.",
            "Oberbürgermeister",
        ),
        (
            "Bewerbung als stellvertretende Landesvorsitzende\n\nich bin Nora Quist und bewerbe mich.",
            "stellv. Landesvorsitzender",
        ),
        (
            # a collective board of speakers, not its chair
            "Bewerbung für den Landessprecher*innenrat\n\n"
            "ich bin Nora Quist und möchte mich für den Landessprecher*innenrat bewerben.",
            "Landesvorstand",
        ),
        (
            "Bewerbung als stellvertretende Bundesvorsitzende für Programmatik\n\n"
            "ich bin Nora Quist, seit 2022 Landesvorsitzende, und bewerbe mich.",
            "stellv. Bundesvorsitzender",
        ),
        (
            "Ich bin Emil Rathke. Seit 2019 bin ich Kreisvorsitzender. Jetzt kandidiere ich für den Landesvorstand.",
            "Landesvorstand",
        ),
        (
            "Ich bin Fiona Wendt, seit 2020 Gemeinderätin, und bewerbe mich als Bürgermeisterin.",
            "Bürgermeister",
        ),
        (
            "Ich bin Aylin Fiktiv und bewerbe mich auf Listenplatz 4 für die BVV Neukölln.",
            "Bezirksverordnetenversammlung",
        ),
        (
            "Ich bin Tom Ferber und bewerbe mich um Platz 5 der Landesliste zur Landtagswahl.",
            "Landesliste Landtag",
        ),
        (
            "Ich bin Uwe Brenner. Ich kandidiere als Direktkandidat im Bundestagswahlkreis 161.",
            "Direktkandidat Bundestag",
        ),
        (
            "Delegiertenbewerbung Bundesparteitag\n\nIch bin Pia Lorenz und bewerbe mich als Delegierte.",
            "Bundesparteitagsdelegierter",
        ),
        (
            "Ich bin Kai Vogt und bewerbe mich für die Europawahl auf Platz 7 unserer Liste.",
            "Kandidat Europaparlament",
        ),
        (
            "Ich bin Anna Probe und kandidiere für den Deutschen Bundestag im Wahlkreis Leipzig-Süd.",
            "Direktkandidat Bundestag",
        ),
        (
            "Ich bin Maria Oben und bewerbe mich als Spitzenkandidatin der Grünen für die Landtagswahl.",
            "Landesliste Landtag",
        ),
    ],
)
def test_office_sought(text: str, office: str) -> None:
    assert values(text).get("office") == office


@pytest.mark.parametrize(
    "text",
    [
        # current office only, nothing sought
        "Ich bin Ida Kranich, seit 2019 Stadträtin in Jena. Heute geht es um den Radverkehr.",
        # addressed delegates are not a delegate candidacy
        "Liebe Delegierte des Landesparteitags,\nheute beraten wir über den Haushalt.",
        # an invitation to a nominating assembly names no candidate
        "Einladung zur Aufstellungsversammlung\n\nWir laden euch zur Wahl des Gemeinderats ein.",
    ],
)
def test_no_office_without_a_candidacy(text: str) -> None:
    assert "office" not in values(text)


# --- region and Land ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "land"),
    [
        # venue of the party congress is not the region
        (
            "Bewerbung für den Kreisvorsitz der FDP Rostock\n\nAuf dem Kreisparteitag in Güstrow "
            "kandidiere ich für den Kreisvorsitz.\n\nPaul Imaginär",
            "Rostock",
            "Mecklenburg-Vorpommern",
        ),
        # footer address is not the region
        (
            "Ich bin Lea Sommerfeld und kandidiere für den Kreisvorsitz der CSU Passau.\n\n"
            "CSU-Landesleitung · Mies-van-der-Rohe-Straße 1 · 80807 München",
            "Passau",
            "Bayern",
        ),
        # birthplace and home town are not the region
        (
            "Ich bin Jan Wiese, geboren in Kiel, und bewerbe mich um Platz 3 der Landesliste "
            "der SPD Niedersachsen für die Landtagswahl.",
            "Niedersachsen",
            "Niedersachsen",
        ),
        (
            "Ich bin Mona Keller und kandidiere als Beisitzerin im Bundesvorstand der Piratenpartei.",
            "Deutschland",
            None,
        ),
        (
            "Ich bin Rita Saalfeld und kandidiere als Oberbürgermeisterin von Trier.",
            "Trier",
            "Rheinland-Pfalz",
        ),
        (
            "Ich bin Mirko Test und bewerbe mich als Direktkandidat für den Abgeordnetenhauswahlkreis "
            "Lichtenberg 2.",
            "Lichtenberg 2",
            "Berlin",
        ),
        # a constituency alias without its number is resolved through the 2025 table
        (
            "Ich bin Anna Probe und kandidiere für den Bundestag im Wahlkreis Leipzig-Süd.",
            "Leipzig-Süd (Wahlkreis 152)",
            "Sachsen",
        ),
        # a Landtag constituency number is not looked up among the Bundestag numbers
        (
            "Ich bin Ramona Test und bewerbe mich als Direktkandidatin für den Landtagswahlkreis 18 in Brandenburg.",
            "Wahlkreis 18",
            "Brandenburg",
        ),
    ],
)
def test_region(text: str, region: str, land: str | None) -> None:
    got = values(text)
    assert got.get("region") == region
    assert got.get("bundesland") == land


def test_known_region_fixes_the_land() -> None:
    got = values("Kapitel Mobilität: Stadtbahn jetzt bauen.", known={"region": "Kiel"})
    assert got["bundesland"] == "Schleswig-Holstein"
    assert "region" not in got


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Chemnitz, 18.11.2024\n\nIch bin Uwe Brenner und kandidiere für den Stadtrat.",
            "2024-11-18",
        ),
        ("Veröffentlicht am 02.11.2023\n\nText.", "2023-11-02"),
        ("Ich kandidiere für den Stadtrat.\n\nTrier, im Mai 2024", "2024-05"),
        ("Bei der Jahreshauptversammlung am 8. Februar 2025 kandidiere ich.", "2025-02-08"),
        ("Ich bewerbe mich auf der LDK am 14. und 15. Dezember 2024 um Platz 18.", "2024-12-14"),
        ("Auf dem Landesparteitag 2025 am 7. und 8. September kandidiere ich.", "2025-09-07"),
        ("Kandidatenfragen zum Bundesparteitag 2025.1\n\nSeit 2009 bin ich dabei.", "2025"),
        ("Bei der Landtagswahl am 22. September 2024 bitte ich um Ihre Stimme.", "2024-09-22"),
    ],
)
def test_date_rules(text: str, date: str) -> None:
    assert values(text).get("date") == date


@pytest.mark.parametrize(
    "text",
    [
        "Geboren wurde ich 1987 in Annaberg-Buchholz. Ich kandidiere für den Stadtrat.",  # birth year
        "Seit 2009 bin ich Mitglied. Ich kandidiere für den Ortsvorsitz.",  # membership year
        "Ich kandidiere für den Ortsvorsitz.\n\n© 2025 SPD Ortsverein Musterdorf",  # copyright
        "Wir wählen unsere Delegierten für den Bundesparteitag Ende Juni.",  # no year at all
        "Die Kreisvertreterversammlung am 26. Oktober wählt den Vorstand neu.",  # year not fixed
    ],
)
def test_date_distractors(text: str) -> None:
    assert "date" not in values(text)


def test_known_date_fixes_the_year() -> None:
    from indexer.metadata import dates, document

    doc = document.build("Die Kreisvertreterversammlung am 26. Oktober wählt neu.", None)
    hit = dates.find_date(doc, known_date="2024-10-10")
    assert hit is not None and hit.value == "2024-10-26"


# --- party and document type ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Ich bin Direktkandidat der Linken für den Wahlkreis Chemnitz.", "Die Linke"),
        ("BVB / FREIE WÄHLER haben mich nominiert.", "Freie Wähler"),
        ("Seit 2016 bin ich bei den Grünen.", "Bündnis 90/Die Grünen"),
        ("Die Freien Demokraten im Wahlkreis Neunkirchen haben gewählt.", "FDP"),
        (
            "SPD Langendreer: Bei der letzten Wahl holte die AfD hier 20 Prozent. Die SPD muss kämpfen.",
            "SPD",
        ),
    ],
)
def test_party(text: str, party: str) -> None:
    assert values(text)["party"] == party


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            "Sehr geehrte Frau Präsidentin! Meine Damen und Herren! Der Haushalt ...",
            ("other", "speech"),
        ),
        ("Kommunalwahlprogramm 2023 – Kapitel Mobilität\n\nKiel bewegt sich.", "programme"),
        (
            "Beschluss des Landesparteitags\n\nDer Landesparteitag möge beschließen: ...",
            ("other", "resolution"),
        ),
        ("Pressemitteilung\n\nDie SPD fordert mehr Geld für Schulen.", "press_release"),
        ("Einladung zur Mitgliederversammlung\n\nTagesordnung: 1. Begrüßung", "other"),
        (SEED_WAHLKREIS, "candidacy"),
    ],
)
def test_doc_type(text: str, doc_type: str | tuple[str, ...]) -> None:
    assert values(text)["doc_type"] == doc_type


def test_finer_types_follow_their_base_type() -> None:
    assert with_base_type("speech") == ("other", "speech")
    assert with_base_type(("resolution",)) == ("other", "resolution")
    assert with_base_type("candidacy") == "candidacy"
    assert with_base_type(("other", "speech")) == ("other", "speech")
    assert with_base_type(("candidacy", "speech")) == ("candidacy", "other", "speech")


def test_the_rules_take_the_finest_type() -> None:
    assert finest_type(["other", "speech"]) == "speech"
    assert finest_type(["candidacy"]) == "candidacy"
    assert finest_type(["other"]) == "other"


def test_given_values_are_not_re_extracted() -> None:
    got = values(SEED_WAHLKREIS, known={"party": "SPD", "date": "2024-01-01", "person": "X Y"})
    assert "party" not in got and "date" not in got and "person" not in got
    assert got["office"] == "Direktkandidat Bundestag"


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "x", "2024", "Dr.", "„", "Wahlkreis 0"])
def test_degenerate_input(text: str) -> None:
    assert isinstance(extract_metadata(text), dict)
