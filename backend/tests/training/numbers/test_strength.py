"""e1RM, the reps-at-%1RM table and plate rounding, each checked against the formulas."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.training.numbers import strength
from app.training.numbers.prescriptions import load_prescription
from app.training.numbers.strength import (
    InfeasibleDoseError,
    LoadKind,
    estimated_one_rep_max,
    max_percent,
    max_reps,
    rpe_for,
    working_load,
)

weights = st.floats(min_value=1, max_value=500, allow_nan=False)
reps = st.integers(min_value=1, max_value=30)
rpes = st.sampled_from([1.0, 3.0, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0])


def test_epley_for_a_set_to_failure() -> None:
    assert estimated_one_rep_max(80, 5) == pytest.approx(80 * (1 + 5 / 30))
    assert estimated_one_rep_max(100, 10) == pytest.approx(100 * (1 + 10 / 30))


def test_a_bodyweight_set_estimates_nothing() -> None:
    assert estimated_one_rep_max(0, 10, rpe=7) == 0


def test_a_single_is_the_weight_itself() -> None:
    assert estimated_one_rep_max(140, 1) == 140
    assert estimated_one_rep_max(140, 1, rpe=10) == 140


def test_reps_in_reserve_count_as_reps() -> None:
    """80 kg x 5 at RPE 8 leaves two reps: Epley with seven."""
    assert estimated_one_rep_max(80, 5, rpe=8) == pytest.approx(80 * (1 + 7 / 30))
    assert estimated_one_rep_max(100, 1, rpe=9) == pytest.approx(100 * (1 + 2 / 30))


@pytest.mark.parametrize(
    ("weight", "count", "rpe"),
    [(-10, 5, None), (80, 0, None), (80, 5, 11), (80, 5, 0.5)],
)
def test_numbers_that_describe_no_set_are_refused(
    weight: float, count: int, rpe: float | None
) -> None:
    with pytest.raises(ValueError, match=r"must|set|RPE"):
        estimated_one_rep_max(weight, count, rpe)


@given(weights, reps, rpes)
def test_e1rm_never_below_the_weight_and_grows_with_reps(
    weight: float, count: int, rpe: float
) -> None:
    one = estimated_one_rep_max(weight, count, rpe)
    assert one >= weight
    assert estimated_one_rep_max(weight, count + 1, rpe) > one or one == weight


def test_table_rows_are_the_rts_chart() -> None:
    assert [max_percent(n) for n in (1, 3, 5, 8, 10, 12)] == [100.0, 92.2, 86.3, 78.6, 73.9, 69.5]


def test_rpe_9_for_n_reps_is_rpe_10_for_n_plus_one() -> None:
    for n in range(1, 12):
        assert max_percent(n, rpe=9) == pytest.approx(max_percent(n + 1))


def test_beyond_the_table_follows_epley_without_a_jump() -> None:
    assert max_percent(13) < max_percent(12)
    assert max_percent(12.0001) == pytest.approx(69.5, abs=0.01)
    assert max_percent(20) == pytest.approx(69.5 * (1 + 12 / 30) / (1 + 20 / 30))


@given(st.floats(min_value=1, max_value=40, allow_nan=False))
def test_the_table_is_strictly_decreasing(to_failure: float) -> None:
    assert max_percent(to_failure + 0.5) < max_percent(to_failure)


@given(reps, rpes)
def test_max_reps_inverts_the_table(count: int, rpe: float) -> None:
    """At the %1RM the table gives for n reps at an RPE, exactly n reps are possible."""
    assert max_reps(max_percent(count, rpe), rpe) == count


def test_five_reps_do_not_fit_ninety_percent() -> None:
    """The review's "5 x 5 @ 90% 1RM": 90 % allows three reps, not five."""
    assert max_reps(90) == 3
    with pytest.raises(InfeasibleDoseError):
        rpe_for(90, 5)


@given(st.integers(min_value=1, max_value=12), st.floats(min_value=40, max_value=100))
def test_rpe_and_percent_agree(count: int, percent: float) -> None:
    """Any feasible reps-and-%1RM pair gets an RPE whose table percent is at least the load."""
    if percent > max_percent(count):
        with pytest.raises(InfeasibleDoseError):
            rpe_for(percent, count)
        return
    rpe = rpe_for(percent, count)
    assert 1 <= rpe <= 10
    assert rpe == 10 or max_percent(count, max(rpe, 5)) >= percent - 1e-6


def test_rpe_of_a_typical_working_set() -> None:
    assert rpe_for(80, 5) == 8.0
    assert rpe_for(max_percent(5, 8), 5) == 8.0


@pytest.mark.parametrize(
    ("kind", "one_rm", "percent", "expected"),
    [
        (LoadKind.BARBELL, 100, 80, 80.0),
        (LoadKind.BARBELL, 93.3, 80, 72.5),
        (LoadKind.BARBELL, 30, 50, 20.0),
        (LoadKind.DUMBBELL, 41, 75, 30.0),
        (LoadKind.KETTLEBELL, 30, 70, 20.0),
        (LoadKind.MACHINE, 77, 70, 50.0),
    ],
)
def test_loads_round_down_to_the_plate_step(
    kind: LoadKind, one_rm: float, percent: float, expected: float
) -> None:
    assert working_load(one_rm, percent, kind) == expected


@given(st.floats(min_value=20, max_value=400), st.floats(min_value=30, max_value=100))
def test_a_rounded_load_is_a_real_load_never_above_the_target(
    one_rm: float, percent: float
) -> None:
    load = working_load(one_rm, percent)
    step = strength.PLATE_STEP_KG[LoadKind.BARBELL]
    assert math.isclose(load / step, round(load / step))
    assert load == 20.0 or load <= one_rm * percent / 100 + 1e-9


@given(st.integers(min_value=1, max_value=15), rpes, st.none() | st.floats(20, 300))
def test_prescriptions_are_feasible_and_agree(count: int, rpe: float, one_rm: float | None) -> None:
    """%1RM within the table for the reps, RPE read back from it, load from the e1RM."""
    dose = load_prescription(count, rpe, one_rm)
    assert dose.percent_1rm <= strength.max_percent(count)
    assert strength.max_reps(dose.percent_1rm) >= count
    assert abs(dose.target_rpe - rpe) <= 0.5
    if one_rm is None:
        assert dose.load_kg is None
    else:
        assert dose.load_kg == working_load(one_rm, dose.percent_1rm)
        assert f"{dose.load_kg:g} kg" in dose.intensity


def test_bench_80_x_5_gives_kilos_for_a_3_x_5() -> None:
    e1rm = estimated_one_rep_max(80, 5)
    dose = load_prescription(5, 8, e1rm)
    assert (dose.percent_1rm, dose.load_kg) == (81, 75.0)
    assert dose.intensity == "75 kg (81% 1RM, RPE 8)"
