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


POST = """<html><head><title>Meine Bewerbung für die Landesliste | Volt Bremen</title></head><body>
<nav>Team · Termine</nav>
<article><h1>Meine Bewerbung für die Landesliste zur Bürgerschaftswahl</h1>
<p class="byline">von Joris Hakenesch · 5. Oktober 2026 · 4 Min. Lesezeit</p>
<p>Moin zusammen,</p>
<p>auf der Landesmitgliederversammlung am 26. Oktober stellen wir unsere Landesliste für die
Bremische Bürgerschaft auf. Ich bewerbe mich um einen der vorderen Plätze, konkret um Platz 3.
Ich bin 31, Verkehrsplaner bei einem Ingenieurbüro und wohne in Findorff.</p>
<p>Ich würde mich freuen, wenn ihr mir euer Vertrauen gebt.</p>
<p>Joris</p>
</article>
<aside><p>03.05.2026 Kreisparteitag Vegesack</p>
<p>Landesgeschäftsführerin Wiebke Osterholt-Ahmadi</p></aside>
</body></html>"""


def test_a_lower_case_byline_and_a_first_name_signature_name_the_candidate() -> None:
    raw = parse_html(POST)
    found = extract_metadata(raw.text, title=raw.title)
    assert found["person"].value == "Joris Hakenesch"
    assert found["person"].confidence >= 0.5


def test_a_role_before_a_name_at_the_end_is_a_contact_not_the_signature() -> None:
    text = (
        "Liebe Freie Demokratinnen und Freie Demokraten,\n\nich kandidiere für das Amt der "
        "Landesvorsitzenden der FDP Saar. Ich bitte um Ihr Vertrauen.\n\n"
        "Dr. Imke Sasse-Brandauer\n03.05.2025 Kreisparteitag Neunkirchen\n"
        "17.05.2025 Landesparteitag Saarlouis\nLandesgeschäftsführer Jannik Oberhauser\n"
    )
    found = extract_metadata(text, title="Kandidatur für den Landesvorsitz")
    assert found["person"].value == "Imke Sasse-Brandauer"
    assert found["person"].confidence >= 0.5
