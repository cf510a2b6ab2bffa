"""VDOT and training paces, checked against Daniels and Gilbert's equations and examples."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.training.contract.plan_document import Pace
from app.training.numbers import prescriptions
from app.training.numbers.paces import (
    ZONE_FRACTIONS,
    Zone,
    format_pace,
    predicted_time_s,
    race_pace,
    training_pace,
    training_paces,
    vdot,
)


def oxygen_cost(metres_per_minute: float) -> float:
    """The cost equation, written out again here so the test checks the module against it."""
    return -4.60 + 0.182258 * metres_per_minute + 0.000104 * metres_per_minute**2


@pytest.mark.parametrize(
    ("distance_km", "time_s", "expected"),
    [(5, 25 * 60, 38.3), (10, 45 * 60, 45.3), (5, 20 * 60, 49.8)],
)
def test_reference_examples(distance_km: float, time_s: int, expected: float) -> None:
    assert round(vdot(distance_km, time_s), 1) == expected


def test_faster_results_mean_a_higher_vdot() -> None:
    assert vdot(10, 40 * 60) > vdot(10, 45 * 60) > vdot(10, 50 * 60)


@pytest.mark.parametrize(("distance_km", "time_s"), [(0, 1500), (5, 0), (-5, 1500)])
def test_no_result_no_vdot(distance_km: float, time_s: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        vdot(distance_km, time_s)


@given(st.floats(min_value=25, max_value=80), st.sampled_from(list(Zone)))
def test_zone_ends_solve_the_cost_quadratic(fitness: float, zone: Zone) -> None:
    """The speed of each end of a zone costs exactly that fraction of VDOT (to the second)."""
    pace = training_pace(fitness, zone)
    low, high = ZONE_FRACTIONS[zone]
    for seconds, fraction in ((pace.min_s_per_km, high), (pace.max_s_per_km, low)):
        if seconds in (120, 1200):
            continue
        speeds = (60_000 / (seconds + 0.5), 60_000 / (seconds - 0.5))
        assert oxygen_cost(speeds[0]) <= fitness * fraction <= oxygen_cost(speeds[1])


@given(st.floats(min_value=25, max_value=80))
def test_zones_get_faster_in_order(fitness: float) -> None:
    paces = training_paces(fitness)
    order = [Zone.EASY, Zone.MARATHON, Zone.THRESHOLD, Zone.INTERVAL, Zone.REPETITION]
    slow_ends = [paces[zone].max_s_per_km for zone in order]
    assert slow_ends == sorted(slow_ends, reverse=True)
    assert all(pace.min_s_per_km <= pace.max_s_per_km for pace in paces.values())


def test_paces_of_a_45_minute_10k_runner() -> None:
    """VDOT 45.3: threshold about 4:37-4:50/km and easy slower than 5:15/km (Daniels' table)."""
    paces = training_paces(vdot(10, 45 * 60))
    assert paces[Zone.THRESHOLD] == Pace(min_s_per_km=277, max_s_per_km=290)
    assert paces[Zone.EASY].min_s_per_km > 300
    assert format_pace(paces[Zone.INTERVAL]) == "4:09\u20134:20/km"


def test_race_pace_is_the_goal_time_per_km() -> None:
    assert race_pace(10, 45 * 60) == Pace(min_s_per_km=267, max_s_per_km=273)
    assert format_pace(Pace(min_s_per_km=270, max_s_per_km=270)) == "4:30/km"


@given(st.sampled_from([5, 10, 21.0975, 42.195]), st.integers(min_value=900, max_value=20_000))
def test_prediction_inverts_vdot(distance_km: float, time_s: int) -> None:
    if not 150 <= time_s / distance_km <= 1200:
        return
    assert math.isclose(predicted_time_s(vdot(distance_km, time_s), distance_km), time_s, abs_tol=1)


def test_intensity_text_and_the_time_trial() -> None:
    threshold = training_pace(vdot(10, 45 * 60), Zone.THRESHOLD)
    assert (
        prescriptions.pace_intensity(threshold, Zone.THRESHOLD) == "4:37\u20134:50/km (threshold)"
    )
    assert "5 km" in prescriptions.time_trial_note(5, planned=False)
    assert "session is 3 km" in prescriptions.time_trial_note(3, planned=True)
    assert "RPE 8" in prescriptions.ramp_note(5, 8)
    assert prescriptions.progression_rule().startswith("Add 2.5 kg when every rep is at RPE 8")
