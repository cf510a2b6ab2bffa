"""Boxing session templates: skill rounds, strength and power, and roadwork.

Skill days alternate technique on the pads with bag work and ring craft; strength days build the
legs, pull and trunk rotation that punches come from, plus neck strength; roadwork adds the
aerobic base. Sparring appears only for boxers who may spar (`Athlete.may_spar`: 16-64, advanced,
or intermediate with a bout ahead), only in build and peak phases.
"""

from app.training.contract.vocabulary import Pattern
from app.training.programming.day_templates import (
    ANTI_ROTATION,
    BRACE,
    HARD_PHASES,
    INT,
    LUNGE,
    NECK,
    DayKind,
    DayPlan,
    slot,
)
from app.training.programming.exercise_choice import Slot
from app.training.programming.roles import Role

P = Pattern

FOOTWORK_ROUND = slot(
    Role.ROUNDS, P.FOOTWORK, prefer=("ring_cutting", "footwork_angles", "footwork_drill")
)
SHADOW_ROUND = slot(
    Role.ROUNDS, P.BOXING_SKILL, prefer=("shadowboxing_combinations", "shadowboxing")
)
PAD_ROUND = slot(
    Role.ROUNDS,
    P.BOXING_SKILL,
    prefer=("pad_work_counters", "pad_work", "heavy_bag_counters", "heavy_bag", "shadowboxing"),
)
BAG_ROUND = slot(
    Role.ROUNDS,
    P.BOXING_SKILL,
    prefer=("heavy_bag_power", "heavy_bag", "shadow_defence", "shadowboxing"),
)
DEFENCE_ROUND = slot(Role.ROUNDS, P.BOXING_SKILL, prefer=("shadow_defence",), min_level=INT)
SPARRING = Slot(Role.ROUNDS, (P.BOXING_SKILL,), ("sparring",), phases=HARD_PHASES, contact=True)
FIGHT_PACE = slot(
    Role.FIGHT_ROUNDS,
    P.BOXING_SKILL,
    prefer=("fight_simulation", "heavy_bag_counters", "shadowboxing_combinations"),
    min_level=INT,
    phases=HARD_PHASES,
)
BOXING_FINISHER = slot(
    Role.FINISHER,
    P.CONDITIONING,
    prefer=("bag_sprints", "shoulder_burnout", "sprawl", "mountain_climber"),
    min_level=INT,
)
THROW = slot(
    Role.POWER,
    P.THROW,
    P.PLYOMETRIC,
    P.SQUAT,
    prefer=("med_ball_rotational_throw", "med_ball_chest_pass"),
)

BOX_PADS = DayPlan(
    "box_pads",
    "Boxing: technique and pads",
    "Footwork, combinations on the pads or bag, and defence",
    DayKind.BOXING,
    (FOOTWORK_ROUND, PAD_ROUND, BAG_ROUND, DEFENCE_ROUND),
    conditioning=(ANTI_ROTATION, NECK),
)
BOX_BAG = DayPlan(
    "box_bag",
    "Boxing: bag work and ring craft",
    "Combinations, power on the bag, fight-pace rounds and boxing conditioning",
    DayKind.BOXING,
    (SHADOW_ROUND, SPARRING, BAG_ROUND, FIGHT_PACE),
    conditioning=(BOXING_FINISHER, BRACE),
)
BOX_SC_A = DayPlan(
    "box_sc_a",
    "Strength and power A",
    "Rotational power, a heavy squat, rows and neck strength for the ring",
    DayKind.STRENGTH,
    (
        THROW,
        slot(Role.PRIMARY, P.SQUAT, prefer=("back_squat", "goblet_squat", "box_squat")),
        slot(Role.SECONDARY, P.HORIZONTAL_PULL),
        slot(Role.SECONDARY, P.HORIZONTAL_PUSH, min_level=INT),
        ANTI_ROTATION,
        NECK,
    ),
)
BOX_SC_B = DayPlan(
    "box_sc_b",
    "Strength and power B",
    "Jumps, a heavy hinge, pull-ups, single-leg strength and neck work",
    DayKind.STRENGTH,
    (
        slot(Role.POWER, P.PLYOMETRIC, P.THROW, P.SQUAT, min_level=INT),
        slot(
            Role.PRIMARY, P.HINGE, prefer=("deadlift", "romanian_deadlift", "kettlebell_deadlift")
        ),
        slot(Role.SECONDARY, P.VERTICAL_PULL, P.HORIZONTAL_PULL),
        LUNGE,
        BRACE,
        NECK,
    ),
)
ROADWORK_RUN = slot(Role.AEROBIC, P.RUN, P.AEROBIC, prefer=("easy_run",))
ROADWORK_SPEED = slot(
    Role.SPEED,
    P.RUN,
    prefer=("intervals_400m", "hill_repeats", "fartlek_surges", "strides"),
    phases=HARD_PHASES,
)
ROADWORK = DayPlan(
    "roadwork",
    "Roadwork",
    "Aerobic running for the engine a boxer needs to last the rounds",
    DayKind.ROADWORK,
    (ROADWORK_RUN, ROADWORK_SPEED),
)
BOX_FULL = DayPlan(
    "box_full",
    "Boxing and strength",
    "Shadowboxing and bag rounds, then a short full-body strength circuit",
    DayKind.BOXING,
    (
        SHADOW_ROUND,
        PAD_ROUND,
        slot(Role.PRIMARY, P.SQUAT, prefer=("goblet_squat", "back_squat")),
        slot(Role.SECONDARY, P.HORIZONTAL_PULL),
        ANTI_ROTATION,
    ),
    conditioning=(BOXING_FINISHER, NECK),
)
