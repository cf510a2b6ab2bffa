"""Session load, monotony, strain, fitness and fatigue, and the fatigue rule built on them."""

import datetime as dt

import pytest

from app.training.adapt import LogStatus, SessionLog, adapt, apply_adjustments
from app.training.adapt.load import fitness_and_fatigue, monotony, week_load
from app.training.adapt.upcoming import LIGHT_PHASES
from app.training.checks import week_work
from app.training.contract.vocabulary import Sport
from tests.training.adapt.athletes import Lifter, log_of, plan_for, simulate

DAY = dt.date(2026, 3, 2)


def _done(day: dt.date, rpe: float, minutes: int) -> SessionLog:
    return SessionLog(
        date=day, week=None, day=None, status=LogStatus.DONE, duration_min=minutes, session_rpe=rpe
    )


def test_session_load_is_rpe_times_minutes() -> None:
    assert _done(DAY, 7, 60).load == 420
    skipped = SessionLog(date=DAY, week=1, day=1, status=LogStatus.SKIPPED, session_rpe=7)
    assert skipped.load == 0


def test_monotony_and_strain_follow_foster() -> None:
    week = [_done(DAY + dt.timedelta(days=d), 5, 60) for d in (0, 2, 4)]
    loads = [300.0, 0, 300, 0, 300, 0, 0]
    summary = week_load(week, DAY)
    mean = sum(loads) / 7
    spread = (sum((x - mean) ** 2 for x in loads) / 7) ** 0.5
    assert summary.load == 900
    assert summary.monotony == pytest.approx(mean / spread, abs=0.01)
    assert summary.strain == pytest.approx(900 * mean / spread, abs=1)
    assert monotony([0.0] * 7) == 0
    assert monotony([100.0] * 7) == 10, "no spread at all is capped, not infinite"


def test_fitness_and_fatigue_are_42_and_7_day_averages() -> None:
    logs = [_done(DAY + dt.timedelta(days=d), 5, 60) for d in range(28)]
    fitness, fatigue, form = fitness_and_fatigue(logs, DAY + dt.timedelta(days=27))
    assert 0 < fitness < fatigue <= 300
    assert form == pytest.approx(fitness - fatigue, abs=0.2)
    assert fitness_and_fatigue([], DAY) == (0, 0, 0)


def test_two_strained_weeks_bring_the_deload_forward_or_cut_volume() -> None:
    plan = plan_for("gym", weeks=12)
    sim = simulate(plan, lambda w, s, d: log_of(w, s, d, Lifter(), session_offset=2.5))
    cuts = list(sim.adjustments("fatigue"))
    assert cuts, "an exhausted athlete gets a lighter week"
    step, first = cuts[0]
    assert ("deload brought forward" in first.reason) or ("volume cut 25%" in first.reason)
    assert step.day - plan.start_date >= dt.timedelta(days=13), "two weeks of evidence first"  # type: ignore[operator]
    week = first.week
    before = week_work(sim.start.weeks[week - 1], Sport.GYM)
    after = week_work(step.after.weeks[week - 1], Sport.GYM)
    assert after <= 0.85 * before
    assert sim.start.weeks[week - 1].phase not in LIGHT_PHASES


def test_a_cut_week_is_not_cut_twice() -> None:
    plan = plan_for("gym", weeks=12)
    sim = simulate(plan, lambda w, s, d: log_of(w, s, d, Lifter(), session_offset=2.5))
    weeks = [a.week for _, a in sim.adjustments("fatigue")]
    per_week = {w: [s.day for s, a in sim.adjustments("fatigue") if a.week == w] for w in weeks}
    assert all(len(set(days)) == 1 for days in per_week.values())


def test_fatigue_is_not_triggered_by_a_normal_week() -> None:
    plan = plan_for("gym", weeks=8)
    sim = simulate(plan, lambda w, s, d: log_of(w, s, d, Lifter()))
    assert not list(sim.adjustments("fatigue"))
    final = apply_adjustments(plan, [a for _, a in sim.adjustments()])
    assert final.duration_weeks == plan.duration_weeks
    assert adapt is not None
