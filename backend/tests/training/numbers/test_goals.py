"""Numbers read from goals as people write them, each marked as coming from the goals."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.training.contract.plan_document import EventKind
from app.training.limitations import Condition
from app.training.numbers.baselines import Baselines, Lift, RaceTime, RepMax, Source, Sourced
from app.training.numbers.goals import read_goals
from app.training.numbers.reading import HALF_MARATHON_KM, MARATHON_KM

TODAY = dt.date(2026, 12, 1)
GOALS = Source.GOALS


def numbers(text: str) -> Baselines:
    return read_goals(text, TODAY).baselines


@pytest.mark.parametrize(
    ("text", "race", "target"),
    [
        ("10k in 45 min", None, RaceTime(10, 2700, GOALS)),
        ("my 5k best is 25:00", RaceTime(5, 1500, GOALS), None),
        ("5k 25:00", RaceTime(5, 1500, GOALS), None),
        ("half marathon under 1:30", None, RaceTime(HALF_MARATHON_KM, 5400, GOALS)),
        ("sub 20 5k", None, RaceTime(5, 1200, GOALS)),
        ("ran a marathon in 3:45:00 last year", RaceTime(MARATHON_KM, 13500, GOALS), None),
        ("marathon in 3h30", None, RaceTime(MARATHON_KM, 12600, GOALS)),
        (
            "5k PB 22:30, want a 10k in 47 minutes",
            RaceTime(5, 1350, GOALS),
            RaceTime(10, 2820, GOALS),
        ),
    ],
)
def test_race_results_and_targets(text: str, race: RaceTime, target: RaceTime) -> None:
    found = numbers(text)
    assert (found.race, found.target_race) == (race, target)


def test_a_time_no_runner_could_run_is_not_read() -> None:
    assert numbers("5k in 5:00").race is None
    assert numbers("5k in 5:00").target_race is None


@pytest.mark.parametrize(
    ("text", "weekly", "longest"),
    [
        ("I run 15 km a week", 15, None),
        ("currently run 15 km/week", 15, None),
        ("about 20 miles per week, longest run 12 km", 32.2, 12),
        ("30k weekly and my long run is 14k", 30, 14),
    ],
)
def test_weekly_volume_and_longest_run(text: str, weekly: float, longest: float | None) -> None:
    found = numbers(text)
    assert found.weekly_km == Sourced(weekly, GOALS)
    assert found.longest_run_km == (None if longest is None else Sourced(longest, GOALS))
    assert found.race is None


@pytest.mark.parametrize(
    ("text", "lifts", "targets"),
    [
        ("my best bench is 80 kg x 5", [Lift("bench_press", 80, 5, GOALS)], []),
        ("bench 100 kg", [], [Lift("bench_press", 100, 1, GOALS)]),
        (
            "squat 140kg for 3, deadlift 180 kg pb",
            [Lift("back_squat", 140, 3, GOALS), Lift("deadlift", 180, 1, GOALS)],
            [],
        ),
        ("front squat 100 kg x 2", [Lift("front_squat", 100, 2, GOALS)], []),
        ("I want to squat 315 lbs", [], [Lift("back_squat", 142.9, 1, GOALS)]),
        ("ohp 50kg x 5 and bench 100 kg", [Lift("overhead_press", 50, 5, GOALS)],
         [Lift("bench_press", 100, 1, GOALS)]),
    ],
)  # fmt: skip
def test_lifts_done_and_lifts_wanted(text: str, lifts: list[Lift], targets: list[Lift]) -> None:
    found = numbers(text)
    assert list(found.lifts) == lifts
    assert list(found.target_lifts) == targets


def test_rep_maxes_and_holds_are_results_only() -> None:
    found = numbers("I can do 5 pull-ups, want 10 dips. I can hold a 30 second l-sit")
    assert found.max_reps == (RepMax("pull_up", 5, GOALS),)
    assert [(hold.exercise, hold.seconds) for hold in found.holds] == [("l_sit", 30)]
    assert numbers("plank for 2 minutes is my max").holds[0].seconds == 120


@pytest.mark.parametrize(
    ("text", "kind", "date", "distance"),
    [
        ("fight in 8 weeks", EventKind.FIGHT, dt.date(2027, 1, 26), None),
        ("half marathon on 2027-03-07", EventKind.RACE, dt.date(2027, 3, 7), HALF_MARATHON_KM),
        ("first marathon in 16 weeks", EventKind.RACE, dt.date(2027, 3, 23), MARATHON_KM),
        ("powerlifting meet on 14 March", EventKind.MEET, dt.date(2027, 3, 14), None),
        ("10k race in 3 months", EventKind.RACE, dt.date(2027, 3, 1), 10),
        ("my bout is 6 weeks away", EventKind.FIGHT, dt.date(2027, 1, 12), None),
    ],
)
def test_events_fix_a_day(
    text: str, kind: EventKind, date: dt.date, distance: float | None
) -> None:
    event = read_goals(text, TODAY).event
    assert event is not None
    assert event.source is GOALS
    assert (event.value.kind, event.value.date, event.value.distance_km) == (kind, date, distance)


@pytest.mark.parametrize("text", ["fight someday", "in 8 weeks", "race on 2020-01-01", "bench 100"])
def test_no_event_without_a_kind_and_a_future_day(text: str) -> None:
    assert read_goals(text, TODAY).event is None


def test_body_weight_goals() -> None:
    assert read_goals("lose 10 kg", TODAY).weight_change_kg == Sourced(-10.0, GOALS)
    assert read_goals("gain 5 kilos of muscle", TODAY).weight_change_kg == Sourced(5.0, GOALS)
    assert read_goals("make 71 kg", TODAY).weight_class_kg == Sourced(71.0, GOALS)
    assert read_goals("fight at the 63 kg class", TODAY).weight_class_kg == Sourced(63.0, GOALS)


def test_limitations_in_the_goals() -> None:
    found = read_goals("get stronger with a bad lower back and bad knees", TODAY).limitations
    assert [item.condition for item in found] == [Condition.BACK, Condition.KNEE]


def test_every_value_is_marked_as_from_the_goals() -> None:
    text = "5k 25:00, 10k in 45 min, 20 km a week, longest run 10 km, bench 80 kg x 5"
    document = numbers(text).as_document()
    assert set(document) == {"weekly_km", "longest_run_km", "race", "target_race", "lifts"}
    values = [
        v for value in document.values() for v in (value if isinstance(value, list) else [value])
    ]
    assert {value["source"] for value in values} == {"goals"}


def test_stated_numbers_win_over_the_goals() -> None:
    stated = Baselines(
        weekly_km=Sourced(25.0, Source.STATED),
        lifts=(Lift("bench_press", 90, 3, Source.STATED),),
    )
    merged = stated.merged(numbers("I run 15 km a week, bench 80 kg x 5, squat 100 kg x 5"))
    assert merged.weekly_km == Sourced(25.0, Source.STATED)
    assert [(lift.lift, lift.source) for lift in merged.lifts] == [
        ("bench_press", Source.STATED),
        ("back_squat", GOALS),
    ]


def test_no_goals_no_numbers() -> None:
    assert read_goals(None, TODAY).baselines.is_empty()
    assert read_goals("get fitter", TODAY).baselines.is_empty()


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    found = read_goals(text, TODAY)
    for race in (found.baselines.race, found.baselines.target_race):
        assert race is None or 150 <= race.time_s / race.distance_km <= 1200
