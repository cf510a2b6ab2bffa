"""Strong and Hevy CSV exports, read with the standard library's csv module.

Strong: `Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance,
Seconds, Notes, Workout Notes, RPE` (comma or semicolon separated; our own export is a subset).
A set order of "W" is a warm-up and is left out. Hevy: `title, start_time, end_time,
description, exercise_title, superset_id, exercise_notes, set_index, set_type, weight_kg, reps,
distance_km, duration_seconds, rpe`; sets of type "warmup" are left out. Rows of one workout
(same start and name) become one session; a bad row is reported with its line and skipped.
"""

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from app.logbook import rules
from app.logbook.errors import ImportFormatError
from app.logbook.sessions_in import (
    ImportedSession,
    RowError,
    measured,
    number,
    session_date,
    text,
    whole,
)

STRONG_COLUMNS = frozenset({"Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps"})
HEVY_COLUMNS = frozenset({"title", "start_time", "exercise_title", "set_type", "weight_kg", "reps"})
KNOWN_LIFTS = {
    "squat (barbell)": "back_squat",
    "back squat": "back_squat",
    "bench press (barbell)": "bench_press",
    "bench press": "bench_press",
    "deadlift (barbell)": "deadlift",
    "deadlift": "deadlift",
    "overhead press (barbell)": "overhead_press",
    "overhead press": "overhead_press",
    "pull up": "pull_up",
    "pull-up": "pull_up",
    "running": "easy_run",
}
"""Common exercise names of both apps mapped to the library's ids, so progress joins them."""
_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")
_HEVY_TIMES = ("%d %b %Y, %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
Errors = list[tuple[int, str]]
RowReader = Callable[[dict[str, str], dt.date, dict[str, ImportedSession]], None]


def read_csv(content: str, today: dt.date) -> tuple[list[ImportedSession], Errors]:
    """The sessions of a Strong or Hevy export, and the rows that could not be read.

    Raises:
        ImportFormatError: When the header is neither Strong's nor Hevy's.
    """
    first_line = content.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = csv.DictReader(content.splitlines(), delimiter=delimiter)
    header = frozenset(name.strip() for name in rows.fieldnames or ())
    reader: RowReader
    if header >= STRONG_COLUMNS:
        reader = _strong_row
    elif header >= HEVY_COLUMNS:
        reader = _hevy_row
    else:
        raise ImportFormatError("Not a Strong or Hevy CSV export")
    return _read_rows(rows, reader, today)


def _read_rows(
    rows: "csv.DictReader[str]", reader: RowReader, today: dt.date
) -> tuple[list[ImportedSession], Errors]:
    """Feed each row to `reader`; collect sessions, and errors by line (the header is line 1)."""
    sessions: dict[str, ImportedSession] = {}
    errors: Errors = []
    lines = iter(rows)
    while True:
        try:
            row = next(lines)
        except StopIteration:
            break
        except csv.Error:  # a field past the csv module's size limit, a broken quote
            errors.append((rows.line_num + 1, "the row cannot be read as CSV"))
            continue
        try:
            if None in row:
                raise RowError("the row has more fields than the header")
            reader({key.strip(): value or "" for key, value in row.items()}, today, sessions)
        except RowError as error:
            errors.append((rows.line_num, str(error)))
    return [session for session in sessions.values() if session.entries], errors


def _strong_row(row: dict[str, str], today: dt.date, sessions: dict[str, ImportedSession]) -> None:
    """One Strong row: a set of an exercise in a workout."""
    started = row["Date"].strip()
    title = text(row["Workout Name"], 100, "Workout Name") or "Workout"
    session = sessions.get(f"{started}|{title}")
    if session is None:
        moment = _moment(started, ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"))
        session = ImportedSession("strong", started, session_date(moment, today), title)
        session.duration_min = _strong_duration(row.get("Duration", ""))
        sessions[f"{started}|{title}"] = session
    session.notes = session.notes or text(row.get("Workout Notes", ""), rules.MAX_NOTES, "Notes")
    if row["Set Order"].strip().upper() == "W":
        return
    pounds = row.get("Weight Unit", "").strip().lower() in {"lb", "lbs"}
    miles = row.get("Distance Unit", "").strip().lower() in {"mi", "miles"}
    weight = number(row["Weight"], (0, rules.MAX_WEIGHT_KG * 2.21), "Weight")
    distance = number(row.get("Distance", ""), (0, rules.MAX_DISTANCE_M / 1000), "Distance")
    done = {
        "reps": whole(row["Reps"], (0, rules.MAX_REPS), "Reps"),
        "weight_kg": _kilograms(weight, pounds),
        "rpe": number(row.get("RPE", ""), (1, 10), "RPE"),
        "duration_s": whole(row.get("Seconds", ""), (0, rules.MAX_DURATION_S), "Seconds"),
        "distance_m": _metres(distance, 1609.344 if miles else 1000),
    }
    _add(session, row["Exercise Name"], done)


def _hevy_row(row: dict[str, str], today: dt.date, sessions: dict[str, ImportedSession]) -> None:
    """One Hevy row: a set of an exercise in a workout."""
    started = row["start_time"].strip()
    title = text(row["title"], 100, "title") or "Workout"
    session = sessions.get(f"{started}|{title}")
    if session is None:
        moment = _moment(started, _HEVY_TIMES)
        session = ImportedSession("hevy", started, session_date(moment, today), title)
        if row.get("end_time", "").strip():
            minutes = (_moment(row["end_time"].strip(), _HEVY_TIMES) - moment).total_seconds() / 60
            session.duration_min = (
                round(minutes) if 0 <= minutes <= rules.MAX_DURATION_MIN else None
            )
        sessions[f"{started}|{title}"] = session
    session.notes = session.notes or text(row.get("description", ""), rules.MAX_NOTES, "notes")
    if row["set_type"].strip().lower() == "warmup":
        return
    distance = number(row.get("distance_km", ""), (0, rules.MAX_DISTANCE_M / 1000), "distance_km")
    done = {
        "reps": whole(row["reps"], (0, rules.MAX_REPS), "reps"),
        "weight_kg": number(row["weight_kg"], (0, rules.MAX_WEIGHT_KG), "weight_kg"),
        "rpe": number(row.get("rpe", ""), (1, 10), "rpe"),
        "duration_s": whole(
            row.get("duration_seconds", ""), (0, rules.MAX_DURATION_S), "duration_seconds"
        ),
        "distance_m": _metres(distance, 1000),
    }
    _add(session, row["exercise_title"], done)


def _add(session: ImportedSession, name: str, done: dict[str, Any]) -> None:
    """Add a checked set to the session under its exercise."""
    exercise = text(name, 80, "Exercise name")
    if not exercise:
        raise RowError("the exercise has no name")
    session.add_set(exercise, KNOWN_LIFTS.get(exercise.lower()), measured(done))


def _moment(value: str, formats: Iterable[str]) -> dt.datetime:
    """A start time in one of the app's formats.

    Raises:
        RowError: When it matches none.
    """
    for pattern in formats:
        try:
            return dt.datetime.strptime(value, pattern)
        except ValueError:
            continue
    raise RowError("the date is not one the app writes")


def _strong_duration(value: str) -> int | None:
    """Strong's "1h 5m" as minutes; None when blank or unreadable."""
    match = _DURATION.match(value) if value.strip() else None
    if match is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    total = hours * 60 + minutes + round(seconds / 60)
    return total if total <= rules.MAX_DURATION_MIN else None


def _kilograms(weight: float | None, pounds: bool) -> float | None:
    """A weight in kilograms, converted from pounds when the export says so."""
    if weight is None:
        return None
    kilograms = round(weight * 0.45359237, 2) if pounds else weight
    if kilograms > rules.MAX_WEIGHT_KG:
        raise RowError(f"Weight must be at most {rules.MAX_WEIGHT_KG} kg")
    return kilograms


def _metres(distance: float | None, metres_per_unit: float) -> int | None:
    """A distance in whole metres."""
    if distance is None:
        return None
    metres = round(distance * metres_per_unit)
    if metres > rules.MAX_DISTANCE_M:
        raise RowError("Distance is too long for one set")
    return metres
