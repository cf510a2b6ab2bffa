"""Mobility: dynamic drills for warm-ups, stretches and breathing for cool-downs.

Dynamic movement before training and static stretching after it follows the ACSM position that
static stretching is best kept away from the moments just before strength and power work.
"""

from app.training.catalogue.shorthand import (
    ADDUCTORS,
    BANDS,
    BEG,
    CALVES,
    CORE,
    DELTS,
    EVERYONE,
    FOREARMS,
    GLUTES,
    HAMS,
    HIP_FLEXORS,
    LOW_BACK,
    NECK,
    QUADS,
    TIME,
    UPPER_BACK,
    move,
)
from app.training.contract.vocabulary import Pattern, Quality

MOB = Quality.MOBILITY

# fmt: off
DYNAMIC = (
    move(
        "worlds_greatest_stretch", "World's greatest stretch", Pattern.MOBILITY, level=BEG,
        quality=MOB, muscles=[HIP_FLEXORS, HAMS, UPPER_BACK], sports=EVERYONE,
        cues="Long lunge, same-side elbow to the instep, then rotate that arm to the ceiling; "
        "five slow reps each side.",
    ),
    move(
        "cat_cow", "Cat-cow", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[LOW_BACK, UPPER_BACK], sports=EVERYONE,
        cues="On hands and knees, round the back up, then let it sag and lift the chest; move "
        "with the breath.",
    ),
    move(
        "thoracic_open_book", "Open book rotation", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[UPPER_BACK], sports=EVERYONE,
        cues="Lie on your side, knees bent and stacked; open the top arm across to the other "
        "side following it with the eyes, knees stay together.",
    ),
    move(
        "arm_circles", "Arm circles", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[DELTS], sports=EVERYONE,
        cues="Small circles growing into big ones, forwards then backwards; relaxed neck.",
    ),
    move(
        "inchworm", "Inchworm", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[HAMS, CORE, DELTS], sports=EVERYONE,
        cues="Fold forward, walk the hands out to a plank, then walk the feet towards the hands "
        "with the legs as straight as is comfortable.",
    ),
    move(
        "ankle_rocks", "Ankle rocks", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[CALVES], sports=EVERYONE,
        cues="Half-kneeling facing a wall; rock the front knee over the toes towards the wall "
        "with the heel down.",
    ),
    move(
        "band_dislocates", "Band shoulder pass-throughs", Pattern.MOBILITY, level=BEG,
        equipment=[BANDS], quality=MOB, muscles=[DELTS, UPPER_BACK], sports=EVERYONE,
        cues="Wide grip on a light band, straight arms; lift it over the head and behind you "
        "and back again without bending the elbows.",
    ),
    move(
        "band_monster_walk", "Band monster walk", Pattern.MOBILITY, level=BEG,
        equipment=[BANDS], quality=MOB, muscles=[GLUTES], sports=EVERYONE,
        cues="Band above the knees, half squat; take wide steps sideways and diagonally without "
        "letting the knees cave.",
    ),
    move(
        "wrist_prep", "Wrist preparation", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[FOREARMS], sports=EVERYONE,
        cues="On hands and knees, rock gently over the hands with fingers forward, sideways and "
        "back; palm lifts to finish.",
    ),
    move(
        "neck_mobility", "Neck mobility", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[NECK], sports=EVERYONE,
        cues="Slow nods, turns and side tilts within a comfortable range; no full circles.",
    ),
    move(
        "hip_circles", "Standing hip circles", Pattern.MOBILITY, level=BEG, quality=MOB,
        muscles=[HIP_FLEXORS, GLUTES], sports=EVERYONE,
        cues="Hold a wall; lift one knee and draw big circles with it, both directions.",
    ),
)

STATIC = (
    move(
        "hip_90_90", "90/90 hip switch", Pattern.MOBILITY, level=BEG, quality=MOB, dose=TIME,
        muscles=[GLUTES, HIP_FLEXORS], sports=EVERYONE,
        cues="Sit with both knees bent at 90 degrees to one side; tall spine, lean over the front "
        "shin; switch sides slowly.",
    ),
    move(
        "couch_stretch", "Couch stretch", Pattern.MOBILITY, level=BEG, quality=MOB, dose=TIME,
        muscles=[QUADS, HIP_FLEXORS], sports=EVERYONE,
        cues="Back knee near a wall or sofa with that shin up against it; squeeze the glute and "
        "stay upright until the front of the hip opens.",
    ),
    move(
        "pigeon_stretch", "Pigeon stretch", Pattern.MOBILITY, level=BEG, quality=MOB, dose=TIME,
        muscles=[GLUTES], sports=EVERYONE,
        cues="Front shin across the body, back leg long; square the hips and fold forward over "
        "the front leg.",
    ),
    move(
        "childs_pose", "Child's pose", Pattern.MOBILITY, level=BEG, quality=MOB, dose=TIME,
        muscles=[LOW_BACK, UPPER_BACK], sports=EVERYONE,
        cues="Knees wide, sit back towards the heels and reach the arms long; breathe into the "
        "back.",
    ),
    move(
        "calf_stretch", "Calf stretch", Pattern.MOBILITY, level=BEG, quality=MOB, dose=TIME,
        muscles=[CALVES], sports=EVERYONE,
        cues="Hands on a wall, back leg straight and heel down; then bend the back knee a little "
        "to reach the lower calf.",
    ),
    move(
        "hamstring_stretch", "Hamstring stretch", Pattern.MOBILITY, level=BEG, quality=MOB,
        dose=TIME, muscles=[HAMS], sports=EVERYONE,
        cues="Heel on a low step, leg straight, hinge forward with a long back until you feel "
        "the back of the thigh.",
    ),
    move(
        "adductor_rock", "Adductor rock-back", Pattern.MOBILITY, level=BEG, quality=MOB,
        dose=TIME, muscles=[ADDUCTORS], sports=EVERYONE,
        cues="On hands and knees with one leg straight out to the side; rock the hips back and "
        "forward slowly.",
    ),
    move(
        "deep_squat_hold", "Deep squat hold", Pattern.MOBILITY, level=BEG, quality=MOB,
        dose=TIME, muscles=[HIP_FLEXORS, CALVES, ADDUCTORS], sports=EVERYONE,
        cues="Sink into your deepest comfortable squat holding a post if needed; heels down, "
        "elbows nudge the knees out.",
    ),
    move(
        "doorway_chest_stretch", "Doorway chest stretch", Pattern.MOBILITY, level=BEG,
        quality=MOB, dose=TIME, muscles=[DELTS], sports=EVERYONE,
        cues="Forearm on a door frame at shoulder height; step through until the chest opens, "
        "without the shoulder rolling forward.",
    ),
    move(
        "box_breathing", "Box breathing", Pattern.MOBILITY, level=BEG, quality=MOB, dose=TIME,
        muscles=[CORE], sports=EVERYONE,
        cues="Lying down: breathe in for four, hold four, out for four, hold four; lets the "
        "nervous system switch to recovery.",
    ),
)
# fmt: on

MOVEMENTS = DYNAMIC + STATIC
