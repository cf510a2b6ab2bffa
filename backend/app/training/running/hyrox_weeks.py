"""A Hyrox week: 1 km repeats, station strength, compromised running, easy and long runs.

A Hyrox race is eight 1 km runs, each followed by a station (the HYROX rulebook), so its
preparation trains both and, from the build on, the two together:
- 1 km repeats: threshold repeats in the base, interval pace in build and peak (Daniels' VDOT
  paces when a race time is known; beginners run them at race effort);
- station strength: a squat or hinge at RPE 7.5 at most, then the strength stations (sled push
  and pull, farmers carry, lunges, wall balls) as a circuit;
- compromised running (build, peak, taper): 1 km at race effort, then a station, repeated; in
  the base and in deloads an easy run and the stations done smoothly for technique;
- the race simulation in the last loading week before the taper: half the race (four rounds),
  the whole race for advanced athletes;
- weekly running volume grows like a runner's (`run_volume.budget`: the level's 5-8 %, never
  more than 10 %); the repeats and compromised runs are carved out of it, the rest is easy.
Hard days keep the shared rule (`calendar/hard_days.py`): a day that would follow too many is
rebuilt easy.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from app.training.assembly.drafts import AthleteWeek
from app.training.athlete.resolved import Athlete
from app.training.calendar.hard_days import MOST_HARD_DAYS_IN_A_ROW, hard_run
from app.training.calendar.periodization import WeekFrame
from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import Phase
from app.training.programming import hyrox_days as hx
from app.training.running import hyrox_sessions, run_volume
from app.training.running.hyrox_sessions import KM

D = hx.HyroxDay
REPEATS = {Phase.BASE: 3, Phase.BUILD: 4, Phase.PEAK: 5}
"""1 km repeats by phase (one fewer for beginners, one more for advanced athletes)."""
COMPROMISED_ROUNDS = {Phase.BUILD: 3, Phase.PEAK: 4}
HALF_RACE = 4
SIMULATION_ROUNDS = (HALF_RACE, HALF_RACE, 8)
"""Half the race for beginners and intermediates, the whole race for advanced athletes."""
EASY_WEIGHTS = {D.LONG: 1.5, D.EASY: 1.0, D.RECOVERY: 0.6, D.COMPROMISED: 0.8, D.STATIONS: 0.6}
MIN_REPEATS = 2


def rehearsal_week(frames: Sequence[WeekFrame]) -> int | None:
    """The last loading week before the first taper week: the race simulation's week."""
    taper = next((i for i, frame in enumerate(frames) if frame.phase is Phase.TAPER), None)
    if taper is None:
        return None
    loading = [f.week for f in frames[:taper] if not f.reduced and f.load_phase is not Phase.BASE]
    return loading[-1] if loading else None


def layout(athlete: Athlete) -> tuple[hx.HyroxDay, ...]:
    """The week's days for the athlete's training days."""
    return hx.LAYOUTS[athlete.days]


def _carries_easy(day: hx.HyroxDay, hard: tuple[int, int]) -> bool:
    """Days with easy metres: easy, long and recovery runs, and the run to the stations.

    The hard days carry easy metres too when they have no hard running this week.
    """
    repeats, rounds = hard
    if day in (D.LONG, D.EASY, D.RECOVERY, D.STATIONS):
        return True
    return (day is D.INTERVALS and repeats == 0) or (day is D.COMPROMISED and rounds == 0)


def _hard_km(athlete: Athlete, frame: WeekFrame) -> tuple[int, int]:
    """Kilometres of 1 km repeats and of compromised runs this week (before fitting)."""
    if frame.phase is Phase.DELOAD:
        return 0, 0
    phase = frame.load_phase
    repeats = REPEATS[phase] + (athlete.level.rank - 1)
    rounds = COMPROMISED_ROUNDS.get(phase, 0)
    if frame.phase is Phase.TAPER:
        repeats, rounds = max(2, round(repeats * frame.volume)), min(rounds, 2)
    return repeats, rounds


def _at_least_two(repeats: int) -> int:
    """A session of one repeat is not a session: two or none."""
    return repeats if repeats >= MIN_REPEATS else 0


class RunningWeek(NamedTuple):
    """The week's running: 1 km repeats, compromised rounds, easy metres by day, simulation."""

    repeats: int
    rounds: int
    easy: dict[int, int]
    simulation: bool


def _hard_fifth(athlete: Athlete, frame: WeekFrame, runs: int) -> tuple[int, int]:
    """(this week's total metres, the whole kilometres of its hard fifth)."""
    total = run_volume.budget(athlete, frame, runs, max(1, runs - 1)).total
    return total, int(total * run_volume.HARD_SHARE) // KM


def running_plan(athlete: Athlete, frame: WeekFrame, rehearsal: bool) -> RunningWeek:
    """The week's running, exactly its budget.

    The compromised runs, then the repeats, are carved out of the week's distance within its
    hard fifth (80/20: Seiler 2010), so a small week keeps its compromised runs and loses its
    repeats first; the rest is shared by the easy days, the long run largest. A block keeps
    the hard kilometres of its first week, so its weeks grow by their easy running. The
    simulation week (`rehearsal`) grows the block's compromised rounds towards the race, within
    the week's own fifth; a week of one day, or one whose fifth cannot hold half the race, has
    none.
    """
    days = layout(athlete)
    runs = sum(_carries_easy(d, (0, 0)) for d in days)
    total, hard_km = _hard_fifth(athlete, frame, runs)
    repeats, rounds = _hard_km(athlete, frame)
    block_km = hard_km
    if not frame.reduced:  # the block's first week fixes its hard running
        first = replace(frame, step=0, loading_weeks=frame.loading_weeks - frame.step)
        block_km = _hard_fifth(athlete, first, runs)[1]
    rounds = _at_least_two(min(rounds, block_km))
    simulated = max(rounds, min(SIMULATION_ROUNDS[athlete.level.rank], hard_km))
    simulation = rehearsal and len(days) > 1 and rounds > 0 and simulated >= HALF_RACE
    if simulation:
        rounds = simulated
    else:
        hard_km = block_km
    repeats = _at_least_two(min(repeats, hard_km - rounds)) if D.INTERVALS in days else 0
    easy = total - KM * (repeats + rounds)
    carriers = [i for i, d in enumerate(days) if _carries_easy(d, (repeats, rounds))]
    if not carriers:
        carriers = [days.index(D.COMPROMISED)]
    weights = [EASY_WEIGHTS.get(days[i], 1.0) for i in carriers]
    shares = run_volume.share(max(0, easy), weights)
    return RunningWeek(repeats, rounds, dict(zip(carriers, shares, strict=True)), simulation)


def week(
    athlete: Athlete, frame: WeekFrame, dates: list[dt.date | None], rehearsal: int | None
) -> list[Session]:
    """Every session of a Hyrox week; `rehearsal` is the plan's race-simulation week."""
    days = layout(athlete)
    repeats, rounds, easy, simulation = running_plan(athlete, frame, rehearsal == frame.week)
    whose = AthleteWeek(athlete, frame)
    allowed = MOST_HARD_DAYS_IN_A_ROW[athlete.level]
    written: list[Session] = []
    for index, day in enumerate(days):
        when, easy_m = (index, dates[index]), easy.get(index, 0)
        session = hyrox_sessions.session(whose, day, when, (repeats, rounds, easy_m, simulation))
        if hard_run([*written, session], athlete.days) > allowed:  # its hard km run easy
            hard_m = KM * (repeats if day is D.INTERVALS else rounds)
            session = hyrox_sessions.session(whose, day, when, (0, 0, easy_m + hard_m, False))
        written.append(session)
    return written


def running_note(written: Sequence[Session]) -> str:
    """The week's running distance, for the week's notes."""
    return f" Running this week: {run_volume.metres_run(written)[0] / KM:.1f} km."
