"""Hard days: what counts as one, and how many may follow each other.

The shared rule (PRODUCT.md, "Hard days"): below advanced never two hard days in a row;
advanced athletes at most two. Recovering between hard days is where the adaptation happens
(Bowerman's hard-easy principle; Seiler 2010 on the intensity distribution behind it). The
engine eases a session that would break the rule, and the rules checker checks it, with the
same predicate.
"""

from collections.abc import Sequence

from app.training.calendar.dates import DEFAULT_SPREAD
from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import Level, SessionIntensity, SessionKind

__all__ = ["MOST_HARD_DAYS_IN_A_ROW", "hard_run", "is_hard"]

MOST_HARD_DAYS_IN_A_ROW = {Level.BEGINNER: 1, Level.INTERMEDIATE: 1, Level.ADVANCED: 2}


def is_hard(session: Session) -> bool:
    """A hard session: planned as hard, or an event day (a race, fight, meet or test)."""
    return session.intensity is SessionIntensity.HARD or session.kind is SessionKind.EVENT


def _consecutive(before: Session, after: Session, days: int) -> bool:
    """Whether two sessions of a week fall on consecutive days (by date, else by the spread)."""
    if before.date is not None and after.date is not None:
        return (after.date - before.date).days == 1
    offsets = [weekday.iso_index for weekday in DEFAULT_SPREAD[days]]
    return offsets[after.day - 1] - offsets[before.day - 1] == 1


def hard_run(sessions: Sequence[Session], days: int) -> int:
    """How many hard sessions on consecutive days end the sequence (0 if the last is easy)."""
    run = 0
    for index in range(len(sessions) - 1, -1, -1):
        if not is_hard(sessions[index]):
            break
        if run and not _consecutive(sessions[index], sessions[index + 1], days):
            break
        run += 1
    return run
