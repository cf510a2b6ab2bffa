"""Pulling: rows, pull-ups and the muscle-up and front-lever progressions.

Vertical pulls without a bar are the hard case for home training: the prone floor pulldown and
the band pulldown keep the pattern alive until a bar is available.
"""

from app.training.catalogue.shorthand import (
    ADV,
    BANDS,
    BAR,
    BB,
    BEG,
    BENCH,
    BICEPS,
    BODYWEIGHT_SPORTS,
    CABLE,
    CHEST,
    CORE,
    DB,
    EVERYONE,
    FOREARMS,
    GYM_CF,
    GYM_CF_BOX,
    GYMN,
    INT,
    LATS,
    NOT_RUNNING,
    RACK,
    RINGS,
    TIME,
    TRICEPS,
    UPPER_BACK,
    move,
)
from app.training.contract.vocabulary import Goal, Pattern, Quality, Sport

PULL_UP, MUSCLE_UP = Goal.PULL_UP, Goal.MUSCLE_UP

# fmt: off
HORIZONTAL_PULLS = (
    move(
        "barbell_row", "Barbell row", Pattern.HORIZONTAL_PULL, level=INT, equipment=[BB],
        muscles=[UPPER_BACK, LATS, BICEPS], sports=GYM_CF_BOX,
        cues="Hinge to about 45 degrees with a flat back; pull the bar to the belly button and "
        "lower it without the torso bobbing.",
    ),
    move(
        "one_arm_dumbbell_row", "One-arm dumbbell row", Pattern.HORIZONTAL_PULL, level=BEG,
        equipment=[DB, BENCH], muscles=[LATS, UPPER_BACK, BICEPS],
        cues="Hand and knee on the bench, back flat; pull the elbow towards the hip and lower "
        "all the way with a stretch.",
    ),
    move(
        "chest_supported_row", "Chest-supported dumbbell row", Pattern.HORIZONTAL_PULL,
        level=BEG, equipment=[DB, BENCH], muscles=[UPPER_BACK, LATS],
        cues="Chest on an incline bench; row both dumbbells, squeezing the shoulder blades "
        "together, without lifting the chest off the pad.",
    ),
    move(
        "seated_cable_row", "Seated cable row", Pattern.HORIZONTAL_PULL, level=BEG,
        equipment=[CABLE], muscles=[UPPER_BACK, LATS, BICEPS], sports=GYM_CF_BOX,
        cues="Sit tall, pull the handle to the lower ribs, elbows close; let the shoulders reach "
        "forward on the return without rounding the back.",
    ),
    move(
        "barbell_inverted_row", "Inverted row (barbell in a rack)", Pattern.HORIZONTAL_PULL,
        level=BEG, equipment=[BB, RACK], muscles=[UPPER_BACK, LATS, BICEPS],
        cues="Hang under a bar set at hip height, body straight; pull the chest to the bar; "
        "walk the feet back to make it harder.",
    ),
    move(
        "ring_row", "Ring row", Pattern.HORIZONTAL_PULL, level=BEG, equipment=[RINGS],
        muscles=[UPPER_BACK, LATS, BICEPS], sports=NOT_RUNNING, modality=GYMN,
        cues="Lean back holding the rings, body rigid; pull the rings to the ribs and lower "
        "slowly; the more horizontal, the harder.",
    ),
    move(
        "band_row", "Band row", Pattern.HORIZONTAL_PULL, level=BEG, equipment=[BANDS],
        muscles=[UPPER_BACK, LATS], sports=EVERYONE,
        cues="Band anchored at chest height; pull the hands to the ribs, squeeze the shoulder "
        "blades, return slowly.",
    ),
    move(
        "doorframe_row", "Door-frame row", Pattern.HORIZONTAL_PULL, level=BEG,
        muscles=[UPPER_BACK, LATS, BICEPS], sports=EVERYONE,
        cues="Hold both sides of a sturdy door frame, feet close to it, lean back with straight "
        "arms; pull the chest towards the frame.",
    ),
    move(
        "tuck_front_lever", "Tuck front lever hold", Pattern.HORIZONTAL_PULL, level=INT,
        equipment=[BAR], quality=Quality.SKILL, dose=TIME, muscles=[LATS, CORE],
        sports=BODYWEIGHT_SPORTS, skills=[Goal.FRONT_LEVER],
        cues="Hang, press the straight arms down to lift the tucked body until the back is "
        "parallel to the floor; shoulders depressed, hips level.",
    ),
    move(
        "advanced_tuck_front_lever", "Advanced tuck front lever hold", Pattern.HORIZONTAL_PULL,
        level=ADV, equipment=[BAR], quality=Quality.SKILL, dose=TIME, muscles=[LATS, CORE],
        sports=BODYWEIGHT_SPORTS, skills=[Goal.FRONT_LEVER],
        cues="As the tuck lever, but open the hips so the back is flat and the thighs are at 90 "
        "degrees to it; hold only while the back stays flat.",
    ),
    move(
        "front_lever_negative", "Front lever negative", Pattern.HORIZONTAL_PULL, level=ADV,
        equipment=[BAR], quality=Quality.SKILL, muscles=[LATS, CORE],
        sports=BODYWEIGHT_SPORTS, skills=[Goal.FRONT_LEVER],
        cues="From an inverted hang, lower the straight or tucked body as slowly as you can "
        "through the lever position.",
    ),
)

VERTICAL_PULLS = (
    move(
        "pull_up", "Pull-up", Pattern.VERTICAL_PULL, level=INT, equipment=[BAR],
        muscles=[LATS, BICEPS, UPPER_BACK], sports=EVERYONE, skills=[PULL_UP], modality=GYMN,
        cues="Overhand grip, start from a dead hang; pull the chest towards the bar, chin over "
        "it, and lower all the way.",
    ),
    move(
        "chin_up", "Chin-up", Pattern.VERTICAL_PULL, level=INT, equipment=[BAR],
        muscles=[LATS, BICEPS], sports=EVERYONE, skills=[PULL_UP],
        cues="Palms facing you, shoulder-width; drive the elbows down to the ribs and finish "
        "with the chin over the bar.",
    ),
    move(
        "lat_pulldown", "Lat pulldown", Pattern.VERTICAL_PULL, level=BEG, equipment=[CABLE],
        muscles=[LATS, BICEPS], sports=GYM_CF_BOX,
        cues="Thighs locked under the pad; pull the bar to the top of the chest, elbows down and "
        "back; let the arms straighten fully above.",
    ),
    move(
        "band_lat_pulldown", "Band lat pulldown", Pattern.VERTICAL_PULL, level=BEG,
        equipment=[BANDS], muscles=[LATS], sports=EVERYONE,
        cues="Band anchored high; kneel, pull the hands down beside the shoulders, squeezing the "
        "lats; return slowly.",
    ),
    move(
        "floor_pulldown", "Prone floor pulldown", Pattern.VERTICAL_PULL, level=BEG,
        muscles=[LATS, UPPER_BACK], sports=EVERYONE,
        cues="Lie face down with the arms overhead and thumbs up; lift the arms and pull the "
        "elbows down to the ribs as if doing a pull-up; hold one second.",
    ),
    move(
        "scapular_pull_up", "Scapular pull-up", Pattern.VERTICAL_PULL, level=BEG,
        equipment=[BAR], muscles=[LATS, UPPER_BACK], sports=BODYWEIGHT_SPORTS | {Sport.BOXING},
        skills=[PULL_UP, MUSCLE_UP],
        cues="Hang with straight arms; pull the shoulder blades down so the body rises an inch, "
        "then relax back to the hang. Arms stay straight.",
    ),
    move(
        "dead_hang", "Dead hang", Pattern.VERTICAL_PULL, level=BEG, equipment=[BAR],
        quality=Quality.STABILITY, dose=TIME, muscles=[FOREARMS, LATS], sports=EVERYONE,
        skills=[PULL_UP],
        cues="Hang from the bar with active shoulders (not shrugged to the ears); breathe; build "
        "grip and shoulder tolerance for pulling.",
    ),
    move(
        "negative_pull_up", "Pull-up negative", Pattern.VERTICAL_PULL, level=BEG,
        equipment=[BAR], muscles=[LATS, BICEPS], sports=EVERYONE, skills=[PULL_UP],
        cues="Jump or step to the top with the chin over the bar; lower for a slow count of "
        "five to a dead hang.",
    ),
    move(
        "band_assisted_pull_up", "Band-assisted pull-up", Pattern.VERTICAL_PULL, level=BEG,
        equipment=[BAR, BANDS], muscles=[LATS, BICEPS], sports=EVERYONE, skills=[PULL_UP],
        cues="Loop a band over the bar under one foot or knee; do full pull-ups; use a lighter "
        "band as you get stronger.",
    ),
    move(
        "archer_pull_up", "Archer pull-up", Pattern.VERTICAL_PULL, level=ADV, equipment=[BAR],
        muscles=[LATS, BICEPS], sports=BODYWEIGHT_SPORTS,
        cues="Wide grip; pull towards one hand while the other arm straightens along the bar; "
        "alternate sides.",
    ),
    move(
        "weighted_pull_up", "Weighted pull-up", Pattern.VERTICAL_PULL, level=ADV,
        equipment=[BAR, DB], muscles=[LATS, BICEPS], sports=BODYWEIGHT_SPORTS | {Sport.BOXING},
        cues="A dumbbell held between the feet or on a belt; strict reps from a dead hang, chin "
        "over the bar.",
    ),
    move(
        "kipping_pull_up", "Kipping pull-up", Pattern.VERTICAL_PULL, level=ADV, equipment=[BAR],
        quality=Quality.CONDITIONING, muscles=[LATS, CORE], sports=GYM_CF | {Sport.CROSSFIT},
        modality=GYMN,
        cues="Rhythmic swing from hollow to arch; snap the hips and pull the chin over the bar; "
        "only once strict pull-ups are solid.",
    ),
)

MUSCLE_UPS = (
    move(
        "chest_to_bar_pull_up", "Chest-to-bar pull-up", Pattern.VERTICAL_PULL, level=INT,
        equipment=[BAR], muscles=[LATS, UPPER_BACK, BICEPS], sports=BODYWEIGHT_SPORTS,
        skills=[MUSCLE_UP], modality=GYMN,
        cues="Pull until the chest touches the bar, elbows driving behind the body: the height "
        "a muscle-up needs.",
    ),
    move(
        "explosive_pull_up", "Explosive high pull-up", Pattern.VERTICAL_PULL, level=INT,
        equipment=[BAR], quality=Quality.POWER, muscles=[LATS, BICEPS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="From a dead hang pull as fast as you can, aiming the belly button at the bar; "
        "stop the set when the speed drops.",
    ),
    move(
        "false_grip_hang", "False-grip ring hang", Pattern.VERTICAL_PULL, level=INT,
        equipment=[RINGS], quality=Quality.SKILL, dose=TIME, muscles=[FOREARMS, LATS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="Wrists over the rings, the ring sitting in the crease of the palm; hang with bent "
        "elbows and keep the grip from slipping.",
    ),
    move(
        "low_bar_transition", "Low-bar muscle-up transition", Pattern.VERTICAL_PULL, level=BEG,
        equipment=[BAR], quality=Quality.SKILL, muscles=[LATS, CHEST, TRICEPS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="Bar at hip height, feet on the floor: hang under it, then pull and roll the chest "
        "over the bar into support, letting the legs help as much as needed.",
    ),
    move(
        "jumping_muscle_up", "Jumping muscle-up (low bar)", Pattern.VERTICAL_PULL, level=INT,
        equipment=[BAR], quality=Quality.SKILL, muscles=[LATS, CHEST, TRICEPS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="Bar at chest height; jump, pull and roll the chest over the bar, then press to "
        "support: learns the transition with the legs' help.",
    ),
    move(
        "negative_muscle_up", "Muscle-up negative", Pattern.VERTICAL_PULL, level=ADV,
        equipment=[BAR], quality=Quality.SKILL, muscles=[LATS, CHEST, TRICEPS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="Start in support above the bar; lower slowly through the transition to a hang, "
        "keeping the bar close to the body.",
    ),
    move(
        "band_assisted_muscle_up", "Band-assisted muscle-up", Pattern.VERTICAL_PULL, level=ADV,
        equipment=[BAR, BANDS], quality=Quality.SKILL, muscles=[LATS, CHEST, TRICEPS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP],
        cues="A band over the bar under the knees; pull high, lean the chest over, press out; the "
        "band gives speed through the transition.",
    ),
    move(
        "bar_muscle_up", "Bar muscle-up", Pattern.VERTICAL_PULL, level=ADV, equipment=[BAR],
        quality=Quality.SKILL, muscles=[LATS, CHEST, TRICEPS], sports=BODYWEIGHT_SPORTS,
        skills=[MUSCLE_UP], modality=GYMN,
        cues="Slight swing, then an explosive pull to the waist; whip the chest over the bar and "
        "press to straight arms.",
    ),
    move(
        "ring_muscle_up", "Ring muscle-up", Pattern.VERTICAL_PULL, level=ADV,
        equipment=[RINGS], quality=Quality.SKILL, muscles=[LATS, CHEST, TRICEPS],
        sports=BODYWEIGHT_SPORTS, skills=[MUSCLE_UP], modality=GYMN,
        cues="False grip, pull the rings to the lower chest, sit up quickly over the hands and "
        "press out of the dip.",
    ),
)
# fmt: on

MOVEMENTS = HORIZONTAL_PULLS + VERTICAL_PULLS + MUSCLE_UPS
