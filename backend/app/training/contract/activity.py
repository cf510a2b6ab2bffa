"""How much conditioning a fat-loss plan holds, for the engine that writes it and the checker.

Half the WHO/ACSM 150 moderate minutes a week go in the sessions: 15 per training day, 75 at
five days or more; the other half is the daily walking the plan's energy-balance note asks for
(Donnelly et al. 2009: 150-250 min a week for weight loss; WHO 2020: vigorous counts double).
"""

FAT_LOSS_MINUTES_A_DAY, FAT_LOSS_MINUTES_A_WEEK = 15, 75
ASSUMED_RUN_PACE_S_PER_KM = 450
"""Running without a pace is counted at 7:30/km: Daniels' easy pace at a VDOT of about 30, a
beginner's fitness (runs with a pace use it)."""


def run_minutes(metres: float, pace_s_per_km: int | None) -> float:
    """Minutes a run takes at its pace, or at the assumed beginner's pace without one."""
    return metres / 1000 * (pace_s_per_km or ASSUMED_RUN_PACE_S_PER_KM) / 60
