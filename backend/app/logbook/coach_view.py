"""What the coach knows of the person's training, built once per chat message.

Today's and the next session, the recent log and the estimated maxes, as plain data that any
reply writer (built-in or LLM) can read:

    view = training_view(db, user, now)
    view.today.session, view.today.next   # planned sessions (calendar.PlannedSession | None)
    view.on(date)                         # what was logged that day
    view.e1rm["back_squat"]               # the latest estimated 1RM (LiftPoint)
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.database.models import LoggedSet, TrainingLog, User
from app.logbook import calendar, repository
from app.logbook.progress import LiftPoint, lift_curves

RECENT_LOGS = 14
"""Enough to cover the last week or two of training, bounded for the prompt."""


@dataclass(frozen=True)
class LoggedSession:
    """A logged session in words a coach would read out."""

    date: dt.date
    title: str
    status: str
    reason: str | None
    duration_min: int | None
    session_rpe: float | None
    lines: tuple[str, ...]


@dataclass(frozen=True)
class TrainingView:
    """Today's and the next session, the recent log (newest first) and e1RM per lift."""

    today: calendar.Today
    recent: tuple[LoggedSession, ...]
    e1rm: dict[str, LiftPoint]

    def on(self, date: dt.date) -> tuple[LoggedSession, ...]:
        """The recent sessions logged on `date`."""
        return tuple(session for session in self.recent if session.date == date)


def training_view(db: Session, user: User, now: dt.datetime) -> TrainingView:
    """The coach's view of the person's training at the instant `now`."""
    recent = tuple(_logged(log) for log in repository.recent_logs(db, user.id, RECENT_LOGS))
    curves = lift_curves(repository.lift_days(db, user.id))
    return TrainingView(
        today=calendar.today_for(db, user, now),
        recent=recent,
        e1rm={lift: points[-1] for lift, points in curves.items()},
    )


def _logged(log: TrainingLog) -> LoggedSession:
    """A log with one line per exercise: "Back squat: 5 x 100 kg, 5 x 100 kg"."""
    lines: dict[str, list[str]] = {}
    for done in log.sets:
        lines.setdefault(done.name, []).append(_set_text(done))
    return LoggedSession(
        date=log.date,
        title=log.title,
        status=log.status,
        reason=log.reason,
        duration_min=log.duration_min,
        session_rpe=log.session_rpe,
        lines=tuple(f"{name}: {', '.join(sets)}" for name, sets in lines.items()),
    )


def _set_text(done: LoggedSet) -> str:
    """One set as a coach writes it: "5 x 100 kg @ RPE 8", "5 km 25:00"."""
    parts = []
    if done.reps is not None:
        parts.append(f"{done.reps}" + (f" x {done.weight_kg:g} kg" if done.weight_kg else ""))
    if done.distance_m:
        parts.append(f"{done.distance_m / 1000:g} km")
    if done.duration_s:
        minutes, seconds = divmod(done.duration_s, 60)
        parts.append(f"{minutes}:{seconds:02d}")
    if done.rpe is not None:
        parts.append(f"@ RPE {done.rpe:g}")
    return " ".join(parts) or "done"
