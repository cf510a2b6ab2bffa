"""Carrying out what a person asks the coach to change: their profile, and a new plan.

The coach does what it safely can by itself: a new number of training days, another sport or
level, a plan length, or the equipment at hand all lead to a freshly generated plan from the
training engine. It never changes age or goals silently; those stay with the profile page.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.coach.intents import ChangeRequest
from app.database.models import User
from app.plans import repository as plans
from app.plans import service as plan_service
from app.training.contract.plan_document import PlanData, PlanOptions

DEFAULT_WEEKS = 4


@dataclass(frozen=True)
class ChangeResult:
    """What was changed: the profile fields that moved and the new plan written for them."""

    profile_changes: dict[str, Any]
    plan: PlanData
    plan_id: int


def carry_out(db: Session, user: User, change: ChangeRequest) -> ChangeResult:
    """Apply a change request and write a new plan that reflects it.

    Args:
        db: The caller's session (the caller commits).
        user: The person asking.
        change: What they asked for.

    Returns:
        The profile changes made and the new plan.
    """
    profile_changes = {
        field: value
        for field, value in (
            ("days_per_week", change.days_per_week),
            ("sport", change.sport),
            ("experience_level", change.experience_level),
        )
        if value is not None and getattr(user, field) != value
    }
    if profile_changes:
        accounts.update_profile(db, user, profile_changes)
    latest = plans.latest_plan(db, user.id)
    weeks = change.duration_weeks or (latest.duration_weeks if latest else DEFAULT_WEEKS)
    equipment = list(change.equipment) if change.equipment is not None else None
    new = plan_service.create_plan(db, user, PlanOptions(duration_weeks=weeks, equipment=equipment))
    return ChangeResult(profile_changes, new.plan, new.row.id)
