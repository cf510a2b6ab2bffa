"""Progress: lifts, records, weeks and adherence, derived from the person's log."""

from typing import Any

from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep
from app.api.progress_schemas import ProgressOut
from app.database.types import utcnow
from app.logbook import calendar, progress

router = APIRouter(prefix="/api/v1/progress", tags=["progress"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"}
}


@router.get("", responses=_ERRORS)
def read_progress(user: CurrentUser, db: SessionDep) -> ProgressOut:
    """e1RM per lift over time, records, weekly training and adherence to the current plan."""
    today = calendar.local_today(user, utcnow())
    return ProgressOut.model_validate(progress.progress_for(db, user, today))
