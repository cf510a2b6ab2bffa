"""The exercise library: every movement a CoachX plan can prescribe, indexed once at import.

The catalogue is split by family (lower body, pushing, pulling, ...) into small modules of
`Movement` rows. To add an exercise, add a row to the right module; `_check` below refuses a
duplicate or malformed id at import, and the tests check every field. Never rename or delete an
id that has shipped: stored plans refer to it.
"""

import re
from collections.abc import Mapping
from types import MappingProxyType

from app.training.catalogue import (
    accessories,
    boxing,
    conditioning,
    core,
    lower,
    mobility,
    pull,
    push,
    running,
    skills,
)
from app.training.catalogue.model import LOADING_EQUIPMENT, Movement
from app.training.contract.vocabulary import Pattern

__all__ = ["BY_ID", "BY_PATTERN", "CATALOGUE", "LOADING_EQUIPMENT", "Movement", "get"]

_ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def _check(catalogue: tuple[Movement, ...]) -> tuple[Movement, ...]:
    """Refuse a catalogue a plan could not safely refer to: duplicate or malformed ids, blanks."""
    seen: set[str] = set()
    for movement in catalogue:
        if not _ID.match(movement.id) or movement.id in seen:
            raise ValueError(f"exercise id {movement.id!r} is malformed or used twice")
        if not (movement.name and movement.cues and movement.muscles and movement.sports):
            raise ValueError(f"exercise {movement.id!r} is missing a name, cues, muscles or sport")
        seen.add(movement.id)
    return catalogue


CATALOGUE: tuple[Movement, ...] = _check(
    lower.MOVEMENTS
    + push.MOVEMENTS
    + pull.MOVEMENTS
    + accessories.MOVEMENTS
    + core.MOVEMENTS
    + skills.MOVEMENTS
    + conditioning.MOVEMENTS
    + running.MOVEMENTS
    + boxing.MOVEMENTS
    + mobility.MOVEMENTS
)
BY_ID: Mapping[str, Movement] = MappingProxyType({m.id: m for m in CATALOGUE})
BY_PATTERN: Mapping[Pattern, tuple[Movement, ...]] = MappingProxyType(
    {
        pattern: tuple(sorted((m for m in CATALOGUE if m.pattern is pattern), key=lambda m: m.id))
        for pattern in Pattern
    }
)


def get(movement_id: str) -> Movement:
    """The movement with that id; KeyError names the id when it is unknown."""
    try:
        return BY_ID[movement_id]
    except KeyError:
        raise KeyError(f"unknown exercise id {movement_id!r}") from None
