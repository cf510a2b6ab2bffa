"""Dosing conditioning: easy aerobic work, recovery, run repeats and finishers."""

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Goal
from app.training.dosing.dose import Dose, rest, rpe_cap, rpe_text


def aerobic(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Easy aerobic work in zone 2: longer each week, never hard (Seiler 2010)."""
    level = athlete.level.rank
    text = "Zone 2: easy, conversational pace (RPE 3-4)"
    if movement.dose is DoseUnit.DISTANCE:
        metres = (3000, 5000, 6000)[level] + 250 * stage.step
        return Dose(1, metres, 0, text, rpe=3.5)
    minutes = (20, 30, 40)[level] + 2 * stage.step
    return Dose(1, minutes * 60, 0, text, rpe=3.5)


def recovery(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Recovery-day aerobic work: short and very easy, the same every week (it is not training)."""
    text = "Zone 1: very easy, you could chat the whole time (RPE 2-3)"
    if movement.dose is DoseUnit.DISTANCE:
        return Dose(1, (2000, 3000, 4000)[athlete.level.rank], 0, text, rpe=2.5)
    return Dose(1, (20, 25, 30)[athlete.level.rank] * 60, 0, text, rpe=2.5)


SPEED_REPEAT_M = {"hill_repeats": 150, "strides": 100, "fartlek_surges": 300}


def speed(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Run repeats for athletes of other sports (a boxer's roadwork intervals)."""
    level = athlete.level.rank
    count = min(10, (4, 6, 8)[level] + stage.step)
    metres = SPEED_REPEAT_M.get(movement.id, 400)
    rpe = min(rpe_cap(athlete), 8.0)
    text = f"Hard but even (RPE {rpe_text(rpe)}); jog or walk the recovery"
    return Dose(count, metres, rest(90, athlete), text, rpe=rpe)


def finisher(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """A conditioning circuit after strength work: hard, steady, little rest.

    Fat loss gets 5-6 rounds (about 10-18 minutes of intervals) instead of 2-4, and a
    beginner's two stations last 40 s like an intermediate's three, so even one session a week
    holds 15 minutes of conditioning (`checks/practice.py`, after Donnelly et al. 2009).
    """
    level = athlete.level.rank
    fat_loss = Goal.FAT_LOSS in athlete.goals
    rounds = (6, 5, 6) if fat_loss else (2, 3, 4)  # beginners: 2 stations
    count = min(6, rounds[level] + stage.step // 2)
    if movement.dose is DoseUnit.TIME:
        amount = (40 if fat_loss else 30, 40, 45)[level]
    elif movement.dose is DoseUnit.DISTANCE:
        amount = (200, 250, 300)[level]
    else:
        amount = (10, 12, 15)[level]
    rpe = min(rpe_cap(athlete) - 0.5, 8.0)
    text = f"RPE {rpe_text(rpe)}: hard but steady, keep moving"
    return Dose(count, amount, rest(20, athlete), text, rpe=rpe)
