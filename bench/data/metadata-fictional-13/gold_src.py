#!/usr/bin/env python3
"""Gold table of held-out set 13 (50 synthetic documents in new formats).

    ../../../.venv/bin/python gold_src.py      # (re-executes itself there if pypdf is missing)

Writes gold.jsonl (dev2 record format) and gold.sha256, then runs the checks listed in README.md
and the self-test with ../shared/eval/metadata-dev2/score.py (beside the project). Exit status 1 on any failure.

Per record, the keys `distractors`, `places`, `subplaces` and `btw` are for the checks only and are
not written to gold.jsonl:
  distractors  named people who must NOT be extracted (checked to occur in the text)
  places       Gemeinden / Kreise named in the document (checked in the gazetteers)
  subplaces    Stadtteile / Ortsteile / Bezirke (not in the gazetteers; listed for the reader)
  btw          Bundestag Wahlkreis numbers named in the document (checked in wahlkreise-btw2025.csv)
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the project root

try:
    import pypdf  # noqa: F401
except ImportError:  # run again with the project's venv, which has pypdf
    venv = str(ROOT / ".venv" / "bin" / "python")
    if os.path.exists(venv) and sys.executable != venv:
        os.execv(venv, [venv, *sys.argv])
    raise

HERE = Path(__file__).resolve().parent
GAZ = ROOT.parent / "shared" / "gazetteers"
SCORE = ROOT.parent / "shared" / "eval" / "metadata-dev2" / "score.py"
N = None  # readability: a null inside an alternatives list

GR = "Bündnis 90/Die Grünen"
FW = ["Freie Wähler", "BVB/Freie Wähler"]


def multi(persons, office, region, extra_regions=None):
    """all_candidates entries with one office/region for every person."""
    out = []
    for p in persons:
        r = (extra_regions or {}).get(p, region)
        out.append({"person": p, "office": office, "region": r})
    return out


ERL = ["Katrin Wölfel-Ertl", "Matthias Hofbeck", "Aylin Demirci", "Florian Schnabl", "Ulrike Meixner",
       "Jonas Breitenbacher", "Heike Sponsel", "Tobias Lindenberger", "Marion Pfitzinger", "Yusuf Kaplan",
       "Anna-Lena Rosshirt", "Gerhard Zwingel"]
MZG = ["Jörg Weinland", "Nicole Schwarzbach", "Timo Feltes", "Elke Riehm-Barth", "Kevin Lauer"]
NEU = ["Sibel Karagöz-Wendt", "Till Sandmann", "Oskar Riedesel", "Merve Ünlü"]
MVL = ["Johanna Vierck", "Moritz Tessendorf", "Antje Lüdemann-Krey", "Paul Nietzold", "Imke Ahlers",
       "Ole Bräsecke", "Katja Hinrichsen", "Benno Glaubitz"]
OSL = [("Hanna Ostermeyer-Kuhl", "Melle"), ("Lukas Grothaus", "Bramsche"),
       ("Christiane Meyerhöfer", "Georgsmarienhütte"), ("Tobias Wübbeler", "Quakenbrück"),
       ("Mareike Kortlüke", "Bad Iburg")]
GIL = ["Michael Schwalb", "Sabine Kornmann", "Dennis Reitz", "Claudia Wagner-Lemp", "Oliver Schmandt",
       "Tanja Ebersold", "Rüdiger Weidig", "Nina Habermehl", "Jochen Stumpf", "Melanie Kratz"]
EUL = [("Leander Hoffstätter", "Bayern"), ("Miriam Overkamp", "Nordrhein-Westfalen"),
       ("Kolja Brandes-Lutz", "Berlin"), ("Franziska Zehmisch", "Sachsen"),
       ("Tobias Ruckaberle", "Baden-Württemberg")]
NRW14 = ["Katharina Wollenweber", "Timo Brackelmann", "Sevgi Arslan-Hüttemann", "Lars Overdiek",
         "Miriam Schäpers", "Jan-Ole Kämper", "Gülsen Yavuz", "Benedikt Rasche", "Fabian Wittkopp",
         "Lea Hünninghaus", "Marco Pellegrini-Stahl", "Svenja Ahlbrecht", "Hakan Ölmez"]

GOLD = [
# ------------------------------------------------------------------------------------------ 01
dict(file="h13_01.docx", person="Ilka Wendehorst", office="Landesliste Landtag", region="Rheinland-Pfalz",
     bundesland="Rheinland-Pfalz", party=GR, date="2025-09-14", doc_type="candidacy",
     notes="Bewerbungsbogen as a Word table ('Name, Vorname: Wendehorst, Ilka' - reorder) followed by a first-person "
           "Bewerbungsschreiben. Document date = form field 'Datum, Unterschrift: Trier, 14.09.25' (two-digit year). "
           "Traps: core properties creator Jannik Oberrieder (Landesgeschäftsstelle staff) and created 2021-02-03 "
           "(template); footer deadline 20. September 2025 and office in Mainz; form field 'Kreisverband: Trier' is the "
           "home KV, not the region of a Landesliste candidacy; LDV 11.10.2025 in Idar-Oberstein (assembly/venue); "
           "election 22.03.2026; current office Stadträtin Trier; past Sprecherin Grüne Jugend Trier; Konz = workplace. "
           "Listenplatz 7 (notes only).",
     distractors=["Jannik Oberrieder"], places=["Trier", "Idar-Oberstein", "Konz", "Mainz"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 02
dict(file="h13_02.pdf", person="Jolanda Pietzsch", office="Stadtrat", region="Leipzig", bundesland="Sachsen",
     party="Die Linke", date="2024-01-12", doc_type="candidacy",
     notes="SCANNED letter (image-only PDF, 2 pages, 'Seite 1 von 2'): letterhead with name, address, phone and e-mail "
           "in a right-hand column; recipient 'DIE LINKE. Leipzig Stadtvorstand'. Dateline 'Leipzig, 12.01.24' "
           "(two-digit year). Distractors: Gesamtmitgliederversammlung 24.02.2024 (assembly), election 09.06.2024; "
           "current office Stadtbezirksbeirätin Südost; past Landessprecherin Linksjugend ['solid] Sachsen 2012-2014; "
           "Borna (birthplace), Markkleeberg (workplace), Probstheida/Stötteritz (parts of Leipzig). Bundesland only "
           "via 'Linksjugend ['solid] Sachsen'.",
     distractors=[], places=["Leipzig", "Borna", "Markkleeberg"], subplaces=["Südost", "Probstheida", "Stötteritz"], btw=[]),
# ------------------------------------------------------------------------------------------ 03
dict(file="h13_03.docx", person=ERL, office="Stadtrat", region="Erlangen", bundesland="Bayern", party="SPD",
     date="2025-07-24", doc_type="candidacy",
     notes="[multi] Press release announcing the WHOLE city-council list; a Word table Platz/Name/Ort/Beruf with the "
           "first 12 of 50 places (all 12 are gold). The 'Ort' column holds Erlangen districts (home districts, not "
           "regions). Header 'Vorsitzende: Gudrun Lämmermann' (quoted chair, not on the list). Aufstellungsversammlung "
           "Saturday 19.07.2025 in Erlangen-Bruck; election 08.03.2026; OB nomination pending (no name). Core creator "
           "'Kreisgeschäftsstelle SPD Erlangen', created 2023-02-14 (template). Bundesland not named.",
     all_candidates=multi(ERL, "Stadtrat", "Erlangen"),
     distractors=["Gudrun Lämmermann"], places=["Erlangen"],
     subplaces=["Büchenbach", "Bruck", "Anger", "Tennenlohe", "Alterlangen", "Eltersdorf", "Frauenaurach",
                "Sieglitzhof", "Röthelheimpark", "Dechsendorf", "Kosbach"], btw=[]),
# ------------------------------------------------------------------------------------------ 04
dict(file="h13_04.odt", person="Malin Schnettler", office="Landesvorstand", region="Niedersachsen",
     bundesland="Niedersachsen", party="Volt", date="2025-03-17", doc_type="candidacy",
     notes="ODT with a small form table (Name/Stadtteam/Position 'Beisitzerin im Landesvorstand'). Running header "
           "'Vorlage Bewerbung Landesvorstand · Version vom 14.11.2023' and meta creation-date 2023-11-14 / "
           "initial-creator 'Volt NDS Orga-Team' are template data, not the document date; the signature "
           "'Osnabrück, 17. März 2025' is. Landesparteitag 05.04.2025 in Hildesheim (venue). Current role Co-Lead of the "
           "Stadtteam Osnabrück; Münster (study, JEF - not a party youth organisation); footer Hannover; "
           "'Kommunalwahlen im Herbst 2026'.",
     distractors=[], places=["Osnabrück", "Hildesheim", "Münster", "Hannover"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 05
dict(file="h13_05.docx", person="Steffen Kallweit", office="Kreistag",
     region=["Burgenlandkreis", "Wahlbereich Zeitz (Burgenlandkreis)", "Wahlbereich Zeitz"],
     bundesland="Sachsen-Anhalt", party="CDU", date="2024-01-12", doc_type="candidacy",
     notes="Cover letter + CV as a borderless two-column Word table. Core creator Doreen Kallweit (family member who "
           "typed the file) and created 2019-05-06 (old CV file) are traps. Header = candidate's private address in "
           "Elsteraue; recipient = Kreisgeschäftsstelle in Naumburg (Saale). Dateline 'Elsteraue, 12. Januar 2024'. "
           "Distractors: Vertreterversammlung 24.02.2024 in Naumburg, election 09.06.2024, birth date 14.08.1976 "
           "(Weißenfels), CV years; past office Kreisvorsitzender Junge Union Kreisverband Zeitz 1997-1999; current "
           "Gemeinderat Elsteraue; Handwerkskammer Halle. Bundesland not named.",
     distractors=["Doreen Kallweit"], places=["Burgenlandkreis", "Elsteraue", "Zeitz", "Naumburg (Saale)", "Weißenfels",
                                              "Halle (Saale)"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 06
dict(file="h13_06.rtf", person="Leonie Grabenhorst", office="Kreisvorsitzender",
     region=["Marburg-Biedenkopf", "Landkreis Marburg-Biedenkopf", "Kreisverband Marburg-Biedenkopf"],
     bundesland="Hessen", party="FDP", date="2026-01", doc_type="candidacy",
     notes="Hand-written RTF with a {\\header} letterhead naming the OUTGOING 'Kreisvorsitzender: Harald Dörrbecker' "
           "(predecessor, not the person) and the Marburg office/phone; \\info author 'Geschäftsstelle FDP MR-BID', "
           "creatim 2020-01-09. Partial date from 'Marburg, im Januar 2026'. Traps: current office stellvertretende "
           "Kreisvorsitzende (stellv. Kreisvorsitzender is NOT the office sought) and Stadtverordnete Marburg; past "
           "Landesvorstand Junge Liberale Hessen 2014-2016; Kreisparteitag 14.02.2026 in Biedenkopf (venue); "
           "Kommunalwahl 15.03.2026; Stadtallendorf = workplace. Gendered 'Kreisvorsitzende'.",
     distractors=["Harald Dörrbecker"], places=["Marburg-Biedenkopf", "Marburg", "Biedenkopf", "Stadtallendorf"],
     subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 07
dict(file="h13_07.md", person="Carsten Ruhnke", office="Landesliste Landtag", region="Mecklenburg-Vorpommern",
     bundesland="Mecklenburg-Vorpommern", party=["SPD", N], date="2026-01-27", doc_type="candidacy",
     notes="Markdown with YAML front matter (title, date, tags; no author); the name only in the closing line "
           "'Carsten Ruhnke, Hagenow'. Party only via 'Genossinnen und Genossen'/'Jusos' - SPD is not named, so null "
           "is also accepted. Distractors: election 20.09.2026; Landesparteitag 14.03.2026 in Rostock (venue); current "
           "offices Kreistag Ludwigslust-Parchim and Stadtvertreter Hagenow; past Juso-Kreisvorsitzender 2005-2008; "
           "Parchim (grew up), Schwerin (workplace), Lübtheen/Boizenburg (examples).",
     distractors=[], places=["Hagenow", "Parchim", "Schwerin", "Rostock", "Lübtheen", "Boizenburg/ Elbe",
                             "Ludwigslust-Parchim"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 08
dict(file="h13_08.pdf", person="Mandy Tautenhahn", office="Direktkandidat Bundestag",
     region=["Gera – Greiz – Altenburger Land (Wahlkreis 193)", "Wahlkreis 193", "Gera – Greiz – Altenburger Land"],
     bundesland="Thüringen", party="BSW", date="2024-11-16", doc_type="candidacy",
     notes="SCANNED official form 'Niederschrift über die Versammlung zur Aufstellung des Wahlkreisbewerbers' "
           "(Anlage 20 BWO): third-person nomination record, label/value layout; the nominee only as 'Name, Vorname: "
           "Tautenhahn, Mandy' (reorder). Form date 'Gera, 16.11.2024' = assembly date. Distractors: Versammlungsleiter "
           "Bernd Kolbeck, Schriftführerin Peggy Rothämel, Vertrauenspersonen Ronny Seidenfaden and Uwe Schmeißer; "
           "election 23.02.2025; Ronneburg = address; footer 'BSW Kreisverband Gera – Greiz'. Party in full "
           "('Bündnis Sahra Wagenknecht – Vernunft und Gerechtigkeit (BSW)'). Bundesland not named.",
     distractors=["Bernd Kolbeck", "Peggy Rothämel", "Ronny Seidenfaden", "Uwe Schmeißer"],
     places=["Gera", "Ronneburg"], subplaces=[], btw=[193]),
# ------------------------------------------------------------------------------------------ 09
dict(file="h13_09.docx", person=["Sandra Weyrich", "Thorsten Quirin", N], office=None,
     region=["Dillingen/Saar", "Dillingen"], bundesland="Saarland", party="SPD", date="2025-03-07", doc_type="other",
     notes="NEGATIVE: minutes of a Jahreshauptversammlung at which NOBODY was elected (Vorstand not due; Revisoren "
           "vote postponed). 'Nominierung für den Landtagswahlkreis Saarlouis' in 2026 mentioned, no applicant. "
           "Person: the minute-taker Sandra Weyrich ('Für das Protokoll') preferred; the chair Thorsten Quirin "
           "('Sitzungsleitung', also 'Vorsitzender' in the header and core creator) and null accepted. Date = meeting "
           "date in the title. Traps: core title 'Protokoll JHV 2024' and created 2024-03-01 (last year's file reused); "
           "footer 'Seite 1 von 2'; Europa-/Kommunalwahl 9. Juni (2024, past), Sommerfest 28. Juni, 31.12.2024. "
           "Bundesland not named.",
     distractors=[], places=["Dillingen/ Saar", "Saarlouis", "Saarwellingen"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 10
dict(file="h13_10.odt", person="Janne Vollrath", office=["Bezirksverordnetenversammlung", "Bezirksverordneter"],
     region=["Treptow-Köpenick", "Berlin-Treptow-Köpenick"], bundesland="Berlin", party="Die Linke",
     date="2026-02-03", doc_type="candidacy",
     notes="BVV candidacy. Negation trap: explicitly NOT a candidate for the Abgeordnetenhaus (elected the same day, "
           "20.09.2026). Hauptversammlung 28.02.2026 (assembly). Past: Bürgerdeputierte in the BVV Lichtenberg "
           "2016-2021 (other district, past role). Schöneweide/Oberschöneweide/Adlershof = parts of the district. "
           "Header 'DIE LINKE. Treptow-Köpenick · Bewerbungen für die BVV-Liste 2026'; meta initial-creator "
           "'Bezirksgeschäftsstelle', creation-date 2022-01-10.",
     distractors=[], places=["Berlin"], subplaces=["Treptow-Köpenick", "Schöneweide", "Oberschöneweide", "Adlershof",
                                                   "Lichtenberg"], btw=[]),
# ------------------------------------------------------------------------------------------ 11
dict(file="h13_11.pdf", person="Rebekka Hanselmann", office="Bundesparteitagsdelegierter",
     region=["Heidelberg", "Kreisverband Heidelberg"], bundesland="Baden-Württemberg", party=GR,
     date="2025-09-12", doc_type="candidacy",
     notes="Text PDF, 2 pages. Running header on every page 'Kreismitgliederversammlung 25.09.2025' (assembly date) vs. "
           "the signed date 'Heidelberg, 12.09.2025' (document date). Info author 'KV Heidelberg Geschäftsstelle', "
           "CreationDate 2024-08-30. BDK 'im November 2025' (delegate to the Bundesdelegiertenkonferenz). Current "
           "office Bezirksbeirätin Handschuhsheim; Heilbronn = birthplace / past Grüne Jugend; 'Seite 1 von 2'. "
           "Bundesland not named.",
     distractors=[], places=["Heidelberg", "Heilbronn"], subplaces=["Handschuhsheim"], btw=[]),
# ------------------------------------------------------------------------------------------ 12
dict(file="h13_12.docx", person="Jana Bökenkamp", office="Bürgermeister", region="Rheinberg",
     bundesland="Nordrhein-Westfalen", party="CDU", date="2024-11-18", doc_type="candidacy",
     notes="Third-person nomination press release. Header 'CDU-Stadtverband Rheinberg · Vorsitzender: Norbert "
           "Terlinden' (quoted chair); footer CDU-Kreisverband Wesel in Wesel (other town); core creator 'Presse CDU "
           "Kreis Wesel', created 2022-06-01. Dateline 18.11.2024 = document date; assembly Friday 15.11.2024; election "
           "14.09.2025. Gendered 'Bürgermeisterkandidatin'. Moers = workplace; current office Rat der Stadt Rheinberg; "
           "past JU-Vorsitzende. Bundesland not named.",
     distractors=["Norbert Terlinden"], places=["Rheinberg", "Moers", "Wesel"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 13
dict(file="h13_13.rtf", person=[N, "Lasse Brüggemann"], office=None,
     region=["Hamburg-Mitte", "Hamburg", "Kreisverband Hamburg-Mitte"], bundesland="Hamburg", party=GR,
     date="2025-04-22", doc_type=["programme", "other"],
     notes="NEGATIVE: motion (Antrag A-7) of a Kreisverband to the Landesmitgliederversammlung; no signer. Contact "
           "'Lasse Brüggemann, Sprecher des Kreisverbands' (current office) is tolerated like a V.i.S.d.P. "
           "'Eingereicht am: 22.04.2025' = document date; LMV 17.05.2025 (RTF header) and KMV 08.04.2025 are "
           "distractors; \\info author 'Kreisvorstand Mitte', creatim 2025-04-20. doc_type: a policy motion is labelled "
           "'programme' (decision), 'other' accepted. Veddel/Wilhelmsburg = parts of the district.",
     distractors=[], places=["Hamburg"], subplaces=["Hamburg-Mitte", "Veddel", "Wilhelmsburg"], btw=[]),
# ------------------------------------------------------------------------------------------ 14
dict(file="h13_14.txt", person=[N, "Okke Vennemann"], office=None, region=["Bremen", "Land Bremen"],
     bundesland="Bremen", party="Die Linke", date="2025-06-04", doc_type="press_release",
     notes="NEGATIVE: policy press release of the Landesverband (Sozialticket). Quoted Ute Kaminski-Rohde (member of "
           "the Bürgerschaft - current mandate). Landessprecher Okke Vennemann is V.i.S.d.P. (tolerated). "
           "Bürgerschaftswahl 2027 and a future Landesparteitag mentioned without any candidate; Bremerhaven.",
     distractors=["Ute Kaminski-Rohde"], places=["Bremen", "Bremerhaven"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 15
dict(file="h13_15.docx", person="Tjark Olthoff", office=["Bezirksversammlung", "Beirat", "Beiratsmitglied"],
     region=["Findorff", "Bremen-Findorff", "Beirat Findorff"], bundesland="Bremen", party=GR,
     date="2026-10-30", doc_type="candidacy",
     notes="Candidacy for a Bremen Beirat (Stadtteil council). The vocabulary has no label for it; decision (see "
           "README): sub-municipal district councils get 'Bezirksversammlung', the literal 'Beirat' is accepted. "
           "Negation: explicitly NOT a Bürgerschaft candidacy. Election 'im Mai 2027', Mitgliederversammlung "
           "21.11.2026. Header 'Sprecherin: Wiebke Harjes', who is also the core creator (compiled the candidacies; "
           "created 2022-11-02). Current role sachkundiger Bürger im Fachausschuss; Leer (Ostfriesland) = birthplace; "
           "past Sprecher Grüne Jugend Bremen; Hemmstraße = street.",
     distractors=["Wiebke Harjes"], places=["Bremen", "Leer (Ostfriesland)"], subplaces=["Findorff"], btw=[]),
# ------------------------------------------------------------------------------------------ 16
dict(file="h13_16.odt", person=["Frank Siebeneicher", N], office=None,
     region=["Meißen (Wahlkreis 154)", "Wahlkreis 154", "Meißen", "Landkreis Meißen"], bundesland="Sachsen",
     party="CDU", date="2024-10-14", doc_type="other",
     notes="NEGATIVE: invitation to the Vertreterversammlung that will nominate the Bundestag candidate (not yet "
           "held). The two applicants Annett Kühnel (Coswig) and Holger Wendisch (Großenhain) are named in passing - "
           "no nomination, so they are not gold. Signed by the Kreisvorsitzender Frank Siebeneicher (current office; "
           "also in the header). Assembly 09.11.2024 in Radebeul (venue), deadline 01.11.2024, election 23.02.2025. "
           "Meta creator 'Kreisgeschäftsstelle Meißen', created 2020-10-05. Bundesland not named.",
     distractors=["Annett Kühnel", "Holger Wendisch"], places=["Meißen", "Radebeul", "Coswig", "Großenhain"],
     subplaces=[], btw=[154]),
# ------------------------------------------------------------------------------------------ 17
dict(file="h13_17.doc", person="Ömer Akdeniz", office="Stadtrat", region=["Bielefeld", "Brackwede"],
     bundesland="Nordrhein-Westfalen", party="SPD", date="2025-03-02", doc_type="candidacy",
     notes="Word 97 binary .doc (plain paragraphs; name as first line and in the signature). 'Rat der Stadt "
           "Bielefeld' + Reserveliste -> Stadtrat; he also runs in his Wahlbezirk in Brackwede (accepted as region). "
           "Distractors: Wahlkreiskonferenz 29.03.2025, election 14.09.2025; current office Bezirksvertretung "
           "Brackwede; Gütersloh birthplace, Herford workplace, Sennestadt; Jusos OWL. Bundesland not named.",
     distractors=[], places=["Bielefeld", "Gütersloh", "Herford"], subplaces=["Brackwede", "Sennestadt"], btw=[]),
# ------------------------------------------------------------------------------------------ 18
dict(file="h13_18.pdf", person="Nadine Osterkamp", office="Landesliste Bundestag", region="Nordrhein-Westfalen",
     bundesland="Nordrhein-Westfalen", party="Die Linke", date="2024-12-09", doc_type="candidacy",
     notes="Text PDF: press release of the KV Bochum about ONE nominee (headline, body, quote: Platz 9 of the NRW "
           "Landesliste) with the first 14 places appended 'zur Dokumentation'. NOT [multi]: the other 13 names in the "
           "list and Jonas Terhorst (direct candidate WK 139 Bochum I, nominated in October) are distractors. "
           "Landesvertreterversammlung Saturday 07.12.2024 in Hamm (venue); election 23.02.2025; current office "
           "Kreissprecherin (Linke 'Sprecher' = chair; trap). Info author 'Die Linke Bochum', CreationDate 2024-12-10.",
     distractors=NRW14 + ["Jonas Terhorst"], places=["Bochum", "Hamm"], subplaces=[], btw=[139]),
# ------------------------------------------------------------------------------------------ 19
dict(file="h13_19.pdf", person="Henrik Oltmanns", office=["Bezirksversammlung", "Bezirksabgeordneter"],
     region=["Wandsbek", "Hamburg-Wandsbek", "Bezirk Wandsbek", "Bramfeld"], bundesland="Hamburg", party="CDU",
     date="2024-06-09", doc_type="candidacy",
     notes="SCANNED two-column flyer: name/'Zur Person' in the left column, first-person text in the right. No "
           "document date -> election day 'Bezirksversammlungswahl am 9. Juni 2024'. 'Bezirksliste Platz 6'; "
           "'Ihr Kandidat für Bramfeld' (part of the district, accepted). Traps: footer V.i.S.d.P. Kerstin Hagemeister; "
           "Lübeck birthplace; current role zugewählter Bürger im Regionalausschuss; past Vorsitzender JU Wandsbek "
           "2003-2006. Hamburg appears only in the postal address.",
     distractors=["Kerstin Hagemeister"], places=["Hamburg", "Lübeck"], subplaces=["Wandsbek", "Bramfeld", "Steilshoop"],
     btw=[]),
# ------------------------------------------------------------------------------------------ 20
dict(file="h13_20.docx", person="Annegret Schölzel", office=None, region=["Oberhavel", "Landkreis Oberhavel"],
     bundesland="Brandenburg", party="CDU", date="2025-03-22", doc_type="other",
     notes="NEGATIVE: speech of the Kreisvorsitzende ('Dr.' dropped) at a Kreisparteitag; the speaker is the author. "
           "Core creator Marion Gerlof (staff/speechwriter) and created 2025-03-18 are traps. Date = date of the "
           "speech in the title; Velten = venue. Upcoming Bürgermeisterwahlen mentioned without any name; current "
           "office Kreisvorsitzende; BTW (February 2025) past. Header 'Es gilt das gesprochene Wort'. Bundesland not "
           "named.",
     distractors=["Marion Gerlof"], places=["Oberhavel", "Velten", "Hennigsdorf", "Oranienburg", "Fürstenberg/Havel"],
     subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 21
dict(file="h13_21.odt", person="Quirin Eibl", office=["Kreistag", "Bezirkstag"],
     region=["Deggendorf", "Stimmkreis Deggendorf", "Landkreis Deggendorf", "Niederbayern"], bundesland="Bayern",
     party=FW, date="2023-01-14", doc_type="candidacy",
     notes="Direct candidacy for the Bavarian Bezirkstag (Bezirk Niederbayern) in the Stimmkreis Deggendorf. The "
           "vocabulary has no 'Bezirkstag'; decision (see README): nearest canonical label 'Kreistag' (elected "
           "assembly of a Kommunalverband), the literal 'Bezirkstag' accepted. NOT a Landtag candidacy although it is "
           "elected with the Landtag on 08.10.2023. Traps: past Bezirksvorsitzender of the Junge Freie Wähler "
           "Niederbayern (a vocabulary label!); current Marktgemeinderat Hengersberg; Aufstellungsversammlung "
           "28.01.2023 in Plattling (venue); Mainkofen (Bezirksklinikum); meta creation-date 2018-01-15 (template of "
           "the 2018 election).",
     distractors=[], places=["Deggendorf", "Plattling", "Hengersberg"], subplaces=["Mainkofen", "Niederbayern"], btw=[]),
# ------------------------------------------------------------------------------------------ 22
dict(file="h13_22.rtf", person=MZG, office="Stadtrat", region="Merzig", bundesland="Saarland", party="SPD",
     date="2024-02-19", doc_type="candidacy",
     notes="[multi] RTF press release with an RTF table (Platz/Name/Stadtteil) of the top 5 of the city-council list. "
           "Stadtverbandsvorsitzender Michael Dillschneider quoted (not on the list); Ortsrat lists and the "
           "Kreistagsliste Merzig-Wadern mentioned without names. Mitgliederversammlung 'am Samstag' (17.02.2024) in "
           "Hilbringen; election 09.06.2024; Jörg Weinland is current Fraktionsvorsitzender; 'Stadtteil' = home "
           "district. \\info author 'Stadtverband', creatim 2023-05-22. Bundesland not named.",
     all_candidates=multi(MZG, "Stadtrat", "Merzig"),
     distractors=["Michael Dillschneider"], places=["Merzig", "Merzig-Wadern"],
     subplaces=["Hilbringen", "Brotdorf", "Besseringen", "Schwemlingen"], btw=[]),
# ------------------------------------------------------------------------------------------ 23
dict(file="h13_23.pdf", person=["Maximilian Dandl", N], office=None, region=["Bruckmühl", "Markt Bruckmühl"],
     bundesland="Bayern", party="CSU", date="2025-07", doc_type="other",
     notes="NEGATIVE: SCANNED two-column newsletter of a CSU Ortsverband, 'Ausgabe Juli 2025' (issue = document date). "
           "Grußwort signed 'Ihr Maximilian Dandl, Ortsvorsitzender' (current office). Traps: Nominierungsversammlung "
           "24.10.2025 for the Marktgemeinderat list and an UNNAMED Bürgermeister candidate; Kommunalwahl 08.03.2026; "
           "Landtagsabgeordneter by role; Götting/Heufeld (Ortsteile), Mangfall; footer 'Seite 1'. Bundesland not "
           "named.",
     distractors=[], places=["Bruckmühl"], subplaces=["Götting", "Heufeld"], btw=[]),
# ------------------------------------------------------------------------------------------ 24
dict(file="h13_24.pdf", person=None, office=None, region="Stuttgart", bundesland="Baden-Württemberg", party="Volt",
     date="2024-01-20", doc_type="programme",
     notes="NEGATIVE: chapter 3 of a municipal election programme (text PDF, page header 'Seite 14'). Document date = "
           "'Beschlossen von der Mitgliederversammlung am 20. Januar 2024'; Info CreationDate 2023-11-02 and author "
           "'Programmkommission Volt Stuttgart' are distractors; Kommunalwahl 09.06.2024; Utrecht/Kopenhagen "
           "(examples); 'Unsere Kandidierenden für den Gemeinderat' without names. Bundesland not named.",
     distractors=[], places=["Stuttgart"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 25
dict(file="h13_25.docx", person="Hinnerk Brodersen-Lüth", office="Landesliste Landtag", region="Schleswig-Holstein",
     bundesland="Schleswig-Holstein", party="FDP", date="2026-10-12", doc_type="candidacy",
     notes="Letter on the letterhead of the KV Rendsburg-Eckernförde: header 'Kreisvorsitzende: Gesa Thormählen' "
           "(not the candidate), who is also the core creator (created 2024-05-02, title 'Briefbogen KV RD-ECK'). "
           "Dateline 'Eckernförde, 12.10.26' (two-digit year). Landesparteitag 07.11.2026 in Neumünster (venue); "
           "election 'im Mai 2027'. Traps: current office Ratsherr in Eckernförde; past Landesvorsitzender of the Junge "
           "Liberale 2011-2013 ('Landesvorsitzender' is a vocabulary label); Kiel = workplace.",
     distractors=["Gesa Thormählen"], places=["Eckernförde", "Rendsburg", "Neumünster", "Kiel", "Rendsburg-Eckernförde"],
     subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 26
dict(file="h13_26.md", person=NEU, office=["Bezirksverordnetenversammlung", "Bezirksverordneter"],
     region=["Neukölln", "Berlin-Neukölln"], bundesland="Berlin", party="Piratenpartei", date="2026-02-14",
     doc_type="candidacy",
     notes="[multi] Markdown with YAML (title, date, author 'Piraten Neukölln'): first four places of the BVV list in "
           "a numbered list with bold names and home districts (Nord-Neukölln, Britz, Rudow, Gropiusstadt). Assembly "
           "07.02.2026; election 20.09.2026; Abgeordnetenhaus list mentioned without names; Junge Piraten (past); "
           "Hermannplatz. Bundesland only via 'Abgeordnetenhaus'/Neukölln.",
     all_candidates=multi(NEU, "Bezirksverordnetenversammlung", "Neukölln"),
     distractors=[], places=[], subplaces=["Neukölln", "Britz", "Rudow", "Gropiusstadt"], btw=[]),
# ------------------------------------------------------------------------------------------ 27
dict(file="h13_27.doc", person=None, office=None, region=["Hildesheim", "Landkreis Hildesheim"],
     bundesland="Niedersachsen", party="FDP", date="2024-03-18", doc_type="other",
     notes="NEGATIVE: Satzung of a Kreisverband (Word 97 .doc); a Satzung is labelled 'other' (decision). Date: the "
           "current version 'zuletzt geändert ... vom 18. März 2024'; the original adoption 12.04.2019 is a "
           "distractor. Mentions the offices of the Kreisvorstand and the Aufstellung of Kreistag/Landtag candidates "
           "only generically - no person at all. Bundesland not named.",
     distractors=[], places=["Hildesheim"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 28
dict(file="h13_28.pdf", person="Henrike Feistkorn", office="Direktkandidat Bundestag",
     region=["Halle (Wahlkreis 71)", "Wahlkreis 71", "Halle", "Halle (Saale)"], bundesland="Sachsen-Anhalt",
     party=GR, date="2024-12", doc_type="candidacy",
     notes="SCANNED two-column page of a member newspaper ('Ausgabe Dezember 2024 · Seite 3'): third-person report of "
           "the nomination in the left column; the right column is an unrelated article signed 'Text: Timo Kaltofen'. "
           "Document date = issue (newsletter rule); KMV 23.11.2024 and election 23.02.2025 are distractors. Current "
           "office Stadträtin Halle; Merseburg = origin; a Landesliste place is only undecided (LDK in Magdeburg, "
           "venue). Footer V.i.S.d.P. Kreisvorstand. Bundesland not named.",
     distractors=["Timo Kaltofen"], places=["Halle (Saale)", "Merseburg", "Magdeburg"], subplaces=["Südstadt"], btw=[71]),
# ------------------------------------------------------------------------------------------ 29
dict(file="h13_29.docx", person="Enrico Blankenfeld", office="Stadtrat", region="Eberswalde", bundesland="Brandenburg",
     party=FW, date="2024-02-12", doc_type="candidacy",
     notes="Stadtverordnetenversammlung -> Stadtrat. Negation: 'Für den Kreistag Barnim kandidiere ich nicht'. "
           "Election 09.06.2024. Current office Ortsbeirat Finow (part of Eberswalde). Header 'BVB / FREIE WÄHLER · "
           "Regionalverband Barnim'; core creator 'Ortsgruppe Eberswalde', created 2021-09-13. Bundesland not named.",
     distractors=[], places=["Eberswalde", "Barnim"], subplaces=["Finow"], btw=[]),
# ------------------------------------------------------------------------------------------ 30
dict(file="h13_30.odt", person=["Levke Jöhnk", "Arne Sievers", N], office=None, region=["Plön", "Kreis Plön"],
     bundesland="Schleswig-Holstein", party=GR, date="2026-09-19", doc_type="other",
     notes="NEGATIVE: minutes of a Kreismitgliederversammlung. Under TOP 4 Swantje Hollender introduced herself as an "
           "applicant for the Landesliste 2027 (elected later by the LMV; no vote here) - a passing mention, not a "
           "candidacy document. Person: the minute-taker Levke Jöhnk (also meta initial-creator, created "
           "2026-09-20) preferred; Versammlungsleitung Arne Sievers and null accepted. Preetz = venue; Ämter Probstei "
           "and Selent/Schlesen; B 76. Bundesland not named.",
     distractors=["Swantje Hollender"], places=["Plön", "Preetz"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 31
dict(file="h13_31.odt", person=MVL, office="Landesliste Landtag", region="Mecklenburg-Vorpommern",
     bundesland="Mecklenburg-Vorpommern", party=GR, date="2025-11-23", doc_type="candidacy",
     notes="[multi] Press release with an ODT table Platz/Name/Kreisverband/Beruf: first 8 places of the Landesliste "
           "for the Landtag election 20.09.2026. The 'Kreisverband' column is the home KV, not the region. LDK "
           "'am Samstag' (22.11.2025) in Güstrow (venue); Landessprecherin Dörte Wilkening quoted (not on the list); "
           "meta creation-date 2025-11-20.",
     all_candidates=multi(MVL, "Landesliste Landtag", "Mecklenburg-Vorpommern"),
     distractors=["Dörte Wilkening"], places=["Schwerin", "Güstrow", "Rostock", "Vorpommern-Greifswald",
                                              "Nordwestmecklenburg", "Ludwigslust-Parchim",
                                              "Mecklenburgische Seenplatte", "Vorpommern-Rügen"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 32
dict(file="h13_32.txt", person="Silke Hörold", office="Landrat",
     region=["Saalfeld-Rudolstadt", "Landkreis Saalfeld-Rudolstadt"], bundesland="Thüringen", party="Die Linke",
     date="2024-01-08", doc_type="candidacy",
     notes="Plain text letter. Gendered 'Landrätin'. Election 26.05.2024 together with the Kreistag (the Kreistag "
           "election is a trap, she holds a seat there already: current Fraktionsvorsitzende im Kreistag, Stadträtin "
           "Rudolstadt). Kreismitgliederversammlung 03.02.2024 in Rudolstadt; Pößneck = birthplace (other Kreis); "
           "Schwarzatal, Heide. Party only as 'der Linken'. Bundesland not named.",
     distractors=[], places=["Saalfeld-Rudolstadt", "Saalfeld/Saale", "Rudolstadt", "Pößneck"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 33
dict(file="h13_33.pdf", person=["Dirk Hesselbarth", N], office=None, region=["Gotha", "Landkreis Gotha"],
     bundesland="Thüringen", party="CDU", date="2025-09-02", doc_type="other",
     notes="NEGATIVE: SCANNED invitation (2 pages, 'Seite 1 von 2'), letterhead with address, phone and fax in a "
           "right-hand column. Agenda item 'Wahl der Delegierten zum Landesparteitag' without any candidate. Signed "
           "by the Kreisvorsitzender (current office). Assembly 26.09.2025 in Waltershausen; deadlines 19.09. and "
           "12.09.2025. Bundesland only via 'Thüringerwaldbahn'.",
     distractors=[], places=["Gotha", "Waltershausen"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 34
dict(file="h13_34.docx", person="Yvonne Brückner-Sahm", office="Direktkandidat Bundestag",
     region=["Chemnitz (Wahlkreis 161)", "Wahlkreis 161", "Chemnitz"], bundesland="Sachsen", party="SPD",
     date="2024-10-28", doc_type="candidacy",
     notes="Header 'SPD Stadtverband Chemnitz · Vorsitzender: Torsten Gläßer', who is also the core creator (created "
           "2024-10-01, title 'Bewerbungsvorlage'). Wahlkreiskonferenz 16.11.2024; election 23.02.2025. Negation: no "
           "Landesliste. Traps: born in 'Karl-Marx-Stadt' (historic name of Chemnitz), Kappel (district); current "
           "Stadträtin / stellv. Fraktionsvorsitzende; past Landesvorstand Jusos Sachsen ('Landesvorstand' is a "
           "vocabulary label); Kulturhauptstadt 2025; Leipzig/Dresden.",
     distractors=["Torsten Gläßer"], places=["Chemnitz", "Leipzig", "Dresden"], subplaces=["Kappel"], btw=[161]),
# ------------------------------------------------------------------------------------------ 35
dict(file="h13_35.pdf", person="Jannes Oberdörfer", office="Bundesvorstand", region="Deutschland",
     bundesland=[N, "Hessen"], party="Piratenpartei", date="2025-06", doc_type="candidacy",
     notes="Text PDF, 2 pages, running header 'Bewerbung für den Bundesvorstand · Bundesparteitag 2025.1 · Seite 1/2'. "
           "Beisitzer -> Bundesvorstand; federal board -> region Deutschland, home state Hessen tolerated. Date from "
           "the signature 'Darmstadt, im Juni 2025' (partial); BPT 28./29.06.2025 in Kassel (venue). Info author "
           "'pad-export', CreationDate 2025-06-03. Trap: current office Schatzmeister of the Landesverband Hessen "
           "(= 'Landesschatzmeister', a vocabulary label); Junge Piraten (past).",
     distractors=[], places=["Darmstadt", "Kassel"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 36
dict(file="h13_36.md", person=["Bernd Loheide", N], office=None, region=["Kassel", "Landkreis Kassel"],
     bundesland="Hessen", party="ÖDP", date="2025-09-28", doc_type="other",
     notes="NEGATIVE: event review (YAML author = the Kreisverband, date 2025-09-28). Signed 'Text: Bernd Loheide' "
           "(preferred; null accepted). Kreisvorsitzende Gudrun Schäfermeyer mentioned (current office). The list for "
           "the Kommunalwahl 15.03.2026 is still to be set up (no names). Königsplatz, Vellmar. Bundesland not named.",
     distractors=["Gudrun Schäfermeyer"], places=["Kassel", "Vellmar"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 37
dict(file="h13_37.rtf", person="Veronika Staudacher-Halm", office=["Gemeinderat", "Stadtrat"], region="Ravensburg",
     bundesland="Baden-Württemberg", party="CDU", date="2024-02-03", doc_type="candidacy",
     notes="RTF letter; BW city council = Gemeinderat (Stadtrat accepted). Negation: 'Für den Kreistag bewerbe ich "
           "mich nicht'. Current office Ortschaftsrat Schmalegg (Ortschaft of Ravensburg); Nominierungsversammlung "
           "24.02.2024; election 09.06.2024; Weingarten = workplace; JU Oberschwaben. \\info author 'Stadtverband', "
           "creatim 2019-02-11. Bundesland not named.",
     distractors=[], places=["Ravensburg", "Weingarten"], subplaces=["Schmalegg"], btw=[]),
# ------------------------------------------------------------------------------------------ 38
dict(file="h13_38.rtf", person=["Kerstin Dahlenburg", N], office=None, region=["Stendal", "Landkreis Stendal"],
     bundesland="Sachsen-Anhalt", party="SPD", date="2025-03", doc_type="other",
     notes="NEGATIVE: Rechenschaftsbericht of a Kreisvorstand (RTF). Own date 'Stendal, im März 2025' (partial) vs. "
           "Kreisparteitag 05.04.2025 in Tangermünde (distractor). Nico Ebeling was asked to 'prüfen' a Landtag "
           "candidacy in the WK Stendal - in passing, no candidacy. Past election results (Kommunalwahl June 2024); "
           "Osterburg. Signed 'Kerstin Dahlenburg, Kreisvorsitzende' (current office). \\info creatim 2025-03-03. "
           "Bundesland not named.",
     distractors=["Nico Ebeling"], places=["Stendal", "Tangermünde", "Osterburg (Altmark)"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 39
dict(file="h13_39.docx", person="Lucia Ferraro-Benz", office="Kandidat Europaparlament", region="Deutschland",
     bundesland=[N, "Bayern"], party="Volt", date="2023-07-21", doc_type="candidacy",
     notes="Form table (Name, Wohnort 'Würzburg (Bayern)', Volt-Team, 'Angestrebte Kandidatur: Platz auf der "
           "Bundesliste zur Europawahl 2024', Datum 21.07.2023) + unsigned-date letter. Federal list -> region "
           "Deutschland, home state Bayern tolerated. Core creator 'Volt DE Wahlkommission', created 2019-01-20 "
           "(template of 2019); election 09.06.2024. Current role Co-Lead Würzburg; Bologna/Straßburg (study).",
     distractors=[], places=["Würzburg"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 40
dict(file="h13_40.docx", person=[N, "Nadine Fröhlke"], office=None, region="Deutschland", bundesland=None,
     party="BSW", date="2025-10-15", doc_type="press_release",
     notes="NEGATIVE: federal policy press release (Netzentgelte). Quoted spokesperson Rüdiger Holtkamp; V.i.S.d.P. "
           "Nadine Fröhlke (tolerated). Party leadership by role only; Thüringen and Frankreich are examples, not the "
           "region. Core created 2025-10-14.",
     distractors=["Rüdiger Holtkamp"], places=[], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 41
dict(file="h13_41.docx", person="Jasper Olde-Riekmann", office="Landesparteitagsdelegierter",
     region=["Altona", "Hamburg-Altona", "Kreis Altona"], bundesland="Hamburg", party="SPD", date="2026-01-12",
     doc_type="candidacy",
     notes="Delegate to the Landesparteitag of the SPD Hamburg, elected by the Kreis Altona. Header 'Kreisvorsitzende: "
           "Birte Kolster' (not the candidate); core creator 'Kreisbüro Altona', created 2023-01-09. "
           "Kreisdelegiertenversammlung 31.01.2026. Trap: current office Abgeordneter der Bezirksversammlung Altona "
           "('Bezirksversammlung' is a vocabulary label); Bahrenfeld = workplace; Jusos Altona.",
     distractors=["Birte Kolster"], places=["Hamburg"], subplaces=["Altona", "Bahrenfeld"], btw=[]),
# ------------------------------------------------------------------------------------------ 42
dict(file="h13_42.pdf", person=[p for p, _ in OSL], office="Kreistag", region=["Landkreis Osnabrück", "Osnabrück"],
     bundesland="Niedersachsen", party=GR, date="2026-04-27", doc_type="candidacy",
     notes="[multi] Text PDF: the leaders of the five Wahlbereich lists for the Kreistag of the Landkreis Osnabrück. "
           "Trap: the Stadt Osnabrück elects its own council (the dateline Osnabrück is the office); Kreissprecher Jens "
           "Brinkhege quoted. KMV 'am Samstag' (25.04.2026) in Bramsche (venue); election 13.09.2026; current office "
           "Gemeinderätin in Melle. Info author 'Kreisverband Osnabrück-Land'.",
     all_candidates=[{"person": p, "office": "Kreistag",
                      "region": ["Landkreis Osnabrück", f"Wahlbereich {w} (Landkreis Osnabrück)", f"Wahlbereich {w}"]}
                     for p, w in OSL],
     distractors=["Jens Brinkhege"], places=["Osnabrück", "Melle", "Bramsche", "Georgsmarienhütte", "Quakenbrück",
                                             "Bad Iburg"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 43
dict(file="h13_43.docx", person="Ronny Mertineit", office="Landesliste Landtag", region="Brandenburg",
     bundesland="Brandenburg", party="BSW", date="2024-05-02", doc_type="candidacy",
     notes="Form table ('Name, Vorname: Mertineit, Ronny'; 'Datum, Unterschrift: Frankfurt (Oder), 02.05.2024') + "
           "letter. Traps: past office 2014-2023 Stadtverordneter in Frankfurt (Oder) for DIE LINKE (other party, "
           "past); Landesparteitag 25.05.2024 (assembly); election 22.09.2024; Uckermark/Lausitz; core creator "
           "'Landesgeschäftsstelle BSW BB', created 2024-04-15.",
     distractors=[], places=["Frankfurt (Oder)"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 44
dict(file="h13_44.odt", person="Theresa Wengerter", office="Kreisvorsitzender",
     region=["Mainz-Bingen", "Landkreis Mainz-Bingen", "Kreis Mainz-Bingen"], bundesland="Rheinland-Pfalz",
     party="ÖDP", date="2025-01-12", doc_type="candidacy",
     notes="Dateline 'Ingelheim, 12.01.25' (two-digit year). The predecessor Walter Obenauer is also the ODT meta "
           "initial-creator (creation-date 2021-06-07, title 'Rundmail Kreisverband'). KMV 08.02.2025 in Bingen am "
           "Rhein (venue). Traps: current office Stadtrat Ingelheim ('Stadtrat' is a vocabulary label); past "
           "Landessprecherin Junge Ökologen RLP; Kommunalwahl 2029; Rheinhessen.",
     distractors=["Walter Obenauer"], places=["Mainz-Bingen", "Ingelheim am Rhein", "Bingen am Rhein"], subplaces=[],
     btw=[]),
# ------------------------------------------------------------------------------------------ 45
dict(file="h13_45.odt", person=None, office=None, region="Mecklenburg-Vorpommern", bundesland="Mecklenburg-Vorpommern",
     party="Die Linke", date="2025-05-06", doc_type="programme",
     notes="NEGATIVE: Positionspapier of the Landesvorstand ('Beschluss des Landesvorstands vom 6. Mai 2025' = "
           "document date). Landtagswahl 2026, Landesvertreterversammlung spring 2026 and Landesparteitag autumn 2025 "
           "mentioned without names; Wolgast/Anklam/Pasewalk (examples). Meta creation-date 2025-05-07.",
     distractors=[], places=["Wolgast", "Anklam", "Pasewalk"], subplaces=["Vorpommern"], btw=[]),
# ------------------------------------------------------------------------------------------ 46
dict(file="h13_46.doc", person=["Lukas Tiefenbrunner", N], office=None,
     region=["Friedrichshain-Kreuzberg", "Berlin-Friedrichshain-Kreuzberg"], bundesland="Berlin", party="Die PARTEI",
     date="2024-12", doc_type="other",
     notes="NEGATIVE: satirical report of a BVV group (Word 97 .doc). Title month 'Dezember 2024' = document date. Signed "
           "'Lukas Tiefenbrunner, Bezirksverordneter' (current mandate, not sought). BVV election September 2026 and "
           "list 'im Frühjahr 2026' mentioned without names; Görlitzer Park. Bundesland not named.",
     distractors=[], places=[], subplaces=["Friedrichshain-Kreuzberg"], btw=[]),
# ------------------------------------------------------------------------------------------ 47
dict(file="h13_47.pdf", person=GIL, office="Kreistag", region=["Landkreis Gießen", "Gießen", "Kreis Gießen"],
     bundesland="Hessen", party=FW, date="2025-11-17", doc_type="candidacy",
     notes="[multi] SCANNED list table Platz/Name/Wohnort/Beruf (10 places) with a third-person intro. "
           "Mitgliederversammlung 15.11.2025 in Grünberg (venue); election 15.03.2026; 'Wohnort' = home towns. Footer "
           "contact 'Kreisvorsitzender Frank Heinemeyer' (not on the list). Bundesland not named.",
     all_candidates=multi(GIL, "Kreistag", ["Landkreis Gießen", "Gießen"]),
     distractors=["Frank Heinemeyer"], places=["Gießen", "Lich", "Hungen", "Grünberg", "Linden", "Pohlheim", "Buseck",
                                               "Laubach", "Lollar", "Wettenberg", "Reiskirchen"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 48
dict(file="h13_48.pdf", person="Stefan Wimmersberger", office="Bürgermeister", region=["Essenbach", "Markt Essenbach"],
     bundesland="Bayern", party="CSU", date="2025-10-24", doc_type="candidacy",
     notes="SCANNED plain press release (make_scanned_pdf). Dateline 24.10.2025; assembly 'am Donnerstagabend' "
           "(23.10.2025); election 08.03.2026. Traps: current Marktgemeinderat and Kreisrat im Landkreis Landshut "
           "(Kreistag); past Ortsvorsitzender der Jungen Union ('Ortsvorsitzender' is a vocabulary label); "
           "CSU-Ortsvorsitzende Anneliese Hubmer quoted; the Marktgemeinderat list adopted the same evening has no "
           "names. Bundesland not named.",
     distractors=["Anneliese Hubmer"], places=["Essenbach", "Landshut"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 49
dict(file="h13_49.pdf", person=[p for p, _ in EUL], office="Kandidat Europaparlament", region="Deutschland",
     bundesland=[N] + [l for _, l in EUL], party="Piratenpartei", date="2023-08-13", doc_type="candidacy",
     notes="[multi] Federal press release: places 2-6 of the common list for the European election 09.06.2024 "
           "(Platz 1 'Spitzenkandidatin' unnamed; Bundesvorsitzende(r) quoted by role only). Region Deutschland, "
           "bundesland null; each nominee's home state in parentheses is tolerated (decision for federal lists). "
           "Europaversammlung in Erfurt (venue); Info CreationDate 2023-08-14.",
     all_candidates=multi([p for p, _ in EUL], "Kandidat Europaparlament", "Deutschland"),
     distractors=[], places=["Erfurt"], subplaces=[], btw=[]),
# ------------------------------------------------------------------------------------------ 50
dict(file="h13_50.txt", person="Merle Dührkop", office="Direktkandidat Landtag",
     region=["Pinneberg-Elbmarschen", "Wahlkreis Pinneberg-Elbmarschen"], bundesland="Schleswig-Holstein",
     party="SPD", date="2026-11-30", doc_type="candidacy",
     notes="Third-person plain-text press release. Defeated rival Thies Gravert must not be extracted. "
           "Wahlkreiskonferenz 'am Freitagabend' (27.11.2026) in Uetersen (venue); election 'im Mai 2027'; Landesliste "
           "decided in February 2027 (no name). Current office Stadtvertreterin in Uetersen; Tornesch = workplace; "
           "Kiel/Hamburg comparisons. Landtag WK name as on the real Die PARTEI pages of dev2 (WK 23 in 2022); no "
           "number in the text and the 2027 numbering is not verified. Bundesland not named.",
     distractors=["Thies Gravert"], places=["Elmshorn", "Uetersen", "Tornesch", "Kiel", "Hamburg", "Pinneberg"],
     subplaces=["Elbmarschen"], btw=[]),
]

# Genre of every document (for the mix tables and the count check): first-person candidacy,
# third-person nomination report / list announcement, negative.
FIRST = "01 02 04 05 06 07 10 11 15 17 19 21 25 29 32 34 35 37 39 41 43 44".split()
THIRD = "03 08 12 18 22 26 28 31 42 47 48 49 50".split()
GENRE = {f"h13_{n}": "first" for n in FIRST} | {f"h13_{n}": "third" for n in THIRD}


def genre(file):
    return GENRE.get(file.split(".")[0], "negative")


# ============================================================================================ checks
OFFICES = ["Direktkandidat Bundestag", "Landesliste Bundestag", "Direktkandidat Landtag", "Landesliste Landtag",
           "Kandidat Europaparlament", "Bürgermeister", "Oberbürgermeister", "Landrat", "Stadtrat", "Gemeinderat",
           "Kreistag", "Bezirksversammlung", "Bezirksverordnetenversammlung", "Ortsvorsitzender", "Kreisvorsitzender",
           "stellv. Kreisvorsitzender", "Landesvorsitzender", "stellv. Landesvorsitzender", "Landesvorstand",
           "Landesschatzmeister", "Bundesvorstand", "Bundesparteitagsdelegierter", "Landesparteitagsdelegierter",
           "Bezirksvorsitzender", "Kreisvorstand", "Bundesvorsitzender", "stellv. Bundesvorsitzender"]
PARTIES = ["Die Linke", "SPD", "Bündnis 90/Die Grünen", "CDU", "CSU", "FDP", "Volt", "Piratenpartei", "BSW", "ÖDP",
           "Freie Wähler", "Die PARTEI"]
LAENDER = ["Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
           "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen",
           "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"]
DOC_TYPES = ["candidacy", "press_release", "programme", "other"]
KEYS = ["file", "person", "office", "region", "bundesland", "party", "date", "doc_type", "notes", "all_candidates",
        "source"]
SCANNED = {"h13_02.pdf", "h13_08.pdf", "h13_19.pdf", "h13_23.pdf", "h13_28.pdf", "h13_33.pdf", "h13_47.pdf",
           "h13_48.pdf"}

errors: list[str] = []


def fail(msg):
    errors.append(msg)


def alts(v):
    return v if isinstance(v, list) else [v]


def norm_ws(s):
    return re.sub(r"\s+", " ", s)


def xml_text(data: bytes, para_tags) -> str:
    s = data.decode("utf-8", errors="replace") if not data.startswith(b"\xff\xfe") else data.decode("utf-16")
    s = re.sub(r"<w:tab/>|<text:tab/>", "\t", s)
    s = re.sub(r"<w:br/>|<text:line-break/>", "\n", s)
    for t in para_tags:
        s = s.replace(t, t + "\n")
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def rtf_text(raw: str) -> str:
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(par|line|cell|row)\b ?", "\n", s)
    s = re.sub(r"\\tab\b ?", "\t", s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    s = s.replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\")
    return s.replace("{", "").replace("}", "")


def extract(path: Path) -> str:
    """Simple, independent text extraction (for checking only)."""
    ext = path.suffix
    if ext == ".docx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(xml_text(z.read(n), ["</w:p>"]) for n in z.namelist()
                             if n.startswith(("word/document", "word/header", "word/footer", "docProps/core")))
    if ext == ".odt":
        with zipfile.ZipFile(path) as z:
            return "\n".join(xml_text(z.read(n), ["</text:p>", "</text:h>"]) for n in ("content.xml", "styles.xml",
                                                                                        "meta.xml") if n in z.namelist())
    if ext == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(str(path))
        info = r.metadata or {}
        return "\n".join((p.extract_text() or "") for p in r.pages) + "\n" + " ".join(str(v) for v in info.values())
    if ext == ".rtf":
        return rtf_text(path.read_text(encoding="ascii"))
    if ext == ".doc":
        raw = path.read_bytes()
        return raw.decode("cp1252", errors="replace").replace("\r", "\n")
    return path.read_text(encoding="utf-8")


def name_in(name, text):
    t = norm_ws(text)
    first, _, last = name.partition(" ")
    return name in t or f"{last}, {first}" in t


def main():
    sys.path.insert(0, str(HERE))
    import make_docs  # noqa: E402  (texts as designed: for scanned PDFs, RTF and .doc)

    # gazetteers
    gem, gem_land = set(), {}
    with open(GAZ / "gemeinden-2025.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for k in ("name", "name_kurz"):
                if row[k]:
                    gem.add(row[k])
                    gem_land.setdefault(row[k], set()).add(row["land"])
    kreise, kreis_land = set(), {}
    with open(GAZ / "kreise-2024.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kreise.add(row["name"])
            kreis_land.setdefault(row["name"], set()).add(row["land"])
    wk = {}
    with open(GAZ / "wahlkreise-btw2025.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            wk[int(row["nummer"])] = (row["name"], row["land"])
    vornamen = set()
    with open(GAZ / "vornamen.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            vornamen.add(row["name"].casefold())

    docs_dir = HERE / "docs"
    on_disk = sorted(p.name for p in docs_dir.iterdir())
    in_gold = [g["file"] for g in GOLD]
    if sorted(in_gold) != on_disk or len(set(in_gold)) != len(in_gold):
        fail(f"doc/gold mismatch: missing gold {set(on_disk) - set(in_gold)}, missing docs {set(in_gold) - set(on_disk)}")
    if len(GOLD) != 50:
        fail(f"expected 50 records, got {len(GOLD)}")

    for g in GOLD:
        f = g["file"]
        path = docs_dir / f
        if not path.exists():
            continue
        text = extract(path)
        if f in SCANNED:
            if norm_ws(text).strip() and len(norm_ws(text).strip()) > 5:
                fail(f"{f}: scanned PDF has a text layer: {text[:80]!r}")
            text = make_docs.SOURCES[f]
        elif f.endswith((".rtf", ".doc")):
            designed = make_docs.SOURCES[f]
            for line in designed.split("\n"):  # the file must carry the designed text
                for chunk in re.findall(r"[A-Za-zÄÖÜäöüß][^\n\t]{20,}", line)[:1]:
                    if norm_ws(chunk[:40]) not in norm_ws(text):
                        fail(f"{f}: designed text not found in file: {chunk[:40]!r}")
        # vocabulary -----------------------------------------------------------------------
        cand = alts(g["doc_type"])[0] == "candidacy"
        for dtp in alts(g["doc_type"]):
            if dtp not in DOC_TYPES:
                fail(f"{f}: doc_type {dtp!r}")
        if cand:
            if alts(g["office"])[0] not in OFFICES:
                fail(f"{f}: first office {g['office']!r} not canonical")
            if not g["person"] or alts(g["person"])[0] is None:
                fail(f"{f}: candidacy without a person")
        else:
            if g["office"] is not None:
                fail(f"{f}: negative with an office")
            if g.get("all_candidates") is not None:
                fail(f"{f}: negative with all_candidates")
        if alts(g["party"])[0] not in PARTIES:
            fail(f"{f}: party {g['party']!r}")
        for b in alts(g["bundesland"]):
            if b is not None and b not in LAENDER:
                fail(f"{f}: bundesland {b!r}")
        for d in alts(g["date"]):
            if d is None:
                continue
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                fail(f"{f}: date {d!r} not ISO")
                continue
            parts = d.split("-") + ["01", "01"]
            dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            if not "2023" <= d[:4] <= "2027":
                fail(f"{f}: date {d} outside 2023-2027")
        if g["region"] == "Deutschland" or alts(g["region"])[0] == "Deutschland":
            if alts(g["bundesland"])[0] is not None:
                fail(f"{f}: federal region but bundesland {g['bundesland']!r}")
        # multi ----------------------------------------------------------------------------
        is_multi = g["notes"].startswith("[multi]")
        ac = g.get("all_candidates")
        if is_multi:
            if not isinstance(ac, list) or not isinstance(g["person"], list) or len(ac) < 2:
                fail(f"{f}: [multi] needs a person list and all_candidates")
            elif [a["person"] for a in ac] != g["person"]:
                fail(f"{f}: person list != all_candidates persons")
            else:
                for a in ac:
                    if alts(a["office"])[0] not in alts(g["office"]):
                        fail(f"{f}: all_candidates office {a['office']!r} not among the record's offices")
        elif ac is not None:
            fail(f"{f}: all_candidates without [multi]")
        # names occur in the text; first names known ----------------------------------------
        persons = [p for p in alts(g["person"]) if p]
        for p in persons + g["distractors"]:
            if not name_in(p, text):
                fail(f"{f}: name {p!r} not in the document text")
            first = p.split(" ")[0]
            for part in first.split("-"):
                if part.casefold() not in vornamen:
                    fail(f"{f}: first name {part!r} of {p!r} not in vornamen.csv")
        if set(persons) & set(g["distractors"]):
            fail(f"{f}: a gold person is also a distractor")
        # places, Kreise, Wahlkreise -----------------------------------------------------------
        for pl in g["places"]:
            if pl not in gem and pl not in kreise:
                fail(f"{f}: place {pl!r} not in gemeinden-2025.csv / kreise-2024.csv")
            shown = pl.replace("Dillingen/ Saar", "Dillingen/Saar").replace("Osterburg (Altmark)", "Osterburg") \
                      .replace("Boizenburg/ Elbe", "Boizenburg").replace("Ingelheim am Rhein", "Ingelheim") \
                      .replace("Saalfeld/Saale", "Saalfeld").replace("Halle (Saale)", "Halle") \
                      .replace("Leer (Ostfriesland)", "Leer").replace("Fürstenberg/Havel", "Fürstenberg")
            if shown not in text and pl not in text:
                fail(f"{f}: place {pl!r} not in the text")
        regions = [r for r in alts(g["region"]) if r]
        for r in regions:
            m = re.fullmatch(r"(.+) \(Wahlkreis (\d+)\)", r)
            if m:
                n = int(m.group(2))
                if n not in wk or wk[n][0] != m.group(1):
                    fail(f"{f}: region {r!r} does not match wahlkreise-btw2025.csv ({wk.get(n)})")
                elif wk[n][1] != alts(g["bundesland"])[0]:
                    fail(f"{f}: Wahlkreis {n} is in {wk[n][1]}, gold says {g['bundesland']}")
        for n in g["btw"]:
            if n not in wk:
                fail(f"{f}: BTW Wahlkreis {n} unknown")
            elif str(n) not in text:
                fail(f"{f}: BTW Wahlkreis number {n} not in the text")
            elif wk[n][0] not in text and wk[n][0].split(" ")[0] not in text:
                fail(f"{f}: BTW Wahlkreis name {wk[n][0]!r} not in the text")
        # the preferred region, if it is a Gemeinde or Kreis, must lie in the gold Land
        r0 = re.sub(r"^(Landkreis|Kreis|Markt) ", "", regions[0]) if regions else None
        land0 = alts(g["bundesland"])[0]
        if r0 and land0 and (r0 in gem or r0 in kreise) and r0 not in LAENDER:
            lands = gem_land.get(r0, set()) | kreis_land.get(r0, set())
            if land0 not in lands:
                fail(f"{f}: region {r0!r} lies in {lands}, gold says {land0}")

    # write gold.jsonl ------------------------------------------------------------------------
    out = HERE / "gold.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for g in GOLD:
            rec = {k: g.get(k) for k in KEYS}
            rec["file"] = "docs/" + g["file"]
            rec["source"] = "synthetic"
            rec["all_candidates"] = g.get("all_candidates")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    lines = []
    for p in [out] + sorted(docs_dir.iterdir()):
        lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(HERE)}")
    (HERE / "gold.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # self-test with score.py -----------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with open(out, encoding="utf-8") as src, open(pred, "w", encoding="utf-8") as dst:
            for line in src:
                r = json.loads(line)
                dst.write(json.dumps({k: r[k] for k in ["file", "person", "office", "region", "bundesland", "party",
                                                         "date", "doc_type"]}, ensure_ascii=False) + "\n")
        res = subprocess.run(["python3", str(SCORE), str(out), str(pred), "--details"], capture_output=True,
                             text=True, cwd=HERE)
    print(res.stdout.strip())
    if res.returncode != 0 or "MISS" in res.stdout:
        fail("self-test: score.py reported misses or failed: " + res.stderr[-500:])
    for line in res.stdout.splitlines()[1:]:
        if line.strip() and not line.rstrip().endswith("1.000"):
            fail(f"self-test below 1.000: {line.strip()}")
    if "documents: 50  predictions found: 50" not in res.stdout:
        fail("self-test: not all 50 documents scored")

    # summary ---------------------------------------------------------------------------------
    from collections import Counter
    fmt = Counter(("scan" if g["file"] in SCANNED else Path(g["file"]).suffix.lstrip(".")) for g in GOLD)
    gen = Counter(genre(g["file"]) for g in GOLD)
    if gen != Counter(first=22, third=13, negative=15):
        fail(f"genre counts {dict(gen)}")
    for g in GOLD:
        if (genre(g["file"]) == "negative") != (alts(g["doc_type"])[0] != "candidacy"):
            fail(f"{g['file']}: genre table and doc_type disagree")
    print("formats:", dict(sorted(fmt.items())), "genres:", dict(gen))
    print("lands:", len({alts(g['bundesland'])[0] for g in GOLD if alts(g['bundesland'])[0]}),
          "parties:", len({alts(g['party'])[0] for g in GOLD}))
    if errors:
        print(f"\n{len(errors)} CHECK FAILURES:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all checks passed; wrote gold.jsonl and gold.sha256")


if __name__ == "__main__":
    main()
