"""Applying adjustments to a plan: a new, validated `PlanData`, the old one untouched.

An adjustment names its session by week and day and its exercise by id; it applies only where the
field still holds its `before` value, so applying a list twice, or undoing after another change,
never writes over something it did not see. Swapping an exercise (a skill's next step) takes the
new entry's name from the library; a new working weight moves the lift's ramp sets with it.

Only the sessions that change are rebuilt and validated (with their week, for the order of
dates, and the plan, for its shape): re-validating a 16-week plan for every rule that acts
would cost more than all the rules together.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from app.training.adapt.records import Adjustment, Value
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import WORK_BLOCKS, PlanData, Session, Week
from app.training.contract.vocabulary import BlockKind
from app.training.dosing import ramp

SESSION_FIELDS = frozenset({"date", "duration_min"})


def apply_adjustments(plan: PlanData, adjustments: Sequence[Adjustment]) -> PlanData:
    """The plan with every adjustment applied, in order.

    Raises:
        pydantic.ValidationError: When the result is not a valid plan (a bug in a rule).
    """
    by_session: dict[tuple[int, int], list[Adjustment]] = defaultdict(list)
    for adjustment in adjustments:
        if 1 <= adjustment.week <= len(plan.weeks) and 1 <= adjustment.day <= plan.days_per_week:
            by_session[adjustment.week, adjustment.day].append(adjustment)
    if not by_session:
        return plan
    weeks = list(plan.weeks)
    for (week_number, day), changes in by_session.items():
        week = weeks[week_number - 1]
        sessions = list(week.sessions)
        sessions[day - 1] = _changed(sessions[day - 1], changes)
        weeks[week_number - 1] = Week.model_validate({**dict(week), "sessions": sessions})
    return PlanData.model_validate({**dict(plan), "weeks": weeks})


def _changed(session: Session, changes: Sequence[Adjustment]) -> Session:
    """One session with its changes, validated again."""
    document = session.model_dump()
    for adjustment in changes:
        patch_session(document, adjustment)
    return Session.model_validate(document)


def patch_session(session: dict[str, Any], adjustment: Adjustment) -> None:
    """Change one field of a session's document form, if it still holds `before`.

    Works on both forms of a dumped session: Python (dates as dates) and JSON (ISO strings).
    """
    if adjustment.exercise_id is None:
        if adjustment.field in SESSION_FIELDS and _same(session, adjustment):
            current = session[adjustment.field]
            session[adjustment.field] = _like(current, adjustment.after)
        return
    changed = False
    for block in session["blocks"]:
        if block["kind"] not in WORK_BLOCKS:
            continue
        for exercise in block["exercises"]:
            if exercise["exercise_id"] == adjustment.exercise_id and _same(exercise, adjustment):
                _set(exercise, adjustment.field, adjustment.after)
                changed = True
    if changed and adjustment.field == "load_kg" and isinstance(adjustment.after, int | float):
        _follow_ramp(session, adjustment.exercise_id, float(adjustment.after))


def _follow_ramp(session: dict[str, Any], exercise_id: str, working_kg: float) -> None:
    """The warm-up's ramp sets of a lift move with its new working weight (`dosing/ramp.py`)."""
    for block in session["blocks"]:
        if block["kind"] != BlockKind.WARM_UP:
            continue
        for exercise in block["exercises"]:
            if exercise["exercise_id"] != exercise_id or exercise.get("load_kg") is None:
                continue  # a ramp written in percent cannot go stale
            followed = ramp.follow(exercise["intensity"], working_kg)
            if followed is not None:
                exercise["load_kg"], exercise["intensity"] = followed


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


def _like(current: object, after: Value) -> Value | dt.date:
    """The new value in the form the document holds (a date stays a date)."""
    if isinstance(current, dt.date) and isinstance(after, str):
        return dt.date.fromisoformat(after)
    return after
