"""Write "scanned" PDFs: pages that are only a grayscale image of text, no text layer.

Why: OCR must be tested on what a scanner or a fax-to-PDF gateway produces. The text pages are
typeset with :func:`tests.support.pdfgen.make_pdf`, rasterised with pypdfium2 (already a
dependency, for OCR) and each image is wrapped in a new PDF page — the same structure a
scanner writes (one ``/Image`` XObject per page, drawn over the whole page), so no imaging
library is needed.

Example::

    make_scanned_pdf(tmp_path / "scan.pdf", ["Protokoll der Mitgliederversammlung …"])
"""

from __future__ import annotations

import tempfile
import zlib
from pathlib import Path

from tests.support.pdfgen import PAGE_HEIGHT, PAGE_WIDTH, make_pdf, write_pdf

__all__ = ["make_scanned_pdf", "page_images"]


def page_images(pages: list[str], dpi: int = 200) -> list[tuple[int, int, bytes]]:
    """Typeset the texts and return each page as (width, height, 8-bit gray pixels)."""
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as folder:
        typeset = make_pdf(Path(folder) / "typeset.pdf", pages)
        document = pdfium.PdfDocument(str(typeset))
        images = []
        try:
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                pixels = bitmap.to_numpy()
                if pixels.ndim == 3:
                    pixels = pixels[:, :, 0]
                images.append((int(pixels.shape[1]), int(pixels.shape[0]), pixels.tobytes()))
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images


def make_scanned_pdf(path: Path, pages: list[str], dpi: int = 200) -> Path:
    """A PDF whose pages are images of the given texts (Flate-compressed, DeviceGray)."""
    images = page_images(pages, dpi)
    page_ids = [3 + 3 * i for i in range(len(images))]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % pid for pid in page_ids), len(page_ids)),
    }
    for pid, (width, height, pixels) in zip(page_ids, images, strict=True):
        content = b"q %d 0 0 %d 0 0 cm /Scan Do Q" % (PAGE_WIDTH, PAGE_HEIGHT)
        data = zlib.compress(pixels)
        objects[pid] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /XObject << /Scan %d 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, pid + 1, pid + 2)
        )
        objects[pid + 1] = (
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (width, height, len(data))
            + data
            + b"\nendstream"
        )
        objects[pid + 2] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    return write_pdf(path, objects)
