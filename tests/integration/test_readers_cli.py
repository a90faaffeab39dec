"""The new formats through the CLI: a folder as a party office has it, indexed and searched.

Fictional people and places only.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from indexer.readers import ocr
from tests.support.docgen import make_doc
from tests.support.officegen import make_docx, make_odt, odt_p, w_p
from tests.support.scangen import make_scanned_pdf
from webapp.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _office_folder(root: Path) -> Path:
    root.mkdir()
    make_docx(root / "bewerbung.docx",
              w_p("Bewerbung um den Kreisvorsitz", style="Title")
              + w_p("Ich setze mich für Tageslichtbibliotheken in Musterstadt ein."),
              header=w_p("Kreisverband Musterstadt"),
              core={"title": "Vorlage", "creator": "Geschäftsstelle Beispielhausen",
                    "created": "2011-01-01T00:00:00Z"})
    make_odt(root / "antrag.odt", odt_p("Antrag: Obstwiesenpatenschaften für alle Ortsteile."))
    (root / "rede.rtf").write_bytes(
        rb"{\rtf1\ansi\ansicpg1252 Rede zur Gr\'fcnfl\'e4chenoffensive im Stadtrat.\par}"
    )
    if ocr.available():
        make_scanned_pdf(root / "protokoll.pdf",
                         ["Protokoll: Die Versammlung beschließt das Kirschblütenfest."])
    if shutil.which("antiword"):
        make_doc(root / "rede-2003.doc", ["Rede zur Streuobstwiesenförderung im Kreistag"])
    return root


def _run(*args: str) -> tuple[int, Any]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else None


def _search(index: Path, query: str) -> list[str]:
    code, found = _run("search", "--index", str(index), "--json", query)
    assert code == 0
    # Ids are a file's name plus a hash of its path: compare by the name.
    return [re.sub(r"-[0-9a-f]{10}(?=\.\w+$)", "", hit["id"]) for hit in found["hits"]]


def test_office_formats_are_indexed_and_found(tmp_path: Path) -> None:
    folder = _office_folder(tmp_path / "buero")
    index = tmp_path / "ix"
    code, summary = _run("index", "--index", str(index), "--json", "--procs", "1",
                         "--nice", "0", str(folder))
    assert code == 0, summary
    assert _search(index, "Tageslichtbibliotheken") == ["bewerbung.docx"]
    assert _search(index, "Obstwiesenpatenschaften") == ["antrag.odt"]
    assert _search(index, "Grünflächenoffensive") == ["rede.rtf"]
    assert _search(index, "Kreisverband") == ["bewerbung.docx"]  # from the header
    if ocr.available():
        assert _search(index, "Kirschblütenfest") == ["protokoll.pdf"]
    if shutil.which("antiword"):
        assert _search(index, "Streuobstwiesenförderung") == ["rede-2003.doc"]


def test_office_properties_do_not_become_given_metadata(tmp_path: Path) -> None:
    """The template's author and date must not stand as the document's own (origin document)."""
    folder = _office_folder(tmp_path / "buero")
    result = CliRunner().invoke(cli, ["extract", "--json", str(folder / "bewerbung.docx")],
                                catch_exceptions=False)
    row = json.loads(result.stdout)
    assert row["title"] == "Bewerbung um den Kreisvorsitz"
    assert row["person"] != "Geschäftsstelle Beispielhausen" and row["date"] != "2011-01-01"
    assert all(p["origin"] != "document" for p in row["provenance"].values())


def test_html_library_missing_fails_the_html_file_only(tmp_path: Path) -> None:
    """An old pip skips jusText's ``lxml[html_clean]``: the HTML file fails, the rest goes in.

    The subprocess blocks ``lxml_html_clean`` the way Python blocks any import (``None`` in
    ``sys.modules``), so ``lxml.html.clean`` raises its own "now a separate project" error.
    """
    folder = tmp_path / "seiten"
    folder.mkdir()
    (folder / "seite.html").write_text(
        "<html><body><p>Pressemitteilung zur Ortsumgehung Musterdorf</p></body></html>",
        encoding="utf-8",
    )
    (folder / "notiz.txt").write_text("Notiz zur Ortsumgehung Musterdorf\n", encoding="utf-8")
    code = (
        "import sys\n"
        "sys.modules['lxml_html_clean'] = None\n"
        "from webapp.cli import main\n"
        "sys.argv = ['parteisuche', 'index', '--json', '--procs', '1', '--nice', '0',\n"
        "            '--index', sys.argv[1], sys.argv[2]]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ix"), str(folder)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    summary = json.loads(done.stdout)
    assert summary["added"] == 1
    (failure,) = summary["failures"]
    assert failure["path"].endswith("seite.html")
    assert "the html reader cannot load a library it needs" in failure["reason"]
    assert "lxml_html_clean" in failure["reason"]


@pytest.mark.parametrize("name", ["a.docx", "a.odt", "a.rtf", "a.doc"])
def test_empty_office_files_fail_alone(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / name).write_bytes(b"")
    (folder / "gut.txt").write_text("Ein guter Text über Musterstadt.\n", encoding="utf-8")
    code, summary = _run("index", "--index", str(tmp_path / "ix"), "--json", "--procs", "1",
                         "--nice", "0", str(folder))
    assert code == 1 and summary["added"] == 1
    assert [f["reason"] for f in summary["failures"]] == ["empty file"]
