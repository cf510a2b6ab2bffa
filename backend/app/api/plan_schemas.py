"""What the plans routes accept and return."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from app.training.contract.plan_document import PlanData


class PlanOut(BaseModel):
    """A stored plan: the validated plan document with its id and creation time."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    duration_weeks: int
    created_at: datetime
    plan_data: PlanData


class PlanPage(BaseModel):
    """A page of plans, newest first."""

    items: list[PlanOut]
    total: int
    limit: int
    offset: int
