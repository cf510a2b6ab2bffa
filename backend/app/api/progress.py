"""Progress: lifts, records, weeks and adherence, derived from the person's log."""

from typing import Any

from fastapi import APIRouter, Response
from pydantic import TypeAdapter

from app.api.deps import CurrentUser, SessionDep
from app.api.progress_schemas import ProgressOut
from app.database.types import utcnow
from app.logbook import calendar, progress

router = APIRouter(prefix="/api/v1/progress", tags=["progress"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"}
}


_AS_JSON = TypeAdapter(progress.Progress)
"""Serialises the domain's result as it is: years of weeks and lift points, never re-validated."""


@router.get("", response_model=ProgressOut, responses=_ERRORS)
def read_progress(user: CurrentUser, db: SessionDep) -> Response:
    """e1RM per lift over time, records, weekly training and adherence to the current plan."""
    today = calendar.local_today(user, utcnow())
    body = _AS_JSON.dump_json(progress.progress_for(db, user, today))
    return Response(body, media_type="application/json")
