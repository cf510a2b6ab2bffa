"""Reading messages: safety first, change requests only when asked, questions as questions."""

import pytest

from app.coach.intents import ChangeRequest, Intent, read


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("which sport am I training for?", Intent.PROFILE),
        ("how many days a week do I train?", Intent.PROFILE),
        ("what are my goals again", Intent.PROFILE),
        ("what's my workout on day 1 of week 2?", Intent.PLAN),
        ("why is week 4 lighter?", Intent.PLAN),
        ("what do I do today", Intent.PLAN),
        ("how long should I rest between sets for strength?", Intent.KNOWLEDGE),
        ("how much protein do I need", Intent.KNOWLEDGE),
        ("I want to run 5 days a week, is that too much?", Intent.KNOWLEDGE),
        ("hi", Intent.GREETING),
        ("thanks coach!", Intent.GREETING),
        ("what is the capital of France?", Intent.OFF_TOPIC),
        ("write me a poem about cats", Intent.OFF_TOPIC),
        ("my knee hurts when I squat", Intent.PAIN),
        ("I think I sprained my ankle", Intent.PAIN),
        ("I get chest pain when I run", Intent.RED_FLAG),
        ("I felt faint and dizzy after intervals", Intent.RED_FLAG),
        ("my left arm goes numb during push-ups", Intent.RED_FLAG),
        ("my knee hurts and I have chest pain", Intent.RED_FLAG),
    ],
)
def test_intent(message: str, intent: Intent) -> None:
    assert read(message).intent is intent


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
    reading = read(message)
    assert reading.intent is Intent.CHANGE
    assert reading.change == change


def test_week_and_day_numbers_are_read() -> None:
    reading = read("what's on week three day 2?")
    assert (reading.week, reading.day) == (3, 2)


def test_impossible_day_counts_are_not_changes() -> None:
    assert read("make it 9 days a week").change.days_per_week is None


def test_body_part_is_read() -> None:
    assert read("my shoulder aches after bench").body_part == "shoulder"
