"""Session templates: what each kind of training day contains, slot by slot.

A `DayPlan` lists its main-block slots (and, for some days, conditioning slots); the selection
rules fill each slot with an exercise the athlete can do. Days are written so that the same
pattern is never loaded heavily on two days in a row in any of the week layouts of `splits.py`.
Slots with `min_level` appear only for more experienced athletes: that is how volume scales.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.training.contract.vocabulary import Level, Pattern, Phase, Quality
from app.training.programming.exercise_choice import Slot
from app.training.programming.roles import Role

P = Pattern
INT, ADV = Level.INTERMEDIATE, Level.ADVANCED
HARD_PHASES = frozenset({Phase.BUILD, Phase.PEAK})


class DayKind(StrEnum):
    """The broad type of a day, which decides its warm-up, cool-down and extras."""

    STRENGTH = "strength"
    BOXING = "boxing"
    ROADWORK = "roadwork"
    EASY = "easy"
    RECOVERY = "recovery"


@dataclass(frozen=True, slots=True, eq=False)
class DayPlan:
    """A kind of training day.

    Attributes:
        key: Stable name, e.g. "lower_1".
        title: What the athlete sees, e.g. "Lower body: squat focus".
        focus: One line on what the day trains.
        kind: Strength, boxing, roadwork, easy or recovery.
        main: Main-block slots, in order.
        conditioning: Conditioning-block slots (boxing finishers, core and neck work).
        wod: True for CrossFit days, whose conditioning block is a workout of the day.
        variant: Shifts exercise rotation so a repeated day (A, then A') is not a copy.

    Day plans are constants and compare by identity, which keeps cache keys cheap.
    """

    key: str
    title: str
    focus: str
    kind: DayKind
    main: tuple[Slot, ...]
    conditioning: tuple[Slot, ...] = ()
    wod: bool = False
    variant: int = 0

    def again(self) -> "DayPlan":
        """The same day later in the week, with the next exercise variations."""
        return DayPlan(
            self.key,
            self.title,
            self.focus,
            self.kind,
            self.main,
            self.conditioning,
            self.wod,
            self.variant + 1,
        )


def slot(
    role: Role,
    *patterns: Pattern,
    prefer: tuple[str, ...] = (),
    min_level: Level = Level.BEGINNER,
    qualities: frozenset[Quality] | None = None,
    phases: frozenset[Phase] | None = None,
) -> Slot:
    """Shorthand for a `Slot` in the tables below."""
    return Slot(role, patterns, prefer, qualities, None, min_level, phases)


SQUATS = (
    "back_squat",
    "front_squat",
    "box_squat",
    "goblet_squat",
    "leg_press",
    "dumbbell_front_squat",
    "kettlebell_goblet_squat",
)
HINGES = (
    "deadlift",
    "romanian_deadlift",
    "sumo_deadlift",
    "dumbbell_romanian_deadlift",
    "kettlebell_deadlift",
    "hip_thrust",
)
H_PUSHES = ("bench_press", "dumbbell_bench_press", "incline_dumbbell_press", "machine_chest_press")
V_PUSHES = ("overhead_press", "dumbbell_shoulder_press", "kettlebell_press", "landmine_press")
H_PULLS = ("barbell_row", "one_arm_dumbbell_row", "chest_supported_row", "seated_cable_row")
V_PULLS = ("pull_up", "chin_up", "lat_pulldown", "band_assisted_pull_up", "negative_pull_up")
POWER_MOVES = ("box_jump", "broad_jump", "med_ball_chest_pass", "med_ball_rotational_throw")

POWER = slot(Role.POWER, P.PLYOMETRIC, P.THROW, P.SQUAT, prefer=POWER_MOVES, min_level=INT)
SQUAT = slot(Role.PRIMARY, P.SQUAT, prefer=SQUATS)
HINGE = slot(Role.PRIMARY, P.HINGE, prefer=HINGES)
H_PUSH = slot(Role.PRIMARY, P.HORIZONTAL_PUSH, prefer=H_PUSHES)
V_PUSH = slot(Role.PRIMARY, P.VERTICAL_PUSH, prefer=V_PUSHES)
H_PULL = slot(Role.PRIMARY, P.HORIZONTAL_PULL, prefer=H_PULLS)
V_PULL = slot(Role.PRIMARY, P.VERTICAL_PULL, P.HORIZONTAL_PULL, prefer=V_PULLS)
SECOND_SQUAT = slot(
    Role.SECONDARY,
    P.SQUAT,
    P.LUNGE,
    prefer=("front_squat", "leg_press", "goblet_squat", "dumbbell_front_squat", "tempo_squat"),
)
SECOND_HINGE = slot(
    Role.SECONDARY,
    P.HINGE,
    prefer=("romanian_deadlift", "hip_thrust", "dumbbell_romanian_deadlift", "single_leg_rdl"),
)
SECOND_H_PUSH = slot(
    Role.SECONDARY,
    P.HORIZONTAL_PUSH,
    prefer=("incline_dumbbell_press", "dumbbell_bench_press", "machine_chest_press", "push_up"),
)
SECOND_V_PUSH = slot(
    Role.SECONDARY,
    P.VERTICAL_PUSH,
    P.HORIZONTAL_PUSH,
    prefer=("dumbbell_shoulder_press", "landmine_press", "kettlebell_press", "pike_push_up"),
)
SECOND_H_PULL = slot(
    Role.SECONDARY,
    P.HORIZONTAL_PULL,
    prefer=("chest_supported_row", "seated_cable_row", "one_arm_dumbbell_row", "ring_row"),
)
SECOND_V_PULL = slot(
    Role.SECONDARY,
    P.VERTICAL_PULL,
    P.HORIZONTAL_PULL,
    prefer=("lat_pulldown", "chin_up", "band_lat_pulldown", "band_assisted_pull_up"),
)
LUNGE = slot(Role.ACCESSORY, P.LUNGE)
HAMSTRINGS = slot(Role.ACCESSORY, P.KNEE_FLEXION, P.HINGE)
CALVES = slot(Role.ACCESSORY, P.CALF)
SHOULDERS = slot(Role.ACCESSORY, P.SHOULDER, prefer=("lateral_raise", "band_external_rotation"))
REAR_DELTS = slot(Role.ACCESSORY, P.SHOULDER, prefer=("face_pull", "band_pull_apart", "prone_ytw"))
BICEPS = slot(Role.ACCESSORY, P.ARM_FLEXION, P.VERTICAL_PULL)
TRICEPS = slot(Role.ACCESSORY, P.ARM_EXTENSION, P.VERTICAL_PUSH)
CARRY = slot(Role.ACCESSORY, P.CARRY, min_level=INT)
BRACE = slot(Role.CORE, P.ANTI_EXTENSION)
ANTI_ROTATION = slot(Role.CORE, P.ANTI_ROTATION)
COMPRESSION = slot(Role.CORE, P.COMPRESSION, P.ANTI_EXTENSION)
NECK = slot(Role.CORE, P.NECK)
BALANCE = slot(Role.CORE, P.BALANCE)
EASY_AEROBIC = slot(
    Role.AEROBIC, P.AEROBIC, prefer=("easy_bike", "easy_row", "incline_walk", "brisk_walk")
)
MOBILITY_FLOW = (
    slot(Role.MOBILITY, P.MOBILITY, prefer=("hip_90_90", "worlds_greatest_stretch")),
    slot(Role.MOBILITY, P.MOBILITY, prefer=("thoracic_open_book", "cat_cow")),
)

RECOVERY = DayPlan(
    "recovery",
    "Recovery: easy aerobic and mobility",
    "Blood flow and range of motion so the hard days land",
    DayKind.RECOVERY,
    (
        slot(Role.RECOVERY, P.AEROBIC, prefer=("easy_bike", "brisk_walk", "easy_row")),
        *MOBILITY_FLOW,
    ),
)
EASY = DayPlan(
    "easy",
    "Easy aerobic and core",
    "Aerobic base in zone 2 and trunk control, without adding fatigue",
    DayKind.EASY,
    (EASY_AEROBIC, BRACE, ANTI_ROTATION),
)

FULL_BODY = DayPlan(
    "full_body",
    "Full body",
    "Every main pattern once: squat, hinge, push, pull and trunk",
    DayKind.STRENGTH,
    (
        POWER,
        SQUAT,
        H_PUSH,
        SECOND_HINGE,
        SECOND_V_PULL,
        slot(Role.ACCESSORY, P.SHOULDER, min_level=INT),
        BRACE,
        CARRY,
    ),
)
FULL_A = DayPlan(
    "full_a",
    "Full body A: squat and bench",
    "Squat and horizontal push heavy, rows for balance",
    DayKind.STRENGTH,
    (
        POWER,
        SQUAT,
        H_PUSH,
        SECOND_H_PULL,
        REAR_DELTS,
        slot(Role.ACCESSORY, P.ARM_FLEXION, min_level=ADV),
        BRACE,
    ),
)
FULL_B = DayPlan(
    "full_b",
    "Full body B: hinge and pull",
    "Hinge and vertical pull heavy, pressing and single-leg work",
    DayKind.STRENGTH,
    (
        POWER,
        HINGE,
        V_PULL,
        SECOND_V_PUSH,
        LUNGE,
        slot(Role.ACCESSORY, P.ARM_EXTENSION, min_level=ADV),
        ANTI_ROTATION,
        CARRY,
    ),
)
LOWER_1 = DayPlan(
    "lower_1",
    "Lower body: squat focus",
    "Heavy squat, hinge for volume, single-leg and calf work",
    DayKind.STRENGTH,
    (
        POWER,
        SQUAT,
        SECOND_HINGE,
        LUNGE,
        CALVES,
        slot(Role.ACCESSORY, P.KNEE_FLEXION, min_level=ADV),
        BRACE,
    ),
)
UPPER_1 = DayPlan(
    "upper_1",
    "Upper body: bench and row",
    "Heavy horizontal push and pull, vertical work for volume",
    DayKind.STRENGTH,
    (
        H_PUSH,
        H_PULL,
        SECOND_V_PUSH,
        SECOND_V_PULL,
        slot(Role.ACCESSORY, P.ARM_EXTENSION, min_level=INT),
        REAR_DELTS,
    ),
)
LOWER_2 = DayPlan(
    "lower_2",
    "Lower body: hinge focus",
    "Heavy hinge, squat for volume, hamstrings and a loaded carry",
    DayKind.STRENGTH,
    (POWER, HINGE, SECOND_SQUAT, HAMSTRINGS, ANTI_ROTATION, CARRY),
)
UPPER_2 = DayPlan(
    "upper_2",
    "Upper body: press and pull-up",
    "Heavy overhead press and vertical pull, horizontal work for volume",
    DayKind.STRENGTH,
    (
        V_PUSH,
        V_PULL,
        SECOND_H_PUSH,
        SECOND_H_PULL,
        REAR_DELTS,
        slot(Role.ACCESSORY, P.ARM_FLEXION, min_level=INT),
    ),
)
PUSH = DayPlan(
    "push",
    "Push: chest, shoulders, triceps",
    "Heavy bench, overhead pressing and pressing accessories",
    DayKind.STRENGTH,
    (
        H_PUSH,
        SECOND_V_PUSH,
        slot(Role.ACCESSORY, P.HORIZONTAL_PUSH),
        SHOULDERS,
        TRICEPS,
        slot(Role.CORE, P.ANTI_EXTENSION, min_level=ADV),
    ),
)
PULL = DayPlan(
    "pull",
    "Pull: back and biceps",
    "Heavy pull-ups or pulldowns, rows and the upper back",
    DayKind.STRENGTH,
    (V_PULL, SECOND_H_PULL, slot(Role.ACCESSORY, P.HORIZONTAL_PULL), REAR_DELTS, BICEPS, CARRY),
)
LEGS = DayPlan(
    "legs",
    "Legs",
    "Heavy squat, hinge for volume, single-leg, hamstring and calf work",
    DayKind.STRENGTH,
    (
        slot(Role.POWER, P.PLYOMETRIC, P.SQUAT, min_level=ADV),
        SQUAT,
        SECOND_HINGE,
        LUNGE,
        HAMSTRINGS,
        CALVES,
        ANTI_ROTATION,
    ),
)
