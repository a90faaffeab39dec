"""A candidacy on a page of a compilation ("Bewerbungen für den Kreisvorstand"): the page's
h1 and subtitle name the candidate and the office, its text names the co-candidates.

Fictional people and pages throughout.
"""

from __future__ import annotations

from indexer.metadata import extract_metadata
from indexer.readers.html import parse_html

PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Kreismitgliederversammlung: Bewerbungen für den Kreisvorstand – SPD Gotha</title></head>
<body>
<div class="cookie">Diese Seite verwendet Cookies. <button>OK</button></div>
<div class="header"><ul class="nav"><li>Kreisverband</li><li>Termine</li></ul></div>
<div class="main">
  <h1>Bewerbung: Henrike Zschiesche-Amani</h1>
  <p class="untertitel">für das Amt der stellvertretenden Kreisvorsitzenden</p>
  <div class="text">
  <p>Liebe Genossinnen und Genossen,</p>
  <p>auf der Kreismitgliederversammlung am 14. Juni wählen wir den Kreisvorstand der SPD Gotha
  neu. Ich bewerbe mich nicht für den Vorsitz, sondern als eine der beiden stellvertretenden
  Kreisvorsitzenden.</p>
  <p>Ich bin 41 Jahre alt und arbeite als Hebamme in Waltershausen. Seit 2019 sitze ich im
  Stadtrat, seit 2021 leite ich den Ortsverein Friedrichroda.</p>
  <p>Neben mir bewerben sich Torben Kallweit und Selin Aksoy für die Stellvertreterposten; für
  den Vorsitz kandidiert erneut Gunnar Heßler. Ich freue mich auf die Zusammenarbeit.</p>
  <p>Solidarische Grüße</p>
  <p>Henrike</p>
  </div>
  <p class="stand">Stand: 19.05.2025</p>
</div>
<div class="footer">SPD Gotha · Kreisbüro · Erfurter Straße 3 · 99867 Gotha</div>
</body></html>"""


def _extracted() -> dict[str, object]:
    raw = parse_html(PAGE)
    found = extract_metadata(raw.text, title=raw.title)
    return {field: value.value for field, value in found.items()}


def test_the_h1_its_subtitle_and_the_version_stamp_stay_in_the_text() -> None:
    text = parse_html(PAGE).text
    assert "Bewerbung: Henrike Zschiesche-Amani" in text
    assert "für das Amt der stellvertretenden Kreisvorsitzenden" in text
    assert "Stand: 19.05.2025" in text
    assert "Cookies" not in text


def test_the_candidate_is_the_one_the_heading_names_and_the_first_name_signs() -> None:
    found = _extracted()
    assert found["person"] == "Henrike Zschiesche-Amani"  # not the co-candidates in her text
    assert found["doc_type"] == "candidacy"


def test_the_office_is_the_one_she_seeks_not_the_boards_name_in_the_page_title() -> None:
    assert _extracted()["office"] == "stellv. Kreisvorsitzender"


def test_the_version_stamp_dates_the_page() -> None:
    assert _extracted()["date"] == "2025-05-19"
