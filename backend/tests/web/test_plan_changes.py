"""The plan page shows what the adaptation changed and why, and can take it back."""

import itertools
import re
from datetime import UTC, datetime
from typing import Any

import httpx2 as httpx
import pytest
from playwright.sync_api import Page, expect

from tests.web.test_journey import PASSWORD, log_in

pytestmark = pytest.mark.integration

_people = itertools.count(1)


def _next_reps(sessions: list[dict[str, Any]], exercise_id: str) -> int | None:
    """The reps of the next session's sets of one exercise."""
    return next(
        (
            e["reps"]
            for d in sessions
            for b in d["blocks"]
            for e in b["exercises"]
            if e["exercise_id"] == exercise_id
        ),
        None,
    )


def _lifter_with_an_easy_session(base_url: str) -> str:
    """A gym member who logged today's main lift as easy through the API; returns the email."""
    email = f"changes{next(_people)}@example.com"
    body = {
        "name": "Sam", "age": 30, "sport": "gym", "experience_level": "intermediate",
        "days_per_week": 7, "email": email, "password": PASSWORD,
    }  # fmt: skip
    token = httpx.post(f"{base_url}/api/v1/users", json=body).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    today = datetime.now(UTC).date().isoformat()
    plan = httpx.post(
        f"{base_url}/api/v1/plans", json={"duration_weeks": 4, "start_date": today}, headers=headers
    ).json()
    days = [d for w in plan["plan_data"]["weeks"] for d in w["sessions"]]
    day, lift = next(
        (index, e)
        for index, d in enumerate(days[:7])
        for b in d["blocks"]
        if b["kind"] in ("main", "conditioning")
        for e in b["exercises"]
        if e["reps"] and e["percent_1rm"] is None and (e["target_rpe"] or 0) >= 6
        and _next_reps(days[index + 1 :], e["exercise_id"]) == e["reps"]
    )  # fmt: skip
    sets = [{"reps": lift["reps"], "rpe": lift["target_rpe"] - 2}] * lift["sets"]
    log = {
        "plan_id": plan["id"], "week": 1, "day": day + 1, "date": today, "session_rpe": 5,
        "duration_min": 50,
        "entries": [{"exercise_id": lift["exercise_id"], "name": lift["name"], "sets": sets}],
    }  # fmt: skip
    assert httpx.post(f"{base_url}/api/v1/logs", json=log, headers=headers).status_code == 201
    return email


def test_the_plan_page_shows_the_changes_and_undoes_the_last(page: Page, base_url: str) -> None:
    email = _lifter_with_an_easy_session(base_url)
    log_in(page, base_url, email)
    expect(page).not_to_have_url(re.compile(r"/app/login"))
    page.goto(f"{base_url}/app/plan")
    changes = page.get_by_role("heading", name="What changed because of your logs")
    expect(changes).to_be_visible()
    expect(page.locator("#changes li").first).to_contain_text("up to")
    expect(page.locator(".exercises .changed").first).to_contain_text("Changed:")
    page.get_by_role("button", name="Undo the last change").click()
    expect(page.get_by_role("status")).to_contain_text("undone")
    expect(changes).to_be_hidden()
