"""Request and response bodies of the training log.

The bounds refuse what no person does (a 1,000 kg set, 400 reps, a heart rate of 300), so a
typo is caught at the door instead of bending every chart after it.
"""

import datetime as dt
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    computed_field,
    model_validator,
)

from app.logbook.rules import (
    HEART_RATE,
    MAX_DISTANCE_M,
    MAX_DURATION_MIN,
    MAX_DURATION_S,
    MAX_ENTRIES,
    MAX_NOTES,
    MAX_REPS,
    MAX_SETS,
    MAX_WEIGHT_KG,
)
from app.text import refuse_control_characters
from app.training.contract.plan_document import Session

_FORBID = ConfigDict(extra="forbid")
LogStatus = Literal["done", "partial", "skipped"]
LogDate = Annotated[dt.date, Field(ge=dt.date(2000, 1, 1), le=dt.date(2099, 12, 31))]


NoControls = AfterValidator(refuse_control_characters)
"""The one text rule for everything people type."""
Notes = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_NOTES), NoControls]
Reason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), NoControls
]
Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), NoControls
]
ExerciseName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80), NoControls
]
Rpe = Annotated[float, Field(ge=1, le=10, description="RPE 1-10 (CR-10)")]


class LoggedSetIn(BaseModel):
    """One set as done; give at least one of its measures."""

    model_config = _FORBID

    reps: int | None = Field(None, strict=True, ge=0, le=MAX_REPS)
    weight_kg: float | None = Field(None, ge=0, le=MAX_WEIGHT_KG)
    rpe: Rpe | None = None
    duration_s: int | None = Field(None, strict=True, ge=0, le=MAX_DURATION_S)
    distance_m: int | None = Field(None, strict=True, ge=0, le=MAX_DISTANCE_M)
    avg_hr: int | None = Field(
        None, strict=True, ge=HEART_RATE[0], le=HEART_RATE[1], description="Beats per minute"
    )

    @model_validator(mode="after")
    def _measures_something(self) -> Self:
        """A set with no reps, weight, time or distance records nothing."""
        measures = (self.reps, self.weight_kg, self.duration_s, self.distance_m)
        if all(measure is None for measure in measures):
            raise ValueError("a set needs reps, weight_kg, duration_s or distance_m")
        return self


class EntryIn(BaseModel):
    """One exercise of the session with its sets, in order."""

    model_config = _FORBID

    exercise_id: str | None = Field(None, pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$", max_length=64)
    name: ExerciseName
    sets: list[LoggedSetIn] = Field(min_length=1, max_length=MAX_SETS)


class Score(BaseModel):
    """A WOD's score: a time (for time) or rounds plus reps (AMRAP)."""

    model_config = _FORBID

    time_s: int | None = Field(None, strict=True, ge=1, le=MAX_DURATION_S)
    rounds: int | None = Field(None, strict=True, ge=0, le=500)
    reps: int | None = Field(None, strict=True, ge=0, le=10_000)

    @model_validator(mode="after")
    def _time_or_rounds(self) -> Self:
        """Exactly one kind of score: a time, or rounds (with any extra reps)."""
        if (self.time_s is None) == (self.rounds is None and self.reps is None):
            raise ValueError("give a score as time_s, or as rounds and reps")
        return self


class _LogFields(BaseModel):
    """What a person records about a session, shared by new logs and changes."""

    model_config = _FORBID

    title: Title | None = None
    status: LogStatus | None = None
    reason: Reason | None = Field(None, description="Why it was skipped; required for skipped")
    duration_min: int | None = Field(None, strict=True, ge=0, le=MAX_DURATION_MIN)
    session_rpe: Rpe | None = None
    notes: Notes | None = None
    rounds: int | None = Field(None, strict=True, ge=0, le=100, description="Boxing rounds")
    score: Score | None = None


class NewLog(_LogFields):
    """A session to record: a planned one (plan_id, week, day) or an ad-hoc one.

    For a planned session, `date` defaults to its planned date and leaving `entries` out
    records it as prescribed.
    """

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "plan_id": 1,
                    "week": 1,
                    "day": 1,
                    "status": "done",
                    "session_rpe": 7,
                    "duration_min": 55,
                }
            ]
        },
    )

    date: LogDate | None = None
    plan_id: int | None = Field(None, strict=True, ge=1, le=2**31 - 1)
    week: int | None = Field(None, strict=True, ge=1, le=16)
    day: int | None = Field(None, strict=True, ge=1, le=7)
    status: LogStatus = "done"
    entries: list[EntryIn] | None = Field(None, max_length=MAX_ENTRIES)

    @model_validator(mode="after")
    def _planned_or_ad_hoc(self) -> Self:
        """A planned session names plan, week and day; an ad-hoc one names its date."""
        planned = [self.plan_id, self.week, self.day]
        if any(value is not None for value in planned) and None in planned:
            raise ValueError("a planned session needs plan_id, week and day together")
        if self.plan_id is None and self.date is None:
            raise ValueError("an ad-hoc session needs its date")
        return self


class LogChanges(_LogFields):
    """Any subset of a log; `entries`, when given, replaces every set."""

    date: LogDate | None = None
    entries: list[EntryIn] | None = Field(None, max_length=MAX_ENTRIES)

    @model_validator(mode="after")
    def _no_nulls(self) -> Self:
        """Only the optional details may be cleared; date, status and entries cannot be null."""
        cleared = sorted(
            f
            for f in self.model_fields_set & {"date", "status", "title", "entries"}
            if getattr(self, f) is None
        )
        if cleared:
            raise ValueError(f"{', '.join(cleared)} cannot be null")
        return self


class LoggedSetOut(BaseModel):
    """A set as recorded; runs also show their pace."""

    model_config = ConfigDict(from_attributes=True)

    reps: int | None
    weight_kg: float | None
    rpe: float | None
    duration_s: int | None
    distance_m: int | None
    avg_hr: int | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def pace_s_per_km(self) -> int | None:
        """Seconds per kilometre, when the set has both a distance and a time."""
        if not self.distance_m or not self.duration_s:
            return None
        return round(self.duration_s * 1000 / self.distance_m)


class EntryOut(BaseModel):
    """An exercise of the log with its sets."""

    exercise_id: str | None
    name: str
    sets: list[LoggedSetOut]


class LogOut(BaseModel):
    """A stored log; a planned session's log carries that session's `prescription`."""

    id: int
    date: dt.date
    plan_id: int | None
    week: int | None
    day: int | None
    title: str
    status: LogStatus
    reason: str | None
    duration_min: int | None
    session_rpe: float | None
    notes: str | None
    rounds: int | None
    score: Score | None
    load: float | None = Field(description="Session RPE times minutes (Foster)")
    source: str
    entries: list[EntryOut]
    prescription: Session | None
    created_at: dt.datetime
    updated_at: dt.datetime


class LogPage(BaseModel):
    """A page of logs, newest first; `next_before` (opaque) fetches the older page."""

    items: list[LogOut]
    next_before: str | None


class RowProblem(BaseModel):
    """A row of an imported file that could not be read."""

    line: int
    reason: str


class ImportOut(BaseModel):
    """What an import did: sessions imported, sessions already there, and unreadable rows."""

    imported: int
    skipped: int
    errors: list[RowProblem]
