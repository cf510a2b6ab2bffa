"""Estimated one-rep maxes, the reps-at-%1RM table and working loads rounded to real plates.

e1RM is Epley's formula, w·(1 + r/30), with the reps in reserve added to r when the set's RPE is
known (RPE = 10 - RIR), so "80 kg x 5 at RPE 8" counts as seven reps to failure. A single taken to
RPE 10 is the weight itself. The table of %1RM by reps to failure is the RTS/Tuchscherer one
(1 rep: 100 %, 5: 86.3 %, 12: 69.5 %); RPE 9 for n reps reads as RPE 10 for n + 1 reps. Beyond
12 reps the table is continued with Epley's curve from its last row, so it never has a jump.
Prescriptions read this table in both directions, which keeps reps, %1RM and RPE consistent:
5 reps are never written at 90 %, and 5 reps at 80 % are shown as about RPE 7.5.
"""

import itertools
import math
from enum import StrEnum

__all__ = [
    "MAX_PERCENT_BY_REPS",
    "InfeasibleDoseError",
    "LoadKind",
    "estimated_one_rep_max",
    "max_percent",
    "max_reps",
    "rpe_for",
    "working_load",
]

MAX_PERCENT_BY_REPS: tuple[float, ...] = (
    100.0,
    95.5,
    92.2,
    89.2,
    86.3,
    83.7,
    81.1,
    78.6,
    76.2,
    73.9,
    71.7,
    69.5,
)
"""%1RM that allows exactly n reps to failure (index n - 1): Tuchscherer's RTS RPE chart."""
LOWEST_RPE = 1.0
"""The RPE scale runs 1-10 (Helms et al. 2016); below about 5 an estimate is rough, but a logged
easy set still reads as a (low) estimate rather than an error."""


class InfeasibleDoseError(ValueError):
    """A set asks for more reps than the load allows even at an all-out effort."""


class LoadKind(StrEnum):
    """What the weight is made of, which sets the smallest step a lifter can actually add."""

    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    MACHINE = "machine"


PLATE_STEP_KG: dict[LoadKind, float] = {
    LoadKind.BARBELL: 2.5,
    LoadKind.DUMBBELL: 2.0,
    LoadKind.KETTLEBELL: 4.0,
    LoadKind.MACHINE: 5.0,
}
"""Barbells move in 2.5 kg (1.25 kg a side), gym dumbbells in 2 kg, kettlebells in 4 kg
(8, 12, 16 ... kg) and weight stacks in 5 kg plates: the steps a commercial gym offers."""
LIGHTEST_KG: dict[LoadKind, float] = {
    LoadKind.BARBELL: 20.0,
    LoadKind.DUMBBELL: 2.0,
    LoadKind.KETTLEBELL: 4.0,
    LoadKind.MACHINE: 5.0,
}
"""An empty Olympic bar weighs 20 kg; nothing lighter can be loaded on it."""


def _reps_to_failure(reps: float, rpe: float | None) -> float:
    """Reps done plus reps left in reserve; refuses numbers that cannot describe a set."""
    if reps < 1:
        raise ValueError("a set has at least one rep")
    if rpe is None:
        return float(reps)
    if not LOWEST_RPE <= rpe <= 10:
        raise ValueError(f"RPE must be between {LOWEST_RPE:g} and 10")
    return reps + (10.0 - rpe)


def estimated_one_rep_max(weight_kg: float, reps: int, rpe: float | None = None) -> float:
    """The estimated one-rep max of a set (Epley), reps in reserve counted when RPE is known.

    Args:
        weight_kg: The load lifted, in kg (0 for a bodyweight set, which estimates 0).
        reps: Reps completed (at least 1).
        rpe: The set's RPE (1-10), if the lifter rated it; None reads the set as all-out.

    Returns:
        The e1RM in kg, unrounded; a single at RPE 10 (or unrated) is the weight itself.

    Raises:
        ValueError: For a negative weight, no reps, or an RPE outside 1-10.
    """
    if not weight_kg >= 0:
        raise ValueError("weight_kg must not be negative")
    to_failure = _reps_to_failure(reps, rpe)
    if to_failure <= 1:
        return float(weight_kg)
    return weight_kg * (1 + to_failure / 30)


def max_percent(reps: float, rpe: float | None = None) -> float:
    """The %1RM at which `reps` reps land exactly on `rpe` (RPE 10 when None).

    Fractional reps to failure (RPE 8.5) are interpolated between the table's rows; beyond 12
    the value follows Epley's curve from the last row.
    """
    to_failure = _reps_to_failure(reps, rpe)
    last = len(MAX_PERCENT_BY_REPS)
    if to_failure >= last:
        return MAX_PERCENT_BY_REPS[-1] * (1 + last / 30) / (1 + to_failure / 30)
    low = math.floor(to_failure)
    below, above = MAX_PERCENT_BY_REPS[low - 1], MAX_PERCENT_BY_REPS[low]
    return below + (above - below) * (to_failure - low)


def _reps_to_failure_at(percent: float) -> float:
    """The inverse of the table: how many reps to failure a load of `percent` %1RM allows."""
    if not 0 < percent <= 100:
        raise ValueError("percent must be in (0, 100]")
    last = len(MAX_PERCENT_BY_REPS)
    if percent <= MAX_PERCENT_BY_REPS[-1]:
        return (MAX_PERCENT_BY_REPS[-1] * (1 + last / 30) / percent - 1) * 30
    for reps, (heavier, lighter) in enumerate(itertools.pairwise(MAX_PERCENT_BY_REPS), start=1):
        if lighter < percent <= heavier:
            return reps + (heavier - percent) / (heavier - lighter)
    raise AssertionError("unreachable: the table covers (69.5, 100]")  # pragma: no cover


def max_reps(percent: float, rpe: float | None = None) -> int:
    """The most whole reps a load of `percent` %1RM allows while staying at or under `rpe`."""
    in_reserve = 0.0 if rpe is None else 10.0 - rpe
    return max(0, math.floor(_reps_to_failure_at(percent) - in_reserve + 1e-9))


def rpe_for(percent: float, reps: int) -> float:
    """The RPE that `reps` reps at `percent` %1RM will feel like, to the nearest half point.

    Raises:
        InfeasibleDoseError: When the load allows fewer than `reps` reps even at RPE 10.
    """
    in_reserve = _reps_to_failure_at(percent) - reps
    if in_reserve < -1e-9:
        raise InfeasibleDoseError(f"{reps} reps are not possible at {percent:g}% of 1RM")
    return max(1.0, 10.0 - math.floor(in_reserve * 2 + 1e-9) / 2)


def working_load(one_rep_max_kg: float, percent: float, kind: LoadKind = LoadKind.BARBELL) -> float:
    """The weight to put on for `percent` %1RM, rounded down to a load the gym has.

    Rounding down keeps the prescription feasible: the lifter never gets more than the table
    allows for the reps. The result never goes under the lightest load of that kind.
    """
    if not one_rep_max_kg > 0 or not 0 < percent <= 100:
        raise ValueError("one_rep_max_kg must be positive and percent in (0, 100]")
    step = PLATE_STEP_KG[kind]
    exact = one_rep_max_kg * percent / 100
    rounded = math.floor(exact / step + 1e-9) * step
    return max(LIGHTEST_KG[kind], round(rounded, 2))
