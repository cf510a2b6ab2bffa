"""Reading times, distances and dates as people type them: "25:00", "1h30", "half", "7 March".

Small, separate readers so the goals rules stay about meaning, not about digits. Every reader
returns None for text it cannot read instead of guessing.
"""

import datetime as dt
import re

__all__ = [
    "DATE",
    "DISTANCE",
    "DURATION",
    "MARATHON_KM",
    "race_time_s",
    "read_date",
    "read_distance_km",
    "read_kg",
    "valid_date",
]

MARATHON_KM, HALF_MARATHON_KM, MILE_KM, POUND_KG = 42.195, 21.0975, 1.609344, 0.45359237
FASTEST_PLAUSIBLE_S_PER_KM, SLOWEST_PLAUSIBLE_S_PER_KM = 150, 1200
"""Faster than 2:30/km is beyond a world record at any race distance; slower than 20:00/km is
walking slowly. A time that implies either was misread (1:30 for a half is 1 h 30, not 90 s)."""

_NUMBER = r"\d+(?:[.,]\d+)?"
DISTANCE = (
    r"(?P<distance>half[- ]?marathon|\bhalf\b|(?<!half )(?<!half-)\bmarathon|parkrun"
    rf"|\b{_NUMBER}\s*(?:k\b|km\b|kms\b|kilomet(?:er|re)s?|mi\b|miles?\b)|\b(?:5|10)[,.]?000\s*m\b)"
)
DURATION = (
    r"(?P<duration>\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}(?:[.,]\d+)?\s*(?:h|hrs?|hours?)(?![a-z])"
    r"(?:\s*(?:and\s*)?\d{1,2}\s*(?:m\b|mins?\b|minutes?\b)?)?"
    r"|\d{1,3}\s*(?:mins?|minutes?)\b(?:\s*(?:and\s*)?\d{1,2}\s*(?:s|secs?|seconds?)\b)?)"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DATE = (
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)


def _number(text: str) -> float:
    """A number typed with a dot or a decimal comma."""
    return float(text.replace(",", "."))


def read_distance_km(text: str) -> float | None:
    """A race distance in km: "10k", "21.1 km", "half marathon", "parkrun", "3 miles"."""
    words = text.lower().strip()
    if "half" in words:
        return HALF_MARATHON_KM
    if "marathon" in words:
        return MARATHON_KM
    if words == "parkrun":
        return 5.0
    metres = re.fullmatch(r"(5|10)[,.]?000\s*m", words)
    if metres:
        return float(metres.group(1))
    amount = re.match(_NUMBER, words)
    if amount is None:
        return None
    kilometres = _number(amount.group())
    return round(kilometres * MILE_KM, 3) if "mi" in words else kilometres


def _clock_readings(text: str) -> list[int]:
    """Seconds a clock time may mean: "25:00" is 25 min, but may be 25 h; "1:30:00" is one."""
    parts = [int(part) for part in text.split(":")]
    if len(parts) == 3:
        return [parts[0] * 3600 + parts[1] * 60 + parts[2]]
    return [parts[0] * 60 + parts[1], parts[0] * 3600 + parts[1] * 60]


def _duration_readings(text: str) -> list[int]:
    """Every number of seconds `text` may mean, most likely first."""
    words = text.lower()
    if ":" in words:
        return _clock_readings(words)
    numbers = [_number(n) for n in re.findall(_NUMBER, words)]
    if re.search(r"\d\s*(?:h|hrs?|hours?)(?![a-z])", words):
        minutes = numbers[1] if len(numbers) > 1 else 0
        return [round(numbers[0] * 3600 + minutes * 60)]
    seconds = numbers[1] if len(numbers) > 1 else 0
    return [round(numbers[0] * 60 + seconds)]


def race_time_s(duration: str, distance_km: float) -> int | None:
    """The race time `duration` means over `distance_km`, or None when no reading is plausible.

    "1:30" over a half marathon is 1 h 30 min (90 s would beat every record); over 1 km it is
    1 min 30 s. A bare number ("sub 20") is read as minutes.
    """
    readings = [int(_number(duration) * 60)] if re.fullmatch(r"\d+", duration.strip()) else []
    for seconds in readings or _duration_readings(duration):
        pace = seconds / distance_km
        if FASTEST_PLAUSIBLE_S_PER_KM <= pace <= SLOWEST_PLAUSIBLE_S_PER_KM:
            return seconds
    return None


def read_kg(amount: str, unit: str) -> float:
    """A weight in kg, from kilos or pounds ("176 lbs" is 79.8 kg)."""
    kilos = _number(amount)
    return round(kilos * POUND_KG, 1) if unit.lower().startswith(("lb", "pound")) else kilos


def _month(text: str) -> int:
    """The month number of an English month name or its abbreviation."""
    return _MONTHS.index(text.lower()[:3]) + 1


def read_date(text: str, today: dt.date) -> dt.date | None:
    """A calendar date: ISO, "7 March 2027" or "March 7"; without a year, the next such day.

    Returns None for dates that do not exist (31 February).
    """
    words = text.lower().replace(",", " ")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", words):
        return valid_date(*map(int, words.split("-")))
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", words)
    month = re.search(r"[a-z]{3,}", words.replace("of ", " "))
    if day is None or month is None:
        return None
    year = re.search(r"\d{4}", words)
    if year is not None:
        return valid_date(int(year.group()), _month(month.group()), int(day.group(1)))
    this_year = valid_date(today.year, _month(month.group()), int(day.group(1)))
    if this_year is None or this_year >= today:
        return this_year
    return valid_date(today.year + 1, this_year.month, this_year.day)


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
