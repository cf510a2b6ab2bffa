"""Missed sessions: move a key session when it fits, drop it otherwise, come back easy."""

import datetime as dt

from app.training.adapt import LogStatus, SessionLog, adapt, apply_adjustments
from app.training.adapt.missed import latest_missed
from app.training.adapt.records import History
from app.training.contract.hard_days import is_hard, longest_hard_run
from app.training.contract.plan_document import PlanData, Session
from app.training.contract.vocabulary import SessionIntensity
from tests.training.adapt.athletes import plan_for, trained_until


def _skip(plan: PlanData, week: int, day: int) -> SessionLog:
    """A skipped log of one planned session, on its day."""
    session = plan.session(week, day)
    assert session.date is not None
    return SessionLog(
        date=session.date, week=week, day=day, status=LogStatus.SKIPPED, prescription=session
    )


def _with_intensity(plan: PlanData, week: int, day: int, intensity: SessionIntensity) -> PlanData:
    """The plan with one session's intensity changed (to build a tight week)."""
    document = plan.model_dump()
    document["weeks"][week - 1]["sessions"][day - 1]["intensity"] = intensity
    return PlanData.model_validate(document)


def _sessions(plan: PlanData) -> list[Session]:
    return [s for w in plan.weeks for s in w.sessions]


def test_a_missed_hard_session_moves_to_the_next_free_day() -> None:
    plan = plan_for("running", days=4, weeks=8)
    quality = plan.session(2, 2)
    assert is_hard(quality)
    assert quality.date is not None
    skipped = _skip(plan, 2, 2)
    logs = [*trained_until(plan, quality.date), skipped]
    changes = adapt(plan, logs, skipped, quality.date)
    moves = [c for c in changes if c.field == "date"]
    assert [(m.week, m.day, m.after) for m in moves] == [
        (2, 2, (quality.date + dt.timedelta(days=1)).isoformat())
    ]
    assert "moved from" in moves[0].reason
    adapted = apply_adjustments(plan, changes)
    assert adapted.session(2, 2).date == quality.date + dt.timedelta(days=1)
    assert adapted.session(2, 2).blocks == quality.blocks, "never stacked: the same work moves"


def test_a_move_that_makes_two_hard_days_in_a_row_is_dropped() -> None:
    plan = plan_for("running", days=4, weeks=8)
    plan = _with_intensity(plan, 2, 3, SessionIntensity.HARD)  # Thursday hard too
    quality = plan.session(2, 2)
    assert quality.date is not None
    skipped = _skip(plan, 2, 2)
    history = History((*trained_until(plan, quality.date), skipped), skipped, quality.date)
    missed = latest_missed(plan, history)
    assert missed is not None
    assert missed.moved_to is None
    assert "dropped" in missed.why
    changes = adapt(plan, history.logs, skipped, quality.date)
    assert not [c for c in changes if c.field == "date"]
    assert all(
        c.field not in ("sets", "reps", "distance_m") or c.after <= c.before for c in changes
    )  # type: ignore[operator]


def test_advanced_athletes_may_have_two_hard_days_in_a_row() -> None:
    plan = plan_for("running", level="advanced", days=4, weeks=8)
    plan = _with_intensity(plan, 2, 3, SessionIntensity.HARD)
    quality = plan.session(2, 2)
    assert is_hard(quality)
    assert quality.date is not None
    skipped = _skip(plan, 2, 2)
    changes = adapt(plan, [*trained_until(plan, quality.date), skipped], skipped, quality.date)
    adapted = apply_adjustments(plan, changes)
    assert [c.field for c in changes if c.field == "date"] == ["date"]
    assert longest_hard_run(_sessions(adapted)) <= 2


def test_no_free_day_before_the_next_session_drops_it() -> None:
    plan = plan_for("running", days=4, weeks=8)
    monday = plan.session(2, 1)  # Tuesday follows at once
    assert monday.date is not None
    plan = _with_intensity(plan, 2, 1, SessionIntensity.HARD)
    plan = _with_intensity(plan, 2, 2, SessionIntensity.EASY)
    skipped = _skip(plan, 2, 1)
    changes = adapt(plan, [*trained_until(plan, monday.date), skipped], skipped, monday.date)
    assert changes == []


def test_a_session_passed_without_a_log_counts_as_missed() -> None:
    plan = plan_for("running", days=4, weeks=8)
    quality = plan.session(2, 2)
    assert quality.date is not None
    logs = list(trained_until(plan, quality.date))
    wednesday = quality.date + dt.timedelta(days=1)
    history = History(tuple(logs), logs[-1], wednesday)
    missed = latest_missed(plan, history)
    assert missed is not None
    assert missed.session.day == 2
    assert missed.moved_to is None, "Thursday is the next session: no free day after Wednesday"


def test_a_week_off_brings_a_return_week_once() -> None:
    plan = plan_for("gym", weeks=8)
    back = plan.session(4, 1)
    assert back.date is not None
    before_break = trained_until(plan, plan.session(3, 1).date or back.date)
    first = SessionLog(date=back.date, week=4, day=1, status=LogStatus.DONE, prescription=back)
    changes = adapt(plan, [*before_break, first], first, back.date)
    returns = [c for c in changes if c.rule == "return"]
    assert returns
    assert all(c.date and back.date < c.date <= back.date + dt.timedelta(days=7) for c in returns)
    assert all(c.after < c.before for c in returns)  # type: ignore[operator]
    assert "return week after" in returns[0].reason
    adapted = apply_adjustments(plan, changes)
    second_session = adapted.session(4, 2)
    assert second_session.date is not None
    second = SessionLog(
        date=second_session.date, week=4, day=2, status=LogStatus.DONE, prescription=second_session
    )
    again = adapt(
        adapted, [*before_break, first, second], second, second_session.date, applied=changes
    )
    assert not [c for c in again if c.rule == "return"]
