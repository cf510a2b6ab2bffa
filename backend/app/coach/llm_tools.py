"""The coach's actions offered to a language model as OpenAI tools, each checked before it runs.

The model may look up the session of a date, move a session, swap an exercise or change the
plan; every call's arguments are validated (a malformed call is answered with an error the
model can read, and changes nothing), and the change itself goes through the same validated
actions the built-in coach uses. The model never writes the plan directly.
"""

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session

from app.coach import actions, plan_edits
from app.coach.answers.calendar import session_on
from app.coach.answers.sessions import describe_session
from app.coach.intents import ChangeRequest
from app.database.models import User
from app.llm.client import ToolCall
from app.plans.current import current_document
from app.training.catalogue import BY_ID
from app.training.contract.vocabulary import Level, Sport


class _Arguments(BaseModel):
    """Tool arguments: unknown fields are refused, like any input people send."""

    model_config = ConfigDict(extra="forbid")


class SessionForDate(_Arguments):
    """Look up the planned session of a date."""

    date: dt.date


class MoveSession(_Arguments):
    """Move the session of one date to another free day of the same plan week."""

    from_date: dt.date
    to_date: dt.date


class SwapExercise(_Arguments):
    """Replace an exercise (catalogue id) on a date with another of the same pattern."""

    date: dt.date
    exercise_id: str = Field(max_length=64)
    replacement_id: str = Field(max_length=64)


class ChangePlan(_Arguments):
    """Write a new plan with other days, sport, level or length."""

    days_per_week: int | None = Field(None, ge=1, le=7)
    sport: Sport | None = None
    experience_level: Level | None = None
    duration_weeks: int | None = Field(None, ge=1, le=16)


_TOOLS: dict[str, type[_Arguments]] = {
    "session_for_date": SessionForDate,
    "move_session": MoveSession,
    "swap_exercise": SwapExercise,
    "change_plan": ChangePlan,
}


def definitions() -> list[dict[str, Any]]:
    """The tools as the OpenAI API describes functions."""
    return [
        {
            "type": "function",
            "function": {
                "name": name,
                "description": model.__doc__ or name,
                "parameters": model.model_json_schema(),
            },
        }
        for name, model in _TOOLS.items()
    ]


def run(db: Session, user: User, call: ToolCall) -> tuple[dict[str, Any], bool]:
    """Carry out one tool call; returns the result for the model and whether the plan changed.

    A call with an unknown name or invalid arguments changes nothing and says why.
    """
    model = _TOOLS.get(call.name)
    if model is None:
        return {"error": f"unknown tool {call.name!r}"}, False
    try:
        arguments = model.model_validate(json.loads(call.arguments or "{}"))
    except (ValueError, ValidationError) as error:
        return {"error": f"invalid arguments: {str(error)[:200]}"}, False
    return _dispatch(db, user, arguments)


def _dispatch(db: Session, user: User, arguments: _Arguments) -> tuple[dict[str, Any], bool]:
    """The validated call, carried out through the coach's actions."""
    if isinstance(arguments, SessionForDate):
        plan = current_document(db, user.id)
        found = session_on(plan, arguments.date) if plan else None
        if found is None:
            return {"session": None, "note": "no session that day (rest day or no plan)"}, False
        return {"session": describe_session(*found)}, False
    if isinstance(arguments, ChangePlan):
        change = ChangeRequest(**arguments.model_dump())
        if change.is_empty():
            return {"error": "nothing to change"}, False
        result = actions.carry_out(db, user, change)
        return {"done": f"new plan: {result.plan.title}"}, True
    edit = _edit(arguments)
    if edit is None:
        return {"error": "unknown exercise id"}, False  # a move always has an edit
    outcome = actions.edit_current_plan(db, user, edit)
    if outcome.refused:
        return {"refused": outcome.refused}, False
    return {"done": outcome.summary}, True


def _edit(arguments: _Arguments) -> actions.Edit | None:
    """The plan edit a move or swap call asks for; None for an exercise id not in the catalogue."""
    if isinstance(arguments, MoveSession):
        return lambda plan: plan_edits.move_session(plan, arguments.from_date, arguments.to_date)
    if not isinstance(arguments, SwapExercise):
        return None
    if arguments.exercise_id not in BY_ID or arguments.replacement_id not in BY_ID:
        return None
    return lambda plan: plan_edits.replace_exercise(
        plan, arguments.date, arguments.exercise_id, arguments.replacement_id
    )
