#!/usr/bin/env python3
"""Write the 10 PDF documents of heldout12 with the tiny PDF writer of the project.

Uses tests/support/pdfgen.py (make_pdf(path, pages, title=, author=, creation_date=)).
A soft hyphen (U+00AD, written S below) marks where a long word may be split at a line end;
pdfgen prints the split as "Wort-" / "rest" like typeset documents.
Page headers and footers are part of the page text, as in real exports.
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # do not leave a __pycache__ in /work/main
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests" / "support"))
from pdfgen import make_pdf, wrap_text, LINES_PER_PAGE  # noqa: E402

S = "\u00ad"
DOCS = Path(__file__).resolve().parent / "docs"

PDFS = {}

# ---------------------------------------------------------------- h12_05 (negative: Landtag speech)
H05 = "Thüringer Landtag – 8. Wahlperiode – 31. Sitzung – Donnerstag, 22. Mai 2025"
PDFS["h12_05.pdf"] = dict(
    title="Rede TOP 7 Landarztgesetz",
    author="SPD-Fraktion im Thüringer Landtag",
    creation_date="2025-06-03T09:14:00",
    pages=[
        f"""{H05}

Auszug aus dem vorläufigen Plenarprotokoll
Rede der Abgeordneten Carola Linsenmaier (SPD) zu TOP 7

Präsident:
Ich rufe auf den Tagesordnungspunkt 7
Thüringer Gesetz zur Sicherung der hausärztlichen Versorgung im ländlichen Raum (Thüringer Landarzt{S}gesetz)
Gesetzentwurf der Fraktionen der CDU, des BSW und der SPD – Drucksache 8/1142 – ERSTE BERATUNG
Das Wort hat Frau Abgeordnete Linsenmaier für die Fraktion der SPD.

Abgeordnete Linsenmaier, SPD:
Sehr geehrter Herr Präsident, meine sehr geehrten Damen und Herren Abgeordnete, liebe Gäste auf der Tribüne, in meinem Wahlkreis im Kyffhäuserkreis gibt es Gemeinden, in denen die nächste Hausarzt{S}praxis zwanzig Kilometer entfernt ist und keine neuen Patientinnen und Patienten mehr aufnimmt. Wer dort kein Auto hat, wartet auf den Bus, der zweimal am Tag fährt. Das ist die Realität, über die wir heute reden.

(Beifall CDU, BSW, SPD)

Mit diesem Gesetzentwurf schaffen wir eine Landarzt{S}quote: Bis zu acht Prozent der Medizin{S}studienplätze in Jena werden an Bewerberinnen und Bewerber vergeben, die sich verpflichten, nach ihrer Weiter{S}bildung zehn Jahre in einer unter{S}versorgten Region Thüringens hausärztlich tätig zu sein. Andere Länder haben damit gute Erfahrungen gemacht.

(Zwischenruf aus der Fraktion der AfD)

Ja, ich höre den Einwand, dass das zu lange dauert. Das stimmt: Ein Studium, das heute beginnt, bringt uns die Ärztin im Jahr 2036. Deshalb enthält der Entwurf auch kurzfristige Maßnahmen, nämlich Zuschüsse für Praxis{S}übernahmen, kommunale Medizinische Versorgungs{S}zentren und die Förderung von Gemeinde{S}schwestern, die Hausbesuche übernehmen.
""",
        f"""{H05}

Meine Damen und Herren, die Kassenärztliche Vereinigung hat im Ausschuss gesagt, dass in den nächsten fünf Jahren rund ein Drittel der Hausärztinnen und Hausärzte in Thüringen in den Ruhestand gehen wird. Wenn wir jetzt nicht handeln, handeln wir zu spät.

(Beifall SPD)

Ich bitte Sie deshalb um Überweisung des Gesetzentwurfs an den Ausschuss für Soziales, Gesundheit, Arbeit und Familie und freue mich auf die Anhörung. Vielen Dank.

(Beifall CDU, BSW, SPD)

Präsident:
Vielen Dank, Frau Abgeordnete. Als Nächster hat Abgeordneter Lautensack von der Fraktion der CDU das Wort.

Vorläufiges Protokoll – nicht vom Redner korrigiert. Es gilt das gesprochene Wort.
""",
    ],
)

# ---------------------------------------------------------------- h12_10 (first person: Landesliste LT ST)
H10 = "BSW Sachsen-Anhalt · Landesparteitag am 10. Januar 2026 · Bewerbungen Landesliste"
PDFS["h12_10.pdf"] = dict(
    title="Bewerbung Tramsdorf",
    author="Geschäftsstelle BSW LV Sachsen-Anhalt",
    creation_date="2025-12-12T15:02:00",
    pages=[
        f"""{H10}

Bewerbung um einen Platz auf der Landesliste zur Landtagswahl 2026
Heike Tramsdorf, Dessau-Roßlau

Liebe Mitglieder des BSW Sachsen-Anhalt,

am 6. September 2026 wählt Sachsen-Anhalt einen neuen Landtag. Auf unserem Landes{S}parteitag am 10. Januar in Magdeburg bewerbe ich mich um einen Platz auf unserer Landesliste, möglichst unter den ersten acht.

Zu meiner Person: Ich bin 1969 in Bernburg geboren und dort auch aufgewachsen. Nach der Lehre als Chemie{S}facharbeiterin bei Solvay habe ich in Jena Chemie studiert. Seit 1997 lebe ich in Dessau-Roßlau und arbeite als Labor{S}leiterin in einem Unternehmen im Chemiepark Bitterfeld-Wolfen. Ich bin verheiratet und habe zwei erwachsene Söhne.

Politisch war ich von 1998 bis 2016 Mitglied der SPD, aus der ich wegen der Hartz-Reformen und ihrer Folgen für unsere Region ausgetreten bin. Dem BSW bin ich im Februar 2024 beigetreten. Seit der Kommunalwahl im Juni 2024 gehöre ich dem Stadtrat von Dessau-Roßlau an und bin dort Mitglied im Wirtschafts{S}ausschuss.

Warum ich für den Landtag kandidiere:
- Die Chemie{S}industrie im Süden unseres Landes braucht bezahlbare Energie, sonst verlieren wir tausende Industrie{S}arbeitsplätze.
- Die Gesundheits{S}versorgung auf dem Land darf nicht weiter ausgedünnt werden; Krankenhaus{S}schließungen lehne ich ab.
- Wir brauchen eine Landesregierung, die Familien mit kleinen und mittleren Einkommen entlastet, statt ihnen ständig neue Vorschriften zu machen.
""",
        f"""{H10}

Ich bringe Erfahrung aus der Arbeitswelt und aus der Kommunal{S}politik mit. Ich weiß, wie Schichtarbeit sich anfühlt, und ich weiß, wie ein Stadtrat von innen aussieht. Diese Erfahrung möchte ich in den Landtag tragen.

Ich bitte euch um eure Unterstützung.

Dessau-Roßlau, 30. November 2025
Heike Tramsdorf

Seite 2 von 2 · Eingang Landesgeschäftsstelle: 03.12.2025
""",
    ],
)

# ---------------------------------------------------------------- h12_18 (first person: BDK delegate)
H18 = "BÜNDNIS 90/DIE GRÜNEN Kreisverband Marburg-Biedenkopf · Kreismitgliederversammlung 27.09.2025 · Anlage 3: Bewerbungen"
PDFS["h12_18.pdf"] = dict(
    title="KMV 2025 Anlage 3 Bewerbungen",
    author="KV Marburg-Biedenkopf, Geschäftsstelle",
    creation_date="2025-09-16T11:47:00",
    pages=[
        f"""{H18}

Bewerbung als Delegierte zur Bundes{S}delegierten{S}konferenz (BDK)
Mira Haselbach-Uhl, Ortsverband Marburg

Liebe Freundinnen und Freunde,

hiermit bewerbe ich mich als Delegierte unseres Kreisverbands für die Bundes{S}delegierten{S}konferenzen der kommenden zwei Jahre. Die nächsten BDKen stellen die Weichen für das Wahljahr 2026 und für die Neuaufstellung unserer Partei nach der Bundestagswahl; ich möchte, dass die Stimme aus Mittelhessen dort deutlich zu hören ist.

Ich bin 30 Jahre alt, in Biedenkopf aufgewachsen und zum Studium der Agrar{S}wissenschaften nach Gießen gegangen. Seit 2019 lebe ich in Marburg und arbeite als wissenschaftliche Mitarbeiterin an der Philipps-Universität. Von 2019 bis 2021 war ich im Landesvorstand der GRÜNEN JUGEND Hessen, 2023 war ich Delegierte zur Landes{S}delegierten{S}konferenz in Frankfurt. Seit der Kommunalwahl 2021 bin ich Stadtverordnete in Marburg und dort Sprecherin der Fraktion für Umwelt und Landwirtschaft.

Was ich auf der BDK vertreten will:
- eine Landwirtschafts{S}politik, die Betriebe im ländlichen Raum mitnimmt, statt sie zu überfordern,
- eine klare Haltung für Klimaschutz, auch wenn der Wind gerade von vorne kommt,
- die Perspektive der Kommunen: Was in Berlin beschlossen wird, muss in Kirchhain, Stadtallendorf und Gladenbach umsetzbar sein.

Ich berichte nach jeder BDK im Kreis{S}mitglieder{S}rundbrief und bei einem offenen Treffen.

Seite 1 von 2
""",
        f"""{H18}

Ich freue mich über eure Unterstützung bei der Kreis{S}mitglieder{S}versammlung.

Marburg, 2. September 2025
Mira Haselbach-Uhl

Seite 2 von 2
""",
    ],
)

# ---------------------------------------------------------------- h12_21 (negative: press release)
PDFS["h12_21.pdf"] = dict(
    title="PM Nahverkehrsplan Uckermark",
    author="BSW KV Uckermark",
    creation_date="2025-06-12T08:05:00",
    pages=[
        f"""BSW – Bündnis Sahra Wagenknecht · Kreisverband Uckermark · Pressemitteilung

Schwedt/Oder, 11. Juni 2025

BSW Uckermark: Kreistags{S}beschluss zum Nahverkehrsplan lässt die Dörfer im Stich

Der Kreistag der Uckermark hat in seiner gestrigen Sitzung den neuen Nahverkehrsplan beschlossen. Danach sollen ab dem Fahrplan{S}wechsel im Dezember mehrere Buslinien zwischen Angermünde, Gartz und dem Oderbruch am Wochenende nur noch als Rufbus verkehren.

„Für viele ältere Menschen in den Dörfern ist der Bus die einzige Möglichkeit, zum Arzt, zum Einkaufen oder zu ihren Kindern zu kommen. Ein Rufbus, den man am Vortag per App bestellen muss, ist für sie keine Lösung“, erklärt Holger Wenzlaff, Vorsitzender des BSW-Kreisverbands Uckermark.

Das BSW fordert den Landkreis auf, die Einsparungen von rund 600.000 Euro jährlich durch eine bessere Abstimmung mit dem Schüler{S}verkehr zu erbringen, statt das Angebot am Wochenende zu kürzen. Zugleich appelliert der Kreisverband an das Land, die Mittel für den kommunalen ÖPNV in den Haushalts{S}beratungen aufzustocken.

Der Kreisverband lädt am 28. Juni um 15 Uhr zu einer Bürgerversammlung in das Dorfgemeinschaftshaus Casekow ein.

V.i.S.d.P.: Holger Wenzlaff, BSW Kreisverband Uckermark, Schwedt/Oder
""",
    ],
)

# ---------------------------------------------------------------- h12_23 (third person, multi: Stadtrat Halle)
PDFS["h12_23.pdf"] = dict(
    title="PM Liste Stadtratswahl Halle",
    author="Lena Brömmel",
    creation_date="2024-02-05T21:30:00",
    pages=[
        f"""Volt Sachsen-Anhalt · Team Halle (Saale) · Pressemitteilung

Halle (Saale), 5. Februar 2024

Volt tritt erstmals zur Stadtratswahl in Halle an

Volt Halle hat am Samstag auf seiner Aufstellungs{S}versammlung im Volkspark die Kandidierenden für die Wahl zum Stadtrat der Stadt Halle (Saale) am 9. Juni 2024 gewählt. Insgesamt bewerben sich 15 Kandidatinnen und Kandidaten in allen fünf Wahlbereichen der Stadt. Angeführt wird die Liste von drei Mitgliedern, die jeweils in einem eigenen Wahlbereich auf Platz 1 stehen:

Wahlbereich 1: Lena Brömmel, 33, Software{S}entwicklerin
Wahlbereich 3: Yusuf Krahnert, 41, Kinderarzt
Wahlbereich 5: Greta Dallmann-Sy, 26, Masterstudentin der Stadtplanung

„Halle hat Europas beste Voraussetzungen: eine Universität mit 500 Jahren Geschichte, eine junge Kulturszene und bezahlbaren Wohnraum. Was fehlt, ist eine Stadtpolitik, die das nutzt“, sagte Lena Brömmel. Yusuf Krahnert will sich für die Kinder{S}gesundheit und mehr Schul{S}sozialarbeit in Halle-Neustadt einsetzen, Greta Dallmann-Sy für ein durchgehendes Radwegenetz entlang der Saale.

Volt war 2019 noch nicht in Halle angetreten. Für die Zulassung der Wahlvorschläge muss der Verband bis Anfang April Unterstützungs{S}unterschriften sammeln.

Pressekontakt: Team Halle, presse-halle@volteuropa.org
""",
    ],
)

# ---------------------------------------------------------------- h12_28 (first person: Landrätin NI)
H28 = "SPD-Unterbezirk Verden · Unterbezirksparteitag am 24. Januar 2026 · Bewerbung Landratskandidatur"
PDFS["h12_28.pdf"] = dict(
    title="Bewerbung Landratskandidatur",
    author="UB Verden",
    creation_date="2026-01-15T10:00:00",
    pages=[
        f"""{H28}

Birte Hollmichel
Bewerbung als Kandidatin der SPD für die Wahl der Landrätin / des Landrats im Landkreis Verden

Liebe Genossinnen und Genossen,

am 13. September 2026 wählen die Menschen im Landkreis Verden neue Kommunal{S}parlamente und die Landrätin oder den Landrat. Ich möchte als Kandidatin der SPD antreten und bitte euch auf dem Unterbezirks{S}parteitag am 24. Januar um euer Vertrauen.

Ich bin 46 Jahre alt und in Achim aufgewachsen. Nach dem Abitur habe ich in Oldenburg Verwaltungs{S}wissenschaften studiert. Heute lebe ich mit meiner Frau in Ottersberg und leite den Fachbereich Jugend und Familie in der Kreisverwaltung des Nachbar{S}landkreises Rotenburg (Wümme). Ich weiß also, wie eine Kreisverwaltung von innen funktioniert, und wo sie klemmt.

In die SPD bin ich 2003 eingetreten, bei den Jusos war ich von 2004 bis 2008 im Unterbezirks{S}vorstand. Seit 2016 gehöre ich dem Kreistag Verden an, seit 2021 als stellvertretende Fraktions{S}vorsitzende.

Meine Schwerpunkte:
1. Eine Kreisverwaltung, die schneller wird: digitale Bauanträge, verbindliche Bearbeitungs{S}fristen, Bürgerbüros in jeder Gemeinde.
2. Gute Kitas und Schulen: Der Landkreis muss die Gemeinden beim Ausbau der Ganztags{S}betreuung stärker unterstützen.
3. Mobilität zwischen Aller und Weser: bessere Busverbindungen, auch am Abend und am Wochenende.
4. Gesundheit: Die Aller-Weser-Klinik muss als Standort der Grund- und Regel{S}versorgung gesichert werden.

Seite 1 von 2
""",
        f"""{H28}

Ich trete an, weil ich überzeugt bin, dass sozialdemokratische Politik im Landkreis konkret sein muss: bei der Kita um die Ecke, beim Bus zur Berufsschule und bei der Pflege der Eltern.

Ich freue mich auf die Diskussion mit euch in den Ortsvereinen und auf dem Parteitag.

Ottersberg, 8. Januar 2026
Birte Hollmichel

Seite 2 von 2
""",
    ],
)

# ---------------------------------------------------------------- h12_35 (third person: WK 167 Kassel, vote counts)
PDFS["h12_35.pdf"] = dict(
    title="PM Wahlkreisversammlung",
    author="DIE LINKE KV Kassel-Stadt",
    creation_date="2024-11-11T07:40:00",
    pages=[
        f"""DIE LINKE. Kreisverband Kassel-Stadt · Pressemitteilung

Kassel, 10. November 2024

Melike Demirci-Hahn ist Direktkandidatin der Linken im Wahlkreis Kassel

Die Wahlkreis{S}mitglieder{S}versammlung der Linken im Bundestags{S}wahlkreis 167 (Kassel) hat am Samstag im Bürgerhaus Philippinenhof die 38-jährige Melike Demirci-Hahn zur Direktkandidatin für die vorgezogene Bundestagswahl gewählt.

Für Demirci-Hahn stimmten 34 der 51 anwesenden Mitglieder. Ihr Gegenkandidat Frank Leimbach erhielt 15 Stimmen, zwei Mitglieder enthielten sich. Leimbach, der den Kreisverband seit 2022 als Sprecher führt, sicherte der Kandidatin im Anschluss seine volle Unterstützung zu.

Demirci-Hahn ist in Baunatal aufgewachsen, hat in Göttingen Soziologie studiert und arbeitet als Mieter{S}beraterin in Kassel. Seit 2021 ist sie Stadtverordnete in Kassel. „Die Mieten in Kassel steigen schneller als die Löhne. Ich will, dass im Bundestag jemand sitzt, der das jeden Tag in der Beratung erlebt“, sagte sie.

Nach dem Bruch der Ampel{S}koalition rechnet der Kreisverband mit einer Neuwahl im Februar oder März. Die hessische Landesliste wird im Dezember aufgestellt.

Kontakt: DIE LINKE. Kreisverband Kassel-Stadt, Pressestelle
""",
    ],
)

# ---------------------------------------------------------------- h12_38 (first person: WK 77 Berlin)
H38 = "DIE LINKE. Berlin-Spandau · Wahlkreisversammlung am 14.12.2024 · Bewerbung Direktkandidatur"
PDFS["h12_38.pdf"] = dict(
    title="Bewerbung Direktkandidatur WK 77",
    author="linke-spandau.de",
    creation_date="2024-12-04T18:22:00",
    pages=[
        f"""{H38}

Dennis Pawlitzki – Bewerbung als Direktkandidat im Wahlkreis 77 (Berlin-Spandau – Charlottenburg Nord)

Liebe Genossinnen und Genossen,

am 23. Februar 2025 wird der Bundestag neu gewählt. Ich bewerbe mich bei unserer Wahlkreis{S}versammlung am 14. Dezember um die Direktkandidatur der Linken im Wahlkreis 77, der Spandau und Charlottenburg-Nord umfasst.

Geboren und aufgewachsen bin ich 1990 in Eisenhüttenstadt, in einer Stahlarbeiter{S}familie. Studiert habe ich Kulturwissenschaften an der Viadrina in Frankfurt (Oder). Seit 2016 lebe ich in Berlin, seit 2019 in Spandau-Siemensstadt, und arbeite als Sozial{S}arbeiter in einer Einrichtung der Wohnungslosen{S}hilfe.

Politisch angefangen habe ich in der Linksjugend ['solid] Brandenburg. Seit 2021 bin ich Bezirks{S}verordneter in Spandau und dort Sprecher unserer Fraktion für Soziales und Wohnen.

Warum ich kandidiere:
- Spandau ist ein Bezirk, in dem viele Menschen mit wenig Geld auskommen müssen. Mieten, Energie{S}preise und Lebensmittel sind für viele kaum noch zu bezahlen.
- Die Siemensstadt wird neu gebaut. Ich will, dass dort bezahlbare Wohnungen entstehen und keine Luxusquartiere.
- Wir müssen nach den schweren Jahren wieder zeigen, dass Die Linke gebraucht wird: an der Haustür, in den Mieter{S}versammlungen, auf der Straße.

Ich bitte euch um eure Stimme.

Berlin-Spandau, 2. Dezember 2024
Dennis Pawlitzki

Seite 1 von 1
""",
    ],
)

# ---------------------------------------------------------------- h12_41 (negative: programme chapter)
H41 = "DIE LINKE. Regionalverband Saarbrücken · Kommunalwahlprogramm 2024"
PDFS["h12_41.pdf"] = dict(
    title="Kommunalwahlprogramm 2024 Kapitel 3",
    author="Redaktion Programm",
    creation_date="2024-03-10T12:00:00",
    pages=[
        f"""{H41}

Kapitel 3: Wohnen ist ein Menschenrecht

Beschlossen von der Mitglieder{S}versammlung des Regionalverbands am 2. März 2024 in Saarbrücken-Dudweiler.

Im Regionalverband Saarbrücken steigen die Mieten schneller als die Einkommen. Gleichzeitig stehen in Völklingen, Sulzbach und Friedrichsthal tausende Wohnungen leer, weil sie nicht saniert werden. Für uns ist klar: Wohnen darf keine Ware sein.

3.1 Eine kommunale Wohnungs{S}baugesellschaft für den Regionalverband
Wir wollen, dass Städte und Gemeinden gemeinsam mit dem Regionalverband eine Wohnungs{S}baugesellschaft gründen oder die bestehenden Gesellschaften stärken. Ziel sind 2.000 neue und sanierte Sozial{S}wohnungen bis 2030.

3.2 Leerstand bekämpfen
Wir setzen uns für eine Leerstands{S}satzung ein, wie sie das Saarland inzwischen ermöglicht. Eigentümer, die Wohnungen jahrelang leer stehen lassen, sollen zur Vermietung verpflichtet werden.

3.3 Heizkosten senken
Wir wollen die energetische Sanierung von Mietwohnungen fördern, ohne dass die Kosten über die Modernisierungs{S}umlage auf die Mieterinnen und Mieter abgewälzt werden.

3.4 Wohnungslosigkeit überwinden
Nach dem Housing-First-Prinzip soll jeder wohnungslose Mensch im Regionalverband eine eigene Wohnung mit Beratung erhalten.

Über diese Fragen entscheiden nach dem 9. Juni 2024 die Regional{S}versammlung, der Stadtrat Saarbrücken und die Gemeinderäte. Jede Stimme für DIE LINKE ist eine Stimme für bezahlbares Wohnen.

– 7 –
""",
    ],
)

# ---------------------------------------------------------------- h12_50 (negative: Kreistag motion)
H50 = "Kreistagsfraktion BÜNDNIS 90/DIE GRÜNEN im Landkreis Hameln-Pyrmont"
PDFS["h12_50.pdf"] = dict(
    title="Antrag Hitzeschutzplan",
    author="Fraktionsbüro",
    creation_date="2025-08-15T09:30:00",
    pages=[
        f"""{H50}

An den Landrat des Landkreises Hameln-Pyrmont
Süntelstraße 9, 31785 Hameln

Hameln, 14.08.2025

Antrag zur Sitzung des Kreistages am 22. September 2025
Hitzeschutz{S}plan für den Landkreis Hameln-Pyrmont

Der Kreistag möge beschließen:

1. Die Kreisverwaltung erarbeitet bis zum 31. März 2026 einen Hitzeschutz{S}plan für den Landkreis Hameln-Pyrmont. Dabei sind die Städte und Gemeinden, die Pflege{S}einrichtungen, die Kliniken sowie der Rettungsdienst einzubeziehen.
2. Im Rahmen des Plans wird ein Hitzewarn{S}system eingerichtet, das insbesondere ältere und allein lebende Menschen erreicht.
3. In allen kreiseigenen Gebäuden mit Publikumsverkehr werden bis zum Sommer 2026 kühle Räume und Trinkwasser{S}spender bereitgestellt.

Begründung:
Die Sommer 2018, 2019 und 2022 haben gezeigt, dass auch im Weserbergland Hitzewellen zu einer ernsthaften Gesundheits{S}gefahr werden. Andere Landkreise in Niedersachsen haben bereits Hitzeschutz{S}pläne beschlossen. Der Landkreis sollte nicht warten, bis es zu spät ist.

Die Kosten für die Erarbeitung des Plans können aus dem Budget des Klimaschutz{S}managements gedeckt werden.

Mit freundlichen Grüßen

Marlene Hüsing, Fraktionsvorsitzende
Arne Köhnemann, stellv. Fraktionsvorsitzender

Seite 1 von 1
""",
    ],
)


def main():
    for name, spec in PDFS.items():
        for i, page in enumerate(spec["pages"], 1):
            n = len(wrap_text(page))
            if n > LINES_PER_PAGE:
                raise SystemExit(f"{name} page {i}: {n} lines > {LINES_PER_PAGE} (would spill over)")
        make_pdf(DOCS / name, spec["pages"], title=spec["title"], author=spec["author"],
                 creation_date=spec["creation_date"])
        print("wrote", name)


if __name__ == "__main__":
    main()
