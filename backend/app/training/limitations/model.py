"""The shape of one limitation: the words for it and what it changes in a plan.

Exercises and patterns are named by their catalogue ids (plain strings), so this package stays
independent of how the catalogue is stored; a test checks that every id named here exists.
"""

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Condition", "Limitation"]


class Condition(StrEnum):
    """The injuries and conditions the engine recognises."""

    BACK = "back"
    KNEE = "knee"
    SHOULDER = "shoulder"
    ANKLE = "ankle"
    HIP = "hip"
    WRIST = "wrist"
    PREGNANCY = "pregnancy"
    HIGH_BLOOD_PRESSURE = "high_blood_pressure"
    DIABETES = "diabetes"
    HEART = "heart"


@dataclass(frozen=True, slots=True)
class Limitation:
    """How a plan changes for one condition.

    Attributes:
        condition: Which one.
        label: What the athlete reads ("lower back").
        words: A regular expression of the everyday words for it.
        avoid: Exercise ids left out.
        avoid_patterns: Movement patterns left out entirely (e.g. plyometric for an ankle).
        substitutions: Exercise id → the id a physio would accept instead.
        notes: Specific advice, in plain sentences.
        referral: Why and whom to see before training, when that is warranted; None otherwise.
        max_rpe: An effort cap for every exercise, when the condition calls for one.
        avoid_high_impact: Leave out jumps, bounds and sprints.
        avoid_contact: Leave out sparring.
        no_max_attempts: No 1RM tests or all-out time trials.
    """

    condition: Condition
    label: str
    words: str
    avoid: frozenset[str] = frozenset()
    avoid_patterns: frozenset[str] = frozenset()
    substitutions: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    referral: str | None = None
    max_rpe: float | None = None
    avoid_high_impact: bool = False
    avoid_contact: bool = False
    no_max_attempts: bool = False

    @property
    def swaps(self) -> dict[str, str]:
        """The substitutions as a lookup."""
        return dict(self.substitutions)
