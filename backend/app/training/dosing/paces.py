"""Running paces the engine assumes, by level and age band.

They time distance-dosed work (how long a session lasts) and turn a running week's time limits
into metres. Sessions never prescribe these paces; they are estimates for planning.
"""

from app.training.athlete.resolved import Athlete

EASY_PACE_S_PER_M = (0.45, 0.375, 0.32)
"""Easy running pace by level: 7:30, 6:15 and 5:20 per km."""
OLDER_PACE_EXTRA = 0.06
HARD_PACE_FACTOR = 0.85
CONDITIONING_PACE_S_PER_M = 0.3
"""Rowing, biking or ski-erg metres, whatever the level."""


def easy_pace(athlete: Athlete) -> float:
    """Seconds per metre at easy pace for this athlete."""
    return EASY_PACE_S_PER_M[athlete.level.rank] + (OLDER_PACE_EXTRA if athlete.older else 0.0)
