"""When the person trains: their weekdays, a plan's start and every session's date.

Pure calendar arithmetic, with today's date always an argument (never the clock), so the
planner, the calendar and the tests agree on every date. A week of a plan is the seven days
from `start + 7·(week - 1)`; its sessions fall on the person's training days inside that
window, in date order, which is exactly what `PlanData` checks for a stored plan.
"""

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from app.training.calendar.periodization import WeekFrame
from app.training.contract.plan_document import PlanOptions
from app.training.contract.vocabulary import Weekday

DEFAULT_SPREAD: dict[int, tuple[Weekday, ...]] = {
    count: tuple(list(Weekday)[offset] for offset in offsets)
    for count, offsets in {
        1: (0,),
        2: (0, 3),
        3: (0, 2, 4),
        4: (0, 1, 3, 4),
        5: (0, 1, 2, 4, 5),
        6: (0, 1, 2, 3, 4, 5),
        7: (0, 1, 2, 3, 4, 5, 6),
    }.items()
}
"""Training days when the person has not chosen: rest days between sessions where there is room
(3 → Monday, Wednesday, Friday)."""


def local_date(now: dt.datetime, time_zone: str) -> dt.date:
    """The calendar date it is at the aware instant `now` in the IANA zone `time_zone`."""
    return now.astimezone(ZoneInfo(time_zone)).date()


def default_days(days_per_week: int) -> list[Weekday]:
    """The default spread of `days_per_week` sessions over the week (1 → Monday)."""
    return list(DEFAULT_SPREAD[days_per_week])


def spread_from(start: dt.date, days_per_week: int) -> list[Weekday]:
    """The default spread shifted to begin on `start`'s weekday (Tuesday, 3 → tue, thu, sat).

    The engine uses it when it is given a start date but no training days.
    """
    week = list(Weekday)
    return [week[(start.weekday() + day.iso_index) % 7] for day in DEFAULT_SPREAD[days_per_week]]


def in_week_order(days: Sequence[Weekday]) -> list[Weekday]:
    """The days sorted Monday first, as a calendar shows them."""
    return sorted(days, key=lambda day: day.iso_index)


def next_training_day(today: dt.date, days: Sequence[Weekday]) -> dt.date:
    """The first of `days` on or after `today`: a plan's default start.

    Args:
        today: The person's own date (in their time zone).
        days: Their training days; at least one.

    Returns:
        Today when it is a training day, otherwise the next one (at most six days ahead).
    """
    wanted = {day.iso_index for day in days}
    return next(
        today + dt.timedelta(days=ahead)
        for ahead in range(7)
        if (today.weekday() + ahead) % 7 in wanted
    )


def week_dates(start: dt.date, week: int, days: Sequence[Weekday]) -> list[dt.date]:
    """The dates of a plan week's sessions: each training day once, in date order.

    Args:
        start: The plan's first day.
        week: The 1-based week of the plan.
        days: The training days, as many as the week has sessions.

    Returns:
        One date per training day, inside `start + 7·(week - 1)` … six days later.
    """
    first = start + dt.timedelta(weeks=week - 1)
    wanted = {day.iso_index for day in days}
    return [
        first + dt.timedelta(days=ahead)
        for ahead in range(7)
        if (first.weekday() + ahead) % 7 in wanted
    ]


def session_dates(options: PlanOptions, frame: WeekFrame, days: int) -> list[dt.date | None]:
    """Each session's date in the week of `frame`, on the training days; None without a start.

    Without training days the default spread is counted from the start day.

    Raises:
        ValueError: When `training_days` does not name exactly `days` weekdays.
    """
    if options.start_date is None:
        return [None] * days
    weekdays = options.training_days or spread_from(options.start_date, days)
    if len(weekdays) != days:
        raise ValueError(f"training_days must name exactly {days} days")
    return list(week_dates(options.start_date, frame.week, weekdays))
