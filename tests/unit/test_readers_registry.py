"""The reader registry: every format reachable, a broken library fails only its own files."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from indexer.errors import ReaderError, UnsupportedFormat
from indexer.models import RawDocument
from indexer.readers import FORMATS, READERS, Limits, pick_reader


@pytest.mark.parametrize("module", sorted(FORMATS))
def test_registry_matches_each_modules_extensions(module: str) -> None:
    declared = importlib.import_module(f"indexer.readers.{module}").EXTENSIONS
    assert FORMATS[module] == declared
    assert all(ext in READERS for ext in declared)


@pytest.mark.parametrize("name", ["a.docx", "b.ODT", "c.rtf", "d.doc", "e.PDF"])
def test_office_formats_have_readers(name: str) -> None:
    assert pick_reader(Path(name)) is READERS[Path(name).suffix.lower()]


def test_unknown_format_names_the_supported_ones() -> None:
    with pytest.raises(UnsupportedFormat, match=r"'\.pages'; supported: .*\.docx.*\.odt.*\.rtf"):
        pick_reader(Path("brief.pages"))


def test_library_that_fails_to_import_is_a_reader_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``None`` in ``sys.modules`` is how Python itself blocks an import: a missing library."""
    path = tmp_path / "brief.rtf"
    path.write_bytes(rb"{\rtf1\ansi Liebe Mitglieder\par}")
    monkeypatch.setitem(sys.modules, "striprtf", None)
    with pytest.raises(ReaderError, match=r"the rtf reader cannot load a library it needs "
                                          r"\(striprtf\).*pip install --upgrade pip") as caught:
        list(pick_reader(path)(path, Limits()))
    assert isinstance(caught.value.__cause__, ImportError)
    monkeypatch.delitem(sys.modules, "striprtf")
    (doc,) = list(pick_reader(path)(path, Limits()))  # the next file, library back: read
    assert isinstance(doc, RawDocument) and "Liebe Mitglieder" in doc.text


# -- front matter only -----------------------------------------------------------------------
def test_page_whose_text_is_all_in_front_matter_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kandidatin.md"
    path.write_text(
        "---\n"
        "title: Kandidatur Jana Beispiel\n"
        "partei: Musterpartei\n"
        "description: >\n"
        "  Ich kandidiere für den Landtag, weil Musterdorf\n"
        "  endlich einen Bus braucht.\n"
        "positionen: |\n"
        "  Bus im Stundentakt\n"
        "  Schwimmbad erhalten\n"
        "---\n",
        encoding="utf-8",
    )
    (doc,) = list(pick_reader(path)(path, Limits()))
    assert isinstance(doc, RawDocument)
    assert "weil Musterdorf endlich einen Bus braucht." in doc.text
    assert "Musterpartei" not in doc.text  # metadata stays metadata
    assert doc.title == "Kandidatur Jana Beispiel" and doc.metadata["party"] == "Musterpartei"


def test_front_matter_block_scalar_without_text_key(tmp_path: Path) -> None:
    path = tmp_path / "seite.md"
    path.write_text("---\ntitle: Positionen\npositionen: |\n  Bus im Stundentakt\n"
                    "  Schwimmbad erhalten\n---\n", encoding="utf-8")
    (doc,) = list(pick_reader(path)(path, Limits()))
    assert isinstance(doc, RawDocument) and "Schwimmbad erhalten" in doc.text


def test_front_matter_with_only_metadata_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "leer.md"
    path.write_text("---\ntitle: Leer\nautor: Max Mustermann\ndatum: 2024-05-01\n---\n",
                    encoding="utf-8")
    with pytest.raises(ReaderError, match="front matter but no text"):
        list(pick_reader(path)(path, Limits()))
