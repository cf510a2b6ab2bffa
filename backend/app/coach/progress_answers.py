"""Answers about the person's own training, from the log and the plan's revisions.

"How did last week go?" and "why did my squat go up?" are answered from stored facts only (logs,
the current plan, its adjustments), with the numbers named, so the coach can explain every
change the engine made and never invents one. "What's my bench max?" is the log's own question
(`answers/history.py`, from the progress figures).
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coach.log_from_chat import lift_named
from app.database.models import TrainingLog, User
from app.plans import repository as plans
from app.plans import revisions
from app.plans.adaptation import session_log
from app.training.adapt import Adjustment
from app.training.adapt.load import fitness_and_fatigue
from app.training.catalogue import BY_ID

RECENT = dt.timedelta(weeks=8)
_LAST_WEEK = re.compile(
    r"\bhow (did|was|were) (my |the )?(last|past|this past|previous) (week|training)\b|"
    r"\bhow('?s| is| am i| have i been)\b.*\b(training|going|doing)\b.*\b(week|lately)\b",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\bwhy\b.*\b(go(ne)? up|went up|go(ne)? down|went down|chang|drop|increas|decreas|moved?)",
    re.IGNORECASE,
)
_WHY_LIFT = re.compile(r"\bwhy\b.*\b(lighter|heavier|less|more|cut)\b", re.IGNORECASE)


class Asked(StrEnum):
    """The questions about one's own training the coach answers from the log."""

    LAST_WEEK = "last_week"
    WHY = "why"


@dataclass(frozen=True)
class ProgressQuestion:
    """A question about progress and the lift it is about, if one."""

    asked: Asked
    lift: str | None = None


def asks(message: str) -> ProgressQuestion | None:
    """Whether a message asks about the person's own progress, and about what."""
    lift = lift_named(message)
    if _WHY.search(message) or (lift and _WHY_LIFT.search(message)):
        return ProgressQuestion(Asked.WHY, lift)
    if _LAST_WEEK.search(message):
        return ProgressQuestion(Asked.LAST_WEEK)
    return None


def answer(db: Session, user: User, question: ProgressQuestion, today: dt.date) -> str:
    """The answer, from the log and the revisions."""
    if question.asked is Asked.WHY:
        return explain_changes(db, user, question.lift)
    return last_week(db, user, today)


def _lift_name(exercise_id: str) -> str:
    movement = BY_ID.get(exercise_id)
    return movement.name.lower() if movement else exercise_id.replace("_", " ")


def explain_changes(db: Session, user: User, exercise_id: str | None) -> str:
    """Why the plan changed: the adjustments in force, for one lift or the latest ones."""
    row = plans.latest_plan(db, user.id)
    changes = revisions.in_force(db, row.id) if row is not None else []
    if exercise_id is not None:
        changes = [c for c in changes if c.exercise_id == exercise_id]
    if not changes:
        what = f"your {_lift_name(exercise_id)}" if exercise_id else "your plan"
        return f"I have not changed {what}: it stands as it was written."
    return (
        "Here is what I changed and why (from your logs):"
        + change_lines(changes, 6)
        + "\nYou can undo the last change from the plan page."
    )


def change_lines(changes: Sequence[Adjustment], most: int) -> str:
    """Up to `most` adjustments, one line each: when, what, before → after, and why."""
    lines = [
        f"\n- {c.date:%a %d %b}: {_lift_name(c.exercise_id) if c.exercise_id else 'session'} "
        f"{c.field.replace('_', ' ')} {c.before} → {c.after}: {c.reason}"
        for c in changes[:most]
        if c.date is not None
    ]
    more = f"\n…and {len(changes) - most} more on the plan page." if len(changes) > most else ""
    return "".join(lines) + more


def _planned_dates(db: Session, user: User) -> list[dt.date]:
    """The dates of the current plan's sessions."""
    row = plans.latest_plan(db, user.id)
    weeks = row.plan_data.get("weeks", []) if row is not None else []
    return [
        dt.date.fromisoformat(session["date"])
        for week in weeks
        for session in week["sessions"]
        if session.get("date")
    ]


def last_week(db: Session, user: User, today: dt.date) -> str:
    """The last seven days: sessions planned and done, load, effort, form, what changed."""
    start, end = today - dt.timedelta(days=7), today - dt.timedelta(days=1)
    logs = db.scalars(
        select(TrainingLog).where(TrainingLog.user_id == user.id, TrainingLog.date >= start)
    ).all()
    week = [log for log in logs if log.date <= end]
    planned = [day for day in _planned_dates(db, user) if start <= day <= end]
    done = [log for log in week if log.status != "skipped"]
    load = sum((log.session_rpe or 0) * (log.duration_min or 0) for log in done)
    rpes = [log.session_rpe for log in done if log.session_rpe is not None]
    effort = f", mean session RPE {sum(rpes) / len(rpes):.1f}" if rpes else ""
    fitness, fatigue, form = fitness_and_fatigue([session_log(log) for log in logs], end)
    return (
        f"Last seven days ({start.day} {start:%b} to {end.day} {end:%b}): {len(done)} of "
        f"{len(planned)} planned sessions done"
        + (f", {len(week) - len(done)} skipped" if len(week) > len(done) else "")
        + f". Training load {load:.0f} (session RPE x minutes){effort}. "
        f"Fitness {fitness:g}, fatigue {fatigue:g}, form {form:+g}: "
        + ("fresh" if form >= 0 else "carrying some fatigue")
        + ". Ask me why anything changed and I'll show you the reason."
    )
