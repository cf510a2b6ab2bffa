"""Every query over the log tables, in one place; each one is scoped to its owner."""

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Row, and_, case, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.database.models import LoggedSet, TrainingLog, WorkoutPlan

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


WeightRow = Row[str, dt.date, int | None, float | None, float | None]
"""Lift, date, reps, RPE and the heaviest weight of that combination."""
RunRow = Row[dt.date, int | None, int | None]
"""Date, metres and seconds of a run set."""
DONE_STATUSES = ("done", "partial")
HARD_RPE = 7
"""A set at RPE 7 or more (three reps or fewer in reserve) counts as a hard set."""


def _is_run(run_ids: frozenset[str]) -> ColumnElement[bool]:
    """Whether a set is running: a catalogued run, or an exercise named as one (imports)."""
    return or_(LoggedSet.exercise_id.in_(sorted(run_ids)), func.lower(LoggedSet.name).like("%run%"))


def daily_sessions(db: Session, user_id: int) -> Sequence[Row[dt.date, int | None, float | None]]:
    """Per date: sessions done (done or partial) and their load (session RPE x minutes)."""
    done = func.sum(case((TrainingLog.status.in_(DONE_STATUSES), 1), else_=0))
    load = func.sum(func.coalesce(TrainingLog.session_rpe * TrainingLog.duration_min, 0))
    return db.execute(
        select(TrainingLog.date, done, load)
        .where(TrainingLog.user_id == user_id)
        .group_by(TrainingLog.date)
    ).all()


def daily_sets(
    db: Session, user_id: int, run_ids: frozenset[str]
) -> Sequence[Row[dt.date, int | None, int | None]]:
    """Per date: metres run and hard sets (reps at RPE 7+, or with no RPE recorded)."""
    metres = func.sum(case((_is_run(run_ids), func.coalesce(LoggedSet.distance_m, 0)), else_=0))
    hard = func.sum(
        case(
            (and_(LoggedSet.reps > 0, or_(LoggedSet.rpe.is_(None), LoggedSet.rpe >= HARD_RPE)), 1),
            else_=0,
        )
    )
    return db.execute(
        select(TrainingLog.date, metres, hard)
        .join(TrainingLog, TrainingLog.id == LoggedSet.log_id)
        .where(LoggedSet.user_id == user_id)
        .group_by(TrainingLog.date)
    ).all()


def best_weights(db: Session, user_id: int) -> Sequence[WeightRow]:
    """Per lift, date, reps and RPE: the heaviest weight.

    That is enough to find each day's best e1RM, which grows with the weight when reps and RPE
    are fixed, from far fewer rows than there are sets.
    """
    lift = func.coalesce(LoggedSet.exercise_id, LoggedSet.name)
    return db.execute(
        select(lift, TrainingLog.date, LoggedSet.reps, LoggedSet.rpe, func.max(LoggedSet.weight_kg))
        .join(TrainingLog, TrainingLog.id == LoggedSet.log_id)
        .where(LoggedSet.user_id == user_id, LoggedSet.weight_kg > 0, LoggedSet.reps > 0)
        .group_by(lift, TrainingLog.date, LoggedSet.reps, LoggedSet.rpe)
    ).all()


def run_sets(db: Session, user_id: int, run_ids: frozenset[str]) -> Sequence[RunRow]:
    """Every run set: its date, distance and time (if timed)."""
    return db.execute(
        select(TrainingLog.date, LoggedSet.distance_m, LoggedSet.duration_s)
        .join(TrainingLog, TrainingLog.id == LoggedSet.log_id)
        .where(LoggedSet.user_id == user_id, LoggedSet.distance_m > 0, _is_run(run_ids))
    ).all()


def sets_for_export(db: Session, user_id: int) -> Sequence[Row[TrainingLog, LoggedSet]]:
    """Every set of the person with its log, oldest session first, in the order done."""
    return db.execute(
        select(TrainingLog, LoggedSet)
        .join(LoggedSet, LoggedSet.log_id == TrainingLog.id)
        .where(TrainingLog.user_id == user_id)
        .order_by(TrainingLog.date, TrainingLog.id, LoggedSet.entry, LoggedSet.position)
    ).all()
