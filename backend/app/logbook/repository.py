"""Every query over the log tables, in one place; each one is scoped to its owner."""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import Float, Row, and_, case, cast, func, select, tuple_
from sqlalchemy.orm import Session

from app.database.models import LiftBest, LoggedSet, TrainingLog

LogMark = tuple[int, str]
"""A log's id and status: all the calendar needs to know about a logged session."""


def owned_log(db: Session, user_id: int, log_id: int) -> TrainingLog | None:
    """Log `log_id` if it belongs to `user_id`; another person's log is simply not found."""
    return db.scalars(
        select(TrainingLog).where(TrainingLog.id == log_id, TrainingLog.user_id == user_id)
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


DONE_STATUSES = ("done", "partial")
# The progress queries run on the session's connection (Core): thousands of plain rows, none of
# which the ORM needs to track.
DayRow = Row[dt.date, int | None, float | None, int | None, int | None]
"""Date, sessions done, load, metres run and hard sets of one day."""
LiftRow = Row[str, dt.date, float | None]
"""Lift, date and the day's best e1RM."""
TopRow = Row[str, dt.date, float, int]
"""Lift, date, weight and reps of a lift's heaviest set."""


def daily_totals(db: Session, user_id: int) -> Sequence[DayRow]:
    """Per date: sessions done, load, metres run and hard sets, from each log's totals.

    Done counts done and partial; load is session RPE x minutes.
    """
    done = func.sum(case((TrainingLog.status.in_(DONE_STATUSES), 1), else_=0))
    load = func.sum(func.coalesce(TrainingLog.session_rpe * TrainingLog.duration_min, 0))
    return (
        db.connection()
        .execute(
            select(
                TrainingLog.date,
                done,
                load,
                func.sum(TrainingLog.run_m),
                func.sum(TrainingLog.hard_sets),
            )
            .where(TrainingLog.user_id == user_id)
            .group_by(TrainingLog.date)
        )
        .all()
    )


def lift_days(db: Session, user_id: int) -> Sequence[LiftRow]:
    """Per lift and date, the best e1RM, oldest first."""
    return (
        db.connection()
        .execute(
            select(LiftBest.lift, LiftBest.date, func.max(LiftBest.e1rm_kg))
            .where(LiftBest.user_id == user_id, LiftBest.e1rm_kg.is_not(None))
            .group_by(LiftBest.lift, LiftBest.date)
            .order_by(LiftBest.lift, LiftBest.date)
        )
        .all()
    )


def heaviest_sets(db: Session, user_id: int) -> Sequence[TopRow]:
    """Each lift's heaviest set: most reps at its top weight, on the earliest day it was done.

    Ties (the same top weight on several days) come first by reps, then by date; the caller
    takes the first row of each lift.
    """
    owned = LiftBest.user_id == user_id
    top = (
        select(LiftBest.lift, func.max(LiftBest.top_kg).label("kg"))
        .where(owned)
        .group_by(LiftBest.lift)
        .subquery()
    )
    return (
        db.connection()
        .execute(
            select(LiftBest.lift, LiftBest.date, LiftBest.top_kg, LiftBest.top_reps)
            .join(top, and_(LiftBest.lift == top.c.lift, LiftBest.top_kg == top.c.kg))
            .where(owned)
            .order_by(LiftBest.lift, LiftBest.top_reps.desc(), LiftBest.date)
        )
        .all()
    )


def longest_run(db: Session, user_id: int) -> Row[dt.date, int] | None:
    """The date and metres of the person's longest run (the first, if equalled)."""
    return db.execute(
        select(TrainingLog.date, TrainingLog.run_m)
        .where(TrainingLog.user_id == user_id, TrainingLog.run_m > 0)
        .order_by(TrainingLog.run_m.desc(), TrainingLog.date)
        .limit(1)
    ).one_or_none()


def fastest_over(db: Session, user_id: int, metres: int) -> Row[dt.date, float | Decimal] | None:
    """The fastest time over `metres` at the average pace of a run at least that long."""
    time = (cast(TrainingLog.run_s, Float) * metres / TrainingLog.run_m).label("time")
    return db.execute(
        select(TrainingLog.date, time)
        .where(
            TrainingLog.user_id == user_id,
            TrainingLog.run_m >= metres,
            TrainingLog.run_s > 0,
        )
        .order_by(time, TrainingLog.date)
        .limit(1)
    ).one_or_none()


def sets_for_export(db: Session, user_id: int) -> Sequence[Row[TrainingLog, LoggedSet]]:
    """Every set of the person with its log, oldest session first, in the order done."""
    return db.execute(
        select(TrainingLog, LoggedSet)
        .join(LoggedSet, LoggedSet.log_id == TrainingLog.id)
        .where(TrainingLog.user_id == user_id)
        .order_by(TrainingLog.date, TrainingLog.id, LoggedSet.entry, LoggedSet.position)
    ).all()
