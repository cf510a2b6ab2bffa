"""The rules of a CoachX profile, as reusable annotated types.

They are enforced by the API schemas (and so shown in OpenAPI): a person is 13 to 100 years old,
trains one of five sports, at one of three levels, 1 to 7 days a week. Integers are strict, so
`25.5`, `"25"` or `true` are refused rather than silently converted. The sports and levels are
the training engine's own vocabulary, so a profile always names something a plan can be made for.
"""

from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from app.text import (
    blank_to_none,
    case_insensitive,
    refuse_control_characters,
    refuse_control_characters_in_line,
)
from app.training.contract.vocabulary import (
    GOALS_MAX_CHARS,
    MAX_AGE,
    MAX_DAYS,
    MIN_AGE,
    MIN_DAYS,
    Sport,
    Weekday,
)
from app.training.contract.vocabulary import Level as ExperienceLevel

__all__ = ["ExperienceLevel", "Sport", "Weekday"]


PersonName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=50),
    AfterValidator(refuse_control_characters_in_line),
    Field(description="1 to 50 characters, trimmed, not blank, no control characters"),
]
Age = Annotated[
    int,
    Field(strict=True, ge=MIN_AGE, le=MAX_AGE, description=f"Age in years, {MIN_AGE} to {MAX_AGE}"),
]
SportName = Annotated[
    Sport,
    BeforeValidator(case_insensitive),
    Field(description="Case-insensitive; stored lowercase"),
]
Level = Annotated[ExperienceLevel, BeforeValidator(case_insensitive)]
DaysPerWeek = Annotated[
    int,
    Field(
        strict=True,
        ge=MIN_DAYS,
        le=MAX_DAYS,
        description=f"Training days per week, {MIN_DAYS} to {MAX_DAYS}",
    ),
]
GoalsText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=GOALS_MAX_CHARS),
    AfterValidator(refuse_control_characters),
]
Goals = Annotated[
    GoalsText | None,
    BeforeValidator(blank_to_none),
    Field(description="Free text, up to 200 characters, e.g. 'run my first 10k'"),
]
Limitations = Annotated[
    GoalsText | None,
    BeforeValidator(blank_to_none),
    Field(
        description="Injuries and conditions, free text up to 200 characters, "
        "e.g. 'bad lower back'; the plan works around them"
    ),
]
BodyWeight = Annotated[
    float | None,
    Field(strict=True, ge=30, le=300, allow_inf_nan=False, description="Body weight in kg, 30-300"),
]


def _known_time_zone(name: str) -> str:
    """Accept only IANA zone names zoneinfo knows ("Europe/Berlin", "UTC"), never file paths."""
    if name not in _ZONES:
        raise ValueError("must be an IANA time zone name, e.g. Europe/Berlin")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError("must be an IANA time zone name, e.g. Europe/Berlin") from error
    return name


def _distinct_days(days: list[Weekday]) -> list[Weekday]:
    """Refuse a repeated weekday; keep the days Monday first."""
    if len(set(days)) != len(days):
        raise ValueError("must not repeat a day")
    return sorted(days, key=lambda day: day.iso_index)


_ZONES = frozenset(available_timezones()) | {"UTC"}
TimeZoneName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
    AfterValidator(_known_time_zone),
    Field(description="IANA time zone name, e.g. Europe/Berlin; the default is UTC"),
]
TrainingDays = Annotated[
    list[Annotated[Weekday, BeforeValidator(case_insensitive)]],
    Field(min_length=1, max_length=7, description="Weekdays mon..sun, as many as days_per_week"),
    AfterValidator(_distinct_days),
]
