"""The training log over HTTP: planned and ad-hoc sessions, edits, pages and bad input."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.factories import onboard, row_counts

TODAY = datetime.now(UTC).date()
SQUATS = {
    "exercise_id": "back_squat",
    "name": "Back squat",
    "sets": [{"reps": 5, "weight_kg": 100, "rpe": 8}, {"reps": 5, "weight_kg": 100}],
}


def planned(client: TestClient, sport: str = "gym", weeks: int = 2) -> tuple[dict[str, str], int]:
    """A person with a daily plan that started a week ago."""
    _, headers = onboard(client, sport=sport, days_per_week=7)
    start = TODAY - timedelta(days=7)
    body = {"duration_weeks": weeks, "start_date": start.isoformat()}
    plan = client.post("/api/v1/plans", json=body, headers=headers).json()
    return headers, plan["id"]


def post_log(client: TestClient, headers: dict[str, str], **body: Any) -> Any:
    return client.post("/api/v1/logs", json=body, headers=headers)


def test_a_planned_session_logged_as_prescribed(client: TestClient) -> None:
    headers, plan_id = planned(client)
    response = post_log(
        client, headers, plan_id=plan_id, week=2, day=1, session_rpe=7, duration_min=50
    )
    assert response.status_code == 201, response.text
    log = response.json()
    assert log["date"] == TODAY.isoformat()
    assert log["status"] == "done"
    assert log["load"] == 350
    prescribed = log["prescription"]
    assert prescribed["date"] == TODAY.isoformat()
    names = [
        e["name"]
        for b in prescribed["blocks"]
        if b["kind"] in {"main", "conditioning"}
        for e in b["exercises"]
    ]
    assert [entry["name"] for entry in log["entries"]] == names
    today = client.get("/api/v1/calendar/today", headers=headers).json()
    assert today["session"]["status"] == "done"
    assert today["session"]["log_id"] == log["id"]


def test_a_second_log_of_a_planned_session_is_a_conflict(client: TestClient, db: Session) -> None:
    headers, plan_id = planned(client)
    assert post_log(client, headers, plan_id=plan_id, week=1, day=3).status_code == 201
    before = row_counts(db)
    again = post_log(client, headers, plan_id=plan_id, week=1, day=3, entries=[SQUATS])
    assert again.status_code == 409
    assert row_counts(db) == before


def test_ad_hoc_logs_are_unlimited_and_keep_what_was_done(client: TestClient) -> None:
    _, headers = onboard(client)
    run = {"name": "Easy run", "sets": [{"distance_m": 5000, "duration_s": 1500, "avg_hr": 150}]}
    for _ in range(2):
        response = post_log(client, headers, date=TODAY.isoformat(), entries=[run, SQUATS])
        assert response.status_code == 201
    log = response.json()
    assert log["plan_id"] is None
    assert log["prescription"] is None
    assert log["entries"][0]["sets"][0]["pace_s_per_km"] == 300
    assert log["entries"][1]["sets"][1] == {
        "reps": 5,
        "weight_kg": 100.0,
        "rpe": None,
        "duration_s": None,
        "distance_m": None,
        "avg_hr": None,
        "pace_s_per_km": None,
    }
    assert len(client.get("/api/v1/logs", headers=headers).json()["items"]) == 2


def test_boxing_rounds_and_a_wod_score(client: TestClient) -> None:
    _, headers = onboard(client)
    bag = {"name": "Heavy bag", "sets": [{"duration_s": 180}] * 6}
    boxing = post_log(client, headers, date=TODAY.isoformat(), rounds=6, entries=[bag])
    assert boxing.json()["rounds"] == 6
    wod = post_log(
        client,
        headers,
        date=TODAY.isoformat(),
        title="Cindy",
        score={"rounds": 18, "reps": 7},
        entries=[],
    )
    assert wod.json()["score"] == {"time_s": None, "rounds": 18, "reps": 7}


def test_skipping_needs_a_reason(client: TestClient, db: Session) -> None:
    headers, plan_id = planned(client)
    before = row_counts(db)
    assert (
        post_log(client, headers, plan_id=plan_id, week=1, day=1, status="skipped").status_code
        == 422
    )
    assert row_counts(db) == before
    skipped = post_log(
        client, headers, plan_id=plan_id, week=1, day=1, status="skipped", reason="sick"
    )
    assert skipped.status_code == 201
    assert skipped.json()["entries"] == []
    day = client.get(
        "/api/v1/calendar", params={"from": skipped.json()["date"]}, headers=headers
    ).json()["days"][0]
    assert day["status"] == "skipped"


def test_edit_and_delete(client: TestClient) -> None:
    headers, plan_id = planned(client)
    log = post_log(client, headers, plan_id=plan_id, week=1, day=2).json()
    changed = client.patch(
        f"/api/v1/logs/{log['id']}",
        headers=headers,
        json={"status": "partial", "entries": [SQUATS], "notes": "knee"},
    )
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert (body["status"], body["notes"]) == ("partial", "knee")
    assert body["entries"][0]["sets"][0]["weight_kg"] == 100
    assert body["prescription"] == log["prescription"]
    assert client.get(f"/api/v1/logs/{log['id']}", headers=headers).json() == body
    assert client.delete(f"/api/v1/logs/{log['id']}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/logs/{log['id']}", headers=headers).status_code == 404
    again = post_log(client, headers, plan_id=plan_id, week=1, day=2)
    assert again.status_code == 201


def test_pages_are_newest_first_with_an_opaque_cursor(client: TestClient) -> None:
    _, headers = onboard(client)
    for back in range(5):
        post_log(client, headers, date=(TODAY - timedelta(days=back)).isoformat(), entries=[])
    first = client.get("/api/v1/logs", params={"limit": 2}, headers=headers).json()
    dates = [item["date"] for item in first["items"]]
    assert dates == [TODAY.isoformat(), (TODAY - timedelta(days=1)).isoformat()]
    seen = list(dates)
    cursor = first["next_before"]
    while cursor:
        page = client.get(
            "/api/v1/logs", params={"limit": 2, "before": cursor}, headers=headers
        ).json()
        seen += [item["date"] for item in page["items"]]
        cursor = page["next_before"]
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == 5
    ranged = client.get(
        "/api/v1/logs",
        headers=headers,
        params={
            "from": (TODAY - timedelta(days=3)).isoformat(),
            "to": (TODAY - timedelta(days=2)).isoformat(),
        },
    ).json()
    assert len(ranged["items"]) == 2


def test_another_persons_plan_and_log_are_not_found(client: TestClient, db: Session) -> None:
    headers, plan_id = planned(client)
    log = post_log(client, headers, plan_id=plan_id, week=1, day=1).json()
    _, stranger = onboard(client)
    before = row_counts(db)
    assert post_log(client, stranger, plan_id=plan_id, week=1, day=2).status_code == 404
    assert client.get(f"/api/v1/logs/{log['id']}", headers=stranger).status_code == 404
    assert (
        client.patch(f"/api/v1/logs/{log['id']}", json={"notes": "x"}, headers=stranger).status_code
        == 404
    )
    assert client.delete(f"/api/v1/logs/{log['id']}", headers=stranger).status_code == 404
    assert row_counts(db) == before
    assert client.get(f"/api/v1/logs/{log['id']}", headers=headers).json() == log


BAD_SET = {"name": "Squat", "sets": [{"reps": 5}]}


def with_set(**fields: Any) -> dict[str, Any]:
    return {"date": TODAY.isoformat(), "entries": [{"name": "Squat", "sets": [fields]}]}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"date": (TODAY + timedelta(days=30)).isoformat()}, 422),
        ({"date": "2150-01-01"}, 422),
        ({"date": "1999-12-31"}, 422),
        ({}, 422),
        ({"date": TODAY.isoformat(), "status": "finished"}, 422),
        ({"date": TODAY.isoformat(), "session_rpe": 11}, 422),
        ({"date": TODAY.isoformat(), "session_rpe": 0}, 422),
        ({"date": TODAY.isoformat(), "duration_min": -5}, 422),
        ({"date": TODAY.isoformat(), "notes": "x" * 2001}, 422),
        ({"date": TODAY.isoformat(), "notes": "bad\x00byte"}, 422),
        ({"date": TODAY.isoformat(), "plan_id": 1}, 422),
        ({"date": TODAY.isoformat(), "score": {"time_s": 300, "rounds": 3}}, 422),
        (with_set(reps=-1), 422),
        (with_set(reps=5, weight_kg=2000), 422),
        (with_set(distance_m=-100), 422),
        (with_set(distance_m=5_000_000), 422),
        (with_set(reps=5, avg_hr=400), 422),
        (with_set(reps=5, rpe=12), 422),
        (with_set(reps="five"), 422),
        (with_set(rpe=8), 422),
        (with_set(reps=5, tempo="3-1-1"), 422),
        ({"date": TODAY.isoformat(), "entries": [BAD_SET] * 41}, 422),
        ({"plan_id": 2**31 - 1, "week": 1, "day": 1}, 404),
    ],
)
def test_bad_logs_are_refused_and_change_nothing(
    client: TestClient, db: Session, body: dict[str, Any], status: int
) -> None:
    _, headers = onboard(client)
    before = row_counts(db)
    assert post_log(client, headers, **body).status_code == status
    assert row_counts(db) == before


def test_planned_bad_input(client: TestClient, db: Session) -> None:
    headers, plan_id = planned(client)
    before = row_counts(db)
    early = (TODAY - timedelta(days=8)).isoformat()
    assert post_log(client, headers, plan_id=plan_id, week=1, day=1, date=early).status_code == 422
    assert post_log(client, headers, plan_id=plan_id, week=3, day=1).status_code == 404
    assert (
        post_log(client, headers, plan_id=plan_id, week=1, day=1, date="2099-01-01").status_code
        == 422
    )
    assert row_counts(db) == before
    log = post_log(client, headers, plan_id=plan_id, week=1, day=1).json()
    for change in (
        {"status": "skipped"},
        {"date": None},
        {"plan_id": 3},
        {"date": early},
        {"entries": [{"name": "x", "sets": []}]},
    ):
        response = client.patch(f"/api/v1/logs/{log['id']}", json=change, headers=headers)
        assert response.status_code == 422, change
    assert client.get(f"/api/v1/logs/{log['id']}", headers=headers).json() == log


def test_bad_cursors_are_refused(client: TestClient) -> None:
    _, headers = onboard(client)
    for cursor in ("!!!", "bm90LWEtZGF0ZTox", "x" * 101):
        response = client.get("/api/v1/logs", params={"before": cursor}, headers=headers)
        assert response.status_code == 422


def test_deleting_the_plan_keeps_the_log(client: TestClient) -> None:
    headers, plan_id = planned(client)
    log = post_log(client, headers, plan_id=plan_id, week=1, day=1).json()
    assert client.delete(f"/api/v1/plans/{plan_id}", headers=headers).status_code == 204
    kept = client.get(f"/api/v1/logs/{log['id']}", headers=headers).json()
    assert kept["plan_id"] is None
    assert kept["prescription"] == log["prescription"]
    assert date.fromisoformat(kept["date"]) == TODAY - timedelta(days=7)
