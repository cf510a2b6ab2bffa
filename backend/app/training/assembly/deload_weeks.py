"""Deload and taper weeks: the same session with less work.

A deload keeps the exercises (nothing new to learn) with about 45% fewer sets and effort capped
at RPE 6.5 / 65% 1RM, so fatigue clears while skill and habit stay (Helms et al., *The Muscle
and Strength Pyramid*; Bell et al. 2023, a survey of deloading practices). A taper cuts volume
the same way but keeps the intensity, which is what preserves fitness before an event (Mujika &
Padilla 2003; Bosquet et al. 2007).
"""

from app.training.assembly.drafts import Piece
from app.training.calendar.periodization import WeekFrame
from app.training.contract.vocabulary import DoseUnit, Phase
from app.training.dosing.dose import rpe_text
from app.training.dosing.effort import feasible_percent

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
        if _single_effort(piece):
            kept.append(_cut(piece, 1, frame))
            continue
        owed += piece.dose.sets * frame.volume
        sets = max(1, min(piece.dose.sets, int(owed + 0.5)))
        owed -= sets
        kept.append(_cut(piece, sets, frame))
    return kept


def lighten_rounds(pieces: tuple[Piece, ...], frame: WeekFrame) -> tuple[Piece, ...]:
    """Cut a circuit or workout of the day by whole rounds, the same for every movement.

    Movements done together (a circuit, an AMRAP, an EMOM) keep the same number of rounds;
    rounding down keeps the cut at least as deep as the week's target.
    """
    return tuple(_cut(p, max(1, int(p.dose.sets * frame.volume)), frame) for p in pieces)


def _single_effort(piece: Piece) -> bool:
    """One continuous effort (a run, a ride): shortened rather than cut by sets."""
    return piece.dose.sets == 1 and piece.unit is not DoseUnit.REPS


def _cut(piece: Piece, sets: int, frame: WeekFrame) -> Piece:
    """The piece with `sets` sets (or a shorter single effort), and a deload's lower effort."""
    dose = piece.dose
    amount = dose.amount
    if _single_effort(piece):
        step = ROUNDING[piece.unit]
        sets, amount = 1, max(step, int(dose.amount * frame.volume / step) * step)
    rpe, percent, text = dose.rpe, dose.percent, dose.intensity
    if frame.phase is Phase.DELOAD and rpe is not None and rpe > DELOAD_RPE:
        rpe = DELOAD_RPE
        if percent is not None:
            percent = min(percent, DELOAD_PERCENT)
            if piece.unit is DoseUnit.REPS:
                percent = feasible_percent(percent, amount, DELOAD_RPE)
        text = f"RPE {rpe_text(DELOAD_RPE)}: deload, moderate and crisp"
        if percent is not None:
            text = f"{percent}% 1RM (RPE {rpe_text(DELOAD_RPE)}): deload, moderate and crisp"
        weights = dose.intensity.partition("; Rx ")[2]
        if weights:  # a WOD's Rx and scaled weights stay on the board in a deload
            text = f"RPE {rpe_text(DELOAD_RPE)}: deload; Rx {weights}"
    load = dose.load_kg if percent == dose.percent else None
    lighter = dose._replace(
        sets=sets, amount=amount, intensity=text, rpe=rpe, percent=percent, load_kg=load
    )
    return Piece(piece.movement, lighter)
