#!/usr/bin/env python3
"""Write the binary and specially encoded documents of set 16 (all people fictional).

Writes into docs/ next to this file, from the texts held below:
  .odt  (01, 31, 36)   via tests/support/officegen.make_odt
  .docx (06, 20, 46)   via tests/support/officegen.make_docx
  .doc  (14, 43)       via tests/support/docgen.make_doc (Word 97, Windows-1252)
  .pdf  (05, 30, 34, 40, 50) via tests/support/pdfgen.make_pdf (text layer)
  .pdf  (15)           via tests/support/scangen.make_scanned_pdf (image only, needs OCR)
  .rtf  (07)           written here by hand (\\'xx escapes, ansicpg1252)
  .txt  (02, 41)       Windows-1252 (41 with CRLF line ends)
  .txt  (08)           UTF-8 with BOM and CRLF, soft hyphens and no-break spaces

The fixture writers are loaded read-only by file path, never copied. Output is deterministic:
zip members get a fixed timestamp, PDFs get fixed (or no) creation dates.
Run: .venv/bin/python bench/data/metadata-fictional-16/make_docs.py   (from the project root, or from anywhere)
"""
from __future__ import annotations

import importlib.util
import sys
import types
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SUPPORT = Path(__file__).resolve().parents[3] / "tests" / "support"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def _load(name: str, filename: str):
    spec = importlib.util.spec_from_file_location(name, SUPPORT / filename)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def writers():
    # scangen does `from tests.support.pdfgen import ...`: provide that name without importing
    # the tests package itself.
    for pkg in ("tests", "tests.support"):
        if pkg not in sys.modules:
            m = types.ModuleType(pkg)
            m.__path__ = []
            sys.modules[pkg] = m
    pdfgen = _load("tests.support.pdfgen", "pdfgen.py")
    officegen = _load("tests.support.officegen", "officegen.py")
    docgen = _load("tests.support.docgen", "docgen.py")
    scangen = _load("tests.support.scangen", "scangen.py")
    return pdfgen, officegen, docgen, scangen


def fix_zip(path: Path) -> None:
    """Rewrite a zip with the same members in the same order but a fixed timestamp."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as out:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 3
            out.writestr(ni, data)


def paras(text: str) -> list[str]:
    """Split a text block into paragraphs at blank lines; single newlines are kept inside."""
    return [p.strip("\n") for p in text.strip("\n").split("\n\n")]


# ---------------------------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------------------------

T01 = """Für Bergweiler. Mit Herz und Verstand.

An alle Haushalte der Ortsgemeinde Bergweiler

Liebe Bergweilerinnen und Bergweiler,

am 9. Juni 2024 wählen Sie nicht nur den Ortsgemeinderat, den Verbandsgemeinderat Wittlich-Land und den Kreistag Bernkastel-Wittlich, sondern auch Ihren Ortsbürgermeister. Der amtierende Ortsbürgermeister hat nach zwei Amtszeiten erklärt, nicht wieder anzutreten. Ich möchte sein Nachfolger werden und bewerbe mich um das Amt des Ortsbürgermeisters unserer Gemeinde.

Ich bin 41 Jahre alt, gebürtiger Bergweiler, verheiratet und Vater von zwei Kindern. Beruflich bin ich Meister für Elektrotechnik bei einem mittelständischen Betrieb in Wittlich. Seit 2019 gehöre ich dem Ortsgemeinderat an und bin Erster Beigeordneter; außerdem sitze ich für die SPD im Verbandsgemeinderat Wittlich-Land.

Was ich mir für Bergweiler vornehme:

– Dorferneuerung fortsetzen: Die Sanierung der Ortsdurchfahrt und des Dorfplatzes muss abgeschlossen werden, bevor die Fördermittel auslaufen.

– Ein Dorf für alle Generationen: Mitfahrbank, Seniorennachmittag und ein Treffpunkt für Jugendliche im Gemeindehaus.

– Schnelles Internet und guter Mobilfunk bis in den letzten Winkel der Gemarkung.

– Gemeindefinanzen mit Augenmaß: keine Erhöhung der Grundsteuer, solange es sich irgendwie vermeiden lässt.

Ich trete als Kandidat der SPD an, aber als Ortsbürgermeister bin ich für alle da – unabhängig davon, wen Sie sonst wählen. In einer Gemeinde mit knapp 900 Einwohnern zählt das Miteinander mehr als das Parteibuch.

Ich lade Sie herzlich zu meiner Bürgersprechstunde am Samstag, 25. Mai, ab 10 Uhr im Gemeindehaus ein. Wer mag, kann mich natürlich auch einfach anrufen oder auf der Straße ansprechen.

Bergweiler, im Mai 2024

Ihr Tobias Keuthen"""

T02 = """Annika Wöhlermann
Kandidatin für das Amt der Samtgemeindebürgermeisterin
Samtgemeinde Tostedt

Handeloh, 21. Februar 2026

Liebe Mitglieder von BÜNDNIS 90/DIE GRÜNEN im Ortsverband Tostedt,

bei der Kommunalwahl im September 2026 wird in der Samtgemeinde Tostedt auch die Samtgemeindebürgermeisterin oder der Samtgemeindebürgermeister neu gewählt. Ich bewerbe mich hiermit um eure Nominierung für dieses Amt und bitte euch auf unserer Mitgliederversammlung am 14. März um euer Vertrauen.

Wer bin ich? Ich bin 44 Jahre alt, Bauingenieurin und arbeite seit zwölf Jahren in der Bauverwaltung der Stadt Buchholz in der Nordheide. Ich weiß also, wie eine Verwaltung von innen funktioniert – und wo sie hakt. Mit meinem Mann und unseren beiden Söhnen lebe ich in Handeloh. Seit 2021 bin ich Abgeordnete im Kreistag des Landkreises Harburg und sitze dort im Ausschuss für Bauen und Umwelt.

Warum kandidiere ich? Weil ich glaube, dass die neun Mitgliedsgemeinden unserer Samtgemeinde mehr können, wenn sie an einem Strang ziehen. Von Dohren bis Wistedt, von Königsmoor bis Heidenau: Überall höre ich dieselben Sorgen – zu wenig Krippenplätze, Busse, die am Wochenende nicht fahren, Straßen, die seit Jahren auf ihre Sanierung warten.

Meine Schwerpunkte:

• Kinderbetreuung: 150 zusätzliche Krippen- und Kitaplätze bis 2030, gemeinsam mit freien Trägern.
• Mobilität: ein Rufbus für alle Ortsteile und ein sicherer Radweg entlang der Bahn nach Buchholz.
• Klimaschutz mit Bürgerbeteiligung: Solardächer auf allen Schulen und Bürgerwindparks, an denen die Menschen vor Ort mitverdienen – „Energie von hier für hier“.
• Finanzen: Jeder Euro aus der Samtgemeindeumlage muss nachvollziehbar eingesetzt werden. Ich will einen Bürgerhaushalt mit 100.000 € pro Jahr für Vorschläge aus den Gemeinden.

Ich weiß, dass die Samtgemeinde bisher nicht von einer Grünen geführt wurde. Aber ich trete nicht an, um Parteipolitik ins Rathaus zu tragen, sondern um eine moderne, offene Verwaltung zu führen. Dafür brauche ich eure Unterstützung – im März bei der Nominierung und ab dem Sommer im Wahlkampf.

Herzliche Grüße
Annika Wöhlermann"""

T05 = """Bewerbung um einen Listenplatz der ÖDP für die Regional­versammlung des Verbands Region Stuttgart – Wahlkreis Esslingen

Dr. Ruth Hegele-Sautter
Kirchheim unter Teck, 18. November 2023

Liebe Mitglieder der ÖDP im Kreisverband Esslingen,

am 9. Juni 2024 wählen wir nicht nur Gemeinderäte und Kreistag, sondern auch die Regional­versammlung des Verbands Region Stuttgart – das einzige direkt gewählte Regional­parlament in Baden-Württemberg. Auf unserer Nominierungs­versammlung am 25. November 2023 in Esslingen bewerbe ich mich um Platz 1 unserer Liste im Wahlkreis Esslingen.

Zu meiner Person: Ich bin 58 Jahre alt, promovierte Biologin und arbeite seit zwanzig Jahren als selbstständige Landschafts­planerin. Seit 2019 bin ich Stadträtin in Kirchheim unter Teck und Kreisrätin im Landkreis Esslingen. Ich bin verheiratet und habe drei erwachsene Kinder.

Warum die Region? Weil dort Entscheidungen fallen, die kaum jemand wahrnimmt, die aber unsere Landschaft für Jahrzehnte prägen: Der Regionalplan legt fest, wo Gewerbe­gebiete, Wohnbau­flächen und Vorrang­gebiete für Windkraft entstehen dürfen. Die Region plant die S-Bahn und bezahlt sie mit. Und sie entscheidet darüber, wie viel von den Streuobst­wiesen am Albtrauf übrig bleibt.

Meine Schwerpunkte für die Regional­versammlung:

1. Flächen­verbrauch stoppen: Netto-Null bis 2035, Innenentwicklung vor Außen­entwicklung.
2. Windkraft und Photovoltaik dort, wo sie verträglich sind – mit echter Bürger­beteiligung und Bürger­energie­genossenschaften.
3. Der 15-Minuten-Takt der S-Bahn auch auf der Teckbahn und auf der Strecke nach Nürtingen.
4. Schutz der Streuobst­landschaft als grünes Band zwischen Neckar und Alb.

Ich habe in Kirchheim gelernt, dass man mit Sachkenntnis und Geduld auch als kleine Fraktion etwas erreichen kann. Diese Erfahrung möchte ich in die Regional­versammlung einbringen.

Über eure Unterstützung am 25. November freue ich mich sehr.

Mit herzlichen Grüßen
Dr. Ruth Hegele-Sautter"""

T06_HEADER = "Freie Demokraten · Kreisverband Städteregion Aachen"
T06 = """Bewerbung um die Nominierung als Kandidat für das Amt des Städteregionsrates

Philipp Vossenkaul

Liebe Parteifreundinnen und Parteifreunde,

am 14. September 2025 wählen die Bürgerinnen und Bürger der Städteregion Aachen nicht nur den Städteregionstag, sondern auch den Städteregionsrat direkt. Auf unserer Kreiswahlversammlung am 5. April bewerbe ich mich um eure Nominierung als Kandidat der Freien Demokraten für dieses Amt.

Ich bin 46 Jahre alt, verheiratet, Vater einer Tochter und führe seit 2009 ein IT-Dienstleistungsunternehmen mit 35 Beschäftigten in Stolberg. Seit 2020 bin ich Mitglied im Rat der Stadt Eschweiler und dort Vorsitzender unserer Fraktion. Ich kenne die Städteregion also aus zwei Perspektiven: als Unternehmer, der auf eine funktionierende Verwaltung angewiesen ist, und als Kommunalpolitiker, der weiß, wie mühsam Entscheidungen manchmal sind.

Die Städteregion steht vor großen Aufgaben. Der Strukturwandel im Rheinischen Revier ist keine ferne Zukunft mehr: Das Ende der Braunkohle im Tagebau Inden verändert unsere Region grundlegend. Ich will, dass die Fördermilliarden hier bei uns in Arbeitsplätze, Gewerbeflächen und Forschung fließen – und nicht in Gutachten und Arbeitskreise.

Meine Ziele als Städteregionsrat:

1. Eine digitale Verwaltung: Jeder Antrag der Städteregion – von der Kfz-Zulassung bis zum Bauantrag – soll bis 2030 vollständig online möglich sein.

2. Ein Nahverkehr für die ganze Region: bessere Verbindungen aus der Eifel und dem Nordkreis nach Aachen, eine euregionale Tarifkooperation mit Belgien und den Niederlanden, die diesen Namen verdient.

3. Solide Finanzen: Die Städteregionsumlage darf die Städte und Gemeinden nicht weiter erdrücken. Wer bei den Kommunen spart, spart am Ende bei Kitas und Schwimmbädern.

4. Schulen und Berufskollegs: Die Städteregion ist Trägerin unserer Berufskollegs. Sie müssen die modernsten Werkstätten der Euregio haben.

Für die Oberbürgermeisterwahl in der Stadt Aachen wird unser Stadtverband einen eigenen Vorschlag machen; darum geht es bei meiner Bewerbung nicht.

Ich freue mich auf eure Fragen und auf eure Unterstützung am 5. April.

Mit freien Grüßen
Philipp Vossenkaul"""

T07 = """Carola Wendeborn
Darmstadt-Bessungen

An den Vorstand des Kreisverbandes Darmstadt
der PARTEI MENSCH UMWELT TIERSCHUTZ (Tierschutzpartei)

Darmstadt, den 3.XI.2025

Bewerbung um einen Listenplatz für die Wahl der Stadtverordnetenversammlung am 15. März 2026

Liebe Mitstreiterinnen und Mitstreiter,

hiermit bewerbe ich mich um einen Platz auf unserer Liste für die Wahl der Darmstädter Stadtverordnetenversammlung. Ich würde mich freuen, wenn ihr mich auf der Aufstellungsversammlung am 22.XI.2025 auf einen der vorderen Plätze wählt.

Zu meiner Person: Ich bin 61 Jahre alt, gelernte Tierarzthelferin und arbeite seit 1998 in einer Kleintierpraxis in Darmstadt. In meiner Freizeit engagiere ich mich seit vielen Jahren ehrenamtlich im Tierheim, vor allem in der Katzenvermittlung, und bin Mitglied in einer Initiative für ein tierschutzgerechtes Stadttaubenmanagement.

Was ich in der Stadtverordnetenversammlung erreichen möchte:

1. Betreute Taubenschläge an allen großen Plätzen der Innenstadt – statt Spikes, Netzen und Vergrämung.
2. Eine Katzenschutzverordnung mit Kastrations- und Registrierungspflicht für Freigängerkatzen.
3. Mehr Geld für das Tierheim, das heute vieles auffängt, was eigentlich Aufgabe der Stadt wäre.
4. Täglich ein veganes Gericht in allen städtischen Kantinen, Schulen und Kitas.
5. Schutz von Stadtbäumen und Grünflächen als Lebensraum für Vögel, Fledermäuse und Insekten.

Ich weiß, dass wir als kleine Partei nicht alles durchsetzen können. Aber schon eine Stimme im Stadtparlament verändert, worüber gesprochen wird.

Mit tierfreundlichen Grüßen

Carola Wendeborn"""

T08 = """Bewerbung für einen Platz auf der Linken-Liste zur BVV Neukölln

Liebe Genoss*innen,

am 20.\u00a0September 2026 wählen wir in Berlin nicht nur das Abgeordnetenhaus, sondern auch unsere Bezirks\u00adverordneten\u00adversammlungen. Auf unserer Bezirks\u00adhaupt\u00adversammlung am 28.\u00a0März 2026 bewerbe ich mich um einen Platz unter den ersten fünf unserer Liste für die BVV Neukölln.

Wer ich bin: Ich heiße Selin Yavuzkan, bin 34, in der Gropiusstadt aufgewachsen und wohne heute im Schillerkiez. Ich arbeite als Sozial\u00adarbeiterin in einer Mieter\u00adberatung und sehe jeden Tag, was passiert, wenn Mieten schneller steigen als Löhne. Seit 2021 bin ich Bürger\u00addeputierte im Ausschuss für Soziales und Bürger\u00addienste der BVV, seit 2023 im Bezirksvorstand.

Was ich in der BVV will:
• Ein bezirkliches Vorkaufsrecht, das wieder genutzt wird, wo es rechtlich geht – und Milieuschutz für weitere Kieze.
• Sozial\u00adberatung in jedem Stadtteil, nicht nur am Rathaus Neukölln. In der Gropiusstadt leben fast 40\u00a0000 Menschen, aber es gibt kaum Anlaufstellen.
• Jugendclubs, die offen sind, wenn Jugendliche Zeit haben: am Abend und am Wochenende.
• Ein Bezirksamt, das Kandidat*innen und Bürger*innen nicht nur vor Wahlen zuhört.

Für das Abgeordnetenhaus kandidiere ich ausdrücklich nicht – dafür haben wir mit unseren Direkt\u00adkandidat*innen in den Neuköllner Wahlkreisen ein starkes Team. Mein Platz ist im Bezirk.

Ich freue mich auf eure Fragen, am liebsten bei der Kandidat*innen\u00advorstellung am 21.\u00a0März im Stadtteilladen.

Solidarische Grüße
Selin Yavuzkan

Berlin-Neukölln, 14.03.2026"""

T14 = """DIE LINKE. Ortsverband Odervorland

Liebe Briesenerinnen und Briesener,

am 28. September 2008 wählen Sie die Gemeindevertretung, den Kreistag Oder-Spree und den ehrenamtlichen Bürgermeister unserer Gemeinde. Ich bewerbe mich um das Amt des Bürgermeisters der Gemeinde Briesen (Mark) und möchte mich Ihnen auf diesem Weg vorstellen.

Ich bin 56 Jahre alt, Agraringenieur und arbeite seit über dreißig Jahren in der Landwirtschaft, heute als Vorstand einer Agrargenossenschaft. Ich bin verheiratet, wir haben drei Kinder und inzwischen vier Enkel. Seit 1998 gehöre ich der Gemeindevertretung an, zuerst für die PDS, die seit dem vergangenen Jahr DIE LINKE heißt.

Viele fragen mich: Was macht eigentlich ein ehrenamtlicher Bürgermeister, wenn die Verwaltung beim Amt Odervorland liegt? Die Antwort ist einfach: Die Verwaltungsarbeit erledigt das Amt, aber der Bürgermeister ist die Stimme der Gemeinde – im Amtsausschuss, gegenüber dem Landkreis, gegenüber Investoren und Behörden. Diese Stimme will ich sein.

Meine Ziele:

- Die Grundschule muss bleiben. Ohne Schule keine jungen Familien, ohne junge Familien keine Zukunft.
- Lärmschutz an der Autobahn A 12 – die Anwohner warten seit Jahren darauf.
- Der Bahnhof Briesen muss barrierefrei werden, damit auch ältere Menschen und Eltern mit Kinderwagen bequem nach Frankfurt (Oder) und Berlin kommen.
- Unsere Vereine und die Freiwillige Feuerwehr brauchen verlässliche Unterstützung, keine Kürzungen.

Ich bitte Sie am 28. September um Ihre Stimme.

Briesen, im August 2008

Hartmut Pfennigsdorf"""

T15 = """Wilfried Terhorst
Schermbeck, 22. Februar 2010

An die Mitglieder des SPD-Ortsvereins Schermbeck

Bewerbung um den Vorsitz des Ortsvereins

Liebe Genossinnen und Genossen,

auf unserer Jahreshauptversammlung am 12. März 2010 wählen wir einen neuen Vorstand. Unsere langjährige Vorsitzende hat angekündigt, nicht wieder zu kandidieren. Ich bewerbe mich hiermit um den Vorsitz unseres Ortsvereins.

Ich bin 52 Jahre alt, verheiratet und arbeite als Lehrer an einer Realschule im Kreis Wesel. Seit 2004 bin ich Mitglied im Rat der Gemeinde Schermbeck, seit 2006 Kassierer unseres Ortsvereins.

Die Kommunalwahl im letzten August war für uns nicht leicht. Ich möchte, dass wir daraus lernen: Wir müssen das ganze Jahr sichtbar sein, nicht nur vor Wahlen. Ich schlage deshalb vor:

1. Einen offenen Stammtisch einmal im Monat, abwechselnd in allen Ortsteilen.
2. Eine eigene Internetseite des Ortsvereins, die regelmäßig gepflegt wird.
3. Mehr junge Mitglieder in den Vorstand.

Ich freue mich auf eure Unterstützung.

Mit solidarischen Grüßen

Wilfried Terhorst"""

T20_FOOTER = "Bewerbung Tjark Harmening · Regionsversammlung · Stand: Februar 2026"
T20 = """Bewerbung für die Liste zur Regionsversammlung Hannover

Tjark Harmening, Garbsen

Liebe Freundinnen und Freunde,

im September 2026 wählen wir die Regionsversammlung – das Parlament der Region Hannover mit ihren 21 Städten und Gemeinden – und die Regionspräsidentin oder den Regionspräsidenten. Ich bewerbe mich um einen aussichtsreichen Platz auf unserer grünen Liste für die Regionsversammlung.

Ich bin 39 Jahre alt, Umweltingenieur bei einem Wasserverband und lebe mit meiner Partnerin und zwei Kindern in Garbsen. Seit 2021 bin ich Ratsherr in Garbsen und Sprecher unseres Ortsverbands. Im Rat habe ich gelernt, wie viel von der Region abhängt: Busse und Stadtbahn, Krankenhäuser, Abfallwirtschaft, Jugendhilfe für die Städte ohne eigenes Jugendamt.

Meine Schwerpunkte:

Mobilität für das Umland. Wer in Garbsen, Wedemark oder Springe wohnt, darf nicht vom Auto abhängig sein. Ich will den Stadtbahnanschluss für Garbsen-Mitte, Expressbusse auf den Tangenten und ein Regionsticket, das sich jede und jeder leisten kann.

Klinikum und Gesundheit. Die Umstrukturierung des Klinikums muss so gestaltet werden, dass niemand im Norden der Region länger als 30 Minuten zur nächsten Notaufnahme braucht.

Klimaanpassung. Hitze und Starkregen treffen die Region schon heute. Ich möchte einen regionalen Hitzeaktionsplan und mehr Geld für Entsiegelung in den Kommunen.

Für die Wahl der Regionspräsidentin oder des Regionspräsidenten trete ich nicht an – hier unterstütze ich den Vorschlag unseres Regionsvorstands.

Ich freue mich über eure Unterstützung bei der Listenaufstellung.

Grüne Grüße
Tjark Harmening"""

T30 = """ÖDP Kreisverband Altötting
Pressemitteilung

Burgkirchen a. d. Alz, 14. Juni 2025

ÖDP nominiert Johanna Brandstetter-Kiening als Landrats­kandidatin

Die ÖDP im Landkreis Altötting geht mit einer eigenen Kandidatin in die Landratswahl am 8. März 2026. Die Aufstellungs­versammlung in Burgkirchen an der Alz wählte am Freitagabend die 49-jährige Chemikerin Johanna Brandstetter-Kiening einstimmig zur Landrats­kandidatin. Zugleich führt sie die ÖDP-Liste für den Kreistag an, die auf derselben Versammlung mit 60 Bewerberinnen und Bewerbern beschlossen wurde.

Brandstetter-Kiening arbeitet seit 2003 im Chemiepark Gendorf, zuletzt als Leiterin der Umweltanalytik. Sie sitzt seit 2020 für die ÖDP im Kreistag und im Gemeinderat Burgkirchen. In ihrer Vorstellungsrede nannte sie die Sicherung der Arbeitsplätze in der Chemie, sauberes Trinkwasser und die Kliniken im Landkreis als ihre wichtigsten Themen. „Der Landkreis darf sich nicht zwischen Industrie und Umwelt entscheiden müssen. Wir brauchen beides – und wir können beides“, sagte sie.

Der Kreisvorsitzende Georg Huber-Thalhammer zeigte sich zufrieden: „Mit Johanna haben wir eine Kandidatin, die fachlich jedem das Wasser reichen kann.“ Wer für die anderen Parteien gegen den amtierenden Landrat antritt, steht teilweise noch nicht fest.

Pressekontakt: ÖDP Kreisverband Altötting, Geschäftsstelle"""

T31 = """CDU-Kreisverband Ostholstein

Pressemitteilung

Eutin, 21. November 2024

Arne Tiedemann-Voß ist Bundestagskandidat der CDU im Wahlkreis Ostholstein – Stormarn-Nord

Die Wahlkreismitgliederversammlung der CDU im Bundestagswahlkreis 9 (Ostholstein – Stormarn-Nord) hat am Mittwochabend in Neustadt in Holstein den 52-jährigen Landwirt Arne Tiedemann-Voß aus Lensahn zum Direktkandidaten für die Bundestagswahl am 23. Februar 2025 gewählt. Er setzte sich mit 154 zu 97 Stimmen gegen die Bad Schwartauer Rechtsanwältin Maike Holsten durch.

Tiedemann-Voß bewirtschaftet in vierter Generation einen Ackerbaubetrieb und ist seit 2018 Mitglied des Kreistages Ostholstein sowie der Gemeindevertretung Lensahn. In seiner Rede kündigte er an, sich in Berlin vor allem für die Landwirtschaft, den Tourismus an der Ostseeküste und eine schnellere Fertigstellung der Hinterlandanbindung der Fehmarnbeltquerung einzusetzen. „Ostholstein und Stormarn brauchen eine Stimme in Berlin, die weiß, wie man hier lebt und arbeitet“, sagte Tiedemann-Voß.

Der Kreisvorsitzende dankte beiden Bewerbern für einen fairen Wettbewerb. „Wir gehen geschlossen in einen kurzen, aber intensiven Wahlkampf“, sagte er. Die CDU-Landesliste wird Anfang Dezember aufgestellt.

Rund 260 Mitglieder aus Ostholstein und dem Norden Stormarns nahmen an der Versammlung teil."""

T34 = """Nachruf

Wir trauern um

Eberhard Kühnhold
* 3. April 1941   † 28. Dezember 2022

Mit Eberhard Kühnhold verliert die CDU Plauen einen ihrer Gründerväter und einen Kommunalpolitiker, der unsere Stadt über drei Jahrzehnte mitgeprägt hat.

Im Herbst 1989 stand er mit Tausenden Plauenerinnen und Plauenern auf der Straße. Im Frühjahr 1990 gehörte er zu den Ersten, die in den neu gewählten Stadtrat einzogen. Von 1990 bis 2019 war er ununterbrochen Mitglied des Stadtrates, viele Jahre als Vorsitzender des Bauausschusses. Nachdem Plauen 2008 kreisangehörig geworden war, gehörte er bis 2014 auch dem Kreistag des Vogtlandkreises an. Im Jahr 2000 bewarb er sich um das Amt des Oberbürgermeisters – eine Niederlage, über die er später mit dem ihm eigenen Humor sprach.

Eberhard Kühnhold war Bauingenieur aus Leidenschaft. Die Sanierung der Altstadt, der Erhalt der Friedensbrücke als Wahrzeichen und der Wiederaufbau der Innenstadt lagen ihm besonders am Herzen. Er war ein Mann des offenen Wortes, streitbar in der Sache, aber immer fair und den Menschen zugewandt.

Unser Mitgefühl gilt seiner Frau Christa, seinen Kindern und Enkelkindern.

Die Trauerfeier findet am Freitag, dem 13. Januar 2023, um 11 Uhr in der Lutherkirche statt.

Wir werden ihm ein ehrendes Andenken bewahren.

Plauen, im Januar 2023

Für den CDU-Stadtverband Plauen
Ulrike Tröger-Fasold, Vorsitzende

Für die CDU-Fraktion im Stadtrat Plauen
Matthias Brenzel, Fraktionsvorsitzender"""

T36 = """Persönliche Erklärung

Bernd Schmittgen, Kobern-Gondorf

Rücktritt vom Vorsitz der FWG-Fraktion und Niederlegung meines Mandats im Verbandsgemeinderat Rhein-Mosel

Liebe Kolleginnen und Kollegen im Verbandsgemeinderat, liebe Freundinnen und Freunde der Freien Wählergemeinschaft,

nach reiflicher Überlegung habe ich mich entschieden, mein Mandat im Verbandsgemeinderat Rhein-Mosel zum 31. Juli niederzulegen und zugleich den Vorsitz unserer Fraktion abzugeben.

Die Gründe sind persönlicher Natur. Nach einer längeren Erkrankung im Frühjahr habe ich gemerkt, dass ich Beruf, Familie und Ehrenamt nicht mehr so unter einen Hut bringe, wie ich es von mir selbst erwarte. Halbe Sachen liegen mir nicht. Deshalb mache ich lieber jetzt Platz, solange die Fraktion Zeit hat, sich neu aufzustellen.

Ich war seit 2009 Mitglied des Verbandsgemeinderates, seit 2019 Vorsitzender der FWG-Fraktion. In dieser Zeit haben wir viel erreicht: die Sanierung der Grundschulen, das neue Feuerwehrgerätehaus, den Radweg entlang der Mosel. Nicht alles ist gelungen, und manches hätte schneller gehen können. Aber wir haben immer sachlich und über Parteigrenzen hinweg zusammengearbeitet. Dafür danke ich allen Kolleginnen und Kollegen und auch der Verwaltung.

Für mich rückt Heike Zerwas-Berg aus Winningen in den Verbandsgemeinderat nach. Die Fraktion wird in ihrer Sitzung am 10. Juli einen neuen Vorsitz wählen. Meinem Ortsgemeinderat in Kobern-Gondorf bleibe ich bis zum Ende der Wahlperiode erhalten; bei der nächsten Kommunalwahl werde ich nicht mehr kandidieren.

Kobern-Gondorf, 2. Juli 2025

Bernd Schmittgen"""

T40 = """CDU Kreisverband Fulda
Pressespiegel – Stand: KW 12/2025
Zusammengestellt von der Kreisgeschäftsstelle · nur zur internen Verwendung

1. Osthessen-Kurier, Montag, 17.03.2025
„Kreistag beschließt Schulbauprogramm über 85 Millionen Euro“
Der Kreistag hat mit großer Mehrheit das Schulbauprogramm bis 2030 beschlossen. CDU-Fraktionschef im Kreistag: „Jeder Euro in Schulen ist gut angelegt.“ Die Opposition kritisierte fehlende Mittel für Turnhallen.

2. Rhön-Anzeiger, Dienstag, 18.03.2025
„CDU Künzell nominiert Bürgermeisterkandidaten“
Der CDU-Gemeindeverband Künzell hat den Verwaltungsfachwirt Daniel Ruppert-Gies als Kandidaten für die Bürgermeisterwahl im Herbst nominiert. Der 38-Jährige erhielt 41 von 43 Stimmen.

3. Fuldaer Land Online, Mittwoch, 19.03.2025
„Kreisvorsitzender zur Grundgesetzänderung: ‚Schwere, aber verantwortbare Entscheidung‘“
Der CDU-Kreisvorsitzende verteidigte die Zustimmung der Union im Bundestag zum Finanzpaket. Kritik kam von der Jungen Union im Kreis.

4. Osthessen-Kurier, Donnerstag, 20.03.2025
„Junge Union fordert Nachtbus nach Hünfeld“
Die JU Fulda-Land hat 600 Unterschriften für eine Nachtbuslinie am Wochenende gesammelt.

5. Rhön-Anzeiger, Freitag, 21.03.2025 – Leserbriefe
Zwei Leserbriefe zur geplanten Erweiterung des Gewerbegebiets in Eichenzell, beide kritisch.

Hinweis: Die Artikel im Volltext liegen in der Kreisgeschäftsstelle aus. Der nächste Pressespiegel erscheint in KW 13.

Pressespiegel KW 12/2025 · Seite 1 von 1"""

T41 = """dieBasis – Basisdemokratische Partei Deutschlands
Kreisverband Mittelsachsen

Freiberg, 12.01.2024

Einladung zur ordentlichen Kreismitgliederversammlung

Liebe Mitglieder,

hiermit lädt der Kreisvorstand satzungsgemäß zur ordentlichen Kreismitgliederversammlung ein:

Samstag, 3. Februar 2024, 10:00 Uhr (Einlass und Akkreditierung ab 9:15 Uhr)
Ort: Saal des Vereinshauses „Glück auf“, Freiberg

Vorläufige Tagesordnung:

TOP 1  Begrüßung, Feststellung der Beschlussfähigkeit
TOP 2  Wahl der Versammlungsleitung und der Protokollführung
TOP 3  Beschluss über die Tagesordnung
TOP 4  Tätigkeitsbericht des Kreisvorstands
TOP 5  Bericht des Schatzmeisters, Bericht der Kassenprüfer, Entlastung
TOP 6  Aufstellung der Bewerberinnen und Bewerber für die Kreistagswahl am 9. Juni 2024
TOP 7  Wahl der Delegierten zum Landesparteitag
TOP 8  Anträge
TOP 9  Verschiedenes

Zu TOP 6: Wer für den Kreistag Mittelsachsen kandidieren möchte, sendet bitte bis zum 26. Januar 2024 eine kurze Vorstellung (max. eine Seite) an den Kreisvorstand. Die Bewerbungen werden vor der Versammlung an alle Mitglieder verschickt. Bewerbungen sind auch noch auf der Versammlung möglich.

Anträge zur Tagesordnung müssen spätestens zwei Wochen vor der Versammlung beim Kreisvorstand eingehen.

Bitte bringt euren Mitgliedsausweis oder ein Ausweisdokument mit. Für Kaffee und belegte Brötchen ist gesorgt (Spende erbeten).

Mit basisdemokratischen Grüßen
für den Kreisvorstand

Frank Mehnert-Sieber
Vorsitzender"""

T43 = """FDP-Fraktion in der Bezirksversammlung Wandsbek

PRESSEERKLÄRUNG

Hamburg, den 14.10.2003

Ortsamt Walddörfer muss bleiben – FDP lehnt Schließungspläne ab

Die FDP-Fraktion in der Bezirksversammlung Wandsbek lehnt die vom Bezirksamt vorgelegten Überlegungen zur Zusammenlegung des Ortsamtes Walddörfer mit dem Ortsamt Alstertal entschieden ab.

„Für die Bürgerinnen und Bürger in Volksdorf, Bergstedt, Duvenstedt, Wohldorf-Ohlstedt und Lemsahl-Mellingstedt wäre das ein spürbarer Verlust an Bürgernähe“, erklärt der Fraktionsvorsitzende. „Wer seinen Personalausweis verlängern oder ein Gewerbe anmelden will, soll das auch künftig im Stadtteil erledigen können und nicht quer durch den Bezirk fahren müssen.“

Die FDP schlägt stattdessen vor, die Öffnungszeiten der Kundenzentren flexibler zu gestalten und stärker auf elektronische Verfahren zu setzen. Einsparungen seien auch ohne Schließungen möglich.

Die FDP-Fraktion wird in der Sitzung der Bezirksversammlung am 23. Oktober einen entsprechenden Antrag einbringen.

Dr. Klaus-Dieter Hahnfeld
Fraktionsvorsitzender"""

T46_HEADER = "Fraktion BÜNDNIS 90/DIE GRÜNEN im Städteregionstag Aachen"
T46 = """An den Städteregionsrat
Zollernstraße 10
52070 Aachen

Aachen, 03.06.2024

Antrag zur Sitzung des Städteregionstages am 20. Juni 2024

Machbarkeitsstudie für eine Radvorrangroute Eschweiler – Stolberg – Aachen

Sehr geehrter Herr Städteregionsrat,

die Fraktion BÜNDNIS 90/DIE GRÜNEN bittet, folgenden Antrag auf die Tagesordnung der nächsten Sitzung des Städteregionstages zu setzen:

Beschlussvorschlag:
Der Städteregionstag beauftragt die Verwaltung, in Abstimmung mit den Städten Eschweiler, Stolberg und Aachen eine Machbarkeitsstudie für eine Radvorrangroute zwischen Eschweiler, Stolberg und Aachen in Auftrag zu geben. Die Ergebnisse sind dem Mobilitätsausschuss bis zum Ende des ersten Quartals 2025 vorzulegen. Die notwendigen Mittel in Höhe von bis zu 120.000 Euro sind im Haushalt 2025 bereitzustellen; Fördermöglichkeiten aus Landes- und Bundesprogrammen sind vorrangig zu nutzen.

Begründung:
Zwischen Eschweiler, Stolberg und Aachen pendeln täglich Zehntausende Menschen. Ein großer Teil der Wege ist kürzer als 15 Kilometer und damit für das Fahrrad und das Pedelec gut geeignet. Bislang fehlt jedoch eine durchgängige, sichere und schnelle Verbindung. Andere Regionen in Nordrhein-Westfalen zeigen, dass Radvorrangrouten den Autoverkehr spürbar entlasten können. Die Städteregion sollte die Koordination übernehmen, weil die Route mehrere Kommunen verbindet.

Mit freundlichen Grüßen

Mareike Esser-Lindlau
Fraktionsvorsitzende

Jan-Ole Buschmann
verkehrspolitischer Sprecher"""

T50 = """CSU-Fraktion im Bezirkstag von Schwaben

PRESSEMITTEILUNG

Kinder- und Jugendpsychiatrie: CSU-Bezirksräte fordern zusätzliche Tagesklinik im Allgäu

Die CSU-Fraktion im Bezirkstag von Schwaben setzt sich für eine zusätzliche Tagesklinik für Kinder- und Jugendpsychiatrie im Allgäu ein. In der Sitzung des Bezirksausschusses am kommenden Donnerstag will die Fraktion beantragen, dass die Bezirkskliniken einen geeigneten Standort prüfen.

„Die Wartezeiten für junge Menschen mit psychischen Erkrankungen sind inakzeptabel lang. Familien aus dem Oberallgäu fahren teils über eine Stunde zur nächsten Tagesklinik“, sagt der Fraktionsvorsitzende Anton Weißgerber-Lutz. „Gerade nach den Belastungen der vergangenen Jahre brauchen wir Hilfe dort, wo die Kinder und Jugendlichen leben.“

Die stellvertretende Fraktionsvorsitzende ergänzt: „Der Bezirk ist für die psychiatrische Versorgung zuständig. Diese Verantwortung nehmen wir ernst – auch wenn es Geld kostet.“

Die Fraktion schlägt vor, die Kosten für Planung und Bau über den Bezirkshaushalt 2026 und Fördermittel des Freistaats zu finanzieren. Aus dem Präsidium des Bezirkstags sei bereits Unterstützung signalisiert worden.

V.i.S.d.P.: CSU-Fraktion im Bezirkstag von Schwaben, Pressestelle
CSU-Fraktion im Bezirkstag von Schwaben · Augsburg · 14.05.2025 · Seite 1/1"""


# ---------------------------------------------------------------------------------------------

def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def make_rtf(path: Path, text: str, title: str, author: str) -> None:
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1031"
            "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}\n"
            "{\\info{\\title " + rtf_escape(title) + "}{\\author " + rtf_escape(author) + "}}\n"
            "\\paperw11906\\paperh16838\\margl1417\\margr1417\\f0\\fs24\n")
    path.write_bytes((head + rtf_escape(text) + "\\par\n}\n").encode("ascii"))


def odt_body(officegen, text: str) -> str:
    return "".join(officegen.odt_p(p) for p in paras(text))


def docx_body(officegen, text: str, title_style: bool = True) -> str:
    ps = paras(text)
    out = []
    for i, p in enumerate(ps):
        out.append(officegen.w_p(p, style="Title" if (i == 0 and title_style) else None))
    return "".join(out)


def main() -> None:
    pdfgen, officegen, docgen, scangen = writers()
    DOCS.mkdir(exist_ok=True)

    # --- ODT ----------------------------------------------------------------------------------
    p = DOCS / "h16_01.odt"
    officegen.make_odt(p, odt_body(officegen, T01),
                       header=officegen.odt_p("SPD Wittlich-Land"),
                       footer=officegen.odt_p("V.i.S.d.P.: Tobias Keuthen, Bergweiler"),
                       meta={"title": "Brief an alle Haushalte", "initial-creator": "Tobias Keuthen",
                             "creation-date": "2024-05-02T19:41:00"})
    fix_zip(p)
    p = DOCS / "h16_31.odt"
    officegen.make_odt(p, odt_body(officegen, T31),
                       footer=officegen.odt_p("CDU-Kreisverband Ostholstein · Kreisgeschäftsstelle Eutin"),
                       meta={"title": "PM Nominierung WK 9", "initial-creator": "Kreisgeschäftsstelle",
                             "creation-date": "2024-11-21T08:30:00"})
    fix_zip(p)
    p = DOCS / "h16_36.odt"
    officegen.make_odt(p, odt_body(officegen, T36),
                       meta={"title": "Persönliche Erklärung", "initial-creator": "Bernd Schmittgen",
                             "creation-date": "2025-07-01T21:15:00"})
    fix_zip(p)

    # --- DOCX ---------------------------------------------------------------------------------
    p = DOCS / "h16_06.docx"
    officegen.make_docx(p, docx_body(officegen, T06), header=officegen.w_p(T06_HEADER),
                        core={"title": "Bewerbung Städteregionsrat", "creator": "Philipp Vossenkaul",
                              "created": "2025-03-14T10:05:00Z"})
    fix_zip(p)
    p = DOCS / "h16_20.docx"
    officegen.make_docx(p, docx_body(officegen, T20), footer=officegen.w_p(T20_FOOTER),
                        core={"title": "Bewerbung Regionsversammlung", "creator": "tharmening"})
    fix_zip(p)
    p = DOCS / "h16_46.docx"
    officegen.make_docx(p, docx_body(officegen, T46, title_style=False), header=officegen.w_p(T46_HEADER),
                        core={"title": "Antrag Radvorrangroute", "creator": "Fraktionsgeschäftsstelle",
                              "created": "2024-06-03T16:20:00Z"})
    fix_zip(p)

    # --- DOC (Word 97) ------------------------------------------------------------------------
    docgen.make_doc(DOCS / "h16_14.doc", paras(T14))
    docgen.make_doc(DOCS / "h16_43.doc", paras(T43))

    # --- PDF (text) ---------------------------------------------------------------------------
    pdfgen.make_pdf(DOCS / "h16_05.pdf", [T05], title="Bewerbung Regionalversammlung",
                    author="R. Hegele-Sautter", creation_date="2023-11-20T08:02:11")
    pdfgen.make_pdf(DOCS / "h16_30.pdf", [T30], title="PM Landratskandidatin",
                    author="ÖDP KV Altötting", creation_date="2025-06-14T11:40:00")
    pdfgen.make_pdf(DOCS / "h16_34.pdf", [T34], title="Nachruf Eberhard Kühnhold",
                    author="CDU Plauen", creation_date="2023-01-04T09:00:00")
    pdfgen.make_pdf(DOCS / "h16_40.pdf", [T40], title="Pressespiegel")
    pdfgen.make_pdf(DOCS / "h16_50.pdf", [T50])

    # --- PDF (scanned, image only) ------------------------------------------------------------
    scangen.make_scanned_pdf(DOCS / "h16_15.pdf", [T15])

    # --- RTF ----------------------------------------------------------------------------------
    make_rtf(DOCS / "h16_07.rtf", T07, "Bewerbung Listenplatz", "Carola Wendeborn")

    # --- TXT in special encodings -------------------------------------------------------------
    (DOCS / "h16_02.txt").write_bytes((T02 + "\n").encode("cp1252"))
    (DOCS / "h16_41.txt").write_bytes((T41 + "\n").replace("\n", "\r\n").encode("cp1252"))
    (DOCS / "h16_08.txt").write_bytes(b"\xef\xbb\xbf" + (T08 + "\n").replace("\n", "\r\n").encode("utf-8"))

    print("written:", ", ".join(sorted(x.name for x in DOCS.iterdir())))


# Plain text of every document this script writes, for gold_src.py's checks.
TEXTS = {
    "h16_01.odt": T01, "h16_02.txt": T02, "h16_05.pdf": T05, "h16_06.docx": T06_HEADER + "\n" + T06,
    "h16_07.rtf": T07, "h16_08.txt": T08, "h16_14.doc": T14, "h16_15.pdf": T15,
    "h16_20.docx": T20 + "\n" + T20_FOOTER, "h16_30.pdf": T30, "h16_31.odt": T31, "h16_34.pdf": T34,
    "h16_36.odt": T36, "h16_40.pdf": T40, "h16_41.txt": T41, "h16_43.doc": T43,
    "h16_46.docx": T46_HEADER + "\n" + T46, "h16_50.pdf": T50,
}

if __name__ == "__main__":
    main()
