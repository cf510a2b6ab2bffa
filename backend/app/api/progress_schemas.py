"""Response body of the progress page."""

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class _Read(BaseModel):
    """Read from the domain's dataclasses."""

    model_config = ConfigDict(from_attributes=True)


class LiftPointOut(_Read):
    """A lift's best estimated one-rep max on one day (Epley, reps in reserve added)."""

    date: dt.date
    e1rm_kg: float


class RecordOut(_Read):
    """A personal best: heaviest_set, best_e1rm, longest_run, fastest_5k or fastest_10k."""

    kind: str
    exercise: str
    value: float
    unit: str = Field(description="kg, km or s")
    date: dt.date
    reps: int | None


class WeekOut(_Read):
    """One ISO week: sessions planned and done, km run, hard sets and session-RPE load."""

    week_start: dt.date = Field(description="The ISO Monday")
    planned: int
    done: int = Field(description="Sessions logged done or partial")
    km: float
    hard_sets: int
    load: float = Field(description="Sum of session RPE times minutes (Foster)")


class AdherenceOut(_Read):
    """The current plan's sessions due by today and what became of them."""

    planned: int
    done: int
    skipped: int
    missed: int
    rate: float | None


class ProgressOut(_Read):
    """Progress derived from the log."""

    lifts: dict[str, list[LiftPointOut]]
    records: list[RecordOut]
    weeks: list[WeekOut]
    adherence: AdherenceOut
