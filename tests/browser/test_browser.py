"""The web app in real Chromium (Playwright, Debian's /usr/bin/chromium) on a real waitress.

Covers search, facet toggling and counts, the date filter and histogram, paging, the document
page with its "next hit" jump, the person page, the CSV download, keyboard-only use, the app
without JavaScript, and XSS attempts in a query and in a document. Screenshots of the main
pages land in ``tests/artifacts/`` (not committed).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

import pytest

from tests.browser.conftest import CHROMIUM, LiveServer, PageProblems

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium; "
        "CI installs it in .ci/run)",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def api(server: LiveServer, query: str) -> dict[str, Any]:
    with urlopen(f"{server.url}/api/search?{query}", timeout=10) as response:  # noqa: S310
        data: dict[str, Any] = json.load(response)
    return data


def wait_for(page: Any, part: str) -> None:
    """Wait until the page's URL contains ``part`` (after a click or a form submit)."""
    page.wait_for_url(lambda url: part in url)


def params(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def total(page: Any) -> int:
    match = re.match(r"([\d.]+) Treffer", page.locator("#results-h").inner_text())
    assert match, page.locator("#results-h").inner_text()
    return int(match.group(1).replace(".", ""))


def facet_link(page: Any, facet: str, label: str) -> Any:
    return page.locator(f"#facet-{facet}-list li[data-label='{label}'] a")


def facet_count(page: Any, facet: str, label: str) -> int:
    return int(facet_link(page, facet, label).locator(".count").inner_text().replace(".", ""))


def test_search_and_facet_toggling_with_counts(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    page.get_by_label("Suchbegriffe").fill("Mietpreisbremse")
    page.get_by_label("Suchbegriffe").press("Enter")
    wait_for(page, "/?q=Mietpreisbremse")
    expected = api(live_server, "q=Mietpreisbremse")
    assert total(page) == expected["total"]
    assert page.locator(".hit mark").first.inner_text().lower().startswith("mietpreisbremse")
    spd, cdu = facet_count(page, "party", "SPD"), facet_count(page, "party", "CDU")
    screenshot(page, "suche")

    facet_link(page, "party", "SPD").click()
    wait_for(page, "party=SPD")
    assert total(page) == spd
    assert page.locator("#facet-party-list li.selected").count() == 1
    # The party facet ignores its own selection: CDU is still offered with its count.
    assert facet_count(page, "party", "CDU") == cdu
    facet_link(page, "party", "CDU").click()
    wait_for(page, "party=CDU")
    assert total(page) == spd + cdu  # OR within a facet
    assert params(page)["party"] == ["SPD", "CDU"]
    screenshot(page, "suche-facetten")

    page.get_by_role("link", name="Filter Partei: SPD entfernen").click()
    page.wait_for_url(lambda url: "SPD" not in url)
    assert total(page) == cdu
    page.get_by_role("link", name="alle entfernen").click()
    page.wait_for_url(lambda url: "party" not in url)
    assert total(page) == expected["total"]


def test_date_filter_and_histogram(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?q=Mietpreisbremse")
    page.get_by_label("von", exact=True).fill("2024")
    page.get_by_label("bis", exact=True).fill("2025-06")
    page.get_by_role("button", name="Anwenden").click()
    wait_for(page, "from=2024")
    assert params(page)["to"] == ["2025-06"]
    dates = page.locator(".hit time").evaluate_all("els => els.map(e => e.dateTime)")
    assert dates and all("2024-01-01" <= d <= "2025-06-30" for d in dates)
    assert total(page) == api(live_server, "q=Mietpreisbremse&from=2024&to=2025-06")["total"]
    assert "Zeitraum" in page.locator(".chips").inner_text()
    # Bars outside the range stay visible (and clickable) but are marked.
    assert page.locator(".bars li.outside").count() > 0
    page.locator(".bars a[title^='2024']").click()
    wait_for(page, "year=2024")
    assert page.locator(".bars li.selected .year").inner_text() == "2024"
    assert (
        total(page) == api(live_server, "q=Mietpreisbremse&from=2024&to=2025-06&year=2024")["total"]
    )


def test_paging(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?q=Mietpreisbremse&sort=oldest")
    first = page.locator(".hit").evaluate_all("els => els.map(e => e.dataset.id)")
    page.get_by_role("link", name="weiter ›").click()
    wait_for(page, "page=2")
    second = page.locator(".hit").evaluate_all("els => els.map(e => e.dataset.id)")
    assert len(first) == 10 and second and not set(first) & set(second)
    assert page.locator(".pagination [aria-current=page]").inner_text().endswith("2")
    assert params(page)["sort"] == ["oldest"]  # the state survives paging
    page.get_by_role("link", name="Seite 3").click()
    wait_for(page, "page=3")
    assert page.get_by_text("weiter ›").evaluate("e => e.tagName") == "SPAN"  # last page


def test_document_page_and_next_hit_jump(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?q=Direktmandat")
    page.get_by_role("link", name="Bewerbung um das Direktmandat im Wahlkreis Musterau").click()
    wait_for(page, live_server.document("quastwedel-2024-bundestag.md") + "?q=Direktmandat")
    marks = page.locator(".fulltext mark")
    assert marks.count() >= 4
    next_hit = page.get_by_role("link", name="Nächster Treffer")
    next_hit.click()
    next_hit.click()
    current = page.locator(".fulltext mark.current")
    assert current.get_attribute("id") == "treffer-2"
    assert page.evaluate("document.activeElement.id") == "treffer-2"
    assert page.url.endswith("#treffer-2")
    assert current.is_visible()
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "treffer-3"
    assert (
        "Henrietta Quastwedel: Bewerbung um das Direktmandat"
        in page.locator("#citation").input_value()
    )
    assert page.locator(".meta-party .origin").inner_text() == "angegeben (im Dokument)"
    page.locator("#treffer-1").scroll_into_view_if_needed()
    screenshot(page, "dokument")


def test_person_page(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + live_server.document("quastwedel-2019-kreistag.md"))
    page.locator(".doc-byline").get_by_role("link", name="Henrietta Quastwedel").click()
    wait_for(page, "/person/Henrietta%20Quastwedel")
    assert page.get_by_role("heading", level=1).inner_text() == "Henrietta Quastwedel"
    years = page.locator(".timeline-year h3").all_inner_texts()
    assert [y.split()[0] for y in years] == ["2019", "2021", "2024"]
    parties = page.locator(".summary-party").inner_text()
    assert "SPD (2019–2021, 2×)" in parties and "Bündnis 90/Die Grünen (2024)" in parties
    screenshot(page, "person")


def test_csv_download_has_every_hit(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/?q=Mietpreisbremse&page=2")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename.startswith("parteisuche-Mietpreisbremse")
    body = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) - 1 == api(live_server, "q=Mietpreisbremse")["total"] > 10


def test_keyboard_only(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Zum Inhalt springen"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # a visible focus style
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("Mietpreisbremse")
    page.keyboard.press("Enter")
    wait_for(page, "q=Mietpreisbremse")
    # Tab forward to the first person in the facet list and choose it with Enter.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#facet-person-list')"):
            break
    else:
        pytest.fail("no facet value reachable by Tab")
    label = page.evaluate("document.activeElement.closest('li').dataset.label")
    page.keyboard.press("Enter")
    wait_for(page, "person=")
    assert params(page)["person"] == [label]
    # Shift+Tab from the search box reaches the brand link: nothing traps the focus.
    page.locator("#q").focus()
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.tagName") in ("A", "INPUT", "BUTTON")


def test_works_without_javascript(page_without_js: Any, live_server: LiveServer) -> None:
    page = page_without_js
    page.goto(live_server.url + "/")
    page.get_by_label("Suchbegriffe").fill("Mietpreisbremse")
    page.get_by_role("button", name="Suchen").click()
    wait_for(page, "q=Mietpreisbremse")
    facet_link(page, "party", "SPD").click()
    wait_for(page, "party=SPD")
    page.get_by_label("Sortierung").select_option("newest")
    page.get_by_role("button", name="Anwenden").click()
    wait_for(page, "sort=newest")
    assert params(page)["party"] == ["SPD"]  # the form keeps the facet selection
    page.goto(live_server.url + "/?q=Mietpreisbremse")
    page.get_by_role("link", name="weiter ›").click()
    wait_for(page, "page=2")
    page.goto(live_server.url + "/")
    page.get_by_label("Personen filtern").fill("tann")
    page.get_by_label("Personen filtern").press("Enter")
    wait_for(page, "fq_person=tann")
    assert (
        page.locator("#facet-person-list li[data-label]")
        .all_inner_texts()[0]
        .startswith("Luise Tannenzapf")
    )


def test_xss_in_query_and_document_stays_text(
    page: Any, live_server: LiveServer, problems: PageProblems
) -> None:
    attack = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
    page.goto(live_server.url + "/")
    page.get_by_label("Suchbegriffe").fill(attack)
    page.get_by_label("Suchbegriffe").press("Enter")
    page.wait_for_load_state()
    assert page.evaluate("window.__xss") is None
    assert page.get_by_label("Suchbegriffe").input_value() == attack
    page.goto(live_server.url + "/?q=Laternen")
    page.get_by_role("link", name=re.compile("Straßenbeleuchtung")).click()
    wait_for(page, live_server.document("strassenbeleuchtung.md"))
    assert page.evaluate("window.__xss") is None
    fulltext = page.locator(".fulltext").inner_text()
    assert "<script>window.__xss = 1; alert('xss')</script>" in fulltext
    assert "<img src=x onerror=alert(1)>" in page.get_by_role("heading", level=1).inner_text()
    assert problems.dialogs == []
    screenshot(page, "xss-dokument")
