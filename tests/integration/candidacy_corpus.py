"""Fictional candidacy documents for the ``/kandidaturen`` and ``/personen`` tests.

Everyone here is invented. Two elections for the same office (a person running in both), a
second office of that person, a list announcement with numbered nominees, a press release that
is a list announcement too (its nominees are rows), an undated candidacy, press releases that
only mention a candidate or have two authors (never rows), and a title that looks like a
spreadsheet formula.
"""

from __future__ import annotations

import json
from pathlib import Path

#: (file name, front matter, body)
DOCUMENTS: list[tuple[str, dict[str, str | list[str]], str]] = [
    (
        "kornblume-2022-landesvorsitz.md",
        {
            "title": "Kandidatur für den Landesvorsitz 2022",
            "person": "Edeltraud Kornblume",
            "amt": "Landesvorsitzender",
            "region": "Sachsen-Anhalt",
            "bundesland": "Sachsen-Anhalt",
            "partei": "SPD",
            "date": "2022-05-07",
            "type": "candidacy",
        },
        "Liebe Genossinnen und Genossen,\n\nich bewerbe mich zum ersten Mal um den "
        "Landesvorsitz. Mein Thema ist der Nahverkehr auf dem Land.\n",
    ),
    (
        "kornblume-2024-landesvorsitz.md",
        {
            "title": "Kandidatur für den Landesvorsitz 2024",
            "person": "Edeltraud Kornblume",
            "amt": "Landesvorsitzender",
            "region": "Sachsen-Anhalt",
            "bundesland": "Sachsen-Anhalt",
            "partei": "SPD",
            "date": "2024-03-02",
            "type": "candidacy",
        },
        "Kandidatur für den Landesvorsitz 2024\n\nLiebe Genossinnen und Genossen,\n\nich "
        "bewerbe mich erneut um den Landesvorsitz. Gebührenfreie Kitas sind mein Versprechen "
        "für die nächsten zwei Jahre.\n",
    ),
    (
        "wiesenklee-2024-landesvorsitz.md",
        {
            "title": "Bewerbung um den Landesvorsitz",
            "person": "Gottfried Wiesenklee",
            "amt": "Landesvorsitzender",
            "region": "Sachsen-Anhalt",
            "bundesland": "Sachsen-Anhalt",
            "partei": "SPD",
            "date": "2024-03-20",
            "type": "candidacy",
        },
        "Liebe Genossinnen und Genossen,\n\nich trete gegen eine starke Mitbewerberin an. "
        "Bezahlbare Mieten in Halle und Magdeburg sind mein Versprechen.\n",
    ),
    (
        "kornblume-2025-bundestag.md",
        {
            "title": "Bewerbung um das Direktmandat in Magdeburg",
            "person": "Edeltraud Kornblume",
            "amt": "Direktkandidat Bundestag",
            "region": "Magdeburg",
            "bundesland": "Sachsen-Anhalt",
            "partei": "SPD",
            "date": "2025-01-11",
            "type": "candidacy",
        },
        "Liebe Genossinnen und Genossen,\n\nich bewerbe mich um das Direktmandat im Wahlkreis "
        "Magdeburg.\n",
    ),
    (
        "landesliste-thueringen-2026.md",
        {
            "title": "Unsere Landesliste für die Landtagswahl 2026",
            "partei": "Die Linke",
            "bundesland": "Thüringen",
            "region": "Thüringen",
            "date": "2026-02-14",
            "type": "candidacy",
            "amt": "Landesliste Landtag",
        },
        "Die Vertreterversammlung hat am Samstag in Erfurt unsere Landesliste für die "
        "Landtagswahl gewählt. Auf den ersten Plätzen der Liste kandidieren:\n\n"
        "1. Walburga Kleefeld\n2. Rupert Haselnuss\n3. Hannelore Brombeer\n4. Kasimir Holunder\n\n"
        "Wir gratulieren allen Kandidatinnen und Kandidaten.\n",
    ),
    (
        "oehlschlaeger-stadtrat.md",
        {
            "title": "=Bewerbung für den Stadtrat",
            "person": "Ägidius Öhlschläger",
            "amt": "Stadtrat",
            "region": "Halle (Saale)",
            "bundesland": "Sachsen-Anhalt",
            "partei": "FDP",
            "type": "candidacy",
        },
        "Liebe Freundinnen und Freunde,\n\nich kandidiere für den Stadtrat, weil Halle "
        "schnelleres Internet braucht.\n",
    ),
    (
        "pressemitteilung-kreistagsliste.md",
        {
            "title": "Pressemitteilung: Grüne wählen ihre Kandidierenden für den Kreistag",
            "partei": "Bündnis 90/Die Grünen",
            "bundesland": "Sachsen-Anhalt",
            "region": "Saalekreis",
            "date": "2024-02-10",
            "type": "press_release",
        },
        "Die Mitgliederversammlung hat am Samstag in Merseburg ihre Liste für die "
        "Kreistagswahl gewählt. Auf den ersten Plätzen der Liste kandidieren:\n\n"
        "1. Cordula Pfefferminz\n2. Balduin Schnittlauch\n3. Mechthild Liebstöckel\n\n"
        "Wir gratulieren allen Kandidatinnen und Kandidaten.\n",
    ),
    (
        "pressemitteilung-zwei-personen.md",
        {
            "title": "Pressemitteilung: Gemeinsame Erklärung zum Haushalt",
            "person": ["Ludmilla Sauerteig", "Xaver Zimtstern"],
            "partei": "SPD",
            "bundesland": "Sachsen-Anhalt",
            "date": "2024-05-02",
            "type": "press_release",
        },
        "Der Haushalt des Landes muss die Kommunen stärken, erklären beide gemeinsam.\n",
    ),
    (
        "pressemitteilung-kitas.md",
        {
            "title": "Pressemitteilung: Gebührenfreie Kitas",
            "person": "Ludmilla Sauerteig",
            "partei": "SPD",
            "bundesland": "Sachsen-Anhalt",
            "date": "2024-04-01",
            "type": "press_release",
        },
        "Gebührenfreie Kitas fordert die SPD nach dem Landesparteitag. Edeltraud Kornblume "
        "wurde zur Landesvorsitzenden gewählt.\n",
    ),
]

#: Rows the fixture must give: five statements (one undated), four plus three nominees.
CANDIDACIES = 12
CANDIDACY_DOCUMENTS = 7
ELECTIONS = 6
PRESS_LIST = ["Cordula Pfefferminz", "Balduin Schnittlauch", "Mechthild Liebstöckel"]


def write_candidacies(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, front, body in DOCUMENTS:
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        (folder / name).write_text("---\n" + "\n".join(lines) + "\n---\n" + body, encoding="utf-8")
    return folder
