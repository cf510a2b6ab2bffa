"""The planner: a profile and options in, a validated, periodized plan out.

    plan = build_plan(AthleteProfile(...), PlanOptions(duration_weeks=8))

The work is deterministic (no randomness: the same inputs give the same plan) and pure (no
I/O), so the API can call it inline and the tests can call it thousands of times. Each line of
`build_plan` and `_week` is one step of the pipeline, in the order of the package's folders:
resolve the athlete, lay out the calendar, write each week's sessions (from the sport's split,
or the running week), then the narrative around them.
"""

import datetime as dt

from app.training import narrative
from app.training.assembly import sessions
from app.training.assembly.drafts import AthleteWeek
from app.training.assembly.event_day import event_session
from app.training.athlete.resolved import Athlete, resolve
from app.training.calendar.dates import session_dates
from app.training.calendar.event_days import (
    EventPlacement,
    builds_to_event,
    event_session_index,
    placed_event,
    taper_for,
)
from app.training.calendar.hard_days import MOST_HARD_DAYS_IN_A_ROW, hard_run
from app.training.calendar.periodization import WeekFrame, plan_weeks, with_test_week
from app.training.contract.plan_document import (
    ENGINE_GENERATOR,
    AthleteProfile,
    PlanData,
    PlanOptions,
    Session,
    Week,
)
from app.training.contract.vocabulary import Goal, Sport
from app.training.narrative import plan_warnings
from app.training.numbers.baselines import Baselines
from app.training.programming.add_ons import skill_slots
from app.training.programming.straight_arm import straight_arm_days
from app.training.programming.weekly_splits import week_of
from app.training.running import hyrox_weeks, weekly_runs
from app.training.running.run_volume import metres_run
from app.training.running.time_trial import trial_km


def build_plan(
    profile: AthleteProfile,
    options: PlanOptions,
    baselines: Baselines | None = None,
    today: dt.date | None = None,
) -> PlanData:
    """Write a plan for `profile` with `options`: same inputs, same plan.

    Args:
        profile: Who the plan is for, limitations included.
        options: Length, kit, start date, event.
        baselines: The numbers the person stated; the goals text fills the gaps.
        today: The day the plan is made (for "fight in 8 weeks"); with an event and no start
            date, the plan starts today.
    """
    athlete = resolve(profile, options, baselines, today)
    start = options.start_date or (today if athlete.event_day else None)
    placement = placed_event(athlete, start, options.duration_weeks)
    frames = with_test_week(
        plan_weeks(
            options.duration_weeks,
            builds_to_event(athlete, placement),
            taper_for(athlete, (placement and placement.week) or options.duration_weeks),
            placement.week if placement else None,
        )
    )
    dated = options.model_copy(update={"start_date": start})
    rehearsal = hyrox_weeks.rehearsal_week(frames) if athlete.hyrox else None
    weeks = [_week(athlete, frame, dated, placement, rehearsal) for frame in frames]
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
        start_date=start,
        safety_notes=narrative.safety_notes(athlete),
        event=athlete.event_day if placement and placement.week else None,
        baselines_used=athlete.numbers.as_document(),
        warnings=plan_warnings(athlete, weeks, placement),
        weeks=weeks,
    )


def _week(
    athlete: Athlete,
    frame: WeekFrame,
    options: PlanOptions,
    placement: EventPlacement | None,
    rehearsal: int | None = None,
) -> Week:
    """One week: its sessions (the event in place of its day's training), focus and notes.

    `rehearsal` is a Hyrox plan's race-simulation week.
    """
    dates = session_dates(options, frame, athlete.days)
    if athlete.hyrox:
        written = hyrox_weeks.week(athlete, frame, dates, rehearsal)
        focus, notes = narrative.week_notes(athlete, frame, None)
        notes += hyrox_weeks.running_note(written)
    elif athlete.sport is Sport.RUNNING:
        written = weekly_runs.week(athlete, frame, dates)
        km = metres_run(written)[0] / 1000
        focus, notes = narrative.week_notes(athlete, frame, km, trial_km(written))
    else:
        written = _training_days(athlete, frame, dates)
        focus, notes = narrative.week_notes(athlete, frame, None)
    event = athlete.event_day
    if event is not None and placement is not None and placement.week == frame.week:
        index = event_session_index(dates, event.date)
        target = athlete.numbers.target_race or athlete.numbers.race
        written[index] = event_session(
            index + 1, event.date, event, athlete.sport, target, athlete.hyrox
        )
    return Week(week=frame.week, phase=frame.phase, focus=focus, notes=notes, sessions=written)


def _training_days(
    athlete: Athlete, frame: WeekFrame, dates: list[dt.date | None]
) -> list[Session]:
    """A week of the sport's split; a day that would follow too many hard days is eased.

    Straight-arm skill work goes only on the days `straight_arm_days` picks.
    """
    layout = week_of(athlete.sport, athlete.level, athlete.days)
    skills = skill_slots(athlete, layout)
    straight_arm = straight_arm_days(athlete, layout, skills, dates)
    whose = AthleteWeek(athlete, frame)
    allowed = MOST_HARD_DAYS_IN_A_ROW[athlete.level]
    written: list[Session] = []
    for index, day in enumerate(layout):
        parts = (day, index, layout, whose, skills[index], dates[index], index in straight_arm)
        session = sessions.build(*parts)
        if hard_run([*written, session], athlete.days) > allowed:
            session = sessions.build(*parts, ease=True)
        written.append(session)
    return written
