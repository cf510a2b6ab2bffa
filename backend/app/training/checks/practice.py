"""Practice rules: roadwork in a fight camp, skill ladders, straight-arm days, teens.

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
from app.training.checks.sports import holds_event
from app.training.checks.violation import Violation
from app.training.contract.activity import (
    FAT_LOSS_MINUTES_A_DAY,
    FAT_LOSS_MINUTES_A_WEEK,
    run_minutes,
)
from app.training.contract.plan_document import Exercise, PlanData, Session, Week, work
from app.training.contract.vocabulary import (
    BlockKind,
    Goal,
    Pattern,
    Phase,
    Quality,
    SessionKind,
    Sport,
)

MOST_STRAIGHT_ARM_DAYS = 3
"""Straight-arm work at most three days a week, never two days running (Low 2016)."""
TEEN_TOP_RPE = 9.0
"""Nothing at RPE 9 or more for teens: no maximal attempts (Faigenbaum et al. 2009)."""
LIGHT_PHASES = frozenset({Phase.DELOAD, Phase.TAPER})
VIGOROUS_RPE = 7.0
"""Vigorous effort (CR-10 of about 7: ACSM's "hard"), counted twice as in WHO 2020."""
MIN_DAYS_FOR_FAT_LOSS_RULE = 2
"""One session a week cannot hold a weekly activity target; the energy-balance note does."""
SECONDS_PER_REP = 3
CARDIO_PATTERNS = frozenset(
    {Pattern.RUN, Pattern.AEROBIC, Pattern.CONDITIONING, Pattern.BOXING_SKILL, Pattern.FOOTWORK}
)


def violations(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Every practice rule the plan breaks for this athlete."""
    yield from _bout_roadwork(plan, athlete)
    if athlete.sport is Sport.CALISTHENICS:
        yield from _straight_arm_days(plan)
        yield from _skill_ladders(plan)
    yield from _youth(plan, athlete)
    yield from _fat_loss_conditioning(plan, athlete)


def _bout_roadwork(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """A fight camp runs every training week: easy in the base, intervals in the build.

    Deloads, the fight week (taper) and the fight's own week are left out.
    """
    if not athlete.preparing_for_bout:
        return
    for week in plan.weeks:
        if week.phase in LIGHT_PHASES or holds_event(week):
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
    """Calisthenics: straight-arm work on 3 days a week at most, never two days running.

    Straight-arm work is levers, planche, L-sit and handstands; the end of a week counts too.

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
    """Calisthenics: a skill never steps back down its ladder in a later week.

    Skills are the library's skill-quality rungs (holds, balances, transitions); strength
    rungs such as pull-ups and pistols are dosed by the phase like any lift. Compared week by
    week over the loading weeks; an event starts a new build. A skill climbs its ladder as
    criteria are met (Low 2016); going back down a rung undoes the block before. The dose on
    a rung never falling is the engine's (`dosing/prescription.skill`, tested): the checker
    leaves it out because an adaptation lightens a week on purpose (a return after time off,
    fatigue), and those weeks must stay storable.
    """
    best: dict[int, int] = {}
    for week in plan.weeks:
        if holds_event(week):
            best.clear()  # after the event a new build starts from its own base
        if week.phase in LIGHT_PHASES or holds_event(week):
            continue
        for ladder, rung in _top_rungs(week).items():
            if rung < best.get(ladder, rung):
                yield Violation(
                    "skill_regression", f"week {week.week}: a skill is a rung lower than before"
                )
            best[ladder] = max(rung, best.get(ladder, rung))


def _top_rungs(week: Week) -> dict[int, int]:
    """Each skill ladder's highest rung this week."""
    top: dict[int, int] = {}
    for session in week.sessions:
        for exercise in work(session):
            place, movement = RUNGS.get(exercise.exercise_id), BY_ID.get(exercise.exercise_id)
            if place is None or movement is None or movement.quality is not Quality.SKILL:
                continue  # strength rungs (pull-ups, pistols) follow the phase's doses
            ladder, rung = place
            top[ladder] = max(top.get(ladder, rung), rung)
    return top


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


def conditioning_minutes(week: Week) -> float:
    """A week's conditioning in moderate-equivalent minutes: work time, vigorous work twice.

    Conditioning is every exercise of a conditioning block and the running, aerobic, boxing
    and conditioning work of main blocks; warm-ups, cool-downs and rests are not counted,
    except a run's recoveries, which are walked or jogged (moderate activity).
    """
    total = 0.0
    for session in week.sessions:
        for block in session.blocks:
            for exercise in block.exercises:
                movement = BY_ID.get(exercise.exercise_id)
                cardio = movement is not None and movement.pattern in CARDIO_PATTERNS
                if block.kind is BlockKind.CONDITIONING or (
                    block.kind is BlockKind.MAIN and cardio
                ):
                    vigorous = (exercise.target_rpe or 0) >= VIGOROUS_RPE
                    total += _work_seconds(exercise) / 60 * (2 if vigorous else 1)
                    if movement is not None and movement.pattern is Pattern.RUN:
                        total += exercise.sets * exercise.rest_s / 60  # walk or jog back
    return total


def _work_seconds(exercise: Exercise) -> float:
    """The exercise's work time: seconds held, reps at 3 s, metres at its pace (or 7:30/km)."""
    if exercise.duration_s:
        each = float(exercise.duration_s)
    elif exercise.distance_m:
        pace = exercise.pace.min_s_per_km if exercise.pace else None
        each = run_minutes(exercise.distance_m, pace) * 60
    else:
        each = float((exercise.reps or 0) * SECONDS_PER_REP)
    return exercise.sets * each


def _fat_loss_conditioning(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """A fat-loss plan schedules at least 15 moderate-equivalent minutes per training day.

    Loading weeks only (deloads, tapers and event weeks are light on purpose). CrossFit's
    workout of the day is its conditioning and is judged by the WOD rules instead; with a
    limitation the physio's or doctor's advice sizes the conditioning, not this rule.
    """
    if Goal.FAT_LOSS not in athlete.goals or athlete.sport is Sport.CROSSFIT:
        return
    if athlete.limitations or plan.days_per_week < MIN_DAYS_FOR_FAT_LOSS_RULE:
        return  # an injury or a condition sets the dose, with its referral
    needed = min(FAT_LOSS_MINUTES_A_WEEK, FAT_LOSS_MINUTES_A_DAY * plan.days_per_week)
    for week in plan.weeks:
        if week.phase in LIGHT_PHASES or holds_event(week):
            continue
        if conditioning_minutes(week) < needed:
            yield Violation(
                "fat_loss_conditioning",
                f"week {week.week}: fat loss needs {needed} minutes of conditioning a week",
            )
