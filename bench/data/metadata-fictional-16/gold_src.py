#!/usr/bin/env python3
"""Gold table of metadata-fictional-16 (50 fictional documents); writes gold.jsonl and gold.sha256.

Run from anywhere:  python3 gold_src.py
The script checks itself (see check()) and exits non-zero on any failure. Decisions referred to as
D1 … D16 are explained in README.md.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GAZ = HERE.parents[3] / "shared" / "gazetteers"
SCORE = Path(__file__).resolve().parents[4] / "shared" / "eval" / "metadata-dev2" / "score.py"
SOURCE = "fictional-16"

N = None  # shorthand for null

# (nn, ext, person, office, region, bundesland, party, date, doc_type, notes, all_candidates)
ROWS = [
    (1, "odt", "Tobias Keuthen", "Bürgermeister", ["Bergweiler", "Ortsgemeinde Bergweiler"], "Rheinland-Pfalz", "SPD",
     ["2024-05", "2024-05-02"], "candidacy",
     "ODT letter to all households. Ortsbürgermeister of the Ortsgemeinde Bergweiler (VG Wittlich-Land) -> Bürgermeister (D1). "
     "Date: dated signature 'im Mai 2024'; ODT meta creation-date 2024-05-02 accepted as refinement (D6). Distractors: election "
     "9 June 2024 (also Verbandsgemeinderat Wittlich-Land, Kreistag Bernkastel-Wittlich), current offices Erster Beigeordneter, "
     "Ortsgemeinderat, Verbandsgemeinderat; workplace Wittlich; header 'SPD Wittlich-Land'; Sprechstunde 25. Mai.", None),
    (2, "txt", "Annika Wöhlermann", "Bürgermeister", ["Samtgemeinde Tostedt", "Tostedt"], "Niedersachsen", "Bündnis 90/Die Grünen",
     "2026-02-21", "candidacy",
     "Windows-1252 text. Samtgemeindebürgermeisterin -> Bürgermeister (D1); region the Samtgemeinde (its namesake Gemeinde "
     "Tostedt accepted). Distractors: home Handeloh, workplace Buchholz in der Nordheide, current Kreistag Landkreis Harburg, "
     "member Gemeinden Dohren/Wistedt/Königsmoor/Heidenau, assembly 14. März, election 'September 2026'.", None),
    (3, "md", "Merle Jessen-Frahm", "Kreistag", ["Schleswig-Flensburg", "Kreis Schleswig-Flensburg"], "Schleswig-Holstein",
     ["SSW", "Südschleswigscher Wählerverband", "Sydslesvigsk Vælgerforening"], "2023-02-11", "candidacy",
     "Bilingual Danish/German SSW post; Kreisliste for the Kreistag ('kredsdag', 'Slesvig-Flensborg amt'). Party not in the "
     "README list (D4). Front-matter date. Distractors: election 14 May 2023, nomination 25 Feb in Jaruplund (venue), home Tarp, "
     "current Gemeindevertretung Tarp and Amtsausschuss Amt Oeversee, Abitur in Flensburg.", None),
    (4, "html", "Korbinian Hallmayr", ["Bezirkstag", N],
     ["Miesbach", "Stimmkreis Miesbach", "Landkreis Miesbach", "Oberbayern", "Bezirk Oberbayern"], "Bayern", "Bayernpartei",
     "2023-07-27", "candidacy",
     "Bayernpartei, Bavarian dialect. Bezirkstag Oberbayern: direct candidate in Stimmkreis Miesbach plus place 9 on the "
     "Wahlkreisliste Oberbayern; no vocabulary label (D3); both areas accepted (D13). Post date 27 July 2023; election 8 Oct "
     "(distractor), sidebar dates. Current Gemeinderat Hausham (home), Feuerwehrkommandant; Minga/München only mentioned.", None),
    (5, "pdf", "Ruth Hegele-Sautter", ["Regionalversammlung", N],
     ["Esslingen", "Wahlkreis Esslingen", "Landkreis Esslingen", "Region Stuttgart"], "Baden-Württemberg", "ÖDP",
     "2023-11-18", "candidacy",
     "Text PDF with soft hyphens (printed as line-end hyphens, e.g. 'Regional-/versammlung'). Regionalversammlung of the Verband "
     "Region Stuttgart, Regionalwahl-Wahlkreis Esslingen (D3). Dated 18 Nov 2023; PDF CreationDate 2023-11-20 ignored (D6); "
     "nomination 25 Nov in Esslingen; election 9 June 2024. Current Stadträtin Kirchheim unter Teck, Kreisrätin; 'Dr.' dropped.", None),
    (6, "docx", "Philipp Vossenkaul", ["Landrat", "Städteregionsrat"], "Städteregion Aachen", "Nordrhein-Westfalen", "FDP",
     ["2025-03-14", "2025-04-05", "2025-09-14"], "candidacy",
     "DOCX; Städteregionsrat (directly elected head of the Städteregion) -> Landrat, free text accepted (D2). The visible text "
     "has no date of its own: DOCX created 2025-03-14 (D6), Kreiswahlversammlung '5. April' (year fixed by the election date in "
     "the text) and election 14 Sep 2025 accepted. Distractors: Rat der Stadt Eschweiler (current), company in Stolberg, "
     "OB election in the city of Aachen.", None),
    (7, "rtf", "Carola Wendeborn", "Stadtrat", "Darmstadt", "Hessen", ["Tierschutzpartei", "Partei Mensch Umwelt Tierschutz"],
     "2025-11-03", "candidacy",
     "Hand-written RTF with \\'xx escapes. Hessian Stadtverordnetenversammlung -> Stadtrat. Date '3.XI.2025' (Roman month, D9); "
     "assembly 22.XI.2025 and election 15 March 2026 are distractors. Party named by its official name PARTEI MENSCH UMWELT "
     "TIERSCHUTZ (D4). Darmstadt-Bessungen = home district.", None),
    (8, "txt", "Selin Yavuzkan", "Bezirksverordnetenversammlung", ["Neukölln", "Berlin-Neukölln", "Bezirk Neukölln"], "Berlin",
     "Die Linke", "2026-03-14", "candidacy",
     "UTF-8 with BOM and CRLF; soft hyphens inside words, no-break spaces, gender star. BVV Neukölln list. Dated signature "
     "14.03.2026; assembly 28 March, Vorstellung 21 March, election 20 Sep 2026. Explicitly not an Abgeordnetenhaus candidate; "
     "current Bürgerdeputierte; Gropiusstadt/Schillerkiez are home areas.", None),
    (9, "html", "Finja Lüders-Ocak", "Bezirksversammlung", ["Eimsbüttel", "Hamburg-Eimsbüttel", "Bezirk Eimsbüttel"], "Hamburg",
     "Volt", ["2024-05-06", "2024-04-29"], "candidacy",
     "Third-party Wahl-O-Mat-like candidate check with first-person justifications (D10). Profile 'zuletzt aktualisiert am "
     "06.05.2024' preferred, 'Antworten eingereicht am 29.04.2024' accepted. Distractors: other Volt candidates Ole-Marten "
     "Sievers and Yasemin Brandhoff in the sidebar, election 9 June 2024 in the footer, home Hamburg-Stellingen.", None),
    (10, "html", "Thomas Rehfeld-Kuhn", ["Direktkandidat Bundestag", "Landesliste Bundestag"],
     ["Magdeburg (Wahlkreis 69)", "Wahlkreis 69", "Magdeburg", "Sachsen-Anhalt"], "Sachsen-Anhalt", "BSW", "2025-02-03",
     "candidacy",
     "abgeordnetenwatch-like voter-question page: questions by citizens (Sieglinde K., Jonas W., Dr. Heike M. …), answers in "
     "the first person (D10). Double candidacy WK 69 + Landesliste place 4. Date = 'Profil zuletzt aktualisiert am 03.02.2025'; "
     "question/answer dates and election 23 Feb 2025 are distractors. Helmstedt, Börde, München only mentioned.", None),
    (11, "txt", "Olaf Dettmann", "Bürgermeister", "Groß Miltzow", "Mecklenburg-Vorpommern", "SPD", "2024-04-24", "candidacy",
     "Podcast transcript with speaker labels and timestamps (D11). Ehrenamtlicher Bürgermeister of Groß Miltzow (Amt Woldegk), "
     "election 9 June 2024. Host Jule Behnke is not the person; Maren Tiedt (Kreistag candidate) is a co-candidate. Published "
     "24 April (recorded 18 April in Woldegk). Distractors: Neubrandenburg studio, Amt Woldegk, workplace near Strasburg, "
     "Gemeindevertretung since 2019, Wehrführer.", None),
    (12, "txt", "Malin Oberdieck", "Direktkandidat Bundestag",
     ["Erfurt – Weimar – Weimarer Land II (Wahlkreis 192)", "Wahlkreis 192", "Erfurt – Weimar – Weimarer Land II"], "Thüringen",
     "Bündnis 90/Die Grünen", "2024-12-04", "candidacy",
     "Auto-generated video captions: lower case, no punctuation, timestamps; the name is properly cased only in the title line. "
     "Aspirant for the WK 192 nomination (D17). Upload date 04.12.2024; Wahlkreisversammlung '14 dezember' in Weimar (venue) and "
     "election '23 februar' distractors. Current Stadtrat Erfurt, former Kreisvorstand; Sömmerda/Apolda mentioned.", None),
    (13, "txt", "Marius Haupenthal", "Bürgermeister", "Losheim am See", "Saarland", "SPD", "2024-05-14", "candidacy",
     "Radio interview transcript (D11); moderator Tanja Reuter is not the person. Broadcast 14 May 2024; election 9 June, "
     "follow-up interviews 15/16 May. Distractors: workplace Landratsamt Merzig, Wadern, current Gemeinderat.", None),
    (14, "doc", "Hartmut Pfennigsdorf", "Bürgermeister", ["Briesen (Mark)", "Briesen"], "Brandenburg", "Die Linke", "2008-08",
     "candidacy",
     "Legacy Word 97 .doc, 2008. Ehrenamtlicher Bürgermeister of Briesen (Mark), amtsangehörig in Amt Odervorland (D1). "
     "Dated 'im August 2008'; election 28 Sep 2008 (also Kreistag Oder-Spree). PDS mentioned as the former party name; "
     "Gemeindevertretung since 1998 current; Frankfurt (Oder)/Berlin mentioned.", None),
    (15, "pdf", "Wilfried Terhorst", "Ortsvorsitzender", "Schermbeck", "Nordrhein-Westfalen", "SPD", "2010-02-22", "candidacy",
     "Image-only scanned PDF (OCR needed), typed letter 2010: bid for the chair of SPD-Ortsverein Schermbeck. Distractors: "
     "Jahreshauptversammlung 12 March 2010, Kommunalwahl 'im letzten August', Kreis Wesel (workplace), Rat der Gemeinde "
     "Schermbeck and Kassierer (current).", None),
    (16, "md", "Anton Rübsam", ["Ortschaftsrat", N], ["Engelsdorf", "Leipzig-Engelsdorf", "Leipzig"], "Sachsen",
     "Bündnis 90/Die Grünen", ["2024-03-19", "2024"], "candidacy",
     "Markdown without front matter; the only date is in the permalink URL (D8). Ortschaftsrat of the Leipzig Ortschaft "
     "Engelsdorf, no vocabulary label (D3). Explicitly not a Stadtrat candidate. Election 'im Juni' (no year). Gender colon.", None),
    (17, "html", "Gesa Brünjes", ["Beirat", N], ["Findorff", "Bremen-Findorff", "Bremen"], "Bremen", "SPD", "2023-03-02",
     "candidacy",
     "Bremen Stadtteilbeirat Findorff (D3), list place 3; &shy; and &nbsp; entities. <time datetime> = 2023-03-02; election "
     "14 May 2023. Co-candidates Hinrich Sasse, Mehmet Kaplanoğlu, Timo Wessels in a side box; Walle/Schwachhausen mentioned; "
     "sachkundige Bürgerin (current).", None),
    (18, "txt", "Ronald Bökelmann", "Bürgermeister", ["Verbandsgemeinde Elbe-Heide", "Elbe-Heide"], "Sachsen-Anhalt", "CDU",
     "2026-01", "candidacy",
     "Flyer to all households. Verbandsgemeindebürgermeister (Sachsen-Anhalt) -> Bürgermeister (D1). Dated 'Rogätz, im Januar "
     "2026'; election 22 March, run-off 12 April. Distractors: member Gemeinden, home Rogätz, workplace Kreisverwaltung Börde in "
     "Haldensleben, current Gemeinderat Rogätz and Verbandsgemeinderat.", None),
    (19, "html", "Birgit Hottenrott", "Bürgermeister", "Nazza", "Thüringen", [N, "Wählergemeinschaft Unser Nazza"], "2024-04",
     "candidacy",
     "Ehrenamtliche Bürgermeisterin of Nazza (VG Hainich-Werratal, Wartburgkreis) (D1). Nominated by a non-party "
     "Wählergemeinschaft; she is in no party (D5). Footer 'Seite erstellt im April 2024'; election 26 May 2024, run-off 9 June, "
     "Bürgerabend 8 May. Kurt Lindrath is only 'Verantwortlich'. Mihla, Wartburgkreis mentioned.", None),
    (20, "docx", "Tjark Harmening", ["Kreistag", "Regionsversammlung"], "Region Hannover", "Niedersachsen",
     "Bündnis 90/Die Grünen", "2026-02", "candidacy",
     "DOCX whose only date is in the footer ('Stand: Februar 2026'). Regionsversammlung = Kreistag of the Region Hannover (D2). "
     "Not a candidate for Regionspräsident. Current Ratsherr Garbsen; Wedemark/Springe mentioned; election September 2026.", None),
    (21, "txt", "Doreen Sachtleben", "Direktkandidat Bundestag", ["Harz (Wahlkreis 68)", "Wahlkreis 68", "Harz", "Landkreis Harz"],
     "Sachsen-Anhalt", "SPD", "2024-09-19", "candidacy",
     "Newspaper report, dateline 'HALBERSTADT.' (venue, not region), author abbreviation '(tkr)'. Issue date line 19 Sep 2024 "
     "(D16); assembly 'Dienstagabend'. Rival Frank Rosenthal-Biel and Kreisvorsitzender Uwe Lindenhain not extracted; home "
     "Wernigerode; Kreistag (current); Landesliste undecided; election 'September 2025' as then planned.", None),
    (22, "html", ["Florian Stadlhuber", "Veronika Ganslmeier", "Tobias Wimmesberger"], "Bürgermeister",
     ["Gars am Inn", "Gars a.Inn", "Gars"], "Bayern", ["CSU", "Freie Wähler", "Bündnis 90/Die Grünen", N], "2026-02-12",
     "candidacy",
     "[multi] Local newspaper portrait series, three separate portraits of the mayoral candidates of Markt Gars am Inn "
     "(VGem Gars a.Inn). Candidates of three parties: any of their parties or null accepted (D5). Byline author Sebastian "
     "Lenzinger is not a candidate. Article date 12 Feb 2026; election 8 March, run-off 22 March, Teil 1 on 10 Feb. Current "
     "offices Zweiter Bürgermeister / Marktgemeinderat; Wasserburg, Mühldorf, Mittergars, Unterreit mentioned.",
     [{"person": "Florian Stadlhuber", "office": "Bürgermeister", "region": ["Gars am Inn", "Gars a.Inn", "Gars"]},
      {"person": "Veronika Ganslmeier", "office": "Bürgermeister", "region": ["Gars am Inn", "Gars a.Inn", "Gars"]},
      {"person": "Tobias Wimmesberger", "office": "Bürgermeister", "region": ["Gars am Inn", "Gars a.Inn", "Gars"]}]),
    (23, "md", ["Imke Hoppensack", "Jan-Hendrik Oltmanns", "Svenja Dierks-Ahlers"], ["Beirat", N],
     ["Bremen", "Neustadt", "Bremen-Neustadt", "Walle", "Bremen-Walle", "Östliche Vorstadt", "Bremen-Östliche Vorstadt"],
     "Bremen", "Die PARTEI", "2023-02-20", "candidacy",
     "[multi] Die PARTEI satire announcing nominees for three Bremen Beiräte (D3, D12); gender underscore. Front-matter date "
     "2023-02-20; assembly 'am Samstag'; election 14 May 2023. Findorff, Vegesack, Oberneuland named without candidates; "
     "Bürgerschaft Landesliste from December (no names).",
     [{"person": "Imke Hoppensack", "office": ["Beirat", N], "region": ["Neustadt", "Bremen-Neustadt"]},
      {"person": "Jan-Hendrik Oltmanns", "office": ["Beirat", N], "region": ["Walle", "Bremen-Walle"]},
      {"person": "Svenja Dierks-Ahlers", "office": ["Beirat", N], "region": ["Östliche Vorstadt", "Bremen-Östliche Vorstadt"]}]),
    (24, "txt", "Reinhold Piechaczek", "Oberbürgermeister", "Bottrop", "Nordrhein-Westfalen", ["DKP", "Deutsche Kommunistische Partei"],
     "2025-02-08", "candidacy",
     "DKP press release (party not in the README list, D4). OB election 14 Sep 2025; Rat list without names. Kreisvorsitzende "
     "Martina Szczepanski (quoted, V.i.S.d.P.) is not the nominee. Welheim, Prosper-Haniel (past workplace).", None),
    (25, "html", ["Jasper Mwangi-Roth", "Lea-Sophie Ditzinger", "Konstantin Aufderheide"], "Stadtrat",
     ["Frankfurt am Main", "Frankfurt"], "Hessen", "Volt", "2025-10-18", "candidacy",
     "[multi] Volt Frankfurt list places 1-3 for the Stadtverordnetenversammlung (-> Stadtrat). Post date 18.10.2025; election "
     "15 March 2026, next assembly 8 Nov. Districts Gallus/Sachsenhausen/Höchst are home areas; Ortsbeirat lists later.",
     [{"person": "Jasper Mwangi-Roth", "office": "Stadtrat", "region": ["Frankfurt am Main", "Frankfurt"]},
      {"person": "Lea-Sophie Ditzinger", "office": "Stadtrat", "region": ["Frankfurt am Main", "Frankfurt"]},
      {"person": "Konstantin Aufderheide", "office": "Stadtrat", "region": ["Frankfurt am Main", "Frankfurt"]}]),
    (26, "txt", "Annette Scherschel", "Landesliste Landtag", "Saarland", "Saarland",
     ["Familienpartei", "Familien-Partei Deutschlands"], "2026-05-16", "candidacy",
     "Familienpartei (not in the README list, D4) press release: Spitzenkandidatin = Landesliste. Neunkirchen = venue; home "
     "Eppelborn; current Gemeinderat and stellv. Landesvorsitzende; Landesvorsitzender Dieter Kolling-Weis quoted; "
     "Wahlkreislisten Saarbrücken/Saarlouis/Neunkirchen later; election 2027.", None),
    (27, "md", ["Karsten Wollschläger", "Ines Brüdgam", "Piotr Zawadzki", "Sandra Zibell"], "Landesliste Landtag",
     "Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern", "BSW", "2026-03-29", "candidacy",
     "[multi] BSW MV Landesliste places 1-4; 'Dr.' dropped. Front-matter date 2026-03-29; dateline Güstrow (venue); election "
     "20 Sep 2026. Home towns Wismar, Anklam, Pasewalk, Neustrelitz; Wollschläger's current Kreisvorsitz Nordwestmecklenburg.",
     [{"person": "Karsten Wollschläger", "office": "Landesliste Landtag", "region": "Mecklenburg-Vorpommern"},
      {"person": "Ines Brüdgam", "office": "Landesliste Landtag", "region": "Mecklenburg-Vorpommern"},
      {"person": "Piotr Zawadzki", "office": "Landesliste Landtag", "region": "Mecklenburg-Vorpommern"},
      {"person": "Sandra Zibell", "office": "Landesliste Landtag", "region": "Mecklenburg-Vorpommern"}]),
    (28, "html", "Friederike Laue-Jansen", "Kandidat Europaparlament", "Deutschland", [N, "Niedersachsen"],
     ["Tierschutzpartei", "Partei Mensch Umwelt Tierschutz"], "2023-10-02", "candidacy",
     "Federal list for the European election 2024 -> Deutschland, bundesland null (home state Niedersachsen tolerated). Press "
     "release of the Niedersachsen LV dated 2 Oct 2023; Bundesparteitag in Kassel (venue); election 9 June 2024. Landessprecher "
     "Ole Brinkhege quoted; current Sprecherin KV Celle.", None),
    (29, "txt", "Gabriele Overkamp-Nies", ["Landschaftsversammlung", N],
     ["Kreis Unna", "Unna", "Westfalen-Lippe", "Landschaftsverband Westfalen-Lippe"], "Nordrhein-Westfalen", "SPD", "2025-10-24",
     "candidacy",
     "SPD-Kreistagsfraktion nominates a member of the Landschaftsversammlung Westfalen-Lippe (indirectly elected by the Kreistag; "
     "D3, D18). Münster = seat of the LWL; Bergkamen = venue; Bönen = home. Fraktionsvorsitzender Dirk Hennemeier-Schulte not "
     "extracted. Kreistag session 11 Nov and Kommunalwahl 14 Sep 2025 are distractors.", None),
    (30, "pdf", "Johanna Brandstetter-Kiening", ["Landrat", "Kreistag"], ["Altötting", "Landkreis Altötting"], "Bayern", "ÖDP",
     "2025-06-14", "candidacy",
     "Text PDF press release: Landrat candidate who also leads the Kreistag list (double candidacy, both labels). Dated "
     "14 June 2025 (= PDF CreationDate); election 8 March 2026. Burgkirchen a.d.Alz = venue/dateline; Chemiepark Gendorf "
     "workplace; Kreisvorsitzender Georg Huber-Thalhammer quoted; amtierender Landrat unnamed.", None),
    (31, "odt", "Arne Tiedemann-Voß", "Direktkandidat Bundestag",
     ["Ostholstein – Stormarn-Nord (Wahlkreis 9)", "Wahlkreis 9", "Ostholstein – Stormarn-Nord"], "Schleswig-Holstein", "CDU",
     "2024-11-21", "candidacy",
     "ODT press release. WK 9; assembly 'Mittwochabend' in Neustadt in Holstein (venue); Eutin dateline; home Lensahn; rival "
     "Maike Holsten (Bad Schwartau) not extracted; election 23 Feb 2025; current Kreistag Ostholstein and Gemeindevertretung.", None),
    (32, "txt", "Nadine Kasper-Hees", "Bürgermeister",
     ["Verbandsgemeinde Kirchberg (Hunsrück)", "Kirchberg (Hunsrück)", "Verbandsgemeinde Kirchberg"], "Rheinland-Pfalz",
     ["Freie Wähler", N], "2025-05-06", "candidacy",
     "FWG (local Freie Wählergemeinschaft, 'keine Partei') nominates a hauptamtliche Verbandsgemeindebürgermeisterin (D1, D5). "
     "Dated 06.05.2025; assembly Friday in Sohren (venue); election 21 Sep, run-off 5 Oct. Home Büchenbeuren (current Erste "
     "Beigeordnete), current Verbandsgemeinderat; Flughafen Hahn; FWG-Vorsitzender Manfred Schäfer-Thelen quoted.", None),
    # ----------------------------------------------------------------------------------------- negatives
    (33, "html", [N, "Kerstin Melzow"], N, "Thüringen", "Thüringen", "BSW", "2025-01-20", "other",
     "NEGATIVE: job advertisement of the BSW Landesverband ('Wir suchen … Referentin oder Referenten'). The only publication "
     "date is in HTML metadata (article:published_time / JSON-LD datePosted, D6); start date 1 April, deadline 16 Feb and "
     "interviews from 3 March are distractors. Contact Landesgeschäftsführerin Kerstin Melzow tolerated (D14).", None),
    (34, "pdf", ["Ulrike Tröger-Fasold", "Matthias Brenzel"], N, "Plauen", "Sachsen", "CDU", ["2023-01", "2023-01-04"], "other",
     "NEGATIVE: obituary of a long-serving Stadtrat. The deceased Eberhard Kühnhold is not the person; the two signers are "
     "(D14). Dated 'im Januar 2023' (PDF CreationDate 2023-01-04 accepted, D6); birth/death dates, 1989/1990/2000/2008/2014/2019, "
     "funeral 13 Jan are distractors; his past OB candidacy (2000) is no candidacy of this document.", None),
    (35, "md", [N, "Lars Kjærgaard-Nissen"], N, "Harrislee", "Schleswig-Holstein",
     ["SSW", "Südschleswigscher Wählerverband", "Sydslesvigsk Vælgerforening"], "2024-11-04", "press_release",
     "NEGATIVE: bilingual congratulation to the newly elected Bürgermeisterin Ilka Thomsen-Brix (not extracted). Quoted "
     "Ortsvorsitzender/contact tolerated (D14). Ortsteile, Padborg/Aabenraa (Denmark) mentioned.", None),
    (36, "odt", "Bernd Schmittgen", N, ["Verbandsgemeinde Rhein-Mosel", "Rhein-Mosel"], "Rheinland-Pfalz", ["Freie Wähler", N],
     "2025-07-02", "other",
     "NEGATIVE: resignation statement (Verbandsgemeinderat mandate and FWG Fraktionsvorsitz). Successor Heike Zerwas-Berg "
     "(Winningen) moves up - no candidacy. Dated 2 July 2025 (ODT creation-date 2025-07-01 ignored, D6); 31 July, 10 July, "
     "2009/2019 distractors. Home Kobern-Gondorf (Ortsgemeinderat kept).", None),
    (37, "html", N, N, ["Fürstenwalde/Spree", "Fürstenwalde"], "Brandenburg", "Die Linke", "2025-08-18", "other",
     "NEGATIVE: event page for a candidates' forum naming all five mayoral candidates (Carsten Wilmerstadt, Ramona "
     "Fiebig-Albrecht, Sören Kaatz, Esther Wollank, Henning Rauschenbach) - none is the person; moderator Annegret Brose. "
     "Post date 18.08.2025; event 4 Sep, election 21 Sep, video 8 Sep, sidebar dates are distractors.", None),
    (38, "md", N, N, ["Ludwigslust-Parchim", "Landkreis Ludwigslust-Parchim"], "Mecklenburg-Vorpommern", "Bündnis 90/Die Grünen",
     "2024-06-13", "other",
     "NEGATIVE: Kreistag seat-distribution table after the election (all numbers invented). Elected members (Johanne "
     "Petersilie-Krahl, Arvid Strelow, Cordula Behn, Matthias Ebeling-Rohde) are not candidates of this document. Front-matter "
     "date; constituent session 1 July, Fraktion 20 June.", None),
    (39, "txt", "Gerhard Mäulen", N, ["Region Stuttgart", N, "Landkreis Esslingen", "Esslingen"], "Baden-Württemberg",
     ["ÖDP", N], "2025-02-08", "other",
     "NEGATIVE: member's letter to the editor on the Regionalversammlung's wind-power plan (D14, D15). Page date 8 Feb 2025; the "
     "cited report of 4 Feb is a distractor. Filderstadt is the writer's home town (not a region); ÖDP membership named, "
     "null also accepted.", None),
    (40, "pdf", N, N, ["Fulda", "Landkreis Fulda"], "Hessen", "CDU", ["2025-03", "2025-03-17", "2025"], "other",
     "NEGATIVE: press review of the CDU Kreisverband, 'Stand: KW 12/2025' (D7). Contains a nomination item (Daniel Ruppert-Gies, "
     "Künzell) - a report about a report, not a candidacy. Item dates 17.-21.03.2025; fictional outlets.", None),
    (41, "txt", "Frank Mehnert-Sieber", N, ["Mittelsachsen", "Landkreis Mittelsachsen"], "Sachsen",
     ["dieBasis", "Basisdemokratische Partei Deutschlands"], "2024-01-12", "other",
     "NEGATIVE: Windows-1252/CRLF invitation to a Kreismitgliederversammlung whose agenda includes nominating Kreistag "
     "candidates (D4 for the party). Signed by the Vorsitzender. Meeting 3 Feb 2024, deadline 26 Jan, Kreistag election "
     "9 June 2024; Freiberg = venue/dateline.", None),
    (42, "html", [N, "Nele Grabowski-Hahn"], N, ["Pankow", "Berlin-Pankow", "Bezirk Pankow"], "Berlin", "Bündnis 90/Die Grünen",
     "2025-06-26", "press_release",
     "NEGATIVE: BVV-Fraktion press release (Kiezblock), gender underscore. Quoted speaker and V.i.S.d.P. tolerated (D14); "
     "Fraktionsvorsitzender Benedikt Aurich quoted. Komponistenviertel/Weißensee inside Pankow; Fröbelstraße footer address.", None),
    (43, "doc", "Klaus-Dieter Hahnfeld", N, ["Wandsbek", "Hamburg-Wandsbek", "Bezirk Wandsbek"], "Hamburg", "FDP", "2003-10-14",
     "press_release",
     "NEGATIVE: legacy .doc press release (2003) of the FDP-Fraktion in the Bezirksversammlung Wandsbek, signed by the "
     "Fraktionsvorsitzender ('Dr.' dropped). Ortsamt Walddörfer/Alstertal and Stadtteile; session 23 Oct distractor.", None),
    (44, "txt", "Stefanie Weyand-Kiefer", N, ["Saarlouis (Wahlkreis 297)", "Wahlkreis 297", "Saarlouis"], "Saarland", "Die Linke",
     "2025-02-25", "other",
     "NEGATIVE: thank-you post after the Bundestag election by a defeated direct candidate (past candidacy; future one left "
     "open) (D14). Dated 'Dillingen, 25. Februar 2025'; Kommunalwahl 2029 distractor; Lebach/Saarwellingen/Wallerfangen "
     "infostands.", None),
    (45, "md", N, N, ["Vegesack", "Bremen-Vegesack", "Bremen"], "Bremen", "Bündnis 90/Die Grünen", "2023-03-25", "programme",
     "NEGATIVE: Beirat election programme for Vegesack. Mentions the Spitzenkandidatin Frauke Dellwig (not the author). "
     "Front-matter date; adopted 18 March 2023; election 14 May 2023.", None),
    (46, "docx", ["Mareike Esser-Lindlau", "Jan-Ole Buschmann"], N, "Städteregion Aachen", "Nordrhein-Westfalen",
     "Bündnis 90/Die Grünen", "2024-06-03", "other",
     "NEGATIVE: motion (Antrag) to the Städteregionstag, signed by two Fraktion members (D14). Dated 03.06.2024 (= DOCX created); "
     "session 20 June 2024 distractor. Address line 'Zollernstraße 10, 52070 Aachen' is the administration's address; "
     "the incumbent Städteregionsrat is addressed without a name.", None),
    (47, "html", N, N, ["Amt Schlaubetal", "Schlaubetal"], "Brandenburg", "SPD", "2025-05-02", "other",
     "NEGATIVE: event calendar with seven event dates (10.05.-21.06.2025); the document's own date is 'Eingestellt am "
     "02.05.2025' (also 'Letzte Änderung'). Member Gemeinden, Rießen, Müllrose venues; Landtag 2029 distractor.", None),
    (48, "txt", [N, "Maik Pfotenhauer"], N, "Dresden", "Sachsen", "Die PARTEI", "2025-04-01", "press_release",
     "NEGATIVE: satirical press release (Carolabrücke). Kreisvorsitzender quoted and V.i.S.d.P. (tolerated). Future 'Kandidat:innen' "
     "only mentioned; 'seit 2004' distractor.", None),
    (49, "txt", [N, "Jens-Uwe Petersen-Dibbern"], N, ["Amt Hüttener Berge", "Hüttener Berge"], "Schleswig-Holstein", "CDU",
     "2025-10-17", "press_release",
     "NEGATIVE: press release of the CDU Ortsverbände in an Amt on the Amtsumlage. Quoted contact person tolerated (D14). "
     "Owschlag dateline, Holzbunge/Ahlefeld-Bistensee, Ämter Dänischer Wohld/Eiderkanal, Kreis Rendsburg-Eckernförde mentioned; "
     "session 6 Nov distractor.", None),
    (50, "pdf", N, N, ["Schwaben", "Bezirk Schwaben"], "Bayern", "CSU", "2025-05-14", "press_release",
     "NEGATIVE: press release of the CSU-Fraktion in the Bezirkstag von Schwaben; the only date is in the footer line "
     "'Augsburg · 14.05.2025 · Seite 1/1'. Fraktionsvorsitzender Anton Weißgerber-Lutz quoted, not the author (V.i.S.d.P. is the "
     "Fraktion). Augsburg = seat; Allgäu/Oberallgäu mentioned.", None),
]

# ---------------------------------------------------------------------------------------------
# Vocabulary and documented extensions
# ---------------------------------------------------------------------------------------------
OFFICES = {
    "Direktkandidat Bundestag", "Landesliste Bundestag", "Direktkandidat Landtag", "Landesliste Landtag",
    "Kandidat Europaparlament", "Bürgermeister", "Oberbürgermeister", "Landrat", "Stadtrat", "Gemeinderat", "Kreistag",
    "Bezirksversammlung", "Bezirksverordnetenversammlung", "Ortsvorsitzender", "Kreisvorsitzender",
    "stellv. Kreisvorsitzender", "Landesvorsitzender", "stellv. Landesvorsitzender", "Landesvorstand", "Landesschatzmeister",
    "Bundesvorstand", "Bundesparteitagsdelegierter", "Landesparteitagsdelegierter", "Bezirksvorsitzender", "Kreisvorstand",
    "Bundesvorsitzender", "stellv. Bundesvorsitzender",
}
# Free-text office alternatives for bodies the vocabulary lacks (README decisions D2, D3).
FREE_OFFICES = {"Bezirkstag", "Regionalversammlung", "Ortschaftsrat", "Beirat", "Landschaftsversammlung",
                "Regionsversammlung", "Städteregionsrat"}
PARTIES = {"Die Linke", "SPD", "Bündnis 90/Die Grünen", "CDU", "CSU", "FDP", "Volt", "Piratenpartei", "BSW", "ÖDP",
           "Freie Wähler", "Die PARTEI"}
# Parties outside the README list (D4) and a local list name (D5).
EXTRA_PARTIES = {"SSW", "Südschleswigscher Wählerverband", "Sydslesvigsk Vælgerforening", "Bayernpartei", "Tierschutzpartei",
                 "Partei Mensch Umwelt Tierschutz", "dieBasis", "Basisdemokratische Partei Deutschlands", "Familienpartei",
                 "Familien-Partei Deutschlands", "DKP", "Deutsche Kommunistische Partei", "Wählergemeinschaft Unser Nazza"}
LANDS = {"Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen", "Mecklenburg-Vorpommern",
         "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt",
         "Schleswig-Holstein", "Thüringen"}
DOC_TYPES = {"candidacy", "press_release", "programme", "other"}

# Documented sub-units (D20 in README): name -> (kind of parent, parent name); the parent is checked in the gazetteers.
SUBUNITS = {
    "Stimmkreis Miesbach": ("kreis", "Miesbach"),
    "Oberbayern": ("land", "Bayern"), "Bezirk Oberbayern": ("land", "Bayern"),
    "Schwaben": ("land", "Bayern"), "Bezirk Schwaben": ("land", "Bayern"),
    "Wahlkreis Esslingen": ("kreis", "Esslingen"),
    "Region Stuttgart": ("land", "Baden-Württemberg"),
    "Westfalen-Lippe": ("land", "Nordrhein-Westfalen"), "Landschaftsverband Westfalen-Lippe": ("land", "Nordrhein-Westfalen"),
    "Neukölln": ("gemeinde", "Berlin"), "Berlin-Neukölln": ("gemeinde", "Berlin"), "Bezirk Neukölln": ("gemeinde", "Berlin"),
    "Pankow": ("gemeinde", "Berlin"), "Berlin-Pankow": ("gemeinde", "Berlin"), "Bezirk Pankow": ("gemeinde", "Berlin"),
    "Eimsbüttel": ("gemeinde", "Hamburg"), "Hamburg-Eimsbüttel": ("gemeinde", "Hamburg"), "Bezirk Eimsbüttel": ("gemeinde", "Hamburg"),
    "Wandsbek": ("gemeinde", "Hamburg"), "Hamburg-Wandsbek": ("gemeinde", "Hamburg"), "Bezirk Wandsbek": ("gemeinde", "Hamburg"),
    "Engelsdorf": ("gemeinde", "Leipzig"), "Leipzig-Engelsdorf": ("gemeinde", "Leipzig"),
    "Findorff": ("gemeinde", "Bremen"), "Bremen-Findorff": ("gemeinde", "Bremen"),
    "Neustadt": ("gemeinde", "Bremen"), "Bremen-Neustadt": ("gemeinde", "Bremen"),
    "Walle": ("gemeinde", "Bremen"), "Bremen-Walle": ("gemeinde", "Bremen"),
    "Östliche Vorstadt": ("gemeinde", "Bremen"), "Bremen-Östliche Vorstadt": ("gemeinde", "Bremen"),
    "Vegesack": ("gemeinde", "Bremen"), "Bremen-Vegesack": ("gemeinde", "Bremen"),
}
# Spellings used in the documents for gazetteer Gemeinden (name in the gazetteer on the right).
ALIASES = {"Gars am Inn": "Gars a.Inn"}
PREFIXES = ("Landkreis ", "Kreis ", "Stadt ", "Gemeinde ", "Ortsgemeinde ", "Markt ")
VERBAND_PREFIXES = {"Verbandsgemeinde ": "Verbandsgemeinde", "Samtgemeinde ": "Samtgemeinde", "Amt ": "Amt",
                    "Verwaltungsgemeinschaft ": "Verwaltungsgemeinschaft"}


def dash(s: str) -> str:
    return re.sub(r"\s*[\u2010-\u2015-]\s*", "-", s)


class Gazetteer:
    def __init__(self) -> None:
        rd = lambda f: list(csv.DictReader(open(GAZ / f, encoding="utf-8")))
        self.wk = {int(r["nummer"]): r for r in rd("wahlkreise-btw2025.csv")}
        self.wk_by_name = {}
        for r in self.wk.values():
            self.wk_by_name.setdefault(dash(r["name"]), set()).add(r["land"])
        self.kreise = {}
        for r in rd("kreise-2024.csv"):
            self.kreise.setdefault(r["name"], set()).add(r["land"])
        self.gem = {}
        self.verband = {}
        for r in rd("gemeinden-2025.csv"):
            for key in {r["name"], r["name_kurz"]} - {""}:
                self.gem.setdefault(key, set()).add(r["land"])
            if r["gemeindeverband"]:
                v = r["gemeindeverband"]
                for key in {v, v.split(" (")[0]}:
                    self.verband.setdefault(key, {}).setdefault(r["gemeindeverband_typ"], set()).add(r["land"])

    def lands(self, region: str) -> set[str]:
        """The Länder a region alternative lies in; raises ValueError if it cannot be checked."""
        if region == "Deutschland":
            return {"Deutschland"}
        if region in LANDS:
            return {region}
        if region in SUBUNITS:
            kind, parent = SUBUNITS[region]
            table = {"land": {p: {p} for p in LANDS}, "kreis": self.kreise, "gemeinde": self.gem}[kind]
            if parent not in table:
                raise ValueError(f"sub-unit parent {parent!r} not in gazetteer")
            return set(table[parent])
        m = re.fullmatch(r"(.+) \(Wahlkreis (\d+)\)", region)
        if m:
            row = self.wk.get(int(m.group(2)))
            if not row or dash(row["name"]) != dash(m.group(1)):
                raise ValueError(f"Wahlkreis name/number mismatch: {region!r}")
            return {row["land"]}
        m = re.fullmatch(r"Wahlkreis (\d+)", region)
        if m:
            if int(m.group(1)) not in self.wk:
                raise ValueError(f"no Wahlkreis {region!r}")
            return {self.wk[int(m.group(1))]["land"]}
        found: set[str] = set()
        if dash(region) in self.wk_by_name:
            found |= self.wk_by_name[dash(region)]
        for prefix, typ in VERBAND_PREFIXES.items():
            if region.startswith(prefix):
                name = region[len(prefix):]
                if typ not in self.verband.get(name, {}):
                    raise ValueError(f"no {typ} {name!r}")
                return found | self.verband[name][typ]
        name = ALIASES.get(region, region)
        for prefix in PREFIXES:
            if name.startswith(prefix) and (name[len(prefix):] in self.kreise or name[len(prefix):] in self.gem):
                name = name[len(prefix):]
                break
        for table in (self.kreise, self.gem):
            found |= table.get(name, set())
        for typs in self.verband.get(name, {}).values():
            found |= typs
        if not found:
            raise ValueError(f"region {region!r} not found in the gazetteers")
        return found


# ---------------------------------------------------------------------------------------------
def as_list(v):
    return v if isinstance(v, list) else [v]


def records() -> list[dict]:
    out = []
    for nn, ext, person, office, region, land, party, date, doc_type, notes, allc in ROWS:
        out.append({"file": f"docs/h16_{nn:02d}.{ext}", "person": person, "office": office, "region": region,
                    "bundesland": land, "party": party, "date": date, "doc_type": doc_type, "notes": notes,
                    "all_candidates": allc, "source": SOURCE})
    return out


def load_make_docs():
    spec = importlib.util.spec_from_file_location("make_docs_16", HERE / "make_docs.py")
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def rtf_text(raw: str) -> str:
    raw = re.sub(r"\{\\info.*?\}\}", "", raw, flags=re.S)
    raw = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
    raw = raw.replace("\\par", "\n")
    raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
    return raw.replace("{", "").replace("}", "")


def doc_text(path: Path, texts: dict[str, str]) -> str:
    if path.name in texts:
        return texts[path.name]
    raw = path.read_bytes()
    if path.suffix == ".rtf":
        return rtf_text(raw.decode("ascii"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if path.suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def norm_text(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).casefold()


ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def valid_iso(d: str) -> bool:
    if not ISO.fullmatch(d):
        return False
    parts = d.split("-")
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return 1990 <= int(parts[0]) <= 2030


def check(recs: list[dict]) -> list[str]:
    errors: list[str] = []
    err = errors.append
    gaz = Gazetteer()
    texts = load_make_docs().TEXTS

    expected = {r["file"].split("/")[1] for r in recs}
    present = {p.name for p in DOCS.iterdir()}
    if len(recs) != 50 or len(expected) != 50:
        err(f"need 50 distinct records, have {len(recs)}")
    if present != expected:
        err(f"docs/ mismatch: missing {sorted(expected - present)}, extra {sorted(present - expected)}")
    nums = sorted(int(re.search(r"h16_(\d\d)", f).group(1)) for f in expected)
    if nums != list(range(1, 51)):
        err("file numbering is not 01..50")

    for r in recs:
        f = r["file"]
        cand = r["doc_type"] == "candidacy"
        if r["doc_type"] not in DOC_TYPES:
            err(f"{f}: doc_type {r['doc_type']!r}")
        # office
        offs = as_list(r["office"])
        for o in offs:
            if o is not None and o not in OFFICES and o not in FREE_OFFICES:
                err(f"{f}: office {o!r} not in vocabulary")
        if cand and (r["office"] is None or not any(o is not None for o in offs)):
            err(f"{f}: candidacy without office")
        if not cand and r["office"] is not None:
            err(f"{f}: negative with office")
        # party, land
        for p in as_list(r["party"]):
            if p is not None and p not in PARTIES and p not in EXTRA_PARTIES:
                err(f"{f}: party {p!r}")
        lands = as_list(r["bundesland"])
        for b in lands:
            if b is not None and b not in LANDS:
                err(f"{f}: bundesland {b!r}")
        # date
        for d in as_list(r["date"]):
            if d is not None and not valid_iso(d):
                err(f"{f}: date {d!r}")
        # region and agreement with bundesland
        for reg in as_list(r["region"]):
            if reg is None:
                continue
            try:
                rl = gaz.lands(reg)
            except ValueError as e:
                err(f"{f}: {e}")
                continue
            if rl == {"Deutschland"}:
                if None not in lands:
                    err(f"{f}: region Deutschland needs bundesland null")
            elif not rl & {b for b in lands if b}:
                err(f"{f}: region {reg!r} lies in {sorted(rl)}, bundesland {lands}")
        # multi
        multi = bool(r["notes"]) and r["notes"].startswith("[multi]")
        if multi != (r["all_candidates"] is not None):
            err(f"{f}: [multi] mark and all_candidates disagree")
        if multi:
            ac = r["all_candidates"]
            if len(ac) < 2:
                err(f"{f}: multi with fewer than 2 candidates")
            if sorted(as_list(r["person"])) != sorted(c["person"] for c in ac):
                err(f"{f}: person list != all_candidates persons")
            for c in ac:
                if not set(as_list(c["office"])) <= set(offs):
                    err(f"{f}: candidate office {c['office']!r} not among record offices")
                if not set(as_list(c["region"])) <= set(as_list(r["region"])):
                    err(f"{f}: candidate region {c['region']!r} not among record regions")
            if not cand:
                err(f"{f}: multi must be a candidacy")
        # person in text
        text = norm_text(doc_text(HERE / f, texts))
        for p in as_list(r["person"]):
            if p is None:
                continue
            first, last = p.rsplit(" ", 1)
            if norm_text(p) not in text and norm_text(f"{last}, {first}") not in text:
                err(f"{f}: person {p!r} not found in text")
        if cand and r["person"] is None:
            err(f"{f}: candidacy without person")
        if not r["notes"]:
            err(f"{f}: notes missing")

    # composition
    c = sum(r["doc_type"] == "candidacy" for r in recs)
    m = sum(bool(r["all_candidates"]) for r in recs)
    if (c, m, len(recs) - c) != (32, 4, 18):
        err(f"composition {c} candidacies / {m} multi / {len(recs) - c} negatives, expected 32/4/18")
    seen_lands = {b for r in recs for b in as_list(r["bundesland"]) if b}
    if seen_lands != LANDS:
        err(f"Länder missing: {sorted(LANDS - seen_lands)}")
    return errors


def self_score(gold_path: Path) -> list[str]:
    out = subprocess.run([sys.executable, str(SCORE), str(gold_path), str(gold_path)], capture_output=True, text=True,
                         cwd=HERE)
    errors = []
    if out.returncode != 0:
        return [f"score.py failed: {out.stderr}"]
    lines = out.stdout.strip().splitlines()
    if "predictions found: 50" not in lines[0]:
        errors.append(f"score.py: {lines[0]}")
    for line in lines[1:]:
        if not line.rstrip().endswith("1.000"):
            errors.append(f"score.py self-test below 1.000: {line}")
    print(out.stdout, end="")
    return errors


def main() -> int:
    recs = records()
    gold_path = HERE / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    errors = check(recs) + self_score(gold_path)
    files = sorted(DOCS.iterdir()) + [gold_path]
    (HERE / "gold.sha256").write_text(
        "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(HERE).as_posix()}\n" for p in files),
        encoding="utf-8")
    for e in errors:
        print("FAIL:", e)
    print(f"{len(recs)} records, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
