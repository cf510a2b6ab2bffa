"""The plan document's own invariants: what any plan, ours or an LLM's, must satisfy."""

from datetime import date

import pytest
from pydantic import ValidationError

from app.training.contract import plan_document
from app.training.contract.plan_document import (
    Block,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
    Week,
)
from tests.training.training_helpers import build


def exercise(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "exercise_id": "goblet_squat",
        "name": "Goblet squat",
        "sets": 3,
        "reps": 10,
        "intensity": "RPE 7",
        "rest_s": 90,
    }
    base.update(changes)
    return base


def test_an_exercise_needs_exactly_one_dose() -> None:
    assert Exercise.model_validate(exercise()).reps == 10
    with pytest.raises(ValidationError, match="exactly one"):
        Exercise.model_validate(exercise(duration_s=30))
    with pytest.raises(ValidationError, match="exactly one"):
        Exercise.model_validate(exercise(reps=None))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sets", 0),
        ("sets", 11),
        ("reps", 0),
        ("reps", 51),
        ("rest_s", -1),
        ("rest_s", 601),
        ("exercise_id", "Goblet Squat"),
        ("target_rpe", 11),
        ("percent_1rm", 101),
    ],
)
def test_exercise_bounds(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Exercise.model_validate(exercise(**{field: value}))


def test_exercise_refuses_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        Exercise.model_validate(exercise(tempo="3-1-1"))


def test_dose_text_reads_like_a_coach() -> None:
    assert Exercise.model_validate(exercise()).dose_text == "3 x 10"
    timed = Exercise.model_validate(exercise(reps=None, duration_s=180, sets=4))
    assert timed.dose_text == "4 x 3:00"
    run = Exercise.model_validate(exercise(reps=None, distance_m=5000, sets=1))
    assert run.dose_text == "5000 m"


def test_tabata_and_timed_blocks_are_complete() -> None:
    tabata = exercise(reps=None, duration_s=20, sets=8, rest_s=10)
    assert Block(kind="conditioning", format="tabata", exercises=[tabata]).format == "tabata"
    with pytest.raises(ValidationError, match="Tabata"):
        Block(kind="conditioning", format="tabata", exercises=[exercise()])
    with pytest.raises(ValidationError, match="time_cap_min"):
        Block(kind="conditioning", format="amrap", exercises=[exercise()])


def session(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "day": 1,
        "title": "Full body",
        "focus": "Squat and press",
        "intensity": "moderate",
        "duration_min": 45,
        "blocks": [{"kind": "main", "exercises": [exercise()]}],
    }
    base.update(changes)
    return base


def test_session_blocks_are_ordered_and_have_a_main_block() -> None:
    warm = {"kind": "warm_up", "exercises": [exercise()]}
    main = {"kind": "main", "exercises": [exercise()]}
    assert len(Session.model_validate(session(blocks=[warm, main])).blocks) == 2
    with pytest.raises(ValidationError, match="order"):
        Session.model_validate(session(blocks=[main, warm]))
    with pytest.raises(ValidationError, match="order"):
        Session.model_validate(session(blocks=[main, main]))
    with pytest.raises(ValidationError, match="main block"):
        Session.model_validate(session(blocks=[warm]))


@pytest.mark.parametrize("minutes", [14, 151])
def test_session_duration_bounds(minutes: int) -> None:
    with pytest.raises(ValidationError):
        Session.model_validate(session(duration_min=minutes))


def test_week_days_are_numbered_from_one() -> None:
    week = {"week": 1, "phase": "base", "focus": "Base", "notes": "Why."}
    ok = Week.model_validate({**week, "sessions": [session(day=1), session(day=2)]})
    assert [s.day for s in ok.sessions] == [1, 2]
    with pytest.raises(ValidationError, match="numbered"):
        Week.model_validate({**week, "sessions": [session(day=2)]})


def test_plan_header_must_match_its_body() -> None:
    data = build(weeks=2, days=2).model_dump(mode="json")
    assert PlanData.model_validate(data).duration_weeks == 2
    with pytest.raises(ValidationError, match="duration_weeks"):
        PlanData.model_validate({**data, "duration_weeks": 3})
    with pytest.raises(ValidationError, match="days_per_week"):
        PlanData.model_validate({**data, "days_per_week": 3})
    with pytest.raises(ValidationError):
        PlanData.model_validate({**data, "schema_version": 3})
    with pytest.raises(ValidationError):
        PlanData.model_validate({**data, "surprise": True})


def test_dated_sessions_fall_inside_their_week() -> None:
    plan = build(weeks=2, days=3, start=date(2026, 12, 1))
    data = plan.model_dump(mode="json")
    assert PlanData.model_validate(data) == plan
    data["weeks"][1]["sessions"][0]["date"] = "2026-12-01"
    with pytest.raises(ValidationError, match="outside its week"):
        PlanData.model_validate(data)


def test_llm_generators_are_accepted_but_not_nonsense() -> None:
    data = build(weeks=1).model_dump(mode="json")
    assert PlanData.model_validate({**data, "generator": "llm:qwen2.5-7b"}).generator
    with pytest.raises(ValidationError):
        PlanData.model_validate({**data, "generator": "whatever"})


def test_plan_helpers_for_the_coach() -> None:
    plan = build(weeks=4, days=3)
    assert plan.session(2, 3) is plan.weeks[1].sessions[2]
    with pytest.raises(KeyError):
        plan.session(5, 1)
    volume = plan.total_volume(1)
    assert volume.sets > 0
    assert volume.reps > 0
    assert volume.mean_rpe is not None
    with pytest.raises(KeyError):
        plan.total_volume(0)


def test_plan_options_forbid_unknown_fields_and_check_ranges() -> None:
    assert PlanOptions().duration_weeks == 4
    for bad in ({"duration_weeks": 0}, {"duration_weeks": 17}, {"weeks": 4}):
        with pytest.raises(ValidationError):
            PlanOptions.model_validate(bad)
    with pytest.raises(ValidationError):
        PlanOptions.model_validate({"equipment": ["laser_cannon"]})
    with pytest.raises(ValidationError, match="repeat"):
        PlanOptions.model_validate({"equipment": ["barbell", "barbell"]})
    with pytest.raises(ValidationError):
        PlanOptions.model_validate({"duration_weeks": True})


def test_profile_accepts_stored_users_and_refuses_bad_values() -> None:
    class User:
        age = 30
        sport = "Boxing"
        experience_level = "BEGINNER"
        days_per_week = 3
        goals = "  "
        name = "Ana"

    profile = plan_document.AthleteProfile.model_validate(User(), from_attributes=True)
    assert (profile.sport, profile.experience_level, profile.goals) == ("boxing", "beginner", None)
    for bad in ({"age": 12}, {"age": 101}, {"days_per_week": 8}, {"sport": "golf"}):
        with pytest.raises(ValidationError):
            plan_document.AthleteProfile.model_validate(
                {"age": 30, "sport": "gym", "experience_level": "beginner", "days_per_week": 3}
                | bad
            )
    with pytest.raises(ValidationError):
        plan_document.AthleteProfile(
            age=30, sport="gym", experience_level="beginner", days_per_week=3, goals="x" * 201
        )


def test_equipment_is_a_string_enum_the_api_can_offer() -> None:
    names = {e.value for e in plan_document.Equipment}
    assert {"barbell", "dumbbells", "kettlebell", "pull_up_bar", "heavy_bag", "rower"} <= names
    assert plan_document.Equipment("jump_rope") == "jump_rope"
