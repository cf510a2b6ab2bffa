"""Calisthenics skills: handstand, planche and pistol progressions.

Pulling skills (muscle-up, front lever) live with the pulls in `pull.py`, the L-sit with the core.
Each skill has a beginner entry, so a beginner with a skill goal starts on the first rung.
"""

from app.training.catalogue.shorthand import (
    ADV,
    BEG,
    BODYWEIGHT_SPORTS,
    CORE,
    DELTS,
    EVERYONE,
    FOREARMS,
    GLUTES,
    GYMN,
    INT,
    PLL,
    QUADS,
    TIME,
    TRICEPS,
    move,
)
from app.training.contract.vocabulary import Goal, Pattern, Quality

SKILL = Quality.SKILL
HANDSTAND, PLANCHE, PISTOL = Goal.HANDSTAND, Goal.PLANCHE, Goal.PISTOL_SQUAT

# fmt: off
INVERSIONS = (
    move(
        "frog_stand", "Frog stand", Pattern.INVERSION, level=BEG, quality=SKILL, dose=TIME,
        muscles=[DELTS, FOREARMS, CORE], sports=BODYWEIGHT_SPORTS, skills=[HANDSTAND, PLANCHE],
        cues="Squat, hands flat shoulder-width, knees resting on the backs of the elbows; lean "
        "forward until the feet float. Look slightly ahead.",
    ),
    move(
        "wall_plank_hold", "Wall-facing pike hold", Pattern.INVERSION, level=BEG, quality=SKILL,
        dose=TIME, muscles=[DELTS, CORE], sports=BODYWEIGHT_SPORTS, skills=[HANDSTAND],
        cues="Hands on the floor a leg's length from a wall, feet up on the wall at hip height; "
        "push tall through the shoulders and hold.",
    ),
    move(
        "wall_walk", "Wall walk", Pattern.INVERSION, level=INT, quality=SKILL,
        muscles=[DELTS, TRICEPS, CORE], sports=BODYWEIGHT_SPORTS, skills=[HANDSTAND],
        modality=GYMN,
        cues="From a push-up with the feet at the wall, walk the feet up and the hands in until "
        "the chest nearly touches the wall; walk back down with control.",
    ),
    move(
        "chest_to_wall_handstand", "Chest-to-wall handstand", Pattern.INVERSION, level=INT,
        quality=SKILL, dose=TIME, muscles=[DELTS, CORE], sports=BODYWEIGHT_SPORTS,
        skills=[HANDSTAND],
        cues="Facing the wall, hands close to it; push the floor away, ribs in, body in one "
        "straight line; come down by walking out.",
    ),
    move(
        "handstand_kick_up", "Handstand kick-up practice", Pattern.INVERSION, level=INT,
        quality=SKILL, muscles=[DELTS, CORE], sports=BODYWEIGHT_SPORTS, skills=[HANDSTAND],
        cues="Lunge, place the hands, and kick up softly to find balance for a second; practise "
        "the cartwheel bail-out first.",
    ),
    move(
        "freestanding_handstand", "Freestanding handstand hold", Pattern.INVERSION, level=ADV,
        quality=SKILL, dose=TIME, muscles=[DELTS, FOREARMS, CORE], sports=BODYWEIGHT_SPORTS,
        skills=[HANDSTAND],
        cues="Kick up, balance with the fingers and the heel of the hand; stacked wrists, "
        "shoulders and hips. Many short, good attempts beat one long one.",
    ),
    move(
        "handstand_shoulder_tap", "Wall handstand shoulder taps", Pattern.INVERSION, level=ADV,
        quality=SKILL, muscles=[DELTS, CORE], sports=BODYWEIGHT_SPORTS, skills=[HANDSTAND],
        cues="In a chest-to-wall handstand, shift the weight and tap a shoulder with one hand; "
        "alternate, staying long through the supporting arm.",
    ),
)

PLANCHE_WORK = (
    move(
        "planche_lean", "Planche lean", Pattern.HORIZONTAL_PUSH, level=INT, quality=SKILL,
        dose=TIME, muscles=[DELTS, CORE], sports=BODYWEIGHT_SPORTS, skills=[PLANCHE],
        cues="In a push-up position with hands turned out, lean the shoulders forward past the "
        "hands with straight arms; hold while the body stays hollow.",
    ),
    move(
        "tuck_planche", "Tuck planche hold", Pattern.HORIZONTAL_PUSH, level=ADV, quality=SKILL,
        dose=TIME, muscles=[DELTS, CORE], sports=BODYWEIGHT_SPORTS, skills=[PLANCHE],
        cues="On the floor or parallettes, lean forward and lift the tucked body with straight "
        "arms; round the upper back and push the floor away.",
    ),
    move(
        "parallette_support_hold", "Parallette support hold", Pattern.INVERSION, level=BEG,
        equipment=[PLL], quality=SKILL, dose=TIME, muscles=[DELTS, TRICEPS, CORE],
        sports=BODYWEIGHT_SPORTS, skills=[PLANCHE, Goal.L_SIT],
        cues="Press up to straight arms on the parallettes, shoulders pushed down away from the "
        "ears; the base of every support skill.",
    ),
)

PISTOLS = (
    move(
        "assisted_pistol_squat", "Assisted pistol squat", Pattern.SQUAT, level=BEG,
        muscles=[QUADS, GLUTES], sports=EVERYONE, skills=[PISTOL],
        cues="Hold a door frame or post and squat on one leg with the other leg forward; the "
        "hands help only as much as needed.",
    ),
    move(
        "box_pistol_squat", "Pistol squat to a box", Pattern.SQUAT, level=INT,
        muscles=[QUADS, GLUTES], sports=EVERYONE, skills=[PISTOL],
        cues="Sit down on one leg to a bench or chair behind you, touch lightly and stand; lower "
        "the seat as you improve.",
    ),
    move(
        "pistol_squat", "Pistol squat", Pattern.SQUAT, level=ADV, muscles=[QUADS, GLUTES],
        sports=BODYWEIGHT_SPORTS, skills=[PISTOL], modality=GYMN,
        cues="Free leg straight in front, arms forward; sit all the way down on one leg with the "
        "heel flat and stand without bouncing.",
    ),
    move(
        "shrimp_squat", "Shrimp squat", Pattern.SQUAT, level=ADV, muscles=[QUADS, GLUTES],
        sports=BODYWEIGHT_SPORTS,
        cues="Hold the free foot behind you; lower until the back knee touches the floor and "
        "stand on the front leg.",
    ),
)
# fmt: on

MOVEMENTS = INVERSIONS + PLANCHE_WORK + PISTOLS
