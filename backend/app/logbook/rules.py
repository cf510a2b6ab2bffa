"""The rules a log must meet beyond the shape of its fields, and the bounds behind them."""

import datetime as dt

from app.logbook.errors import LogRuleError

MAX_NOTES = 2_000
MAX_ENTRIES = 40
MAX_SETS = 50
MAX_DURATION_MIN = 600
"""An event (a marathon, a meet) may last ten hours, as the plan document allows."""
MAX_DURATION_S = MAX_DURATION_MIN * 60
MAX_DISTANCE_M = 300_000
"""Longer than any one run or ride a person logs as a set, short of a typo's extra zeros."""
MAX_REPS = 300
MAX_WEIGHT_KG = 500
HEART_RATE = (30, 230)
"""Beats per minute a person's average heart rate can plausibly read."""
EARLIEST = dt.date(2000, 1, 1)
FUTURE_SLACK_DAYS = 1
"""A log may be dated one day past the person's today: time zones and late-night logging."""
SET_MEASURES = ("reps", "weight_kg", "rpe", "duration_s", "distance_m", "avg_hr")
"""What a logged set records."""


def check_date(date: dt.date, today: dt.date, plan_start: dt.date | None) -> None:
    """A session is logged once it happened, and never before the plan it belongs to began.

    Raises:
        LogRuleError: When `date` is in the future or before `plan_start`.
    """
    if date > today + dt.timedelta(days=FUTURE_SLACK_DAYS):
        raise LogRuleError("date is in the future: log a session once it has happened")
    if plan_start is not None and date < plan_start:
        raise LogRuleError(f"date is before the plan starts ({plan_start.isoformat()})")


def check_reason(status: str, reason: str | None) -> None:
    """A skipped session says why: the coach and the adaptation read the reason.

    Raises:
        LogRuleError: When a skipped session has no reason.
    """
    if status == "skipped" and not reason:
        raise LogRuleError("a skipped session needs a reason")
