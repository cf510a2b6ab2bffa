"""Profile time zone and training days, plan dates and the calendar over HTTP."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.training.calendar import dates as schedule
from app.training.contract.vocabulary import Weekday
from tests.factories import onboard, profile, row_counts


def today_in(zone: str) -> date:
    return datetime.now(UTC).astimezone(ZoneInfo(zone)).date()


def test_profile_defaults_to_utc_and_the_default_spread(client: TestClient) -> None:
    user, _ = onboard(client, days_per_week=3)
    assert user["timezone"] == "UTC"
    assert user["training_days"] == ["mon", "wed", "fri"]


def test_onboarding_takes_a_time_zone_and_days(client: TestClient) -> None:
    user, _ = onboard(
        client, days_per_week=2, timezone="Europe/Berlin", training_days=["SAT", "tue"]
    )
    assert (user["timezone"], user["training_days"]) == ("Europe/Berlin", ["tue", "sat"])


def test_changing_days_per_week_alone_re_spreads_the_days(client: TestClient) -> None:
    _, headers = onboard(client, days_per_week=3, training_days=["tue", "thu", "sat"])
    changed = client.patch("/api/v1/me", json={"days_per_week": 2}, headers=headers)
    assert changed.json()["training_days"] == ["mon", "thu"]
    both = {"days_per_week": 3, "training_days": ["sun", "tue", "fri"]}
    assert client.patch("/api/v1/me", json=both, headers=headers).json()["training_days"] == [
        "tue",
        "fri",
        "sun",
    ]
    same = client.patch("/api/v1/me", json={"days_per_week": 3}, headers=headers).json()
    assert same["training_days"] == ["tue", "fri", "sun"]


@pytest.mark.parametrize(
    "change",
    [
        {"timezone": "Mars/Olympus"},
        {"timezone": "../../etc/passwd"},
        {"timezone": ""},
        {"timezone": None},
        {"training_days": ["mon"]},
        {"training_days": ["mon", "mon", "fri"]},
        {"training_days": ["monday", "wed", "fri"]},
        {"training_days": []},
        {"days_per_week": 4, "training_days": ["mon", "wed", "fri"]},
    ],
)
def test_bad_time_zones_and_days_are_refused(
    client: TestClient, db: Session, change: dict[str, object]
) -> None:
    user, headers = onboard(client, days_per_week=3)
    before = row_counts(db)
    response = client.patch("/api/v1/me", json=change, headers=headers)
    assert response.status_code == 422
    assert client.get("/api/v1/me", headers=headers).json() == user
    assert row_counts(db) == before


def test_onboarding_refuses_days_that_do_not_match(client: TestClient, db: Session) -> None:
    before = row_counts(db)
    body = profile(days_per_week=2, training_days=["mon", "wed", "fri"])
    assert client.post("/api/v1/users", json=body).status_code == 422
    assert row_counts(db) == before


def test_a_plan_starts_on_the_next_training_day_in_the_persons_zone(client: TestClient) -> None:
    zone = "Pacific/Kiritimati"  # UTC+14: often a day ahead of the server
    _, headers = onboard(client, sport="gym", days_per_week=2, timezone=zone)
    client.patch("/api/v1/me", json={"training_days": ["tue", "sat"]}, headers=headers)
    plan = client.post("/api/v1/plans", json={"duration_weeks": 2}, headers=headers).json()
    days = [Weekday.TUE, Weekday.SAT]
    start = schedule.next_training_day(today_in(zone), days)
    assert plan["plan_data"]["start_date"] == start.isoformat()
    dates = [s["date"] for w in plan["plan_data"]["weeks"] for s in w["sessions"]]
    assert {date.fromisoformat(d).strftime("%a").lower()[:3] for d in dates} == {"tue", "sat"}
    assert dates == sorted(dates)


def test_plan_training_days_must_match_the_profile(client: TestClient, db: Session) -> None:
    _, headers = onboard(client, days_per_week=3)
    before = row_counts(db)
    body = {"duration_weeks": 2, "training_days": ["mon", "tue"]}
    assert client.post("/api/v1/plans", json=body, headers=headers).status_code == 422
    assert row_counts(db) == before


def test_calendar_lists_the_current_plan_and_marks_missed(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=3)
    client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=headers)
    start = today_in("UTC") - timedelta(days=9)
    body = {"duration_weeks": 3, "start_date": start.isoformat()}
    plan = client.post("/api/v1/plans", json=body, headers=headers).json()
    end = start + timedelta(days=20)
    days = client.get(
        "/api/v1/calendar",
        params={"from": start.isoformat(), "to": end.isoformat()},
        headers=headers,
    ).json()["days"]
    assert len(days) == 9
    assert {d["plan_id"] for d in days} == {plan["id"]}
    today = today_in("UTC").isoformat()
    for entry in days:
        expected = "missed" if entry["date"] < today else "planned"
        assert entry["status"] == expected
        assert entry["log_id"] is None


def test_today_and_next(client: TestClient) -> None:
    _, headers = onboard(client, sport="running", days_per_week=7)
    today = today_in("UTC")
    body = {"duration_weeks": 2, "start_date": today.isoformat()}
    client.post("/api/v1/plans", json=body, headers=headers)
    answer = client.get("/api/v1/calendar/today", headers=headers).json()
    assert answer["date"] == today.isoformat()
    assert answer["session"]["date"] == today.isoformat()
    assert answer["session"]["prescription"]["blocks"]
    assert answer["next"]["date"] == (today + timedelta(days=1)).isoformat()


def test_without_a_plan_today_is_empty(client: TestClient) -> None:
    _, headers = onboard(client)
    answer = client.get("/api/v1/calendar/today", headers=headers).json()
    assert answer["session"] is None
    assert answer["next"] is None
    assert client.get("/api/v1/calendar", headers=headers).json() == {"days": []}


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2027-01-10", "to": "2027-01-01"},
        {"from": "2020-01-01", "to": "2027-01-01"},
        {"from": "3000-01-01"},
        {"from": "yesterday"},
    ],
)
def test_bad_calendar_ranges_are_refused(client: TestClient, params: dict[str, str]) -> None:
    _, headers = onboard(client)
    assert client.get("/api/v1/calendar", params=params, headers=headers).status_code == 422


def test_calendar_needs_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/calendar").status_code == 401
    assert client.get("/api/v1/calendar/today").status_code == 401
