"""Applying adjustments to a plan: a new, validated `PlanData`, the old one untouched.

An adjustment names its session by week and day and its exercise by id; it applies only where the
field still holds its `before` value, so applying a list twice, or undoing after another change,
never writes over something it did not see. Swapping an exercise (a skill's next step) takes the
new entry's name from the library.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.training.adapt.records import Adjustment, Value
from app.training.library import BY_ID
from app.training.schemas import WORK_BLOCKS, PlanData

SESSION_FIELDS = frozenset({"date", "duration_min"})


def apply_adjustments(plan: PlanData, adjustments: Sequence[Adjustment]) -> PlanData:
    """The plan with every adjustment applied, validated as a whole.

    Raises:
        pydantic.ValidationError: When the result is not a valid plan (a bug in a rule).
    """
    if not adjustments:
        return plan
    document = plan.model_dump()
    for adjustment in adjustments:
        _apply(document, adjustment)
    return PlanData.model_validate(document)


def _apply(document: dict[str, Any], adjustment: Adjustment) -> None:
    """Change one field of one session in the plan's dumped form, if it still holds `before`."""
    weeks = document["weeks"]
    if not 1 <= adjustment.week <= len(weeks):
        return
    sessions = weeks[adjustment.week - 1]["sessions"]
    if not 1 <= adjustment.day <= len(sessions):
        return
    session = sessions[adjustment.day - 1]
    if adjustment.exercise_id is None:
        if adjustment.field in SESSION_FIELDS and _same(session, adjustment):
            session[adjustment.field] = _value(adjustment.field, adjustment.after)
        return
    for block in session["blocks"]:
        if block["kind"] not in WORK_BLOCKS:
            continue
        for exercise in block["exercises"]:
            if exercise["exercise_id"] == adjustment.exercise_id and _same(exercise, adjustment):
                _set(exercise, adjustment.field, adjustment.after)


def _same(part: dict[str, Any], adjustment: Adjustment) -> bool:
    """Whether the field still holds the adjustment's `before` value."""
    if adjustment.field not in part:
        return False
    current = part[adjustment.field]
    if isinstance(current, dt.date):
        current = current.isoformat()
    return bool(current == adjustment.before)


def _set(exercise: dict[str, Any], field: str, after: Value) -> None:
    """Write the new value; a new exercise id brings the library's name with it."""
    exercise[field] = after
    if field == "exercise_id" and isinstance(after, str) and after in BY_ID:
        exercise["name"] = BY_ID[after].name


def _value(field: str, after: Value) -> Value | dt.date:
    """Session fields as the plan holds them (dates as dates)."""
    if field == "date" and isinstance(after, str):
        return dt.date.fromisoformat(after)
    return after
