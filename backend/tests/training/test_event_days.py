"""Events fix the calendar: their week, the session they replace, and the warnings."""

import datetime as dt

from app.training.assembly.event_day import event_session
from app.training.calendar.event_days import event_session_index, place_event
from app.training.contract.plan_document import BlockKind, Event, SessionKind, Sport, work
from app.training.numbers import paces
from app.training.numbers.baselines import RaceTime, Source

START = dt.date(2027, 1, 4)


def race(day: dt.date) -> Event:
    return Event(kind="race", date=day, distance_km=10)


def test_an_event_on_the_last_day_fits_without_a_warning() -> None:
    placement = place_event(START, 8, race(START + dt.timedelta(weeks=7, days=6)))
    assert (placement.week, placement.warnings) == (8, ())


def test_an_event_after_the_plan_says_how_long_a_plan_would_reach_it() -> None:
    placement = place_event(START, 8, race(START + dt.timedelta(weeks=11)))
    assert placement.week is None
    assert "week 12" in placement.warnings[0]
    assert "12-week plan" in placement.warnings[0]


def test_an_event_inside_the_plan_is_placed_and_explained() -> None:
    placement = place_event(START, 12, race(START + dt.timedelta(weeks=7, days=2)))
    assert placement.week == 8
    assert "weeks 9-12 are recovery" in placement.warnings[0]


def test_an_event_before_the_start_is_ignored_with_a_warning() -> None:
    placement = place_event(START, 4, race(START - dt.timedelta(days=1)))
    assert placement.week is None
    assert "before the plan starts" in placement.warnings[0]


def test_the_event_replaces_the_first_session_on_or_after_its_day() -> None:
    week = [START, START + dt.timedelta(days=2), START + dt.timedelta(days=4)]
    assert event_session_index(list(week), START + dt.timedelta(days=1)) == 1
    assert event_session_index(list(week), START + dt.timedelta(days=6)) == 2
    assert event_session_index(list(week), START) == 0


def test_race_day_is_the_race_at_goal_pace() -> None:
    event = Event(kind="race", date=START, distance_km=10)
    session = event_session(3, START, event, Sport.RUNNING, RaceTime(10, 2700, Source.GOALS))
    race = session.block(BlockKind.MAIN)
    assert race is not None
    assert (session.kind, session.date, session.intensity) == (SessionKind.EVENT, START, "hard")
    assert race.exercises[0].distance_m == 10_000
    assert race.exercises[0].pace == paces.race_pace(10, 2700)
    assert session.duration_min == 15 + 45 + 10


def test_a_marathon_day_may_run_past_150_minutes() -> None:
    event = Event(kind="race", date=START, distance_km=42.195)
    session = event_session(1, START, event, Sport.RUNNING, None)
    assert session.duration_min > 150


def test_fight_and_meet_days() -> None:
    fight = event_session(1, None, Event(kind="fight", date=START), Sport.BOXING, None)
    meet = event_session(1, None, Event(kind="meet", date=START), Sport.GYM, None)
    assert [e.exercise_id for e in work(fight)][-1] == "fight_simulation"
    assert {e.exercise_id for e in meet.exercises()} >= {"back_squat", "bench_press", "deadlift"}
