"""Reading the exercise data files: one YAML file per family, checked field by field at import.

A coach adds an exercise by adding an entry to the right file in `exercises/`. Each entry is
checked against `ExerciseEntry` (unknown fields, misspelt values and blanks are refused with
the file and the entry named), and ids must be snake_case and unique across all files. Never
rename or delete an id that has shipped: stored plans refer to it.
"""

import re
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import (
    DoseUnit,
    Equipment,
    Goal,
    Impact,
    Level,
    Modality,
    Muscle,
    Pattern,
    Quality,
    Sport,
)

EXERCISES = Path(__file__).with_name("exercises")
FAMILIES = (
    "lower_body",
    "pushing",
    "pulling",
    "accessories",
    "core",
    "skills",
    "conditioning",
    "running",
    "boxing",
    "mobility",
)
"""The data files, in catalogue order (the order breaks ties when exercises are chosen)."""

Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


class ExerciseEntry(BaseModel):
    """One exercise as a coach writes it in a data file (see `Movement` for each field)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=_ID.pattern)]
    name: Words
    pattern: Pattern
    quality: Quality
    level: Level
    dose: DoseUnit
    equipment: list[Equipment] = Field(description="Empty: bodyweight only")
    sports: Annotated[list[Sport], Field(min_length=1)]
    muscles: Annotated[list[Muscle], Field(min_length=1)]
    cues: Words
    impact: Impact = Impact.LOW
    skills: list[Goal] = []
    modality: Modality | None = None
    contact: bool = False
    straight_arm: bool = False
    per_side: bool = False

    def movement(self) -> Movement:
        """The engine's frozen `Movement` for this entry."""
        return Movement(
            id=self.id,
            name=self.name,
            pattern=self.pattern,
            quality=self.quality,
            level=self.level,
            dose=self.dose,
            equipment=frozenset(self.equipment),
            sports=frozenset(self.sports),
            muscles=tuple(self.muscles),
            cues=self.cues,
            impact=self.impact,
            skills=frozenset(self.skills),
            modality=self.modality,
            contact=self.contact,
            straight_arm=self.straight_arm,
            per_side=self.per_side,
        )


def read_family(path: Path) -> tuple[Movement, ...]:
    """The movements of one data file; ValueError names the file and entry that are wrong."""
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    if not isinstance(rows, list):
        raise ValueError(f"{path.name}: expected a list of exercises")
    movements = []
    for position, row in enumerate(rows, start=1):
        try:
            movements.append(ExerciseEntry.model_validate(row).movement())
        except ValidationError as error:
            raise ValueError(f"{path.name}, entry {position}: {error}") from None
    return tuple(movements)


def read_catalogue(folder: Path = EXERCISES) -> tuple[Movement, ...]:
    """Every data file's movements in family order; a repeated id anywhere is refused."""
    catalogue = tuple(m for family in FAMILIES for m in read_family(folder / f"{family}.yaml"))
    seen: set[str] = set()
    for movement in catalogue:
        if movement.id in seen:
            raise ValueError(f"exercise id {movement.id!r} is used twice")
        seen.add(movement.id)
    return catalogue
