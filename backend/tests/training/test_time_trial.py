"""Week 1 of a runner with no race time: a time trial session whose time paces the plan."""

import datetime as dt
from dataclasses import replace

from app.training import checks, planner
from app.training.adapt import paces as vdot
from app.training.adapt.records import LoggedEntry, LoggedSet, SessionLog
from app.training.contract.plan_document import (
    AthleteProfile,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
    Week,
    work,
)
from app.training.contract.vocabulary import SessionIntensity
from app.training.running.run_volume import metres_run
from tests.training.adapt.athletes import log_of, simulate

START = dt.date(2027, 1, 4)


def _plan(level: str = "intermediate", age: int = 30, **profile: str) -> PlanData:
    """A 10-week 10k plan on four days from `START`."""
    who = AthleteProfile(
        age=age, sport="running", experience_level=level, days_per_week=4, **profile
    )
    return planner.build_plan(who, PlanOptions(duration_weeks=10, start_date=START))


def _trials(plan: PlanData) -> list[tuple[Session, Exercise]]:
    """Every time trial the plan prescribes, with its session."""
    return [
        (session, exercise)
        for week in plan.weeks
        for session in week.sessions
        for exercise in work(session)
        if exercise.exercise_id == "time_trial"
    ]


def test_a_runner_without_a_time_starts_with_a_time_trial_session() -> None:
    plan = _plan(goals="run a faster 10k")
    trials = _trials(plan)
    assert len(trials) == 1
    session, trial = trials[0]
    assert session in plan.weeks[0].sessions
    assert session.title == f"{(trial.distance_m or 0) // 1000} km time trial"
    assert trial.distance_m in (3000, 5000)
    assert session.intensity is SessionIntensity.HARD
    hard_days = [s for s in plan.weeks[0].sessions if s.intensity is SessionIntensity.HARD]
    assert hard_days == [session]  # the week's one hard session
    total, hard = metres_run(plan.weeks[0].sessions)
    assert hard <= 0.25 * total  # 80/20 holds in the trial week too
    assert "log its time" in plan.weeks[0].notes
    who = AthleteProfile(age=30, sport="running", experience_level="intermediate",
                         days_per_week=4, goals="run a faster 10k")  # fmt: skip
    assert not checks.find_violations(plan, who, PlanOptions(duration_weeks=10, start_date=START))


def test_no_time_trial_for_whoever_has_a_time_or_should_not_race_all_out() -> None:
    assert not _trials(_plan(goals="my 10k best is 48:30"))
    assert not _trials(_plan("beginner", goals="run a 10k"))
    assert not _trials(_plan(age=15, goals="run a 10k"))
    assert not _trials(_plan(goals="run a 10k", limitations="I'm pregnant"))


def _trial_runner(week: Week, session: Session, day: dt.date) -> SessionLog:
    """Runs as planned; the time trial takes 14:30 for 3 km or 25:00 for 5 km."""
    log = log_of(week, session, day)
    trial = next((e for e in work(session) if e.exercise_id == "time_trial"), None)
    if trial is None:
        return log
    seconds = 870 if trial.distance_m == 3000 else 1500
    done = LoggedEntry("time_trial", (LoggedSet(distance_m=trial.distance_m, duration_s=seconds),))
    return replace(log, entries=(done,), session_rpe=9)


def test_the_logged_time_trial_paces_the_rest_of_the_plan() -> None:
    plan = _plan(goals="run a faster 10k")
    assert not any(e.pace for w in plan.weeks for s in w.sessions for e in work(s))
    sim = simulate(plan, _trial_runner, paces=vdot.DANIELS)
    changes = list(sim.adjustments("paces"))
    assert changes
    trial = _trials(plan)[0][1]
    said = "3 km in 14:30" if trial.distance_m == 3000 else "5 km in 25:00"
    assert all(a.reason.startswith(f"paces from your {said}") for _, a in changes)
    later = [e for w in sim.plan.weeks[1:] for s in w.sessions for e in work(s) if e.pace]
    assert later  # the weeks after the trial run at paces from it
