"""Session templates for calisthenics and CrossFit (gym: `templates.py`, boxing: its own).

Calisthenics days climb progressions (push-up → archer, pull-up → archer, pistol); CrossFit
days pair one main lift with a workout of the day built by `wods.py`.
"""

from app.training.contract.vocabulary import Level, Pattern, Quality
from app.training.programming.day_templates import (
    ANTI_ROTATION,
    BRACE,
    CALVES,
    COMPRESSION,
    INT,
    LUNGE,
    SHOULDERS,
    DayKind,
    DayPlan,
    slot,
)
from app.training.programming.exercise_choice import Slot
from app.training.programming.roles import Role

P = Pattern
ADV = Level.ADVANCED

CAL_PULL_UP = slot(
    Role.PRIMARY,
    P.VERTICAL_PULL,
    P.HORIZONTAL_PULL,
    prefer=(
        "archer_pull_up",
        "pull_up",
        "chin_up",
        "band_assisted_pull_up",
        "negative_pull_up",
        "band_lat_pulldown",
        "floor_pulldown",
    ),
)
CAL_ROW = slot(
    Role.PRIMARY,
    P.HORIZONTAL_PULL,
    prefer=("ring_row", "barbell_inverted_row", "doorframe_row", "band_row"),
)
CAL_PUSH_UP = slot(
    Role.PRIMARY,
    P.HORIZONTAL_PUSH,
    prefer=(
        "pseudo_planche_push_up",
        "archer_push_up",
        "diamond_push_up",
        "decline_push_up",
        "push_up",
        "incline_push_up",
        "knee_push_up",
    ),
)
CAL_DIP = slot(
    Role.PRIMARY,
    P.VERTICAL_PUSH,
    prefer=(
        "ring_dip",
        "wall_handstand_push_up",
        "parallel_bar_dip",
        "elevated_pike_push_up",
        "pike_push_up",
        "bench_dip",
    ),
)
CAL_SQUAT = slot(
    Role.PRIMARY,
    P.SQUAT,
    prefer=(
        "pistol_squat",
        "shrimp_squat",
        "box_pistol_squat",
        "assisted_pistol_squat",
        "tempo_squat",
        "air_squat",
    ),
)
CAL_HINGE = slot(
    Role.SECONDARY,
    P.KNEE_FLEXION,
    P.HINGE,
    prefer=("nordic_curl", "slider_leg_curl", "single_leg_rdl", "single_leg_glute_bridge"),
)
CAL_LUNGE = slot(Role.SECONDARY, P.LUNGE, prefer=("cossack_squat", "split_squat", "reverse_lunge"))
CAL_SECOND_PULL = slot(Role.SECONDARY, P.HORIZONTAL_PULL, P.VERTICAL_PULL)
CAL_SECOND_PUSH = slot(Role.SECONDARY, P.HORIZONTAL_PUSH, P.VERTICAL_PUSH)
ADVANCED_COMPRESSION = slot(Role.CORE, P.COMPRESSION, min_level=ADV)
INTERMEDIATE_SHOULDERS = slot(Role.ACCESSORY, P.SHOULDER, min_level=INT)

CAL_FULL = DayPlan(
    "cal_full",
    "Full body calisthenics",
    "Pull-up and push-up progressions, legs and trunk in one session",
    DayKind.STRENGTH,
    (
        CAL_PULL_UP,
        CAL_PUSH_UP,
        CAL_SQUAT,
        slot(Role.SECONDARY, P.VERTICAL_PUSH, min_level=INT),
        CAL_HINGE,
        COMPRESSION,
        BRACE,
    ),
)
CAL_A = DayPlan(
    "cal_a",
    "Calisthenics A: pull-ups and push-ups",
    "Vertical pull and horizontal push progressions, single-leg squat",
    DayKind.STRENGTH,
    (CAL_PULL_UP, CAL_PUSH_UP, CAL_SQUAT, CAL_HINGE, BRACE, ADVANCED_COMPRESSION),
)
CAL_B = DayPlan(
    "cal_b",
    "Calisthenics B: rows and dips",
    "Horizontal pull and vertical push progressions, lunges and hips",
    DayKind.STRENGTH,
    (
        CAL_ROW,
        CAL_DIP,
        CAL_LUNGE,
        slot(Role.ACCESSORY, P.HINGE),
        ANTI_ROTATION,
        INTERMEDIATE_SHOULDERS,
    ),
)
CAL_PULL = DayPlan(
    "cal_pull",
    "Pull day",
    "Pull-up progression, rows and the grip and core that pulling skills need",
    DayKind.STRENGTH,
    (
        CAL_PULL_UP,
        CAL_SECOND_PULL,
        slot(Role.ACCESSORY, P.VERTICAL_PULL, min_level=INT),
        SHOULDERS,
        COMPRESSION,
    ),
)
CAL_PUSH = DayPlan(
    "cal_push",
    "Push day",
    "Dip and push-up progressions with shoulder and trunk work",
    DayKind.STRENGTH,
    (
        CAL_DIP,
        CAL_SECOND_PUSH,
        slot(Role.ACCESSORY, P.HORIZONTAL_PUSH, min_level=INT),
        SHOULDERS,
        BRACE,
    ),
)
CAL_LEGS = DayPlan(
    "cal_legs",
    "Legs and jumps",
    "Pistol progression, hamstrings, single-leg work, calves and jumps",
    DayKind.STRENGTH,
    (
        slot(Role.POWER, P.PLYOMETRIC, P.SQUAT, min_level=INT),
        CAL_SQUAT,
        CAL_HINGE,
        LUNGE,
        CALVES,
        ANTI_ROTATION,
    ),
)
CAL_SKILL_CORE = DayPlan(
    "cal_skill_core",
    "Skills and core",
    "Light skill practice (balance, holds) and trunk strength, no heavy pulling or pushing",
    DayKind.STRENGTH,
    (
        slot(Role.SKILL, P.INVERSION, P.COMPRESSION),
        COMPRESSION,
        BRACE,
        ANTI_ROTATION,
        INTERMEDIATE_SHOULDERS,
    ),
)

CF_SKILL = slot(
    Role.SKILL,
    P.INVERSION,
    P.COMPRESSION,
    P.VERTICAL_PULL,
    prefer=("wall_walk", "chest_to_wall_handstand", "tuck_l_sit", "hanging_leg_raise"),
    min_level=INT,
)
CF_CORE = slot(Role.CORE, P.COMPRESSION, P.ANTI_EXTENSION, prefer=("sit_up", "hollow_hold"))
OLYMPIC_POWER = frozenset({Quality.POWER})


def _olympic(*prefer: str) -> Slot:
    """A main olympic-lift slot (power quality), with the lifts to rotate through."""
    return slot(Role.PRIMARY, P.OLYMPIC, prefer=prefer, qualities=OLYMPIC_POWER)


CF_SQUAT = DayPlan(
    "cf_squat",
    "Squat + WOD",
    "Heavy squat, gymnastics skill, then the workout of the day",
    DayKind.STRENGTH,
    (
        slot(Role.PRIMARY, P.SQUAT, prefer=("back_squat", "front_squat", "goblet_squat")),
        CF_SKILL,
        CF_CORE,
    ),
    wod=True,
)
CF_OLY = DayPlan(
    "cf_oly",
    "Clean + WOD",
    "Clean technique and speed, then the workout of the day",
    DayKind.STRENGTH,
    (
        _olympic("power_clean", "hang_power_clean", "squat_clean", "dumbbell_hang_clean"),
        slot(Role.CORE, P.ANTI_ROTATION),
    ),
    wod=True,
)
CF_HINGE = DayPlan(
    "cf_hinge",
    "Deadlift + WOD",
    "Heavy hinge, gymnastics skill, then the workout of the day",
    DayKind.STRENGTH,
    (
        slot(Role.PRIMARY, P.HINGE, prefer=("deadlift", "sumo_deadlift", "kettlebell_deadlift")),
        CF_SKILL,
        CF_CORE,
    ),
    wod=True,
)
CF_PRESS = DayPlan(
    "cf_press",
    "Press + WOD",
    "Overhead strength and pulling, then the workout of the day",
    DayKind.STRENGTH,
    (
        slot(Role.PRIMARY, P.VERTICAL_PUSH, prefer=("overhead_press", "push_press")),
        slot(
            Role.SECONDARY,
            P.VERTICAL_PULL,
            P.HORIZONTAL_PULL,
            prefer=("pull_up", "chin_up", "ring_row"),
        ),
        CF_CORE,
    ),
    wod=True,
)
CF_SNATCH = DayPlan(
    "cf_snatch",
    "Snatch + WOD",
    "Snatch or jerk technique and speed, then the workout of the day",
    DayKind.STRENGTH,
    (
        _olympic(
            "power_snatch",
            "hang_power_snatch",
            "push_jerk",
            "dumbbell_snatch",
            "dumbbell_hang_clean",
        ),
        slot(Role.CORE, P.ANTI_EXTENSION),
    ),
    wod=True,
)
CF_FULL = DayPlan(
    "cf_full",
    "Strength + WOD",
    "A squat and a press for strength, then the workout of the day",
    DayKind.STRENGTH,
    (
        slot(Role.PRIMARY, P.SQUAT, prefer=("back_squat", "front_squat", "goblet_squat")),
        slot(Role.SECONDARY, P.VERTICAL_PUSH),
        CF_CORE,
    ),
    wod=True,
)
