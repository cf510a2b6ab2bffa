"""The coaching rules, checked on a finished plan: for our own plans and for an LLM's.

`PlanData`'s validators hold the structure (counts, numbering, one dose per exercise, bounds);
these rules need the athlete and the exercise library too: kit, level, age, deloads, tapers,
hard/easy rhythm and the 10% rule. The engine's plans satisfy them by construction (the tests
prove it across every sport, level, day count, length, age band and kit); a plan written by an
LLM must pass them before it is stored, or the built-in plan is used instead.

    violations = find_violations(plan, profile, options)
    if violations: ...  # e.g. fall back to planner.build_plan(profile, options)
"""

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

from app.training.athlete import resolved
from app.training.athlete.resolved import Athlete
from app.training.calendar.event_days import builds_to_event, placed_event
from app.training.calendar.hard_days import MOST_HARD_DAYS_IN_A_ROW, hard_run
from app.training.calendar.periodization import MIN_WEEKS_FOR_DELOAD, MIN_WEEKS_FOR_TAPER
from app.training.catalogue import BY_ID, Movement
from app.training.checks import hyrox, practice, sports
from app.training.checks.sports import holds_event
from app.training.checks.violation import Violation
from app.training.contract import session_rules
from app.training.contract.plan_document import (
    WORK_BLOCKS,
    AthleteProfile,
    Block,
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
    Goal,
    Impact,
    Pattern,
    Phase,
    Quality,
    SessionIntensity,
    SessionKind,
    Sport,
)
from app.training.dosing.dose import CAPPED_PERCENT, CAPPED_RPE
from app.training.dosing.paces import run_pace
from app.training.dosing.skills import MAX_HOLD_S
from app.training.numbers import strength
from app.training.numbers.baselines import Baselines
from app.training.programming.crossfit_caps import ruled_out, technique_cap
from app.training.programming.exercise_choice import suits_limitations
from app.training.running.run_volume import metres_run

HEAVY_PERCENT, HEAVY_RPE = 75, 8.0
TEEN_MIN_REPS_UNDER_LOAD = 5
DELOAD_MAX_SHARE = 0.7
"""A deload keeps at most 70% of the previous week's work (the engine aims for ~55%)."""
EASY_KINDS = frozenset({SessionIntensity.EASY, SessionIntensity.RECOVERY})
MIN_DAYS_NEEDING_EASY = 6
DAYS_IN_WEEK = 7
HOLD_FREE = frozenset({Pattern.BOXING_SKILL, Pattern.FOOTWORK})
"""Skill patterns dosed in time that are not holds (rounds)."""


def find_violations(
    plan: PlanData,
    profile: AthleteProfile,
    options: PlanOptions,
    allow_unknown: bool = False,
    baselines: Baselines | None = None,
    today: dt.date | None = None,
) -> list[Violation]:
    """Every coaching rule `plan` breaks for this athlete; an empty list means it may be stored.

    Args:
        plan: The plan to check (already valid as a `PlanData`).
        profile: Whom it is for.
        options: What was asked for (weeks, equipment).
        allow_unknown: Accept exercise ids that are not in the library (their level and impact
            cannot be checked); by default an unknown id is a violation.
        baselines: The numbers the plan was built from (loads and paces are checked on them).
        today: The day the plan was made (an event read from the goals is dated from it).
    """
    athlete = resolved.resolve(profile, options, baselines, today)
    found: list[Violation] = []
    for check in (_exercises, _weeks, _rhythm, _static_holds):
        found.extend(check(plan, athlete, allow_unknown))
    found.extend(sports.violations(plan, athlete))
    found.extend(practice.violations(plan, athlete))
    found.extend(hyrox.violations(plan, athlete))
    found.extend(Violation(*broken) for broken in session_rules.session_violations(plan))
    return found


def _exercises(plan: PlanData, athlete: Athlete, allow_unknown: bool) -> Iterator[Violation]:
    """Kit, level, age and contact rules, exercise by exercise.

    What depends on the movement alone is judged once per movement (a 16 x 7 plan holds about
    6,700 exercises but a few dozen movements), then reported for every place it appears.
    """
    verdicts: dict[str, tuple[tuple[str, str], ...]] = {}
    for week in plan.weeks:
        for session in week.sessions:
            if session.kind is SessionKind.EVENT:
                continue  # the event's venue sets its kit and rules, not the plan
            where = f"week {week.week} day {session.day}"
            for block in session.blocks:
                yield from _block_exercises(block, athlete, (allow_unknown, where), verdicts)


def _block_exercises(
    block: Block,
    athlete: Athlete,
    context: tuple[bool, str],
    verdicts: dict[str, tuple[tuple[str, str], ...]],
) -> Iterator[Violation]:
    """The exercise rules for one block; kilos are checked on work sets, not ramp sets.

    `context` is (whether unknown exercises are allowed, where the block is in the plan);
    `verdicts` holds the movement rules already judged, by exercise id.
    """
    allow_unknown, where = context
    kit = athlete.equipment
    for exercise in block.exercises:
        if not set(exercise.equipment) - {"bodyweight"} <= kit:
            yield Violation("equipment", f"{where}: {exercise.name} needs missing kit")
        movement = BY_ID.get(exercise.exercise_id)
        if movement is None:
            if not allow_unknown:
                yield Violation("unknown", f"{where}: unknown exercise {exercise.name}")
            continue
        if movement.id not in verdicts:
            verdicts[movement.id] = tuple(_movement_rules(movement, athlete))
        for rule, text in verdicts[movement.id]:
            yield Violation(rule, f"{where}: {text}")
        yield from _age_rules(exercise, athlete, where)
        yield from _number_rules(exercise, movement, athlete, where, block.kind in WORK_BLOCKS)


def _static_holds(plan: PlanData, athlete: Athlete, _: bool) -> Iterator[Violation]:
    """Static strength skills (lever, planche) are held 5-10 s, not dosed for endurance.

    Handstands are balance and keep longer holds (see `dosing/skills.static_hold`).
    """
    for week in plan.weeks:
        for session in week.sessions:
            for exercise in work(session):
                movement = BY_ID.get(exercise.exercise_id)
                if movement is None or movement.quality is not Quality.SKILL:
                    continue
                if movement.pattern is Pattern.INVERSION or movement.pattern in HOLD_FREE:
                    continue
                if (exercise.duration_s or 0) > MAX_HOLD_S:
                    where = f"week {week.week} day {session.day}"
                    yield Violation("static_hold", f"{where}: {movement.name} held over 10 s")


def _movement_rules(movement: Movement, athlete: Athlete) -> Iterator[tuple[str, str]]:
    """What the library knows about the movement: level, impact, contact, limitations.

    Each broken rule as (rule, sentence); the caller says where in the plan it stands.
    """
    name = movement.name
    if movement.level.rank > athlete.level.rank:
        yield "level", f"{name} is above the athlete's level"
    if athlete.older and movement.impact is Impact.HIGH:
        yield "impact", f"{name} is high impact for someone over 65"
    if movement.contact and not athlete.may_spar:
        yield "contact", "sparring is for boxers aged 16-64, never beginners"
    if ruled_out(movement, athlete):
        yield "crossfit_age_cap", f"{name} is capped out over 65"
    if not suits_limitations(movement, athlete):
        yield "limitation", f"{name} is ruled out by a limitation"


def _number_rules(
    exercise: Exercise, movement: Movement, athlete: Athlete, where: str, work_set: bool
) -> Iterator[Violation]:
    """The athlete's numbers: feasible %1RM, agreeing RPE, own kilos and paces, effort caps.

    Reps and %1RM must be possible together and agree with the RPE (RTS table, one point of
    rounding allowed); kilos come from the athlete's own lifts, paces from their VDOT; no effort
    above a condition's cap or a technique weight.
    """
    name = exercise.name
    percent, reps, rpe = exercise.percent_1rm, exercise.reps, exercise.target_rpe
    if percent is not None and reps is not None:
        if percent > strength.max_percent(reps):
            yield Violation(
                "percent", f"{where}: {name}: {reps} reps are not possible at {percent}%"
            )
        elif rpe is not None and percent > strength.max_percent(reps, max(1.0, rpe)) + 1:
            yield Violation(
                "rpe_percent", f"{where}: {name}: {percent}% is harder than RPE {rpe:g}"
            )
    if exercise.load_kg is not None and work_set:
        lift = athlete.numbers.lift(exercise.exercise_id)
        if (
            lift is None
            or percent is None
            or exercise.load_kg
            != strength.working_load(
                strength.estimated_one_rep_max(lift.weight_kg, lift.reps, lift.rpe), percent
            )
        ):
            yield Violation("load", f"{where}: {name}: the load is not from the athlete's lift")
    paced = None if exercise.pace is None else run_pace(athlete, exercise.exercise_id)
    if exercise.pace is not None and paced is not None and exercise.pace != paced[0]:
        yield Violation("pace", f"{where}: {name}: the pace is not the athlete's VDOT pace")
    cap = athlete.effort_cap
    if cap is not None and rpe is not None and rpe > cap:
        yield Violation("limitation_effort", f"{where}: {name} above RPE {cap:g}")
    technique = technique_cap(movement, athlete)
    if technique is not None and rpe is not None and rpe > technique:
        yield Violation("technique_weight", f"{where}: {name} above a technique weight")


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
    placement = placed_event(athlete, plan.start_date, plan.duration_weeks)
    split = placement.week if placement and placement.week else plan.duration_weeks
    longest = max(split, plan.duration_weeks - split)  # an event mid-plan starts a new build
    if longest >= MIN_WEEKS_FOR_DELOAD and Phase.DELOAD not in phases:
        yield Violation("deload", "plans of 6 weeks or more need a deload week")
    for before, week in pairwise(plan.weeks):
        if week.phase is not Phase.DELOAD:
            continue
        if week_work(week, athlete.sport) > DELOAD_MAX_SHARE * week_work(before, athlete.sport):
            yield Violation("deload", f"week {week.week}: a deload must be clearly lighter")
    yield from _taper(plan, athlete)
    yield from _strength_peak(plan, athlete)
    yield from _strength_test(plan, athlete)


def _strength_test(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """A gym plan with a strength goal, of 4 weeks or more, ends on a test of its main lifts.

    The test is written "Test: ..." in the exercise's intensity (`dosing/strength_test.py`);
    that it is never a max for teens is held by the age rules (at least 5 reps under load).
    """
    if athlete.sport is not Sport.GYM or Goal.STRENGTH not in athlete.goals:
        return
    events = any(s.kind is SessionKind.EVENT for week in plan.weeks for s in week.sessions)
    if plan.duration_weeks < MIN_WEEKS_FOR_TAPER or events:
        return  # a meet is the test
    last = plan.weeks[-1]
    if not any(e.intensity.startswith("Test") for s in last.sessions for e in work(s)):
        yield Violation("strength_test", f"week {last.week}: a strength plan ends on a test")


def _strength_peak(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """A strength goal's peak starts with fewer work sets than its build started with.

    Volume falls as intensity rises (NSCA, Haff & Triplett 2016, ch. 21), so the heaviest
    weeks are lifted fresh. The first week of each block is compared, as like with like: both
    are week one of their block, before the block's own progression adds sets. Gym plans
    only: in the other sports the day's WOD, rounds or skills set the volume, not the lifts.
    A week that holds an event (a race booked early in a lifting plan) is the event's week,
    not a block's first week, so it is left out of the comparison.
    """
    if athlete.sport is not Sport.GYM or Goal.STRENGTH not in athlete.goals:
        return
    first = {
        phase: next((w for w in plan.weeks if w.phase is phase and not holds_event(w)), None)
        for phase in (Phase.BUILD, Phase.PEAK)
    }
    build, peak = first[Phase.BUILD], first[Phase.PEAK]
    if build and peak and week_work(peak, athlete.sport) >= week_work(build, athlete.sport):
        yield Violation("peak_volume", "a strength peak needs fewer sets than the build")


def _taper(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """A plan for an event tapers into it: the event's week (or the last week) is a taper."""
    placement = placed_event(athlete, plan.start_date, plan.duration_weeks)
    if not builds_to_event(athlete, placement):
        return
    week = (placement.week if placement else None) or plan.duration_weeks
    if week >= MIN_WEEKS_FOR_TAPER and plan.weeks[week - 1].phase is not Phase.TAPER:
        yield Violation("taper", f"week {week}: a plan for an event tapers into it")
    if placement is not None and placement.week is not None:
        event_days = [s.date for s in plan.weeks[week - 1].sessions if s.kind is SessionKind.EVENT]
        if event_days != [athlete.event_day.date if athlete.event_day else None]:
            yield Violation("event", f"week {week}: the event must be a session on its day")


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
    yield from _hard_days(plan, athlete)
    for week in plan.weeks:
        easy = any(
            session.intensity in EASY_KINDS or session.kind is SessionKind.EVENT
            for session in week.sessions
        )
        if plan.days_per_week >= MIN_DAYS_NEEDING_EASY and not easy:
            yield Violation("recovery", f"week {week.week}: 6-7 days a week need an easy day")
    for index, (today, tomorrow) in enumerate(pairwise(sessions)):
        consecutive = tomorrow.day == today.day + 1 or plan.days_per_week == DAYS_IN_WEEK
        shared = heavy_patterns(today) & heavy_patterns(tomorrow)
        if consecutive and shared:
            names = ", ".join(sorted(p.value for p in shared))
            yield Violation("heavy_repeat", f"session {index + 2}: heavy {names} two days running")


def _hard_days(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Below advanced never two hard days in a row, advanced at most two (the shared rule).

    The event's week is left out: the event's date is fixed by the event, not the plan.
    """
    allowed = MOST_HARD_DAYS_IN_A_ROW[athlete.level]
    for week in plan.weeks:
        if holds_event(week):
            continue
        for end in range(1, len(week.sessions) + 1):
            if hard_run(week.sessions[:end], plan.days_per_week) > allowed:
                yield Violation("hard_days", f"week {week.week}: too many hard days in a row")
                break
