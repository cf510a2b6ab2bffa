"""Weekly km, long runs, tapers and run/walk, checked against the rules they state."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.training.numbers.mileage import (
    build_up,
    long_run_goal_km,
    next_long_run_km,
    next_week_km,
    race_readiness,
    reachable,
    run_walk,
    shortest_long_run_km,
    taper_weeks,
    weeks_to_long_run,
)

km = st.floats(min_value=1, max_value=200, allow_nan=False)


@given(km)
def test_a_week_grows_by_at_most_ten_percent(last: float) -> None:
    grown = next_week_km(last)
    assert grown <= last * 1.1 + 1e-9
    assert grown >= last * 1.1 - 0.1 - 1e-9


def test_fifteen_km_a_week_grows_to_16_5() -> None:
    assert next_week_km(15) == 16.5
    assert reachable(15, 3) == pytest.approx(19.9)


@given(km, km, st.floats(min_value=5, max_value=32))
def test_a_long_run_never_jumps_past_two_km_the_goal_or_half_the_week(
    last: float, week: float, goal: float
) -> None:
    longest = next_long_run_km(last, week, goal)
    assert longest <= last + 2 + 1e-9
    assert longest <= goal + 1e-9
    assert longest <= week / 2 + 1e-9


@pytest.mark.parametrize(
    ("distance", "expected"), [(5, 8), (10, 14), (21.0975, 18), (42.195, 30), (60, 32)]
)
def test_long_runs_are_sized_to_the_race(distance: float, expected: float) -> None:
    assert long_run_goal_km(distance) == pytest.approx(expected, abs=0.1)


@pytest.mark.parametrize(
    ("distance", "weeks", "expected"),
    [
        (5, 8, 1),
        (10, 12, 1),
        (21.0975, 12, 2),
        (21.0975, 6, 1),
        (42.195, 16, 3),
        (42.195, 8, 2),
        (42.195, 3, 1),
    ],
)
def test_tapers_are_sized_to_the_distance(distance: float, weeks: int, expected: int) -> None:
    assert taper_weeks(distance, weeks) == expected


def test_run_walk_moves_up_in_stages_and_says_so() -> None:
    first, later = run_walk(0, 25), run_walk(5, 25)
    assert first.text == "Run 1 min / walk 1:30 min, 10 times"
    assert later.run_s > first.run_s
    assert run_walk(99, 25) == later


@given(km, st.floats(min_value=0, max_value=40), st.integers(min_value=1, max_value=16))
def test_a_build_respects_the_ten_percent_and_long_run_rules(
    start: float, longest: float, weeks: int
) -> None:
    build = build_up(start, longest, 30, weeks, 200)
    assert len(build) == weeks
    for before, after in itertools.pairwise(build):
        assert before.total_km <= after.total_km <= before.total_km * 1.1 + 1e-9
        assert before.long_km <= after.long_km <= before.long_km + 2 + 1e-9
    assert all(week.long_km <= week.total_km / 2 + 1e-9 for week in build)


def test_a_first_marathon_on_little_running_gets_a_warning_that_says_why_and_what() -> None:
    warning = race_readiness(42.195, 15.6, 15, 6)
    assert warning is not None
    assert "at least 28 km" in warning
    assert "15 km a week" in warning
    assert "longest run reaches 15.6 km" in warning
    assert "weeks for this race, or run a shorter one first" in warning


def test_enough_time_no_warning() -> None:
    assert race_readiness(21.0975, 18, 30, 14) is None
    assert race_readiness(5, 4, 9, 3) is None
    assert shortest_long_run_km(10) == 8
    assert weeks_to_long_run(30, 14, 21.0975) <= 3
