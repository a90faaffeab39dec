"""Small fixture documents about fictional people, for the web app and browser tests.

Everyone here is invented. The documents are written to a folder and indexed through the real
pipeline (readers, metadata, index), so the web app sees what it sees in production.
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.engine.store import IndexStore
from indexer.ingest.indexing import IndexOptions, index_paths

XSS_TEXT = (
    "Antrag zur Straßenbeleuchtung\n\n"
    "Wir beantragen mehr Laternen. <script>window.__xss = 1; alert('xss')</script>\n"
    '<img src=x onerror="window.__xss = 2"> und <b>fett</b> bleibt Text.\n'
    "Die Straßenbeleuchtung in der Gartenstraße ist seit Jahren zu dunkel.\n"
)

#: Front-matter documents: (file name, front matter, body).
MARKDOWN: list[tuple[str, dict[str, str], str]] = [
    (
        "quastwedel-2019-kreistag.md",
        {
            "title": "Bewerbung für den Kreistag im Landkreis Musterau",
            "person": "Henrietta Quastwedel",
            "amt": "Kreistag",
            "region": "Landkreis Musterau",
            "bundesland": "Niedersachsen",
            "partei": "SPD",
            "date": "2019-03-02",
            "type": "candidacy",
        },
        "Liebe Genossinnen und Genossen,\n\nich bewerbe mich für den Kreistag. Mir liegen "
        "bezahlbare Mieten und ein verlässlicher Busverkehr am Herzen. Die Mietpreisbremse "
        "muss auch bei uns auf dem Land gelten.\n\nEure Henrietta Quastwedel\n",
    ),
    (
        "quastwedel-2021-landtag.md",
        {
            "title": "Bewerbung für die Landesliste zur Landtagswahl",
            "person": "Henrietta Quastwedel",
            "amt": "Landesliste Landtag",
            "region": "Niedersachsen",
            "bundesland": "Niedersachsen",
            "partei": "SPD",
            "date": "2021-06",
            "type": "candidacy",
        },
        "Liebe Genossinnen und Genossen,\n\nnach zwei Jahren im Kreistag bewerbe ich mich um "
        "einen Platz auf der Landesliste. Das Direktmandat in Musterau ist mein Ziel, die "
        "Landesliste meine Absicherung.\n",
    ),
    (
        "quastwedel-2024-bundestag.md",
        {
            "title": "Bewerbung um das Direktmandat im Wahlkreis Musterau",
            "person": "Henrietta Quastwedel",
            "amt": "Direktkandidat Bundestag",
            "region": "Musterau (Wahlkreis 999)",
            "bundesland": "Niedersachsen",
            "partei": "Bündnis 90/Die Grünen",
            "date": "2024-09-14",
            "type": "candidacy",
        },
        "Liebe Freundinnen und Freunde,\n\nich bewerbe mich um das Direktmandat im Wahlkreis "
        "Musterau. Das Direktmandat gewinnen wir mit klaren Antworten: Direktmandat heißt "
        "Verantwortung vor Ort.\n\n"
        + "Wir brauchen mehr Windräder und Radwege. " * 40
        + "\n\nZum Schluss noch einmal: das Direktmandat ist kein Selbstzweck.\n",
    ),
    (
        "zwirbelmeier-2023-stadtrat.md",
        {
            "title": "Vorstellung für die Stadtratsliste",
            "person": "Bartholomäus Zwirbelmeier",
            "amt": "Stadtrat",
            "region": "Beispielhausen",
            "bundesland": "Bayern",
            "partei": "CSU",
            "date": "2023-11-20",
            "type": "candidacy",
        },
        "Liebe Freunde,\n\nals Handwerksmeister kenne ich die Sorgen der Betriebe. Ich trete "
        "für den Stadtrat an, damit die Gewerbesteuer nicht weiter steigt.\n",
    ),
    (
        "fernkorn-2022-landesvorsitz.md",
        {
            "title": "Kandidatur für den Landesvorsitz",
            "person": "Ottilie Fernkorn",
            "amt": "Landesvorsitzender",
            "region": "Sachsen",
            "bundesland": "Sachsen",
            "partei": "Bündnis 90/Die Grünen",
            "date": "2022-04-09",
            "type": "candidacy",
        },
        "Liebe Freundinnen und Freunde,\n\nich kandidiere für den Landesvorsitz. Klimaschutz "
        "und Mindestlohnerhöhung gehören zusammen.\n",
    ),
    (
        "strassenbeleuchtung.md",
        {
            "title": "Antrag <img src=x onerror=alert(1)> Straßenbeleuchtung",
            "person": "Konstantin Lichtenhaupt",
            "partei": "FDP",
            "date": "2020-02-02",
            "type": "resolution",
            "region": "Lampenfeld",
            "bundesland": "Hessen",
        },
        XSS_TEXT,
    ),
]

#: A plain text file without front matter: its metadata is extracted from the text.
EXTRACTED = (
    "bewerbung-wendelin-krautstorfer.txt",
    "Bewerbung um den Kreisvorsitz der SPD Beispielstadt\n\n"
    "Liebe Genossinnen und Genossen,\n\nhiermit bewerbe ich mich um den Kreisvorsitz. "
    "Ich bin 41 Jahre alt und Lehrer. Die Mietpreisbremse und gute Schulen sind mir wichtig.\n\n"
    "Wendelin Krautstorfer\nBeispielstadt, 3. März 2025\n",
)

PERSONS = [
    "Amalie Rosenkötter",
    "Theodor Wolkenbruch",
    "Friedlinde Sauerampfer",
    "Emil Grashalm",
    "Luise Tannenzapf",
]
PARTIES = ["SPD", "CDU", "Die Linke", "FDP", "Bündnis 90/Die Grünen"]
LANDER = ["Bremen", "Saarland", "Thüringen"]
#: Press releases in one JSONL file: enough for three result pages.
PRESS_RELEASES = 25


def press_releases() -> list[dict[str, str]]:
    records = []
    for n in range(1, PRESS_RELEASES + 1):
        year = 2015 + n % 11
        records.append(
            {
                "id": f"pm-{n:03d}",
                "title": f"Pressemitteilung {n}: Mietpreisbremse verlängern",
                "date": f"{year}-{(n % 12) + 1:02d}-15",
                "person": PERSONS[n % len(PERSONS)],
                "party": PARTIES[n % len(PARTIES)],
                "bundesland": LANDER[n % len(LANDER)],
                "type": "press_release",
                "text": f"Pressemitteilung Nummer {n}. Die Mietpreisbremse muss verlängert "
                "werden, fordert der Kreisverband. Mieterinnen und Mieter brauchen Schutz.",
            }
        )
    return records


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, front, body in MARKDOWN:
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        (folder / name).write_text("---\n" + "\n".join(lines) + "\n---\n" + body, encoding="utf-8")
    (folder / EXTRACTED[0]).write_text(EXTRACTED[1], encoding="utf-8")
    with (folder / "pressemitteilungen.jsonl").open("w", encoding="utf-8") as handle:
        for record in press_releases():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def build_index(folder: Path, index_dir: Path) -> IndexStore:
    """Index ``folder`` into ``index_dir`` through the real pipeline; fail loudly on errors."""
    store = IndexStore(index_dir)
    summary = index_paths(store, [folder], IndexOptions())
    assert summary.ok, summary.as_dict()
    return store


def document_count() -> int:
    return len(MARKDOWN) + 1 + PRESS_RELEASES
