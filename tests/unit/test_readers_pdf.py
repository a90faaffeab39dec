"""PDF page boundaries and OCR of scanned pages, on PDFs made here (fictional text).

The OCR tests run where Tesseract with its German model is installed (``.ci/run`` installs it
as root) and are skipped elsewhere; the "not installed" paths run everywhere, with ``PATH``
pointing at an empty folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ReaderError
from indexer.models import RawDocument
from indexer.readers import Limits, ocr, pick_reader
from tests.support.pdfgen import make_pdf
from tests.support.scangen import make_scanned_pdf

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="Tesseract with German (tesseract-ocr-deu) is not installed"
)

PROTOKOLL = (
    "Protokoll der Mitgliederversammlung des Ortsvereins Musterstadt. "
    "Die Versammlung wählt Erika Beispielfrau zur Vorsitzenden. "
    "Beschlossen wird außerdem ein Straßenfest für die Bürgerinnen und Bürger."
)
TEXT_PAGE = "Antrag zur Haushaltsdebatte: mehr Geld für Schulen in Musterstadt."


def read_one(path: Path, limits: Limits | None = None) -> RawDocument:
    (doc,) = list(pick_reader(path)(path, limits or Limits()))
    assert isinstance(doc, RawDocument)
    return doc


def _mixed_pdf(tmp_path: Path) -> Path:
    """Page 1 typeset text, page 2 a scan: a signed protocol appended to a motion."""
    from pypdf import PdfReader, PdfWriter

    text = make_pdf(tmp_path / "text.pdf", [TEXT_PAGE])
    scan = make_scanned_pdf(tmp_path / "scan-only.pdf", [PROTOKOLL])
    writer = PdfWriter()
    for source in (text, scan):
        for page in PdfReader(source).pages:
            writer.add_page(page)
    target = tmp_path / "gemischt.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    return target


# -- page boundaries -------------------------------------------------------------------------
def test_page_starts_point_at_each_page(tmp_path: Path) -> None:
    pages = ["Erste Seite: Einleitung.", "Zweite Seite: Wahl\u00adkreis und Ziele.",
             "Dritte Seite: Schluss."]
    doc = read_one(make_pdf(tmp_path / "drei.pdf", pages))
    starts = doc.extra["page_starts"]
    assert len(starts) == 3 and starts[0] == 0
    for start, expected in zip(starts, ["Erste Seite", "Zweite Seite", "Dritte Seite"],
                               strict=True):
        assert doc.text[start:].startswith(expected)
    assert doc.text.index("Schluss") > starts[2]


def test_page_starts_hold_after_hyphenation_is_joined(tmp_path: Path) -> None:
    """Joining "Landes-/parteitag" shortens a page; the following pages' offsets follow."""
    long_word = "Landes\u00adparteitag "
    first = "Start " + "x" * 80 + " " + long_word * 40
    doc = read_one(make_pdf(tmp_path / "trenn.pdf", [first, "Folgeseite mit Text"]))
    assert doc.text.count("Landesparteitag") == 40 and "Landes-\n" not in doc.text
    assert doc.text[doc.extra["page_starts"][-1]:].startswith("Folgeseite")


# -- OCR -------------------------------------------------------------------------------------
@needs_tesseract
def test_scanned_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    doc = read_one(make_scanned_pdf(tmp_path / "scan.pdf", [PROTOKOLL]))
    words = set(doc.text.replace(".", " ").split())
    expected = {"Mitgliederversammlung", "Ortsvereins", "Musterstadt", "Beispielfrau",
                "Vorsitzenden", "Straßenfest", "Bürgerinnen", "wählt"}
    assert len(expected & words) >= 7, doc.text  # OCR may miss a letter, not the page
    assert doc.extra["text_origin"] == "ocr" and doc.extra["ocr_pages"] == [1]
    assert doc.extra["page_starts"] == [0]


@needs_tesseract
def test_only_pages_without_text_layer_are_ocrd(tmp_path: Path) -> None:
    doc = read_one(_mixed_pdf(tmp_path))
    assert doc.extra["ocr_pages"] == [2] and doc.extra["text_origin"] == "ocr"
    first, second = doc.extra["page_starts"]
    assert doc.text[first:second].strip() == TEXT_PAGE
    assert "Mitgliederversammlung" in doc.text[second:]


@needs_tesseract
def test_ocr_page_limit(tmp_path: Path) -> None:
    path = make_scanned_pdf(tmp_path / "lang.pdf", ["Seite eins", "Seite zwei"])
    with pytest.raises(ReaderError, match="more than the OCR limit of 1"):
        read_one(path, Limits(max_ocr_pages=1))


@needs_tesseract
def test_blank_scan_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="OCR found no text"):
        read_one(make_scanned_pdf(tmp_path / "weiss.pdf", [""]))


def test_scan_without_tesseract_says_how_to_enable_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_scanned_pdf(tmp_path / "scan.pdf", [PROTOKOLL])
    monkeypatch.setenv("PATH", str(tmp_path / "leer"))
    with pytest.raises(ReaderError, match=r"no text layer.*apt-get install tesseract-ocr "
                                          r"tesseract-ocr-deu") as caught:
        read_one(path)
    assert isinstance(caught.value.__cause__, ocr.OcrUnavailable)


def test_mixed_pdf_without_tesseract_keeps_the_text_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _mixed_pdf(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "leer"))
    doc = read_one(path)
    assert TEXT_PAGE in doc.text and "Mitgliederversammlung" not in doc.text
    assert doc.extra["unread_pages"] == [2] and "text_origin" not in doc.extra


def test_empty_pages_are_not_sent_to_ocr(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="no text layer and no scanned images"):
        read_one(make_pdf(tmp_path / "leer.pdf", [""]))
