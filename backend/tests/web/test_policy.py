"""Under the Content-Security-Policy the app and `/docs` still work, and nothing can frame them."""

import pytest
from playwright.sync_api import ConsoleMessage, Page

pytestmark = pytest.mark.integration  # a real server and Chromium: not for the fast loop


def _violations(page: Page) -> list[str]:
    """Collect the console's CSP complaints from now on."""
    found: list[str] = []

    def note(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            found.append(message.text)

    page.on("console", note)
    return found


def test_swagger_ui_renders_under_the_policy(page: Page, base_url: str) -> None:
    violations = _violations(page)
    page.goto(f"{base_url}/docs")
    page.wait_for_selector(".opblock-summary-path >> nth=0")
    assert page.locator(".opblock").count() > 5
    assert violations == []


def test_the_app_pages_raise_no_policy_violation(page: Page, base_url: str) -> None:
    violations = _violations(page)
    for name in ("login", "signup"):
        page.goto(f"{base_url}/app/{name}")
        page.wait_for_selector("form[method=post]")
    assert violations == []


def test_another_site_cannot_frame_the_app(page: Page, base_url: str) -> None:
    page.set_content(f'<iframe id="victim" src="{base_url}/app/login"></iframe>')  # waits for load
    framed = [frame for frame in page.frames if frame != page.main_frame]
    assert framed
    assert all(frame.locator("form").count() == 0 for frame in framed)
