"""Sessions read from an imported file, before they are stored, and the checks on their values.

Every reader (Strong and Hevy CSV, GPX and TCX) produces `ImportedSession`s, and reports a
bad row as a `RowError` with its line; the values go through the same bounds as a log typed in
the API (`app.logbook.rules`) and the one text rule.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from app.logbook import rules
from app.text import refuse_control_characters


class RowError(ValueError):
    """One row of a file cannot be read; the message says why, for the person to fix."""


@dataclass
class ImportedSession:
    """A session as a file describes it: when, what, and every exercise's sets in order."""

    source: str
    started: str
    date: dt.date
    title: str
    duration_min: int | None = None
    notes: str | None = None
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The session's identity across imports: format, start and title, hashed."""
        return hashlib.sha256(f"{self.source}|{self.started}|{self.title}".encode()).hexdigest()

    def add_set(self, name: str, exercise_id: str | None, done: dict[str, Any]) -> None:
        """Append a set to the exercise called `name` (the exercise is created on first use)."""
        entry = self.entries.setdefault(
            name, {"exercise_id": exercise_id, "name": name, "sets": []}
        )
        entry["sets"].append(done)


def text(value: str, max_length: int, what: str) -> str:
    """A trimmed text field under the one text rule and a length bound.

    Raises:
        RowError: When it is too long or holds control characters.
    """
    value = value.strip()
    if len(value) > max_length:
        raise RowError(f"{what} is longer than {max_length} characters")
    try:
        return refuse_control_characters(value)
    except ValueError as error:
        raise RowError(f"{what} {error}") from error


def number(value: str, bounds: tuple[float, float], what: str) -> float | None:
    """A decimal number within bounds; blank is None. A decimal comma is accepted.

    Raises:
        RowError: When it is not a number or out of bounds.
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = float(value.replace(",", ".") if "." not in value else value)
    except ValueError as error:
        raise RowError(f"{what} is not a number") from error
    if not bounds[0] <= parsed <= bounds[1]:
        raise RowError(f"{what} must be between {bounds[0]:g} and {bounds[1]:g}")
    return parsed


def whole(value: str, bounds: tuple[int, int], what: str) -> int | None:
    """A whole number within bounds (a decimal with no fraction, "5.0", is accepted)."""
    parsed = number(value, bounds, what)
    if parsed is None:
        return None
    if not parsed.is_integer():
        raise RowError(f"{what} must be a whole number")
    return int(parsed)


def session_date(moment: dt.datetime, today: dt.date) -> dt.date:
    """The date of a session that started at `moment`, checked against the log's bounds.

    Raises:
        RowError: When the date is before 2000 or in the future.
    """
    day = moment.date()
    if day < rules.EARLIEST:
        raise RowError("date is before 2000")
    if day > today + dt.timedelta(days=rules.FUTURE_SLACK_DAYS):
        raise RowError("date is in the future")
    return day


def measured(done: dict[str, Any]) -> dict[str, Any]:
    """A set with every measure present, refusing one that records nothing.

    Raises:
        RowError: When the set has no reps, weight, time or distance.
    """
    full = {name: done.get(name) for name in rules.SET_MEASURES}
    if all(full[name] is None for name in ("reps", "weight_kg", "duration_s", "distance_m")):
        raise RowError("the set has no reps, weight, time or distance")
    return full
