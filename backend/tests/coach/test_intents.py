"""Reading plan changes: only when asked, never from a question."""

import pytest

from app.coach.intents import ChangeRequest, read_change


@pytest.mark.parametrize(
    ("message", "change"),
    [
        ("make it 5 days", ChangeRequest(days_per_week=5)),
        ("can you make it five days a week?", ChangeRequest(days_per_week=5)),
        ("I can only train 3 days a week now", ChangeRequest(days_per_week=3)),
        ("I only have dumbbells", ChangeRequest(equipment=("dumbbells",))),  # type: ignore[arg-type]
        ("no equipment at home, what now?", ChangeRequest(equipment=())),
        ("switch me to boxing", ChangeRequest(sport="boxing")),  # type: ignore[arg-type]
        ("make my plan 8 weeks", ChangeRequest(duration_weeks=8)),
        (
            "give me a new plan for 6 weeks, 4 days a week",
            ChangeRequest(days_per_week=4, duration_weeks=6),
        ),
    ],
)
def test_change_requests(message: str, change: ChangeRequest) -> None:
    assert read_change(message) == change


def test_impossible_day_counts_are_not_changes() -> None:
    assert read_change("make it 9 days a week").days_per_week is None


def test_a_question_is_not_a_request() -> None:
    assert read_change("is 5 days a week too much?").is_empty()
