"""The log as a Strong-compatible CSV, written with the standard library's csv module.

Columns: `Date, Workout Name, Exercise Name, Set Order, Weight, Reps, Distance, Seconds, RPE,
Notes`, one row per set; weights in kg, distances in km, the session's notes on its first row.
Sessions without sets (a skipped day) have no row, as in Strong's own export.
"""

import csv
import io

from sqlalchemy.orm import Session

from app.database.models import User
from app.logbook import repository

STRONG_HEADER = (
    "Date",
    "Workout Name",
    "Exercise Name",
    "Set Order",
    "Weight",
    "Reps",
    "Distance",
    "Seconds",
    "RPE",
    "Notes",
)


def strong_csv(db: Session, user: User) -> str:
    """Every logged set of the person as Strong-compatible CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(STRONG_HEADER)
    last_log = None
    for log, done in repository.sets_for_export(db, user.id):
        first = log.id != last_log
        last_log = log.id
        writer.writerow(
            (
                f"{log.date.isoformat()} 00:00:00",
                log.title,
                done.name,
                done.position,
                _blank(done.weight_kg),
                _blank(done.reps),
                _blank(done.distance_m / 1000 if done.distance_m is not None else None),
                _blank(done.duration_s),
                _blank(done.rpe),
                (log.notes or "") if first else "",
            )
        )
    return out.getvalue()


def _blank(value: float | None) -> str:
    """A number as Strong writes it; nothing when unknown."""
    if value is None:
        return ""
    return f"{value:g}"
