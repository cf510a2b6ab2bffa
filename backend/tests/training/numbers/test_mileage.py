"""Weekly km, long runs, tapers and run/walk, checked against the rules they state."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.training.numbers.mileage import (
    long_run_goal_km,
    next_long_run_km,
    next_week_km,
    reachable,
    run_walk,
    taper_weeks,
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
    [(5, 8, 1), (10, 12, 1), (21.0975, 12, 2), (42.195, 16, 3), (42.195, 8, 2), (42.195, 3, 1)],
)
def test_tapers_are_sized_to_the_distance(distance: float, weeks: int, expected: int) -> None:
    assert taper_weeks(distance, weeks) == expected


def test_run_walk_moves_up_in_stages_and_says_so() -> None:
    first, later = run_walk(0, 25), run_walk(5, 25)
    assert first.text == "Run 1 min / walk 1:30 min, 10 times"
    assert later.run_s > first.run_s
    assert run_walk(99, 25) == later
