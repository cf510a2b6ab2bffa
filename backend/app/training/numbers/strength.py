"""Estimated one-rep max: the one formula plans, progress and adaptation all use.

Epley (1985): 1RM ≈ w·(1 + r/30). When the set's RPE is known, the reps left in reserve
(RIR = 10 - RPE, after Zourdos et al. 2016) are added to the reps done, so a set of 5 at RPE 8
counts as a 7-rep max. A true single (one rep, nothing in reserve) is the weight itself.
"""

EPLEY_DIVISOR = 30


def estimated_one_rep_max(weight_kg: float, reps: int, rpe: float | None = None) -> float:
    """The load the lifter could move once, estimated from one set.

    Args:
        weight_kg: The weight lifted.
        reps: The reps done (at least 1).
        rpe: The set's RPE (1-10), when known; 10 - RPE reps were left in reserve.

    Returns:
        The estimated one-rep max in kilograms.
    """
    reps_to_failure = reps + (10 - rpe if rpe is not None else 0)
    if reps_to_failure <= 1:
        return weight_kg
    return weight_kg * (1 + reps_to_failure / EPLEY_DIVISOR)
