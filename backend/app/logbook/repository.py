"""Every query over the log tables, in one place; each one is scoped to its owner."""

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.database.models import TrainingLog, WorkoutPlan

LogMark = tuple[int, str]
"""A log's id and status: all the calendar needs to know about a logged session."""


def owned_log(db: Session, user_id: int, log_id: int) -> TrainingLog | None:
    """Log `log_id` if it belongs to `user_id`; another person's log is simply not found."""
    return db.scalars(
        select(TrainingLog).where(TrainingLog.id == log_id, TrainingLog.user_id == user_id)
    ).one_or_none()


def current_plan(db: Session, user_id: int) -> WorkoutPlan | None:
    """The person's newest plan: the only one on the calendar."""
    return db.scalars(
        select(WorkoutPlan)
        .where(WorkoutPlan.user_id == user_id)
        .order_by(WorkoutPlan.id.desc())
        .limit(1)
    ).one_or_none()


def planned_marks(db: Session, plan_id: int) -> dict[tuple[int, int], LogMark]:
    """The logs of a plan's sessions by (week, day)."""
    rows = db.execute(
        select(TrainingLog.week, TrainingLog.day, TrainingLog.id, TrainingLog.status).where(
            TrainingLog.plan_id == plan_id
        )
    ).all()
    return {(row.week, row.day): (row.id, row.status) for row in rows}


def planned_log(db: Session, plan_id: int, week: int, day: int) -> TrainingLog | None:
    """The log of one planned session, if it has one."""
    return db.scalars(
        select(TrainingLog).where(
            TrainingLog.plan_id == plan_id, TrainingLog.week == week, TrainingLog.day == day
        )
    ).one_or_none()


def logs_between(db: Session, user_id: int, start: dt.date, end: dt.date) -> Sequence[TrainingLog]:
    """The person's logs dated `start` to `end` inclusive, oldest first."""
    return db.scalars(
        select(TrainingLog)
        .where(TrainingLog.user_id == user_id, TrainingLog.date.between(start, end))
        .order_by(TrainingLog.date, TrainingLog.id)
    ).all()


def logs_page(
    db: Session,
    user_id: int,
    bounds: tuple[dt.date | None, dt.date | None],
    limit: int,
    before: tuple[dt.date, int] | None,
) -> Sequence[TrainingLog]:
    """Up to `limit` logs, newest first (by date, then id), strictly before the cursor."""
    query = select(TrainingLog).where(TrainingLog.user_id == user_id)
    start, end = bounds
    if start is not None:
        query = query.where(TrainingLog.date >= start)
    if end is not None:
        query = query.where(TrainingLog.date <= end)
    if before is not None:
        query = query.where(tuple_(TrainingLog.date, TrainingLog.id) < tuple_(*before))
    order = (TrainingLog.date.desc(), TrainingLog.id.desc())
    return db.scalars(query.order_by(*order).limit(limit)).all()


def recent_logs(db: Session, user_id: int, limit: int) -> Sequence[TrainingLog]:
    """The person's latest logs, newest first."""
    return logs_page(db, user_id, (None, None), limit, None)


def existing_source_keys(db: Session, user_id: int, keys: Sequence[str]) -> set[str]:
    """Which of these import keys the person's log already holds."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):  # stay under every driver's parameter limit
        chunk = keys[start : start + 500]
        rows = db.scalars(
            select(TrainingLog.source_key).where(
                TrainingLog.user_id == user_id, TrainingLog.source_key.in_(chunk)
            )
        )
        found.update(key for key in rows if key is not None)
    return found
