"""Choosing the exercise for a slot: safe for this athlete first, then the coach's preference.

A slot names a role and the movement patterns that can fill it, best first. A movement is
*allowed* when the athlete's level, kit, age and sport permit it; among allowed movements, the
slot's preferred ids come first, then loaded ones (for lifting roles), then those closest to the
athlete's level. Rotation between the two best candidates gives variety from block to block
without ever leaving the best options; a skill never rotates to a lower rung of its ladder.
Everything is deterministic: the same inputs, the same choice.
"""

from collections.abc import Callable
from dataclasses import dataclass

from app.training import limitations
from app.training.athlete.resolved import Athlete
from app.training.catalogue import BY_ID, BY_PATTERN, Movement, ladders
from app.training.contract.vocabulary import (
    Goal,
    Impact,
    Level,
    Modality,
    Pattern,
    Phase,
    Quality,
    Sport,
)
from app.training.memo import memoised
from app.training.programming.crossfit_caps import ruled_out
from app.training.programming.roles import Role

ROTATION = 2
"""Blocks alternate between the two best candidates for a slot."""

ROLE_QUALITIES: dict[Role, frozenset[Quality]] = {
    Role.PRIMARY: frozenset({Quality.STRENGTH}),
    Role.SECONDARY: frozenset({Quality.STRENGTH}),
    Role.ACCESSORY: frozenset({Quality.STRENGTH, Quality.STABILITY}),
    Role.CORE: frozenset({Quality.STABILITY}),
    Role.POWER: frozenset({Quality.POWER}),
    Role.SKILL: frozenset({Quality.SKILL, Quality.STRENGTH, Quality.POWER, Quality.STABILITY}),
    Role.ROUNDS: frozenset({Quality.SKILL}),
    Role.FIGHT_ROUNDS: frozenset({Quality.SKILL}),
    Role.AEROBIC: frozenset({Quality.AEROBIC}),
    Role.RECOVERY: frozenset({Quality.AEROBIC}),
    Role.SPEED: frozenset({Quality.SPEED}),
    Role.FINISHER: frozenset({Quality.CONDITIONING, Quality.POWER}),
    Role.MOBILITY: frozenset(Quality),
}
LIFTING_ROLES = frozenset({Role.PRIMARY, Role.SECONDARY, Role.ACCESSORY})


@dataclass(frozen=True, slots=True, eq=False)
class Slot:
    """A place in a session for one exercise.

    Attributes:
        role: What the exercise does there; decides its dosage.
        patterns: Patterns that can fill the slot, best first.
        prefer: Exercise ids to try first, in order.
        qualities: Qualities accepted; None means the role's usual ones.
        skill: Only movements that progress towards this skill.
        min_level: The slot only appears from this level up (more work for the experienced).
        phases: The slot only appears in these loading phases (e.g. sparring in build/peak).
        modality: Only movements of this CrossFit modality.
        any_sport: Accept movements from any sport (skill goals cross sports: a runner may
            want a handstand).
        contact: A partner drill with head contact (sparring): it appears only for athletes
            who may spar, so nobody else gets a stand-in drill in its place.

    Slots are written once, as constants, and compare by identity: cheap cache keys.
    """

    role: Role
    patterns: tuple[Pattern, ...]
    prefer: tuple[str, ...] = ()
    qualities: frozenset[Quality] | None = None
    skill: Goal | None = None
    min_level: Level = Level.BEGINNER
    phases: frozenset[Phase] | None = None
    modality: Modality | None = None
    any_sport: bool = False
    contact: bool = False

    def applies(self, athlete: Athlete, phase: Phase) -> bool:
        """Whether the slot is part of this athlete's session in a week of this loading phase."""
        if athlete.level.rank < self.min_level.rank or (self.contact and not athlete.may_spar):
            return False
        return self.phases is None or phase in self.phases


def allowed(movement: Movement, athlete: Athlete, any_sport: bool = False) -> bool:
    """Safe and possible: level, kit, sport, impact and CrossFit caps (65+), contact, injuries."""
    return (
        movement.level.rank <= athlete.level.rank
        and movement.equipment <= athlete.equipment
        and (any_sport or athlete.sport in movement.sports)
        and not (athlete.older and movement.impact is Impact.HIGH)
        and not ruled_out(movement, athlete)
        and not (movement.contact and not athlete.may_spar)
        and suits_limitations(movement, athlete)
    )


def suits_limitations(movement: Movement, athlete: Athlete) -> bool:
    """No limitation of the athlete rules the movement out (by id, pattern, impact, contact)."""
    return not athlete.limitations or limitations.allows(
        athlete.limitations,
        movement.id,
        movement.pattern.value,
        high_impact=movement.impact is Impact.HIGH,
        contact=movement.contact,
    )


def _preferred(slot: Slot, athlete: Athlete) -> list[Movement]:
    """The slot's preferred movements, each swapped for a physio's substitute when ruled out.

    A substitute keeps to the slot's patterns, so the week's heavy patterns stay spread out.
    """
    found: list[Movement] = []
    for movement_id in slot.prefer:
        swap = limitations.substitute(athlete.limitations, movement_id)
        options = [BY_ID[i] for i in (movement_id, swap or "") if i in BY_ID]
        options = [m for m in options if m.id == movement_id or m.pattern in slot.patterns]
        usable = [m for m in options if allowed(m, athlete, slot.any_sport) and _fits(m, slot)]
        if usable and usable[0] not in found:
            found.append(usable[0])
    return found


def _fits(movement: Movement, slot: Slot) -> bool:
    """Whether a movement can do the slot's job (quality, skill, modality)."""
    qualities = slot.qualities or ROLE_QUALITIES[slot.role]
    return (
        movement.quality in qualities
        and (slot.skill is None or slot.skill in movement.skills)
        and (slot.modality is None or movement.modality is slot.modality)
    )


@memoised(4096)
def candidates(slot: Slot, athlete: Athlete) -> tuple[Movement, ...]:
    """Allowed movements for the slot, best first; cached, since a plan asks the same often."""
    preferred = _preferred(slot, athlete)
    for pattern in slot.patterns:
        others = [
            m
            for m in BY_PATTERN[pattern]
            if m not in preferred and allowed(m, athlete, slot.any_sport) and _fits(m, slot)
        ]
        if preferred or others:
            return tuple(preferred + sorted(others, key=_ranking(slot, athlete)))
    return tuple(preferred)


def _ranking(slot: Slot, athlete: Athlete) -> Callable[[Movement], tuple[bool, int, str]]:
    """Sort key: loaded first for lifting roles (easy to progress), then closest level, then id."""
    wants_load = slot.role in LIFTING_ROLES and athlete.sport is not Sport.CALISTHENICS

    def key(movement: Movement) -> tuple[bool, int, str]:
        return (
            wants_load and not movement.loaded,
            athlete.level.rank - movement.level.rank,
            movement.id,
        )

    return key


@memoised(1024)
def candidates_across(slot: Slot, athlete: Athlete) -> tuple[Movement, ...]:
    """Allowed movements for the slot from all its patterns at once (for varied workouts)."""
    found = [
        m
        for pattern in slot.patterns
        for m in BY_PATTERN[pattern]
        if allowed(m, athlete, slot.any_sport) and _fits(m, slot)
    ]
    return tuple(sorted(found, key=lambda m: (athlete.level.rank - m.level.rank, m.id)))


@memoised(8192)
def choose(
    slots: tuple[Slot, ...], athlete: Athlete, phase: Phase, variant: int, used: frozenset[str]
) -> tuple[tuple[Movement, Role], ...]:
    """Fill a run of slots for a week of `phase`, without repeating an exercise.

    Cached: every week of a block asks the same question, so it is answered once per block.
    """
    taken = set(used)
    chosen: list[tuple[Movement, Role]] = []
    for slot in slots:
        if not slot.applies(athlete, phase):
            continue
        movement = pick(slot, athlete, variant, taken)
        if movement is not None:
            taken.add(movement.id)
            chosen.append((movement, slot.role))
    return tuple(chosen)


def pick(slot: Slot, athlete: Athlete, variant: int, used: set[str]) -> Movement | None:
    """The movement for the slot, rotating by `variant`, skipping ids already in the session."""
    options = [m for m in candidates(slot, athlete) if m.id not in used]
    if not options:
        return None
    if slot.role is Role.PRIMARY:  # the lift the athlete is chasing stays in every block
        goal = next((m for m in options if m.id in athlete.goal_lifts), None)
        if goal is not None:
            return goal
    first = _class(options[0], slot, athlete)
    pool = [m for m in options[:ROTATION] if _class(m, slot, athlete) == first]
    if slot.role is Role.SKILL:  # a skill never rotates back down its ladder
        pool = [m for m in pool if not any(ladders.below(m.id, other.id) for other in pool)]
    return pool[variant % len(pool)]


def _class(movement: Movement, slot: Slot, athlete: Athlete) -> tuple[bool, bool]:
    """Rotation stays within a class: preferred or not, loaded or not (for lifting roles).

    So a goblet squat never rotates to an air squat just because the bells are the only
    preferred option: the bodyweight squat is a substitute, not a variation.
    """
    wants_load = slot.role in LIFTING_ROLES and athlete.sport is not Sport.CALISTHENICS
    return movement.id in slot.prefer, wants_load and movement.loaded
