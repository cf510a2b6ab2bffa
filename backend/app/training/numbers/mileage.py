"""Running volume in numbers: weekly km from where the runner is, long runs sized to the race.

- Weekly distance starts from what the runner does now (their stated or goals-named weekly km)
  and grows by at most 10 % per loading week (the conventional ceiling; Buist et al. 2008 found
  slower builds no safer for novices, so 10 % is a cap, not a target). Step-back weeks and the
  taper cut it.
- The long run is the longest run of every week and builds towards the distance the race needs:
  about 8 km for a 5 km, 14 km for a 10 km, 16-20 km for a half and 28-32 km (or about three
  hours) for a marathon (Daniels' Running Formula; Pfitzinger and Douglas, Advanced Marathoning).
  It grows by at most 2 km a week and stays under half the week's distance.
- The taper is sized to the race: 7-10 days for 5 km and 10 km, 10-14 days for a half, two to
  three weeks for a marathon, with volume cut 40-60 % and intensity kept (Mujika and Padilla
  2003; Bosquet et al. 2007).
- Beginners run and walk in stages (run 1 min / walk 1:30 up to 8 min / 1 min, then continuous),
  the progression of walk-run programmes such as the NHS Couch to 5K.
"""

import itertools
import math
from dataclasses import dataclass

__all__ = [
    "MAX_WEEKLY_GROWTH",
    "BuildWeek",
    "RunWalk",
    "build_up",
    "long_run_goal_km",
    "next_long_run_km",
    "next_week_km",
    "race_readiness",
    "reachable",
    "run_walk",
    "shortest_long_run_km",
    "taper_weeks",
    "weeks_to_long_run",
]

MAX_WEEKLY_GROWTH = 0.10
SHORT_RACE_KM, HALF_RACE_KM = 10.5, 25.0
LONG_RUN_STEP_KM = 2.0
LONG_RUN_MAX_SHARE = 0.5
"""A long run above half the week's distance loads one day too heavily (Daniels)."""
_LONG_RUN_GOALS: tuple[tuple[float, float], ...] = ((5, 8), (10, 14), (21.1, 18), (42.2, 30))
"""Peak long run by race distance, in km (5 km → 8, 10 km → 14, half → 18, marathon → 30)."""
MARATHON_LONG_RUN_MIN_KM = 28.0
MARATHON_LONG_RUN_CUTOFF_KM = 25.0
MIN_START_KM = 3.0
"""A first week of three short run/walks: a build never starts from less."""
MAX_BUILD_WEEKS = 104
"""Below 28 km the marathon's last 10 km is run on hope (Pfitzinger: 20-mile long runs)."""


def taper_weeks(distance_km: float, plan_weeks: int) -> int:
    """Taper weeks for a race on the last day of the plan (race week counts as one).

    5-10 km: the race week (7 days); half: two weeks (13 days); marathon: three weeks (20 days).
    Shorter plans keep room for a step-back week: two taper weeks from 8 weeks of plan, three
    from 12, otherwise one.
    """
    wanted = 1 if distance_km <= SHORT_RACE_KM else 2 if distance_km <= HALF_RACE_KM else 3
    room = 3 if plan_weeks >= 12 else 2 if plan_weeks >= 8 else 1
    return min(wanted, room)


def long_run_goal_km(distance_km: float) -> float:
    """The peak long run a race distance needs (linear between the rows, capped at 32 km)."""
    rows = _LONG_RUN_GOALS
    if distance_km <= rows[0][0]:
        return rows[0][1]
    for (short, short_km), (long, long_km) in itertools.pairwise(rows):
        if distance_km <= long:
            return short_km + (long_km - short_km) * (distance_km - short) / (long - short)
    return 32.0


def next_week_km(last_loading_km: float) -> float:
    """The next loading week's distance: 10 % more, rounded down to 100 m."""
    return math.floor(last_loading_km * (1 + MAX_WEEKLY_GROWTH) * 10 + 1e-9) / 10


def next_long_run_km(last_long_km: float, week_km: float, goal_km: float) -> float:
    """The next long run: +2 km at most, never past the goal or half the week (100 m steps)."""
    step = min(last_long_km + LONG_RUN_STEP_KM, goal_km, week_km * LONG_RUN_MAX_SHARE)
    return math.floor(max(step, 0.0) * 10 + 1e-9) / 10


def reachable(start_km: float, loading_weeks: int) -> float:
    """The weekly distance `loading_weeks` of 10 % growth reach from `start_km`."""
    total = start_km
    for _ in range(loading_weeks):
        total = next_week_km(total)
    return total


@dataclass(frozen=True, slots=True)
class RunWalk:
    """One run/walk interval: run for `run_s`, walk for `walk_s`, `repeats` times."""

    run_s: int
    walk_s: int
    repeats: int

    @property
    def text(self) -> str:
        """As a runner reads it: "run 2 min / walk 1 min, 8 times"."""

        def minutes(seconds: int) -> str:
            whole, rest = divmod(seconds, 60)
            return f"{whole}:{rest:02d} min" if rest else f"{whole} min"

        return f"Run {minutes(self.run_s)} / walk {minutes(self.walk_s)}, {self.repeats} times"


_RUN_WALK_STAGES: tuple[tuple[int, int], ...] = (
    (60, 90),
    (90, 90),
    (120, 60),
    (180, 60),
    (300, 60),
    (480, 60),
)


def run_walk(stage: int, minutes: int) -> RunWalk:
    """The run/walk of a beginner's `stage` (0-based) filling about `minutes` of work."""
    run_s, walk_s = _RUN_WALK_STAGES[min(stage, len(_RUN_WALK_STAGES) - 1)]
    return RunWalk(run_s, walk_s, max(1, round(minutes * 60 / (run_s + walk_s))))


@dataclass(frozen=True, slots=True)
class BuildWeek:
    """One loading week of a running build: its distance and its long run, in km."""

    total_km: float
    long_km: float


def build_up(
    start_km: float,
    start_long_km: float,
    goal_long_km: float,
    loading_weeks: int,
    ceiling_km: float,
) -> list[BuildWeek]:
    """The loading weeks of a build, from where the runner is.

    The week grows by 10 % at most up to `ceiling_km`; the long run by 2 km at most, up to the
    goal and half the week. Deloads and tapers are cut from these weeks.
    """
    total = max(start_km, MIN_START_KM)
    long = min(start_long_km, goal_long_km, total * LONG_RUN_MAX_SHARE)
    weeks: list[BuildWeek] = []
    for index in range(loading_weeks):
        if index:
            total = max(total, min(next_week_km(total), ceiling_km))
            long = max(long, next_long_run_km(long, total, goal_long_km))
        weeks.append(BuildWeek(total, long))
    return weeks


_RACE_NAMES = ((5.5, "5 km"), (11, "10 km"), (25, "half marathon"), (1000, "marathon"))


def race_name(distance_km: float) -> str:
    """What runners call a race of that distance."""
    return next(name for limit, name in _RACE_NAMES if distance_km <= limit)


def shortest_long_run_km(distance_km: float) -> float:
    """The long run below which a race is run on hope.

    80 % of the distance, or 28 km for a marathon (Pfitzinger's 20-mile runs); the planned peak
    (`long_run_goal_km`) is higher.
    """
    if distance_km > MARATHON_LONG_RUN_CUTOFF_KM:
        return MARATHON_LONG_RUN_MIN_KM
    return round(min(long_run_goal_km(distance_km), 0.8 * distance_km), 1)


def weeks_to_long_run(start_km: float, start_long_km: float, distance_km: float) -> int:
    """Loading weeks a runner needs from where they are to the race's shortest long run."""
    need = shortest_long_run_km(distance_km)
    goal = long_run_goal_km(distance_km)
    weeks = build_up(start_km, start_long_km, goal, MAX_BUILD_WEEKS, goal * 2)
    return next((n for n, week in enumerate(weeks, start=1) if week.long_km >= need), len(weeks))


def race_readiness(
    distance_km: float, planned_long_km: float, weekly_km: float, longest_km: float
) -> str | None:
    """A warning when the plan's longest run falls short of what the race needs, else None.

    The sentence says why (where the runner starts, how far the plan's long run gets while
    growing at most 10 % a week) and what would work (how many weeks, deloads and taper
    included, or a shorter race first).
    """
    need = shortest_long_run_km(distance_km)
    if planned_long_km >= need:
        return None
    needed = weeks_to_long_run(weekly_km, longest_km, distance_km)
    return (
        f"A {race_name(distance_km)} needs long runs of at least {need:g} km. From "
        f"{max(weekly_km, MIN_START_KM):g} km a week, growing at most 10% a week, this plan's "
        f"longest run reaches {planned_long_km:.1f} km. Allow about {needed + needed // 3 + 2} "
        "weeks for this race, or run a shorter one first."
    )
