"""Simulated athletes for the adaptation tests: plans with loads, logs as people write them.

`simulate` walks a plan day by day, lets an athlete log (or skip) each session as it stands that
day, and runs the adaptation after every log, exactly as the logbook does after a write.
"""

import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.training import build_plan
from app.training.adapt import (
    Adjustment,
    LoggedEntry,
    LoggedSet,
    LogStatus,
    PaceTable,
    SessionLog,
    adapt,
    apply_adjustments,
)
from app.training.adapt.load import expected_rpe
from app.training.contract import plan_document as schemas
from app.training.contract.plan_document import PlanData, Session, Week, work

START = dt.date(2026, 1, 5)
MAXES = {
    "back_squat": 120.0,
    "bench_press": 90.0,
    "deadlift": 150.0,
    "overhead_press": 55.0,
    "box_squat": 110.0,
    "front_squat": 95.0,
    "romanian_deadlift": 120.0,
    "barbell_row": 80.0,
    "trap_bar_deadlift": 150.0,
    "incline_bench_press": 75.0,
}

Athlete = Callable[[Week, Session, dt.date], SessionLog | None]


def plan_for(
    sport: str, level: str = "intermediate", days: int = 3, weeks: int = 12, age: int = 30
) -> PlanData:
    """A dated plan from the engine, with working loads on the barbell lifts."""
    profile = schemas.AthleteProfile(
        age=age, sport=sport, experience_level=level, days_per_week=days
    )
    plan = build_plan(profile, schemas.PlanOptions(duration_weeks=weeks, start_date=START))
    return with_loads(plan)


def with_loads(plan: PlanData, maxes: dict[str, float] = MAXES) -> PlanData:
    """Put load_kg on every lift with a %1RM whose max is known (as issue 11's plans do)."""
    document = plan.model_dump()
    for week in document["weeks"]:
        for session in week["sessions"]:
            for block in session["blocks"]:
                for exercise in block["exercises"]:
                    best = maxes.get(exercise["exercise_id"])
                    if best and exercise["percent_1rm"]:
                        exact = best * exercise["percent_1rm"] / 100
                        exercise["load_kg"] = math.floor(exact / 2.5) * 2.5
    return PlanData.model_validate(document)


@dataclass(frozen=True)
class Lifter:
    """How strong someone really is: the plan's maxes times `strength`, growing every week.

    A set's reps and RPE follow from Epley's formula: at a load w a lifter with max M has
    30 * (M / w - 1) reps to failure; what is left over after the prescribed reps is in reserve.
    """

    strength: float = 1.0
    growth_per_week: float = 0.005
    rpe_offset: float = 0.0
    """For work without a known max: the target RPE moved by this much."""

    def max_on(self, exercise_id: str, day: dt.date) -> float | None:
        """The true one-rep max of a lift on a day, if the lift has one."""
        best = MAXES.get(exercise_id)
        if best is None:
            return None
        weeks = (day - START).days / 7
        return best * self.strength * (1 + self.growth_per_week * weeks)

    def sets(self, exercise: schemas.Exercise, day: dt.date) -> tuple[LoggedSet, ...]:
        """The sets this lifter does of a prescription."""
        true_max = self.max_on(exercise.exercise_id, day)
        target = exercise.target_rpe or 8.0
        if exercise.reps is None or exercise.load_kg is None or true_max is None:
            return sets_done(exercise, min(10.0, max(1.0, target + self.rpe_offset)))
        to_failure = 30 * (true_max / exercise.load_kg - 1)
        if to_failure >= exercise.reps:
            rpe = max(5.0, 10 - math.floor((to_failure - exercise.reps) * 2) / 2)
            return sets_done(exercise, rpe)
        missed = exercise.reps - max(1, math.floor(to_failure))
        return sets_done(exercise, 10.0, missed)


def sets_done(
    exercise: schemas.Exercise, rpe: float, missed_reps: int = 0
) -> tuple[LoggedSet, ...]:
    """Every prescribed set as done, at an RPE, with some reps missed if asked."""
    if exercise.reps is not None:
        reps = max(1, exercise.reps - missed_reps)
        return tuple(
            LoggedSet(reps=reps, weight_kg=exercise.load_kg, rpe=rpe) for _ in range(exercise.sets)
        )
    if exercise.duration_s is not None:
        return tuple(
            LoggedSet(duration_s=exercise.duration_s, rpe=rpe) for _ in range(exercise.sets)
        )
    seconds = round((exercise.distance_m or 0) / 1000 * 330)
    return tuple(
        LoggedSet(distance_m=exercise.distance_m, duration_s=seconds, rpe=rpe)
        for _ in range(exercise.sets)
    )


def log_of(
    week: Week,
    session: Session,
    day: dt.date,
    lifter: Lifter = Lifter(),
    *,
    session_offset: float = 0.0,
    status: LogStatus = LogStatus.DONE,
) -> SessionLog:
    """The log of a planned session as this lifter does it, with a session RPE and minutes."""
    entries = tuple(LoggedEntry(e.exercise_id, lifter.sets(e, day)) for e in work(session))
    return SessionLog(
        date=day,
        week=week.week,
        day=session.day,
        status=status,
        duration_min=session.duration_min,
        session_rpe=min(10.0, max(1.0, expected_rpe(session) + session_offset)),
        entries=() if status is LogStatus.SKIPPED else entries,
        prescription=session,
    )


@dataclass
class Step:
    """One log and what the adaptation did after it."""

    day: dt.date
    log: SessionLog
    before: PlanData
    after: PlanData
    adjustments: list[Adjustment]


@dataclass
class Simulation:
    """A plan lived through: its final state and every step on the way."""

    start: PlanData
    plan: PlanData
    steps: list[Step] = field(default_factory=list)

    def adjustments(self, rule: str | None = None) -> Iterator[tuple[Step, Adjustment]]:
        """Every adjustment made (of one rule, if given), with its step."""
        for step in self.steps:
            for adjustment in step.adjustments:
                if rule is None or adjustment.rule == rule:
                    yield step, adjustment


def simulate(plan: PlanData, athlete: Athlete, paces: PaceTable | None = None) -> Simulation:
    """Live through the plan: each day, log what the athlete does, then adapt."""
    assert plan.start_date is not None
    result = Simulation(start=plan, plan=plan)
    logs: list[SessionLog] = []
    applied: list[Adjustment] = []
    day, end = plan.start_date, plan.start_date + dt.timedelta(weeks=plan.duration_weeks)
    while day < end:
        todays = [(w, s) for w in result.plan.weeks for s in w.sessions if s.date == day]
        for week, session in todays:
            log = athlete(week, session, day)
            if log is None:
                continue
            logs.append(log)
            changes = adapt(result.plan, logs, log, day, applied=applied, paces=paces)
            after = apply_adjustments(result.plan, changes)
            result.steps.append(Step(day, log, result.plan, after, changes))
            result.plan, applied = after, [*applied, *changes]
        day += dt.timedelta(days=1)
    return result


def loads_of(plan: PlanData, exercise_id: str) -> list[tuple[dt.date, float]]:
    """Every working load of one lift, by date."""
    return [
        (s.date, e.load_kg)
        for w in plan.weeks
        for s in w.sessions
        for e in work(s)
        if e.exercise_id == exercise_id and e.load_kg is not None and s.date is not None
    ]


def trained_until(plan: PlanData, day: dt.date) -> list[SessionLog]:
    """Plain "done" logs of every session before `day`: someone who has been training."""
    return [
        SessionLog(date=s.date, week=w.week, day=s.day, status=LogStatus.DONE, prescription=s)
        for w in plan.weeks
        for s in w.sessions
        if s.date is not None and s.date < day
    ]
