"""Turning draft blocks into validated plan models, and estimating how long a session takes.

Exercises are built through a cache keyed by (exercise id, dose): identical prescriptions (the
same warm-up drill every week, the same dose on two days or for two athletes) are validated once
and shared, which is safe because plan models are frozen. The cache holds at most 8192
exercises (a few MB), so a long-running server stays small.
"""

import math

from app.training.assembly.drafts import Built, DraftBlock, Piece
from app.training.athlete.resolved import Athlete
from app.training.catalogue import BY_ID, CATALOGUE
from app.training.contract.plan_document import Block, Exercise
from app.training.contract.vocabulary import BlockFormat, DoseUnit, Pattern, Quality
from app.training.dosing.dose import Dose
from app.training.dosing.lifts import LIGHTER_SETS_NOTE
from app.training.dosing.paces import CONDITIONING_PACE_S_PER_M, HARD_PACE_FACTOR, easy_pace
from app.training.memo import memoised

TRANSITION_S = 40
"""Time to set up and move between exercises."""
SECONDS_PER_REP = {Quality.CONDITIONING: 2.5, Quality.POWER: 3.0, Quality.MOBILITY: 4.0}
DEFAULT_SECONDS_PER_REP = 3.5
MIN_MINUTES, MAX_MINUTES = 15, 150
LIGHTER_SETS_S = 2 * (5 * DEFAULT_SECONDS_PER_REP + 60)
"""The two lighter sets (5 reps, a minute's rest) a main lift's note asks for before its work."""


DOSE_FIELD = {DoseUnit.REPS: "reps", DoseUnit.TIME: "duration_s", DoseUnit.DISTANCE: "distance_m"}
KIT = {movement.id: sorted(movement.equipment) for movement in CATALOGUE}


@memoised(8192)
def exercise(movement_id: str, dose: Dose) -> Exercise:
    """The plan `Exercise` for a movement at a dose (validated once, then shared)."""
    movement = BY_ID[movement_id]
    return Exercise.model_validate(
        {
            "exercise_id": movement_id,
            "name": f"{movement.name}, warm-up set" if dose.warm_up_set else movement.name,
            "sets": dose.sets,
            DOSE_FIELD[dose.unit or movement.dose]: dose.amount,
            "intensity": dose.intensity,
            "target_rpe": dose.rpe,
            "percent_1rm": dose.percent,
            "rest_s": dose.rest_s,
            "notes": f"{movement.cues} {dose.note}" if dose.note else movement.cues,
            "equipment": KIT[movement_id],
            "load_kg": dose.load_kg,
            "pace": dose.pace,
            "per_side": movement.per_side,
        }
    )


def block(draft: DraftBlock) -> Block:
    """The plan `Block` for a draft block."""
    return Block(
        kind=draft.kind,
        format=draft.format,
        time_cap_min=draft.time_cap_min,
        notes=draft.notes,
        exercises=[exercise(piece.movement.id, piece.dose) for piece in draft.pieces],
    )


def pace(piece: Piece, athlete: Athlete) -> float:
    """Seconds per metre for a distance-dosed piece: its own pace, easy or hard running, an erg."""
    prescribed = piece.dose.pace
    if prescribed is not None:
        return (prescribed.min_s_per_km + prescribed.max_s_per_km) / 2000
    if piece.movement.pattern is not Pattern.RUN:
        return CONDITIONING_PACE_S_PER_M
    easy = easy_pace(athlete)
    return easy * HARD_PACE_FACTOR if piece.movement.quality is Quality.SPEED else easy


def piece_seconds(piece: Piece, athlete: Athlete) -> float:
    """Work plus rest of one exercise, plus moving to the next; one-sided work counts twice."""
    dose = piece.dose
    if piece.unit is DoseUnit.REPS:
        per_rep = SECONDS_PER_REP.get(piece.movement.quality, DEFAULT_SECONDS_PER_REP)
        work = dose.amount * per_rep
    elif piece.unit is DoseUnit.TIME:
        work = float(dose.amount)
    else:
        work = dose.amount * pace(piece, athlete)
    if piece.movement.per_side:
        work *= 2
    lead_in = LIGHTER_SETS_S if LIGHTER_SETS_NOTE in dose.note else 0
    return dose.sets * (work + dose.rest_s) - dose.rest_s + TRANSITION_S + lead_in


def block_seconds(draft: DraftBlock, athlete: Athlete) -> float:
    """A timed block lasts its clock; a Tabata 4 minutes per movement; others add up."""
    if draft.time_cap_min is not None:
        return draft.time_cap_min * 60 + 2 * TRANSITION_S
    if draft.format is BlockFormat.TABATA:
        return len(draft.pieces) * (240 + 60)
    return sum(piece_seconds(piece, athlete) for piece in draft.pieces)


def built(draft: DraftBlock, athlete: Athlete) -> Built:
    """A block that will be reused as is, with its plan model and its length."""
    return Built(draft, block(draft), block_seconds(draft, athlete))


def minutes(seconds: float) -> int:
    """Session length to the nearest 5 minutes, within 15-150.

    The nearest, not the next: the estimate already counts every set, rest and change of
    exercise, so rounding up on top of it would add up to five minutes nobody trains.
    """
    rounded = 5 * math.floor(seconds / 300 + 0.5)
    return max(MIN_MINUTES, min(MAX_MINUTES, rounded))
