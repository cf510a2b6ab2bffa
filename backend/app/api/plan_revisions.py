"""A plan's versions: every adaptation with its cause, and undo of the last one."""

from typing import Any

from fastapi import APIRouter

from app.api.deps import CurrentUser, SessionDep
from app.api.plan_schemas import PlanOut
from app.api.plans import PlanId, plan_out
from app.api.revision_schemas import AdjustmentOut, RevisionOut, RevisionPage
from app.plans import revisions, service
from app.training.adapt import Adjustment

router = APIRouter(prefix="/api/v1/plans", tags=["plans"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"},
    404: {"description": "No such plan belongs to you"},
}


@router.get("/{plan_id}/revisions", responses=ERRORS)
def list_revisions(plan_id: PlanId, user: CurrentUser, db: SessionDep) -> RevisionPage:
    """Every version of the plan, oldest first: as written, then each adaptation and undo."""
    row = service.get_plan(db, user, plan_id)
    original = RevisionOut(
        number=0,
        kind="original",
        created_at=row.created_at,
        cause=None,
        adjustments=[],
        undone=False,
    )
    versions = [
        RevisionOut(
            number=revision.number,
            kind=revision.kind,
            created_at=revision.created_at,
            cause=revision.cause,
            adjustments=[
                AdjustmentOut.of(Adjustment.from_dict(raw)) for raw in revision.adjustments
            ],
            undone=revision.undone_at is not None,
        )
        for revision in revisions.history(db, row.id)
    ]
    return RevisionPage(items=[original, *versions])


@router.post("/{plan_id}/undo", responses={**ERRORS, 409: {"description": "Nothing to undo"}})
def undo(plan_id: PlanId, user: CurrentUser, db: SessionDep) -> PlanOut:
    """Take back the plan's last adaptation; returns the plan as it now stands."""
    row = service.get_plan(db, user, plan_id)
    revisions.undo_last(db, row)
    db.commit()
    return plan_out(db, row)
