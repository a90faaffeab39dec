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


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<title>Mein Weg in den Rat | Grüne Ortsverband Kleinmachnow</title>",
         "Grüne Ortsverband Kleinmachnow"),
        ("<meta property='og:site_name' content='SPD Unterbezirk Peine'><title>Kandidatur</title>",
         "SPD Unterbezirk Peine"),
        ("<title>Kandidatur ohne Seitennamen</title>", None),
    ],
)  # fmt: skip
def test_the_site_name_is_the_byline_where_no_author_is_named(
    tmp_path: Path, head: str, expected: str | None
) -> None:
    page = tmp_path / "seite.html"
    page.write_text(
        f"<html><head>{head}</head><body><h1>Kandidatur</h1><p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    raw = next(iter(html.read(page, Limits())))
    assert raw.extra.get("byline") == expected


def test_an_author_meta_wins_over_the_site_name(tmp_path: Path) -> None:
    page = tmp_path / "seite.html"
    page.write_text(
        "<html><head><meta name='author' content='Britta Quandel'><title>Rede | CDU Borken"
        f"</title></head><body><p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    assert next(iter(html.read(page, Limits()))).extra.get("byline") == "Britta Quandel"
