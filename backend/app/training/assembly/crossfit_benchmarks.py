"""Benchmark workouts: a named WOD done in week 1 and again in the last full training week.

CrossFit's benchmark "Girls" (first published in the CrossFit Journal, 2003-2005) are workouts
that never change, so doing one again shows what the training did. Two of them fit every level
with the catalogue's movements:

- **Helen**: 3 rounds for time of a 400 m run, 21 kettlebell swings (24/16 kg) and 12 pull-ups,
  for intermediate and advanced adults (scaled or Rx as `crossfit_standards` says).
- **Cindy**: as many rounds as possible in 20 minutes of 5 pull-ups, 10 push-ups and 15 air
  squats. Beginners, teens and people over 65 do it scaled (ring rows, incline push-ups) in 15
  minutes, a low-impact, balance-safe benchmark with no barbell.

The first WOD of week 1 is the benchmark and names the week of its retest; the same benchmark,
movement for movement, is the first WOD of the retest week. A movement the athlete cannot do
(kit, level, age caps) is replaced by its scaled version; with none possible, the other
benchmark is tried, and failing both the day keeps its usual WOD.
"""

from typing import NamedTuple

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
from app.training.catalogue import BY_ID, Movement
from app.training.contract.vocabulary import BlockFormat, BlockKind, Level
from app.training.dosing.dose import Dose, rpe_cap, rpe_text
from app.training.programming.exercise_choice import allowed

BENCHMARK_RPE = 9.0
"""A benchmark is a test: the best score of the day, within the athlete's effort cap."""


class Benchmark(NamedTuple):
    """A benchmark workout as CrossFit wrote it.

    Attributes:
        name: Its name ("Helen").
        format: For Time or AMRAP.
        minutes: The AMRAP's clock, or the For Time cap.
        rounds: Rounds for time; 1 for an AMRAP, written as one round's reps and repeated
            until the clock stops (the rounds done are the score, so there is no target).
        parts: Movement ids with their reps (metres for a run), in order.
        score: What to record.
    """

    name: str
    format: BlockFormat
    minutes: int
    rounds: int
    parts: tuple[tuple[str, int], ...]
    score: str


HELEN = Benchmark(
    "Helen",
    BlockFormat.FOR_TIME,
    15,
    3,
    (("crossfit_run", 400), ("american_kettlebell_swing", 21), ("pull_up", 12)),
    "time",
)
CINDY = Benchmark(
    "Cindy",
    BlockFormat.AMRAP,
    20,
    1,
    (("pull_up", 5), ("push_up", 10), ("air_squat", 15)),
    "rounds + reps",
)
SCALED_CINDY = CINDY._replace(minutes=15)


def benchmark_for(athlete: Athlete) -> tuple[Benchmark, ...]:
    """The benchmarks to try, best suited first."""
    if standard(athlete) is Standard.SCALED:
        return (SCALED_CINDY,)
    return (HELEN, CINDY)


def benchmark_workout(
    athlete: Athlete, frame: WeekFrame, day: int, used: set[str]
) -> DraftBlock | None:
    """The benchmark, when this is the first WOD of week 1 or of the retest week."""
    retest = frame.retest_week
    if day != 0 or retest is None or frame.week not in (1, retest):
        return None
    for benchmark in benchmark_for(athlete):
        movements = _movements(benchmark, athlete, used)
        if movements is not None:
            used.update(m.id for m in movements)
            return _block(benchmark, movements, athlete, frame, retest)
    return None


def _movements(benchmark: Benchmark, athlete: Athlete, used: set[str]) -> list[Movement] | None:
    """The benchmark's movements as this athlete does them, or None if one is impossible."""
    chosen: list[Movement] = []
    for movement_id, _ in benchmark.parts:
        version = _version(BY_ID[movement_id], athlete, used)
        if version is None:
            return None
        chosen.append(version)
    return chosen


def _version(movement: Movement, athlete: Athlete, used: set[str]) -> Movement | None:
    """The movement, or its scaled version (first, for those on the scaled standard)."""
    options: list[Movement] = [movement]
    scaled = scaled_version(movement)
    if scaled is not None:
        options = [scaled, movement] if standard(athlete) is Standard.SCALED else [movement, scaled]
    return next((m for m in options if allowed(m, athlete) and m.id not in used), None)


def _block(
    benchmark: Benchmark,
    movements: list[Movement],
    athlete: Athlete,
    frame: WeekFrame,
    retest: int,
) -> DraftBlock:
    """The benchmark's block: the same numbers in week 1 and at the retest."""
    rpe = min(rpe_cap(athlete), BENCHMARK_RPE)
    pieces: list[Piece] = []
    for movement, (written, amount) in zip(movements, benchmark.parts, strict=True):
        load = load_text(movement, athlete)
        text = f"RPE {rpe_text(rpe)}; {load}" if load else f"RPE {rpe_text(rpe)}: your best score"
        note = version_note(movement, BY_ID[written])
        pieces.append(Piece(movement, Dose(benchmark.rounds, amount, 0, text, rpe=rpe, note=note)))
    return DraftBlock(
        BlockKind.CONDITIONING,
        tuple(pieces),
        benchmark.format,
        benchmark.minutes,
        _note(benchmark, athlete, frame.week == 1, retest),
    )


def _note(benchmark: Benchmark, athlete: Athlete, first: bool, retest: int) -> str:
    """How the benchmark is run and scored, and when it comes back."""
    how = (
        f"{benchmark.rounds} rounds for time, cap {benchmark.minutes} min"
        if benchmark.format is BlockFormat.FOR_TIME
        else f"as many rounds as possible in {benchmark.minutes} min of one round's reps"
    )
    scaled = " (scaled)" if standard(athlete) is Standard.SCALED else ""
    level = " Beginners: learn the movements first." if athlete.level is Level.BEGINNER else ""
    if first:
        return (
            f"Benchmark: {benchmark.name}{scaled}, a CrossFit benchmark workout: {how}. "
            f"Record your score ({benchmark.score}); retest in week {retest}.{level}"
        )
    return (
        f"Benchmark retest: {benchmark.name}{scaled}, exactly as in week 1: {how}. "
        f"Record your score ({benchmark.score}) and compare it with week 1."
    )
