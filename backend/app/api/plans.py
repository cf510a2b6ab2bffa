"""Plans: generate, list, read and delete the signed-in person's own plans."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status
from sqlalchemy.orm import Session

from app.api.deps import CurrentUser, PlanLimiterDep, SessionDep
from app.api.plan_schemas import PlanOut, PlanPage
from app.api.revision_schemas import AdjustmentOut
from app.database.models import WorkoutPlan
from app.plans import repository, revisions, service
from app.training.contract.plan_document import PlanOptions

router = APIRouter(prefix="/api/v1/plans", tags=["plans"])

PlanId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The plan's id")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"},
    404: {"description": "No such plan belongs to you"},
}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PlanOut,
    responses={**_ERRORS, 429: {"description": "Too many new plans; see Retry-After"}},
)
def create_plan(
    options: PlanOptions, user: CurrentUser, db: SessionDep, limiter: PlanLimiterDep
) -> Response:
    """Write a new periodized plan from the current profile and store it.

    The plan was validated as it was built, so its answer is encoded once from that model
    rather than dumped, validated again and encoded by the framework (a 16 x 7 plan is about
    400 KB of JSON: the second pass cost about a fifth of the request).
    """
    limiter.hit(str(user.id))
    new = service.create_plan(db, user, options)
    db.commit()
    row = new.row
    answer = PlanOut(
        id=row.id, duration_weeks=row.duration_weeks, created_at=row.created_at, plan_data=new.plan
    )
    return Response(
        answer.model_dump_json(),
        status_code=status.HTTP_201_CREATED,
        media_type="application/json",
    )


@router.get("", responses=_ERRORS)
def list_plans(
    user: CurrentUser,
    db: SessionDep,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> PlanPage:
    """The person's plans, newest first, `limit` at a time."""
    rows = repository.plans_page(db, user.id, limit, offset)
    return PlanPage(
        items=[PlanOut.model_validate(row) for row in rows],
        total=repository.count_plans(db, user.id),
        limit=limit,
        offset=offset,
    )


@router.get("/{plan_id}", responses=_ERRORS)
def read_plan(plan_id: PlanId, user: CurrentUser, db: SessionDep) -> PlanOut:
    """One of the person's plans as it now stands, with the adaptation's adjustments."""
    return plan_out(db, service.get_plan(db, user, plan_id))


def plan_out(db: Session, row: WorkoutPlan) -> PlanOut:
    """A stored plan with the adjustments in force."""
    adjustments = [AdjustmentOut.of(change) for change in revisions.in_force(db, row.id)]
    return PlanOut(
        id=row.id,
        duration_weeks=row.duration_weeks,
        created_at=row.created_at,
        plan_data=revisions.stored_plan(db, row),
        adjustments=adjustments,
    )


@router.delete("/{plan_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_ERRORS)
def delete_plan(plan_id: PlanId, user: CurrentUser, db: SessionDep) -> Response:
    """Delete one of the person's plans; anyone else's is a 404."""
    service.delete_plan(db, user, plan_id)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
