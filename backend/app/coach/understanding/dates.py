"""Dates in what people write, relative to their own today (passed in, never read from a clock).

"today", "tomorrow", "yesterday", a weekday ("saturday": the next one, today included; "last
monday" or a weekday in a message about the past: the one before today), "this week", "next
week", "this weekend", "until friday", "for 2 weeks", in English and Spanish. Each mention is a
span of dates (a single day is a span of one), in the order they appear in the message.
"""

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6,
}  # fmt: skip
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a few": 3, "few": 3, "couple of": 2}
_DAY = "|".join(WEEKDAYS)
_MENTION = re.compile(
    rf"\b(?P<until>(?:until|till|til|hasta(?: el)?) (?P<untilday>{_DAY}))\b|"
    r"\b(?P<for>for (?:the next )?(?P<n>\d+|a few|few|a couple of|one|two|three|four|a) "
    r"(?P<unit>days?|weeks?))\b|"
    r"\b(?P<rel>day after tomorrow|pasado manana|today|tonight|hoy|tomorrow|manana(?! por)|"
    r"yesterday|ayer|this weekend|the weekend|este fin de semana|fin de semana|this week|"
    r"esta semana|next week|la semana que viene|la proxima semana|semana que viene|last week|"
    r"la semana pasada|whole last week)\b|"
    rf"\b(?P<last>last |el pasado |pasado )?(?P<weekday>{_DAY})s?\b"
)
_PAST = re.compile(
    r"\b(missed|skipped|did|was|were|went|had|didn'?t|couldn'?t|ago|last|falte|perdi|hice)\b"
)


@dataclass(frozen=True)
class DateSpan:
    """Consecutive days, both ends included (`start == end` for one day), as they were said."""

    start: dt.date
    end: dt.date
    position: int = 0
    phrase: str = ""

    @property
    def days(self) -> list[dt.date]:
        """Every date of the span, in order."""
        return [self.start + dt.timedelta(n) for n in range((self.end - self.start).days + 1)]


def _monday(day: dt.date) -> dt.date:
    """The Monday of `day`'s ISO week."""
    return day - dt.timedelta(day.weekday())


def _relative(word: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The span a relative expression names."""
    week = _monday(today)
    spans = {
        "today": (today, today),
        "tomorrow": (today + dt.timedelta(1), today + dt.timedelta(1)),
        "yesterday": (today - dt.timedelta(1), today - dt.timedelta(1)),
        "after": (today + dt.timedelta(2), today + dt.timedelta(2)),
        "weekend": (week + dt.timedelta(5), week + dt.timedelta(6)),
        "this week": (week, week + dt.timedelta(6)),
        "next week": (week + dt.timedelta(7), week + dt.timedelta(13)),
        "last week": (week - dt.timedelta(7), week - dt.timedelta(1)),
    }
    aliases = {
        "tonight": "today", "hoy": "today", "manana": "tomorrow", "ayer": "yesterday",
        "day after tomorrow": "after", "pasado manana": "after", "this weekend": "weekend",
        "the weekend": "weekend", "este fin de semana": "weekend", "fin de semana": "weekend",
        "esta semana": "this week", "la semana que viene": "next week",
        "la proxima semana": "next week", "semana que viene": "next week",
        "la semana pasada": "last week", "whole last week": "last week",
    }  # fmt: skip
    return spans[aliases.get(word, word)]


def _weekday(name: str, today: dt.date, past: bool) -> dt.date:
    """The named weekday: the next one (today included), or the last one before today."""
    target = WEEKDAYS[name]
    if past:
        return today - dt.timedelta((today.weekday() - target - 1) % 7 + 1)
    return today + dt.timedelta((target - today.weekday()) % 7)


def _span(match: re.Match[str], today: dt.date, past: bool) -> tuple[dt.date, dt.date]:
    """The span one mention names."""
    if match["until"]:
        return today, _weekday(match["untilday"], today, past=False)
    if match["for"]:
        count = int(match["n"]) if match["n"].isdigit() else _COUNT[match["n"]]
        days = count * (7 if match["unit"].startswith("week") else 1)
        return today, today + dt.timedelta(days - 1)
    if match["rel"]:
        return _relative(match["rel"], today)
    day = _weekday(match["weekday"], today, past or bool(match["last"]))
    return day, day


def read_dates(text: str, today: dt.date) -> list[DateSpan]:
    """Every date mention in a normalised message, in order.

    Args:
        text: The message, normalised (lowercase, no accents).
        today: The person's today, in their timezone.
    """
    past = bool(_PAST.search(text))
    return [
        DateSpan(*_span(match, today, past), position=match.start(), phrase=match.group(0))
        for match in _MENTION.finditer(text)
    ]
