#!/usr/bin/env python3
"""Gold table of evaluation set 15 (50 fictional documents, docs/h15_01 ... h15_50).

Running it writes gold.jsonl and gold.sha256 next to this file and checks itself:
  * every file exists, there are exactly 50, numbered 01..50;
  * vocabularies are those of ../shared/eval/metadata-dev2/README.md (office: the first
    alternative is a canonical label or null; party and bundesland canonical; doc_type one of four);
  * office is null for every non-candidacy document; [multi] notes <=> all_candidates;
  * dates are ISO (YYYY, YYYY-MM, YYYY-MM-DD) between 1998 and 2026;
  * every region alternative exists in ../shared/gazetteers (Gemeinde, Kreis, BTW-2025
    Wahlkreis) or is a Land or Deutschland, or is a named sub-unit (SUBUNITS) whose parent does;
    the first bundesland agrees with the Land of the region where the gazetteer gives one;
  * every non-null person alternative occurs in the document's text;
  * score.py's self-test: the gold fed back as predictions scores 1.000 on every metric.

usage: python3 gold_src.py            (from anywhere; needs make_docs.py to have been run)
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # the project root
DEV2 = ROOT.parent / "shared" / "eval" / "metadata-dev2"
GAZ = ROOT.parent / "shared" / "gazetteers"
SOURCE = "fictional-15"

OFFICES = {
    "Direktkandidat Bundestag", "Landesliste Bundestag", "Direktkandidat Landtag", "Landesliste Landtag",
    "Kandidat Europaparlament", "Bürgermeister", "Oberbürgermeister", "Landrat", "Stadtrat", "Gemeinderat",
    "Kreistag", "Bezirksversammlung", "Bezirksverordnetenversammlung", "Ortsvorsitzender",
    "Kreisvorsitzender", "stellv. Kreisvorsitzender", "Landesvorsitzender", "stellv. Landesvorsitzender",
    "Landesvorstand", "Landesschatzmeister", "Bundesvorstand", "Bundesparteitagsdelegierter",
    "Landesparteitagsdelegierter", "Bezirksvorsitzender", "Kreisvorstand", "Bundesvorsitzender",
    "stellv. Bundesvorsitzender",
}
PARTIES = {"Die Linke", "SPD", "Bündnis 90/Die Grünen", "CDU", "CSU", "FDP", "Volt", "Piratenpartei", "BSW",
           "ÖDP", "Freie Wähler", "Die PARTEI"}
LAENDER = {"Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
           "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
           "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"}
DOC_TYPES = {"candidacy", "press_release", "programme", "other"}

# Regions that are not Gemeinden, Kreise or BTW Wahlkreise: sub-units of a city-state or city,
# each mapped to a parent that is checked against the gazetteers.
SUBUNITS = {
    "Wandsbek": ("Hamburg", "Bezirk of Hamburg"),
    "Hamburg-Wandsbek": ("Hamburg", "Bezirk of Hamburg"),
    "Bezirk Wandsbek": ("Hamburg", "Bezirk of Hamburg"),
    "Charlottenburg-Wilmersdorf": ("Berlin", "Bezirk of Berlin"),
}

N = None  # shorthand for JSON null

GOLD = [
    dict(file="docs/h15_01.html", person="Konstantin Wennemar",
         office=[N, "Landesschiedsgericht", "Schiedsgericht", "Beisitzer Landesschiedsgericht"],
         region="Hessen", bundesland="Hessen", party="Bündnis 90/Die Grünen", date="2025-10-21",
         doc_type="candidacy",
         notes="Antragsgrün page of a 'Bewerbung' (TOP 10.2 Wahl des Landesschiedsgerichts). Office outside the "
               "vocabulary (D1): abstention preferred, free-text labels accepted, 'Landesvorstand' is wrong (the text "
               "even says a Landesvorstand seat is incompatible). 'Eingereicht: 21.10.2025' = document date (D5); LMV "
               "15./16. November in Hanau = venue/assembly; comment dates 24.10.2025 are distractors. 'Dr.' dropped. "
               "Traps: current seat in the same court since 2021 (re-election), Kreistag Marburg-Biedenkopf (current "
               "office), Sozialgericht Kassel/Gießen (workplaces), Warburg (birthplace), Kommunalwahl 15. März 2026, "
               "commenter Heike Strauß-Albers, other applicants in the sidebar, footer Landesgeschäftsstelle Wiesbaden."),
    dict(file="docs/h15_02.txt", person=N, office=N, region="Thüringen", bundesland="Thüringen",
         party="Bündnis 90/Die Grünen", date="2024-02-12", doc_type="other",
         notes="NEGATIVE: Antragsgrün print view of an ordinary motion (A7, school meals) to a Thuringian LDK (D6). "
               "Antragsteller*in is an organisation (KV Weimar) -> person null (D5); the supporters list and the "
               "amendment authors (Jonas Brettschneider, Landesvorstand) are never the person. 'Eingereicht: "
               "12.02.2024' = document date; KV decision 30.01.2024, amendment dates 19./20.02.2024 and Landtagswahl "
               "1. September 2024 are distractors. Weimar/Jena/Ilm-Kreis are places in the text, the motion is at "
               "Land level."),
    dict(file="docs/h15_03.md", person="Falk Ruppelt", office=[N, "Kassenprüfer", "Rechnungsprüfer", "Landeskassenprüfer"],
         region="Sachsen", bundesland="Sachsen", party="Piratenpartei", date="2012-03-14", doc_type="candidacy",
         notes="Piratenwiki candidacy template ('Kandidatur:', 'Kontakt:', 'Ich kandidiere für:', 'Fragen an den "
               "Kandidaten') exported as Markdown. Auditor of the Landesverband: outside the vocabulary (D1). Date = "
               "'zuletzt am 14. März 2012 ... bearbeitet' (D11); Q&A signature dates 11.-14. Mär. 2012 are not "
               "preferred but give the same month. Traps: current office Schatzmeister KV Chemnitz, past Beisitzer KV "
               "Zwickau, explicit 'nicht für den Landesvorstand und nicht für das Landesschiedsgericht', questioners "
               "(Schnitzelbrot, Kaffeepirat, Nullbock), Landtagswahl 2014, Landesgeschäftsstelle Dresden. Party as "
               "'Piratenpartei'/'Piratenwiki'."),
    dict(file="docs/h15_04.html", person="Dorothea Brünnig", office="Bürgermeister",
         region=["Zerbst/Anhalt", "Zerbst"], bundesland="Sachsen-Anhalt",
         party=["SPD", "Bündnis 90/Die Grünen", "Die Linke", N], date="2025-11-18", doc_type="candidacy",
         notes="Third-person report on an SPD Ortsverein site: a non-party (parteilos) mayoral candidate backed by SPD, "
               "Grüne and Linke (D3: publisher SPD preferred, the other backers and null accepted). Post date "
               "18.11.2025 = document date; election only 'voraussichtlich im Herbst 2026'; sidebar dates and "
               "Weihnachtsmarkt 6. Dezember are distractors. Quoted Frank Tietböhl (SPD-Ortsvereinsvorsitzender), "
               "Annika Loebel-Harz (Grüne), Günter Pietsch (Linke Stadtrat) are never the person. Traps: workplace "
               "Ordnungsamt Dessau-Roßlau, past Kreisverwaltung Anhalt-Bitterfeld in Köthen, footer Köthen/Magdeburg. "
               "Bundesland named only in the footer ('SPD Sachsen-Anhalt')."),
    dict(file="docs/h15_05.pdf", person="Merle Tjarks-Hoffmann", office=[N, "Bundesfrauenrat", "Delegierter Bundesfrauenrat"],
         region="Niedersachsen", bundesland="Niedersachsen", party="Bündnis 90/Die Grünen", date="2025-02-27",
         doc_type="candidacy",
         notes="Antragsgrün PDF export (header line, 'Seite 1 / 2' footers, Info dictionary author 'Antragsgrün', "
               "CreationDate = Eingereicht date, D9). Delegate to the Bundesfrauenrat elected by the Land LDK: outside "
               "the vocabulary (D1); region = the electing Landesverband. 'Initiator*innen' = the applicant. LDK "
               "Hildesheim 22.-23. März 2025 = venue/assembly. Traps: Kreistag Aurich (current), Sprecherin LAG "
               "Frauen, birthplace Emden, home Norden, 'nicht für den Landesvorstand und nicht für ... Länderrat', "
               "Kommunalwahl 2026. Bundesland named only as 'niedersächsischen' and in the text ('Niedersachsen')."),
    dict(file="docs/h15_06.txt", person=["Hans-Werner Kleinertz", "H.-W. Kleinertz"], office="Kreisvorsitzender",
         region="Bonn", bundesland="Nordrhein-Westfalen", party="FDP", date="1998-05-03", doc_type="candidacy",
         notes="Old typewritten letter: 'Bonn, den 3.5.1998' = document date; old spelling (daß, muß, wißt), DM "
               "amounts. Party written 'F.D.P.' (1998 spelling, D10). 'Dr.' dropped; signature only 'gez. Dr. H.-W. "
               "Kleinertz' (initials accepted). Traps: predecessor Günther Asbach-Lohe, current offices stellv. "
               "Kreisvorsitzender and Bezirksvertretung Bad Godesberg, birthplace Siegburg, Kreisparteitag 16. Mai "
               "1998 (venue Bad Godesberg), Bundestagswahl 27. September 1998, Kommunalwahl 1999 (explicitly not "
               "running for the Rat). Bundesland not named (inferred from Bonn)."),
    dict(file="docs/h15_07.html", person=[N, "Malte Ohnesorg"], office=N, region="Baden-Württemberg",
         bundesland="Baden-Württemberg", party="Bündnis 90/Die Grünen", date="2023-06-14", doc_type="press_release",
         notes="NEGATIVE: Landtag group press release 'Pressemitteilung Nr. 112/2023' of 14.06.2023. Quoted MdL Sabine "
               "Vöhringer-Kaya ('Sprecherin für Innenpolitik', Wahlkreis Heilbronn) and Dr. Jochen Bärlin (Sprecher "
               "für Datenschutz) are quoted officials, never the person; the press officer is V.i.S.d.P. and therefore "
               "tolerated. Sidebar press releases Nr. 109-111 with their dates, 'Juli 2023', 2016 and '© 2023' are "
               "distractors; footer Stuttgart address."),
    dict(file="docs/h15_08.txt", person="Alois Wimmersberger", office="Landrat",
         region=["Landkreis Dingolfing-Landau", "Dingolfing-Landau", "Kreis Dingolfing-Landau"], bundesland="Bayern",
         party="CSU", date="2001-11-24", doc_type="candidacy",
         notes="Third-person press release of 2001 (old spelling 'daß', 'muß', '46jährigen', DM amounts, Euro "
               "changeover). Dateline 'Dingolfing, den 24.11.2001' = document date; Landratswahl 3. März 2002 and "
               "Kreistag assembly 14. Dezember 2001 (Pilsting) are distractors; Landau a. d. Isar = venue. Traps: "
               "current office Erster Bürgermeister of Markt Reisbach (a vocabulary label!) and Kreistag, past jobs at "
               "Landratsamt Dingolfing/Landshut, quoted Kreisvorsitzender Dr. Michael Pfaffinger-Loibl, the unnamed "
               "SPD incumbent. 'Dingolfing' and 'Landau' are towns; the office is the Landkreis. Bundesland not named."),
    dict(file="docs/h15_09.md", person="Jannik Sellhorn", office=["Landesvorsitzender", "Juso-Landesvorsitzender"],
         region="Mecklenburg-Vorpommern", bundesland="Mecklenburg-Vorpommern", party="SPD", date="2023-04-02",
         doc_type="candidacy",
         notes="Hugo post with full front matter (date = document date). Youth organisation (Jusos) Land chair -> "
               "'Landesvorsitzender', party SPD (D2). Landeskonferenz 22. April in Güstrow = venue; Kandidierendenforum "
               "14. April Schwerin. Traps: predecessor Nele, current office Kreisvorsitzender Jusos Rostock and "
               "sachkundiger Einwohner of the Rostock 'Bürgerschaft' (city council, not Landtag), past UB "
               "Vorpommern-Rügen, home Bergen auf Rügen, study Greifswald, Kommunalwahl 2024/Landtagswahl 2026."),
    dict(file="docs/h15_10.html", person="Mathis Korvenaar", office="Landesliste Landtag", region="Rheinland-Pfalz",
         bundesland="Rheinland-Pfalz", party="Volt", date="2025-09-04", doc_type="candidacy",
         notes="Bilingual German/English Volt candidate page (every fact twice). 'Stand: 04.09.2025' = document date "
               "(like 'zuletzt aktualisiert'); Landesparteitag 27 September 2025 Koblenz (venue), Landtagswahl 22. März "
               "2026, sidebar events are distractors. Listenplatz 4. Traps: current Mainz Stadtrat seat, past Volt "
               "Landesvorstand, Utrecht/Trier/Porto (biography), footer Volt Deutschland Berlin, Volt Europa MEPs."),
    dict(file="docs/h15_11.txt", person=["Birte Hansen-Voß", N], office=N,
         region=["Rendsburg-Eckernförde (Wahlkreis 4)", "Wahlkreis 4", "Rendsburg-Eckernförde", "Kreis Rendsburg-Eckernförde"],
         bundesland="Schleswig-Holstein", party="SPD", date="2024-10-07", doc_type="other",
         notes="NEGATIVE (hard): invitation, agenda (TOP 1-11) and draft Wahlordnung of a Wahlkreisdelegiertenkonferenz "
               "that will nominate a BTW candidate for WK 4; no applicant is named, so there is no candidacy (D4/D6). "
               "Signed by the Kreisvorsitzende (signer = person, null accepted). Dateline 7. Oktober 2024 = document "
               "date; assembly 2. November 2024, registration deadline 25. Oktober, Delegiertenschlüssel 2. September "
               "are distractors. Proposed Versammlungsleitung Ingrid Petersen-Kahl / Marten Vollert are not the "
               "person. Hohes Arsenal Rendsburg = venue; Landesgeschäftsstelle Kiel."),
    dict(file="docs/h15_12.pdf", person=N, office=N, region="Sachsen", bundesland="Sachsen", party="CDU",
         date="2024-06-22", doc_type="programme",
         notes="NEGATIVE: chapter 5 of a Landtag election programme as PDF (page numbers '- 23 -', running header). "
               "'Beschluss des Landesparteitages der CDU Sachsen vom 22. Juni 2024' is the document's own date; "
               "Landtagswahl 1. September 2024 is a distractor. Party also as 'Sächsische Union'. Places inside "
               "(Dresden, Leipzig, Chemnitz, Erzgebirgskreis, Görlitz, Bautzen) are not the region. PDF Info author "
               "'CDU Sachsen' is an organisation -> person null."),
    dict(file="docs/h15_13.txt", person="Leonie Brakelmann", office="stellv. Bundesvorsitzender", region="Deutschland",
         bundesland=[N, "Hessen"], party="FDP", date="2024-10-06", doc_type="candidacy",
         notes="Youth organisation (Junge Liberale) federal board: 'stellvertretende Bundesvorsitzende für "
               "Programmatik' -> 'stellv. Bundesvorsitzender', party FDP (D2, the text says 'Jugendorganisation der "
               "FDP'). Federal board -> region Deutschland, bundesland null, home state Hessen tolerated. Signature "
               "'Gießen, 6. Oktober 2024' = document date; Bundeskongress 2./3. November 2024 in Freiburg = venue. "
               "Traps: current office Landesvorsitzende JuLis Hessen (a vocabulary label!), past Kreisvorsitzende JuLis "
               "Gießen, Landesfachausschuss FDP Hessen, LYMEC."),
    dict(file="docs/h15_14.html", person="Ole Brinckmann", office=["Landesvorstand", "Beisitzer Landesvorstand"],
         region="Nordrhein-Westfalen", bundesland="Nordrhein-Westfalen", party="Piratenpartei", date="2012-11-09",
         doc_type="candidacy",
         notes="MediaWiki HTML of a Piratenwiki candidacy page with infobox ('Kandidatur:', 'Kontakt:', 'Ich kandidiere "
               "für: Beisitzer im Landesvorstand'), TOC, sitenotice, nav, categories, footer. Date = 'zuletzt am 9. "
               "November 2012 ... geändert' (D11); LPT 2012.2 17./18. November 2012 in Hamm (venue), sitenotice "
               "Stammtisch 13.11.2012 and signature dates are distractors. Traps: past Direktkandidat Landtag WK "
               "Bielefeld II (May 2012), 'Nicht als Vorsitzender, nicht als Schatzmeister', KV Bielefeld IT role, "
               "Husum (birthplace), BTW 2013, questioners Schwarzlicht / Hanna aus Herford."),
    dict(file="docs/h15_15.md", person="Katrin Scheuern-Haas", office=N, region="Saarland", bundesland="Saarland",
         party="SPD", date="2025-05-17", doc_type="other",
         notes="NEGATIVE: speech at a Landesparteitag ('Es gilt das gesprochene Wort', '(Beifall)'), front-matter "
               "author and date; the speaker is the person (D7). Her current roles (stellv. Vorsitzende der "
               "Landtagsfraktion, MdL, Ortsvereinsvorsitzende Ottweiler) are never the office. Landtagswahl 2027, "
               "'seit 2022', Saarlouis/Dillingen/Völklingen/Neunkirchen/Homburg are distractors; Saarbrücken = venue."),
    dict(file="docs/h15_16.txt", person=["Friederike Sattelmayer", "Jonas Waibel-Ortlieb"], office="Kandidat Europaparlament",
         region="Baden-Württemberg", bundesland="Baden-Württemberg", party="CDU", date="2023-11-20",
         doc_type="candidacy",
         notes="[multi] Third-person Kreisverband press release on two places of the CDU's Land list for the "
               "Europawahl (D14: Land list -> region = Land): Platz 9 and Platz 15. 'Dr.' dropped. Dateline 20.11.2023 "
               "= document date; Europawahl 9. Juni 2024, Kreistag assembly 27. Januar 2024 (Eppelheim) are "
               "distractors; Ludwigsburg = venue; Sinsheim = Kreisverband office. Traps: current Kreistag Rhein-Neckar "
               "(Sattelmayer), JU Kreisvorsitzender (Waibel-Ortlieb), quoted Kreisvorsitzender Markus Diefenthäler, "
               "unnamed rival from Karlsruhe-Land and unnamed list leader, Wiesloch/Schwetzingen/Walldorf (homes, "
               "workplaces).",
         all_candidates=[
             {"person": "Friederike Sattelmayer", "office": "Kandidat Europaparlament", "region": "Baden-Württemberg"},
             {"person": "Jonas Waibel-Ortlieb", "office": "Kandidat Europaparlament", "region": "Baden-Württemberg"}]),
    dict(file="docs/h15_17.html", person=["Hülya Demirtaş", "Frerk Onken", N], office=N, region="Bremen",
         bundesland="Bremen", party="Die Linke", date="2026-08-03", doc_type="other",
         notes="NEGATIVE (hard): call for candidacies 'Bewerbungen bis zum 15. Oktober 2026 an den Landesvorstand' for "
               "the Bürgerschaft lists; no candidate named. Signed by the two Landessprecher*innen (either signer, or "
               "null). Page date 03.08.2026 = document date; LMV 7. November 2026, Bremerhaven vote 24. Oktober, forum "
               "31. Oktober, election 'Mai 2027', Landesparteitag Februar 2027, sidebar dates are distractors. "
               "Wahlbereiche Bremen and Bremerhaven both named; Messe Bremen = venue."),
    dict(file="docs/h15_18.docx", person="Imke Thordsen-Pahl", office=["Kandidat Europaparlament", "Landesliste Europawahl"],
         region="Schleswig-Holstein", bundesland="Schleswig-Holstein", party="CDU", date="2023-09",
         doc_type="candidacy",
         notes="Word document (title paragraph, headings, bullet list, header/footer, core creator = author, no core "
               "date, D9). Platz 2 of the CDU Land list for the Europawahl -> region = Land (D14). Only date: signature "
               "'Wesselburen, im September 2023' (partial). Landesvertreterversammlung 14. Oktober in Neumünster "
               "(venue) and Europawahl 9. Juni 2024 are distractors. Traps: current offices ehrenamtliche "
               "Bürgermeisterin Wesselburenerkoog (a vocabulary label!) and Kreistag Dithmarschen, MIT "
               "Fachausschuss, Kiel/Lübeck/Dithmarschen places."),
    dict(file="docs/h15_19.txt", person="Uwe Kühnhold", office="Landesschatzmeister", region="Thüringen",
         bundesland="Thüringen", party="BSW", date="2025-03-01", doc_type="candidacy",
         notes="First-person letter; signature 'Gotha, 1. März 2025' = document date; Landesparteitag 22. März 2025 "
               "(Erfurt = venue), Landtagswahl 1. September 2024, Kommunalwahlen 2029 are distractors. Party trap: "
               "past SPD membership until 2019 and Ortsverein Kassierer (past office). Explicitly not for "
               "Landesvorstand/Beisitzer or Kassenprüfer. Current: Schatzmeister Kreissportbund Gotha (not a party "
               "office), Steuerberater in Gotha (workplace). Eichsfeld/Kyffhäuserkreis/Altenburger Land mentioned."),
    dict(file="docs/h15_20.md", person="Kim Oberländer-Sauer", office=["Landesvorstand", "Landessprecher", "Landessprecher*innenrat"],
         region="Sachsen-Anhalt", bundesland="Sachsen-Anhalt", party="Die Linke", date="2024-06-08",
         doc_type="candidacy",
         notes="Jekyll post without date (front matter has only layout/title/categories/author 'kim'). Youth "
               "organisation linksjugend ['solid]: the Landessprecher*innenrat is its collective Land board -> "
               "'Landesvorstand' (D2; not the chair). No document date -> Landesvollversammlung 8. Juni 2024 (Halle "
               "(Saale) = venue). Landtagswahl 2026 is a distractor. Traps: current Sprecher*in Basisgruppe Magdeburg, "
               "home town Staßfurt, Stadtfeld workplace, 'nicht als Delegierte*r zum Bundeskongress'. Party as 'DIE "
               "LINKE'/'LINKEN'."),
    dict(file="docs/h15_21.html", person=[N, "Tobias Rehwinkel"], office=N,
         region=["Charlottenburg-Wilmersdorf", "Berlin-Charlottenburg-Wilmersdorf"], bundesland="Berlin", party="SPD",
         date="2025-04-28", doc_type="other",
         notes="NEGATIVE (hard): report of the results of a Kreisdelegiertenversammlung - a table full of names and "
               "offices (Kreisvorsitzende, stellv., Kassierer, Beisitzer, Landesparteitag delegates, Schiedskommission). "
               "Completed internal elections are not candidacies (D4). No byline; V.i.S.d.P. (Kreisgeschäftsführer) "
               "tolerated. Page date 28. April 2025 = document date; KDV 26. April 2025, AGH/BVV election 20. September "
               "2026, application deadline 30. September, sidebar dates are distractors. Region = the Kreis "
               "(Bezirk), Rathaus Charlottenburg = venue."),
    dict(file="docs/h15_22.txt", person=["Schüttauf", N], office=N, region="Brandenburg", bundesland="Brandenburg",
         party=["BSW", N], date="2025-05-15", doc_type="other",
         notes="NEGATIVE: excerpt of a Landtag plenary protocol (Plenarprotokoll 8/14, 15. Mai 2025): the president "
               "calls the speakers, interjections, a Kurzintervention. D7: the person is the main speaker of the "
               "excerpt, whom the protocol names by surname only ('Dr. Schüttauf', first name never given), null "
               "accepted; party = her group, null accepted. Manteuffel-Brose (CDU) and Lindemann-Graf (SPD) are other "
               "speakers; 'Präsidentin' unnamed. Drucksache 8/1187, 'bis 2029', 'Haushaltsentwurf 2026' are "
               "distractors; Forst/Spremberg/Perleberg/Cottbus are places in the speech."),
    dict(file="docs/h15_23.pdf", person="Sebastian Krautwurst", office="Direktkandidat Bundestag",
         region=["Dahme-Spreewald – Teltow-Fläming III (Wahlkreis 62)", "Wahlkreis 62", "Dahme-Spreewald – Teltow-Fläming III"],
         bundesland="Brandenburg", party="FDP", date="2024-11-23", doc_type="candidacy",
         notes="Official Niederschrift (Anlage 20 BWO) of the nominating Mitgliederversammlung as PDF - a third-person "
               "nomination. Name also as 'Krautwurst, Sebastian'. Date of the assembly and of the signatures "
               "23.11.2024 (= PDF CreationDate). Traps: Versammlungsleiter Dr. Bernd Lüdtke-Rasmussen, Schriftführerin "
               "Carina Wolff, Vertrauenspersonen Petra Hellwig-Anders / Jörg Matschke, Mario Gensicke, birth date "
               "12.03.1979 and birthplace Lübben, invitation 30. Oktober 2024, Königs Wusterhausen = venue and address. "
               "Party as 'Freie Demokratische Partei (FDP)'. Bundesland not named (WK 62)."),
    dict(file="docs/h15_24.txt", person="Lukas Ruppenthal", office="Kreisvorsitzender",
         region=["Merzig-Wadern", "Landkreis Merzig-Wadern", "Kreis Merzig-Wadern"], bundesland="Saarland",
         party="CDU", date="2024-10-19", doc_type="candidacy",
         notes="E-mail with headers (Datum: Sa, 19. Okt. 2024 = document date). Junge Union Kreisvorsitz -> "
               "'Kreisvorsitzender', party CDU (D2; text names 'CDU Merzig-Wadern'). Trap: the JU assembly is called "
               "'JU-Kreistag' (9. November, Losheim am See = venue) - not the Kreistag office. Current offices "
               "Ortsvorsitzender JU Mettlach, Gemeinderat Mettlach, Beisitzer JU Saar Landesvorstand; predecessor "
               "Philipp; 'nicht ... stellvertretenden Landesvorsitz der JU Saar'; Landtagswahl 2027, Stammtisch 26. "
               "Oktober. Bundesland only via 'JU Saar'/'HTW Saar'."),
    dict(file="docs/h15_25.txt", person="Johanna Pieplow", office="Bezirksvorsitzender",
         region=["Wandsbek", "Hamburg-Wandsbek", "Bezirk Wandsbek"], bundesland="Hamburg", party="FDP",
         date="2025-03-10", doc_type="candidacy",
         notes="Chair of an FDP Bezirksverband in Hamburg -> the vocabulary's 'Bezirksvorsitzender' (D12: region = the "
               "Bezirk). 'Dr.' dropped. Signature 'Hamburg-Volksdorf, 10. März 2025' = document date; "
               "Bezirksmitgliederversammlung 29. März 2025, Bürgerschaftswahl 2. März, Bezirksversammlungswahl 2029 "
               "are distractors. Trap: current seat in the Bezirksversammlung Wandsbek (a vocabulary label!), past "
               "stellv. Vorsitzende OV Walddörfer, workplace Barsbüttel, home Volksdorf, 'Für den Landesvorstand "
               "selbst kandidiere ich nicht'."),
    dict(file="docs/h15_26.md", person=N, office=N, region="Offenburg", bundesland="Baden-Württemberg", party="ÖDP",
         date="2024-03-15", doc_type="programme",
         notes="NEGATIVE: municipal election programme of a town (front-matter date = document date; adopted 9. März "
               "2024; Gemeinderatswahl 9. Juni 2024 distractor). Author is an organisation -> person null. Ortsteile "
               "(Zell-Weierbach, Windschläg, ...), Ortenaukreis/Kreistag, Appenweier/Ortenberg are not the region. "
               "Bundesland only in the footer ('ÖDP Baden-Württemberg')."),
    dict(file="docs/h15_27.html", person="Henrike Dallmöller", office="Landrat",
         region=["Landkreis Osnabrück", "Kreis Osnabrück", "Osnabrück"], bundesland="Niedersachsen", party="SPD",
         date="2026-02-21", doc_type="candidacy",
         notes="Third-person nomination report ('Veröffentlicht: 21.02.2026' = document date; Landratswahl 13. September "
               "2026, sidebar dates, Kreistag list in May are distractors). Melle = venue. Traps: current office Erste "
               "Stadträtin Bramsche, past Landkreis Emsland, born in Osnabrück (city), study Speyer, quoted "
               "UB-Vorsitzender Thorsten Kuhlmann-Rethmeier, photographer Jens Wübbeling, the text explicitly "
               "distinguishes the kreisfreie Stadt Osnabrück (bare 'Osnabrück' accepted for the Landkreis as in "
               "dev2). Bundesland in the top bar and text."),
    dict(file="docs/h15_28.txt", person="Manfred Schmitgen", office=N, region="Trier", bundesland="Rheinland-Pfalz",
         party="SPD", date="1999-03-12", doc_type="other",
         notes="NEGATIVE (old): treasurer's Rechenschaftsbericht 1997/98 with DM tables and old spelling (Überschuß, "
               "Daß, müßte), signed 'Trier, den 12. März 1999' (signer = person). Unterbezirksparteitag 27. März 1999 "
               "(Trier-Ehrang), Europawahl/Kommunalwahl 13. Juni 1999, Euro 2002 are distractors; the Revisoren Gerd "
               "Wallenborn / Marlies Hoffend are not the person; 'Bezirk Rheinland-Hessen-Nassau' is a party district, "
               "not the region. Bundesland not named."),
    dict(file="docs/h15_29.html", person="Ronny Pflugbeil", office="Landrat",
         region=["Märkisch-Oderland", "Landkreis Märkisch-Oderland"], bundesland="Brandenburg", party="Die PARTEI",
         date="2026-01-11", doc_type="candidacy",
         notes="Satirical third-person nomination (WordPress). Post date 11. Januar 2026 = document date; signature "
               "deadline 3. Februar, comment dates, 'im Frühjahr' are distractors. Traps: Seelow = venue, home "
               "Strausberg, Neuenhagen garage, quoted Landesvorsitzender Dr. Heiner Zwirbel, past Kassenwart of an "
               "angling club, commenters. Party also spelled out as the acronym's long form. Bundesland only in the "
               "footer ('Landesverband Brandenburg')."),
    dict(file="docs/h15_30.md", person=["Sunniva Kraft-Adeyemi", "Emil Drachenberg", "Paula Ziegenhorn"],
         office="Direktkandidat Bundestag",
         region=["Berlin-Friedrichshain-Kreuzberg – Prenzlauer Berg Ost (Wahlkreis 82)", "Wahlkreis 82",
                 "Berlin-Friedrichshain-Kreuzberg – Prenzlauer Berg Ost", "Berlin-Mitte (Wahlkreis 74)", "Wahlkreis 74",
                 "Berlin-Mitte", "Berlin-Tempelhof-Schöneberg (Wahlkreis 80)", "Wahlkreis 80",
                 "Berlin-Tempelhof-Schöneberg", "Berlin"],
         bundesland="Berlin", party="Volt", date="2024-12-09", doc_type="candidacy",
         notes="[multi] Three direct candidates in three different Berlin BTW Wahlkreise (D8: each nominee's region "
               "and the common Land accepted; first-listed nominee's WK 82 preferred). Front-matter date 2024-12-09 = "
               "document date; Mitgliederversammlung 7. Dezember 2024 (Kreuzberg), election 23. Februar 2025, "
               "Landesliste 'im November', Europawahl are distractors. Traps: Ziegenhorn's current BVV seat (a "
               "vocabulary label), Bergen (Norway) birthplace, Sprecher Kreisteam Mitte, 200/2,000 signatures.",
         all_candidates=[
             {"person": "Sunniva Kraft-Adeyemi", "office": "Direktkandidat Bundestag",
              "region": "Berlin-Friedrichshain-Kreuzberg – Prenzlauer Berg Ost (Wahlkreis 82)"},
             {"person": "Emil Drachenberg", "office": "Direktkandidat Bundestag", "region": "Berlin-Mitte (Wahlkreis 74)"},
             {"person": "Paula Ziegenhorn", "office": "Direktkandidat Bundestag",
              "region": "Berlin-Tempelhof-Schöneberg (Wahlkreis 80)"}]),
    dict(file="docs/h15_31.txt", person="Freya Ahlgrimm", office=[N, "Länderrat", "Delegierter Länderrat", "Länderratsdelegierter"],
         region="Mecklenburg-Vorpommern", bundesland="Mecklenburg-Vorpommern", party="Bündnis 90/Die Grünen",
         date="2024-09-20", doc_type="candidacy",
         notes="Delegate to the Green Länderrat (federal 'kleiner Parteitag'), elected by the Land LDK: outside the "
               "vocabulary (D1). Negation trap: 'Ich kandidiere nicht für die BDK-Delegation' (would be "
               "Bundesparteitagsdelegierter) and not for the Landesvorstand. Signature 'Stralsund, 20. September 2024' "
               "= document date; LDK 12./13. Oktober 2024 Neubrandenburg = venue. Current offices Sprecherin KV "
               "Vorpommern-Rügen and Bürgerschaft Stralsund (city council) are traps."),
    dict(file="docs/h15_32.html", person=N, office=N, region=["Frankfurt am Main", "Frankfurt"], bundesland="Hessen",
         party="Volt", date="2025-11-12", doc_type="programme",
         notes="NEGATIVE: bilingual (DE/EN) municipal election programme page. 'Stand: 12.11.2025' = document date; "
               "Kommunalwahl 15. März 2026 and target years 2030/2031/2035 are distractors. Hard trap: 'Mit unserer "
               "Spitzenkandidatin Yara Lindqvist-Amrani und 92 weiteren Kandidierenden' - a candidate named inside a "
               "programme is not a candidacy and not the author. Paris/Copenhagen/Vienna, Niederrad, Sachsenhausen etc. "
               "are places in the text; Volt Hessen only in the footer."),
    dict(file="docs/h15_33.pdf", person="Hauke Reimers-Akyol", office=["Kandidat Europaparlament", "Bundesliste Europawahl"],
         region="Deutschland", bundesland=[N, "Bremen"], party="Bündnis 90/Die Grünen", date="2023-09-29",
         doc_type="candidacy",
         notes="Antragsgrün PDF export of an application for Platz 18 of the federal Europawahl list at the BDK "
               "Karlsruhe 23.-26. November 2023 (venue). Federal list -> region Deutschland, bundesland null, home "
               "Land Bremen tolerated (D14). 'Eingereicht: 29.09.2023' = document date (= PDF CreationDate); Land "
               "vote 16.09.2023 and Europawahl 9. Juni 2024 are distractors. Traps: current Stadtverordneter "
               "Bremerhaven, BAG role, Oldenburg study, supporters list (ten names)."),
    dict(file="docs/h15_34.txt", person=N, office=N, region="Mecklenburg-Vorpommern", bundesland="Mecklenburg-Vorpommern",
         party="Die Linke", date=["2010-11-13", "2010-11-15"], doc_type="other",
         notes="NEGATIVE: resolution of a Landesparteitag ('Beschluss Nr. 2010/3-04', D6). Adopted 13. November 2010 in "
               "Rostock-Warnemünde (venue) - the document's own date; the certification line 'Schwerin, 15.11.2010' "
               "is also accepted. Landtagswahl 4. September 2011, Kommunalwahl September 2011, 'Ende Januar 2011' are "
               "distractors. Einreicher Landesvorstand -> person null. Party as 'DIE LINKE.'."),
    dict(file="docs/h15_35.md", person="Torsten Ehlerding", office="Landesliste Bundestag", region="Berlin",
         bundesland="Berlin", party="Piratenpartei", date="2009-06-28", doc_type="candidacy",
         notes="Piratenwiki candidacy template (2009) as Markdown. Date = 'zuletzt am 28. Juni 2009 ... bearbeitet' "
               "(D11); Aufstellungsversammlung 4. Juli 2009, Bundestagswahl 27. September 2009, signature dates "
               "24./27./28. Jun. 2009, 'Februar 2008', birth year 1971 are distractors. Negation trap: 'trete nicht "
               "als Direktkandidat ... an'. Hagen/Dortmund = biography, Neukölln = home."),
    dict(file="docs/h15_36.html", person="Paulina Reithmayr", office=["Landesvorsitzender", "Landessprecher", "Landesvorstand"],
         region="Bayern", bundesland="Bayern", party="Bündnis 90/Die Grünen", date="2024-10-04", doc_type="candidacy",
         notes="Antragsgrün page of the GRÜNE JUGEND Bayern (youth organisation, D2): Landessprecherin = chair role "
               "(Green 'Sprecher' accepted as Vorsitz; Landesvorstand also accepted since the Sprecher*innen are part "
               "of it). 'Eingereicht: 04.10.2024, 23:51' = document date; LMV 26./27. Oktober in Regensburg = venue; "
               "Kommunalwahl März 2026, BTW 'im nächsten Jahr' are distractors. Traps: current Beisitzerin im "
               "Landesvorstand and Sprecherin GJ Augsburg, Oberpfalz, 'nicht für den Bundesvorstand', other "
               "applicants in the sidebar (Jonas Wiesbeck, Selin Güneş, Mika Oberhauser). Party as 'bayerischen "
               "Grünen'."),
    dict(file="docs/h15_37.txt", person="Steffen Kaltwasser", office="Landrat", region="Ilm-Kreis",
         bundesland="Thüringen", party="CDU", date="2023-11-18", doc_type="candidacy",
         notes="Third-person press release; dateline 'Arnstadt, 18. November 2023' = document date; Landratswahl 26. "
               "Mai 2024, Landtagswahl 1. September 2024, Kreistag list 'Januar 2024' are distractors; TU Ilmenau = "
               "venue. Traps: current office Bürgermeister of Stadtilm (a vocabulary label!), past Stadtrat Arnstadt, "
               "workplace Ichtershausen, quoted Kreisvorsitzender Torsten Wiesenhütter."),
    dict(file="docs/h15_38.html", person=N, office=N, region="Schleswig-Holstein", bundesland="Schleswig-Holstein",
         party="ÖDP", date="2025-04-02", doc_type="other",
         notes="NEGATIVE (hard): 'Unser Landesvorstand' page - a table of board members and offices, Landesschiedsgericht, "
               "Kassenprüfer, Bundeshauptausschuss delegates; all are current offices, no candidacy (D4). 'Stand: "
               "02.04.2025' = document date; Landesparteitag 22. März 2025 (Neumünster), 2027 elections, sidebar dates "
               "are distractors. No author -> person null."),
    dict(file="docs/h15_39.txt", person=[N, "Theresa Hufnagl"], office=N, region="Bayern", bundesland="Bayern",
         party="Freie Wähler", date="2024-05-16", doc_type="press_release",
         notes="NEGATIVE: Landtag group press release 'PRESSEMITTEILUNG Nr. 87/2024', München 16.05.2024. Quoted MdL "
               "Benedikt Aschenbrenner-Moll ('Sprecher für Umwelt und Wasserwirtschaft') and Ludwig Hörmannsdorfer "
               "(stellv. Fraktionsvorsitzender) are quoted officials; the press officer is V.i.S.d.P. (tolerated). "
               "Plenary 23. Mai 2024, 2027, 'Achtzigerjahren' are distractors. Party as 'FREIE WÄHLER'."),
    dict(file="docs/h15_40.md", person=["Wiebke Hollander", "Malte Grünefeld", "Sanja Petrović-Dunker", "Heiko Baarck",
                                        "Josefine Kettler"],
         office="Kreistag", region=["Mecklenburgische Seenplatte", "Landkreis Mecklenburgische Seenplatte", "Neubrandenburg"],
         bundesland="Mecklenburg-Vorpommern", party="Bündnis 90/Die Grünen", date="2024-02-26", doc_type="candidacy",
         notes="[multi] Kreistag list (places 1-4, table) plus the leader of a separate list for the Neubrandenburg "
               "Stadtvertretung (office Stadtrat, region Neubrandenburg; D8 accepts it as region). 'Dr.' dropped. "
               "Front-matter date = document date; Kreistagswahl 9. Juni 2024, programme assembly 16. März are "
               "distractors; Waren (Müritz) = venue and a home town. Traps: Hollander's current Kreistag seat and "
               "Fraktionsvorsitz, Kettler's sachkundige Einwohnerin role, Demmin/Friedland/Mirow/Neustrelitz/"
               "Altentreptow homes. Bundesland not named.",
         all_candidates=[
             {"person": "Wiebke Hollander", "office": "Kreistag", "region": "Mecklenburgische Seenplatte"},
             {"person": "Malte Grünefeld", "office": "Kreistag", "region": "Mecklenburgische Seenplatte"},
             {"person": "Sanja Petrović-Dunker", "office": "Kreistag", "region": "Mecklenburgische Seenplatte"},
             {"person": "Heiko Baarck", "office": "Kreistag", "region": "Mecklenburgische Seenplatte"},
             {"person": "Josefine Kettler", "office": "Stadtrat", "region": "Neubrandenburg"}]),
    dict(file="docs/h15_41.docx", person="Hinnerk Rosendahl-Meyer", office=N, region="Niedersachsen",
         bundesland="Niedersachsen", party="CDU", date="2025-06-26", doc_type="other",
         notes="NEGATIVE: Word manuscript of a Landtag speech ('– Es gilt das gesprochene Wort –'), header/footer of "
               "the group's press office; speaker = person (D7); core creator is the press office, no core date. "
               "Plenary date 26. Juni 2025 = document date; Kommunalwahl 13. September 2026, Drs. 19/6240 are "
               "distractors. His role 'kommunalpolitischer Sprecher' is not an office sought; Landkreis Cloppenburg "
               "= home; footer address Hannover."),
    dict(file="docs/h15_42.txt", person=["Carla Möbius", "Steffen Ruhland", N], office=N, region="Leipzig",
         bundesland="Sachsen", party="Die Linke", date="2024-06", doc_type="other",
         notes="NEGATIVE (hard): members' newsletter 'Ausgabe 6/2024 · Juni 2024' (partial date) listing the councillors "
               "just elected by Wahlkreis and Ortschaftsrat seats - election results, not candidacies (D4); also an "
               "announced internal Fraktionsvorsitz bid. Signed by the two Stadtvorsitzenden (either, or null). "
               "Kommunalwahl 9. Juni, Landtagswahl 1. September, July dates are distractors. Leipzig is the city "
               "(the Landkreis Leipzig is another unit). Bundesland via 'Sächsische Landtag'."),
    dict(file="docs/h15_43.html", person="Jens-Ole Friedrichsen", office="Bürgermeister", region="Ratzeburg",
         bundesland="Schleswig-Holstein", party=["CDU", "FDP", N], date="2026-02-05", doc_type="candidacy",
         notes="First-person guest post of a non-party mayoral candidate on the CDU Ortsverband site, backed by CDU "
               "and FDP (D3). Author also in <meta name=author>. 'Veröffentlicht am 5. Februar 2026' = document date; "
               "election 'im Mai', sidebar dates are distractors. Traps: workplace Amt Lauenburgische Seen, past "
               "bürgerliches Mitglied Bauausschuss Mölln (other town), birthplace Flensburg, footer Kreisverband "
               "Herzogtum Lauenburg in Mölln. Bundesland not named."),
    dict(file="docs/h15_44.txt", person=["Christiane Voigtländer-Rasch", "Matthias Ebersbach", "Katrin Seidewitz"],
         office="Stadtrat", region="Dresden", bundesland="Sachsen", party="Bündnis 90/Die Grünen", date="2004-03-19",
         doc_type="candidacy",
         notes="[multi] Older (2004) third-person press release naming three list leaders in Dresden's Stadtrat "
               "Wahlkreise (Neustadt = Wahlkreis 03, Pieschen, Plauen: municipal Wahlkreise, region = Dresden). 'Dr.' "
               "dropped. Dateline 19.03.2004 = document date; Stadtratswahl and Europawahl 13. Juni 2004, programme "
               "assembly 17. April, 'seit 1999' are distractors. Traps: Voigtländer-Rasch's current Stadtrat seat and "
               "Fraktionsvorsitz, quoted Kreisvorstandssprecher Ronald Hentschel, Forschungszentrum Rossendorf, "
               "Waldschlößchenbrücke. Party as 'Bündnisgrüne'.",
         all_candidates=[
             {"person": "Christiane Voigtländer-Rasch", "office": "Stadtrat", "region": "Dresden"},
             {"person": "Matthias Ebersbach", "office": "Stadtrat", "region": "Dresden"},
             {"person": "Katrin Seidewitz", "office": "Stadtrat", "region": "Dresden"}]),
    dict(file="docs/h15_45.pdf", person=N, office=N, region="Sachsen-Anhalt", bundesland="Sachsen-Anhalt",
         party="Bündnis 90/Die Grünen", date="2026-02-03", doc_type="programme",
         notes="NEGATIVE: Antragsgrün PDF of a motion that IS a chapter of the draft Landtag programme (WP-4, "
               "Antragsteller*in Landesvorstand, numbered lines, 'Seite 1 / 2') -> programme (D6), person null (D5). "
               "'Eingereicht: 03.02.2026' = document date; Landtagswahl 6. September 2026, amendment deadline "
               "28.02.2026, target years 2031 are distractors. Altmark/Harz/Burgenlandkreis are places in the text."),
    dict(file="docs/h15_46.md", person=[N, "Kalle Brügmann"], office=N, region="Hamburg", bundesland="Hamburg",
         party="Die PARTEI", date="2025-01-20", doc_type="press_release",
         notes="NEGATIVE: satirical press release (front-matter date and dateline 20. Januar 2025; Bürgerschaftswahl 2. "
               "März and 'im Oktober' are distractors). Quoted Landesvorsitzender Mirko Stöver-Pank is a quoted "
               "official (never the person); V.i.S.d.P. tolerated. Mentions list and 17 Wahlkreise and an unnamed "
               "Spitzenkandidatur - no candidacy. Billstedt/Wilhelmsburg are places in the text."),
    dict(file="docs/h15_47.pdf", person="Gesa Hinrichsen-Tamm", office=["Landesliste Landtag", "Landesliste Bürgerschaft"],
         region="Hamburg", bundesland="Hamburg", party="Bündnis 90/Die Grünen", date="2003-11-10", doc_type="candidacy",
         notes="Older typed letter as PDF (letterhead, right-aligned 'Hamburg, den 10. November 2003' = document date = "
               "PDF CreationDate; old spelling 'daß'). Party as 'GAL - Grün-Alternative Liste Hamburg', the Hamburg "
               "Land association of Bündnis 90/Die Grünen (D10). Bürgerschaft = Landtag, Platz 9. Traps: current seat "
               "in the Bezirksversammlung Eimsbüttel (a vocabulary label!), past Kreisvorstand Eimsbüttel, "
               "Landesmitgliederversammlung 6. Dezember 2003, election 29. Februar 2004, 'Für eine Direktkandidatur "
               "stehe ich nicht zur Verfügung'. Lurup/Billstedt/Wilhelmsburg are places in the text."),
    dict(file="docs/h15_48.html", person="Thorsten Hannappel", office="Landrat", region="Westerwaldkreis",
         bundesland="Rheinland-Pfalz", party="Freie Wähler", date="2025-06", doc_type="candidacy",
         notes="First-person candidate page of the Freie Wähler Kreisvereinigung. Only date: 'Montabaur, im Juni 2025' "
               "(partial); sidebar dates and Landtag election 'im März 2026' are distractors. Traps: current offices "
               "Ortsbürgermeister Dernbach, Kreistag, Verbandsgemeinderat Wirges, Förderverein; past job at the "
               "Kreisverwaltung Montabaur; born in Hachenburg, grew up in Nistertal; 'Für den Landtag ... kandidiere "
               "ich nicht'. Bundesland only in the top line ('FREIE WÄHLER Rheinland-Pfalz')."),
    dict(file="docs/h15_49.txt", person="Veronika Aigner-Pöschl", office=["Bürgermeister", "Erster Bürgermeister"],
         region="Waldkraiburg", bundesland="Bayern", party="CSU", date="2019-10-14", doc_type="candidacy",
         notes="Third-person press release; dateline 'Waldkraiburg, 14. Oktober 2019' = document date; Kommunalwahl 15. "
               "März 2020, Stadtrat list 22. November, 'seit 2004/2014' are distractors; Haus der Kultur = venue. "
               "Traps: current Stadträtin (a vocabulary label!), workplace Aschau am Inn, born in Mühldorf, the "
               "unnamed incumbent Erster Bürgermeister, quoted Ortsvorsitzender Günther Reischl-Maier (also "
               "V.i.S.d.P.), Kreistag Mühldorf a. Inn. Bundesland not named."),
    dict(file="docs/h15_50.md", person="Lars Tönjes", office="Direktkandidat Bundestag",
         region=["Bremen II – Bremerhaven (Wahlkreis 55)", "Wahlkreis 55", "Bremen II – Bremerhaven"], bundesland="Bremen",
         party="CDU", date="2024-11-25", doc_type="candidacy",
         notes="Third-person press release with front matter (date = dateline 25. November 2024); Vertreterversammlung "
               "'am Samstag' (Stadthalle Bremerhaven = venue), election 23. Februar 2025, Landesliste 7. Dezember "
               "(explicitly not on it) are distractors. Traps: current Stadtverordneter Bremerhaven, home Lehe, quoted "
               "Kreisvorsitzender Arne Wittrock-Seebeck, WK 54 Bremen I (unnamed candidate). Bundesland only via "
               "'CDU Bremen'."),
]


# ---------------------------------------------------------------------------------------------
def as_list(v):
    return v if isinstance(v, list) else [v]


def load_gazetteers():
    gem, kreis, wk = {}, {}, {}
    with open(GAZ / "gemeinden-2025.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for key in (r["name"], r["name_kurz"], r["name_frueher"]):
                if key:
                    gem.setdefault(key, set()).add(r["land"])
    with open(GAZ / "kreise-2024.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            kreis.setdefault(r["name"], set()).add(r["land"])
    with open(GAZ / "wahlkreise-btw2025.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            wk[int(r["nummer"])] = (r["name"], r["land"])
    return gem, kreis, wk


def region_lands(region, gaz):
    """Set of Länder the region lies in (empty set = Deutschland); raises if the region is unknown."""
    gem, kreis, wk = gaz
    if region == "Deutschland":
        return set()
    if region in LAENDER:
        return {region}
    m = re.fullmatch(r"(.+) \(Wahlkreis (\d+)\)", region)
    if m:
        name, num = m.group(1), int(m.group(2))
        assert num in wk and wk[num][0] == name, f"BTW Wahlkreis mismatch: {region!r} vs {wk.get(num)}"
        return {wk[num][1]}
    m = re.fullmatch(r"Wahlkreis (\d+)", region)
    if m:
        return {wk[int(m.group(1))][1]}
    for num, (name, land) in wk.items():
        if region == name:
            return {land}
    if region in SUBUNITS:
        return region_lands(SUBUNITS[region][0], gaz)
    bare = re.sub(r"^(Landkreis|Kreis|Stadt|Bezirk) ", "", region)
    lands = set()
    if bare in kreis:
        lands |= kreis[bare]
    if bare in gem:
        lands |= gem[bare]
    if not lands:
        raise AssertionError(f"region not in gazetteers: {region!r}")
    return lands


def doc_text(path: Path) -> str:
    if path.suffix in (".pdf", ".docx"):
        sys.path.insert(0, str(HERE))
        import make_docs  # noqa: E402  (the texts the binary files were written from)
        return make_docs.SOURCES[f"docs/{path.name}"]
    return path.read_text(encoding="utf-8")


def check(gold):
    problems = []
    gaz = load_gazetteers()
    names = [g["file"] for g in gold]
    assert len(gold) == 50 and len(set(names)) == 50, "need 50 distinct files"
    for i, g in enumerate(gold, 1):
        f = g["file"]
        assert re.fullmatch(rf"docs/h15_{i:02d}\.(txt|md|html|pdf|docx)", f), f
        path = HERE / f
        if not path.exists():
            problems.append(f"{f}: missing"); continue
        assert set(g) == {"file", "person", "office", "region", "bundesland", "party", "date", "doc_type", "notes",
                          "all_candidates", "source"}, f
        if g["doc_type"] not in DOC_TYPES:
            problems.append(f"{f}: doc_type {g['doc_type']!r}")
        office = as_list(g["office"])
        if office[0] is not None and office[0] not in OFFICES:
            problems.append(f"{f}: office {office[0]!r} not in vocabulary")
        if g["doc_type"] != "candidacy" and g["office"] is not None:
            problems.append(f"{f}: negative with office")
        if g["doc_type"] == "candidacy" and g["office"] is None:
            problems.append(f"{f}: candidacy without office")
        for p in as_list(g["party"]):
            if p is not None and p not in PARTIES:
                problems.append(f"{f}: party {p!r}")
        for b in as_list(g["bundesland"]):
            if b is not None and b not in LAENDER:
                problems.append(f"{f}: bundesland {b!r}")
        for d in as_list(g["date"]):
            if d is not None and not (re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d) and 1998 <= int(d[:4]) <= 2026):
                problems.append(f"{f}: date {d!r}")
        first_land = as_list(g["bundesland"])[0]
        for k, r in enumerate(as_list(g["region"])):
            if r is None:
                continue
            try:
                lands = region_lands(r, gaz)
            except (AssertionError, KeyError) as e:
                problems.append(f"{f}: {e}"); continue
            if lands and first_land is not None and first_land not in lands:
                problems.append(f"{f}: region {r!r} lies in {lands}, bundesland {first_land!r}")
            if r == "Deutschland" and first_land is not None:
                problems.append(f"{f}: Deutschland needs bundesland null first")
        multi = g["notes"].startswith("[multi]")
        if multi != (g["all_candidates"] is not None):
            problems.append(f"{f}: [multi] and all_candidates disagree")
        if multi:
            if [c["person"] for c in g["all_candidates"]] != as_list(g["person"]):
                problems.append(f"{f}: person list != all_candidates")
            for c in g["all_candidates"]:
                if c["office"] not in OFFICES:
                    problems.append(f"{f}: all_candidates office {c['office']!r}")
                if c["region"] not in as_list(g["region"]):
                    problems.append(f"{f}: all_candidates region {c['region']!r} not accepted as region")
        text = doc_text(path)
        flat = re.sub(r"\s+", " ", text)
        for p in as_list(g["person"]):
            if p is not None and p not in flat:
                problems.append(f"{f}: person {p!r} not in text")
        if g["source"] != SOURCE:
            problems.append(f"{f}: source")
    return problems


def self_test(gold_path: Path):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for g in GOLD:
            tmp.write(json.dumps({k: g[k] for k in ("file", "person", "office", "region", "bundesland", "party",
                                                   "date", "doc_type")}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(DEV2 / "score.py"), str(gold_path), tmp.name],
                         capture_output=True, text=True, check=True).stdout
    Path(tmp.name).unlink()
    rates = re.findall(r"^(\S+)\s+\d+/\d+\s+([\d.]+)$", out, re.M)
    assert rates and all(r == "1.000" for _, r in rates), out
    assert "documents: 50  predictions found: 50" in out, out
    return out


def main():
    gold = []
    for g in GOLD:
        rec = {"file": g["file"], "person": g["person"], "office": g["office"], "region": g["region"],
               "bundesland": g["bundesland"], "party": g["party"], "date": g["date"], "doc_type": g["doc_type"],
               "notes": g["notes"], "all_candidates": g.get("all_candidates"), "source": SOURCE}
        gold.append(rec)
    problems = check(gold)
    if problems:
        print("\n".join(problems)); sys.exit(1)
    gold_path = HERE / "gold.jsonl"
    with open(gold_path, "w", encoding="utf-8") as f:
        for rec in gold:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    lines = []
    for rec in gold:
        lines.append(f"{hashlib.sha256((HERE / rec['file']).read_bytes()).hexdigest()}  {rec['file']}")
    lines.append(f"{hashlib.sha256(gold_path.read_bytes()).hexdigest()}  gold.jsonl")
    (HERE / "gold.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = self_test(gold_path)
    print(out.rstrip())
    print(f"OK: {len(gold)} records checked; wrote gold.jsonl and gold.sha256")


if __name__ == "__main__":
    main()
