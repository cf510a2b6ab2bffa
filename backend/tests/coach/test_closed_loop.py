"""The coach and the log: logging from chat text, answers from the log and the revisions."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coach.log_from_chat import Lifted, Missed, Ran, feel_rpe, read_log
from app.coach.progress_answers import Asked, asks
from app.coach.understanding import Intent, understand
from app.database.models import TrainingLog, WorkoutPlan
from app.training.contract.plan_document import PlanData
from tests.factories import onboard, row_counts
from tests.training.adapt.athletes import with_loads

TODAY = datetime.now(UTC).date()


@pytest.mark.parametrize(
    ("message", "log"),
    [
        ("did 3x5 at 100 kg, felt easy", Lifted(None, 3, 5, 100.0, 5.5)),
        ("squat 3x5 @ 100kg rpe 7", Lifted("back_squat", 3, 5, 100.0, 7.0)),
        ("bench 5 sets of 5 at 80,5 kg, it was hard", Lifted("bench_press", 5, 5, 80.5, 8.5)),
        ("ran 5 km in 26:10", Ran(5000, 1570)),
        ("I ran 10k in 52 minutes", Ran(10000, 3120)),
        ("half marathon race: 21.1 km in 1:45:00", Ran(21100, 6300)),
        ("I missed yesterday", Missed(1)),
        ("skipped today's session, sorry", Missed(0)),
        ("should I do 3x5 at 100 kg?", None),
        ("did 3x5 at 900 kg", None),
        ("ran 500 km in 2:00", None),
        ("how do I squat?", None),
    ],
)
def test_sessions_are_read_from_chat_text(message: str, log: object) -> None:
    assert read_log(message) == log


def test_how_it_felt_becomes_an_rpe() -> None:
    assert feel_rpe("felt easy") == 5.5
    assert feel_rpe("a real grind") == 9.5
    assert feel_rpe("RPE 8, felt easy") == 8
    assert feel_rpe("failed the last rep") == 10
    assert feel_rpe("done") is None


@pytest.mark.parametrize(
    ("message", "asked", "lift"),
    [
        ("how did last week go?", Asked.LAST_WEEK, None),
        ("why did my squat go up?", Asked.WHY, "back_squat"),
        ("why did my plan change?", Asked.WHY, None),
        ("why is my bench lighter?", Asked.WHY, "bench_press"),
    ],
)
def test_questions_about_ones_own_training(message: str, asked: Asked, lift: str | None) -> None:
    question = asks(message)
    assert question is not None
    assert (question.asked, question.lift) == (asked, lift)
    assert understand(message, TODAY).intent is Intent.PROGRESS


def test_safety_still_comes_first() -> None:
    assert understand("did 3x5 at 100 kg and now my chest pain is back", TODAY).red_flag
    assert understand("did 3x5 at 100 kg, felt easy", TODAY).intent is Intent.LOG
    assert understand("I missed yesterday", TODAY).intent is Intent.MISSED
    assert understand("what's the max heart rate formula?", TODAY).intent is not Intent.PROGRESS


def _lifter(client: TestClient, db: Session) -> tuple[dict[str, str], int]:
    """A lifter training every day, whose plan puts a loaded lift on today (not on day 1)."""
    _, headers = onboard(client, sport="gym", experience_level="intermediate", days_per_week=7)
    probe = _plan(client, db, headers, TODAY)
    days = probe.weeks[0].sessions
    offset = next(i for i, s in enumerate(days) if i and any(e.load_kg for e in _main(s)))
    plan = _plan(client, db, headers, TODAY - timedelta(days=offset))
    row = db.scalars(select(WorkoutPlan).order_by(WorkoutPlan.id.desc()).limit(1)).one()
    assert plan.start_date == TODAY - timedelta(days=offset)
    return headers, row.id


def _main(session: Any) -> list[Any]:
    return [e for b in session.blocks if b.kind == "main" for e in b.exercises]


def _plan(client: TestClient, db: Session, headers: dict[str, str], start: Any) -> PlanData:
    body = {"duration_weeks": 4, "start_date": start.isoformat()}
    plan_id = client.post("/api/v1/plans", json=body, headers=headers).json()["id"]
    row = db.get(WorkoutPlan, plan_id)
    assert row is not None
    plan = with_loads(PlanData.model_validate(row.plan_data))
    row.plan_data = plan.model_dump(mode="json")
    db.flush()
    return plan


def _say(client: TestClient, headers: dict[str, str], message: str) -> str:
    response = client.post("/api/v1/chat/messages", json={"message": message}, headers=headers)
    assert response.status_code == 201, response.text
    reply: str = response.json()["reply"]["message"]
    return reply


def _todays_lift(client: TestClient, headers: dict[str, str], plan_id: int) -> dict[str, Any]:
    plan = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["plan_data"]
    session = next(
        s for w in plan["weeks"] for s in w["sessions"] if s["date"] == TODAY.isoformat()
    )
    return next(
        e
        for b in session["blocks"]
        if b["kind"] == "main"
        for e in b["exercises"]
        if e["reps"] and e["load_kg"]
    )


def test_a_lift_logged_in_the_chat_is_recorded_and_adapts_the_plan(
    client: TestClient, db: Session
) -> None:
    headers, plan_id = _lifter(client, db)
    lift = _todays_lift(client, headers, plan_id)
    kg = lift["load_kg"]
    reply = _say(client, headers, f"did {lift['sets']}x{lift['reps']} at {kg} kg, felt easy")
    assert reply.startswith("Logged for"), reply
    logs = db.scalars(select(TrainingLog).where(TrainingLog.plan_id == plan_id)).all()
    assert [log.status for log in logs] == ["done"]
    assert logs[0].sets[0].exercise_id == lift["exercise_id"]
    assert logs[0].sets[0].rpe == 5.5
    adjustments = client.get(f"/api/v1/plans/{plan_id}", headers=headers).json()["adjustments"]
    assert adjustments, "an easy session moves the next one"
    assert "What changed because of it" in reply
    why = _say(client, headers, f"why did my {lift['name'].split()[-1].lower()} go up?")
    assert adjustments[0]["reason"] in why or "I have not changed" in why


def test_a_run_logged_in_the_chat(client: TestClient) -> None:
    _, headers = onboard(client, sport="running", days_per_week=3)
    reply = _say(client, headers, "ran 5 km in 26:10")
    assert "5 km in 26:10" in reply
    assert "5:14/km" in reply


def test_missing_yesterday_is_recorded_and_explained(client: TestClient, db: Session) -> None:
    headers, plan_id = _lifter(client, db)
    reply = _say(client, headers, "I missed yesterday")
    assert "marked as missed" in reply, reply
    log = db.scalars(select(TrainingLog).where(TrainingLog.plan_id == plan_id)).one()
    assert (log.status, log.date) == ("skipped", TODAY - timedelta(days=1))
    again = _say(client, headers, "I missed yesterday")
    assert "already has its log" in again or "no planned session" in again


def test_the_coach_answers_from_the_log(client: TestClient, db: Session) -> None:
    headers, _ = _lifter(client, db)
    _say(client, headers, "bench 3x5 at 80 kg rpe 8")
    best = _say(client, headers, "what's my bench max?")
    assert "98.7 kg" in best, best  # Epley with two reps in reserve: 80 * (1 + 7/30)
    week = _say(client, headers, "how did last week go?")
    assert week.startswith("Last seven days")
    assert "session RPE x minutes" in week


def test_a_chat_log_that_breaks_a_rule_stores_nothing(client: TestClient, db: Session) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=3)
    before = row_counts(db)
    reply = _say(client, headers, "I missed yesterday")
    assert "no planned session" in reply
    after = row_counts(db)
    assert after["training_logs"] == before["training_logs"]
