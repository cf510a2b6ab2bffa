"""The rules of a CoachX profile, as reusable annotated types.

They are enforced by the API schemas (and so shown in OpenAPI): a person is 13 to 100 years old,
trains one of five sports, at one of three levels, 1 to 7 days a week. Integers are strict, so
`25.5`, `"25"` or `true` are refused rather than silently converted. The sports and levels are
the training engine's own vocabulary, so a profile always names something a plan can be made for.
"""

from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from app.text import refuse_control_characters
from app.training.vocabulary import Level as ExperienceLevel
from app.training.vocabulary import Sport, Weekday

__all__ = ["ExperienceLevel", "Sport", "Weekday"]


def _lowercase(value: Any) -> Any:
    """Make enum input case-insensitive ("Boxing" → "boxing"); leave non-strings to fail."""
    return value.strip().lower() if isinstance(value, str) else value


def _blank_to_none(value: Any) -> Any:
    """Treat blank goals as no goals."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


PersonName = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=50, pattern=r"^[^\x00-\x1f\x7f]+$"
    ),
    Field(description="1 to 50 characters, trimmed, not blank, no control characters"),
]
Age = Annotated[int, Field(strict=True, ge=13, le=100, description="Age in years, 13 to 100")]
SportName = Annotated[
    Sport, BeforeValidator(_lowercase), Field(description="Case-insensitive; stored lowercase")
]
Level = Annotated[ExperienceLevel, BeforeValidator(_lowercase)]
DaysPerWeek = Annotated[
    int, Field(strict=True, ge=1, le=7, description="Training days per week, 1 to 7")
]
GoalsText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=200),
    AfterValidator(refuse_control_characters),
]
Goals = Annotated[
    GoalsText | None,
    BeforeValidator(_blank_to_none),
    Field(description="Free text, up to 200 characters, e.g. 'run my first 10k'"),
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
    list[Annotated[Weekday, BeforeValidator(_lowercase)]],
    Field(min_length=1, max_length=7, description="Weekdays mon..sun, as many as days_per_week"),
    AfterValidator(_distinct_days),
]
