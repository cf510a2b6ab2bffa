"""How the person is progressing, derived from the log alone.

Four grouped queries read five years of training (hundreds of sessions, thousands of sets) in a
few milliseconds; the rest is arithmetic on their small results:

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
from app.logbook.repository import RunRow, WeightRow
from app.training.numbers.strength import estimated_one_rep_max
from app.training.planner import RUN_IDS

E1RM_MAX_REPS = 12
"""Past about a dozen reps, rep-max formulas stop predicting a single (NSCA)."""
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

    @property
    def rate(self) -> float | None:
        """Done over due, or None before anything was due."""
        return round(self.done / self.planned, 3) if self.planned else None


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
    weights = repository.best_weights(db, user.id)
    lifts = lift_curves(weights)
    runs = repository.run_sets(db, user.id, RUN_IDS)
    records = [*_lift_records(weights, lifts), *_run_records(runs)]
    planned = [p.entry for p in calendar.planned_sessions(db, user, today)]
    weeks = _weeks(db, user.id, planned, today)
    return Progress(lifts=lifts, records=records, weeks=weeks, adherence=_adherence(planned, today))


def lift_curves(weights: Iterable[WeightRow]) -> dict[str, list[LiftPoint]]:
    """Each lift's best e1RM per day, oldest first."""
    best: dict[str, dict[dt.date, float]] = defaultdict(dict)
    for lift, date, reps, rpe, weight in weights:
        if reps is None or weight is None or reps > E1RM_MAX_REPS:
            continue
        e1rm = estimated_one_rep_max(weight, reps, rpe)
        if e1rm > best[lift].get(date, 0.0):
            best[lift][date] = e1rm
    return {
        lift: [LiftPoint(date, round(value, 1)) for date, value in sorted(days.items())]
        for lift, days in sorted(best.items())
    }


def _lift_records(weights: Iterable[WeightRow], lifts: dict[str, list[LiftPoint]]) -> list[Record]:
    """Heaviest set and best e1RM of every lift (the earliest day a record was reached)."""
    heaviest: dict[str, tuple[float, int, dt.date]] = {}
    for lift, date, reps, _rpe, weight in weights:
        if reps is None or weight is None:
            continue
        known = heaviest.get(lift)
        if known is None or (weight, reps, known[2]) > (known[0], known[1], date):
            heaviest[lift] = (weight, reps, date)
    records = [
        Record("heaviest_set", lift, weight, "kg", date, reps)
        for lift, (weight, reps, date) in sorted(heaviest.items())
    ]
    for lift, points in lifts.items():
        top = max(points, key=lambda point: (point.e1rm_kg, -point.date.toordinal()))
        records.append(Record("best_e1rm", lift, top.e1rm_kg, "kg", top.date))
    return records


def _run_records(runs: Iterable[RunRow]) -> list[Record]:
    """Longest run, and the fastest 5 and 10 km from runs at least that long."""
    longest: tuple[int, dt.date] | None = None
    fastest: dict[str, tuple[float, dt.date]] = {}
    for date, metres, seconds in runs:
        if metres is None:
            continue
        if longest is None or metres > longest[0]:
            longest = (metres, date)
        for kind, distance in RACE_DISTANCES.items():
            if seconds and metres >= distance:
                time = seconds * distance / metres
                if kind not in fastest or time < fastest[kind][0]:
                    fastest[kind] = (time, date)
    records = [Record("longest_run", "run", longest[0] / 1000, "km", longest[1])] if longest else []
    records += [
        Record(kind, "run", round(time), "s", date) for kind, (time, date) in fastest.items()
    ]
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
    for date, done, load in repository.daily_sessions(db, user_id):
        summary = week_of(date)
        summary.done += int(done or 0)
        summary.load += float(load or 0)
    for date, metres, hard in repository.daily_sets(db, user_id, RUN_IDS):
        summary = week_of(date)
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
    return Adherence(
        planned=sum(due.values()) - due["planned"],
        done=done,
        skipped=due["skipped"],
        missed=due["missed"],
    )
