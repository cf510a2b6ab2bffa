"""Rules for how sport practice is laid out: roadwork in a fight camp, skill ladders, straight-arm
days and what teens may do.

Each rule mirrors what the engine writes (`programming/add_ons.py`, `assembly/sessions.py`,
`dosing/prescription.py`), so an LLM's plan is held to the same coaching as the built-in one.
"""

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

from app.training.athlete.resolved import MIN_SPARRING_AGE, Athlete
from app.training.calendar.dates import DEFAULT_SPREAD
from app.training.catalogue import BY_ID
from app.training.catalogue.ladders import RUNGS
from app.training.checks.violation import Violation
from app.training.contract.plan_document import PlanData, Session, Week, work
from app.training.contract.vocabulary import Pattern, Phase, Quality, SessionKind, Sport

MOST_STRAIGHT_ARM_DAYS = 3
"""Straight-arm work at most three days a week, never two days running (Low 2016)."""
TEEN_TOP_RPE = 9.0
"""Nothing at RPE 9 or more for teens: no maximal attempts (Faigenbaum et al. 2009)."""
LIGHT_PHASES = frozenset({Phase.DELOAD, Phase.TAPER})


def violations(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Every practice rule the plan breaks for this athlete."""
    yield from _bout_roadwork(plan, athlete)
    if athlete.sport is Sport.CALISTHENICS:
        yield from _straight_arm_days(plan)
        yield from _skill_ladders(plan)
    yield from _youth(plan, athlete)


def _event_week(week: Week) -> bool:
    """The week of the event: its day is set by the event, not by the plan's rhythm."""
    return any(session.kind is SessionKind.EVENT for session in week.sessions)


def _bout_roadwork(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """A fight camp runs every training week: easy in the base, intervals in the build.

    Deloads, the fight week (taper) and the fight's own week are left out.
    """
    if not athlete.preparing_for_bout:
        return
    for week in plan.weeks:
        if week.phase in LIGHT_PHASES or _event_week(week):
            continue
        runs = [
            e
            for s in week.sessions
            for e in work(s)
            if (movement := BY_ID.get(e.exercise_id)) and movement.pattern is Pattern.RUN
        ]
        if not runs:
            yield Violation(
                "bout_roadwork", f"week {week.week}: a fight camp needs roadwork every week"
            )


def calendar_day(week: Week, session: Session, days: int) -> dt.date:
    """The session's date, or for an undated plan its place in the default week."""
    if session.date is not None:
        return session.date
    offset = DEFAULT_SPREAD[days][session.day - 1].iso_index
    return dt.date(2001, 1, 1) + dt.timedelta(weeks=week.week - 1, days=offset)


def _straight_arm_days(plan: PlanData) -> Iterator[Violation]:
    """Calisthenics: straight-arm work (levers, planche, L-sit, handstands) on 3 days a week at
    most, never on consecutive calendar days, across the end of a week too.

    Elbows, wrists and shoulders take longer than muscle to adapt to straight-arm loading, so
    it is spread with a rest day between (Low, *Overcoming Gravity*, 2nd ed. 2016).
    """
    dates: list[dt.date] = []
    for week in plan.weeks:
        days = [
            calendar_day(week, s, plan.days_per_week)
            for s in week.sessions
            if s.kind is not SessionKind.EVENT
            and any(_straight_arm(e.exercise_id) for e in work(s))
        ]
        if len(days) > MOST_STRAIGHT_ARM_DAYS:
            yield Violation("straight_arm", f"week {week.week}: straight-arm work on 4+ days")
        dates.extend(days)
    for before, after in pairwise(sorted(dates)):
        if (after - before).days == 1:
            yield Violation("straight_arm", f"{after}: straight-arm work two days running")


def _straight_arm(exercise_id: str) -> bool:
    """Whether the library marks the exercise as straight-arm work."""
    movement = BY_ID.get(exercise_id)
    return movement is not None and movement.straight_arm


def _skill_ladders(plan: PlanData) -> Iterator[Violation]:
    """Calisthenics: a skill is never easier in a later week: its rung, and on the same rung
    its dose, hold.

    Skills are the library's skill-quality rungs (holds, balances, transitions); strength
    rungs such as pull-ups and pistols are dosed by the phase like any lift.

    Compared week by week over the loading weeks (deloads, tapers, event weeks and the test
    are meant to be lighter). A skill climbs its ladder as criteria are met (Low 2016); going
    back down a rung, or back to shorter holds, undoes the block before.
    """
    best: dict[int, tuple[int, int, int]] = {}
    for week in plan.weeks:
        if week.phase in LIGHT_PHASES or _event_week(week):
            continue
        for ladder, now in _top_rungs(week).items():
            before = best.get(ladder)
            if before is not None and _easier(now, before):
                yield Violation(
                    "skill_regression", f"week {week.week}: a skill is easier than the week before"
                )
            best[ladder] = now


def _top_rungs(week: Week) -> dict[int, tuple[int, int, int]]:
    """Each ladder's highest rung this week, with its most sets and longest dose on that rung."""
    top: dict[int, tuple[int, int, int]] = {}
    for session in week.sessions:
        for exercise in work(session):
            place, movement = RUNGS.get(exercise.exercise_id), BY_ID.get(exercise.exercise_id)
            if place is None or movement is None or movement.quality is not Quality.SKILL:
                continue  # strength rungs (pull-ups, pistols) follow the phase's doses
            if exercise.intensity.startswith("Test"):
                continue
            amount = exercise.reps or exercise.duration_s or exercise.distance_m or 0
            ladder, rung = place
            top[ladder] = max(top.get(ladder, (rung, 0, 0)), (rung, exercise.sets, amount))
    return top


def _easier(now: tuple[int, int, int], before: tuple[int, int, int]) -> bool:
    """A lower rung, or the same rung with fewer sets or a shorter hold / fewer reps."""
    if now[0] != before[0]:
        return now[0] < before[0]
    return now[1] < before[1] or now[2] < before[2]


def _youth(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Under 18: nothing at RPE 9 or more, no single-rep tests; no sparring under 16.

    Mirrors the engine's caps (`dosing/effort.py`: teens at RPE 8 at most, 5+ reps under a
    barbell, a test of 5 reps) after the NSCA youth position statement (Faigenbaum et al.
    2009) and Lloyd et al. 2014: technique first, no maximal attempts.
    """
    if not athlete.teen:
        return
    for week in plan.weeks:
        for session in week.sessions:
            if session.kind is SessionKind.EVENT:
                continue
            where = f"week {week.week} day {session.day}"
            for exercise in work(session):
                movement = BY_ID.get(exercise.exercise_id)
                if (exercise.target_rpe or 0) >= TEEN_TOP_RPE:
                    yield Violation("youth_max", f"{where}: {exercise.name} near maximal")
                elif exercise.reps == 1 and movement is not None and movement.loaded:
                    yield Violation("youth_max", f"{where}: {exercise.name}: a single")
                if movement is not None and movement.contact and athlete.age < MIN_SPARRING_AGE:
                    yield Violation("youth_sparring", f"{where}: no sparring under 16")
