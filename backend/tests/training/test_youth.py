"""Teen athletes, as a youth coach would check the plan: athletic basics first, never a max."""

import pytest

from app.training.catalogue import BY_ID
from app.training.contract.vocabulary import Quality
from tests.training.training_helpers import build, exercises


@pytest.mark.parametrize("sport", ["gym", "calisthenics", "crossfit"])
def test_teens_learn_to_land_and_sprint(sport: str) -> None:
    plan = build(sport, "intermediate", 3, 8, age=15, goals="get stronger")
    for week in plan.weeks:
        ids = {e.exercise_id for s in week.sessions for e in s.exercises()}
        assert "landing_drill" in ids, f"week {week.week}: no landing work"
        assert "acceleration_sprint" in ids, f"week {week.week}: no sprint work"


def test_adults_do_not_get_the_youth_drills() -> None:
    plan = build("gym", "intermediate", 3, 8, age=30)
    assert not {"landing_drill", "acceleration_sprint"} & {e.exercise_id for e in exercises(plan)}


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_no_max_attempts_for_teens_anywhere(level: str) -> None:
    plan = build("gym", level, 4, 12, age=16, goals="get stronger, squat 100 kg")
    loaded = [e for e in exercises(plan) if BY_ID[e.exercise_id].quality is Quality.STRENGTH]
    assert loaded
    assert all(e.reps is None or e.reps >= 5 for e in loaded)
    assert all((e.target_rpe or 0) <= 8 for e in exercises(plan))
    assert all((e.percent_1rm or 0) <= 80 for e in exercises(plan))
