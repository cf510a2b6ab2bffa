"""Stated baselines: stored as the person put them, read back merged with their goals.

The stored row holds only what the person stated. Reading merges it with the numbers their goals
text names (`stated` wins, see `Baselines.merged`), so "I run 15 km a week" in the goals shows up
here until the person states a weekly volume of their own. Services flush but never commit.
"""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.baselines import repository
from app.database import models
from app.training.numbers import goals
from app.training.numbers.baselines import (
    Baselines,
    Hold,
    Lift,
    RaceTime,
    RepMax,
    Source,
    Sourced,
)

_STATED = Source.STATED
_LISTS = ("lifts", "max_reps", "holds")


def _race(document: Mapping[str, Any] | None) -> RaceTime | None:
    """A stored race document as the engine's value."""
    if document is None:
        return None
    day = document.get("date")
    return RaceTime(
        distance_km=document["distance_km"],
        time_s=document["time_s"],
        source=_STATED,
        date=None if day is None else dt.date.fromisoformat(day),
    )


def _measure(value: float | None) -> Sourced[float] | None:
    """A stored number as a stated value."""
    return None if value is None else Sourced(value, _STATED)


def stated(db: Session, user: models.User) -> Baselines:
    """Only what the person stated (empty when they stated nothing)."""
    row = repository.baselines_of(db, user.id)
    if row is None:
        return Baselines()
    return Baselines(
        weekly_km=_measure(row.weekly_km),
        longest_run_km=_measure(row.longest_run_km),
        race=_race(row.race),
        target_race=_race(row.target_race),
        lifts=tuple(Lift(**item, source=_STATED) for item in row.lifts),
        max_reps=tuple(RepMax(**item, source=_STATED) for item in row.max_reps),
        holds=tuple(Hold(**item, source=_STATED) for item in row.holds),
    )


def current(db: Session, user: models.User, today: dt.date) -> Baselines:
    """What the engine should use: the stated numbers, gaps filled from the goals text."""
    return stated(db, user).merged(goals.read_goals(user.goals, today).baselines)


def replace(db: Session, user: models.User, document: Mapping[str, Any]) -> None:
    """Store `document` (validated, JSON-ready) as the person's stated baselines, in full.

    Fields left out of `document` are no longer stated.
    """
    row = repository.baselines_of(db, user.id)
    if row is None:
        row = models.Baselines(user_id=user.id)
        db.add(row)
    row.weekly_km = document.get("weekly_km")
    row.longest_run_km = document.get("longest_run_km")
    row.race = document.get("race")
    row.target_race = document.get("target_race")
    for name in _LISTS:
        setattr(row, name, list(document.get(name) or []))
    db.flush()
