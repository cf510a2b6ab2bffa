"""The calendar: the current plan's sessions by date, in the person's time zone."""

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status

from app.api.calendar_schemas import CalendarDayOut, CalendarOut, PlannedSessionOut, TodayOut
from app.api.deps import CurrentUser, SessionDep
from app.database.types import utcnow
from app.logbook import calendar

router = APIRouter(prefix="/api/v1/calendar", tags=["calendar"])

MAX_SPAN_DAYS = 400
"""The widest range one request may ask for: a year and a bit, a page a client can draw."""
DEFAULT_SPAN_DAYS = 27
CalendarDate = Annotated[
    dt.date | None,
    Query(ge=dt.date(2000, 1, 1), le=dt.date(2099, 12, 31), description="Inclusive"),
]
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"}
}


@router.get("", responses=_ERRORS)
def read_calendar(
    user: CurrentUser,
    db: SessionDep,
    start: Annotated[CalendarDate, Query(alias="from")] = None,
    end: Annotated[CalendarDate, Query(alias="to")] = None,
) -> CalendarOut:
    """Sessions from `from` to `to` (inclusive; default: today and the next four weeks).

    Past planned sessions without a log read `missed`.
    """
    now = utcnow()
    first = start or (end or calendar.local_today(user, now))
    last = end or first + dt.timedelta(days=DEFAULT_SPAN_DAYS)
    if last < first or (last - first).days > MAX_SPAN_DAYS:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"'to' must be on or after 'from', at most {MAX_SPAN_DAYS} days later",
        )
    days = calendar.days_between(db, user, (first, last), now)
    return CalendarOut(days=[CalendarDayOut.of(day) for day in days])


@router.get("/today", responses=_ERRORS)
def read_today(user: CurrentUser, db: SessionDep) -> TodayOut:
    """Today's session (or null) and the next one, in the person's time zone."""
    today = calendar.today_for(db, user, utcnow())
    return TodayOut(
        date=today.date,
        session=PlannedSessionOut.of_planned(today.session),
        next=PlannedSessionOut.of_planned(today.next),
    )
