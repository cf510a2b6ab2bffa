"""Strength goals, as a strength coach would read the plan: heavier and fewer sets at the peak."""

from typing import Any

import pytest

from app.training import checks, planner
from app.training.contract import plan_document
from app.training.contract.vocabulary import Phase
from tests.training.training_helpers import build, profile


def _main_lift_sets(week: plan_document.Week, lift: str) -> int:
    """Work sets of one lift across the week."""
    return sum(e.sets for s in week.sessions for e in s.exercises() if e.exercise_id == lift)


def _first(plan: plan_document.PlanData, phase: Phase) -> plan_document.Week:
    """The first week of a phase."""
    return next(w for w in plan.weeks if w.phase is phase)


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_the_peak_has_fewer_sets_than_the_build(level: str) -> None:
    plan = build("gym", level, 4, 12, goals="get stronger")
    build_week, peak_week = _first(plan, Phase.BUILD), _first(plan, Phase.PEAK)
    assert checks.week_work(peak_week, plan.sport) < checks.week_work(build_week, plan.sport)


def test_the_squat_gets_heavier_and_shorter_at_the_peak() -> None:
    plan = build("gym", "intermediate", 4, 12, goals="squat 140 kg")
    build_week, peak_week = _first(plan, Phase.BUILD), _first(plan, Phase.PEAK)
    assert _main_lift_sets(peak_week, "back_squat") < _main_lift_sets(build_week, "back_squat")
    squats = [e for e in peak_week.sessions[0].exercises() if e.exercise_id == "back_squat"]
    assert squats
    assert all((e.percent_1rm or 0) >= 85 for e in squats)


def test_the_checker_refuses_a_peak_as_big_as_the_build() -> None:
    who = profile("gym", "intermediate", 4, goals="get stronger")
    options = plan_document.PlanOptions(duration_weeks=12)
    plan = planner.build_plan(who, options)
    data: dict[str, Any] = plan.model_dump(mode="json")
    peak = next(w for w in data["weeks"] if w["phase"] == "peak")
    for session in peak["sessions"]:
        for block in session["blocks"]:
            for exercise in block["exercises"]:
                if block["kind"] == "main":
                    exercise["sets"] = min(10, exercise["sets"] + 2)
    edited = plan_document.PlanData.model_validate(data)
    assert "peak_volume" in {v.rule for v in checks.find_violations(edited, who, options)}
