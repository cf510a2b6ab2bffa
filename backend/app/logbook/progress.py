"""How the person is progressing, derived from the log alone.

A few grouped queries over the totals kept with each log (`app.logbook.summary`: one row per
session, one per lift and session) read five years of training in milliseconds, never every
set; the rest is arithmetic on their small results:

- e1RM per lift and day: Epley with reps in reserve (`app.training.numbers.strength`), from
  sets of 1 to 12 reps, where the estimate is trustworthy;
- records: heaviest set and best e1RM per lift, longest run, fastest 5 and 10 km (from runs of
  at least that distance, at their average pace);
- per ISO week (Monday first): planned sessions of the current plan, sessions done (done and
  partial), kilometres run, hard sets (RPE 7+, or with no RPE recorded) and load (session RPE x
  minutes, Foster 2001);
- adherence: the current plan's sessions up to today, and how many were done.
"""

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.database.models import User
from app.logbook import calendar, repository
from app.logbook.repository import LiftRow

RACE_DISTANCES = {"fastest_5k": 5_000, "fastest_10k": 10_000}


@dataclass(frozen=True)
class LiftPoint:
    """A lift's best estimated one-rep max on one day."""

    date: dt.date
    e1rm_kg: float


@dataclass(frozen=True)
class Record:
    """A personal best: what, how much (in `unit`), on which day."""

    kind: str
    exercise: str
    value: float
    unit: str
    date: dt.date
    reps: int | None = None


@dataclass
class WeekSummary:
    """One ISO week of training."""

    week_start: dt.date
    planned: int = 0
    done: int = 0
    km: float = 0.0
    hard_sets: int = 0
    load: float = 0.0


@dataclass(frozen=True)
class Adherence:
    """The current plan's sessions due by today, and what became of them."""

    planned: int
    done: int
    skipped: int
    missed: int
    rate: float | None
    """Done over due, or None before anything was due."""


@dataclass(frozen=True)
class Progress:
    """Everything the progress page shows."""

    lifts: dict[str, list[LiftPoint]]
    records: list[Record]
    weeks: list[WeekSummary]
    adherence: Adherence


def progress_for(db: Session, user: User, today: dt.date) -> Progress:
    """The person's progress up to `today` (their own date).

    Args:
        db: The session to read with.
        user: Whose log.
        today: The person's date: weeks run up to its week, adherence counts up to it.
    """
    lifts = lift_curves(repository.lift_days(db, user.id))
    records = [*_lift_records(db, user.id, lifts), *_run_records(db, user.id)]
    planned = [p.entry for p in calendar.planned_sessions(db, user, today)]
    weeks = _weeks(db, user.id, planned, today)
    return Progress(lifts=lifts, records=records, weeks=weeks, adherence=_adherence(planned, today))


def lift_curves(days: Iterable[LiftRow]) -> dict[str, list[LiftPoint]]:
    """Each lift's best e1RM per day, oldest first (the rows come grouped and ordered)."""
    curves: dict[str, list[LiftPoint]] = defaultdict(list)
    for lift, date, e1rm in days:
        if e1rm is not None:
            curves[lift].append(LiftPoint(date, e1rm))
    return dict(curves)


def _lift_records(db: Session, user_id: int, lifts: dict[str, list[LiftPoint]]) -> list[Record]:
    """Heaviest set and best e1RM of every lift (the earliest day a record was reached)."""
    heaviest: dict[str, Record] = {}
    for lift, date, weight, reps in repository.heaviest_sets(db, user_id):
        heaviest.setdefault(lift, Record("heaviest_set", lift, weight, "kg", date, reps))
    records = list(heaviest.values())
    for lift, points in lifts.items():
        top = max(points, key=lambda point: (point.e1rm_kg, -point.date.toordinal()))
        records.append(Record("best_e1rm", lift, top.e1rm_kg, "kg", top.date))
    return records


def _run_records(db: Session, user_id: int) -> list[Record]:
    """Longest run, and the fastest 5 and 10 km from runs at least that long."""
    longest = repository.longest_run(db, user_id)
    if longest is None:
        return []
    records = [Record("longest_run", "run", longest[1] / 1000, "km", longest[0])]
    for kind, metres in RACE_DISTANCES.items():
        fastest = repository.fastest_over(db, user_id, metres)
        if fastest is not None:
            records.append(Record(kind, "run", round(fastest[1]), "s", fastest[0]))
    return records


def _weeks(
    db: Session, user_id: int, planned: list[calendar.CalendarDay], today: dt.date
) -> list[WeekSummary]:
    """Every ISO week from the first logged or planned one up to today's week."""
    weeks: dict[dt.date, WeekSummary] = {}

    def week_of(date: dt.date) -> WeekSummary:
        start = date - dt.timedelta(days=date.weekday())
        return weeks.setdefault(start, WeekSummary(start))

    for entry in planned:
        if entry.date <= today:
            week_of(entry.date).planned += 1
    for date, done, load, metres, hard in repository.daily_totals(db, user_id):
        summary = week_of(date)
        summary.done += int(done or 0)
        summary.load += float(load or 0)
        summary.km += (metres or 0) / 1000
        summary.hard_sets += int(hard or 0)
    if not weeks:
        return []
    return _fill_gaps(weeks, today - dt.timedelta(days=today.weekday()))


def _fill_gaps(weeks: dict[dt.date, WeekSummary], last: dt.date) -> list[WeekSummary]:
    """The weeks in order with empty weeks between, so a chart's x axis is even."""
    start = min(weeks)
    end = max(last, max(weeks))
    filled = []
    while start <= end:
        summary = weeks.get(start) or WeekSummary(start)
        summary.km, summary.load = round(summary.km, 2), round(summary.load, 1)
        filled.append(summary)
        start += dt.timedelta(weeks=1)
    return filled


def _adherence(planned: list[calendar.CalendarDay], today: dt.date) -> Adherence:
    """How the current plan's sessions up to today turned out."""
    due = Counter(entry.status for entry in planned if entry.date <= today)
    done = due["done"] + due["partial"]
    # Today's unlogged session still reads "planned": it counts once it is done.
    counted = sum(due.values()) - due["planned"]
    return Adherence(
        planned=counted,
        done=done,
        skipped=due["skipped"],
        missed=due["missed"],
        rate=round(done / counted, 3) if counted else None,
    )
