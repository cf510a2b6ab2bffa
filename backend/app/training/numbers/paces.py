"""Running paces from a race result: Daniels and Gilbert's VDOT.

Daniels and Gilbert (Oxygen Power, 1979; Daniels' Running Formula) fit two curves: the oxygen
cost of running at v metres per minute, VO2 = -4.60 + 0.182258·v + 0.000104·v², and the share of
VO2max a runner can hold for t minutes,
0.8 + 0.1894393·e^(-0.012778·t) + 0.2989558·e^(-0.1932605·t). A race result gives
VDOT = VO2 / share. Each training zone is a band of fractions of VDOT; the pace of a fraction
comes from solving the cost quadratic for v. A 5 km in 25:00 is VDOT 38.3 and
a 10 km in 45:00 is 45.3, the worked examples the tests check.
"""

import math
from enum import StrEnum

from app.training.contract.plan_document import Pace

__all__ = [
    "ZONE_FRACTIONS",
    "Zone",
    "format_pace",
    "predicted_time_s",
    "race_pace",
    "training_pace",
    "training_paces",
    "vdot",
]

_A, _B, _C = 0.000104, 0.182258, -4.60
"""Coefficients of the oxygen cost of running (ml/kg/min) at v m/min: A·v² + B·v + C."""
SLOWEST_S_PER_KM, FASTEST_S_PER_KM = 1200, 120
"""Pace bounds of the plan document (20:00/km walking to 2:00/km)."""
RACE_PACE_SPREAD_S = 3
"""Race-pace work is written as the goal pace ± 3 s/km: precise, but a runner can hit it."""


class Zone(StrEnum):
    """Daniels' training intensities."""

    EASY = "easy"
    MARATHON = "marathon"
    THRESHOLD = "threshold"
    INTERVAL = "interval"
    REPETITION = "repetition"


ZONE_FRACTIONS: dict[Zone, tuple[float, float]] = {
    Zone.EASY: (0.59, 0.74),
    Zone.MARATHON: (0.75, 0.84),
    Zone.THRESHOLD: (0.83, 0.88),
    Zone.INTERVAL: (0.95, 1.00),
    Zone.REPETITION: (1.03, 1.07),
}
"""Fractions of VDOT per zone (Daniels' Running Formula): easy 59-74 %, marathon 75-84 %,
threshold 83-88 %, interval 95-100 %, repetition about 105 % (written as 103-107 %)."""


def _share_of_max(minutes: float) -> float:
    """The fraction of VO2max that can be held for a race lasting `minutes`."""
    return (
        0.8 + 0.1894393 * math.exp(-0.012778 * minutes) + 0.2989558 * math.exp(-0.1932605 * minutes)
    )


def _oxygen_cost(metres_per_minute: float) -> float:
    """Oxygen cost of running at that speed, ml/kg/min."""
    return _C + _B * metres_per_minute + _A * metres_per_minute**2


def vdot(distance_km: float, time_s: float) -> float:
    """The VDOT of a race result (not rounded).

    Raises:
        ValueError: When distance or time is not positive.
    """
    if not (distance_km > 0 and time_s > 0):
        raise ValueError("distance_km and time_s must be positive")
    minutes = time_s / 60
    return _oxygen_cost(distance_km * 1000 / minutes) / _share_of_max(minutes)


def _speed_for(vo2: float) -> float:
    """Metres per minute whose oxygen cost is `vo2`: the positive root of the quadratic."""
    return (-_B + math.sqrt(_B**2 - 4 * _A * (_C - vo2))) / (2 * _A)


def _seconds_per_km(metres_per_minute: float) -> int:
    """Pace of a speed, in whole seconds per km, kept inside the document's bounds."""
    pace = round(60_000 / metres_per_minute)
    return min(SLOWEST_S_PER_KM, max(FASTEST_S_PER_KM, pace))


def training_pace(fitness: float, zone: Zone) -> Pace:
    """The pace range of a zone for a runner of VDOT `fitness` (faster end first)."""
    low, high = ZONE_FRACTIONS[zone]
    return Pace(
        min_s_per_km=_seconds_per_km(_speed_for(fitness * high)),
        max_s_per_km=_seconds_per_km(_speed_for(fitness * low)),
    )


def training_paces(fitness: float) -> dict[Zone, Pace]:
    """Every zone's pace range for a runner of VDOT `fitness`."""
    return {zone: training_pace(fitness, zone) for zone in Zone}


def race_pace(distance_km: float, time_s: float) -> Pace:
    """The pace of a goal time, ± a few seconds per km, for race-pace work."""
    if not (distance_km > 0 and time_s > 0):
        raise ValueError("distance_km and time_s must be positive")
    pace = time_s / distance_km
    return Pace(
        min_s_per_km=max(FASTEST_S_PER_KM, round(pace) - RACE_PACE_SPREAD_S),
        max_s_per_km=min(SLOWEST_S_PER_KM, round(pace) + RACE_PACE_SPREAD_S),
    )


def predicted_time_s(fitness: float, distance_km: float) -> int:
    """The race time over `distance_km` that a VDOT of `fitness` predicts (bisection)."""
    fastest, slowest = distance_km * FASTEST_S_PER_KM, distance_km * SLOWEST_S_PER_KM
    for _ in range(60):
        middle = (fastest + slowest) / 2
        if vdot(distance_km, middle) > fitness:
            fastest = middle
        else:
            slowest = middle
    return round((fastest + slowest) / 2)


def format_pace(pace: Pace) -> str:
    """A range as a runner reads it: "4:25-4:35/km", or "4:30/km" when both ends agree."""

    def clock(seconds: int) -> str:
        return f"{seconds // 60}:{seconds % 60:02d}"

    if pace.min_s_per_km == pace.max_s_per_km:
        return f"{clock(pace.min_s_per_km)}/km"
    return f"{clock(pace.min_s_per_km)}–{clock(pace.max_s_per_km)}/km"  # noqa: RUF001 - en dash
