"""Running volume: how far a runner goes each week, and how it is shared between the runs.

- Weekly distance starts from the level and the number of runs, and grows by 5-8% per loading
  week, never more than 10% (the 10% rule: a conventional ceiling rather than a proven one, since
  Buist et al. 2008 found an even slower build did not cut injuries in novice runners). Deloads
  and tapers cut it.
- About 80% of the distance is easy and at most 20% is hard (Seiler & Kjerland 2006; Seiler
  2010: the polarised 80/20 distribution of elite endurance athletes).
- The long run is about 25-50% of the week (more with fewer runs) and never beyond ~130
  minutes of running: Daniels' *Running Formula* caps long runs at 150 minutes including the
  warm-up and cool-down.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import WeekFrame
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import Session, work
from app.training.contract.vocabulary import Goal, Pattern, Quality, SessionKind
from app.training.dosing.paces import easy_pace
from app.training.numbers import mileage

PER_RUN_M = (3000, 6000, 9000)
"""A typical first-week run by level."""
GROWTH = (0.05, 0.07, 0.08)
"""Weekly growth by level: always under the 10% rule."""
WEEKLY_CAP_M = (35_000, 70_000, 110_000)
RACE_FACTOR = {Goal.RACE_5K: 0.9, Goal.RACE_10K: 1.0, Goal.HALF_MARATHON: 1.1, Goal.MARATHON: 1.25}
AGE_FACTOR = 0.8
"""Teens and people over 65 start and cap at 80% of an adult's running volume."""
HARD_SHARE = 0.2
LONG_SHARE = {1: 1.0, 2: 0.6, 3: 0.4, 4: 0.35, 5: 0.3, 6: 0.28, 7: 0.27}
EASY_RUN_MAX_S = 75 * 60
LONG_RUN_MAX_S = 130 * 60
MIN_STEP_M = 100
"""Small weeks still grow by 100 m: from 1 km up that is never more than 10%."""
LONG_RACE_KM, LONG_RACE_SHARE = 20.0, 0.45
"""Half marathons and marathons need long runs: up to 45 % of a low-mileage week (Daniels
caps the long run at about a third of the week for runners on higher mileage)."""
DAYS_WITH_MOBILITY = 7
"""A seven-day running week keeps one day for mobility."""
MAX_COUNTED_RUNS = 5
"""More than five runs a week makes the runs shorter, not the week longer, at the start."""


def hundreds(metres: float) -> int:
    """Round down to 100 m: distances are prescribed in whole hundreds of metres."""
    return int(metres // 100) * 100


@dataclass(frozen=True, slots=True)
class RunBudget:
    """A week's running distance and its split: the total, the hard share and the long run."""

    total: int
    hard: int
    long_cap: int
    easy_cap: int


def _capped_start(athlete: Athlete, runs: int) -> tuple[float, float]:
    """First-week distance and the weekly ceiling, by level, race, age and number of runs.

    A runner who says how far they run now starts there (and may grow past the level's usual
    ceiling if they already run more).
    """
    level = athlete.level.rank
    factor = RACE_FACTOR.get(athlete.race, 1.0) if athlete.race else 1.0
    if athlete.teen or athlete.older:
        factor *= AGE_FACTOR
    start = PER_RUN_M[level] * min(runs, MAX_COUNTED_RUNS) * factor
    ceiling = WEEKLY_CAP_M[level] * factor
    stated = athlete.numbers.weekly_km
    if stated is not None:
        start = stated.value * 1000
        ceiling = max(ceiling, start)
    return start, ceiling


def weekly_growth(athlete: Athlete) -> float:
    """Growth per loading week: the level's, or the full 10 % a half or a marathon needs."""
    if athlete.race_km is not None and athlete.race_km >= LONG_RACE_KM:
        return mileage.MAX_WEEKLY_GROWTH
    return GROWTH[athlete.level.rank]


def long_run_share(athlete: Athlete, runs: int) -> float:
    """The long run's share of the week: more for long races, never above half."""
    share = LONG_SHARE[runs]
    if athlete.race_km is not None and athlete.race_km >= LONG_RACE_KM:
        share = max(share, LONG_RACE_SHARE)
    return min(share, mileage.LONG_RUN_MAX_SHARE) if runs > 1 else share


def long_run_goal_m(athlete: Athlete) -> int | None:
    """The peak long run the race needs, in metres (None without a race distance)."""
    if athlete.race_km is None:
        return None
    return hundreds(mileage.long_run_goal_km(athlete.race_km) * 1000)


def start_km(athlete: Athlete) -> float:
    """The first week's running distance, in km (before any cap by session length)."""
    runs = athlete.days - (athlete.days == DAYS_WITH_MOBILITY)
    return round(_capped_start(athlete, runs)[0] / 1000, 1)


def budget(athlete: Athlete, frame: WeekFrame, runs: int, easy_runs: int) -> RunBudget:
    """The week's running budget; `easy_runs` counts the runs besides the long run and quality.

    Growth is applied one loading week at a time and rounded down, so no week is ever more than
    `GROWTH` (under 10%) above the last full training week.
    """
    pace = easy_pace(athlete)
    long_cap = hundreds(LONG_RUN_MAX_S / pace)
    easy_cap = hundreds(EASY_RUN_MAX_S / pace)
    start, ceiling = _capped_start(athlete, runs)
    capacity = (long_cap + easy_runs * easy_cap) / (1 - HARD_SHARE)
    ceiling = min(ceiling, capacity)
    total = hundreds(min(start, ceiling))
    growth = 1 + weekly_growth(athlete) * (0.7 if athlete.older else 1.0)
    for _ in range(frame.loading_weeks):
        grown = max(hundreds(total * growth), total + MIN_STEP_M)
        total = max(total, hundreds(min(grown, ceiling)))
    if frame.reduced:
        total = hundreds(total * frame.volume)
    return RunBudget(total, hundreds(total * HARD_SHARE), long_cap, easy_cap)


def share(total: int, weights: list[float]) -> list[int]:
    """Split `total` metres by `weights` in whole hundreds, summing exactly to `total`.

    Largest remainders get the spare hundreds, ties to the earlier run, so the split is stable.
    """
    if not weights:
        return []
    units = total // 100
    whole = sum(weights)
    raw = [units * weight / whole for weight in weights]
    parts = [int(value) for value in raw]
    order = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for index in order[: units - sum(parts)]:
        parts[index] += 1
    return [part * 100 for part in parts]


def metres_run(sessions: Iterable[Session]) -> tuple[int, int]:
    """(all, hard) metres run in the sessions' work blocks; warm-up jogs are timed, not counted.

    The event itself (a race) is not training volume and is left out.
    """
    total = hard = 0
    for session in sessions:
        if session.kind is SessionKind.EVENT:
            continue
        for exercise in work(session):
            movement = BY_ID.get(exercise.exercise_id)
            if movement is None or movement.pattern is not Pattern.RUN:
                continue
            metres = exercise.sets * (exercise.distance_m or 0)
            total += metres
            hard += metres if movement.quality is Quality.SPEED else 0
    return total, hard


def longest_run_m(session: Session) -> int:
    """The longest single run of a session's work, in metres (the event itself excluded)."""
    if session.kind is SessionKind.EVENT:
        return 0
    runs = [
        exercise.distance_m or 0
        for exercise in work(session)
        if exercise.sets == 1
        and BY_ID.get(exercise.exercise_id) is not None
        and BY_ID[exercise.exercise_id].pattern is Pattern.RUN
    ]
    return max(runs, default=0)
