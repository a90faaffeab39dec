#!/usr/bin/env python3
"""Write the four PDF documents of set 14 (h14_11, h14_20, h14_37, h14_39).

All other documents (.html, .md, .txt) were written by hand and live in docs/ as they are.
The page texts are kept in PDFS so that gold_src.py can check names against them without a
PDF reader.

Run with the project's interpreter (only for the PDF writer in tests/support/pdfgen.py):

    ../../../.venv/bin/python make_docs.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

PDFS: dict[str, dict] = {}

# --- h14_11: Grüne, Bundesvorstand (Beisitzerin), federal ----------------------------------
PDFS["h14_11.pdf"] = dict(
    title="Bewerbung Bundesvorstand – Swenja Hilgendorf",
    author="Swenja Hilgendorf",
    creation_date="2026-08-31T21:14:00",
    pages=[
        """BÜNDNIS 90/DIE GRÜNEN · Bundesdelegiertenkonferenz 2026

Bewerbung als Beisitzerin im Bundesvorstand

Swenja Hilgendorf

Liebe Freundinnen und Freunde,

auf der Bundesdelegiertenkonferenz im November wählen wir einen neuen Bundesvorstand. Ich bewerbe mich als Beisitzerin im Bundesvorstand von BÜNDNIS 90/DIE GRÜNEN.

Ich komme aus einem Landesverband, in dem grüne Politik kein Selbstläufer ist. Seit 2023 bin ich Beisitzerin im Landesvorstand der sächsischen Grünen, seit 2024 Stadträtin in Leipzig. Ich weiß, wie es ist, an einem Infostand in einer Kleinstadt angeschrien zu werden – und wie es ist, am nächsten Samstag trotzdem wieder dort zu stehen.

Was ich in den Bundesvorstand einbringen will:

1. Die Perspektive der ostdeutschen Kreisverbände. Viele von ihnen haben weniger als fünfzig Mitglieder und decken Flächen ab, die größer sind als manches Bundesland. Sie brauchen keine neuen Kampagnenmaterialien, sondern Menschen, Geld und Zeit.

2. Eine Mitgliederentwicklung, die nicht nach dem nächsten Wahlabend endet. Wir haben in den letzten Jahren Zehntausende neue Mitglieder gewonnen. Ich möchte, dass jede und jeder von ihnen innerhalb von drei Monaten ein konkretes Angebot zum Mitmachen bekommt.

3. Kommunalpolitik als Fundament. Vor der Bundestagswahl 2029 stehen in vielen Ländern Kommunal- und Landtagswahlen an. Der Bundesverband muss die Kommunalen stärker unterstützen – mit Beratung, Vernetzung und einem Fonds für Wahlkämpfe in strukturschwachen Regionen.

Ich freue mich auf eure Fragen und auf viele Gespräche bis zur BDK.

Leipzig, 31. August 2026

Swenja Hilgendorf""",
        """Lebenslauf – Swenja Hilgendorf

geboren 1991 in Plauen
2010–2016  Studium der Umweltwissenschaften in Leipzig
seit 2017  Referentin für Energiewende bei einem kommunalen Energieversorger

Politisch
2012       Eintritt bei BÜNDNIS 90/DIE GRÜNEN
2016–2018  Sprecherin der Grünen Jugend Sachsen
seit 2023  Beisitzerin im Landesvorstand Sachsen
seit 2024  Stadträtin in Leipzig, Mitglied im Ausschuss für Umwelt, Klima und Ordnung

Unterstützt wird meine Bewerbung unter anderem von:
Marlene Hoyer-Dankwarth (KV Leipzig), Tobias Grunewald (KV Dresden), Ida Weißflog (KV Vogtland), Malte Brinkschulte (KV Chemnitz)

Kontakt: swenja.hilgendorf@mailbox.example""",
    ],
)

# --- h14_20: BSW Thüringen, Pressespiegel (negative) ----------------------------------------
PDFS["h14_20.pdf"] = dict(
    title="Pressespiegel KW 12/2025",
    author="BSW Thüringen – Pressestelle",
    creation_date="2025-03-21T15:40:00",
    pages=[
        """BSW Landesverband Thüringen
Pressespiegel KW 12/2025 (17.–21. März 2025)
Zusammengestellt von der Pressestelle · Stand: 21.03.2025 · Nur für den internen Gebrauch

Inhalt
1. Erfurt: Stadtverband mit neuer Doppelspitze
2. Landtag: Debatte über das Schulgesetz
3. Gera: Kommentar zur Haushaltslage
4. Ilm-Kreis: BSW will bei Bürgermeisterwahl mitreden
5. Überregional: Reaktionen auf den Bundestagswahlabend

1. Erfurter Stadtecho, 18.03.2025
„BSW Erfurt mit neuer Doppelspitze“
Der Stadtverband des BSW hat am Wochenende Ines Pfeffer und Lutz Hanisch zu seinen Vorsitzenden gewählt. Beide erhielten jeweils mehr als 80 Prozent der Stimmen. Pfeffer kündigte an, den Verband „für die Kommunalwahl 2030 breiter aufzustellen“. (Zusammenfassung)

2. Radio Mittelthüringen, 19.03.2025
Schulgesetz: Die BSW-Landtagsfraktion verteidigt die geplanten Änderungen beim Lehrereinsatz. Ein Sprecher der Fraktion sagte, man werde „an den Details noch arbeiten“. (Audiomitschnitt liegt der Pressestelle vor)

3. Geraer Abendblatt, 20.03.2025
Kommentar „Die Stadt spart sich arm“ – der Kommentator kritisiert den Haushaltsentwurf der Stadt Gera und erwähnt die Position des BSW im Stadtrat wohlwollend.""",
        """4. Ilmtal-Bote, 21.03.2025
„BSW will in Ilmenau mitreden“
Bei der nächsten Bürgermeisterwahl in Ilmenau will das BSW möglicherweise eine eigene Kandidatin stellen. Interesse habe die Stadträtin Kornelia Späth angemeldet; eine Entscheidung solle nach Angaben des Kreisverbands im Sommer fallen. Späth selbst wollte sich auf Anfrage noch nicht äußern.

5. Überregional, 17.–21.03.2025
Mehrere Zeitungen greifen die Analyse der Bundestagswahl vom 23. Februar auf. Tenor: Das Ergebnis in Thüringen liege deutlich über dem Bundesdurchschnitt. Zitiert wird jeweils die Landesvorsitzende.

Social-Media-Monitoring
Die meisten Reaktionen erhielt in dieser Woche unser Beitrag zum Schulgesetz (Instagram, 1.240 Interaktionen).

Verteiler: Landesvorstand, Landtagsfraktion, Kreisvorsitzende
Pressestelle BSW Thüringen · 99084 Erfurt""",
    ],
)

# --- h14_37: CDU Koblenz, Landesparteitagsdelegierte ------------------------------------------
PDFS["h14_37.pdf"] = dict(
    title="Bewerbung Delegierte Landesparteitag",
    author="Theresa Wolfgarten",
    creation_date="2025-05-06T20:05:00",
    pages=[
        """Theresa Wolfgarten
Koblenz-Metternich

An die Mitglieder des CDU-Kreisverbandes Koblenz

Koblenz, 6. Mai 2025

Bewerbung als Delegierte zum Landesparteitag der CDU Rheinland-Pfalz

Liebe Parteifreundinnen und Parteifreunde,

auf unserem Kreisparteitag am 24. Mai 2025 wählen wir die Delegierten, die den Kreisverband Koblenz in den kommenden zwei Jahren auf den Landesparteitagen vertreten. Dazu gehört der Landesparteitag im Herbst in Bingen am Rhein, auf dem wir unser Programm für die Landtagswahl am 22. März 2026 beschließen. Ich bewerbe mich als Delegierte zum Landesparteitag.

Seit 2022 bin ich Vorsitzende des CDU-Ortsverbands Metternich, seit der Kommunalwahl 2024 Mitglied im Stadtrat von Koblenz. In beiden Ämtern erlebe ich, wie sehr die Entscheidungen in Mainz unseren Alltag in der Stadt prägen: bei der Kita-Finanzierung, beim Schulbau und bei der Frage, wer die Kosten für die Brückensanierungen trägt.

Auf dem Landesparteitag möchte ich mich vor allem für drei Dinge einsetzen:
- eine verlässliche Finanzausstattung der Kommunen,
- eine Gesundheitsversorgung, die auch im Oberzentrum Koblenz nicht selbstverständlich ist,
- mehr junge Frauen auf unseren Listen.

Ich würde mich freuen, wenn Sie mir am 24. Mai Ihr Vertrauen schenken.

Mit freundlichen Grüßen
Theresa Wolfgarten""",
        """Zur Person

Jahrgang 1987, geboren in Andernach
Physiotherapeutin mit eigener Praxis in Koblenz
verheiratet, ein Sohn

Politisch
seit 2015  Mitglied der CDU
2018–2022  Schriftführerin im Ortsverband Metternich
seit 2022  Vorsitzende des Ortsverbands Metternich
seit 2024  Mitglied im Stadtrat Koblenz, Ausschuss für Soziales und Gesundheit

Ehrenamt
Übungsleiterin im Turnverein, Elternvertreterin in der Kita""",
    ],
)

# --- h14_39: Freie Wähler Rottenburg am Neckar, Gemeinderat list (multi) ------------------------
ROTTENBURG = [
    ("Stefanie Kiebler", "Steuerberaterin", "Kernstadt"),
    ("Matthias Raidt", "Zimmermeister", "Ergenzingen"),
    ("Benedikt Haug-Schnitzer", "Landwirt", "Hailfingen"),
    ("Sabine Dettling", "Erzieherin", "Wendelsheim"),
    ("Jonas Bühler-Renz", "Polizeibeamter", "Kernstadt"),
    ("Theresa Eiselt", "Ärztin", "Wurmlingen"),
    ("Heiko Schwenninger", "Elektromeister", "Kiebingen"),
    ("Carla Sauterleute", "Apothekerin", "Bad Niedernau"),
    ("Tobias Weinmann", "Förster", "Dettingen"),
    ("Ricarda Mauch", "Lehrerin", "Kernstadt"),
    ("Uwe Kienzle", "Bankkaufmann", "Baisingen"),
    ("Hannelore Straub", "Rentnerin", "Oberndorf"),
    ("Lasse Göhner", "Student", "Kernstadt"),
    ("Anja Hipp", "Hebamme", "Seebronn"),
    ("Korbinian Reutter", "Schreiner", "Ergenzingen"),
    ("Ida Bauknecht", "Physiotherapeutin", "Kernstadt"),
    ("Axel Gfrörer", "Kfz-Meister", "Weiler"),
    ("Marlene Binder-Nuß", "Verwaltungsfachangestellte", "Eckenweiler"),
    ("Dirk Saile", "Landschaftsgärtner", "Frommenhausen"),
    ("Nele Stehle", "Ingenieurin", "Hemmendorf"),
    ("Martin Frech", "Winzer", "Wurmlingen"),
    ("Silke Rebmann", "Floristin", "Obernau"),
    ("Till Wößner", "Zahnarzt", "Kernstadt"),
    ("Ines Dannecker", "Landwirtin", "Schwalldorf"),
    ("Anton Kohlhepp", "Rentner", "Bieringen"),
    ("Greta Zeeb", "Studentin", "Kernstadt"),
]


def _rottenburg_lines(start: int, stop: int) -> str:
    return "\n".join(f"{i:2d}. {n} – {b}, {o}" for i, (n, b, o) in enumerate(ROTTENBURG, 1) if start <= i <= stop)


PDFS["h14_39.pdf"] = dict(
    title="Wahlvorschlag Gemeinderat 2024 – FREIE WÄHLER Rottenburg am Neckar",
    author="FREIE WÄHLER Rottenburg am Neckar e.V.",
    creation_date="2024-03-01T09:12:00",
    pages=[
        """FREIE WÄHLER Rottenburg am Neckar e.V.

Unsere Kandidatinnen und Kandidaten für den Gemeinderat
Kommunalwahl am 9. Juni 2024

Nominiert von der Mitgliederversammlung am 23. Februar 2024 in der Festhalle Ergenzingen.

Rottenburg wählt seinen Gemeinderat seit 2004 ohne unechte Teilortswahl. Trotzdem ist uns wichtig, dass die ganze Stadt auf unserer Liste vertreten ist: Unsere 26 Kandidatinnen und Kandidaten kommen aus der Kernstadt und aus allen 17 Stadtteilen.

Listenplatz – Name – Beruf, Stadtteil

""" + _rottenburg_lines(1, 14),
        _rottenburg_lines(15, 26) + """

Am 9. Juni wird auch der Kreistag des Landkreises Tübingen gewählt. Unsere Kandidatinnen und Kandidaten für den Kreistag stellen wir gesondert vor.

Jede Wählerin und jeder Wähler hat für den Gemeinderat 32 Stimmen, die frei auf Kandidierende aller Listen verteilt werden können (Panaschieren); bis zu drei Stimmen pro Person sind möglich (Kumulieren).

Rottenburg am Neckar, 1. März 2024
Der Vorstand der FREIEN WÄHLER Rottenburg am Neckar e.V.""",
    ],
)


def page_texts(name: str) -> list[str]:
    """The page texts of a generated PDF, as written (soft hyphens removed)."""
    return [p.replace("\u00ad", "") for p in PDFS[name]["pages"]]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the project root
    from tests.support.pdfgen import make_pdf  # noqa: E402  (project helper, read-only use)

    DOCS.mkdir(exist_ok=True)
    for name, spec in PDFS.items():
        make_pdf(DOCS / name, spec["pages"], title=spec["title"], author=spec["author"],
                 creation_date=spec["creation_date"])
        print("wrote", DOCS / name)


if __name__ == "__main__":
    main()
