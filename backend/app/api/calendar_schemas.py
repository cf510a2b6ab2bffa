"""Response bodies of the calendar."""

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from app.logbook.calendar import CalendarDay, PlannedSession
from app.training.contract.plan_document import Session

Status = Literal["planned", "done", "partial", "skipped", "missed"]


class CalendarDayOut(BaseModel):
    """A session on the calendar: planned (`week`, `day` set) or logged outside the plan."""

    date: dt.date
    plan_id: int | None
    week: int | None
    day: int | None
    title: str
    status: Status
    log_id: int | None

    @classmethod
    def of(cls, entry: CalendarDay) -> "CalendarDayOut":
        """The API's view of a calendar entry."""
        return cls.model_validate(entry, from_attributes=True)


class CalendarOut(BaseModel):
    """The calendar between two dates, in date order."""

    days: list[CalendarDayOut]


class PlannedSessionOut(CalendarDayOut):
    """A planned session with what the plan prescribes for it."""

    prescription: Session

    @classmethod
    def of_planned(cls, planned: PlannedSession | None) -> "PlannedSessionOut | None":
        """The API's view of a planned session, or None."""
        if planned is None:
            return None
        entry = CalendarDayOut.of(planned.entry)
        return cls(**entry.model_dump(), prescription=planned.prescription)


class TodayOut(BaseModel):
    """The person's date, today's session (or null) and the next one after today."""

    date: dt.date
    session: PlannedSessionOut | None
    next: PlannedSessionOut | None


class FeedOut(BaseModel):
    """The private iCalendar feed URL; it carries its own secret."""

    url: str
