"""Writing one session from a day template: warm-up, main work, conditioning and cool-down.

Warm-ups raise the temperature and rehearse the day's movements; cool-downs bring the breathing
down and stretch what worked. Both stay the same all plan long, so they are built once per
athlete and shared. Deloads and tapers reuse the week's exercises with less work (`lighten.py`).
"""

import datetime as dt
from dataclasses import replace

from app.training.assembly import crossfit_workouts, plan_parts
from app.training.assembly.deload_weeks import lighten, lighten_rounds
from app.training.assembly.drafts import AthleteWeek, Built, DraftBlock, Piece, SessionHeading
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage, WeekFrame
from app.training.catalogue.model import Movement
from app.training.contract.plan_document import Block, Session
from app.training.contract.vocabulary import (
    BlockFormat,
    BlockKind,
    DoseUnit,
    Pattern,
    Phase,
    SessionIntensity,
    Sport,
)
from app.training.dosing.dose import Dose
from app.training.dosing.effort import capped, within_cap
from app.training.dosing.loads import with_load
from app.training.dosing.prescription import prescribe
from app.training.dosing.strength_test import skill_test, strength_test, tests_this_lift
from app.training.memo import memoised
from app.training.programming import add_ons
from app.training.programming.day_templates import DayKind, DayPlan
from app.training.programming.exercise_choice import Slot, choose, pick
from app.training.programming.roles import Role

P = Pattern
HARD_RPE, MODERATE_RPE = 8.0, 6.0


def _prep(*prefer: str, patterns: tuple[Pattern, ...] = (P.MOBILITY,)) -> Slot:
    """A warm-up or cool-down slot: the first of `prefer` the athlete can do."""
    return Slot(Role.MOBILITY, patterns, prefer)


RAISE = _prep(
    "easy_row",
    "easy_bike",
    "jump_rope",
    "marching",
    patterns=(P.AEROBIC, P.FOOTWORK, P.CONDITIONING),
)
WARM_UPS: dict[DayKind, tuple[Slot, ...]] = {
    DayKind.STRENGTH: (
        RAISE,
        _prep("worlds_greatest_stretch", "inchworm"),
        _prep("band_dislocates", "arm_circles", "cat_cow"),
    ),
    DayKind.BOXING: (
        _prep("jump_rope", "marching", patterns=(P.FOOTWORK, P.AEROBIC)),
        _prep("arm_circles", "hip_circles"),
        _prep("neck_mobility", "cat_cow"),
    ),
    DayKind.ROADWORK: (
        _prep("easy_jog", "brisk_walk", patterns=(P.RUN, P.AEROBIC)),
        _prep("leg_swings", "hip_circles"),
        _prep("a_skip", "butt_kicks", "carioca"),
    ),
    DayKind.EASY: (_prep("cat_cow", "hip_circles"), _prep("arm_circles", "ankle_rocks")),
    DayKind.RECOVERY: (_prep("cat_cow", "hip_circles"), _prep("ankle_rocks", "arm_circles")),
}
CALISTHENICS_WARM_UP = (RAISE, _prep("wrist_prep", "arm_circles"), _prep("scapular_push_up"))
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
"""Every cool-down starts with three minutes of easy walking and holds each stretch a minute:
at least five minutes, so the breathing settles before the stretches (ACSM's cool-down of
5-10 minutes)."""
SETTLE_S, STRETCH_S, COOL_S = 180, 60, 300


def _prep_block(
    kind: BlockKind, slots: tuple[Slot, ...], athlete: Athlete
) -> tuple[DraftBlock, frozenset[str]]:
    """A warm-up or cool-down from its slots, with the ids it used."""
    used: set[str] = set()
    pieces: list[Piece] = []
    for slot in slots:
        movement = pick(slot, athlete, 0, used)
        if movement is not None:
            used.add(movement.id)
            dose = prescribe(movement, Role.MOBILITY, athlete, _ANY)
            if kind is BlockKind.COOL_DOWN:
                dose = _cool_down_dose(dose, movement.dose, slot is SETTLE)
            pieces.append(Piece(movement, dose))
    if kind is BlockKind.COOL_DOWN and pieces and pieces[0].unit is DoseUnit.TIME:
        timed = sum(p.dose.sets * p.dose.amount for p in pieces if p.unit is DoseUnit.TIME)
        walk = pieces[0].dose
        pieces[0] = Piece(
            pieces[0].movement, walk._replace(amount=walk.amount + max(0, COOL_S - timed))
        )
    return DraftBlock(kind, tuple(pieces), BlockFormat.CIRCUIT), frozenset(used)


def _cool_down_dose(dose: Dose, unit: DoseUnit, settling: bool) -> Dose:
    """Walk three minutes, then hold each stretch at least a minute."""
    if unit is not DoseUnit.TIME:
        return dose
    if settling:
        return dose._replace(amount=SETTLE_S, intensity="Easy walk: let the breathing settle")
    if dose.sets == 1 and dose.amount < STRETCH_S:
        return dose._replace(amount=STRETCH_S)
    return dose


_ANY = Stage(Phase.BASE, 0)
"""Warm-up doses do not depend on the week; any stage will do."""


@memoised(512)
def warm_up(athlete: Athlete, kind: DayKind) -> tuple[Built, frozenset[str]]:
    """The athlete's warm-up for a kind of day, and the ids it uses; built once."""
    slots = WARM_UPS[kind]
    if athlete.sport is Sport.CALISTHENICS and kind is DayKind.STRENGTH:
        slots = CALISTHENICS_WARM_UP
    draft, used = _prep_block(BlockKind.WARM_UP, slots, athlete)
    return plan_parts.built(draft, athlete), used


@memoised(512)
def cool_down(athlete: Athlete, kind: DayKind) -> Built:
    """The athlete's cool-down for a kind of day; built once."""
    draft, _ = _prep_block(BlockKind.COOL_DOWN, COOL_DOWNS[kind], athlete)
    return plan_parts.built(draft, athlete)


def fill(
    slots: tuple[Slot, ...], athlete: Athlete, frame: WeekFrame, variant: int, used: set[str]
) -> list[Piece]:
    """Pick and dose an exercise for every slot that applies this week; `used` grows."""
    chosen = choose(slots, athlete, frame.load_phase, variant, frozenset(used))
    used.update(movement.id for movement, _ in chosen)
    return [
        Piece(movement, _dose(movement, role, athlete, frame.stage)) for movement, role in chosen
    ]


def _dose(movement: Movement, role: Role, athlete: Athlete, stage: Stage) -> Dose:
    """The week's dose; in the test week main lifts (strength goals) and skills are tested."""
    if stage.test and role is Role.PRIMARY and tests_this_lift(athlete, movement):
        return within_cap(strength_test(movement, athlete), athlete, movement.dose)
    dose = prescribe(movement, role, athlete, stage)
    if stage.test and role is Role.SKILL:
        return within_cap(skill_test(movement, dose, athlete), athlete, movement.dose)
    return dose


def _conditioning(
    day: DayPlan, week: tuple[DayPlan, ...], index: int, whose: AthleteWeek
) -> tuple[tuple[Slot, ...], BlockFormat]:
    """Conditioning slots of a day: its own, or what the goals add; trimmed in light weeks."""
    athlete, frame = whose.athlete, whose.frame
    slots = day.conditioning or add_ons.finisher(athlete, week, index)
    if frame.reduced:
        slots = tuple(s for s in slots if s.role is Role.CORE)
    aerobic = all(s.role is Role.AEROBIC for s in slots)
    return slots, BlockFormat.CONTINUOUS if aerobic else BlockFormat.CIRCUIT


def build(
    day: DayPlan,
    index: int,
    week: tuple[DayPlan, ...],
    whose: AthleteWeek,
    skills: tuple[Slot, ...],
    when: dt.date | None,
    ease: bool = False,
) -> Session:
    """Session `index` (0-based) of a week laid out as `week`.

    `ease` keeps it below hard (RPE 7.5 at most), for a day that would otherwise follow too
    many hard days.
    """
    athlete, frame = whose.athlete, whose.frame
    warm, warm_ids = warm_up(athlete, day.kind)
    used = set(warm_ids)
    variant = frame.block + day.variant
    extra = add_ons.extra_main(athlete, day.kind)
    youth, balance = (extra, ()) if athlete.teen else ((), extra)
    main = fill(skills + youth + day.main + balance, athlete, frame, variant, used)
    conditioning = _conditioning_block(day, week, index, whose, used)
    if frame.reduced:
        main, conditioning = _lighten(main, conditioning, frame)
    if ease:
        main, conditioning = _eased(main), _eased_block(conditioning)
    main = [Piece(p.movement, with_load(p.dose, p.movement, athlete, frame.week)) for p in main]
    main_format = BlockFormat.ROUNDS if day.kind is DayKind.BOXING else BlockFormat.STRAIGHT
    parts: list[DraftBlock | Built] = [warm, DraftBlock(BlockKind.MAIN, tuple(main), main_format)]
    if conditioning is not None:
        parts.append(conditioning)
    parts.append(cool_down(athlete, day.kind))
    pieces = main + list(conditioning.pieces if conditioning else ())
    title = day.title if not frame.reduced else f"{day.title} ({frame.phase.value})"
    intensity = _intensity(day.kind, pieces, frame)
    heading = SessionHeading(index + 1, when, title, day.focus, intensity)
    return finish(athlete, heading, parts)


def _conditioning_block(
    day: DayPlan,
    week: tuple[DayPlan, ...],
    index: int,
    whose: AthleteWeek,
    used: set[str],
) -> DraftBlock | None:
    """The WOD of a CrossFit day, or the day's (or goals') conditioning slots, if any."""
    athlete, frame = whose.athlete, whose.frame
    if day.wod:
        return crossfit_workouts.workout(athlete, frame, index, used)
    slots, block_format = _conditioning(day, week, index, whose)
    pieces = fill(slots, athlete, frame, frame.block + day.variant, used)
    return DraftBlock(BlockKind.CONDITIONING, tuple(pieces), block_format) if pieces else None


def _lighten(
    main: list[Piece], conditioning: DraftBlock | None, frame: WeekFrame
) -> tuple[list[Piece], DraftBlock | None]:
    """Apply the deload or taper cut: main work set by set, conditioning by whole rounds.

    A Tabata is a fixed format (8 x 20 s / 10 s): a taper keeps one of them rather than
    shortening it. Timed workouts get a shorter clock to match their fewer rounds.
    """
    lighter = lighten(main, frame)
    if conditioning is None:
        return lighter, None
    if conditioning.format is BlockFormat.TABATA:
        pieces = conditioning.pieces[:1]
    else:
        pieces = lighten_rounds(conditioning.pieces, frame)
    cap = conditioning.time_cap_min
    if conditioning.format is BlockFormat.EMOM:
        cap = sum(piece.dose.sets for piece in pieces)
    elif cap is not None:
        cap = max(5, round(cap * frame.volume))
    shrunk = DraftBlock(conditioning.kind, pieces, conditioning.format, cap, conditioning.notes)
    return lighter, shrunk


EASED_RPE = 7.5
"""Just under a hard session's RPE 8."""


def _eased(pieces: list[Piece]) -> list[Piece]:
    """The pieces with their effort capped below hard."""
    return [Piece(p.movement, capped(p.dose, EASED_RPE, p.movement.dose)) for p in pieces]


def _eased_block(block: DraftBlock | None) -> DraftBlock | None:
    """A conditioning block with its effort capped below hard."""
    if block is None:
        return None
    return replace(block, pieces=tuple(_eased(list(block.pieces))))


def _intensity(kind: DayKind, pieces: list[Piece], frame: WeekFrame) -> SessionIntensity:
    """How hard the whole session is, from its hardest piece of work."""
    if kind is DayKind.RECOVERY:
        return SessionIntensity.RECOVERY
    if kind is DayKind.EASY:
        return SessionIntensity.EASY
    peak = max((piece.dose.rpe or 0.0 for piece in pieces), default=0.0)
    if peak >= HARD_RPE and frame.phase is not Phase.DELOAD:
        return SessionIntensity.HARD
    return SessionIntensity.MODERATE if peak >= MODERATE_RPE else SessionIntensity.EASY


def finish(athlete: Athlete, heading: SessionHeading, parts: list[DraftBlock | Built]) -> Session:
    """The plan `Session`: blocks built (or reused), length estimated from the content.

    Args:
        athlete: Whose session it is (their pace sets the length of runs).
        heading: Its day, date, title, focus and intensity.
        parts: Blocks in order: drafts to build, or blocks already built and timed.
    """
    blocks: list[Block] = []
    seconds = 0.0
    for part in parts:
        if isinstance(part, Built):
            if part.draft.pieces:
                blocks.append(part.block)
                seconds += part.seconds
        elif part.pieces:
            blocks.append(plan_parts.block(part))
            seconds += plan_parts.block_seconds(part, athlete)
    return Session(
        day=heading.day,
        date=heading.date,
        title=heading.title,
        focus=heading.focus,
        intensity=heading.intensity,
        duration_min=plan_parts.minutes(seconds),
        blocks=blocks,
    )
