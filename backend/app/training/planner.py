"""The planner: a profile and options in, a validated, periodized plan out.

    plan = build_plan(AthleteProfile(...), PlanOptions(duration_weeks=8))

The work is deterministic (no randomness: the same inputs give the same plan) and pure (no
I/O), so the API can call it inline and the tests can call it thousands of times. Each line of
`build_plan` and `_week` is one step of the pipeline, in the order of the package's folders:
resolve the athlete, lay out the calendar, write each week's sessions (from the sport's split,
or the running week), then the narrative around them.
"""

from app.training import narrative
from app.training.assembly import sessions
from app.training.assembly.drafts import AthleteWeek
from app.training.athlete.resolved import Athlete, resolve
from app.training.calendar.dates import session_dates
from app.training.calendar.periodization import WeekFrame, plan_weeks
from app.training.contract.plan_document import (
    ENGINE_GENERATOR,
    AthleteProfile,
    PlanData,
    PlanOptions,
    Week,
)
from app.training.contract.vocabulary import Goal, Sport
from app.training.programming.add_ons import skill_slots
from app.training.programming.weekly_splits import week_of
from app.training.running import weekly_runs
from app.training.running.run_volume import metres_run


def build_plan(profile: AthleteProfile, options: PlanOptions) -> PlanData:
    """Write a plan for `profile` with `options`: same inputs, same plan."""
    athlete = resolve(profile, options)
    frames = plan_weeks(options.duration_weeks, athlete.event)
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


def _week(athlete: Athlete, frame: WeekFrame, options: PlanOptions) -> Week:
    """One week: its sessions, focus and notes."""
    dates = session_dates(options, frame, athlete.days)
    if athlete.sport is Sport.RUNNING:
        written = weekly_runs.week(athlete, frame, dates)
        focus, notes = narrative.week_notes(athlete, frame, metres_run(written)[0] / 1000)
    else:
        layout = week_of(athlete.sport, athlete.level, athlete.days)
        skills = skill_slots(athlete, layout)
        whose = AthleteWeek(athlete, frame)
        written = [
            sessions.build(day, index, layout, whose, skills[index], dates[index])
            for index, day in enumerate(layout)
        ]
        focus, notes = narrative.week_notes(athlete, frame, None)
    return Week(week=frame.week, phase=frame.phase, focus=focus, notes=notes, sessions=written)
