"""Strength numbers: the one estimated-1RM formula every part of CoachX uses.

Epley's formula (Epley 1985), w * (1 + r / 30), with the reps left in reserve added to the reps
done when the set's RPE is known (RPE = 10 - RIR, Zourdos et al. 2016), as wger's personal-record
check does. A single (one rep, no reserve) is the weight itself. Plans, the progress page and the
adaptation rules all call this function, so a "max" means the same thing everywhere.
"""

EPLEY_DIVISOR = 30.0
MAX_RPE = 10.0


def estimated_one_rep_max(weight_kg: float, reps: int, rpe: float | None = None) -> float:
    """The one-rep max a set implies, in kg.

    Args:
        weight_kg: The weight lifted.
        reps: Reps done (at least one).
        rpe: The set's effort on the 1-10 scale, if logged; 10 - rpe reps were left in reserve.

    Returns:
        The estimated 1RM; the weight itself for a single at RPE 10 (or with no RPE).

    Raises:
        ValueError: When reps is below one or the weight is negative.
    """
    if reps < 1 or weight_kg < 0:
        raise ValueError("a set needs at least one rep and a weight of zero or more")
    in_reserve = 0.0 if rpe is None else max(0.0, MAX_RPE - rpe)
    effective = reps + in_reserve
    if effective <= 1:
        return weight_kg
    return weight_kg * (1 + effective / EPLEY_DIVISOR)
