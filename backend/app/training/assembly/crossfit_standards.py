"""Rx and scaled: the weights and movement versions a CrossFit workout is written with.

Every loaded WOD movement carries its prescribed ("Rx") and scaled weights for men and women,
from the CrossFit Games Open standards (pounds converted to kilograms: 135/95 lb = 61/43 kg,
95/65 lb = 43/29 kg, 65/45 lb = 29/20 kg, 53/35 lb = 24/16 kg, 50/35 lb = 22.5/15 kg, 35/20 lb
= 15/9 kg, 20/14 lb = 9/6 kg). Every gymnastics movement names its scaled version, the
regression CrossFit's own scaling guides give (toes-to-bar → hanging knee raise, pull-up →
ring row, handstand push-up → pike push-up, box jump → step-up).

Who does which (`standard`): advanced adults Rx; intermediates scaled or Rx; beginners, teens
and people over 65 scaled or lighter. Those on the scaled standard also do the scaled version of
each gymnastics movement. (Beginners' WODs hold no barbell: the catalogue keeps barbell Olympic
lifts from them, and their one Olympic lift, the dumbbell hang clean, is a technique-weight
strength piece at RPE 6.)
"""

from collections.abc import Iterator
from enum import StrEnum
from typing import NamedTuple

from app.training.athlete.resolved import Athlete
from app.training.catalogue import BY_ID, Movement
from app.training.contract.plan_document import PlanData
from app.training.contract.vocabulary import BlockKind, Level, SessionKind


class Weights(NamedTuple):
    """Men's and women's weights of one movement, Rx and scaled, in kilograms."""

    rx_men: float
    rx_women: float
    scaled_men: float
    scaled_women: float

    def text(self) -> str:
        """Rx 43/29 kg, scaled 29/20 kg (men/women)."""
        return (
            f"Rx {self.rx_men:g}/{self.rx_women:g} kg, "
            f"scaled {self.scaled_men:g}/{self.scaled_women:g} kg (men/women)"
        )


CLEAN = Weights(61, 43, 43, 29)
SNATCH = Weights(43, 29, 29, 20)
JERK = Weights(52, 34, 34, 25)
KETTLEBELL = Weights(24, 16, 16, 12)
DUMBBELL = Weights(22.5, 15, 15, 9)
MEDICINE_BALL = Weights(9, 6, 6, 4)

WOD_WEIGHTS: dict[str, Weights] = {
    "power_clean": CLEAN,
    "hang_power_clean": CLEAN,
    "squat_clean": CLEAN,
    "clean_and_jerk": CLEAN,
    "thruster": SNATCH,
    "power_snatch": SNATCH,
    "hang_power_snatch": SNATCH,
    "push_jerk": JERK,
    "push_press": JERK,
    "kettlebell_swing": KETTLEBELL,
    "american_kettlebell_swing": KETTLEBELL,
    "dumbbell_snatch": DUMBBELL,
    "dumbbell_hang_clean": DUMBBELL,
    "dumbbell_thruster": DUMBBELL,
    "devil_press": DUMBBELL,
    "wall_ball": MEDICINE_BALL,
    "med_ball_slam": MEDICINE_BALL,
}
"""Open standards for every loaded movement a WOD can hold (a test keeps this complete)."""

SCALED_VERSIONS: dict[str, str] = {
    "toes_to_bar": "hanging_knee_raise",
    "pull_up": "ring_row",
    "kipping_pull_up": "pull_up",
    "chest_to_bar_pull_up": "pull_up",
    "bar_muscle_up": "chest_to_bar_pull_up",
    "ring_muscle_up": "chest_to_bar_pull_up",
    "wall_handstand_push_up": "pike_push_up",
    "ring_dip": "bench_dip",
    "push_up": "incline_push_up",
    "box_jump": "step_up",
    "box_jump_over": "step_up",
    "pistol_squat": "box_pistol_squat",
    "double_unders": "single_unders",
    "wall_walk": "wall_plank_hold",
}
"""Each gymnastics movement's scaled version, an entry of the catalogue."""


class Standard(StrEnum):
    """Which version of the workout the athlete does."""

    RX = "Rx"
    RX_OR_SCALED = "scaled, or Rx if every rep stays smooth"
    SCALED = "scaled or lighter"


def standard(athlete: Athlete) -> Standard:
    """Advanced adults Rx, intermediates their choice, the rest scaled (CrossFit's scaling)."""
    if athlete.level is Level.BEGINNER or athlete.teen or athlete.older:
        return Standard.SCALED
    return Standard.RX if athlete.level is Level.ADVANCED else Standard.RX_OR_SCALED


def load_text(movement: Movement, athlete: Athlete) -> str:
    """The weights and the athlete's choice, or "" for a movement without a load."""
    weights = WOD_WEIGHTS.get(movement.id)
    return "" if weights is None else f"{weights.text()}; you: {standard(athlete).value}"


def scaled_version(movement: Movement) -> Movement | None:
    """The catalogue's scaled version of a gymnastics movement, if it has one."""
    scaled = SCALED_VERSIONS.get(movement.id)
    return None if scaled is None else BY_ID[scaled]


def version_note(done: Movement, written: Movement) -> str:
    """The line naming the other version: what was scaled, or what to scale to."""
    if done is not written:
        return f"Scaled version of {written.name}."
    scaled = scaled_version(written)
    return "" if scaled is None else f"Scaled: {scaled.name}."


def unweighted(plan: PlanData) -> Iterator[tuple[str, str]]:
    """Where a loaded WOD movement lacks its Rx/scaled weights, and its name (for `checks`)."""
    for week in plan.weeks:
        for session in week.sessions:
            wod = session.block(BlockKind.CONDITIONING)
            if wod is None or session.kind is SessionKind.EVENT:
                continue  # the event's own rules set its loads
            for exercise in wod.exercises:
                movement = BY_ID.get(exercise.exercise_id)
                if movement is not None and movement.loaded and "Rx " not in exercise.intensity:
                    yield f"week {week.week} day {session.day}", exercise.name
