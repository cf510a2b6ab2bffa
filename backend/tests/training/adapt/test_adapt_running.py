"""Runs: distance grows only when last week earned it; paces follow a race or time trial."""

import datetime as dt

import pytest

from app.training.adapt import (
    LoggedEntry,
    LoggedSet,
    LogStatus,
    SessionLog,
    adapt,
    apply_adjustments,
)
from app.training.adapt.running import longest_run, race_result, race_words
from app.training.contract.plan_document import PlanData
from app.training.running.run_volume import metres_run
from tests.training.adapt.athletes import Lifter, log_of, plan_for, trained_until


def _week_one(plan: PlanData, done: int, session_offset: float = 0.0) -> list[SessionLog]:
    """Week 1 logged: the last `done` sessions done (the long run among them), the rest skipped."""
    week = plan.weeks[0]
    logs = []
    for index, session in enumerate(week.sessions):
        assert session.date is not None
        done_here = index >= len(week.sessions) - done
        status = LogStatus.DONE if done_here else LogStatus.SKIPPED
        logs.append(
            log_of(
                week, session, session.date, Lifter(), session_offset=session_offset, status=status
            )
        )
    return logs


def _after_week_one(plan: PlanData, logs: list[SessionLog]) -> PlanData:
    changes = adapt(plan, logs, logs[-1], logs[-1].date)
    return apply_adjustments(plan, changes)


@pytest.fixture(scope="module")
def runner() -> PlanData:
    plan = plan_for("running", days=4, weeks=8)
    assert metres_run(plan.weeks[1].sessions)[0] > metres_run(plan.weeks[0].sessions)[0]
    return plan


def test_a_mostly_missed_week_holds_next_weeks_distance(runner: PlanData) -> None:
    adapted = _after_week_one(runner, _week_one(runner, done=1))
    assert metres_run(adapted.weeks[1].sessions)[0] <= metres_run(runner.weeks[0].sessions)[0]
    assert longest_run(adapted.weeks[1].sessions) <= longest_run(runner.weeks[0].sessions)
    third, second = (
        metres_run(adapted.weeks[2].sessions)[0],
        metres_run(adapted.weeks[1].sessions)[0],
    )
    assert third <= 1.1 * second, "the plan builds back at 10% a week at most"


def test_a_hard_feeling_week_holds_next_weeks_distance(runner: PlanData) -> None:
    adapted = _after_week_one(runner, _week_one(runner, done=4, session_offset=2))
    assert metres_run(adapted.weeks[1].sessions)[0] <= metres_run(runner.weeks[0].sessions)[0]


def test_a_good_week_lets_the_distance_grow(runner: PlanData) -> None:
    adapted = _after_week_one(runner, _week_one(runner, done=4))
    assert metres_run(adapted.weeks[1].sessions) == metres_run(runner.weeks[1].sessions)


def _time_trial(
    day: dt.date, metres: float, seconds: float, notes: str = "time trial"
) -> SessionLog:
    entry = LoggedEntry("easy_run", (LoggedSet(distance_m=metres, duration_s=int(seconds)),))
    return SessionLog(
        date=day, week=None, day=None, status=LogStatus.DONE, duration_min=30, session_rpe=9,
        entries=(entry,), notes=notes,
    )  # fmt: skip


def test_a_race_or_time_trial_is_read_from_the_log() -> None:
    day = dt.date(2026, 1, 10)
    assert race_result(_time_trial(day, 5000, 1570)) == (5000, 1570)
    assert race_result(_time_trial(day, 5000, 1570, notes="easy jog")) is None
    assert race_result(_time_trial(day, 800, 200)) is None
    assert race_words(5000, 1570) == "5 km in 26:10"
    assert race_words(42195, 3 * 3600 + 59 * 60 + 5) == "42.195 km in 3:59:05"


def test_paces_follow_a_time_trial(runner: PlanData) -> None:
    numbers = pytest.importorskip("app.training.adapt.paces")
    day = runner.weeks[0].sessions[-1].date
    assert day is not None
    trial = _time_trial(day, 5000, 1500)
    changes = adapt(runner, [*trained_until(runner, day), trial], trial, day, paces=numbers.DANIELS)
    paces = [c for c in changes if c.field == "pace"]
    assert paces
    assert "5 km in 25:00" in paces[0].reason
    assert "VDOT 38.3" in paces[0].reason
