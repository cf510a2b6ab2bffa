"""One message read whole: safety first, then language, intent with confidence, and details.

A plan is only rewritten when the person clearly asked: a change request needs a concrete
change (days, sport, level, length or kit) and words that ask for it; a change tied to dates
("next week", "while I travel") is temporary and never becomes a new plan.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from app.coach import log_from_chat, progress_answers
from app.coach.intents import ChangeRequest, read_change
from app.coach.understanding import slots
from app.coach.understanding.cues import CUES
from app.coach.understanding.dates import DateSpan, read_dates
from app.coach.understanding.intents import classify
from app.coach.understanding.intents_vocabulary import Intent, IntentReading
from app.coach.understanding.language import Language, detect
from app.coach.understanding.safety import RedFlag, screen
from app.coach.understanding.text import affirmed, normalise
from app.training.contract.vocabulary import Equipment

_PLAN_QUESTIONS = frozenset(
    {Intent.SESSION, Intent.WEEK, Intent.PLAN, Intent.KNOWLEDGE, Intent.PROFILE}
)
_TEMPORARY = frozenset({Intent.TRAVEL, Intent.SICK, Intent.SHORT_TIME, Intent.SLEPT_BADLY})
_START = re.compile(r"\b(start|begin)\w* (my |the )?plan\b|\bempezar (el |mi )?plan\b")


@dataclass(frozen=True)
class Slots:
    """The details of a message; empty or None where it names none."""

    week: int | None = None
    day: int | None = None
    dates: tuple[DateSpan, ...] = ()
    minutes: int | None = None
    exercises: tuple[str, ...] = ()
    equipment: tuple[Equipment, ...] = ()
    quantities: tuple[slots.Quantity, ...] = ()
    body_part: str | None = None


@dataclass(frozen=True)
class Understanding:
    """What the coach made of a message.

    `message` is as typed, `text` normalised, `query` what to search the knowledge for: the
    message without the clauses that deny something.
    """

    message: str
    text: str
    query: str
    language: Language
    intent: Intent
    confidence: float
    red_flag: RedFlag | None = None
    runner_up: Intent | None = None
    slots: Slots = field(default_factory=Slots)
    change: ChangeRequest = field(default_factory=ChangeRequest)


def read_slots(text: str, today: dt.date) -> Slots:
    """Every detail of a normalised message."""
    week, day = slots.week_and_day(text)
    return Slots(
        week=week,
        day=day,
        dates=tuple(read_dates(text, today)),
        minutes=slots.minutes(text),
        exercises=tuple(slots.exercises(text)),
        equipment=slots.equipment(text),
        quantities=tuple(slots.quantities(text)),
        body_part=slots.body_part(text),
    )


def _refine(reading: IntentReading, text: str, found: Slots, change: ChangeRequest) -> Intent:
    """The intent once the details are known."""
    intent = reading.intent
    if _START.search(text) and any(span.start == span.end for span in found.dates):
        return Intent.START
    asked_change = CUES[Intent.CHANGE].search(text) is not None
    if intent is Intent.CHANGE or (asked_change and intent not in _TEMPORARY):
        if not change.is_empty():
            return Intent.CHANGE
        if intent is not Intent.CHANGE:
            return intent
        return Intent.KNOWLEDGE if text.rstrip().endswith("?") else Intent.CLARIFY
    if intent in _PLAN_QUESTIONS and found.week is not None and found.day is not None:
        return Intent.SESSION
    if intent is Intent.SESSION and found.week is not None and found.day is None:
        return Intent.WEEK
    return intent


def _about_the_log(message: str) -> Intent | None:
    """A session reported ("did 3x5 at 100 kg", "I missed yesterday") or asked about."""
    said = log_from_chat.read_log(message)
    if said is not None:
        return Intent.MISSED if isinstance(said, log_from_chat.Missed) else Intent.LOG
    return Intent.PROGRESS if progress_answers.asks(message) is not None else None


def understand(message: str, today: dt.date, age: int | None = None) -> Understanding:
    """Read a message.

    Args:
        message: The person's message, trimmed.
        today: Their today, in their timezone (for "tomorrow", "saturday").
        age: Their age, when known (the safety screen uses it).

    Returns:
        The reading: a red flag wins over every other.
    """
    text = normalise(message)
    language = detect(message)
    found = read_slots(text, today)
    flag = screen(message, age)
    if flag is not None:
        return Understanding(
            message, text, message, language, Intent.RED_FLAG, 1.0, flag, slots=found
        )
    reading = classify(message, text, language)
    change = read_change(message) if language is Language.ENGLISH else ChangeRequest()
    intent = _about_the_log(message) or _refine(reading, text, found, change)
    return Understanding(
        message,
        text,
        affirmed(message),
        language,
        intent,
        reading.confidence,
        runner_up=reading.runner_up,
        slots=found,
        change=change if intent is Intent.CHANGE else ChangeRequest(),
    )
