"""What the plans routes accept and return."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.api.revision_schemas import AdjustmentOut
from app.training.contract.plan_document import PlanData


class PlanOut(BaseModel):
    """A stored plan: the validated plan document with its id and creation time.

    `plan_data` is the plan as it now stands; `adjustments` lists what the adaptation changed
    in it (filled when one plan is read).
    """

    model_config = ConfigDict(from_attributes=True)

    id: int
    duration_weeks: int
    created_at: datetime
    plan_data: PlanData
    adjustments: list[AdjustmentOut] = Field(default_factory=list)


class PlanPage(BaseModel):
    """A page of plans, newest first."""

    items: list[PlanOut]
    total: int
    limit: int
    offset: int
