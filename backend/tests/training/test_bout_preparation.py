"""Bout preparation, as a boxing coach would check a fight camp."""

from typing import Any

from app.training import checks, planner
from app.training.contract import plan_document
from app.training.contract.vocabulary import Pattern, Phase
from tests.training.training_helpers import build, exercises, pattern_of, profile, volume


def _rounds(week: plan_document.Week) -> list[plan_document.Exercise]:
    """The boxing rounds of one week."""
    return [
        e for s in week.sessions for e in s.exercises() if pattern_of(e) is Pattern.BOXING_SKILL
    ]


def test_an_intermediate_with_a_first_fight_spars_under_supervision() -> None:
    plan = build("boxing", "intermediate", 4, 8, goals="first amateur fight in spring")
    sparring = [e for e in exercises(plan) if e.exercise_id == "sparring"]
    assert sparring, "a first bout needs sparring in camp"
    assert all((e.target_rpe or 0) <= 7.5 for e in sparring)
    assert any("Sparring" in note for note in plan.safety_notes)


def test_beginners_never_spar_even_with_a_fight_ahead() -> None:
    plan = build("boxing", "beginner", 4, 8, goals="fight in 8 weeks")
    assert all(e.exercise_id != "sparring" for e in exercises(plan))


def test_build_weeks_have_rounds_at_fight_intensity() -> None:
    plan = build("boxing", "intermediate", 4, 8, goals="first amateur fight")
    for week in plan.weeks:
        hardest = max(e.target_rpe or 0 for e in _rounds(week))
        if week.phase is Phase.BUILD:
            assert 8 <= hardest <= 9, f"week {week.week}: no round at fight pace"
        if week.phase is Phase.BASE:
            assert hardest < 8, f"week {week.week}: fight pace belongs to the build"


def test_no_fight_pace_without_a_bout() -> None:
    plan = build("boxing", "intermediate", 4, 8, goals="get fit")
    assert all((e.target_rpe or 0) <= 8 for w in plan.weeks for e in _rounds(w))


def test_the_fight_week_is_light_but_sharp() -> None:
    plan = build("boxing", "intermediate", 4, 8, goals="first amateur fight")
    build_week, fight_week = plan.weeks[-2], plan.weeks[-1]
    assert fight_week.phase is Phase.TAPER
    assert volume(plan.model_copy(update={"weeks": [fight_week]})) < volume(
        plan.model_copy(update={"weeks": [build_week]})
    )
    assert max(e.target_rpe or 0 for e in _rounds(fight_week)) >= 8


def test_a_bout_plan_keeps_the_hard_day_rule_and_passes_the_checker() -> None:
    for level in ("intermediate", "advanced"):
        for days in (3, 4, 5, 6):
            who = profile("boxing", level, days, goals="fight in 10 weeks")
            options = plan_document.PlanOptions(duration_weeks=10)
            plan = planner.build_plan(who, options)
            assert checks.find_violations(plan, who, options) == []


def test_the_checker_refuses_fight_pace_without_a_bout_and_hard_sparring() -> None:
    who = profile("boxing", "intermediate", 4, goals="get fit")
    options = plan_document.PlanOptions(duration_weeks=8)
    plan = planner.build_plan(who, options)

    def edited(change: Any) -> plan_document.PlanData:
        data = plan.model_dump(mode="json")
        change(data["weeks"][5]["sessions"][0]["blocks"])
        return plan_document.PlanData.model_validate(data)

    def fight_pace(blocks: list[dict[str, Any]]) -> None:
        main = next(b for b in blocks if b["kind"] == "main")
        main["exercises"][1]["target_rpe"] = 9.0

    found = {v.rule for v in checks.find_violations(edited(fight_pace), who, options)}
    assert "fight_pace" in found
