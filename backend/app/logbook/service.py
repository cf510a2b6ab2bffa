"""Recording, changing and deleting logs.

Services flush but never commit: the caller owns the transaction, so a refused log leaves
nothing behind.
Every write of a log, new or changed, ends in `save_log`: the one place where "after a log is
written" happens.
"""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.database.models import LoggedSet, TrainingLog, User
from app.logbook import repository, rules
from app.logbook.errors import LogConflictError, LogNotFoundError, LogRuleError
from app.logbook.summary import summarise
from app.plans import adaptation
from app.plans.current import plan_document
from app.training.contract.plan_document import WORK_BLOCKS, PlanData

Fields = Mapping[str, Any]
"""Validated fields of a log, as the API's schemas produce them (`model_dump`)."""
AD_HOC_TITLE = "Workout"
_DETAILS = ("reason", "duration_min", "session_rpe", "notes", "rounds", "score")


def record(db: Session, user: User, fields: Fields, today: dt.date) -> TrainingLog:
    """Record a session the person did or skipped.

    Args:
        db: The caller's session.
        user: Whose log.
        fields: The new log: a planned session (`plan_id`, `week`, `day`) or an ad-hoc one.
        today: The person's date, which bounds how far ahead a log may be dated.

    Returns:
        The stored log with its sets.

    Raises:
        LogNotFoundError: When the plan is not theirs or has no such session.
        LogConflictError: When the planned session already has a log.
        LogRuleError: When the date or the status breaks a rule.
    """
    plan, session = _planned_session(db, user, fields)
    date = fields.get("date") or (dt.date.fromisoformat(session["date"]) if session else None)
    if date is None:
        raise LogRuleError("date is required: the session has no planned date")
    rules.check_date(date, today, plan.start_date if plan else None)
    rules.check_reason(fields["status"], fields.get("reason"))
    planned = (fields["plan_id"], fields["week"], fields["day"]) if plan else None
    if planned and repository.planned_log(db, *planned):
        raise LogConflictError
    log = TrainingLog(
        user_id=user.id,
        plan_id=fields["plan_id"] if plan else None,
        week=fields.get("week"),
        day=fields.get("day"),
        date=date,
        title=fields.get("title") or (session["title"] if session else AD_HOC_TITLE),
        status=fields["status"],
        prescription=session,
        source="manual",
        **{name: fields.get(name) for name in _DETAILS},
    )
    entries = fields.get("entries")
    if entries is None:
        entries = as_prescribed(session) if session and fields["status"] != "skipped" else []
    db.add(log)
    return save_log(db, log, entries)


def revise(db: Session, user: User, log_id: int, changes: Fields, today: dt.date) -> TrainingLog:
    """Change one of the person's logs; `entries`, when given, replaces every set.

    Raises:
        LogNotFoundError: When the log is not theirs.
        LogRuleError: When the changed log breaks a rule.
    """
    log = get_log(db, user, log_id)
    date = changes.get("date", log.date)
    plan = plan_document(db, user.id, log.plan_id) if log.plan_id is not None else None
    rules.check_date(date, today, plan.start_date if plan else None)
    rules.check_reason(changes.get("status", log.status), changes.get("reason", log.reason))
    for name, value in changes.items():
        if name != "entries":
            setattr(log, name, value)
    return save_log(db, log, changes.get("entries"))


def get_log(db: Session, user: User, log_id: int) -> TrainingLog:
    """One of the person's own logs.

    Raises:
        LogNotFoundError: When no such log is theirs.
    """
    log = repository.owned_log(db, user.id, log_id)
    if log is None:
        raise LogNotFoundError("Log not found")
    return log


def remove(db: Session, user: User, log_id: int) -> None:
    """Delete one of the person's logs with its sets.

    Raises:
        LogNotFoundError: When no such log is theirs.
    """
    log = get_log(db, user, log_id)
    adaptation.forget_log(db, log)
    db.delete(log)
    db.flush()


def save_log(db: Session, log: TrainingLog, entries: Sequence[Fields] | None) -> TrainingLog:
    """Write a log and, when given, its sets: every log write, new or changed, ends here.

    Args:
        db: The caller's session.
        log: The new or changed log, already in the session.
        entries: The sets as done, replacing any before; None keeps the stored sets.

    Raises:
        LogConflictError: When another request logged the same planned session first.
    """
    if entries is not None:
        log.sets = _set_rows(log.user_id, entries)
    summarise(log)
    try:
        with db.begin_nested():
            db.flush()
    except IntegrityError as error:
        raise LogConflictError from error
    adaptation.after_log(db, log)
    return log


def as_prescribed(session: Fields) -> list[dict[str, Any]]:
    """The entries of a planned session done exactly as written (its work blocks)."""
    return [
        {
            "exercise_id": exercise["exercise_id"],
            "name": exercise["name"],
            "sets": [_prescribed_set(exercise)] * exercise["sets"],
        }
        for block in session["blocks"]
        if block["kind"] in WORK_BLOCKS
        for exercise in block["exercises"]
    ]


def _prescribed_set(exercise: Fields) -> dict[str, Any]:
    """One set as the exercise prescribes it: its dose, load and target RPE."""
    return {
        "reps": exercise.get("reps"),
        "weight_kg": exercise.get("load_kg"),
        "rpe": exercise.get("target_rpe"),
        "duration_s": exercise.get("duration_s"),
        "distance_m": exercise.get("distance_m"),
        "avg_hr": None,
    }


def _set_rows(user_id: int, entries: Iterable[Fields]) -> list[LoggedSet]:
    """The rows of a log's sets, numbered by exercise and by set within it."""
    return [
        LoggedSet(
            user_id=user_id,
            entry=entry_number,
            position=set_number,
            exercise_id=entry.get("exercise_id"),
            name=entry["name"],
            **{field: done.get(field) for field in rules.SET_MEASURES},
        )
        for entry_number, entry in enumerate(entries, start=1)
        for set_number, done in enumerate(entry["sets"], start=1)
    ]


def _planned_session(
    db: Session, user: User, fields: Fields
) -> tuple[PlanData | None, dict[str, Any] | None]:
    """The person's plan and the session a new log names, or (None, None) for ad hoc.

    Raises:
        LogNotFoundError: When the plan is not theirs or has no such week and day.
    """
    if fields.get("plan_id") is None:
        return None, None
    plan = plan_document(db, user.id, fields["plan_id"])
    if plan is None:
        raise LogNotFoundError("Plan not found")
    try:
        session = plan.session(fields["week"], fields["day"])
    except KeyError as error:
        raise LogNotFoundError("The plan has no such week and day") from error
    return plan, session.model_dump(mode="json")
