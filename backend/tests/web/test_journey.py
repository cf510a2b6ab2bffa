"""A person who has never seen CoachX signs up, trains with the plan and the coach, and leaves.

Everything goes through a real server and a real Chromium, using only what a person sees: the
labels and button names of the page.
"""

import itertools
import re
from datetime import UTC, datetime, timedelta

import httpx2 as httpx
import jwt
import pytest
from playwright.sync_api import Page, expect

from tests.web.conftest import SECRET, screenshot

pytestmark = pytest.mark.integration

_people = itertools.count(1)
PASSWORD = "a long passphrase"


def sign_up(page: Page, base_url: str, *, age: str = "31", shots: bool = False) -> str:
    """Go through the guided sign-up form; return the email used."""
    email = f"browser{next(_people)}@example.com"
    page.goto(f"{base_url}/app")
    expect(page).to_have_url(re.compile(r"/app/login"))
    page.get_by_role("link", name="Create your plan").click()
    page.get_by_label("Name").fill("Robin")
    page.get_by_label("Age").fill(age)
    if shots:
        screenshot(page, "signup")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Sport").select_option(label="Running")
    page.get_by_label("Experience level").select_option(label="Beginner")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Days per week").fill("4")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Goals").fill("Run my first 10k")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create my plan").click()
    expect(page).to_have_url(re.compile(r"/app/plan$"))
    expect(page.get_by_role("heading", name="Week 1", exact=True)).to_be_visible()
    return email


def log_in(page: Page, base_url: str, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{base_url}/app/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def api_token(base_url: str, email: str) -> dict[str, str]:
    response = httpx.post(
        f"{base_url}/api/v1/auth/token", data={"username": email, "password": PASSWORD}
    )
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_the_whole_journey(page: Page, base_url: str) -> None:
    email = sign_up(page, base_url, shots=True)

    expect(page.get_by_role("heading", name="Week 1", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Week 4", exact=True)).to_be_visible()
    first_session = page.locator("details.session").first
    first_session.locator("summary").click()
    expect(first_session.locator(".exercises li").first).to_be_visible()
    expect(first_session).to_contain_text("@")
    screenshot(page, "plan")

    page.get_by_role("link", name="Coach", exact=True).click()
    # The first reply may wait for the start-up warming of the sentence encoder on a slow machine.
    with page.expect_response("**/api/v1/chat/stream", timeout=30_000) as streamed:
        page.get_by_label("Message").fill("How long should I rest between sets for strength?")
        page.get_by_role("button", name="Send").click()
    assert streamed.value.headers["content-type"].startswith("text/event-stream")
    answer = page.locator(".bubble.assistant").last
    expect(answer.locator(".sources")).to_contain_text("[1]")
    expect(answer.locator(".text")).not_to_be_empty()
    page.get_by_label("Message").fill("What's my workout on day 1 of week 2?")
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".bubble.assistant").last).to_contain_text("Week 2, day 1")
    with page.expect_response("**/api/v1/chat/stream", timeout=30_000) as spanish:
        page.get_by_label("Message").fill("¿Qué hago el día 1 de la semana 2?")
        page.get_by_role("button", name="Send").click()
    expect(page.locator(".bubble.assistant").last).to_contain_text("Semana 2, día 1")
    assert spanish.value.finished() is None  # the reply is stored before the page reloads
    screenshot(page, "coach")

    page.reload()
    expect(page.locator(".bubble.user")).to_have_count(3)
    expect(page.locator(".bubble.assistant")).to_have_count(3)
    expect(page.locator(".bubble.user").first).to_contain_text("rest between sets")

    page.get_by_role("link", name="Profile", exact=True).click()
    page.get_by_label("Days per week").fill("5")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    screenshot(page, "profile")

    page.get_by_role("link", name="Plan", exact=True).click()
    page.get_by_label("Plan length (weeks)").select_option("8")
    page.get_by_role("button", name="New plan").click()
    expect(page.get_by_role("heading", name="Week 8", exact=True)).to_be_visible()
    expect(page.locator(".week").first.locator("details.session")).to_have_count(5)

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/app/login\?logged_out"))
    expect(page.get_by_role("status")).to_contain_text("logged out")
    screenshot(page, "login")
    log_in(page, base_url, email)
    expect(page).to_have_url(re.compile(r"/app/today$"))

    train_today_and_see_progress(page)

    page.get_by_role("link", name="Profile", exact=True).click()
    page.get_by_role("button", name="Delete account").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page).to_have_url(re.compile(r"/app/login\?deleted"))
    log_in(page, base_url, email)
    expect(page.get_by_role("alert")).to_contain_text("don't match")


def train_today_and_see_progress(page: Page) -> None:
    """Train every day, log today's session as prescribed, see it in progress, then edit it."""
    page.get_by_role("link", name="Profile", exact=True).click()
    page.get_by_label("Days per week").fill("7")
    for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
        page.get_by_label(day, exact=True).check()
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    page.get_by_role("link", name="Plan", exact=True).click()
    page.get_by_role("button", name="New plan").click()
    expect(page.locator(".week").first.locator("details.session")).to_have_count(7)

    page.get_by_role("link", name="Today", exact=True).click()
    expect(page.locator(".today-session h2")).not_to_be_empty()
    screenshot(page, "today")
    page.get_by_role("button", name="Log as prescribed").click()
    expect(page.locator(".logged")).to_contain_text("Logged: done")

    page.get_by_role("link", name="Progress", exact=True).click()
    expect(page.get_by_role("heading", name="Adherence")).to_be_visible()
    expect(page.locator(".big")).to_contain_text("1 of 1 sessions done")
    expect(page.locator("svg[role=img] title").first).not_to_be_empty()
    screenshot(page, "progress")

    page.get_by_role("link", name="Log", exact=True).click()
    item = page.locator(".log-item").first
    expect(item).to_contain_text("done")
    item.get_by_role("button", name="Edit").click()
    item.get_by_label("Status").select_option("partial")
    item.get_by_label(re.compile(r"^Session RPE")).fill("8")
    item.get_by_role("button", name="Save changes").click()
    edited = page.locator(".log-item").first
    expect(edited.locator(".log-summary")).to_contain_text("partial")
    expect(edited.locator(".log-summary")).to_contain_text("RPE 8")
    screenshot(page, "log")


def test_wrong_password_is_explained_and_changes_nothing(page: Page, base_url: str) -> None:
    email = sign_up(page, base_url)
    page.context.clear_cookies()
    log_in(page, base_url, email, "not my password")
    expect(page.get_by_role("alert")).to_contain_text("don't match")
    expect(page).to_have_url(re.compile(r"/app/login"))
    me = httpx.get(f"{base_url}/api/v1/me", headers=api_token(base_url, email))
    assert me.json()["days_per_week"] == 4


def test_invalid_age_is_explained_next_to_the_field(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/app/signup")
    page.get_by_label("Name").fill("Young")
    page.get_by_label("Age").fill("12")
    page.get_by_role("button", name="Next").click()
    expect(page.locator("#age-error")).to_have_text("Age must be at least 13.")
    expect(page.get_by_label("Age")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Name")).to_have_value("Young")

    email = sign_up(page, base_url)
    page.get_by_role("link", name="Profile", exact=True).click()
    page.get_by_label("Age").fill("130")
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator("#age-error")).to_have_text("Age must be at most 100.")
    me = httpx.get(f"{base_url}/api/v1/me", headers=api_token(base_url, email))
    assert me.json()["age"] == 31


def test_expired_session_is_explained_and_loses_nothing(page: Page, base_url: str) -> None:
    email = sign_up(page, base_url)
    headers = api_token(base_url, email)
    me = httpx.get(f"{base_url}/api/v1/me", headers=headers).json()
    plans_before = httpx.get(f"{base_url}/api/v1/plans", headers=headers).json()["total"]
    cookie = next(c for c in page.context.cookies() if c["name"] == "coachx_session")
    claims = jwt.decode(cookie["value"], SECRET, algorithms=["HS256"])
    past = datetime.now(UTC) - timedelta(hours=1)
    expired = jwt.encode(
        claims | {"iat": past - timedelta(minutes=5), "exp": past}, SECRET, algorithm="HS256"
    )
    page.context.add_cookies([{**cookie, "value": expired}])

    page.get_by_role("button", name="New plan").click()
    expect(page).to_have_url(re.compile(r"/app/login\?expired"))
    expect(page.get_by_role("status")).to_contain_text("session has expired")
    assert httpx.get(f"{base_url}/api/v1/plans", headers=headers).json()["total"] == plans_before
    assert httpx.get(f"{base_url}/api/v1/me", headers=headers).json() == me

    page.goto(f"{base_url}/app/coach")
    expect(page).to_have_url(re.compile(r"/app/login\?expired"))


def test_pages_are_usable_with_the_keyboard_alone(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/app/signup")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id || document.activeElement.textContent")
    assert focused
    page.get_by_label("Name").focus()
    page.keyboard.type("Kim")
    page.keyboard.press("Tab")
    page.keyboard.type("40")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Sport")).to_be_focused()


def test_skipping_today_and_logging_something_else(page: Page, base_url: str) -> None:
    email = sign_up(page, base_url)
    headers = api_token(base_url, email)
    httpx.patch(f"{base_url}/api/v1/me", json={"days_per_week": 7}, headers=headers)
    httpx.post(f"{base_url}/api/v1/plans", json={"duration_weeks": 1}, headers=headers)

    page.get_by_role("link", name="Today", exact=True).click()
    page.get_by_role("button", name="Skip").click()
    page.get_by_role("button", name="Skip session").click()
    expect(page.get_by_role("alert")).to_contain_text("reason")
    page.get_by_label("Why are you skipping it?").fill("sick")
    page.get_by_role("button", name="Skip session").click()
    expect(page.locator(".logged")).to_contain_text("Logged: skipped")

    page.get_by_text("Log something else").click()
    page.get_by_label("What was it?").fill("Football")
    page.get_by_label("Session minutes").fill("60")
    page.get_by_label("Session RPE (1–10)").fill("7")  # noqa: RUF001 - the label's en dash
    page.get_by_role("button", name="Log it").click()
    expect(page.get_by_role("status").first).to_contain_text("Logged")

    page.get_by_role("link", name="Log", exact=True).click()
    expect(page.locator(".log-item")).to_have_count(2)
    expect(page.locator(".log-item").last).to_contain_text("sick")
    logs = httpx.get(f"{base_url}/api/v1/logs", headers=headers).json()["items"]
    assert {log["title"] for log in logs} >= {"Football"}
    assert {log["status"] for log in logs} == {"done", "skipped"}
