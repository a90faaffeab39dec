"""A phone that works, and a citation that copies: real Chromium at 390 px and at desktop width.

At phone width the hits come first, the facets open from a "Filter (n)" disclosure (no
JavaScript needed), labels stay beside their inputs and the date placeholder is not cut. The
citation line has a copy button where JavaScript runs and stays selectable where it does not.
The search form puts no empty parameters into the address, with or without JavaScript.
Screenshots go to the test's temporary folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import CHROMIUM, LiveServer, PageProblems

if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _page(browser: Any, problems: PageProblems, **options: Any) -> Any:
    context = browser.new_context(locale="de-DE", **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.on("console", lambda m: problems.console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.errors.append(str(e)))
    return page


@pytest.fixture
def phone(browser: Any, problems: PageProblems) -> Iterator[Any]:
    page = _page(browser, problems, viewport=PHONE, is_mobile=True, has_touch=True,
                 device_scale_factor=2)
    yield page
    page.context.close()
    assert problems.errors == [] and problems.console == []


@pytest.fixture
def phone_without_js(browser: Any, problems: PageProblems) -> Iterator[Any]:
    page = _page(browser, problems, viewport=PHONE, is_mobile=True, has_touch=True,
                 java_script_enabled=False)
    yield page
    page.context.close()


def box(locator: Any) -> dict[str, float]:
    found: dict[str, float] | None = locator.bounding_box()
    assert found is not None, locator
    return found


def assert_label_beside_input(page: Any, field: str) -> None:
    label, control = box(page.locator(f"label[for={field}]")), box(page.locator(f"#{field}"))
    middle = lambda b: b["y"] + b["height"] / 2  # noqa: E731
    assert abs(middle(label) - middle(control)) < 6, (field, label, control)  # one line
    assert label["x"] + label["width"] <= control["x"] + 1  # the label first


PLACEHOLDER_WIDTH = """(el) => {
  const style = getComputedStyle(el);
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.font = style.font;
  const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return [ctx.measureText(el.placeholder).width, room];
}"""


def test_phone_shows_the_hits_first_and_filters_behind_a_disclosure(
    phone: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    page = phone
    page.goto(live_server.url + "/?q=Mietpreisbremse")
    first_hit = box(page.locator("ol.hits > li").first.locator(".hit-title"))
    assert first_hit["y"] + first_hit["height"] <= PHONE["height"]  # on the first screen
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    summary = page.locator("details.filters > summary")
    assert summary.is_visible() and summary.inner_text().strip() == "Filter"
    assert box(summary)["y"] < first_hit["y"]  # the control above the hits
    spd = page.locator("#facet-party-list li[data-label='SPD'] a")
    assert not spd.is_visible()
    for field in ("from", "to", "sort"):
        assert_label_beside_input(page, field)
    for field in ("from", "to"):
        text_width, room = page.locator(f"#{field}").evaluate(PLACEHOLDER_WIDTH)
        assert text_width <= room, (field, text_width, room)  # the placeholder is not cut
    shot = tmp_path / "telefon-suche.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 1000

    summary.click()
    assert spd.is_visible()
    page.screenshot(path=str(tmp_path / "telefon-filter.png"), full_page=False)
    spd.click()
    page.wait_for_url(lambda url: "party=SPD" in url)
    assert page.locator("details.filters > summary").inner_text().strip() == "Filter (1)"
    assert box(page.locator("ol.hits > li").first)["y"] < PHONE["height"]


def test_phone_filters_open_without_javascript(
    phone_without_js: Any, live_server: LiveServer
) -> None:
    page = phone_without_js
    page.goto(live_server.url + "/?q=Mietpreisbremse")
    spd = page.locator("#facet-party-list li[data-label='SPD'] a")
    assert not spd.is_visible()
    page.locator("details.filters > summary").click()
    assert spd.is_visible()
    spd.click()
    page.wait_for_url(lambda url: "party=SPD" in url)


@pytest.mark.parametrize("javascript", [True, False])
def test_desktop_shows_the_filters_beside_the_hits(
    browser: Any, problems: PageProblems, live_server: LiveServer, javascript: bool
) -> None:
    page = _page(browser, problems, viewport={"width": 1280, "height": 900},
                 java_script_enabled=javascript)
    try:
        page.goto(live_server.url + "/?q=Mietpreisbremse")
        spd = page.locator("#facet-party-list li[data-label='SPD'] a")
        assert spd.is_visible()  # no click needed on a wide screen
        facets, hits = box(page.locator(".sidebar")), box(page.locator(".results"))
        assert facets["x"] + facets["width"] <= hits["x"] and facets["y"] < hits["y"] + 50
        for field in ("from", "to", "sort"):
            assert_label_beside_input(page, field)
    finally:
        page.context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_the_search_form_puts_no_empty_parameters_in_the_address(
    browser: Any, problems: PageProblems, live_server: LiveServer, javascript: bool
) -> None:
    page = _page(browser, problems, java_script_enabled=javascript)
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url) if r.resource_type == "document" else None)
    try:
        page.goto(live_server.url + "/")
        page.get_by_label("Suchbegriffe").fill("Mietpreisbremse")
        page.get_by_role("button", name="Suchen").click()
        page.wait_for_url(lambda url: url.endswith("/?q=Mietpreisbremse"))
        if javascript:  # the form itself sent no empty field: no redirect was needed
            assert not any("from=" in url for url in requested), requested
        else:  # the browser sent them; the server's redirect dropped them
            assert any("from=&to=&sort=" in url for url in requested), requested
        assert urlsplit(page.url).query == "q=Mietpreisbremse"
    finally:
        page.context.close()


def test_the_citation_copy_button(
    browser: Any, problems: PageProblems, live_server: LiveServer
) -> None:
    page = _page(browser, problems)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    try:
        page.goto(live_server.url + live_server.document("quastwedel-2024-bundestag.md")
                  + "?q=Direktmandat")
        button = page.get_by_role("button", name="Zitierzeile kopieren")
        button.click()
        status = page.locator("#citation-status")
        page.wait_for_function("document.getElementById('citation-status').textContent !== ''")
        assert status.inner_text() == "Kopiert."
        citation = page.locator("#citation").input_value()
        assert citation.startswith("Henrietta Quastwedel: Bewerbung um das Direktmandat")
        assert page.evaluate("navigator.clipboard.readText()") == citation
    finally:
        page.context.close()
    assert problems.errors == [] and problems.console == []


def test_without_javascript_the_citation_stays_selectable_and_no_dead_button(
    page_without_js: Any, live_server: LiveServer
) -> None:
    page = page_without_js
    page.goto(live_server.url + live_server.document("quastwedel-2024-bundestag.md"))
    assert not page.get_by_role("button", name="Zitierzeile kopieren").is_visible()
    citation = page.locator("#citation")
    assert citation.is_visible() and "parteisuche" in citation.input_value()
    citation.click()
    page.keyboard.press("Control+A")
    selected = citation.evaluate("(el) => el.value.substring(el.selectionStart, el.selectionEnd)")
    assert selected == citation.input_value()
