"""Deload and taper weeks: the same session with less work.

A deload keeps the exercises (nothing new to learn) with about 45% fewer sets and effort capped
at RPE 6.5 / 65% 1RM, so fatigue clears while skill and habit stay (Helms et al., *The Muscle
and Strength Pyramid*; Bell et al. 2023, a survey of deloading practices). A taper cuts volume
the same way but keeps the intensity, which is what preserves fitness before an event (Mujika &
Padilla 2003; Bosquet et al. 2007).
"""

from app.training.dosage import Dose, rpe_text
from app.training.draft import Piece
from app.training.periodization import WeekFrame
from app.training.vocabulary import DoseUnit, Phase

DELOAD_RPE, DELOAD_PERCENT = 6.5, 65
ROUNDING = {DoseUnit.DISTANCE: 100, DoseUnit.TIME: 60, DoseUnit.REPS: 1}


def lighten(pieces: list[Piece], frame: WeekFrame) -> list[Piece]:
    """Keep `frame.volume` of a session's work, spread fairly over its exercises.

    Rounding each exercise on its own would turn 3 sets into 2 everywhere (only 33% less);
    carrying the remainder from one exercise to the next keeps the session total on target
    while every exercise keeps at least one set. A single timed or measured effort (an easy
    run, a steady ride) is shortened instead.
    """
    kept: list[Piece] = []
    owed = 0.0
    for piece in pieces:
        dose = piece.dose
        if dose.sets == 1 and piece.unit is not DoseUnit.REPS:
            kept.append(Piece(piece.movement, _shorter(dose, piece.unit, frame.volume)))
            continue
        owed += dose.sets * frame.volume
        sets = max(1, min(dose.sets, int(owed + 0.5)))
        owed -= sets
        kept.append(Piece(piece.movement, _easier(dose._replace(sets=sets), frame)))
    return kept


def _shorter(dose: Dose, unit: DoseUnit, volume: float) -> Dose:
    """A single effort cut to `volume` of its length, in whole minutes or hundreds of metres."""
    step = ROUNDING[unit]
    return dose._replace(amount=max(step, int(dose.amount * volume / step) * step))


def _easier(dose: Dose, frame: WeekFrame) -> Dose:
    """In a deload, effort drops to moderate; in a taper it stays where it was."""
    if frame.phase is not Phase.DELOAD or dose.rpe is None or dose.rpe <= DELOAD_RPE:
        return dose
    percent = None if dose.percent is None else min(dose.percent, DELOAD_PERCENT)
    text = f"RPE {rpe_text(DELOAD_RPE)}: deload, moderate and crisp"
    if percent is not None:
        text = f"{percent}% 1RM (RPE {rpe_text(DELOAD_RPE)}): deload, moderate and crisp"
    return dose._replace(rpe=DELOAD_RPE, percent=percent, intensity=text)


def lighten_rounds(pieces: tuple[Piece, ...], frame: WeekFrame) -> tuple[Piece, ...]:
    """Cut a circuit or workout of the day by whole rounds, the same for every movement.

    Movements done together (a circuit, an AMRAP, an EMOM) keep the same number of rounds;
    rounding down keeps the cut at least as deep as the week's target.
    """
    kept: list[Piece] = []
    for piece in pieces:
        dose = piece.dose
        if dose.sets == 1 and piece.unit is not DoseUnit.REPS:
            kept.append(Piece(piece.movement, _shorter(dose, piece.unit, frame.volume)))
            continue
        sets = max(1, int(dose.sets * frame.volume))
        kept.append(Piece(piece.movement, _easier(dose._replace(sets=sets), frame)))
    return tuple(kept)
