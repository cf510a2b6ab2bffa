"""The coaching rules, checked on a finished plan: for our own plans and for an LLM's.

`PlanData`'s validators hold the structure (counts, numbering, one dose per exercise, bounds);
these rules need the athlete and the exercise library too: kit, level, age, deloads, tapers,
hard/easy rhythm and the 10% rule. The engine's plans satisfy them by construction (the tests
prove it across every sport, level, day count, length, age band and kit); a plan written by an
LLM must pass them before it is stored, or the built-in plan is used instead.

    violations = find_violations(plan, profile, options)
    if violations: ...  # e.g. fall back to planner.build_plan(profile, options)
"""

from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from app.training.athlete import resolved
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import MIN_WEEKS_FOR_DELOAD, MIN_WEEKS_FOR_TAPER
from app.training.catalogue import BY_ID, Movement
from app.training.contract.plan_document import (
    AthleteProfile,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
    Week,
    work,
)
from app.training.contract.vocabulary import (
    HEAVY_PATTERNS,
    BlockKind,
    Impact,
    Pattern,
    Phase,
    SessionIntensity,
    Sport,
)
from app.training.dosing.prescription import CAPPED_PERCENT, CAPPED_RPE
from app.training.running.run_volume import metres_run

HEAVY_PERCENT, HEAVY_RPE = 75, 8.0
TEEN_MIN_REPS_UNDER_LOAD = 5
DELOAD_MAX_SHARE = 0.7
"""A deload keeps at most 70% of the previous week's work (the engine aims for ~55%)."""
WEEKLY_GROWTH_LIMIT = 1.10
HARD_RUNNING_LIMIT = 0.25
"""80/20 with a little room for rounding: at most a quarter of the running is hard."""
MIN_RUNNING_SHARE = 0.6
EASY_KINDS = frozenset({SessionIntensity.EASY, SessionIntensity.RECOVERY})
MIN_DAYS_NEEDING_EASY = 6
DAYS_IN_WEEK = 7


class Violation(NamedTuple):
    """A broken rule: a short code for programs and a sentence for people."""

    rule: str
    message: str


def find_violations(
    plan: PlanData, profile: AthleteProfile, options: PlanOptions, allow_unknown: bool = False
) -> list[Violation]:
    """Every coaching rule `plan` breaks for this athlete; an empty list means it may be stored.

    Args:
        plan: The plan to check (already valid as a `PlanData`).
        profile: Whom it is for.
        options: What was asked for (weeks, equipment).
        allow_unknown: Accept exercise ids that are not in the library (their level and impact
            cannot be checked); by default an unknown id is a violation.
    """
    athlete = resolved.resolve(profile, options)
    found: list[Violation] = []
    for check in (_exercises, _weeks, _rhythm, _sport):
        found.extend(check(plan, athlete, allow_unknown))
    return found


def _exercises(plan: PlanData, athlete: Athlete, allow_unknown: bool) -> Iterator[Violation]:
    """Kit, level, age and contact rules, exercise by exercise."""
    kit = athlete.equipment
    for week in plan.weeks:
        for session in week.sessions:
            where = f"week {week.week} day {session.day}"
            for exercise in session.exercises():
                if not set(exercise.equipment) - {"bodyweight"} <= kit:
                    yield Violation("equipment", f"{where}: {exercise.name} needs missing kit")
                movement = BY_ID.get(exercise.exercise_id)
                if movement is None:
                    if not allow_unknown:
                        yield Violation("unknown", f"{where}: unknown exercise {exercise.name}")
                    continue
                yield from _movement_rules(movement, athlete, where)
                yield from _age_rules(exercise, athlete, where)


def _movement_rules(movement: Movement, athlete: Athlete, where: str) -> Iterator[Violation]:
    """What the library knows about the movement: level, impact, contact."""
    if movement.level.rank > athlete.level.rank:
        yield Violation("level", f"{where}: {movement.name} is above the athlete's level")
    if athlete.older and movement.impact is Impact.HIGH:
        yield Violation("impact", f"{where}: {movement.name} is high impact for someone over 65")
    if movement.contact and not athlete.may_spar:
        yield Violation("contact", f"{where}: sparring is for advanced boxers aged 16-64")


def _age_rules(exercise: Exercise, athlete: Athlete, where: str) -> Iterator[Violation]:
    """Teens and people over 65: no near-maximal loads or efforts."""
    if not (athlete.teen or athlete.older):
        return
    if exercise.percent_1rm is not None and exercise.percent_1rm > CAPPED_PERCENT:
        yield Violation("age_load", f"{where}: {exercise.name} above {CAPPED_PERCENT}% 1RM")
    if exercise.target_rpe is not None and exercise.target_rpe > CAPPED_RPE:
        yield Violation("age_effort", f"{where}: {exercise.name} above RPE {CAPPED_RPE:g}")
    low_reps = exercise.reps is not None and exercise.reps < TEEN_MIN_REPS_UNDER_LOAD
    if athlete.teen and exercise.percent_1rm is not None and low_reps:
        yield Violation("age_reps", f"{where}: {exercise.name}: teens lift for 5+ reps")


def week_work(week: Week, sport: Sport) -> int:
    """A week's volume as the rules compare it: metres for runners, work sets for the rest."""
    if sport is Sport.RUNNING:
        return metres_run(week.sessions)[0]
    return sum(exercise.sets for session in week.sessions for exercise in work(session))


def _weeks(plan: PlanData, athlete: Athlete, _: bool) -> Iterator[Violation]:
    """Deloads in plans of 6+ weeks, lighter than the week before; a taper before an event."""
    phases = [week.phase for week in plan.weeks]
    if plan.duration_weeks >= MIN_WEEKS_FOR_DELOAD and Phase.DELOAD not in phases:
        yield Violation("deload", "plans of 6 weeks or more need a deload week")
    for before, week in pairwise(plan.weeks):
        if week.phase is not Phase.DELOAD:
            continue
        if week_work(week, athlete.sport) > DELOAD_MAX_SHARE * week_work(before, athlete.sport):
            yield Violation("deload", f"week {week.week}: a deload must be clearly lighter")
    long_enough = plan.duration_weeks >= MIN_WEEKS_FOR_TAPER
    if athlete.event and long_enough and phases[-1] is not Phase.TAPER:
        yield Violation("taper", "a plan for an event ends with a taper week")


def heavy_patterns(session: Session) -> set[Pattern]:
    """Patterns loaded heavily (>= 75% 1RM or RPE >= 8) in the session's main block."""
    block = session.block(BlockKind.MAIN)
    heavy: set[Pattern] = set()
    for exercise in block.exercises if block else ():
        movement = BY_ID.get(exercise.exercise_id)
        if movement is None or movement.pattern not in HEAVY_PATTERNS:
            continue
        percent = exercise.percent_1rm or 0
        if percent >= HEAVY_PERCENT or (exercise.target_rpe or 0) >= HEAVY_RPE:
            heavy.add(movement.pattern)
    return heavy


def _rhythm(plan: PlanData, athlete: Athlete, _: bool) -> Iterator[Violation]:
    """Hard/easy rhythm: easy days at 6-7 days a week, no heavy pattern two days running."""
    sessions = [session for week in plan.weeks for session in week.sessions]
    for week in plan.weeks:
        easy = any(session.intensity in EASY_KINDS for session in week.sessions)
        if plan.days_per_week >= MIN_DAYS_NEEDING_EASY and not easy:
            yield Violation("recovery", f"week {week.week}: 6-7 days a week need an easy day")
    for index, (today, tomorrow) in enumerate(pairwise(sessions)):
        consecutive = tomorrow.day == today.day + 1 or plan.days_per_week == DAYS_IN_WEEK
        shared = heavy_patterns(today) & heavy_patterns(tomorrow)
        if consecutive and shared:
            names = ", ".join(sorted(p.value for p in shared))
            yield Violation("heavy_repeat", f"session {index + 2}: heavy {names} two days running")


def _sport(plan: PlanData, athlete: Athlete, _: bool) -> Iterator[Violation]:
    """Running plans are mostly running within the 10% and 80/20 rules; boxing has rounds."""
    if athlete.sport is Sport.RUNNING:
        yield from _running(plan)
    if athlete.sport is Sport.BOXING:
        for week in plan.weeks:
            if not any(_is_boxing(e) for s in week.sessions for e in work(s)):
                yield Violation("sport", f"week {week.week}: a boxing week needs boxing rounds")


def _is_boxing(exercise: Exercise) -> bool:
    """A round of boxing skill work (shadowboxing, bag, pads, sparring)."""
    movement = BY_ID.get(exercise.exercise_id)
    return movement is not None and movement.pattern is Pattern.BOXING_SKILL


def _running(plan: PlanData) -> Iterator[Violation]:
    """Mostly running; weekly distance +10% at most between training weeks; 80/20."""
    sessions = [session for week in plan.weeks for session in week.sessions]
    running = [s for s in sessions if any(_is_run(e) for e in work(s))]
    if len(running) < MIN_RUNNING_SHARE * len(sessions):
        yield Violation("sport", "a running plan should be mostly running sessions")
    last_loading: int | None = None
    for week in plan.weeks:
        total, hard = metres_run(week.sessions)
        if total and hard > HARD_RUNNING_LIMIT * total:
            yield Violation("80_20", f"week {week.week}: more than 20% of the running is hard")
        if week.phase in (Phase.DELOAD, Phase.TAPER):
            continue
        if last_loading and total > WEEKLY_GROWTH_LIMIT * last_loading:
            yield Violation("10_percent", f"week {week.week}: running grew more than 10%")
        last_loading = total


def _is_run(exercise: Exercise) -> bool:
    """A run dosed in metres."""
    movement = BY_ID.get(exercise.exercise_id)
    return movement is not None and movement.pattern is Pattern.RUN and bool(exercise.distance_m)
