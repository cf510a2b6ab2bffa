"""The calendar: the current plan's sessions by date, in the person's time zone."""

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response, status

from app.api.calendar_schemas import (
    CalendarDayOut,
    CalendarOut,
    FeedOut,
    PlannedSessionOut,
    TodayOut,
)
from app.api.deps import CurrentUser, SessionDep
from app.database.types import utcnow
from app.logbook import calendar, feed

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


@router.get("/feed", responses=_ERRORS)
def read_feed_url(request: Request, user: CurrentUser, db: SessionDep) -> FeedOut:
    """The private iCalendar URL of the plan, for a calendar app to subscribe to.

    The URL works without a bearer token: keep it private, and revoke it with DELETE.
    """
    secret = feed.secret_for(db, user)
    db.commit()
    return FeedOut(url=str(request.url_for("calendar_feed", secret=secret)))


@router.delete("/feed", status_code=status.HTTP_204_NO_CONTENT, responses=_ERRORS)
def revoke_feed(user: CurrentUser, db: SessionDep) -> Response:
    """Revoke the feed URL: subscriptions stop working; the next GET makes a new URL."""
    feed.revoke(db, user)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/feed/{secret}.ics",
    name="calendar_feed",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}, 404: {"description": "Unknown feed"}},
)
def calendar_feed(secret: Annotated[str, Path(max_length=100)], db: SessionDep) -> Response:
    """The plan as iCalendar (RFC 5545): one event per planned session, past and future."""
    owner = feed.owner_of(db, secret)
    if owner is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Unknown feed")
    return Response(
        feed.ics(db, owner, utcnow()),
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )
