"""Dosage: the prescription of an exercise in its role, for an athlete in a given week.

Each role has its dosing rule, grouped by what it doses (`lifts`, `skills`, `ring_rounds`,
`conditioning`, `preparation`); this module picks the rule and caches its result per dose class.
"""

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue import CATALOGUE
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Pattern
from app.training.dosing.conditioning import SPEED_REPEAT_M, aerobic, finisher, recovery, speed
from app.training.dosing.dose import Dose, rpe_text, uses_percent
from app.training.dosing.effort import capped, within_cap
from app.training.dosing.lifts import accessory, core, power, primary, secondary
from app.training.dosing.preparation import PREP_SECONDS, mobility
from app.training.dosing.ring_rounds import fight_rounds, rounds
from app.training.dosing.skills import skill
from app.training.memo import memoised
from app.training.programming.crossfit_caps import technique_cap
from app.training.programming.roles import Role

_BY_ROLE = {
    Role.PRIMARY: primary,
    Role.SECONDARY: secondary,
    Role.ACCESSORY: accessory,
    Role.CORE: core,
    Role.POWER: power,
    Role.SKILL: skill,
    Role.ROUNDS: rounds,
    Role.FIGHT_ROUNDS: fight_rounds,
    Role.AEROBIC: aerobic,
    Role.RECOVERY: recovery,
    Role.SPEED: speed,
    Role.FINISHER: finisher,
}


DoseClass = tuple[DoseUnit, bool, str, bool, str]
PATTERN_CLASS = {
    Pattern.OLYMPIC: "olympic",
    Pattern.FOOTWORK: "footwork",
    Pattern.AEROBIC: "warming",
    Pattern.RUN: "warming",
    Pattern.CONDITIONING: "warming",
    Pattern.INVERSION: "balance",
}
"""Pattern families that change a dose: olympic lifts, footwork cues, warm-up effort, and
inversions, whose holds are balance practice (longer) rather than static strength (5-10 s)."""


def dose_class(movement: Movement) -> DoseClass:
    """Everything about a movement that its dose depends on.

    Doses never depend on the exercise itself, only on how it is counted, whether it is a
    barbell lift (%1RM), a few pattern families (olympic lifts, footwork, warming-up work),
    whether it is contact work, and for a few movements their id (the repeat length of
    strides, the length of box breathing). Movements of one class share one cached
    prescription, so a plan computes about a hundred doses instead of several hundred.
    """
    special = movement.id if movement.id in SPECIAL_IDS else ""
    family = PATTERN_CLASS.get(movement.pattern, "")
    return movement.dose, uses_percent(movement), family, movement.contact, special


def prescribe(movement: Movement, role: Role, athlete: Athlete, stage: Stage) -> Dose:
    """The dose of `movement` in `role` for this athlete at this stage (before any deload)."""
    dose = cached_prescription(_CLASS_OF[movement.id], role, athlete, stage)
    technique = technique_cap(movement, athlete)
    if technique is not None:
        dose = capped(dose, technique, movement.dose)
        words = f"RPE {rpe_text(dose.rpe or technique)}: technique weight, every rep crisp"
        dose = dose._replace(intensity=words)
    return within_cap(dose, athlete, movement.dose)


@memoised(16_384)
def cached_prescription(kind: DoseClass, role: Role, athlete: Athlete, stage: Stage) -> Dose:
    """The cached prescription for a dose class (any movement of the class stands for it)."""
    movement = _EXAMPLE[kind]
    if role is Role.MOBILITY:
        return mobility(movement, athlete)
    return _BY_ROLE[role](movement, athlete, stage)


SPECIAL_IDS = frozenset(SPEED_REPEAT_M) | frozenset(PREP_SECONDS)
_CLASS_OF = {movement.id: dose_class(movement) for movement in CATALOGUE}
_EXAMPLE = {dose_class(movement): movement for movement in CATALOGUE}
