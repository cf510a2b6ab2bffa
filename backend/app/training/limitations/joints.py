"""Joints: what a physiotherapist would change for a sore back, knee, shoulder, ankle, hip, wrist.

Substitutions keep the training effect with less load on the sore part: a hip thrust instead of
a deadlift trains the hip extensors without loading the spine in flexion (McGill, Low Back
Disorders, 3rd ed.); squats to a box and step-ups keep quadriceps work, which protects painful
knees, at a controllable depth (NICE NG226, osteoarthritis: exercise is core treatment); a
landmine press lets a painful shoulder press below full elevation. Everyone is kept moving, as
NICE NG59 (low back pain) advises, and the referral lines are the red flags those guidelines
name.
"""

from app.training.limitations.model import Condition, Limitation

__all__ = ["JOINTS"]


def _complaint(part: str) -> str:
    """A body part followed by how it feels: "my knee hurts", "knees are sore"."""
    return rf"|\b{part}\s+(hurts?|aches?|(is|are)\s+(sore|bad|stiff|weak|painful|injured))"


_BACK = Limitation(
    Condition.BACK,
    "lower back",
    r"\b(bad|sore|stiff|weak|injured|hurt|tweaked|dodgy)\s+(lower\s+)?back\b|\bback\s+(pain|injur\w*"
    r"|problems?|issues?|trouble|spasms?)|\blower[- ]back|\blumbar|\bsciatica|\bslipped\s+disc"
    r"|\b(herniated|bulging|prolapsed)\s+disc|\bdisc\s+(bulge|herniation|problem)"
    + _complaint(r"(lower\s+)?back"),
    avoid=frozenset(
        {
            "good_morning",
            "sit_up",
            "v_up",
            "dragon_flag",
            "toes_to_bar",
            "kipping_pull_up",
            "overhead_squat",
            "jump_squat",
            "depth_jump",
            "box_jump_over",
            "burpee",
            "squat_clean",
            "clean_and_jerk",
            "power_snatch",
            "hang_power_snatch",
            "sumo_deadlift",
            "push_jerk",
        }
    ),
    substitutions=(
        ("deadlift", "hip_thrust"),
        ("sumo_deadlift", "hip_thrust"),
        ("romanian_deadlift", "cable_pull_through"),
        ("good_morning", "bird_dog"),
        ("back_squat", "goblet_squat"),
        ("front_squat", "goblet_squat"),
        ("barbell_row", "chest_supported_row"),
        ("kettlebell_swing", "glute_bridge"),
        ("american_kettlebell_swing", "glute_bridge"),
        ("sit_up", "dead_bug"),
        ("v_up", "dead_bug"),
        ("box_jump", "step_up"),
        ("power_clean", "kettlebell_deadlift"),
        ("thruster", "goblet_squat"),
        ("overhead_press", "landmine_press"),
        ("push_press", "landmine_press"),
    ),
    notes=(
        "Spine-sparing choices this block: hip thrusts and pull-throughs instead of heavy "
        "deadlifts, goblet squats instead of barbell squats, chest-supported rows.",
        "Daily core endurance (bird dog, side plank, dead bug) and walking help most backs; "
        "keep moving rather than resting.",
        "Brace before each rep and stop a set when pain rises above 3 of 10 or spreads.",
    ),
    referral="See a doctor first if pain spreads below the knee, or comes with numbness, leg "
    "weakness, or bladder or bowel changes; a physiotherapist can guide a return to heavy lifts.",
    avoid_high_impact=True,
)
_KNEE = Limitation(
    Condition.KNEE,
    "knees",
    r"\b(bad|sore|weak|injured|dodgy|painful|arthritic)\s+knees?\b|\bknee\s+(pain|injur\w*|problems?"
    r"|issues?|trouble|surgery|replacement|arthritis)|\b(acl|mcl|pcl)\b|\bmeniscus|\bpatell\w*"
    r"|\brunner'?s\s+knee|\bjumper'?s\s+knee|\bosgood" + _complaint(r"knees?"),
    avoid=frozenset(
        {
            "pistol_squat",
            "shrimp_squat",
            "cossack_squat",
            "assisted_pistol_squat",
            "couch_stretch",
            "adductor_rock",
            "knee_push_up",
            "childs_pose",
            "walking_lunge",
            "lateral_lunge",
            "nordic_curl",
            "wall_sit",
            "deep_squat_hold",
        }
    ),
    avoid_patterns=frozenset({"plyometric"}),
    substitutions=(
        ("back_squat", "box_squat"),
        ("air_squat", "box_squat"),
        ("walking_lunge", "step_up"),
        ("split_squat", "step_up"),
        ("bulgarian_split_squat", "dumbbell_step_up"),
        ("pistol_squat", "box_pistol_squat"),
        ("knee_push_up", "incline_push_up"),
        ("couch_stretch", "hip_circles"),
        ("childs_pose", "hamstring_stretch"),
        ("adductor_rock", "hip_circles"),
        ("box_jump", "step_up"),
        ("jump_squat", "box_squat"),
        ("burpee", "mountain_climber"),
        ("jumping_jacks", "marching"),
    ),
    notes=(
        "Knee-friendly choices: squats to a box at a pain-free depth, step-ups instead of "
        "lunges and jumps, no kneeling stretches.",
        "Strong quads and hips protect the knee: keep strength work, move through pain-free "
        "range, and accept pain up to 3 of 10 that settles by the next morning.",
    ),
    referral="See a physiotherapist if the knee swells, locks or gives way.",
    avoid_high_impact=True,
)
_SHOULDER = Limitation(
    Condition.SHOULDER,
    "shoulder",
    r"\b(bad|sore|injured|dodgy|painful|frozen|dislocated)\s+shoulders?\b|\bshoulder\s+(pain"
    r"|injur\w*|problems?|issues?|impingement|surgery)|\brotator\s+cuff|\bimpingement|\blabrum"
    r"|\bslap\s+tear|\bac\s+joint" + _complaint(r"shoulders?"),
    avoid=frozenset(
        {
            "push_press",
            "push_jerk",
            "power_snatch",
            "hang_power_snatch",
            "overhead_squat",
            "overhead_carry",
            "wall_handstand_push_up",
            "parallel_bar_dip",
            "ring_dip",
            "straight_bar_dip",
            "bench_dip",
            "kipping_pull_up",
            "bar_muscle_up",
            "ring_muscle_up",
            "jumping_muscle_up",
            "band_dislocates",
            "plyo_push_up",
            "clean_and_jerk",
            "wall_walk",
            "shoulder_burnout",
        }
    ),
    avoid_patterns=frozenset({"inversion"}),
    substitutions=(
        ("overhead_press", "landmine_press"),
        ("dumbbell_shoulder_press", "landmine_press"),
        ("push_press", "landmine_press"),
        ("bench_press", "dumbbell_floor_press"),
        ("parallel_bar_dip", "cable_triceps_pushdown"),
        ("bench_dip", "band_triceps_pushdown"),
        ("kipping_pull_up", "lat_pulldown"),
        ("pike_push_up", "incline_push_up"),
        ("band_dislocates", "band_external_rotation"),
        ("thruster", "goblet_squat"),
    ),
    notes=(
        "Pressing stays below full overhead this block (landmine press, floor press), with "
        "rotator-cuff work (band external rotation, face pulls) in every upper-body session.",
        "No dips, kipping or handstands until overhead reaching is pain-free.",
    ),
    referral="See a physiotherapist if the shoulder hurts at night or the arm is weak lifting "
    "to the side.",
)
_ANKLE = Limitation(
    Condition.ANKLE,
    "ankle",
    r"\b(bad|sore|weak|injured|sprained|twisted|rolled|broken|unstable|dodgy)\s+(my\s+)?ankles?\b"
    r"|\bankle\s+(pain|injur\w*|sprain|problems?|issues?|surgery)|\bachilles|\bplantar\s+fasci"
    + _complaint(r"ankles?"),
    avoid=frozenset(
        {
            "jump_rope",
            "jump_rope_footwork",
            "double_unders",
            "single_unders",
            "hill_sprints",
            "strides",
            "skater_hop",
            "lateral_bound",
            "pogo_hops",
            "sprawl",
            "high_knees",
            "single_leg_calf_raise",
        }
    ),
    avoid_patterns=frozenset({"plyometric"}),
    substitutions=(
        ("jump_rope", "marching"),
        ("jump_rope_footwork", "footwork_drill"),
        ("double_unders", "bike_erg"),
        ("single_unders", "bike_erg"),
        ("hill_sprints", "hill_repeats"),
        ("box_jump", "step_up"),
        ("burpee", "mountain_climber"),
        ("crossfit_run", "row_erg"),
    ),
    notes=(
        "Balance work (single-leg stands) and calf raises on two legs rebuild a sprained "
        "ankle; jumps, skipping and sprints come back once hopping is pain-free.",
    ),
    referral="See a physiotherapist if you cannot walk four steps on it, or it keeps giving way.",
    avoid_high_impact=True,
)
_HIP = Limitation(
    Condition.HIP,
    "hip",
    r"\b(bad|sore|injured|dodgy|painful|arthritic)\s+hips?\b|\bhip\s+(pain|injur\w*|problems?"
    r"|issues?|replacement|impingement|surgery|arthritis|bursitis)|\bfai\b|\bhip\s+labr\w*"
    r"|\btrochanter\w*" + _complaint(r"hips?"),
    avoid=frozenset(
        {
            "pistol_squat",
            "shrimp_squat",
            "cossack_squat",
            "deep_squat_hold",
            "pigeon_stretch",
            "sumo_deadlift",
            "lateral_lunge",
            "overhead_squat",
            "hip_90_90",
            "lateral_bound",
        }
    ),
    substitutions=(
        ("back_squat", "box_squat"),
        ("sumo_deadlift", "hip_thrust"),
        ("cossack_squat", "split_squat"),
        ("pigeon_stretch", "hamstring_stretch"),
        ("lateral_lunge", "step_up"),
        ("pistol_squat", "box_pistol_squat"),
    ),
    notes=(
        "Squat to a box above the painful depth and keep hips out of deep flexion with "
        "rotation (no pigeon or 90/90 stretches) this block; glute bridges and side planks "
        "strengthen the hip without pinching it.",
    ),
    referral="See a physiotherapist if the hip clicks with sharp pain, or pain wakes you at "
    "night; after a hip replacement follow your surgeon's movement precautions.",
)
_WRIST = Limitation(
    Condition.WRIST,
    "wrist",
    r"\b(bad|sore|weak|injured|sprained|broken|dodgy|painful)\s+wrists?\b|\bwrist\s+(pain"
    r"|injur\w*|sprain|problems?|issues?|surgery)|\bcarpal\s+tunnel|\btfcc\b"
    + _complaint(r"wrists?"),
    avoid=frozenset(
        {
            "front_squat",
            "power_clean",
            "hang_power_clean",
            "squat_clean",
            "clean_and_jerk",
            "planche_lean",
            "tuck_planche",
            "pseudo_planche_push_up",
            "frog_stand",
            "wall_walk",
            "burpee",
            "bench_dip",
            "wrist_prep",
            "handstand_kick_up",
            "freestanding_handstand",
            "chest_to_wall_handstand",
            "handstand_shoulder_tap",
            "wall_plank_hold",
        }
    ),
    substitutions=(
        ("front_squat", "goblet_squat"),
        ("power_clean", "kettlebell_swing"),
        ("push_up", "dumbbell_floor_press"),
        ("bench_dip", "band_triceps_pushdown"),
        ("burpee", "mountain_climber"),
        ("barbell_row", "seated_cable_row"),
    ),
    notes=(
        "Keep the wrist straight: dumbbells with a neutral grip, push-ups on handles or fists, "
        "no front-rack or handstand positions this block.",
    ),
    referral="See a doctor if the wrist is swollen after a fall, or your fingers tingle at night.",
)

JOINTS = (_BACK, _KNEE, _SHOULDER, _ANKLE, _HIP, _WRIST)
