"""Weekly splits: which day goes where, for every sport and 1-7 days a week.

1-3 days: full body (A/B alternation, so no pattern is loaded heavily on consecutive days).
4 days: upper/lower. 5-6 days: push/pull/legs plus upper/lower. 6-7 days always include easy or
recovery days, and beginners get more of them: recovery is where adaptation happens, and
frequent hard days are what beginners tolerate least (ACSM 2009: novices 2-3 days per muscle
group a week). Running has its own week in `running.py`.
"""

from app.training.contract.vocabulary import Level, Sport
from app.training.programming.boxing_days import (
    BOX_BAG,
    BOX_FULL,
    BOX_PADS,
    BOX_SC_A,
    BOX_SC_B,
    ROADWORK,
)
from app.training.programming.calisthenics_crossfit_days import (
    CAL_A,
    CAL_B,
    CAL_FULL,
    CAL_LEGS,
    CAL_PULL,
    CAL_PUSH,
    CAL_SKILL_CORE,
    CF_FULL,
    CF_HINGE,
    CF_OLY,
    CF_PRESS,
    CF_SNATCH,
    CF_SQUAT,
)
from app.training.programming.day_templates import (
    EASY,
    FULL_A,
    FULL_B,
    FULL_BODY,
    LEGS,
    LOWER_1,
    LOWER_2,
    PULL,
    PUSH,
    RECOVERY,
    UPPER_1,
    UPPER_2,
    DayPlan,
)

Week = tuple[DayPlan, ...]


def _alternating(first: DayPlan, second: DayPlan) -> dict[int, Week]:
    """A/B full-body weeks, as for beginners: easy days fill out the 5-7 day weeks."""
    a2, b2 = first.again(), second.again()
    return {
        2: (first, second),
        3: (first, second, a2),
        4: (first, second, a2, b2),
        5: (first, second, EASY, a2, b2),
        6: (first, second, EASY, a2, b2, RECOVERY),
        7: (first, EASY, second, RECOVERY, a2, EASY, b2),
    }


BEGINNER_GYM = {1: (FULL_BODY,), **_alternating(FULL_A, FULL_B)}
GYM = {
    **BEGINNER_GYM,
    4: (LOWER_1, UPPER_1, LOWER_2, UPPER_2),
    5: (PUSH, PULL, LEGS, UPPER_2.again(), LOWER_2.again()),
    6: (PUSH, PULL, LEGS, UPPER_2.again(), LOWER_2.again(), RECOVERY),
    7: (PUSH, PULL, LEGS, RECOVERY, UPPER_2.again(), LOWER_2.again(), EASY),
}

BEGINNER_CALISTHENICS = {1: (CAL_FULL,), **_alternating(CAL_A, CAL_B)}
CALISTHENICS = {
    **BEGINNER_CALISTHENICS,
    4: (CAL_PULL, CAL_LEGS, CAL_PUSH, CAL_SKILL_CORE),
    5: (CAL_PULL, CAL_PUSH, CAL_LEGS, CAL_SKILL_CORE, CAL_A.again()),
    6: (CAL_PULL, CAL_PUSH, CAL_LEGS, RECOVERY, CAL_A.again(), CAL_SKILL_CORE),
    7: (CAL_PULL, CAL_PUSH, CAL_LEGS, RECOVERY, CAL_B.again(), CAL_SKILL_CORE, RECOVERY),
}

CROSSFIT = {
    1: (CF_FULL,),
    2: (CF_SQUAT, CF_HINGE),
    3: (CF_SQUAT, CF_OLY, CF_HINGE),
    4: (CF_SQUAT, CF_OLY, CF_HINGE, CF_PRESS),
    5: (CF_SQUAT, CF_OLY, CF_HINGE, CF_PRESS, CF_SNATCH),
    6: (CF_SQUAT, CF_OLY, CF_HINGE, RECOVERY, CF_PRESS, CF_SNATCH),
    7: (CF_SQUAT, CF_OLY, CF_HINGE, RECOVERY, CF_PRESS, CF_SNATCH, RECOVERY),
}
"""Three on, one off from six days: the classic CrossFit rhythm."""

BOXING = {
    1: (BOX_FULL,),
    2: (BOX_PADS, BOX_SC_A),
    3: (BOX_PADS, BOX_SC_A, BOX_BAG),
    4: (BOX_PADS, BOX_SC_A, BOX_BAG, BOX_SC_B),
    5: (BOX_PADS, BOX_SC_A, ROADWORK, BOX_BAG, BOX_SC_B),
    6: (BOX_PADS, BOX_SC_A, ROADWORK, BOX_BAG, BOX_SC_B, RECOVERY),
    7: (BOX_PADS, BOX_SC_A, RECOVERY, BOX_BAG, BOX_SC_B, ROADWORK, RECOVERY),
}


def week_of(sport: Sport, level: Level, days: int) -> Week:
    """The days of a training week for a sport other than running."""
    if sport is Sport.GYM:
        return (BEGINNER_GYM if level is Level.BEGINNER else GYM)[days]
    if sport is Sport.CALISTHENICS:
        return (BEGINNER_CALISTHENICS if level is Level.BEGINNER else CALISTHENICS)[days]
    if sport is Sport.CROSSFIT:
        return CROSSFIT[days]
    if sport is Sport.BOXING:
        return BOXING[days]
    raise ValueError(f"running weeks are built by running.py, not from splits ({sport})")
