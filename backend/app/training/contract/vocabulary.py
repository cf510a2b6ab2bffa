"""The words of the training engine, shared by the plan schema and the exercise library.

Every name is one a coach already uses. The enums are `StrEnum`s so they serialise as plain
strings in the stored plan and in OpenAPI.
"""

from enum import StrEnum
from typing import Literal

MIN_AGE, MAX_AGE = 13, 100
"""Whom CoachX writes plans for: 13 to 100 years old."""
ADULT_AGE, OLDER_AGE = 18, 65
"""Age bands: 13-17 teen, 18-64 adult, 65 and over older adult (see `age_band`)."""
MIN_DAYS, MAX_DAYS = 1, 7
"""Training days per week."""
GOALS_MAX_CHARS = 200

KnowledgeSport = Literal["general", "running", "boxing", "crossfit", "calisthenics", "gym"]
"""What a knowledge document is about: one of the sports, or all of them ("general")."""


class Sport(StrEnum):
    """The sports CoachX writes plans for."""

    BOXING = "boxing"
    CROSSFIT = "crossfit"
    GYM = "gym"
    CALISTHENICS = "calisthenics"
    RUNNING = "running"


class Level(StrEnum):
    """Training experience; an exercise's level is the least experience it asks for."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @property
    def rank(self) -> int:
        """0, 1, 2: lets rules say "at or below the athlete's level"."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.BEGINNER: 0, Level.INTERMEDIATE: 1, Level.ADVANCED: 2}


class AgeBand(StrEnum):
    """Age groups with their own safety rules: teens (13-17) and older adults (65+)."""

    TEEN = "teen"
    ADULT = "adult"
    OLDER = "older"


def age_band(age: int) -> "AgeBand":
    """13-17 teen, 18-64 adult, 65 and over older adult."""
    if age < ADULT_AGE:
        return AgeBand.TEEN
    return AgeBand.OLDER if age >= OLDER_AGE else AgeBand.ADULT


class Equipment(StrEnum):
    """Equipment an athlete can have; bodyweight is always available and needs none."""

    BODYWEIGHT = "bodyweight"
    BARBELL = "barbell"
    DUMBBELLS = "dumbbells"
    KETTLEBELL = "kettlebell"
    PULL_UP_BAR = "pull_up_bar"
    RINGS = "rings"
    PARALLETTES = "parallettes"
    DIP_STATION = "dip_station"
    BENCH = "bench"
    RACK = "rack"
    CABLE = "cable"
    MACHINE = "machine"
    BANDS = "bands"
    JUMP_ROPE = "jump_rope"
    HEAVY_BAG = "heavy_bag"
    PADS = "pads"
    BOX = "box"
    ROWER = "rower"
    BIKE = "bike"
    SKI_ERG = "ski_erg"
    TREADMILL = "treadmill"
    MEDICINE_BALL = "medicine_ball"
    SLED = "sled"
    AB_WHEEL = "ab_wheel"


class Phase(StrEnum):
    """Where a week sits in the periodization: base → build → peak, with deloads and a taper."""

    BASE = "base"
    BUILD = "build"
    PEAK = "peak"
    DELOAD = "deload"
    TAPER = "taper"


class SessionIntensity(StrEnum):
    """How hard a whole session feels; drives the hard/easy rhythm of the week."""

    RECOVERY = "recovery"
    EASY = "easy"
    MODERATE = "moderate"
    HARD = "hard"


class BlockKind(StrEnum):
    """The parts of a session, in the order they are run."""

    WARM_UP = "warm_up"
    MAIN = "main"
    CONDITIONING = "conditioning"
    COOL_DOWN = "cool_down"


class BlockFormat(StrEnum):
    """How the exercises of a block are performed.

    straight: all sets of one exercise, then the next. circuit: one set of each in turn.
    rounds: timed rounds with a fixed rest (boxing). intervals: repeats with recoveries.
    continuous: one steady effort (a run, a flow). amrap/emom/for_time/tabata: CrossFit formats;
    for AMRAP `sets` is the target number of rounds, for EMOM the minutes given to the exercise.
    """

    STRAIGHT = "straight"
    CIRCUIT = "circuit"
    ROUNDS = "rounds"
    INTERVALS = "intervals"
    CONTINUOUS = "continuous"
    AMRAP = "amrap"
    EMOM = "emom"
    FOR_TIME = "for_time"
    TABATA = "tabata"


class Goal(StrEnum):
    """Intents read from the athlete's free-text goals (see `goals.py`)."""

    STRENGTH = "strength"
    MUSCLE = "muscle"
    FAT_LOSS = "fat_loss"
    ENDURANCE = "endurance"
    MOBILITY = "mobility"
    FIGHT = "fight"
    COMPETITION = "competition"
    RACE = "race"
    HYROX = "hyrox"
    RACE_5K = "5k"
    RACE_10K = "10k"
    HALF_MARATHON = "half_marathon"
    MARATHON = "marathon"
    MUSCLE_UP = "muscle_up"
    HANDSTAND = "handstand"
    PULL_UP = "pull_up"
    FRONT_LEVER = "front_lever"
    PLANCHE = "planche"
    PISTOL_SQUAT = "pistol_squat"
    L_SIT = "l_sit"


EVENT_GOALS = frozenset(
    {
        Goal.FIGHT,
        Goal.COMPETITION,
        Goal.RACE,
        Goal.HYROX,
        Goal.RACE_5K,
        Goal.RACE_10K,
        Goal.HALF_MARATHON,
        Goal.MARATHON,
    }
)
"""Goals with a date to arrive fresh at: they earn a taper."""

SKILL_GOALS = frozenset(
    {
        Goal.MUSCLE_UP,
        Goal.HANDSTAND,
        Goal.PULL_UP,
        Goal.FRONT_LEVER,
        Goal.PLANCHE,
        Goal.PISTOL_SQUAT,
        Goal.L_SIT,
    }
)
"""Goals that are a movement to learn: they get progressions in the sessions that suit them."""

RACE_GOALS = (Goal.MARATHON, Goal.HALF_MARATHON, Goal.RACE_10K, Goal.RACE_5K)
"""Race distances, longest first: the longest one named shapes a running plan."""


class Pattern(StrEnum):
    """Movement patterns: the unit of substitution and of the "no heavy repeats" rule."""

    SQUAT = "squat"
    HINGE = "hinge"
    LUNGE = "lunge"
    HORIZONTAL_PUSH = "horizontal_push"
    HORIZONTAL_PULL = "horizontal_pull"
    VERTICAL_PUSH = "vertical_push"
    VERTICAL_PULL = "vertical_pull"
    OLYMPIC = "olympic"
    CARRY = "carry"
    ANTI_EXTENSION = "anti_extension"
    ANTI_ROTATION = "anti_rotation"
    COMPRESSION = "compression"
    INVERSION = "inversion"
    ARM_FLEXION = "arm_flexion"
    ARM_EXTENSION = "arm_extension"
    SHOULDER = "shoulder"
    KNEE_FLEXION = "knee_flexion"
    CALF = "calf"
    PLYOMETRIC = "plyometric"
    THROW = "throw"
    RUN = "run"
    AEROBIC = "aerobic"
    CONDITIONING = "conditioning"
    BOXING_SKILL = "boxing_skill"
    FOOTWORK = "footwork"
    NECK = "neck"
    MOBILITY = "mobility"
    BALANCE = "balance"


HEAVY_PATTERNS = frozenset(
    {
        Pattern.SQUAT,
        Pattern.HINGE,
        Pattern.LUNGE,
        Pattern.HORIZONTAL_PUSH,
        Pattern.HORIZONTAL_PULL,
        Pattern.VERTICAL_PUSH,
        Pattern.VERTICAL_PULL,
        Pattern.OLYMPIC,
    }
)
"""Patterns that can be loaded heavily and so need a day between heavy sessions."""


class Quality(StrEnum):
    """What an exercise trains by nature; it picks the dosage table the planner uses."""

    STRENGTH = "strength"
    POWER = "power"
    SKILL = "skill"
    AEROBIC = "aerobic"
    SPEED = "speed"
    CONDITIONING = "conditioning"
    STABILITY = "stability"
    MOBILITY = "mobility"


class Impact(StrEnum):
    """High impact: jumps, landings, sprints and skipping; left out for people over 65."""

    LOW = "low"
    HIGH = "high"


class DoseUnit(StrEnum):
    """How a set is counted."""

    REPS = "reps"
    TIME = "time"
    DISTANCE = "distance"


class Modality(StrEnum):
    """CrossFit's three modalities, used to build balanced workouts of the day."""

    MONOSTRUCTURAL = "monostructural"
    GYMNASTICS = "gymnastics"
    WEIGHTLIFTING = "weightlifting"


class Muscle(StrEnum):
    """Primary muscles, coarse on purpose: enough to count weekly sets per muscle group."""

    QUADS = "quads"
    HAMSTRINGS = "hamstrings"
    GLUTES = "glutes"
    CALVES = "calves"
    HIP_FLEXORS = "hip_flexors"
    ADDUCTORS = "adductors"
    CHEST = "chest"
    LATS = "lats"
    UPPER_BACK = "upper_back"
    LOWER_BACK = "lower_back"
    SHOULDERS = "shoulders"
    BICEPS = "biceps"
    TRICEPS = "triceps"
    FOREARMS = "forearms"
    CORE = "core"
    OBLIQUES = "obliques"
    NECK = "neck"
    HEART_LUNGS = "heart_lungs"


class SessionKind(StrEnum):
    """A day of training, or the event the plan leads to (a race, a fight, a meet, a test)."""

    TRAINING = "training"
    EVENT = "event"


class EventKind(StrEnum):
    """What a plan can lead to; the event's day is a session of kind `event`."""

    RACE = "race"
    FIGHT = "fight"
    MEET = "meet"
    TEST = "test"
    OTHER = "other"


class Weekday(StrEnum):
    """The days a person trains on, Monday first as in ISO 8601."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def iso_index(self) -> int:
        """0 for Monday to 6 for Sunday, as `date.weekday()` counts."""
        return _ISO_INDEX[self]


_ISO_INDEX = {day: index for index, day in enumerate(Weekday)}
"""Looked up, not searched: the calendar asks for it thousands of times a plan."""
