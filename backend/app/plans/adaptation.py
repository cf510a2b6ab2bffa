"""After a log is written: adapt the person's current plan and keep the revision.

The logbook's single write path (`logbook.service.save_log`) calls `after_log`, so every new or
changed log adapts the plan before the answer goes out. An import wraps its rows in `deferred`
and the adaptation runs once, at the end, for the last log. Only the current plan (the newest)
is adapted; a log of an older plan changes nothing.
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import TrainingLog, User, WorkoutPlan
from app.database.types import utcnow
from app.plans import revisions
from app.training import adapt
from app.training.calendar import schedule
from app.training.contract.plan_document import PlanData
from app.training.contract.plan_document import Session as PlannedSession

LOOK_BACK = dt.timedelta(weeks=8)
"""The rules read at most eight weeks of log: stalls, e1RM, two weeks of load, a week off."""
_DEFERRED = "coachx.adaptation.deferred"


@contextmanager
def deferred(db: Session) -> Iterator[None]:
    """Hold the adaptation while many logs are written (an import); run it once at the end."""
    db.info[_DEFERRED] = None
    try:
        yield
    finally:
        last = db.info.pop(_DEFERRED, None)
    if isinstance(last, TrainingLog):
        after_log(db, last)


def after_log(db: Session, log: TrainingLog) -> list[adapt.Adjustment]:
    """Adapt the current plan after `log` was written; returns what changed.

    When the log was written before (a change to it) and the plan's latest adaptation came
    from it, that adaptation is taken back first, so a corrected log is judged afresh.
    """
    if _DEFERRED in db.info:
        db.info[_DEFERRED] = log
        return []
    user = db.get(User, log.user_id)
    row = _current_plan(db, log.user_id)
    if user is None or row is None or log.plan_id not in (None, row.id):
        return []
    latest = revisions.latest_adaptation(db, row.id)
    if latest is not None and latest.log_id == log.id:
        plan = revisions.take_back(db, row, latest)
    else:
        plan = PlanData.model_validate(row.plan_data)
    today = schedule.local_date(utcnow(), user.timezone)
    changes = adapt.adapt(
        plan,
        [session_log(past) for past in _recent(db, log.user_id, today)],
        session_log(log),
        today,
        applied=revisions.live(db, row.id),
    )
    if changes:
        row.plan_data = adapt.apply_adjustments(plan, changes).model_dump(mode="json")
        revisions.record(db, row, revisions.ADAPTATION, cause_of(log), changes)
    return changes


def forget_log(db: Session, log: TrainingLog) -> None:
    """Before a log is deleted: take back the plan's latest adaptation if that log caused it."""
    row = _current_plan(db, log.user_id)
    latest = revisions.latest_adaptation(db, row.id) if row is not None else None
    if row is not None and latest is not None and latest.log_id == log.id:
        revisions.take_back(db, row, latest)


def cause_of(log: TrainingLog) -> dict[str, object]:
    """What a revision names as its cause: the log, in a few words."""
    return {
        "log_id": log.id,
        "date": log.date.isoformat(),
        "title": log.title,
        "status": log.status,
    }


def _current_plan(db: Session, user_id: int) -> WorkoutPlan | None:
    """The person's newest plan, locked for this transaction where the database can."""
    return db.scalars(
        select(WorkoutPlan)
        .where(WorkoutPlan.user_id == user_id)
        .order_by(WorkoutPlan.id.desc())
        .limit(1)
        .with_for_update()
    ).one_or_none()


def _recent(db: Session, user_id: int, today: dt.date) -> list[TrainingLog]:
    """The person's logs of the last eight weeks."""
    return list(
        db.scalars(
            select(TrainingLog)
            .where(TrainingLog.user_id == user_id, TrainingLog.date >= today - LOOK_BACK)
            .order_by(TrainingLog.date, TrainingLog.id)
        )
    )


def session_log(log: TrainingLog) -> adapt.SessionLog:
    """A stored log as the rules read it: plain values, the prescription as a plan session."""
    entries = tuple(
        adapt.LoggedEntry(
            exercise_id=sets[0].exercise_id or "",
            sets=tuple(
                adapt.LoggedSet(
                    reps=done.reps,
                    weight_kg=done.weight_kg,
                    rpe=done.rpe,
                    duration_s=done.duration_s,
                    distance_m=done.distance_m,
                )
                for done in sets
            ),
        )
        for sets in (list(group) for _, group in groupby(log.sets, key=lambda s: s.entry))
        if sets[0].exercise_id
    )
    prescription = PlannedSession.model_validate(log.prescription) if log.prescription else None
    return adapt.SessionLog(
        date=log.date,
        week=log.week,
        day=log.day,
        status=adapt.LogStatus(log.status),
        duration_min=log.duration_min,
        session_rpe=log.session_rpe,
        entries=entries,
        prescription=prescription,
        notes=log.notes or "",
        log_id=log.id,
    )
