"""The practice rules catch hand-broken plans: each rule, one plan a coach would send back."""

from collections.abc import Callable
from datetime import date

from app.training import checks, planner
from app.training.catalogue import BY_ID
from app.training.contract import plan_document
from app.training.contract.plan_document import Exercise, PlanData
from app.training.contract.vocabulary import BlockKind
from tests.training.training_helpers import profile

START = date(2026, 12, 7)


def _plan(
    who: plan_document.AthleteProfile, weeks: int
) -> tuple[PlanData, plan_document.PlanOptions]:
    options = plan_document.PlanOptions(duration_weeks=weeks, start_date=START)
    return planner.build_plan(who, options), options


def _edited(
    plan: PlanData, week: int, edit: Callable[[list[Exercise]], list[Exercise]]
) -> PlanData:
    """The plan with every main block of one week rewritten by `edit`."""
    target = plan.weeks[week - 1]
    sessions = []
    for session in target.sessions:
        blocks = [
            b.model_copy(update={"exercises": edit(list(b.exercises))})
            if b.kind is BlockKind.MAIN
            else b
            for b in session.blocks
        ]
        sessions.append(session.model_copy(update={"blocks": blocks}))
    weeks = list(plan.weeks)
    weeks[week - 1] = target.model_copy(update={"sessions": sessions})
    return plan.model_copy(update={"weeks": weeks})


def _rules(
    plan: PlanData, who: plan_document.AthleteProfile, options: plan_document.PlanOptions
) -> set[str]:
    return {v.rule for v in checks.find_violations(plan, who, options)}


def _l_sit(sets: int = 4) -> Exercise:
    movement = BY_ID["l_sit"]
    return Exercise(
        exercise_id=movement.id,
        name=movement.name,
        sets=sets,
        duration_s=8,
        intensity="RPE 7.5",
        target_rpe=7.5,
        rest_s=120,
    )


def test_straight_arm_work_every_day_is_refused() -> None:
    who = profile("calisthenics", "advanced", 6, goals="handstand and L-sit")
    plan, options = _plan(who, 4)
    assert "straight_arm" not in _rules(plan, who, options)
    broken = _edited(
        plan, 1, lambda work: [e for e in work if e.exercise_id != "l_sit"] + [_l_sit()]
    )
    found = [
        v.message for v in checks.find_violations(broken, who, options) if v.rule == "straight_arm"
    ]
    assert "week 1: straight-arm work on 4+ days" in found
    assert "2026-12-08: straight-arm work two days running" in found


def test_a_skill_back_down_its_ladder_is_refused() -> None:
    who = profile("calisthenics", "intermediate", 4, goals="front lever and planche")
    plan, options = _plan(who, 8)
    assert "skill_regression" not in _rules(plan, who, options)

    def frog(work: list[Exercise]) -> list[Exercise]:
        frog_stand = BY_ID["frog_stand"]
        return [
            e.model_copy(update={"exercise_id": frog_stand.id, "name": frog_stand.name})
            if e.exercise_id == "planche_lean"
            else e
            for e in work
        ]

    assert "skill_regression" in _rules(_edited(plan, 5, frog), who, options)


def test_a_teen_at_rpe_9_is_refused() -> None:
    who = profile("gym", "advanced", 3, age=16, goals="get stronger")
    plan, options = _plan(who, 4)
    assert "youth_max" not in _rules(plan, who, options)

    def max_out(work: list[Exercise]) -> list[Exercise]:
        return [work[0].model_copy(update={"target_rpe": 9.0}), *work[1:]]

    assert "youth_max" in _rules(_edited(plan, 2, max_out), who, options)


def test_a_teen_single_is_refused() -> None:
    who = profile("gym", "intermediate", 3, age=15)
    plan, options = _plan(who, 4)

    def single(work: list[Exercise]) -> list[Exercise]:
        loaded = [e for e in work if BY_ID[e.exercise_id].loaded]
        return [e.model_copy(update={"reps": 1}) if e is loaded[0] else e for e in work]

    assert "youth_max" in _rules(_edited(plan, 1, single), who, options)


def test_sparring_under_16_is_refused() -> None:
    who = profile("boxing", "advanced", 4, age=15, goals="my first amateur fight in spring")
    plan, options = _plan(who, 8)
    assert "youth_sparring" not in _rules(plan, who, options)
    sparring = BY_ID["sparring"]
    rounds = Exercise(
        exercise_id=sparring.id,
        name=sparring.name,
        sets=2,
        duration_s=120,
        intensity="RPE 6.5: technical",
        target_rpe=6.5,
        rest_s=60,
    )
    broken = _edited(plan, 5, lambda work: [*work, rounds])
    assert "youth_sparring" in _rules(broken, who, options)
