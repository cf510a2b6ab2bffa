"""Request and response bodies of `/api/v1/me/baselines`.

What a person puts (`BaselinesIn`) is plain numbers; what they read back (`BaselinesOut`) says
of every value where it came from: `stated` (put here), `goals` (read from their goals text) or
`log` (from logged sessions). Exercise names are ids of the exercise library, so the engine can
turn a lift into kilos for exactly that exercise.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from app.training import catalogue as library
from app.training.numbers import reading
from app.training.numbers.baselines import Source

_FORBID = ConfigDict(extra="forbid")


def _known_exercise(exercise_id: str) -> str:
    """Refuse ids the exercise library does not have."""
    if exercise_id not in library.BY_ID:
        raise ValueError(f"unknown exercise id {exercise_id!r}: use an id of the exercise library")
    return exercise_id


ExerciseId = Annotated[str, Field(max_length=64), AfterValidator(_known_exercise)]
Kilometres = Annotated[float, Field(strict=True, gt=0, le=300, allow_inf_nan=False)]


class RaceIn(BaseModel):
    """A race distance and time: a result, or for `target_race` the time aimed for."""

    model_config = _FORBID

    distance_km: float = Field(strict=True, gt=0, le=100, allow_inf_nan=False)
    time_s: int = Field(strict=True, ge=60, le=100 * 3600)
    date: dt.date | None = Field(None, ge=dt.date(2000, 1, 1), le=dt.date(2099, 12, 31))

    @model_validator(mode="after")
    def _plausible_pace(self) -> Self:
        """Refuse a time nobody could take: faster than 2:30/km or slower than 20:00/km."""
        pace = self.time_s / self.distance_km
        if not reading.FASTEST_PLAUSIBLE_S_PER_KM <= pace <= reading.SLOWEST_PLAUSIBLE_S_PER_KM:
            raise ValueError("time_s over distance_km must be between 2:30 and 20:00 per km")
        return self


class LiftIn(BaseModel):
    """A set of a lift: `weight_kg` for `reps`, all-out (the heaviest for that many reps)."""

    model_config = _FORBID

    lift: ExerciseId = Field(examples=["bench_press"])
    weight_kg: float = Field(strict=True, gt=0, le=500, allow_inf_nan=False)
    reps: int = Field(strict=True, ge=1, le=30)


class MaxRepsIn(BaseModel):
    """The most strict reps of an exercise in one set."""

    model_config = _FORBID

    exercise: ExerciseId = Field(examples=["pull_up"])
    reps: int = Field(strict=True, ge=1, le=500)


class HoldIn(BaseModel):
    """The longest hold of a static position."""

    model_config = _FORBID

    exercise: ExerciseId = Field(examples=["l_sit"])
    seconds: int = Field(strict=True, ge=1, le=3600)


def _unique(items: Sequence[BaseModel], key: str, field: str) -> None:
    """Refuse two entries for the same exercise: which one should count?"""
    keys = [getattr(item, key) for item in items]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{field} must name each {key} once")


class BaselinesIn(BaseModel):
    """Everything a person states about their current fitness; a PUT replaces it all."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "weekly_km": 15,
                    "longest_run_km": 8,
                    "race": {"distance_km": 5, "time_s": 1500, "date": "2026-10-04"},
                    "target_race": {"distance_km": 10, "time_s": 2700},
                    "lifts": [{"lift": "bench_press", "weight_kg": 80, "reps": 5}],
                    "max_reps": [{"exercise": "pull_up", "reps": 6}],
                    "holds": [{"exercise": "l_sit", "seconds": 15}],
                }
            ]
        },
    )

    weekly_km: Kilometres | None = None
    longest_run_km: Kilometres | None = Field(None, le=100)
    race: RaceIn | None = None
    target_race: RaceIn | None = None
    lifts: list[LiftIn] = Field(default_factory=list, max_length=20)
    max_reps: list[MaxRepsIn] = Field(default_factory=list, max_length=20)
    holds: list[HoldIn] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _one_entry_per_exercise(self) -> Self:
        """Each lift, rep max and hold at most once."""
        _unique(self.lifts, "lift", "lifts")
        _unique(self.max_reps, "exercise", "max_reps")
        _unique(self.holds, "exercise", "holds")
        return self


class MeasureOut(BaseModel):
    """A number and where it came from."""

    value: float
    source: Source


class RaceOut(BaseModel):
    """A race distance and time, and where they came from."""

    distance_km: float
    time_s: int
    date: dt.date | None
    source: Source


class LiftOut(BaseModel):
    """A lift set with its estimated one-rep max (Epley) and where it came from."""

    lift: str
    weight_kg: float
    reps: int
    e1rm_kg: float = Field(description="Estimated one-rep max, Epley: w·(1 + reps/30)")
    source: Source


class MaxRepsOut(BaseModel):
    """A rep max and where it came from."""

    exercise: str
    reps: int
    source: Source


class HoldOut(BaseModel):
    """A hold and where it came from."""

    exercise: str
    seconds: int
    source: Source


class BaselinesOut(BaseModel):
    """The numbers the engine will use, each saying where it came from."""

    weekly_km: MeasureOut | None
    longest_run_km: MeasureOut | None
    race: RaceOut | None
    target_race: RaceOut | None
    lifts: list[LiftOut]
    max_reps: list[MaxRepsOut]
    holds: list[HoldOut]
