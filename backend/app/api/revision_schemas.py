"""Response bodies of a plan's adaptation: adjustments and revisions (PRODUCT.md, "Adaptation")."""

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from app.training.adapt import Adjustment


class AdjustmentOut(BaseModel):
    """One field of one upcoming session changed by the adaptation, with its reason."""

    date: dt.date | None = Field(description="The session's date (its new date, for a move)")
    week: int
    day: int
    exercise_id: str | None = Field(description="None: a change to the session itself")
    field: str = Field(description="load_kg, reps, sets, distance_m, pace, date, ...")
    before: Any
    after: Any
    reason: str = Field(description="Why, in plain words: 'up from 70 kg: last two sessions...'")
    rule: str = Field("", description="The rule that made it: lifts, paces, missed, fatigue...")

    @classmethod
    def of(cls, adjustment: Adjustment) -> "AdjustmentOut":
        """The API's view of an adjustment."""
        return cls.model_validate(adjustment.as_dict())


class RevisionOut(BaseModel):
    """One version of a plan: the original, an adaptation with its cause, or an undo."""

    number: int = Field(description="0 for the plan as written, then 1, 2, ...")
    kind: str = Field(description="original, adaptation or undo")
    created_at: dt.datetime
    cause: dict[str, Any] | None = Field(
        description="What caused it: the log (log_id, date, title, status), or the undone number"
    )
    adjustments: list[AdjustmentOut]
    undone: bool = Field(description="An adaptation that was taken back")


class RevisionPage(BaseModel):
    """Every version of a plan, oldest first."""

    items: list[RevisionOut]
