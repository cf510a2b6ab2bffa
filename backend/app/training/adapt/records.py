"""The values the adaptation reads and writes: what was logged, and what it changes.

The logbook stores logs in the database; the rules here see them as plain frozen values, so they
can be tested without one. A `SessionLog` mirrors the log of the API (PRODUCT.md, "Calendar and
log") and carries the prescription it was logged against. An `Adjustment` is one changed field of
one upcoming session, with its value before and after and the reason in plain words: a revision
of the plan is a list of them, never a copy of the plan.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.training.contract.plan_document import Session

Value = int | float | str | dict[str, int] | None
"""A field's value before or after a change (dates as ISO strings, paces as dicts)."""


class LogStatus(StrEnum):
    """How much of a session was done."""

    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class LoggedSet:
    """One set as done: any of reps, weight, effort, time and distance."""

    reps: int | None = None
    weight_kg: float | None = None
    rpe: float | None = None
    duration_s: int | None = None
    distance_m: float | None = None


@dataclass(frozen=True, slots=True)
class LoggedEntry:
    """The sets done of one exercise of the library."""

    exercise_id: str
    sets: tuple[LoggedSet, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionLog:
    """One logged session; `week` and `day` are set when it was a planned session.

    Attributes:
        date: The day it was done (or skipped).
        week: The plan week (1-based), or None for an ad-hoc session.
        day: The day within that week (1-based), or None.
        status: Done, partial or skipped.
        duration_min: Minutes trained, if known.
        session_rpe: The whole session's effort on the CR-10 scale (Foster 2001), if known.
        entries: What was done, exercise by exercise.
        prescription: The planned session it was logged against, as it stood then.
        notes: The person's own words ("felt easy", "race").
        log_id: The stored log's id, when it has one (a revision names it as its cause).
    """

    date: dt.date
    week: int | None
    day: int | None
    status: LogStatus
    duration_min: int | None = None
    session_rpe: float | None = None
    entries: tuple[LoggedEntry, ...] = ()
    prescription: Session | None = None
    notes: str = ""
    log_id: int | None = None

    @property
    def trained(self) -> bool:
        """Done or partly done: the person trained that day."""
        return self.status is not LogStatus.SKIPPED

    @property
    def load(self) -> float:
        """Session load (Foster 2001): session RPE x minutes; 0 when either is missing."""
        if not self.trained or self.session_rpe is None or self.duration_min is None:
            return 0.0
        return self.session_rpe * self.duration_min

    def entry(self, exercise_id: str) -> LoggedEntry | None:
        """What was logged for one exercise, or None."""
        return next((e for e in self.entries if e.exercise_id == exercise_id), None)


@dataclass(frozen=True, slots=True)
class Adjustment:
    """One field of one upcoming session changed by the adaptation, and why.

    `exercise_id` is None for a change to the session itself (its date). `rule` names the rule
    that made it (lifts, paces, missed, return, fatigue, ...), so a rule can tell that it has
    already acted and the coach can say which rule it was.
    """

    date: dt.date | None
    week: int
    day: int
    exercise_id: str | None
    field: str
    before: Value
    after: Value
    reason: str
    rule: str = ""

    def as_dict(self) -> dict[str, Value]:
        """The JSON shape of the API: date, week, day, exercise_id, field, before, after, reason."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "week": self.week,
            "day": self.day,
            "exercise_id": self.exercise_id,
            "field": self.field,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Value]) -> "Adjustment":
        """Read back an adjustment stored by `as_dict`."""
        when, exercise = raw.get("date"), raw.get("exercise_id")
        week, day = raw.get("week"), raw.get("day")
        return cls(
            date=dt.date.fromisoformat(when) if isinstance(when, str) else None,
            week=week if isinstance(week, int) else 0,
            day=day if isinstance(day, int) else 0,
            exercise_id=exercise if isinstance(exercise, str) else None,
            field=str(raw.get("field")),
            before=raw.get("before"),
            after=raw.get("after"),
            reason=str(raw.get("reason") or ""),
            rule=str(raw.get("rule") or ""),
        )

    def reversed(self) -> "Adjustment":
        """The change that takes this one back (for undo)."""
        swapped = self.field == "exercise_id" and isinstance(self.after, str)
        exercise_id = self.after if swapped else self.exercise_id
        return Adjustment(
            date=self.date,
            week=self.week,
            day=self.day,
            exercise_id=exercise_id if isinstance(exercise_id, str) else None,
            field=self.field,
            before=self.after,
            after=self.before,
            reason=f"undone: {self.reason}",
            rule=self.rule,
        )


def _log_order(log: SessionLog) -> tuple[dt.date, int]:
    """Oldest first; on one day, in the order they were stored."""
    return log.date, log.log_id or 0


@dataclass(frozen=True, slots=True)
class History:
    """Everything the rules read.

    Attributes:
        logs: Every log of the person so far, in any order (the trigger among them).
        trigger: The log just written: most rules act on what it shows.
        today: The person's today; only sessions after it change.
        applied: The adjustments earlier adaptations made to this plan (not undone).
    """

    logs: tuple[SessionLog, ...]
    trigger: SessionLog
    today: dt.date
    applied: tuple[Adjustment, ...] = ()

    def by_date(self) -> list[SessionLog]:
        """The logs up to today, oldest first."""
        return sorted((log for log in self.logs if log.date <= self.today), key=_log_order)

    def logged(self) -> frozenset[tuple[int, int]]:
        """The (week, day) of every planned session that has a log."""
        return frozenset(
            (log.week, log.day) for log in self.logs if log.week is not None and log.day is not None
        )

    def of_exercise(self, exercise_id: str) -> list[SessionLog]:
        """The trained logs that hold `exercise_id`, newest first."""
        found = [log for log in self.by_date() if log.trained and log.entry(exercise_id)]
        return found[::-1]
