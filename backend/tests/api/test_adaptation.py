"""Adaptation over HTTP: a log changes the plan, the plan says why, revisions list it, undo."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import PlanRevision, User, WorkoutPlan
from app.plans import adaptation
from app.plans.current import current_plan
from app.training import checks
from app.training.contract.plan_document import PlanData
from tests.factories import onboard, row_counts
from tests.training.adapt.athletes import with_loads

TODAY = datetime.now(UTC).date()


def _gym(client: TestClient, db: Session) -> tuple[dict[str, str], int]:
    """A lifter whose 8-week plan started today, with working loads on the barbell lifts."""
    _, headers = onboard(client, sport="gym", experience_level="intermediate", days_per_week=3)
    body = {"duration_weeks": 8, "start_date": TODAY.isoformat()}
    plan_id = client.post("/api/v1/plans", json=body, headers=headers).json()["id"]
    row = db.get(WorkoutPlan, plan_id)
    assert row is not None
    row.plan_data = with_loads(PlanData.model_validate(row.plan_data)).model_dump(mode="json")
    db.flush()
    return headers, plan_id


def _squat(plan: dict[str, Any], week: int, day: int) -> dict[str, Any] | None:
    session = plan["weeks"][week - 1]["sessions"][day - 1]
    return next(
        (
            e
            for b in session["blocks"]
            if b["kind"] == "main"
            for e in b["exercises"]
            if e["exercise_id"] == "back_squat" and e["load_kg"]
        ),
        None,
    )


def _first_squat(plan: dict[str, Any]) -> tuple[int, int, dict[str, Any]]:
    for week in plan["weeks"]:
        for session in week["sessions"]:
            found = _squat(plan, week["week"], session["day"])
            if found:
                return week["week"], session["day"], found
    raise AssertionError("no squat")


def _easy_squats(squat: dict[str, Any]) -> dict[str, Any]:
    sets = [
        {"reps": squat["reps"], "weight_kg": squat["load_kg"], "rpe": squat["target_rpe"] - 2}
    ] * squat["sets"]
    return {"exercise_id": "back_squat", "name": "Back squat", "sets": sets}


def _log_easy_squats(client: TestClient, headers: dict[str, str], plan_id: int) -> Any:
    plan = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    week, day, squat = _first_squat(plan)
    body = {
        "plan_id": plan_id, "week": week, "day": day, "session_rpe": 6, "duration_min": 60,
        "entries": [_easy_squats(squat)], "date": TODAY.isoformat(),
    }  # fmt: skip
    response = client.post("/api/v1/logs", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_a_log_adapts_the_plan_and_the_plan_says_why(client: TestClient, db: Session) -> None:
    headers, plan_id = _gym(client, db)
    before = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()
    assert before["adjustments"] == []
    log = _log_easy_squats(client, headers, plan_id)
    after = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()
    squats = [a for a in after["adjustments"] if a["exercise_id"] == "back_squat"]
    assert squats, after["adjustments"]
    first = squats[0]
    assert set(first) >= {
        "date",
        "week",
        "day",
        "exercise_id",
        "field",
        "before",
        "after",
        "reason",
    }
    assert first["date"] > TODAY.isoformat()
    assert first["reason"].startswith(("up from", "up to"))
    changed = _squat(after["plan_data"], first["week"], first["day"])
    assert changed is not None
    assert changed[first["field"]] == first["after"]
    revisions = client.get(f"/api/v1/plans/{plan_id}/revisions", headers=headers).json()["items"]
    assert [r["kind"] for r in revisions] == ["original", "adaptation"]
    assert revisions[1]["cause"]["log_id"] == log["id"]
    assert revisions[1]["adjustments"]


def test_undo_takes_back_the_last_adaptation(client: TestClient, db: Session) -> None:
    headers, plan_id = _gym(client, db)
    original = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    _log_easy_squats(client, headers, plan_id)
    undone = client.post(f"/api/v1/plans/{plan_id}/undo", headers=headers)
    assert undone.status_code == 200, undone.text
    assert undone.json()["plan_data"] == original
    assert undone.json()["adjustments"] == []
    revisions = client.get(f"/api/v1/plans/{plan_id}/revisions", headers=headers).json()["items"]
    assert [(r["kind"], r["undone"]) for r in revisions] == [
        ("original", False), ("adaptation", True), ("undo", False)
    ]  # fmt: skip
    counts = row_counts(db)
    again = client.post(f"/api/v1/plans/{plan_id}/undo", headers=headers)
    assert again.status_code == 409
    assert "Nothing to undo" in again.json()["detail"]
    assert row_counts(db) == counts


def test_changing_a_log_judges_it_afresh_and_deleting_it_takes_its_change_back(
    client: TestClient, db: Session
) -> None:
    headers, plan_id = _gym(client, db)
    original = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    log = _log_easy_squats(client, headers, plan_id)
    once = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()
    patched = client.patch(
        f"/api/v1/logs/{log['id']}", json={"notes": "felt easy"}, headers=headers
    )
    assert patched.status_code == 200
    twice = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()
    assert twice["plan_data"] == once["plan_data"], "the same log never counts twice"
    assert client.delete(f"/api/v1/logs/{log['id']}", headers=headers).status_code == 204
    gone = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()
    assert gone["plan_data"] == original


def test_only_the_current_plan_is_adapted(client: TestClient, db: Session) -> None:
    headers, old_id = _gym(client, db)
    body = {"duration_weeks": 4, "start_date": TODAY.isoformat()}
    assert client.post("/api/v1/plans", json=body, headers=headers).status_code == 201
    _log_easy_squats(client, headers, old_id)
    assert client.get(f"/api/v1/plans/{old_id}", headers=headers).json()["adjustments"] == []
    assert db.scalars(select(PlanRevision)).all() == []


def test_bad_input_changes_nothing(client: TestClient, db: Session) -> None:
    headers, plan_id = _gym(client, db)
    counts = row_counts(db)
    plan = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    week, day, squat = _first_squat(plan)
    bad = _easy_squats(squat)
    bad["sets"][0] = {**bad["sets"][0], "rpe": 11}
    body = {"plan_id": plan_id, "week": week, "day": day, "entries": [bad], "date": str(TODAY)}
    assert client.post("/api/v1/logs", json=body, headers=headers).status_code == 422
    for path in ("undo", "revisions"):
        assert client.get(f"/api/v1/plans/999999/{path}", headers=headers).status_code in (404, 405)
    assert client.post(f"/api/v1/plans/{plan_id}/undo", headers=headers).status_code == 409
    assert client.post("/api/v1/plans/abc/undo", headers=headers).status_code == 422
    assert row_counts(db) == counts
    assert client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"] == plan


def test_another_persons_plan_is_not_found(client: TestClient, db: Session) -> None:
    _, plan_id = _gym(client, db)
    _, stranger = onboard(client)
    counts = row_counts(db)
    assert client.get(f"/api/v1/plans/{plan_id}/revisions", headers=stranger).status_code == 404
    assert client.post(f"/api/v1/plans/{plan_id}/undo", headers=stranger).status_code == 404
    assert client.post(f"/api/v1/plans/{plan_id}/undo").status_code == 401
    assert row_counts(db) == counts


def test_revisions_go_with_their_person(client: TestClient, db: Session) -> None:
    headers, plan_id = _gym(client, db)
    _log_easy_squats(client, headers, plan_id)
    owner = db.scalar(select(WorkoutPlan.user_id).where(WorkoutPlan.id == plan_id))
    assert db.scalars(select(PlanRevision).where(PlanRevision.user_id == owner)).all()
    user = db.get(User, owner)
    db.delete(user)
    db.flush()
    db.expire_all()
    assert db.scalars(select(PlanRevision).where(PlanRevision.user_id == owner)).all() == []


def test_an_adaptation_that_would_break_a_rule_is_not_stored(
    client: TestClient, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers, plan_id = _gym(client, db)
    original = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    real = checks.find_violations

    def stricter(plan: PlanData, *args: Any, **kwargs: Any) -> list[checks.Violation]:
        changed = plan.model_dump(mode="json") != original
        broken = [checks.Violation("invented", "an engine bug")] if changed else []
        return real(plan, *args, **kwargs) + broken

    monkeypatch.setattr(checks, "find_violations", stricter)
    _log_easy_squats(client, headers, plan_id)
    after = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()
    assert after["plan_data"] == original
    assert after["adjustments"] == []
    assert db.scalars(select(PlanRevision)).all() == []


def test_every_reader_of_the_current_plan_sees_the_adapted_plan(
    client: TestClient, db: Session
) -> None:
    headers, plan_id = _gym(client, db)
    owner = db.scalar(select(WorkoutPlan.user_id).where(WorkoutPlan.id == plan_id))
    assert owner is not None
    before = current_plan(db, owner)
    assert before is not None
    _log_easy_squats(client, headers, plan_id)
    read = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    now = current_plan(db, owner)
    assert now is not None
    assert now.document != before.document
    assert now.document.model_dump(mode="json") == read
    row = db.get(WorkoutPlan, plan_id)
    assert row is not None
    assert row.revision == 1


def test_an_import_adapts_the_plan_once(
    client: TestClient, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers, _ = _gym(client, db)
    calls: list[int] = []
    real = adaptation.after_log

    def counted(session: Session, log: Any) -> Any:
        calls.append(log.id)
        return real(session, log)

    monkeypatch.setattr(adaptation, "after_log", counted)
    rows = [
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE,Notes",
        f"{TODAY - timedelta(days=2)} 10:00:00,Legs,Squat (Barbell),1,100,5,,,8,",
        f"{TODAY - timedelta(days=1)} 10:00:00,Push,Bench Press (Barbell),1,80,5,,,8,",
    ]
    files = {"file": ("strong.csv", "\n".join(rows).encode(), "text/csv")}
    response = client.post("/api/v1/logs/import", files=files, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["imported"] == 2
    assert len(calls) == 1
