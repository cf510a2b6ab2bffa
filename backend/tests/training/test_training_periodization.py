"""Phases, deloads and tapers across plans of 1 to 16 weeks."""

import pytest

from app.training.calendar.periodization import DELOAD_VOLUME, plan_weeks
from app.training.contract.vocabulary import Phase

B, U, P, D, T = Phase.BASE, Phase.BUILD, Phase.PEAK, Phase.DELOAD, Phase.TAPER


@pytest.mark.parametrize(
    ("weeks", "event", "expected"),
    [
        (1, False, [B]),
        (3, True, [B, B, U]),
        (4, False, [B, B, U, U]),
        (4, True, [B, B, U, T]),
        (6, False, [B, B, B, D, U, U]),
        (8, True, [B, B, B, D, U, U, U, T]),
        (12, False, [B, B, B, D, U, U, U, D, P, P, P, P]),
        (16, True, [B, B, B, D, U, U, U, D, U, U, U, D, P, P, T, T]),
    ],
)
def test_phase_layout(weeks: int, event: bool, expected: list[Phase]) -> None:
    assert [frame.phase for frame in plan_weeks(weeks, event)] == expected


@pytest.mark.parametrize("weeks", range(1, 17))
@pytest.mark.parametrize("event", [False, True])
def test_deloads_and_tapers(weeks: int, event: bool) -> None:
    frames = plan_weeks(weeks, event)
    phases = [frame.phase for frame in frames]
    assert [frame.week for frame in frames] == list(range(1, weeks + 1))
    if weeks < 6:
        assert D not in phases
    else:
        deloads = [frame.week for frame in frames if frame.phase is D]
        assert deloads
        gaps = [b - a for a, b in zip([0, *deloads], deloads, strict=False)]
        assert all(3 <= gap <= 5 for gap in gaps)
    assert (phases[-1] is T) == (event and weeks >= 4)
    assert phases[0] is B
    for frame in frames:
        if frame.phase is D:
            assert frame.volume == DELOAD_VOLUME
        if frame.phase is T:
            assert 0.4 <= frame.volume <= 0.7
        if not frame.reduced:
            assert frame.volume == 1.0
            assert frame.load_phase is frame.phase


def test_steps_restart_with_each_block_and_loading_weeks_count_up() -> None:
    frames = plan_weeks(12, False)
    assert [f.step for f in frames] == [0, 1, 2, 2, 0, 1, 2, 2, 0, 1, 2, 3]
    assert [f.block for f in frames] == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]
    loading = [f.loading_weeks for f in frames if not f.reduced]
    assert loading == list(range(len(loading)))
