"""Effort that agrees with itself: %1RM feasible for the reps at the RPE, and condition caps.

The reps-at-%1RM table (`numbers.strength`, RTS) decides both: a %1RM is lowered until the reps
land on the prescribed RPE, and when a condition caps effort (pregnancy RPE 7, a heart
condition RPE 6) the RPE, its words and the %1RM come down together.
"""

import math
import re
from typing import TYPE_CHECKING

from app.training.athlete.resolved import Athlete
from app.training.contract.vocabulary import DoseUnit
from app.training.numbers import strength

if TYPE_CHECKING:  # the dose type is defined by the prescriptions that use this module
    from app.training.dosing.dose import Dose

__all__ = ["capped", "feasible_percent", "within_cap"]

_RPE_WORDS = re.compile(r"RPE \d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?")


def feasible_percent(percent: int, reps: int, rpe: float) -> int:
    """The %1RM, lowered when needed so `reps` reps at it land on `rpe` (RTS table).

    So 5 reps are never written at 90 %, and the percent and the RPE always agree.
    """
    return min(percent, math.floor(strength.max_percent(reps, min(10.0, max(1.0, rpe)))))


def within_cap(dose: "Dose", athlete: Athlete, unit: DoseUnit) -> "Dose":
    """The dose with its effort (and %1RM) lowered to a condition's cap, words included."""
    return dose if athlete.effort_cap is None else capped(dose, athlete.effort_cap, unit)


def capped(dose: "Dose", cap: float, unit: DoseUnit) -> "Dose":
    """The dose with its RPE at most `cap`; the %1RM and the words come down with it."""
    if dose.rpe is None or dose.rpe <= cap:
        return dose
    percent = dose.percent
    if percent is not None and (dose.unit or unit) is DoseUnit.REPS:
        percent = feasible_percent(percent, dose.amount, cap)
    words = _RPE_WORDS.sub(f"RPE {cap:g}", dose.intensity)
    if percent is not None and dose.percent is not None:
        words = words.replace(f"{dose.percent}% 1RM", f"{percent}% 1RM")
    return dose._replace(rpe=cap, percent=percent, intensity=words)
