#!/usr/bin/env python3
"""Write the PDF and DOCX documents of set 15 (h15_05, 12, 18, 23, 33, 41, 45, 47).

The writers are the project's own test-fixture writers, loaded read-only by file path (no other
project code is imported or run):
    tests/support/pdfgen.py    make_pdf(path, pages, title, author, creation_date)
    tests/support/officegen.py make_docx(path, body, header, footer, core), w_p(text, style)

Run from anywhere:  python3 bench/data/metadata-fictional-15/make_docs.py
The page texts below are also what gold_src.py checks names against (SOURCES dict).
"""
from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SUPPORT = HERE.parents[2] / "tests" / "support"  # the project's document writers


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"set15_{name}", SUPPORT / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------------------------------------
# h15_05.pdf  Antragsgrün PDF export: Bewerbung Bundesfrauenrat, Grüne Niedersachsen
# ---------------------------------------------------------------------------------------------
P05 = [
    """Landesdelegiertenkonferenz Hildesheim, 22. - 23. März 2025                         W-BFR-4

W-BFR-4 Bewerbung

Initiator*innen: Merle Tjarks-Hoffmann (KV Aurich-Norden)
Titel: Merle Tjarks-Hoffmann
Tagesordnungspunkt: W 6 Wahl der Delegierten zum Bundesfrauenrat
Status: Eingereicht
Eingereicht: 27.02.2025

Foto
[Bild]

Angaben
Alter: 41
Geschlecht: weiblich
Geburtsort: Emden
Kreisverband: Aurich-Norden
Themen: Gleichstellung, Küstenschutz, ländliche Gesundheitsversorgung

Selbstvorstellung

Liebe Freundinnen,

der Bundesfrauenrat ist das frauenpolitische Gewissen unserer Partei. Er tagt zweimal im Jahr,
berät den Bundesvorstand und die Bundestagsfraktion und sorgt dafür, dass das Frauenstatut nicht
nur in der Satzung steht. Ich bewerbe mich auf dieser LDK als Delegierte für den Bundesfrauenrat
und möchte dort die Stimme der niedersächsischen Frauen aus dem ländlichen Raum sein.

Ich lebe mit meiner Frau und unserem Sohn in Norden und arbeite als Pflegedienstleitung in einem
ambulanten Pflegedienst. Seit 2016 bin ich Mitglied von Bündnis 90/Die Grünen, seit 2021 sitze
ich im Kreistag Aurich und bin dort Sprecherin im Sozialausschuss. Im Landesverband bin ich seit
2022 Sprecherin der Landesarbeitsgemeinschaft Frauen.""",
    """Landesdelegiertenkonferenz Hildesheim, 22. - 23. März 2025                         W-BFR-4

Was ich in den Bundesfrauenrat mitbringen möchte:

- Gesundheit von Frauen auf dem Land: Geburtshilfe, gynäkologische Versorgung und
  Schutzräume dürfen nicht davon abhängen, ob man in Hannover oder in Ostfriesland wohnt.
- Gewaltschutz: Die Istanbul-Konvention muss endlich vollständig umgesetzt werden - mit
  ausreichend Frauenhausplätzen in jedem Landkreis.
- Parität in den Kommunalparlamenten: Bei der Kommunalwahl 2026 in Niedersachsen müssen wir
  als Partei zeigen, dass quotierte Listen auch im Kreistag Aurich und in jedem Gemeinderat
  selbstverständlich sind.

Ich kandidiere nicht für den Landesvorstand und nicht für die Delegation zum Länderrat. Mein
Mandat im Kreistag behalte ich.

Ich freue mich auf eure Unterstützung in Hildesheim.

Herzliche Grüße
Merle

Unterstützer*innen
Keine Unterstützer*innen erforderlich.

""",
]


# ---------------------------------------------------------------------------------------------
# h15_12.pdf  Landtagswahlprogramm chapter, CDU Sachsen 2024
# ---------------------------------------------------------------------------------------------
P12 = [
    """Regierungsprogramm der Sächsischen Union 2024 - 2029
Sachsen. Aber sicher.

Beschluss des Landesparteitages der CDU Sachsen vom 22. Juni 2024

Inhalt
Kapitel 1  Wirtschaft und Arbeit ..................................................... 3
Kapitel 2  Bildung und Wissenschaft ................................................. 9
Kapitel 3  Sicherheit und Justiz ..................................................... 14
Kapitel 4  Gesundheit und Pflege ..................................................... 18
Kapitel 5  Starke Kommunen, lebendiger ländlicher Raum .................... 23
Kapitel 6  Umwelt und Energie ........................................................ 27
Kapitel 7  Familie und Zusammenhalt .............................................. 31

(Auszug: Kapitel 5)""",
    """Regierungsprogramm der Sächsischen Union 2024 - 2029                    Kapitel 5

Kapitel 5
Starke Kommunen, lebendiger ländlicher Raum

Sachsen ist ein Land der Städte und Dörfer. Zwei Drittel der Menschen im Freistaat leben außerhalb
der drei Großstädte Dresden, Leipzig und Chemnitz. Ob im Erzgebirgskreis, in der Sächsischen
Schweiz, im Vogtland oder in der Lausitz: Die Menschen erwarten zu Recht, dass Schule, Arzt,
Bus und schnelles Internet nicht nur in den Zentren funktionieren. Wir, die Sächsische Union,
stehen für ein Sachsen, in dem Herkunft aus einem Dorf kein Nachteil ist.

5.1 Finanzkraft der Kommunen sichern

Die Gemeinden, Städte und Landkreise sind das Fundament unseres Gemeinwesens. Wir werden den
kommunalen Finanzausgleich so weiterentwickeln, dass die Investitionskraft der kleinen Gemeinden
steigt. Die pauschalen Zuweisungen für Investitionen wollen wir in der kommenden Legislatur um
insgesamt 400 Millionen Euro erhöhen. Förderprogramme des Freistaats werden gebündelt und
vereinfacht: Ein Antrag, eine Stelle, eine Entscheidung innerhalb von drei Monaten.

5.2 Ärztliche Versorgung in der Fläche

Wir setzen das Landarztprogramm fort und erweitern es um Zahnärzte und Apotheken. Studierende,
die sich verpflichten, nach ihrer Ausbildung zehn Jahre im ländlichen Raum zu arbeiten, erhalten
ein Stipendium. Medizinische Versorgungszentren in kommunaler Trägerschaft werden wir mit einem
eigenen Förderprogramm unterstützen, insbesondere in den Landkreisen Görlitz und Bautzen.

- 23 -""",
    """Regierungsprogramm der Sächsischen Union 2024 - 2029                    Kapitel 5

5.3 Mobilität auf dem Land

Der ÖPNV im ländlichen Raum braucht verlässliche Grundtakte. Wir wollen, dass jeder Ort mit mehr
als 500 Einwohnern werktags mindestens alle zwei Stunden an ein Mittelzentrum angebunden ist.
Wo Linienbusse nicht wirtschaftlich sind, setzen wir auf Rufbusse und Bürgerbusse, die der
Freistaat dauerhaft mitfinanziert. Das Bildungsticket für Schülerinnen und Schüler bleibt.

5.4 Vereine und Ehrenamt

Ohne die Feuerwehren, Sportvereine, Heimatvereine und Kirchgemeinden wäre das Leben in unseren
Dörfern ärmer. Wir werden die Ehrenamtspauschale erhöhen, die Bürokratie für kleine Vereine
abbauen und die Förderung von Vereinsheimen und Sportstätten vereinfachen. Jede Freiwillige
Feuerwehr, die ein neues Fahrzeug braucht, soll es innerhalb von zwei Jahren bekommen.

5.5 Kommunale Selbstverwaltung

Wir bekennen uns zur kommunalen Selbstverwaltung. Eine neue Kreisgebietsreform wird es mit uns
nicht geben. Freiwillige Zusammenschlüsse von Gemeinden unterstützen wir mit einer
Hochzeitsprämie. Die Bürgermeisterinnen und Bürgermeister, die Landräte und die vielen
ehrenamtlichen Gemeinderäte verdienen Respekt und Schutz vor Anfeindungen.

5.6 Schnelles Internet und Mobilfunk

Bis 2028 soll jeder Haushalt in Sachsen einen Glasfaseranschluss erhalten können. Wo der
Markt versagt, springt der Freistaat ein. Funklöcher entlang von Staats- und Kreisstraßen
schließen wir mit einem eigenen Mastenprogramm gemeinsam mit den Landkreisen. Die Verfahren
für den Bau neuer Mobilfunkmasten werden auf drei Monate begrenzt.

- 24 -""",
    """Regierungsprogramm der Sächsischen Union 2024 - 2029                    Kapitel 5

5.7 Innere Sicherheit in der Fläche

Sicherheit darf keine Frage der Postleitzahl sein. Wir werden die Polizeireviere im ländlichen
Raum erhalten und die Zahl der Bürgerpolizisten erhöhen. In den Grenzregionen zu Polen und
Tschechien setzen wir die gemeinsamen Fahndungsgruppen fort und bauen sie aus. Die
Sächsische Sicherheitswacht wird in allen Landkreisen angeboten, die dies wünschen.

5.8 Landwirtschaft und Forst

Unsere Landwirte sichern die Ernährung und prägen die Kulturlandschaft. Wir stehen an ihrer
Seite: gegen überzogene Auflagen, für faire Preise und für eine Förderung, die auch kleinere
Betriebe erreicht. Den Waldumbau nach Dürre und Borkenkäfer unterstützen wir mit einem
Sonderprogramm für private und kommunale Waldbesitzer, besonders in der Sächsischen Schweiz
und im Erzgebirge.

5.9 Gleichwertige Lebensverhältnisse als Staatsziel

Wir wollen die Gleichwertigkeit der Lebensverhältnisse in Stadt und Land als Ziel in die
Sächsische Verfassung aufnehmen. Jede Landesbehörde, die neu gegründet oder verlagert wird,
soll künftig außerhalb der drei Großstädte angesiedelt werden. Der Freistaat geht hier mit
gutem Beispiel voran.

Am 1. September 2024 entscheiden die Sächsinnen und Sachsen über die Zukunft unseres Landes.
Mit diesem Programm bitten wir um ihr Vertrauen.

- 25 -""",
]


# ---------------------------------------------------------------------------------------------
# h15_23.pdf  Niederschrift über die Aufstellungsversammlung, FDP, BTW-Wahlkreis 62
# ---------------------------------------------------------------------------------------------
P23 = [
    """Anlage 20
(zu § 34 Absatz 5 Nummer 3 BWO)

Niederschrift
über die Mitgliederversammlung zur Aufstellung des Wahlkreisbewerbers
für die Wahl zum 21. Deutschen Bundestag
im Wahlkreis 62 Dahme-Spreewald - Teltow-Fläming III

Partei: Freie Demokratische Partei (FDP)

Die Mitgliederversammlung fand am 23. November 2024 in Königs Wusterhausen, Bürgerhaus
Hanns Eisler, statt.

Die Versammlung war durch Einladung vom 30. Oktober 2024 einberufen worden. Erschienen waren
47 stimmberechtigte Mitglieder der Partei, die im Wahlkreis 62 wahlberechtigt sind.

Versammlungsleiter: Dr. Bernd Lüdtke-Rasmussen
Schriftführerin: Carina Wolff

Als Bewerber wurde vorgeschlagen:
Krautwurst, Sebastian

Die Bewerber hatten Gelegenheit, sich und ihr Programm der Versammlung in angemessener Zeit
vorzustellen. Davon wurde Gebrauch gemacht.

Die Wahl wurde geheim mit Stimmzetteln durchgeführt.

Von den abgegebenen 47 Stimmen entfielen auf
Herrn Sebastian Krautwurst: 41 Ja-Stimmen, 4 Nein-Stimmen, 2 Enthaltungen.

Damit ist gewählt:
Name: Krautwurst
Vorname: Sebastian
Beruf: Wirtschaftsingenieur
Geburtsdatum: 12.03.1979
Geburtsort: Lübben (Spreewald)
Anschrift (Hauptwohnung): Bahnhofstraße 9, 15711 Königs Wusterhausen

Der Gewählte hat die Wahl angenommen.""",
    """Niederschrift Wahlkreis 62 - Seite 2

Als Vertrauensperson wurde Frau Petra Hellwig-Anders, als stellvertretende Vertrauensperson
Herr Jörg Matschke bestimmt.

Einwendungen gegen das Wahlergebnis wurden nicht erhoben.

Königs Wusterhausen, 23.11.2024

Der Leiter der Versammlung:          Dr. Bernd Lüdtke-Rasmussen  (gez.)
Die Schriftführerin:                 Carina Wolff  (gez.)
Weitere Teilnehmer:                  Mario Gensicke  (gez.)


Versicherung an Eides statt
(zu § 34 Absatz 5 Nummer 3 BWO)

Wir versichern gegenüber dem Kreiswahlleiter an Eides statt, dass die Wahl des Bewerbers in
geheimer Abstimmung erfolgt ist und jeder stimmberechtigte Teilnehmer der Versammlung
vorschlagsberechtigt war und die Bewerber Gelegenheit hatten, sich und ihr Programm der
Versammlung in angemessener Zeit vorzustellen.

Königs Wusterhausen, 23.11.2024

Dr. Bernd Lüdtke-Rasmussen (gez.)     Mario Gensicke (gez.)

Eingegangen beim Kreiswahlleiter des Wahlkreises 62 am: ____________""",
]


# ---------------------------------------------------------------------------------------------
# h15_33.pdf  Antragsgrün PDF export: Bewerbung Europaliste, BDK Karlsruhe 2023
# ---------------------------------------------------------------------------------------------
P33 = [
    """Bundesdelegiertenkonferenz Karlsruhe, 23. - 26. November 2023                          EP-18

EP-18 Bewerbung Europaliste Platz 18

Initiator*innen: Hauke Reimers-Akyol (KV Bremerhaven)
Titel: Hauke Reimers-Akyol
Tagesordnungspunkt: EP Wahl der Liste für die Europawahl 2024
Status: Eingereicht
Eingereicht: 29.09.2023

Angaben
Alter: 38
Geschlecht: männlich
Kreisverband: Bremerhaven
Landesverband: Bremen
Votum des Landesverbands: ja (Landesmitgliederversammlung Bremen, 16.09.2023)
Themen: Meerespolitik, Häfen und Energiewende, Arbeit und Industrie

Selbstvorstellung

Liebe Freund*innen,

ich bewerbe mich um Platz 18 unserer gemeinsamen Liste für die Europawahl am 9. Juni 2024.
Ich möchte für uns Grüne ins Europäische Parlament, um dort für eine Meerespolitik zu streiten,
die Klimaschutz, gute Arbeit in den Häfen und den Schutz von Nord- und Ostsee zusammendenkt.

Ich bin in Bremerhaven geboren, habe nach der Schule eine Ausbildung zum Schiffsmechaniker
gemacht und später in Oldenburg Meeresumweltwissenschaften studiert. Heute arbeite ich als
Referent für Offshore-Netzanbindung bei einem Übertragungsnetzbetreiber. Seit 2019 bin ich
Mitglied der Stadtverordnetenversammlung Bremerhaven, seit 2021 Sprecher der
Bundesarbeitsgemeinschaft Wirtschaft und Finanzen für den Bereich maritime Wirtschaft.""",
    """Bundesdelegiertenkonferenz Karlsruhe, 23. - 26. November 2023                          EP-18

Warum Europa? Weil kein einziger Hafen in Europa die Energiewende allein schafft. Der Ausbau der
Offshore-Windenergie in der Nordsee, die Wasserstoffimporte über Bremerhaven, Rotterdam und
Antwerpen, der Schutz der Fischbestände - all das wird in Brüssel und Straßburg entschieden.

Meine Schwerpunkte:
- ein europäischer Offshore-Netzplan mit verbindlichen Ausbauzielen,
- Tarifbindung und Arbeitsschutz in Häfen und auf Schiffen,
- ein wirksames Verbot der Grundschleppnetzfischerei in Meeresschutzgebieten.

Mein Mandat in der Stadtverordnetenversammlung Bremerhaven würde ich im Fall meiner Wahl ins
Europäische Parlament niederlegen.

Ich freue mich auf eure Fragen bei der BDK in Karlsruhe.

Hauke

Unterstützer*innen
Merle Janssen (KV Bremerhaven); Okan Yilmaz (KV Bremen-Nord); Dr. Birte Feldmann (KV
Cuxhaven); Lasse Wübben (KV Oldenburg-Stadt); Frauke Rieken (KV Bremen-Mitte); Jonte
Mahlstedt (KV Bremerhaven); Gül Arslan (KV Bremen-West); Tjark Eilers (KV Wesermarsch);
Insa Meiners (KV Bremen-Ost); Hannes Brockhoff (KV Bremerhaven)""",
]


# ---------------------------------------------------------------------------------------------
# h15_45.pdf  Antragsgrün PDF export: chapter of the draft Landtag programme, Grüne Sachsen-Anhalt
# ---------------------------------------------------------------------------------------------
_L45 = [
    "Die Landesdelegiertenkonferenz möge beschließen, folgendes Kapitel in das Programm",
    "zur Landtagswahl 2026 aufzunehmen:",
    "",
    "Kapitel 4: Mobilität für ein ganzes Land",
    "",
    "Sachsen-Anhalt ist ein Flächenland. Wer in der Altmark, im Harz oder im Burgenlandkreis",
    "lebt, ist heute fast immer auf ein eigenes Auto angewiesen. Das ist teuer, es schließt",
    "Jugendliche und Ältere aus, und es ist schlecht für das Klima. Wir wollen, dass man im",
    "ganzen Land ohne eigenes Auto gut leben kann.",
    "",
    "4.1 Ein Sachsen-Anhalt-Takt",
    "",
    "Wir führen einen landesweiten Taktfahrplan ein: Jede Stadt mit mehr als 5.000",
    "Einwohner*innen wird mindestens stündlich an den Schienenverkehr oder an eine",
    "PlusBus-Linie angebunden, an Wochenenden und Feiertagen eingeschlossen. Stillgelegte",
    "Strecken werden systematisch auf eine Reaktivierung geprüft, zuerst im Harz und in der",
    "Altmark, und dort reaktiviert, wo die Nachfrage es trägt.",
    "",
    "4.2 Das Deutschlandticket sichern und ergänzen",
    "",
    "Das Deutschlandticket muss bleiben. Das Land beteiligt sich auch künftig zur Hälfte an",
    "den Kosten. Für Auszubildende, Freiwilligendienstleistende und Menschen mit geringem",
    "Einkommen führen wir ein landesweites Sozialticket für 29 Euro ein.",
    "",
    "4.3 Radverkehr",
    "",
    "Das Landesradverkehrsnetz wird bis 2031 lückenlos ausgebaut. Radwege an Landesstraßen",
    "erhalten Vorrang vor neuen Ortsumgehungen. Die Mittel für den kommunalen Radwegebau",
    "werden verdoppelt.",
    "",
    "4.4 Straßen erhalten statt neu bauen",
    "",
    "Sanierung vor Neubau: Bevor das Land eine neue Straße plant, müssen Brücken und",
    "Landesstraßen in gutem Zustand sein. Jede dritte Landesstraßenbrücke ist heute",
    "sanierungsbedürftig.",
    "",
    "4.5 Mobilität im Dorf",
    "",
    "Rufbusse, Bürgerbusse und Mitfahrbänke werden dauerhaft gefördert statt in",
    "befristeten Modellprojekten. Die Landkreise erhalten dafür ein eigenes Budget.",
    "",
    "Begründung",
    "",
    "Erfolgt mündlich.",
]
_header45 = (
    "Landesdelegiertenkonferenz Bündnis 90/Die Grünen Sachsen-Anhalt 2026                 WP-4\n\n"
    "WP-4 Kapitel 4: Mobilität für ein ganzes Land\n\n"
    "Antragsteller*in: Landesvorstand\n"
    "Tagesordnungspunkt: 3. Programm zur Landtagswahl 2026\n"
    "Status: Eingereicht\n"
    "Eingereicht: 03.02.2026\n\n"
    "Antragstext\n\n"
)
_numbered = [f"{i + 1:<4}{line}" if line else f"{i + 1}" for i, line in enumerate(_L45)]
P45 = [
    _header45 + "\n".join(_numbered[:32]),
    "Landesdelegiertenkonferenz Bündnis 90/Die Grünen Sachsen-Anhalt 2026                 WP-4\n\n"
    + "\n".join(_numbered[32:])
    + "\n\nDie Landtagswahl findet am 6. September 2026 statt. Änderungsanträge können bis zum"
    + "\n28.02.2026 über Antragsgrün eingereicht werden.",
]


# ---------------------------------------------------------------------------------------------
# h15_47.pdf  GAL Hamburg 2003: typed letter, Landesliste Bürgerschaft
# ---------------------------------------------------------------------------------------------
P47 = [
    """Gesa Hinrichsen-Tamm
Osterstraße 112
20259 Hamburg
Telefon 040 / 49 12 38
                                                           Hamburg, den 10. November 2003

An die Mitglieder der
GAL - Grün-Alternative Liste Hamburg
Landesverband von BÜNDNIS 90/DIE GRÜNEN

Bewerbung für Platz 9 der Landesliste zur Bürgerschaftswahl am 29. Februar 2004

Liebe Freundinnen und Freunde,

die Koalition aus CDU, Schill-Partei und FDP ist gescheitert, und Hamburg wählt im Februar eine
neue Bürgerschaft. Auf der Landesmitgliederversammlung am 6. Dezember 2003 stellen wir unsere
Landesliste auf. Ich bewerbe mich um Platz 9.

Zu meiner Person: Ich bin 41 Jahre alt, Lehrerin an einer Gesamtschule in Eimsbüttel und Mutter
von zwei Kindern. Mitglied der GAL bin ich seit 1991. Seit 1997 bin ich Abgeordnete in der
Bezirksversammlung Eimsbüttel und dort schulpolitische Sprecherin unserer Fraktion. Vorher war
ich vier Jahre im Vorstand des Kreisverbands Eimsbüttel.

Warum ich in die Bürgerschaft will: Die Schulpolitik des Senats ist ein einziges Durcheinander.
Das Lehrerarbeitszeitmodell hat die Kollegien zermürbt, die Vorschulklassen werden gebührenpflichtig,
und in Stadtteilen wie Lurup, Billstedt oder Wilhelmsburg werden Kinder systematisch abgehängt.
Ich weiß aus vierzehn Jahren Schulalltag, daß gute Schule nicht am Schreibtisch der Behörde
entsteht, sondern in den Klassenzimmern.

Meine Schwerpunkte:
- kostenlose Vorschule und mehr Ganztagsschulen in allen Bezirken,
- kleinere Klassen an Schulen in sozialen Brennpunkten,
- eine Schulentwicklungsplanung, die Eltern und Schüler wirklich beteiligt.

Mein Mandat in der Bezirksversammlung würde ich im Falle meiner Wahl in die Bürgerschaft
niederlegen. Für eine Direktkandidatur stehe ich nicht zur Verfügung; das Hamburger Wahlrecht
kennt sie bei dieser Wahl ohnehin noch nicht.

Ich freue mich auf Eure Fragen und auf Eure Unterstützung am 6. Dezember.
Mit grünen Grüßen

Gesa Hinrichsen-Tamm""",
]


# ---------------------------------------------------------------------------------------------
# h15_18.docx  CDU Schleswig-Holstein: candidacy for the Land list for the European election
# ---------------------------------------------------------------------------------------------
D18_HEADER = "CDU Schleswig-Holstein · Landesvertreterversammlung zur Europawahl 2024"
D18_FOOTER = "Imke Thordsen-Pahl · Bewerbung Europaliste · Seite 1"
D18 = [
    ("Bewerbung um Platz 2 der Landesliste der CDU Schleswig-Holstein für die Wahl zum Europäischen Parlament 2024", "Title"),
    ("Liebe Delegierte, liebe Freundinnen und Freunde,", None),
    ("am 14. Oktober kommen wir in Neumünster zur Landesvertreterversammlung zusammen, um unsere Liste für die Europawahl am 9. Juni 2024 aufzustellen. Ich bewerbe mich um Platz 2 der Landesliste der CDU Schleswig-Holstein.", None),
    ("Schleswig-Holstein ist das Land zwischen den Meeren – und das Land, das Europa täglich spürt: an der Grenze zu Dänemark, in den Häfen von Kiel und Lübeck, auf den Höfen in Dithmarschen, die nach europäischen Regeln wirtschaften, und in den Windparks vor unserer Küste. Ich möchte, dass diese Erfahrungen in Brüssel und Straßburg eine starke Stimme haben.", None),
    ("Zu meiner Person", "Heading1"),
    ("Ich bin 46 Jahre alt, Agraringenieurin und führe mit meinem Mann einen Ackerbau- und Kohlbetrieb in Wesselburen. Seit 2013 bin ich Mitglied der CDU, seit 2018 ehrenamtliche Bürgermeisterin der Gemeinde Wesselburenerkoog und seit 2023 Mitglied des Kreistags Dithmarschen. Im Landesvorstand der Mittelstands- und Wirtschaftsunion arbeite ich im Fachausschuss Landwirtschaft mit.", None),
    ("Meine Schwerpunkte für Europa", "Heading1"),
    ("Weniger Bürokratie für Landwirtschaft und Mittelstand: Die Dokumentationspflichten der Gemeinsamen Agrarpolitik müssen halbiert werden.", "ListBullet"),
    ("Energiewende an der Küste: Europäische Netze und Wasserstoffinfrastruktur, damit der Strom aus Schleswig-Holstein dort ankommt, wo er gebraucht wird.", "ListBullet"),
    ("Grenzregion stärken: Anerkennung von Berufsabschlüssen und ein gemeinsamer Arbeitsmarkt mit Dänemark.", "ListBullet"),
    ("Sichere Außengrenzen und eine handlungsfähige EU in der Sicherheitspolitik im Ostseeraum.", "ListBullet"),
    ("Meine kommunalen Ämter würde ich im Falle meiner Wahl in das Europäische Parlament niederlegen. Für andere Listenplätze stehe ich nicht zur Verfügung.", None),
    ("Ich bitte um Ihr Vertrauen und Ihre Stimme.", None),
    ("Mit herzlichen Grüßen", None),
    ("Imke Thordsen-Pahl", None),
    ("Wesselburen, im September 2023", None),
]


# ---------------------------------------------------------------------------------------------
# h15_41.docx  CDU Landtag group Niedersachsen: speech manuscript (plenary)
# ---------------------------------------------------------------------------------------------
D41_HEADER = "CDU-Fraktion im Niedersächsischen Landtag · Pressestelle"
D41_FOOTER = "CDU-Fraktion im Niedersächsischen Landtag · Hannah-Arendt-Platz 1 · 30159 Hannover"
D41 = [
    ("Rede des Abgeordneten Hinnerk Rosendahl-Meyer, kommunalpolitischer Sprecher der CDU-Landtagsfraktion", "Title"),
    ("zu TOP 14: Entwurf eines Gesetzes zur Änderung des Niedersächsischen Kommunalverfassungsgesetzes (Drs. 19/6240)", None),
    ("Plenarsitzung am 26. Juni 2025", None),
    ("– Es gilt das gesprochene Wort –", None),
    ("Sehr geehrte Frau Präsidentin, meine sehr geehrten Damen und Herren,", None),
    ("die Landesregierung legt uns heute einen Gesetzentwurf vor, der die Stellung der Ortsräte stärken und die Verfahren in den Räten digitaler machen soll. Das klingt gut. Aber wer in den vergangenen Wochen mit Bürgermeisterinnen und Bürgermeistern, mit Ratsmitgliedern und Landräten gesprochen hat, der weiß: Die Kommunen in Niedersachsen haben im Moment ganz andere Sorgen.", None),
    ("Sie haben Sorgen, weil die Kreisumlage steigt. Sie haben Sorgen, weil das Land neue Aufgaben überträgt, ohne das Geld mitzuschicken. Und sie haben Sorgen, weil sich für die Kommunalwahl am 13. September 2026 in vielen Dörfern kaum noch Kandidatinnen und Kandidaten finden.", None),
    ("Ich komme aus dem Landkreis Cloppenburg. Dort hat ein Ortsrat im letzten Jahr drei Sitzungen ausfallen lassen müssen, weil er nicht beschlussfähig war. Das ist die Realität im Ehrenamt. Und was macht dieser Gesetzentwurf? Er schreibt vor, dass künftig jede Ratssitzung gestreamt werden muss – ohne zu sagen, wer die Technik bezahlt.", None),
    ("(Beifall bei der CDU)", None),
    ("Wir als CDU-Fraktion sagen: Hybride Sitzungen ja, als Möglichkeit, aber nicht als Pflicht. Wir wollen eine Aufwandsentschädigung für Ortsratsmitglieder, die den Namen verdient. Und wir wollen, dass das Land bei jeder neuen Aufgabe eine Kostenfolgeabschätzung vorlegt – so wie es die Verfassung verlangt.", None),
    ("Wir werden unsere Änderungsanträge im Innenausschuss einbringen. Ich lade die Kolleginnen und Kollegen von SPD und Grünen ein, mit uns gemeinsam einen Entwurf zu machen, der den Kommunen hilft, statt ihnen neue Pflichten aufzubürden.", None),
    ("Vielen Dank.", None),
]


SOURCES = {
    "docs/h15_05.pdf": "\n".join(P05),
    "docs/h15_12.pdf": "\n".join(P12),
    "docs/h15_23.pdf": "\n".join(P23),
    "docs/h15_33.pdf": "\n".join(P33),
    "docs/h15_45.pdf": "\n".join(P45),
    "docs/h15_47.pdf": "\n".join(P47),
    "docs/h15_18.docx": "\n".join([D18_HEADER] + [t for t, _ in D18] + [D18_FOOTER]),
    "docs/h15_41.docx": "\n".join([D41_HEADER] + [t for t, _ in D41] + [D41_FOOTER]),
}


def main() -> None:
    pdfgen = _load("pdfgen")
    officegen = _load("officegen")
    DOCS.mkdir(exist_ok=True)
    def with_footers(pages):  # Antragsgrün exports: "Seite x / y" on the last line of each page
        out = []
        for i, page in enumerate(pages, 1):
            page = page.rstrip()
            n = len(pdfgen.wrap_text(page))
            assert n < pdfgen.LINES_PER_PAGE, (n, page[:60])
            out.append(page + "\n" * (pdfgen.LINES_PER_PAGE - n) + f"Seite {i} / {len(pages)}")
        return out
    pdfgen.make_pdf(DOCS / "h15_05.pdf", with_footers(P05), title="W-BFR-4: Merle Tjarks-Hoffmann",
                    author="Antragsgrün", creation_date="2025-02-27")
    pdfgen.make_pdf(DOCS / "h15_12.pdf", P12,
                    title="Regierungsprogramm 2024-2029 - Kapitel 5", author="CDU Sachsen")
    pdfgen.make_pdf(DOCS / "h15_23.pdf", P23, title="Niederschrift Aufstellungsversammlung WK 62",
                    creation_date="2024-11-23")
    pdfgen.make_pdf(DOCS / "h15_33.pdf", with_footers(P33), title="EP-18: Hauke Reimers-Akyol",
                    author="Antragsgrün", creation_date="2023-09-29")
    pdfgen.make_pdf(DOCS / "h15_45.pdf", with_footers(P45), title="WP-4: Kapitel 4: Mobilität für ein ganzes Land",
                    author="Antragsgrün", creation_date="2026-02-03")
    pdfgen.make_pdf(DOCS / "h15_47.pdf", P47, title="Bewerbung Landesliste",
                    author="Gesa Hinrichsen-Tamm", creation_date="2003-11-10")
    w_p = officegen.w_p
    officegen.make_docx(DOCS / "h15_18.docx", "".join(w_p(t, s) for t, s in D18),
                        header=w_p(D18_HEADER), footer=w_p(D18_FOOTER),
                        core={"title": "Bewerbung Europaliste 2024", "creator": "Imke Thordsen-Pahl"})
    officegen.make_docx(DOCS / "h15_41.docx", "".join(w_p(t, s) for t, s in D41),
                        header=w_p(D41_HEADER), footer=w_p(D41_FOOTER),
                        core={"title": "Rede TOP 14 NKomVG", "creator": "CDU-Fraktion Pressestelle"})
    for name in ("h15_18.docx", "h15_41.docx"):
        _fix_zip_times(DOCS / name)
    print("wrote 6 PDF and 2 DOCX files")


def _fix_zip_times(path: Path) -> None:
    """Rewrite a zip with fixed member timestamps so that the DOCX bytes are reproducible."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = info.compress_type
            dst.writestr(fixed, data)


if __name__ == "__main__":
    main()
