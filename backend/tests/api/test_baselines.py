"""Body weight, limitations and baselines over HTTP: stored, read back with their source, and
bad input refused with the database unchanged."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.database.models import Baselines, User
from tests.factories import onboard, row_counts

URL = "/api/v1/me/baselines"
STATED: dict[str, Any] = {
    "weekly_km": 25,
    "longest_run_km": 12.5,
    "race": {"distance_km": 5, "time_s": 1500, "date": "2026-10-04"},
    "target_race": {"distance_km": 10, "time_s": 2700},
    "lifts": [{"lift": "bench_press", "weight_kg": 90, "reps": 3}],
    "max_reps": [{"exercise": "pull_up", "reps": 8}],
    "holds": [{"exercise": "l_sit", "seconds": 15}],
}


def test_profile_takes_body_weight_and_limitations(client: TestClient, db: Session) -> None:
    user, headers = onboard(client, body_weight_kg=72.5, limitations="bad lower back")
    assert (user["body_weight_kg"], user["limitations"]) == (72.5, "bad lower back")
    changed = client.patch("/api/v1/me", headers=headers, json={"body_weight_kg": 71})
    assert changed.status_code == 200
    assert changed.json()["body_weight_kg"] == 71
    cleared = client.patch(
        "/api/v1/me", headers=headers, json={"limitations": None, "body_weight_kg": None}
    )
    assert (cleared.json()["limitations"], cleared.json()["body_weight_kg"]) == (None, None)
    stored = db.get(User, user["id"])
    assert stored is not None
    assert (stored.limitations, stored.body_weight_kg) == (None, None)


@pytest.mark.parametrize(
    "change",
    [
        {"body_weight_kg": 29.9},
        {"body_weight_kg": 300.5},
        {"body_weight_kg": "80"},
        {"body_weight_kg": True},
        {"limitations": "x" * 201},
        {"limitations": "bad\x00back"},
        {"limitations": 5},
    ],
)
def test_bad_profile_numbers_are_refused(
    client: TestClient, db: Session, change: dict[str, Any]
) -> None:
    user, headers = onboard(client, body_weight_kg=80, limitations="bad knees")
    response = client.patch("/api/v1/me", headers=headers, json=change)
    assert response.status_code == 422
    db.expire_all()
    stored = db.get(User, user["id"])
    assert stored is not None
    assert (stored.body_weight_kg, stored.limitations) == (80, "bad knees")


def test_nothing_stated_nothing_named_reads_empty(client: TestClient) -> None:
    _, headers = onboard(client, goals=None)
    assert client.get(URL, headers=headers).json() == {
        "weekly_km": None,
        "longest_run_km": None,
        "race": None,
        "target_race": None,
        "lifts": [],
        "max_reps": [],
        "holds": [],
    }


def test_numbers_in_the_goals_show_up_marked_goals(client: TestClient) -> None:
    _, headers = onboard(
        client, goals="I run 15 km a week, my best bench is 80 kg x 5, 10k in 45 min"
    )
    body = client.get(URL, headers=headers).json()
    assert body["weekly_km"] == {"value": 15.0, "source": "goals"}
    assert body["target_race"] == {
        "distance_km": 10.0,
        "time_s": 2700,
        "date": None,
        "source": "goals",
    }
    assert body["lifts"] == [
        {"lift": "bench_press", "weight_kg": 80.0, "reps": 5, "e1rm_kg": 93.3, "source": "goals"}
    ]


def test_stated_numbers_win_over_the_goals(client: TestClient, db: Session) -> None:
    _, headers = onboard(client, goals="I run 15 km a week, squat 100 kg x 5")
    response = client.put(URL, headers=headers, json=STATED)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == client.get(URL, headers=headers).json()
    assert body["weekly_km"] == {"value": 25.0, "source": "stated"}
    assert body["race"]["date"] == "2026-10-04"
    assert [(lift["lift"], lift["source"]) for lift in body["lifts"]] == [
        ("bench_press", "stated"),
        ("back_squat", "goals"),
    ]
    assert body["lifts"][0]["e1rm_kg"] == 99.0
    assert body["max_reps"] == [{"exercise": "pull_up", "reps": 8, "source": "stated"}]
    assert body["holds"] == [{"exercise": "l_sit", "seconds": 15, "source": "stated"}]


def test_a_put_replaces_every_stated_number(client: TestClient) -> None:
    _, headers = onboard(client, goals=None)
    client.put(URL, headers=headers, json=STATED)
    body = client.put(URL, headers=headers, json={"weekly_km": 10}).json()
    assert body["weekly_km"] == {"value": 10.0, "source": "stated"}
    assert (body["race"], body["lifts"], body["holds"]) == (None, [], [])


def bad_bodies() -> list[dict[str, Any]]:
    """Bodies a person or a buggy client might send, each wrong in one way."""
    lift = {"lift": "bench_press", "weight_kg": 80, "reps": 5}
    return [
        {"weekly_km": -5},
        {"weekly_km": "15"},
        {"longest_run_km": 101},
        {"race": {"distance_km": 5, "time_s": 300}},
        {"race": {"distance_km": 5, "time_s": 1500, "date": "2026-02-30"}},
        {"race": {"distance_km": 5}},
        {"target_race": {"distance_km": 0, "time_s": 1500}},
        {"lifts": [{"lift": "bench", "weight_kg": 80, "reps": 5}]},
        {"lifts": [lift, lift]},
        {"lifts": [{**lift, "reps": 0}]},
        {"lifts": [{**lift, "weight_kg": 501}]},
        {"lifts": [{**lift, "reps": 5.5}]},
        {"lifts": [{**lift, "extra": 1}]},
        {"max_reps": [{"exercise": "pull_up", "reps": -1}]},
        {"holds": [{"exercise": "no_such_hold", "seconds": 10}]},
        {"holds": [{"exercise": "l_sit", "seconds": 0}]},
        {"vo2max": 55},
        {"lifts": [lift] * 21},
    ]


@pytest.mark.parametrize("body", bad_bodies())
def test_bad_baselines_are_refused_and_change_nothing(
    client: TestClient, db: Session, body: dict[str, Any]
) -> None:
    user, headers = onboard(client, goals=None)
    assert client.put(URL, headers=headers, json=STATED).status_code == 200
    before, counts = client.get(URL, headers=headers).json(), row_counts(db)
    response = client.put(URL, headers=headers, json=body)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)
    assert client.get(URL, headers=headers).json() == before
    assert row_counts(db) == counts
    assert db.get(Baselines, user["id"]) is not None


def test_not_json_is_refused(client: TestClient) -> None:
    _, headers = onboard(client)
    response = client.put(URL, headers=headers, content=b"{not json")
    assert response.status_code == 422


@pytest.mark.parametrize("method", ["get", "put"])
def test_baselines_need_a_token(client: TestClient, method: str) -> None:
    assert client.request(method, URL, json={}).status_code == 401


def test_baselines_go_with_the_person(client: TestClient, db: Session) -> None:
    user, headers = onboard(client)
    other, other_headers = onboard(client)
    for who in (headers, other_headers):
        assert client.put(URL, headers=who, json=STATED).status_code == 200
    assert client.delete("/api/v1/me", headers=headers).status_code == 204
    db.execute(text("DELETE FROM users WHERE id = :id"), {"id": other["id"]})
    db.commit()
    owners = db.scalars(select(Baselines.user_id)).all()
    assert user["id"] not in owners
    assert other["id"] not in owners


def test_a_plan_is_built_from_the_stated_numbers_and_limitations(client: TestClient) -> None:
    """Over HTTP: kilos from the stated bench, paces from the stated race, the event on its
    day, the limitation in the warnings, and the numbers used recorded with their source."""
    _, headers = onboard(
        client, sport="running", experience_level="intermediate", days_per_week=4,
        goals="10k race", limitations="bad knees",
    )  # fmt: skip
    assert client.put(URL, headers=headers, json=STATED).status_code == 200
    event = {"kind": "race", "date": "2027-03-28", "distance_km": 10}
    body = {"duration_weeks": 12, "start_date": "2027-01-04", "event": event}
    plan = client.post("/api/v1/plans", json=body, headers=headers).json()["plan_data"]
    assert plan["baselines_used"]["race"]["source"] == "stated"
    assert plan["baselines_used"]["weekly_km"] == {"value": 25.0, "source": "stated"}
    assert any("knees" in warning for warning in plan["warnings"])
    sessions = [s for week in plan["weeks"] for s in week["sessions"]]
    assert [s["date"] for s in sessions if s["kind"] == "event"] == ["2027-03-28"]
    paced = [e for s in sessions for b in s["blocks"] for e in b["exercises"] if e["pace"]]
    assert paced
    assert all("/km" in e["intensity"] for e in paced)


def test_baselines_are_in_the_persons_export(client: TestClient) -> None:
    _, headers = onboard(client, body_weight_kg=70, limitations="bad knees")
    assert client.put(URL, headers=headers, json=STATED).status_code == 200
    export = client.get("/api/v1/me/export", headers=headers).json()
    assert export["tables"]["baselines"][0]["weekly_km"] == 25
    assert export["tables"]["baselines"][0]["lifts"] == STATED["lifts"]
    assert export["profile"]["limitations"] == "bad knees"
