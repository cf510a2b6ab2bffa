"""Dosing warm-ups and cool-downs: fixed, easy doses that never count as training volume."""

from app.training.athlete.resolved import Athlete
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Pattern
from app.training.dosing.dose import Dose

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
