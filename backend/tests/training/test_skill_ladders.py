"""Calisthenics skill work, as a gymnastics coach would check it."""

from typing import Any

from app.training import checks, planner
from app.training.catalogue import BY_ID
from app.training.contract import plan_document
from app.training.contract.vocabulary import DoseUnit, Goal, Pattern, Quality
from tests.training.training_helpers import build, exercises, profile


def _static_skills(plan: plan_document.PlanData) -> list[plan_document.Exercise]:
    """The static strength-skill holds of a plan (levers, planche; not handstands)."""
    return [
        e
        for e in exercises(plan)
        if BY_ID[e.exercise_id].quality is Quality.SKILL
        and BY_ID[e.exercise_id].dose is DoseUnit.TIME
        and BY_ID[e.exercise_id].pattern
        not in (Pattern.INVERSION, Pattern.BOXING_SKILL, Pattern.FOOTWORK)
        and e.duration_s is not None
    ]


def test_static_skills_are_short_near_maximal_holds() -> None:
    plan = build("calisthenics", "intermediate", 4, 12, goals="planche and front lever")
    holds = _static_skills(plan)
    assert holds
    assert all(5 <= (e.duration_s or 0) <= 10 for e in holds)
    first_week = _static_skills(plan.model_copy(update={"weeks": plan.weeks[:1]}))
    assert all((e.target_rpe or 0) >= 7.5 for e in first_week)  # deloads ease it


def test_every_skill_says_when_to_move_up() -> None:
    plan = build("calisthenics", "beginner", 3, 8, goals="first muscle-up and a handstand")
    skills = [e for e in exercises(plan) if e.notes and "skill" in BY_ID[e.exercise_id].quality]
    assert skills
    assert all("Move up a step when" in (e.notes or "") for e in skills)


def test_the_checker_refuses_endurance_holds_on_a_lever() -> None:
    who = profile("calisthenics", "intermediate", 4, goals="front lever")
    options = plan_document.PlanOptions(duration_weeks=4)
    data: dict[str, Any] = planner.build_plan(who, options).model_dump(mode="json")
    for week in data["weeks"]:
        for session in week["sessions"]:
            for block in session["blocks"]:
                for exercise in block["exercises"]:
                    if exercise["exercise_id"] == "tuck_front_lever":
                        exercise["duration_s"] = 45
    edited = plan_document.PlanData.model_validate(data)
    assert "static_hold" in {v.rule for v in checks.find_violations(edited, who, options)}


def test_a_skill_plan_ends_with_a_test_of_each_skill() -> None:
    plan = build("calisthenics", "intermediate", 4, 8, goals="front lever")
    skills = [
        e
        for s in plan.weeks[-1].sessions
        for e in s.exercises()
        if BY_ID[e.exercise_id].skills and BY_ID[e.exercise_id].quality is Quality.SKILL
    ]
    assert skills
    assert any(e.intensity.startswith("Test") for e in skills)
    assert not any(
        e.intensity.startswith("Test")
        for w in plan.weeks[:-1]
        for s in w.sessions
        for e in s.exercises()
    )


def _pistol_work(session: plan_document.Session) -> list[plan_document.Exercise]:
    """The pistol-squat ladder's exercises in a session's work."""
    return [
        e for e in plan_document.work(session) if Goal.PISTOL_SQUAT in BY_ID[e.exercise_id].skills
    ]


def test_the_test_week_tests_each_skill_once() -> None:
    """Two fresh attempts on the first day; the other legs days practise as usual (RPE 6)."""
    plan = build("gym", "beginner", 4, 8, goals="pistol squats")
    last = plan.weeks[-1]
    doses = [e for s in last.sessions for e in _pistol_work(s)]
    tests = [e for e in doses if e.intensity.startswith("Test")]
    assert len(doses) == 4
    assert len(tests) == 1
    assert doses[0] is tests[0]
    assert all((e.target_rpe or 0) <= 6 for e in doses[1:])


def test_pistol_practice_takes_the_place_of_the_days_lunge() -> None:
    plan = build("calisthenics", "beginner", 4, 8, goals="pistol squats")
    for session in plan.weeks[0].sessions:
        patterns = [BY_ID[e.exercise_id].pattern for e in plan_document.work(session)]
        if _pistol_work(session):
            assert Pattern.LUNGE not in patterns, session.title


def test_handstands_keep_balance_holds_beside_short_lever_holds() -> None:
    """A lever and a handstand in one plan: 5-10 s strength holds, and longer balance holds.

    Both are dosed in seconds; before, whichever came first in the catalogue set both doses.
    """
    plan = build("calisthenics", "intermediate", 4, 8, goals="handstand and front lever")
    week_two = plan.model_copy(update={"weeks": plan.weeks[1:2]})
    inversions = [
        e for e in exercises(week_two) if BY_ID[e.exercise_id].pattern is Pattern.INVERSION
    ]
    levers = _static_skills(week_two)
    assert inversions
    assert levers
    assert all((e.duration_s or 0) >= 15 for e in inversions if e.duration_s)
    assert all((e.duration_s or 0) <= 10 for e in levers)
