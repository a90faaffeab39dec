"""Signing in and out in real Chromium: the header link, the German form, the session cookie,
members-only documents appearing and disappearing, and no CSP violation on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import CHROMIUM
from tests.browser.corpus import build_index, write_corpus
from tests.support.liveserver import serving, url
from tests.support.members import write_internal

if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)

pytestmark = pytest.mark.browser

PASSWORD = "lang-genug-und-geheim"


@pytest.fixture(scope="module")
def members_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from webapp import create_app
    from webapp.accounts import add_user

    root: Path = tmp_path_factory.mktemp("browser-members")
    docs = write_corpus(root / "docs")
    write_internal(docs)
    build_index(docs, root / "index")
    add_user(root / "index", "anna", PASSWORD)
    with serving(create_app({"INDEX_DIR": str(root / "index")}), "waitress-members") as server:
        yield url(server)


def test_sign_in_shows_members_documents_and_sign_out_hides_them(
    page: Any, members_url: str
) -> None:
    page.goto(members_url + "/?q=Schatzkistenrevision")
    assert "Keine Treffer" in page.content()
    page.get_by_role("link", name="Anmelden").click()
    page.wait_for_url(lambda url: "/anmelden" in url)
    assert page.locator("h1").inner_text() == "Anmelden"
    page.get_by_label("Name").fill("anna")
    page.get_by_label("Passwort").fill("falsch-falsch")
    page.get_by_role("button", name="Anmelden").click()
    assert "Name oder Passwort ist falsch." in page.locator("[role=alert]").inner_text()
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(lambda url: "q=Schatzkistenrevision" in url)
    assert "Angemeldet als anna" in page.locator(".account").inner_text()
    assert page.locator("li.hit").count() == 4
    cookie = next(c for c in page.context.cookies() if c["name"] == "parteisuche_sitzung")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert "Angemeldet" not in page.url and PASSWORD not in page.url
    page.get_by_role("button", name="Abmelden").click()
    page.wait_for_load_state()
    page.goto(members_url + "/?q=Schatzkistenrevision")
    assert "Keine Treffer" in page.content()
    assert page.locator(".account").get_by_role("link", name="Anmelden").count() == 1
