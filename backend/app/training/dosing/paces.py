"""Running paces: the athlete's own from VDOT when a time is known, and the engine's estimates.

`run_pace` gives a run its pace range from the athlete's race result (Daniels' VDOT, see
`numbers.paces`). The level paces below only time distance-dosed work (how long a session
lasts) and turn a running week's time limits into metres; they are never prescribed.
"""

from app.training.athlete.resolved import Athlete
from app.training.contract.plan_document import Pace
from app.training.memo import memoised
from app.training.numbers.paces import (
    Zone,
    format_pace,
    predicted_time_s,
    race_pace,
    training_pace,
    vdot,
)
from app.training.numbers.prescriptions import pace_intensity

EASY_PACE_S_PER_M = (0.45, 0.375, 0.32)
"""Easy running pace by level: 7:30, 6:15 and 5:20 per km."""
OLDER_PACE_EXTRA = 0.06
HARD_PACE_FACTOR = 0.85
CONDITIONING_PACE_S_PER_M = 0.3
"""Rowing, biking or ski-erg metres, whatever the level."""


def easy_pace(athlete: Athlete) -> float:
    """Seconds per metre at easy pace for this athlete."""
    return EASY_PACE_S_PER_M[athlete.level.rank] + (OLDER_PACE_EXTRA if athlete.older else 0.0)


ZONE_OF_RUN: dict[str, Zone] = {
    "easy_run": Zone.EASY,
    "long_run": Zone.EASY,
    "recovery_run": Zone.EASY,
    "tempo_run": Zone.THRESHOLD,
    "cruise_intervals": Zone.THRESHOLD,
    "intervals_400m": Zone.INTERVAL,
    "intervals_800m": Zone.INTERVAL,
    "intervals_1km": Zone.INTERVAL,
    "marathon_pace_run": Zone.MARATHON,
    "hyrox_run": Zone.MARATHON,
}
"""Daniels' zone of each run; hills, fartlek and strides go by effort, not by pace. A Hyrox
run between stations is held at a steady, sustainable effort: the marathon zone."""
RACE_PACE_RUNS = frozenset({"race_pace_run"})


def fitness(athlete: Athlete) -> float | None:
    """The athlete's VDOT: from a race result, or from the goal time when it is the only one."""
    result = athlete.numbers.race or athlete.numbers.target_race
    return None if result is None else vdot(result.distance_km, result.time_s)


@memoised(4096)
def run_pace(athlete: Athlete, movement_id: str) -> tuple[Pace, str] | None:
    """The pace range of a run and its words ("4:37-4:50/km (threshold)"), when fitness is known.

    Race-pace runs use the goal time when there is one, else the time the VDOT predicts.
    """
    current = fitness(athlete)
    if current is None or movement_id not in ZONE_OF_RUN.keys() | RACE_PACE_RUNS:
        return None
    if movement_id in RACE_PACE_RUNS:
        distance = athlete.race_km or 5.0
        goal = athlete.numbers.target_race
        seconds = goal.time_s if goal else predicted_time_s(current, distance)
        pace = race_pace(goal.distance_km if goal else distance, seconds)
        return pace, f"{format_pace(pace)} (goal race pace)"
    zone = ZONE_OF_RUN.get(movement_id)
    if zone is None:
        return None
    pace = training_pace(current, zone)
    return pace, pace_intensity(pace, zone)
