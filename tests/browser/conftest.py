"""Browser-test fixtures: a real waitress server on a free loopback port, Debian's chromium.

One server and one browser per session keep the tier fast; every test gets a fresh page.
Screenshots go to ``tests/artifacts/`` (gitignored) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from indexer.ingest.pipeline import file_id
from tests.browser.corpus import build_index, write_corpus
from tests.support.liveserver import serving, url

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@dataclass
class LiveServer:
    url: str
    index_dir: Path
    docs: Path

    def document(self, name: str) -> str:
        """The path of the document page of the fixture file ``name``."""
        return "/dokument/" + file_id(self.docs / name)


@dataclass
class PageProblems:
    """Console errors (CSP violations included), page errors and dialogs seen by a page."""

    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from webapp import create_app

    root = tmp_path_factory.mktemp("browser")
    build_index(write_corpus(root / "docs"), root / "index")
    app = create_app({"INDEX_DIR": str(root / "index")})
    with serving(app, "waitress") as server:
        yield LiveServer(url(server), root / "index", root / "docs")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (CI does, see .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


def _new_page(browser: Any, problems: PageProblems, **options: Any) -> Any:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="de-DE", accept_downloads=True, **options
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.on("console", lambda m: problems.console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.errors.append(str(e)))

    def dialog(d: Any) -> None:
        problems.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    return page


@pytest.fixture
def page(browser: Any, problems: PageProblems) -> Iterator[Any]:
    """A fresh page; after the test, no console error, CSP violation, page error or dialog."""
    page = _new_page(browser, problems)
    yield page
    page.context.close()
    assert problems.errors == [] and problems.dialogs == []
    assert problems.console == []


@pytest.fixture
def page_without_js(browser: Any, problems: PageProblems) -> Iterator[Any]:
    page = _new_page(browser, problems, java_script_enabled=False)
    yield page
    page.context.close()
