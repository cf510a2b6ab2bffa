"""A session while it is being written: movements and doses, before they become plan models.

Working on plain frozen dataclasses lets the planner adjust a whole session (a deload spreads
its cuts over every exercise) and estimate its length before anything is validated; the plan
models are built once, at the end (see `assemble.py`).
"""

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from app.training.athlete.resolved import Athlete
from app.training.calendar.periodization import WeekFrame
from app.training.catalogue import Movement
from app.training.contract.plan_document import Block
from app.training.contract.vocabulary import BlockFormat, BlockKind, DoseUnit, SessionIntensity
from app.training.dosing.dose import Dose


class Piece(NamedTuple):
    """One exercise of a draft session: which movement, at which dose."""

    movement: Movement
    dose: Dose

    @property
    def unit(self) -> DoseUnit:
        """How each set is counted: the dose's override, else the movement's own unit."""
        return self.dose.unit or self.movement.dose


@dataclass(frozen=True, slots=True)
class DraftBlock:
    """A block of a draft session."""

    kind: BlockKind
    pieces: tuple[Piece, ...]
    format: BlockFormat = BlockFormat.STRAIGHT
    time_cap_min: int | None = None
    notes: str = ""


class Built(NamedTuple):
    """A block that never changes (a warm-up, a cool-down): built and timed once, then shared."""

    draft: DraftBlock
    block: Block
    seconds: float


@dataclass(frozen=True, slots=True)
class AthleteWeek:
    """Whose plan and which week of it: what every step writing a session reads."""

    athlete: Athlete
    frame: WeekFrame


@dataclass(frozen=True, slots=True)
class SessionHeading:
    """What a session says about itself, besides its blocks.

    Attributes:
        day: The 1-based day in the week.
        date: Its date, if the plan is dated.
        title: What the athlete reads first.
        focus: What the session is for.
        intensity: How hard the session is overall.
    """

    day: int
    date: dt.date | None
    title: str
    focus: str
    intensity: SessionIntensity
