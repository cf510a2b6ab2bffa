"""Warm-ups written for the day's work, and cool-downs of five minutes or more.

A warm-up follows the RAMP protocol (Jeffreys 2007, *Professional Strength and Conditioning*
6: 12-18): **raise** the temperature with five minutes of easy cardio suited to the sport and kit
(a row or bike in the gym, a skipping rope for boxers, an easy jog), then **activate and
mobilise** what the day's main patterns need (ankles, hips and a goblet squat before squats; hip
hinge drills and glute bridges before deadlifts; shoulder and scapular work before presses),
then **potentiate**: ramp sets of the day's first heavy barbell lift (`dosing/ramp.py`). Boxing
days rehearse at half pace (shadowboxing footwork); easy and recovery days need only a few
drills, since their work is itself easy.

Cool-downs start with an easy walk and hold each stretch a minute, for at least five minutes
(ACSM, *Guidelines for Exercise Testing and Prescription*, 11th ed., 2021: a cool-down of 5-10
minutes), each side of a one-sided stretch counted.
"""

from typing import NamedTuple

from app.training.assembly import plan_parts
from app.training.assembly.drafts import Built, DraftBlock, Piece
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue.model import Movement
from app.training.contract.session_rules import COOL_S
from app.training.contract.vocabulary import (
    HEAVY_PATTERNS,
    BlockFormat,
    BlockKind,
    DoseUnit,
    Pattern,
    Phase,
    Sport,
)
from app.training.dosing.dose import Dose, uses_percent
from app.training.dosing.lifts import LIGHTER_SETS_NOTE
from app.training.dosing.preparation import activation
from app.training.dosing.prescription import prescribe
from app.training.dosing.ramp import ramp
from app.training.memo import memoised
from app.training.programming.day_templates import DayKind
from app.training.programming.exercise_choice import Slot, pick
from app.training.programming.roles import Role

P = Pattern
WARMING = (P.AEROBIC, P.CONDITIONING, P.FOOTWORK)
PATTERNS_PREPARED = 2
"""A warm-up prepares the day's first two main patterns: more would make it a session."""
RAMPED_NOTE = "Main lift: the ramp sets at the end of the warm-up lead up to it."


def _prep(*prefer: str, patterns: tuple[Pattern, ...] = (P.MOBILITY,)) -> Slot:
    """A warm-up or cool-down slot: the first of `prefer` the athlete can do."""
    return Slot(Role.MOBILITY, patterns, prefer)


class Preparation(NamedTuple):
    """What one movement pattern needs before it is loaded: a mobility drill, an activation."""

    mobilise: Slot
    activate: Slot


RAISES = {
    Sport.GYM: _prep("easy_row", "easy_bike", "incline_walk", "marching", patterns=WARMING),
    Sport.CROSSFIT: _prep("easy_row", "easy_bike", "jump_rope", "marching", patterns=WARMING),
    Sport.BOXING: _prep("jump_rope", "easy_jog", "marching", patterns=WARMING),
    Sport.CALISTHENICS: _prep("easy_jog", "jumping_jacks", "marching", patterns=WARMING),
    Sport.RUNNING: _prep("easy_jog", "brisk_walk", "marching", patterns=WARMING),
}
"""Five minutes of easy cardio with the sport's own kit (row or bike, rope, a jog)."""
PREPARATIONS = {
    P.SQUAT: Preparation(
        _prep("ankle_rocks", "adductor_rock", "deep_squat_hold"),
        _prep("goblet_squat", "kettlebell_goblet_squat", "air_squat"),
    ),
    P.HINGE: Preparation(_prep("hip_hinge_drill", "cat_cow"), _prep("glute_bridge", "bird_dog")),
    P.LUNGE: Preparation(
        _prep("worlds_greatest_stretch", "hip_90_90"), _prep("glute_bridge", "band_monster_walk")
    ),
    P.OLYMPIC: Preparation(
        _prep("worlds_greatest_stretch", "ankle_rocks"), _prep("air_squat", "glute_bridge")
    ),
    P.HORIZONTAL_PUSH: Preparation(
        _prep("thoracic_open_book", "arm_circles"), _prep("scapular_push_up", "band_pull_apart")
    ),
    P.VERTICAL_PUSH: Preparation(
        _prep("band_dislocates", "arm_circles"), _prep("scapular_push_up", "band_pull_apart")
    ),
    P.HORIZONTAL_PULL: Preparation(
        _prep("thoracic_open_book", "cat_cow"), _prep("band_pull_apart", "prone_ytw")
    ),
    P.VERTICAL_PULL: Preparation(
        _prep("band_dislocates", "arm_circles"), _prep("scapular_pull_up", "prone_ytw")
    ),
    P.INVERSION: Preparation(_prep("wrist_prep", "arm_circles"), _prep("scapular_push_up")),
    P.PLYOMETRIC: Preparation(_prep("ankle_rocks", "leg_swings"), _prep("glute_bridge")),
    P.BOXING_SKILL: Preparation(
        _prep("neck_mobility", "arm_circles"),
        _prep("shadowboxing", "footwork_drill", patterns=(P.BOXING_SKILL, P.FOOTWORK)),
    ),
}
"""Mobility for the joints a pattern loads, then one light set that switches it on."""
LIGHT_DAYS = {
    DayKind.EASY: (_prep("cat_cow", "hip_circles"), _prep("arm_circles", "ankle_rocks")),
    DayKind.RECOVERY: (_prep("cat_cow", "hip_circles"), _prep("ankle_rocks", "arm_circles")),
    DayKind.ROADWORK: (
        _prep("easy_jog", "brisk_walk", patterns=(P.RUN, P.AEROBIC)),
        _prep("leg_swings", "hip_circles"),
        _prep("a_skip", "butt_kicks", "carioca"),
    ),
}
"""Days whose work is easy aerobic or running get drills only; the run is the raise."""
SHOULDERS_AND_HIPS = _prep("arm_circles", "hip_circles")
"""Punches start at the feet and turn through the hips into the shoulders."""
WRIST_PREP = _prep("wrist_prep")
"""Calisthenics puts the body's weight on the hands: wrists first, whatever the day."""

SETTLE = _prep("walk_cool_down", "brisk_walk", "marching", patterns=(P.AEROBIC,))
COOL_DOWNS: dict[DayKind, tuple[Slot, ...]] = {
    DayKind.STRENGTH: (SETTLE, _prep("couch_stretch", "pigeon_stretch"), _prep("childs_pose")),
    DayKind.BOXING: (
        SETTLE,
        _prep("doorway_chest_stretch", "childs_pose"),
        _prep("box_breathing"),
    ),
    DayKind.ROADWORK: (SETTLE, _prep("calf_stretch"), _prep("hamstring_stretch", "couch_stretch")),
    DayKind.EASY: (SETTLE, _prep("pigeon_stretch", "hamstring_stretch"), _prep("box_breathing")),
    DayKind.RECOVERY: (SETTLE, _prep("pigeon_stretch", "childs_pose"), _prep("box_breathing")),
}
"""Every cool-down starts with three minutes of easy walking and holds each stretch a minute."""
SETTLE_S, STRETCH_S = 180, 60
_ANY = Stage(Phase.BASE, 0)
"""Warm-up doses do not depend on the week; any stage will do."""


def day_patterns(main: list[Piece]) -> tuple[Pattern, ...]:
    """The patterns a warm-up prepares: the day's heavy patterns first, in the order lifted."""
    found = [p.movement.pattern for p in main if p.movement.pattern in PREPARATIONS]
    ordered = sorted(dict.fromkeys(found), key=lambda pattern: pattern not in HEAVY_PATTERNS)
    return tuple(ordered[:PATTERNS_PREPARED])


def _slots(athlete: Athlete, kind: DayKind, patterns: tuple[Pattern, ...]) -> list[Slot]:
    """Raise, then mobilise and activate each pattern (a boxing day rehearses its own)."""
    if kind in LIGHT_DAYS:
        return list(LIGHT_DAYS[kind])
    slots = [RAISES[athlete.sport]]
    if kind is DayKind.BOXING:
        slots.append(SHOULDERS_AND_HIPS)
        patterns = (P.BOXING_SKILL,)
    if athlete.sport is Sport.CALISTHENICS:
        slots.append(WRIST_PREP)
    for pattern in patterns:
        slots.extend(PREPARATIONS[pattern])
    return slots


@memoised(2048)
def _preparation(
    athlete: Athlete, kind: DayKind, patterns: tuple[Pattern, ...], taken: frozenset[str]
) -> tuple[Piece, ...]:
    """The raise, mobility and activation pieces, none of them an exercise of the main work."""
    used = set(taken)
    pieces: list[Piece] = []
    for slot in _slots(athlete, kind, patterns):
        movement = pick(slot, athlete, 0, used)
        if movement is None:
            continue
        used.add(movement.id)
        if slot in ACTIVATIONS:
            dose = activation(movement, athlete)
        else:
            dose = prescribe(movement, Role.MOBILITY, athlete, _ANY)
        pieces.append(Piece(movement, dose))
    return tuple(pieces)


def first_heavy_lift(main: list[Piece]) -> Piece | None:
    """The day's first barbell lift counted in reps: the one a lifter ramps up to."""
    return next(
        (
            p
            for p in main
            if uses_percent(p.movement)
            and p.unit is DoseUnit.REPS
            and p.movement.pattern in HEAVY_PATTERNS
        ),
        None,
    )


def warm_up(
    athlete: Athlete, kind: DayKind, main: list[Piece], used: set[str]
) -> tuple[DraftBlock, list[Piece]]:
    """The day's warm-up for its main work, and the main work with its ramp noted.

    Args:
        athlete: Whose session it is (sport, kit, age and limitations pick the drills).
        kind: The kind of day (boxing, strength, easy ...).
        main: The main block's pieces, already dosed and loaded for the week.
        used: Every exercise of the session's work, which the warm-up does not repeat.

    Returns:
        The warm-up block, ramp sets last, and `main` with the ramped lift's note pointing to
        them instead of asking for lighter sets of its own.
    """
    pieces = list(_preparation(athlete, kind, day_patterns(main), frozenset(used)))
    lift = first_heavy_lift(main) if kind is DayKind.STRENGTH else None
    if lift is not None:
        pieces += [Piece(lift.movement, dose) for dose in ramp(lift.dose, athlete, lift.movement)]
        note = lift.dose.note.replace(LIGHTER_SETS_NOTE, RAMPED_NOTE)
        ramped = Piece(lift.movement, lift.dose._replace(note=note))
        main = [ramped if p is lift else p for p in main]
    return DraftBlock(BlockKind.WARM_UP, tuple(pieces), BlockFormat.CIRCUIT), main


def _cool_down_dose(dose: Dose, movement: Movement, settling: bool) -> Dose:
    """Walk three minutes, then hold each stretch at least a minute."""
    if movement.dose is not DoseUnit.TIME:
        return dose
    if settling:
        return dose._replace(amount=SETTLE_S, intensity="Easy walk: let the breathing settle")
    if dose.sets == 1 and dose.amount < STRETCH_S:
        return dose._replace(amount=STRETCH_S)
    return dose


def _timed_s(piece: Piece) -> int:
    """Seconds of a timed piece, both sides of a one-sided stretch counted."""
    if piece.unit is not DoseUnit.TIME:
        return 0
    return piece.dose.sets * piece.dose.amount * (2 if piece.movement.per_side else 1)


@memoised(512)
def cool_down(athlete: Athlete, kind: DayKind) -> Built:
    """The athlete's cool-down for a kind of day, five minutes at least; built once."""
    used: set[str] = set()
    pieces: list[Piece] = []
    for slot in COOL_DOWNS[kind]:
        movement = pick(slot, athlete, 0, used)
        if movement is not None:
            used.add(movement.id)
            dose = prescribe(movement, Role.MOBILITY, athlete, _ANY)
            pieces.append(Piece(movement, _cool_down_dose(dose, movement, slot is SETTLE)))
    if pieces and pieces[0].unit is DoseUnit.TIME:
        short = max(0, COOL_S - sum(_timed_s(p) for p in pieces))
        walk = pieces[0]
        pieces[0] = Piece(walk.movement, walk.dose._replace(amount=walk.dose.amount + short))
    draft = DraftBlock(BlockKind.COOL_DOWN, tuple(pieces), BlockFormat.CIRCUIT)
    return plan_parts.built(draft, athlete)


ACTIVATIONS = frozenset(preparation.activate for preparation in PREPARATIONS.values())
