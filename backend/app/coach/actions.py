"""Carrying out what a person asks the coach to change: their profile, a new plan, one session.

The coach does what it safely can by itself: a new number of training days, another sport or
level, a plan length, or the equipment at hand all lead to a freshly generated plan from the
training engine. A change to single sessions (move one, swap an exercise, other kit for some
dates) edits the current plan in place after the same checks the engine's plans pass. It never
changes age or goals silently. The built-in coach and a language model (as tool calls) use these
same functions.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.coach.intents import ChangeRequest
from app.coach.plan_edits import Edited, EditRefusedError
from app.database.models import User
from app.plans import current
from app.plans import repository as plans
from app.plans import service as plan_service
from app.training.checks import find_violations
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


@dataclass(frozen=True)
class EditResult:
    """A single-session change carried out (`summary`), or refused (`refused` says why)."""

    summary: str = ""
    refused: str = ""
    plan: PlanData | None = None


Edit = Callable[[PlanData], Edited]
"""A single-session change, as a pure function of the plan (see `app.coach.plan_edits`)."""


def edit_current_plan(db: Session, user: User, edit: Edit) -> EditResult:
    """Apply a single-session edit to the person's current plan, if it passes every check.

    The edited plan must be a valid document and break no coaching rule the plan did not
    already break; otherwise nothing is stored and the result says why.

    Args:
        db: The caller's session (the caller commits).
        user: The person asking.
        edit: The change, as a pure function of the plan (see `app.coach.plan_edits`).
    """
    row = plans.latest_plan(db, user.id)
    if row is None:
        return EditResult(refused="you don't have a plan yet")
    plan = PlanData.model_validate(row.plan_data)
    try:
        edited = edit(plan)
    except EditRefusedError as error:
        return EditResult(refused=str(error))
    options = PlanOptions(duration_weeks=plan.duration_weeks)
    before = set(find_violations(plan, plan_service.profile_of(user), options, True))
    after = set(find_violations(edited.plan, plan_service.profile_of(user), options, True))
    if after - before:
        return EditResult(refused=next(iter(after - before)).message)
    row.plan_data = edited.plan.model_dump(mode="json")
    row.revision += 1  # every worker's cached copy is now out of date
    db.flush()
    current.forget(row.id)
    return EditResult(summary=edited.summary, plan=edited.plan)
