"""What goes into the training engine and the plan document that comes out of it.

`AthleteProfile` and `PlanOptions` are the inputs; `PlanData` is the versioned document stored as
`workout_plans.plan_data`. The validators here hold the structural invariants every plan must
meet, whoever wrote it (the built-in engine or an LLM): the right number of weeks and sessions,
numbered from 1, exactly one dose per exercise, and sane bounds on sets, reps, rest and duration.
The coaching rules (equipment, level, age, deloads...) live in `rules.py`, because they need the
profile and the exercise library, which a stored document alone does not carry.
"""

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from app.text import blank_to_none, case_insensitive
from app.training.contract.vocabulary import (
    GOALS_MAX_CHARS,
    MAX_AGE,
    MAX_DAYS,
    MIN_AGE,
    MIN_DAYS,
    AgeBand,
    BlockFormat,
    BlockKind,
    Equipment,
    EventKind,
    Goal,
    Level,
    Phase,
    SessionIntensity,
    SessionKind,
    Sport,
    Weekday,
    age_band,
)

__all__ = [
    "ENGINE_GENERATOR",
    "SCHEMA_VERSION",
    "AgeBand",
    "AthleteProfile",
    "Block",
    "BlockFormat",
    "BlockKind",
    "Equipment",
    "Event",
    "EventKind",
    "Exercise",
    "Goal",
    "Level",
    "Pace",
    "Phase",
    "PlanData",
    "PlanOptions",
    "Session",
    "SessionIntensity",
    "SessionKind",
    "Sport",
    "Volume",
    "Week",
    "Weekday",
]

SCHEMA_VERSION: Literal[2] = 2
"""Version 2 adds loads, paces, per-side doses, event days, the numbers used and warnings."""
TRAINING_MAX_MIN, EVENT_MAX_MIN = 150, 600
"""An event (a marathon, a meet) may last far longer than a training session's 150 minutes."""
ENGINE_GENERATOR = "coachx-engine/1"
WORK_BLOCKS = frozenset({BlockKind.MAIN, BlockKind.CONDITIONING})
"""Blocks that count as training volume; warm-ups and cool-downs stay constant by design."""
BLOCK_ORDER = {kind: position for position, kind in enumerate(BlockKind)}
TIMED_FORMATS = frozenset({BlockFormat.AMRAP, BlockFormat.EMOM, BlockFormat.FOR_TIME})


SportField = Annotated[Sport, BeforeValidator(case_insensitive)]
LevelField = Annotated[Level, BeforeValidator(case_insensitive)]
Text = Annotated[str, Field(min_length=1, max_length=200)]


class AthleteProfile(BaseModel):
    """Who the plan is for; read from the stored user, so unknown attributes are ignored."""

    model_config = ConfigDict(extra="ignore", from_attributes=True, frozen=True)

    age: int = Field(strict=True, ge=MIN_AGE, le=MAX_AGE)
    sport: SportField
    experience_level: LevelField
    days_per_week: int = Field(strict=True, ge=MIN_DAYS, le=MAX_DAYS)
    goals: Annotated[str | None, BeforeValidator(blank_to_none)] = Field(
        None, max_length=GOALS_MAX_CHARS
    )
    body_weight_kg: float | None = Field(None, ge=30, le=300)
    limitations: Annotated[str | None, BeforeValidator(blank_to_none)] = Field(
        None, max_length=GOALS_MAX_CHARS, description="Injuries and conditions, free text"
    )

    @property
    def age_band(self) -> AgeBand:
        """Teens and people over 65 get their own safety rules (see docs/training.md)."""
        return age_band(self.age)


class _PlanModel(BaseModel):
    """Plan parts are frozen (safe to share) and refuse fields they do not know."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Event(_PlanModel):
    """The day a plan leads to: a race, a fight, a meet or a test."""

    kind: EventKind
    date: dt.date = Field(ge=dt.date(2000, 1, 1), le=dt.date(2099, 12, 31))
    distance_km: float | None = Field(None, gt=0, le=100, description="Race distance")


class Pace(_PlanModel):
    """A running pace range in seconds per km: `min_s_per_km` is the faster end."""

    min_s_per_km: int = Field(ge=120, le=1200)
    max_s_per_km: int = Field(ge=120, le=1200)

    @model_validator(mode="after")
    def _faster_end_first(self) -> Self:
        """The faster end (fewer seconds per km) comes first; equal ends are one exact pace."""
        if self.min_s_per_km > self.max_s_per_km:
            raise ValueError("min_s_per_km is the faster end: it cannot exceed max_s_per_km")
        return self


class PlanOptions(BaseModel):
    """What the person asks for when they request a plan; unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    duration_weeks: int = Field(4, strict=True, ge=1, le=16)
    equipment: list[Equipment] | None = Field(
        None,
        max_length=len(Equipment),
        description="None: the sport's usual kit (a full gym for gym and crossfit). A list: only "
        "that equipment, plus bodyweight, which is always available.",
    )
    start_date: dt.date | None = Field(
        None,
        ge=dt.date(2000, 1, 1),
        le=dt.date(2099, 12, 31),
        description="The plan's first day; dates from 2000 to 2099",
    )
    event: Event | None = Field(
        None, description="What the plan leads to; read from the goals when they name one"
    )
    training_days: list[Weekday] | None = Field(
        None,
        min_length=1,
        max_length=7,
        description="Weekdays to train on, as many as days_per_week; None: the profile's days",
    )

    @model_validator(mode="after")
    def _no_duplicates(self) -> Self:
        """Refuse repeated equipment or days: a list with repeats is almost certainly a bug."""
        if self.equipment is not None and len(set(self.equipment)) != len(self.equipment):
            raise ValueError("equipment must not repeat an item")
        if self.training_days is not None and len(set(self.training_days)) != len(
            self.training_days
        ):
            raise ValueError("training_days must not repeat a day")
        return self


class Exercise(_PlanModel):
    """One prescribed exercise: what, how much (exactly one dose), how hard, how much rest."""

    exercise_id: str = Field(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$", max_length=64)
    name: str = Field(min_length=1, max_length=80)
    sets: int = Field(ge=1, le=10, description="Sets, rounds or repeats")
    reps: int | None = Field(None, ge=1, le=50)
    duration_s: int | None = Field(None, ge=1, le=10_800)
    distance_m: int | None = Field(None, ge=1, le=100_000)
    intensity: str = Field(min_length=1, max_length=120, description="RPE, %1RM, zone or pace")
    target_rpe: float | None = Field(None, ge=1, le=10)
    percent_1rm: int | None = Field(None, ge=30, le=100)
    rest_s: int = Field(ge=0, le=600, description="Rest after each set, in seconds")
    notes: str = Field("", max_length=400)
    equipment: list[Equipment] = Field(default_factory=list, description="Empty: bodyweight")
    load_kg: float | None = Field(
        None, ge=0, le=500, description="Working weight from the person's own lifts"
    )
    pace: Pace | None = Field(None, description="Running pace range from current fitness")
    per_side: bool = Field(False, description="Reps or time are for each side")

    @model_validator(mode="after")
    def _exactly_one_dose(self) -> Self:
        """A set is counted in reps, seconds or metres; two doses would contradict each other."""
        given = (self.reps is not None) + (self.duration_s is not None)
        if given + (self.distance_m is not None) != 1:
            raise ValueError("give exactly one of reps, duration_s or distance_m")
        return self

    @property
    def dose_text(self) -> str:
        """The dose as a coach would write it: 3 x 8, 4 x 3:00, 5 x 800 m, 3 x 10 each side."""
        if self.reps is not None:
            amount = str(self.reps)
        elif self.duration_s is not None:
            minutes, seconds = divmod(self.duration_s, 60)
            amount = f"{minutes}:{seconds:02d}" if minutes else f"{seconds} s"
        else:
            amount = f"{self.distance_m} m"
        side = " each side" if self.per_side else ""
        return f"{amount}{side}" if self.sets == 1 else f"{self.sets} x {amount}{side}"


class Block(_PlanModel):
    """A part of a session; `format` says how its exercises are performed together."""

    kind: BlockKind
    format: BlockFormat = BlockFormat.STRAIGHT
    time_cap_min: int | None = Field(None, ge=1, le=90)
    notes: str = Field("", max_length=300)
    exercises: list[Exercise] = Field(min_length=1, max_length=20)

    @model_validator(mode="after")
    def _format_is_complete(self) -> Self:
        """AMRAP, EMOM and For Time need a clock; a Tabata is 8 rounds of 20 s on, 10 s off."""
        if self.format in TIMED_FORMATS and self.time_cap_min is None:
            raise ValueError(f"a {self.format} block needs time_cap_min")
        if self.format is BlockFormat.TABATA:
            for exercise in self.exercises:
                if (exercise.sets, exercise.duration_s, exercise.rest_s) != (8, 20, 10):
                    raise ValueError("a Tabata is 8 sets of 20 s work and 10 s rest")
        return self


class Session(_PlanModel):
    """One training day: blocks in the order warm-up, main, conditioning, cool-down."""

    day: int = Field(ge=1, le=7, description="1-based day within the week")
    date: dt.date | None = None
    kind: SessionKind = SessionKind.TRAINING
    title: str = Field(min_length=1, max_length=100)
    focus: Text
    intensity: SessionIntensity
    duration_min: int = Field(
        ge=15, le=EVENT_MAX_MIN, description="The whole session, warm-up and cool-down included"
    )
    blocks: list[Block] = Field(min_length=1, max_length=4)

    @model_validator(mode="after")
    def _blocks_in_order(self) -> Self:
        """Each kind of block at most once, in the order a session is run, with a main block.

        Only an event day may run past 150 minutes.
        """
        if self.kind is SessionKind.TRAINING and self.duration_min > TRAINING_MAX_MIN:
            raise ValueError(f"a training session lasts at most {TRAINING_MAX_MIN} minutes")
        last, has_main = -1, False
        for block in self.blocks:
            position = BLOCK_ORDER[block.kind]
            if position <= last:
                raise ValueError("blocks must be unique and in the order warm_up, main, ...")
            last, has_main = position, has_main or block.kind is BlockKind.MAIN
        if not has_main:
            raise ValueError("a session needs a main block")
        return self

    def exercises(self) -> list[Exercise]:
        """Every exercise of the session, in the order it is done."""
        return [exercise for block in self.blocks for exercise in block.exercises]

    def block(self, kind: BlockKind) -> Block | None:
        """The block of that kind, or None when the session has none."""
        return next((block for block in self.blocks if block.kind is kind), None)


def work(session: Session) -> Iterator[Exercise]:
    """The exercises of a session's main and conditioning blocks: what counts as its volume."""
    for block in session.blocks:
        if block.kind in WORK_BLOCKS:
            yield from block.exercises


class Week(_PlanModel):
    """A week of the plan; `notes` tells the athlete why it looks the way it does."""

    week: int = Field(ge=1, le=16)
    phase: Phase
    focus: Text
    notes: str = Field(min_length=1, max_length=600)
    sessions: list[Session] = Field(min_length=1, max_length=7)

    @model_validator(mode="after")
    def _days_numbered(self) -> Self:
        """Days run 1..n; dated sessions fall on increasing dates."""
        if [session.day for session in self.sessions] != list(range(1, len(self.sessions) + 1)):
            raise ValueError("sessions must be numbered day 1, 2, ... in order")
        dates = [session.date for session in self.sessions if session.date is not None]
        if any(later <= earlier for earlier, later in pairwise(dates)):
            raise ValueError("session dates must increase within a week")
        return self


class Volume(BaseModel):
    """The work of a week (main and conditioning blocks), for progress charts and the coach."""

    model_config = ConfigDict(frozen=True)

    sets: int
    reps: int
    work_s: int
    distance_m: int
    mean_rpe: float | None
    hard_sessions: int


class PlanData(_PlanModel):
    """The stored plan document (schema version 2; stored version-1 plans stay readable)."""

    schema_version: Literal[1, 2] = SCHEMA_VERSION
    generator: str = Field(
        ENGINE_GENERATOR, pattern=r"^(coachx-engine/\d+|llm:\S.*)$", max_length=100
    )
    title: str = Field(min_length=1, max_length=120)
    summary: str = Field(min_length=1, max_length=2000)
    sport: SportField
    experience_level: LevelField
    days_per_week: int = Field(ge=1, le=7)
    duration_weeks: int = Field(ge=1, le=16)
    goals: list[Goal] = Field(default_factory=list, description="Intents read from the goals")
    equipment: list[Equipment] = Field(default_factory=list, description="Kit the plan may use")
    start_date: dt.date | None = None
    safety_notes: list[str] = Field(default_factory=list, max_length=10)
    event: Event | None = None
    baselines_used: dict[str, Any] = Field(
        default_factory=dict, description="The athlete's numbers the plan was built from"
    )
    warnings: list[str] = Field(
        default_factory=list, max_length=20, description="Plain sentences, e.g. a short timeline"
    )
    weeks: list[Week] = Field(min_length=1, max_length=16)

    @model_validator(mode="after")
    def _shape_matches_header(self) -> Self:
        """The header promises so many weeks and days; the body must deliver exactly that."""
        if len(self.weeks) != self.duration_weeks:
            raise ValueError("weeks must hold exactly duration_weeks entries")
        for number, week in enumerate(self.weeks, start=1):
            if week.week != number:
                raise ValueError("weeks must be numbered 1, 2, ... in order")
            if len(week.sessions) != self.days_per_week:
                raise ValueError(f"week {number} must hold exactly days_per_week sessions")
            self._check_dates(week)
        return self

    def _check_dates(self, week: Week) -> None:
        """A dated session must fall inside its week, counted from the plan's start date."""
        for session in week.sessions:
            if session.date is None:
                continue
            if self.start_date is None:
                raise ValueError("dated sessions need the plan's start_date")
            offset = (session.date - self.start_date).days - 7 * (week.week - 1)
            if not 0 <= offset <= 6:
                raise ValueError(f"week {week.week} day {session.day} is dated outside its week")

    def session(self, week: int, day: int) -> Session:
        """The session on `day` of `week` (both 1-based); KeyError when there is none."""
        if not (1 <= week <= len(self.weeks) and 1 <= day <= self.days_per_week):
            raise KeyError(f"no session on week {week}, day {day}")
        return self.weeks[week - 1].sessions[day - 1]

    def total_volume(self, week: int) -> Volume:
        """Sets, reps, seconds and metres of work in `week` (1-based); warm-ups excluded."""
        if not 1 <= week <= len(self.weeks):
            raise KeyError(f"no week {week}")
        sets = reps = work_s = distance_m = hard = 0
        rpes: list[float] = []
        for session in self.weeks[week - 1].sessions:
            hard += session.intensity is SessionIntensity.HARD
            for block in session.blocks:
                if block.kind not in WORK_BLOCKS:
                    continue
                for exercise in block.exercises:
                    sets += exercise.sets
                    reps += exercise.sets * (exercise.reps or 0)
                    work_s += exercise.sets * (exercise.duration_s or 0)
                    distance_m += exercise.sets * (exercise.distance_m or 0)
                    if exercise.target_rpe is not None:
                        rpes.append(exercise.target_rpe)
        mean_rpe = round(sum(rpes) / len(rpes), 2) if rpes else None
        return Volume(
            sets=sets,
            reps=reps,
            work_s=work_s,
            distance_m=distance_m,
            mean_rpe=mean_rpe,
            hard_sessions=hard,
        )
