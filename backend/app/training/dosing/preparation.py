"""Dosing warm-ups and cool-downs: fixed, easy doses that never count as training volume."""

from app.training.athlete.resolved import Athlete
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Pattern
from app.training.dosing.dose import Dose
from app.training.dosing.ring_rounds import round_seconds

WARMING_PATTERNS = frozenset({Pattern.AEROBIC, Pattern.RUN, Pattern.CONDITIONING, Pattern.FOOTWORK})
PREP_SECONDS = {"box_breathing": 120}
"""Warm-up and cool-down items that need longer than a stretch (breathing: two minutes)."""


def mobility(movement: Movement, athlete: Athlete) -> Dose:
    """Warm-up drills and cool-down stretches: fixed, easy doses that never count as volume."""
    if movement.dose is DoseUnit.TIME:
        hold = PREP_SECONDS.get(movement.id, 45 if athlete.older else 30)
        if movement.pattern in WARMING_PATTERNS:
            return Dose(1, 300, 0, "Easy: raise the temperature, RPE 3", rpe=3.0)
        return Dose(1, hold, 0, "Easy, pain-free range", rpe=2.0)
    if movement.dose is DoseUnit.DISTANCE:
        return Dose(2, 20, 30, "Light and rhythmic", rpe=3.0)
    return Dose(1, 8, 0, "Easy, pain-free range", rpe=2.0)


ACTIVATION = Dose(1, 10, 0, "Light: wake up the muscles the work needs, RPE 4", rpe=4.0)
ROUND_REST_S = 60
"""The ring's minute between rounds, before the work starts."""
REHEARSAL = "Easy: the day's movement at half pace, RPE 3-4"


def activation(movement: Movement, athlete: Athlete) -> Dose:
    """The activation step of a warm-up: one light set of 10 of the day's pattern.

    A goblet squat before squats, glute bridges before deadlifts, scapular push-ups before the
    bench: muscles switched on at low effort, never a work set. A timed drill (shadowboxing
    before pads) is one easy round, as long as the athlete's rounds.
    """
    if movement.dose is DoseUnit.TIME:
        return Dose(1, round_seconds(athlete), ROUND_REST_S, REHEARSAL, rpe=3.5)
    return ACTIVATION
