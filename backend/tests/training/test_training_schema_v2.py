"""Plan document version 2: loads, paces, per-side doses, event days; version 1 still reads."""

from datetime import date

import pytest
from pydantic import ValidationError

from app.training.contract.plan_document import Exercise, Pace, PlanData, PlanOptions, Session
from tests.training.training_helpers import build


def test_new_plans_are_version_2_and_version_1_documents_still_read() -> None:
    data = build(weeks=1, days=2).model_dump(mode="json")
    assert data["schema_version"] == 2
    assert data["warnings"] == []
    assert data["baselines_used"] == {}
    assert PlanData.model_validate({**data, "schema_version": 1}).schema_version == 1


def test_a_pace_names_its_faster_end_first() -> None:
    assert Pace(min_s_per_km=265, max_s_per_km=280).min_s_per_km == 265
    with pytest.raises(ValidationError, match="faster end"):
        Pace(min_s_per_km=300, max_s_per_km=280)


def test_an_exercise_carries_its_load_pace_and_side() -> None:
    squat = Exercise(
        exercise_id="back_squat",
        name="Back squat",
        sets=3,
        reps=5,
        intensity="RPE 8",
        rest_s=180,
        load_kg=102.5,
    )
    assert (squat.load_kg, squat.per_side, squat.pace) == (102.5, False, None)
    with pytest.raises(ValidationError):
        Exercise.model_validate({**squat.model_dump(), "load_kg": -5})


def test_only_an_event_day_may_run_past_150_minutes() -> None:
    session = build(weeks=1, days=1).weeks[0].sessions[0].model_dump()
    with pytest.raises(ValidationError, match="at most 150"):
        Session.model_validate({**session, "duration_min": 240})
    marathon = Session.model_validate({**session, "duration_min": 240, "kind": "event"})
    assert marathon.kind == "event"
    with pytest.raises(ValidationError):
        Session.model_validate({**session, "duration_min": 601, "kind": "event"})


def test_plan_options_take_an_event_and_training_days() -> None:
    options = PlanOptions(
        duration_weeks=8,
        event={"kind": "race", "date": date(2027, 3, 7), "distance_km": 21.1},
        training_days=["tue", "thu", "sat"],
    )
    assert options.event is not None
    assert options.event.distance_km == 21.1
    with pytest.raises(ValidationError, match="repeat"):
        PlanOptions(training_days=["mon", "mon"])
    with pytest.raises(ValidationError):
        PlanOptions(event={"kind": "party", "date": date(2027, 3, 7)})
