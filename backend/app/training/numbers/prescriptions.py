"""Intensity written as numbers: kilos from an e1RM, paces from VDOT, and how to find them.

A lifter with a known set gets the load in kg, the %1RM it is and the RPE it should feel like,
all three from the same table, so they agree. Without a known set, the first week says how to
find a working weight (ramp sets to the target RPE), and later weeks say the rule that moves it
("add 2.5 kg when every rep is at RPE 8 or less", linear progression as in StrongLifts and
GZCLP). A runner without a race result gets a time trial in week 1 instead of paces.
"""

import math
from dataclasses import dataclass

from app.training.contract.plan_document import Pace
from app.training.numbers import strength
from app.training.numbers.paces import Zone, format_pace
from app.training.numbers.strength import LoadKind

__all__ = [
    "LoadPrescription",
    "load_prescription",
    "pace_intensity",
    "progression_rule",
    "ramp_note",
    "time_trial_note",
]

ZONE_WORDS = {
    Zone.EASY: "easy",
    Zone.MARATHON: "marathon pace",
    Zone.THRESHOLD: "threshold",
    Zone.INTERVAL: "interval pace",
    Zone.REPETITION: "repetition pace",
}


@dataclass(frozen=True, slots=True)
class LoadPrescription:
    """A strength set's intensity: %1RM feasible for the reps, its RPE, and the load when known."""

    percent_1rm: int
    target_rpe: float
    load_kg: float | None
    intensity: str


def load_prescription(
    reps: int,
    target_rpe: float,
    one_rep_max_kg: float | None,
    kind: LoadKind = LoadKind.BARBELL,
) -> LoadPrescription:
    """The %1RM, RPE and load of `reps` reps at `target_rpe`.

    The percent is the table's value for those reps at that RPE, rounded down to a whole
    percent, so the set is always possible; the RPE is read back from the rounded percent.
    """
    percent = math.floor(strength.max_percent(reps, target_rpe))
    rpe = strength.rpe_for(percent, reps)
    if one_rep_max_kg is None:
        return LoadPrescription(percent, rpe, None, f"{percent}% 1RM (RPE {rpe:g})")
    load = strength.working_load(one_rep_max_kg, percent, kind)
    return LoadPrescription(percent, rpe, load, f"{load:g} kg ({percent}% 1RM, RPE {rpe:g})")


def ramp_note(reps: int, target_rpe: float) -> str:
    """Week 1 without a known set: how to find the working weight in ramp sets."""
    in_reserve = round(10 - target_rpe)
    return (
        f"Find your weight: ramp up in sets of {reps} (empty bar, then +10-20 kg a set) until a "
        f"set leaves about {in_reserve} reps in the tank (RPE {target_rpe:g}); use it for the "
        "working sets and note it."
    )


def progression_rule(step_kg: float = 2.5, rpe_ceiling: float = 8.0) -> str:
    """Later weeks without a known set: the rule that moves the load."""
    return f"Add {step_kg:g} kg when every rep is at RPE {rpe_ceiling:g} or less; otherwise repeat."


def pace_intensity(pace: Pace, zone: Zone) -> str:
    """A run's intensity as a runner reads it: "4:37-4:50/km (threshold)"."""
    return f"{format_pace(pace)} ({ZONE_WORDS[zone]})"


def time_trial_note(distance_km: float, planned: bool) -> str:
    """Week 1 without a race result: a time trial whose time sets the paces.

    `planned`: the trial is a session of the week, and logging it re-paces this plan;
    otherwise the week had no room for it and the time goes into the baselines.
    """
    if planned:
        return (
            f"Time trial: this week's quality session is {distance_km:g} km as fast as you can "
            "hold evenly; log its time and every pace after it is set from it."
        )
    return (
        f"Time trial: after the warm-up run {distance_km:g} km as fast as you can hold evenly; "
        "enter the time as your race result in your baselines and the next plan uses its paces."
    )
