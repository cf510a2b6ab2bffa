"""The sessions of a Hyrox week: 1 km repeats, station strength, compromised running, easy runs.

Each day is written from what `hyrox_weeks.running_plan` gives it (its repeats, compromised
rounds and easy metres); the stations come from `programming/hyrox_days.py` with their
stand-ins. Station work is done at a race rhythm below hard (RPE 7.5 at most), so the week's
hard days are its running days.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from app.training.assembly import sessions, warm_ups
from app.training.assembly.deload_weeks import lighten, lighten_rounds
from app.training.assembly.drafts import AthleteWeek, DraftBlock, Piece, SessionHeading
from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import WeekFrame
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import (
    BlockFormat,
    BlockKind,
    DoseUnit,
    Level,
    Phase,
    SessionIntensity,
)
from app.training.dosing.dose import Dose, rpe_cap
from app.training.dosing.effort import capped
from app.training.dosing.loads import with_load
from app.training.dosing.paces import run_pace
from app.training.programming import hyrox_days as hx
from app.training.programming.day_templates import HINGE, SQUAT, DayKind
from app.training.running.run_sessions import prep_blocks

D = hx.HyroxDay
KM = 1000
STEP_GROWTH = 0.1
"""Each week of a block does 10 % more per station set."""
STATION_RPE = {Phase.BASE: 6.5, Phase.BUILD: 7.0, Phase.PEAK: 7.5}
STATION_SETS = {Phase.BASE: 3, Phase.BUILD: 4, Phase.PEAK: 4}
LIFT_RPE = 7.5
"""Strength is kept, not chased: the runs are the race's largest share."""
STAND_IN = {DoseUnit.REPS: 12, DoseUnit.TIME: 45}
"""A set of a stand-in that cannot cover the station's metres."""
MIN_RUN = 1000


def _rpe(athlete: Athlete, rpe: float) -> float:
    """An effort within the athlete's ceiling (level, age, conditions)."""
    return min(rpe, rpe_cap(athlete))


RUN_WORDS = {
    "hyrox_run": "race effort, steady off the station",
    "cruise_intervals": "threshold, comfortably hard",
    "intervals_1km": "strong and even, every repeat the same pace",
}
REST_S = {"cruise_intervals": 60, "intervals_1km": 120}
"""Jog recoveries between repeats; a Hyrox run's rest is the station after it."""


def _run(movement_id: str, metres: int, sets: int, rpe: float, athlete: Athlete) -> Piece:
    """A run with its VDOT pace when a race time is known, else by effort."""
    paced = run_pace(athlete, movement_id)
    rpe = _rpe(athlete, rpe)
    words = f"RPE {rpe:g}: {RUN_WORDS.get(movement_id, 'easy, conversational')}"
    if paced:
        words = f"{paced[1]} (RPE {rpe:g})"
    rest = REST_S.get(movement_id, 0) if sets > 1 else 0
    dose = Dose(sets, metres, rest, words, rpe=rpe, pace=paced[0] if paced else None)
    return Piece(BY_ID[movement_id], dose)


def _repeats_id(athlete: Athlete, frame: WeekFrame) -> str:
    """Threshold repeats in the base, interval pace later; beginners at race effort."""
    if athlete.level is Level.BEGINNER:
        return "hyrox_run"
    return "cruise_intervals" if frame.load_phase is Phase.BASE else "intervals_1km"


def _easy_run(day: hx.HyroxDay, metres: int, athlete: Athlete) -> Piece:
    """The easy running of a day: long, recovery or easy run at easy pace."""
    movement_id = {D.LONG: "long_run", D.RECOVERY: "recovery_run"}.get(day, "easy_run")
    return _run(movement_id, metres, 1, 4.0 if day is D.LONG else 3.5, athlete)


class StationDose(NamedTuple):
    """Sets, the share of the race dose per set (percent), the RPE, and the week of the block."""

    sets: int
    share: int
    rpe: float
    step: int = 0


def _station_piece(
    station: hx.Station, athlete: Athlete, dose: StationDose, used: set[str]
) -> Piece | None:
    """A station's movement at its dose; each week of a block does 10 % more per set."""
    movement = hx.station_movement(station, athlete, used)
    if movement is None:
        return None
    used.add(movement.id)
    sets, share, rpe, step = dose
    amount = max(1, station.race * share // 100)
    unit = station.unit
    if movement.id != station.own and not hx.keeps_metres(movement):
        unit = movement.dose
        amount = STAND_IN.get(unit, amount)
    amount = round(amount * (1 + STEP_GROWTH * step))
    if unit is DoseUnit.REPS and amount > 50:
        sets, amount = sets * (amount // 50), 50
    rpe = _rpe(athlete, rpe)
    words = f"RPE {rpe:g}: race rhythm, smooth and strong"
    note = "" if movement.id == station.own else f"Stand-in for the {station.name.lower()}."
    return Piece(movement, Dose(sets, amount, 60, words, rpe=rpe, note=note, unit=unit))


def _stations(
    stations: Sequence[hx.Station], athlete: Athlete, dose: StationDose, used: set[str]
) -> list[Piece]:
    """The pieces for a run of stations, skipping any with no movement left."""
    pieces = (_station_piece(station, athlete, dose, used) for station in stations)
    return [piece for piece in pieces if piece is not None]


def _share(station: hx.Station) -> int:
    """One set of station strength as a percentage of the race dose."""
    return station.per_set * 100 // station.race


def _main_lift(whose: AthleteWeek, used: set[str]) -> list[Piece]:
    """A squat or a hinge (alternating by block), at RPE 7.5 at most, with kilos when known."""
    athlete, frame = whose.athlete, whose.frame
    slot = (SQUAT, HINGE)[frame.block % 2]
    pieces = sessions.fill((slot,), athlete, frame, frame.block, used)
    if frame.reduced:
        pieces = lighten(pieces, frame)
    return [
        Piece(
            p.movement,
            with_load(capped(p.dose, LIFT_RPE, p.movement.dose), p.movement, athlete, frame.week),
        )
        for p in pieces
    ]


def _stations_day(whose: AthleteWeek, easy_m: int, used: set[str]) -> tuple[DraftBlock, DraftBlock]:
    """Station strength: (a short easy run,) the lift, then the strength stations as a circuit."""
    athlete, frame = whose.athlete, whose.frame
    phase = frame.load_phase
    sets = STATION_SETS[phase] + athlete.level.rank - 1
    circuit: list[Piece] = []
    for station in hx.STRENGTH_STATIONS:
        dose = StationDose(sets, _share(station), STATION_RPE[phase], frame.step)
        circuit.extend(_stations((station,), athlete, dose, used))
    pieces = tuple(lighten_rounds(tuple(circuit), frame) if frame.reduced else circuit)
    run = [_easy_run(D.EASY, easy_m, athlete)] if easy_m else []
    main = DraftBlock(BlockKind.MAIN, tuple(run + _main_lift(whose, used)))
    stations = DraftBlock(
        BlockKind.CONDITIONING, pieces, BlockFormat.CIRCUIT, notes=hx.OPEN_WEIGHTS
    )
    return main, stations


def _stations_session(
    whose: AthleteWeek, heading: SessionHeading, easy_m: int, used: set[str]
) -> Session:
    """The station strength day, with a warm-up for its lift (ramp sets) and a cool-down."""
    athlete = whose.athlete
    main, stations = _stations_day(whose, easy_m, used)
    warm, ramped = warm_ups.warm_up(athlete, DayKind.STRENGTH, list(main.pieces), used)
    lifts = replace(main, pieces=tuple(ramped))
    cool = warm_ups.cool_down(athlete, DayKind.STRENGTH)
    return sessions.finish(athlete, heading, [warm, lifts, stations, cool])


def _technique_sets(athlete: Athlete) -> int:
    """Rounds of station technique: one, two or three by level."""
    return athlete.level.rank + 1


def _compromised(whose: AthleteWeek, rounds: int, rehearsal: bool, used: set[str]) -> DraftBlock:
    """Run 1 km, then a station, `rounds` times.

    The simulation runs the race's last `rounds` rounds (the whole race for advanced athletes
    with the running for it) in race order at race doses.
    """
    athlete, frame = whose.athlete, whose.frame
    order = hx.RACE_ORDER if athlete.days == 1 else hx.ENGINE_STATIONS
    dose = StationDose(1, 50, STATION_RPE[frame.load_phase], frame.step)
    if rehearsal:
        order = hx.RACE_ORDER[len(hx.RACE_ORDER) - rounds :]  # the race's end, where it is lost
        dose = StationDose(1, 100, 7.5)
    stations = _stations(order[:rounds], athlete, dose, used)
    run = _run("hyrox_run", KM, rounds, 8.0 if rehearsal else 7.5, athlete)
    names = ", ".join(piece.movement.name.lower() for piece in stations)
    notes = f"Run 1 km, then the next station, {rounds} times: {names}."
    if athlete.days == 1:  # the week's only session visits every station
        rest = StationDose(_technique_sets(athlete), 25, dose.rpe, frame.step)
        stations += _stations(order[rounds:], athlete, rest, used)
        notes += " Then the other stations, smooth."
    return DraftBlock(BlockKind.MAIN, (run, *stations), BlockFormat.CIRCUIT, notes=notes)


def _technique(whose: AthleteWeek, easy_m: int, used: set[str]) -> DraftBlock:
    """An easy run, then the engine stations (all eight on one-day weeks), smooth and light.

    A deload or taper keeps about half the station work: fewer rounds, or half the stations
    when each is done once.
    """
    athlete, frame = whose.athlete, whose.frame
    order = hx.RACE_ORDER if athlete.days == 1 else hx.ENGINE_STATIONS
    sets = _technique_sets(athlete)
    dose = StationDose(sets, 25, STATION_RPE[Phase.BASE], frame.step)
    circuit = tuple(_stations(order, athlete, dose, used))
    if frame.reduced and sets == 1:
        circuit = circuit[: len(circuit) // 2]
    elif frame.reduced:
        circuit = lighten_rounds(circuit, frame)
    run = (_easy_run(D.EASY, easy_m, athlete),) if easy_m else ()
    return DraftBlock(BlockKind.MAIN, run + circuit, BlockFormat.CIRCUIT)


def session(
    whose: AthleteWeek,
    day: hx.HyroxDay,
    when: tuple[int, dt.date | None],
    work: tuple[int, int, int, bool],
) -> Session:
    """One day of the week: `when` is (index, date), `work` is (1 km repeats, rounds, easy m, sim).

    A hard day with no hard running (a deload, or eased by the hard-day rule) is an easy run, or
    for the compromised day an easy run with station technique.
    """
    heading = _heading(day, *when, work)
    athlete = whose.athlete
    repeats, rounds, easy_m, rehearsal = work
    used: set[str] = set()
    if day is D.STATIONS:
        return _stations_session(whose, heading, easy_m, used)
    hard = (day is D.INTERVALS and repeats > 0) or (day is D.COMPROMISED and rounds > 0)
    warm, cool = prep_blocks(athlete, hard)
    if day is D.COMPROMISED and rounds and easy_m:  # a short week's easy running comes first
        easy = DraftBlock(BlockKind.MAIN, (_easy_run(D.EASY, easy_m, athlete),))
        circuit = _compromised(whose, rounds, rehearsal, used)
        circuit = replace(circuit, kind=BlockKind.CONDITIONING)
        return sessions.finish(athlete, heading, [warm, easy, circuit, cool])
    if day is D.COMPROMISED:
        main = (
            _compromised(whose, rounds, rehearsal, used)
            if rounds
            else _technique(whose, easy_m, used)
        )
    elif day is D.INTERVALS and repeats:
        piece = _run(_repeats_id(athlete, whose.frame), KM, repeats, 8.0, athlete)
        main = DraftBlock(BlockKind.MAIN, (piece,), BlockFormat.INTERVALS)
    else:
        main = DraftBlock(BlockKind.MAIN, (_easy_run(day, max(easy_m, MIN_RUN), athlete),))
    return sessions.finish(athlete, heading, [warm, main, cool])


def _heading(
    day: hx.HyroxDay, index: int, date: dt.date | None, work: tuple[int, int, int, bool]
) -> SessionHeading:
    """Title, focus and intensity of a day from what it holds."""
    repeats, rounds, _, rehearsal = work
    title, focus = hx.WORDS[day]
    intensity = {
        D.INTERVALS: SessionIntensity.HARD if repeats else SessionIntensity.EASY,
        D.STATIONS: SessionIntensity.MODERATE,
        D.COMPROMISED: SessionIntensity.HARD if rounds else SessionIntensity.MODERATE,
        D.EASY: SessionIntensity.EASY,
        D.LONG: SessionIntensity.MODERATE,
        D.RECOVERY: SessionIntensity.RECOVERY,
    }[day]
    if day is D.INTERVALS and not repeats:
        title, focus = hx.WORDS[D.EASY]
    if day is D.COMPROMISED:
        title, focus = (
            hx.SIMULATION_WORDS
            if rehearsal and rounds
            else (hx.WORDS[day] if rounds else hx.TECHNIQUE_WORDS)
        )
    return SessionHeading(index + 1, date, title, focus, intensity)
