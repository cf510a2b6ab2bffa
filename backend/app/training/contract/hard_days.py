"""What counts as a hard day, and how many may follow each other.

The shared rule (PRODUCT.md, "Hard days"): below advanced never two hard days in a row; advanced
athletes at most two. Hard/easy alternation is the oldest rule of endurance and strength coaching
alike (Bowerman's hard-easy principle; Seiler 2010 for the intensity distribution behind it): the
adaptation comes from recovering between the hard days. The engine, the checks and the adaptation
all ask this module, so "hard" means one thing.
"""

import datetime as dt
from collections.abc import Iterable

from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import Level, SessionIntensity, SessionKind

MOST_HARD_DAYS_IN_A_ROW = {Level.BEGINNER: 1, Level.INTERMEDIATE: 1, Level.ADVANCED: 2}


def is_hard(session: Session) -> bool:
    """A hard session: planned as hard, or an event day (a race, fight, meet or test)."""
    return session.intensity is SessionIntensity.HARD or session.kind is SessionKind.EVENT


def longest_hard_run(sessions: Iterable[Session]) -> int:
    """The most hard sessions on consecutive calendar days (dated sessions only)."""
    hard_dates = sorted({s.date for s in sessions if s.date is not None and is_hard(s)})
    longest = run = 0
    previous: dt.date | None = None
    for day in hard_dates:
        consecutive = previous is not None and (day - previous).days == 1
        run = run + 1 if consecutive else 1
        longest, previous = max(longest, run), day
    return longest


def allowed_hard_run(level: Level) -> int:
    """How many hard days in a row the athlete's level allows."""
    return MOST_HARD_DAYS_IN_A_ROW[level]
