#!/usr/bin/env python3
"""Source of the heldout12 gold labels: writes gold.jsonl and gold.sha256 and checks them.

    python3 gold_src.py            # write gold.jsonl + gold.sha256, run all checks
    python3 gold_src.py --check    # only check (gold.jsonl must match the table)

Checks: every document in the table exists and every file in docs/ has a record; values use the
metadata-dev2 vocabulary (office: first/preferred value; party: canonical names plus "SSW", see
README); every gold person name occurs in its document's text (PDF text is decoded from the
content streams); first names of gold persons and of named distractors are in the first-names
gazetteer; Bundestag Wahlkreis regions match wahlkreise-btw2025.csv (number, name, Land);
[multi] records are consistent; the gold scored against itself gives 1.000 on every metric.
"""
import csv
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SHARED = Path(__file__).resolve().parents[4] / "shared"  # ../shared beside the repository
GAZ = SHARED / "gazetteers"
SCORE = SHARED / "eval" / "metadata-dev2" / "score.py"

N = None  # null

OFFICES = {
    "Direktkandidat Bundestag", "Landesliste Bundestag", "Direktkandidat Landtag", "Landesliste Landtag",
    "Kandidat Europaparlament", "Bürgermeister", "Oberbürgermeister", "Landrat", "Stadtrat", "Gemeinderat",
    "Kreistag", "Bezirksversammlung", "Bezirksverordnetenversammlung", "Ortsvorsitzender", "Kreisvorsitzender",
    "stellv. Kreisvorsitzender", "Landesvorsitzender", "stellv. Landesvorsitzender", "Landesvorstand",
    "Landesschatzmeister", "Bundesvorstand", "Bundesparteitagsdelegierter", "Landesparteitagsdelegierter",
    "Bezirksvorsitzender", "Kreisvorstand", "Bundesvorsitzender", "stellv. Bundesvorsitzender",
}
PARTIES = {"Die Linke", "SPD", "Bündnis 90/Die Grünen", "CDU", "CSU", "FDP", "Volt", "Piratenpartei", "BSW",
           "ÖDP", "Freie Wähler", "Die PARTEI", "SSW"}  # SSW: decision, see README
LAENDER = {"Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
           "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
           "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"}
DOC_TYPES = {"candidacy", "press_release", "programme", "other"}

GRUENE = "Bündnis 90/Die Grünen"
BW, BY, BE, BB, HB, HH, HE, MV = ("Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg",
                                  "Hessen", "Mecklenburg-Vorpommern")
NI, NW, RP, SL, SN, ST, SH, TH = ("Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen",
                                  "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen")


def cand(person, office, region):
    return {"person": person, "office": office, "region": region}


# Each row: file, person, office, region, bundesland, party, date, doc_type, notes[, all_candidates]
# genre tags in the notes: [first-person], [third-person], [negative]
ROWS = [
    ("h12_01.txt", "Frederik Bruhnsgaard", "Kreistag", ["Schleswig-Flensburg", "Kreis Schleswig-Flensburg"], SH, "SSW",
     "2023-02-20", "candidacy",
     "[first-person] Letter ('Kære venner, liebe Freundinnen und Freunde'); dateline 'Harrislee, 20. Februar 2023' = document "
     "date. Platz 4 of the Kreistag list (list place only in notes). Distractors: Kommunalwahl 14. Mai 2023, Kreisversammlung "
     "'4. März' (no year), born 1991 in Flensburg (kreisfrei, not the region), study in Odense, work in Kopenhagen, home "
     "Harrislee with CURRENT office Gemeindevertreter (since 2018), PAST office Landesvorsitzender SSWUngdom 2014-2016, "
     "mentor Karen Lindqvist-Mahler. Party SSW is not in the dev2 canonical list (decision: written 'SSW')."),
    ("h12_02.html", "Tobias Riegelsberger", N, ["Landkreis Augsburg", "Augsburg-Land", "Kreisverband Augsburg-Land"], BY,
     "FDP", "2025-10-06", "other",
     "[negative] Event invitation with named speakers (Hannah Reischle, Markus Weidenauer, Sabine Ortlieb-Kainz) and "
     "moderator Quirin Hafenmayr - never the person. Signed by Kreisvorsitzender Tobias Riegelsberger (current office, not "
     "sought). TRAP: sidebar 'Kommunalwahl 2026: Unser Team für den Kreistag' lists Riegelsberger himself - the document is "
     "not his candidacy. Published 6 Oct 2025 (visible + og); article:modified_time 2025-10-20, event 23.10.2025 in "
     "Gersthofen (venue), sidebar dates, footer München are distractors. Region = KV Augsburg-Land = Landkreis Augsburg."),
    ("h12_03.html", "Christian Wollenhaupt", "Direktkandidat Bundestag",
     ["Mecklenburgische Seenplatte I – Vorpommern-Greifswald II (Wahlkreis 16)", "Wahlkreis 16",
      "Mecklenburgische Seenplatte I – Vorpommern-Greifswald II", "Seenplatte I / Vorpommern-Greifswald II"], MV, "CDU",
     "2024-09-24", "candidacy",
     "[third-person] Nomination report with vote counts (87 of 112; rival Norbert Klützke 23, 2 abstentions). Text uses the "
     "informal WK name 'Seenplatte I / Vorpommern-Greifswald II'; official name from wahlkreise-btw2025.csv. Article date "
     "24.09.2024; 'am Samstag' assembly; the election is not dated (written before the early election was called). "
     "Distractors: Kreisvorsitzende Ramona Weitendorf (quoted; also in sidebar), CDU-Landesvorsitzender by role, Demmin "
     "(birthplace), Altentreptow (home), Kreistag member (current), JU-Kreisvorsitzender 2003-2007 (past), Neubrandenburg "
     "venue, footer Schwerin. Bundesland only in the footer."),
    ("h12_04.md", "Johanna Weißkirch", "Direktkandidat Landtag", ["Heidelberg (Wahlkreis 34)", "Wahlkreis 34", "Heidelberg"],
     BW, GRUENE, "2025-06-02", "candidacy",
     "[first-person] Partial YAML (title, date, tags; no author, no party) - name only in the signature. Landtag BW, WK 34 "
     "Heidelberg (number checked in press pages). NEGATION trap: explicitly NOT on the Landesliste. Distractors: election "
     "8. März 2026, KMV '12. Juli' (no year), Mosbach (grew up), Mannheim (study), Heidelberg-Handschuhsheim (home; "
     "Bezirksbeirat = current), Landessprecherin Grüne Jugend BW 2016-2018 (past), Kreisvorstand Rhein-Neckar (past)."),
    ("h12_05.pdf", "Carola Linsenmaier", N, "Thüringen", TH, "SPD", "2025-05-22", "other",
     "[negative] Speech transcript (Landtag plenary protocol excerpt) of a fictional SPD MdL: person = speaker/author. "
     "Session date in page header 22 May 2025 = document date; PDF CreationDate 2025-06-03 and /Author 'SPD-Fraktion im "
     "Thüringer Landtag' differ (export). Distractors: 'in meinem Wahlkreis im Kyffhäuserkreis' (her current mandate), next "
     "speaker 'Abgeordneter Lautensack' (CDU), Präsident by role, AfD only as an interjection, Drucksache 8/1142, year 2036. "
     "Region = the Land of the parliament. Hyphenated line breaks."),
    ("h12_06.txt", "Katja Oertelt", "Landesvorsitzender", "Sachsen", SN, "SPD", "2025-10-19", "candidacy",
     "[first-person] Letter 'Liebe Genossinnen und Genossen'; Doppelspitze - co-candidate Philipp Zschiegner must not be "
     "extracted. Signed 'Zwickau, den 19. Oktober 2025' (document date). Landesparteitag '22. und 23. November' (no year) in "
     "Chemnitz = venue. Distractors: Landtagswahl September 2024, Kommunalwahl 2029, born 1987 in Hoyerswerda, study TU "
     "Dresden, home Zwickau; PAST Jusos-Landesvorsitzende 2013-2015 and Ortsvereinsvorsitzende; CURRENT Kreisvorsitzende SPD "
     "Zwickau and Stadtrat Zwickau; mentor Gerd Wunderwald (deceased)."),
    ("h12_07.txt", ["Bernd Kappesser", "Monika Hilgert-Daun", "Tobias Lellig", "Anja Kettern"], "Landesliste Landtag",
     "Rheinland-Pfalz", RP, "Freie Wähler", "2025-09-14", "candidacy",
     "[multi] [third-person] Press release on the Landesliste (places 1-4; Platz 1 = Spitzenkandidat, still Landesliste). "
     "Dateline 'Alzey, 14. September 2025'; assembly 'am Samstag' in Alzey (venue); election 22. März 2026. Home towns "
     "(Koblenz, Montabaur, Schweich, Landau) are not regions. Current offices: Stadtrat Koblenz, Kreistag Westerwaldkreis; "
     "past Bezirksvorsitz. Landesvorsitzender by role only.",
     [cand("Bernd Kappesser", "Landesliste Landtag", "Rheinland-Pfalz"),
      cand("Monika Hilgert-Daun", "Landesliste Landtag", "Rheinland-Pfalz"),
      cand("Tobias Lellig", "Landesliste Landtag", "Rheinland-Pfalz"),
      cand("Anja Kettern", "Landesliste Landtag", "Rheinland-Pfalz")]),
    ("h12_08.html", "Hendrik Lüttjohann", "Direktkandidat Bundestag",
     ["Hamburg-Nord (Wahlkreis 21)", "Wahlkreis 21", "Hamburg-Nord"], HH, "CDU", "2024-11-18", "candidacy",
     "[first-person] Four places: grew up in Cuxhaven (NI), studied in Kiel (SH), lives in Eimsbüttel, runs in Hamburg-Nord "
     "(WK 21). JSON-LD datePublished 2024-11-18 (= byline); dateModified 2025-01-07 is a distractor; election 23.02.2025, "
     "WKV 30. November, LVV 07.12.2024 (sidebar). CURRENT office Bezirksversammlung Eimsbüttel (trap), PAST JU "
     "Landesvorsitzender 2016-2019. Sidebar names other WK candidates (Swantje Hollmer, Till Kröger-Sand, Britta Overhage). "
     "Workplace Winterhude. Footer Landesverband address."),
    ("h12_09.md", N, N, "Leipzig", SN, "Die Linke", "2024-10-19", "other",
     "[negative] Statute excerpt (Satzung Stadtverband Leipzig). No person. Document date = 'Fassung vom 19. Oktober 2024' "
     "(= YAML date). Distractors: in force 1. Januar 2025, old version 14. Mai 2022, words 'Kandidaturen'/'Kandidierende', "
     "Landesschiedskommission Sachsen, office address in Leipzig."),
    ("h12_10.pdf", "Heike Tramsdorf", "Landesliste Landtag", "Sachsen-Anhalt", ST, "BSW", "2025-11-30", "candidacy",
     "[first-person] PDF with page header (Landesparteitag 10. Januar 2026, Magdeburg = venue/assembly) and footer stamp "
     "'Eingang Landesgeschäftsstelle: 03.12.2025' (distractor); PDF CreationDate 2025-12-12, /Author 'Geschäftsstelle BSW LV "
     "Sachsen-Anhalt'. Signed 'Dessau-Roßlau, 30. November 2025' = document date. Election 6. September 2026. Born 1969 in "
     "Bernburg, studied in Jena (Thüringen), lives in Dessau-Roßlau; PAST party SPD 1998-2016 (trap), CURRENT Stadtrat "
     "Dessau-Roßlau. Hyphenated line breaks."),
    ("h12_11.md", ["Birgit Ahlmann-Saß", "Okan Yildiz-Behrens", "Lasse Tietjens"], ["Bezirksversammlung", "Bezirksabgeordneter"],
     ["Wandsbek", "Hamburg-Wandsbek", "Bezirk Wandsbek"], HH, "SPD", "2024-02-26", "candidacy",
     "[multi] [third-person] Bezirksliste Wandsbek, places 1-3. YAML date 2024-02-26; assembly 'am Samstag' in Bramfeld "
     "(venue); election 9. Juni 2024; Bürgerschaftswahl 'im kommenden Frühjahr'. Quoted Kreisvorsitzende Gesa "
     "Marquardt-Lohse is not a nominee. Rahlstedt/Jenfeld/Bergstedt = home districts. Bundesland via 'Hamburgs'/HAW Hamburg.",
     [cand("Birgit Ahlmann-Saß", "Bezirksversammlung", "Wandsbek"),
      cand("Okan Yildiz-Behrens", "Bezirksversammlung", "Wandsbek"),
      cand("Lasse Tietjens", "Bezirksversammlung", "Wandsbek")]),
    ("h12_12.txt", "Ines Pahlitzsch", "Kreistag", ["Dahme-Spreewald", "Landkreis Dahme-Spreewald"], BB, "Freie Wähler",
     "2024-03", "candidacy",
     "[first-person] Signature 'Bestensee, im März 2024' (partial date). Party written 'BVB / FREIE WÄHLER'. Election "
     "9. Juni 2024 (distractor). Born in Cottbus, studied in Wildau, lives in Bestensee (CURRENT Gemeindevertretung, "
     "Finanzausschuss); workplace Schönefeld. 'Wahlkreis 2' of the Kreistag only in notes. Bundesland not named (inferred "
     "from Dahme-Spreewald)."),
    ("h12_13.html", [N, "Sönke Jarmatz"], N, ["Hamburg-Nord", "Bezirk Hamburg-Nord"], HH, "SPD", "2025-03-03",
     "press_release",
     "[negative] Press release on an ELECTION RESULT naming winners (Ragna Kötter, Jan-Ole Hennemann, Serkan "
     "Bayraktar-Lüders): mandates already won are not candidacies (decision, README) - office null, winners never the "
     "person; V.i.S.d.P. Sönke Jarmatz tolerated. Distractors: Bürgerschaftswahl 2. März 2025, KDV 29. März, sidebar dates, "
     "Bundestagswahl 23.02.2025, footer Landesorganisation."),
    ("h12_14.html", "Torben Kleinschmager", "Landesschatzmeister", "Niedersachsen", NI, "FDP", "2025-03-04", "candidacy",
     "[first-person] JSON-LD BlogPosting (datePublished 2025-03-04, author Person) + visible date. Landesparteitag "
     "'5. und 6. April' in Celle (venue). Predecessor Wolfgang Ebbighausen; sidebar lists other candidacies (Insa "
     "Brockhoff-Lindemann, Harm Dijkstra, Levent Aksoy, Wiebke Rosendahl) - not the person. Distractors: deadline "
     "21.03.2025, Regionaltreffen Hannover 22. März, Kommunalwahlkämpfe 2026, PAST JuLis Landesschatzmeister 2012-2014, "
     "CURRENT Kreisschatzmeister Hildesheim, grew up in Peine, footer Hannover."),
    ("h12_15.txt", "Sandra Göbelmann", "Direktkandidat Bundestag",
     ["Gotha – Ilm-Kreis (Wahlkreis 191)", "Wahlkreis 191", "Gotha – Ilm-Kreis"], TH, "Die Linke", "2024-10-14",
     "candidacy",
     "[third-person] Newspaper-style Wahlkreiskonferenz result with vote counts (41 of 58; rival Uwe Kaltofen 15, 2 invalid). "
     "Dateline 'ARNSTADT, 14. Oktober 2024'. Distractors: rival's past candidacies 2017/2021, Kreisvorsitzender Rico Tänzler "
     "(quoted), Ilmenau venue, Erfurt workplace, CURRENT Kreistag Ilm-Kreis, Landtagswahl 1. September, Landesliste 'Anfang "
     "nächsten Jahres'. Thüringen via 'Thüringer Linken'."),
    ("h12_16.md", "Theresa Moosreiner", ["Bürgermeister", "Erster Bürgermeister"], "Kranzberg", BY, "ÖDP", "2025-10-14",
     "candidacy",
     "[first-person] Small Gemeinde (Kranzberg, Landkreis Freising, ~4,300 inhabitants). Partial YAML (title, date, party; "
     "no author) - name only in the signature. Election 8. März 2026; Aufstellungsversammlung '7. November' in Hohenbercha "
     "(venue, no year). CURRENT Gemeinderat since 2020 (trap); grew up in Allershausen; Weihenstephan = study. Incumbent "
     "by role only. Bundesland not named (inferred)."),
    ("h12_17.txt", ["Elif Karasu", "Niklas Bräuninger", N], N, ["Landkreis Tübingen", "Tübingen", "Baden-Württemberg"], BW,
     "SPD", "2025-10-10", "other",
     "[negative] Motion (Antrag A 7) to the SPD-BW Landesparteitag; Antragsteller Jusos Kreisverband Tübingen with two named "
     "contact persons (decision: first named person preferred, the other accepted; null also accepted because the Antragsteller is an organisation). Document date = 'Eingereicht am "
     "10.10.2025'. Distractors: JHV 24. September 2025 in Rottenburg am Neckar, Landtagswahl 8. März 2026, Mössingen/"
     "Reutlingen. Region = area of the submitting Kreisverband; the Land (addressee) accepted."),
    ("h12_18.pdf", "Mira Haselbach-Uhl", "Bundesparteitagsdelegierter",
     ["Marburg-Biedenkopf", "Kreisverband Marburg-Biedenkopf", "Landkreis Marburg-Biedenkopf"], HE, GRUENE, "2025-09-02",
     "candidacy",
     "[first-person] BDK delegate of KV Marburg-Biedenkopf. PDF with header 'Kreismitgliederversammlung 27.09.2025 · Anlage "
     "3' (assembly date, not the document date), footer 'Seite x von 2', hyphenated line breaks; /CreationDate 2025-09-16, "
     "/Author 'KV Marburg-Biedenkopf, Geschäftsstelle'. Signed 'Marburg, 2. September 2025'. Distractors: PAST delegate to "
     "the LDK 2023 (Landesparteitagsdelegierter trap), PAST Landesvorstand Grüne Jugend Hessen, CURRENT Stadtverordnete "
     "Marburg; Biedenkopf (grew up), Gießen (study). Bundesland via 'GRÜNEN JUGEND Hessen'."),
    ("h12_19.html", ["Jonas Kiehnbaum", "Selma Oduya-Richter", "Tim Gehrt"],
     ["Direktkandidat Landtag", "Direktkandidat Abgeordnetenhaus"],
     ["Charlottenburg-Wilmersdorf 1", "Charlottenburg-Wilmersdorf 3", "Charlottenburg-Wilmersdorf 5",
      "Charlottenburg-Wilmersdorf"], BE, "SPD", "2026-02-16", "candidacy",
     "[multi] [third-person] Abgeordnetenhaus = Landtag; table of three AGH Wahlkreise; any of them or the Bezirk (area of "
     "the Kreisverband) accepted. Post date 16.02.2026; KDV 14. Februar 2026; election 20. September 2026; Landesparteitag "
     "May. Distractors: Kreisvorsitzender Ralf Döbbelin (quoted), Annegret Pohlmann (sidebar), current offices "
     "Abteilungsvorsitz / BVV, 2023 election, footer Müllerstraße.",
     [cand("Jonas Kiehnbaum", "Direktkandidat Landtag", "Charlottenburg-Wilmersdorf 1"),
      cand("Selma Oduya-Richter", "Direktkandidat Landtag", "Charlottenburg-Wilmersdorf 3"),
      cand("Tim Gehrt", "Direktkandidat Landtag", "Charlottenburg-Wilmersdorf 5")]),
    ("h12_20.txt", "Simon Aichelberger", ["Landesvorstand", "Beisitzer im Landesvorstand"], "Baden-Württemberg", BW, "CDU",
     "2025-04-28", "candidacy",
     "[first-person] Short bullet-point candidacy (Beisitzer -> Landesvorstand). Document date 'Stand: 28.04.2025' (bottom "
     "line). CV dates as distractors: born 1991, study 2011-2016, member since 2009, JU 2017-2021 (PAST stellv. "
     "Landesvorsitzender JU), Kreistag since 2019 and Kreisvorsitzender since 2023 (CURRENT), Landtagswahl 8. März 2026. "
     "Places: Biberach an der Riß (birth), Bad Saulgau, Konstanz, Ravensburg."),
    ("h12_21.pdf", [N, "Holger Wenzlaff"], N, ["Uckermark", "Landkreis Uckermark"], BB, "BSW", "2025-06-11", "press_release",
     "[negative] Press release reacting to a Kreistag decision (Nahverkehrsplan). Quoted Kreisvorsitzender Holger Wenzlaff is "
     "also V.i.S.d.P. (tolerated, null preferred, as dev2 syn_h20). Dateline 11. Juni 2025; PDF CreationDate 2025-06-12, "
     "/Author 'BSW KV Uckermark'. Distractors: Bürgerversammlung 28. Juni, Casekow/Angermünde/Gartz. Bundesland not named "
     "(inferred from Uckermark)."),
    ("h12_22.md", "Aylin Büscherhoff", ["Bezirksversammlung", "Bezirksvertretung"], ["Köln-Nippes", "Nippes",
                                                                                    "Stadtbezirk Nippes"], NW,
     "SPD", "2025-05-21", "candidacy",
     "[first-person] NRW Bezirksvertretung (not in the vocabulary; decision: nearest label 'Bezirksversammlung', literal "
     "'Bezirksvertretung' accepted). Partial YAML (title, date, tags; no author). NEGATION trap: not running for the Rat der "
     "Stadt Köln. Platz 2. Election 14. September 2025. Grew up Duisburg-Marxloh, study Bochum, lived Ehrenfeld, lives "
     "Nippes, works Chorweiler; PAST Jusos-Vorstand 2019-2022, CURRENT sachkundige Einwohnerin; OB candidate by role. "
     "Signed 'Eure Aylin'. Bundesland not named (inferred)."),
    ("h12_23.pdf", ["Lena Brömmel", "Yusuf Krahnert", "Greta Dallmann-Sy"], "Stadtrat", ["Halle (Saale)", "Halle"], ST,
     "Volt", "2024-02-05", "candidacy",
     "[multi] [third-person] Press release (PDF) on the Stadtrat list, three Wahlbereich leaders. Dateline 5. Februar 2024 "
     "(= CreationDate); PDF /Author is one of the nominees (Lena Brömmel). Distractors: election 9. Juni 2024, 2019, "
     "'Volkspark' venue, Halle-Neustadt.",
     [cand("Lena Brömmel", "Stadtrat", "Halle (Saale)"), cand("Yusuf Krahnert", "Stadtrat", "Halle (Saale)"),
      cand("Greta Dallmann-Sy", "Stadtrat", "Halle (Saale)")]),
    ("h12_24.html", "Kerem Aslan-Heuer", "Oberbürgermeister", ["Mülheim an der Ruhr", "Mülheim"], NW, "SPD", "2025-01-22",
     "candidacy",
     "[first-person] Statement with third-person intro on a party site with OpenGraph meta. Published 22 Jan 2025 (visible + "
     "article:published_time); article:modified_time 2025-03-02, UB-Parteitag 15. Februar, election 14. September 2025, "
     "BTW 23.02.2025 in sidebar are distractors. CURRENT Rat der Stadt (Stadtrat trap), PAST Juso-UB-Vorsitz Oberhausen; "
     "Oberhausen-Osterfeld (grew up), Essen (study), Styrum (home). meta author = 'Redaktion'. Sidebar council candidates "
     "(Bettina Kowalczyk, Marcel Ohlendorf, Henrike Vossberg). Incumbent by role. Bundesland not named (inferred)."),
    ("h12_25.md", N, N, "Lübeck", SH, GRUENE, "2023-02-11", "programme",
     "[negative] Programme chapter (Kommunalwahlprogramm Lübeck, Kapitel 4). YAML author is the Kreisverband (organisation, "
     "not a person). Date = YAML date = KMV decision 11. Februar 2023. Distractors: Kommunalwahl 14. Mai 2023, years "
     "2027/2030, 'Lübecker Bürgerschaft' (= city council, not Landtag), Aufstellungsversammlung im März (no names). "
     "Bundesland not named (inferred)."),
    ("h12_26.txt", "Luca Bernardy", ["Kandidat Europaparlament", "Bundesliste Europawahl"], "Deutschland", [N, SN], "Volt",
     "2023-10-08", "candidacy",
     "[first-person] Federal list for the European election -> region Deutschland, bundesland null (home state Sachsen "
     "tolerated). Signed 'Leipzig, 8. Oktober 2023'. Distractors: Europawahl 9. Juni 2024, Listenparteitag 'im November', "
     "Saarlouis (grew up), Maastricht/Lyon (study), Leipzig (home), PAST City Lead Leipzig, mentor Damiano Ferretti "
     "(Volt Italia), Metz/Lothringen."),
    ("h12_27.html", "Nadine Feltes-Rauch", "Bürgermeister", "Schmelz", SL, "SPD", "2023-11-27", "candidacy",
     "[third-person] Nomination report of a Gemeindeverband; JSON-LD NewsArticle datePublished 2023-11-27 (author = "
     "organisation). Election 9. Juni 2024. Distractors: quoted Gemeindeverbandsvorsitzender Dirk Thielges, incumbent by "
     "role, Lebach (birthplace), Saarlouis (workplace Landratsamt), CURRENT Ortsrat Hüttersdorf, sidebar dates, footer "
     "Saarbrücken."),
    ("h12_28.pdf", "Birte Hollmichel", "Landrat", ["Landkreis Verden", "Verden"], NI, "SPD", "2026-01-08", "candidacy",
     "[first-person] Landrätin (gender folded). PDF header 'Unterbezirksparteitag am 24. Januar 2026' (assembly), footers, "
     "hyphenated line breaks; /CreationDate 2026-01-15, /Author 'UB Verden'. Signed 'Ottersberg, 8. Januar 2026'. Election "
     "13. September 2026. TRAP: workplace is the Kreisverwaltung of Rotenburg (Wümme) (other Landkreis). Achim (grew up), "
     "Oldenburg (study), Ottersberg (home); CURRENT Kreistag Verden and stellv. Fraktionsvorsitzende; PAST Jusos. "
     "Bundesland not named (inferred)."),
    ("h12_29.txt", [N, "Miriam Tessenow"], N, "Deutschland", N, "ÖDP", "2024-07-30", "press_release",
     "[negative] Federal press release reacting to the Federal Constitutional Court's electoral-law judgment of 30 July "
     "2024. Region Deutschland, bundesland null: the dateline/office 'Würzburg' (Bayern) is the party office, not the "
     "region. Bundesvorsitzender quoted by role only; V.i.S.d.P. Miriam Tessenow tolerated. Distractor: Europawahl "
     "9. Juni 2024."),
    ("h12_30.md", "Paula Rewitz", "stellv. Kreisvorsitzender",
     ["Vorpommern-Rügen", "Landkreis Vorpommern-Rügen", "Kreisverband Vorpommern-Rügen"], MV, "Die Linke", "2025-03-15",
     "candidacy",
     "[first-person] Partial YAML (title, author; NO date) - full name only in YAML author, body signed 'Paula'. No document "
     "date -> Kreisparteitag 15. März 2025 in Grimmen. Distractors: Kreisvorsitzender Bernd Kulbarsch also standing "
     "(another person's candidacy), CURRENT Beisitzerin im Kreisvorstand, Anklam (grew up) and Greifswald (study, "
     "Linksjugend) are in Vorpommern-Greifswald, Stralsund (home), Landtagswahl September 2026. Bundesland not named."),
    ("h12_31.txt", "Mario Wehlisch", "Bürgermeister", "Nesse-Apfelstädt", TH, "CDU", "2024-02-08", "candidacy",
     "[third-person] Local newspaper style; dateline 'NEUDIETENDORF, 8. Februar 2024' (Neudietendorf = part of "
     "Nesse-Apfelstädt). Election 26. Mai 2024, possible Stichwahl 9. Juni. Distractors: Ortsverbandsvorsitzende Kerstin "
     "Schwalbe (quoted), CURRENT Gemeinderat/Fraktionsvorsitz, Wehrführer, Ilmenau (study), Erfurter Kreuz (workplace), "
     "Kreistag Landkreis Gotha. Bundesland not named (inferred)."),
    ("h12_32.html", "Jasper Wellbrock", ["Landesliste Landtag", "Landesliste Bürgerschaft"], ["Bremen", "Wahlbereich Bremen"],
     HB, "CDU", "2026-10-05", "candidacy",
     "[first-person] Bremische Bürgerschaft = Landtag, list for Wahlbereich Bremen. Published 5. Oktober 2026 (visible + "
     "og). Distractors: Landesvertreterversammlung 14. November 2026, election 'im Mai 2027', Bremerhaven-Lehe (grew up - "
     "the OTHER Wahlbereich), Hamburg (study), Findorff (home; CURRENT Beirat), PAST JU-Landesvorsitzender; sidebar "
     "candidacies (Kirsten Oltmanns, Arne Feldhusen)."),
    ("h12_33.html", [N, "Eike Brandhorst"], N, "Mecklenburg-Vorpommern", MV, GRUENE, "2025-06", "other",
     "[negative] Members' newsletter, issue 'Ausgabe Juni 2025' (partial date). Items: campaign timetable, Landesliste "
     "assembly 8. November 2025 in Güstrow with deadline 10. Oktober (no candidate named), Rostock council group leader "
     "Hilke Marnitz (quoted), new staff member Mats Ohlerich, event dates. V.i.S.d.P. Eike Brandhorst tolerated. Landtag "
     "election 20. September 2026 distractor."),
    ("h12_34.txt", "Moritz Enkirch", ["Landesliste Bundestag", "Direktkandidat Bundestag"],
     ["Rheinland-Pfalz", "Koblenz (Wahlkreis 198)", "Wahlkreis 198", "Koblenz"], RP, "FDP", "2024-11-29", "candidacy",
     "[first-person] Letter to the Landesvertreterversammlung for Platz 4 of the Landesliste; he is ALSO the nominated "
     "direct candidate in WK 198 Koblenz -> double candidacy, both offices and both regions correct (list reading "
     "preferred). Signed 'Koblenz, 29. November 2024'. Distractors: election 23. Februar 2025, LVV '7. Dezember' in Mainz "
     "(venue), born 1994 in Wittlich, study Trier/Mainz, PAST JuLis-Landesvorsitz 2019-2021, CURRENT Kreisvorsitzender FDP "
     "Koblenz."),
    ("h12_35.pdf", "Melike Demirci-Hahn", "Direktkandidat Bundestag", ["Kassel (Wahlkreis 167)", "Wahlkreis 167", "Kassel"],
     HE, "Die Linke", "2024-11-10", "candidacy",
     "[third-person] Wahlkreis assembly result with vote counts (34 of 51; rival Frank Leimbach 15, 2 abstentions). "
     "Dateline 10. November 2024; PDF CreationDate 2024-11-11. Distractors: rival is Kreissprecher since 2022, Baunatal "
     "(grew up), Göttingen (study), CURRENT Stadtverordnete Kassel, Ampel break, Landesliste im Dezember. Hessen via "
     "'hessische Landesliste'."),
    ("h12_36.md", "Andreas Schwemmbauer", "Landrat",
     ["Landkreis Weißenburg-Gunzenhausen", "Weißenburg-Gunzenhausen", "Altmühlfranken"], BY, "CSU",
     ["2025-07-12", "2026-03-08"], "candidacy",
     "[first-person] YAML with title/layout/tags only (no date, no author). No document date -> Nominierungsversammlung "
     "12. Juli 2025 (Gunzenhausen = venue) preferred, election 8. März 2026 accepted. Distractors: Treuchtlingen (grew up), "
     "Weißenburg (school), Erlangen (study), Pleinfeld (home), PAST JU-Kreisvorsitz 2008-2012, CURRENT Kreistag and "
     "Fraktionsvorsitz, incumbent Landrat by role. 'Altmühlfranken' = regional name of the Landkreis. Bundesland not named."),
    ("h12_37.md", ["Lea Dammann-Holtkamp", N], N, ["Kreis Warendorf", "Warendorf"], NW, "CDU", "2025-03-18", "other",
     "[negative] Motion to a CDU Kreisparteitag; YAML gives antragsteller (organisation) and date; signed 'Für den "
     "Antragsteller: Lea Dammann-Holtkamp, Kreisvorsitzende der Jungen Union' (current office, not sought); signed on behalf of an organisation, so null is also accepted. Distractors: "
     "Kreisparteitag 5. April 2025 in Ahlen, Kommunalwahl 14. September 2025, 'Herbst 2024', 2027, Ennigerloh/Oelde/"
     "Sendenhorst/Albersloh."),
    ("h12_38.pdf", "Dennis Pawlitzki", "Direktkandidat Bundestag",
     ["Berlin-Spandau – Charlottenburg Nord (Wahlkreis 77)", "Wahlkreis 77", "Berlin-Spandau – Charlottenburg Nord"], BE,
     "Die Linke", "2024-12-02", "candidacy",
     "[first-person] PDF with header (Wahlkreisversammlung 14.12.2024 = assembly) and footer; /CreationDate 2024-12-04. "
     "Signed 'Berlin-Spandau, 2. Dezember 2024'. Election 23. Februar 2025. Born 1990 in Eisenhüttenstadt, studied in "
     "Frankfurt (Oder) (both Brandenburg), lives in Spandau-Siemensstadt; CURRENT Bezirksverordneter Spandau (BVV trap), "
     "PAST Linksjugend Brandenburg."),
    ("h12_39.txt", ["Kerstin Blohm-Petersen", "Jörn Wiebusch", "Malte Sievertsen", "Svenja Harder-Lohmann", "Heiko Ploen"],
     "Kreistag", ["Rendsburg-Eckernförde", "Kreis Rendsburg-Eckernförde"], SH, "CDU", "2023-01-30", "candidacy",
     "[multi] [third-person] Kreistag list, places 1-5 with home towns (Büdelsdorf, Eckernförde, Nortorf, Hohenwestedt, "
     "Kronshagen - not regions). Dateline 'Rendsburg, 30. Januar 2023'; election 14. Mai 2023; Nordmarkhalle venue. "
     "CDU-Kreisvorsitzender by role; Wiebusch PAST Gemeindevertreter in Gettorf; Sievertsen CURRENT JU-Kreisvorsitzender. "
     "Bundesland not named (inferred).",
     [cand("Kerstin Blohm-Petersen", "Kreistag", "Rendsburg-Eckernförde"),
      cand("Jörn Wiebusch", "Kreistag", "Rendsburg-Eckernförde"),
      cand("Malte Sievertsen", "Kreistag", "Rendsburg-Eckernförde"),
      cand("Svenja Harder-Lohmann", "Kreistag", "Rendsburg-Eckernförde"),
      cand("Heiko Ploen", "Kreistag", "Rendsburg-Eckernförde")]),
    ("h12_40.html", "Defne Kalkan-Wessel", ["Landesvorstand", "Landesparteirat", "Parteirat"], "Nordrhein-Westfalen", NW,
     GRUENE, "2025-05-12", "candidacy",
     "[first-person] Candidacy for the Landesparteirat of GRÜNE NRW (not in the vocabulary; decision: nearest label "
     "'Landesvorstand', literal accepted). Date 'Eingereicht 12.05.2025' in a facts list; LDK 'im Juni', Bewerbungsschluss "
     "30.05.2025, Kommunalwahl im September are distractors. Sidebar other candidates (Jonas Terhorst, Maren Quadflieg, "
     "Vincent Oyelaran). Gütersloh (grew up), Münster (study), Bielefeld (home; CURRENT Kreisverbandssprecherin = "
     "Kreisvorsitz trap), PAST Landessprecherin Grüne Jugend NRW. Signed 'Eure Defne'."),
    ("h12_41.pdf", N, N, ["Regionalverband Saarbrücken", "Saarbrücken"], SL, "Die Linke", "2024-03-02", "programme",
     "[negative] Programme chapter (Kommunalwahlprogramm, Kapitel 3) as PDF with header and page number; decided "
     "2. März 2024 (document date); /CreationDate 2024-03-10, /Author 'Redaktion Programm'. Distractors: election 9. Juni "
     "2024, 2030, Dudweiler venue, Völklingen/Sulzbach/Friedrichsthal, 'Regionalversammlung', 'Stadtrat Saarbrücken'."),
    ("h12_42.txt", "Steffen Kühnast", "Gemeinderat", "Ottendorf-Okrilla", SN, "Freie Wähler", "2024-04-12", "candidacy",
     "[first-person] Flyer-style text; signed 'Ottendorf-Okrilla, 12.04.2024'. Candidate says he is in no party but runs "
     "for the FREIE WÄHLER list (party = Freie Wähler). Distractors: election 9. Juni 2024, born in Radeberg, Meisterschule "
     "Dresden, Hermsdorf (Ortsteil, home), CURRENT stellv. Gemeindewehrleiter, S 177. Bundesland not named (inferred)."),
    ("h12_43.html", ["Veronika Gschwendtner-Ott", "Lukas Brandhuber", "Amelie Reischl"], ["Landrat", "Kreistag"],
     ["Landkreis Ebersberg", "Ebersberg"], BY, GRUENE, "2025-10-12", "candidacy",
     "[multi] [third-person] Two offices in one report: Landrat candidate (who also heads the Kreistag list) and Kreistag "
     "list places 2-3; both labels accepted. Article date 12. Oktober 2025 (visible, og, JSON-LD); election 8. März 2026; "
     "assembly in Grafing (venue). Distractors: Kreisvorsitzender Quirin Sedlmaier (quoted), Zorneding/Markt Schwaben/Poing "
     "(homes), CURRENT Kreistag/Fraktionssprecherin, PAST Gemeinderätin Zorneding, sidebar dates, footer München.",
     [cand("Veronika Gschwendtner-Ott", "Landrat", "Landkreis Ebersberg"),
      cand("Lukas Brandhuber", "Kreistag", "Landkreis Ebersberg"),
      cand("Amelie Reischl", "Kreistag", "Landkreis Ebersberg")]),
    ("h12_44.md", "Carsten Dierksmeyer", "Kandidat Europaparlament", "Niedersachsen", NI, "CDU", "2023-10-30", "candidacy",
     "[first-person] CDU Landesliste for the European election -> region = Bundesland (decision: Landesliste rule; only "
     "federal lists get Deutschland). YAML (title, author, date). Distractors: Europawahl 9. Juni 2024, LVV 'im Dezember', "
     "born 1983 in Meppen, study Osnabrück/Brügge, Brüssel (work), Bad Iburg (home), CURRENT Kreistag Landkreis Osnabrück, "
     "PAST JU-Kreisvorsitz Emsland, Bezirksverband Osnabrück-Emsland."),
    ("h12_45.txt", [N, "Lorenz Hebach"], N, "Rheinland-Pfalz", RP, "Die Linke", "2025-04-27", "press_release",
     "[negative] Press release on an internal ELECTION RESULT (new Doppelspitze Nina Wollscheid and Kai Brettnacher, new "
     "Landesschatzmeisterin Edith Marx-Oberhausen). Offices already won are not candidacies (decision, README): office null, "
     "elected persons never the person; V.i.S.d.P. Lorenz Hebach tolerated. Distractors: Bundestag entry in February, "
     "Landtagswahl März 2026, Landesliste im September."),
    ("h12_46.html", "Malik Hensgen", ["Direktkandidat Landtag", "Direktkandidat Abgeordnetenhaus"],
     ["Tempelhof-Schöneberg 4", "Wahlkreis Tempelhof-Schöneberg 4"], BE, "SPD", "2026-03-09", "candidacy",
     "[first-person] Personal campaign site; <time datetime='2026-03-09'> 'Veröffentlicht am 09.03.2026'. KDV 28. März, "
     "election 20. September 2026, sidebar dates without year. Rollbergviertel/Neukölln (grew up), Potsdam (study), "
     "Mariendorf (workplace), Tempelhof (home); CURRENT Bezirksverordneter and Abteilungsvorsitzender (Ortsvorsitzender "
     "trap), PAST Jusos-Landesvorstand. Signed 'Euer Malik'."),
    ("h12_47.md", ["Anne-Kathrin Zibell", "Marek Tiedtke", "Sophie Lankwitz"], "Kreistag",
     ["Potsdam-Mittelmark", "Landkreis Potsdam-Mittelmark"], BB, GRUENE, "2024-02-19", "candidacy",
     "[multi] [third-person] Table of Kreistag Wahlkreis list leaders (Wahlkreis 1-3). YAML author 'Pressestelle' "
     "(organisation). Election 9. Juni 2024; assembly 'am Samstag' in Werder (venue); further assembly 2. März. Distractors: "
     "Kreissprecherin Ulrike Hagendorf (quoted), home towns Kleinmachnow/Werder/Bad Belzig, CURRENT Fraktionsvorsitz, "
     "Stadtverordneter, Sprecherin Grüne Jugend. Bundesland not named (inferred).",
     [cand("Anne-Kathrin Zibell", "Kreistag", "Potsdam-Mittelmark"),
      cand("Marek Tiedtke", "Kreistag", "Potsdam-Mittelmark"),
      cand("Sophie Lankwitz", "Kreistag", "Potsdam-Mittelmark")]),
    ("h12_48.txt", "Clara Weidenfeller", ["Bezirksversammlung", "Ortsbeirat"],
     ["Frankfurt-Nordend", "Nordend", "Ortsbeirat 3", "Ortsbeirat 3 (Nordend)", "Ortsbezirk 3",
      "Frankfurt am Main-Nordend"], HE, GRUENE, "2025-11-03", "candidacy",
     "[first-person] Hessian Ortsbeirat (sub-municipal council; not in the vocabulary; decision: nearest label "
     "'Bezirksversammlung', literal 'Ortsbeirat' accepted). Ortsbeirat 3 = Ortsbezirk Innenstadt III (Nordend). Platz 2. "
     "Signed 'Frankfurt am Main, 3. November 2025'. NEGATION trap: not running for the Stadtverordnetenversammlung. "
     "Election 15. März 2026. Fulda (grew up), Darmstadt (study), Bockenheim (workplace), Elternbeirat, PAST Grüne Jugend. "
     "Bundesland not named (inferred)."),
    ("h12_49.html", N, N, "Berlin", BE, "Volt", "2026-04-20", "other",
     "[negative] Event page with named speakers (Yara Osei-Kuhn, Benedikt Rautmann, Magdalena Hörtnagl); no signature. "
     "'Gepostet am 20.04.2026' = document date; JSON-LD Event startDate 2026-05-12 is the event date. Sidebar names the "
     "AGH top candidates (Johanna Ferreira-Lenz, Konstantin Abele) - not the person, no candidacy. Moderation by Team "
     "Friedrichshain-Kreuzberg (venue district)."),
    ("h12_50.pdf", ["Marlene Hüsing", "Arne Köhnemann"], N, ["Landkreis Hameln-Pyrmont", "Hameln-Pyrmont"], NI, GRUENE,
     "2025-08-14", "other",
     "[negative] Motion of a Kreistag group (PDF), addressed to the Landrat (by role). Signed by two group leaders (first "
     "preferred). Dateline 'Hameln, 14.08.2025'; /CreationDate 2025-08-15, /Author 'Fraktionsbüro'. Distractors: Kreistag "
     "session 22. September 2025, 31. März 2026, summers 2018/2019/2022, Landkreis address."),
    ("h12_51.html", "Karsten Mühlau", "Direktkandidat Bundestag",
     ["Sächsische Schweiz-Osterzgebirge (Wahlkreis 157)", "Wahlkreis 157", "Sächsische Schweiz-Osterzgebirge"], SN, "BSW",
     "2024-12-02", "candidacy",
     "[third-person] Nomination report with vote counts (38 yes, 5 no, 1 abstention; no rival). Article date 02.12.2024; "
     "Wahlkreisversammlung 30. November 2024 in Pirna (venue); election 23. Februar 2025; Landesliste 14. Dezember. "
     "Distractors: Sebnitz (origin), Freital (home; CURRENT Stadtrat), Dresden (workplace), PAST party Die Linke, "
     "Landesvorsitzende by role, sidebar with other WK candidates (Grit Sonntag-Hähnel, Enrico Wappler, Doreen Pfützner)."),
    ("h12_52.txt", ["Ronja Meyerhoff-Kruse", N], N, ["Bremen-Nord", "Kreisverband Bremen-Nord"], HB, "Die Linke", "2026-01-06",
     "other",
     "[negative] Invitation to a members' meeting; agenda includes the election of Landesparteitag delegates but no "
     "candidacy. Signed 'für den Kreisvorstand' by Kreissprecherin Ronja Meyerhoff-Kruse (current office); null also accepted, as dev2 syn_h40. Guest speaker Ilka Brüning-Sahin "
     "(Bürgerschaftsabgeordnete) is not the person. Meeting 24. Januar 2026 (distractor), Bürgerschaftswahl Mai 2027; "
     "Beiräte Blumenthal/Burglesum/Vegesack."),
    ("h12_53.md", ["Merle Osterkamp-Diallo", "Finn Rüdebusch", "Hatice Yavuz-Brink", "Jan-Hinrich Vosskuhl", "Ole Pundsack"],
     ["Landesliste Landtag", "Landesliste Bürgerschaft"], ["Bremen", "Wahlbereich Bremen", "Bremerhaven",
                                                           "Wahlbereich Bremerhaven"], HB, GRUENE, "2026-12-06",
     "candidacy",
     "[multi] [third-person] Bürgerschaft lists for both Wahlbereiche (Bremen places 1-4, Bremerhaven place 1). YAML date "
     "2026-12-06; Landesmitgliederversammlung 5. Dezember 2026 (Schuppen Eins venue); election 'im Mai 2027'. Distractors: "
     "current offices (MdBü, Beirat Huchting, Stadtverordneter), Gröpelingen, Schwachhausen, November assembly in "
     "Bremerhaven, Landesvorstandssprecherinnen by role.",
     [cand("Merle Osterkamp-Diallo", "Landesliste Landtag", "Bremen"),
      cand("Finn Rüdebusch", "Landesliste Landtag", "Bremen"),
      cand("Hatice Yavuz-Brink", "Landesliste Landtag", "Bremen"),
      cand("Jan-Hinrich Vosskuhl", "Landesliste Landtag", "Bremen"),
      cand("Ole Pundsack", "Landesliste Landtag", "Bremerhaven")]),
    ("h12_54.txt", [N, "Falk Reinsdorf"], N, "Magdeburg", ST, "SPD", "2025-02-27", "press_release",
     "[negative] Press release reacting to a city-council decision. Quoted Stadtverbandsvorsitzender Falk Reinsdorf is also "
     "V.i.S.d.P. (tolerated, null preferred). Distractors: 'gestrigen Beschluss', collection day 8. März, Oberbürgermeisterin "
     "by role, AfD group only as a voting bloc, Stadtteil Reform. Bundesland not named (inferred)."),
    ("h12_55.txt", ["Jana Follmann-Rech", N], N, ["Landkreis Saarlouis", "Saarlouis"], SL, ["SPD", N], "2025-09-22", "other",
     "[negative] Jusos invitation to a panel with named speakers (Sven Lauer-Thiel, Tamara Jungfleisch, Konstantin Reiter, "
     "Leonie Backes) - never the person. Signed 'Für den Juso-Kreisvorstand' by the Kreisvorsitzende (also moderator); null also accepted, as dev2 syn_h40. Party: Jusos = SPD youth "
     "organisation; 'SPD' itself is not written, so null is accepted. Event 15. Oktober 2025 (distractor)."),
]

# Named distractors (not gold): first names are checked against the gazetteer, and each must occur in its document.
DISTRACTORS = {
    "h12_01.txt": ["Karen Lindqvist-Mahler"],
    "h12_02.html": ["Hannah Reischle", "Markus Weidenauer", "Sabine Ortlieb-Kainz", "Quirin Hafenmayr", "Veronika Ebenhoch"],
    "h12_03.html": ["Norbert Klützke", "Ramona Weitendorf"],
    "h12_06.txt": ["Philipp Zschiegner", "Gerd Wunderwald"],
    "h12_08.html": ["Swantje Hollmer", "Till Kröger-Sand", "Britta Overhage"],
    "h12_11.md": ["Gesa Marquardt-Lohse"],
    "h12_13.html": ["Ragna Kötter", "Jan-Ole Hennemann", "Serkan Bayraktar-Lüders"],
    "h12_14.html": ["Wolfgang Ebbighausen", "Insa Brockhoff-Lindemann", "Harm Dijkstra", "Levent Aksoy", "Wiebke Rosendahl"],
    "h12_15.txt": ["Uwe Kaltofen", "Rico Tänzler"],
    "h12_19.html": ["Ralf Döbbelin", "Annegret Pohlmann"],
    "h12_24.html": ["Bettina Kowalczyk", "Marcel Ohlendorf", "Henrike Vossberg"],
    "h12_26.txt": ["Damiano Ferretti"],
    "h12_27.html": ["Dirk Thielges"],
    "h12_30.md": ["Bernd Kulbarsch"],
    "h12_31.txt": ["Kerstin Schwalbe"],
    "h12_32.html": ["Kirsten Oltmanns", "Arne Feldhusen"],
    "h12_33.html": ["Hilke Marnitz", "Mats Ohlerich"],
    "h12_35.pdf": ["Frank Leimbach"],
    "h12_40.html": ["Jonas Terhorst", "Maren Quadflieg", "Vincent Oyelaran"],
    "h12_43.html": ["Quirin Sedlmaier"],
    "h12_45.txt": ["Nina Wollscheid", "Kai Brettnacher", "Edith Marx-Oberhausen"],
    "h12_47.md": ["Ulrike Hagendorf"],
    "h12_49.html": ["Yara Osei-Kuhn", "Benedikt Rautmann", "Magdalena Hörtnagl", "Johanna Ferreira-Lenz",
                    "Konstantin Abele"],
    "h12_51.html": ["Grit Sonntag-Hähnel", "Enrico Wappler", "Doreen Pfützner"],
    "h12_52.txt": ["Ilka Brüning-Sahin"],
    "h12_55.txt": ["Sven Lauer-Thiel", "Tamara Jungfleisch", "Konstantin Reiter", "Leonie Backes"],
}


def as_list(v):
    return v if isinstance(v, list) else [v]


def records():
    out = []
    for row in ROWS:
        f, person, office, region, land, party, date, doc_type, notes = row[:9]
        allc = row[9] if len(row) > 9 else None
        out.append({"file": f"docs/{f}", "person": person, "office": office, "region": region, "bundesland": land,
                    "party": party, "date": date, "doc_type": doc_type, "notes": notes, "all_candidates": allc,
                    "source": "synthetic"})
    return out


def pdf_text(path):
    """Text of a PDF written by pdfgen: literal strings of the (uncompressed) content streams."""
    data = path.read_bytes()
    pages = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        lines = [b""]
        for tok in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj|T\*", m.group(1)):
            if tok.group(0) == b"T*":
                lines.append(b"")
                continue
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), tok.group(1))
            lines[-1] += re.sub(rb"\\(.)", rb"\1", s)
        pages.append("\n".join(line.decode("cp1252") for line in lines))
    return "\n".join(pages)


def doc_text(path):
    if path.suffix == ".pdf":
        return pdf_text(path)
    return path.read_text(encoding="utf-8")


def check(recs):
    errors = []
    err = errors.append
    names = {r["file"] for r in recs}
    if len(names) != len(recs):
        err("duplicate file names in the table")
    on_disk = {f"docs/{p.name}" for p in DOCS.iterdir()}
    for missing in sorted(names - on_disk):
        err(f"{missing}: document does not exist")
    for extra in sorted(on_disk - names):
        err(f"{extra}: document has no gold record")

    firsts = {row["name"] for row in csv.DictReader(open(GAZ / "vornamen.csv", encoding="utf-8"))}
    wks = {int(r["nummer"]): r for r in csv.DictReader(open(GAZ / "wahlkreise-btw2025.csv", encoding="utf-8"))}

    def first_name_ok(full):
        first = full.split()[0]
        return all(part in firsts for part in first.split("-"))

    for r in recs:
        f = r["file"]
        path = HERE / f
        if not path.exists():
            continue
        text = re.sub(r"\s+", " ", doc_text(path))
        if r["doc_type"] not in DOC_TYPES:
            err(f"{f}: doc_type {r['doc_type']!r}")
        office0 = as_list(r["office"])[0]
        if r["doc_type"] == "candidacy":
            if office0 not in OFFICES:
                err(f"{f}: preferred office {office0!r} not in vocabulary")
        elif r["office"] is not None:
            err(f"{f}: negative with office")
        for p in as_list(r["party"]):
            if p is not None and p not in PARTIES:
                err(f"{f}: party {p!r}")
        for b in as_list(r["bundesland"]):
            if b is not None and b not in LAENDER:
                err(f"{f}: bundesland {b!r}")
        if as_list(r["region"])[0] == "Deutschland" and as_list(r["bundesland"])[0] is not None:
            err(f"{f}: Deutschland needs bundesland null first")
        for d in as_list(r["date"]):
            if d is not None and not re.fullmatch(r"202[3-7](-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", d):
                err(f"{f}: date {d!r} not ISO within 2023-2027")
        for p in as_list(r["person"]):
            if p is None:
                continue
            if p not in text:
                err(f"{f}: gold person {p!r} not in the document text")
            if not first_name_ok(p):
                err(f"{f}: first name of {p!r} not in vornamen.csv")
        for p in DISTRACTORS.get(f.split("/")[-1], []):
            if p not in text:
                err(f"{f}: distractor {p!r} not in the document text")
            if not first_name_ok(p):
                err(f"{f}: first name of distractor {p!r} not in vornamen.csv")
        # Bundestag Wahlkreise: '<official name> (Wahlkreis N)' must match the gazetteer
        for reg in as_list(r["region"]):
            m = re.fullmatch(r"(.+) \(Wahlkreis (\d+)\)", reg or "")
            if m and any("Bundestag" in o for o in as_list(r["office"]) if o):
                wk = wks.get(int(m.group(2)))
                if not wk or wk["name"] != m.group(1) or wk["land"] != as_list(r["bundesland"])[0]:
                    err(f"{f}: Wahlkreis {reg!r} does not match wahlkreise-btw2025.csv")
        multi = (r["notes"] or "").startswith("[multi]")
        if multi != (r["all_candidates"] is not None):
            err(f"{f}: [multi] mark and all_candidates disagree")
        if multi:
            if [c["person"] for c in r["all_candidates"]] != as_list(r["person"]):
                err(f"{f}: all_candidates persons differ from person list")
            for c in r["all_candidates"]:
                if c["office"] not in as_list(r["office"]) or c["region"] not in as_list(r["region"]):
                    err(f"{f}: all_candidates entry {c} not among the record's alternatives")
    return errors


def self_score(gold_path):
    """Score the gold against itself with the dev2 score.py: every metric must be 1.000."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for line in open(gold_path, encoding="utf-8"):
            g = json.loads(line)
            pred = {k: g[k] for k in ("file", "person", "office", "region", "bundesland", "party", "date", "doc_type")}
            tmp.write(json.dumps(pred, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(SCORE), str(gold_path), tmp.name, "--details"],
                         capture_output=True, text=True, check=True).stdout
    Path(tmp.name).unlink()
    bad = [l for l in out.splitlines() if l.startswith("MISS") or (re.search(r"\d\.\d{3}$", l) and not l.endswith("1.000"))]
    return out, bad


def main():
    recs = records()
    errors = check(recs)
    gold = HERE / "gold.jsonl"
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if "--check" in sys.argv:
        if gold.read_text(encoding="utf-8") != text:
            errors.append("gold.jsonl differs from the table in gold_src.py")
    else:
        gold.write_text(text, encoding="utf-8")
        digest = hashlib.sha256(gold.read_bytes()).hexdigest()
        (HERE / "gold.sha256").write_text(f"{digest}  gold.jsonl\n", encoding="utf-8")
    out, bad = self_score(gold)
    print(out, end="")
    errors += [f"self-score: {b}" for b in bad]
    if errors:
        print("\n".join(["ERRORS:"] + errors))
        sys.exit(1)
    print(f"OK: {len(recs)} records, all checks passed")


if __name__ == "__main__":
    main()
