"""Single-session edits: only the dates named change, and an edit that breaks a rule is refused."""

import datetime as dt

import pytest

from app.coach.answers import adjust
from app.coach.plan_edits import (
    EditRefusedError,
    move_session,
    replace_exercise,
    revise_dates,
    set_start,
)
from app.training import AthleteProfile, PlanData, PlanOptions, build_plan
from app.training.contract.vocabulary import Equipment

START = dt.date(2026, 11, 30)  # a Monday


def _plan(start: dt.date | None = START) -> PlanData:
    profile = AthleteProfile(
        age=30, sport="gym", experience_level="intermediate", days_per_week=3, goals=None
    )
    return build_plan(profile, PlanOptions(duration_weeks=4, start_date=start))


def _dates(plan: PlanData) -> list[dt.date | None]:
    return [s.date for w in plan.weeks for s in w.sessions]


def test_a_move_changes_one_date_only() -> None:
    plan = _plan()
    first = plan.weeks[0].sessions[0]
    assert first.date == START
    moved = move_session(plan, START, START + dt.timedelta(days=1)).plan
    assert _dates(moved)[1:] == _dates(plan)[1:]
    assert moved.weeks[0].sessions[0].date == START + dt.timedelta(days=1)
    assert moved.weeks[0].sessions[0].title == first.title


def test_a_move_out_of_its_week_or_onto_a_session_is_refused() -> None:
    plan = _plan()
    with pytest.raises(EditRefusedError, match="same week"):
        move_session(plan, START, START + dt.timedelta(days=8))
    taken = plan.weeks[0].sessions[1].date
    assert taken is not None
    with pytest.raises(EditRefusedError, match="already have a session"):
        move_session(plan, START, taken)


def test_a_swap_keeps_the_pattern() -> None:
    plan = _plan()
    session = plan.weeks[0].sessions[0]
    assert session.date is not None
    exercise = next(e for e in session.exercises() if e.exercise_id == "back_squat")
    assert exercise
    swapped = replace_exercise(plan, session.date, "back_squat", "goblet_squat").plan
    names = [e.exercise_id for e in swapped.weeks[0].sessions[0].exercises()]
    assert "goblet_squat" in names
    assert "back_squat" not in names
    with pytest.raises(EditRefusedError, match="pattern"):
        replace_exercise(plan, session.date, "back_squat", "bench_press")


def test_travel_kit_changes_only_the_travel_dates() -> None:
    plan = _plan()
    kit = frozenset({Equipment.BODYWEIGHT})
    days = [START, START + dt.timedelta(days=1), START + dt.timedelta(days=2)]
    edited = revise_dates(plan, days, lambda s: adjust.with_kit(s, kit).session, "travel").plan
    first_week = edited.weeks[0].sessions
    travelled = [s for s in first_week if s.date in days]
    assert travelled
    for session in travelled:
        assert all(set(e.equipment) <= {Equipment.BODYWEIGHT} for e in session.exercises())
    assert edited.weeks[1:] == plan.weeks[1:]


def test_an_undated_plan_gets_dates_from_its_start() -> None:
    plan = _plan(start=None)
    dated = set_start(plan, START).plan
    assert dated.start_date == START
    assert dated.weeks[1].sessions[0].date == START + dt.timedelta(days=7)
    with pytest.raises(EditRefusedError, match="already has dates"):
        set_start(dated, START)


def test_a_shorter_session_keeps_the_main_block_and_says_what_was_cut() -> None:
    session = _plan().weeks[0].sessions[0]
    version = adjust.shorter(session, 20)
    assert [b.kind for b in version.session.blocks] == ["main"]
    assert version.session.duration_min == 20
    assert any(change.startswith("cut:") for change in version.changes)
