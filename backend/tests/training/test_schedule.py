from datetime import UTC, date, datetime

import pytest

from app.training.calendar import dates as schedule
from app.training.contract.vocabulary import Weekday

MON, TUE, WED, THU, FRI, SAT, SUN = list(Weekday)


def test_default_spread_leaves_rest_days_between() -> None:
    assert schedule.default_days(1) == [MON]
    assert schedule.default_days(2) == [MON, THU]
    assert schedule.default_days(3) == [MON, WED, FRI]
    assert schedule.default_days(4) == [MON, TUE, THU, FRI]
    assert schedule.default_days(5) == [MON, TUE, WED, FRI, SAT]
    assert schedule.default_days(7) == list(Weekday)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 30), date(2026, 11, 30)),  # a Monday: today counts
        (date(2026, 12, 1), date(2026, 12, 2)),  # Tuesday → Wednesday
        (date(2026, 12, 5), date(2026, 12, 7)),  # Saturday → next Monday
    ],
)
def test_next_training_day_includes_today(today: date, expected: date) -> None:
    assert schedule.next_training_day(today, [MON, WED, FRI]) == expected


def test_week_dates_fall_on_the_days_inside_the_week_window() -> None:
    start = date(2026, 12, 2)  # Wednesday
    assert schedule.week_dates(start, 1, [MON, WED, FRI]) == [
        date(2026, 12, 2),
        date(2026, 12, 4),
        date(2026, 12, 7),
    ]
    assert schedule.week_dates(start, 3, [SAT]) == [date(2026, 12, 19)]


def test_spread_from_counts_the_default_from_the_start_day() -> None:
    assert schedule.spread_from(date(2026, 12, 1), 3) == [TUE, THU, SAT]
    assert schedule.spread_from(date(2026, 12, 6), 2) == [SUN, WED]


def test_local_date_follows_the_time_zone() -> None:
    instant = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    assert schedule.local_date(instant, "UTC") == date(2026, 12, 1)
    assert schedule.local_date(instant, "Europe/Berlin") == date(2026, 12, 2)
    assert schedule.local_date(instant, "America/Los_Angeles") == date(2026, 12, 1)
