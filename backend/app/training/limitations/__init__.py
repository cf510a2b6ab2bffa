"""Injuries and conditions read from what a person writes, and what they change in a plan.

`recognise("bad lower back, type 2 diabetes")` returns the limitations named; `allows` and
`substitute` tell the planner what to leave out and what to write instead; `warnings` are the
sentences for `PlanData.warnings`, referral included where one is warranted.
"""

import re

from app.training.limitations.joints import JOINTS
from app.training.limitations.medical import MEDICAL
from app.training.limitations.model import Condition, Limitation

__all__ = [
    "CATALOGUE",
    "Condition",
    "Limitation",
    "allows",
    "effort_cap",
    "recognise",
    "substitute",
    "warnings",
]

CATALOGUE: tuple[Limitation, ...] = JOINTS + MEDICAL
_WORDS = tuple((item, re.compile(item.words, re.IGNORECASE)) for item in CATALOGUE)
_NEGATION = re.compile(r"\b(no|not|never|without|zero|free\s+of)\b[^,.;!?]{0,25}$", re.IGNORECASE)
"""A "no" shortly before the words, in the same clause: "no knee problems", "never had back
pain". "No pain in my bad knee" would still be read, which errs on the safe side."""


def recognise(text: str | None) -> tuple[Limitation, ...]:
    """Every limitation `text` names, in catalogue order; negated mentions are skipped."""
    if not text:
        return ()
    found = []
    for item, pattern in _WORDS:
        if any(not _NEGATION.search(text[: hit.start()]) for hit in pattern.finditer(text)):
            found.append(item)
    return tuple(found)


def allows(
    limitations: tuple[Limitation, ...],
    exercise_id: str,
    pattern: str,
    *,
    high_impact: bool = False,
    contact: bool = False,
) -> bool:
    """True when no limitation rules the exercise out (by id, pattern, impact or contact).

    An exercise a limitation names a substitute for is ruled out too: the swap is the advice.
    """
    for item in limitations:
        ruled_out = exercise_id in item.avoid or exercise_id in item.swaps
        if ruled_out or pattern in item.avoid_patterns:
            return False
        if (high_impact and item.avoid_high_impact) or (contact and item.avoid_contact):
            return False
    return True


def substitute(limitations: tuple[Limitation, ...], exercise_id: str) -> str | None:
    """The replacement a limitation names for `exercise_id`, or None when none names one.

    The first limitation (in catalogue order) that names a swap decides; the planner checks
    the replacement against all of them with `allows` before using it.
    """
    return next(
        (item.swaps[exercise_id] for item in limitations if exercise_id in item.swaps), None
    )


def effort_cap(limitations: tuple[Limitation, ...]) -> float | None:
    """The lowest RPE cap any limitation sets, or None when none sets one."""
    caps = [item.max_rpe for item in limitations if item.max_rpe is not None]
    return min(caps) if caps else None


def warnings(limitations: tuple[Limitation, ...]) -> list[str]:
    """One plain sentence per limitation for the plan's warnings, with the referral."""
    sentences = []
    for item in limitations:
        sentence = f"Adapted for your {item.label}: {item.notes[0]}"
        if item.referral is not None:
            sentence = f"{sentence} {item.referral}"
        sentences.append(sentence)
    return sentences
