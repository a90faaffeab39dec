#!/usr/bin/env python3
"""Gold labels of evaluation set 14 (50 documents) as Python.

Running this file
  1. writes gold.jsonl in the record format of metadata-dev2 (file, person, office, region,
     bundesland, party, date, doc_type, notes, all_candidates, source),
  2. writes gold.sha256 (sha256sum format: gold.jsonl and every document),
  3. runs the checks listed in check() and a self-test with metadata-dev2's score.py
     (gold copied as predictions must score 1.000 on every metric).

    python3 gold_src.py          # exit status 0 only if every check passes

Only the Python standard library is needed. PDF texts are taken from make_docs.PDFS (the texts the
PDFs were generated from), so no PDF reader is required.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
ROOT = Path(__file__).resolve().parents[3]  # the project root
GAZ = ROOT.parent / "shared" / "gazetteers"
SCORE = ROOT.parent / "shared" / "eval" / "metadata-dev2" / "score.py"

# --- vocabularies (metadata-dev2 README; two party labels added, see README "Decisions" D1) ----
OFFICES = {
    "Direktkandidat Bundestag", "Landesliste Bundestag", "Direktkandidat Landtag", "Landesliste Landtag",
    "Kandidat Europaparlament", "Bürgermeister", "Oberbürgermeister", "Landrat", "Stadtrat", "Gemeinderat",
    "Kreistag", "Bezirksversammlung", "Bezirksverordnetenversammlung", "Ortsvorsitzender", "Kreisvorsitzender",
    "stellv. Kreisvorsitzender", "Landesvorsitzender", "stellv. Landesvorsitzender", "Landesvorstand",
    "Landesschatzmeister", "Bundesvorstand", "Bundesparteitagsdelegierter", "Landesparteitagsdelegierter",
    "Bezirksvorsitzender", "Kreisvorstand", "Bundesvorsitzender", "stellv. Bundesvorsitzender",
}
PARTIES_DEV2 = {"Die Linke", "SPD", "Bündnis 90/Die Grünen", "CDU", "CSU", "FDP", "Volt", "Piratenpartei", "BSW",
                "ÖDP", "Freie Wähler", "Die PARTEI"}
PARTIES_EXTRA = {"Tierschutzpartei", "SSW"}          # D1: not in the dev2 vocabulary
PARTIES = PARTIES_DEV2 | PARTIES_EXTRA
LAENDER = {"Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
           "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
           "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"}
DOC_TYPES = {"candidacy", "press_release", "programme", "other"}
BUNDESTAG_OFFICES = {"Direktkandidat Bundestag", "Landesliste Bundestag"}

TS = "Tierschutzpartei"
TS_ALT = [TS, "Partei Mensch Umwelt Tierschutz"]
SSW = ["SSW", "Südschleswigscher Wählerverband"]

# Each record: the dev2 fields plus internal keys (not written to gold.jsonl):
#   genre  C = first-person candidacy, N = third-person nomination / list, X = negative
#   style  short description of the document style
#   names  further person names that must occur in the text (distractors: journalists, predecessors,
#          quoted officials, applicants in passing, commenters ...)
#   places (text form, gazetteer name) pairs; the gazetteer name is checked in gemeinden-2025.csv
#          (name or name_kurz) or kreise-2024.csv (name), the text form in the document
#   ltw    Landtag constituency given as "<Name> (Wahlkreis N)" - checked externally (README), not in the
#          Bundestag table
R: list[dict] = []


def rec(n, *, person, office, region, bundesland, party, date, doc_type, notes, all_candidates=None,
        genre, style, names=(), places=(), ltw=False):
    ext = {1: "html", 3: "html", 6: "html", 8: "html", 10: "html", 13: "html", 16: "html", 17: "html",
           19: "html", 21: "html", 22: "html", 27: "html", 32: "html", 34: "html", 38: "html", 41: "html",
           44: "html", 45: "html", 47: "html", 50: "html",
           4: "md", 15: "md", 24: "md", 26: "md", 29: "md", 30: "md", 36: "md", 40: "md", 43: "md", 49: "md",
           11: "pdf", 20: "pdf", 37: "pdf", 39: "pdf"}.get(n, "txt")
    R.append(dict(file=f"docs/h14_{n:02d}.{ext}", person=person, office=office, region=region,
                  bundesland=bundesland, party=party, date=date, doc_type=doc_type, notes=notes,
                  all_candidates=all_candidates, source="synthetic",
                  genre=genre, style=style, names=list(names), places=list(places), ltw=ltw))


def multi(persons, office, region):
    return [{"person": p, "office": office, "region": region} for p in persons]


# ------------------------------------------------------------------------------------------------
rec(1, genre="C", style="WordPress page of an Ortsverein, comments, sidebar, cookie banner",
    person="Tobias Wendehorst", office=["Ortsvorsitzender", "Ortsvereinsvorsitzender"], region="Lehrte",
    bundesland="Niedersachsen", party="SPD", date="2025-03-12", doc_type="candidacy",
    notes="WordPress post; 'Veröffentlicht am 12. März 2025' (time element) = document date. Jahreshauptversammlung "
          "Fr 4. April 2025 and sidebar Termine are distractors. Current offices: Kassierer des Ortsvereins (since 2021), "
          "Ortsrat Ahlten (Ortsteil of Lehrte). Sehnde = where he grew up, Hannover = workplace and footer "
          "(Regionsgeschäftsstelle). Predecessor Gudrun Kahlert; co-board candidate Merve Aksoy-Haller (Stellvertreterin) "
          "and commenter Bernd Oltrogge (Beisitzer) must not be extracted; sidebar teaser Ratsfrau Dörte Vinnemeier. "
          "Kommunalwahl September 2026 mentioned. Bundesland not named.",
    names=["Gudrun Kahlert", "Merve Aksoy-Haller", "Heike Rautenberg", "Bernd Oltrogge", "Dörte Vinnemeier"],
    places=[("Lehrte", "Lehrte"), ("Sehnde", "Sehnde"), ("Hannover", "Hannover")])

rec(2, genre="C", style="Instagram caption (party account, first person) with emojis, hashtags, comments",
    person="Lioba Kettenbach", office=["Stadtrat", "Stadtverordnetenversammlung", "Stadtverordnete"],
    region="Darmstadt", bundesland="Hessen", party="Volt", date="2025-11-14", doc_type="candidacy",
    notes="Caption on the volt.darmstadt account, written by the candidate ('Hi, ich bin Lioba Kettenbach'). "
          "'vor 3 Tagen · 14. November 2025': the absolute date is the document date. Nomination 'Am Samstag' "
          "(not dated) and Kommunalwahl 15. März 2026 are distractors. Hessian Stadtverordnetenversammlung = "
          "Stadtrat (dev2 rule). Platz 3; Spitzenkandidatin Jule Brandhorst (Platz 1) is a distractor. Frankfurt = "
          "workplace, Gießen = where she grew up, Bessungen = district. Land named ('Kommunalwahl in Hessen').",
    names=["Jule Brandhorst"],
    places=[("Darmstadt", "Darmstadt"), ("Frankfurt", "Frankfurt"), ("Gießen", "Gießen")])

rec(3, genre="N", style="local newspaper report (Typo3 news), byline, 'Foto: privat', comments",
    person="Korbinian Haslbeck", office="Landrat", region=["Landkreis Kelheim", "Kelheim"],
    bundesland="Bayern", party="CSU", date="2025-04-12", doc_type="candidacy",
    notes="Third-person newspaper report; header 'Sa., 12.04.2025 | 17:45 Uhr' = document date. Kreisvertreter"
          "versammlung 'am Freitagabend' in Abensberg (venue) and Landratswahl 8. März 2026 are distractors. "
          "Current office Erster Bürgermeister von Riedenburg (trap: Bürgermeister) and Kreistag since 2014. Saal an "
          "der Donau = birthplace. Journalist Katharina Pfeilschifter, Kreisvorsitzende Theresa Moosbauer and the "
          "sidebar teaser (SPD Mainburg, Spitzenkandidat Andreas Gmeinwieser) are not the person.",
    names=["Katharina Pfeilschifter", "Theresa Moosbauer", "Andreas Gmeinwieser"],
    places=[("Kelheim", "Kelheim"), ("Abensberg", "Abensberg"), ("Riedenburg", "Riedenburg"),
            ("Mainburg", "Mainburg"), ("Saal an der Donau", "Saal a.d.Donau")])

rec(4, genre="C", style="Hugo post with front matter (date, lastmod), postscript",
    person="Henrike Mohrbacher", office="Landesliste Landtag", region="Baden-Württemberg",
    bundesland="Baden-Württemberg", party="ÖDP", date="2025-07-19", doc_type="candidacy",
    notes="Front matter date 2025-07-19 = document date; 'lastmod: 2025-08-02' and the 'Nachtrag vom 2. August' "
          "are update distractors (D8). Landesparteitag 26. Juli in Ulm (venue), Landtagswahl 8. März 2026 (first BW "
          "election with Landeslisten). Platz 4. Current: Kreisvorsitzende ÖDP Ravensburg, Gemeinderätin in "
          "Weingarten; past: 2021 candidate in the Landtagswahlkreis Ravensburg. Erstkandidat Jonas Riedlinger is "
          "another person.",
    names=["Jonas Riedlinger"],
    places=[("Ulm", "Ulm"), ("Weingarten", "Weingarten"), ("Ravensburg", "Ravensburg"),
            ("Freiburg", "Freiburg"), ("Heilbronn", "Heilbronn"), ("Stuttgart", "Stuttgart")])

rec(5, genre="X", style="Facebook post: congratulations after a mayoral run-off, comments",
    person=[None, "Christiane Terlinden"], office=None, region="Geldern",
    bundesland="Nordrhein-Westfalen", party="CDU", date="2025-09-29", doc_type="other",
    notes="NEGATIVE: congratulation after the Bürgermeister-Stichwahl (28.09.2025): the office is won, no candidacy "
          "(D3). Signed only by the Stadtverband -> person null; the congratulated winner Christiane Terlinden is "
          "accepted (D2). Post date 29. September 2025 next to '(vor 2 Tagen)'; Ratswahl 14. September distractor. "
          "Commenters Ludger Hendricks, Sandra Peeters-Kox, Marco Janssen. Land only via '#NRW'.",
    names=["Ludger Hendricks", "Sandra Peeters-Kox", "Marco Janssen"],
    places=[("Geldern", "Geldern")])

rec(6, genre="C", style="Jimdo page with nav of other candidates, cookie banner, Jimdo footer",
    person="Ramona Lindequist", office="Landesliste Landtag", region="Sachsen-Anhalt",
    bundesland="Sachsen-Anhalt", party=TS_ALT, date=["2026-02-21", "2026-09-06"], doc_type="candidacy",
    notes="Jimdo page without a page date ('© 2026' is not one): Landesparteitag 21. Februar 2026 in Magdeburg "
          "(venue) preferred, Landtagswahl 6. September 2026 accepted. Header 'PARTEI MENSCH UMWELT TIERSCHUTZ' "
          "must not be read as Die PARTEI (party label Tierschutzpartei, D1). Platz 2. Current: Schatzmeisterin of the "
          "Regionalverband Altmark (not Landesschatzmeister); explicitly did NOT run for the Stadtrat Tangerhütte in "
          "2024 (negation). Other candidates Jörg Dunkelberg (Platz 1) and Till Ostermann (Platz 3) in nav/teaser. "
          "Stendal = workplace, Tangerhütte = home; sidebar dates distractors.",
    names=["Jörg Dunkelberg", "Till Ostermann"],
    places=[("Stendal", "Stendal"), ("Tangerhütte", "Tangerhütte"), ("Magdeburg", "Magdeburg")])

rec(7, genre="C", style="mailing-list archive (pipermail) reply with inline quotes '> ' and '>> '",
    person="Lennart Kuhbandner", office="Landesvorstand", region="Bayern", bundesland="Bayern",
    party="Piratenpartei", date="2025-01-14", doc_type="candidacy",
    notes="Candidate answers a member's questions inline and re-quotes his own application (Beisitzer im "
          "Landesvorstand -> Landesvorstand). Archive date 'Tue Jan 14 21:13:07 CET 2025' = document date; quoted "
          "12.01.2025, LPT 2025.1 on 8./9. Februar in Ingolstadt (venue) and Kommunalwahl März 2026 are distractors. "
          "Questioner Sabine Oltmanns (past Landesschatzmeisterin) is not the person. Current office Schatzmeister KV "
          "Regensburg; explicitly NOT running for Landesschatzmeister or the Regensburg Stadtrat (negations).",
    names=["Sabine Oltmanns"],
    places=[("Ingolstadt", "Ingolstadt"), ("Regensburg", "Regensburg")])

BAUTZEN = ["Anja Hempelmann", "Till Kaltofen", "Ricarda Mittasch", "Anton Schöne-Hantusch", "Detlef Grellmann",
           "Greta Ladusch", "Matthias Wuschanski", "Johanna Bräuer-Lipske", "Enno Zieschang", "Silke Hanspach",
           "Mattis Krautz", "Cornelia Pjech", "Lasse Rentsch", "Merle Ziesche", "Marlene Schwurack", "Milan Hrjehor",
           "Ines Domschke", "Benno Kschischang", "Theresa Wauer", "Axel Lehnigk", "Katharina Nuck", "Jonas Čornak",
           "Hendrik Mahling", "Heike Bjarsch", "Ole Pannach", "Doreen Hennersdorf", "Maik Zobjack", "Fenja Kappler",
           "Nele Wuttig", "Uwe Löschner"]
rec(8, genre="N", style="candidate list as HTML table (30 names, Wahlkreise 1-6), WordPress/Sunflower",
    person=BAUTZEN, office="Kreistag", region=["Landkreis Bautzen", "Bautzen"], bundesland="Sachsen",
    party="Bündnis 90/Die Grünen", date="2024-03-05", doc_type="candidacy",
    all_candidates=multi(BAUTZEN, "Kreistag", ["Landkreis Bautzen", "Bautzen"]),
    notes="[multi] 30 Kreistag candidates in Wahlkreise 1-6 of the Landkreis Bautzen (the 2024 division has 10 "
          "Wahlkreise: WK 1 Bischofswerda area, WK 2 Oberland, WK 3/4 Bautzen city, WK 5 Lohsa/Königswartha, WK 6 "
          "Hoyerswerda per landkreis-bautzen.de and Sächsische Zeitung; the descriptive WK labels are invented). "
          "Post date 5. März 2024 (also meta published_time); KMV Sa 2. März 2024 in Bischofswerda (venue), election "
          "9. Juni 2024, sidebar dates distractors. Kreissprecherin Gunda Pietzsch is not a candidate. The Wohnort "
          "column gives home towns, not regions. Footer: Landesverband Sachsen in Dresden.",
    names=["Gunda Pietzsch"],
    places=[("Bautzen", "Bautzen"), ("Bischofswerda", "Bischofswerda"), ("Göda", "Göda"), ("Burkau", "Burkau"),
            ("Großharthau", "Großharthau"), ("Demitz-Thumitz", "Demitz-Thumitz"), ("Wilthen", "Wilthen"),
            ("Schirgiswalde-Kirschau", "Schirgiswalde-Kirschau"), ("Neukirch/Lausitz", "Neukirch/Lausitz"),
            ("Sohland a. d. Spree", "Sohland a. d. Spree"), ("Kubschütz", "Kubschütz"),
            ("Doberschau-Gaußig", "Doberschau-Gaußig"), ("Königswartha", "Königswartha"), ("Lohsa", "Lohsa"),
            ("Elsterheide", "Elsterheide"), ("Radibor", "Radibor"), ("Neschwitz", "Neschwitz"),
            ("Hoyerswerda", "Hoyerswerda"), ("Kamenz", "Kamenz"), ("Dresden", "Dresden")])

rec(9, genre="C", style="LinkedIn post copied as text (relative age only), retrieval header, comments",
    person="Konstantin Hevelke", office="Direktkandidat Bundestag",
    region=["Main-Taunus (Wahlkreis 180)", "Wahlkreis 180", "Main-Taunus", "Main-Taunus-Kreis"],
    bundesland="Hessen", party="FDP", date=["2024-11-16", "2025-02-23"], doc_type="candidacy",
    notes="LinkedIn shows only '3 Mon.'; 'abgerufen am 03.02.2025' is the retrieval date, not a document date (D7). "
          "Date = Wahlkreisversammlung 'Samstag, 16. November 2024' (preferred), election 23. Februar 2025 "
          "accepted; Infostand 18. Januar distractor. 'Dr.' dropped. WK 180 given as 'Bundestagswahlkreis 180' + "
          "'Main-Taunus'. Current office Kreistag Main-Taunus-Kreis, past Stadtverordneter in Eschborn; Frankfurt am "
          "Main = workplace; Hofheim = venue. Commenters Ilka Sommerhalder (Kreisvorsitzende), Ansgar Pietsch, Yasemin "
          "Öztürk-Lang. Land named ('#Hessen').",
    names=["Ilka Sommerhalder", "Ansgar Pietsch", "Yasemin Öztürk-Lang"],
    places=[("Main-Taunus-Kreis", "Main-Taunus-Kreis"), ("Hofheim", "Hofheim"), ("Eschborn", "Eschborn"),
            ("Frankfurt am Main", "Frankfurt am Main"), ("Bad Soden", "Bad Soden")])

rec(10, genre="N", style="HTML e-mail newsletter of a Kreisverband; one item a list nomination, others events",
    person="Johanna Wietfeld", office="Landesliste Landtag", region="Mecklenburg-Vorpommern",
    bundesland="Mecklenburg-Vorpommern", party="Die Linke", date="2026-03-18", doc_type="candidacy",
    notes="Newsletter issue 3/2026 dated 'Rostock, 18. März 2026' = document date (D15). Item 1 is a third-person "
          "list nomination (Platz 4; Landesvertreterversammlung Sa 14. März 2026 in Güstrow = venue); other items: "
          "call for direct candidacies (no names), Bürgerschaft report (Fraktionsvorsitzender Sönke Jarmatz), Termine "
          "('Sa., 28.3.' ...). Landtagswahl 20. September 2026. Landesliste -> region = Land; Rostock is the issuing "
          "KV and her current Bürgerschaft seat, Schwerin = seat of the Landtag. Current office Kreisvorsitzende is a "
          "trap.",
    names=["Sönke Jarmatz"],
    places=[("Rostock", "Rostock"), ("Güstrow", "Güstrow"), ("Schwerin", "Schwerin")])

rec(11, genre="C", style="PDF application letter + CV page (2 pages), PDF Info date",
    person="Swenja Hilgendorf", office="Bundesvorstand", region="Deutschland", bundesland=[None, "Sachsen"],
    party="Bündnis 90/Die Grünen", date="2026-08-31", doc_type="candidacy",
    notes="Beisitzerin im Bundesvorstand -> Bundesvorstand; federal board -> region Deutschland, bundesland null "
          "(home state Sachsen tolerated, dev2 rule). Dated signature 'Leipzig, 31. August 2026' (= PDF CreationDate) "
          "is the document date; BDK 'im November' and Bundestagswahl 2029 distractors. Current: Beisitzerin im "
          "Landesvorstand Sachsen (trap: Landesvorstand), Stadträtin Leipzig; past Sprecherin Grüne Jugend Sachsen; "
          "born 1991 in Plauen. Supporters on page 2 are distractors.",
    names=["Marlene Hoyer-Dankwarth", "Tobias Grunewald", "Ida Weißflog", "Malte Brinkschulte"],
    places=[("Leipzig", "Leipzig"), ("Plauen", "Plauen")])

rec(12, genre="C", style="Facebook post of the candidate (German/Danish), reactions, comments",
    person="Inga Ketelsen", office=["Stadtrat", "Ratsversammlung"], region=["Flensburg", "Mürwik", "Wahlkreis Mürwik"],
    bundesland="Schleswig-Holstein", party=SSW, date="2023-03-03", doc_type="candidacy",
    notes="Post date 3. März 2023; nomination 'gestern Abend' (Flensborghus = venue) and Kommunalwahl 14. Mai "
          "(2023) distractors. Flensburg's 'Ratsversammlung' = city council -> Stadtrat (D5). Direct candidate in the "
          "Wahlkreis Mürwik and Platz 9: region Flensburg preferred, the Wahlkreis accepted (as dev2 h10). Current: "
          "Vorsitzende of the SSW-Distrikt Mürwik (local branch chair = Ortsvorsitzender trap). Harrislee = where she "
          "grew up. Party label SSW (D1). Bundesland not named.",
    names=["Jens Christiansen-Holm", "Birte Asmussen"],
    places=[("Flensburg", "Flensburg"), ("Harrislee", "Harrislee")])

rec(13, genre="C", style="newspaper 'Steckbrief' + Q&A (series), byline, update line",
    person="Marlene Osterhues", office="Oberbürgermeister", region="Hamm", bundesland="Nordrhein-Westfalen",
    party="Bündnis 90/Die Grünen", date="2025-08-21", doc_type="candidacy",
    notes="Steckbrief (Alter, Beruf, Wohnort, Hobbys) and Q&A answered in first person -> candidacy, person = "
          "candidate, not the interviewer Jonas Brinkhoff (D16). Published 21.08.2025 06:00 = document date; "
          "'Aktualisiert: 22.08.2025' is an update distractor (D8). OB election 14. September, Stichwahl 28. "
          "September (no year). Other candidates in the series box (Frank Rüschkamp, Deniz Yıldırım-Vogt) are "
          "distractors. Current office Fraktionssprecherin im Rat; Heessen = home district; Unna = workplace and nav "
          "'Kreis Unna'. Bundesland not named.",
    names=["Jonas Brinkhoff", "Frank Rüschkamp", "Deniz Yıldırım-Vogt"],
    places=[("Hamm", "Hamm"), ("Unna", "Unna")])

rec(14, genre="C", style="Bluesky thread of 6 short posts + replies", ltw=True,
    person="Peggy Wunderwald", office="Direktkandidat Landtag",
    region=["Chemnitz 3 (Wahlkreis 11)", "Wahlkreis 11", "Chemnitz 3", "Wahlkreis Chemnitz 3"],
    bundesland="Sachsen", party="BSW", date="2024-05-18", doc_type="candidacy",
    notes="First post 18. Mai 2024, 10:02 = document date; assembly 'gestern Abend', Landtagswahl 1. September "
          "(2024), Infostand 25. Mai distractors; replies carry only 'vor 2 Std.'. Landtag WK 11 = Chemnitz 3 (blick.de "
          "and tag24 on the 2024 results; one radio page numbers the Chemnitz WKs 10-12 - the text's own number is "
          "gold). Explicitly NOT on the Landesliste (negation). Past 2019 Stadtrat candidacy for Die Linke (other "
          "party) - party is BSW. Zwickau = birthplace. Land only as 'Sächsischen Landtagswahl' (and inside the reply user name 'Sachsenbernd').",
    places=[("Chemnitz", "Chemnitz"), ("Zwickau", "Zwickau")])

HALLE = ["Ole Brenneisen", "Mandy Kunzelmann", "Till Ruschpler", "Sandy Wollenhaupt", "Egon Friebel",
         "Levke Marschall-Borsdorf", "Jonte Schimmelpfennig", "Annegret Zietmann", "Lasse Körting", "Kerstin Möbius",
         "Maik Tuchscherer", "Clara Fenske", "Ronny Papenbrock", "Ida Löwenstein", "Axel Drechsel",
         "Ricarda Pohlmann-Yıldız", "Benno Säuberlich", "Inga Trautvetter", "Dirk Hellmuth",
         "Doreen Kaßner", "Enno Fleischhauer", "Peggy Sagebiel", "Hendrik Wunsch", "Ramona Tschiersch"]
rec(15, genre="N", style="satirical Jekyll/Hugo post, numbered list of 24 names in 5 Wahlbereiche",
    person=HALLE, office="Stadtrat", region=["Halle (Saale)", "Halle"], bundesland="Sachsen-Anhalt",
    party="Die PARTEI", date="2024-03-02", doc_type="candidacy",
    all_candidates=multi(HALLE, "Stadtrat", ["Halle (Saale)", "Halle"]),
    notes="[multi] Front matter date 2024-03-02 = document date; election 9. Juni 2024. 24 candidates in the five "
          "Wahlbereiche of Halle (Stadtteile per halle.de's 2019 division, assumed unchanged in 2024). Kreisvorsitzender "
          "Ole Brzezinski is explicitly not a candidate (same first name as candidate Ole Brenneisen). Paulusviertel = "
          "venue. Bundesland not named.",
    names=["Ole Brzezinski"],
    places=[("Halle (Saale)", "Halle (Saale)")])

rec(16, genre="X", style="'Team' page listing the Kreisvorstand with roles",
    person=None, office=None, region="Bremerhaven", bundesland="Bremen", party="FDP", date="2025-05-14",
    doc_type="other",
    notes="NEGATIVE: board page with roles (Kreisvorsitzender, stellvertretende Kreisvorsitzende, Kreisschatzmeister, "
          "Beisitzer) - offices held, not sought. Only date: 'Zuletzt aktualisiert: 14.05.2025' (D8). Kreisparteitag 26. "
          "April 2025, sidebar dates and Bürgerschaftswahl 2027 distractors. No author -> person null. Footer: "
          "Landesverband Bremen in Bremen.",
    names=["Hinrich Schoof", "Janne Tiedemann", "Bente Rahlfs", "Knut Weyhausen", "Imke Oncken", "Thore Gerdes",
           "Ansgar Haverkamp", "Torben Lührs"],
    places=[("Bremerhaven", "Bremerhaven"), ("Bremen", "Bremen")])

rec(17, genre="X", style="website of a Landtag member (Wahlkreisbüro, Sprechstunden, news teasers)",
    person="Cornelia Bettscheider", office=None,
    region=["Neunkirchen", "Landkreis Neunkirchen", "Wahlkreis Neunkirchen"], bundesland="Saarland",
    party="CDU", date="2026-01-09", doc_type="other",
    notes="NEGATIVE: page of a sitting MdL, signed 'Ihre Cornelia Bettscheider' -> person = author. Past election 27. "
          "März 2022 via the Wahlkreisliste Neunkirchen; past offices Ortsvorsteherin Wiebelskirchen, Kreistag. "
          "Footer 'Stand: 09.01.2026' = the only page date; Sprechstunde 'Mo., 2. Februar 2026', 'Sa., 14.2.', "
          "'Sa., 14.3.' and news dates are distractors. Office manager Sven Dörrenbächer-Klein. Footer: "
          "Landtagsfraktion in Saarbrücken.",
    names=["Sven Dörrenbächer-Klein"],
    places=[("Neunkirchen", "Neunkirchen"), ("Ottweiler", "Ottweiler"), ("Schiffweiler", "Schiffweiler"),
            ("Eppelborn", "Eppelborn"), ("Illingen", "Illingen"), ("Saarbrücken", "Saarbrücken")])

rec(18, genre="X", style="plain-text mailing-list invitation to a Nominierungsversammlung naming applicants",
    person=["Stefanie Rödiger", "Martin Ebeling-Kahl"], office=None,
    region=["Gotha – Ilm-Kreis (Wahlkreis 191)", "Wahlkreis 191", "Gotha – Ilm-Kreis", "Gotha", "Ilm-Kreis"],
    bundesland="Thüringen", party="SPD", date="2024-10-01", doc_type="other",
    notes="NEGATIVE: invitation to the Wahlkreiskonferenz for BTW WK 191; the applicants Heiko Wendland and Dana "
          "Kupfernagel are named in passing and must not be extracted; office null. Signed by both Kreisvorsitzende "
          "(current offices) -> either signer accepted. Date header 1 Oct 2024 = document date; conference 26. "
          "Oktober 2024 in Arnstadt (venue), deadlines 15./20. Oktober distractors. Bundesland not named.",
    names=["Heiko Wendland", "Dana Kupfernagel"],
    places=[("Gotha", "Gotha"), ("Ilm-Kreis", "Ilm-Kreis"), ("Arnstadt", "Arnstadt"), ("Ilmenau", "Ilmenau")])

rec(19, genre="X", style="obituary (Typo3 news page)",
    person=["Maik Sonnenberg", "Waltraud Gellrich"], office=None, region=["Uckermark", "Landkreis Uckermark"],
    bundesland="Brandenburg", party="Die Linke", date="2025-02-03", doc_type="other",
    notes="NEGATIVE: Nachruf, signed 'Für den Kreisvorstand Maik Sonnenberg, Kreisvorsitzender' -> person = signer; "
          "the deceased Waltraud Gellrich accepted (D2). Her past offices (Kreistag 1994-2019, Stadtverordnete "
          "Prenzlau) and her past 2014 candidacy are traps. Published 3. Februar 2025; birth 12. Mai 1941, death 28. "
          "Januar 2025, funeral Fr 14. Februar 2025, sidebar dates distractors. Footer: Landesverband in Potsdam.",
    places=[("Uckermark", "Uckermark"), ("Prenzlau", "Prenzlau"), ("Angermünde", "Angermünde"),
            ("Schwedt", "Schwedt"), ("Potsdam", "Potsdam")])

rec(20, genre="X", style="PDF press review (Pressespiegel), 2 pages",
    person=None, office=None, region="Thüringen", bundesland="Thüringen", party="BSW", date="2025-03-21",
    doc_type="other",
    notes="NEGATIVE: internal press review of the Landesverband. 'Stand: 21.03.2025' (= PDF CreationDate) is the "
          "document date; week 17.-21. März and article dates distractors. Reports an internal election already held "
          "(Doppelspitze Erfurt: Ines Pfeffer, Lutz Hanisch) and a possible future candidacy reported by a newspaper "
          "(Kornelia Späth, Bürgermeisterwahl Ilmenau, undecided) - none is an announcement. No author. "
          "Landesvorsitzende only by role.",
    names=["Ines Pfeffer", "Lutz Hanisch", "Kornelia Späth"],
    places=[("Erfurt", "Erfurt"), ("Gera", "Gera"), ("Ilmenau", "Ilmenau"), ("Ilm-Kreis", "Ilm-Kreis")])

rec(21, genre="X", style="event page (WordPress, The Events Calendar) with sidebar teaser of a candidate",
    person=None, office=None, region="Traunstein", bundesland="Bayern", party="CSU", date="2025-06-20",
    doc_type="other",
    notes="NEGATIVE: event page for a summer party 'Sa., 12.7.' (no year in the entry). Document date: 'Veranstaltung "
          "erstellt am 20.06.2025' (= meta published_time); 'zuletzt geändert am 01.07.2025' is an update distractor "
          "(D8). Sidebar teaser 'Unser Bürgermeisterkandidat für 2026 stellt sich vor: Benedikt Aschauer' names a "
          "candidate in passing (another page). Ortsvorsitzender Xaver Gschwendtner and Schriftführerin Vroni Aicher "
          "(current roles). No author.",
    names=["Xaver Gschwendtner", "Vroni Aicher", "Benedikt Aschauer"],
    places=[("Traunstein", "Traunstein")])

rec(22, genre="X", style="Termine page (Typo3) with an applicant named in an event entry",
    person=None, office=None, region="Trier", bundesland="Rheinland-Pfalz", party="Bündnis 90/Die Grünen",
    date="2025-01-08", doc_type="other",
    notes="NEGATIVE: list of events; 'Stand: 08.01.2025' = document date; entries 'Di., 14.1.', 'Sa., 25.1.', 'So., "
          "23.2.' (no year) are distractors. The applicant Carla Weyand for the Landtagswahlkreis Trier is named in "
          "passing in the Wahlkreisversammlung entry - not an announcement. Footer: Landesverband in Mainz.",
    names=["Carla Weyand"],
    places=[("Trier", "Trier"), ("Mainz", "Mainz")])

rec(23, genre="X", style="plain-text e-mail newsletter without a candidacy item",
    person="Uwe Kaschner", office=None, region=["Stendal", "Landkreis Stendal"], bundesland="Sachsen-Anhalt",
    party="SPD", date="2024-07-05", doc_type="other",
    notes="NEGATIVE: newsletter after the Kommunalwahl 9. Juni 2024: six newly elected Kreistag members (after the "
          "vote, D3), Sommerfest 17. August, member meeting 12. September, Landtagswahl 2026 preparations (no names). "
          "Dateline 'Stendal, 5. Juli 2024' = document date. Signed by Kreisvorsitzender Uwe Kaschner -> person. "
          "Bundesland not named.",
    names=["Annegret Fuhlrott", "Sönke Bartels", "Mandy Ziervogel", "Rüdiger Haaßengier", "Ilka Bollmann",
           "Tobias Kleinschmidt"],
    places=[("Stendal", "Stendal"), ("Tangermünde", "Tangermünde"), ("Osterburg", "Osterburg")])

rec(24, genre="X", style="Markdown press release on a resignation ('tritt zurück')",
    person=[None, "Dirk Hemmerling", "Axel Dörrenbächer"], office=None, region=["Saarpfalz-Kreis", "Saarpfalz"],
    bundesland="Saarland", party="FDP", date="2025-06-23", doc_type="press_release",
    notes="NEGATIVE: resignation of the Kreisvorsitzender. Front matter date = dateline 'Homburg, 23. Juni 2025'; "
          "außerordentlicher Kreisparteitag Sa 12. Juli 2025 in St. Ingbert and past elections 2022/2025 distractors. "
          "The acting chair Ricarda Weißkircher leaves open whether she will run - not a candidacy. No signing author: "
          "the resigning Dirk Hemmerling accepted (D2), V.i.S.d.P. Axel Dörrenbächer accepted (dev2). He stays Stadtrat "
          "in Homburg (current). Land only as 'FDP Saar'.",
    names=["Ricarda Weißkircher"],
    places=[("Saarpfalz-Kreis", "Saarpfalz-Kreis"), ("Homburg", "Homburg"), ("St. Ingbert", "St. Ingbert")])

rec(25, genre="X", style="plain-text press release of a Kreistag group with quotes",
    person=[None, "Tjark Hansen-Dahl"], office=None, region=["Schleswig-Flensburg", "Kreis Schleswig-Flensburg"],
    bundesland="Schleswig-Holstein", party=SSW, date="2024-11-12", doc_type="press_release",
    notes="NEGATIVE: policy press release (bus services). Quoted Fraktionsvorsitzende Birte Jessen-Paulsen and "
          "Kreistagsabgeordneter Jesper Nissen are never the person; V.i.S.d.P. Tjark Hansen-Dahl accepted. Dateline "
          "12.11.2024; committee 20. November and Kommunalwahl 2023 distractors. Party label SSW (D1). Bundesland "
          "not named.",
    names=["Birte Jessen-Paulsen", "Jesper Nissen"],
    places=[("Schleswig-Flensburg", "Schleswig-Flensburg"), ("Schleswig", "Schleswig"), ("Kappeln", "Kappeln"),
            ("Süderbrarup", "Süderbrarup"), ("Tarp", "Tarp"), ("Flensburg", "Flensburg")])

rec(26, genre="X", style="election programme (Markdown) with a preface signed by the lead candidate",
    person="Tanja Overbeck", office=None, region=["Landkreis Celle", "Celle"], bundesland="Niedersachsen",
    party="Freie Wähler", date="2026-04-18", doc_type="programme",
    notes="NEGATIVE: Kommunalwahlprogramm; front matter date 2026-04-18. Preface signed 'Tanja Overbeck, "
          "Spitzenkandidatin für den Kreistag' -> person = signer, but office null because a programme is not a "
          "candidacy (D20). Mitgliederversammlung 11. April 2026 in Bergen (venue), Kommunalwahl 13. September 2026, "
          "2029 target distractors. Bundesland not named.",
    places=[("Celle", "Celle"), ("Bergen", "Bergen"), ("Eschede", "Eschede"), ("Wietze", "Wietze"),
            ("Hannover", "Hannover")])

rec(27, genre="X", style="report of an internal election already held ('Neuer Kreisvorstand gewählt')",
    person=[None, "Hendrik Pöschmann"], office=None, region="Sächsische Schweiz-Osterzgebirge",
    bundesland="Sachsen", party="CDU", date="2024-11-25", doc_type="other",
    notes="NEGATIVE: the board has been elected (D3) - Kreisvorsitzender etc. are offices won. No author; the new "
          "chair Hendrik Pöschmann accepted (D2). Published 25.11.2024; Kreisparteitag 'am Samstag' in Pirna, "
          "Bundestagswahl 23. Februar 2025, Wahlkreisvertreterversammlung 07.12.2024 distractors. Outgoing chair "
          "Rüdiger Kotte and all board members are distractors.",
    names=["Rüdiger Kotte", "Anja Zschornack", "Dirk Ullmann-Heyde", "Cornelia Feistel", "Tobias Reichelt",
           "Greta Lohse", "Axel Pfitzner", "Ines Moosdorf", "Malte Scheibner"],
    places=[("Sächsische Schweiz-Osterzgebirge", "Sächsische Schweiz-Osterzgebirge"), ("Pirna", "Pirna"),
            ("Dippoldiswalde", "Dippoldiswalde"), ("Freital", "Freital"), ("Sebnitz", "Sebnitz"),
            ("Heidenau", "Heidenau"), ("Altenberg", "Altenberg"), ("Bad Schandau", "Bad Schandau"),
            ("Glashütte", "Glashütte"), ("Neustadt in Sachsen", "Neustadt in Sachsen"), ("Dresden", "Dresden")])

rec(28, genre="X", style="Mastodon thread: thank-you after the election",
    person=None, office=None, region="Hamburg", bundesland="Hamburg", party="Piratenpartei", date="2025-03-03",
    doc_type="other",
    notes="NEGATIVE: thanks after the Bürgerschaftswahl (not dated in the text); the Spitzenkandidatin Nele Habermehl "
          "is named after the vote (D3). First post 3. März 2025, 08:30 = document date; member meeting Sa 29. März "
          "(Neuwahl Landesvorstand, no candidates) distractor. Party account, no signer.",
    names=["Nele Habermehl"],
    places=[("Hamburg", "Hamburg")])

rec(29, genre="X", style="first-person statement NOT to run again (Markdown front matter)",
    person="Till Horstkötter", office=None, region="Kassel", bundesland="Hessen", party="Die Linke",
    date="2025-02-08", doc_type="other",
    notes="NEGATIVE (first person): the Kreisvorsitzender announces that he will NOT run again (D19). Front matter "
          "date 2025-02-08; KMV 15. März 2025, BTW 23. Februar, Kommunalwahl März 2026 distractors. Author in front "
          "matter, body signed 'Till'. Current offices Kreisvorsitzender, Stadtverordneter. Bundesland not named.",
    places=[("Kassel", "Kassel")])

rec(30, genre="C", style="satirical Jekyll post (front matter date)",
    person="Jonte Pfannkuche", office="Kandidat Europaparlament", region="Deutschland",
    bundesland=[None, "Nordrhein-Westfalen"], party="Die PARTEI", date="2023-08-21", doc_type="candidacy",
    notes="Platz 5 of the federal list for the Europawahl 9. Juni 2024 -> region Deutschland, bundesland null; home "
          "state NRW (Bochum; Land not named) tolerated as in dev2. Front matter date 2023-08-21 = document date; "
          "Bundesparteitag 2. September 2023 distractor. Current office Kreisvorsitzender der PARTEI Bochum; past "
          "candidacy Bezirksvertretung Bochum-Mitte 2020; 'trete ... zurück' is a satirical promise. The party's MEP "
          "only by role. Party named only as 'der PARTEI'.",
    places=[("Bochum", "Bochum")])

VOLT_EU = ["Amelie Krusenbaum", "Joris Vanderheyden-Lutz", "Nele Gerhardinger", "Deniz Ahlborn", "Merle Obenauer",
           "Malte Quirmbach"]
rec(31, genre="N", style="live thread (Mastodon) from a list assembly, 8 posts",
    person=VOLT_EU, office="Kandidat Europaparlament", region="Deutschland", bundesland=None, party="Volt",
    date="2023-11-25", doc_type="candidacy",
    all_candidates=multi(VOLT_EU, "Kandidat Europaparlament", "Deutschland"),
    notes="[multi] Places 6-11 of Volt's federal list for the Europawahl 9. Juni 2024, posted live from the assembly "
          "in Leipzig (venue). First post 25. Nov. 2023 = document date; places 1-5 elected 'gestern' (unnamed). Home "
          "towns in brackets are not regions; Krusenbaum's current Ratsmitglied Köln and Gerhardinger's past "
          "Landesvorstand Volt Bayern are traps. bundesland null (several home states).",
    places=[("Leipzig", "Leipzig"), ("Köln", "Köln"), ("Mainz", "Mainz"), ("Regensburg", "Regensburg"),
            ("Hamburg", "Hamburg"), ("Dresden", "Dresden"), ("Hannover", "Hannover")])

rec(32, genre="C", style="WordPress page of a Kreisverband, related posts, sidebar",
    person="Levke Bröhan", office=["Bezirksversammlung", "Bezirksabgeordneter"],
    region=["Harburg", "Bezirk Harburg", "Hamburg-Harburg"], bundesland="Hamburg", party="CDU",
    date="2024-02-15", doc_type="candidacy",
    notes="Post date 15. Februar 2024 (time element) = document date; Bezirks- und Europawahl 9. Juni 2024 and "
          "sidebar dates distractors. Platz 6 of the Bezirksliste (Hamburg Bezirksversammlung, D11). Current office: "
          "Vorsitzende des CDU-Ortsverbands Neugraben-Fischbek (Ortsvorsitzender trap), Elternrat. Finkenwerder = "
          "workplace. Related-post teaser names the Spitzenkandidat Dr. Arne Wischhusen. 'Harburg' is also a "
          "Landkreis in Niedersachsen (not meant).",
    names=["Arne Wischhusen"],
    places=[("Hamburg", "Hamburg")])

VOLT_HH = ["Hannah Kleinsorge", "Ömer Aydoğdu-Brandt", "Finja Rohwedder", "Jesper Lindqvist-Hahn",
           "Carla Owusu-Storm"]
rec(33, genre="N", style="Instagram carousel caption with numbered list",
    person=VOLT_HH, office=["Landesliste Landtag", "Landesliste Bürgerschaft"], region="Hamburg",
    bundesland="Hamburg", party="Volt", date="2024-10-23", doc_type="candidacy",
    all_candidates=multi(VOLT_HH, ["Landesliste Landtag", "Landesliste Bürgerschaft"], "Hamburg"),
    notes="[multi] Top 5 of the Landesliste for the Bürgerschaftswahl 2. März 2025 (Hamburgische Bürgerschaft = "
          "Landtag). Post date 23. Oktober 2024; the assembly 'Am Samstag' is not dated. Ottensen, Wilhelmsburg, "
          "Barmbek, Harburg, Eimsbüttel are home districts, not regions. Places 6-20 not named.",
    places=[("Hamburg", "Hamburg")])

BSW_NI = ["Gesine Thormählen", "Reinhold Kattenbusch", "Svenja Ahrberg", "Malte Irrgang", "Yasemin Çakır-Wendt"]
rec(34, genre="N", style="party press page announcing a Landesliste (top 5 of 12)",
    person=BSW_NI, office="Landesliste Bundestag", region="Niedersachsen", bundesland="Niedersachsen",
    party="BSW", date="2024-12-01", doc_type="candidacy",
    all_candidates=multi(BSW_NI, "Landesliste Bundestag", "Niedersachsen"),
    notes="[multi] Landesliste for the Bundestagswahl 23. Februar 2025, places 1-5 named. Page date 01.12.2024; "
          "Landesparteitag Sa 30. November 2024 in Hildesheim (venue), sidebar dates distractors. 'Dr.' dropped "
          "(Malte Irrgang). Landesvorsitzender Egon Brünjes is quoted, not a candidate. Home towns in brackets are not "
          "regions. No direct candidates.",
    names=["Egon Brünjes"],
    places=[("Hildesheim", "Hildesheim"), ("Wolfsburg", "Wolfsburg"), ("Celle", "Celle"), ("Cuxhaven", "Cuxhaven"),
            ("Uelzen", "Uelzen"), ("Gifhorn", "Gifhorn"), ("Hannover", "Hannover")])

rec(35, genre="N", style="local newspaper report as plain text (print layout), byline, 'Foto: privat'",
    person="Annika Hülsmann", office="Bürgermeister", region="Kamen", bundesland="Nordrhein-Westfalen",
    party="SPD", date="2025-02-14", doc_type="candidacy",
    notes="Header 'Freitag, 14. Februar 2025' = document date; nomination 'am Donnerstagabend' in Methler (district, "
          "venue), Kommunalwahl 14. September and Stichwahl 28. September (no year) distractors. Current office "
          "Fraktionsvorsitzende im Rat (trap: Stadtrat); Bergkamen = birthplace, Unna = workplace. Journalist Ansgar "
          "Kemper, Ortsvereinsvorsitzender Lutz Brockhoff. Bundesland not named.",
    names=["Ansgar Kemper", "Lutz Brockhoff"],
    places=[("Kamen", "Kamen"), ("Bergkamen", "Bergkamen"), ("Unna", "Unna")])

MAINZ = ["Aylin Kartal", "Jesper Wolfsteller"]
rec(36, genre="N", style="Markdown news post: board proposes a Doppelspitze",
    person=MAINZ, office=["Kreisvorsitzender", "Kreissprecher"], region="Mainz", bundesland="Rheinland-Pfalz",
    party="Die Linke", date="2025-04-02", doc_type="candidacy",
    all_candidates=multi(MAINZ, ["Kreisvorsitzender", "Kreissprecher"], "Mainz"),
    notes="[multi] Third-person proposal of a Doppelspitze: both nominees count (D4). Front matter date 2025-04-02; "
          "KMV Sa 26. April 2025, BTW 'im Februar', Kommunalwahl 2029 distractors. Outgoing chair Benno Ahlgrimm (not "
          "running) is not a candidate. Wolfsteller's current Ortsbeirat Mainz-Gonsenheim; Neustadt = district. "
          "Bundesland not named.",
    names=["Benno Ahlgrimm"],
    places=[("Mainz", "Mainz")])

rec(37, genre="C", style="PDF application letter + CV page, PDF Info date",
    person="Theresa Wolfgarten", office="Landesparteitagsdelegierter", region="Koblenz",
    bundesland="Rheinland-Pfalz", party="CDU", date="2025-05-06", doc_type="candidacy",
    notes="Delegate to the Landesparteitag, elected by the Kreisparteitag 24. Mai 2025 -> region = electing "
          "Kreisverband Koblenz. Dateline 'Koblenz, 6. Mai 2025' (= PDF CreationDate) is the document date; "
          "Landesparteitag 'im Herbst in Bingen am Rhein' (venue), Landtagswahl 22. März 2026 distractors. Current: "
          "Vorsitzende Ortsverband Metternich (Ortsvorsitzender trap), Stadtrat Koblenz; born 1987 in Andernach.",
    places=[("Koblenz", "Koblenz"), ("Bingen am Rhein", "Bingen am Rhein"), ("Andernach", "Andernach"),
            ("Mainz", "Mainz")])

rec(38, genre="C", style="candidate page (WordPress) of a local Volt team", ltw=True,
    person="Carla Ehrismann", office="Direktkandidat Landtag",
    region=["Heidelberg (Wahlkreis 34)", "Wahlkreis 34", "Heidelberg"], bundesland="Baden-Württemberg",
    party="Volt", date="2025-06-28", doc_type="candidacy",
    notes="'Erstkandidatin' (BW 2026 term for the constituency candidate) -> Direktkandidat Landtag (D6). Page date "
          "28. Juni 2025 (also meta); Aufstellungsversammlung 21. Juni, Landtagswahl 8. März 2026, sidebar dates "
          "distractors. Landtagswahlkreis 34 Heidelberg (heidelberg.de). Explicitly not on the Landesliste "
          "(negation). Past: Platz 7 Gemeinderat 2024. Schwetzingen = workplace, Mosbach = where she grew up, "
          "Bergheim/Altstadt = districts; footer Volt BW in Stuttgart.",
    places=[("Heidelberg", "Heidelberg"), ("Schwetzingen", "Schwetzingen"), ("Mosbach", "Mosbach"),
            ("Stuttgart", "Stuttgart")])

ROTT = ["Stefanie Kiebler", "Matthias Raidt", "Benedikt Haug-Schnitzer", "Sabine Dettling", "Jonas Bühler-Renz",
        "Theresa Eiselt", "Heiko Schwenninger", "Carla Sauterleute", "Tobias Weinmann", "Ricarda Mauch", "Uwe Kienzle",
        "Hannelore Straub", "Lasse Göhner", "Anja Hipp", "Korbinian Reutter", "Ida Bauknecht", "Axel Gfrörer",
        "Marlene Binder-Nuß", "Dirk Saile", "Nele Stehle", "Martin Frech", "Silke Rebmann", "Till Wößner",
        "Ines Dannecker", "Anton Kohlhepp", "Greta Zeeb"]
rec(39, genre="N", style="PDF candidate list (26 names with Stadtteil), 2 pages",
    person=ROTT, office=["Gemeinderat", "Stadtrat"], region=["Rottenburg am Neckar", "Rottenburg"],
    bundesland="Baden-Württemberg", party="Freie Wähler", date="2024-03-01", doc_type="candidacy",
    all_candidates=multi(ROTT, ["Gemeinderat", "Stadtrat"], ["Rottenburg am Neckar", "Rottenburg"]),
    notes="[multi] 26 Gemeinderat candidates with their home Stadtteil (Rottenburg abolished the unechte Teilortswahl "
          "in 2004 - rottenburg.de; so the Stadtteile are homes, not Wahlbereiche). Dated 'Rottenburg am Neckar, 1. "
          "März 2024' (= PDF CreationDate); Mitgliederversammlung 23. Februar 2024 in Ergenzingen (venue), election 9. "
          "Juni 2024 distractors. Party = local Wählervereinigung 'FREIE WÄHLER ... e.V.' -> Freie Wähler. Kreistag "
          "Tübingen mentioned without names. BW council: both labels accepted. Bundesland not named.",
    places=[("Rottenburg am Neckar", "Rottenburg am Neckar"), ("Tübingen", "Tübingen")])

rec(40, genre="C", style="Markdown page, front matter without date, dated signature 'im November 2024'",
    person="Merle Wolloscheck", office=["Direktkandidat Bundestag", "Landesliste Bundestag"],
    region=["Saarbrücken (Wahlkreis 296)", "Wahlkreis 296", "Saarbrücken", "Saarland"], bundesland="Saarland",
    party="Bündnis 90/Die Grünen", date="2024-11", doc_type="candidacy",
    notes="Double candidacy (WK 296 Saarbrücken + Platz 2 of the Landesliste): both offices correct; region Saarland "
          "accepted for the list reading. Dated signature 'Saarbrücken, im November 2024' -> 2024-11 (partial, rule "
          "1). LMV '30. November' (no year) in Saarlouis (venue), election 23. Februar 2025 distractors. Homburg = "
          "birthplace and also the name of BTW WK 299 (trap). Current: Stadtrat Saarbrücken, Sprecherin KV "
          "Saarbrücken. Platz 1 = Landesvorsitzender (role only).",
    places=[("Saarbrücken", "Saarbrücken"), ("Saarlouis", "Saarlouis"), ("Homburg", "Homburg"),
            ("Völklingen", "Völklingen"), ("Dillingen", "Dillingen/ Saar")])

rec(41, genre="N", style="WordPress news post of a Berlin SPD Kreisverband",
    person="Milan Oberländer", office=["Direktkandidat Landtag", "Direktkandidat Abgeordnetenhaus"],
    region=["Tempelhof-Schöneberg 4", "Wahlkreis Tempelhof-Schöneberg 4"], bundesland="Berlin", party="SPD",
    date="2025-11-17", doc_type="candidacy",
    notes="Abgeordnetenhaus = Landtag; WK 'Tempelhof-Schöneberg 4' (AGH naming pattern, exists at the 2023 "
          "election). Kreisdelegiertenversammlung 'Samstag, 15. November' (no year), page date 17.11.2025 = document "
          "date; election 20. September 2026, January assembly distractors. Current office Bezirksverordneter in the "
          "BVV (trap: BVV is in the office vocabulary). Proposed by the 'Abteilung Tempelhof-Mitte' (SPD Berlin local "
          "branch).",
    places=[("Berlin", "Berlin")])

rec(42, genre="C", style="plain-text mailing-list reply with the quoted call for applications",
    person="Jelena Brauckmann", office=["Bezirksverordnetenversammlung", "Bezirksverordneter"],
    region=["Pankow", "Bezirk Pankow", "Berlin-Pankow"], bundesland="Berlin", party="Bündnis 90/Die Grünen",
    date="2026-02-08", doc_type="candidacy",
    notes="Date header 'So., 8. Feb. 2026' = document date; quoted call of 25.01.2026 ('> '), Bezirksversammlung 7. "
          "März 2026, deadline 15. Februar, Kiezspaziergang 21. Februar, election 20. September 2026 distractors. Platz "
          "3 of the BVV list. Explicitly NOT running for the Abgeordnetenhaus. Current: Bürgerdeputierte, Sprecherin "
          "Ortsgruppe Prenzlauer Berg Nord; Kreuzberg = workplace. Body signed 'Jelena', full name in the From header.",
    places=[("Berlin", "Berlin")])

rec(43, genre="C", style="Markdown post with front matter",
    person="Fenja Liebetrau", office="Landesvorsitzender", region="Berlin", bundesland="Berlin", party=TS_ALT,
    date="2025-09-15", doc_type="candidacy",
    notes="Front matter date 2025-09-15; Landesparteitag 11. Oktober 2025, AGH/BVV election 20. September 2026 "
          "distractors. Current office stellvertretende Landesvorsitzende (trap: 'stellv. Landesvorsitzender' is in "
          "the vocabulary). Party as 'Tierschutzpartei' and 'Partei Mensch Umwelt Tierschutz' (D1). Spandau = "
          "workplace, Charlottenburg = home. Outgoing chair unnamed.",
    places=[("Berlin", "Berlin")])

rec(44, genre="C", style="Jimdo page of a local voters' group, no page date",
    person="Doreen Pfitzmann", office=["Gemeinderat", "Gemeindevertretung", "Gemeindevertreter"],
    region="Blankenfelde-Mahlow", bundesland="Brandenburg", party=["Freie Wähler", "BVB/Freie Wähler"],
    date=["2024-03-02", "2024-06-09"], doc_type="candidacy",
    notes="No page date: Mitgliederversammlung 2. März 2024 in Dahlewitz (part of the municipality) preferred, "
          "Kommunalwahl 9. Juni 2024 accepted. Brandenburg 'Gemeindevertretung' -> Gemeinderat (D5). Platz 4. Current: "
          "Ortsbeirat Mahlow, Elternrat; explicitly NOT running for the Kreistag Teltow-Fläming (negation). Schönefeld "
          "= workplace (airport). Other candidates in the nav (Uwe Hiller, Ole Kamprad). Footer: Landesverband "
          "Brandenburg in Potsdam.",
    names=["Uwe Hiller", "Ole Kamprad"],
    places=[("Blankenfelde-Mahlow", "Blankenfelde-Mahlow"), ("Schönefeld", "Schönefeld"),
            ("Teltow-Fläming", "Teltow-Fläming"), ("Potsdam", "Potsdam")])

rec(45, genre="N", style="local newspaper report (HTML), byline, 'Foto: privat', teasers",
    person="Axel Krumnow", office="Direktkandidat Bundestag",
    region=["Dahme-Spreewald – Teltow-Fläming III (Wahlkreis 62)", "Wahlkreis 62",
            "Dahme-Spreewald – Teltow-Fläming III"],
    bundesland="Brandenburg", party="SPD", date="2024-12-08", doc_type="candidacy",
    notes="'So., 08.12.2024, 16:20 Uhr' = document date; Wahlkreiskonferenz 'am Samstag' in Königs Wusterhausen "
          "(venue), election 23. Februar 2025, Landesliste 'am kommenden Wochenende' distractors. Defeated rival Ines "
          "Marquardt and journalist Sandy Reichelt are not the person. Current offices Stadtverordneter Zossen, "
          "Kreistag Teltow-Fläming; a Landesliste place is open (not a candidacy). Land only as 'Brandenburger SPD'.",
    names=["Sandy Reichelt", "Ines Marquardt"],
    places=[("Königs Wusterhausen", "Königs Wusterhausen"), ("Zossen", "Zossen"), ("Wildau", "Wildau"),
            ("Zeuthen", "Zeuthen"), ("Schönefeld", "Schönefeld"), ("Luckau", "Luckau"),
            ("Teltow-Fläming", "Teltow-Fläming")])

rec(46, genre="C", style="plain-text e-mail to a members' list",
    person="Hendrik Wollenzien", office="Landesschatzmeister", region="Mecklenburg-Vorpommern",
    bundesland="Mecklenburg-Vorpommern", party="FDP", date="2025-03-03", doc_type="candidacy",
    notes="Header 'Datum: 03.03.2025 19:47' = document date; Landesparteitag Sa 29. März 2025 in Güstrow (venue), "
          "BTW 23. Februar, Landtagswahl 2026 distractors. Outgoing Landesschatzmeisterin Gesine Rahn (predecessor). "
          "Current offices Kreisschatzmeister Nordwestmecklenburg (repeated in the signature) and Bürgerschaft der "
          "Hansestadt Wismar (city council, not Landtag).",
    names=["Gesine Rahn"],
    places=[("Güstrow", "Güstrow"), ("Wismar", "Wismar"), ("Nordwestmecklenburg", "Nordwestmecklenburg")])

rec(47, genre="C", style="Typo3 news page with only a relative visible date; ISO date in meta",
    person="Thore Dankwardt", office="stellv. Kreisvorsitzender",
    region=["Ludwigslust-Parchim", "Landkreis Ludwigslust-Parchim"], bundesland="Mecklenburg-Vorpommern",
    party="CDU", date="2025-05-20", doc_type="candidacy",
    notes="Visible date only 'vor 2 Wochen'; the document date comes from <meta property='article:published_time' "
          "content='2025-05-20T18:00:00+02:00'> (D9). Kreisparteitag 14. Juni 2025 in Hagenow (venue inside the "
          "district), sidebar 05.07.2025 distractors. Current: Vorsitzender CDU-Stadtverband Parchim (local branch "
          "chair = Ortsvorsitzender trap), Stadtvertretung Parchim; explicitly not running for the Landtag. "
          "Predecessor Reinhard Pagel. Footer: Landesgeschäftsstelle Schwerin.",
    names=["Reinhard Pagel"],
    places=[("Ludwigslust-Parchim", "Ludwigslust-Parchim"), ("Parchim", "Parchim"), ("Hagenow", "Hagenow"),
            ("Dömitz", "Dömitz"), ("Sternberg", "Sternberg"), ("Ludwigslust", "Ludwigslust"),
            ("Schwerin", "Schwerin")])

rec(48, genre="C", style="plain-text e-mail with a quoted call at the end",
    person="Ömer Wilkening", office="Bundesparteitagsdelegierter", region="Bremen", bundesland="Bremen",
    party="Die Linke", date="2026-02-12", doc_type="candidacy",
    notes="Date header 12 Feb 2026 = document date; quoted call of 02.02.2026 (deadline 20. Februar), "
          "Landesmitgliederversammlung 7. März, Bundesparteitag 'im Juni 2026' distractors. Delegates are elected by "
          "the Landesverband -> region Bremen. Current: Beirat Gröpelingen, Sprecher Ortsverband Bremen-West "
          "(Ortsvorsitzender trap); past: guest at the Bundesparteitag 2024 in Halle (venue); explicitly no "
          "Bürgerschaft ambitions for 2027.",
    places=[("Bremen", "Bremen")])

rec(49, genre="C", style="Markdown post with front matter; body signed with first name only",
    person="Kerstin Rauschenbach", office="stellv. Landesvorsitzender", region="Thüringen", bundesland="Thüringen",
    party="Die Linke", date="2025-10-20", doc_type="candidacy",
    notes="Front matter date 2025-10-20; Landesparteitag '8. und 9. November' (no year) in Bad Blankenburg (venue) "
          "distractor. Full name only in the front matter author, body signed 'Kerstin'. Current Kreisvorsitzende "
          "Jena (trap), Stadträtin; past direct candidacy for the Landtag 2024 in Jena; Kommunalwahl 2030. Gendered "
          "'stellvertretende Landesvorsitzende'.",
    places=[("Bad Blankenburg", "Bad Blankenburg"), ("Jena", "Jena"), ("Erfurt", "Erfurt"), ("Weimar", "Weimar")])

rec(50, genre="N", style="newspaper page: visible date without year, year only in meta/URL",
    person="Lasse Wiebking", office="Direktkandidat Bundestag",
    region=["Ostholstein – Stormarn-Nord (Wahlkreis 9)", "Wahlkreis 9", "Ostholstein – Stormarn-Nord"],
    bundesland="Schleswig-Holstein", party="Die Linke", date="2024-11-25", doc_type="candidacy",
    notes="Visible date 'Mo., 25.11.' without a year; year from meta article:published_time 2024-11-25 and the URL "
          "(D9). Assembly 'am Sonnabend' in Eutin (venue inside the WK), election 'am 23. Februar' (no year), "
          "Landesliste 'Mitte Dezember' (open) distractors. Current office Gemeindevertreter Ratekau; Lübeck = "
          "workplace. Kreissprecherin Imke Rohwedder quoted; journalist Frauke Sievers. Teaser dates '(Sa., 23.11.)'.",
    names=["Frauke Sievers", "Imke Rohwedder"],
    places=[("Eutin", "Eutin"), ("Ratekau", "Ratekau"), ("Lübeck", "Lübeck"), ("Scharbeutz", "Scharbeutz"),
            ("Fehmarn", "Fehmarn"), ("Ostholstein", "Ostholstein")])

OUT_KEYS = ["file", "person", "office", "region", "bundesland", "party", "date", "doc_type", "notes",
            "all_candidates", "source"]


# ------------------------------------------------------------------------------------------------
def as_list(v):
    return v if isinstance(v, list) else [v]


def doc_text(path: Path) -> str:
    """Plain text of a document: HTML without tags (scripts/styles dropped, entities decoded),
    PDFs from the generator's page texts, everything else verbatim. Whitespace collapsed."""
    if path.suffix == ".pdf":
        sys.path.insert(0, str(HERE))
        import make_docs  # noqa: E402
        raw = "\n".join(make_docs.page_texts(path.name))
    else:
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
            raw = re.sub(r"(?s)<[^>]+>", " ", raw)
            raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


def load_gazetteers():
    gem, kreise, wk, vn = set(), set(), {}, set()
    with open(GAZ / "gemeinden-2025.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            gem.add(r["name"])
            if r["name_kurz"]:
                gem.add(r["name_kurz"])
    with open(GAZ / "kreise-2024.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            kreise.add(r["name"])
    with open(GAZ / "wahlkreise-btw2025.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            wk[int(r["nummer"])] = (r["name"], r["land"])
    with open(GAZ / "vornamen.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            vn.add(r["name"].casefold())
    return gem, kreise, wk, vn


def valid_date(s: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return 2023 <= parts[0] <= 2027


def first_name(full: str) -> str:
    toks = [t for t in full.split() if not re.fullmatch(r"(Dr|Prof)\.?", t)]
    return toks[0]


def check() -> list[str]:
    errs: list[str] = []
    gem, kreise, wk, vn = load_gazetteers()

    files = sorted(p.name for p in DOCS.iterdir() if p.is_file())
    gold_files = [r["file"].split("/", 1)[1] for r in R]
    if len(gold_files) != len(set(gold_files)):
        errs.append("duplicate gold records")
    for f in set(files) - set(gold_files):
        errs.append(f"document without gold record: {f}")
    for f in set(gold_files) - set(files):
        errs.append(f"gold record without document: {f}")
    if len(R) != 50:
        errs.append(f"expected 50 records, got {len(R)}")

    for r in R:
        f = r["file"]
        path = HERE / f
        if not path.exists():
            continue
        text = doc_text(path)
        # vocabularies
        if r["doc_type"] not in DOC_TYPES:
            errs.append(f"{f}: doc_type {r['doc_type']!r}")
        offs = as_list(r["office"])
        if r["doc_type"] != "candidacy":
            if r["office"] is not None:
                errs.append(f"{f}: negative with office")
        else:
            if offs[0] not in OFFICES:
                errs.append(f"{f}: first office {offs[0]!r} not canonical")
            # a double candidacy lists two canonical labels; other alternatives are free forms
        parties = [p for p in as_list(r["party"]) if p is not None]
        if not parties or parties[0] not in PARTIES:
            errs.append(f"{f}: party {r['party']!r}")
        for b in as_list(r["bundesland"]):
            if b is not None and b not in LAENDER:
                errs.append(f"{f}: bundesland {b!r}")
        for d in as_list(r["date"]):
            if d is not None and not valid_date(d):
                errs.append(f"{f}: date {d!r}")
        # persons
        persons = [p for p in as_list(r["person"]) if p is not None]
        for p in persons + r["names"]:
            if p not in text:
                errs.append(f"{f}: name not in text: {p!r}")
            if first_name(p).casefold() not in vn:
                errs.append(f"{f}: first name not in vornamen.csv: {p!r}")
        for p in r["names"]:
            if p in persons:
                errs.append(f"{f}: distractor is also gold person: {p!r}")
        # [multi]
        is_multi = r["notes"].startswith("[multi]")
        if is_multi != (r["all_candidates"] is not None):
            errs.append(f"{f}: [multi] mark and all_candidates disagree")
        if is_multi:
            if set(persons) != {c["person"] for c in r["all_candidates"]} or len(persons) < 2:
                errs.append(f"{f}: all_candidates persons differ from person list")
            for c in r["all_candidates"]:
                if as_list(c["office"])[0] not in OFFICES:
                    errs.append(f"{f}: all_candidates office {c['office']!r}")
                if as_list(c["office"])[0] not in offs:
                    errs.append(f"{f}: all_candidates office not among gold offices")
        # Wahlkreise
        bt = any(o in BUNDESTAG_OFFICES for o in offs if o) or "BTW WK" in r["notes"]
        for reg in as_list(r["region"]):
            if reg is None:
                continue
            m = re.fullmatch(r"(.+) \(Wahlkreis (\d+)\)", reg)
            if m and not r["ltw"]:
                name, nr = m.group(1), int(m.group(2))
                if not bt:
                    errs.append(f"{f}: Wahlkreis region without Bundestag office and without ltw flag")
                elif wk.get(nr, (None,))[0] != name:
                    errs.append(f"{f}: {reg!r} does not match wahlkreise-btw2025.csv ({wk.get(nr)})")
                elif as_list(r["bundesland"])[0] not in (None, wk[nr][1]):
                    errs.append(f"{f}: Land of WK {nr} is {wk[nr][1]}")
                if f"Wahlkreis {nr}" not in as_list(r["region"]):
                    errs.append(f"{f}: 'Wahlkreis {nr}' alternative missing")
            m2 = re.fullmatch(r"Wahlkreis (\d+)", reg)
            if m2 and not any(re.search(rf"\(Wahlkreis {m2.group(1)}\)", x or "") for x in as_list(r["region"])):
                errs.append(f"{f}: bare {reg!r} without named form")
        # places
        for text_form, gaz_name in r["places"]:
            if gaz_name not in gem and gaz_name not in kreise:
                errs.append(f"{f}: place {gaz_name!r} not in gazetteer")
            if text_form not in text:
                errs.append(f"{f}: place {text_form!r} not in text")
        # the preferred region, if a place or Kreis name, must be in the gazetteer
        reg0 = as_list(r["region"])[0]
        if reg0 and reg0 not in LAENDER and reg0 != "Deutschland" and "Wahlkreis" not in reg0 \
                and not r["ltw"] and f not in LTW_OR_DISTRICT:
            base = re.sub(r"^(Landkreis|Kreis) ", "", reg0)
            if base not in gem and base not in kreise:
                errs.append(f"{f}: preferred region {reg0!r} not in gazetteer")
    return errs


# regions that are Berlin/Hamburg districts or Berlin AGH constituencies (not Gemeinden/Kreise in the tables)
LTW_OR_DISTRICT = {"docs/h14_32.html", "docs/h14_41.html", "docs/h14_42.txt"}


def write_gold() -> Path:
    out = HERE / "gold.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps({k: r[k] for k in OUT_KEYS}, ensure_ascii=False) + "\n")
    lines = []
    for p in [out] + sorted(DOCS.iterdir()):
        h = hashlib.sha256(p.read_bytes()).hexdigest()
        lines.append(f"{h}  {p.relative_to(HERE)}")
    (HERE / "gold.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def self_test(gold: Path) -> list[str]:
    errs = []
    with tempfile.TemporaryDirectory() as td:
        pred = Path(td) / "pred.jsonl"
        pred.write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(gold), str(pred), "--details"],
                             capture_output=True, text=True, cwd=HERE)
    print(res.stdout, end="")
    if res.returncode != 0:
        errs.append(f"score.py failed: {res.stderr}")
    for line in res.stdout.splitlines():
        if line.startswith("MISS"):
            errs.append(f"self-test: {line}")
        m = re.match(r"(\S+)\s+(\d+)/(\d+)\s+([\d.]+)$", line)
        if m and m.group(4) != "1.000":
            errs.append(f"self-test: {line}")
    if "predictions found: 50" not in res.stdout:
        errs.append("self-test: not all predictions found")
    return errs


def summary():
    from collections import Counter
    fmt = Counter(Path(r["file"]).suffix[1:] for r in R)
    gen = Counter(r["genre"] for r in R)
    print("formats:", dict(sorted(fmt.items())), " genres:", dict(sorted(gen.items())),
          " multi:", sum(r["all_candidates"] is not None for r in R))


def main() -> int:
    errs = check()
    gold = write_gold()
    errs += self_test(gold)
    summary()
    if errs:
        print(f"\n{len(errs)} CHECK(S) FAILED:")
        for e in errs:
            print("  -", e)
        return 1
    print("all checks passed; wrote", gold, "and gold.sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
