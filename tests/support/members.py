"""A members-only corpus for the access-control tests: fictional documents whose words,
person, party and region occur nowhere else, given as internal in each way people give it
(a folder's ``_meta.yaml``, a sidecar, front matter, a JSONL field)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.browser.corpus import write_corpus

SECRET_PERSON = "Korbinian Knöpfleschwenk"
SECRET_PARTY = "Knöpflepartei"
SECRET_REGION = "Knöpflehausen"
SECRET_YEAR = "2009"
SECRET_TITLE = "Bewerbung um den Landesvorsitz"
#: Strings that must never reach the public in any response.
MARKERS = (
    "Knöpfle", "knöpfle", "Knoepfle", "knoepfle", "knopfle", "Schatzkisten", "schatzkisten",
    "Quellwasserpfand", "quellwasserpfand", "Murmeltierkataster", "murmeltierkataster", "5550123",
    "intern-", "geheim-",
)


def write_internal(folder: Path) -> None:
    """The internal documents, added to ``folder`` (beside the public corpus)."""
    inner = folder / "intern"
    inner.mkdir(parents=True, exist_ok=True)
    (inner / "_meta.yaml").write_text("sichtbarkeit: mitglieder\n", encoding="utf-8")
    (inner / "intern-landesvorsitz.md").write_text(
        "---\n"
        f'title: "{SECRET_TITLE} – {SECRET_PERSON}"\n'
        f'person: "{SECRET_PERSON}"\n'
        'amt: "Landesvorsitzender"\n'
        f'partei: "{SECRET_PARTY}"\n'
        f'region: "{SECRET_REGION}"\n'
        'bundesland: "Saarland"\n'
        f'date: "{SECRET_YEAR}-05-05"\n'
        'type: "candidacy"\n'
        "---\n"
        "Liebe Mitglieder,\n\nich bewerbe mich um den Landesvorsitz. Die Schatzkistenrevision "
        "und der Quellwasserpfand liegen mir am Herzen. Erreichbar unter 0171 5550123.\n\n"
        f"Euer {SECRET_PERSON}\n",
        encoding="utf-8",
    )
    # A public person's internal document: her public pages must not count or list it.
    (inner / "intern-quastwedel.md").write_text(
        "---\ntitle: Vertrauliche Notiz zum Murmeltierkataster\n"
        'person: "Henrietta Quastwedel"\npartei: "SPD"\ndate: "2024-10-10"\n---\n'
        "Die Schatzkistenrevision im Kreisverband, intern besprochen.\n",
        encoding="utf-8",
    )
    (folder / "intern-sidecar.txt").write_text(
        "Bericht an die Mitglieder\n\nDas Murmeltierkataster des Kreisverbands wird "
        "fortgeschrieben; Schatzkistenrevision folgt.\n",
        encoding="utf-8",
    )
    (folder / "intern-sidecar.txt.meta.yaml").write_text(
        f'visibility: mitglieder\nperson: "{SECRET_PERSON}"\ndate: "{SECRET_YEAR}-01-10"\n',
        encoding="utf-8",
    )
    front = folder / "intern-front.md"
    front.write_text(
        "---\ntitle: Delegiertenwahl\nvisibility: members\n"
        f'person: "{SECRET_PERSON}"\n---\nZur Delegiertenwahl: Quellwasserpfand.\n',
        encoding="utf-8",
    )
    record = {
        "id": "geheim-1", "title": "Kreisvorstand Knöpflehausen", "visibility": "mitglieder",
        "person": SECRET_PERSON, "party": SECRET_PARTY, "region": SECRET_REGION,
        "date": f"{SECRET_YEAR}-03-03", "text": "Murmeltierkataster und Schatzkistenrevision.",
    }
    (folder / "intern.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                         encoding="utf-8")


def write_both(root: Path) -> tuple[Path, Path]:
    """The public corpus with the internal documents, and the same without them."""
    full = write_corpus(root / "full")
    write_internal(full)
    public = write_corpus(root / "public")
    return full, public
