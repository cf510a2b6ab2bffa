"""The exercise catalogue: every movement a CoachX plan can prescribe, indexed once at import.

The exercises are data, not code: one YAML file per family in `exercises/` (lower body,
pushing, pulling, ...), read and checked at import by `entries.py`. To add an exercise, add an
entry to the right file. Never rename or delete an id that has shipped: stored plans refer to it.
"""

from collections.abc import Mapping
from types import MappingProxyType

from app.training.catalogue.entries import read_catalogue
from app.training.catalogue.model import LOADING_EQUIPMENT, Movement
from app.training.contract.vocabulary import Pattern

__all__ = ["BY_ID", "BY_PATTERN", "CATALOGUE", "LOADING_EQUIPMENT", "Movement", "get"]

CATALOGUE: tuple[Movement, ...] = read_catalogue()
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
