"""Dosing lifts: sets, reps, load, effort and rest for strength work in a given week.

The numbers come from the NSCA's *Essentials of Strength Training and Conditioning* (4th ed.,
2016, ch. 17) and the ACSM position stand on progression models in resistance training
(Ratamess et al. 2009):

| target      | reps  | load          | rest      |
|-------------|-------|---------------|-----------|
| strength    | 1-6   | >= 85% 1RM    | 2-5 min   |
| hypertrophy | 6-12  | 67-85% 1RM    | 60-120 s  |
| endurance   | 12+   | <= 67% 1RM    | <= 60 s   |

Beginners work by effort (RPE / reps in reserve, Helms et al. 2016) rather than %1RM, since
they have no tested maximum and should not test one. Each week of a block adds load or effort
(+2.5% 1RM, +0.5 RPE), and the third week adds a set; when an age cap stops the load rising,
a rep is added instead, so every week still progresses. Teens are capped at RPE 8 and 80% 1RM
with at least 5 reps (NSCA youth position statement, Faigenbaum et al. 2009); people over 65 at
RPE 8 and 80% with at least 6 reps and 25% more rest (ACSM older adults guidance, 2009).
"""

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Goal, Level, Pattern, Phase
from app.training.dosing.dose import (
    MAX_SETS,
    PERCENT_STEP,
    RPE_STEP,
    Dose,
    percent_cap,
    rest,
    rpe_cap,
    rpe_text,
    uses_percent,
)
from app.training.dosing.effort import feasible_percent
from app.training.dosing.tables import (
    OLYMPIC,
    PRIMARY,
    PRIMARY_FOR_MUSCLE,
    PRIMARY_FOR_STRENGTH,
    Scheme,
)

SECONDS_PER_REP = 3
LIGHTER_SETS_NOTE = "Main lift: warm up with 2-3 lighter sets first."
"""A barbell main lift needs lighter sets of its own (the day's first gets them written out in
the warm-up); dumbbell and bodyweight main lifts are ready after the warm-up's activation."""
"""Converts a rep target into a hold for time-dosed exercises in rep-based slots."""


def _primary_scheme(movement: Movement, athlete: Athlete, phase: Phase) -> Scheme:
    """The main lift's scheme for this phase and level, shaped by strength or muscle goals."""
    level = athlete.level.rank
    if movement.pattern is Pattern.OLYMPIC:
        return OLYMPIC[phase][level]
    if Goal.STRENGTH in athlete.goals and phase in PRIMARY_FOR_STRENGTH:
        return PRIMARY_FOR_STRENGTH[phase][level]
    if Goal.MUSCLE in athlete.goals:
        return PRIMARY_FOR_MUSCLE[phase][level]
    return PRIMARY[phase][level]


def _intensity_at(base: Scheme, step: int, athlete: Athlete) -> tuple[int | None, float]:
    """%1RM and RPE after `step` weeks of a block, within the athlete's caps."""
    rpe = min(rpe_cap(athlete), base.rpe + RPE_STEP * step)
    if base.percent is None:
        return None, rpe
    return min(percent_cap(athlete), round(base.percent + PERCENT_STEP * step)), rpe


def progress(base: Scheme, step: int, athlete: Athlete, min_reps: int = 1) -> Scheme:
    """Progressive overload within a block: load or effort each week, a set from the third week.

    A week whose load cannot rise (an age cap) adds a rep instead, so no week stands still.
    """
    levels = [_intensity_at(base, week, athlete) for week in range(step + 1)]
    stalled = sum(levels[week] == levels[week - 1] for week in range(1, step + 1))
    percent, rpe = levels[step]
    sets = min(MAX_SETS[athlete.level.rank], base.sets + (step >= 2))
    reps = max(min_reps, base.reps) + stalled
    return Scheme(sets, reps, percent, rpe, rest(base.rest_s, athlete))


def _min_reps(athlete: Athlete) -> int:
    """No heavy singles, doubles or triples for teens (>= 5) or people over 65 (>= 6)."""
    if athlete.older:
        return 6
    return 5 if athlete.teen else 1


def _load_text(percent: int | None, effort: float, unit: DoseUnit) -> str:
    """'77% 1RM (RPE 7.5)' for loaded lifts; reps in reserve or a hold cue otherwise."""
    rpe = rpe_text(effort)
    if percent is not None:
        return f"{percent}% 1RM (RPE {rpe})"
    if unit is DoseUnit.TIME:
        return f"RPE {rpe}: a hard hold in good shape"
    reserve = 10 - effort
    spare = f"{reserve:g}" if reserve == int(reserve) else f"{int(reserve)}-{int(reserve) + 1}"
    return f"RPE {rpe} ({spare} reps in reserve)"


def _as_dose(scheme: Scheme, movement: Movement, note: str = "") -> Dose:
    """A scheme's reps become seconds for holds (3 s a rep), so every slot can take any unit."""
    amount = scheme.reps
    if movement.dose is DoseUnit.TIME:
        amount = min(90, max(10, scheme.reps * SECONDS_PER_REP))
    percent = scheme.percent if uses_percent(movement) else None
    if percent is not None and movement.dose is DoseUnit.REPS:
        percent = feasible_percent(percent, scheme.reps, scheme.rpe)
    text = _load_text(percent, scheme.rpe, movement.dose)
    return Dose(scheme.sets, amount, scheme.rest_s, text, scheme.rpe, percent, note)


def primary(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """The day's main lift: the phase's scheme for the level, progressed through the block."""
    base = _primary_scheme(movement, athlete, stage.phase)
    if athlete.level is Level.BEGINNER or not uses_percent(movement):
        base = Scheme(base.sets, base.reps, None, base.rpe, base.rest_s)
    scheme = progress(base, stage.step, athlete, _min_reps(athlete))
    note = LIGHTER_SETS_NOTE if uses_percent(movement) else ""
    if athlete.teen:
        note = f"{note} Coach-supervised; stop each set with good reps left.".strip()
    return _as_dose(scheme, movement, note)


def secondary(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """A second compound lift in the hypertrophy range, kept below heavy (RPE <= 7.5, <= 72%).

    A strength goal's peak takes a set off it: the volume makes room for the heavy main lift.
    """
    level = athlete.level.rank
    reps = {Phase.BASE: 12, Phase.BUILD: 10}.get(stage.phase, 8)
    percent = (None, 65, 70)[level] if uses_percent(movement) else None
    sets = (2, 3, 3)[level] - (
        level > 0 and stage.phase is Phase.PEAK and Goal.STRENGTH in athlete.goals
    )
    base = Scheme(sets, reps, percent, (6.0, 6.5, 7.0)[level], 90)
    scheme = progress(base, stage.step, athlete, _min_reps(athlete))
    percent = None if scheme.percent is None else min(scheme.percent, 72)
    capped = Scheme(scheme.sets, scheme.reps, percent, min(scheme.rpe, 7.5), scheme.rest_s)
    return _as_dose(capped, movement)


def accessory(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Single-joint and unilateral volume: 10-15 reps near RPE 7, more reps each week."""
    level = athlete.level.rank
    high_reps = bool(athlete.goals & {Goal.FAT_LOSS, Goal.ENDURANCE})
    reps = 15 if high_reps else {Phase.BASE: 12}.get(stage.phase, 10)
    sets = (2, 3, 3)[level] + (Goal.MUSCLE in athlete.goals and level > 0)
    effort = min((6.5, 7.0, 7.0)[level], 7.5)
    scheme = Scheme(sets, reps + stage.step, None, effort, rest(45 if high_reps else 60, athlete))
    return _as_dose(scheme, movement)


def core(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Trunk and balance: controlled holds or reps that grow each week, never to failure."""
    level = athlete.level.rank
    sets = (2, 3, 3)[level]
    if movement.dose is DoseUnit.TIME:
        amount = (20, 30, 40)[level] + 5 * stage.step
        text = "RPE 6: steady breathing, perfect shape"
    else:
        amount = (8, 10, 12)[level] + stage.step
        text = "RPE 6: slow and controlled"
    return Dose(sets, amount, rest(45, athlete), text, rpe=6.0)


def power(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Jumps and throws: few fast reps with full rest, before fatigue (NSCA: 3-5 reps, 2+ min)."""
    level = athlete.level.rank
    sets = min(MAX_SETS[level], (2, 3, 4)[level] + (stage.step >= 2))
    reps = min(8, 5 + stage.step // 2)
    effort = min(7.0, rpe_cap(athlete))
    text = f"Explosive: every rep fast, full recovery between sets (RPE {rpe_text(effort)})"
    return Dose(sets, reps, rest(120, athlete), text, rpe=effort)
