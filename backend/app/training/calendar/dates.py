"""The dates a week's sessions fall on, when the plan has a start date.

Sessions spread through the week with rest days between them whenever there is room; a plan
without a start date has no dates at all (the athlete picks the days).
"""

import datetime as dt

from app.training.calendar.periodization import WeekFrame

SPREAD: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}
"""Day offsets from the week's first day, by sessions per week."""


def session_dates(start: dt.date | None, frame: WeekFrame, days: int) -> list[dt.date | None]:
    """Each session's date in the week of `frame` when the plan starts on `start`, else None."""
    if start is None:
        return [None] * days
    first = start + dt.timedelta(weeks=frame.week - 1)
    return [first + dt.timedelta(days=offset) for offset in SPREAD[days]]
