"""Reading messages: dates relative to the person's today, details, intents with a confidence."""

import datetime as dt

import pytest

from app.coach.understanding import Intent, Language, understand
from app.coach.understanding.dates import read_dates
from app.coach.understanding.language import detect
from app.coach.understanding.slots import LAST, exercises, minutes, week_and_day
from app.coach.understanding.text import normalise

TUESDAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("message", "start", "end"),
    [
        ("what's on today", TUESDAY, TUESDAY),
        ("and tomorrow?", dt.date(2026, 12, 2), dt.date(2026, 12, 2)),
        ("I missed yesterday", dt.date(2026, 11, 30), dt.date(2026, 11, 30)),
        ("what do I have on saturday", dt.date(2026, 12, 5), dt.date(2026, 12, 5)),
        ("what do I have on tuesday", TUESDAY, TUESDAY),
        ("I skipped tuesday", dt.date(2026, 11, 24), dt.date(2026, 11, 24)),
        ("travelling next week", dt.date(2026, 12, 7), dt.date(2026, 12, 13)),
        ("away until friday", TUESDAY, dt.date(2026, 12, 4)),
        ("on holiday for 2 weeks", TUESDAY, dt.date(2026, 12, 14)),
        ("¿qué me toca mañana?", dt.date(2026, 12, 2), dt.date(2026, 12, 2)),
    ],
)
def test_dates_are_relative_to_the_persons_today(
    message: str, start: dt.date, end: dt.date
) -> None:
    span = read_dates(normalise(message), TUESDAY)[0]
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("message", "week", "day"),
    [
        ("What is my workout on the first day of week one?", 1, 1),
        ("what's on week 2 day 3", 2, 3),
        ("day 3 of week two", 2, 3),
        ("the second session of week 3", 3, 2),
        ("my last session of week 2", 2, LAST),
        ("¿qué hago el día 1 de la semana 2?", 2, 1),
    ],
)
def test_week_and_day_in_any_form(message: str, week: int, day: int) -> None:
    assert week_and_day(normalise(message)) == (week, day)


def test_exercises_by_name_or_alias_longest_first() -> None:
    assert exercises(normalise("swap RDLs and back squats")) == ["romanian_deadlift", "back_squat"]
    assert exercises(normalise("Romanian deadlift instead of bench")) == [
        "romanian_deadlift",
        "bench_press",
    ]


@pytest.mark.parametrize(
    ("message", "wanted"), [("only 20 minutes", 20), ("half an hour max", 30), ("1.5 h", 90)]
)
def test_durations(message: str, wanted: int) -> None:
    assert minutes(normalise(message)) == wanted


def test_language() -> None:
    assert detect("¿qué entreno hoy?") is Language.SPANISH
    assert detect("me duele la rodilla") is Language.SPANISH
    assert detect("what's my session today?") is Language.ENGLISH


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("make it harder", Intent.HARDER),
        ("make it easier", Intent.EASIER),
        ("I'm travelling next week with no gym", Intent.TRAVEL),
        ("Move my long run to Sunday", Intent.MOVE),
        ("I only have 20 minutes today", Intent.SHORT_TIME),
        ("I missed yesterday's session", Intent.MISSED),
        ("how many rest days do I need", Intent.KNOWLEDGE),
        ("what is the capital of France?", Intent.OFF_TOPIC),
        ("which sport am I training for?", Intent.PROFILE),
        ("how many days a week do I train?", Intent.PROFILE),
        ("what's my workout on day 1 of week 2?", Intent.SESSION),
        ("why is week 4 lighter?", Intent.EXPLAIN),
        ("what do I do today", Intent.SESSION),
        ("how long should I rest between sets for strength?", Intent.KNOWLEDGE),
        ("I want to run 5 days a week, is that too much?", Intent.KNOWLEDGE),
        ("hi", Intent.GREETING),
        ("thanks coach!", Intent.GREETING),
        ("write me a poem about cats", Intent.OFF_TOPIC),
        ("my knee hurts when I squat", Intent.PAIN),
        ("I think I sprained my ankle", Intent.PAIN),
        ("I get chest pain when I run", Intent.RED_FLAG),
        ("my knee hurts and I have chest pain", Intent.RED_FLAG),
        ("start my plan on monday", Intent.START),
        ("quiero empezar mi plan el lunes", Intent.START),
    ],
)
def test_intents(message: str, intent: Intent) -> None:
    assert understand(message, TUESDAY).intent is intent


def test_a_travel_with_kit_is_temporary_not_a_new_plan() -> None:
    reading = understand("visiting family, only dumbbells there for a few days", TUESDAY)
    assert reading.intent is Intent.TRAVEL
    assert reading.change.is_empty()


def test_a_vague_change_asks_instead_of_rewriting() -> None:
    assert understand("change my plan", TUESDAY).intent is Intent.CLARIFY


def test_a_clear_change_carries_what_to_change() -> None:
    reading = understand("make it 5 days a week", TUESDAY)
    assert reading.intent is Intent.CHANGE
    assert reading.change.days_per_week == 5


def test_confidence_is_lower_for_a_vaguer_message() -> None:
    clear = understand("what's my workout today?", TUESDAY)
    vague = understand("hmm the thing", TUESDAY)
    assert clear.confidence > vague.confidence


def test_body_part_is_read() -> None:
    assert understand("my shoulder aches after bench", TUESDAY).slots.body_part == "shoulder"
    assert understand("me duele la rodilla", TUESDAY).slots.body_part == "knee"
