"""Turning a day of running into a session: warm-up, the run, strength or mobility, cool-down.

Quality days warm up with 10 minutes of easy jogging, running drills and strides and cool down
with an easy jog, so the hard repeats start on warm legs; easy and long runs need only a few drills.
Easy days with strength add a runner's circuit (single-leg strength, calves, hips and trunk),
which lowers the risk of running injuries (Lauersen et al. 2014).
"""

import datetime as dt
import math
from enum import StrEnum

from app.training.assembly import plan_parts, sessions
from app.training.assembly.deload_weeks import lighten_rounds
from app.training.assembly.drafts import AthleteWeek, Built, DraftBlock, Piece, SessionHeading
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import WeekFrame
from app.training.catalogue import BY_ID
from app.training.contract.activity import FAT_LOSS_MINUTES_A_DAY, run_minutes
from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import (
    BlockFormat,
    BlockKind,
    Goal,
    Level,
    Pattern,
    SessionIntensity,
)
from app.training.dosing.dose import Dose
from app.training.memo import memoised
from app.training.programming import add_ons
from app.training.programming.exercise_choice import Slot, allowed
from app.training.programming.roles import Role
from app.training.running.time_trial import TIME_TRIAL

P = Pattern


class RunDay(StrEnum):
    """The kinds of day in a running week."""

    EASY = "easy"
    EASY_STRENGTH = "easy_strength"
    QUALITY = "quality"
    QUALITY_2 = "quality_2"
    RECOVERY = "recovery"
    LONG = "long"
    MOBILITY = "mobility"


WORDS = {
    RunDay.EASY: ("Easy run", "Aerobic base at a conversational pace"),
    RunDay.EASY_STRENGTH: ("Easy run + runner's strength", "Aerobic base, then legs and trunk"),
    RunDay.QUALITY: ("Quality session", "Speed or threshold work for the goal pace"),
    RunDay.QUALITY_2: ("Second quality session", "Threshold or hills for strength and economy"),
    RunDay.RECOVERY: ("Recovery run", "Very easy running for blood flow between hard days"),
    RunDay.LONG: ("Long run", "Endurance and time on feet at an easy, steady pace"),
    RunDay.MOBILITY: ("Mobility and walk", "A day off running: walk, mobilise, recover"),
}
TRIAL_FOCUS = "Today's fitness: log the time and your paces follow from it"
INTENSITY = {
    RunDay.EASY: SessionIntensity.EASY,
    RunDay.EASY_STRENGTH: SessionIntensity.EASY,
    RunDay.QUALITY: SessionIntensity.HARD,
    RunDay.QUALITY_2: SessionIntensity.HARD,
    RunDay.RECOVERY: SessionIntensity.RECOVERY,
    RunDay.LONG: SessionIntensity.MODERATE,
    RunDay.MOBILITY: SessionIntensity.RECOVERY,
}
RUNNER_STRENGTH = (
    Slot(Role.ACCESSORY, (P.LUNGE,), ("reverse_lunge", "split_squat", "bulgarian_split_squat")),
    Slot(Role.ACCESSORY, (P.CALF,), ("single_leg_calf_raise", "calf_raise")),
    Slot(Role.ACCESSORY, (P.HINGE, P.KNEE_FLEXION), ("single_leg_rdl", "single_leg_glute_bridge")),
    Slot(Role.CORE, (P.ANTI_ROTATION,), ("side_plank", "pallof_press", "bird_dog")),
    Slot(Role.CORE, (P.ANTI_EXTENSION,), ("dead_bug", "plank"), min_level=Level.INTERMEDIATE),
    Slot(Role.POWER, (P.PLYOMETRIC,), ("pogo_hops", "skater_hop"), min_level=Level.ADVANCED),
)
MOBILITY_DAY = (
    Slot(Role.RECOVERY, (P.AEROBIC,), ("brisk_walk",)),
    Slot(Role.MOBILITY, (P.MOBILITY,), ("hip_90_90",)),
    Slot(Role.MOBILITY, (P.MOBILITY,), ("worlds_greatest_stretch",)),
    Slot(Role.MOBILITY, (P.MOBILITY,), ("couch_stretch",)),
)


def _prep(athlete: Athlete, kind: BlockKind, ids: tuple[tuple[str, Dose], ...]) -> DraftBlock:
    """A warm-up or cool-down from fixed (id, dose) pairs, skipping what the athlete cannot do."""
    pieces = tuple(Piece(BY_ID[i], dose) for i, dose in ids if allowed(BY_ID[i], athlete))
    return DraftBlock(kind, pieces, BlockFormat.CIRCUIT)


JOG_10 = Dose(1, 600, 0, "Very easy jog (RPE 3)", rpe=3.0)
WALK_5 = Dose(1, 300, 0, "Easy walk", rpe=2.0)
DRILL = Dose(2, 20, 30, "Light and rhythmic", rpe=3.0)
SWINGS = Dose(1, 10, 0, "Easy, growing range", rpe=2.0)
STRETCH = Dose(1, 30, 0, "Easy, pain-free range", rpe=2.0)
STRIDES = Dose(4, 100, 60, "Strides: quick and relaxed, walk back (RPE 6)", rpe=6.0)
"""Four relaxed 100 m pick-ups after the drills, so the first hard repeat is not the fastest
running of the day (Daniels' *Running Formula*, 3rd ed., 2014: strides before quality work)."""


@memoised(256)
def prep_blocks(athlete: Athlete, quality: bool) -> tuple[Built, Built]:
    """Warm-up and cool-down for a run (longer on quality days); built once per athlete."""
    warm: tuple[tuple[str, Dose], ...]
    cool: tuple[tuple[str, Dose], ...]
    if quality:
        warm = (
            ("easy_jog", JOG_10),
            ("leg_swings", SWINGS),
            ("a_skip", DRILL),
            ("strides", STRIDES),
        )
        cool = (("easy_jog", JOG_10), ("calf_stretch", STRETCH))
    else:
        warm = (("leg_swings", SWINGS), ("butt_kicks", DRILL), ("ankle_rocks", SWINGS))
        cool = (
            ("walk_cool_down", WALK_5),
            ("calf_stretch", STRETCH),
            ("hamstring_stretch", STRETCH),
        )
    return (
        plan_parts.built(_prep(athlete, BlockKind.WARM_UP, warm), athlete),
        plan_parts.built(_prep(athlete, BlockKind.COOL_DOWN, cool), athlete),
    )


def run_heading(
    kind: RunDay, day: int, date: dt.date | None, runs: list[Piece], frame: WeekFrame
) -> SessionHeading:
    """What a running day is called and how hard it is, from its already dosed runs."""
    title, focus = WORDS[kind]
    trial = next((p for p in runs if p.movement.id == TIME_TRIAL), None)
    if trial is not None:
        title, focus = f"{trial.dose.amount / 1000:g} km time trial", TRIAL_FOCUS
    return SessionHeading(day, date, title, focus, _intensity(kind, runs, frame))


def run_session(
    heading: SessionHeading,
    kind: RunDay,
    runs: list[Piece],
    whose: AthleteWeek,
    skills: tuple[Slot, ...],
) -> Session:
    """The session for one running day; `runs` are its already dosed runs (main block)."""
    athlete, frame = whose.athlete, whose.frame
    warm, cool = prep_blocks(athlete, kind in _QUALITY_DAYS)
    used = {piece.movement.id for piece in (*warm.draft.pieces, *cool.draft.pieces, *runs)}
    extra = skills
    main = (
        runs
        + _fat_loss_walk(athlete, runs)
        + sessions.fill(extra, athlete, frame, frame.block, used)
    )
    if kind is RunDay.MOBILITY:
        main += sessions.fill(MOBILITY_DAY, athlete, frame, 0, used)
    parts: list[DraftBlock | Built] = [warm]
    parts.append(DraftBlock(BlockKind.MAIN, tuple(main), BlockFormat.CONTINUOUS))
    if kind is RunDay.EASY_STRENGTH:
        parts.append(_strength(athlete, frame, used))
    parts.append(cool)
    return sessions.finish(athlete, heading, parts)


_QUALITY_DAYS = (RunDay.QUALITY, RunDay.QUALITY_2)
WALK_STEP_S = 300
WALK_TEXT = "Brisk walk: breathing a little harder, still able to talk (RPE 4)"


def _fat_loss_walk(athlete: Athlete, runs: list[Piece]) -> list[Piece]:
    """A brisk walk after a short run, so a fat-loss day still holds its 15 active minutes.

    A runner who states a small weekly distance starts there (the 10% rule), which can leave a
    day's running under the quarter hour a fat-loss plan asks for (`contract/activity.py`):
    walking makes up the rest, in 5-minute steps, without adding running.
    """
    if Goal.FAT_LOSS not in athlete.goals or not runs:
        return []
    minutes = sum(
        run_minutes(p.dose.sets * p.dose.amount, p.dose.pace.min_s_per_km if p.dose.pace else None)
        for p in runs
        if p.movement.pattern is Pattern.RUN
    )
    short_s = (FAT_LOSS_MINUTES_A_DAY - minutes) * 60
    if short_s <= 0:
        return []
    seconds = WALK_STEP_S * math.ceil(short_s / WALK_STEP_S)
    return [Piece(BY_ID["brisk_walk"], Dose(1, seconds, 0, WALK_TEXT, rpe=4.0))]


def _strength(athlete: Athlete, frame: WeekFrame, used: set[str]) -> DraftBlock:
    """The runner's strength circuit; lighter in deload and taper weeks like everything else."""
    slots = RUNNER_STRENGTH + ((add_ons.BALANCE,) if athlete.older else ())
    pieces = sessions.fill(slots, athlete, frame, frame.block, used)
    if frame.reduced:
        lighter = lighten_rounds(tuple(pieces), frame)
        return DraftBlock(BlockKind.CONDITIONING, lighter, BlockFormat.CIRCUIT)
    return DraftBlock(BlockKind.CONDITIONING, tuple(pieces), BlockFormat.CIRCUIT)


def _intensity(kind: RunDay, runs: list[Piece], frame: WeekFrame) -> SessionIntensity:
    """Quality days are hard unless a deload softened them; easy days stay easy."""
    if kind in _QUALITY_DAYS and not runs:
        return SessionIntensity.EASY
    if kind in _QUALITY_DAYS and frame.phase.value == "deload":
        return SessionIntensity.MODERATE
    return INTENSITY[kind]
