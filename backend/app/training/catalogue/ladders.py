"""Calisthenics skill ladders: each from its easiest rung, as a coach climbs them.

A rung is passed when its criterion is met (clean sets at the target, see
`dosing/prescription.skill`), then the next rung starts (Low, *Overcoming Gravity*, 2nd ed.
2016). The plan never steps back down a ladder in a later block, and the adaptation moves up
one rung at a time; both read the ladders here.
"""

from collections.abc import Mapping
from types import MappingProxyType

LADDERS: tuple[tuple[str, ...], ...] = (
    ("scapular_pull_up", "band_assisted_pull_up", "negative_pull_up", "pull_up",
     "chest_to_bar_pull_up", "explosive_pull_up"),
    ("low_bar_transition", "jumping_muscle_up", "negative_muscle_up", "band_assisted_muscle_up",
     "bar_muscle_up", "ring_muscle_up"),
    ("straight_bar_dip", "ring_dip"),
    ("pike_push_up", "elevated_pike_push_up", "wall_handstand_push_up"),
    ("wall_walk", "handstand_kick_up", "handstand_shoulder_tap"),
    ("wall_plank_hold", "chest_to_wall_handstand", "freestanding_handstand"),
    ("tuck_front_lever", "advanced_tuck_front_lever"),
    ("seated_leg_lift", "hanging_knee_raise", "hanging_leg_raise"),
    ("tuck_l_sit", "l_sit"),
    ("frog_stand", "planche_lean", "tuck_planche"),
    ("assisted_pistol_squat", "box_pistol_squat", "pistol_squat"),
)  # fmt: skip
"""Each ladder from its easiest rung; a rung has the same dose (reps or hold) as the last."""
NEXT_RUNG: Mapping[str, str] = MappingProxyType(
    {rung: ladder[i + 1] for ladder in LADDERS for i, rung in enumerate(ladder[:-1])}
)
RUNGS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {rung: (number, i) for number, ladder in enumerate(LADDERS) for i, rung in enumerate(ladder)}
)
"""Each rung's ladder (its index in `LADDERS`) and its height on it (0 = the easiest)."""


def below(lower: str, higher: str) -> bool:
    """Whether `lower` is a lower rung than `higher` on the same ladder."""
    a, b = RUNGS.get(lower), RUNGS.get(higher)
    return a is not None and b is not None and a[0] == b[0] and a[1] < b[1]
