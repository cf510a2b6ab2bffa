"""The person's calendar: what is planned on which day, and what became of it.

Only the current plan (the newest) is on the calendar. A planned session's status is its log's
(`done`, `partial`, `skipped`), `missed` once its day has passed without a log, and `planned`
otherwise; logs of other sessions (ad hoc, or of an older plan) appear on their day as well.
"today" is always the person's own date, in their time zone.

For the coach and the adaptation, the entry points are:

    today_for(db, user, now)        # Today: today's session (or None) and the next one
    day_for(db, user, date)         # Day: the planned session of a date and its logs
    days_between(db, user, a, b)    # every CalendarDay from a to b, inclusive
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.database.models import TrainingLog, User
from app.logbook import repository
from app.plans.current import current_plan
from app.training.calendar import dates as schedule
from app.training.contract.plan_document import Session as PlannedSessionDocument

PLANNED, MISSED = "planned", "missed"


@dataclass(frozen=True)
class CalendarDay:
    """One session on the calendar: planned (with `week`, `day`) or logged outside the plan."""

    date: dt.date
    plan_id: int | None
    week: int | None
    day: int | None
    title: str
    status: str
    log_id: int | None


@dataclass(frozen=True)
class PlannedSession:
    """A dated session of the current plan, with its prescription and what became of it."""

    entry: CalendarDay
    prescription: PlannedSessionDocument


@dataclass(frozen=True)
class Today:
    """The person's date, today's planned session (or None) and the next one after today."""

    date: dt.date
    session: PlannedSession | None
    next: PlannedSession | None


@dataclass(frozen=True)
class Day:
    """A date of the person's calendar: the planned session (or None) and every log on it."""

    date: dt.date
    session: PlannedSession | None
    logs: tuple[TrainingLog, ...]


def local_today(user: User, now: dt.datetime) -> dt.date:
    """The person's date at the instant `now`, in their time zone."""
    return schedule.local_date(now, user.timezone)


def today_for(db: Session, user: User, now: dt.datetime) -> Today:
    """Today's session and the next one, for the person at the aware instant `now`.

    Args:
        db: The session to read with.
        user: Whose calendar.
        now: The current instant (aware); the caller owns the clock.

    Returns:
        Today's planned session (None on a rest day or without a plan) and the first planned
        session after today (None when the plan is over).
    """
    today = local_today(user, now)
    session = following = None
    for planned in planned_sessions(db, user, today):
        if planned.entry.date == today:
            session = planned
        elif planned.entry.date > today:
            following = planned
            break
    return Today(date=today, session=session, next=following)


def day_for(db: Session, user: User, date: dt.date, now: dt.datetime) -> Day:
    """The planned session of `date` (or None) and everything logged on it.

    Args:
        db: The session to read with.
        user: Whose calendar.
        date: The person's date asked about, e.g. last Monday.
        now: The current instant, which decides whether an unlogged session is `missed`.
    """
    planned = next(
        (p for p in planned_sessions(db, user, local_today(user, now)) if p.entry.date == date),
        None,
    )
    logs = tuple(repository.logs_between(db, user.id, date, date))
    return Day(date=date, session=planned, logs=logs)


def days_between(
    db: Session, user: User, bounds: tuple[dt.date, dt.date], now: dt.datetime
) -> list[CalendarDay]:
    """Every calendar entry from `bounds[0]` to `bounds[1]` inclusive, in date order."""
    start, end = bounds
    planned = [
        p.entry
        for p in planned_sessions(db, user, local_today(user, now))
        if start <= p.entry.date <= end
    ]
    listed = {entry.log_id for entry in planned}
    logged = [
        _logged_day(log)
        for log in repository.logs_between(db, user.id, start, end)
        if log.id not in listed
    ]
    return sorted([*planned, *logged], key=lambda entry: (entry.date, entry.log_id or 0))


def planned_sessions(db: Session, user: User, today: dt.date) -> Iterator[PlannedSession]:
    """The current plan's dated sessions in date order, each with its status."""
    plan = current_plan(db, user.id)
    if plan is None:
        return
    marks = repository.planned_marks(db, plan.id)
    for week in plan.document.weeks:
        for session in week.sessions:
            if session.date is None:
                continue
            log_id, status = marks.get((week.week, session.day), (None, PLANNED))
            if log_id is None and session.date < today:
                status = MISSED
            entry = CalendarDay(
                session.date, plan.id, week.week, session.day, session.title, status, log_id
            )
            yield PlannedSession(entry, session)


def _logged_day(log: TrainingLog) -> CalendarDay:
    """A log that is not one of the current plan's sessions, as a calendar entry."""
    return CalendarDay(log.date, log.plan_id, log.week, log.day, log.title, log.status, log.id)
