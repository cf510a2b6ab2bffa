"""CrossFit's caps by age: what a coach keeps from people over 65, whatever their level.

Inverted work (wall walks, handstand holds and push-ups) raises blood pressure in the head and
ends in a fall when balance goes; kipping (toes-to-bar, kipping pull-ups, muscle-ups) loads the
shoulder ballistically at the end of its range; box jumps land hard and are the classic CrossFit
shin and Achilles injury. The ACSM position stand for older adults (Chodzko-Zajko et al., MSSE
2009) asks for balance-safe, low-impact strength and conditioning, so these are left out and
the slot falls to the next movement the catalogue allows (a tuck L-sit, a hanging knee raise, a
step-up). Muscle-ups, handstand push-ups and barbell Olympic lifts are above a beginner's level
in the catalogue, so the level rule keeps them out; the one Olympic lift a beginner does (the
dumbbell hang clean) stays at technique weight, RPE 7 at most, and is never tested: CrossFit's
on-ramp teaches the positions before it loads them. Teens follow the engine's youth rules
(capped effort and %1RM, 5+ reps under load).

The engine (`exercise_choice.allowed`, `dosing`) and the rules checker (`checks`) ask these
predicates.
"""

from app.training.athlete.resolved import Athlete
from app.training.catalogue import Movement
from app.training.contract.vocabulary import Level, Pattern, Sport

OVER_65_RULED_OUT = frozenset(
    {
        "toes_to_bar",
        "kipping_pull_up",
        "chest_to_bar_pull_up",
        "jumping_muscle_up",
        "negative_muscle_up",
        "band_assisted_muscle_up",
        "bar_muscle_up",
        "ring_muscle_up",
        "wall_handstand_push_up",
        "box_jump",
        "box_jump_over",
        "depth_jump",
    }
)
"""Kipping, muscle-up, handstand push-up and box-jump movements; every inversion goes too."""
TECHNIQUE_RPE = 7.0
"""A technique weight: every rep fast and in position, three or more left in reserve."""


def ruled_out(movement: Movement, athlete: Athlete) -> bool:
    """Whether CrossFit's age caps keep this movement from the athlete (over 65 only)."""
    if athlete.sport is not Sport.CROSSFIT or not athlete.older:
        return False
    return movement.pattern is Pattern.INVERSION or movement.id in OVER_65_RULED_OUT


def technique_cap(movement: Movement, athlete: Athlete) -> float | None:
    """The RPE ceiling of a CrossFit beginner's Olympic lift (technique weight), else None."""
    beginner = athlete.sport is Sport.CROSSFIT and athlete.level is Level.BEGINNER
    return TECHNIQUE_RPE if beginner and movement.pattern is Pattern.OLYMPIC else None
