"""Making and keeping plans. Services flush but never commit: the caller owns the transaction.

Every plan is checked against the coaching rules (`training.checks`) before it is stored, as
the product promises: a plan that breaks one is an engine bug, logged and refused.
"""

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import metrics
from app.accounts.service import training_days_of
from app.baselines import service as baselines
from app.database.models import User, WorkoutPlan
from app.database.types import utcnow
from app.plans import repository
from app.plans.errors import PlanBreaksRulesError, PlanNotFoundError, PlanOptionsError
from app.training import build_plan, checks
from app.training.calendar import dates as schedule
from app.training.contract import plan_document

logger = logging.getLogger(__name__)


def profile_of(user: User) -> plan_document.AthleteProfile:
    """The training engine's view of a person: what it needs to write a plan, nothing more."""
    return plan_document.AthleteProfile.model_validate(user)


@dataclass(frozen=True)
class NewPlan:
    """A plan just written: its stored row and the validated document it holds."""

    row: WorkoutPlan
    plan: plan_document.PlanData


def create_plan(db: Session, user: User, options: plan_document.PlanOptions) -> NewPlan:
    """Write a plan for `user` and store it, once it passes the schema and the coaching rules.

    Args:
        db: The caller's session.
        user: Whose plan it is; their profile, limitations and stated baselines shape it.
        options: Length, equipment, start date and event.

    Returns:
        The stored row with the validated plan, so callers need not parse it back.

    Raises:
        PlanOptionsError: When the options' training days do not match the days per week.
        PlanBreaksRulesError: The plan breaks a coaching rule; nothing is stored.
    """
    profile = profile_of(user)
    options = dated_options(user, options)
    today = dt.datetime.now(dt.UTC).date()
    numbers = baselines.stated(db, user)
    plan = build_plan(profile, options, numbers, today)
    violations = checks.find_violations(plan, profile, options, baselines=numbers, today=today)
    broken = sorted({violation.rule for violation in violations})
    if broken:
        logger.error("Refused to store a plan that breaks coaching rules: %s", ", ".join(broken))
        raise PlanBreaksRulesError(broken)
    row = WorkoutPlan(
        user_id=user.id,
        plan_data=plan.model_dump(mode="json"),
        duration_weeks=plan.duration_weeks,
    )
    db.add(row)
    db.flush()
    metrics.PLANS_BUILT.labels(str(plan.sport)).inc()
    return NewPlan(row, plan)


def dated_options(user: User, options: plan_document.PlanOptions) -> plan_document.PlanOptions:
    """The options with the person's training days and, unless given, their start date.

    The default start is the next of their training days, today included, in their time zone.

    Raises:
        PlanOptionsError: When `training_days` does not name exactly `days_per_week` days.
    """
    days = options.training_days or training_days_of(user)
    if len(days) != user.days_per_week:
        raise PlanOptionsError(f"training_days must name exactly {user.days_per_week} days")
    start = options.start_date or schedule.next_training_day(
        schedule.local_date(utcnow(), user.timezone), days
    )
    return options.model_copy(update={"training_days": list(days), "start_date": start})


def get_plan(db: Session, user: User, plan_id: int) -> WorkoutPlan:
    """One of the person's own plans.

    Raises:
        PlanNotFoundError: When no such plan is theirs.
    """
    row = repository.owned_plan(db, user.id, plan_id)
    if row is None:
        raise PlanNotFoundError(plan_id)
    return row


def delete_plan(db: Session, user: User, plan_id: int) -> None:
    """Delete one of the person's own plans.

    Raises:
        PlanNotFoundError: When no such plan is theirs.
    """
    if not repository.delete_owned_plan(db, user.id, plan_id):
        raise PlanNotFoundError(plan_id)
