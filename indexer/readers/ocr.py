"""OCR of scanned PDF pages with Tesseract's German model, where it is installed.

Pages are rendered with pypdfium2 to grayscale images at 300 dpi (fewer for huge pages) and
read by the ``tesseract`` program (Apache-2.0) with ``-l deu``, one page at a time, each with a
time limit; the number of pages one PDF may send to OCR is bounded too (:class:`Limits`).
Tesseract runs single-threaded: the indexer already keeps every core busy with its workers.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from indexer.errors import ReaderError
from indexer.readers.base import Limits

LANGUAGE = "deu"
HOW_TO_ENABLE = (
    "to OCR it, install Tesseract with its German model "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-deu)"
)
DPI = 300
#: Pixels of one rendered page at most (A4 at 300 dpi is 8.7 million).
MAX_PIXELS = 40_000_000


class OcrUnavailable(ReaderError):
    """Tesseract, its German model or the page renderer is missing."""


def tesseract() -> str:
    """The ``tesseract`` program, if it is installed with the German model."""
    program = shutil.which("tesseract")
    if program is None or not _has_language(program, LANGUAGE):
        raise OcrUnavailable(HOW_TO_ENABLE)
    return program


def available() -> bool:
    try:
        tesseract()
    except OcrUnavailable:
        return False
    return True


@functools.lru_cache(maxsize=8)
def _has_language(program: str, language: str) -> bool:
    try:
        done = subprocess.run([program, "--list-langs"], capture_output=True, timeout=60,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    listed = done.stdout.decode("utf-8", "replace").split()
    return done.returncode == 0 and language in listed


def ocr_pages(path: Path, pages: list[int], limits: Limits) -> dict[int, str]:
    """Text of the given (0-based) pages, read by OCR."""
    program = tesseract()
    if len(pages) > limits.max_ocr_pages:
        raise ReaderError(
            f"PDF has {len(pages)} scanned pages without a text layer, more than the OCR limit "
            f"of {limits.max_ocr_pages} (set PARTEISUCHE_OCR_MAX_PAGES to change it)"
        )
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:
        raise OcrUnavailable(f"the PDF renderer pypdfium2 does not import ({exc})") from exc
    texts: dict[int, str] = {}
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ReaderError(f"scanned PDF could not be opened for OCR: {exc}") from exc
    try:
        with tempfile.TemporaryDirectory(prefix="parteisuche-ocr-") as folder:
            for index in pages:
                image = Path(folder) / f"page-{index + 1}.pgm"
                _render(document[index], image)
                texts[index] = _recognise(program, image, index, limits.ocr_page_seconds)
                image.unlink()
    except pdfium.PdfiumError as exc:
        raise ReaderError(f"scanned PDF page could not be rendered for OCR: {exc}") from exc
    finally:
        document.close()
    return texts


def _render(page: Any, target: Path) -> None:
    """Write the page as a binary PGM (grayscale): Tesseract reads it, no imaging library."""
    width, height = page.get_size()
    scale = DPI / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / max(width * height, 1.0)) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        pixels = bitmap.to_numpy()
        if pixels.ndim == 3:
            pixels = pixels[:, :, 0]
        rows, columns = pixels.shape
        target.write_bytes(b"P5 %d %d 255\n" % (columns, rows) + pixels.tobytes())
    finally:
        bitmap.close()
        page.close()


def _recognise(program: str, image: Path, index: int, seconds: int) -> str:
    try:
        done = subprocess.run(
            [program, str(image), "stdout", "-l", LANGUAGE],
            capture_output=True,
            timeout=seconds,
            check=False,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise ReaderError(
            f"OCR of page {index + 1} took longer than {seconds} s "
            "(set PARTEISUCHE_OCR_PAGE_SECONDS to change it)"
        ) from exc
    except OSError as exc:
        raise OcrUnavailable(f"tesseract could not run: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReaderError(f"OCR of page {index + 1} failed: {lines[-1] if lines else 'error'}")
    return done.stdout.decode("utf-8", "replace").replace("\f", "").strip()
