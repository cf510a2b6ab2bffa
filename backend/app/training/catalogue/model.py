"""The shape of one entry of the exercise library.

An entry is a `Movement`: a frozen dataclass built once from the data files (`entries.py`), so
the rest of the engine reads plain, typed attributes.
"""

from dataclasses import dataclass, field

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

LOADING_EQUIPMENT = frozenset(
    {
        Equipment.BARBELL,
        Equipment.DUMBBELLS,
        Equipment.KETTLEBELL,
        Equipment.CABLE,
        Equipment.MACHINE,
        Equipment.SLED,
        Equipment.MEDICINE_BALL,
    }
)
"""Equipment that adds an external load that can be progressed."""


@dataclass(frozen=True, slots=True, eq=False)
class Movement:
    """An exercise a coach has written up once, to be dosed many times by the planner.

    Attributes:
        id: Stable snake_case id, stored in plans: never rename one, add a new entry instead.
        name: What the athlete reads.
        pattern: The movement pattern; substitutes are found within a pattern.
        quality: What it trains by nature; picks the dosage table.
        level: The least experience needed; beginners only get beginner entries.
        dose: Whether a set is counted in reps, seconds or metres.
        equipment: Everything needed at once; empty means bodyweight.
        sports: Sports whose plans may use it.
        muscles: Primary muscles, for weekly sets per muscle.
        cues: Two or three coaching cues, in our own words.
        impact: High impact (jumps, sprints, skipping) is left out for people over 65.
        skills: Skill goals this movement is a progression towards.
        modality: For CrossFit workouts: monostructural, gymnastics or weightlifting.
        contact: Sparring: advanced athletes aged 16-64 only, always supervised.
        straight_arm: Straight-arm strength and support (levers, planche, L-sit, handstands):
            hard on elbows and wrists, so at most three non-consecutive days a week.
        per_side: One side at a time (a split squat, a side plank, a calf stretch): the reps or
            seconds are for each side, so the set takes twice as long.
        loaded: Derived: an external load can be added and progressed (bar, bells, cable...).

    Movements compare by identity (each is written once), which keeps them cheap to hash in
    the planner's caches.
    """

    id: str
    name: str
    pattern: Pattern
    quality: Quality
    level: Level
    dose: DoseUnit
    equipment: frozenset[Equipment]
    sports: frozenset[Sport]
    muscles: tuple[Muscle, ...]
    cues: str
    impact: Impact = Impact.LOW
    skills: frozenset[Goal] = field(default_factory=frozenset)
    modality: Modality | None = None
    contact: bool = False
    straight_arm: bool = False
    per_side: bool = False
    loaded: bool = field(init=False)

    def __post_init__(self) -> None:
        """Derive `loaded` once, since selection asks it thousands of times per plan."""
        object.__setattr__(self, "loaded", bool(self.equipment & LOADING_EQUIPMENT))
