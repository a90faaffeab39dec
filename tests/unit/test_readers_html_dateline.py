"""HTML datelines: the short date line above an article is the document's own date.

Main-content extractors drop it as page chrome; the reader puts it back in front of the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.readers import html
from indexer.readers.base import Limits

BODY = " ".join(["Der Ortsverein hat gestern Abend seine Liste für die Wahl beschlossen."] * 6)


@pytest.mark.parametrize("css", ["byline", "post-byline", "entry-date"])
def test_a_date_line_above_the_article_is_kept(tmp_path: Path, css: str) -> None:
    page = tmp_path / "seite.html"
    page.write_text(
        f"<html><body><h1>Liste steht</h1><div class='{css}'>Veröffentlicht: 14. Mai 2025"
        f"</div><p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    raw = next(iter(html.read(page, Limits())))
    assert "Veröffentlicht: 14. Mai 2025" in raw.text
