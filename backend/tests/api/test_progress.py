"""Progress derived from the log: e1RM curves, records, weeks and adherence."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.training.numbers.strength import estimated_one_rep_max
from tests.factories import onboard

TODAY = datetime.now(UTC).date()
MONDAY = TODAY - timedelta(days=TODAY.weekday())


def squat(weight: float, reps: int, rpe: float | None = None) -> dict[str, Any]:
    return {
        "exercise_id": "back_squat",
        "name": "Back squat",
        "sets": [{"weight_kg": weight, "reps": reps, "rpe": rpe}],
    }


def run(metres: int, seconds: int) -> dict[str, Any]:
    return {
        "exercise_id": "easy_run",
        "name": "Easy run",
        "sets": [{"distance_m": metres, "duration_s": seconds}],
    }


def log(client: TestClient, headers: dict[str, str], day: Any, *entries: Any, **extra: Any) -> None:
    body = {"date": day.isoformat(), "entries": list(entries), **extra}
    assert client.post("/api/v1/logs", json=body, headers=headers).status_code == 201


def test_progress_reads_lifts_records_and_weeks(client: TestClient) -> None:
    _, headers = onboard(client)
    last_week = MONDAY - timedelta(days=7)
    log(
        client,
        headers,
        last_week,
        squat(100, 5, 8),
        run(10_000, 3000),
        session_rpe=6,
        duration_min=60,
    )
    log(client, headers, last_week + timedelta(days=2), squat(110, 3), squat(120, 1))
    log(client, headers, MONDAY, run(5_000, 1400), squat(60, 20), session_rpe=8, duration_min=30)
    body = client.get("/api/v1/progress", headers=headers).json()
    points = body["lifts"]["back_squat"]
    assert points == [
        {"date": last_week.isoformat(), "e1rm_kg": round(estimated_one_rep_max(100, 5, 8), 1)},
        {
            "date": (last_week + timedelta(days=2)).isoformat(),
            "e1rm_kg": round(estimated_one_rep_max(110, 3), 1),
        },
    ]  # the 20-rep set is past where Epley predicts a single
    records = {(r["kind"], r["exercise"]): r for r in body["records"]}
    assert records["heaviest_set", "back_squat"]["value"] == 120
    assert records["best_e1rm", "back_squat"]["value"] == points[0]["e1rm_kg"]  # 100 x 5 @ 8
    assert records["longest_run", "run"]["value"] == 10
    assert records["fastest_5k", "run"]["value"] == 1400
    assert records["fastest_10k", "run"]["value"] == 3000
    weeks = body["weeks"]
    assert [w["week_start"] for w in weeks] == [last_week.isoformat(), MONDAY.isoformat()]
    assert weeks[0] | {"planned": 0} == {
        "week_start": last_week.isoformat(),
        "planned": 0,
        "done": 2,
        "km": 10.0,
        "hard_sets": 3,
        "load": 360.0,
    }
    assert (weeks[1]["km"], weeks[1]["load"], weeks[1]["hard_sets"]) == (5.0, 240.0, 1)


def test_adherence_counts_the_current_plan(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=7)
    start = TODAY - timedelta(days=4)
    plan = client.post(
        "/api/v1/plans",
        headers=headers,
        json={"duration_weeks": 1, "start_date": start.isoformat()},
    ).json()
    for day in (1, 2):
        body = {"plan_id": plan["id"], "week": 1, "day": day}
        client.post("/api/v1/logs", json=body, headers=headers)
    body = {"plan_id": plan["id"], "week": 1, "day": 3, "status": "skipped", "reason": "travel"}
    client.post("/api/v1/logs", json=body, headers=headers)
    adherence = client.get("/api/v1/progress", headers=headers).json()["adherence"]
    assert adherence == {"planned": 4, "done": 2, "skipped": 1, "missed": 1, "rate": 0.5}
    weeks = client.get("/api/v1/progress", headers=headers).json()["weeks"]
    assert sum(w["planned"] for w in weeks) == 5  # today's session is planned, not yet due


def test_empty_progress(client: TestClient) -> None:
    _, headers = onboard(client)
    body = client.get("/api/v1/progress", headers=headers).json()
    assert body == {
        "lifts": {},
        "records": [],
        "weeks": [],
        "adherence": {"planned": 0, "done": 0, "skipped": 0, "missed": 0, "rate": None},
    }


@pytest.mark.parametrize("path", ["/api/v1/progress"])
def test_progress_needs_a_token(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 401
