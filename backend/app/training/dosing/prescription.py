"""Dosage: sets, reps, load, effort and rest for an exercise in a given week.

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

from typing import NamedTuple

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import Stage
from app.training.catalogue import CATALOGUE
from app.training.catalogue.model import Movement
from app.training.contract.plan_document import Pace
from app.training.contract.rounds import ROUND_MAX_RPE, SPARRING_MAX_RPE
from app.training.contract.vocabulary import DoseUnit, Equipment, Goal, Level, Pattern, Phase
from app.training.dosing.effort import capped, feasible_percent, within_cap
from app.training.dosing.tables import (
    OLYMPIC,
    PRIMARY,
    PRIMARY_FOR_MUSCLE,
    PRIMARY_FOR_STRENGTH,
    Scheme,
)
from app.training.memo import memoised
from app.training.programming.crossfit_caps import technique_cap
from app.training.programming.roles import Role

PERCENT_STEP = 2.5
RPE_STEP = 0.5
LEVEL_RPE_CAP = (8.0, 8.5, 9.0)
"""The hardest effort a plan asks for, by level: beginners always keep 2+ reps in reserve."""
CAPPED_RPE = 8.0
ADULT_PERCENT_CAP, CAPPED_PERCENT = 90, 80
MAX_SETS = (4, 5, 6)
"""Most sets of one exercise in a session, by level: volume is where beginners differ most."""
SECONDS_PER_REP = 3
"""Converts a rep target into a hold for time-dosed exercises in rep-based slots."""


class Dose(NamedTuple):
    """A prescription before it becomes a plan `Exercise`.

    `amount` is reps, seconds or metres per set, as the movement's dose unit says, unless
    `unit` overrides it (a Tabata is 20-second sets of any movement). A named tuple: cheap to
    build, hash and compare, which matters since it keys the exercise cache.
    """

    sets: int
    amount: int
    rest_s: int
    intensity: str
    rpe: float | None = None
    percent: int | None = None
    note: str = ""
    unit: DoseUnit | None = None
    load_kg: float | None = None
    pace: Pace | None = None


def rpe_text(rpe: float) -> str:
    """7.0 → "7", 7.5 → "7.5": how coaches write RPE."""
    return f"{rpe:g}"


def rpe_cap(athlete: Athlete) -> float:
    """The effort ceiling: the level's, lower for teens, over-65s and some conditions.

    Pregnancy caps effort at RPE 7, a heart condition at RPE 6 (see `limitations`).
    """
    cap = LEVEL_RPE_CAP[athlete.level.rank]
    if athlete.teen or athlete.older:
        cap = min(cap, CAPPED_RPE)
    condition = athlete.effort_cap
    return cap if condition is None else min(cap, condition)


def uses_percent(movement: Movement) -> bool:
    """%1RM is for barbell lifts, whose maximum athletes know; everything else goes by RPE."""
    return Equipment.BARBELL in movement.equipment


def percent_cap(athlete: Athlete) -> int:
    """Teens and people over 65 stay at or under 80% of their one-rep max."""
    return CAPPED_PERCENT if athlete.teen or athlete.older else ADULT_PERCENT_CAP


def rest(seconds: int, athlete: Athlete) -> int:
    """Older athletes recover more slowly between sets: 25% more rest, to the nearest 15 s."""
    if not athlete.older:
        return seconds
    return min(600, round(seconds * 1.25 / 15) * 15)


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
    note = "Main lift: warm up with 2-3 lighter sets first."
    if athlete.teen:
        note += " Coach-supervised; stop each set with good reps left."
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


SKILL_RPE = 6.0


def skill(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Skill practice: several short, fresh sets well before fatigue, with long rests.

    Skills are learned by frequent, high-quality practice, not by grinding (Low, *Overcoming
    Gravity*, 2016): effort stays at RPE 6 (4 reps in reserve) and the practice grows by a rep
    a week and a set from the third week, up to the criterion to move up (3 x 8 reps or 30 s
    holds: more of the same rung adds nothing). Being submaximal, it does not add to the week's hard
    sets. Static strength holds (lever, planche) are `static_hold`: short and near-maximal
    instead; a handstand, a balance skill, keeps longer holds. The note says when to move up a
    rung, so the athlete knows what the next block asks for.
    """
    if movement.dose is DoseUnit.TIME and movement.pattern is not Pattern.INVERSION:
        return static_hold(athlete, stage)
    level = athlete.level.rank
    sets = min(6, (3, 4, 5)[level] + (stage.step >= 2))
    if movement.dose is DoseUnit.TIME:  # a handstand is balance: longer holds, as before
        amount = min(SKILL_TARGET_HOLD_S, (10, 15, 20)[level] + 5 * stage.step)
    else:
        amount = min(SKILL_TARGET_REPS, (3, 4, 5)[level] + stage.step)
    unit = "s holds" if movement.dose is DoseUnit.TIME else "reps"
    text = f"RPE {rpe_text(SKILL_RPE)}: practise fresh, stop well before your form breaks"
    target = SKILL_TARGET_HOLD_S if movement.dose is DoseUnit.TIME else SKILL_TARGET_REPS
    note = f"Move up a step when {SKILL_TARGET_SETS} x {target} {unit} are clean."
    return Dose(sets, amount, rest(120, athlete), text, rpe=SKILL_RPE, note=note)


SKILL_TARGET_SETS, SKILL_TARGET_REPS, SKILL_TARGET_HOLD_S = 3, 8, 30
HOLD_RPE, MAX_HOLD_S = 7.5, 10
"""Static skills are held 5-10 s near the best clean hold, not dosed for endurance."""


def static_hold(athlete: Athlete, stage: Stage) -> Dose:
    """A static skill (planche lean, lever, handstand): short near-maximal holds, full rest.

    Strength on a static skill comes from holds of a few seconds near the best you can keep
    clean, repeated fresh (after Low, *Overcoming Gravity*, 2016), not from long easy holds
    that train endurance; we use 5-10 s holds.
    A hold grows by a second a week to 10 s; then the next rung of the ladder is due.
    """
    level = athlete.level.rank
    sets = min(6, (4, 5, 5)[level] + (stage.step >= 2))
    seconds = min(MAX_HOLD_S, (5, 6, 8)[level] + stage.step)
    text = f"RPE {rpe_text(HOLD_RPE)}: your best clean hold, stop at the first shake"
    note = f"Move up a step when {SKILL_TARGET_SETS} x {MAX_HOLD_S} s holds are clean."
    return Dose(sets, seconds, rest(120, athlete), text, rpe=HOLD_RPE, note=note)


def round_seconds(athlete: Athlete) -> int:
    """Three-minute rounds as in the ring; two for beginners and over-65s, learning to pace."""
    return 120 if athlete.level is Level.BEGINNER or athlete.older else 180


def rounds(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Boxing rounds: 3 minutes with 1 minute of rest (2-minute rounds for beginners).

    Round length and rest follow the amateur ring (IBA rules: 3 x 3 min, 1 min rest). Each
    drill gets 2-5 rounds, more in build and peak; effort rises half a point a week from 1.5
    under the athlete's ceiling. Sparring stays short and technical.
    """
    level = athlete.level.rank
    seconds = round_seconds(athlete)
    cap = min(rpe_cap(athlete), ROUND_MAX_RPE)
    rpe = min((6.0, 6.5, 7.0)[level], cap - 3 * RPE_STEP) + RPE_STEP * stage.step
    if movement.contact:
        count = min(6, 2 + stage.step // 2)
        sparring = min(rpe, SPARRING_MAX_RPE)
        text = f"RPE {rpe_text(sparring)}: technical, controlled sparring"
        note = "Supervised by a qualified coach, full protective gear."
        return Dose(count, seconds, 60, text, rpe=sparring, note=note)
    phase_bonus = 0 if stage.phase is Phase.BASE else 1
    count = (2, 3, 3)[level] + phase_bonus + stage.step // 2
    cue = ROUND_CUES.get(movement.pattern, "sharp, relaxed punches; breathe out on every shot")
    text = f"RPE {rpe_text(rpe)}: {cue}"
    return Dose(count, seconds, 90 if athlete.older else 60, text, rpe=rpe)


FIGHT_PACE_PHASES = frozenset({Phase.BUILD, Phase.PEAK})
FIGHT_PACE_RPE = (8.0, 9.0)


def fight_rounds(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """The fight-pace drill: rounds at fight intensity, RPE 8-9, in build and peak before a bout.

    Without a bout ahead, or in base weeks, it is dosed as any other round (`rounds`).

    A bout is three rounds near maximal effort (Chaabene et al. 2015, *Sports Med*: heart
    rate above 90% of maximum in amateur bouts), so fight camp rehearses that pace; technique
    rounds at RPE 6-7 alone never do. The rounds match the bout (3, one more from the second
    week of a block) with the ring's minute of rest; effort starts at 8 and rises half a point a
    week to 9, under the athlete's ceiling (teens and limitations keep theirs).
    """
    if not (athlete.preparing_for_bout and stage.phase in FIGHT_PACE_PHASES):
        return rounds(movement, athlete, stage)
    seconds = round_seconds(athlete)
    low, high = FIGHT_PACE_RPE
    rpe = min(rpe_cap(athlete), high, low + RPE_STEP * stage.step)
    text = f"RPE {rpe_text(rpe)}: fight pace, as hard as the bout itself; stop if form goes"
    return Dose(3 + min(1, stage.step), seconds, 60, text, rpe=rpe)


WARMING_PATTERNS = frozenset({Pattern.AEROBIC, Pattern.RUN, Pattern.CONDITIONING, Pattern.FOOTWORK})
ROUND_CUES = {Pattern.FOOTWORK: "light, quick feet; stay in your stance"}
PREP_SECONDS = {"box_breathing": 120}
"""Warm-up and cool-down items that need longer than a stretch (breathing: two minutes)."""


def aerobic(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Easy aerobic work in zone 2: longer each week, never hard (Seiler 2010)."""
    level = athlete.level.rank
    text = "Zone 2: easy, conversational pace (RPE 3-4)"
    if movement.dose is DoseUnit.DISTANCE:
        metres = (3000, 5000, 6000)[level] + 250 * stage.step
        return Dose(1, metres, 0, text, rpe=3.5)
    minutes = (20, 30, 40)[level] + 2 * stage.step
    return Dose(1, minutes * 60, 0, text, rpe=3.5)


def recovery(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Recovery-day aerobic work: short and very easy, the same every week (it is not training)."""
    text = "Zone 1: very easy, you could chat the whole time (RPE 2-3)"
    if movement.dose is DoseUnit.DISTANCE:
        return Dose(1, (2000, 3000, 4000)[athlete.level.rank], 0, text, rpe=2.5)
    return Dose(1, (20, 25, 30)[athlete.level.rank] * 60, 0, text, rpe=2.5)


SPEED_REPEAT_M = {"hill_repeats": 150, "strides": 100, "fartlek_surges": 300}


def speed(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """Run repeats for athletes of other sports (a boxer's roadwork intervals)."""
    level = athlete.level.rank
    count = min(10, (4, 6, 8)[level] + stage.step)
    metres = SPEED_REPEAT_M.get(movement.id, 400)
    rpe = min(rpe_cap(athlete), 8.0)
    text = f"Hard but even (RPE {rpe_text(rpe)}); jog or walk the recovery"
    return Dose(count, metres, rest(90, athlete), text, rpe=rpe)


def finisher(movement: Movement, athlete: Athlete, stage: Stage) -> Dose:
    """A conditioning circuit after strength work: hard, steady, little rest.

    Fat loss gets 5-6 rounds (about 10-18 minutes of intervals) instead of 2-4, and a
    beginner's two stations last 40 s like an intermediate's three, so even one session a week
    holds 15 minutes of conditioning (`checks/practice.py`, after Donnelly et al. 2009).
    """
    level = athlete.level.rank
    fat_loss = Goal.FAT_LOSS in athlete.goals
    rounds = (6, 5, 6) if fat_loss else (2, 3, 4)  # beginners: 2 stations
    count = min(6, rounds[level] + stage.step // 2)
    if movement.dose is DoseUnit.TIME:
        amount = (40 if fat_loss else 30, 40, 45)[level]
    elif movement.dose is DoseUnit.DISTANCE:
        amount = (200, 250, 300)[level]
    else:
        amount = (10, 12, 15)[level]
    rpe = min(rpe_cap(athlete) - 0.5, 8.0)
    text = f"RPE {rpe_text(rpe)}: hard but steady, keep moving"
    return Dose(count, amount, rest(20, athlete), text, rpe=rpe)


def mobility(movement: Movement, athlete: Athlete) -> Dose:
    """Warm-up drills and cool-down stretches: fixed, easy doses that never count as volume."""
    if movement.dose is DoseUnit.TIME:
        hold = PREP_SECONDS.get(movement.id, 45 if athlete.older else 30)
        if movement.pattern in WARMING_PATTERNS:
            return Dose(1, 300, 0, "Easy: raise the temperature, RPE 3", rpe=3.0)
        return Dose(1, hold, 0, "Easy, pain-free range", rpe=2.0)
    if movement.dose is DoseUnit.DISTANCE:
        return Dose(2, 20, 30, "Light and rhythmic", rpe=3.0)
    return Dose(1, 8, 0, "Easy, pain-free range", rpe=2.0)


_BY_ROLE = {
    Role.PRIMARY: primary,
    Role.SECONDARY: secondary,
    Role.ACCESSORY: accessory,
    Role.CORE: core,
    Role.POWER: power,
    Role.SKILL: skill,
    Role.ROUNDS: rounds,
    Role.FIGHT_ROUNDS: fight_rounds,
    Role.AEROBIC: aerobic,
    Role.RECOVERY: recovery,
    Role.SPEED: speed,
    Role.FINISHER: finisher,
}


DoseClass = tuple[DoseUnit, bool, str, bool, str]
PATTERN_CLASS = {
    Pattern.OLYMPIC: "olympic",
    Pattern.FOOTWORK: "footwork",
    Pattern.AEROBIC: "warming",
    Pattern.RUN: "warming",
    Pattern.CONDITIONING: "warming",
}
"""Pattern families that change a dose: olympic lifts, footwork cues, warm-up effort."""


def dose_class(movement: Movement) -> DoseClass:
    """Everything about a movement that its dose depends on.

    Doses never depend on the exercise itself, only on how it is counted, whether it is a
    barbell lift (%1RM), a few pattern families (olympic lifts, footwork, warming-up work),
    whether it is contact work, and for a few movements their id (the repeat length of
    strides, the length of box breathing). Movements of one class share one cached
    prescription, so a plan computes about a hundred doses instead of several hundred.
    """
    special = movement.id if movement.id in SPECIAL_IDS else ""
    family = PATTERN_CLASS.get(movement.pattern, "")
    return movement.dose, uses_percent(movement), family, movement.contact, special


def prescribe(movement: Movement, role: Role, athlete: Athlete, stage: Stage) -> Dose:
    """The dose of `movement` in `role` for this athlete at this stage (before any deload)."""
    dose = cached_prescription(_CLASS_OF[movement.id], role, athlete, stage)
    technique = technique_cap(movement, athlete)
    if technique is not None:
        dose = capped(dose, technique, movement.dose)
        words = f"RPE {rpe_text(dose.rpe or technique)}: technique weight, every rep crisp"
        dose = dose._replace(intensity=words)
    return within_cap(dose, athlete, movement.dose)


@memoised(16_384)
def cached_prescription(kind: DoseClass, role: Role, athlete: Athlete, stage: Stage) -> Dose:
    """The cached prescription for a dose class (any movement of the class stands for it)."""
    movement = _EXAMPLE[kind]
    if role is Role.MOBILITY:
        return mobility(movement, athlete)
    return _BY_ROLE[role](movement, athlete, stage)


SPECIAL_IDS = frozenset(SPEED_REPEAT_M) | frozenset(PREP_SECONDS)
_CLASS_OF = {movement.id: dose_class(movement) for movement in CATALOGUE}
_EXAMPLE = {dose_class(movement): movement for movement in CATALOGUE}
