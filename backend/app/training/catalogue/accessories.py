"""Arms, shoulder care and the neck: small muscles that keep big lifts and punches healthy."""

from app.training.catalogue.shorthand import (
    BANDS,
    BEG,
    BICEPS,
    CABLE,
    CHEST,
    DB,
    DELTS,
    EVERYONE,
    FOREARMS,
    GYM_CF_BOX,
    INT,
    NECK,
    NOT_RUNNING,
    TIME,
    TRICEPS,
    UPPER_BACK,
    move,
)
from app.training.contract.vocabulary import Pattern, Quality, Sport

# fmt: off
ARMS_AND_SHOULDERS = (
    move(
        "dumbbell_curl", "Dumbbell curl", Pattern.ARM_FLEXION, level=BEG, equipment=[DB],
        muscles=[BICEPS], sports=GYM_CF_BOX,
        cues="Elbows pinned at the sides; curl without swinging and lower for three seconds.",
    ),
    move(
        "hammer_curl", "Hammer curl", Pattern.ARM_FLEXION, level=BEG, equipment=[DB],
        muscles=[BICEPS, FOREARMS], sports=GYM_CF_BOX,
        cues="Palms facing each other; curl to the shoulder and lower slowly.",
    ),
    move(
        "band_curl", "Band curl", Pattern.ARM_FLEXION, level=BEG, equipment=[BANDS],
        muscles=[BICEPS], sports=NOT_RUNNING,
        cues="Stand on the band; curl with the elbows still and squeeze at the top.",
    ),
    move(
        "cable_triceps_pushdown", "Cable triceps pushdown", Pattern.ARM_EXTENSION, level=BEG,
        equipment=[CABLE], muscles=[TRICEPS], sports=GYM_CF_BOX,
        cues="Elbows at the sides; push the handle down until the arms are straight and let it "
        "rise only to 90 degrees.",
    ),
    move(
        "overhead_triceps_extension", "Overhead dumbbell triceps extension",
        Pattern.ARM_EXTENSION, level=BEG, equipment=[DB], muscles=[TRICEPS], sports=GYM_CF_BOX,
        cues="One dumbbell held overhead with both hands; lower it behind the head with the "
        "elbows pointing up, then extend.",
    ),
    move(
        "band_triceps_pushdown", "Band triceps pushdown", Pattern.ARM_EXTENSION, level=BEG,
        equipment=[BANDS], muscles=[TRICEPS], sports=NOT_RUNNING,
        cues="Band anchored high; elbows fixed at the sides, extend fully and return slowly.",
    ),
    move(
        "lateral_raise", "Lateral raise", Pattern.SHOULDER, level=BEG, equipment=[DB],
        muscles=[DELTS], sports=GYM_CF_BOX,
        cues="Light dumbbells; raise out to the sides to shoulder height, leading with the "
        "elbows; no shrugging.",
    ),
    move(
        "face_pull", "Face pull", Pattern.SHOULDER, level=BEG, equipment=[CABLE],
        muscles=[UPPER_BACK, DELTS], sports=GYM_CF_BOX,
        cues="Rope at eye height; pull towards the forehead, splitting the rope and turning the "
        "knuckles back; healthy shoulders for pressing.",
    ),
    move(
        "band_pull_apart", "Band pull-apart", Pattern.SHOULDER, level=BEG, equipment=[BANDS],
        muscles=[UPPER_BACK, DELTS], sports=EVERYONE,
        cues="Arms straight at shoulder height; pull the band apart to the chest by squeezing "
        "the shoulder blades; control the return.",
    ),
    move(
        "band_external_rotation", "Band external rotation", Pattern.SHOULDER, level=BEG,
        equipment=[BANDS], quality=Quality.STABILITY, muscles=[DELTS], sports=EVERYONE,
        cues="Elbow tucked at the side at 90 degrees; rotate the hand out against the band "
        "without the elbow leaving the ribs.",
    ),
    move(
        "prone_ytw", "Prone Y-T-W raise", Pattern.SHOULDER, level=BEG,
        quality=Quality.STABILITY, muscles=[UPPER_BACK, DELTS], sports=EVERYONE,
        cues="Face down, thumbs up; lift the arms into a Y, then a T, then a W, holding each a "
        "second; small, precise movements.",
    ),
    move(
        "scapular_push_up", "Scapular push-up", Pattern.SHOULDER, level=BEG,
        quality=Quality.STABILITY, muscles=[UPPER_BACK, CHEST], sports=EVERYONE,
        cues="In a straight-arm plank, let the chest sink between the shoulder blades, then push "
        "the floor away to spread them; arms stay straight.",
    ),
    move(
        "neck_isometrics", "Neck isometrics", Pattern.NECK, level=BEG, dose=TIME,
        quality=Quality.STABILITY, muscles=[NECK], sports=EVERYONE,
        cues="Hand on the forehead, then the back and each side of the head; push gently into "
        "the hand without moving, about half effort.",
    ),
    move(
        "chin_tuck", "Chin tucks", Pattern.NECK, level=BEG, quality=Quality.STABILITY,
        muscles=[NECK], sports=EVERYONE,
        cues="Stand tall against a wall; glide the chin straight back to make a double chin, "
        "hold two seconds; no nodding.",
    ),
    move(
        "dumbbell_shrug", "Dumbbell shrug", Pattern.NECK, level=BEG, equipment=[DB],
        muscles=[UPPER_BACK, NECK], sports=GYM_CF_BOX,
        cues="Heavy dumbbells at the sides; lift the shoulders to the ears, pause, lower fully; "
        "no rolling.",
    ),
    move(
        "band_neck_flexion", "Band neck resistance", Pattern.NECK, level=INT, equipment=[BANDS],
        quality=Quality.STABILITY, muscles=[NECK], sports=frozenset({Sport.BOXING}),
        cues="A light band around the head held by a partner or anchor; slow nods and side "
        "bends against it; never jerk.",
    ),
)
# fmt: on

MOVEMENTS = ARMS_AND_SHOULDERS
