"""The rules module catches what a careless author (say, an LLM) might get wrong."""

from typing import Any

from app.training import checks, planner
from app.training.contract import plan_document
from app.training.contract.plan_document import PlanData
from tests.training.training_helpers import profile


def tamper(plan: PlanData, change: Any) -> PlanData:
    """Apply `change` to the plan's JSON and validate it again, as an LLM plan would be."""
    data = plan.model_dump(mode="json")
    change(data)
    return PlanData.model_validate(data)


def codes(
    plan: PlanData, who: plan_document.AthleteProfile, options: plan_document.PlanOptions
) -> set[str]:
    return {violation.rule for violation in checks.find_violations(plan, who, options)}


def first_main(data: dict[str, Any], week: int = 0, day: int = 0) -> list[dict[str, Any]]:
    blocks = data["weeks"][week]["sessions"][day]["blocks"]
    main = next(block for block in blocks if block["kind"] == "main")
    exercises: list[dict[str, Any]] = main["exercises"]
    return exercises


def test_our_plans_pass() -> None:
    who = profile("gym", "beginner", 3)
    options = plan_document.PlanOptions(duration_weeks=8, equipment=["dumbbells"])
    assert checks.find_violations(planner.build_plan(who, options), who, options) == []


def test_missing_kit_and_level_are_caught() -> None:
    who = profile("gym", "beginner", 3)
    options = plan_document.PlanOptions(duration_weeks=2, equipment=["dumbbells"])
    plan = planner.build_plan(who, options)

    def add_barbell_snatch(data: dict[str, Any]) -> None:
        first_main(data).append(
            {
                "exercise_id": "power_snatch",
                "name": "Power snatch",
                "sets": 3,
                "reps": 3,
                "intensity": "80% 1RM",
                "rest_s": 120,
                "equipment": ["barbell"],
            }
        )

    assert {"equipment", "level"} <= codes(tamper(plan, add_barbell_snatch), who, options)


def test_unknown_exercises_are_flagged_unless_allowed() -> None:
    who = profile("gym", "advanced", 3)
    options = plan_document.PlanOptions(duration_weeks=1)
    plan = planner.build_plan(who, options)

    def rename(data: dict[str, Any]) -> None:
        first_main(data)[0]["exercise_id"] = "mystery_lift"

    odd = tamper(plan, rename)
    assert "unknown" in codes(odd, who, options)
    assert checks.find_violations(odd, who, options, allow_unknown=True) == []


def test_age_caps_are_caught() -> None:
    teen = profile("gym", "advanced", 3, age=15)
    options = plan_document.PlanOptions(duration_weeks=1)
    plan = planner.build_plan(teen, options)

    def max_out(data: dict[str, Any]) -> None:
        lift = next(e for e in first_main(data) if e["percent_1rm"] is not None)
        lift.update(percent_1rm=95, target_rpe=10, reps=1)

    assert {"age_load", "age_effort", "age_reps"} <= codes(tamper(plan, max_out), teen, options)
    older = profile("gym", "advanced", 3, age=70)

    def add_jumps(data: dict[str, Any]) -> None:
        first_main(data).append(
            {
                "exercise_id": "box_jump",
                "name": "Box jump",
                "sets": 3,
                "reps": 5,
                "intensity": "explosive",
                "rest_s": 120,
                "equipment": ["box"],
            }
        )

    old_plan = planner.build_plan(older, options)
    assert "impact" in codes(tamper(old_plan, add_jumps), older, options)


def test_missing_deload_taper_and_easy_days_are_caught() -> None:
    who = profile("running", "intermediate", 6, goals="marathon")
    options = plan_document.PlanOptions(duration_weeks=8)
    plan = planner.build_plan(who, options)

    def flatten(data: dict[str, Any]) -> None:
        for week in data["weeks"]:
            week["phase"] = "build"
            for session in week["sessions"]:
                session["intensity"] = "hard"

    assert {"deload", "taper", "recovery"} <= codes(tamper(plan, flatten), who, options)


def test_a_deload_that_is_not_lighter_is_caught() -> None:
    who = profile("gym", "intermediate", 3)
    options = plan_document.PlanOptions(duration_weeks=6)
    plan = planner.build_plan(who, options)

    def heavy_deload(data: dict[str, Any]) -> None:
        data["weeks"][3]["sessions"] = data["weeks"][2]["sessions"]

    assert "deload" in codes(tamper(plan, heavy_deload), who, options)


def test_running_growth_and_intensity_are_checked() -> None:
    who = profile("running", "intermediate", 3)
    options = plan_document.PlanOptions(duration_weeks=3)
    plan = planner.build_plan(who, options)

    def jump(data: dict[str, Any]) -> None:
        for session in data["weeks"][1]["sessions"]:
            for block in session["blocks"]:
                for exercise in block["exercises"]:
                    if exercise["distance_m"] and exercise["exercise_id"] == "long_run":
                        exercise["distance_m"] *= 3
        first_main(data, 2, 1)[0].update(exercise_id="intervals_400m", sets=10, distance_m=4000)

    assert {"10_percent", "80_20"} <= codes(tamper(plan, jump), who, options)


def test_heavy_patterns_on_consecutive_days_are_caught() -> None:
    who = profile("gym", "advanced", 3)
    options = plan_document.PlanOptions(duration_weeks=1)
    plan = planner.build_plan(who, options)

    def same_heavy_day(data: dict[str, Any]) -> None:
        day_one = data["weeks"][0]["sessions"][0]
        for index in (1, 2):
            data["weeks"][0]["sessions"][index]["blocks"] = day_one["blocks"]
        for exercise in first_main(data):
            exercise["target_rpe"] = 9.0

    assert "heavy_repeat" in codes(tamper(plan, same_heavy_day), who, options)


def test_boxing_without_rounds_and_sparring_for_the_wrong_athlete() -> None:
    who = profile("boxing", "beginner", 2)
    options = plan_document.PlanOptions(duration_weeks=1)
    plan = planner.build_plan(who, options)

    def no_boxing(data: dict[str, Any]) -> None:
        for session in data["weeks"][0]["sessions"]:
            for block in session["blocks"]:
                for exercise in block["exercises"]:
                    exercise["exercise_id"] = "plank"

    assert "sport" in codes(tamper(plan, no_boxing), who, options)

    def spar(data: dict[str, Any]) -> None:
        first_main(data)[0]["exercise_id"] = "sparring"

    assert "contact" in codes(tamper(plan, spar), who, options)
