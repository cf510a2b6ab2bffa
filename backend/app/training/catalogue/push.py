"""Pushing: presses, push-ups, dips and their progressions towards the handstand and planche."""

from app.training.catalogue.shorthand import (
    ADV,
    BAR,
    BB,
    BEG,
    BENCH,
    BODYWEIGHT_SPORTS,
    CABLE,
    CHEST,
    CORE,
    DB,
    DELTS,
    DIP,
    EVERYONE,
    GYM_CF_BOX,
    GYMN,
    HIGH,
    INT,
    KB,
    MACHINE,
    NOT_RUNNING,
    RACK,
    RINGS,
    TRICEPS,
    WL,
    move,
)
from app.training.contract.vocabulary import Goal, Pattern, Quality, Sport

HANDSTAND, MUSCLE_UP = Goal.HANDSTAND, Goal.MUSCLE_UP

# fmt: off
HORIZONTAL_PUSHES = (
    move(
        "bench_press", "Bench press", Pattern.HORIZONTAL_PUSH, level=INT,
        equipment=[BB, BENCH, RACK], muscles=[CHEST, TRICEPS, DELTS], sports=GYM_CF_BOX,
        cues="Eyes under the bar, shoulder blades pinned back, feet planted; lower to the "
        "lower chest with elbows at about 45 degrees and press back over the shoulders.",
    ),
    move(
        "dumbbell_bench_press", "Dumbbell bench press", Pattern.HORIZONTAL_PUSH, level=BEG,
        equipment=[DB, BENCH], muscles=[CHEST, TRICEPS, DELTS],
        cues="Dumbbells over the shoulders; lower until they are level with the chest, elbows "
        "tucked a little; press up and slightly together.",
    ),
    move(
        "incline_dumbbell_press", "Incline dumbbell press", Pattern.HORIZONTAL_PUSH, level=BEG,
        equipment=[DB, BENCH], muscles=[CHEST, DELTS, TRICEPS], sports=GYM_CF_BOX,
        cues="Bench at 30 degrees; lower the bells to the upper chest, keep the wrists stacked "
        "over the elbows; press without bouncing.",
    ),
    move(
        "dumbbell_floor_press", "Dumbbell floor press", Pattern.HORIZONTAL_PUSH, level=BEG,
        equipment=[DB], muscles=[CHEST, TRICEPS],
        cues="Lie on the floor, knees bent; lower until the upper arms touch the floor, pause, "
        "press; the floor protects the shoulders.",
    ),
    move(
        "machine_chest_press", "Machine chest press", Pattern.HORIZONTAL_PUSH, level=BEG,
        equipment=[MACHINE], muscles=[CHEST, TRICEPS], sports=GYM_CF_BOX,
        cues="Handles at mid-chest height; press smoothly without locking out hard; control the "
        "return for three seconds.",
    ),
    move(
        "cable_fly", "Cable fly", Pattern.HORIZONTAL_PUSH, level=BEG, equipment=[CABLE],
        muscles=[CHEST], sports=GYM_CF_BOX,
        cues="Slight bend in the elbows, fixed; hug a big tree in front of the chest and open "
        "slowly until you feel a stretch.",
    ),
    move(
        "push_up", "Push-up", Pattern.HORIZONTAL_PUSH, level=BEG,
        muscles=[CHEST, TRICEPS, CORE], sports=EVERYONE, modality=GYMN,
        cues="Hands under the shoulders, body straight from head to heels; lower the chest to a "
        "fist's height from the floor and push away.",
    ),
    move(
        "incline_push_up", "Incline push-up", Pattern.HORIZONTAL_PUSH, level=BEG,
        muscles=[CHEST, TRICEPS], sports=EVERYONE,
        cues="Hands on a bench, table or wall; the higher the hands the easier; keep a straight "
        "plank and touch the chest to the edge.",
    ),
    move(
        "knee_push_up", "Knee push-up", Pattern.HORIZONTAL_PUSH, level=BEG,
        muscles=[CHEST, TRICEPS], sports=EVERYONE,
        cues="Knees down, straight line from knees to head; full range, chest close to the "
        "floor every rep.",
    ),
    move(
        "diamond_push_up", "Diamond push-up", Pattern.HORIZONTAL_PUSH, level=INT,
        muscles=[TRICEPS, CHEST], sports=BODYWEIGHT_SPORTS | {Sport.BOXING},
        cues="Thumbs and index fingers touch under the chest; elbows stay close to the ribs on "
        "the way down.",
    ),
    move(
        "decline_push_up", "Decline push-up", Pattern.HORIZONTAL_PUSH, level=INT,
        muscles=[CHEST, DELTS, TRICEPS], sports=NOT_RUNNING,
        cues="Feet on a bench or step, hands on the floor; keep the hips from sagging and touch "
        "the nose just ahead of the hands.",
    ),
    move(
        "archer_push_up", "Archer push-up", Pattern.HORIZONTAL_PUSH, level=ADV,
        muscles=[CHEST, TRICEPS, DELTS], sports=BODYWEIGHT_SPORTS,
        cues="Very wide hands; lower towards one hand while the other arm straightens out to the "
        "side; alternate sides.",
    ),
    move(
        "pseudo_planche_push_up", "Pseudo planche push-up", Pattern.HORIZONTAL_PUSH, level=ADV,
        muscles=[DELTS, CHEST, CORE], sports=BODYWEIGHT_SPORTS, skills=[Goal.PLANCHE],
        cues="Hands turned out beside the waist, lean the shoulders well past the hands and keep "
        "that lean through the whole push-up.",
    ),
    move(
        "plyo_push_up", "Plyometric push-up", Pattern.HORIZONTAL_PUSH, level=INT,
        quality=Quality.POWER, impact=HIGH, muscles=[CHEST, TRICEPS], sports=NOT_RUNNING,
        cues="Lower under control, then push so hard the hands leave the floor; land with soft "
        "elbows straight into the next rep.",
    ),
)

VERTICAL_PUSHES = (
    move(
        "overhead_press", "Overhead press", Pattern.VERTICAL_PUSH, level=INT,
        equipment=[BB, RACK], muscles=[DELTS, TRICEPS, CORE], sports=GYM_CF_BOX, modality=WL,
        cues="Bar on the front of the shoulders, glutes squeezed; press in a straight line, move "
        "the head through as it passes the face; no leaning back.",
    ),
    move(
        "dumbbell_shoulder_press", "Dumbbell shoulder press", Pattern.VERTICAL_PUSH, level=BEG,
        equipment=[DB], muscles=[DELTS, TRICEPS],
        cues="Seated or standing, dumbbells at ear height; press up until the arms are straight "
        "by the ears; ribs stay down.",
    ),
    move(
        "kettlebell_press", "Half-kneeling kettlebell press", Pattern.VERTICAL_PUSH, level=BEG,
        equipment=[KB], muscles=[DELTS, TRICEPS, CORE],
        cues="Kneel on the side of the pressing arm; bell in the rack, press straight up while "
        "the glute of the down knee stays tight.",
    ),
    move(
        "landmine_press", "Landmine press", Pattern.VERTICAL_PUSH, level=BEG, equipment=[BB],
        muscles=[DELTS, CHEST, TRICEPS], sports=GYM_CF_BOX,
        cues="One end of the bar in a corner; press the other end up and forward from the "
        "shoulder; friendly to cranky shoulders.",
    ),
    move(
        "push_press", "Push press", Pattern.VERTICAL_PUSH, level=INT, equipment=[BB, RACK],
        quality=Quality.POWER, muscles=[DELTS, TRICEPS, CORE], sports=GYM_CF_BOX,
        modality=WL,
        cues="Short dip with the knees, then drive the legs and press the bar overhead in one "
        "move; lock out with the bar over the mid-foot.",
    ),
    move(
        "pike_push_up", "Pike push-up", Pattern.VERTICAL_PUSH, level=BEG,
        muscles=[DELTS, TRICEPS], sports=NOT_RUNNING, skills=[HANDSTAND],
        cues="Hips high, body in an upside-down V; lower the top of the head to a point in front "
        "of the hands and press back up.",
    ),
    move(
        "elevated_pike_push_up", "Feet-elevated pike push-up", Pattern.VERTICAL_PUSH, level=INT,
        muscles=[DELTS, TRICEPS], sports=BODYWEIGHT_SPORTS | {Sport.BOXING},
        skills=[HANDSTAND],
        cues="Feet on a bench or step, hips over the shoulders; lower the head between the hands "
        "and press; closer to a handstand push-up.",
    ),
    move(
        "wall_handstand_push_up", "Wall handstand push-up", Pattern.VERTICAL_PUSH, level=ADV,
        muscles=[DELTS, TRICEPS], sports=BODYWEIGHT_SPORTS, skills=[HANDSTAND], modality=GYMN,
        cues="Kick up to a wall, lower the head to a folded mat under control and press back to "
        "straight arms without arching.",
    ),
    move(
        "bench_dip", "Bench dip", Pattern.VERTICAL_PUSH, level=BEG, muscles=[TRICEPS, CHEST],
        sports=NOT_RUNNING,
        cues="Hands on a bench or sturdy chair behind you, knees bent; lower until the upper arms "
        "are level with the floor, shoulders away from the ears.",
    ),
    move(
        "parallel_bar_dip", "Parallel-bar dip", Pattern.VERTICAL_PUSH, level=INT,
        equipment=[DIP], muscles=[CHEST, TRICEPS, DELTS], sports=BODYWEIGHT_SPORTS,
        cues="Start at straight arms; lean slightly forward and lower until the shoulders are "
        "just below the elbows; press back to lockout.",
    ),
    move(
        "ring_dip", "Ring dip", Pattern.VERTICAL_PUSH, level=ADV, equipment=[RINGS],
        muscles=[CHEST, TRICEPS, DELTS], sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        modality=GYMN,
        cues="Rings turned out at the top, arms glued to the body; lower with control and press "
        "out, keeping the rings from drifting apart.",
    ),
    move(
        "straight_bar_dip", "Straight-bar dip", Pattern.VERTICAL_PUSH, level=INT,
        equipment=[BAR], muscles=[CHEST, TRICEPS], sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="Support on top of a bar, lean the chest over it and dip until the bar touches the "
        "lower chest: the top half of a muscle-up.",
    ),
)
# fmt: on

MOVEMENTS = HORIZONTAL_PUSHES + VERTICAL_PUSHES
