"""The planner: a profile and options in, a validated, periodized plan out.

    plan = build_plan(AthleteProfile(...), PlanOptions(duration_weeks=8))

The work is deterministic (no randomness: the same inputs give the same plan) and pure (no
I/O), so the API can call it inline and the tests can call it thousands of times. The steps:
resolve the athlete (kit, goals, age band), lay out the weeks (phases, deloads, taper), write
each week's sessions from the sport's split (or the running week), and wrap it all in a
`PlanData` that is validated as it is built.
"""

import datetime as dt

from app.training import (
    assemble,
    context,
    dosage,
    extras,
    narrative,
    periodization,
    running,
    running_sessions,
    schedule,
    selection,
    sessions,
    splits,
)
from app.training.context import Athlete
from app.training.extras import skill_slots
from app.training.library import CATALOGUE
from app.training.periodization import WeekFrame
from app.training.schemas import (
    ENGINE_GENERATOR,
    AthleteProfile,
    PlanData,
    PlanOptions,
    Session,
    Week,
)
from app.training.vocabulary import Goal, Pattern, Sport


def build_plan(profile: AthleteProfile, options: PlanOptions) -> PlanData:
    """Write a plan for `profile` with `options`: same inputs, same plan."""
    athlete = context.resolve(profile, options)
    frames = periodization.plan_weeks(options.duration_weeks, athlete.event)
    weeks = [_week(athlete, frame, options) for frame in frames]
    return PlanData(
        generator=ENGINE_GENERATOR,
        title=narrative.title(athlete, options.duration_weeks),
        summary=narrative.summary(athlete, frames),
        sport=athlete.sport,
        experience_level=athlete.level,
        days_per_week=athlete.days,
        duration_weeks=options.duration_weeks,
        goals=sorted(athlete.goals, key=list(Goal).index),
        equipment=sorted(athlete.equipment),
        start_date=options.start_date,
        safety_notes=narrative.safety_notes(athlete),
        weeks=weeks,
    )


def _dates(options: PlanOptions, frame: WeekFrame, days: int) -> list[dt.date | None]:
    """Each session's date on the training days when the plan has a start date; else none.

    Without training days the default spread is counted from the start day.

    Raises:
        ValueError: When `training_days` does not name exactly `days` weekdays.
    """
    if options.start_date is None:
        return [None] * days
    weekdays = options.training_days or schedule.spread_from(options.start_date, days)
    if len(weekdays) != days:
        raise ValueError(f"training_days must name exactly {days} days")
    return list(schedule.week_dates(options.start_date, frame.week, weekdays))


def _week(athlete: Athlete, frame: WeekFrame, options: PlanOptions) -> Week:
    """One week: its sessions, focus and notes."""
    dates = _dates(options, frame, athlete.days)
    if athlete.sport is Sport.RUNNING:
        written = running.week(athlete, frame, dates)
        focus, notes = narrative.week_notes(athlete, frame, _run_km(written))
    else:
        layout = splits.week_of(athlete.sport, athlete.level, athlete.days)
        skills = skill_slots(athlete, layout)
        written = [
            sessions.build(day, index, layout, (athlete, frame), skills[index], dates[index])
            for index, day in enumerate(layout)
        ]
        focus, notes = narrative.week_notes(athlete, frame, None)
    return Week(week=frame.week, phase=frame.phase, focus=focus, notes=notes, sessions=written)


def _run_km(written: list[Session]) -> float:
    """Kilometres of running in a week's work blocks (warm-up jogs are timed, not counted)."""
    metres = sum(
        exercise.sets * (exercise.distance_m or 0)
        for session in written
        for block in session.blocks
        for exercise in block.exercises
        if exercise.exercise_id in RUN_IDS
    )
    return metres / 1000


RUN_IDS = frozenset(movement.id for movement in CATALOGUE if movement.pattern is Pattern.RUN)


def clear_caches() -> None:
    """Forget every memoised choice and dose (for benchmarks and tests: never needed otherwise).

    The caches only ever hold pure results, so clearing them changes speed, never a plan.
    """
    for cache in (
        context.cached_athlete,
        assemble.exercise,
        dosage.cached_prescription,
        extras.finisher,
        running_sessions.prep_blocks,
        selection.candidates,
        selection.candidates_across,
        selection.choose,
        sessions.warm_up,
        sessions.cool_down,
    ):
        cache.cache_clear()
