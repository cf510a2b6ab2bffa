"""Skills and workouts: the next rung of a calisthenics ladder, CrossFit scaling, boxing rounds.

- Calisthenics: a skill moves to the next rung of its ladder when its criterion is met: every
  prescribed set (reps or hold time) done at an RPE at least one below the target, two sessions
  in a row (the "own the step before the next" rule of skill progressions; Low, *Overcoming
  Gravity*, 2016). The new rung starts at about 60% of the old dose. It is only chosen within the
  plan's level and kit.
- CrossFit: a benchmark retest that is faster than the last one (by 3% or more) scales the
  upcoming workouts' loads up a step; one slower by 5% or more at a high effort scales them down.
- Boxing: a boxing session that felt two or more points harder than planned takes a round off the
  next boxing session; one that felt two or more points easier makes its rounds a little harder.
"""

from collections.abc import Iterator

from app.training.adapt.lifts import DEFAULT_TARGET_RPE, EASY_MARGIN, load_step, round_to_step
from app.training.adapt.load import elevation
from app.training.adapt.records import Adjustment, History, LoggedEntry, SessionLog
from app.training.adapt.upcoming import Upcoming, change, exercises_after, planned_exercise
from app.training.catalogue import BY_ID
from app.training.catalogue.ladders import NEXT_RUNG
from app.training.contract.plan_document import Exercise, PlanData, Session, work
from app.training.contract.rounds import round_ceiling
from app.training.contract.vocabulary import BlockKind, Level, Pattern, Sport

NEW_RUNG_SHARE = 0.6
SESSIONS_TO_MOVE_UP = 2
BENCHMARK_WORDS = ("benchmark", "retest")
FASTER, SLOWER = 0.97, 1.05
HARD_EFFORT = 9.0
BOXING_ROUNDS_BY = 2.0
BOXING_RPE_STEP, BOXING_RPE_CAP = 0.5, 8.0


def _criterion_met(prescribed: Exercise, entry: LoggedEntry) -> bool:
    """Every prescribed set done (reps or seconds) at an RPE at least one below the target."""
    target = (prescribed.target_rpe or DEFAULT_TARGET_RPE) - EASY_MARGIN
    clean = [
        s
        for s in entry.sets
        if (s.reps or 0) >= (prescribed.reps or 0)
        and (s.duration_s or 0) >= (prescribed.duration_s or 0)
        and s.rpe is not None
        and s.rpe <= target
    ]
    return len(clean) >= prescribed.sets


def _owned(history: History, exercise_id: str) -> bool:
    """The criterion met in each of the skill's latest sessions."""
    latest = history.of_exercise(exercise_id)[:SESSIONS_TO_MOVE_UP]
    if len(latest) < SESSIONS_TO_MOVE_UP:
        return False
    for log in latest:
        planned = planned_exercise(log, exercise_id)
        entry = log.entry(exercise_id)
        if planned is None or entry is None or not _criterion_met(planned, entry):
            return False
    return True


def _next_rung(plan: PlanData, exercise_id: str) -> str | None:
    """The next rung of the ladder, if the plan's level and kit allow it."""
    rung = NEXT_RUNG.get(exercise_id)
    movement = BY_ID.get(rung) if rung else None
    if movement is None or movement.level.rank > Level(plan.experience_level).rank:
        return None
    kit = set(plan.equipment) | {"bodyweight"}
    return movement.id if set(movement.equipment) <= kit else None


def skill_steps(plan: PlanData, history: History) -> list[Adjustment]:
    """Move each owned skill of the triggering log to its next rung."""
    trigger = history.trigger
    calisthenics = Sport(plan.sport) is Sport.CALISTHENICS
    if not calisthenics or not trigger.trained or trigger.prescription is None:
        return []
    found: list[Adjustment] = []
    for prescribed in work(trigger.prescription):
        rung = _next_rung(plan, prescribed.exercise_id)
        if rung is None or not _owned(history, prescribed.exercise_id):
            continue
        why = f"next step, {BY_ID[rung].name}: {prescribed.name} owned two sessions in a row"
        for upcoming in exercises_after(plan, history):
            ours = upcoming.exercise.exercise_id == prescribed.exercise_id
            if ours and _keeps_straight_arm_days(upcoming.session, rung):
                found.extend(_swap(upcoming, rung, why))
    return found


def _keeps_straight_arm_days(session: Session, rung: str) -> bool:
    """A straight-arm rung only joins a session that already has straight-arm work.

    The plan keeps straight-arm work to three non-consecutive days a week (Low 2016,
    `programming/straight_arm.py`); moving up a ladder must not add a fourth or a neighbour.
    """
    if not BY_ID[rung].straight_arm:
        return True
    return any(
        (movement := BY_ID.get(e.exercise_id)) is not None and movement.straight_arm
        for e in work(session)
    )


def _swap(upcoming: Upcoming, rung: str, why: str) -> Iterator[Adjustment]:
    """The new rung in place of the old, at about 60% of its dose."""
    exercise = upcoming.exercise
    yield change(upcoming, "exercise_id", exercise.exercise_id, rung, why, "skills")
    for field in ("reps", "duration_s"):
        dose = getattr(exercise, field)
        if dose:
            lower = max(1, round(dose * NEW_RUNG_SHARE))
            if lower < dose:
                yield change(upcoming, field, dose, lower, why, "skills", rung)


def _score_s(log: SessionLog) -> float:
    """A workout's time: the logged seconds, else its minutes."""
    seconds = sum(s.duration_s or 0 for e in log.entries for s in e.sets)
    return float(seconds or (log.duration_min or 0) * 60)


def _is_benchmark(log: SessionLog) -> bool:
    """A benchmark workout (or its retest), by its title or the person's notes."""
    title = log.prescription.title.lower() if log.prescription else ""
    return any(word in f"{title} {log.notes.lower()}" for word in BENCHMARK_WORDS)


def benchmark_scaling(plan: PlanData, history: History) -> list[Adjustment]:
    """Scale the upcoming workouts' loads from a benchmark retest against the last test."""
    trigger = history.trigger
    if not trigger.trained or trigger.prescription is None or not _is_benchmark(trigger):
        return []
    title = trigger.prescription.title
    earlier = [
        log
        for log in history.by_date()
        if log is not trigger and log.prescription and log.prescription.title == title
    ]
    now, then = _score_s(trigger), _score_s(earlier[-1]) if earlier else 0.0
    if not now or not then:
        return []
    if now <= FASTER * then:
        share, words = 1.05, f"scaled up: {title} {then - now:.0f} s faster than last time"
    elif now >= SLOWER * then and (trigger.session_rpe or 0) >= HARD_EFFORT:
        share, words = 0.95, f"scaled down: {title} {now - then:.0f} s slower at RPE 9+"
    else:
        return []
    return list(_scale_workouts(plan, history, share, words))


def _scale_workouts(
    plan: PlanData, history: History, share: float, why: str
) -> Iterator[Adjustment]:
    """Loads of the upcoming conditioning blocks, scaled by `share`."""
    for upcoming in exercises_after(plan, history):
        block = upcoming.session.block(BlockKind.CONDITIONING)
        old = upcoming.exercise.load_kg
        if block is None or old is None or upcoming.exercise not in block.exercises:
            continue
        step = load_step(upcoming.exercise)
        moved = round_to_step(old * share, step)
        new = max(moved, old + step) if share > 1 else min(moved, max(0.0, old - step))
        yield change(upcoming, "load_kg", old, new, why, "crossfit")


def _is_boxing(exercise: Exercise) -> bool:
    """Rounds of boxing: shadowboxing, bag, pads, sparring."""
    movement = BY_ID.get(exercise.exercise_id)
    return movement is not None and movement.pattern is Pattern.BOXING_SKILL


def _ceiling(exercise: Exercise) -> float:
    """How hard the adaptation may make a round: 8, or the sparring ceiling when it is lower."""
    movement = BY_ID.get(exercise.exercise_id)
    contact = movement is not None and movement.contact
    return min(BOXING_RPE_CAP, round_ceiling(contact=contact))


def boxing_rounds(plan: PlanData, history: History) -> list[Adjustment]:
    """A round fewer after a boxing session that felt much harder than planned, or a harder pace."""
    trigger = history.trigger
    raised = elevation(trigger)
    if raised is None or trigger.prescription is None or abs(raised) < BOXING_ROUNDS_BY:
        return []
    if not any(_is_boxing(e) for e in work(trigger.prescription)):
        return []
    ahead = [u for u in exercises_after(plan, history) if _is_boxing(u.exercise)]
    if not ahead:
        return []
    following = [u for u in ahead if u.session is ahead[0].session]
    logged = trigger.session_rpe or 0.0
    felt = f"RPE {logged:g} against a planned {logged - raised:g}"
    found: list[Adjustment] = []
    for upcoming in following:
        exercise = upcoming.exercise
        if raised > 0 and exercise.sets > 1:
            why = f"one round fewer: the last boxing session felt {felt}"
            found.append(change(upcoming, "sets", exercise.sets, exercise.sets - 1, why, "boxing"))
        elif raised < 0 and exercise.target_rpe and exercise.target_rpe < _ceiling(exercise):
            harder = min(_ceiling(exercise), exercise.target_rpe + BOXING_RPE_STEP)
            why = f"rounds a little harder: the last boxing session felt {felt}"
            found.append(change(upcoming, "target_rpe", exercise.target_rpe, harder, why, "boxing"))
    return found
