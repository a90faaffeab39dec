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


def test_a_layout_table_keeps_its_paragraphs_as_lines() -> None:
    # an e-mail newsletter laid out in a table: read as one table row, every line break and
    # with it the dateline and the headings were lost
    markup = (
        "<html><body><table width='600'><tr><td>"
        "<h1>Rundbrief Musterstadt</h1>"
        "<p><b>Newsletter des Ortsvereins · Ausgabe 4/2026 · 1. Oktober 2026</b></p>"
        "<h2>Liebe Mitglieder,</h2>"
        "<p>der Herbst war voll: Haushaltsberatungen, ein Parteitag und viele Gespräche an "
        "unseren Ständen in der Innenstadt, bei denen wir viel gelernt haben.</p>"
        "<table><tr><td>Ort</td><td>Zeit</td></tr><tr><td>Rathaus</td><td>19 Uhr</td></tr></table>"
        "<p>Herzliche Grüße, Ihre Redaktion</p>"
        "</td></tr></table></body></html>"
    )
    text = html.parse_html(markup).text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert "Newsletter des Ortsvereins · Ausgabe 4/2026 · 1. Oktober 2026" in lines
    assert not any(line.startswith("|") and "Haushaltsberatungen" in line for line in lines)
    assert "Rathaus" in text


YOAST = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
    '{"@type": "WebSite", "name": "Grüne Ilmenau"},'
    '{"@type": "WebPage", "datePublished": "2023-01-05T10:00:00+01:00"},'
    '{"@type": ["Article", "BlogPosting"], "datePublished": "2024-02-11T18:20:00+01:00"}]}'
    "</script>"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (YOAST, "2024-02-11"),  # the article's node, not the page's
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2025-06-30"}</script>', "2025-06-30"),
        ('<script type="application/ld+json">{kaputt</script>', None),
        ('<script type="application/ld+json">[{"@type": "Organization"}]</script>', None),
        # a meta tag of the article still comes first
        ('<meta property="article:published_time" content="2022-03-04">' + YOAST, "2022-03-04"),
    ],
)  # fmt: skip
def test_schema_org_data_dates_the_page(tmp_path: Path, head: str, expected: str | None) -> None:
    page = tmp_path / "seite.html"
    page.write_text(
        f"<html><head>{head}</head><body><h1>Bewerbung für den Kreistag</h1><p>{BODY}</p>"
        "</body></html>",
        encoding="utf-8",
    )
    raw = next(iter(html.read(page, Limits())))
    assert raw.metadata.get("date") == expected


def test_a_footers_version_stamp_without_a_class_dates_the_page(tmp_path: Path) -> None:
    """"<footer><p>Zuletzt aktualisiert: …" dates the page even without a dateline class; the
    footer's other items (and a template's "Veröffentlicht am") stay out."""
    text = _page_text(
        tmp_path,
        "<html><body><main><h1>Sie fragen – ich antworte</h1>"
        "<p>Die Landratswahl findet am 15. März 2026 statt. Warum ich Landrat werden will: "
        f"{BODY}</p></main><footer><p>© 2025 SPD Musterkreis</p>"
        "<p>Zuletzt aktualisiert: 30.11.2025 · Verantwortlich: SPD-Unterbezirk Musterkreis · "
        "Impressum</p><p>Veröffentlicht am 01.01.2020</p></footer></body></html>",
    )
    assert "Zuletzt aktualisiert: 30.11.2025" in text
    assert "Verantwortlich" not in text and "01.01.2020" not in text and "© 2025" not in text


def test_a_facts_box_gives_its_terms_and_values_as_lines(tmp_path: Path) -> None:
    """A candidacy portal's <dl> (name, Kreisverband, date handed in) is dropped by the
    main-content extractor; the reader keeps it as "Term: value" lines. A <dl> in the page's
    furniture (an aside) stays out."""
    text = _page_text(
        tmp_path,
        "<html><body><main><div class='card'><h1>Bewerbung für den Landesvorstand</h1>"
        "<dl class='facts'><dt>Name</dt><dd>Defne Kalkmann-Weß</dd><dt>Kreisverband</dt>"
        "<dd>Musterstadt</dd><dt>Eingereicht</dt><dd>12.05.2025</dd></dl>"
        f"<p>Liebe Freundinnen und Freunde, ich bewerbe mich für den Landesvorstand. {BODY}</p>"
        "<p>Eure Defne</p></div></main><aside class='sidebar'><dl><dt>Name</dt>"
        "<dd>Jonas Anders</dd></dl></aside></body></html>",
    )
    assert "Name: Defne Kalkmann-Weß" in text and "Eingereicht: 12.05.2025" in text
    assert "Jonas Anders" not in text


def _page_text(folder: Path, markup: str) -> str:
    """The text the HTML reader makes of ``markup`` written to a page in ``folder``."""
    page = folder / "seite.html"
    page.write_text(markup, encoding="utf-8")
    return next(iter(html.read(page, Limits()))).text


def test_an_articles_own_date_counts_beside_teasers_of_related_posts(tmp_path: Path) -> None:
    """A long <article> with a short linked sibling is the page's own article, not a teaser:
    its date line is read; the sibling's is not."""
    text = _page_text(
        tmp_path,
        "<html><body><main><article><h1>Kandidatur für den Kreistag</h1>"
        "<p class='date'>Veröffentlicht am 12.02.2026</p>"
        f"<p>{BODY} {BODY}</p></article>"
        "<article><h3><a href='/alt'>Ältere Meldung</a></h3><p class='date'>03.11.2025</p>"
        "</article></main></body></html>",
    )
    assert "Veröffentlicht am 12.02.2026" in text
    assert text.index("Veröffentlicht am 12.02.2026") < text.index(BODY)
    assert "03.11.2025" not in text.split(BODY)[0]

