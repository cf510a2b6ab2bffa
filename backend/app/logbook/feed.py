"""The private iCalendar feed of the person's plan, which a phone calendar subscribes to.

The feed's URL carries a random secret instead of a bearer token (calendar apps cannot send
one); deleting the secret revokes every subscription, and the next request for the URL makes a
new one. Each planned session of the current plan, past and future, is one all-day VEVENT whose
UID is built from plan, week and day, so it never changes for the same session (RFC 5545).
"""

import datetime as dt
import secrets

from icalendar import Calendar, Event
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.database.models import CalendarFeed, User
from app.logbook import calendar

PRODUCT_ID = "-//CoachX//Training plan//EN"
SECRET_BYTES = 32


def secret_for(db: Session, user: User) -> str:
    """The person's feed secret, made on first use."""
    feed = db.get(CalendarFeed, user.id)
    if feed is None:
        feed = CalendarFeed(user_id=user.id, secret=secrets.token_urlsafe(SECRET_BYTES))
        db.add(feed)
        db.flush()
    return feed.secret


def revoke(db: Session, user: User) -> None:
    """Forget the feed secret: every subscribed URL stops working."""
    db.execute(delete(CalendarFeed).where(CalendarFeed.user_id == user.id))


def owner_of(db: Session, secret: str) -> User | None:
    """The person whose feed this secret opens, or None."""
    if len(secret) > 2 * SECRET_BYTES:
        return None
    return db.scalars(
        select(User).join(CalendarFeed).where(CalendarFeed.secret == secret)
    ).one_or_none()


def ics(db: Session, user: User, now: dt.datetime) -> bytes:
    """The feed: every planned session of the current plan as an all-day event.

    Args:
        db: The session to read with.
        user: Whose plan.
        now: The current instant (the feed's timestamp; statuses are as of today).
    """
    feed = Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("x-wr-calname", "CoachX training")
    for planned in calendar.planned_sessions(db, user, calendar.local_today(user, now)):
        feed.add_component(_event(planned, now))
    text: bytes = feed.to_ical()
    return text


def _event(planned: calendar.PlannedSession, now: dt.datetime) -> Event:
    """One session as a VEVENT: title, a line per exercise, and its state once logged."""
    entry = planned.entry
    event = Event()
    event.add("uid", f"plan-{entry.plan_id}-week-{entry.week}-day-{entry.day}@coachx")
    event.add("dtstamp", now.astimezone(dt.UTC).replace(microsecond=0))
    event.add("dtstart", entry.date)
    event.add("dtend", entry.date + dt.timedelta(days=1))
    event.add("summary", entry.title)
    session = planned.prescription
    lines = [f"{session.focus} ({session.duration_min} min)"]
    lines += [f"- {exercise.name}: {exercise.dose_text}" for exercise in session.exercises()]
    if entry.status != calendar.PLANNED:
        lines.append(f"Status: {entry.status}")
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    return event
