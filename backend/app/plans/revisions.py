"""A plan's revisions: store what an adaptation changed, list every version, undo the last.

Queries of the table live here too (the plans domain owns it). Services flush but never commit:
the caller owns the transaction.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.database.models import PlanRevision, WorkoutPlan
from app.database.types import utcnow
from app.plans import current
from app.plans.errors import NothingToUndoError
from app.training.adapt import Adjustment, apply_adjustments, merge
from app.training.adapt.apply import patch_session
from app.training.contract.plan_document import PlanData

ADAPTATION, UNDO = "adaptation", "undo"


def history(db: Session, plan_id: int) -> Sequence[PlanRevision]:
    """Every revision of a plan, oldest first."""
    return db.scalars(
        select(PlanRevision).where(PlanRevision.plan_id == plan_id).order_by(PlanRevision.number)
    ).all()


def live(db: Session, plan_id: int, rules: frozenset[str] | None = None) -> list[Adjustment]:
    """The adjustments in force: those of every adaptation not taken back, in order.

    Args:
        db: The caller's session.
        plan_id: Whose revisions.
        rules: Only the adjustments these rules made (None: all of them).
    """
    rows = db.scalars(
        select(PlanRevision.adjustments)
        .where(
            PlanRevision.plan_id == plan_id,
            PlanRevision.kind == ADAPTATION,
            PlanRevision.undone_at.is_(None),
        )
        .order_by(PlanRevision.number)
    ).all()
    return [
        Adjustment.from_dict(raw)
        for adjustments in rows
        for raw in adjustments
        if rules is None or raw.get("rule") in rules
    ]


def in_force(db: Session, plan_id: int) -> list[Adjustment]:
    """What the plan shows as changed: the live adjustments, chains joined into one."""
    return merge(live(db, plan_id))


def record(
    db: Session, row: WorkoutPlan, kind: str, cause: dict[str, Any], changes: Sequence[Adjustment]
) -> PlanRevision:
    """Store a new revision of `row` (whose plan_data already holds the change)."""
    number = db.scalar(
        select(func.coalesce(func.max(PlanRevision.number), 0)).where(
            PlanRevision.plan_id == row.id
        )
    )
    revision = PlanRevision(
        user_id=row.user_id,
        plan_id=row.id,
        number=(number or 0) + 1,
        kind=kind,
        log_id=cause.get("log_id"),
        cause=cause,
        adjustments=[change.as_dict() for change in changes],
    )
    db.add(revision)
    db.flush()
    return revision


def latest_adaptation(db: Session, plan_id: int) -> PlanRevision | None:
    """The newest adaptation still in force, if any."""
    return db.scalars(
        select(PlanRevision)
        .where(
            PlanRevision.plan_id == plan_id,
            PlanRevision.kind == ADAPTATION,
            PlanRevision.undone_at.is_(None),
        )
        .order_by(PlanRevision.number.desc())
        .limit(1)
    ).one_or_none()


def stored_plan(db: Session, row: WorkoutPlan) -> PlanData:
    """The stored plan, validated once per revision (`plans.current` keeps it)."""
    plan = current.plan_document(db, row.user_id, row.id)
    return plan if plan is not None else PlanData.model_validate(row.plan_data)


def patch_stored(row: WorkoutPlan, changes: Sequence[Adjustment]) -> None:
    """Write adjustments into the stored document in place (already validated on the way).

    The rules built and validated the new plan in memory; patching the stored JSON with the
    same changes gives the same document without dumping the whole plan again.
    """
    weeks = row.plan_data["weeks"]
    for change in changes:
        patch_session(weeks[change.week - 1]["sessions"][change.day - 1], change)
    flag_modified(row, "plan_data")
    row.revision += 1


def take_back(db: Session, row: WorkoutPlan, revision: PlanRevision) -> PlanData:
    """Revert one adaptation on the stored plan and mark it undone; returns the plan now."""
    changes = [Adjustment.from_dict(raw) for raw in revision.adjustments]
    reverted = [change.reversed() for change in reversed(changes)]
    plan = apply_adjustments(stored_plan(db, row), reverted)
    patch_stored(row, reverted)
    current.remember(row, plan)
    revision.undone_at = utcnow()
    return plan


def undo_last(db: Session, row: WorkoutPlan) -> PlanData:
    """Take back the plan's last adaptation, recorded as an undo revision.

    Raises:
        NothingToUndoError: When no adaptation is in force.
    """
    revision = latest_adaptation(db, row.id)
    if revision is None:
        raise NothingToUndoError("Nothing to undo: the plan has no adaptation in force")
    plan = take_back(db, row, revision)
    reverted = [Adjustment.from_dict(raw).reversed() for raw in reversed(revision.adjustments)]
    record(db, row, UNDO, {"undo_of": revision.number, "log_id": None}, reverted)
    return plan
