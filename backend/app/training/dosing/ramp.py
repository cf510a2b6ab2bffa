"""Ramp sets: the lighter sets that lead up to the day's first heavy barbell lift.

A lifter does not walk up to a working weight cold. After the general warm-up the lift itself is
rehearsed with progressively heavier, shorter sets, so the last warm-up set is close to the work
without tiring it: the "potentiate" step of the RAMP warm-up (Jeffreys 2007; NSCA *Essentials
of Strength Training and Conditioning*, 4th ed., 2016, ch. 14: a specific warm-up rehearses the
work). The ladder follows the way strength coaches write it (Rippetoe, *Starting Strength*, 3rd
ed., 2011): the empty bar for ten, then fewer reps as the bar gets heavier, in even jumps. Heavy
work (80% 1RM or more, or RPE 8 and up) climbs to 85% of the working weight in five sets;
lighter work needs three; teens and people over 65 keep five reps or more (NSCA youth position
statement, 2009).

Each set is written as a share of the working weight, in kilos (rounded to the plate step) when
the working weight is known. When the adaptation moves the working weight, `follow` moves the
ramp with it, so the two never disagree.
"""

import math
import re
from typing import NamedTuple

from app.training.athlete.resolved import Athlete
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import Pattern
from app.training.dosing.dose import Dose, rest
from app.training.numbers.strength import PLATE_STEP_KG, LoadKind

BAR_KG = 20.0
"""A standard men's Olympic bar; the lightest ramp set is the bar alone."""
RAMP_REST_S = 60
HEAVY_WORK_PERCENT, HEAVY_WORK_RPE = 80, 8.0
OLYMPIC_RAMP_REPS = 5


class RampStep(NamedTuple):
    """One ramp set: a share of the working weight (None: the empty bar) and its reps."""

    share: float | None
    reps: int
    rpe: float


HEAVY_RAMP = (
    RampStep(None, 10, 2.0),
    RampStep(0.40, 5, 3.0),
    RampStep(0.60, 3, 4.0),
    RampStep(0.75, 2, 5.0),
    RampStep(0.85, 1, 6.0),
)
LIGHT_RAMP = (RampStep(None, 10, 2.0), RampStep(0.50, 5, 3.0), RampStep(0.75, 3, 4.5))
GENTLE_RAMP = (RampStep(None, 10, 2.0), RampStep(0.50, 6, 3.0), RampStep(0.70, 5, 4.0))
"""Teens and people over 65 never lift for fewer than five reps, warm-up sets included."""
_SHARE_WORDS = re.compile(r"^(\d+)% of the working weight")
PLATE_STEP = PLATE_STEP_KG[LoadKind.BARBELL]


def ladder(work: Dose, athlete: Athlete) -> tuple[RampStep, ...]:
    """Five steps before heavy work, three before lighter work, no low reps when young or old."""
    if athlete.teen or athlete.older:
        return GENTLE_RAMP
    heavy = (work.percent or 0) >= HEAVY_WORK_PERCENT or (work.rpe or 0) >= HEAVY_WORK_RPE
    return HEAVY_RAMP if heavy else LIGHT_RAMP


def step_load(share: float, working_kg: float) -> float:
    """A share of the working weight, to the nearest plate step, never below the bar."""
    steps = math.floor(working_kg * share / PLATE_STEP + 0.5)  # half a step rounds up
    return max(BAR_KG, steps * PLATE_STEP)


def step_text(share: float | None, load_kg: float | None) -> str:
    """How the set reads: "60% of the working weight (57.5 kg)", "Empty bar (20 kg)"."""
    kilos = "" if load_kg is None else f" ({load_kg:g} kg)"
    if share is None:
        return f"Empty bar{kilos}"
    return f"{round(share * 100)}% of the working weight{kilos}"


def ramp(work: Dose, athlete: Athlete, movement: Movement) -> tuple[Dose, ...]:
    """The ramp sets of `movement` before `work`, lightest first.

    Olympic lifts are rehearsed for speed, not volume: no ramp set is longer than 5 reps.

    With a known working weight, sets that would round to the one before or reach the working
    weight itself are left out: a 30 kg squat needs the bar and one set, not five, and work
    on the empty bar needs none.
    """
    doses: list[Dose] = []
    previous = 0.0
    for step in ladder(work, athlete):
        load = None
        if work.load_kg is not None:
            load = BAR_KG if step.share is None else step_load(step.share, work.load_kg)
            if load <= previous or load >= work.load_kg:
                continue
            previous = load
        text = step_text(step.share, load)
        reps = (
            min(step.reps, OLYMPIC_RAMP_REPS) if movement.pattern is Pattern.OLYMPIC else step.reps
        )
        pause = rest(RAMP_REST_S, athlete)
        dose = Dose(1, reps, pause, text, rpe=step.rpe, load_kg=load, warm_up_set=True)
        doses.append(dose)
    return tuple(doses)


def follow(intensity: str, working_kg: float) -> tuple[float, str] | None:
    """A ramp set's load and words for a new working weight; None if it is not a share of it.

    The adaptation calls this for the ramp sets of a lift whose working weight it changes.
    """
    found = _SHARE_WORDS.match(intensity)
    if found is None:
        return None
    share = int(found.group(1)) / 100
    load = step_load(share, working_kg)
    return load, step_text(share, load)
