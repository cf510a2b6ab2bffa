import pytest

from app.training.numbers.strength import estimated_one_rep_max


def test_epley_with_reps_in_reserve() -> None:
    assert estimated_one_rep_max(100, 1) == 100
    assert estimated_one_rep_max(100, 1, rpe=10) == 100
    assert estimated_one_rep_max(80, 8) == pytest.approx(101.33, abs=0.01)
    assert estimated_one_rep_max(100, 5, rpe=8) == pytest.approx(100 * (1 + 7 / 30))
