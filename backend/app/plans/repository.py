"""Every query over `workout_plans`, in one place; each one is scoped to its owner."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.database.models import WorkoutPlan


def owned_plan(db: Session, user_id: int, plan_id: int) -> WorkoutPlan | None:
    """Plan `plan_id` if it belongs to `user_id`; another person's plan is simply not found."""
    return db.scalars(
        select(WorkoutPlan).where(WorkoutPlan.id == plan_id, WorkoutPlan.user_id == user_id)
    ).one_or_none()


def latest_plan(db: Session, user_id: int) -> WorkoutPlan | None:
    """The person's newest plan: the one the coach treats as current."""
    return db.scalars(
        select(WorkoutPlan)
        .where(WorkoutPlan.user_id == user_id)
        .order_by(WorkoutPlan.id.desc())
        .limit(1)
    ).one_or_none()


def latest_plan_stamp(db: Session, user_id: int) -> tuple[int, datetime, int] | None:
    """Id, creation time and revision of the newest plan, without loading the plan itself."""
    row = db.execute(
        select(WorkoutPlan.id, WorkoutPlan.created_at, WorkoutPlan.revision)
        .where(WorkoutPlan.user_id == user_id)
        .order_by(WorkoutPlan.id.desc())
        .limit(1)
    ).one_or_none()
    return (row.id, row.created_at, row.revision) if row else None


def plan_stamp(db: Session, user_id: int, plan_id: int) -> tuple[datetime, int] | None:
    """When the person's plan was made and how often it changed, or None if not theirs."""
    row = db.execute(
        select(WorkoutPlan.created_at, WorkoutPlan.revision).where(
            WorkoutPlan.id == plan_id, WorkoutPlan.user_id == user_id
        )
    ).one_or_none()
    return (row.created_at, row.revision) if row else None


def plans_page(db: Session, user_id: int, limit: int, offset: int) -> Sequence[WorkoutPlan]:
    """One page of the person's plans, newest first."""
    return db.scalars(
        select(WorkoutPlan)
        .where(WorkoutPlan.user_id == user_id)
        .order_by(WorkoutPlan.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()


def count_plans(db: Session, user_id: int) -> int:
    """How many plans the person has."""
    return db.scalar(select(func.count()).where(WorkoutPlan.user_id == user_id)) or 0


def delete_owned_plan(db: Session, user_id: int, plan_id: int) -> bool:
    """Delete the plan if it is theirs; say whether anything was deleted."""
    result = db.execute(
        delete(WorkoutPlan).where(WorkoutPlan.id == plan_id, WorkoutPlan.user_id == user_id)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
