#!/usr/bin/env python3
"""Generate the 50 documents of held-out set 13 into ./docs.

Run with the project's venv (it needs pypdfium2 for the scanned PDFs):
    ../../../.venv/bin/python make_docs.py

Every document text lives in this file. SOURCES (filled on import) maps each file to the text as
designed, page by page for PDFs; gold_src.py uses it to check RTF, .doc and scanned PDFs, whose
text cannot be read back with a simple method.
"""
from __future__ import annotations

import sys
import tempfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the project root
from tests.support.officegen import make_docx, make_odt, w_p, odt_p  # noqa: E402
from tests.support.docgen import make_doc  # noqa: E402
from tests.support.pdfgen import make_pdf, write_pdf, wrap_text, _escape, PAGE_WIDTH, PAGE_HEIGHT  # noqa: E402
from tests.support.scangen import make_scanned_pdf  # noqa: E402

HERE = Path(__file__).resolve().parent


class _FixedClock:
    """zipfile stamps every part with time.time(); a fixed clock (1980-01-01, the zip epoch) makes the
    .docx/.odt packages byte-for-byte reproducible, so gold.sha256 stays valid after a rebuild."""
    def __getattr__(self, name):
        return getattr(_time, name)

    def time(self):
        return 315576000.0


import time as _time  # noqa: E402
import zipfile as _zipfile  # noqa: E402
_zipfile.time = _FixedClock()
OUT = HERE / "docs"
BUILD = {}     # file name -> builder function
SOURCES = {}   # file name -> designed text (str)


def register(name, text):
    SOURCES[name] = text


def builder(name):
    def deco(fn):
        BUILD[name] = fn
        return fn
    return deco


# ---------------------------------------------------------------- WordprocessingML ---------
def _runs(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:r><w:br/></w:r>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                out.append("<w:r><w:tab/></w:r>")
            if chunk:
                out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>')
    return "".join(out)


def wp(text, style=None, bold=False, align=None, size=None):
    ppr = ""
    if style or align:
        ppr = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
               + (f'<w:jc w:val="{align}"/>' if align else "") + "</w:pPr>")
    return f"<w:p>{ppr}{_runs(text, bold, size)}</w:p>"


_BORDER = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))


def wtbl(rows, widths, head=False, borders=True):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = f"<w:tblBorders>{_BORDER}</w:tblBorders>" if borders else ""
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, row in enumerate(rows):
        out.append("<w:tr>")
        for w, cell in zip(widths, row):
            paras = "".join(wp(line, bold=head and ri == 0) for line in str(cell).split("\n"))
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{paras}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl><w:p/>")
    return "".join(out)


# ---------------------------------------------------------------- OpenDocument -------------
def op(text, style="Standard"):
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<text:line-break/>")
        parts.append("<text:tab/>".join(escape(c) for c in line.split("\t")))
    return f'<text:p text:style-name="{style}">{"".join(parts)}</text:p>'


def oh(text, level=1):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(text)}</text:h>'


def otbl(rows, name="Tabelle1"):
    n = len(rows[0])
    out = [f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{n}"/>']
    for row in rows:
        out.append("<table:table-row>")
        for cell in row:
            paras = "".join(op(line) for line in str(cell).split("\n"))
            out.append(f'<table:table-cell office:value-type="string">{paras}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


# ---------------------------------------------------------------- RTF -----------------------
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def make_rtf(path, blocks, header=None, footer=None, info=None):
    """blocks: str (paragraph), ("h", str) heading, ("b", str) bold paragraph,
    ("table", widths_twips, rows)."""
    p = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1031"
         r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}"]
    if info:
        y, m, d = (int(x) for x in info["created"].split("-"))
        p.append("{\\info{\\title %s}{\\author %s}{\\creatim\\yr%d\\mo%d\\dy%d\\hr9\\min0}}"
                 % (rtf_esc(info["title"]), rtf_esc(info["author"]), y, m, d))
    p.append(r"\paperw11906\paperh16838\margl1417\margr1417\margt1417\margb1134\headery709\footery567")
    if header:
        p.append(r"{\header\pard\qr\f0\fs18 " + rtf_esc(header) + r"\par}")
    if footer:
        p.append(r"{\footer\pard\qc\f0\fs16 " + rtf_esc(footer) + r"\par}")
    for b in blocks:
        if isinstance(b, str):
            p.append(r"\pard\sa120\f0\fs22 " + rtf_esc(b) + r"\par")
        elif b[0] == "h":
            p.append(r"\pard\sb240\sa120\f0\fs28\b " + rtf_esc(b[1]) + r"\b0\par")
        elif b[0] == "b":
            p.append(r"\pard\sa120\f0\fs22\b " + rtf_esc(b[1]) + r"\b0\par")
        elif b[0] == "table":
            widths, rows = b[1], b[2]
            for row in rows:
                edges, acc = [], 0
                for w in widths:
                    acc += w
                    edges.append(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % acc)
                cells = "".join(r"\pard\intbl\f0\fs20 " + rtf_esc(str(c)) + r"\cell " for c in row)
                p.append(r"\trowd\trgaph108" + "".join(edges) + cells + r"\row")
            p.append(r"\pard\par")
    p.append("}")
    Path(path).write_bytes("\n".join(p).encode("ascii"))


def rtf_plain(blocks, header=None, footer=None):
    out = [header or "", footer or ""]
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] in ("h", "b"):
            out.append(b[1])
        else:
            out.extend("\t".join(map(str, r)) for r in b[2])
    return "\n".join(out)


# ---------------------------------------------------------------- scanned layouts ----------
def _layout_stream(items):
    """items: ("t", x, y_top, size, bold, text, width_pt) or ("l", x1, y1, x2, y2) (y from top)."""
    parts = []
    for it in items:
        if it[0] == "l":
            _, x1, y1, x2, y2 = it
            parts.append(b"0.6 w %d %d m %d %d l S" % (x1, PAGE_HEIGHT - y1, x2, PAGE_HEIGHT - y2))
            continue
        _, x, y, size, bold, text, width = it
        chars = max(10, int(width / (0.56 * size)))
        lead = round(size * 1.38)
        lines = wrap_text(text, chars)
        parts.append(b"BT /%s %d Tf %d TL %d %d Td" % (b"F2" if bold else b"F1", size, lead, x, PAGE_HEIGHT - y))
        for i, line in enumerate(lines):
            if i:
                parts.append(b"T*")
            if line:
                parts.append(b"(" + _escape(line.encode("cp1252", errors="replace")) + b") Tj")
        parts.append(b"ET")
    return b"\n".join(parts)


def _typeset_layout(path, pages):
    first = 5
    ids = [first + 2 * i for i in range(len(pages))]
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in ids) + b"] /Count %d >>" % len(ids),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    }
    for pid, items in zip(ids, pages):
        stream = _layout_stream(items)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R "
                     b"/F2 4 0 R >> >> /Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, pid + 1))
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    return write_pdf(Path(path), objs)


def make_scanned_layout(path, pages, dpi=200):
    """Like scangen.make_scanned_pdf, but the pages are positioned layouts (columns, tables,
    letterheads) instead of running text: typeset, rasterised, wrapped as image-only pages."""
    import pypdfium2 as pdfium
    with tempfile.TemporaryDirectory() as folder:
        typeset = _typeset_layout(Path(folder) / "t.pdf", pages)
        document = pdfium.PdfDocument(str(typeset))
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            px = bitmap.to_numpy()
            if px.ndim == 3:
                px = px[:, :, 0]
            images.append((int(px.shape[1]), int(px.shape[0]), px.tobytes()))
            bitmap.close()
            page.close()
        document.close()
    page_ids = [3 + 3 * i for i in range(len(images))]
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))}
    for pid, (w, h, pixels) in zip(page_ids, images):
        content = b"q %d 0 0 %d 0 0 cm /Scan Do Q" % (PAGE_WIDTH, PAGE_HEIGHT)
        data = zlib.compress(pixels)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Scan %d 0 R >> >> "
                     b"/Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, pid + 1, pid + 2))
        objs[pid + 1] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                         b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                         + data + b"\nendstream")
        objs[pid + 2] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    return write_pdf(Path(path), objs)


def layout_text(pages):
    return "\n\n".join("\n".join(it[5] for it in items if it[0] == "t") for items in pages)


def T(x, y, text, size=10, bold=False, width=480):
    return ("t", x, y, size, bold, text, width)


def L(x1, y1, x2, y2):
    return ("l", x1, y1, x2, y2)


def rows_at(x_cols, y, rows, size=9.5, bold_first=False, step=None, widths=None):
    """A table drawn as text at fixed column positions, one row per line (cells must fit)."""
    step = step or round(size * 1.6)
    items = []
    for ri, row in enumerate(rows):
        for ci, (cx, cell) in enumerate(zip(x_cols, row)):
            w = (widths[ci] if widths else 150)
            items.append(T(cx, y + ri * step, str(cell), size, bold_first and ri == 0, w))
        items.append(L(x_cols[0] - 4, y + ri * step + 4, 545, y + ri * step + 4))
    return items


# =============================================================================================
# h13_01.docx  Grüne RLP, Bewerbungsbogen Landesliste (form fields + Motivationsschreiben)
# =============================================================================================
@builder("h13_01.docx")
def d01(path):
    header = "BÜNDNIS 90/DIE GRÜNEN Rheinland-Pfalz · Landesdelegiertenversammlung 2025 · Bewerbungsbogen"
    footer = ("Landesgeschäftsstelle BÜNDNIS 90/DIE GRÜNEN Rheinland-Pfalz, 55116 Mainz · "
              "Rücksendung bitte bis 20. September 2025")
    form = [
        ["Name, Vorname:", "Wendehorst, Ilka"],
        ["Geburtsjahr:", "1987"],
        ["Wohnort:", "Trier"],
        ["Kreisverband:", "Trier"],
        ["Mitglied seit:", "2011"],
        ["Angestrebtes Amt:", "Listenplatz auf der Landesliste zur Landtagswahl 2026"],
        ["Bewerbung für Platz:", "7 (Frauenplatz)"],
        ["Derzeitige Ämter und Mandate:", "Mitglied des Stadtrats Trier (seit 2019); Sprecherin der LAG Bildung"],
        ["Datum, Unterschrift:", "Trier, 14.09.25        gez. I. Wendehorst"],
    ]
    letter = [
        "Bewerbungsschreiben",
        "Liebe Freundinnen und Freunde,",
        "am 22. März 2026 wählt Rheinland-Pfalz einen neuen Landtag. Ich bewerbe mich um Platz 7 unserer "
        "Landesliste, weil ich die Erfahrung aus sechs Jahren Kommunalpolitik in den Landtag tragen will – "
        "vor allem dort, wo Landespolitik im Alltag ankommt: in Schulen, Kitas und Bussen.",
        "Seit 2019 sitze ich im Trierer Stadtrat und kümmere mich dort um Schulbau und Schülerbeförderung. "
        "Hauptberuflich unterrichte ich Mathematik und Erdkunde an einer Realschule plus in Konz. Politisch "
        "angefangen habe ich bei der Grünen Jugend Trier, deren Sprecherin ich von 2006 bis 2009 war.",
        "Drei Schwerpunkte möchte ich setzen: multiprofessionelle Teams an allen Schulen, ein Busnetz in der Eifel "
        "und im Hunsrück, das auch nach 19 Uhr noch fährt, und eine Landesförderung für klimaangepasste Schulhöfe.",
        "Auf der Landesdelegiertenversammlung am 11. Oktober 2025 in Idar-Oberstein stelle ich mich gern euren Fragen.",
        "Herzliche Grüße",
        "Ilka Wendehorst",
    ]
    body = wp("Bewerbungsbogen für die Landesliste zur Landtagswahl 2026", style="Title", bold=True, size=32)
    body += wp("Bitte vollständig ausfüllen und zusammen mit einem Bewerbungsschreiben (höchstens 4.000 Zeichen) "
               "an die Landesgeschäftsstelle senden.")
    body += wtbl(form, [3200, 5800])
    body += wp(letter[0], style="Heading1", bold=True)
    body += "".join(wp(t) for t in letter[1:])
    make_docx(path, body, header=wp(header), footer=wp(footer),
              core={"title": "Bewerbungsbogen Landesliste (Vorlage)", "creator": "Jannik Oberrieder",
                    "created": "2021-02-03T09:12:00Z"})


# =============================================================================================
# h13_02.pdf (scanned)  Die Linke Leipzig, Stadtrat, typed letter with letterhead column
# =============================================================================================
_P02 = [
    [T(56, 60, "Jolanda Pietzsch", 18, True, 300),
     T(400, 56, "Jolanda Pietzsch\nKurt-Eisner-Straße 41\n04275 Leipzig\nTel. 0341 / 2 58 19 73\n"
                "jolanda.pietzsch@posteo.de", 9, False, 150),
     L(56, 128, 545, 128),
     T(56, 150, "DIE LINKE. Leipzig\nStadtvorstand\n– per E-Mail –", 10, False, 250),
     T(400, 196, "Leipzig, 12.01.24", 10, False, 150),
     T(56, 236, "Bewerbung um einen Platz auf der Liste zur Stadtratswahl 2024", 11, True, 480),
     T(56, 268,
       "Liebe Genossinnen und Genossen,\n\n"
       "hiermit bewerbe ich mich um einen Platz auf unserer Liste für die Wahl zum Leipziger Stadtrat am "
       "9. Juni 2024. Über die Liste entscheidet die Gesamtmitgliederversammlung am 24. Februar 2024; ich "
       "würde mich freuen, im Südosten der Stadt für uns anzutreten.\n\n"
       "Seit 2019 bin ich Stadtbezirksbeirätin im Stadtbezirk Südost. Dort habe ich gelernt, wie viel an "
       "scheinbar kleinen Dingen hängt: an einer Ampel vor der Grundschule, an einem Jugendclub, der nicht "
       "schließen muss, an einer Buslinie, die auch sonntags fährt. Genau diese Fragen werden im Stadtrat "
       "entschieden, und dort möchte ich sie vertreten.\n\n"
       "Ich bin 1991 in Borna geboren und arbeite als Pflegefachkraft in einer Klinik in Markkleeberg. Die "
       "Personalnot in der Pflege kenne ich also nicht aus Statistiken. Politisch habe ich bei der Linksjugend "
       "['solid] Sachsen angefangen, deren Landessprecherin ich von 2012 bis 2014 war.", 10, False, 480),
     T(280, 800, "Seite 1 von 2", 8, False, 100)],
    [T(400, 56, "Jolanda Pietzsch · Bewerbung Stadtrat", 8, False, 150),
     T(56, 100,
       "Meine Schwerpunkte für die kommenden fünf Jahre:\n\n"
       "1. Bezahlbare Mieten: Die städtische Wohnungsgesellschaft soll im Südosten mehr bauen und Sozialwohnungen "
       "nicht nach zehn Jahren aus der Bindung fallen lassen.\n"
       "2. Gesundheit im Stadtteil: eine Poliklinik in Probstheida oder Stötteritz, in der Ärztinnen und "
       "Pflegekräfte angestellt arbeiten.\n"
       "3. Mobilität: Die Straßenbahn muss in den Abendstunden wieder im 10-Minuten-Takt fahren.\n\n"
       "Ich freue mich auf eure Fragen und auf einen solidarischen Wahlkampf.\n\n"
       "Mit solidarischen Grüßen\n\n"
       "Jolanda Pietzsch", 10, False, 480),
     T(280, 800, "Seite 2 von 2", 8, False, 100)],
]
register("h13_02.pdf", layout_text(_P02))


@builder("h13_02.pdf")
def d02(path):
    make_scanned_layout(path, _P02)


# =============================================================================================
# h13_03.docx  SPD Erlangen, Stadtratsliste (12 names, table)  [multi]
# =============================================================================================
ERL_LIST = [
    ("1", "Katrin Wölfel-Ertl", "Büchenbach", "Sozialpädagogin"),
    ("2", "Matthias Hofbeck", "Bruck", "Gewerkschaftssekretär"),
    ("3", "Aylin Demirci", "Anger", "Ärztin"),
    ("4", "Florian Schnabl", "Tennenlohe", "Ingenieur"),
    ("5", "Ulrike Meixner", "Alterlangen", "Lehrerin"),
    ("6", "Jonas Breitenbacher", "Innenstadt", "Student"),
    ("7", "Heike Sponsel", "Eltersdorf", "Verwaltungsangestellte"),
    ("8", "Tobias Lindenberger", "Frauenaurach", "Elektroniker"),
    ("9", "Marion Pfitzinger", "Sieglitzhof", "Rentnerin"),
    ("10", "Yusuf Kaplan", "Röthelheimpark", "Softwareentwickler"),
    ("11", "Anna-Lena Rosshirt", "Dechsendorf", "Hebamme"),
    ("12", "Gerhard Zwingel", "Kosbach", "Schreinermeister"),
]


@builder("h13_03.docx")
def d03(path):
    header = "SPD Erlangen · Kreisverband · Vorsitzende: Gudrun Lämmermann · 91054 Erlangen"
    body = wp("Pressemitteilung", bold=True)
    body += wp("Erlangen, 24. Juli 2025")
    body += wp("SPD Erlangen beschließt Stadtratsliste für die Kommunalwahl 2026", style="Title", bold=True, size=30)
    body += wp("Die Erlanger SPD hat am Samstag, 19. Juli 2025, in Erlangen-Bruck ihre Liste für die Wahl des "
               "Stadtrats am 8. März 2026 aufgestellt. Alle 50 Plätze wurden in geheimer Wahl besetzt; die "
               "Versammlung folgte dabei weitgehend dem Vorschlag des Kreisvorstands. Wir dokumentieren die "
               "ersten zwölf Plätze:")
    body += wtbl([("Platz", "Name", "Ort", "Beruf")] + ERL_LIST, [900, 3300, 2300, 2700], head=True)
    body += wp("„Diese Liste ist jünger, weiblicher und in allen Stadtteilen verankert“, sagte die Kreisvorsitzende "
               "Gudrun Lämmermann nach der Versammlung. Spitzenkandidatin Katrin Wölfel-Ertl kündigte an, den "
               "Wahlkampf auf bezahlbares Wohnen und den Ausbau der Stadt-Umland-Bahn zu konzentrieren.")
    body += wp("Die Nominierung für die Oberbürgermeisterwahl erfolgt in einer eigenen Versammlung im Herbst.")
    body += wp("Kontakt: Kreisgeschäftsstelle der SPD Erlangen")
    make_docx(path, body, header=wp(header), footer=wp("Pressemitteilung · Seite 1"),
              core={"title": "PM Vorlage", "creator": "Kreisgeschäftsstelle SPD Erlangen",
                    "created": "2023-02-14T08:00:00Z"})


# =============================================================================================
# h13_04.odt  Volt Niedersachsen, Landesvorstand (Beisitz); header carries template date
# =============================================================================================
@builder("h13_04.odt")
def d04(path):
    body = oh("Bewerbung für den Landesvorstand (Beisitz)")
    body += otbl([["Name", "Malin Schnettler"], ["Stadtteam", "Osnabrück"],
                  ["Position", "Beisitzerin im Landesvorstand"], ["Kontakt", "über den Mitgliederchat"]])
    body += "".join(op(t) for t in [
        "Hallo liebe Volties,",
        "auf dem Landesparteitag am 5. April 2025 in Hildesheim wird ein neuer Landesvorstand gewählt, und ich "
        "bewerbe mich dort als Beisitzerin. Nach einem Bundestagswahlkampf, der uns alle im Winter überrascht "
        "hat, brauchen wir im Landesverband vor allem eines: Strukturen, die auch ohne Dauerwahlkampf tragen.",
        "Seit 2022 bin ich Co-Lead unseres Stadtteams Osnabrück. Wir sind in dieser Zeit von acht auf über "
        "sechzig Mitglieder gewachsen, haben zwei Bürgerforen zur Innenstadt organisiert und im Wahlkampf fast "
        "jedes Wochenende einen Stand gehabt. Vorher war ich während meines Studiums in Münster bei den Jungen "
        "Europäischen Föderalisten aktiv.",
        "Im Landesvorstand möchte ich mich um drei Dinge kümmern: ein Onboarding, das neue Mitglieder in den ersten "
        "vier Wochen wirklich erreicht, gemeinsame Schulungen für die Stadtteams im ländlichen Raum und eine "
        "frühe Vorbereitung auf die Kommunalwahlen im Herbst 2026.",
        "Beruflich arbeite ich als Datenanalystin bei einem Logistikunternehmen – Tabellen schrecken mich also nicht.",
        "Osnabrück, 17. März 2025",
        "Malin Schnettler",
    ])
    make_odt(path, body,
             header=op("Volt Niedersachsen · Vorlage Bewerbung Landesvorstand · Version vom 14.11.2023"),
             footer=op("Volt Deutschland · Landesverband Niedersachsen · Hannover"),
             meta={"title": "Vorlage Bewerbung LaVo", "initial-creator": "Volt NDS Orga-Team",
                   "creation-date": "2023-11-14T10:00:00"})


# =============================================================================================
# h13_05.docx  CDU Burgenlandkreis, Kreistag; cover letter + CV as two-column table
# =============================================================================================
@builder("h13_05.docx")
def d05(path):
    body = wp("CDU-Kreisverband Burgenlandkreis\nKreisgeschäftsstelle\n06618 Naumburg (Saale)")
    body += wp("Elsteraue, 12. Januar 2024", align="right")
    body += wp("Bewerbung um einen Listenplatz für die Kreistagswahl am 9. Juni 2024 – Wahlbereich Zeitz", bold=True)
    body += "".join(wp(t) for t in [
        "Sehr geehrte Damen und Herren, liebe Parteifreunde,",
        "hiermit bewerbe ich mich um einen Platz auf der Liste der CDU für den Kreistag des Burgenlandkreises im "
        "Wahlbereich Zeitz. Die Vertreterversammlung findet nach meiner Kenntnis am 24. Februar 2024 in Naumburg "
        "statt; ich werde mich dort gern persönlich vorstellen.",
        "Als Handwerksmeister mit eigenem Betrieb weiß ich, wie sehr Unternehmen im Süden unseres Landkreises auf "
        "gute Straßen, schnelles Internet und eine verlässliche Kreisverwaltung angewiesen sind. Im Kreistag "
        "möchte ich mich für die Sanierung der Kreisstraßen, für den Erhalt der Berufsschulstandorte und für "
        "eine Feuerwehrförderung einsetzen, die auch kleine Ortswehren erreicht.",
        "Meinen Lebenslauf füge ich bei.",
        "Mit freundlichen Grüßen",
        "Steffen Kallweit",
    ])
    body += wp("Lebenslauf", style="Heading1", bold=True)
    cv = [
        ["Name", "Steffen Kallweit"],
        ["Geboren", "14.08.1976 in Weißenfels"],
        ["Familienstand", "verheiratet, zwei Kinder"],
        ["Beruf", "Elektromeister, selbstständig mit eigenem Betrieb in Zeitz (seit 2005)"],
        ["1993–1999", "Junge Union Kreisverband Zeitz, 1997–1999 Kreisvorsitzender"],
        ["seit 2009", "Mitglied der CDU"],
        ["seit 2019", "Mitglied des Gemeinderats Elsteraue, Vorsitzender des Bau- und Vergabeausschusses"],
        ["seit 2014", "Wehrführer der Ortsfeuerwehr"],
        ["Ehrenamt", "Prüfungsausschuss der Handwerkskammer Halle"],
    ]
    body += wtbl(cv, [2200, 6800], borders=False)
    make_docx(path, body, header=wp("Steffen Kallweit · Am Mühlgraben 7 · 06729 Elsteraue"),
              core={"title": "Lebenslauf", "creator": "Doreen Kallweit", "created": "2019-05-06T18:22:00Z"})


# =============================================================================================
# h13_06.rtf  FDP Marburg-Biedenkopf, Kreisvorsitz; RTF letterhead names the outgoing chair
# =============================================================================================
_B06 = [
    "Marburg, im Januar 2026",
    ("h", "Meine Bewerbung für den Kreisvorsitz"),
    "Liebe Freie Demokraten im Landkreis Marburg-Biedenkopf,",
    "nach acht Jahren an der Spitze unseres Kreisverbands tritt Harald Dörrbecker auf dem Kreisparteitag am "
    "14. Februar 2026 in Biedenkopf nicht erneut an. Ich danke ihm für seine Arbeit und bewerbe mich um seine "
    "Nachfolge als Kreisvorsitzende.",
    "Seit 2022 bin ich stellvertretende Kreisvorsitzende und seit 2021 Stadtverordnete in Marburg. In dieser Zeit "
    "habe ich vor allem eines gelernt: Unsere Ortsverbände zwischen Stadtallendorf und dem Hinterland sind stark, "
    "wenn sie voneinander wissen. Ich möchte einen Kreisvorstand, der mehr zuhört und weniger verschickt.",
    "Unmittelbar vor uns liegt die Kommunalwahl am 15. März 2026. Der neue Kreisvorstand hat also kaum Zeit zum "
    "Einarbeiten – deshalb bewerbe ich mich mit einem Team, das den Wahlkampf bereits plant.",
    "Zu meiner Person: Ich bin 34 Jahre alt, Wirtschaftsingenieurin und arbeite in einem Industriebetrieb in "
    "Stadtallendorf. Bei den Jungen Liberalen Hessen war ich von 2014 bis 2016 im Landesvorstand.",
    "Ich freue mich auf eure Unterstützung.",
    "Eure",
    "Leonie Grabenhorst",
]
_H06 = ("Freie Demokraten · FDP Kreisverband Marburg-Biedenkopf\nKreisvorsitzender: Harald Dörrbecker · "
        "Geschäftsstelle: 35037 Marburg · Tel. 06421 / 68 24 11")
register("h13_06.rtf", rtf_plain(_B06, _H06))


@builder("h13_06.rtf")
def d06(path):
    make_rtf(path, _B06, header=_H06,
             info={"title": "Briefbogen Kreisverband", "author": "Geschäftsstelle FDP MR-BID", "created": "2020-01-09"})


# =============================================================================================
# h13_07.md  SPD Mecklenburg-Vorpommern, Landesliste Landtag (YAML front matter)
# =============================================================================================
register("h13_07.md", """---
title: "Meine Bewerbung für die Landesliste"
date: 2026-01-27
tags: [Landtagswahl 2026, Landesliste]
---

Liebe Genossinnen und Genossen,

am 20. September 2026 wählt Mecklenburg-Vorpommern einen neuen Landtag. Ich bewerbe mich um einen Platz auf
unserer Landesliste, über die der Landesparteitag am 14. März 2026 in Rostock entscheidet.

## Wer ich bin

Ich bin in Parchim aufgewachsen und lebe seit fünfzehn Jahren in Hagenow. Beruflich unterrichte ich an einer
Berufsschule in Schwerin – Kfz-Technik und Wirtschaftskunde. Bei den Jusos war ich von 2005 bis 2008
Kreisvorsitzender; seit 2019 bin ich Mitglied des Kreistags Ludwigslust-Parchim und Stadtvertreter in Hagenow.

## Wofür ich stehe

- **Ausbildung im ländlichen Raum:** Wer in Lübtheen oder Boizenburg eine Lehre beginnt, darf nicht jeden Tag
  zwei Stunden im Bus sitzen. Ich will ein landesweites Azubi-Ticket und Wohnheimplätze an den Berufsschulen.
- **Gute Arbeit:** Tariflöhne müssen in Mecklenburg-Vorpommern die Regel werden, nicht die Ausnahme.
- **Verlässliche Kommunen:** Kreise und Gemeinden brauchen eine Finanzausstattung, mit der sie Schwimmhallen und
  Jugendclubs nicht nur eröffnen, sondern auch betreiben können.

Ich würde mich freuen, wenn ihr mir euer Vertrauen schenkt.

Carsten Ruhnke, Hagenow
""")


# =============================================================================================
# h13_08.pdf (scanned)  BSW Thüringen, Niederschrift über die Aufstellungsversammlung (form)
# =============================================================================================
_F08 = [
    ("Wahlkreis Nr.:", "193"),
    ("Name des Wahlkreises:", "Gera – Greiz – Altenburger Land"),
    ("Partei:", "Bündnis Sahra Wagenknecht – Vernunft und Gerechtigkeit (BSW)"),
    ("Ort und Tag der Versammlung:", "Gera, 16. November 2024"),
    ("Art der Versammlung:", "Mitgliederversammlung"),
    ("Erschienene Stimmberechtigte:", "47"),
    ("Versammlungsleiter/in:", "Bernd Kolbeck"),
    ("Schriftführer/in:", "Peggy Rothämel"),
]
_F08b = [
    ("Name, Vorname:", "Tautenhahn, Mandy"),
    ("Beruf:", "Physiotherapeutin"),
    ("Anschrift:", "07580 Ronneburg"),
    ("Stimmen:", "39 Ja · 5 Nein · 3 Enthaltungen"),
]
_P08 = [[
    T(56, 50, "Anlage 20 (zu § 34 Abs. 5 Nr. 1 BWO)", 8, False, 300),
    T(56, 78, "Niederschrift über die Versammlung zur Aufstellung\ndes Wahlkreisbewerbers", 13, True, 480),
    T(56, 120, "für die Wahl zum 21. Deutschen Bundestag am 23. Februar 2025", 10, False, 480),
    L(56, 132, 545, 132),
] + [it for i, (k, v) in enumerate(_F08) for it in (T(56, 152 + i * 22, k, 10, True, 170), T(230, 152 + i * 22, v, 9, False, 315))]
  + [
    T(56, 338, "Die Versammlung wurde ordnungsgemäß einberufen. Jede stimmberechtigte Teilnehmerin und jeder "
               "stimmberechtigte Teilnehmer konnte Vorschläge unterbreiten; die Bewerberin erhielt Gelegenheit, "
               "sich und ihr Programm vorzustellen. Die Wahl erfolgte geheim mit Stimmzetteln.", 9, False, 480),
    T(56, 396, "Als Bewerberin für den Wahlkreis wurde gewählt:", 10, True, 480),
] + [it for i, (k, v) in enumerate(_F08b) for it in (T(56, 420 + i * 22, k, 10, True, 170), T(230, 420 + i * 22, v, 9, False, 315))]
  + [
    T(56, 520, "Als Vertrauensperson wurde Ronny Seidenfaden, als stellvertretende Vertrauensperson Uwe Schmeißer "
               "benannt.", 9, False, 480),
    T(56, 560, "Gera, 16.11.2024", 10, False, 200),
    L(56, 640, 200, 640), L(230, 640, 374, 640), L(404, 640, 545, 640),
    T(56, 648, "Versammlungsleiter", 8, False, 140),
    T(230, 648, "Schriftführerin", 8, False, 140),
    T(404, 648, "Beisitzer", 8, False, 140),
    T(56, 790, "BSW Kreisverband Gera – Greiz · Niederschrift WK 193 · Blatt 1 von 1", 8, False, 480),
]]
register("h13_08.pdf", layout_text(_P08))


@builder("h13_08.pdf")
def d08(path):
    make_scanned_layout(path, _P08)


# =============================================================================================
# h13_09.docx  SPD-Ortsverein Dillingen/Saar, Protokoll JHV (negative: nobody elected)
# =============================================================================================
@builder("h13_09.docx")
def d09(path):
    paras = [
        ("Protokoll der Jahreshauptversammlung vom 7. März 2025", True),
        ("Ort: Vereinsheim, Dillingen/Saar · Beginn 19:00 Uhr, Ende 21:15 Uhr · anwesend: 23 Mitglieder (Anwesenheitsliste anbei)", False),
        ("TOP 1 – Begrüßung und Feststellung der Beschlussfähigkeit", True),
        ("Der Vorsitzende Thorsten Quirin begrüßt die Anwesenden und stellt die ordnungsgemäße Einladung und die "
         "Beschlussfähigkeit fest. Die Tagesordnung wird ohne Änderungen angenommen.", False),
        ("TOP 2 – Bericht des Vorstands", True),
        ("Der Vorsitzende berichtet über das Jahr 2024: Europa- und Kommunalwahl am 9. Juni, drei Infostände, "
         "das Sommerfest und die Sammlung für die Tafel. Der Ortsverein hat derzeit 118 Mitglieder.", False),
        ("TOP 3 – Kassenbericht", True),
        ("Die Kassiererin erläutert Einnahmen und Ausgaben. Der Kassenstand zum 31.12.2024 beträgt 2.314,57 Euro.", False),
        ("TOP 4 – Entlastung des Vorstands", True),
        ("Mangels gewählter Revisoren konnte kein Prüfbericht vorgelegt werden. Die Entlastung wird auf die "
         "nächste Mitgliederversammlung vertagt.", False),
        ("TOP 5 – Wahlen", True),
        ("Da die Amtszeit des Vorstands erst im Frühjahr 2026 endet, finden keine Vorstandswahlen statt. Für die "
         "Wahl von zwei Revisoren stellt sich niemand zur Verfügung; die Wahl wird vertagt.", False),
        ("TOP 6 – Ausblick auf die Landtagswahl 2027", True),
        ("Der Vorsitzende berichtet, dass die Nominierung für den Landtagswahlkreis Saarlouis voraussichtlich im "
         "Frühjahr 2026 stattfindet. Bewerbungen liegen noch nicht vor. Mehrere Mitglieder regen an, frühzeitig "
         "eine gemeinsame Veranstaltung mit den Nachbarortsvereinen in Saarlouis und Saarwellingen zu planen.", False),
        ("TOP 7 – Verschiedenes", True),
        ("Das Sommerfest findet am 28. Juni statt. Der Vorsitzende schließt die Versammlung um 21:15 Uhr.", False),
        ("Für das Protokoll: Sandra Weyrich\nSitzungsleitung: Thorsten Quirin", False),
    ]
    body = "".join(wp(t, bold=b) for t, b in paras)
    make_docx(path, body,
              header=wp("SPD-Ortsverein Dillingen/Saar · Vorsitzender: Thorsten Quirin"),
              footer=wp("Protokoll JHV 2025 · Seite 1 von 2"),
              core={"title": "Protokoll JHV 2024", "creator": "Thorsten Quirin", "created": "2024-03-01T20:00:00Z"})


# =============================================================================================
# h13_10.odt  Die Linke Treptow-Köpenick, BVV
# =============================================================================================
@builder("h13_10.odt")
def d10(path):
    body = oh("Bewerbung für die Bezirksverordnetenversammlung Treptow-Köpenick")
    body += "".join(op(t) for t in [
        "Berlin, 3. Februar 2026",
        "Liebe Genossinnen und Genossen,",
        "ich heiße Janne Vollrath, bin 34 Jahre alt und wohne seit 2017 in Schöneweide. Ich bewerbe mich für einen "
        "der vorderen Plätze auf unserer Bezirksliste für die Wahl zur Bezirksverordnetenversammlung am "
        "20. September 2026. Die Liste wählt unsere Hauptversammlung am 28. Februar 2026.",
        "Am selben Tag wird auch das Abgeordnetenhaus gewählt – dafür kandidiere ich ausdrücklich nicht. Mein Platz "
        "ist im Bezirk: bei den Mieterinnen und Mietern in Oberschöneweide, die seit Jahren auf die Sanierung ihrer "
        "Häuser warten, und bei den Eltern in Adlershof, deren Kinder keinen Schulplatz in der Nähe finden.",
        "Kommunalpolitische Erfahrung bringe ich mit: Von 2016 bis 2021 war ich Bürgerdeputierte im Sozialausschuss "
        "der BVV Lichtenberg, wo ich damals wohnte. Zur Linken bin ich über die Linksjugend gekommen. Beruflich "
        "arbeite ich als Sozialarbeiterin bei einem Träger der Wohnungslosenhilfe.",
        "Ich freue mich auf eure Fragen auf der Hauptversammlung.",
        "Solidarische Grüße",
        "Janne Vollrath",
    ])
    make_odt(path, body,
             header=op("DIE LINKE. Treptow-Köpenick · Bewerbungen für die BVV-Liste 2026"),
             footer=op("Bezirksgeschäftsstelle DIE LINKE. Treptow-Köpenick · 12555 Berlin"),
             meta={"title": "Bewerbung BVV", "initial-creator": "Bezirksgeschäftsstelle",
                   "creation-date": "2022-01-10T11:30:00"})


# =============================================================================================
# h13_11.pdf (text)  Grüne Heidelberg, BDK delegate; running header with the KMV date
# =============================================================================================
_P11 = [
    "GRÜNE Heidelberg · Kreismitgliederversammlung 25.09.2025 · Bewerbungen\n\n"
    "Bewerbung als Delegierte zur Bundesdelegiertenkonferenz\n"
    "Rebekka Hanselmann\n\n"
    "Liebe Freund*innen,\n\n"
    "ich bewerbe mich als Delegierte unseres Kreisverbands für die Bundesdelegiertenkonferenz im November 2025. "
    "Nach der Bundestagswahl im Februar steht unsere Partei vor einer Grundsatzdebatte darüber, wie wir aus der "
    "Opposition heraus wieder Mehrheiten gewinnen. Diese Debatte möchte ich für Heidelberg mitführen – mit dem "
    "Blick einer Kommunalpolitikerin, die jeden Monat erlebt, wo Klimaschutz konkret wird.\n\n"
    "Seit 2024 bin ich Bezirksbeirätin in Handschuhsheim. Angefangen habe ich bei der Grünen Jugend in "
    "Heilbronn, wo ich aufgewachsen bin; nach Heidelberg kam ich zum Medizinstudium und arbeite heute als "
    "Assistenzärztin am Universitätsklinikum.\n\n"
    "Auf der BDK möchte ich mich besonders für die Anträge zur Gesundheitsversorgung und zur Wärmewende in "
    "Bestandsquartieren einsetzen. Ich werde euch vor und nach der Konferenz berichten.\n\n"
    "Heidelberg, 12.09.2025\n"
    "Rebekka Hanselmann\n\n"
    "Seite 1 von 2",
    "GRÜNE Heidelberg · Kreismitgliederversammlung 25.09.2025 · Bewerbungen\n\n"
    "Zur Person\n"
    "- geboren 1995 in Heilbronn\n"
    "- 2012–2015 Grüne Jugend Heilbronn\n"
    "- seit 2019 Mitglied von BÜNDNIS 90/DIE GRÜNEN\n"
    "- seit 2024 Bezirksbeirätin Handschuhsheim\n"
    "- Assistenzärztin (Innere Medizin)\n\n"
    "Seite 2 von 2",
]
register("h13_11.pdf", "\n\n".join(_P11))


@builder("h13_11.pdf")
def d11(path):
    make_pdf(path, _P11, title="Bewerbungen BDK-Delegation", author="KV Heidelberg Geschäftsstelle",
             creation_date="2024-08-30T10:00:00")


# =============================================================================================
# h13_12.docx  CDU Rheinberg, Bürgermeisterkandidatin (third person)
# =============================================================================================
@builder("h13_12.docx")
def d12(path):
    body = wp("Pressemitteilung · Rheinberg, 18.11.2024", bold=True)
    body += wp("CDU Rheinberg nominiert Jana Bökenkamp als Bürgermeisterkandidatin", style="Title", bold=True, size=30)
    body += "".join(wp(t) for t in [
        "Die CDU Rheinberg geht mit Jana Bökenkamp in die Bürgermeisterwahl. Die Mitgliederversammlung des "
        "Stadtverbands wählte die 39-Jährige am Freitagabend (15. November 2024) mit 41 von 44 Stimmen zur "
        "Kandidatin für die Kommunalwahl am 14. September 2025.",
        "Bökenkamp ist Verwaltungsfachwirtin bei der Stadt Moers und gehört seit 2020 dem Rat der Stadt Rheinberg "
        "an, wo sie den Ausschuss für Schule und Sport leitet. Früher war sie Vorsitzende der Jungen Union "
        "Rheinberg. „Rheinberg braucht eine Verwaltung, die schneller entscheidet und Bürgerinnen und Bürger nicht "
        "von Amt zu Amt schickt“, sagte sie nach ihrer Wahl.",
        "Stadtverbandsvorsitzender Norbert Terlinden zeigte sich zufrieden: „Mit Jana Bökenkamp treten wir mit "
        "einer Kandidatin an, die Verwaltung von innen kennt und in allen Ortsteilen zu Hause ist.“ Die Reserveliste "
        "für den Stadtrat will die CDU im Frühjahr aufstellen.",
    ])
    make_docx(path, body,
              header=wp("CDU-Stadtverband Rheinberg · Vorsitzender: Norbert Terlinden"),
              footer=wp("CDU-Kreisverband Wesel · Kreisgeschäftsstelle · 46483 Wesel"),
              core={"title": "Pressemitteilung", "creator": "Presse CDU Kreis Wesel", "created": "2022-06-01T07:45:00Z"})


# =============================================================================================
# h13_13.rtf  Grüne Hamburg, Antrag an die LMV (negative)
# =============================================================================================
_B13 = [
    ("h", "Antrag A-7: Bezahlbarer Wohnraum auf der Veddel und in Wilhelmsburg"),
    ("b", "Antragsteller*in: Kreisverband Hamburg-Mitte (Beschluss der Kreismitgliederversammlung vom 8. April 2025)"),
    "Eingereicht am: 22.04.2025",
    ("b", "Die Landesmitgliederversammlung möge beschließen:"),
    "1. Der Landesverband setzt sich dafür ein, dass bei allen Neubauvorhaben auf städtischen Flächen auf der "
    "Veddel und in Wilhelmsburg mindestens 50 Prozent geförderte Wohnungen entstehen.",
    "2. Die Bindungsfrist für geförderte Wohnungen soll auf 40 Jahre verlängert werden.",
    "3. Die grüne Bürgerschaftsfraktion wird gebeten, bis Ende 2025 einen Bericht zur Umsetzung vorzulegen.",
    ("b", "Begründung:"),
    "Auf den Elbinseln steigen die Angebotsmieten seit Jahren schneller als im Hamburger Durchschnitt. Gleichzeitig "
    "laufen bis 2030 mehrere hundert Sozialbindungen aus. Ohne klare Vorgaben droht eine Verdrängung der Menschen, "
    "die die Stadtteile über Jahrzehnte geprägt haben.",
    "Ansprechpartner: Lasse Brüggemann, Sprecher des Kreisverbands Hamburg-Mitte",
]
_H13 = "Landesmitgliederversammlung GRÜNE Hamburg · 17. Mai 2025 · Antrag A-7"
register("h13_13.rtf", rtf_plain(_B13, _H13))


@builder("h13_13.rtf")
def d13(path):
    make_rtf(path, _B13, header=_H13,
             info={"title": "Antrag LMV", "author": "Kreisvorstand Mitte", "created": "2025-04-20"})


# =============================================================================================
# h13_14.txt  Die Linke Bremen, press release on policy (negative)
# =============================================================================================
register("h13_14.txt", """PRESSEMITTEILUNG
DIE LINKE. Landesverband Bremen

Bremen, 4. Juni 2025

Linke fordert Sozialticket ohne Antragshürden

Die Linke im Land Bremen fordert, das Sozialticket für Bus und Bahn künftig automatisch an alle
Empfängerinnen und Empfänger von Bürgergeld, Wohngeld und Grundsicherung auszugeben. Bisher muss das
Ticket gesondert beantragt werden; nach Schätzungen des Landesverbands nutzt deshalb nur etwa jede
dritte berechtigte Person das Angebot.

„Wer Anspruch hat, soll das Ticket bekommen – ohne Formular, ohne Wartezeit“, sagt Ute Kaminski-Rohde,
sozialpolitische Sprecherin der Linksfraktion in der Bürgerschaft. In Bremerhaven sei die Lage besonders
dringlich, weil dort viele Menschen in Stadtteilen ohne Nahversorgung lebten.

Landessprecher Okke Vennemann ergänzte, die Partei werde das Thema auch in die Vorbereitung der
Bürgerschaftswahl 2027 einbringen. Über das Wahlprogramm entscheidet ein Landesparteitag im kommenden Jahr.

V.i.S.d.P.: Okke Vennemann, Landessprecher, DIE LINKE. Landesverband Bremen
""")


# =============================================================================================
# h13_15.docx  Grüne Bremen-Findorff, Beirat (sub-municipal council)
# =============================================================================================
@builder("h13_15.docx")
def d15(path):
    body = wp("Bewerbung für die Beiratsliste Findorff", style="Title", bold=True, size=30)
    body += wp("Bremen-Findorff, 30. Oktober 2026", align="right")
    body += "".join(wp(t) for t in [
        "Moin zusammen,",
        "ich bin Tjark Olthoff, 29 Jahre alt, und bewerbe mich um einen Platz auf unserer Liste für den Beirat "
        "Findorff. Gewählt wird der Beirat im Mai 2027 zusammen mit der Bürgerschaft; unsere Liste stellt die "
        "Mitgliederversammlung am 21. November 2026 auf. Für die Bürgerschaft kandidiere ich ausdrücklich nicht – "
        "mich interessiert, was direkt vor der Haustür passiert.",
        "Seit 2024 arbeite ich als sachkundiger Bürger im Fachausschuss Verkehr des Beirats mit. Dort geht es um "
        "Themen, die im Stadtteil jeden betreffen: sichere Schulwege an der Hemmstraße, Fahrradbügel statt "
        "Falschparker, Bäume statt Betonkübel.",
        "Geboren bin ich in Leer in Ostfriesland, nach Bremen kam ich zum Studium. Bei der Grünen Jugend Bremen "
        "war ich von 2016 bis 2018 Sprecher. Heute arbeite ich als Verkehrsplaner in einem Ingenieurbüro.",
        "Ich freue mich auf eure Fragen!",
        "Tjark Olthoff",
    ])
    make_docx(path, body,
              header=wp("BÜNDNIS 90/DIE GRÜNEN · Ortsverband Findorff · Sprecherin: Wiebke Harjes"),
              footer=wp("Landesgeschäftsstelle BÜNDNIS 90/DIE GRÜNEN Bremen · 28195 Bremen"),
              core={"title": "Bewerbungen Beirat", "creator": "Wiebke Harjes", "created": "2022-11-02T16:05:00Z"})


# =============================================================================================
# h13_16.odt  CDU Meißen, invitation to the Wahlkreisvertreterversammlung (negative)
# =============================================================================================
@builder("h13_16.odt")
def d16(path):
    body = op("Meißen, 14. Oktober 2024")
    body += oh("Einladung zur Vertreterversammlung für den Bundestagswahlkreis 154 (Meißen)")
    body += "".join(op(t) for t in [
        "Liebe Mitglieder der CDU im Landkreis Meißen,",
        "hiermit lade ich Sie herzlich zur Vertreterversammlung zur Aufstellung unseres Wahlkreisbewerbers für die "
        "Bundestagswahl am 23. Februar 2025 ein:",
        "Samstag, 9. November 2024, 10:00 Uhr, Radebeul (Einlass und Akkreditierung ab 9:00 Uhr)",
        "Tagesordnung:",
        "1. Eröffnung und Begrüßung\n2. Wahl des Tagungspräsidiums und der Zählkommission\n3. Vorstellung der "
        "Bewerberinnen und Bewerber\n4. Wahl der Wahlkreisbewerberin oder des Wahlkreisbewerbers\n5. Wahl der "
        "Vertrauenspersonen\n6. Schlusswort",
        "Bislang haben Annett Kühnel aus Coswig und Holger Wendisch aus Großenhain ihre Bewerbung erklärt. Weitere "
        "Bewerbungen können bis zum 1. November 2024 schriftlich in der Kreisgeschäftsstelle eingereicht werden.",
        "Stimmberechtigt sind die gewählten Vertreterinnen und Vertreter der Gemeindeverbände. Bitte bringen Sie "
        "Ihren Mitgliedsausweis mit.",
        "Mit freundlichen Grüßen",
        "Frank Siebeneicher\nKreisvorsitzender",
    ])
    make_odt(path, body,
             header=op("CDU-Kreisverband Meißen · Kreisvorsitzender: Frank Siebeneicher · 01662 Meißen"),
             meta={"title": "Einladung", "initial-creator": "Kreisgeschäftsstelle Meißen",
                   "creation-date": "2020-10-05T09:00:00"})


# =============================================================================================
# h13_17.doc  SPD Bielefeld, Rat der Stadt (Word 97)
# =============================================================================================
_B17 = [
    "Ömer Akdeniz",
    "Bielefeld, 2. März 2025",
    "Bewerbung um einen Platz auf der Reserveliste für die Ratswahl 2025",
    "Liebe Genossinnen und Genossen im SPD-Unterbezirk Bielefeld,",
    "am 14. September 2025 wählt Bielefeld einen neuen Rat. Ich bewerbe mich als Kandidat in meinem Wahlbezirk in "
    "Brackwede und um einen Platz auf unserer Reserveliste für den Rat der Stadt Bielefeld. Über die Liste "
    "entscheidet die Wahlkreiskonferenz am 29. März 2025.",
    "Seit 2020 bin ich Mitglied der Bezirksvertretung Brackwede. Dort habe ich mich für den Umbau des "
    "Brackweder Bahnhofsumfelds und für längere Öffnungszeiten der Stadtteilbibliothek eingesetzt. Im Rat "
    "möchte ich mich um Schulsanierung, bezahlbaren Wohnraum und einen Stadtbahnanschluss für Sennestadt kümmern.",
    "Geboren bin ich 1986 in Gütersloh, aufgewachsen in Bielefeld. Bei den Jusos Ostwestfalen-Lippe war ich "
    "lange im Vorstand aktiv. Beruflich arbeite ich als Fachinformatiker bei einem Möbelhersteller in Herford.",
    "Ich freue mich über eure Unterstützung.",
    "Mit solidarischen Grüßen",
    "Ömer Akdeniz",
]
register("h13_17.doc", "\n".join(_B17))


@builder("h13_17.doc")
def d17(path):
    make_doc(path, _B17)


# =============================================================================================
# h13_18.pdf (text)  Die Linke Bochum: ONE nominee (Platz 9) + documented list of 14 places
# =============================================================================================
NRW_LIST = [
    ("1", "Katharina Wollenweber", "Köln"), ("2", "Timo Brackelmann", "Dortmund"),
    ("3", "Sevgi Arslan-Hüttemann", "Duisburg"), ("4", "Lars Overdiek", "Münster"),
    ("5", "Miriam Schäpers", "Düsseldorf"), ("6", "Jan-Ole Kämper", "Essen"),
    ("7", "Gülsen Yavuz", "Gelsenkirchen"), ("8", "Benedikt Rasche", "Aachen"),
    ("9", "Nadine Osterkamp", "Bochum"), ("10", "Fabian Wittkopp", "Bielefeld"),
    ("11", "Lea Hünninghaus", "Wuppertal"), ("12", "Marco Pellegrini-Stahl", "Krefeld"),
    ("13", "Svenja Ahlbrecht", "Paderborn"), ("14", "Hakan Ölmez", "Hagen"),
]
_P18 = [
    "DIE LINKE. Kreisverband Bochum · Pressemitteilung\n\n"
    "Bochum, 9. Dezember 2024\n\n"
    "Bochumerin Nadine Osterkamp auf Platz 9 der NRW-Landesliste\n\n"
    "Die Landesvertreterversammlung der Linken in Nordrhein-Westfalen hat am Samstag in Hamm die Landesliste für "
    "die Bundestagswahl am 23. Februar 2025 gewählt. Die Bochumer Kreissprecherin Nadine Osterkamp setzte sich "
    "auf Platz 9 in einer Stichwahl durch.\n\n"
    "„Ich will im Bundestag für die Menschen im Ruhrgebiet streiten, die mit Mindestlohn, Teilzeit und hohen "
    "Nebenkosten über die Runden kommen müssen“, sagte Osterkamp. Die 41-Jährige ist Betriebsrätin in einem "
    "Bochumer Logistikzentrum und seit 2022 Sprecherin des Kreisverbands.\n\n"
    "Im Wahlkreis 139 (Bochum I) tritt für die Linke Jonas Terhorst an, den die Mitglieder bereits im Oktober "
    "nominiert haben.\n\n"
    "Zur Dokumentation: die ersten vierzehn Plätze der Landesliste\n\n"
    "Platz Name Kreisverband\n"
    + "\n".join(f"{p} {n} {k}" for p, n, k in NRW_LIST)
    + "\n\nPressekontakt: Kreisgeschäftsstelle DIE LINKE. Bochum",
]
register("h13_18.pdf", "\n\n".join(_P18))


@builder("h13_18.pdf")
def d18(path):
    make_pdf(path, _P18, title="PM Landesliste", author="Die Linke Bochum", creation_date="2024-12-10T08:30:00")


# =============================================================================================
# h13_19.pdf (scanned)  CDU Wandsbek, Bezirksversammlung; two-column flyer
# =============================================================================================
_P19 = [[
    T(56, 60, "CDU Wandsbek · Bezirksversammlungswahl am 9. Juni 2024", 14, True, 480),
    L(56, 74, 545, 74),
    T(56, 100, "Ihr Kandidat für Bramfeld", 11, True, 200),
    T(56, 124, "Henrik Oltmanns", 16, True, 200),
    T(56, 150, "Bezirksliste Platz 6", 10, False, 200),
    T(56, 190, "Zur Person\n- geboren 1981 in Lübeck\n- verheiratet, drei Kinder\n- Polizeibeamter\n"
               "- seit 2019 zugewählter Bürger im Regionalausschuss Bramfeld/Steilshoop\n"
               "- 2003–2006 Vorsitzender der Jungen Union Wandsbek\n- Trainer im Handballverein", 9, False, 190),
    T(280, 100,
      "Liebe Nachbarinnen und Nachbarn,\n\n"
      "ich kandidiere für die Bezirksversammlung Wandsbek, weil ich möchte, dass in Bramfeld wieder mehr "
      "passiert als Baustellenampeln. Seit fünf Jahren arbeite ich im Regionalausschuss mit und weiß, wo es "
      "hakt: bei Spielplätzen, die monatelang gesperrt sind, bei Gehwegen, auf denen kein Rollator durchkommt, "
      "und bei einer Verwaltung, die Anträge von Sportvereinen zu lange liegen lässt.\n\n"
      "Was ich erreichen will:\n"
      "- sichere Schulwege rund um den Bramfelder Dorfplatz\n"
      "- mehr Präsenz von Polizei und Ordnungsdienst an der Bramfelder Chaussee\n"
      "- schnellere Genehmigungen für Vereine und Ehrenamt\n\n"
      "Am 9. Juni haben Sie fünf Stimmen für die Bezirksversammlung. Ich würde mich freuen, wenn einige "
      "davon bei mir landen.\n\n"
      "Ihr Henrik Oltmanns", 10, False, 265),
    L(56, 770, 545, 770),
    T(56, 784, "V.i.S.d.P.: Kerstin Hagemeister, CDU-Kreisverband Wandsbek, 22041 Hamburg", 8, False, 480),
]]
register("h13_19.pdf", layout_text(_P19))


@builder("h13_19.pdf")
def d19(path):
    make_scanned_layout(path, _P19)


# =============================================================================================
# h13_20.docx  CDU Oberhavel, speech at the Kreisparteitag (negative)
# =============================================================================================
@builder("h13_20.docx")
def d20(path):
    body = wp("Rede der Kreisvorsitzenden Dr. Annegret Schölzel auf dem Kreisparteitag am 22. März 2025 in Velten",
              style="Title", bold=True, size=28)
    body += "".join(wp(t) for t in [
        "Liebe Freundinnen und Freunde, liebe Gäste,",
        "vor vier Wochen haben die Menschen in Deutschland einen neuen Bundestag gewählt. Wir in Oberhavel haben "
        "in diesem Wahlkampf an mehr Türen geklingelt als je zuvor, und dafür danke ich jeder und jedem von euch.",
        "Aber ein Wahlabend ist kein Ziel, sondern ein Auftrag. Die Menschen zwischen Hennigsdorf, Oranienburg und "
        "Fürstenberg erwarten von uns, dass wir uns um das kümmern, was sie jeden Tag erleben: eine S-Bahn, die "
        "pünktlich fährt, Kitas, die genug Personal haben, und Gewerbegebiete, in denen auch kleine Betriebe "
        "wieder Flächen finden.",
        "Unser Landkreis wächst. Das ist ein Glück, aber es verpflichtet: Wer nach Oberhavel zieht, braucht eine "
        "Schule, einen Hausarzt und einen Bus. Deshalb werden wir im Kreistag einen Schulentwicklungsplan "
        "einfordern, der nicht nur bis zur nächsten Wahl reicht.",
        "Im nächsten Jahr stehen in mehreren Städten unseres Kreises Bürgermeisterwahlen an. Wir werden rechtzeitig "
        "mit den Ortsverbänden über Kandidatinnen und Kandidaten sprechen – heute ist dafür nicht der Tag.",
        "Lasst uns mit derselben Energie weitermachen, mit der wir in diesen Winterwahlkampf gegangen sind.",
        "Vielen Dank.",
    ])
    make_docx(path, body,
              header=wp("CDU Kreisverband Oberhavel · Kreisparteitag 2025 · Es gilt das gesprochene Wort"),
              core={"title": "Rede KPT", "creator": "Marion Gerlof", "created": "2025-03-18T14:10:00Z"})


# =============================================================================================
# h13_21.odt  Freie Wähler Deggendorf, Bezirkstag Niederbayern (Stimmkreis Deggendorf)
# =============================================================================================
@builder("h13_21.odt")
def d21(path):
    body = op("Deggendorf, 14. Januar 2023")
    body += oh("Bewerbung als Direktkandidat für den Bezirkstag von Niederbayern im Stimmkreis Deggendorf")
    body += "".join(op(t) for t in [
        "Liebe FREIE WÄHLER im Landkreis Deggendorf,",
        "am 8. Oktober 2023 wählen die Menschen in Bayern zusammen mit dem Landtag auch die Bezirkstage. Ich bewerbe "
        "mich bei unserer Aufstellungsversammlung am 28. Januar 2023 in Plattling als Direktkandidat für den "
        "Bezirkstag von Niederbayern im Stimmkreis Deggendorf.",
        "Der Bezirk ist für viele die unbekannteste Ebene – dabei trägt er die Bezirkskliniken, die Hilfe für "
        "Menschen mit Behinderung und die Förderschulen. Wer wie ich Angehörige in Mainkofen besucht hat, weiß, "
        "wie wichtig gute Psychiatrie in der Region ist.",
        "Zu mir: Ich bin 38 Jahre alt, Landwirt im Nebenerwerb und Heilerziehungspfleger. Seit 2020 sitze ich im "
        "Marktgemeinderat von Hengersberg. Bei den Jungen Freien Wählern Niederbayern war ich von 2012 bis 2016 "
        "Bezirksvorsitzender.",
        "Ich würde mich freuen, wenn ihr mir euer Vertrauen schenkt.",
        "Quirin Eibl",
    ])
    make_odt(path, body,
             header=op("FREIE WÄHLER Kreisvereinigung Deggendorf"),
             footer=op("Bewerbung Bezirkstagswahl"),
             meta={"title": "Bewerbung Bezirkstag", "initial-creator": "Kreisgeschäftsstelle FW Deggendorf",
                   "creation-date": "2018-01-15T08:00:00"})


# =============================================================================================
# h13_22.rtf  SPD Merzig, Stadtratsliste (RTF table)  [multi]
# =============================================================================================
MZG_LIST = [("1", "Jörg Weinland", "Merzig"), ("2", "Nicole Schwarzbach", "Hilbringen"),
            ("3", "Timo Feltes", "Brotdorf"), ("4", "Elke Riehm-Barth", "Besseringen"),
            ("5", "Kevin Lauer", "Schwemlingen")]
_B22 = [
    "Merzig, 19.02.2024",
    ("h", "SPD Merzig stellt Liste für den Stadtrat auf"),
    "Die SPD Merzig hat auf ihrer Mitgliederversammlung am Samstag in Hilbringen die Liste für die Wahl des "
    "Merziger Stadtrats am 9. Juni 2024 beschlossen. Angeführt wird sie vom Fraktionsvorsitzenden Jörg Weinland. "
    "Die Spitzenplätze:",
    ("table", [900, 3600, 3000], [("Platz", "Name", "Stadtteil")] + MZG_LIST),
    "„Wir haben eine Liste, die alle Stadtteile von Besseringen bis Brotdorf abbildet“, sagte der "
    "Stadtverbandsvorsitzende Michael Dillschneider. Die Listen für die Ortsräte werden in den Ortsvereinen "
    "aufgestellt; über die Kreistagsliste für Merzig-Wadern entscheidet der Kreisparteitag im März.",
]
_H22 = "SPD-Stadtverband Merzig"
register("h13_22.rtf", rtf_plain(_B22, _H22))


@builder("h13_22.rtf")
def d22(path):
    make_rtf(path, _B22, header=_H22, footer="Pressemitteilung",
             info={"title": "Pressemitteilung", "author": "Stadtverband", "created": "2023-05-22"})


# =============================================================================================
# h13_23.pdf (scanned)  CSU Bruckmühl, Rundbrief in two columns (negative)
# =============================================================================================
_P23 = [[
    T(56, 56, "Bruckmühler Rundbrief", 20, True, 330),
    T(400, 52, "CSU-Ortsverband Bruckmühl\nAusgabe Juli 2025", 9, False, 150),
    L(56, 78, 545, 78),
    T(56, 100, "Grußwort des Ortsvorsitzenden", 12, True, 230),
    T(56, 122,
      "Liebe Bruckmühlerinnen und Bruckmühler,\n\n"
      "ein ereignisreiches Frühjahr liegt hinter uns. Die neue Brücke über die Mangfall ist endlich fertig, "
      "der Kindergarten in Heufeld hat seine zusätzliche Gruppe bekommen, und beim Ramadama haben mehr als "
      "hundert Freiwillige mitgeholfen. Dafür sage ich im Namen des ganzen Ortsverbands: Vergelts Gott!\n\n"
      "Im Herbst beginnt die heiße Phase vor der Kommunalwahl am 8. März 2026. Wir wollen eine Liste "
      "aufstellen, die unseren Markt in seiner ganzen Breite abbildet – Jung und Alt, Handwerk und "
      "Landwirtschaft, Ortsteile und Ortsmitte. Wer mitmachen möchte, ist herzlich eingeladen, sich bei "
      "mir zu melden.\n\n"
      "Ich wünsche Ihnen einen schönen Sommer.\n\n"
      "Ihr Maximilian Dandl\nOrtsvorsitzender", 9.5, False, 230),
    L(298, 96, 298, 740),
    T(312, 100, "Rückblick: Maibaum in Götting", 12, True, 233),
    T(312, 122,
      "Bei bestem Wetter haben die Burschen am 1. Mai den neuen Maibaum aufgestellt. Die CSU hat wie jedes "
      "Jahr den Ausschank übernommen; der Erlös von 1.240 Euro geht an die Jugendfeuerwehr.", 9.5, False, 233),
    T(312, 230, "Termine", 12, True, 233),
    T(312, 252,
      "19. September 2025: Stammtisch mit unserem Landtagsabgeordneten\n"
      "24. Oktober 2025: Nominierungsversammlung für die Marktgemeinderatsliste und unseren "
      "Bürgermeisterkandidaten\n"
      "30. November 2025: Adventsmarkt, Stand der CSU", 9.5, False, 233),
    T(312, 380, "Aus dem Marktgemeinderat", 12, True, 233),
    T(312, 402,
      "Unsere Fraktion hat beantragt, den Schulweg entlang der Rosenheimer Straße mit einer Querungshilfe zu "
      "sichern. Der Antrag wurde einstimmig an den Bauausschuss verwiesen.", 9.5, False, 233),
    L(56, 770, 545, 770),
    T(56, 782, "Herausgeber: CSU-Ortsverband Bruckmühl · Seite 1", 8, False, 480),
]]
register("h13_23.pdf", layout_text(_P23))


@builder("h13_23.pdf")
def d23(path):
    make_scanned_layout(path, _P23)


# =============================================================================================
# h13_24.pdf (text)  Volt Stuttgart, Kommunalwahlprogramm chapter (negative)
# =============================================================================================
_P24 = [
    "Volt Stuttgart · Kommunalwahlprogramm 2024 · Kapitel 3: Mobilität · Seite 14\n\n"
    "3. Mobilität: Eine Stadt der kurzen Wege\n\n"
    "Stuttgart steht im Stau – und das nicht nur im Berufsverkehr. Wir wollen eine Stadt, in der die meisten "
    "Wege zu Fuß, mit dem Rad oder mit Bus und Bahn schneller sind als mit dem Auto.\n\n"
    "3.1 Stadtbahn und Bus\n"
    "Wir setzen uns für einen 5-Minuten-Takt auf allen Stadtbahnlinien in der Hauptverkehrszeit ein und für "
    "Expressbusse auf den Fildern. Neue Wohngebiete werden erst erschlossen, wenn ihr Anschluss an den ÖPNV "
    "gesichert ist.\n\n"
    "3.2 Radverkehr\n"
    "Das Hauptradroutennetz soll bis 2030 durchgängig baulich getrennt sein. Vorbild sind Städte wie Utrecht "
    "und Kopenhagen, in denen wir auf Exkursionen gesehen haben, was möglich ist.\n\n"
    "3.3 Parken\n"
    "Parkraummanagement in allen Innenstadtbezirken, mit Ausnahmen für Handwerk und Pflegedienste.\n\n"
    "Unsere Kandidierenden für den Gemeinderat werden diese Ziele in den kommenden fünf Jahren vertreten. Die "
    "Kommunalwahl findet am 9. Juni 2024 statt.\n\n"
    "Beschlossen von der Mitgliederversammlung am 20. Januar 2024.",
]
register("h13_24.pdf", "\n\n".join(_P24))


@builder("h13_24.pdf")
def d24(path):
    make_pdf(path, _P24, title="Kommunalwahlprogramm 2024 – Kapitel 3 Mobilität",
             author="Programmkommission Volt Stuttgart", creation_date="2023-11-02T19:00:00")


# =============================================================================================
# h13_25.docx  FDP Schleswig-Holstein, Landesliste Landtag 2027; letterhead of another KV chair
# =============================================================================================
@builder("h13_25.docx")
def d25(path):
    body = wp("Eckernförde, 12.10.26", align="right")
    body += wp("Bewerbung um einen Platz auf der Landesliste zur Landtagswahl 2027", style="Title", bold=True, size=28)
    body += "".join(wp(t) for t in [
        "Liebe Parteifreundinnen und Parteifreunde,",
        "im Mai 2027 wählt Schleswig-Holstein einen neuen Landtag. Unser Landesparteitag am 7. November 2026 in "
        "Neumünster stellt die Landesliste auf, und ich bewerbe mich dort um einen Platz unter den ersten zehn.",
        "Seit 2023 bin ich Ratsherr in Eckernförde. Hauptberuflich arbeite ich als Bootsbauingenieur in einer "
        "Werft in Kiel. Ich weiß deshalb, wie sehr unser Land von einer Industrie lebt, die in Genehmigungen, "
        "Fachkräftemangel und Netzentgelten erstickt.",
        "Politisch habe ich bei den Jungen Liberalen angefangen und war von 2011 bis 2013 ihr Landesvorsitzender. "
        "Heute möchte ich für die Freien Demokraten drei Themen in den Landtag tragen: schnellere Planungsverfahren "
        "für Häfen und Windparks, eine Berufsorientierung an allen Gemeinschaftsschulen und eine Landesregierung, "
        "die den Kommunen nicht ständig neue Aufgaben ohne Geld überträgt.",
        "Über eure Unterstützung würde ich mich sehr freuen.",
        "Mit freundlichen Grüßen",
        "Hinnerk Brodersen-Lüth",
    ])
    make_docx(path, body,
              header=wp("Freie Demokraten · Kreisverband Rendsburg-Eckernförde · Kreisvorsitzende: Gesa Thormählen · "
                        "24768 Rendsburg"),
              footer=wp("Seite 1"),
              core={"title": "Briefbogen KV RD-ECK", "creator": "Gesa Thormählen", "created": "2024-05-02T12:00:00Z"})


# =============================================================================================
# h13_26.md  Piraten Neukölln, BVV list  [multi]
# =============================================================================================
register("h13_26.md", """---
title: "Unsere Kandidierenden für die BVV Neukölln"
date: 2026-02-14
author: Piraten Neukölln
---

Am 7. Februar 2026 hat die Bezirksmitgliederversammlung der Piratenpartei Neukölln ihre Liste für die Wahl
zur Bezirksverordnetenversammlung am 20. September 2026 gewählt. Wir stellen euch die ersten vier Plätze vor:

1. **Sibel Karagöz-Wendt** (Nord-Neukölln) – IT-Administratorin, kämpft seit Jahren für offenes WLAN in
   Bibliotheken und Jugendclubs.
2. **Till Sandmann** (Britz) – Lehrer, war früher bei den Jungen Piraten aktiv und will Schulen endlich
   digital ausstatten.
3. **Oskar Riedesel** (Rudow) – Rentner und Mietrechtsberater, setzt sich gegen Eigenbedarfskündigungen ein.
4. **Merve Ünlü** (Gropiusstadt) – Studentin der Stadtplanung, will Parkplätze in Grünflächen verwandeln.

Unsere Liste für das Abgeordnetenhaus wird auf Landesebene aufgestellt – dazu bald mehr.

Kommt zu unseren Infoständen am Hermannplatz!
""")


# =============================================================================================
# h13_27.doc  FDP Kreisverband Hildesheim, Satzung (negative)
# =============================================================================================
_B27 = [
    "Satzung des Kreisverbandes Hildesheim der Freien Demokratischen Partei (FDP)",
    "beschlossen vom Kreisparteitag am 12. April 2019, zuletzt geändert durch Beschluss des Kreisparteitags vom "
    "18. März 2024",
    "§ 1 Name, Sitz und Tätigkeitsgebiet",
    "(1) Der Kreisverband führt den Namen „Freie Demokratische Partei (FDP) – Kreisverband Hildesheim“. "
    "(2) Sitz des Kreisverbandes ist Hildesheim. (3) Das Tätigkeitsgebiet umfasst den Landkreis Hildesheim.",
    "§ 2 Gliederung",
    "Der Kreisverband gliedert sich in Ortsverbände. Über die Bildung von Ortsverbänden entscheidet der Kreisvorstand.",
    "§ 7 Kreisvorstand",
    "(1) Der Kreisvorstand besteht aus der oder dem Kreisvorsitzenden, zwei stellvertretenden Kreisvorsitzenden, "
    "der Schatzmeisterin oder dem Schatzmeister und bis zu sechs Beisitzerinnen und Beisitzern. (2) Der "
    "Kreisvorstand wird vom Kreisparteitag für die Dauer von zwei Jahren gewählt.",
    "§ 9 Aufstellung von Bewerberinnen und Bewerbern",
    "(1) Die Bewerberinnen und Bewerber für den Kreistag und für die Landtagswahlkreise im Gebiet des "
    "Kreisverbandes werden in Mitgliederversammlungen nach den Vorschriften der Wahlgesetze aufgestellt. "
    "(2) Die Einladung erfolgt mit einer Frist von zwei Wochen.",
    "§ 12 Inkrafttreten",
    "Diese Satzung tritt mit ihrer Beschlussfassung in Kraft. Die Änderungen vom 18. März 2024 treten am Tag "
    "nach ihrer Beschlussfassung in Kraft.",
]
register("h13_27.doc", "\n".join(_B27))


@builder("h13_27.doc")
def d27(path):
    make_doc(path, _B27)


# =============================================================================================
# h13_28.pdf (scanned)  Grüne Halle, member newspaper page: BTW nominee + unrelated second article
# =============================================================================================
_P28 = [[
    T(56, 50, "grünes blatt", 22, True, 250),
    T(330, 48, "Mitgliederzeitung BÜNDNIS 90/DIE GRÜNEN Halle (Saale)\nAusgabe Dezember 2024 · Seite 3", 8, False, 215),
    L(56, 74, 545, 74),
    T(56, 96, "Henrike Feistkorn tritt im Wahlkreis 71 an", 13, True, 235),
    T(56, 136,
      "Die Kreismitgliederversammlung hat am 23. November 2024 Henrike Feistkorn mit 87 Prozent der Stimmen "
      "zur Direktkandidatin für den Bundestagswahlkreis 71 (Halle) gewählt. Gegenkandidaturen gab es keine.\n\n"
      "Feistkorn, 36, stammt aus Merseburg und sitzt seit 2019 im Stadtrat von Halle, wo sie sich vor allem um "
      "Schulsanierung und die Zukunft der Saale-Ufer gekümmert hat. „Halle hat im Februar die Wahl zwischen "
      "Abschottung und Aufbruch – ich will, dass unsere Stadt für Aufbruch steht“, sagte sie in ihrer "
      "Bewerbungsrede.\n\n"
      "Ob sie zusätzlich auf der Landesliste antritt, entscheidet die Landesdelegiertenkonferenz im Dezember "
      "in Magdeburg. Die Bundestagswahl findet am 23. Februar 2025 statt; der Wahlkampf beginnt mit einem "
      "Auftakt auf dem Marktplatz im Januar.", 9.5, False, 235),
    L(300, 90, 300, 740),
    T(312, 96, "Neue Fahrradstraße in der Südstadt", 13, True, 233),
    T(312, 136,
      "Nach zwei Jahren Planung ist es so weit: Die erste Fahrradstraße in der Südstadt ist freigegeben. "
      "Unsere Stadtratsfraktion hatte das Projekt 2022 beantragt. Jetzt geht es darum, die Lücken zur "
      "Innenstadt zu schließen – mit sicheren Kreuzungen und Abstellanlagen an den Straßenbahnhaltestellen.\n\n"
      "Text: Timo Kaltofen", 9.5, False, 233),
    L(56, 770, 545, 770),
    T(56, 782, "Impressum: V.i.S.d.P. Kreisvorstand BÜNDNIS 90/DIE GRÜNEN Halle, 06108 Halle (Saale)", 8, False, 480),
]]
register("h13_28.pdf", layout_text(_P28))


@builder("h13_28.pdf")
def d28(path):
    make_scanned_layout(path, _P28)


# =============================================================================================
# h13_29.docx  BVB / Freie Wähler Barnim, Stadtverordnetenversammlung Eberswalde
# =============================================================================================
@builder("h13_29.docx")
def d29(path):
    body = wp("Eberswalde, 12. Februar 2024", align="right")
    body += wp("Meine Kandidatur für die Stadtverordnetenversammlung Eberswalde", style="Title", bold=True, size=28)
    body += "".join(wp(t) for t in [
        "Liebe Mitglieder und Unterstützer von BVB / FREIE WÄHLER,",
        "am 9. Juni 2024 wählen wir in Eberswalde eine neue Stadtverordnetenversammlung. Ich möchte für uns "
        "antreten und bitte um einen Platz auf unserer Liste. Für den Kreistag Barnim kandidiere ich nicht – ich "
        "will mich ganz auf die Stadt konzentrieren.",
        "Seit 2019 bin ich Mitglied im Ortsbeirat Finow. Dort habe ich erlebt, wie lange es dauert, bis ein "
        "Bürgeranliegen im Rathaus ankommt – und wie viel schneller es geht, wenn man hartnäckig bleibt. Die "
        "Sanierung des Spielplatzes am Messingwerk war so ein Fall.",
        "Ich bin 46, Kfz-Mechatroniker und betreibe eine kleine Werkstatt in Finow. Meine Themen sind eine "
        "ehrliche Haushaltsführung, bezahlbare Kita-Gebühren und eine Verwaltung, die Gewerbetreibende als "
        "Partner sieht.",
        "Mit freundlichen Grüßen",
        "Enrico Blankenfeld",
    ])
    make_docx(path, body, header=wp("BVB / FREIE WÄHLER · Regionalverband Barnim"),
              core={"title": "Kandidatur", "creator": "Ortsgruppe Eberswalde", "created": "2021-09-13T17:30:00Z"})


# =============================================================================================
# h13_30.odt  Grüne Kreisverband Plön, minutes of a KMV (negative, applicant in passing)
# =============================================================================================
@builder("h13_30.odt")
def d30(path):
    body = oh("Protokoll der Kreismitgliederversammlung am 19. September 2026 in Preetz")
    body += "".join(op(t) for t in [
        "Versammlungsleitung: Arne Sievers · Protokoll: Levke Jöhnk · anwesend: 31 Mitglieder",
        "TOP 1 – Eröffnung: Die Versammlung ist ordnungsgemäß eingeladen und beschlussfähig.",
        "TOP 2 – Bericht des Kreisvorstands: Der Kreisvorstand berichtet über die Mitgliederentwicklung (plus 12 "
        "Prozent) und die Sommertour durch die Ämter Probstei und Selent/Schlesen.",
        "TOP 3 – Bericht aus der Kreistagsfraktion: Schwerpunkt war der Nahverkehrsplan.",
        "TOP 4 – Vorstellung: Swantje Hollender stellte sich als Bewerberin für einen Platz auf der Landesliste zur "
        "Landtagswahl 2027 vor. Die Landesliste wird auf der Landesmitgliederversammlung im Dezember gewählt; die "
        "Kreismitgliederversammlung gab kein Votum ab. Es gab Nachfragen zu Landwirtschaft und Küstenschutz.",
        "TOP 5 – Antrag „Radweg an der B 76“: Der Antrag wird mit großer Mehrheit angenommen.",
        "TOP 6 – Verschiedenes: Die nächste Kreismitgliederversammlung findet im Frühjahr 2027 statt.",
        "Preetz, 19. September 2026\nfür das Protokoll: Levke Jöhnk",
    ])
    make_odt(path, body, header=op("BÜNDNIS 90/DIE GRÜNEN Kreisverband Plön"),
             meta={"title": "Protokoll KMV", "initial-creator": "Levke Jöhnk",
                   "creation-date": "2026-09-20T21:04:00"})


# =============================================================================================
# h13_31.odt  Grüne Mecklenburg-Vorpommern, Landesliste (table of 8)  [multi]
# =============================================================================================
MV_LIST = [
    ("1", "Johanna Vierck", "Rostock", "Umweltingenieurin"),
    ("2", "Moritz Tessendorf", "Vorpommern-Greifswald", "Doktorand"),
    ("3", "Antje Lüdemann-Krey", "Schwerin", "Ärztin"),
    ("4", "Paul Nietzold", "Nordwestmecklenburg", "Landwirt"),
    ("5", "Imke Ahlers", "Ludwigslust-Parchim", "Lehrerin"),
    ("6", "Ole Bräsecke", "Rostock", "Student"),
    ("7", "Katja Hinrichsen", "Mecklenburgische Seenplatte", "Hebamme"),
    ("8", "Benno Glaubitz", "Vorpommern-Rügen", "Tischler"),
]


@builder("h13_31.odt")
def d31(path):
    body = op("Schwerin, 23.11.2025")
    body += oh("Grüne wählen Landesliste für die Landtagswahl 2026")
    body += op("Die Landesdelegiertenkonferenz von BÜNDNIS 90/DIE GRÜNEN Mecklenburg-Vorpommern hat am Samstag in "
               "Güstrow die Landesliste für die Landtagswahl am 20. September 2026 gewählt. Die ersten acht Plätze:")
    body += otbl([("Platz", "Name", "Kreisverband", "Beruf")] + MV_LIST)
    body += op("„Mit dieser Liste sind wir von der Küste bis zur Seenplatte vertreten“, sagte Landessprecherin Dörte "
               "Wilkening. Die Plätze ab 9 wurden in Einzel- und Blockwahlgängen gewählt und sind auf unserer "
               "Website dokumentiert.")
    make_odt(path, body, header=op("BÜNDNIS 90/DIE GRÜNEN Mecklenburg-Vorpommern · Pressemitteilung"),
             meta={"title": "PM Landesliste", "initial-creator": "Pressestelle", "creation-date": "2025-11-20T12:00:00"})


# =============================================================================================
# h13_32.txt  Die Linke Saalfeld-Rudolstadt, Landrat
# =============================================================================================
register("h13_32.txt", """Saalfeld, 8. Januar 2024

Bewerbung um die Kandidatur zur Landratswahl im Landkreis Saalfeld-Rudolstadt

Liebe Genossinnen und Genossen,

am 26. Mai 2024 wählen die Menschen in unserem Landkreis nicht nur einen neuen Kreistag, sondern auch
die Landrätin oder den Landrat. Ich bewerbe mich bei unserer Kreismitgliederversammlung am 3. Februar
2024 in Rudolstadt um die Kandidatur der Linken für das Amt der Landrätin.

Seit 2019 gehöre ich dem Kreistag an und führe dort unsere Fraktion; außerdem bin ich Stadträtin in
Rudolstadt. Ich kenne die Kreisverwaltung also aus der Nähe – ihre Stärken und ihre Schwächen. Geboren
bin ich 1979 in Pößneck, seit zwanzig Jahren arbeite ich als Sozialpädagogin in der Jugendhilfe.

Was ich als Landrätin anpacken will:

  * Ein Rufbus-System, das jedes Dorf im Schwarzatal und auf der Heide mindestens stündlich erreicht.
  * Eine Kreisklinik, die in öffentlicher Hand bleibt.
  * Schulsozialarbeit an jeder Schule im Landkreis – nicht nur an den Regelschulen.

Ich weiß, dass diese Wahl für uns kein Selbstläufer wird. Aber gerade deshalb sollten wir mit einer
Kandidatin antreten, die zeigt, dass linke Politik im ländlichen Raum konkret ist.

Solidarische Grüße

Silke Hörold
""")


# =============================================================================================
# h13_33.pdf (scanned)  CDU Kreisverband Gotha, invitation with Delegiertenwahl (negative)
# =============================================================================================
_P33 = [
    [T(56, 56, "CDU", 26, True, 120),
     T(56, 88, "Kreisverband Gotha", 11, True, 200),
     T(400, 52, "CDU-Kreisverband Gotha\nKreisgeschäftsstelle\n99867 Gotha\nTel. 03621 / 85 40 12\n"
                "Fax 03621 / 85 40 19\ngotha@cdu-kv.example", 8.5, False, 150),
     L(56, 132, 545, 132),
     T(56, 150, "An alle Mitglieder des CDU-Kreisverbandes Gotha", 10, False, 300),
     T(400, 180, "Gotha, 02.09.2025", 10, False, 150),
     T(56, 214, "Einladung zur Kreismitgliederversammlung", 13, True, 480),
     T(56, 244,
       "Liebe Mitglieder,\n\n"
       "hiermit lade ich Sie satzungsgemäß zur Kreismitgliederversammlung ein. Sie findet statt am "
       "Freitag, 26. September 2025, 18:30 Uhr, in Waltershausen.\n\n"
       "Tagesordnung\n"
       "1. Eröffnung und Begrüßung\n"
       "2. Feststellung der Beschlussfähigkeit\n"
       "3. Bericht des Kreisvorsitzenden\n"
       "4. Bericht der Kreistagsfraktion\n"
       "5. Kassenbericht und Bericht der Kassenprüfer\n"
       "6. Entlastung des Kreisvorstands\n"
       "7. Wahl der Delegierten zum Landesparteitag\n"
       "8. Anträge\n"
       "9. Verschiedenes\n\n"
       "Vorschläge für die Delegiertenwahl können bis zum 19. September 2025 bei der Kreisgeschäftsstelle "
       "eingereicht oder in der Versammlung gemacht werden.\n\n"
       "Mit freundlichen Grüßen\n\n"
       "Dirk Hesselbarth\nKreisvorsitzender", 10, False, 480),
     T(280, 800, "Seite 1 von 2", 8, False, 100)],
    [T(400, 52, "CDU-Kreisverband Gotha", 8.5, False, 150),
     T(56, 100, "Hinweise", 12, True, 480),
     T(56, 124,
       "Stimmberechtigt sind alle Mitglieder, die ihren Beitrag für das laufende Jahr entrichtet haben. Bitte "
       "bringen Sie Ihren Mitgliedsausweis mit. Anträge zur Kreismitgliederversammlung sind bis zum "
       "12. September 2025 schriftlich einzureichen.\n\n"
       "Der Veranstaltungsort ist barrierefrei erreichbar. Parkplätze stehen in begrenzter Zahl zur Verfügung; "
       "wir empfehlen die Anreise mit der Thüringerwaldbahn.", 10, False, 480),
     T(280, 800, "Seite 2 von 2", 8, False, 100)],
]
register("h13_33.pdf", layout_text(_P33))


@builder("h13_33.pdf")
def d33(path):
    make_scanned_layout(path, _P33)


# =============================================================================================
# h13_34.docx  SPD Chemnitz, Direktkandidatur Bundestag WK 161; header names the chair
# =============================================================================================
@builder("h13_34.docx")
def d34(path):
    body = wp("Chemnitz, 28. Oktober 2024", align="right")
    body += wp("Bewerbung um die Direktkandidatur im Bundestagswahlkreis 161 – Chemnitz", style="Title", bold=True, size=28)
    body += "".join(wp(t) for t in [
        "Liebe Genossinnen und Genossen,",
        "die Ampel ist Geschichte, und am 23. Februar 2025 wird ein neuer Bundestag gewählt. Ich bewerbe mich bei "
        "unserer Wahlkreiskonferenz am 16. November 2024 um die Direktkandidatur der SPD im Wahlkreis 161. Einen "
        "Platz auf der Landesliste strebe ich nicht an – mein Platz ist hier in Chemnitz.",
        "Ich bin 1978 in Karl-Marx-Stadt geboren und habe den Umbruch der Neunzigerjahre als Jugendliche in "
        "Kappel erlebt. Seit 2019 sitze ich im Chemnitzer Stadtrat, seit 2022 als stellvertretende "
        "Fraktionsvorsitzende. Bei den Jusos Sachsen war ich in den 2000er-Jahren im Landesvorstand.",
        "Chemnitz ist Kulturhauptstadt Europas 2025. Das ist eine riesige Chance – aber nur, wenn sie nicht im "
        "Festjahr endet. Ich will in Berlin für Industriearbeitsplätze in Südwestsachsen, für eine bessere "
        "Bahnanbindung nach Leipzig und Dresden und für faire Renten kämpfen.",
        "Ich freue mich auf eure Fragen und eure Unterstützung.",
        "Herzliche Grüße",
        "Yvonne Brückner-Sahm",
    ])
    make_docx(path, body,
              header=wp("SPD Stadtverband Chemnitz · Vorsitzender: Torsten Gläßer · Geschäftsstelle Chemnitz"),
              core={"title": "Bewerbungsvorlage", "creator": "Torsten Gläßer", "created": "2024-10-01T08:00:00Z"})


# =============================================================================================
# h13_35.pdf (text)  Piratenpartei, Bundesvorstand (federal); running header with the BPT
# =============================================================================================
_P35 = [
    "Bewerbung für den Bundesvorstand · Bundesparteitag 2025.1 · Seite 1/2\n\n"
    "Ahoi Piraten,\n\n"
    "ich bin Jannes Oberdörfer, 31 Jahre alt, und ich bewerbe mich auf dem Bundesparteitag am 28. und 29. Juni "
    "2025 in Kassel als Beisitzer im Bundesvorstand.\n\n"
    "Seit 2023 bin ich Schatzmeister unseres Landesverbands Hessen. In dieser Zeit haben wir die Buchhaltung "
    "digitalisiert, die Rechenschaftsberichte fristgerecht abgegeben und die Mitgliedsbeiträge transparent "
    "gemacht. Diese Erfahrung möchte ich jetzt auf Bundesebene einbringen.\n\n"
    "Zu den Piraten bin ich 2011 über die Jungen Piraten gekommen, damals noch als Schüler in Darmstadt. Heute "
    "arbeite ich als Softwareentwickler für Open-Source-Verwaltungssoftware.",
    "Bewerbung für den Bundesvorstand · Bundesparteitag 2025.1 · Seite 2/2\n\n"
    "Meine Ziele für den Bundesvorstand:\n"
    "1. Eine Mitgliederverwaltung, die ohne Excel-Listen auskommt.\n"
    "2. Mehr Unterstützung für kleine Landesverbände bei Wahlantritten und Unterschriftensammlungen.\n"
    "3. Ein klares Profil bei Digitalisierung, Transparenz und Bürgerrechten.\n\n"
    "Fragen gern jederzeit im Forum oder auf dem Parteitag.\n\n"
    "Darmstadt, im Juni 2025\n"
    "Jannes Oberdörfer",
]
register("h13_35.pdf", "\n\n".join(_P35))


@builder("h13_35.pdf")
def d35(path):
    make_pdf(path, _P35, title="Bewerbung BuVo", author="pad-export", creation_date="2025-06-03T22:14:00")


# =============================================================================================
# h13_36.md  ÖDP Kreisverband Kassel, event review (negative)
# =============================================================================================
register("h13_36.md", """---
title: "Rückblick: Unser Infostand beim Klimafest"
date: 2025-09-28
author: ÖDP Kreisverband Kassel
---

Bei strahlendem Sonnenschein waren wir am vergangenen Samstag mit einem Infostand beim Klimafest auf dem
Königsplatz vertreten. Viele Besucherinnen und Besucher haben sich über unsere Vorschläge für mehr
Stadtgrün und gegen neue Gewerbeflächen auf Ackerland informiert.

Unsere Kreisvorsitzende Gudrun Schäfermeyer kam mit zahlreichen Gästen ins Gespräch, unter anderem über
den geplanten Ausbau der Straßenbahn nach Vellmar. Besonders gefragt war unser Saatgut-Tauschregal.

Im Herbst stellen wir unsere Liste für die Kommunalwahl am 15. März 2026 auf. Wer Lust hat, sich für die
ÖDP in Kassel zu engagieren, ist herzlich zu unserem Mitgliedertreffen eingeladen.

Text: Bernd Loheide
""")


# =============================================================================================
# h13_37.rtf  CDU Ravensburg, Gemeinderat
# =============================================================================================
_B37 = [
    "Ravensburg, 3. Februar 2024",
    ("h", "Bewerbung für die Gemeinderatsliste der CDU Ravensburg"),
    "Liebe Mitglieder des CDU-Stadtverbands Ravensburg,",
    "am 9. Juni 2024 wählen wir einen neuen Gemeinderat. Ich bewerbe mich bei unserer Nominierungsversammlung am "
    "24. Februar 2024 um einen Platz auf unserer Liste. Für den Kreistag bewerbe ich mich nicht.",
    "Seit 2019 gehöre ich dem Ortschaftsrat Schmalegg an. Dort habe ich mich für die Erweiterung des "
    "Kindergartens und für den Erhalt unserer Dorfgaststätte eingesetzt. Im Gemeinderat möchte ich die Stimme der "
    "Ortschaften stärken und mich um Wohnraum für junge Familien kümmern.",
    "Ich bin 42 Jahre alt, Mutter von zwei Kindern und arbeite als Laboringenieurin an der Hochschule in "
    "Weingarten. Zur Politik bin ich über die Junge Union Oberschwaben gekommen.",
    "Über Ihre Unterstützung würde ich mich sehr freuen.",
    "Veronika Staudacher-Halm",
]
_H37 = "CDU-Stadtverband Ravensburg"
register("h13_37.rtf", rtf_plain(_B37, _H37))


@builder("h13_37.rtf")
def d37(path):
    make_rtf(path, _B37, header=_H37,
             info={"title": "Bewerbung", "author": "Stadtverband", "created": "2019-02-11"})


# =============================================================================================
# h13_38.rtf  SPD Kreisverband Stendal, Rechenschaftsbericht (negative)
# =============================================================================================
_B38 = [
    ("h", "Rechenschaftsbericht des Kreisvorstands 2023–2025"),
    "vorgelegt zum Kreisparteitag am 5. April 2025 in Tangermünde",
    "Stendal, im März 2025",
    "Liebe Genossinnen und Genossen,",
    "hinter uns liegen zwei Jahre mit drei Wahlkämpfen. Bei der Kommunalwahl im Juni 2024 haben wir im Kreistag "
    "Stendal sieben Sitze gewonnen; in Stendal, Tangermünde und Osterburg sind wir weiterhin in den Stadträten "
    "vertreten. Der Winterwahlkampf zur Bundestagswahl hat uns gefordert, aber auch viele neue Mitglieder gebracht.",
    "Der Kreisvorstand hat sich in dieser Zeit 21 Mal getroffen. Wir haben die Geschäftsstelle in Stendal "
    "modernisiert und eine Mitgliederbetreuung für die Ortsvereine in der westlichen Altmark aufgebaut.",
    "Mit Blick auf die Landtagswahl 2026 hat der Kreisvorstand Nico Ebeling gebeten, eine Kandidatur im "
    "Wahlkreis Stendal zu prüfen. Eine Entscheidung über Bewerbungen fällt erst im Herbst.",
    "Ich danke allen, die mitgearbeitet haben.",
    "Für den Kreisvorstand: Kerstin Dahlenburg, Kreisvorsitzende",
]
_H38 = "SPD-Kreisverband Stendal"
register("h13_38.rtf", rtf_plain(_B38, _H38))


@builder("h13_38.rtf")
def d38(path):
    make_rtf(path, _B38, header=_H38, footer="Rechenschaftsbericht · Seite 1",
             info={"title": "Rechenschaftsbericht", "author": "Kreisgeschäftsstelle", "created": "2025-03-03"})


# =============================================================================================
# h13_39.docx  Volt, Europawahl 2024 Bundesliste (form + letter, federal)
# =============================================================================================
@builder("h13_39.docx")
def d39(path):
    form = [
        ["Name:", "Lucia Ferraro-Benz"],
        ["Wohnort:", "Würzburg (Bayern)"],
        ["Volt-Team:", "Würzburg"],
        ["Angestrebte Kandidatur:", "Platz auf der Bundesliste zur Europawahl 2024"],
        ["Datum:", "21.07.2023"],
    ]
    body = wp("Bewerbungsformular Europawahl", style="Title", bold=True, size=30)
    body += wtbl(form, [3000, 6000])
    body += "".join(wp(t) for t in [
        "Liebe Volterinnen und Volter,",
        "ich bewerbe mich um einen Platz auf unserer Liste für die Wahl zum Europäischen Parlament am 9. Juni 2024. "
        "Ich bin Deutsch-Italienerin, in Würzburg aufgewachsen und habe in Bologna und Straßburg studiert. Europa "
        "ist für mich kein Konzept, sondern mein Alltag.",
        "Seit 2021 bin ich Co-Lead unseres Teams in Würzburg. Beruflich arbeite ich als Übersetzerin für "
        "Rechtstexte – ich lese also EU-Verordnungen auch dann, wenn es niemand muss.",
        "Im Parlament möchte ich mich für ein europäisches Asylsystem einsetzen, das Verantwortung teilt, und für "
        "eine gemeinsame Industriepolitik bei Batterien und Halbleitern.",
        "Lucia Ferraro-Benz",
    ])
    make_docx(path, body, header=wp("Volt Deutschland · Bewerbung Bundesliste Europawahl 2024"),
              core={"title": "Bewerbungsformular EU-Liste", "creator": "Volt DE Wahlkommission",
                    "created": "2019-01-20T10:00:00Z"})


# =============================================================================================
# h13_40.docx  BSW federal press release on policy (negative)
# =============================================================================================
@builder("h13_40.docx")
def d40(path):
    body = wp("Pressemitteilung", bold=True)
    body += wp("Berlin, 15. Oktober 2025")
    body += wp("BSW fordert Entlastung bei den Netzentgelten", style="Title", bold=True, size=30)
    body += "".join(wp(t) for t in [
        "Das Bündnis Sahra Wagenknecht fordert die Bundesregierung auf, die Netzentgelte für Strom zum 1. Januar "
        "vollständig aus dem Bundeshaushalt zu bezuschussen. Private Haushalte und kleine Betriebe zahlten in "
        "Deutschland europaweit mit die höchsten Strompreise.",
        "„Es kann nicht sein, dass eine Bäckerei in Thüringen mehr für Strom bezahlt als ein Konzern in "
        "Frankreich“, erklärte der wirtschaftspolitische Sprecher Rüdiger Holtkamp. Die Parteiführung werde das "
        "Thema in den kommenden Wochen in allen Landesverbänden zur Diskussion stellen.",
        "V.i.S.d.P.: Nadine Fröhlke, Bundesgeschäftsstelle",
    ])
    make_docx(path, body,
              header=wp("Bündnis Sahra Wagenknecht – Vernunft und Gerechtigkeit · Bundesgeschäftsstelle · Pressemitteilung"),
              core={"title": "PM", "creator": "Pressestelle", "created": "2025-10-14T16:00:00Z"})


# =============================================================================================
# h13_41.docx  SPD Hamburg-Altona, Landesparteitag delegate
# =============================================================================================
@builder("h13_41.docx")
def d41(path):
    body = wp("Hamburg-Altona, 12. Januar 2026", align="right")
    body += wp("Bewerbung als Delegierter zum Landesparteitag", style="Title", bold=True, size=28)
    body += "".join(wp(t) for t in [
        "Liebe Genossinnen und Genossen,",
        "auf unserer Kreisdelegiertenversammlung am 31. Januar 2026 wählen wir die Altonaer Delegierten zum "
        "Landesparteitag der SPD Hamburg. Ich bewerbe mich erneut um eines dieser Mandate.",
        "Seit 2024 bin ich Abgeordneter der Bezirksversammlung Altona und dort Sprecher im Ausschuss für Mobilität. "
        "Gerade deshalb möchte ich auf dem Landesparteitag mitentscheiden, wenn es um Wohnungsbau, den Ausbau der "
        "S-Bahn und die Finanzierung der Bezirke geht.",
        "Politisch groß geworden bin ich bei den Jusos Altona; heute arbeite ich als Jurist bei einer "
        "Wohnungsbaugenossenschaft in Bahrenfeld.",
        "Ich freue mich über eure Stimme.",
        "Jasper Olde-Riekmann",
    ])
    make_docx(path, body, header=wp("SPD Kreis Altona · Kreisvorsitzende: Birte Kolster · Kreisbüro Altona"),
              core={"title": "Bewerbung Delegierte", "creator": "Kreisbüro Altona", "created": "2023-01-09T09:30:00Z"})


# =============================================================================================
# h13_42.pdf (text)  Grüne Landkreis Osnabrück, Kreistag (5 Wahlbereich leaders)  [multi]
# =============================================================================================
OS_LIST = [("Melle", "Hanna Ostermeyer-Kuhl"), ("Bramsche", "Lukas Grothaus"),
           ("Georgsmarienhütte", "Christiane Meyerhöfer"), ("Quakenbrück", "Tobias Wübbeler"),
           ("Bad Iburg", "Mareike Kortlüke")]
_P42 = [
    "BÜNDNIS 90/DIE GRÜNEN im Landkreis Osnabrück · Pressemitteilung\n\n"
    "Osnabrück, 27.04.2026\n\n"
    "Grüne stellen Kreistagslisten auf\n\n"
    "Die Kreismitgliederversammlung der Grünen im Landkreis Osnabrück hat am Samstag in Bramsche ihre Listen für "
    "die Kreistagswahl am 13. September 2026 gewählt. In allen fünf Wahlbereichen treten die Grünen mit eigenen "
    "Listen an. Angeführt werden sie von:\n\n"
    + "\n".join(f"Wahlbereich {w}: {n}" for w, n in OS_LIST)
    + "\n\n"
    "„Wir wollen im Kreistag stärker werden, damit der Landkreis beim Radwegebau und bei der Wärmeplanung endlich "
    "Tempo macht“, sagte Kreissprecher Jens Brinkhege. Die Stadt Osnabrück wählt ihren Rat getrennt; die "
    "dortige Liste stellt der Kreisverband Osnabrück-Stadt im Mai auf.\n\n"
    "Hanna Ostermeyer-Kuhl ist Gemeinderätin in Melle, Lukas Grothaus Student der Agrarwissenschaften, "
    "Christiane Meyerhöfer Ärztin, Tobias Wübbeler Landwirt und Mareike Kortlüke Erzieherin.",
]
register("h13_42.pdf", "\n\n".join(_P42))


@builder("h13_42.pdf")
def d42(path):
    make_pdf(path, _P42, title="PM Kreistagsliste", author="Kreisverband Osnabrück-Land",
             creation_date="2026-04-27T07:20:00")


# =============================================================================================
# h13_43.docx  BSW Brandenburg, Landesliste Landtag 2024 (form + letter)
# =============================================================================================
@builder("h13_43.docx")
def d43(path):
    form = [
        ["Name, Vorname:", "Mertineit, Ronny"],
        ["Wohnort:", "Frankfurt (Oder)"],
        ["Angestrebtes Amt:", "Listenplatz auf der Landesliste zur Landtagswahl am 22.09.2024"],
        ["Bisherige Mandate:", "2014–2023 Stadtverordneter in Frankfurt (Oder) (damals Fraktion DIE LINKE)"],
        ["Datum, Unterschrift:", "Frankfurt (Oder), 02.05.2024   R. Mertineit"],
    ]
    body = wp("Bewerbung für die Landesliste", style="Title", bold=True, size=30)
    body += wtbl(form, [3000, 6000])
    body += "".join(wp(t) for t in [
        "Liebe Mitglieder des BSW Brandenburg,",
        "ich bewerbe mich beim Landesparteitag am 25. Mai 2024 um einen Platz auf unserer Landesliste. Bis 2023 war "
        "ich Mitglied der Linken und neun Jahre lang Stadtverordneter in Frankfurt (Oder). Ich habe die Partei "
        "verlassen, weil sie die Sorgen der Menschen in Ostbrandenburg nicht mehr ernst genommen hat.",
        "Als Schichtleiter in einem Logistikzentrum erlebe ich jeden Tag, was hohe Energiepreise und unsichere "
        "Arbeitsverträge bedeuten. Im Landtag will ich mich für bezahlbare Energie, gute Löhne und eine "
        "Gesundheitsversorgung einsetzen, die auch in der Uckermark und in der Lausitz funktioniert.",
        "Ronny Mertineit",
    ])
    make_docx(path, body, header=wp("BSW Brandenburg · Landesparteitag 2024 · Bewerbung"),
              core={"title": "Bewerbung Landesliste", "creator": "Landesgeschäftsstelle BSW BB",
                    "created": "2024-04-15T13:00:00Z"})


# =============================================================================================
# h13_44.odt  ÖDP Mainz-Bingen, Kreisvorsitz
# =============================================================================================
@builder("h13_44.odt")
def d44(path):
    body = op("Ingelheim, 12.01.25")
    body += oh("Kandidatur für den Kreisvorsitz")
    body += "".join(op(t) for t in [
        "Liebe Mitglieder der ÖDP im Kreis Mainz-Bingen,",
        "Walter Obenauer hat angekündigt, bei der Kreismitgliederversammlung am 8. Februar 2025 in Bingen am Rhein "
        "nicht mehr als Kreisvorsitzender anzutreten. Ich kandidiere für seine Nachfolge.",
        "Seit 2024 vertrete ich die ÖDP im Stadtrat von Ingelheim. Vorher war ich Landessprecherin der Jungen "
        "Ökologen in Rheinland-Pfalz. Ich möchte, dass unser Kreisverband wächst, und zwar dort, wo wir bisher "
        "kaum vertreten sind: in den Verbandsgemeinden in Rheinhessen.",
        "Meine Vorhaben: ein monatlicher Stammtisch, eine gemeinsame Kampagne gegen Flächenfraß und eine "
        "frühzeitige Vorbereitung auf die Kommunalwahl 2029.",
        "Theresa Wengerter",
    ])
    make_odt(path, body, header=op("ÖDP Kreisverband Mainz-Bingen"),
             meta={"title": "Rundmail Kreisverband", "initial-creator": "Walter Obenauer",
                   "creation-date": "2021-06-07T20:00:00"})


# =============================================================================================
# h13_45.odt  Die Linke MV, Positionspapier of the Landesvorstand (negative, programme)
# =============================================================================================
@builder("h13_45.odt")
def d45(path):
    body = op("Beschluss des Landesvorstands vom 6. Mai 2025")
    body += oh("Gute Arbeit in Vorpommern: Positionen für die Landtagswahl 2026")
    body += "".join(op(t) for t in [
        "1. Tariflohn als Förderbedingung: Landesförderung erhält nur, wer nach Tarif bezahlt.",
        "2. Gesundheitszentren statt Klinikschließungen: In Wolgast, Anklam und Pasewalk soll die "
        "Grundversorgung erhalten bleiben; das Land beteiligt sich an kommunalen Medizinischen Versorgungszentren.",
        "3. Mobilität: Ein Landesticket für Auszubildende und Seniorinnen zu 29 Euro im Monat.",
        "4. Wohnen: Ein Landesprogramm für den Umbau leerstehender Plattenbauten zu altersgerechten Wohnungen.",
        "Die Landesliste wird auf der Landesvertreterversammlung im Frühjahr 2026 gewählt; das Wahlprogramm "
        "beschließt ein Landesparteitag im Herbst 2025. Dieses Papier ist eine Grundlage für die Programmdebatte.",
    ])
    make_odt(path, body, header=op("DIE LINKE. Mecklenburg-Vorpommern · Landesvorstand"),
             meta={"title": "Positionspapier", "initial-creator": "Landesgeschäftsstelle",
                   "creation-date": "2025-05-07T10:00:00"})


# =============================================================================================
# h13_46.doc  Die PARTEI, report from the BVV Friedrichshain-Kreuzberg (negative)
# =============================================================================================
_B46 = [
    "Bericht aus der BVV Friedrichshain-Kreuzberg – Dezember 2024",
    "Liebe Mitglieder, liebe Sympathisantinnen und Sympathisanten,",
    "auch in diesem Jahr hat unsere Gruppe Die PARTEI in der Bezirksverordnetenversammlung alles gegeben. Wir haben "
    "beantragt, den Görlitzer Park nachts nicht mit einem Zaun, sondern mit einem Burggraben zu sichern; der "
    "Antrag wurde in den Umweltausschuss überwiesen, wo er vermutlich überwintern wird.",
    "Ernsthaft: Unsere Anfrage zu den Kosten der Parkraumbewirtschaftung hat gezeigt, dass der Bezirk mehr für "
    "externe Gutachten ausgibt als für die Reinigung der Spielplätze. Daran bleiben wir dran.",
    "Die nächste BVV-Wahl ist im September 2026. Unsere Liste stellen wir im Frühjahr 2026 auf – wer Lust hat, "
    "darf sich schon einmal melden.",
    "Mit parteiischen Grüßen",
    "Lukas Tiefenbrunner, Bezirksverordneter",
]
register("h13_46.doc", "\n".join(_B46))


@builder("h13_46.doc")
def d46(path):
    make_doc(path, _B46)


# =============================================================================================
# h13_47.pdf (scanned)  Freie Wähler Kreis Gießen, Kreistagsliste as a table (10)  [multi]
# =============================================================================================
GI_LIST = [
    ("1", "Michael Schwalb", "Lich", "Bauingenieur"),
    ("2", "Sabine Kornmann", "Hungen", "Steuerberaterin"),
    ("3", "Dennis Reitz", "Grünberg", "Polizeibeamter"),
    ("4", "Claudia Wagner-Lemp", "Linden", "Apothekerin"),
    ("5", "Oliver Schmandt", "Pohlheim", "Landwirt"),
    ("6", "Tanja Ebersold", "Buseck", "Erzieherin"),
    ("7", "Rüdiger Weidig", "Laubach", "Förster"),
    ("8", "Nina Habermehl", "Lollar", "Industriekauffrau"),
    ("9", "Jochen Stumpf", "Wettenberg", "Rentner"),
    ("10", "Melanie Kratz", "Reiskirchen", "Pflegedienstleiterin"),
]
_P47 = [[
    T(56, 56, "FREIE WÄHLER Kreisverband Gießen", 14, True, 480),
    T(56, 80, "Kreistagsliste zur Kommunalwahl am 15. März 2026", 11, False, 480),
    L(56, 92, 545, 92),
    T(56, 112, "Gießen, 17.11.2025", 10, False, 200),
    T(56, 138,
      "Die Mitgliederversammlung der FREIEN WÄHLER im Landkreis Gießen hat am 15. November 2025 in Grünberg "
      "die folgende Liste für die Wahl des Kreistags beschlossen. Alle Bewerberinnen und Bewerber wurden "
      "einzeln gewählt.", 10, False, 480),
] + rows_at([60, 110, 290, 420], 210, [("Platz", "Name", "Wohnort", "Beruf")] + GI_LIST, size=10,
            bold_first=True, widths=[45, 175, 125, 125])
  + [
    T(56, 430, "Die vollständige Liste liegt in der Kreisgeschäftsstelle zur Einsicht aus.", 10, False, 480),
    L(56, 770, 545, 770),
    T(56, 782, "Kontakt: Kreisvorsitzender Frank Heinemeyer · FREIE WÄHLER Kreisverband Gießen · Seite 1", 8, False, 480),
]]
register("h13_47.pdf", layout_text(_P47))


@builder("h13_47.pdf")
def d47(path):
    make_scanned_layout(path, _P47)


# =============================================================================================
# h13_48.pdf (scanned, plain)  CSU Essenbach, Bürgermeisterkandidat (third person)
# =============================================================================================
_P48 = [
    "CSU-Ortsverband Essenbach · Pressemitteilung\n\n"
    "Essenbach, 24.10.2025\n\n"
    "CSU Essenbach nominiert Stefan Wimmersberger für das Bürgermeisteramt\n\n"
    "Mit 52 von 55 Stimmen hat die Nominierungsversammlung der CSU Essenbach am Donnerstagabend Stefan "
    "Wimmersberger zu ihrem Kandidaten für die Bürgermeisterwahl am 8. März 2026 gewählt. Der 45-jährige "
    "Bankkaufmann gehört seit 2014 dem Marktgemeinderat an und ist seit 2020 Kreisrat im Landkreis Landshut.\n\n"
    "„Essenbach wächst, und dieses Wachstum müssen wir gestalten – mit Kinderbetreuung, einem lebendigen "
    "Ortskern und einer Verwaltung, die für die Bürger da ist“, sagte Wimmersberger. Früher war er "
    "Ortsvorsitzender der Jungen Union in Essenbach.\n\n"
    "Die CSU-Ortsvorsitzende Anneliese Hubmer dankte den Mitgliedern für die große Geschlossenheit. Am selben "
    "Abend wurde auch die Liste für den Marktgemeinderat mit 24 Bewerberinnen und Bewerbern beschlossen.\n\n"
    "Seite 1",
]
register("h13_48.pdf", "\n\n".join(_P48))


@builder("h13_48.pdf")
def d48(path):
    make_scanned_pdf(path, _P48)


# =============================================================================================
# h13_49.pdf (text)  Piratenpartei, Europawahl list places 2-6 (federal)  [multi]
# =============================================================================================
EU_LIST = [("2", "Leander Hoffstätter", "Bayern"), ("3", "Miriam Overkamp", "Nordrhein-Westfalen"),
           ("4", "Kolja Brandes-Lutz", "Berlin"), ("5", "Franziska Zehmisch", "Sachsen"),
           ("6", "Tobias Ruckaberle", "Baden-Württemberg")]
_P49 = [
    "Piratenpartei Deutschland · Pressemitteilung · 13. August 2023\n\n"
    "Piraten wählen Liste für die Europawahl 2024\n\n"
    "Die Europaversammlung der Piratenpartei hat am Wochenende in Erfurt ihre gemeinsame Liste für alle "
    "Bundesländer zur Wahl des Europäischen Parlaments am 9. Juni 2024 gewählt. Hinter unserer Spitzenkandidatin "
    "auf Platz 1 folgen:\n\n"
    + "\n".join(f"Platz {p}: {n} ({l})" for p, n, l in EU_LIST)
    + "\n\n"
    "„Mit dieser Liste zeigen wir, dass Bürgerrechte und Digitalisierung in ganz Deutschland Piratenthemen "
    "sind“, sagte der Bundesvorsitzende. Die Plätze 7 bis 20 werden auf der Website veröffentlicht.\n\n"
    "Pressekontakt: Bundespressestelle der Piratenpartei Deutschland",
]
register("h13_49.pdf", "\n\n".join(_P49))


@builder("h13_49.pdf")
def d49(path):
    make_pdf(path, _P49, title="PM Europaliste", author="Bundespressestelle", creation_date="2023-08-14T09:00:00")


# =============================================================================================
# h13_50.txt  SPD Kreis Pinneberg, Landtag direct candidate (third person)
# =============================================================================================
register("h13_50.txt", """Pressemitteilung der SPD Kreis Pinneberg

Elmshorn, 30. November 2026

SPD nominiert Merle Dührkop für den Landtagswahlkreis Pinneberg-Elbmarschen

Die Wahlkreiskonferenz der SPD hat am Freitagabend in Uetersen Merle Dührkop zur Direktkandidatin für
die Landtagswahl im Mai 2027 gewählt. Die 44-Jährige setzte sich mit 38 zu 21 Stimmen gegen Thies
Gravert durch.

Dührkop ist Stadtvertreterin in Uetersen und arbeitet als Schulleiterin einer Grundschule in Tornesch.
„Ich will, dass Kinder in den Elbmarschen dieselben Chancen haben wie in Kiel oder Hamburg“, sagte sie
nach ihrer Wahl. Gravert gratulierte und sagte seine Unterstützung im Wahlkampf zu.

Über die Landesliste entscheidet ein Landesparteitag im Februar 2027.

Kontakt: SPD Kreisverband Pinneberg, Elmshorn
""")


# ============================================================================================= main
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    names = sorted(set(BUILD) | set(SOURCES))
    for name in names:
        path = OUT / name
        if name in BUILD:
            BUILD[name](path)
        else:  # plain text / markdown
            path.write_text(SOURCES[name], encoding="utf-8")
    print(f"wrote {len(names)} documents to {OUT}")


if __name__ == "__main__":
    main()
