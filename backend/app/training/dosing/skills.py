"""Dosing skills: fresh, submaximal practice and short near-maximal static holds."""

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Pattern
from app.training.dosing.dose import Dose, rest, rpe_text

SKILL_RPE = 6.0


def skill(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Skill practice: several short, fresh sets well before fatigue, with long rests.

    Skills are learned by frequent, high-quality practice, not by grinding (Low, *Overcoming
    Gravity*, 2016): effort stays at RPE 6 (4 reps in reserve) and the practice grows by a rep
    a week and a set from the third week, up to the criterion to move up (3 x 8 reps or 30 s
    holds: more of the same rung adds nothing). Being submaximal, it does not add to the week's hard
    sets. Static strength holds (lever, planche) are `static_hold`: short and near-maximal
    instead; a handstand, a balance skill, keeps longer holds. The note says when to move up a
    rung, so the athlete knows what the next block asks for.
    """
    if movement.dose is DoseUnit.TIME and movement.pattern is not Pattern.INVERSION:
        return static_hold(athlete, stage)
    level = athlete.level.rank
    sets = min(6, (3, 4, 5)[level] + (stage.step >= 2))
    if movement.dose is DoseUnit.TIME:  # a handstand is balance: longer holds, as before
        amount = min(SKILL_TARGET_HOLD_S, (10, 15, 20)[level] + 5 * stage.step)
    else:
        amount = min(SKILL_TARGET_REPS, (3, 4, 5)[level] + stage.step)
    unit = "s holds" if movement.dose is DoseUnit.TIME else "reps"
    text = f"RPE {rpe_text(SKILL_RPE)}: practise fresh, stop well before your form breaks"
    target = SKILL_TARGET_HOLD_S if movement.dose is DoseUnit.TIME else SKILL_TARGET_REPS
    note = f"Move up a step when {SKILL_TARGET_SETS} x {target} {unit} are clean."
    return Dose(sets, amount, rest(120, athlete), text, rpe=SKILL_RPE, note=note)


SKILL_TARGET_SETS, SKILL_TARGET_REPS, SKILL_TARGET_HOLD_S = 3, 8, 30
HOLD_RPE, MAX_HOLD_S = 7.5, 10
"""Static skills are held 5-10 s near the best clean hold, not dosed for endurance."""


def static_hold(athlete: Athlete, stage: Stage) -> Dose:
    """A static skill (planche lean, lever, handstand): short near-maximal holds, full rest.

    Strength on a static skill comes from holds of a few seconds near the best you can keep
    clean, repeated fresh (after Low, *Overcoming Gravity*, 2016), not from long easy holds
    that train endurance; we use 5-10 s holds.
    A hold grows by a second a week to 10 s; then the next rung of the ladder is due.
    """
    level = athlete.level.rank
    sets = min(6, (4, 5, 5)[level] + (stage.step >= 2))
    seconds = min(MAX_HOLD_S, (5, 6, 8)[level] + stage.step)
    text = f"RPE {rpe_text(HOLD_RPE)}: your best clean hold, stop at the first shake"
    note = f"Move up a step when {SKILL_TARGET_SETS} x {MAX_HOLD_S} s holds are clean."
    return Dose(sets, seconds, rest(120, athlete), text, rpe=HOLD_RPE, note=note)
