"""Rules on a session's shape: it lasts what it prescribes, cools down, and ramps below the work.

One place for rules the engine writes by and the checker (`checks.find_violations`) enforces:
whoever wrote the plan, the built-in engine or an
LLM, `duration_min` must leave room for the work it prescribes, a cool-down lasts five minutes or
more (ACSM, *Guidelines for Exercise Testing and Prescription*, 11th ed., 2021), and a warm-up
set of a lift is lighter than that lift's working weight the same day (a ramp that went stale
after an adaptation would not be). A session at the 150-minute ceiling cannot say more, so its
length is not checked against its content.
"""

from collections.abc import Iterator

from app.training.contract.plan_document import (
    TRAINING_MAX_MIN,
    Block,
    Exercise,
    PlanData,
    Session,
)
from app.training.contract.vocabulary import BlockFormat, BlockKind, SessionKind

COOL_S = 300
"""A cool-down of five minutes at least (ACSM: 5-10 minutes)."""
FASTEST_REP_S = 2.0
FASTEST_S_PER_M = 0.18
"""3:00/km: nobody covers a prescribed distance faster in training, so it bounds the time."""
TABATA_S = 240
ROUNDING_MIN = 2.5
"""`duration_min` is given to the nearest 5 minutes, so it may sit 2.5 minutes under the sum."""


def one_side_s(exercise: Exercise) -> float:
    """The fewest seconds one set can take, both sides of one-sided work counted."""
    if exercise.reps is not None:
        work = exercise.reps * FASTEST_REP_S
    elif exercise.duration_s is not None:
        work = float(exercise.duration_s)
    else:
        fastest = (
            exercise.pace.min_s_per_km / 1000 if exercise.pace is not None else FASTEST_S_PER_M
        )
        work = (exercise.distance_m or 0) * fastest
    return work * (2 if exercise.per_side else 1)


def least_seconds(block: Block) -> float:
    """The least time a block can take: its clock, or its sets and the rests between them."""
    if block.time_cap_min is not None:
        return block.time_cap_min * 60.0
    if block.format is BlockFormat.TABATA:
        return TABATA_S * len(block.exercises)
    return sum(e.sets * one_side_s(e) + (e.sets - 1) * e.rest_s for e in block.exercises)


def _ramp_above_work(session: Session) -> Iterator[str]:
    """Names of lifts whose warm-up sets are not lighter than their working weight."""
    warm_up, main = session.block(BlockKind.WARM_UP), session.block(BlockKind.MAIN)
    if warm_up is None or main is None:
        return
    working = {e.exercise_id: e.load_kg for e in main.exercises if e.load_kg is not None}
    for exercise in warm_up.exercises:
        top = working.get(exercise.exercise_id)
        if top is not None and exercise.load_kg is not None and exercise.load_kg >= top:
            yield exercise.name


def session_violations(plan: PlanData) -> Iterator[tuple[str, str]]:
    """Sessions too short for their content, cooling down too briefly, or ramping past the work.

    Yields (rule, message) pairs, which `checks` turns into violations.
    """
    for week in plan.weeks:
        for session in week.sessions:
            where = f"week {week.week} day {session.day}"
            if session.kind is SessionKind.EVENT:
                continue  # the event lasts what it lasts
            least = sum(least_seconds(block) for block in session.blocks) / 60
            capped = session.duration_min >= TRAINING_MAX_MIN  # the longest a session may say
            if session.duration_min + ROUNDING_MIN < least and not capped:
                message = f"{where}: {session.duration_min} min for {least:.0f} min of work"
                yield ("duration", message)
            cool_down = session.block(BlockKind.COOL_DOWN)
            if cool_down and sum(e.sets * one_side_s(e) for e in cool_down.exercises) < COOL_S:
                yield ("cool_down", f"{where}: cool down for 5 minutes or more")
            for name in _ramp_above_work(session):
                yield ("ramp", f"{where}: {name} warm-up set not below the work")
