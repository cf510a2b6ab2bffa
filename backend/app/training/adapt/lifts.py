"""Lifts: the next load (or rep) from how the last sessions went.

The rules (sources in docs/training.md):
- every prescribed rep done at an RPE at least one below the target: the load goes up by a plate
  step or 2.5-5%, the size picked by the e1RM the best recent sets imply (RPE-based
  autoregulation, Helms et al. 2016); sets of 8 or more reps progress first by a rep, up to two
  above the plan's, and then by load (double progression);
- every rep at the target: hold (the plan stands as written);
- reps missed at RPE 10: down 5%;
- two stalled sessions in a row (reps missed, or every rep done but above the target): a reset
  10% below (StrongLifts-style reset, after two stalls rather than three: a plan is short).
A load never goes up after a miss.
"""

import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from app.training.adapt.records import Adjustment, History, LoggedEntry
from app.training.adapt.upcoming import Upcoming, change, occurrences, planned_exercise
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import Exercise, PlanData, work
from app.training.contract.vocabulary import Equipment, Quality
from app.training.numbers.strength import estimated_one_rep_max

DEFAULT_TARGET_RPE = 8.0
EASY_MARGIN = 1.0
"""At least this far below the target RPE counts as easy (one more rep in reserve)."""
GRIND_MARGIN = 1.0
STEP_SHARE = (0.025, 0.05)
FAILED_SHARE, RESET_SHARE = 0.95, 0.90
DOUBLE_PROGRESSION_REPS, DOUBLE_PROGRESSION_SPAN = 8, 2
STALLS_BEFORE_RESET = 2
READABLE_RPE = 5.0
"""Sets below RPE 5 say too little about the maximum to estimate it (Helms et al. 2016)."""
MAX_LOAD_KG, MAX_REPS = 500.0, 50
LOAD_STEP_KG = {Equipment.DUMBBELLS: 2.0, Equipment.KETTLEBELL: 4.0}
PLATE_STEP_KG = 2.5
"""A barbell, machine or cable goes up by 2.5 kg (two 1.25 kg plates) at the least."""


class Outcome(StrEnum):
    """How a lift went against its prescription."""

    EASY = "easy"
    ON_TARGET = "on target"
    GRIND = "above target"
    MISSED = "reps missed"
    FAILED = "reps missed at RPE 10"

    @property
    def stalled(self) -> bool:
        """Not a clean success: counts towards a reset."""
        return self in (Outcome.GRIND, Outcome.MISSED, Outcome.FAILED)


@dataclass(frozen=True, slots=True)
class Performance:
    """One logged lift judged against what was prescribed."""

    outcome: Outcome
    target_rpe: float
    top_rpe: float | None
    top_kg: float | None


def judge(prescribed: Exercise, entry: LoggedEntry) -> Performance:
    """Whether every prescribed rep was done, and how hard it felt against the target."""
    target = prescribed.target_rpe or DEFAULT_TARGET_RPE
    sets = [s for s in entry.sets if s.reps is not None]
    needed_kg = (prescribed.load_kg or 0.0) - 0.01
    full = [s for s in sets if (s.reps or 0) >= (prescribed.reps or 0)]
    full = [s for s in full if s.weight_kg is None or s.weight_kg >= needed_kg]
    rpes = [s.rpe for s in sets if s.rpe is not None]
    top_rpe = max(rpes) if rpes else None
    weights = [s.weight_kg for s in sets if s.weight_kg is not None]
    top_kg = max(weights) if weights else None
    if len(full) < prescribed.sets:
        failed = top_rpe is not None and top_rpe >= 10
        return Performance(Outcome.FAILED if failed else Outcome.MISSED, target, top_rpe, top_kg)
    if top_rpe is not None and top_rpe <= target - EASY_MARGIN:
        outcome = Outcome.EASY
    elif top_rpe is not None and top_rpe >= target + GRIND_MARGIN:
        outcome = Outcome.GRIND
    else:
        outcome = Outcome.ON_TARGET
    return Performance(outcome, target, top_rpe, top_kg)


def best_recent_e1rm(history: History, exercise_id: str, sessions: int = 2) -> float | None:
    """The best e1RM of the lift's last few logged sessions (Epley, RPE-adjusted)."""
    best: float | None = None
    for log in history.of_exercise(exercise_id)[:sessions]:
        entry = log.entry(exercise_id)
        for logged in entry.sets if entry else ():
            readable = logged.rpe is None or logged.rpe >= READABLE_RPE
            if logged.reps and logged.weight_kg and readable:
                e1rm = estimated_one_rep_max(logged.weight_kg, logged.reps, logged.rpe)
                best = e1rm if best is None else max(best, e1rm)
    return best


def lift_adjustments(plan: PlanData, history: History) -> list[Adjustment]:
    """Load and rep changes for every lift of the triggering log."""
    trigger = history.trigger
    if not trigger.trained or trigger.prescription is None:
        return []
    found: list[Adjustment] = []
    for prescribed in work(trigger.prescription):
        entry = trigger.entry(prescribed.exercise_id)
        if entry is None or prescribed.reps is None or not _is_lift(prescribed):
            continue
        found.extend(_progress(plan, history, prescribed, entry))
    return found


def _is_lift(exercise: Exercise) -> bool:
    """A strength exercise, or anything with a load; jumps, skills and drills progress otherwise."""
    movement = BY_ID.get(exercise.exercise_id)
    if movement is None:
        return exercise.load_kg is not None
    return movement.quality is Quality.STRENGTH or exercise.load_kg is not None


def _progress(
    plan: PlanData, history: History, prescribed: Exercise, entry: LoggedEntry
) -> list[Adjustment]:
    """The change one lift earns: up, hold, down or reset."""
    performance = judge(prescribed, entry)
    ahead = occurrences(plan, history, prescribed.exercise_id)
    if not ahead:
        return []
    if performance.outcome is Outcome.EASY:
        return list(_up(ahead, history, prescribed, performance))
    if _stalls(history, prescribed.exercise_id) >= STALLS_BEFORE_RESET:
        why = f"a 10% reset: {prescribed.name.lower()} stalled two sessions in a row"
        return list(_down(ahead, prescribed, RESET_SHARE, why))
    if performance.outcome is Outcome.FAILED:
        when = history.trigger.date
        why = f"reps missed at RPE 10 on {when.day} {when:%b}"
        return list(_down(ahead, prescribed, FAILED_SHARE, why))
    return []


def _stalls(history: History, exercise_id: str) -> int:
    """How many of the lift's latest sessions in a row stalled."""
    count = 0
    for log in history.of_exercise(exercise_id):
        planned = planned_exercise(log, exercise_id)
        entry = log.entry(exercise_id)
        if planned is None or not planned.reps or entry is None:
            break
        if not judge(planned, entry).outcome.stalled:
            break
        count += 1
    return count


def load_step(exercise: Exercise) -> float:
    """The smallest load change the kit allows."""
    for kit, step in LOAD_STEP_KG.items():
        if kit in exercise.equipment:
            return step
    return PLATE_STEP_KG


def round_to_step(load_kg: float, step: float) -> float:
    """A load rounded to the nearest step the kit allows."""
    return round(round(load_kg / step) * step, 2)


def _effort(history: History, exercise_id: str, performance: Performance) -> str:
    """The effort in words: "last two sessions at RPE 7 and 6.5 (target 8)" or "at RPE 7 ..."."""
    if performance.top_rpe is None:
        return "every rep done with reps to spare"
    target = f"(target {performance.target_rpe:g})"
    latest = history.of_exercise(exercise_id)[:2]
    earlier = latest[1] if len(latest) > 1 else None
    planned = planned_exercise(earlier, exercise_id) if earlier else None
    entry = earlier.entry(exercise_id) if earlier else None
    if planned and planned.reps and entry:
        before = judge(planned, entry)
        if before.outcome is Outcome.EASY and before.top_rpe is not None:
            rpes = (
                f"{before.top_rpe:g}"
                if before.top_rpe == performance.top_rpe
                else (f"{before.top_rpe:g} and {performance.top_rpe:g}")
            )
            return f"last two sessions at RPE {rpes} {target}"
    return f"every rep at RPE {performance.top_rpe:g} {target}"


def _up(
    ahead: list[Upcoming], history: History, prescribed: Exercise, performance: Performance
) -> Iterator[Adjustment]:
    """Easy: a rep more (double progression) or a load step up."""
    reps = prescribed.reps or 0
    done = _effort(history, prescribed.exercise_id, performance)
    following = next((u for u in ahead if u.loading), ahead[0])
    top = (following.exercise.reps or 0) + DOUBLE_PROGRESSION_SPAN
    by_reps = reps >= DOUBLE_PROGRESSION_REPS or prescribed.load_kg is None
    double = by_reps and following.exercise.percent_1rm is None  # more reps at a %1RM: harder
    planned = following.exercise.reps or 0
    more = min(max(reps, planned) + 1, top, MAX_REPS)  # within the next session's own range
    if double and planned <= reps and more > planned and reps < top:
        why = f"up to {more} reps: {done}"
        yield change(following, "reps", following.exercise.reps, more, why, "lifts")
        return
    if prescribed.load_kg is None:
        return
    base = max(prescribed.load_kg, performance.top_kg or 0.0)
    step = _step_up(base, prescribed, history)
    factor = (base + step) / prescribed.load_kg
    for upcoming in ahead:
        old = upcoming.exercise.load_kg
        if old is None:
            continue
        kit_step = load_step(upcoming.exercise)
        new = max(round_to_step(old * factor, kit_step), old + kit_step)
        why = f"up from {old:g} kg: {done}"
        yield change(upcoming, "load_kg", old, min(new, MAX_LOAD_KG), why, "lifts")


def _step_up(base: float, prescribed: Exercise, history: History) -> float:
    """2.5-5% (at least one step), towards what the best recent e1RM supports."""
    kit_step = load_step(prescribed)
    low, high = (max(kit_step, base * share) for share in STEP_SHARE)
    e1rm = best_recent_e1rm(history, prescribed.exercise_id)
    wanted = low
    if e1rm is not None:
        target = prescribed.target_rpe or DEFAULT_TARGET_RPE
        in_reserve = 10 - target
        supported = e1rm / (1 + ((prescribed.reps or 1) + in_reserve) / 30)
        wanted = min(max(supported - base, low), high)
    return max(kit_step, math.floor(wanted / kit_step) * kit_step)


def _down(
    ahead: list[Upcoming], prescribed: Exercise, share: float, why: str
) -> Iterator[Adjustment]:
    """Lower every upcoming load (or, without a load, the next sets' reps)."""
    if prescribed.load_kg is None:
        following = ahead[0]
        reps = following.exercise.reps
        if reps is not None and reps > 1:
            lower = max(1, min(reps, (prescribed.reps or reps) - 1))
            if lower < reps:
                yield change(
                    following, "reps", reps, lower, f"down from {reps} reps: {why}", "lifts"
                )
        return
    for upcoming in ahead:
        old = upcoming.exercise.load_kg
        if old is None or old <= 0:
            continue
        kit_step = load_step(upcoming.exercise)
        new = max(0.0, min(round_to_step(old * share, kit_step), old - kit_step))
        yield change(upcoming, "load_kg", old, new, f"down from {old:g} kg: {why}", "lifts")
