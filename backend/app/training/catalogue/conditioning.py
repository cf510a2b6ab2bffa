"""Olympic lifts, conditioning movements and steady aerobic work.

The CrossFit movements carry a modality (monostructural, gymnastics, weightlifting) so a workout
of the day can mix them the way Glassman's "What is fitness?" (2002) describes.
"""

from app.training.catalogue.shorthand import (
    ADV,
    BB,
    BEG,
    BIKE,
    BOX,
    CALVES,
    CARDIO,
    CHEST,
    CORE,
    CROSSFIT,
    DB,
    DELTS,
    DIST,
    EVERYONE,
    GLUTES,
    GYM_CF,
    GYMN,
    HAMS,
    HIGH,
    HIP_FLEXORS,
    INT,
    KB,
    LATS,
    MB,
    MONO,
    QUADS,
    RACK,
    ROPE,
    ROWER,
    SKI,
    TIME,
    TREAD,
    UPPER_BACK,
    WL,
    move,
)
from app.training.contract.vocabulary import Pattern, Quality

POWER, CONDITIONING, AEROBIC = Quality.POWER, Quality.CONDITIONING, Quality.AEROBIC

# fmt: off
OLYMPIC_LIFTS = (
    move(
        "dumbbell_hang_clean", "Dumbbell hang clean", Pattern.OLYMPIC, level=BEG,
        equipment=[DB], quality=POWER, muscles=[GLUTES, HAMS, UPPER_BACK], sports=GYM_CF,
        modality=WL,
        cues="Dumbbells at the thighs; jump the hips forward, shrug and pull the elbows high, "
        "then catch the bells on the shoulders in a quarter squat.",
    ),
    move(
        "dumbbell_snatch", "Dumbbell snatch", Pattern.OLYMPIC, level=INT, equipment=[DB],
        quality=POWER, muscles=[GLUTES, HAMS, DELTS], sports=GYM_CF, modality=WL,
        cues="One bell between the feet; drive with the legs, keep it close, punch up to "
        "lockout overhead in one motion.",
    ),
    move(
        "hang_power_clean", "Hang power clean", Pattern.OLYMPIC, level=INT, equipment=[BB],
        quality=POWER, muscles=[GLUTES, HAMS, UPPER_BACK], sports=GYM_CF, modality=WL,
        cues="From mid-thigh, extend hips and knees violently, shrug, and pull under to catch "
        "on the shoulders with the elbows high.",
    ),
    move(
        "power_clean", "Power clean", Pattern.OLYMPIC, level=INT, equipment=[BB],
        quality=POWER, muscles=[GLUTES, HAMS, UPPER_BACK, QUADS], sports=GYM_CF, modality=WL,
        cues="First pull like a deadlift, accelerate past the knees, full extension, then fast "
        "elbows into a front rack above parallel.",
    ),
    move(
        "squat_clean", "Squat clean", Pattern.OLYMPIC, level=ADV, equipment=[BB],
        quality=POWER, muscles=[GLUTES, QUADS, UPPER_BACK], sports=GYM_CF, modality=WL,
        cues="Pull as in the power clean, then ride the bar down into a full front squat and "
        "stand; elbows up the whole time.",
    ),
    move(
        "hang_power_snatch", "Hang power snatch", Pattern.OLYMPIC, level=ADV, equipment=[BB],
        quality=POWER, muscles=[GLUTES, HAMS, DELTS], sports=GYM_CF, modality=WL,
        cues="Wide grip at the hip crease; jump and pull the bar close, punch under to a locked "
        "overhead catch above parallel.",
    ),
    move(
        "power_snatch", "Power snatch", Pattern.OLYMPIC, level=ADV, equipment=[BB],
        quality=POWER, muscles=[GLUTES, HAMS, DELTS], sports=GYM_CF, modality=WL,
        cues="Lift from the floor with a patient first pull; finish tall, then punch the bar "
        "overhead and catch with active shoulders.",
    ),
    move(
        "push_jerk", "Push jerk", Pattern.OLYMPIC, level=ADV, equipment=[BB, RACK],
        quality=POWER, muscles=[DELTS, QUADS], sports=GYM_CF, modality=WL,
        cues="Dip straight down, drive the bar off the shoulders and push yourself under it, "
        "catching with bent knees and locked arms.",
    ),
    move(
        "clean_and_jerk", "Clean and jerk", Pattern.OLYMPIC, level=ADV, equipment=[BB],
        quality=POWER, muscles=[GLUTES, QUADS, DELTS], sports=GYM_CF, modality=WL,
        cues="Clean to the shoulders, stand and reset the breath, then jerk overhead and recover "
        "the feet under the bar.",
    ),
)

WOD_MOVEMENTS = (
    move(
        "thruster", "Thruster", Pattern.SQUAT, level=INT, equipment=[BB],
        quality=CONDITIONING, muscles=[QUADS, GLUTES, DELTS], sports=GYM_CF, modality=WL,
        cues="Front squat, then use the drive out of the bottom to press the bar overhead in "
        "one move; breathe at the top.",
    ),
    move(
        "dumbbell_thruster", "Dumbbell thruster", Pattern.SQUAT, level=BEG, equipment=[DB],
        quality=CONDITIONING, muscles=[QUADS, GLUTES, DELTS], sports=GYM_CF, modality=WL,
        cues="Bells on the shoulders, squat to depth and press them overhead as you stand.",
    ),
    move(
        "wall_ball", "Wall ball", Pattern.SQUAT, level=BEG, equipment=[MB],
        quality=CONDITIONING, muscles=[QUADS, GLUTES, DELTS], sports=GYM_CF, modality=WL,
        cues="Squat holding the ball at the chest and throw it to a target on the wall as you "
        "stand; catch and sink into the next squat.",
    ),
    move(
        "american_kettlebell_swing", "American kettlebell swing", Pattern.HINGE, level=INT,
        equipment=[KB], quality=CONDITIONING, muscles=[GLUTES, HAMS, DELTS], sports=GYM_CF,
        modality=WL,
        cues="A hip-driven swing that finishes with the bell overhead, arms by the ears; never "
        "muscle it up with the back.",
    ),
    move(
        "devil_press", "Devil press", Pattern.OLYMPIC, level=ADV, equipment=[DB],
        quality=CONDITIONING, muscles=[CHEST, GLUTES, DELTS], sports=CROSSFIT,
        modality=WL,
        cues="Burpee with hands on two dumbbells, then swing them from the floor to overhead in "
        "one motion.",
    ),
    move(
        "burpee", "Burpee", Pattern.CONDITIONING, level=BEG, quality=CONDITIONING, impact=HIGH,
        muscles=[CARDIO, CHEST, QUADS], sports=EVERYONE, modality=GYMN,
        cues="Chest to the floor, jump the feet in and jump up with a clap overhead; step the "
        "feet back instead of jumping to make it easier.",
    ),
    move(
        "box_jump_over", "Box jump-over", Pattern.PLYOMETRIC, level=INT, equipment=[BOX],
        quality=CONDITIONING, impact=HIGH, muscles=[QUADS, CALVES], sports=CROSSFIT,
        modality=GYMN,
        cues="Jump onto the box and step or jump down the far side; keep a rhythm you can hold.",
    ),
    move(
        "mountain_climber", "Mountain climbers", Pattern.CONDITIONING, level=BEG,
        quality=CONDITIONING, dose=TIME, muscles=[CORE, HIP_FLEXORS, CARDIO],
        sports=EVERYONE,
        cues="High plank, drive the knees towards the chest one after the other; hips low, "
        "shoulders over the hands.",
    ),
)

MONOSTRUCTURAL = (
    move(
        "row_erg", "Row", Pattern.CONDITIONING, level=BEG, equipment=[ROWER],
        quality=CONDITIONING, dose=DIST, muscles=[CARDIO, QUADS, UPPER_BACK], sports=EVERYONE,
        modality=MONO,
        cues="Legs, then body, then arms; arms, body, legs on the way back. Power comes from "
        "the leg drive, not the pull.",
    ),
    move(
        "bike_erg", "Air bike", Pattern.CONDITIONING, level=BEG, equipment=[BIKE],
        quality=CONDITIONING, dose=TIME, muscles=[CARDIO, QUADS], sports=EVERYONE,
        modality=MONO,
        cues="Push and pull the handles while driving the pedals; settle into a pace you can "
        "hold before you go hard.",
    ),
    move(
        "ski_erg", "Ski erg", Pattern.CONDITIONING, level=BEG, equipment=[SKI],
        quality=CONDITIONING, dose=DIST, muscles=[CARDIO, LATS, CORE],
        sports=GYM_CF, modality=MONO,
        cues="Reach tall, then drive the handles down by hinging and crunching; finish with the "
        "hands past the hips.",
    ),
    move(
        "double_unders", "Double-unders", Pattern.CONDITIONING, level=INT, equipment=[ROPE],
        quality=CONDITIONING, impact=HIGH, muscles=[CALVES, CARDIO], sports=EVERYONE,
        modality=MONO,
        cues="Jump a little higher than for singles and flick the wrists so the rope passes "
        "twice; elbows stay close to the ribs.",
    ),
    move(
        "single_unders", "Jump rope (single-unders)", Pattern.CONDITIONING, level=BEG,
        equipment=[ROPE], quality=CONDITIONING, impact=HIGH, muscles=[CALVES, CARDIO],
        sports=EVERYONE, modality=MONO,
        cues="Small bounces on the balls of the feet, wrists turn the rope; relaxed shoulders.",
    ),
    move(
        "crossfit_run", "Run", Pattern.CONDITIONING, level=BEG, quality=CONDITIONING,
        dose=DIST, muscles=[CARDIO, CALVES, QUADS], sports=GYM_CF, modality=MONO,
        cues="Run at a hard but repeatable pace; quick feet and relaxed arms.",
    ),
    move(
        "jumping_jacks", "Jumping jacks", Pattern.CONDITIONING, level=BEG, dose=TIME,
        quality=CONDITIONING, impact=HIGH, muscles=[CARDIO, CALVES], sports=EVERYONE,
        cues="Light and rhythmic on the balls of the feet; hands meet overhead.",
    ),
)

EASY_AEROBIC = (
    move(
        "easy_bike", "Easy bike", Pattern.AEROBIC, level=BEG, equipment=[BIKE],
        quality=AEROBIC, dose=TIME, muscles=[CARDIO, QUADS], sports=EVERYONE,
        cues="Steady, easy effort: you could hold a conversation the whole time.",
    ),
    move(
        "easy_row", "Easy row", Pattern.AEROBIC, level=BEG, equipment=[ROWER],
        quality=AEROBIC, dose=TIME, muscles=[CARDIO, UPPER_BACK], sports=EVERYONE,
        cues="Long, relaxed strokes at about 20 a minute; breathing calm and even.",
    ),
    move(
        "incline_walk", "Incline treadmill walk", Pattern.AEROBIC, level=BEG,
        equipment=[TREAD], quality=AEROBIC, dose=TIME, muscles=[CARDIO, GLUTES, CALVES],
        sports=EVERYONE,
        cues="A brisk walk on a moderate incline without holding the rails.",
    ),
    move(
        "brisk_walk", "Brisk walk", Pattern.AEROBIC, level=BEG, quality=AEROBIC, dose=TIME,
        muscles=[CARDIO], sports=EVERYONE,
        cues="Walk fast enough to breathe a little harder but still talk in full sentences.",
    ),
    move(
        "marching", "Marching in place", Pattern.AEROBIC, level=BEG, quality=AEROBIC,
        dose=TIME, muscles=[CARDIO, HIP_FLEXORS], sports=EVERYONE,
        cues="Lift the knees to hip height and swing the arms; a joint-friendly way to warm up.",
    ),
)
# fmt: on

MOVEMENTS = OLYMPIC_LIFTS + WOD_MOVEMENTS + MONOSTRUCTURAL + EASY_AEROBIC
