"""CrossFit workouts of the day (WODs) and the conditioning finishers of other sports.

A WOD mixes the three CrossFit modalities (monostructural, gymnastics, weightlifting) in one of
the classic formats: AMRAP, For Time, EMOM, Tabata (20 s on, 10 s off, x 8: Tabata et al. 1996)
or monostructural intervals. The format rotates through the week and from block to block so no
two days in a row look alike. Tabatas are all-out, so they are kept from beginners, teens and
people over 65; people over 65 get no For Time races either.

Each loaded movement is written with its Rx and scaled weights and each gymnastics movement with
its scaled version (`crossfit_standards`); those on the scaled standard do the scaled version.
A WOD puts on a barbell only the heavy family its day may load (`crossfit_heavy_days`), and the
first WOD of week 1 and of the retest week is a benchmark (`crossfit_benchmarks`).
"""

from typing import NamedTuple

from app.training.assembly.crossfit_benchmarks import benchmark_workout
from app.training.assembly.crossfit_standards import (
    Standard,
    load_text,
    scaled_version,
    standard,
    version_note,
)
from app.training.assembly.drafts import DraftBlock, Piece
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import WeekFrame
from app.training.catalogue import Movement
from app.training.contract.vocabulary import (
    BlockFormat,
    BlockKind,
    DoseUnit,
    Equipment,
    Level,
    Modality,
    Pattern,
    Phase,
    Quality,
)
from app.training.dosing.dose import Dose, rpe_cap, rpe_text
from app.training.dosing.effort import within_cap
from app.training.programming.crossfit_heavy_days import HEAVY_FAMILIES, wod_barbell_families
from app.training.programming.exercise_choice import Slot, allowed, candidates_across
from app.training.programming.roles import Role
from app.training.programming.weekly_splits import week_of

ALL_PATTERNS = tuple(Pattern)
LIGHT_LIFTS = frozenset({Quality.CONDITIONING, Quality.POWER})
"""Weightlifting in a WOD is light and fast (thrusters, swings, cleans), never a heavy grind."""
BODY = frozenset({Quality.CONDITIONING, Quality.STRENGTH, Quality.POWER, Quality.STABILITY})
EMOM_SHARE = 0.6
"""An EMOM minute holds about 60% of an AMRAP round's reps, leaving time to breathe."""


def _modality_slot(modality: Modality, qualities: frozenset[Quality]) -> Slot:
    """Any movement of a modality that can be done for reps, time or distance in a WOD."""
    return Slot(Role.FINISHER, ALL_PATTERNS, qualities=qualities, modality=modality)


MONO = _modality_slot(Modality.MONOSTRUCTURAL, LIGHT_LIFTS)
GYMNASTICS = _modality_slot(Modality.GYMNASTICS, BODY)
WEIGHTLIFTING = _modality_slot(Modality.WEIGHTLIFTING, LIGHT_LIFTS)


def formats(athlete: Athlete) -> tuple[BlockFormat, ...]:
    """Formats this athlete rotates through; Tabata only for adult intermediates and up.

    Over 65 the race against the clock (For Time) goes too: an AMRAP or EMOM lets the pace be
    chosen rather than chased (ACSM older adults, Chodzko-Zajko et al. 2009).
    """
    if athlete.older:
        return (BlockFormat.AMRAP, BlockFormat.EMOM, BlockFormat.INTERVALS)
    base = (BlockFormat.AMRAP, BlockFormat.FOR_TIME, BlockFormat.EMOM, BlockFormat.INTERVALS)
    if athlete.level is Level.BEGINNER or athlete.teen:
        return base
    return (*base, BlockFormat.TABATA)


def workout(athlete: Athlete, frame: WeekFrame, day: int, used: set[str]) -> DraftBlock | None:
    """The WOD for day `day` (0-based) of the week.

    A deload keeps the week's format (its volume is cut with the rest of the session) except
    a Tabata, which is all-out by definition and becomes steady intervals.
    """
    test = benchmark_workout(athlete, frame, day, used)
    if test is not None:
        return test
    options = formats(athlete)
    chosen = options[(day + frame.block) % len(options)]
    if frame.phase is Phase.DELOAD and chosen is BlockFormat.TABATA:
        chosen = BlockFormat.INTERVALS
    if chosen is BlockFormat.INTERVALS:
        return _intervals(athlete, frame, day, used)
    if chosen is BlockFormat.TABATA:
        return _tabata(athlete, frame, day, used)
    return _couplet_or_triplet(chosen, athlete, frame, day, used)


class Chosen(NamedTuple):
    """A WOD movement as the athlete does it, and the line naming its other version."""

    movement: Movement
    note: str


def _movements(
    slots: tuple[Slot, ...], athlete: Athlete, variant: int, day: int, used: set[str]
) -> list[Chosen]:
    """One movement per modality slot, each of a different pattern, none already used.

    WODs rotate through every suitable movement (not just the best two, as lifts do): variety
    is part of the method. A barbell movement of a heavy family is kept to the day's family.
    """
    family = wod_barbell_families(week_of(athlete.sport, athlete.level, athlete.days))[day]
    chosen: list[Chosen] = []
    patterns: set[Pattern] = set()
    for offset, slot in enumerate(slots):
        options = [
            m
            for m in candidates_across(slot, athlete)
            if m.id not in used and m.pattern not in patterns and _may_load(m, family)
        ]
        if options:
            movement = options[(variant + offset) % len(options)]
            patterns.add(movement.pattern)
            chosen.append(_as_done(movement, athlete, used))
            used.add(chosen[-1].movement.id)
    return chosen


def _may_load(movement: Movement, family: Pattern | None) -> bool:
    """Whether the movement may be in today's WOD: no barbell of another heavy family."""
    heavy = Equipment.BARBELL in movement.equipment and movement.pattern in HEAVY_FAMILIES
    return not heavy or movement.pattern is family


def _as_done(movement: Movement, athlete: Athlete, used: set[str]) -> Chosen:
    """The scaled version for those on the scaled standard, else the movement, named so."""
    scaled = scaled_version(movement)
    done = movement
    if scaled is not None and standard(athlete) is Standard.SCALED:
        done = scaled if allowed(scaled, athlete) and scaled.id not in used else movement
    return Chosen(done, version_note(done, movement))


def _amount(movement: Movement, level: int) -> tuple[int, DoseUnit]:
    """Reps, seconds or metres per round, by the movement's unit and the athlete's level."""
    if movement.dose is DoseUnit.DISTANCE:
        return (200, 250, 300)[level], DoseUnit.DISTANCE
    if movement.dose is DoseUnit.TIME:
        return (30, 40, 45)[level], DoseUnit.TIME
    if movement.pattern is Pattern.CONDITIONING and movement.modality is Modality.MONOSTRUCTURAL:
        return (30, 40, 50)[level], DoseUnit.REPS
    return (8, 10, 12)[level], DoseUnit.REPS


def _couplet_or_triplet(
    chosen: BlockFormat, athlete: Athlete, frame: WeekFrame, day: int, used: set[str]
) -> DraftBlock | None:
    """AMRAP, For Time or EMOM built from one movement of each modality."""
    level = athlete.level.rank
    slots = (MONO, GYMNASTICS) if level == 0 else (MONO, GYMNASTICS, WEIGHTLIFTING)
    if chosen is BlockFormat.EMOM:
        slots = slots[-2:]
    movements = _movements(slots, athlete, frame.block + day, day, used)
    if not movements:
        return None
    rounds = min(10, (3, 4, 5)[level] + frame.step // 2)
    rpe = min(rpe_cap(athlete), 8.0 if chosen is not BlockFormat.EMOM else 7.0)
    if chosen is BlockFormat.EMOM:
        minutes = min(20, (10, 12, 14)[level] + 2 * frame.step)
        rounds = min(10, minutes // len(movements))
    emom = chosen is BlockFormat.EMOM
    pieces = tuple(_wod_piece(m, athlete, rounds, rpe, emom) for m in movements)
    cap = _time_cap(chosen, level, frame, len(movements) * rounds)
    return DraftBlock(BlockKind.CONDITIONING, pieces, chosen, cap, _wod_note(chosen))


def _wod_piece(chosen: Chosen, athlete: Athlete, rounds: int, rpe: float, emom: bool) -> Piece:
    """A WOD movement done `rounds` times, with no set rest: the clock is the rest."""
    movement = chosen.movement
    amount, unit = _amount(movement, athlete.level.rank)
    if emom:
        step = 100 if unit is DoseUnit.DISTANCE else 5 if unit is DoseUnit.TIME else 1
        amount = max(step, round(amount * EMOM_SHARE / step) * step)
    load = load_text(movement, athlete)
    text = f"RPE {rpe_text(rpe)}; {load}" if load else f"RPE {rpe_text(rpe)}: a pace you can hold"
    dose = Dose(rounds, amount, 0, text, rpe=rpe, note=chosen.note, unit=unit)
    return Piece(movement, dose)


def _time_cap(chosen: BlockFormat, level: int, frame: WeekFrame, emom_minutes: int) -> int:
    """The clock: EMOM minutes, AMRAP duration or For Time cap, growing through the block."""
    if chosen is BlockFormat.EMOM:
        return emom_minutes
    if chosen is BlockFormat.AMRAP:
        return (8, 12, 15)[level] + frame.step
    return (10, 14, 18)[level] + frame.step


def _wod_note(chosen: BlockFormat) -> str:
    """How to run the format, in one line."""
    return {
        BlockFormat.AMRAP: "As many rounds as possible in the time; the sets are a target.",
        BlockFormat.FOR_TIME: "The sets are rounds: finish them fast, stop at the cap.",
        BlockFormat.EMOM: "Every minute on the minute: alternate the movements, rest the rest "
        "of each minute.",
    }.get(chosen, "")


def _tabata(athlete: Athlete, frame: WeekFrame, day: int, used: set[str]) -> DraftBlock | None:
    """Tabata: 8 rounds of 20 s all-out, 10 s rest; two of them for advanced athletes."""
    slots = (MONO, GYMNASTICS) if athlete.level is Level.ADVANCED else (GYMNASTICS,)
    movements = _movements(slots, athlete, frame.block + day, day, used)
    if not movements:
        return None
    text = "All-out: as many reps as possible in each 20 s (RPE 9)"
    tabata = Dose(8, 20, 10, text, rpe=9.0, unit=DoseUnit.TIME)
    pieces = tuple(
        Piece(c.movement, within_cap(tabata._replace(note=c.note), athlete, DoseUnit.TIME))
        for c in movements
    )
    note = "Tabata: 20 s on, 10 s off, 8 rounds per movement; 1 min between movements."
    return DraftBlock(BlockKind.CONDITIONING, pieces, BlockFormat.TABATA, None, note)


def _intervals(athlete: Athlete, frame: WeekFrame, day: int, used: set[str]) -> DraftBlock | None:
    """Monostructural repeats (row, bike, run...) with equal rest: pacing practice."""
    level = athlete.level.rank
    movements = _movements((MONO,), athlete, frame.block + day, day, used)
    if not movements:
        return None
    movement = movements[0].movement
    repeats = min(10, (4, 5, 6)[level] + frame.step)
    if movement.dose is DoseUnit.DISTANCE:
        amount, unit = (250, 400, 500)[level], DoseUnit.DISTANCE
    else:
        amount, unit = 60, DoseUnit.TIME
    rpe = min(rpe_cap(athlete), 8.0)
    text = f"RPE {rpe_text(rpe)}: the same pace on every repeat"
    dose = Dose(repeats, amount, 90, text, rpe=rpe, unit=unit)
    return DraftBlock(BlockKind.CONDITIONING, (Piece(movement, dose),), BlockFormat.INTERVALS)
