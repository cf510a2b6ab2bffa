"""Kilos from the athlete's own lifts, and how to find them when the plan has none.

A barbell lift the athlete has a set of (stated, or read from their goals) gets its working
weight: the e1RM (Epley, reps in reserve counted) times the %1RM the reps and RPE allow,
rounded down to the plate step (`numbers.strength`). Without a known set, the first week says
how to find the working weight with ramp sets, and the later weeks say the rule that moves it.
"""

import math

from app.training.athlete.resolved import Athlete
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit
from app.training.dosing.dose import Dose, rpe_text, uses_percent
from app.training.numbers import prescriptions, strength

__all__ = ["with_load"]

MAX_NOTE = 230
"""Room left in an exercise's notes (400 characters) after the movement's cues."""


def _join(note: str, extra: str) -> str:
    """Two notes as one, within the room an exercise's notes leave."""
    joined = f"{note} {extra}".strip()
    return joined if len(joined) <= MAX_NOTE else extra[:MAX_NOTE]


def with_load(dose: Dose, movement: Movement, athlete: Athlete, week: int) -> Dose:
    """The dose with kilos when the athlete's lift is known, or with how to find them.

    Only barbell lifts counted in reps and rated by RPE are loaded; a main lift (one written
    with a %1RM) without a known set gets the ramp (week 1) or the progression rule (later).
    """
    if (
        not uses_percent(movement)
        or dose.rpe is None
        or (dose.unit or movement.dose) is not DoseUnit.REPS
    ):
        return dose
    lift = athlete.numbers.lift(movement.id)
    if lift is None:
        if dose.percent is None:
            return dose
        if week == 1:
            return dose._replace(
                note=_join(dose.note, prescriptions.ramp_note(dose.amount, dose.rpe))
            )
        return dose._replace(note=_join(dose.note, prescriptions.progression_rule()))
    one_rep_max = strength.estimated_one_rep_max(lift.weight_kg, lift.reps, lift.rpe)
    percent = dose.percent
    if percent is None:
        percent = math.floor(strength.max_percent(dose.amount, dose.rpe))
    load = strength.working_load(one_rep_max, percent)
    text = f"{load:g} kg ({percent}% 1RM, RPE {rpe_text(dose.rpe)})"
    return dose._replace(load_kg=load, percent=percent, intensity=text)
