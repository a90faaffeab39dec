"""``/kandidaturen`` and ``/personen`` in real Chromium, with and without JavaScript.

The fixture corpus (:mod:`tests.browser.corpus`) has candidacies of several offices, one
person (Henrietta Quastwedel) who ran three times, an extracted candidacy and press releases
that must never show as candidacies.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import CHROMIUM, LiveServer
from tests.browser.test_browser import facet_link, params, screenshot, wait_for

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium; "
        "CI installs it in .ci/run)",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser


def persons_in_rows(page: Any) -> list[str]:
    return [t.strip() for t in page.locator(".candidacy-table td.persons").all_inner_texts()]


def test_candidacies_from_the_header_with_facets_and_query(
    page: Any, live_server: LiveServer
) -> None:
    page.goto(live_server.url + "/")
    page.locator(".site-header nav").get_by_role("link", name="Kandidaturen").click()
    wait_for(page, "/kandidaturen")
    assert page.get_by_role("heading", level=1).inner_text() == "Kandidaturen"
    everyone = persons_in_rows(page)
    assert everyone.count("Henrietta Quastwedel") == 3  # each run is a row
    assert not any(p in everyone for p in ("Amalie Rosenkötter", "Konstantin Lichtenhaupt"))
    headings = page.locator(".election h3").all_inner_texts()
    assert headings[0].startswith("Kreisvorsitz")  # March 2025: the newest
    assert any(h.startswith("Kreistag · Landkreis Musterau") for h in headings)
    first_lines = page.locator(".candidacy-table .first-lines").first.inner_text()
    assert first_lines.startswith(("Liebe", "hiermit"))
    screenshot(page, "kandidaturen")

    facet_link(page, "party", "SPD").click()
    wait_for(page, "party=SPD")
    assert persons_in_rows(page).count("Henrietta Quastwedel") == 2
    assert "Ottilie Fernkorn" not in persons_in_rows(page)
    page.get_by_role("link", name="Filter Partei: SPD entfernen").click()
    page.wait_for_url(lambda url: "party=" not in url)

    page.get_by_label("In Kandidaturen suchen").fill("Windräder")
    page.get_by_role("button", name="Suchen").click()
    wait_for(page, "q=Windr")
    assert persons_in_rows(page) == ["Henrietta Quastwedel"]
    assert page.locator(".candidacy-table .snippet mark").count() >= 1
    page.get_by_role("link", name="Bewerbung um das Direktmandat im Wahlkreis Musterau").click()
    wait_for(page, "/dokument/")
    section = page.locator(".same-election")
    assert "Weitere Kandidaturen für dieses Amt" in section.inner_text()
    section.get_by_role("link", name="Alle Kandidaturen für dieses Amt").click()
    wait_for(page, "office=Direktkandidat+Bundestag")
    assert persons_in_rows(page) == ["Henrietta Quastwedel"]


def test_candidacies_work_without_javascript(
    page_without_js: Any, live_server: LiveServer
) -> None:
    page = page_without_js
    page.goto(live_server.url + "/kandidaturen")
    facet_link(page, "bundesland", "Bayern").click()
    wait_for(page, "bundesland=Bayern")
    assert persons_in_rows(page) == ["Bartholomäus Zwirbelmeier"]
    page.get_by_label("von", exact=True).fill("2024")
    page.get_by_role("button", name="Anwenden").click()
    wait_for(page, "from=2024")
    assert params(page)["bundesland"] == ["Bayern"]  # the form keeps the facet selection
    assert "Keine Kandidaturen gefunden." in page.locator(".results").inner_text()


def test_people_a_to_z_with_a_filter_box(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/person/")
    wait_for(page, "/personen")
    names = page.locator("#people-list li[data-label]")
    listed = [n.get_attribute("data-label") for n in names.all()]
    assert listed.index("Emil Grashalm") < listed.index("Henrietta Quastwedel")
    assert listed.index("Henrietta Quastwedel") < listed.index("Amalie Rosenkötter")
    entry = page.locator("#people-list li[data-label='Henrietta Quastwedel']").inner_text()
    assert "3 Dokumente" in entry and "SPD" in entry and "Kreistag" in entry
    screenshot(page, "personen")

    page.get_by_label("Namen filtern").fill("quast")  # JavaScript narrows while typing
    visible = [n.get_attribute("data-label") for n in names.all() if n.is_visible()]
    assert visible == ["Henrietta Quastwedel"]
    letters = page.locator("#people-list section.letter h2")
    assert [h.inner_text() for h in letters.all() if h.is_visible()] == ["Q"]
    assert "name=" not in page.url

    page.get_by_role("link", name="Henrietta Quastwedel").click()
    wait_for(page, "/person/Henrietta%20Quastwedel")
    box = page.get_by_label("In den Dokumenten von Henrietta Quastwedel suchen")
    box.fill("Windräder")
    box.press("Enter")
    wait_for(page, "q=Windr")
    assert params(page)["person"] == ["Henrietta Quastwedel"]
    titles = page.locator(".hit-title").all_inner_texts()
    assert titles == ["Bewerbung um das Direktmandat im Wahlkreis Musterau"]


def test_people_filter_without_javascript(page_without_js: Any, live_server: LiveServer) -> None:
    page = page_without_js
    page.goto(live_server.url + "/")
    page.locator(".site-header nav").get_by_role("link", name="Personen").click()
    wait_for(page, "/personen")
    page.get_by_label("Namen filtern").fill("zwirbel")
    page.get_by_role("button", name="Filtern").click()
    wait_for(page, "name=zwirbel")
    listed = page.locator("#people-list li[data-label]").all_inner_texts()
    assert len(listed) == 1 and listed[0].startswith("Bartholomäus Zwirbelmeier")
    assert "1 Dokument" in listed[0] and "Stadtrat" in listed[0] and "CSU" in listed[0]
