"""Short names that keep the catalogue modules readable as tables.

Only the catalogue modules use these; the rest of the engine spells the enums out.
"""

from collections.abc import Iterable

from app.training.catalogue.model import STRENGTH_SPORTS, Movement
from app.training.contract.vocabulary import (
    DoseUnit,
    Equipment,
    Goal,
    Impact,
    Level,
    Modality,
    Muscle,
    Pattern,
    Quality,
    Sport,
)

BEG, INT, ADV = Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED
REPS, TIME, DIST = DoseUnit.REPS, DoseUnit.TIME, DoseUnit.DISTANCE
HIGH = Impact.HIGH
MONO, GYMN, WL = Modality.MONOSTRUCTURAL, Modality.GYMNASTICS, Modality.WEIGHTLIFTING

BB, DB, KB = Equipment.BARBELL, Equipment.DUMBBELLS, Equipment.KETTLEBELL
BAR, RINGS, PLL, DIP = (
    Equipment.PULL_UP_BAR,
    Equipment.RINGS,
    Equipment.PARALLETTES,
    Equipment.DIP_STATION,
)
BENCH, RACK, CABLE, MACHINE = Equipment.BENCH, Equipment.RACK, Equipment.CABLE, Equipment.MACHINE
BANDS, ROPE, BAG, PADS, BOX = (
    Equipment.BANDS,
    Equipment.JUMP_ROPE,
    Equipment.HEAVY_BAG,
    Equipment.PADS,
    Equipment.BOX,
)
ROWER, BIKE, SKI, TREAD = Equipment.ROWER, Equipment.BIKE, Equipment.SKI_ERG, Equipment.TREADMILL
MB, SLED, WHEEL = Equipment.MEDICINE_BALL, Equipment.SLED, Equipment.AB_WHEEL

QUADS, HAMS, GLUTES, CALVES = Muscle.QUADS, Muscle.HAMSTRINGS, Muscle.GLUTES, Muscle.CALVES
HIP_FLEXORS, ADDUCTORS = Muscle.HIP_FLEXORS, Muscle.ADDUCTORS
CHEST, LATS, UPPER_BACK, LOW_BACK = Muscle.CHEST, Muscle.LATS, Muscle.UPPER_BACK, Muscle.LOWER_BACK
DELTS, BICEPS, TRICEPS, FOREARMS = Muscle.SHOULDERS, Muscle.BICEPS, Muscle.TRICEPS, Muscle.FOREARMS
CORE, OBLIQUES, NECK, CARDIO = Muscle.CORE, Muscle.OBLIQUES, Muscle.NECK, Muscle.HEART_LUNGS

EVERYONE = frozenset(Sport)
LIFTERS = STRENGTH_SPORTS
NOT_RUNNING = EVERYONE - {Sport.RUNNING}
GYM_CF = frozenset({Sport.GYM, Sport.CROSSFIT})
GYM_CF_BOX = frozenset({Sport.GYM, Sport.CROSSFIT, Sport.BOXING})
BODYWEIGHT_SPORTS = frozenset({Sport.CALISTHENICS, Sport.CROSSFIT, Sport.GYM})
BOXING = frozenset({Sport.BOXING})
CROSSFIT = frozenset({Sport.CROSSFIT})
RUNNERS = frozenset({Sport.RUNNING})


def move(
    movement_id: str,
    name: str,
    pattern: Pattern,
    *,
    level: Level,
    muscles: Iterable[Muscle],
    cues: str,
    equipment: Iterable[Equipment] = (),
    quality: Quality = Quality.STRENGTH,
    dose: DoseUnit = REPS,
    sports: Iterable[Sport] = LIFTERS,
    impact: Impact = Impact.LOW,
    skills: Iterable[Goal] = (),
    modality: Modality | None = None,
    contact: bool = False,
) -> Movement:
    """Write one catalogue row; defaults fit a low-impact strength exercise for lifters."""
    return Movement(
        id=movement_id,
        name=name,
        pattern=pattern,
        quality=quality,
        level=level,
        dose=dose,
        equipment=frozenset(equipment),
        sports=frozenset(sports),
        muscles=tuple(muscles),
        cues=cues,
        impact=impact,
        skills=frozenset(skills),
        modality=modality,
        contact=contact,
    )
