"""The person's own numbers: `GET / PUT /api/v1/me/baselines`."""

import datetime as dt
from typing import Any

from fastapi import APIRouter

from app.api.baselines_schemas import (
    BaselinesIn,
    BaselinesOut,
    HoldOut,
    LiftOut,
    MaxRepsOut,
    MeasureOut,
    RaceOut,
)
from app.api.deps import CurrentUser, SessionDep
from app.baselines import service as baselines
from app.training.numbers.baselines import Baselines, RaceTime, Sourced
from app.training.numbers.strength import estimated_one_rep_max

router = APIRouter(prefix="/api/v1/me", tags=["baselines"])

_UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"}
}


def _measure(value: Sourced[float] | None) -> MeasureOut | None:
    """A number with its source, or None."""
    return None if value is None else MeasureOut(value=value.value, source=value.source)


def _race(value: RaceTime | None) -> RaceOut | None:
    """A race with its source, or None."""
    if value is None:
        return None
    return RaceOut(
        distance_km=value.distance_km, time_s=value.time_s, date=value.date, source=value.source
    )


def _out(numbers: Baselines) -> BaselinesOut:
    """The API's view of the numbers, with each lift's estimated one-rep max."""
    return BaselinesOut(
        weekly_km=_measure(numbers.weekly_km),
        longest_run_km=_measure(numbers.longest_run_km),
        race=_race(numbers.race),
        target_race=_race(numbers.target_race),
        lifts=[
            LiftOut(
                lift=lift.lift,
                weight_kg=lift.weight_kg,
                reps=lift.reps,
                e1rm_kg=round(estimated_one_rep_max(lift.weight_kg, lift.reps, lift.rpe), 1),
                source=lift.source,
            )
            for lift in numbers.lifts
        ],
        max_reps=[
            MaxRepsOut(exercise=m.exercise, reps=m.reps, source=m.source) for m in numbers.max_reps
        ],
        holds=[
            HoldOut(exercise=h.exercise, seconds=h.seconds, source=h.source) for h in numbers.holds
        ],
    )


@router.get("/baselines", responses=_UNAUTHORIZED)
def read_baselines(user: CurrentUser, db: SessionDep) -> BaselinesOut:
    """The numbers plans are built from: stated ones, then those the goals text names."""
    return _out(baselines.current(db, user, dt.datetime.now(dt.UTC).date()))


@router.put("/baselines", responses=_UNAUTHORIZED)
def replace_baselines(body: BaselinesIn, user: CurrentUser, db: SessionDep) -> BaselinesOut:
    """State your numbers (all of them: fields left out are no longer stated)."""
    baselines.replace(db, user, body.model_dump(mode="json", exclude_none=True))
    db.commit()
    return _out(baselines.current(db, user, dt.datetime.now(dt.UTC).date()))
