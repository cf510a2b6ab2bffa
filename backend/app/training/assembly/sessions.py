"""Writing one session from a day template: warm-up, main work, conditioning and cool-down.

The main work is chosen and dosed first; the warm-up is then written for it (`warm_ups.py`:
the day's patterns, ramp sets before its first heavy lift), and the cool-down closes the day.
Deloads and tapers reuse the week's exercises with less work (`deload_weeks.py`).
"""

import datetime as dt
from dataclasses import replace

from app.training.assembly import crossfit_workouts, plan_parts, warm_ups
from app.training.assembly.deload_weeks import lighten, lighten_rounds
from app.training.assembly.drafts import AthleteWeek, Built, DraftBlock, Piece, SessionHeading
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage, WeekFrame
from app.training.catalogue.model import Movement
from app.training.contract.plan_document import Block, Session
from app.training.contract.vocabulary import (
    BlockFormat,
    BlockKind,
    Phase,
    SessionIntensity,
)
from app.training.dosing.dose import Dose
from app.training.dosing.effort import capped, within_cap
from app.training.dosing.loads import with_load
from app.training.dosing.prescription import prescribe
from app.training.dosing.strength_test import skill_test, strength_test, tests_this_lift
from app.training.programming import add_ons
from app.training.programming.day_templates import DayKind, DayPlan
from app.training.programming.exercise_choice import Slot, choose
from app.training.programming.roles import Role
from app.training.programming.straight_arm import STRAIGHT_ARM_IDS

HARD_RPE, MODERATE_RPE = 8.0, 6.0


def fill(
    slots: tuple[Slot, ...],
    athlete: Athlete,
    frame: WeekFrame,
    variant: int,
    used: set[str],
    test_skills: bool = True,
) -> list[Piece]:
    """Pick and dose an exercise for every slot that applies this week; `used` grows.

    Skill practice counts its weeks over the whole plan, not the block: a skill is never
    easier in a later block (`dosing/skills.skill`). In the test week a skill is tested only
    where `test_skills` is left on (its first day); elsewhere it is practised as usual.
    """
    chosen = choose(slots, athlete, frame.load_phase, variant, frozenset(used))
    used.update(movement.id for movement, _ in chosen)
    practice = Stage(frame.load_phase, frame.loading_weeks, frame.test and test_skills)
    return [
        Piece(
            movement,
            _dose(movement, role, athlete, practice if role is Role.SKILL else frame.stage),
        )
        for movement, role in chosen
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
    roadwork = add_ons.bout_roadwork(athlete, week, index, frame.load_phase)
    slots = roadwork or day.conditioning or add_ons.finisher(athlete, week, index)
    if frame.reduced:
        slots = tuple(s for s in slots if s.role is Role.CORE)
    roles = {s.role for s in slots}
    if roles == {Role.SPEED}:
        return slots, BlockFormat.INTERVALS
    return slots, BlockFormat.CONTINUOUS if roles == {Role.AEROBIC} else BlockFormat.CIRCUIT


def build(
    day: DayPlan,
    index: int,
    week: tuple[DayPlan, ...],
    whose: AthleteWeek,
    skills: tuple[Slot, ...],
    when: dt.date | None,
    straight_arm: bool = True,
    ease: bool = False,
) -> Session:
    """Session `index` (0-based) of a week laid out as `week`.

    `straight_arm` False leaves out straight-arm work (`programming/straight_arm.py`); `ease`
    keeps it below hard (RPE 7.5 at most), for a day that would otherwise follow too many
    hard days.
    """
    athlete, frame = whose.athlete, whose.frame
    used: set[str] = set() if straight_arm else set(STRAIGHT_ARM_IDS)
    variant = frame.block + day.variant
    extra = add_ons.extra_main(athlete, day.kind)
    youth, balance = (extra, ()) if athlete.teen else ((), extra)
    tested = add_ons.tested_today(athlete, week, index) if frame.test else frozenset()
    main = fill(tuple(s for s in skills if s in tested), athlete, frame, variant, used)
    own = add_ons.room_for_skills(skills, day.main)
    practised = tuple(s for s in skills if s not in tested) + youth + own + balance
    main += fill(practised, athlete, frame, variant, used, test_skills=False)
    conditioning = _conditioning_block(day, week, index, whose, used)
    if frame.reduced:
        main, conditioning = _lighten(main, conditioning, frame)
    if ease:
        main, conditioning = _eased(main), _eased_block(conditioning)
    main = [Piece(p.movement, with_load(p.dose, p.movement, athlete, frame.week)) for p in main]
    warm, main = warm_ups.warm_up(athlete, day.kind, main, used)
    main_format = BlockFormat.ROUNDS if day.kind is DayKind.BOXING else BlockFormat.STRAIGHT
    parts: list[DraftBlock | Built] = [warm, DraftBlock(BlockKind.MAIN, tuple(main), main_format)]
    if conditioning is not None:
        parts.append(conditioning)
    parts.append(warm_ups.cool_down(athlete, day.kind))
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
