"""Running: easy and long aerobic running, quality sessions and running drills.

Every run is dosed in metres so a week's running volume is one number the 10% rule can check.
Paces follow effort, not the watch: zones and RPE (see docs/training.md); intensity terms follow
Daniels' Running Formula (easy, marathon, threshold, interval, repetition).
"""

from app.training.catalogue.shorthand import (
    ADV,
    BEG,
    CALVES,
    CARDIO,
    DIST,
    EVERYONE,
    GLUTES,
    HAMS,
    HIGH,
    HIP_FLEXORS,
    INT,
    QUADS,
    RUNNERS,
    TIME,
    move,
)
from app.training.contract.vocabulary import Pattern, Quality, Sport

AEROBIC, SPEED, MOBILITY = Quality.AEROBIC, Quality.SPEED, Quality.MOBILITY
ROADWORK = RUNNERS | {Sport.BOXING}
LEGS = [CARDIO, QUADS, CALVES]

# fmt: off
RUNS = (
    move(
        "easy_run", "Easy run", Pattern.RUN, level=BEG, quality=AEROBIC, dose=DIST,
        muscles=LEGS, sports=EVERYONE,
        cues="Conversational pace: you can speak in full sentences. Relaxed shoulders, quick "
        "light steps under the hips.",
    ),
    move(
        "recovery_run", "Recovery run", Pattern.RUN, level=BEG, quality=AEROBIC, dose=DIST,
        muscles=LEGS, sports=ROADWORK,
        cues="Slower than easy; it should feel almost too slow. Its job is blood flow, not "
        "fitness.",
    ),
    move(
        "long_run", "Long run", Pattern.RUN, level=BEG, quality=AEROBIC, dose=DIST,
        muscles=LEGS, sports=ROADWORK,
        cues="Easy, steady pace from start to finish; take water every 20-30 minutes on runs over "
        "an hour and walk briefly if you need to.",
    ),
    move(
        "run_walk", "Run/walk", Pattern.RUN, level=BEG, quality=AEROBIC, dose=DIST,
        muscles=LEGS, sports=ROADWORK,
        cues="Alternate 2 minutes of easy jogging with 1 minute of brisk walking; run less and "
        "walk more if you cannot talk while jogging.",
    ),
    move(
        "strides", "Strides", Pattern.RUN, level=BEG, quality=SPEED, dose=DIST, impact=HIGH,
        muscles=LEGS, sports=ROADWORK,
        cues="Build smoothly to about 90% speed over 100 m, stay relaxed, then float; walk back "
        "fully recovered. Speed without strain.",
    ),
    move(
        "fartlek_surges", "Fartlek surges", Pattern.RUN, level=BEG, quality=SPEED, dose=DIST,
        muscles=LEGS, sports=ROADWORK,
        cues="Inside an easy run, pick up to a comfortably hard effort for the surge, then jog "
        "easily until your breathing settles.",
    ),
    move(
        "hill_repeats", "Hill repeats", Pattern.RUN, level=INT, quality=SPEED, dose=DIST,
        muscles=[CARDIO, GLUTES, CALVES], sports=ROADWORK,
        cues="Run up a moderate hill at a strong effort with a tall posture and driving arms; "
        "jog or walk back down as the recovery.",
    ),
    move(
        "hill_sprints", "Hill sprints", Pattern.RUN, level=ADV, quality=SPEED, dose=DIST,
        impact=HIGH, muscles=[GLUTES, CALVES, HAMS], sports=ROADWORK,
        cues="8-10 seconds flat out up a steep hill, then walk down and rest fully; builds power "
        "and stiffness with little fatigue.",
    ),
    move(
        "tempo_run", "Tempo run", Pattern.RUN, level=INT, quality=SPEED, dose=DIST,
        muscles=LEGS, sports=ROADWORK,
        cues="Comfortably hard, threshold effort you could hold for about an hour in a race; "
        "controlled breathing, only a few words at a time.",
    ),
    move(
        "cruise_intervals", "Cruise intervals (1 km)", Pattern.RUN, level=INT, quality=SPEED,
        dose=DIST, muscles=LEGS, sports=RUNNERS,
        cues="Threshold pace repeats with short jog recoveries; the same effort as a tempo run, "
        "split up so you can do more of it.",
    ),
    move(
        "intervals_400m", "400 m repeats", Pattern.RUN, level=INT, quality=SPEED, dose=DIST,
        impact=HIGH, muscles=LEGS, sports=ROADWORK,
        cues="Around 3-5 km race pace: fast and controlled, even splits. Jog the recovery; if the "
        "last rep is much slower, stop there next time.",
    ),
    move(
        "intervals_800m", "800 m repeats", Pattern.RUN, level=INT, quality=SPEED, dose=DIST,
        muscles=LEGS, sports=RUNNERS,
        cues="5 km race pace, hard but even; relax the face and hands, keep the cadence quick.",
    ),
    move(
        "intervals_1km", "1 km repeats", Pattern.RUN, level=INT, quality=SPEED, dose=DIST,
        muscles=LEGS, sports=RUNNERS,
        cues="5-10 km race pace; settle into the pace within the first 200 m rather than "
        "sprinting the start.",
    ),
    move(
        "marathon_pace_run", "Marathon-pace segment", Pattern.RUN, level=INT, quality=SPEED,
        dose=DIST, muscles=LEGS, sports=RUNNERS,
        cues="Steady goal marathon pace inside an easy run; practise drinking and fuelling as on "
        "race day.",
    ),
    move(
        "race_pace_run", "Race-pace rehearsal", Pattern.RUN, level=BEG, quality=SPEED,
        dose=DIST, muscles=LEGS, sports=RUNNERS,
        cues="A short stretch at the pace you plan to race: learn how it feels while fresh, and "
        "stop well before it gets hard.",
    ),
)

RUN_PREP = (
    move(
        "easy_jog", "Easy jog", Pattern.RUN, level=BEG, quality=AEROBIC, dose=TIME,
        muscles=LEGS, sports=EVERYONE,
        cues="Very easy jogging to raise the temperature; walk-jog if needed.",
    ),
    move(
        "a_skip", "A-skips", Pattern.MOBILITY, level=BEG, quality=MOBILITY, dose=DIST,
        muscles=[HIP_FLEXORS, CALVES], sports=ROADWORK,
        cues="Skip forward driving one knee to hip height and striking down under the hip; "
        "rhythm before height.",
    ),
    move(
        "butt_kicks", "Butt kicks", Pattern.MOBILITY, level=BEG, quality=MOBILITY, dose=DIST,
        muscles=[HAMS, QUADS], sports=ROADWORK,
        cues="Jog forward flicking the heels up towards the glutes with quick, light contacts.",
    ),
    move(
        "high_knees", "High knees", Pattern.MOBILITY, level=BEG, quality=MOBILITY, dose=DIST,
        impact=HIGH, muscles=[HIP_FLEXORS, CALVES], sports=EVERYONE,
        cues="Quick steps lifting the knees to hip height, tall posture, on the balls of the "
        "feet.",
    ),
    move(
        "leg_swings", "Leg swings", Pattern.MOBILITY, level=BEG, quality=MOBILITY,
        muscles=[HAMS, HIP_FLEXORS], sports=EVERYONE,
        cues="Hold a wall; swing one leg forward and back, then side to side, growing the range "
        "gently. Ten each way per leg.",
    ),
    move(
        "carioca", "Carioca", Pattern.MOBILITY, level=BEG, quality=MOBILITY, dose=DIST,
        muscles=[HIP_FLEXORS, GLUTES], sports=EVERYONE,
        cues="Travel sideways crossing the trailing foot in front, then behind; let the hips "
        "rotate while the shoulders stay square.",
    ),
    move(
        "walk_cool_down", "Easy walk", Pattern.AEROBIC, level=BEG, quality=AEROBIC,
        dose=TIME, muscles=[CARDIO], sports=EVERYONE,
        cues="Walk until your breathing and heart rate settle.",
    ),
)
# fmt: on

MOVEMENTS = RUNS + RUN_PREP
