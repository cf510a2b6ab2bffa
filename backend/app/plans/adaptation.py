"""After a log is written: adapt the person's current plan and keep the revision.

The logbook's single write path (`logbook.service.save_log`) calls `after_log`, so every new or
changed log adapts the plan before the answer goes out; an import calls it once, at the end,
for the newest session of the file. Only the current plan (the newest)
is adapted; a log of an older plan changes nothing.
"""

import datetime as dt
import logging
from itertools import groupby
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from app.database.models import LoggedSet, TrainingLog, User, WorkoutPlan
from app.database.types import utcnow
from app.plans import current, revisions
from app.plans.service import profile_of
from app.training import adapt, checks
from app.training.adapt.paces import DANIELS
from app.training.calendar import dates as schedule
from app.training.contract.plan_document import PlanData, PlanOptions
from app.training.contract.plan_document import Session as PlannedSession

logger = logging.getLogger(__name__)
LOOK_BACK = dt.timedelta(days=21)
"""The rules read three weeks of log (stalls, e1RM, two full weeks of load), plus the date of
the last session trained before them (for a return after time off)."""
ONCE_RULES = frozenset({"return", "fatigue"})
"""The rules that look at what was applied before, so that they act once."""


def after_log(db: Session, log: TrainingLog) -> list[adapt.Adjustment]:
    """Adapt the current plan after `log` was written; returns what changed.

    When the log was written before (a change to it) and the plan's latest adaptation came
    from it, that adaptation is taken back first, so a corrected log is judged afresh.
    """
    user = db.get(User, log.user_id)
    row = _current_plan(db, log.user_id)
    if user is None or row is None or log.plan_id not in (None, row.id):
        return []
    latest = revisions.latest_adaptation(db, row.id)
    if latest is not None and latest.log_id == log.id:
        plan = revisions.take_back(db, row, latest)
    else:
        plan = revisions.stored_plan(db, row)
    today = schedule.local_date(utcnow(), user.timezone)
    result = adapt.adapt_plan(
        plan,
        recent_logs(db, log.user_id, min(log.date, today), log.id),
        session_log(log),
        today,
        applied=revisions.live(db, row.id, rules=ONCE_RULES),
        paces=DANIELS,
    )
    if not result.changes or _breaks_a_rule(user, plan, result.plan):
        return []
    revisions.patch_stored(row, result.changes)
    current.remember(row, result.plan)
    revisions.record(db, row, revisions.ADAPTATION, cause_of(log), result.changes)
    return result.changes


def _breaks_a_rule(user: User, before: PlanData, after: PlanData) -> bool:
    """Whether the adapted plan breaks a coaching rule the plan kept: then it is not stored.

    Every stored plan passes the checks (as `plans.service` promises for new plans); a rule
    the plan already broke (a profile changed since) does not block the adaptation. A refusal
    is an engine bug, logged by rule code only.
    """
    profile = profile_of(user)
    options = PlanOptions(
        duration_weeks=after.duration_weeks,
        equipment=list(after.equipment),
        start_date=after.start_date,
        event=after.event,
    )
    broken = {violation.rule for violation in checks.find_violations(after, profile, options)}
    if broken:
        broken -= {v.rule for v in checks.find_violations(before, profile, options)}
    if broken:
        logger.error(
            "Refused an adaptation that breaks coaching rules: %s", ", ".join(sorted(broken))
        )
    return bool(broken)


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
    """The person's newest plan, its row locked for this transaction where the database can.

    Only the id is read and locked; the row itself usually is in the session already (the log
    was checked against it). When it is not (an ad-hoc log), it is loaded without its document:
    the validated plan comes from `plans.current`, and the stored JSON (about 400 KB for a
    16 x 7 plan) is read only if an adaptation patches it.
    """
    plan_id = db.scalar(
        select(WorkoutPlan.id)
        .where(WorkoutPlan.user_id == user_id)
        .order_by(WorkoutPlan.id.desc())
        .limit(1)
        .with_for_update()
    )
    if plan_id is None:
        return None
    return db.get(WorkoutPlan, plan_id, options=[defer(WorkoutPlan.plan_data)])


def recent_logs(
    db: Session, user_id: int, since: dt.date, leave_out: int | None = None
) -> list[adapt.SessionLog]:
    """The person's logs from three weeks before `since` on, as the rules read them, oldest first.

    Read column by column (no ORM objects): a log write reads them every time. The last session
    trained before the window comes along as a bare "done" log, so time off is measured right.
    """
    start = since - LOOK_BACK
    rows = db.execute(
        select(*_LOG_COLUMNS)
        .where(TrainingLog.user_id == user_id, TrainingLog.date >= start)
        .order_by(TrainingLog.date, TrainingLog.id)
    ).all()
    sets = db.execute(
        select(LoggedSet.log_id, LoggedSet.entry, LoggedSet.exercise_id, *_SET_COLUMNS)
        .join(TrainingLog, TrainingLog.id == LoggedSet.log_id)
        .where(LoggedSet.user_id == user_id, TrainingLog.date >= start)
        .order_by(LoggedSet.log_id, LoggedSet.entry, LoggedSet.position)
    ).all()
    by_log: dict[int, list[Any]] = {}
    for row in sets:
        by_log.setdefault(row.log_id, []).append(row)
    found = [_from_columns(row, by_log.get(row.id, [])) for row in rows if row.id != leave_out]
    earlier = db.scalar(
        select(func.max(TrainingLog.date)).where(
            TrainingLog.user_id == user_id,
            TrainingLog.date < start,
            TrainingLog.status != "skipped",
        )
    )
    if earlier is not None:
        found.insert(0, adapt.SessionLog(earlier, None, None, adapt.LogStatus.DONE))
    return found


_LOG_COLUMNS = (
    TrainingLog.id,
    TrainingLog.date,
    TrainingLog.week,
    TrainingLog.day,
    TrainingLog.status,
    TrainingLog.duration_min,
    TrainingLog.session_rpe,
    TrainingLog.notes,
    TrainingLog.prescription,
)
_SET_COLUMNS = (
    LoggedSet.reps,
    LoggedSet.weight_kg,
    LoggedSet.rpe,
    LoggedSet.duration_s,
    LoggedSet.distance_m,
)


def _from_columns(row: Any, sets: list[Any]) -> adapt.SessionLog:
    """A log read as columns, with its sets."""
    return _value(row, row.id, [(s.entry, s.exercise_id, s) for s in sets])


def session_log(log: TrainingLog) -> adapt.SessionLog:
    """A stored log as the rules read it: plain values, the prescription as a plan session."""
    return _value(log, log.id, [(s.entry, s.exercise_id, s) for s in log.sets])


def _value(log: Any, log_id: int, sets: list[tuple[int, str | None, Any]]) -> adapt.SessionLog:
    """The rules' value of a log from anything with the log's fields and its sets in order."""
    entries = tuple(
        adapt.LoggedEntry(
            exercise_id=group[0][1] or "",
            sets=tuple(
                adapt.LoggedSet(
                    reps=done.reps,
                    weight_kg=done.weight_kg,
                    rpe=done.rpe,
                    duration_s=done.duration_s,
                    distance_m=done.distance_m,
                )
                for _, _, done in group
            ),
        )
        for group in (list(g) for _, g in groupby(sets, key=lambda item: item[0]))
        if group[0][1]
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
        log_id=log_id,
    )
