"""Cutting a session's or a week's work: fewer sets, shorter runs, lighter loads.

One place for every rule that lowers volume (a return week, fatigue, a held running week, the
ramp back afterwards), so they all cut the same way: warm-ups and cool-downs stay as they are,
fixed-format workouts (Tabata, EMOM, AMRAP, For Time) keep their shape, a set count never drops
below one, runs are rounded down to 100 m (repeats too short for that lose whole repeats, so
the hard share of the running never grows) and loads go to the kit's step.
"""

import math
from collections.abc import Iterator
from dataclasses import dataclass

from app.training.adapt.lifts import load_step, round_to_step
from app.training.adapt.records import Adjustment
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import WORK_BLOCKS, Exercise, Session, Week
from app.training.contract.vocabulary import BlockFormat, Pattern, Quality
from app.training.running.run_volume import metres_run

FIXED_FORMATS = frozenset(
    {BlockFormat.TABATA, BlockFormat.EMOM, BlockFormat.AMRAP, BlockFormat.FOR_TIME}
)
RUN_ROUNDING_M = 100


@dataclass(frozen=True, slots=True)
class Cut:
    """Shares of the work kept: sets (and rounds), running distance and load."""

    sets: float = 1.0
    distance: float = 1.0
    load: float = 1.0


def is_run(exercise: Exercise) -> bool:
    """A run dosed in metres."""
    movement = BY_ID.get(exercise.exercise_id)
    return movement is not None and movement.pattern is Pattern.RUN and bool(exercise.distance_m)


def is_easy_run(exercise: Exercise) -> bool:
    """A run dosed in metres that is not quality work (the easy 80% of 80/20)."""
    movement = BY_ID.get(exercise.exercise_id)
    return is_run(exercise) and movement is not None and movement.quality is not Quality.SPEED


def run_metres(session: Session) -> int:
    """Metres of running in a session's work blocks."""
    return metres_run([session])[0]


def cut_session(
    week: Week, session: Session, cut: Cut, reason: str, rule: str
) -> Iterator[Adjustment]:
    """The adjustments that keep `cut` of one session's work, made by `rule`."""
    for block in session.blocks:
        if block.kind not in WORK_BLOCKS:
            continue
        for exercise in block.exercises:
            for field, before, after in _changes(exercise, cut, block.format in FIXED_FORMATS):
                yield Adjustment(
                    date=session.date,
                    week=week.week,
                    day=session.day,
                    exercise_id=exercise.exercise_id,
                    field=field,
                    before=before,
                    after=after,
                    reason=reason,
                    rule=rule,
                )


def _changes(
    exercise: Exercise, cut: Cut, fixed: bool
) -> Iterator[tuple[str, float | int, float | int]]:
    """(field, before, after) for each dose of one exercise that the cut lowers."""
    if cut.sets < 1 and not fixed and exercise.sets > 1:
        sets = max(1, round(exercise.sets * cut.sets))
        if sets < exercise.sets:
            yield "sets", exercise.sets, sets
    if cut.distance < 1 and is_run(exercise) and exercise.distance_m:
        metres = exercise.distance_m * cut.distance
        rounded = max(RUN_ROUNDING_M, int(metres // RUN_ROUNDING_M) * RUN_ROUNDING_M)
        if rounded < exercise.distance_m:
            yield "distance_m", exercise.distance_m, rounded
        elif exercise.sets > 1 and not fixed:  # short repeats: fewer of them, rounded down
            fewer = max(1, math.floor(exercise.sets * cut.distance))
            if fewer < exercise.sets and cut.sets == 1:
                yield "sets", exercise.sets, fewer
    if cut.load < 1 and exercise.load_kg:
        lighter = round_to_step(exercise.load_kg * cut.load, load_step(exercise))
        if lighter < exercise.load_kg:
            yield "load_kg", exercise.load_kg, lighter
