"""A folder of broken, huge and hostile files: each gets a clear reason, the batch goes on.

Every fixture is made here at run time; the test indexes the whole folder in one call and then
checks the summary line by line, and that the good documents are searchable.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.ingest.pipeline import file_id
from tests.support.pdfgen import make_pdf
from webapp.cli import cli

GOOD_TEXT = "Bewerbung um den Kreisvorsitz. Ich stehe für bezahlbare Mieten in Musterstadt.\n"


def _pdf_with_stream(path: Path, stream: bytes, pages: int = 1) -> None:
    """A minimal PDF whose page content stream is ``stream`` (already Flate-compressed)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(f"{3 + i} 0 R".encode() for i in range(pages))
        + b"] /Count " + str(pages).encode() + b" >>",
    ]
    content_ref = 3 + pages
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
            + f"{content_ref} 0 R".encode() + b" >>"
        )
    objects.append(
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + stream + b"\nendstream"
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    path.write_bytes(bytes(out))


def _decompression_bomb(path: Path) -> None:
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(compressor.compress(chunk) for _ in range(300)) + compressor.flush()
    _pdf_with_stream(path, body)  # ~300 KB on disk, 300 MB inflated


def _many_pages(path: Path) -> None:
    _pdf_with_stream(path, zlib.compress(b"BT ET"), pages=5000)


FIXTURES: dict[str, tuple[Callable[[Path], None], str]] = {
    "leer.txt": (lambda p: p.write_bytes(b""), "empty file"),
    "bild-als-text.txt": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40),
                          "binary data"),
    "riesig.txt": (lambda p: _sparse(p, 200 * 1024 * 1024), "larger than the limit of 50 MB"),
    "kaputt.pdf": (lambda p: p.write_bytes(_good_pdf_bytes(p)[:200]), "PDF"),
    "verschluesselt.pdf": (lambda p: _encrypted_pdf(p), "encrypted"),
    "bombe.pdf": (_decompression_bomb, "PDF"),
    "tausend-seiten.pdf": (_many_pages, "more than the limit of 2000"),
    "falsches-yaml.md": (lambda p: p.write_text("---\ntitle: [kaputt\n---\nText\n"),
                         "malformed YAML front matter"),
    "unbekannt.pages": (lambda p: p.write_bytes(b"PK\x03\x04"), "unsupported file type '.pages'"),
    "kaputt.docx": (lambda p: p.write_bytes(b"PK\x03\x04"), "broken Word file"),
}


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)


def _good_pdf_bytes(path: Path) -> bytes:
    tmp = path.with_suffix(".tmp")
    make_pdf(tmp, ["Ein Beschluss des Landesparteitags zur Mietpreisbremse."])
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = path.with_suffix(".plain")
    make_pdf(plain, ["Geheimer Beschluss"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    plain.unlink()


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "eingang"
    root.mkdir()
    for name, (make, _reason) in FIXTURES.items():
        make(root / name)
    (root / "gut.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "gemischt.txt").write_bytes(
        "Grüße aus Köln: Mietpreisbremse\n".encode() + "Schöne Straße\n".encode("cp1252")
    )
    (root / "skript.html").write_text(
        "<html><head><title>Antrag</title><script>alert('xss-im-kopf')</script></head><body>"
        "<p onclick=\"alert('xss-handler')\">Antrag zur Mietpreisbremse in Musterstadt, "
        "eingebracht vom Ortsverein. Wir fordern mehr sozialen Wohnungsbau und eine "
        "Begrenzung der Mieten für alle Bürgerinnen und Bürger unserer Stadt.</p>"
        "<iframe src=\"https://example.invalid/\">iframe-inhalt</iframe>"
        "<img src=x onerror=\"alert('xss-img')\"><script>document.write('xss-body')</script>"
        "</body></html>",
        encoding="utf-8",
    )
    (root / "tief.html").write_text("<div>" * 50_000 + "Tiefer Antrag" + "</div>" * 50_000)
    (root / "bulk.jsonl").write_text(
        '{"id": "j1", "text": "Erste gute Zeile zur Mietpreisbremse"}\n'
        "{kaputt\n"
        '{"id": "j3", "text": "Dritte gute Zeile"}\n'
        '"nur ein String"\n',
        encoding="utf-8",
    )
    (root / "Datei mit Leerzeichen & Ümlaut (1).txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "-beginnt-mit-strich.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / ("lang" * 60 + ".txt")).write_text(GOOD_TEXT, encoding="utf-8")
    os.symlink("/etc/hostname", root / "ausbruch.txt")
    os.symlink(root / "fehlt.txt", root / "kaputter-link.txt")
    outside = tmp_path / "draussen"
    outside.mkdir()
    (outside / "geheim.txt").write_text("Geheimes Dokument außerhalb des Ordners")
    os.symlink(outside, root / "ordner-link")
    return root


def test_hostile_folder(hostile: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    result = CliRunner().invoke(
        cli, ["index", "--index", str(index), "--json", "--procs", "1", str(hostile)],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    reasons: dict[tuple[str, int | None], str] = {
        (Path(f["path"]).name, f["line"]): f["reason"] for f in summary["failures"]
    }
    for name, (_make, reason) in FIXTURES.items():
        assert reason in reasons.pop((name, None)), name
    assert "outside the indexed folder" in reasons.pop(("ausbruch.txt", None))
    assert "broken symbolic link" in reasons.pop(("kaputter-link.txt", None))
    assert "outside the indexed folder" in reasons.pop(("ordner-link", None))
    assert reasons.pop(("bulk.jsonl", 2)).startswith("invalid JSON")
    assert reasons.pop(("bulk.jsonl", 4)) == "line is not a JSON object"
    assert reasons == {}, "unexpected failures"
    # gut, gemischt, skript, tief, 2 JSONL lines, 3 odd names
    assert summary["added"] == 9

    def search(query: str) -> dict[str, object]:
        out = CliRunner().invoke(cli, ["search", "--index", str(index), "--json", "--limit",
                                       "50", query], catch_exceptions=False)
        data: dict[str, object] = json.loads(out.stdout)
        return data

    found = search("Mietpreisbremse")
    ids = {h["id"] for h in found["hits"]}  # type: ignore[union-attr]
    assert {file_id(hostile / "gemischt.txt"), file_id(hostile / "skript.html"), "j1"} <= ids
    for needle in ("xss", "alert", "iframe", "Geheimes"):
        assert search(needle)["total"] == 0, needle
    assert search('"Tiefer Antrag"')["total"] == 1
    assert search("Leerzeichen")["total"] == 0  # file names are not text
    odd = search("Kreisvorsitz")
    odd_ids = {h["id"] for h in odd["hits"]}  # type: ignore[union-attr]
    assert file_id(hostile / "Datei mit Leerzeichen & Ümlaut (1).txt") in odd_ids
    assert file_id(hostile / "-beginnt-mit-strich.txt") in odd_ids


def test_pdf_bomb_is_bounded_in_time_and_memory(tmp_path: Path) -> None:
    """The decompression bomb is refused inside a process limited to 1 GB and 60 s."""
    import subprocess
    import sys

    bomb = tmp_path / "bombe.pdf"
    _decompression_bomb(bomb)
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from pathlib import Path\n"
        "from indexer.readers import Limits, pick_reader\n"
        "from indexer.errors import ReaderError\n"
        "p = Path(sys.argv[1])\n"
        "try:\n"
        "    list(pick_reader(p)(p, Limits()))\n"
        "except ReaderError as exc:\n"
        "    print('refused:', exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(bomb)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("refused:")


def test_non_utf8_file_name_is_a_clear_error(tmp_path: Path) -> None:
    root = tmp_path / "namen"
    root.mkdir()
    with open(os.fsencode(root) + b"/caf\xe9-latin1.txt", "wb") as handle:
        handle.write(GOOD_TEXT.encode())
    (root / "gut.txt").write_text(GOOD_TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["index", "--index", str(tmp_path / "ix"), "--json",
                                      str(root)], catch_exceptions=False)
    summary = json.loads(result.stdout)
    assert result.exit_code == 1 and summary["added"] == 1
    (failure,) = summary["failures"]
    assert failure["path"].endswith("caf\\xe9-latin1.txt")
    assert failure["reason"] == "file name is not valid UTF-8; rename the file to index it"
