"""Lower body: squats, hinges, lunges, carries, leg accessories and jumps.

Each pattern has a bodyweight, beginner, low-impact entry, so a plan can always fill a lower-body
slot whatever the equipment and the athlete.
"""

from app.training.catalogue.shorthand import (
    ADDUCTORS,
    ADV,
    BB,
    BEG,
    BENCH,
    BOX,
    CABLE,
    CALVES,
    CORE,
    DB,
    DELTS,
    EVERYONE,
    FOREARMS,
    GLUTES,
    GYM_CF,
    GYM_CF_BOX,
    GYMN,
    HAMS,
    HIGH,
    INT,
    KB,
    LIFTERS,
    LOW_BACK,
    MACHINE,
    OBLIQUES,
    QUADS,
    RACK,
    SLED,
    TIME,
    UPPER_BACK,
    WL,
    move,
)
from app.training.contract.vocabulary import Pattern, Quality

# fmt: off
SQUATS = (
    move(
        "back_squat", "Back squat", Pattern.SQUAT, level=INT, equipment=[BB, RACK],
        muscles=[QUADS, GLUTES], modality=WL,
        cues="Bar across the upper back; brace, then sit down between your hips until the thighs "
        "pass parallel; drive the floor away through the whole foot.",
    ),
    move(
        "front_squat", "Front squat", Pattern.SQUAT, level=ADV, equipment=[BB, RACK],
        muscles=[QUADS, GLUTES, CORE], sports=GYM_CF_BOX, modality=WL,
        cues="Bar on the front of the shoulders, elbows high; stay tall and let the knees travel "
        "forward; keep the elbows up as you stand.",
    ),
    move(
        "box_squat", "Box squat", Pattern.SQUAT, level=INT, equipment=[BB, RACK, BOX],
        muscles=[QUADS, GLUTES, HAMS],
        cues="Sit back to a box at parallel, pause without relaxing, then stand up hard; the box "
        "teaches depth and a strong hip drive.",
    ),
    move(
        "goblet_squat", "Goblet squat", Pattern.SQUAT, level=BEG, equipment=[DB],
        muscles=[QUADS, GLUTES], modality=WL,
        cues="Hold one dumbbell against the chest; sit between the heels with the chest proud; "
        "elbows brush the inside of the knees at the bottom.",
    ),
    move(
        "kettlebell_goblet_squat", "Kettlebell goblet squat", Pattern.SQUAT, level=BEG,
        equipment=[KB], muscles=[QUADS, GLUTES],
        cues="Hold the bell by the horns at the chest; sit down slowly, knees out over the toes; "
        "stand by pushing the floor away.",
    ),
    move(
        "dumbbell_front_squat", "Dumbbell front squat", Pattern.SQUAT, level=INT, equipment=[DB],
        muscles=[QUADS, GLUTES],
        cues="A dumbbell on each shoulder, elbows forward; squat to depth with a tall torso and "
        "drive up without letting the chest drop.",
    ),
    move(
        "leg_press", "Leg press", Pattern.SQUAT, level=BEG, equipment=[MACHINE],
        muscles=[QUADS, GLUTES],
        cues="Feet shoulder-width on the platform; lower until the knees reach about 90 degrees "
        "without the lower back lifting off the pad; never lock the knees hard.",
    ),
    move(
        "overhead_squat", "Overhead squat", Pattern.SQUAT, level=ADV, equipment=[BB],
        muscles=[QUADS, GLUTES, DELTS, CORE], sports=GYM_CF, modality=WL,
        cues="Wide grip, bar locked out over the mid-foot; push up into the bar as you sit down; "
        "the bar should not drift forward.",
    ),
    move(
        "air_squat", "Air squat", Pattern.SQUAT, level=BEG, muscles=[QUADS, GLUTES],
        sports=EVERYONE, modality=GYMN,
        cues="Feet shoulder-width, arms reach forward as you sit; hips below the knees if you "
        "can keep the heels down; stand all the way up.",
    ),
    move(
        "tempo_squat", "Tempo squat (3 s down)", Pattern.SQUAT, level=BEG,
        muscles=[QUADS, GLUTES], sports=EVERYONE,
        cues="Lower for a slow count of three, pause one second at the bottom, stand up smoothly: "
        "slow reps make bodyweight squats hard enough to build strength.",
    ),
    move(
        "wall_sit", "Wall sit", Pattern.SQUAT, level=BEG, dose=TIME, muscles=[QUADS],
        sports=EVERYONE,
        cues="Back flat against a wall, thighs parallel to the floor, knees over the ankles; "
        "breathe steadily and hold.",
    ),
    move(
        "speed_sit_to_stand", "Fast sit-to-stand", Pattern.SQUAT, level=BEG,
        quality=Quality.POWER, muscles=[QUADS, GLUTES], sports=EVERYONE,
        cues="From a firm chair, stand up as fast as you can, then sit down slowly with control: "
        "power without any landing.",
    ),
)
# fmt: on

# fmt: off
HINGES = (
    move(
        "deadlift", "Deadlift", Pattern.HINGE, level=INT, equipment=[BB],
        muscles=[HAMS, GLUTES, LOW_BACK], modality=WL,
        cues="Bar over the mid-foot, shins touch it; pull the slack out, brace, then push the "
        "floor away keeping the bar against the legs.",
    ),
    move(
        "sumo_deadlift", "Sumo deadlift", Pattern.HINGE, level=INT, equipment=[BB],
        muscles=[GLUTES, ADDUCTORS, HAMS], sports=GYM_CF,
        cues="Wide stance, toes out, hands inside the knees; push the knees out and the chest up "
        "as the bar leaves the floor.",
    ),
    move(
        "romanian_deadlift", "Romanian deadlift", Pattern.HINGE, level=INT, equipment=[BB],
        muscles=[HAMS, GLUTES],
        cues="Soft knees, push the hips back and slide the bar down the thighs until the "
        "hamstrings are long; back stays flat; squeeze the glutes to stand.",
    ),
    move(
        "dumbbell_romanian_deadlift", "Dumbbell Romanian deadlift", Pattern.HINGE, level=BEG,
        equipment=[DB], muscles=[HAMS, GLUTES],
        cues="Dumbbells in front of the thighs; hips go back, not down; stop when the back would "
        "round and drive the hips forward to stand.",
    ),
    move(
        "kettlebell_deadlift", "Kettlebell deadlift", Pattern.HINGE, level=BEG, equipment=[KB],
        muscles=[HAMS, GLUTES],
        cues="Bell between the feet; hinge until you can grip it with a flat back; stand up by "
        "driving the hips through.",
    ),
    move(
        "good_morning", "Good morning", Pattern.HINGE, level=ADV, equipment=[BB, RACK],
        muscles=[HAMS, LOW_BACK], sports=GYM_CF,
        cues="Light bar on the upper back, soft knees; bow forward from the hips with a braced, "
        "flat back; come up as soon as the hamstrings stop you.",
    ),
    move(
        "hip_thrust", "Barbell hip thrust", Pattern.HINGE, level=INT, equipment=[BB, BENCH],
        muscles=[GLUTES, HAMS],
        cues="Upper back on the bench, bar over the hips; drive up until the body is a straight "
        "line from shoulders to knees, chin tucked; pause at the top.",
    ),
    move(
        "glute_bridge", "Glute bridge", Pattern.HINGE, level=BEG, muscles=[GLUTES, HAMS],
        sports=EVERYONE,
        cues="On your back, feet flat near the hips; push through the heels and lift the hips "
        "until knees, hips and shoulders line up; squeeze for a second.",
    ),
    move(
        "single_leg_glute_bridge", "Single-leg glute bridge", Pattern.HINGE, level=BEG,
        muscles=[GLUTES, HAMS], sports=EVERYONE,
        cues="One foot down, the other knee pulled in; lift the hips level without twisting; "
        "lower slowly.",
    ),
    move(
        "single_leg_rdl", "Single-leg Romanian deadlift", Pattern.HINGE, level=BEG,
        muscles=[HAMS, GLUTES], sports=EVERYONE,
        cues="Stand on one leg with a soft knee; tip forward as the free leg reaches back, hips "
        "square to the floor; touch a wall for balance if you need to.",
    ),
    move(
        "dumbbell_single_leg_rdl", "Dumbbell single-leg Romanian deadlift", Pattern.HINGE,
        level=INT, equipment=[DB], muscles=[HAMS, GLUTES],
        cues="Weight in the hand opposite the standing leg; hinge with square hips and reach the "
        "weight towards the floor; stand tall between reps.",
    ),
    move(
        "kettlebell_swing", "Kettlebell swing", Pattern.HINGE, level=INT, equipment=[KB],
        quality=Quality.POWER, muscles=[GLUTES, HAMS], modality=WL,
        cues="Hike the bell back between the thighs, then snap the hips forward so it floats to "
        "chest height; the arms only guide it.",
    ),
    move(
        "back_extension", "Back extension", Pattern.HINGE, level=BEG, equipment=[MACHINE],
        muscles=[LOW_BACK, GLUTES, HAMS], sports=GYM_CF_BOX,
        cues="Pad just below the hips; lower with a long spine and rise until the body is "
        "straight, not beyond.",
    ),
    move(
        "cable_pull_through", "Cable pull-through", Pattern.HINGE, level=BEG, equipment=[CABLE],
        muscles=[GLUTES, HAMS],
        cues="Face away from a low cable, rope between the legs; hinge back, then stand by "
        "squeezing the glutes.",
    ),
)
# fmt: on

# fmt: off
LUNGES = (
    move(
        "reverse_lunge", "Reverse lunge", Pattern.LUNGE, level=BEG, muscles=[QUADS, GLUTES],
        sports=EVERYONE,
        cues="Step back and lower the back knee towards the floor; front shin stays near "
        "vertical; push through the front heel to return.",
    ),
    move(
        "split_squat", "Split squat", Pattern.LUNGE, level=BEG, muscles=[QUADS, GLUTES],
        sports=EVERYONE,
        cues="Long stance, feet hip-width apart; drop straight down until the back knee hovers, "
        "then drive up; finish all reps on one side.",
    ),
    move(
        "lateral_lunge", "Lateral lunge", Pattern.LUNGE, level=BEG,
        muscles=[ADDUCTORS, GLUTES, QUADS], sports=EVERYONE,
        cues="Step wide to one side and sit into that hip with the other leg straight; both feet "
        "flat; push back to the middle.",
    ),
    move(
        "cossack_squat", "Cossack squat", Pattern.LUNGE, level=INT,
        muscles=[ADDUCTORS, GLUTES, QUADS], sports=EVERYONE,
        cues="Very wide stance; shift deep onto one leg while the other straightens with toes up; "
        "keep the working heel down.",
    ),
    move(
        "dumbbell_reverse_lunge", "Dumbbell reverse lunge", Pattern.LUNGE, level=BEG,
        equipment=[DB], muscles=[QUADS, GLUTES],
        cues="Dumbbells at the sides; step back softly, keep the torso tall and the front knee "
        "over the foot.",
    ),
    move(
        "walking_lunge", "Dumbbell walking lunge", Pattern.LUNGE, level=INT, equipment=[DB],
        muscles=[QUADS, GLUTES], modality=WL,
        cues="Long steps, back knee kisses the floor, push off the front foot into the next "
        "step; stay tall.",
    ),
    move(
        "bulgarian_split_squat", "Bulgarian split squat", Pattern.LUNGE, level=INT,
        equipment=[DB, BENCH], muscles=[QUADS, GLUTES],
        cues="Rear foot laces-down on a bench; sink straight down with the weight over the front "
        "foot; control the lowering.",
    ),
    move(
        "step_up", "Box step-up", Pattern.LUNGE, level=BEG, equipment=[BOX],
        muscles=[QUADS, GLUTES], sports=EVERYONE,
        cues="Whole foot on a knee-height box; stand up through the top leg without pushing off "
        "the bottom one; step down slowly.",
    ),
    move(
        "dumbbell_step_up", "Dumbbell step-up", Pattern.LUNGE, level=INT, equipment=[DB, BOX],
        muscles=[QUADS, GLUTES],
        cues="Dumbbells at the sides; drive through the heel on the box and stand fully tall; "
        "lower under control.",
    ),
)
# fmt: on

# fmt: off
CARRIES = (
    move(
        "farmer_carry", "Farmer's carry", Pattern.CARRY, level=BEG, equipment=[DB], dose=TIME,
        muscles=[FOREARMS, UPPER_BACK, CORE],
        cues="Heavy dumbbells at the sides, shoulders down and back; walk tall with short, quick "
        "steps.",
    ),
    move(
        "kettlebell_farmer_carry", "Kettlebell farmer's carry", Pattern.CARRY, level=BEG,
        equipment=[KB], dose=TIME, muscles=[FOREARMS, UPPER_BACK, CORE],
        cues="Crush the handles, ribs down, walk without leaning; set the bells down before the "
        "grip fails.",
    ),
    move(
        "suitcase_carry", "Suitcase carry", Pattern.CARRY, level=BEG, equipment=[DB], dose=TIME,
        muscles=[OBLIQUES, CORE, FOREARMS],
        cues="One weight in one hand; walk without leaning towards it; the trunk works to stay "
        "upright. Switch hands halfway.",
    ),
    move(
        "overhead_carry", "Overhead carry", Pattern.CARRY, level=INT, equipment=[DB], dose=TIME,
        muscles=[DELTS, CORE],
        cues="Dumbbells locked out overhead, biceps by the ears, ribs down; walk slowly.",
    ),
    move(
        "sled_push", "Sled push", Pattern.CARRY, level=INT, equipment=[SLED], dose=TIME,
        muscles=[QUADS, GLUTES, CALVES], sports=GYM_CF_BOX,
        cues="Arms long on the posts, body at 45 degrees; drive the knees and push through the "
        "balls of the feet.",
    ),
    move(
        "bear_crawl", "Bear crawl", Pattern.CARRY, level=BEG, dose=TIME,
        muscles=[CORE, DELTS, QUADS], sports=EVERYONE,
        cues="On hands and feet with the knees an inch off the floor; move opposite hand and "
        "foot together; keep the back flat.",
    ),
)
# fmt: on

# fmt: off
LEG_ACCESSORIES = (
    move(
        "lying_leg_curl", "Lying leg curl", Pattern.KNEE_FLEXION, level=BEG, equipment=[MACHINE],
        muscles=[HAMS], sports=GYM_CF_BOX,
        cues="Hips pressed into the pad; curl the heels to the glutes, lower for a slow count of "
        "three.",
    ),
    move(
        "slider_leg_curl", "Slider leg curl", Pattern.KNEE_FLEXION, level=INT,
        muscles=[HAMS, GLUTES], sports=EVERYONE,
        cues="In a bridge with heels on towels or sliders; slide the feet out slowly and pull "
        "them back without dropping the hips.",
    ),
    move(
        "nordic_curl", "Nordic curl", Pattern.KNEE_FLEXION, level=ADV, muscles=[HAMS],
        sports=EVERYONE,
        cues="Kneel with the ankles anchored; lower the straight body as slowly as you can, catch "
        "yourself with the hands and push back up.",
    ),
    move(
        "calf_raise", "Calf raise", Pattern.CALF, level=BEG, muscles=[CALVES], sports=EVERYONE,
        cues="Balls of the feet on a step; rise as high as you can, pause, lower the heels below "
        "the step slowly.",
    ),
    move(
        "single_leg_calf_raise", "Single-leg calf raise", Pattern.CALF, level=BEG,
        muscles=[CALVES], sports=EVERYONE,
        cues="One foot on a step, fingertips on a wall; full rise, slow lowering: runners' "
        "Achilles and calves thank you.",
    ),
)
# fmt: on

# fmt: off
JUMPS = (
    move(
        "box_jump", "Box jump", Pattern.PLYOMETRIC, level=INT, equipment=[BOX],
        quality=Quality.POWER, impact=HIGH, muscles=[QUADS, GLUTES, CALVES], modality=GYMN,
        cues="Swing the arms and jump up, landing softly with the whole foot on the box; step, "
        "don't jump, back down.",
    ),
    move(
        "jump_squat", "Jump squat", Pattern.PLYOMETRIC, level=INT, quality=Quality.POWER,
        impact=HIGH, muscles=[QUADS, GLUTES, CALVES], sports=EVERYONE,
        cues="Quarter squat, then jump as high as you can; land quietly with bent knees and reset "
        "before the next rep.",
    ),
    move(
        "broad_jump", "Broad jump", Pattern.PLYOMETRIC, level=INT, quality=Quality.POWER,
        impact=HIGH, muscles=[GLUTES, QUADS, HAMS], sports=EVERYONE,
        cues="Swing and jump forward as far as you can; stick the landing for two seconds before "
        "walking back.",
    ),
    move(
        "pogo_hops", "Pogo hops", Pattern.PLYOMETRIC, level=BEG, quality=Quality.POWER,
        impact=HIGH, muscles=[CALVES], sports=EVERYONE,
        cues="Small, quick bounces off the balls of the feet with nearly straight knees; spend "
        "as little time on the ground as you can.",
    ),
    move(
        "lateral_bound", "Lateral bound", Pattern.PLYOMETRIC, level=INT, quality=Quality.POWER,
        impact=HIGH, muscles=[GLUTES, ADDUCTORS], sports=EVERYONE,
        cues="Push off one leg sideways and land on the other, absorbing with a bent knee; hold "
        "the landing for a second.",
    ),
    move(
        "depth_jump", "Depth jump", Pattern.PLYOMETRIC, level=ADV, equipment=[BOX],
        quality=Quality.POWER, impact=HIGH, muscles=[QUADS, CALVES, GLUTES], sports=LIFTERS,
        cues="Step off a low box, land on both feet and jump up immediately; the shorter the "
        "contact, the better.",
    ),
    move(
        "skater_hop", "Skater hop", Pattern.PLYOMETRIC, level=BEG, quality=Quality.POWER,
        impact=HIGH, muscles=[GLUTES, ADDUCTORS], sports=EVERYONE,
        cues="Small hops side to side from one foot to the other like a speed skater; land "
        "softly and balanced.",
    ),
)
# fmt: on

MOVEMENTS = SQUATS + HINGES + LUNGES + CARRIES + LEG_ACCESSORIES + JUMPS
