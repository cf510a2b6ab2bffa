"""The trunk and balance: anti-extension, anti-rotation, compression, throws and balance drills.

Core work here is about resisting movement (planks, Pallof presses, carries) more than creating it,
following McGill's back-friendly approach; throws add rotational power for punches.
"""

from app.training.catalogue.shorthand import (
    ADV,
    BANDS,
    BAR,
    BEG,
    BENCH,
    BODYWEIGHT_SPORTS,
    CABLE,
    CHEST,
    CORE,
    DB,
    DELTS,
    EVERYONE,
    GLUTES,
    GYM_CF_BOX,
    GYMN,
    HIP_FLEXORS,
    INT,
    LATS,
    MB,
    OBLIQUES,
    TIME,
    WHEEL,
    WL,
    move,
)
from app.training.contract.vocabulary import Goal, Pattern, Quality

STABLE = Quality.STABILITY

# fmt: off
TRUNK = (
    move(
        "plank", "Front plank", Pattern.ANTI_EXTENSION, level=BEG, quality=STABLE, dose=TIME,
        muscles=[CORE], sports=EVERYONE,
        cues="Forearms under the shoulders, squeeze glutes and quads, ribs down; a straight "
        "line from head to heels. Stop when the hips sag.",
    ),
    move(
        "dead_bug", "Dead bug", Pattern.ANTI_EXTENSION, level=BEG, quality=STABLE,
        muscles=[CORE], sports=EVERYONE,
        cues="On your back, arms up, knees over the hips; slowly lower the opposite arm and leg "
        "while the lower back stays pressed to the floor.",
    ),
    move(
        "hollow_hold", "Hollow body hold", Pattern.ANTI_EXTENSION, level=INT, quality=STABLE,
        dose=TIME, muscles=[CORE], sports=EVERYONE,
        cues="Lower back glued to the floor, arms and legs long and just off the ground; bend "
        "the knees to make it easier. The base shape of gymnastics.",
    ),
    move(
        "ab_wheel_rollout", "Ab wheel rollout", Pattern.ANTI_EXTENSION, level=INT,
        equipment=[WHEEL], quality=STABLE, muscles=[CORE, LATS], sports=GYM_CF_BOX,
        cues="From the knees, roll out only as far as you can without the lower back arching, "
        "then pull back with the abs and lats.",
    ),
    move(
        "dragon_flag", "Dragon flag", Pattern.ANTI_EXTENSION, level=ADV, equipment=[BENCH],
        quality=STABLE, muscles=[CORE], sports=BODYWEIGHT_SPORTS,
        cues="Grip the bench behind the head; lift the straight body onto the shoulders and "
        "lower it as one rigid piece, slowly.",
    ),
    move(
        "plank_shoulder_tap", "Plank shoulder taps", Pattern.ANTI_ROTATION, level=BEG,
        quality=STABLE, muscles=[CORE, OBLIQUES], sports=EVERYONE,
        cues="High plank, feet wide; tap each shoulder in turn without the hips rocking side to "
        "side.",
    ),
    move(
        "side_plank", "Side plank", Pattern.ANTI_ROTATION, level=BEG, quality=STABLE, dose=TIME,
        muscles=[OBLIQUES, CORE], sports=EVERYONE,
        cues="Elbow under the shoulder, hips lifted so the body is straight; drop to the bottom "
        "knee to make it easier. Both sides.",
    ),
    move(
        "bird_dog", "Bird dog", Pattern.ANTI_ROTATION, level=BEG, quality=STABLE,
        muscles=[CORE, GLUTES], sports=EVERYONE,
        cues="On hands and knees, reach the opposite arm and leg long without tilting the hips; "
        "pause, return slowly, alternate.",
    ),
    move(
        "pallof_press", "Band Pallof press", Pattern.ANTI_ROTATION, level=BEG, equipment=[BANDS],
        quality=STABLE, muscles=[OBLIQUES, CORE], sports=EVERYONE,
        cues="Band anchored at chest height to your side; press the hands straight out and hold "
        "two seconds without letting the band turn you.",
    ),
    move(
        "cable_pallof_press", "Cable Pallof press", Pattern.ANTI_ROTATION, level=BEG,
        equipment=[CABLE], quality=STABLE, muscles=[OBLIQUES, CORE], sports=GYM_CF_BOX,
        cues="Stand side-on to the cable; press out, hold, bring back; hips and shoulders stay "
        "square the whole time.",
    ),
    move(
        "renegade_row", "Renegade row", Pattern.ANTI_ROTATION, level=INT, equipment=[DB],
        quality=STABLE, muscles=[CORE, LATS], sports=GYM_CF_BOX,
        cues="High plank on two dumbbells, feet wide; row one bell at a time with the hips "
        "level.",
    ),
    move(
        "sit_up", "Sit-up", Pattern.COMPRESSION, level=BEG, quality=STABLE,
        muscles=[CORE, HIP_FLEXORS], sports=EVERYONE, modality=GYMN,
        cues="Soles of the feet together or knees bent; roll down, then sit up to touch the "
        "floor past the feet; smooth, no yanking on the neck.",
    ),
    move(
        "v_up", "V-up", Pattern.COMPRESSION, level=INT, quality=STABLE,
        muscles=[CORE, HIP_FLEXORS], sports=EVERYONE,
        cues="From a hollow hold, lift the straight legs and the torso together to touch the "
        "toes, then lower back to the hollow.",
    ),
    move(
        "hanging_knee_raise", "Hanging knee raise", Pattern.COMPRESSION, level=BEG,
        equipment=[BAR], quality=STABLE, muscles=[CORE, HIP_FLEXORS], sports=EVERYONE,
        skills=[Goal.L_SIT, Goal.FRONT_LEVER],
        cues="Hang with active shoulders; curl the knees to the chest by tilting the pelvis, no "
        "swinging; lower slowly.",
    ),
    move(
        "hanging_leg_raise", "Hanging leg raise", Pattern.COMPRESSION, level=INT,
        equipment=[BAR], quality=STABLE, muscles=[CORE, HIP_FLEXORS], sports=EVERYONE,
        skills=[Goal.L_SIT],
        cues="Straight legs rise to at least hip height under control; pause, lower without a "
        "swing.",
    ),
    move(
        "toes_to_bar", "Toes-to-bar", Pattern.COMPRESSION, level=INT, equipment=[BAR],
        quality=Quality.CONDITIONING, muscles=[CORE, LATS], sports=BODYWEIGHT_SPORTS,
        modality=GYMN,
        cues="Hang, push the bar down with straight arms and swing the toes up to touch the bar; "
        "kick back into the next rep.",
    ),
    move(
        "seated_leg_lift", "Seated straight-leg lift", Pattern.COMPRESSION, level=BEG,
        quality=Quality.SKILL, muscles=[HIP_FLEXORS, CORE], sports=EVERYONE,
        skills=[Goal.L_SIT],
        cues="Sit tall with the legs straight and hands beside the knees; lift both heels off "
        "the floor by squeezing the thighs, hold a second, lower slowly.",
    ),
    move(
        "tuck_l_sit", "Tuck L-sit", Pattern.COMPRESSION, level=INT, quality=Quality.SKILL,
        dose=TIME, muscles=[CORE, HIP_FLEXORS, DELTS], sports=BODYWEIGHT_SPORTS,
        skills=[Goal.L_SIT],
        cues="Hands on the floor or parallettes beside the hips; press down, lift the hips and "
        "tucked knees and hold with straight arms.",
    ),
    move(
        "l_sit", "L-sit", Pattern.COMPRESSION, level=ADV, quality=Quality.SKILL, dose=TIME,
        muscles=[CORE, HIP_FLEXORS, DELTS], sports=BODYWEIGHT_SPORTS, skills=[Goal.L_SIT],
        cues="Straight arms, shoulders pushed down; legs straight and level with the floor, toes "
        "pointed. Hold only with good shape.",
    ),
)

THROWS = (
    move(
        "med_ball_rotational_throw", "Medicine ball rotational throw", Pattern.THROW, level=BEG,
        equipment=[MB], quality=Quality.POWER, muscles=[OBLIQUES, GLUTES, CORE],
        sports=EVERYONE,
        cues="Side-on to a wall; load the back hip and throw the ball into the wall by turning "
        "hips, then shoulders, like a hook.",
    ),
    move(
        "med_ball_chest_pass", "Medicine ball chest pass", Pattern.THROW, level=BEG,
        equipment=[MB], quality=Quality.POWER, muscles=[CHEST, DELTS], sports=EVERYONE,
        cues="Ball at the chest, step and push it into a wall as fast as you can; catch softly "
        "and reset.",
    ),
    move(
        "med_ball_slam", "Medicine ball slam", Pattern.THROW, level=BEG, equipment=[MB],
        quality=Quality.POWER, muscles=[LATS, CORE], sports=EVERYONE, modality=WL,
        cues="Reach the ball overhead on your toes, then slam it into the floor with the whole "
        "body; squat to pick it up with a flat back.",
    ),
)

BALANCE = (
    move(
        "single_leg_balance", "Single-leg balance", Pattern.BALANCE, level=BEG, quality=STABLE,
        dose=TIME, muscles=[GLUTES, CORE], sports=EVERYONE,
        cues="Stand on one foot near a wall or chair; soft knee, tall posture, eyes on a fixed "
        "point. Harder: close the eyes or turn the head.",
    ),
    move(
        "tandem_walk", "Heel-to-toe walk", Pattern.BALANCE, level=BEG, quality=STABLE,
        dose=TIME, muscles=[CORE], sports=EVERYONE,
        cues="Walk a straight line placing the heel directly in front of the other toes; arms "
        "out if needed; stay near a wall.",
    ),
    move(
        "clock_reach", "Single-leg clock reach", Pattern.BALANCE, level=BEG, quality=STABLE,
        muscles=[GLUTES, CORE], sports=EVERYONE,
        cues="Balance on one leg and tap the other foot to 12, 3 and 6 o'clock on the floor "
        "around you; return to balance between taps.",
    ),
)
# fmt: on

MOVEMENTS = TRUNK + THROWS + BALANCE
