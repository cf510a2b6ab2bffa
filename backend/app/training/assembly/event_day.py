"""The event itself as a session of kind `event`: the race, the fight, the meet or the test.

It replaces the training of its day and lasts as long as the event does (up to 600 minutes), so
the calendar shows the day for what it is. Its warm-up is short and familiar, nothing new on the
day; a race gets its goal pace when one is known; a meet gets three attempts per lift with the
usual opener of about 90 % of the best (Sheiko; the common powerlifting practice of an opener
you can triple).
"""

import datetime as dt
import math

from app.training.contract.plan_document import (
    EVENT_MAX_MIN,
    Block,
    BlockKind,
    Event,
    EventKind,
    Exercise,
    Pace,
    Session,
    SessionIntensity,
    SessionKind,
    Sport,
)
from app.training.contract.vocabulary import DoseUnit
from app.training.numbers import paces
from app.training.numbers.baselines import RaceTime
from app.training.programming.hyrox_days import RACE_ORDER

__all__ = ["event_session"]

WARM_UP_MIN, COOL_DOWN_MIN = 15, 10
UNKNOWN_PACE_S_PER_KM = 420
"""Without a goal or a result, a race is timed at 7:00/km for the session's length."""
MEET_LIFTS = (
    ("back_squat", "Back squat"),
    ("bench_press", "Bench press"),
    ("deadlift", "Deadlift"),
)


def _item(exercise_id: str, name: str, sets: int, **dose: object) -> Exercise:
    """An exercise of the event day (no kit listed: the venue provides it)."""
    return Exercise.model_validate(
        {"exercise_id": exercise_id, "name": name, "sets": sets, "rest_s": 0, **dose}
    )


def _warm_up(sport: Sport) -> Block:
    """A short, familiar warm-up: nothing new on the day."""
    if sport is Sport.BOXING:
        first = _item("shadowboxing", "Shadowboxing", 2, duration_s=120, intensity="Easy, loose")
    else:
        first = _item("easy_jog", "Easy jog", 1, duration_s=600, intensity="Easy, RPE 3")
    drills = _item("leg_swings", "Leg swings", 1, reps=10, intensity="Easy", per_side=True)
    return Block(kind=BlockKind.WARM_UP, exercises=[first, drills])


def _cool_down() -> Block:
    """Ten minutes of easy walking after the event: the minutes its length already counts."""
    walk = _item(
        "walk_cool_down", "Easy walk", 1, duration_s=COOL_DOWN_MIN * 60, intensity="Easy, RPE 2"
    )
    return Block(kind=BlockKind.COOL_DOWN, exercises=[walk])


def _race(event: Event, target: RaceTime | None) -> tuple[Exercise, int]:
    """The race and its expected minutes, with the goal pace when one is known."""
    distance = event.distance_km or (target.distance_km if target else 5.0)
    pace: Pace | None = None
    words = "Race: start steady, finish strong"
    seconds = distance * UNKNOWN_PACE_S_PER_KM
    if target is not None and math.isclose(target.distance_km, distance, rel_tol=0.02):
        pace = paces.race_pace(distance, target.time_s)
        words = f"Race: goal pace {paces.format_pace(pace)}"
        seconds = target.time_s
    race = _item(
        "race_pace_run", "Race", 1, distance_m=round(distance * 1000), intensity=words, pace=pace
    )
    return race, math.ceil(seconds / 60)


STATION_MIN = 4
"""About four minutes a station, for the length of a Hyrox race day."""
MAX_REPS = 50


def _hyrox() -> tuple[list[Exercise], int]:
    """The Hyrox race: a 1 km run, then a station, eight times in the rulebook's order."""
    work: list[Exercise] = []
    for number, station in enumerate(RACE_ORDER, start=1):
        run = _item("hyrox_run", f"Run {number} (1 km)", 1, distance_m=1000, intensity="Race")
        if station.unit is DoseUnit.REPS:  # 100 wall balls: two sets of the plan's 50 at most
            sets, dose = station.race // MAX_REPS, {"reps": MAX_REPS}
        else:
            sets, dose = 1, {"distance_m": station.race}
        work += [run, _item(station.own, station.name, sets, intensity="Race", **dose)]
    minutes = math.ceil(8 * UNKNOWN_PACE_S_PER_KM / 60) + STATION_MIN * len(RACE_ORDER)
    return work, minutes


def _main(
    event: Event, sport: Sport, target: RaceTime | None, hyrox: bool = False
) -> tuple[list[Exercise], int]:
    """The event's own work and its expected minutes."""
    if hyrox and event.kind is EventKind.RACE:
        return _hyrox()
    if event.kind is EventKind.FIGHT or (
        sport is Sport.BOXING and event.kind is not EventKind.RACE
    ):
        bout = _item(
            "fight_simulation", "Your bout", 3, duration_s=180, intensity="The fight", rest_s=60
        )
        return [bout], 12
    if sport is Sport.RUNNING or event.kind is EventKind.RACE:
        race, minutes = _race(event, target)
        return [race], minutes
    words = "Three attempts: open at about 90% of your best, then about 95%, then go for it"
    lifts = [_item(i, n, 3, reps=1, intensity=words) for i, n in MEET_LIFTS]
    return lifts, 180


def event_session(
    day: int,
    date: dt.date | None,
    event: Event,
    sport: Sport,
    target: RaceTime | None,
    hyrox: bool = False,
) -> Session:
    """The event day: warm-up, the event itself and a walk, as long as the event lasts.

    A Hyrox racer's race is the Hyrox race, not a run of the event's distance.
    """
    main, minutes = _main(event, sport, target, hyrox)
    title = {EventKind.RACE: "Race day", EventKind.FIGHT: "Fight day", EventKind.MEET: "Meet day"}
    return Session(
        day=day,
        date=date,
        kind=SessionKind.EVENT,
        title=title.get(event.kind, "Test day"),
        focus=f"Your {event.kind}: trust the training",
        intensity=SessionIntensity.HARD,
        duration_min=min(EVENT_MAX_MIN, WARM_UP_MIN + minutes + COOL_DOWN_MIN),
        blocks=[_warm_up(sport), Block(kind=BlockKind.MAIN, exercises=main), _cool_down()],
    )
