"""Word (.docx), OpenDocument (.odt), RTF and legacy Word (.doc) on files made here.

Every person and place in these files is invented.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers import Limits, pick_reader
from tests.support.docgen import make_doc
from tests.support.officegen import make_docx, make_odt, odt_p, w_p


def read_one(path: Path, limits: Limits | None = None) -> RawDocument:
    (doc,) = list(pick_reader(path)(path, limits or Limits()))
    assert isinstance(doc, RawDocument)
    return doc


# -- .docx -----------------------------------------------------------------------------------
_TRACKED = (
    "<w:p><w:r><w:t xml:space=\"preserve\">Ich trete für den Kreisvorsitz an, </w:t></w:r>"
    '<w:ins w:id="1" w:author="Erika Beispielfrau" w:date="2024-03-01T10:00:00Z">'
    "<w:r><w:t>weil Musterstadt bezahlbare Wohnungen braucht.</w:t></w:r></w:ins>"
    '<w:del w:id="2" w:author="Erika Beispielfrau" w:date="2024-03-01T10:00:00Z">'
    "<w:r><w:delText>Verworfener Entwurfssatz.</w:delText></w:r></w:del>"
    '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> Grüße!</w:t></w:r>'
    '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
)
_TABLE = (
    "<w:tbl><w:tblPr/><w:tblGrid/>"
    "<w:tr><w:tc><w:p><w:r><w:t>Wohnort</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Musterstadt-Süd</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>Beruf</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Gärtnerin</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
)
_TEXT_BOX = (
    "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
    "<w:txbxContent><w:p><w:r><w:t>Kasten mit Kernforderung</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
    "<w:p><w:r><w:t>Kasten mit Kernforderung</w:t></w:r></w:p></w:txbxContent></v:textbox>"
    "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
)
_COMMENT = (
    '<w:comment w:id="0" w:author="Max Mustermann"><w:p><w:r>'
    "<w:t>Bitte kürzen, Kommentartext</w:t></w:r></w:p></w:comment>"
)
_FOOTNOTE = (
    '<w:footnote w:id="1"><w:p><w:r><w:t>Beschluss vom Frühjahr</w:t></w:r></w:p></w:footnote>'
)


def _candidacy_docx(path: Path) -> Path:
    return make_docx(
        path,
        w_p("Bewerbung um den Kreisvorsitz", style="Title") + _TRACKED + _TABLE + _TEXT_BOX,
        header=w_p("Kreisverband Musterstadt"),
        footer=w_p("Seite 1 von 1 – vertraulich"),
        footnotes=_FOOTNOTE,
        comments=_COMMENT,
        core={"title": "Vorlage Bewerbung", "creator": "Geschäftsstelle",
              "created": "2019-03-04T10:00:00Z"},
    )


def test_docx_text_with_insertions_tables_headers_footers_and_notes(tmp_path: Path) -> None:
    doc = read_one(_candidacy_docx(tmp_path / "bewerbung.docx"))
    text = doc.text
    sentence = "Ich trete für den Kreisvorsitz an, weil Musterstadt bezahlbare Wohnungen braucht."
    assert sentence in text
    assert "Wohnort\tMusterstadt-Süd" in text and "Beruf\tGärtnerin" in text
    assert "Kreisverband Musterstadt" in text and "vertraulich" in text
    assert "Beschluss vom Frühjahr" in text
    assert text.count("Kasten mit Kernforderung") == 1  # the fallback copy is not read twice
    assert text.index("Bewerbung um den Kreisvorsitz") < text.index("Kreisverband Musterstadt")


def test_docx_leaves_out_deleted_text_and_comments(tmp_path: Path) -> None:
    text = read_one(_candidacy_docx(tmp_path / "bewerbung.docx")).text
    assert "Verworfener" not in text and "Entwurfssatz" not in text
    assert "Kommentartext" not in text and "kürzen" not in text


def test_docx_properties_are_weak_evidence_not_metadata(tmp_path: Path) -> None:
    doc = read_one(_candidacy_docx(tmp_path / "bewerbung.docx"))
    assert doc.title == "Bewerbung um den Kreisvorsitz"  # the text's title, not "Vorlage …"
    assert doc.metadata == {}
    assert doc.extra == {"format_title": "Vorlage Bewerbung", "format_author": "Geschäftsstelle",
                         "format_date": "2019-03-04"}


def test_docx_without_core_properties_invents_none(tmp_path: Path) -> None:
    doc = read_one(make_docx(tmp_path / "a.docx", w_p("Nur ein Absatz über den Haushalt.")))
    assert doc.extra == {} and doc.title == "Nur ein Absatz über den Haushalt."


def test_docx_written_by_python_docx(tmp_path: Path) -> None:
    """A file saved by a real Word library (its default template, styles, settings)."""
    import docx

    document = docx.Document()
    document.add_heading("Antrag: Radwege für Musterdorf", level=1)
    document.add_paragraph("Der Ortsverein möge beschließen, dass Radwege Vorrang haben.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Antragstellerin"
    table.rows[0].cells[1].text = "Jana Beispiel"
    document.sections[0].header.paragraphs[0].text = "Ortsverein Musterdorf"
    document.sections[0].footer.paragraphs[0].text = "Antragsheft 2025"
    document.core_properties.author = "Jana Beispiel"
    document.save(str(tmp_path / "antrag.docx"))
    doc = read_one(tmp_path / "antrag.docx")
    assert doc.title == "Antrag: Radwege für Musterdorf"
    for words in ("Radwege Vorrang", "Antragstellerin\tJana Beispiel", "Ortsverein Musterdorf",
                  "Antragsheft 2025"):
        assert words in doc.text
    assert doc.extra["format_author"] == "Jana Beispiel"


def test_docx_in_utf16(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "u16.docx", w_p("Größe, Maß und Übermut"), encoding="utf-16")
    assert read_one(path).text == "Größe, Maß und Übermut\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"PK\x03\x04 abgeschnitten", "broken Word file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "broken Word file"),
    ],
    ids=["empty", "truncated-zip", "ole-renamed"],
)
def test_bad_docx_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "kaputt.docx"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_one(path)


def test_docx_with_broken_xml_is_wrapped(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "gut.docx", w_p("Text"))
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = b"<w:document><w:body><w:p>kaputt"
            target.writestr(name, data)
    with pytest.raises(ReaderError, match="broken Word file") as caught:
        read_one(path)
    assert caught.value.__cause__ is not None


def test_docx_zip_without_document_part(tmp_path: Path) -> None:
    path = make_odt(tmp_path / "eigentlich.docx", odt_p("Ein OpenDocument mit falscher Endung"))
    with pytest.raises(ReaderError, match="no word/document.xml"):
        read_one(path)


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bombe.docx", w_p("Text"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/leer.bin", bytes(12 * 1024 * 1024))
    with pytest.raises(ReaderError, match="zip bomb"):
        read_one(path, Limits(max_bytes=1024 * 1024))


def test_docx_without_text(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="contains no text"):
        read_one(make_docx(tmp_path / "leer.docx", "<w:p/>"))


# -- .odt ------------------------------------------------------------------------------------
_ODT_BODY = (
    "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion>"
    "<office:change-info><dc:creator>Max Mustermann</dc:creator></office:change-info>"
    "<text:p>Gestrichener Absatz über Parkplätze</text:p></text:deletion></text:changed-region>"
    "</text:tracked-changes>"
    '<text:h text:outline-level="1">Antrag zur Satzung des Ortsvereins</text:h>'
    "<text:p>Der Vorstand<text:s text:c=\"2\"/>möge<text:tab/>beschließen:"
    '<text:change text:change-id="ct1"/>'
    "<office:annotation><dc:creator>Max</dc:creator><text:p>Kommentar: zu lang</text:p>"
    "</office:annotation> Beiträge sinken.</text:p>"
    "<text:list><text:list-item><text:p>Erstens: Transparenz</text:p></text:list-item>"
    "</text:list>"
    "<table:table><table:table-column/><table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>Jahr</text:p></table:table-cell>"
    "<table:table-cell><text:p>Beitrag</text:p></table:table-cell></table:table-row>"
    "</table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>2025</text:p></table:table-cell>"
    "<table:table-cell><text:p>12 €</text:p></table:table-cell></table:table-row></table:table>"
)


def _motion_odt(path: Path) -> Path:
    return make_odt(
        path, _ODT_BODY,
        header=odt_p("Ortsverein Musterdorf"),
        footer=odt_p("Antragsheft – Seite 2"),
        meta={"title": "Unbenannt 1", "initial-creator": "Büro Vorlage",
              "creation-date": "2018-05-06T07:08:09"},
    )


def test_odt_text_tables_headers_and_footers(tmp_path: Path) -> None:
    doc = read_one(_motion_odt(tmp_path / "antrag.odt"))
    assert "Der Vorstand  möge\tbeschließen: Beiträge sinken." in doc.text
    assert "Erstens: Transparenz" in doc.text
    assert "Jahr\tBeitrag" in doc.text and "2025\t12 €" in doc.text
    assert "Ortsverein Musterdorf" in doc.text and "Antragsheft – Seite 2" in doc.text
    assert doc.title == "Antrag zur Satzung des Ortsvereins"


def test_odt_leaves_out_tracked_deletions_and_comments(tmp_path: Path) -> None:
    text = read_one(_motion_odt(tmp_path / "antrag.odt")).text
    assert "Parkplätze" not in text and "Kommentar" not in text


def test_odt_properties_are_weak_evidence(tmp_path: Path) -> None:
    doc = read_one(_motion_odt(tmp_path / "antrag.odt"))
    assert doc.metadata == {}
    assert doc.extra == {"format_title": "Unbenannt 1", "format_author": "Büro Vorlage",
                         "format_date": "2018-05-06"}


def test_odt_written_by_odfpy(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Pressemitteilung Musterkreis"))
    document.text.addElement(P(text="Der Kreisvorstand begrüßt den Beschluss."))
    document.save(str(tmp_path / "presse.odt"))
    doc = read_one(tmp_path / "presse.odt")
    assert doc.title == "Pressemitteilung Musterkreis"
    assert "Der Kreisvorstand begrüßt den Beschluss." in doc.text


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b"kein zip, nur Text \xe4\xf6\xfc", "broken OpenDocument file")],
    ids=["empty", "not-zip"],
)
def test_bad_odt_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "kaputt.odt"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_one(path)


def test_odt_with_latin1_content_is_a_clear_error(tmp_path: Path) -> None:
    """ODF parts must be UTF-8; odfpy's decode error becomes a ReaderError from it."""
    path = make_odt(tmp_path / "latin.odt", odt_p("Grüße aus Köln"), content_encoding="latin-1")
    with pytest.raises(ReaderError, match="broken OpenDocument file") as caught:
        read_one(path)
    assert isinstance(caught.value.__cause__, UnicodeDecodeError)


# -- .rtf ------------------------------------------------------------------------------------
_RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
    r"{\info{\title Vorlage Rede}{\author Sekretariat M\'fcller}"
    r"{\creatim\yr2017\mo2\dy3\hr4\min5}}"
    r"{\header \pard Kreisverband Musterstadt\par}"
    r"{\footer \pard Seite 1\par}"
    r"\pard Rede zum Haushalt\par"
    r"\pard Liebe Gr\'fc\'dfe an alle B\u252?rgerinnen, "
    r"{\deleted\revauth1 gestrichener Satz }"
    r"wir investieren in Schulen.{\*\atnid EB}{\*\annotation Anmerkung zur Rede}\par"
    r"\trowd\cellx2000\cellx4000 Jahr\cell Summe\cell\row"
    "\n\\pard Schlu\xdf mit raw Windows-1252.\\par}"
)


def test_rtf_text_headers_tables_and_escapes(tmp_path: Path) -> None:
    path = tmp_path / "rede.rtf"
    path.write_bytes(_RTF.encode("cp1252"))
    doc = read_one(path)
    assert "Liebe Grüße an alle Bürgerinnen, wir investieren in Schulen." in doc.text
    assert "Kreisverband Musterstadt" in doc.text and "Seite 1" in doc.text
    assert "Jahr\tSumme" in doc.text  # cells end in tabs, as the Word reader writes them
    assert "\\cellx" not in doc.text and "2000" not in doc.text
    assert "Schluß mit raw Windows-1252." in doc.text
    assert doc.title == "Rede zum Haushalt"
    assert doc.text.index("Rede zum Haushalt") < doc.text.index("Kreisverband Musterstadt")


def test_rtf_leaves_out_deleted_text_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "rede.rtf"
    path.write_bytes(_RTF.encode("cp1252"))
    text = read_one(path).text
    assert "gestrichener" not in text and "Anmerkung" not in text


def test_rtf_properties_are_weak_evidence(tmp_path: Path) -> None:
    path = tmp_path / "rede.rtf"
    path.write_bytes(_RTF.encode("cp1252"))
    doc = read_one(path)
    assert doc.metadata == {}
    assert doc.extra == {"format_title": "Vorlage Rede", "format_author": "Sekretariat Müller",
                         "format_date": "2017-02-03"}


def test_rtf_truncated_keeps_what_was_there(tmp_path: Path) -> None:
    path = tmp_path / "halb.rtf"
    path.write_bytes(_RTF.encode("cp1252")[: _RTF.index("wir investieren")])
    assert "Liebe Grüße an alle Bürgerinnen" in read_one(path).text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"Einfach nur Text, kein RTF", "not an RTF file"),
        (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}", "contains no text"),
    ],
    ids=["empty", "plain-text", "no-text"],
)
def test_bad_rtf_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "kaputt.rtf"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_one(path)


# -- .doc ------------------------------------------------------------------------------------
def test_doc_without_antiword_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_doc(tmp_path / "alt.doc", ["Ein Absatz aus dem Jahr 2003"])
    monkeypatch.setenv("PATH", str(tmp_path / "leer"))  # a machine without antiword
    with pytest.raises(ReaderError, match=r"needs the program antiword.*apt-get install antiword"):
        read_one(path)


needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None,
                                    reason="antiword is not installed (apt-get install antiword)")


@needs_antiword
@pytest.mark.parametrize("unicode", [False, True], ids=["cp1252", "utf16"])
def test_doc_is_read_with_antiword(tmp_path: Path, unicode: bool) -> None:
    paragraphs = ["Bewerbung um den Ortsvorsitz",
                  "Ich kandidiere für Musterstadt – Grüße, Jana Beispiel."]
    path = make_doc(tmp_path / "alt.doc", paragraphs, unicode=unicode)
    doc = read_one(path)
    assert doc.title == "Bewerbung um den Ortsvorsitz"
    assert "Ich kandidiere für Musterstadt – Grüße, Jana Beispiel." in doc.text
    assert doc.extra == {} and doc.metadata == {}


@needs_antiword
def test_doc_that_antiword_rejects_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(ReaderError, match="antiword cannot read this .doc") as caught:
        read_one(path)
    assert str(path) not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b"Nur Text in einer .doc-Datei", "not a Word document")],
    ids=["empty", "text"],
)
def test_bad_doc_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "kaputt.doc"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=message):
        read_one(path)


def test_doc_that_is_really_rtf_or_docx(tmp_path: Path) -> None:
    rtf = tmp_path / "rede.doc"
    rtf.write_bytes(_RTF.encode("cp1252"))
    assert "wir investieren in Schulen" in read_one(rtf).text
    docx = _candidacy_docx(tmp_path / "bewerbung.doc")
    assert "Musterstadt-Süd" in read_one(docx).text
