"""A session while it is being written: movements and doses, before they become plan models.

Working on plain frozen dataclasses lets the planner adjust a whole session (a deload spreads
its cuts over every exercise) and estimate its length before anything is validated; the plan
models are built once, at the end (see `assemble.py`).
"""

from dataclasses import dataclass
from typing import NamedTuple

from app.training.dosage import Dose
from app.training.library import Movement
from app.training.schemas import Block
from app.training.vocabulary import BlockFormat, BlockKind, DoseUnit


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
