"""A real CoachX server and a real headless Chromium (Debian's), for end-to-end tests.

Playwright drives the system's Chromium binary; its own browser download is never used. Where
no Chromium is installed the tests are skipped locally, but in CI (`CI=true`) that is a failure.
"""

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.integration.server import running_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Flags for a sandboxed, offline machine: no background network, no first-run chatter.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
# The README's screenshots are refreshed with `make screenshots`; other runs keep them in a
# temporary folder, so running the tests never changes tracked files.
SCREENSHOTS = (
    Path(__file__).resolve().parents[3] / "docs" / "screenshots"
    if os.environ.get("COACHX_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "coachx-screenshots"
)
SECRET = "web-test-secret-key-that-is-long-enough-for-hs256"
PHONE = {"width": 375, "height": 812}
LAPTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A CoachX server of its own, with a fresh SQLite database and a known secret key."""
    workdir = tmp_path_factory.mktemp("web")
    with running_server(
        workdir, DATABASE_URL=f"sqlite:///{workdir / 'web.db'}", SECRET_KEY=SECRET
    ) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed (apt-get install -y chromium)")
        pytest.skip("Chromium is not installed (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context (no cookies) at laptop size."""
    context = browser.new_context(viewport=LAPTOP)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def screenshot(page: Page, name: str) -> None:
    """Save the page at phone and laptop width under docs/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size or LAPTOP
    for label, size in (("phone", PHONE), ("laptop", LAPTOP)):
        page.set_viewport_size(size)
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=False)
    page.set_viewport_size(original)
