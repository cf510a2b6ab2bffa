"""Medical conditions: pregnancy, high blood pressure, diabetes and heart conditions.

These change how hard and how a person trains rather than which joints are spared, and each
comes with a referral: pre-exercise screening (PAR-Q+) sends anyone with a heart condition, high
blood pressure or diabetes to their doctor before vigorous training. Pregnancy follows ACOG
Committee Opinion 804 (2020): moderate exercise is recommended for most, with clearance, no
contact sports or falls risk, no lying flat on the back for long after the first trimester, and
the warning signs to stop. Blood pressure and heart follow ACSM's Guidelines for Exercise
Testing and Prescription (11th ed.): moderate effort, no breath holding, no maximal lifts.
Diabetes follows Colberg et al. 2016 (ADA position statement): check glucose around sessions.
"""

from app.training.limitations.model import Condition, Limitation

__all__ = ["MEDICAL"]

_PREGNANCY = Limitation(
    Condition.PREGNANCY,
    "pregnancy",
    r"\bpregnan\w*|\bexpecting\s+(a\s+)?(baby|twins)|\b\d{1,2}\s+weeks\s+pregnant|\btrimester"
    r"|\bpost[- ]?(partum|natal)|\bjust\s+had\s+a\s+baby",
    avoid=frozenset(
        {
            "sparring",
            "sit_up",
            "v_up",
            "dragon_flag",
            "hollow_hold",
            "toes_to_bar",
            "hanging_leg_raise",
            "ab_wheel_rollout",
            "burpee",
            "box_jump_over",
            "depth_jump",
            "neck_bridge_prep",
            "handstand_kick_up",
            "freestanding_handstand",
            "wall_walk",
        }
    ),
    avoid_patterns=frozenset({"plyometric", "inversion"}),
    substitutions=(
        ("bench_press", "incline_dumbbell_press"),
        ("dumbbell_bench_press", "incline_dumbbell_press"),
        ("sit_up", "bird_dog"),
        ("v_up", "pallof_press"),
        ("hollow_hold", "side_plank"),
        ("dead_bug", "bird_dog"),
        ("hip_thrust", "cable_pull_through"),
        ("burpee", "marching"),
        ("sparring", "pad_work"),
    ),
    notes=(
        "Moderate effort: you can talk in short sentences; no lying flat on your back for "
        "long after the first trimester (incline or side-lying instead), no contact or fall risk.",
        "Stop and call your midwife or doctor for bleeding, dizziness, chest pain, calf pain "
        "or swelling, fluid leaking, or regular painful contractions.",
    ),
    referral="Get your midwife's or doctor's clearance before starting (ACOG 2020).",
    max_rpe=7.0,
    avoid_high_impact=True,
    avoid_contact=True,
    no_max_attempts=True,
)
_BLOOD_PRESSURE = Limitation(
    Condition.HIGH_BLOOD_PRESSURE,
    "high blood pressure",
    r"\bhigh\s+blood\s+pressure|\bhypertens\w*|\bhigh\s+bp\b|\bblood\s+pressure\s+(meds|medication"
    r"|tablets|pills|problems?)",
    avoid_patterns=frozenset({"inversion"}),
    notes=(
        "Breathe out on every effort and never hold your breath under load; strength sets stop "
        "2-3 reps short of failure, with no maximal lifts.",
        "Regular moderate cardio lowers blood pressure; warm up and cool down gradually.",
    ),
    referral="See your doctor before vigorous training, and do not train hard when your resting "
    "blood pressure reads 160/100 or more (ACSM).",
    max_rpe=8.0,
    no_max_attempts=True,
)
_DIABETES = Limitation(
    Condition.DIABETES,
    "diabetes",
    r"\bdiabet\w*|\btype\s*(1|2|one|two|i|ii)\b|\bt[12]d\b|\binsulin|\bprediabet\w*",
    notes=(
        "Check your blood glucose before and after sessions and carry fast carbohydrate; a low "
        "can come hours after training, so check again at bedtime after evening sessions.",
        "Check your feet for blisters after long runs and wear well-fitting shoes.",
    ),
    referral="Ask your doctor how to adjust insulin or tablets around training, and get your "
    "eyes checked before heavy straining if you have retinopathy.",
)
_HEART = Limitation(
    Condition.HEART,
    "heart condition",
    r"\bheart\s+(condition|disease|problems?|attack|failure|surgery|murmur|issues?)|\bcardiac"
    r"|\barrhythmi\w*|\ba[- ]?fib\b|\batrial\s+fibrillation|\bpacemaker|\bstents?\b|\bangina"
    r"|\bbypass\s+surgery",
    avoid=frozenset({"sparring"}),
    notes=(
        "Keep every session moderate (you can talk in short sentences) until your doctor sets "
        "a training heart rate; no all-out intervals, no maximal lifts, no breath holding.",
        "Stop at once and seek care for chest pain, unusual breathlessness, palpitations or "
        "feeling faint.",
    ),
    referral="See your doctor or cardiologist before starting; cardiac rehabilitation is the "
    "safest way back after a heart event (PAR-Q+).",
    max_rpe=6.0,
    avoid_contact=True,
    no_max_attempts=True,
)

MEDICAL = (_PREGNANCY, _BLOOD_PRESSURE, _DIABETES, _HEART)
