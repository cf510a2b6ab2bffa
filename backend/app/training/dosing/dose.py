"""The dose of one exercise, and the effort ceilings every prescription respects.

Beginners keep two or more reps in reserve (RPE 8 at most), intermediates RPE 8.5, advanced
RPE 9 (Helms et al. 2016 on RPE and reps in reserve). Teens are capped at RPE 8 and 80% 1RM
(NSCA youth position statement, Faigenbaum et al. 2009); people over 65 at RPE 8 and 80% with
25% more rest (ACSM older adults guidance, 2009). The doses themselves are written by what they
dose: `lifts`, `skills`, `ring_rounds`, `conditioning` and `preparation`; `prescription` picks
one by the exercise's role.
"""

from typing import NamedTuple

from app.training.athlete.resolved import Athlete
from app.training.catalogue.model import Movement
from app.training.contract.plan_document import Pace
from app.training.contract.vocabulary import DoseUnit, Equipment

PERCENT_STEP = 2.5
RPE_STEP = 0.5
LEVEL_RPE_CAP = (8.0, 8.5, 9.0)
"""The hardest effort a plan asks for, by level: beginners always keep 2+ reps in reserve."""
CAPPED_RPE = 8.0
ADULT_PERCENT_CAP, CAPPED_PERCENT = 90, 80
MAX_SETS = (4, 5, 6)
"""Most sets of one exercise in a session, by level: volume is where beginners differ most."""


class Dose(NamedTuple):
    """A prescription before it becomes a plan `Exercise`.

    `amount` is reps, seconds or metres per set, as the movement's dose unit says, unless
    `unit` overrides it (a Tabata is 20-second sets of any movement); `warm_up_set` marks a ramp
    set of a lift, named as one so no list of the day's work mistakes it. A named tuple: cheap to
    build, hash and compare, which matters since it keys the exercise cache.
    """

    sets: int
    amount: int
    rest_s: int
    intensity: str
    rpe: float | None = None
    percent: int | None = None
    note: str = ""
    unit: DoseUnit | None = None
    load_kg: float | None = None
    pace: Pace | None = None
    warm_up_set: bool = False


def rpe_text(rpe: float) -> str:
    """7.0 → "7", 7.5 → "7.5": how coaches write RPE."""
    return f"{rpe:g}"


def rpe_cap(athlete: Athlete) -> float:
    """The effort ceiling: the level's, lower for teens, over-65s and some conditions.

    Pregnancy caps effort at RPE 7, a heart condition at RPE 6 (see `limitations`).
    """
    cap = LEVEL_RPE_CAP[athlete.level.rank]
    if athlete.teen or athlete.older:
        cap = min(cap, CAPPED_RPE)
    condition = athlete.effort_cap
    return cap if condition is None else min(cap, condition)


def uses_percent(movement: Movement) -> bool:
    """%1RM is for barbell lifts, whose maximum athletes know; everything else goes by RPE."""
    return Equipment.BARBELL in movement.equipment


def percent_cap(athlete: Athlete) -> int:
    """Teens and people over 65 stay at or under 80% of their one-rep max."""
    return CAPPED_PERCENT if athlete.teen or athlete.older else ADULT_PERCENT_CAP


def rest(seconds: int, athlete: Athlete) -> int:
    """Older athletes recover more slowly between sets: 25% more rest, to the nearest 15 s."""
    if not athlete.older:
        return seconds
    return min(600, round(seconds * 1.25 / 15) * 15)
