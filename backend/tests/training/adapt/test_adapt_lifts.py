"""Lift rules: up when easy, hold at target, down after a miss at RPE 10, reset after stalls."""

import datetime as dt

import pytest

from app.training.adapt import LoggedEntry, LoggedSet, LogStatus, SessionLog, adapt
from app.training.adapt.lifts import Outcome, judge, round_to_step
from app.training.contract.plan_document import Exercise, PlanData, Session, work
from app.training.numbers.strength import estimated_one_rep_max
from tests.training.adapt.athletes import loads_of, plan_for, trained_until

SQUAT = "back_squat"


@pytest.fixture(scope="module")
def gym() -> PlanData:
    """A 12-week intermediate gym plan with loads on the barbell lifts."""
    return plan_for("gym")


def _squat_day(plan: PlanData, week: int = 2) -> tuple[Session, Exercise]:
    """The first session of `week` with a loaded back squat, and the squat."""
    for session in plan.weeks[week - 1].sessions:
        for exercise in work(session):
            if exercise.exercise_id == SQUAT and exercise.load_kg:
                return session, exercise
    raise AssertionError("no squat")


def _log(session: Session, week: int, sets: list[LoggedSet]) -> SessionLog:
    """A log of `session` whose squat was done as `sets` (other work as prescribed)."""
    assert session.date is not None
    return SessionLog(
        date=session.date,
        week=week,
        day=session.day,
        status=LogStatus.DONE,
        duration_min=session.duration_min,
        session_rpe=6,
        entries=(LoggedEntry(SQUAT, tuple(sets)),),
        prescription=session,
    )


def _squat_sets(
    exercise: Exercise, reps: int, rpe: float, kg: float | None = None
) -> list[LoggedSet]:
    """The prescribed number of sets at `reps` and `rpe`."""
    weight = kg if kg is not None else exercise.load_kg
    return [LoggedSet(reps=reps, weight_kg=weight, rpe=rpe) for _ in range(exercise.sets)]


def _next_squat_load(plan: PlanData, after: dt.date) -> float:
    """The next loaded squat after a date."""
    return next(kg for day, kg in loads_of(plan, SQUAT) if day > after)


def _adapted_next(plan: PlanData, log: SessionLog) -> tuple[float, float, list[str]]:
    """(planned next squat, adapted next squat, reasons) after one log."""
    from app.training.adapt import apply_adjustments

    changes = adapt(plan, [*trained_until(plan, log.date), log], log, log.date)
    adapted = apply_adjustments(plan, changes)
    reasons = [c.reason for c in changes if c.exercise_id == SQUAT]
    return _next_squat_load(plan, log.date), _next_squat_load(adapted, log.date), reasons


def test_every_rep_one_below_target_raises_the_next_load(gym: PlanData) -> None:
    session, squat = _squat_day(gym, week=5)
    target = squat.target_rpe or 8
    log = _log(session, 5, _squat_sets(squat, squat.reps or 5, target - 1))
    planned, adapted, reasons = _adapted_next(gym, log)
    assert adapted > planned
    assert 0.025 * planned - 2.5 <= adapted - planned <= 0.05 * planned + 2.5
    assert any(r.startswith(f"up from {planned:g} kg") for r in reasons), reasons


def test_every_rep_at_target_holds(gym: PlanData) -> None:
    session, squat = _squat_day(gym, week=5)
    log = _log(session, 5, _squat_sets(squat, squat.reps or 5, squat.target_rpe or 8))
    planned, adapted, reasons = _adapted_next(gym, log)
    assert adapted == planned
    assert reasons == []


def test_reps_missed_at_rpe_10_lowers_the_next_load_5_to_10_percent(gym: PlanData) -> None:
    session, squat = _squat_day(gym, week=5)
    log = _log(session, 5, _squat_sets(squat, (squat.reps or 5) - 2, 10))
    planned, adapted, reasons = _adapted_next(gym, log)
    assert 0.88 * planned <= adapted <= 0.95 * planned + 1.25
    assert any("reps missed at RPE 10" in r for r in reasons)


def test_two_stalls_in_a_row_reset_the_lift(gym: PlanData) -> None:
    first, squat = _squat_day(gym, week=5)
    second, squat_2 = _squat_day(gym, week=6)
    logs = [
        _log(first, 5, _squat_sets(squat, (squat.reps or 5) - 1, 9)),
        _log(second, 6, _squat_sets(squat_2, (squat_2.reps or 5) - 1, 9)),
    ]
    changes = adapt(gym, [*trained_until(gym, first.date), *logs], logs[-1], logs[-1].date)
    squats = [c for c in changes if c.exercise_id == SQUAT and c.field == "load_kg"]
    assert squats
    assert all(isinstance(c.after, float) and c.after < c.before for c in squats)
    assert "stalled two sessions in a row" in squats[0].reason


def test_a_single_miss_below_rpe_10_holds(gym: PlanData) -> None:
    session, squat = _squat_day(gym, week=5)
    log = _log(session, 5, _squat_sets(squat, (squat.reps or 5) - 1, 9))
    planned, adapted, _ = _adapted_next(gym, log)
    assert adapted == planned


def test_sets_of_eight_or_more_progress_by_a_rep_unless_a_percent_fixes_the_reps(
    gym: PlanData,
) -> None:
    session, squat = _squat_day(gym, week=1)
    assert (squat.reps or 0) >= 8
    log = _log(session, 1, _squat_sets(squat, squat.reps or 10, (squat.target_rpe or 7) - 1.5))
    changes = [c for c in adapt(gym, [log], log, log.date) if c.exercise_id == SQUAT]
    fields = {c.field for c in changes}
    if squat.percent_1rm is None:
        assert fields == {"reps"}
    else:  # more reps at the same %1RM would be harder than the target RPE: the load moves
        assert fields == {"load_kg"}
    assert all(c.after > c.before for c in changes)  # type: ignore[operator]


def test_the_step_up_follows_the_best_recent_e1rm(gym: PlanData) -> None:
    session, squat = _squat_day(gym, week=5)
    kg, reps = squat.load_kg or 0, squat.reps or 5
    small = _log(session, 5, _squat_sets(squat, reps, (squat.target_rpe or 8) - 1))
    big = _log(session, 5, _squat_sets(squat, reps, 5))
    planned, after_small, _ = _adapted_next(gym, small)
    _, after_big, _ = _adapted_next(gym, big)
    assert planned < after_small <= after_big
    assert after_big - planned <= 0.05 * kg + 2.5


def test_judging_a_lift() -> None:
    squat = Exercise(
        exercise_id=SQUAT, name="Back squat", sets=3, reps=5, intensity="RPE 8", rest_s=180,
        target_rpe=8, load_kg=100,
    )  # fmt: skip
    entry = LoggedEntry(SQUAT, tuple(LoggedSet(reps=5, weight_kg=100, rpe=7) for _ in range(3)))
    assert judge(squat, entry).outcome is Outcome.EASY
    lighter = LoggedEntry(SQUAT, tuple(LoggedSet(reps=5, weight_kg=90, rpe=6) for _ in range(3)))
    assert judge(squat, lighter).outcome is Outcome.MISSED
    two_sets = LoggedEntry(SQUAT, tuple(LoggedSet(reps=5, weight_kg=100, rpe=8) for _ in range(2)))
    assert judge(squat, two_sets).outcome is Outcome.MISSED
    grind = LoggedEntry(SQUAT, tuple(LoggedSet(reps=5, weight_kg=100, rpe=9.5) for _ in range(3)))
    assert judge(squat, grind).outcome.stalled


def test_e1rm_is_epley_with_reps_in_reserve() -> None:
    assert estimated_one_rep_max(100, 1) == 100
    assert estimated_one_rep_max(100, 5) == pytest.approx(100 * (1 + 5 / 30))
    assert estimated_one_rep_max(80, 5, rpe=8) == pytest.approx(80 * (1 + 7 / 30))


def test_loads_round_to_the_kit() -> None:
    assert round_to_step(71.2, 2.5) == 70.0
    assert round_to_step(23.1, 2.0) == 24.0
