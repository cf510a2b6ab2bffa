"""Where an event falls in a plan: its week, the session it replaces, and what to tell the person.

An event fixes the calendar. Its week is counted from the plan's start date; the event replaces
the first session on or after its date in that week (or the last one, when the event comes
after every training day), and takes the event's own date. A plan that ends before the event
says so and how long a plan would reach it; a plan that runs past the event tapers for it and
warns that the weeks after it are recovery and a fresh base.
"""

import datetime as dt
from dataclasses import dataclass

from app.training.athlete.resolved import Athlete
from app.training.contract.plan_document import Event
from app.training.contract.vocabulary import Sport
from app.training.numbers.mileage import taper_weeks

__all__ = [
    "EventPlacement",
    "builds_to_event",
    "event_session_index",
    "place_event",
    "placed_event",
    "taper_for",
]

DAYS_IN_WEEK = 7


@dataclass(frozen=True, slots=True)
class EventPlacement:
    """Where the event lands: `week` is None when it is outside the plan."""

    week: int | None
    warnings: tuple[str, ...] = ()


def _name(event: Event) -> str:
    """How the warnings name an event: "race on 2027-03-07"."""
    return f"{event.kind} on {event.date.isoformat()}"


def place_event(start: dt.date, duration_weeks: int, event: Event) -> EventPlacement:
    """The week of `event` in a plan of `duration_weeks` weeks starting on `start`."""
    if event.date < start:
        return EventPlacement(
            None, (f"The {_name(event)} is before the plan starts, so the plan ignores it.",)
        )
    week = (event.date - start).days // DAYS_IN_WEEK + 1
    if week > duration_weeks:
        longest = min(16, week)
        return EventPlacement(
            None,
            (
                f"The {_name(event)} is in week {week}, after this {duration_weeks}-week plan "
                f"ends: ask for a {longest}-week plan so it builds and tapers for the day, or "
                "make the next plan when this one ends.",
            ),
        )
    if week < duration_weeks:
        return EventPlacement(
            week,
            (
                f"The {_name(event)} falls in week {week}: the plan tapers for it, and weeks "
                f"{week + 1}-{duration_weeks} are recovery and a fresh base.",
            ),
        )
    return EventPlacement(week)


def event_session_index(dates: list[dt.date | None], event_date: dt.date) -> int:
    """Which session of the event's week the event replaces (by index)."""
    for index, day in enumerate(dates):
        if day is not None and day >= event_date:
            return index
    return len(dates) - 1


def placed_event(athlete: Athlete, start: dt.date | None, weeks: int) -> EventPlacement | None:
    """Where the athlete's dated event falls, or None without an event or a start date."""
    if athlete.event_day is None or start is None:
        return None
    return place_event(start, weeks, athlete.event_day)


def taper_for(athlete: Athlete, weeks_to_event: int) -> int | None:
    """The taper a race distance needs (runners); None leaves the usual taper."""
    if athlete.sport is not Sport.RUNNING or athlete.race_km is None:
        return None
    return taper_weeks(athlete.race_km, weeks_to_event)


def builds_to_event(athlete: Athlete, placement: EventPlacement | None) -> bool:
    """Whether the plan peaks and tapers: an event goal, unless its day is outside the plan."""
    return athlete.event and (placement is None or placement.week is not None)
