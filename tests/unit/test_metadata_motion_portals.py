"""Motion-portal pages (Antragsgrün and the like): the submission date is the page's date.

Such a page shows a table of facts ("Eingereicht: 21.10.2025, 18:04") and, under the text,
readers' comments with dates of their own; the assembly the bid is for may come weeks later and
an election further ahead. Every person here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.metadata import extract_metadata
from indexer.readers import Limits, pick_reader
from tests.support.extraction import sure

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>LSG-2: Ansgar Holtkötter – Landesmitgliederversammlung</title></head><body>
<main><h1>LSG-2: Ansgar Holtkötter</h1>
<table>
<tr><th>Antragsteller*in:</th><td>Ansgar Holtkötter (KV Kassel-Land)</td></tr>
<tr><th>Status:</th><td>Eingereicht</td></tr>
<tr><th>Eingereicht:</th><td>21.10.2025, 18:04</td></tr>
</table>
<p>Liebe Freundinnen und Freunde,</p>
<p>ich bewerbe mich um einen Platz als Beisitzer im Landesschiedsgericht. Ich freue mich über
eure Unterstützung bei der Landesmitgliederversammlung am 15. November in Hanau. Die
Kommunalwahl am 15. März 2026 bereiten wir gemeinsam vor.</p>
<p>Herzliche Grüße<br>Ansgar Holtkötter</p>
<section class="comments"><h2>Kommentare</h2>
<div class="commentHeader"><span class="commentName">Ida Quast</span>
<span class="date">24.10.2025, 09:12</span></div><p>Viel Erfolg!</p>
</section></main></body></html>
"""


def _date(path: Path) -> str | None:
    (raw,) = list(pick_reader(path)(path, Limits()))
    found = extract_metadata(raw.text, title=raw.title)
    return str(found["date"].value) if "date" in found else None


def test_a_comments_date_is_not_the_pages(tmp_path: Path) -> None:
    path = tmp_path / "lsg-2.html"
    path.write_text(PAGE, encoding="utf-8")
    assert _date(path) == "2025-10-21"


def test_comments_under_a_plain_text_are_not_its_date(tmp_path: Path) -> None:
    text = (
        "Bewerbung: Landesschiedsgericht\n"
        "Antragsteller*in: Ansgar Holtkötter\n"
        "Eingereicht: 21.10.2025, 14:02\n\n"
        "Liebe Freund*innen,\n"
        "ich bewerbe mich für das Landesschiedsgericht. Die LMV ist am 15. November in Hanau.\n"
        "Ansgar Holtkötter\n\n"
        "3 Kommentare\n"
        "Ida Quast, 24.10.2025, 09:12\n"
        "Viel Erfolg!\n"
    )
    assert extract_metadata(text)["date"].value == "2025-10-21"


def test_a_submission_weeks_before_the_assembly_is_not_stale(tmp_path: Path) -> None:
    """The assembly of October 2024, not the Kommunalwahl of 2026, says how old a bid's date
    may be."""
    page = PAGE.replace("21.10.2025, 18:04", "04.10.2024, 23:51").replace(
        "15. November in Hanau", "26. Oktober 2024 in Hanau"
    )
    path = tmp_path / "lsg-2.html"
    path.write_text(page, encoding="utf-8")
    assert _date(path) == "2024-10-04"


def test_a_page_whose_body_allows_comments_keeps_its_date(tmp_path: Path) -> None:
    """WordPress marks <body class="comments-open">: that is the page's state, not a comment."""
    page = (
        PAGE.replace("<body>", '<body class="single-post comments-open">')
        .replace("<tr><th>Eingereicht:</th><td>21.10.2025, 18:04</td></tr>", "")
        .replace("<main>", '<main><span class="post-date">21.10.2025</span>')
    )
    path = tmp_path / "post.html"
    path.write_text(page, encoding="utf-8")
    assert _date(path) == "2025-10-21"


BODY_BID = (
    "Liebe Freundinnen und Freunde,\n\n"
    "seit 2021 bin ich Sprecherin des Kreisverbands Vorpommern-Rügen. {bid} Mecklenburg-"
    "Vorpommern braucht eine starke Stimme, und die Landesdelegiertenkonferenz BÜNDNIS 90/DIE "
    "GRÜNEN Mecklenburg-Vorpommern entscheidet am 12. Oktober 2024 in Neubrandenburg.\n\n"
    "Eure Freya Lüdemann\n"
)


@pytest.mark.parametrize(
    "bid",
    [
        "Ich bewerbe mich um einen der Plätze als Delegierte zum Länderrat.",
        "Ich bewerbe mich um einen Platz als Beisitzerin im Landesschiedsgericht.",
        "Ich kandidiere als Kassenprüferin im Landeskassenprüfungsausschuss.",
    ],
)
def test_a_bid_for_a_lands_body_outside_the_vocabulary_is_for_the_land(bid: str) -> None:
    """No office label names these bodies: the office stays empty, the region is the Land
    that elects them, not the writer's Kreis."""
    found = sure(BODY_BID.format(bid=bid))
    assert "office" not in found
    assert found["region"] == "Mecklenburg-Vorpommern"


def test_a_delegate_to_the_laenderrat_is_no_delegate_to_the_land_assembly() -> None:
    """ "Bewerbung als Delegierte für den Länderrat" over "Landesdelegiertenkonferenz …" on the
    next line: the delegation goes to the Länderrat, the LDK only elects it."""
    text = (
        "Bewerbung als Delegierte für den Länderrat\n"
        "Landesdelegiertenkonferenz BÜNDNIS 90/DIE GRÜNEN Mecklenburg-Vorpommern\n\n"
        + BODY_BID.format(bid="Ich bewerbe mich um einen Platz im Länderrat.")
    )
    assert "office" not in sure(text)


def test_an_articles_own_header_dates_the_post(tmp_path: Path) -> None:
    """A WordPress post's <header class="entry-header"> inside the <article> holds its date;
    only the site's header is chrome."""
    page = (
        '<html><body><header id="masthead"><h1>Die PARTEI Musterland</h1>'
        "<nav><a href='/'>Start</a></nav></header><article class='post'>"
        '<header class="entry-header"><h2>Ronny Pfluger for Landrat!</h2>'
        '<div class="entry-meta">Veröffentlicht am 11. Januar 2026 von Kreisverband</div>'
        "</header><div class='entry-content'><p>Es ist vollbracht: Die Mitgliederversammlung "
        "hat am vergangenen Samstag in einer Gaststätte einstimmig Ronny Pfluger als Kandidaten "
        "für die Landratswahl nominiert. Abgegeben wurden 9 Stimmen, darunter 9 Ja-Stimmen.</p>"
        "<p>Ronny Pfluger (43) ist gelernter Kfz-Mechatroniker und fährt jeden Tag mit dem "
        "Regionalexpress nach Berlin, was ihn nach eigenen Angaben für jedes Amt qualifiziert, "
        "bei dem man Verspätungen aushalten muss.</p><h3>Das Programm</h3><ul><li>Einführung "
        "der Ostbahn im 5-Minuten-Takt.</li><li>Ein Landratsamt mit Drive-in.</li></ul>"
        "<p>Die Wahl ist am 12. April 2026. Wer unterschreiben will, meldet sich bei uns.</p>"
        "</div></article></body></html>"
    )
    path = tmp_path / "post.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = list(pick_reader(path)(path, Limits()))
    # the date line stands on its own line, as a dateline, not run into the text
    assert "Veröffentlicht am 11. Januar 2026 von Kreisverband" in raw.text.splitlines()
    assert _date(path) == "2026-01-11"


def test_an_articles_heading_in_its_own_header_names_the_candidate(tmp_path: Path) -> None:
    """The h1 and its subtitle inside the article's <header> are the article's, as its date
    line is: the only place that names the candidate where <title> names the section."""
    page = (
        "<html><head><title>Bewerbungen für den Kreisvorstand</title></head><body>"
        "<header id='masthead'><nav><a href='/'>Start</a></nav></header><main><article>"
        "<header class='entry-header'><h1>Bewerbung: Kerstin Hollerbach</h1>"
        "<p>für das Amt der stellvertretenden Kreisvorsitzenden</p></header>"
        "<div class='entry-content'><p>"
        + "Liebe Mitglieder, ich möchte mich vorstellen und bewerbe mich. " * 8
        + "</p><p>"
        + "Seit 2019 arbeite ich im Ortsverein mit und kümmere mich um die Finanzen. " * 6
        + "</p></div></article></main></body></html>"
    )
    path = tmp_path / "bewerbung.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = list(pick_reader(path)(path, Limits()))
    assert "Bewerbung: Kerstin Hollerbach" in raw.text.splitlines()


MEMBER_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Henrike Vollmar MdL – Ihre Abgeordnete</title></head><body>
<header><a href="/">Henrike Vollmar</a></header>
<main><h1>Ihre Stimme im Landtag – aus dem Landkreis Saarlouis</h1>
<p>Seit 2022 vertrete ich die Menschen aus dem Landkreis Saarlouis im Landtag des Saarlandes.
Ich bin Sprecherin meiner Fraktion für Kommunales und Mitglied im Innenausschuss. Jede Woche
bin ich im Wahlkreis unterwegs, in Dillingen genauso wie in Wallerfangen oder Rehlingen.</p>
<section class="news"><h2>Aktuelles</h2>
<article><h3><a href="/aktuelles/kita">Kita-Ausbau: Land muss Kommunen unterstützen</a></h3>
<p class="date">08.01.2026</p></article>
<article><h3><a href="/aktuelles/empfang">Neujahrsempfang im Kreis</a></h3>
<p class="date">05.01.2026</p></article>
<article><h3><a href="/aktuelles/feuerwehr">Zu Besuch bei der Feuerwehr</a></h3>
<p class="date">17.12.2025</p></article>
</section>
<p>Herzliche Grüße<br>Ihre Henrike Vollmar</p></main>
<footer><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> \
· Stand: 09.01.2026</p></footer></body></html>
"""


def test_teasers_of_other_pages_do_not_date_the_page(tmp_path: Path) -> None:
    """The dates of an "Aktuelles" list date the pages it links to (three of them filled every
    place the reader keeps for date lines); the footer's "Stand:" after two links dates this
    one."""
    path = tmp_path / "start.html"
    path.write_text(MEMBER_PAGE, encoding="utf-8")
    assert _date(path) == "2026-01-09"
